"""Make resources/icons/kehoach.ico (the .exe's and the installer's icon) from resources/icons/app.svg.

Run from the repository root after changing app.svg:  .venv/bin/python packaging/make_icon.py
The .ico is committed, so a build needs neither Qt's SVG renderer nor Pillow's ICO writer.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]  # Explorer's list, title bar, taskbar, tiles


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    frames = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        frames.append(Image.open(io.BytesIO(bytes(data))).convert("RGBA"))
    out = ROOT / "resources" / "icons" / "kehoach.ico"
    # Pillow writes each size from the largest frame unless given them all (append_images).
    frames[-1].save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=frames[:-1])
    print(f"{out}: {out.stat().st_size} bytes, sizes {SIZES}")


if __name__ == "__main__":
    main()

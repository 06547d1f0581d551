"""Where a bundle is saved or looked for first: a USB stick when one is plugged in.

The pure functions take what the system reports, so tests need no real drives; ``removable_drives``
asks Windows (``GetDriveTypeW``) or Qt's list of mounted volumes.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

#: ``GetDriveTypeW``'s answer for a removable drive (USB stick, memory card).
DRIVE_REMOVABLE = 2
#: Where Linux desktops (udisks) and macOS mount removable media.
MEDIA_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def windows_removable(mask: int, drive_type: Callable[[str], int]) -> list[Path]:
    """The removable drives among the letters set in ``mask`` (``GetLogicalDrives``' bit mask)."""
    found = []
    for bit, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if mask & (1 << bit) and drive_type(root) == DRIVE_REMOVABLE:
            found.append(Path(root))
    return found


def media_mounts(mounts: Iterable[tuple[str, bool, bool]]) -> list[Path]:
    """Writable, ready volumes mounted where desktops put USB sticks; ``(root, ready, read_only)``."""
    return [
        Path(root) for root, ready, read_only in mounts
        if ready and not read_only and any(root.startswith(prefix) for prefix in MEDIA_ROOTS)
    ]


def start_folder(drives: list[Path], last: Path | None, home: Path) -> Path:
    """The first removable drive, else the folder used last time (if it still exists), else home."""
    if drives:
        return drives[0]
    if last is not None and last.is_dir():
        return last
    return home


def _windows_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return windows_removable(kernel32.GetLogicalDrives(), kernel32.GetDriveTypeW)


def _qt_drives() -> list[Path]:
    from PySide6.QtCore import QStorageInfo

    volumes = QStorageInfo.mountedVolumes()
    return media_mounts((v.rootPath().rstrip("/") + "/", v.isReady(), v.isReadOnly()) for v in volumes)


def removable_drives() -> list[Path]:
    """The removable drives plugged in now (empty when none or when asking fails)."""
    try:
        return _windows_drives() if sys.platform == "win32" else _qt_drives()
    except (OSError, AttributeError, ValueError):
        return []

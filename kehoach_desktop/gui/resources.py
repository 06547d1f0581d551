"""Icons and the stylesheet shipped in ``kehoach_desktop.resources``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import resources as _package  # type: ignore[attr-defined]  # resources/, mapped in pyproject


def resource_folder() -> Path:
    """The folder of ``kehoach_desktop.resources`` (``resources/`` in the source tree).

    Found from the package's own file, as ``importlib.resources.files`` would for a package on
    disk (installed, editable or frozen alike), without its 3 ms of start-up before the window.
    """
    return Path(_package.__file__ or "").parent


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg`` (an empty icon when there is none)."""
    path = resource_folder() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply_style(app: QApplication) -> None:
    """Load ``resources/style.qss`` onto the application."""
    path = resource_folder() / "style.qss"
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def ui_path(name: str) -> str:
    """The path of the Designer form ``ui/<name>.ui``."""
    from importlib import resources

    return str(resources.files("kehoach_desktop.forms") / f"{name}.ui")


def load_form(name: str, parent: object | None = None):  # type: ignore[no-untyped-def]
    """Load the Designer form ``ui/<name>.ui`` at run time and return its top widget."""
    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader

    file = QFile(ui_path(name))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(ui_path(name))
    try:
        return QUiLoader().load(file, parent)  # type: ignore[arg-type]
    finally:
        file.close()

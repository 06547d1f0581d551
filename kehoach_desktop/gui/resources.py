"""Icons and the stylesheet shipped in ``kehoach_desktop.resources``."""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

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


def load_form(name: str, parent: QWidget | None = None) -> Any:
    """The Designer form ``ui/<name>.ui`` built into a new widget (child of ``parent``).

    Built by the code ``pyside6-uic`` made of it (``gui/forms/<name>.py``, committed; see
    docs/gui.md) rather than by QUiLoader at run time, which loads Qt Designer's plugins (Qt
    Quick among them): 16 MB and a tenth of a second before the first form. The widgets, their
    object names and translations (the form's class name as context) are the same. Typed ``Any``
    (a QWidget), as QUiLoader's was: callers look its children up by name and know their types.
    """
    module = importlib.import_module(f"{__package__}.forms.{name}")
    setup = next(value for key, value in vars(module).items() if key.startswith("Ui_"))
    widget = QWidget(parent)
    setup().setupUi(widget)
    return widget

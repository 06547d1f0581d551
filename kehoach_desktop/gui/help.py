"""Trợ giúp: the Vietnamese user guide shipped with the app (F1) and the About box.

The guide is an offline HTML page with screenshots (``resources/help/huong-dan.html``), shown in
the app's own browser widget, so it opens on a PC with no Internet and no default browser; a
button hands it to the system browser for printing. The About box says the version, the data
folder and the database in use, which an officer needs to back up or to ask for help.
"""

from __future__ import annotations

import html
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import data_dir

if TYPE_CHECKING:
    from .context import AppContext


def guide_path() -> Path:
    """The user guide's HTML file inside the installed package."""
    return Path(str(resources.files("kehoach_desktop.resources") / "help" / "huong-dan.html"))


def app_version() -> str:
    """The installed version ("?" when run from a source tree that was never installed)."""
    try:
        return metadata.version("kehoach-desktop")
    except metadata.PackageNotFoundError:
        return "?"


class HelpWindow(QDialog):
    """The user guide in a window of its own (not modal: the officer reads it while working)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:  # a broken installation: say so rather than show an empty window
            self.browser.setPlainText(self.tr("The user guide is missing from this installation (%1). "
                                              "Reinstall the program.").replace("%1", str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.browser_button = buttons.addButton(self.tr("Open in the web browser"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.setToolTip(self.tr("To print the guide or read it beside the program"))
        self.browser_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(960, screen.width() - 40), min(700, screen.height() - 60))


def about_box(ctx: AppContext, parent: QWidget) -> QMessageBox:
    """The About box (opened by the caller with ``open()``)."""
    db = ctx.db.display_name if ctx.has_database else QCoreApplication.translate("About", "(not open)")
    text = (
        f"<b>KếHoạch Desktop</b> {app_version()}<br><br>"
        + QCoreApplication.translate("About", "Tracking the commune's 5-year and annual plan indicators, month by month.") + "<br><br>"
        + QCoreApplication.translate("About", "Data folder: %1").replace("%1", html.escape(str(data_dir()))) + "<br>"
        + QCoreApplication.translate("About", "Database: %1").replace("%1", html.escape(db)) + "<br><br>"
        + QCoreApplication.translate("About", "Back up the database file regularly (close the program first).")
    )
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("About", "About KeHoach Desktop"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("About", "Close"))
    return box

"""A ``.kehoach`` bundle given on the command line (a double-click in Explorer, through the
installer's file association): once someone has logged in, the Đồng bộ page checks it and shows
its import preview, exactly as "Import bundle..." does with a chosen file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..domain.access import Action, User
from .main_window import MainWindow


def open_bundle(window: MainWindow, path: Path) -> None:
    """Show the import preview of ``path`` now if someone is logged in, else right after login."""
    ctx = window.ctx
    if ctx.user is not None:
        _preview(window, path)
        return

    def on_login(user: User | None) -> None:
        if user is None:
            return
        ctx.user_changed.disconnect(on_login)
        _preview(window, path)

    ctx.user_changed.connect(on_login)


def _preview(window: MainWindow, path: Path) -> None:
    from .sync.page import SyncPage

    if not window.ctx.can(Action.IMPORT_BUNDLE):
        QMessageBox.warning(
            window, QCoreApplication.translate("OpenFile", "Cannot import the bundle"),
            QCoreApplication.translate("OpenFile", "Your account may not import sync bundles, so %1 was not "
                                       "opened. Ask an administrator or a leader to import it.").replace("%1", path.name),
        )
        return
    page = window.show_page(SyncPage)
    if isinstance(page, SyncPage):
        page.last_folder = path.parent
        page._preview(path, None)  # the same check and preview as "Import bundle..."

"""The desktop app's entry point: settings, translation, style, database, window, then login.

Nothing heavy is imported here: matplotlib and the report libraries load when first used, so
the window appears quickly on an old PC.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..domain.errors import UserError
from ..logs import setup_logging
from ..store.database import data_dir, open_database
from .context import AppContext
from .errors import install_excepthook
from .main_window import MainWindow
from .resources import apply_style, icon
from .settings import Settings
from .translations import install_translators

log = logging.getLogger(__name__)


def _db_arg(args: list[str]) -> str | None:
    return args[args.index("--db") + 1] if "--db" in args[:-1] else None


def create_window(db_arg: str | None = None, settings: Settings | None = None) -> MainWindow:
    """Open the database and build the main window (the application must exist)."""
    settings = settings or Settings.load()
    db = open_database(db_arg)
    ctx = AppContext(db, settings)
    return MainWindow(ctx)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; return its exit code."""
    args = list(sys.argv if argv is None else argv)
    install_excepthook(setup_logging(data_dir()))
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("KeHoach Desktop")
    app.setWindowIcon(icon("app"))
    settings = Settings.load()
    install_translators(app, settings.language)
    apply_style(app)
    try:
        window = create_window(_db_arg(args), settings)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), str(exc))
        return 1
    window.show()
    from .startup import start

    QTimer.singleShot(0, lambda: start(window))
    code = app.exec()
    window.ctx.worker.shutdown()
    return code

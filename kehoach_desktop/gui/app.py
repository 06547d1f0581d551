"""The desktop app's entry point: settings, translation, style, window; then database and login.

Start-up shows the window before anything heavy is imported: SQLAlchemy, Alembic (the migration
check) and the database open only once the window is on screen, and matplotlib and the report
libraries load when first used, so the window appears quickly on an old PC.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ..logs import log_path, setup_logging
from ..paths import data_dir
from .context import AppContext
from .errors import install_excepthook
from .gc_timer import GarbageCollector
from .main_window import MainWindow
from .resources import apply_style, icon
from .settings import Settings
from .translations import install_translators

log = logging.getLogger(__name__)


def _db_arg(args: list[str]) -> str | None:
    return args[args.index("--db") + 1] if "--db" in args[:-1] else None


def open_into(window: MainWindow, db_arg: str | None) -> bool:
    """Open (and migrate) the database into the window's context; False after telling the user why."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ..domain.errors import UserError
    from ..store.database import open_database

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_database(db_arg)
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return False
    QApplication.restoreOverrideCursor()
    window.ctx.attach(db)
    return True


def _open_and_start(window: MainWindow, db_arg: str | None) -> None:
    setup_logging(data_dir())
    if not open_into(window, db_arg):
        window.close()
        return
    from .startup import start

    start(window)


def _check_start(window: MainWindow, db_arg: str | None) -> None:
    print(f"shown {time.time():.6f}", flush=True)
    setup_logging(data_dir())
    ok = open_into(window, db_arg)
    if ok:
        from .startup import needs_setup

        window.ctx.worker.call(needs_setup)
        print(f"ready {time.time():.6f}", flush=True)
    QApplication.exit(0 if ok else 1)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; return its exit code."""
    args = list(sys.argv if argv is None else argv)
    install_excepthook(log_path(data_dir()))
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("KeHoach Desktop")
    collector = GarbageCollector(app)  # noqa: F841  (lives as long as the app, its parent)
    app.setWindowIcon(icon("app"))
    settings = Settings.load()
    install_translators(app, settings.language)
    apply_style(app)
    window = MainWindow(AppContext(settings))
    window.show_on_screen()
    if "--exit-when-shown" in args:
        # A start-up check (and the start-up benchmark): report when the window is up and when
        # the database is open and ready for login, then quit.
        QTimer.singleShot(0, lambda: _check_start(window, _db_arg(args)))
    else:
        QTimer.singleShot(0, lambda: _open_and_start(window, _db_arg(args)))
    code = app.exec()
    if window.ctx.has_database:
        window.ctx.worker.shutdown()
    return code

"""The desktop app's entry point: settings, translation, style, window; then database and login.

Start-up shows the window before anything heavy is imported: SQLAlchemy, Alembic (the migration
check) and the database open only once the window is on screen, and matplotlib and the report
libraries load when first used, so the window appears quickly on an old PC.
"""

from __future__ import annotations

import gc

# No garbage collection while the modules the first window needs are imported (as for PySide6
# in gui/__init__.py): each collection would walk every object just made, in vain. The collector
# is switched back on below; once the app runs, gc_timer.GarbageCollector collects on the GUI
# thread.
_COLLECTING = gc.isenabled()
gc.disable()

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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

if _COLLECTING:
    gc.enable()

if TYPE_CHECKING:
    from ..store.database import DamagedDatabase

log = logging.getLogger(__name__)


# Qt's own command-line options that take a value (QGuiApplication's documentation).
QT_VALUE_OPTIONS = {
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry", "-qwindowicon",
    "-qwindowtitle", "-session", "-style", "-stylesheet", "-display", "-geometry", "-title",
}


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    """The app's own arguments; Qt's (``-platform offscreen``...) are left to Qt.

    ``file`` is a ``.kehoach`` bundle to import: Explorer passes it when one is double-clicked.
    """
    given = list(args)[1:]
    plain = _plain_args(given)
    if plain is None:
        parser = argparse.ArgumentParser(prog="kehoach-desktop", add_help=False)
        parser.add_argument("--db")
        parser.add_argument("--self-test", action="store_true")
        parser.add_argument("--exit-when-shown", action="store_true")
        known, rest = parser.parse_known_args(given)
    else:
        known, rest = plain
    files = [a for i, a in enumerate(rest) if not a.startswith("-") and (i == 0 or rest[i - 1] not in QT_VALUE_OPTIONS)]
    known.file = files[-1] if files else None
    return known


def _plain_args(given: list[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The usual arguments read without building a parser (argparse looks up its own messages'
    translations each time: 2 ms of start-up); None for anything else, which argparse reads."""
    known = argparse.Namespace(db=None, self_test=False, exit_when_shown=False)
    rest: list[str] = []
    items = iter(given)
    for arg in items:
        if arg in ("--self-test", "--exit-when-shown"):
            setattr(known, arg[2:].replace("-", "_"), True)
        elif arg == "--db":
            value = next(items, None)
            if value is None or value.startswith("-"):
                return None  # argparse says what is wrong
            known.db = value
        elif arg.startswith("--db="):
            known.db = arg[len("--db="):]
        elif arg.startswith("--"):
            return None  # "--", an abbreviation, a mistake: argparse's rules
        else:
            rest.append(arg)
    return known, rest


def open_into(window: MainWindow, db_arg: str | None) -> bool:
    """Open (and migrate) the database into the window's context; False after telling the user why.

    A damaged or empty file is never opened: the newest sound backup is offered instead. A
    ``--db`` naming no file is created only when the user says so (the first-run wizard follows).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ..domain.errors import UserError
    from ..store.database import DamagedDatabase, open_database

    create = db_arg is None or _confirm_new(window, db_arg)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_database(db_arg, create=create, daily=True)
    except DamagedDatabase as exc:
        QApplication.restoreOverrideCursor()
        if not _offer_restore(window, exc):
            return False
        return open_into(window, db_arg)
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return False
    QApplication.restoreOverrideCursor()
    window.ctx.attach(db)
    return True


def _confirm_new(window: MainWindow, db_arg: str) -> bool:
    """True when ``db_arg`` exists, is a server, or the user agrees to create a new database there."""
    from PySide6.QtWidgets import QMessageBox

    if "://" in db_arg or Path(db_arg).expanduser().exists():
        return True  # a server's blank database is set up by the wizard, as the default file is
    answer = QMessageBox.question(
        window, QCoreApplication.translate("App", "No database there"),
        QCoreApplication.translate("App", "There is no database at %1.\n\nCreate a new, empty database there? "
                                   "Choose No if the name was mistyped.").replace("%1", db_arg),
    )
    return answer == QMessageBox.StandardButton.Yes


def _offer_restore(window: MainWindow, exc: DamagedDatabase) -> bool:
    """Show why the file cannot be used and, with a sound backup, offer it; True once restored."""
    from PySide6.QtWidgets import QMessageBox

    from ..domain.errors import UserError
    from ..store.backup import restore

    title = QCoreApplication.translate("App", "The database is damaged")
    if exc.backup is None:
        QMessageBox.critical(window, title, str(exc))
        return False
    question = QCoreApplication.translate("App", "%1\n\nRestore the backup made %2? The damaged file is kept aside.")
    answer = QMessageBox.question(window, title, question.replace("%1", str(exc)).replace("%2", exc.backup.when))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore(exc.path, exc.backup.path)
    except UserError as error:
        QMessageBox.critical(window, title, str(error))
        return False
    return True


def _open_and_start(window: MainWindow, db_arg: str | None, bundle: str | None = None) -> None:
    setup_logging(data_dir())
    if not open_into(window, db_arg):
        window.close()
        return
    from .startup import start

    if bundle:
        from .open_file import open_bundle

        open_bundle(window, Path(bundle))
    start(window)


def _check_start(window: MainWindow, db_arg: str | None) -> None:
    print(f"shown {time.time():.6f}", flush=True)
    setup_logging(data_dir())
    ok = open_into(window, db_arg)
    if ok:
        from ..services.setup import needs_setup

        window.ctx.worker.call(needs_setup)
        print(f"ready {time.time():.6f}", flush=True)
    QApplication.exit(0 if ok else 1)


def _bundle_arrived(window: MainWindow, path: str) -> None:
    """A bundle double-clicked while this window is open: bring it forward and open the import."""
    from .open_file import open_bundle

    window.showNormal()
    window.raise_()
    window.activateWindow()
    open_bundle(window, Path(path))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; return its exit code."""
    args = list(sys.argv if argv is None else argv)
    options = parse_args(args)
    if options.self_test:
        from .selftest import run_gui_self_test

        return run_gui_self_test(args)
    install_excepthook(log_path(data_dir()))
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("KeHoach Desktop")
    collector = GarbageCollector(app)  # noqa: F841  (lives as long as the app, its parent)
    app.setWindowIcon(icon("app"))
    settings = Settings.load()
    install_translators(app, settings.language)
    apply_style(app)
    instance = None
    if not options.exit_when_shown:
        from .single_instance import SingleInstance

        instance = SingleInstance(data_dir(), app)
        if options.file and not instance.primary and instance.hand_over(Path(options.file)):
            return 0  # the open window shows it
    window = MainWindow(AppContext(settings))
    if instance is not None and instance.primary:
        instance.file_received.connect(lambda path: _bundle_arrived(window, path))
    window.show_on_screen()
    if options.exit_when_shown:
        # A start-up check (and the start-up benchmark): report when the window is up and when
        # the database is open and ready for login, then quit.
        QTimer.singleShot(0, lambda: _check_start(window, options.db))
    else:
        QTimer.singleShot(0, lambda: _open_and_start(window, options.db, options.file))
    code = app.exec()
    if instance is not None:
        instance.release()
    if window.ctx.has_database:
        window.ctx.worker.shutdown()
    return code

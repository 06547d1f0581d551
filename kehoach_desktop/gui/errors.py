"""The global exception hook: the traceback goes to the log, the user gets a Vietnamese message.

A bug in a slot must not close the program and lose the officer's typing; Qt would otherwise
abort on an exception escaping into its event loop.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger("kehoach_desktop.gui")
_showing = threading.Lock()


def install_excepthook(log_path: Path) -> None:
    """Route uncaught exceptions to ``log_path`` and a message box; the program keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
            return
        if not _showing.acquire(blocking=False):
            return  # one message at a time, never a cascade of boxes
        try:
            # Imported only when needed: building its enums costs start-up time.
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None, QCoreApplication.translate("ErrorHook", "Unexpected error"),
                QCoreApplication.translate("ErrorHook", "An unexpected error occurred. Your saved figures are safe and the program keeps "
                    "running. The details were written to:\n%1").replace("%1", str(log_path)),
            )
        finally:
            _showing.release()

    sys.excepthook = hook

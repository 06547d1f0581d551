"""Operations: a core call run on the database worker, with busy cursor, error display and refresh.

After Anki's ``CollectionOp``: ``DbOp(parent, ctx, fn).success(callback).run()``. ``fn`` receives
the open ``Database`` and runs on the worker thread; ``success`` runs on the GUI thread. A
``UserError`` is shown as its Vietnamese message; anything else is logged with its traceback and
reported as an unexpected error, and the program keeps running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from ..domain.errors import UserError

if TYPE_CHECKING:
    from ..store.database import Database
    from .context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong: their mistake in words, a bug by pointing to the log."""
    if isinstance(error, UserError):
        QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Cannot do that"), str(error))
        return
    log.error("operation failed", exc_info=(type(error), error, error.__traceback__))
    QMessageBox.critical(
        parent, QCoreApplication.translate("Operations", "Unexpected error"),
        QCoreApplication.translate("Operations", "Something went wrong and the operation was not completed. Nothing was half-saved. "
           "The details were written to the log file; please send it to your support person."),
    )


class DbOp(Generic[T]):
    """One database operation started from the GUI."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, fn: Callable[[Database], T]) -> None:
        self._parent, self._ctx, self._fn = parent, ctx, fn
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._busy: str | None = None

    def success(self, callback: Callable[[T], Any]) -> DbOp[T]:
        """Run ``callback(result)`` on the GUI thread when the operation succeeds."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> DbOp[T]:
        """Handle errors yourself instead of the default message box."""
        self._failure = callback
        return self

    def busy(self, message: str) -> DbOp[T]:
        """Show a wait cursor and ``message`` in the status bar while running."""
        self._busy = message
        return self

    def run(self) -> None:
        """Queue the operation on the database worker."""
        if self._busy is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._ctx.status.emit(self._busy)
        self._ctx.worker.submit(self._fn, self._done)

    def _done(self, result: T | None, error: BaseException | None) -> None:
        if self._busy is not None:
            QApplication.restoreOverrideCursor()
            self._ctx.status.emit("")
        if self._parent is not None and not isValid(self._parent):
            # The screen that asked went away meanwhile (logout, window closed): the work is
            # done or refused in the database either way; there is no one left to tell.
            if error is not None and not isinstance(error, UserError):
                log.error("operation failed after its screen closed", exc_info=(type(error), error, error.__traceback__))
            return
        if error is not None:
            if self._failure is not None:
                self._failure(error)
            else:
                show_error(self._parent, error)
            return
        if self._success is not None:
            self._success(result)  # type: ignore[arg-type]

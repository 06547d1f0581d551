"""Operations: a service call run on the worker, with busy cursor, error display and refresh.

After Anki's ``CollectionOp``: ``DbOp(parent, ctx, fn).success(callback).run()``. ``fn`` receives
the open ``Database`` and runs on the worker's database lane; ``FileOp(parent, ctx, fn)`` runs
``fn()``, which touches no database, on its file lane. ``success`` runs on the GUI thread.

When ``fn`` (a service) returns an ``Outcome``, ``success`` gets its value and then its ``Changes``
go out through ``AppContext.publish``, the one hook the screens listen to. A ``UserError`` is shown
as its Vietnamese message; anything else is logged with its traceback and reported as an
unexpected error, and the program keeps running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from ..domain.errors import UserError
from ..services.changes import Outcome

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


class _Op(Generic[T]):
    """One operation started from the GUI: run ``fn`` off the GUI thread, then report on it."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        self._parent, self._ctx = parent, ctx
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._busy: str | None = None

    def success(self, callback: Callable[[T], Any]) -> Self:
        """Run ``callback(result)`` on the GUI thread when the operation succeeds."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Self:
        """Handle errors yourself instead of the default message box."""
        self._failure = callback
        return self

    def busy(self, message: str) -> Self:
        """Show a wait cursor and ``message`` in the status bar while running."""
        self._busy = message
        return self

    def run(self) -> None:
        """Queue the operation on its lane of the worker."""
        if self._busy is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._ctx.status.emit(self._busy)
        self._submit()

    def _submit(self) -> None:
        raise NotImplementedError

    def _done(self, result: T | Outcome[T] | None, error: BaseException | None) -> None:
        if self._busy is not None:
            QApplication.restoreOverrideCursor()
            if isValid(self._ctx):
                self._ctx.status.emit("")
        if isinstance(result, Outcome):
            # The screen that asked hears first (it may update the context the others read),
            # then every screen hears what changed, even when the asking one is gone.
            try:
                self._finish(result.value, error)
            finally:
                if isValid(self._ctx):
                    self._ctx.publish(result.changes)
            return
        self._finish(result, error)

    def _finish(self, result: T | None, error: BaseException | None) -> None:
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


class DbOp(_Op[T]):
    """A service call ``fn(db)`` on the database lane (it opens ``db.read()`` / ``db.write()`` itself)."""

    @overload
    def __init__(self, parent: QWidget | None, ctx: AppContext, fn: Callable[[Database], Outcome[T]]) -> None: ...

    @overload
    def __init__(self, parent: QWidget | None, ctx: AppContext, fn: Callable[[Database], T]) -> None: ...

    def __init__(self, parent: QWidget | None, ctx: AppContext, fn: Callable[[Database], Any]) -> None:
        super().__init__(parent, ctx)
        self._fn = fn

    def _submit(self) -> None:
        self._ctx.worker.submit(self._fn, self._done)


class FileOp(_Op[T]):
    """Work ``fn()`` that touches no database (reading a document, writing a file) on the file lane."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, fn: Callable[[], T]) -> None:
        super().__init__(parent, ctx)
        self._fn = fn

    def _submit(self) -> None:
        self._ctx.worker.submit_file(self._fn, self._done)

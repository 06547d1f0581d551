"""The one database worker thread, after Anki's taskman: jobs run one at a time, in order.

SQLAlchemy sessions are not thread-safe, and SQLite allows one writer anyway, so every database
job goes through this single-thread executor; the result (or the exception) comes back to the GUI
thread through a queued signal, where the callback runs.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal



if TYPE_CHECKING:
    from ..store.database import Database

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]


class DbWorker(QObject):
    """Runs ``fn(db)`` jobs on one background thread and reports back on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, error
    #: Emitted with True when the first job starts and False when the last one ends.
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kehoach-db")
        self._pending = 0
        self._finished.connect(self._deliver)

    def submit(self, fn: Callable[[Database], T], done: Callable[[T | None, BaseException | None], None]) -> Future[T]:
        """Queue ``fn``; ``done(result, error)`` runs later on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(fn, self.db)

        def finished(f: Future[T]) -> None:
            error = f.exception()
            self._finished.emit(done, None if error else f.result(), error)

        future.add_done_callback(finished)
        return future

    def call(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn`` on the worker and wait for it (start-up and shut-down only)."""
        return self._pool.submit(fn, self.db).result()

    def is_idle(self) -> bool:
        """True when no job is queued or running and every callback has run."""
        return self._pending == 0

    def _deliver(self, done: Done, result: Any, error: BaseException | None) -> None:
        try:
            done(result, error)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish queued jobs, then stop the thread and close the database."""
        self._pool.shutdown(wait=True)
        self.db.close()

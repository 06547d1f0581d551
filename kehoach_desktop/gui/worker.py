"""The worker, after Anki's taskman: two lanes, each running its jobs one at a time, in order.

SQLAlchemy sessions are not thread-safe, and SQLite allows one writer anyway, so every database
job goes through the single-thread *database lane*. Work that touches no database (reading a plan
document, writing a report or a key file) goes through the *file lane*, so a PDF read for minutes
never holds up a page loading its figures. The result (or the exception) comes back to the GUI
thread through a queued signal, where the callback runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ..store.database import Database

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]
log = logging.getLogger(__name__)


class DbWorker(QObject):
    """Runs ``fn(db)`` jobs (database lane) and ``fn()`` jobs (file lane); reports back on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, error
    #: Emitted with True when the first job starts and False when the last one ends.
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kehoach-db")
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kehoach-files")
        self._pending = 0
        self._finished.connect(self._deliver)

    def submit(self, fn: Callable[[Database], T], done: Callable[[T | None, BaseException | None], None]) -> Future[T]:
        """Queue ``fn(db)`` on the database lane; ``done(result, error)`` runs later on the GUI thread."""
        return self._queue(self._pool.submit(fn, self.db), done)

    def submit_file(self, fn: Callable[[], T], done: Callable[[T | None, BaseException | None], None]) -> Future[T]:
        """Queue ``fn()``, which must not touch the database, on the file lane."""
        return self._queue(self._files.submit(fn), done)

    def _queue(self, future: Future[T], done: Callable[[T | None, BaseException | None], None]) -> Future[T]:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def finished(f: Future[T]) -> None:
            error = f.exception()
            try:
                self._finished.emit(done, None if error else f.result(), error)
            except RuntimeError:  # the window closed meanwhile: nobody is waiting for the result
                log.info("a job finished after its window closed")

        future.add_done_callback(finished)
        return future

    def call(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn`` on the database lane and wait for it (start-up only: a quick read)."""
        return self._pool.submit(fn, self.db).result()

    def is_idle(self) -> bool:
        """True when no job is queued or running on either lane and every callback has run."""
        return self._pending == 0

    def _deliver(self, done: Done, result: Any, error: BaseException | None) -> None:
        try:
            done(result, error)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish queued database jobs, then stop both lanes and close the database."""
        # A file still being read is not waited for: its result has nobody left to go to.
        self._files.shutdown(wait=False, cancel_futures=True)
        self._pool.shutdown(wait=True)
        self.db.close()

"""What every screen shares: the database worker, the logged-in user, the plan and the month.

Screens never talk to each other directly; they change the context or react to its signals,
so a page added later (Tổng quan, Đồng bộ, Báo cáo) plugs in without rework.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..domain.periods import Period
from .settings import Settings

if TYPE_CHECKING:
    from ..domain.access import Action, User
    from ..services.changes import Changes
    from ..services.setup import SessionInfo
    from ..store.database import Database
    from .worker import DbWorker


class AppContext(QObject):
    """Shared state of the running app, with signals for each kind of change."""

    #: The period being worked on changed (a month, or a quarter, half, nine months, year).
    period_changed = Signal(object)
    #: A user logged in or out (None).
    user_changed = Signal(object)
    #: Something in the database changed (a ``services.changes.Changes``): the one hook every
    #: operation's changes are fanned out through; each page reloads what it shows of them.
    changes = Signal(object)
    #: A message for the status bar ("" clears it).
    status = Signal(str)

    #: The database is open and the worker ready.
    database_ready = Signal()

    def __init__(self, settings: Settings, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._db: Database | None = None
        self._worker: DbWorker | None = None
        self.user: User | None = None
        self.plan_id: int | None = None
        self.commune_name: str = ""
        self.plan_years: range | None = None
        #: On a province's computer: the communes held, as (plan id, label); None on a commune's.
        self.province_plans: tuple[tuple[int, str], ...] | None = None
        self.period = self._initial_period(settings.last_period)
        if db is not None:
            self.attach(db)

    @property
    def province(self) -> bool:
        """True on a province's computer: it reviews communes' figures, it does not enter them."""
        return self.province_plans is not None

    def apply_session(self, info: SessionInfo) -> None:
        """Take the commune, plan and years of a ``services.setup.SessionInfo`` (emits nothing)."""
        self.commune_name, self.plan_id, self.plan_years = info.commune_name, info.plan_id, info.plan_years
        self.province_plans = info.province_plans

    def attach(self, db: Database) -> None:
        """Start working on ``db`` (opened after the window is shown, to keep start-up fast)."""
        # The worker (and concurrent.futures) only now: not before the window is shown.
        from .worker import DbWorker

        self._db = db
        self._worker = DbWorker(db, self)
        self.database_ready.emit()

    @property
    def db(self) -> Database:
        """The open database."""
        if self._db is None:
            raise RuntimeError("the database is not open yet")
        return self._db

    @property
    def worker(self) -> DbWorker:
        """The database worker."""
        if self._worker is None:
            raise RuntimeError("the database is not open yet")
        return self._worker

    @property
    def has_database(self) -> bool:
        """True once a database is attached."""
        return self._db is not None

    @staticmethod
    def _initial_period(saved: str) -> Period:
        try:
            return Period.parse(saved)
        except ValueError:
            today = time.localtime()  # not datetime: 2 ms of start-up
            return Period(today.tm_year, today.tm_mon)

    def publish(self, changes: Changes) -> None:
        """Tell every screen what changed (nothing is emitted for an empty record)."""
        if changes:
            self.changes.emit(changes)

    def set_period(self, period: Period) -> None:
        """Switch the period shown (saved as `str(period)`; `Period.parse` reads every form back)."""
        if period != self.period:
            self.period = period
            self.settings.last_period = str(period)
            self.period_changed.emit(period)

    def set_user(self, user: User | None) -> None:
        """Record who is logged in."""
        self.user = user
        if user is not None:
            self.settings.last_username = user.username
        self.user_changed.emit(user)

    def can(self, action: Action) -> bool:
        """True when someone is logged in and their role allows ``action``."""
        return self.user is not None and self.user.can(action)

    @property
    def actor(self) -> str:
        """The username written into revisions and the audit trail."""
        return self.user.username if self.user else "system"

"""A month's approval cycle: submit, approve and lock, reopen with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.access import MonthStatus, User
from ..domain.periods import Period
from .changes import Changes, Outcome

if TYPE_CHECKING:
    from ..store.database import Database


def submit(db: Database, plan_id: int, period: Period, user: User) -> Outcome[MonthStatus]:
    """Send the month to the leader."""
    from ..store.months import submit_month

    with db.write() as session:
        status = submit_month(session, db.installation_id, plan_id, period, user)
    return Outcome(status, Changes(months=frozenset({period})))


def approve(db: Database, plan_id: int, period: Period, user: User) -> Outcome[MonthStatus]:
    """Approve and lock the month."""
    from ..store.months import approve_month

    with db.write() as session:
        status = approve_month(session, db.installation_id, plan_id, period, user)
    return Outcome(status, Changes(months=frozenset({period})))


def reopen(db: Database, plan_id: int, period: Period, user: User, reason: str) -> Outcome[MonthStatus]:
    """Open an approved or submitted month again; the store requires and audits ``reason``."""
    from ..store.months import reopen_month

    with db.write() as session:
        status = reopen_month(session, db.installation_id, plan_id, period, user, reason)
    return Outcome(status, Changes(months=frozenset({period})))

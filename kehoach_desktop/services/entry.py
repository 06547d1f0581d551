"""Typing figures: the month's grid, saving typed figures, one figure's history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.access import User
from ..domain.model import Revision
from ..domain.periods import Period
from .changes import Changes, Outcome

if TYPE_CHECKING:
    from ..store.database import Database
    from ..store.grid import MonthGrid
    from ..store.values import ValueEntry


def load_grid(db: Database, plan_id: int, period: Period, username: str | None) -> MonthGrid:
    """The period's grid: every indicator of the plan judged for ``period``."""
    from ..store.grid import month_grid

    with db.read() as session:
        return month_grid(session, plan_id, period, username)


def save_entries(
    db: Database, plan_id: int, period: Period, entries: Sequence[ValueEntry], user: User, accept: bool,
) -> Outcome[list[str]]:
    """Save typed figures through the one way in, with ``user``'s rights checked; the codes changed.

    Raises ``ValidationFailed`` (warnings to confirm with ``accept=True``, or errors) and the
    store's ``UserError`` refusals; nothing is written then.
    """
    from ..store.values import save_values_as

    with db.write() as session:
        codes = [c.code for c in save_values_as(session, db.installation_id, plan_id, entries, user, accept)]
    return Outcome(codes, Changes.figures(codes, period))


def load_history(db: Database, indicator_id: int, period: Period) -> list[Revision]:
    """The revisions of one cell, oldest first."""
    from ..store.queries import history

    with db.read() as session:
        return list(history(session, indicator_id, period))

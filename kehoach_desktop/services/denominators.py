"""A rate's denominator on the Chỉ tiêu page and ``kehoach plan denominator``: read, save, clear.

Thin over ``store.denominators`` (checks, audit, the plan stamped so it travels to the
province). A saved denominator changes the plan (``Changes(plan=True)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.denominators import may_have_denominator
from ..domain.model import Denominator
from ..store import denominators as store
from ..store.database import Database
from ..store.queries import find_indicator, to_denominator
from .changes import Changes, Outcome


@dataclass(frozen=True)
class DenominatorInfo:
    """An indicator as its denominator dialog shows it."""

    code: str
    name: str
    unit: str
    #: False for a flow or a stock: summed as they are, no denominator.
    allowed: bool
    denominator: Denominator | None
    start_year: int
    end_year: int


def load_denominator(db: Database, plan_id: int, code: str) -> DenominatorInfo:
    """Indicator ``code`` of the plan with its denominator (None: none yet)."""
    with db.read() as session:
        row = find_indicator(session, plan_id, code)
        indicator = store.to_denominator_target(row)
        return DenominatorInfo(row.code, row.name, row.unit, may_have_denominator(indicator), to_denominator(row),
                               row.plan.start_year, row.plan.end_year)


def save_denominator(
    db: Database, plan_id: int, code: str, actor: str, *, label: str | None = None, unit: str | None = None,
    year: int | None = None, value: Decimal | None = None,
) -> Outcome[store.DenominatorChange]:
    """Name the denominator and/or store a year's figure, in one transaction (audited)."""
    with db.write() as session:
        change = store.set_denominator(session, db.installation_id, plan_id, code, actor,
                                       label=label, unit=unit, year=year, value=value)
    return Outcome(change, Changes(plan=change.changed))


def clear_denominator(
    db: Database, plan_id: int, code: str, actor: str, year: int | None = None,
) -> Outcome[store.DenominatorChange]:
    """Remove the denominator (or only its figure of ``year``), in one transaction (audited)."""
    with db.write() as session:
        change = store.clear_denominator(session, db.installation_id, plan_id, code, actor, year)
    return Outcome(change, Changes(plan=change.changed))

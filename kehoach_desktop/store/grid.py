"""The monthly entry grid's data in one read: every indicator of the plan judged for one month.

The grid, like the charts and reports, reads through ``evaluate`` (ARCHITECTURE.md, data flow),
so what an officer sees while typing agrees with the report. One ``load_plan_data`` (three
queries), the group titles, the month's state and the user's assignments: no per-row queries,
whatever the plan's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.access import MonthStatus
from ..domain.evaluation import evaluate
from ..domain.model import Indicator, MonthlyValue, RuleKind, Status
from ..domain.periods import Period
from ..domain.targets import threshold_text
from .months import month_status
from .queries import groups, load_plan_data
from .schema import ValueRow
from .users import assigned_codes


@dataclass(frozen=True)
class GridRow:
    """One indicator's line of the entry grid for one month."""

    indicator_id: int
    code: str
    name: str
    unit: str
    group_key: str
    group_title: str
    #: Sub-indicator depth: 0 for an indicator, 1 for its "trong đó" items, and so on.
    level: int
    #: The year's threshold as officers write it (``≥ 7.000``, ``35 - 40``, ``Đạt``), or "".
    target_text: str
    #: The resolution's wording of the rule the year's target comes from.
    target_rule_text: str
    #: True when the year's figure is worked out from the plan's final target, not stated.
    target_derived: bool
    previous: Decimal | None
    this_month: MonthlyValue | None
    actual: Decimal | None
    percent: Decimal | None
    status: Status
    status_reason: str
    qualitative: bool
    assigned: bool
    indicator: Indicator
    #: Two installations entered this month's figure at once; a leader chooses on the Đồng bộ page.
    conflict: bool = False


@dataclass(frozen=True)
class MonthGrid:
    """A plan's indicators for one month, in document order, with the month's approval state."""

    plan_id: int
    period: Period
    month: MonthStatus
    rows: tuple[GridRow, ...]
    #: True when the user asked about has at least one indicator assigned.
    has_assignments: bool = False

    def row(self, code: str) -> GridRow | None:
        """The row of indicator ``code``, if the plan has it."""
        return next((r for r in self.rows if r.code == code), None)


def _levels(indicators: list[Indicator]) -> dict[str, int]:
    parents = {i.code: i.parent_code for i in indicators}
    levels: dict[str, int] = {}
    for code in parents:
        depth, seen, parent = 0, {code}, parents[code]
        while parent is not None and parent in parents and parent not in seen:  # a cycle must not hang
            depth += 1
            seen.add(parent)
            parent = parents[parent]
        levels[code] = depth
    return levels


def month_grid(session: Session, plan_id: int, period: Period, username: str | None) -> MonthGrid:
    """Every indicator of the plan judged at the end of ``period``, with ``username``'s assignments."""
    data = load_plan_data(session, plan_id)
    titles = {g.key: g.title for g in groups(session, plan_id)}
    mine = assigned_codes(session, plan_id, username) if username else set()
    levels = _levels([d.indicator for d in data])
    ids = [d.indicator.id for d in data if d.indicator.id is not None]
    in_conflict = set(
        session.scalars(
            select(ValueRow.indicator_id).where(
                ValueRow.indicator_id.in_(ids), ValueRow.year == period.year, ValueRow.month == period.month, ValueRow.conflict
            )
        )
    )
    rows = []
    for item in data:
        ev = evaluate(item, period)
        ind = ev.indicator
        target = ev.target
        qualitative = any(r.kind is RuleKind.QUALITATIVE for r in item.rules)
        rows.append(
            GridRow(
                indicator_id=ind.id or 0,
                code=ind.code,
                name=ind.name,
                unit=ind.unit,
                group_key=ind.group,
                group_title=titles.get(ind.group, ind.group),
                level=levels.get(ind.code, 0),
                target_text=threshold_text(target),
                target_rule_text=target.rule.text if target is not None else "",
                target_derived=bool(target and target.derived),
                previous=ev.previous_month,
                this_month=ev.this_month,
                actual=ev.actual,
                percent=ev.percent_of_target,
                status=ev.status,
                status_reason=ev.reason,
                qualitative=qualitative,
                assigned=ind.code in mine,
                indicator=ind,
                conflict=ind.id in in_conflict,
            )
        )
    return MonthGrid(plan_id, period, month_status(session, plan_id, period), tuple(rows), bool(mine))

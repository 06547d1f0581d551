"""The entry grid's data in one read: every indicator of the plan judged for one period.

Figures are typed per month; a quarter, half-year, nine months or year shows the same rows read
from their months (the period's figure, year to date, the oriented % of the target), read-only.

The grid, like the charts and reports, reads through ``evaluate`` (docs/evaluation.md),
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
from ..domain.model import Indicator, MonthlyValue, RuleKind, Status, TargetSource
from ..domain.periods import Period
from ..domain.targets import threshold_text
from .months import month_status
from .queries import groups, load_plan_data
from .schema import ValueRow
from .users import assigned_codes


@dataclass(frozen=True)
class GridRow:
    """One indicator's line of the entry grid for one period."""

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
    #: The previous period's figure (last month, last quarter...).
    previous: Decimal | None
    #: The month's record (None unless the period is one month).
    this_month: MonthlyValue | None
    actual: Decimal | None
    #: The oriented % of the year's target: above 100 is better than the target, either direction.
    percent: Decimal | None
    status: Status
    status_reason: str
    qualitative: bool
    assigned: bool
    indicator: Indicator
    #: Two installations entered this month's figure at once; a leader chooses on the Đồng bộ page.
    conflict: bool = False
    #: The period's own figure: a flow summed over its months, a stock its latest (== the month's).
    period_value: Decimal | None = None
    #: What the percentage compares (its tooltip).
    percent_note: str = ""
    #: The status rests on the year-end estimate (the year, or the period, is not over).
    estimated: bool = False
    #: Why the year has no target of its own ("" when it has one).
    target_note: str = ""
    #: Where the year's target comes from (annual resolution, typed, derived...), if any.
    target_source: TargetSource | None = None
    #: The period's figure last year over the same months, and the change in per cent (cùng kỳ).
    period_last_year: Decimal | None = None
    period_change_vs_last_year: Decimal | None = None
    #: Year to date against last year's same months, in per cent.
    change_vs_last_year: Decimal | None = None
    #: False when nothing could be judged: no word is shown, only the reason.
    judged: bool = True


@dataclass(frozen=True)
class MonthGrid:
    """A plan's indicators for one period, in document order, with the month's approval state.

    For a period longer than a month ``month`` is always open: approval is per month.
    """

    plan_id: int
    period: Period
    month: MonthStatus
    rows: tuple[GridRow, ...]
    #: True when the user asked about has at least one indicator assigned.
    has_assignments: bool = False

    def row(self, code: str) -> GridRow | None:
        """The row of indicator ``code``, if the plan has it."""
        return next((r for r in self.rows if r.code == code), None)

    @property
    def without_year_target(self) -> int:
        """How many indicators have no target of the year's own (no annual plan for them yet)."""
        return sum(1 for r in self.rows if r.target_note)


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
    ) if period.is_month else set()
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
                previous=ev.previous_period,
                this_month=ev.this_month,
                actual=ev.actual,
                percent=ev.percent_of_target,
                status=ev.status,
                status_reason=ev.reason,
                qualitative=qualitative,
                assigned=ind.code in mine,
                indicator=ind,
                conflict=ind.id in in_conflict,
                period_value=ev.period_value,
                percent_note=ev.percent_note,
                estimated=ev.estimated,
                target_note=ev.target_note if ev.in_plan else "",
                target_source=target.source if target is not None else None,
                period_last_year=ev.period_last_year,
                period_change_vs_last_year=ev.period_change_vs_last_year,
                change_vs_last_year=ev.change_vs_last_year,
                judged=ev.judged,
            )
        )
    state = month_status(session, plan_id, period) if period.is_month else MonthStatus()
    return MonthGrid(plan_id, period, state, tuple(rows), bool(mine))

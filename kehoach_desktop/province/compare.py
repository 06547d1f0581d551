"""One indicator across the province's communes for a period, and the province total.

The rows and the total are ``reports.province``'s (``CommuneLine``, ``province_total``): each
commune's row is the one ``build_report`` makes (``reports.content.report_row``, from ``evaluate``:
the comparison cannot disagree with the commune's own report) and the total follows DOMAIN.md's rule for the indicator's kind
(flows summed, stocks summed at the same month, rates and per-person figures recomputed from the
communes' numerators and denominators, never averaged), saying how it was made. What this module adds is the reading: the indicator of every
commune in five queries whatever their number (``reports.province.province_table`` reads each
commune's whole plan, for the report's status counts), communes listed but without figures yet,
and sorting.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Commune, Indicator, IndicatorData, MonthlyValue, TargetRule
from ..domain.periods import Period
from ..reports.content import ReportRow
from ..reports.content import report_row as report_row_of
from ..reports.province import CommuneLine, ProvinceTotal, province_total
from ..store.queries import denominators_of, to_plan, to_rule
from ..store.schema import GroupRow, IndicatorRow, PlanRow, TargetRow, ValueRow
from .communes import ProvinceCommune, province_communes


class SortKey(str, enum.Enum):
    """How the rows are ordered: by commune code, by % of the year's target, by the figure."""

    CODE = "code"
    PERCENT = "percent"
    VALUE = "value"


@dataclass(frozen=True)
class CompareRow:
    """One commune's line: its report row for the indicator, or why there is none."""

    commune: ProvinceCommune
    row: ReportRow | None
    #: "không có chỉ tiêu này", "chưa nhận số liệu của xã": why ``row`` is None.
    missing: str = ""


@dataclass(frozen=True)
class Comparison:
    """Indicator ``code`` across the communes for ``period``, with the province total."""

    code: str
    name: str
    unit: str
    period: Period
    rows: tuple[CompareRow, ...]
    total: ProvinceTotal


NO_PLAN = "chưa nhận số liệu của xã"
NOT_IN_PLAN = "không có chỉ tiêu này"


def compare(
    session: Session, code: str, period: Period, sort: SortKey = SortKey.CODE,
    communes: Sequence[ProvinceCommune] | None = None,
) -> Comparison:
    """The comparison of indicator ``code`` for ``period`` across every commune held."""
    code = (code or "").strip()
    if not code:
        raise UserError("Hãy ghi mã chỉ tiêu, ví dụ --indicator 4.", "indicator")
    communes = list(communes if communes is not None else province_communes(session))
    data = _load(session, code, [c.plan_id for c in communes if c.plan_id is not None], period)
    if communes and not data:
        raise UserError(
            f"Không xã nào có chỉ tiêu mã «{code}». Xem mã các chỉ tiêu bằng «kehoach indicator list --db ... --plan N».",
            "indicator",
        )
    rows: list[CompareRow] = []
    lines: list[CommuneLine] = []
    for commune in communes:
        if commune.plan_id is None:
            rows.append(CompareRow(commune, None, NO_PLAN))
            continue
        item = data.get(commune.plan_id)
        place = Commune(code=commune.code, name=commune.name, province=commune.province)
        report_row = report_row_of(item, period) if item is not None else None
        rows.append(CompareRow(commune, report_row, "" if report_row is not None else NOT_IN_PLAN))
        months = {
            v.month: v.value for v in item.values
            if v.year == period.year and v.month <= period.month and v.value is not None
        } if item is not None else {}
        lines.append(CommuneLine(place, commune.plan_id, report_row, months))
    first = next((r.row for r in rows if r.row is not None), None)
    return Comparison(
        code=code, name=first.name if first else "", unit=first.unit if first else "", period=period,
        rows=tuple(_sorted(rows, sort)), total=province_total(lines, period),
    )


def indicator_choices(session: Session, plan_ids: Sequence[int]) -> list[tuple[str, str]]:
    """(code, name) of the indicators of the communes' plans, in the first plan's order, each code once."""
    if not plan_ids:
        return []
    seen: dict[str, str] = {}
    for code, name in session.execute(
        select(IndicatorRow.code, IndicatorRow.name)
        .where(IndicatorRow.plan_id.in_(list(plan_ids)))
        .order_by(IndicatorRow.plan_id, IndicatorRow.position, IndicatorRow.id)
    ):
        seen.setdefault(code, name)
    return list(seen.items())


def _sorted(rows: list[CompareRow], sort: SortKey) -> list[CompareRow]:
    """Rows in ``sort`` order, best first; rows without the figure last, by code."""
    if sort is SortKey.CODE:
        return sorted(rows, key=lambda r: r.commune.code)

    def figure(r: CompareRow) -> Decimal | None:
        if r.row is None:
            return None
        return r.row.percent_of_target if sort is SortKey.PERCENT else r.row.actual

    having = sorted((r for r in rows if figure(r) is not None), key=lambda r: (-figure(r), r.commune.code))  # type: ignore[operator]
    rest = sorted((r for r in rows if figure(r) is None), key=lambda r: r.commune.code)
    return having + rest


def _load(session: Session, code: str, plan_ids: list[int], period: Period) -> dict[int, IndicatorData]:
    """Indicator ``code`` of each plan with its rules, figures and denominator, by plan id (five queries)."""
    if not plan_ids:
        return {}
    found = session.execute(
        select(IndicatorRow, GroupRow.key)
        .outerjoin(GroupRow, IndicatorRow.group_id == GroupRow.id)
        .where(IndicatorRow.plan_id.in_(plan_ids), IndicatorRow.code == code)
    ).all()
    if not found:
        return {}
    ids = [row.id for row, _ in found]
    plans = {row.id: to_plan(row) for row in session.scalars(select(PlanRow).where(PlanRow.id.in_(plan_ids)))}
    rules: dict[int, list[TargetRule]] = defaultdict(list)
    for target in session.scalars(select(TargetRow).where(TargetRow.indicator_id.in_(ids))):
        rules[target.indicator_id].append(to_rule(target))
    values: dict[int, list[MonthlyValue]] = defaultdict(list)
    # Core rows, not ORM ones (a third of the time for 168 communes); months after the period's
    # year cannot change its judgement, and who typed a figure and when is not shown here.
    for ind_id, year, month, value, kind, note in session.connection().execute(
        select(ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind, ValueRow.note)
        .where(ValueRow.indicator_id.in_(ids), ValueRow.year <= period.year)
        .order_by(ValueRow.indicator_id, ValueRow.year, ValueRow.month)  # the unique index's order: no sort
    ):
        values[ind_id].append(MonthlyValue(year, month, value, kind, note))
    denominators = denominators_of(session, [row for row, _ in found])  # a rate's total needs them
    result: dict[int, IndicatorData] = {}
    for row, group_key in found:
        indicator = Indicator(
            code=row.code, name=row.name, unit=row.unit, group=group_key or "",
            parent_code=None,  # a comparison shows the indicator alone, not its place in a plan
            direction=row.direction, aggregation=row.aggregation, baseline_value=row.baseline_value,
            baseline_year=row.baseline_year, responsible_office=row.responsible_office, id=row.id,
            denominator=denominators.get(row.id),
        )
        result[row.plan_id] = IndicatorData(indicator, plans[row.plan_id], tuple(rules[row.id]), tuple(values[row.id]))
    return result

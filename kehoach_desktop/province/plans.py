"""Every commune's plan read at once, for the province's report: a few queries whatever the number.

``store.queries.load_plan_data`` reads one plan (three queries, every month of every year, who
typed each figure and when); for 168 communes that was 11 s of a 15 s report. Here the plans'
indicators, rules, groups, figures and denominators are read in six queries for all the communes, figures as
plain rows up to the report's year only (later months cannot change its judgement) and without
who typed them (a report does not show it). The ``IndicatorData`` built are the same as
``load_plan_data``'s for what ``evaluate`` and ``build_report`` read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.model import Group, Indicator, IndicatorData, MonthlyValue, TargetRule
from ..store.queries import denominators_of, to_plan, to_rule
from ..store.schema import GroupRow, IndicatorRow, PlanRow, TargetRow, ValueRow

#: Plans read per query (SQLite's and PostgreSQL's limits on bound parameters stay far away).
_CHUNK = 400


def load_plans(
    session: Session, plan_ids: Sequence[int], up_to_year: int
) -> dict[int, tuple[list[IndicatorData], list[Group]]]:
    """Each plan's indicators (in document order, figures up to ``up_to_year``) and groups, by plan id."""
    result: dict[int, tuple[list[IndicatorData], list[Group]]] = {}
    ids = list(plan_ids)
    for start in range(0, len(ids), _CHUNK):
        result.update(_load(session, ids[start:start + _CHUNK], up_to_year))
    return result


def _load(session: Session, plan_ids: list[int], up_to_year: int) -> dict[int, tuple[list[IndicatorData], list[Group]]]:
    plans = {row.id: to_plan(row) for row in session.scalars(select(PlanRow).where(PlanRow.id.in_(plan_ids)))}
    found = session.execute(
        select(IndicatorRow, GroupRow.key)
        .outerjoin(GroupRow, IndicatorRow.group_id == GroupRow.id)
        .where(IndicatorRow.plan_id.in_(plan_ids))
        .order_by(IndicatorRow.plan_id, IndicatorRow.position, IndicatorRow.id)
    ).all()
    codes = {row.id: row.code for row, _ in found}
    in_plans = select(IndicatorRow.id).where(IndicatorRow.plan_id.in_(plan_ids))
    rules: dict[int, list[TargetRule]] = defaultdict(list)
    for target in session.scalars(select(TargetRow).where(TargetRow.indicator_id.in_(in_plans))):
        rules[target.indicator_id].append(to_rule(target))
    values: dict[int, list[MonthlyValue]] = defaultdict(list)
    for ind_id, year, month, value, kind, note in session.connection().execute(
        select(ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind, ValueRow.note)
        .where(ValueRow.indicator_id.in_(in_plans), ValueRow.year <= up_to_year)
        .order_by(ValueRow.indicator_id, ValueRow.year, ValueRow.month)
    ):
        values[ind_id].append(MonthlyValue(year, month, value, kind, note))
    groups: dict[int, list[Group]] = defaultdict(list)
    for group in session.scalars(select(GroupRow).where(GroupRow.plan_id.in_(plan_ids))
                                 .order_by(GroupRow.plan_id, GroupRow.position)):
        groups[group.plan_id].append(Group(key=group.key, title=group.title))
    denominators = denominators_of(session, [row for row, _ in found])  # a rate's province total needs them
    data: dict[int, list[IndicatorData]] = defaultdict(list)
    for row, group_key in found:
        indicator = Indicator(
            code=row.code, name=row.name, unit=row.unit, group=group_key or "",
            parent_code=codes.get(row.parent_id) if row.parent_id else None,
            direction=row.direction, aggregation=row.aggregation, baseline_value=row.baseline_value,
            baseline_year=row.baseline_year, responsible_office=row.responsible_office, id=row.id,
            denominator=denominators.get(row.id),
        )
        data[row.plan_id].append(IndicatorData(indicator, plans[row.plan_id], tuple(rules[row.id]), tuple(values[row.id])))
    return {pid: (data.get(pid, []), groups.get(pid, [])) for pid in plan_ids}


__all__ = ["load_plans"]

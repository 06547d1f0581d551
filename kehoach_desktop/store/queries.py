"""Reads: the commune, its plans, and each indicator's data as domain objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.draft import PlanDraft
from ..domain.errors import UserError
from ..domain.evaluation import Evaluation, evaluate
from ..domain.model import (
    Denominator,
    Group,
    Indicator,
    IndicatorData,
    MonthlyValue,
    Plan,
    PlanKind,
    PlanStatus,
    Revision,
    TargetRule,
    TargetSource,
)
from ..domain.periods import Period
from .schema import CommuneRow, DenominatorRow, GroupRow, IndicatorRow, PlanRow, RevisionRow, TargetRow, ValueRow


def commune(session: Session) -> CommuneRow | None:
    """The commune this database belongs to (the first, for a commune office's database)."""
    return session.scalars(select(CommuneRow).order_by(CommuneRow.id)).first()


def current_plan(session: Session, plan_id: int | None = None) -> PlanRow:
    """The plan to work on: the one asked for, else the newest adopted 5-year plan, else the newest."""
    if plan_id is not None:
        row = session.get(PlanRow, plan_id)
        if row is None:
            raise UserError(f"Không có kế hoạch số {plan_id}. Dùng «kehoach plan list» để xem các kế hoạch.", "plan")
        return row
    rows = session.scalars(select(PlanRow).order_by(PlanRow.id.desc())).all()
    if not rows:
        raise UserError(
            "Cơ sở dữ liệu chưa có kế hoạch nào. Hãy nhập kế hoạch, hoặc chạy «kehoach demo» để có dữ liệu mẫu.",
            "plan",
        )

    return min(rows, key=keep_order)


def keep_order(row: PlanRow) -> tuple[bool, bool, int, float, str]:
    """Which plan to work on first (smallest first): adopted, five-year, the latest period; among
    adopted copies of one plan the one adopted first, among drafts the newest; then by uid.

    Only synced fields decide, never local row ids, so every PC of a commune shows the same plan
    (two PCs that each set up the plan would otherwise each show the copy that arrived last).
    """
    adopted = row.status is PlanStatus.ADOPTED
    at = (row.adopted_at if adopted and row.adopted_at else row.created_at).timestamp()
    return (not adopted, row.kind is not PlanKind.FIVE_YEAR, -row.start_year, at if adopted else -at, row.uid)


def commune_plans(session: Session) -> list[tuple[int, str]]:
    """Each commune's plan to work on, as (plan id, ``code — name``), by commune code.

    A province's computer holds many communes; it shows one at a time.
    """
    from .schema import CommuneRow

    best: dict[int, PlanRow] = {}
    for row in session.scalars(select(PlanRow)):
        held = best.get(row.commune_id)
        if held is None or keep_order(row) < keep_order(held):
            best[row.commune_id] = row
    communes = {c.id: c for c in session.scalars(select(CommuneRow).where(CommuneRow.id.in_(list(best))))}
    return [
        (best[cid].id, f"{communes[cid].code} — {communes[cid].name}")
        for cid in sorted(best, key=lambda cid: communes[cid].code)
    ]


def to_plan(row: PlanRow) -> Plan:
    """The domain view of a plan row."""
    return Plan(
        kind=row.kind,
        start_year=row.start_year,
        end_year=row.end_year,
        title=row.title,
        resolution_ref=row.resolution_ref,
        source_text=row.source_text,
        status=row.status,
        id=row.id,
    )


def to_rule(row: TargetRow) -> TargetRule:
    """The domain view of a target row."""
    return TargetRule(
        kind=row.kind,
        value=row.value,
        low=row.low,
        high=row.high,
        baseline_year=row.baseline_year,
        per_year=row.per_year,
        points=row.points,
        measures_change=row.measures_change,
        year=row.year,
        text=row.text,
        source=TargetSource(row.source) if row.source in _SOURCES else TargetSource.PLAN,
        source_ref=row.source_ref,
    )


_SOURCES = {s.value for s in TargetSource}


def to_denominator(row: IndicatorRow) -> Denominator | None:
    """The indicator's denominator with its yearly figures (loads them), or None."""
    if row.denominator_label is None:
        return None
    return Denominator(row.denominator_label, row.denominator_unit or "",
                       tuple((d.year, d.value) for d in sorted(row.denominators, key=lambda d: d.year)))


def denominators_of(session: Session, rows: Sequence[IndicatorRow]) -> dict[int, Denominator]:
    """The denominators of ``rows`` that have one, by indicator id (one query for their figures)."""
    named = {row.id: row for row in rows if row.denominator_label is not None}
    if not named:
        return {}
    values: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for ind_id, year, value in session.execute(
        select(DenominatorRow.indicator_id, DenominatorRow.year, DenominatorRow.value)
        .where(DenominatorRow.indicator_id.in_(list(named))).order_by(DenominatorRow.year)
    ):
        values[ind_id].append((year, value))
    return {
        ind_id: Denominator(row.denominator_label or "", row.denominator_unit or "", tuple(values[ind_id]))
        for ind_id, row in named.items()
    }


def groups(session: Session, plan_id: int) -> list[Group]:
    """The plan's groups in document order."""
    rows = session.scalars(
        select(GroupRow).where(GroupRow.plan_id == plan_id).order_by(GroupRow.position)
    )
    return [Group(key=row.key, title=row.title) for row in rows]


def find_indicator(session: Session, plan_id: int, code: str) -> IndicatorRow:
    """The plan's indicator with ``code``; a clear error naming the codes there are if none."""
    code = code.strip()
    row = session.scalars(
        select(IndicatorRow).where(IndicatorRow.plan_id == plan_id, IndicatorRow.code == code)
    ).first()
    if row is None:
        codes = session.scalars(
            select(IndicatorRow.code).where(IndicatorRow.plan_id == plan_id).order_by(IndicatorRow.position)
        ).all()
        shown = ", ".join(codes[:12]) + (" ..." if len(codes) > 12 else "")
        raise UserError(
            f'Không có chỉ tiêu mã "{code}" trong kế hoạch. Các mã hiện có: {shown or "(chưa có)"}. '
            "Dùng «kehoach indicator list» để xem đầy đủ.",
            "indicator",
        )
    return row


def load_plan_data(session: Session, plan_id: int) -> list[IndicatorData]:
    """Every indicator of the plan with its rules and recorded months, in document order.

    Three queries whatever the plan's size; values are read as plain tuples, not ORM objects,
    because this is the hot path of the grid, charts and reports.
    """
    plan_row = session.get(PlanRow, plan_id)
    if plan_row is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    plan = to_plan(plan_row)
    ind_rows = session.execute(
        select(IndicatorRow, GroupRow.key)
        .outerjoin(GroupRow, IndicatorRow.group_id == GroupRow.id)
        .where(IndicatorRow.plan_id == plan_id)
        .order_by(IndicatorRow.position, IndicatorRow.id)
    ).all()
    codes = {row.id: row.code for row, _ in ind_rows}
    rules: dict[int, list[TargetRule]] = defaultdict(list)
    for target in session.scalars(
        select(TargetRow).join(IndicatorRow).where(IndicatorRow.plan_id == plan_id)
    ):
        rules[target.indicator_id].append(to_rule(target))
    values: dict[int, list[MonthlyValue]] = defaultdict(list)
    for ind_id, year, month, value, kind, note, by, at in session.execute(
        select(
            ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind,
            ValueRow.note, ValueRow.updated_by, ValueRow.updated_at,
        )
        .join(IndicatorRow)
        .where(IndicatorRow.plan_id == plan_id)
        .order_by(ValueRow.year, ValueRow.month)
    ):
        values[ind_id].append(MonthlyValue(year, month, value, kind, note, by, at))
    denominators = denominators_of(session, [row for row, _ in ind_rows])
    result = []
    for row, group_key in ind_rows:
        indicator = Indicator(
            code=row.code,
            name=row.name,
            unit=row.unit,
            group=group_key or "",
            parent_code=codes.get(row.parent_id) if row.parent_id else None,
            direction=row.direction,
            aggregation=row.aggregation,
            baseline_value=row.baseline_value,
            baseline_year=row.baseline_year,
            responsible_office=row.responsible_office,
            id=row.id,
            denominator=denominators.get(row.id),
        )
        result.append(
            IndicatorData(indicator, plan, tuple(rules[row.id]), tuple(values[row.id]))
        )
    return result


def evaluate_month(session: Session, plan_id: int, period: Period) -> list[Evaluation]:
    """Every indicator of the plan judged at the end of ``period``."""
    return [evaluate(data, period) for data in load_plan_data(session, plan_id)]


def get_value(session: Session, indicator_id: int, period: Period) -> MonthlyValue | None:
    """The figure recorded for one indicator and month, if any."""
    row = session.scalars(
        select(ValueRow).where(
            ValueRow.indicator_id == indicator_id,
            ValueRow.year == period.year,
            ValueRow.month == period.month,
        )
    ).first()
    if row is None:
        return None
    return MonthlyValue(row.year, row.month, row.value, row.kind, row.note, row.updated_by, row.updated_at)


def history(session: Session, indicator_id: int, period: Period) -> Sequence[Revision]:
    """Every change to one indicator's figure for one month, oldest first."""
    rows = session.scalars(
        select(RevisionRow)
        .where(
            RevisionRow.indicator_id == indicator_id,
            RevisionRow.year == period.year,
            RevisionRow.month == period.month,
        )
        .order_by(RevisionRow.at, RevisionRow.id)
    )
    return [
        Revision(
            at=r.at, actor=r.actor, old_value=r.old_value, new_value=r.new_value,
            old_kind=r.old_kind, new_kind=r.new_kind, old_note=r.old_note, new_note=r.new_note,
            installation_id=r.installation_id, seq=r.seq,
        )
        for r in rows
    ]


def plan_draft(session: Session, plan_id: int) -> PlanDraft:
    """A stored plan in full, as the draft it could be stored again from (Excel export).

    Groups and indicators come in document order; each indicator's rules plan-wide first, then
    by year. The draft carries no database ids (plan and indicators have ``id`` None), so it
    compares equal to the draft the plan was created from, status apart.
    """
    row = session.get(PlanRow, plan_id)
    if row is None:
        raise UserError(f"Không có kế hoạch số {plan_id}. Dùng «kehoach plan list» để xem các kế hoạch.", "plan")
    plan = Plan(
        kind=row.kind, start_year=row.start_year, end_year=row.end_year, title=row.title,
        resolution_ref=row.resolution_ref, source_text=row.source_text, status=row.status,
    )
    group_rows = session.scalars(
        select(GroupRow).where(GroupRow.plan_id == plan_id).order_by(GroupRow.position, GroupRow.id)
    ).all()
    group_keys = {g.id: g.key for g in group_rows}
    ind_rows = session.scalars(
        select(IndicatorRow).where(IndicatorRow.plan_id == plan_id).order_by(IndicatorRow.position, IndicatorRow.id)
    ).all()
    codes = {r.id: r.code for r in ind_rows}
    targets: dict[int, list[TargetRow]] = defaultdict(list)
    for target in session.scalars(
        select(TargetRow).join(IndicatorRow).where(IndicatorRow.plan_id == plan_id).order_by(TargetRow.id)
    ):
        targets[target.indicator_id].append(target)
    indicators: list[Indicator] = []
    rules: dict[str, Sequence[TargetRule]] = {}
    spans: dict[str, tuple[int, int]] = {}
    flags: dict[str, Sequence[str]] = {}
    for ind in ind_rows:
        indicators.append(
            Indicator(
                code=ind.code, name=ind.name, unit=ind.unit,
                group=group_keys.get(ind.group_id, "") if ind.group_id is not None else "",
                parent_code=codes.get(ind.parent_id) if ind.parent_id is not None else None,
                direction=ind.direction, aggregation=ind.aggregation,
                baseline_value=ind.baseline_value, baseline_year=ind.baseline_year,
                responsible_office=ind.responsible_office,
            )
        )
        ordered = sorted(targets[ind.id], key=lambda t: (t.year is not None, t.year or 0, t.id))
        if ordered:
            rules[ind.code] = tuple(to_rule(t) for t in ordered)
        if ind.source_start is not None and ind.source_end is not None:
            spans[ind.code] = (ind.source_start, ind.source_end)
        marks = tuple(f.strip() for f in (ind.review_flags or "").split(",") if f.strip())
        if marks:
            flags[ind.code] = marks
    return PlanDraft(
        plan=plan, groups=[Group(key=g.key, title=g.title) for g in group_rows], indicators=indicators,
        rules=rules, spans=spans, flags=flags, source_name=row.source_name,
    )

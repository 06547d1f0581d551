"""Writes: the one way in for every change, with its revision and audit event in one transaction.

The CLI, the desktop grid, the plan importer and the sync merge all call these functions, each
inside ``Database.write()``; a rejected operation raises before anything is flushed, and the
transaction around it rolls back whatever was, so the database is unchanged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from ..domain.errors import UserError
from ..domain.model import (
    Group,
    Indicator,
    MonthlyValue,
    Plan,
    PlanStatus,
    RuleKind,
    TargetRule,
    ValueKind,
)
from ..domain.numbers import to_plain
from ..domain.periods import Period
from ..domain.validation import Problem, Severity, check_value
from .schema import (
    AuditRow,
    CommuneRow,
    GroupRow,
    IndicatorRow,
    Installation,
    PlanRow,
    RevisionRow,
    TargetRow,
    ValueRow,
)
from .types import utcnow


def audit(
    session: Session, installation_id: str, actor: str, action: str, entity: str, key: str,
    **details: Any,
) -> None:
    """Record who did what; call inside the transaction that makes the change."""
    session.add(
        AuditRow(
            at=utcnow(), actor=actor, installation_id=installation_id, action=action,
            entity=entity, entity_key=key,
            details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
        )
    )


def next_seqs(session: Session, installation_id: str, count: int) -> range:
    """Reserve ``count`` consecutive revision numbers of this installation.

    The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) first, so two writers
    can never be handed the same numbers.
    """
    session.execute(
        update(Installation)
        .where(Installation.id == installation_id)
        .values(last_seq=Installation.last_seq + count)
    )
    last = session.scalar(select(Installation.last_seq).where(Installation.id == installation_id))
    assert last is not None
    return range(last - count + 1, last + 1)


def init_commune(
    session: Session, installation_id: str, code: str, name: str, province: str | None, actor: str
) -> CommuneRow:
    """Register the commune this database tracks."""
    code, name = code.strip(), name.strip()
    if not code or not code.isalnum():
        raise UserError(f'Mã xã "{code}" không hợp lệ: mã đơn vị hành chính chỉ gồm chữ số, ví dụ 06253.', "commune-code")
    if not name:
        raise UserError("Tên xã không được để trống, ví dụ: Xã Na Dương.", "commune-name")
    if session.scalars(select(CommuneRow).where(CommuneRow.code == code)).first() is not None:
        raise UserError(f"Xã mã {code} đã có trong cơ sở dữ liệu này.", "commune-code")
    row = CommuneRow(code=code, name=name, province=(province or "").strip() or None)
    session.add(row)
    session.flush()
    audit(session, installation_id, actor, "commune.create", "commune", code, name=name, province=row.province)
    return row


@dataclass(frozen=True)
class PlanDraft:
    """A plan with its groups, indicators and rules, ready to store (from the importer or demo)."""

    plan: Plan
    groups: Sequence[Group]
    indicators: Sequence[Indicator]
    rules: dict[str, Sequence[TargetRule]] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


def _check_draft(draft: PlanDraft) -> None:
    keys = {g.key for g in draft.groups}
    seen: set[str] = set()
    for ind in draft.indicators:
        if not ind.code.strip() or not ind.name.strip():
            raise UserError("Mỗi chỉ tiêu cần có mã và tên.", "indicator")
        if ind.code in seen:
            raise UserError(f"Mã chỉ tiêu {ind.code} bị trùng trong kế hoạch.", "indicator")
        if ind.group and ind.group not in keys:
            raise UserError(f"Chỉ tiêu {ind.code} thuộc nhóm «{ind.group}» không có trong kế hoạch.", "group")
        if ind.parent_code is not None and ind.parent_code not in seen:
            raise UserError(f"Chỉ tiêu {ind.code} là chỉ tiêu con của {ind.parent_code}, nhưng {ind.parent_code} chưa có.", "indicator")
        seen.add(ind.code)
    for code, rules in draft.rules.items():
        if code not in seen:
            raise UserError(f"Có mục tiêu cho chỉ tiêu {code} không có trong kế hoạch.", "indicator")
        years = [r.year for r in rules]
        if len(years) != len(set(years)):
            raise UserError(f"Chỉ tiêu {code} có hai mục tiêu cho cùng một năm.", "target")
    plan = draft.plan
    if plan.end_year < plan.start_year:
        raise UserError(f"Năm kết thúc {plan.end_year} trước năm bắt đầu {plan.start_year}.", "plan")


def create_plan(
    session: Session, installation_id: str, commune_id: int, draft: PlanDraft, actor: str
) -> PlanRow:
    """Store a plan with its groups, indicators and target rules."""
    _check_draft(draft)
    plan = draft.plan
    row = PlanRow(
        uid=str(uuid.uuid4()), commune_id=commune_id, kind=plan.kind, status=plan.status,
        start_year=plan.start_year, end_year=plan.end_year, title=plan.title,
        resolution_ref=plan.resolution_ref, source_text=plan.source_text,
        adopted_at=utcnow() if plan.status is PlanStatus.ADOPTED else None,
    )
    session.add(row)
    group_rows = {g.key: GroupRow(plan=row, key=g.key, title=g.title, position=i) for i, g in enumerate(draft.groups)}
    session.add_all(group_rows.values())
    ind_rows: dict[str, IndicatorRow] = {}
    for position, ind in enumerate(draft.indicators):
        span = draft.spans.get(ind.code)
        ind_row = IndicatorRow(
            uid=str(uuid.uuid4()), plan=row, group=group_rows.get(ind.group), code=ind.code,
            name=ind.name.strip(), unit=ind.unit.strip(), direction=ind.direction,
            aggregation=ind.aggregation, baseline_value=ind.baseline_value,
            baseline_year=ind.baseline_year, responsible_office=ind.responsible_office,
            position=position, parent=ind_rows.get(ind.parent_code or ""),
            source_start=span[0] if span else None, source_end=span[1] if span else None,
        )
        ind_rows[ind.code] = ind_row
        for rule in draft.rules.get(ind.code, ()):
            ind_row.targets.append(_target_row(rule))
    session.add_all(ind_rows.values())
    session.flush()
    audit(
        session, installation_id, actor, "plan.create", "plan", row.uid,
        kind=plan.kind.value, years=f"{plan.start_year}-{plan.end_year}",
        indicators=len(ind_rows), status=plan.status.value,
    )
    return row


def _target_row(rule: TargetRule) -> TargetRow:
    return TargetRow(
        year=rule.year, kind=rule.kind, value=rule.value, low=rule.low, high=rule.high,
        baseline_year=rule.baseline_year, per_year=rule.per_year, points=rule.points,
        measures_change=rule.measures_change, text=rule.text,
    )


def adopt_plan(session: Session, installation_id: str, plan_id: int, actor: str) -> PlanRow:
    """Mark a reviewed draft plan as adopted."""
    row = session.get(PlanRow, plan_id)
    if row is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    if row.status is PlanStatus.ADOPTED:
        raise UserError(f"Kế hoạch số {plan_id} đã được thông qua từ trước.", "plan")
    row.status = PlanStatus.ADOPTED
    row.adopted_at = utcnow()
    audit(session, installation_id, actor, "plan.adopt", "plan", row.uid)
    return row


@dataclass(frozen=True)
class ValueEntry:
    """What an officer enters for one indicator and month.

    ``value`` None clears the figure. ``note`` is only written when ``set_note`` is true, so a
    figure can be corrected without touching its explanation.
    """

    code: str
    period: Period
    value: Decimal | None
    kind: ValueKind = ValueKind.ESTIMATE
    note: str | None = None
    set_note: bool = False


@dataclass(frozen=True)
class ValueChange:
    """A figure as it was and as it is now, with the revision number that changed it."""

    code: str
    period: Period
    old: MonthlyValue | None
    new: MonthlyValue
    seq: int


class ValidationFailed(UserError):
    """Entries refused by validation; ``problems`` lists each entry's problems."""

    def __init__(self, problems: list[tuple[ValueEntry, list[Problem]]]) -> None:
        lines = [
            f"Chỉ tiêu {entry.code}, {entry.period.label}: {p.message}"
            for entry, found in problems
            for p in found
        ]
        super().__init__("\n".join(lines), "value")
        self.problems = problems

    @property
    def only_warnings(self) -> bool:
        """True when every problem can be confirmed rather than corrected."""
        return all(p.severity is Severity.WARNING for _, found in self.problems for p in found)


@dataclass
class _Cells:
    """What a batch of entries touches, read in three queries rather than a few per entry."""

    plan: PlanRow
    indicators: dict[str, IndicatorRow]
    rows: dict[tuple[int, int, int], ValueRow]
    history: dict[int, list[MonthlyValue]]


def _load_cells(session: Session, plan_id: int, entries: Sequence[ValueEntry]) -> _Cells:
    from .queries import current_plan, find_indicator  # local: queries imports nothing from here

    plan = current_plan(session, plan_id)
    codes = {e.code.strip() for e in entries}
    indicators = {
        row.code: row
        for row in session.scalars(
            select(IndicatorRow)
            .where(IndicatorRow.plan_id == plan_id, IndicatorRow.code.in_(codes))
            .options(selectinload(IndicatorRow.targets))
        )
    }
    for code in codes - indicators.keys():
        find_indicator(session, plan_id, code)  # raises the error that lists the codes there are
    ids = [row.id for row in indicators.values()]
    years = {e.period.year for e in entries}
    rows = {
        (r.indicator_id, r.year, r.month): r
        for r in session.scalars(
            select(ValueRow).where(ValueRow.indicator_id.in_(ids), ValueRow.year.in_(years))
        )
    }
    history: dict[int, list[MonthlyValue]] = {i: [] for i in ids}
    for ind_id, y, m, v in session.execute(
        select(ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value).where(
            ValueRow.indicator_id.in_(ids), ValueRow.year >= min(years) - 2
        )
    ):
        history[ind_id].append(MonthlyValue(y, m, v))
    return _Cells(plan, indicators, rows, history)


#: How many years before the plan's start a figure may be recorded (baselines, same period).
YEARS_BEFORE_PLAN = 5


def _check(cells: _Cells, entries: Sequence[ValueEntry]) -> list[tuple[ValueEntry, list[Problem]]]:
    result = []
    first, last = cells.plan.start_year - YEARS_BEFORE_PLAN, cells.plan.end_year
    for entry in entries:
        if not first <= entry.period.year <= last:
            message = (
                f"{entry.period.label} nằm ngoài kế hoạch {cells.plan.start_year}-{last}: "
                f"chỉ nhập được số liệu từ năm {first} đến năm {last}."
            )
            result.append((entry, [Problem(Severity.ERROR, "period_outside_plan", message)]))
            continue
        row = cells.indicators[entry.code.strip()]
        indicator = Indicator(code=row.code, name=row.name, unit=row.unit)
        qualitative = any(t.kind is RuleKind.QUALITATIVE for t in row.targets)
        history = [
            v for v in cells.history[row.id] if (v.year, v.month) != (entry.period.year, entry.period.month)
        ]
        result.append((entry, check_value(indicator, entry.value, history, qualitative)))
    return result


def check_entries(
    session: Session, plan_id: int, entries: Sequence[ValueEntry]
) -> list[tuple[ValueEntry, list[Problem]]]:
    """Each entry with what is wrong or doubtful about it (empty lists when all is well)."""
    return _check(_load_cells(session, plan_id, entries), entries)


def save_values(
    session: Session,
    installation_id: str,
    plan_id: int,
    entries: Sequence[ValueEntry],
    actor: str,
    accept_warnings: bool = False,
) -> list[ValueChange]:
    """Validate and write figures; each real change gets a revision and an audit event.

    Raises ``ValidationFailed`` (writing nothing) on any error, or on warnings not accepted.
    Entries that change nothing are skipped and get no revision.
    """
    if not entries:
        return []
    keys = [(e.code.strip(), e.period) for e in entries]
    if len(keys) != len(set(keys)):
        raise UserError("Một chỉ tiêu được nhập hai lần cho cùng một tháng trong một lần lưu.", "value")
    cells = _load_cells(session, plan_id, entries)
    refused = [
        (entry, found)
        for entry, found in _check(cells, entries)
        if any(p.severity is Severity.ERROR or not accept_warnings for p in found)
    ]
    if refused:
        raise ValidationFailed(refused)

    pending: list[tuple[ValueEntry, IndicatorRow, ValueRow | None, str | None]] = []
    for entry in entries:
        ind = cells.indicators[entry.code.strip()]
        row = cells.rows.get((ind.id, entry.period.year, entry.period.month))
        note = entry.note if entry.set_note else (row.note if row else None)
        note = (note or "").strip() or None
        if row is not None and (row.value, row.kind, row.note) == (entry.value, entry.kind, note):
            continue
        if row is None and entry.value is None and note is None:
            continue
        pending.append((entry, ind, row, note))
    if not pending:
        return []

    now = utcnow()
    changes: list[ValueChange] = []
    for (entry, ind, row, note), seq in zip(pending, next_seqs(session, installation_id, len(pending))):
        old = None
        if row is not None:
            old = MonthlyValue(row.year, row.month, row.value, row.kind, row.note, row.updated_by, row.updated_at)
        else:
            row = ValueRow(indicator_id=ind.id, year=entry.period.year, month=entry.period.month)
            session.add(row)
        row.value, row.kind, row.note = entry.value, entry.kind, note
        row.updated_by, row.updated_at = actor, now
        row.installation_id, row.seq = installation_id, seq
        session.add(
            RevisionRow(
                indicator_id=ind.id, year=entry.period.year, month=entry.period.month,
                old_value=old.value if old else None, new_value=entry.value,
                old_kind=old.kind if old else None, new_kind=entry.kind,
                old_note=old.note if old else None, new_note=note,
                actor=actor, at=now, installation_id=installation_id, seq=seq,
            )
        )
        audit(
            session, installation_id, actor, "value.set", "value",
            f"{ind.code}@{entry.period}", indicator_uid=ind.uid, seq=seq,
            old=_plain(old.value if old else None), new=_plain(entry.value), kind=entry.kind.value,
        )
        new = MonthlyValue(row.year, row.month, row.value, row.kind, row.note, actor, now)
        changes.append(ValueChange(ind.code, entry.period, old, new, seq))
    session.flush()
    return changes


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else to_plain(value)

"""Saving typed figures: a revision and an audit event for every change, and the figure in effect.

The grid (``save_values_as``), the CLI, the demo and first-run setup call ``save_values`` inside
``Database.write()``. It is one of two ways a figure in effect is written: the sync merge and a
leader's choice between versions insert revisions (``store.revisions``) and recompute the figure
from every revision held (``store.cells.refresh_cells``). A figure saved here has seen every
revision of its cell, so it is the one in effect and ``save_values`` writes it directly;
``tests/test_write_paths_properties.py`` checks that both ways agree. A refused batch raises
before anything is written. It is the hottest write path (a month of 40 figures at a time), so it
reads and writes with a handful of Core statements rather than ORM objects: per-object ORM
bookkeeping cost ten times the commit itself.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from ..domain import versions
from ..domain.bounds import note_problem
from ..domain.errors import UserError
from ..domain.model import Indicator, MonthlyValue, RuleKind, ValueKind
from ..domain.numbers import to_plain
from ..domain.periods import Period
from ..domain.validation import Problem, Severity, check_value
from ..domain.access import User
from .bulk import bulk_insert, bulk_update
from .driver import Prepared
from .months import check_unlocked
from .operations import next_seqs
from .revisions import NewRevision, add_revisions
from .schema import AuditRow, IndicatorRow, PlanRow, TargetRow, ValueRow, table_of
from .types import utcnow

#: How many years before the plan's start a figure may be recorded (baselines, same period).
YEARS_BEFORE_PLAN = 5
#: How far back the outlier check looks.
HISTORY_YEARS = 2


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


@dataclass(frozen=True)
class _Target:
    id: int
    uid: str
    indicator: Indicator
    qualitative: bool


@dataclass(frozen=True)
class _Current:
    id: int
    value: MonthlyValue
    vv: str


@dataclass
class _Cells:
    """What a batch touches, read in three queries whatever its size."""

    start_year: int
    end_year: int
    indicators: dict[str, _Target]
    current: dict[tuple[int, int, int], _Current]
    history: dict[int, list[MonthlyValue]]


#: An entry that changes its cell: the entry, its indicator, the figure there now, the note to keep.
_Pending = tuple[ValueEntry, _Target, _Current | None, str | None]

# Compiled once and run on the driver (``driver.Prepared``): a save reads its month with these,
# and SQLAlchemy's per-statement bookkeeping and row conversion cost more than the queries.
_PLAN_YEARS = Prepared(select(PlanRow.start_year, PlanRow.end_year).where(PlanRow.id == bindparam("plan_id")))
_INDICATORS = Prepared(select(
    IndicatorRow.id, IndicatorRow.uid, IndicatorRow.code, IndicatorRow.name, IndicatorRow.unit,
    exists()
    .where(TargetRow.indicator_id == IndicatorRow.id, TargetRow.kind == RuleKind.QUALITATIVE)
    .label("qualitative"),
).where(IndicatorRow.plan_id == bindparam("plan_id")))  # all of them: a plan has a few dozen
# The figures of all the plan's indicators (a save usually covers them all), by the plan rather
# than an IN list of ids, so the statement has fixed parameters and compiles once.
_FIGURES = Prepared(
    select(
        ValueRow.id, ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value,
        ValueRow.kind, ValueRow.note, ValueRow.updated_by, ValueRow.updated_at, ValueRow.vv,
    )
    .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
    .where(IndicatorRow.plan_id == bindparam("plan_id"), ValueRow.year >= bindparam("since"))
)


def _load_cells(session: Session, plan_id: int, entries: Sequence[ValueEntry]) -> _Cells:
    from .queries import find_indicator

    conn = session.connection()
    plan = _PLAN_YEARS.first(conn, {"plan_id": plan_id})
    if plan is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    codes = {e.code.strip() for e in entries}
    indicators = {
        code: _Target(ind_id, uid, Indicator(code=code, name=name, unit=unit), bool(qualitative))
        for ind_id, uid, code, name, unit, qualitative in _INDICATORS.rows(conn, {"plan_id": plan_id})
        if code in codes
    }
    for missing in codes - indicators.keys():
        find_indicator(session, plan_id, missing)  # raises the error listing the codes there are
    years = {e.period.year for e in entries}
    current: dict[tuple[int, int, int], _Current] = {}
    history: dict[int, list[MonthlyValue]] = {t.id: [] for t in indicators.values()}
    found = _FIGURES.rows(conn, {"plan_id": plan_id, "since": min(years) - HISTORY_YEARS})
    for row_id, ind_id, year, month, value, kind, note, by, at, vv in found:
        held = history.get(ind_id)
        if held is None:  # an indicator of the plan this batch does not touch
            continue
        figure = MonthlyValue(year, month, value, kind, note, by, at)
        held.append(figure)
        if year in years:
            current[(ind_id, year, month)] = _Current(row_id, figure, vv)
    return _Cells(plan[0], plan[1], indicators, current, history)


def _check(cells: _Cells, entries: Sequence[ValueEntry]) -> list[tuple[ValueEntry, list[Problem]]]:
    result = []
    first, last = cells.start_year - YEARS_BEFORE_PLAN, cells.end_year
    for entry in entries:
        if not first <= entry.period.year <= last:
            message = (
                f"{entry.period.label} nằm ngoài kế hoạch {cells.start_year}-{last}: "
                f"chỉ nhập được số liệu từ năm {first} đến năm {last}."
            )
            result.append((entry, [Problem(Severity.ERROR, "period_outside_plan", message)]))
            continue
        target = cells.indicators[entry.code.strip()]
        cell = (entry.period.year, entry.period.month)
        history = [v for v in cells.history[target.id] if (v.year, v.month) != cell]
        result.append((entry, check_value(target.indicator, entry.value, history, target.qualitative, cell)))
    return result


def check_entries(
    session: Session, plan_id: int, entries: Sequence[ValueEntry]
) -> list[tuple[ValueEntry, list[Problem]]]:
    """Each entry with what is wrong or doubtful about it (empty lists when all is well)."""
    if not entries:
        return []
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
    check_unlocked(session, plan_id, {e.period for e in entries})
    cells = _load_cells(session, plan_id, entries)
    pending: list[_Pending] = []
    for entry in entries:
        target = cells.indicators[entry.code.strip()]
        current = cells.current.get((target.id, entry.period.year, entry.period.month))
        old = current.value if current else None
        note = entry.note if entry.set_note else (old.note if old else None)
        note = (note or "").strip() or None
        if entry.set_note and note is not None and (problem := note_problem(note)) is not None:
            # Every way in (grid, CLI, Excel, a join of plans) stops here; bundles check the same bound.
            raise UserError(f"Ghi chú của chỉ tiêu {entry.code}, {entry.period.label} {problem}.", "note")
        if old is not None and (old.value, old.kind, old.note) == (entry.value, entry.kind, note):
            continue
        if old is None and entry.value is None and note is None:
            continue
        pending.append((entry, target, current, note))
    # Only a figure that changes is questioned: confirming a note or the official flag of a
    # figure saved earlier must not ask again about the figure itself.
    changed = [p[0] for p in pending if p[2] is None or p[2].value.value != p[0].value]
    refused = [
        (entry, found)
        for entry, found in _check(cells, changed)
        if any(p.severity is Severity.ERROR or not accept_warnings for p in found)
    ]
    if refused:
        raise ValidationFailed(refused)
    if not pending:
        return []
    now = utcnow()
    origin, seqs = next_seqs(session, installation_id, len(pending))
    changes = [
        ValueChange(
            target.indicator.code, entry.period, current.value if current else None,
            MonthlyValue(entry.period.year, entry.period.month, entry.value, entry.kind, note, actor, now),
            seq,
        )
        for (entry, target, current, note), seq in zip(pending, seqs)
    ]
    _write(session, installation_id, plan_id, origin, actor, now, pending, changes)
    return changes


def save_values_as(
    session: Session, installation_id: str, plan_id: int, entries: Sequence[ValueEntry], user: User,
    accept_warnings: bool = False,
) -> list[ValueChange]:
    """``save_values`` by a logged-in user, refused for indicators their role may not enter."""
    from .users import check_may_enter

    check_may_enter(session, plan_id, user, {e.code.strip() for e in entries})
    return save_values(session, installation_id, plan_id, entries, user.username, accept_warnings)


def _write(
    session: Session, installation_id: str, plan_id: int, origin: str, actor: str, now: datetime,
    pending: list[_Pending], changes: list[ValueChange],
) -> None:
    """Write rows, revisions and audit events as a few multi-row statements.

    Revisions are numbered under ``origin`` (``next_seqs``); the audit events name the installation.
    The months are noted (``add_revisions``) for the month summary, refreshed at commit.
    """
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    revisions: list[NewRevision] = []
    audits: list[dict[str, Any]] = []
    labels: dict[Period, str] = {}  # a save is usually one month: its label made once
    for (entry, target, current, note), change in zip(pending, changes):
        # The new revision has seen every revision of the cell held here, so it replaces them
        # all, a conflict included: a figure saved here is the one in effect.
        vv = _seen(current.vv if current else None, origin, change.seq)
        row: dict[str, Any] = {
            "value": entry.value, "kind": entry.kind, "note": note, "updated_by": actor,
            "updated_at": now, "installation_id": origin, "seq": change.seq, "vv": vv, "conflict": False,
        }
        if current is None:
            inserts.append({**row, "indicator_id": target.id, "year": entry.period.year, "month": entry.period.month})
        else:
            updates.append({**row, "row_key": current.id})
        old = change.old
        revisions.append(NewRevision(
            indicator_id=target.id, year=entry.period.year, month=entry.period.month,
            old_value=old.value if old else None, new_value=entry.value,
            old_kind=old.kind if old else None, new_kind=entry.kind,
            old_note=old.note if old else None, new_note=note,
            actor=actor, at=now, installation_id=origin, seq=change.seq, vv=vv,
        ))
        details = _details(target.uid, change.seq, entry.kind.value, _plain(old.value if old else None), _plain(entry.value))
        label = labels.get(entry.period) or labels.setdefault(entry.period, str(entry.period))
        audits.append({
            "at": now, "actor": actor, "installation_id": installation_id, "action": "value.set",
            "entity": "value", "entity_key": f"{target.indicator.code}@{label}",
            "details": details,
        })
    # Core tables through the driver's executemany: the ORM's bulk path adds nothing here but time.
    values = table_of(ValueRow)
    bulk_insert(session, values, inserts)
    bulk_update(session, values, "id", updates)
    add_revisions(session, revisions, plan_id)
    bulk_insert(session, table_of(AuditRow), audits)


#: ``json.dumps(..., ensure_ascii=False, sort_keys=True)`` without making an encoder per event.
_DETAILS = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _details(uid: str, seq: int, kind: str, old: str | None, new: str | None) -> str:
    """A ``value.set`` event's details, exactly as ``_DETAILS`` encodes them.

    Written directly when nothing needs escaping (a uuid, plain numbers, the kind's value): one
    event per figure saved, and the encoder cost as much as the rest of the row's work.
    """
    if versions.is_plain_id(uid) and kind.isalpha() and all(n is None or _PLAIN_NUMBER.fullmatch(n) for n in (old, new)):
        return (
            f'{{"indicator_uid": "{uid}", "kind": "{kind}", "new": {_json_text(new)}, '
            f'"old": {_json_text(old)}, "seq": {int(seq)}}}'
        )
    return _DETAILS.encode({"indicator_uid": uid, "seq": seq, "kind": kind, "old": old, "new": new})


def _json_text(plain: str | None) -> str:
    return "null" if plain is None else '"' + plain + '"'


def _seen(stored: str | None, origin: str, seq: int) -> str:
    """The stored vector ``stored`` with ``origin``'s change ``seq`` seen, in its stored form.

    The common cells (never edited, or last edited on this PC alone) are answered without
    parsing: ``{}`` or ``{"<origin>":n}``, the canonical form ``versions.dumps`` writes.
    """
    if not stored or stored == "{}":
        return versions.dumps({origin: seq})
    prefix = f'{{"{origin}":'
    if stored.startswith(prefix) and stored.endswith("}") and "," not in stored:
        held = stored[len(prefix):-1]
        if held.isdigit():
            return f"{prefix}{max(int(held), seq)}}}"
    return versions.dumps(versions.merge(versions.loads(stored), {origin: seq}))


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else to_plain(value)

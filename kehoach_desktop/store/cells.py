"""Which revision of a figure is in effect, and whether it waits for a person (a conflict).

A cell (indicator, year, month) holds every revision ever made to it, on any installation. The
figure in effect is computed from that set alone, so every installation holding the same set
shows the same figure whatever order the revisions came in (``domain.versions``):

* in an open month, the heads (revisions nobody replaced) compete; one head is the figure,
  several saying different things are a conflict and the latest of them is shown meanwhile
  (several saying the same thing agree);
* in an approved month, only the revisions the approval had seen count; anything different
  arriving later is kept and listed as a conflict for the leader, and the approved figure stays.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..domain import versions
from ..domain.access import PERMISSIONS, Action, MonthState, Role
from ..domain.model import ValueKind
from .bulk import bulk_insert
from .month_summary import note_months
from .schema import IndicatorRow, MonthEventRow, MonthStatusRow, RevisionRow, ValueRow, table_of

Cell = tuple[int, int, int]  # indicator id, year, month
Month = tuple[int, int, int]  # plan id, year, month


class Rev(NamedTuple):
    """A revision as the merge sees it (a named tuple: a province's import makes hundreds of
    thousands, and a frozen dataclass's constructor costs several times more)."""

    installation_id: str
    seq: int
    vv: Mapping[str, int]
    at: datetime
    value: Decimal | None
    kind: ValueKind
    note: str | None
    actor: str
    #: ``vv`` in its stored form, when the caller already has it (saves re-encoding thousands).
    vv_text: str = ""


@dataclass(frozen=True)
class Event:
    """A month event as the merge sees it."""

    installation_id: str
    seq: int
    vv: Mapping[str, int]
    at: datetime
    state: MonthState
    actor: str
    reason: str | None
    cells: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    #: The role that made it; None for an event recorded before roles travelled.
    role: str | None = None


class State(NamedTuple):
    """What a cell shows: the figure, its kind and note, and whether it waits for a person."""

    value: Decimal | None
    kind: ValueKind
    note: str | None
    conflict: bool


class Change(NamedTuple):
    """A cell whose shown state changed (``before`` None: it had no row)."""

    cell: Cell
    before: State | None
    after: State


@dataclass(frozen=True)
class Resolved:
    """A cell's figure in effect, whether it is in conflict, and the versions competing."""

    shown: Rev | None
    conflict: bool
    vv: dict[str, int]
    versions: list[Rev]


def resolve(revs: list[Rev], uid: str, event: Event | None) -> Resolved:
    """The figure in effect among ``revs`` of the cell of indicator ``uid`` (see the module)."""
    vv = versions.merge(*(r.vv for r in revs))
    if event is not None and event.state is MonthState.APPROVED:
        seen = event.cells.get(uid, {})
        admitted = [r for r in revs if versions.covers(seen, r.installation_id, r.seq)]
        late = [r for r in revs if not versions.covers(seen, r.installation_id, r.seq)]
        top = versions.heads(admitted)
        competing = top + versions.heads(late)
        kept = versions.shown(top)
        return Resolved(kept, _differ(top) or _differ(([kept] if kept else []) + late), vv, competing)
    if len(revs) == 1:  # the common case by far (a province's first import): nothing competes
        return Resolved(revs[0], False, vv, list(revs))
    top = versions.heads(revs)
    return Resolved(versions.shown(top), _differ(top), vv, top)


def _differ(revs: list[Rev]) -> bool:
    """True when concurrent versions say different things: the same figure, kind and note typed
    on two PCs apart is agreement, not a choice for the leader."""
    return len({(r.value, r.kind, r.note) for r in revs}) > 1


#: The roles that may put a month in each state (as ``domain.access`` grants them locally).
_MAY = {
    MonthState.SUBMITTED: {r.value for r in Role if Action.SUBMIT_MONTH in PERMISSIONS[r]},
    MonthState.APPROVED: {r.value for r in Role if Action.APPROVE_MONTH in PERMISSIONS[r]},
    MonthState.OPEN: {r.value for r in Role if Action.REOPEN_MONTH in PERMISSIONS[r]},
}


def counts(event: Event) -> bool:
    """Whether a month event may change the month's state: its role may do it, and a reopening
    gives its reason (as every installation's own checks require). Anything else arrived from a
    PC that skipped those checks: it is kept, and listed for the leader, but changes nothing. The
    rule reads the event alone, so every installation decides the same. An event recorded before
    roles travelled (role None) counts as it did then, when it gives a reopening's reason."""
    if event.role is not None and event.role not in _MAY[event.state]:
        return False
    return event.state is not MonthState.OPEN or len((event.reason or "").strip()) >= 5


def effective(events: Iterable[Event]) -> Event | None:
    """The month event in effect: the latest of the events nobody replaced, among those that
    ``counts``.

    When it is an approval, it admits what any approval among those heads admitted: two leaders
    resolving different figures of a locked month at once must both be kept.
    """
    top = versions.heads([e for e in events if counts(e)])
    shown = versions.shown(top)
    if shown is None or shown.state is not MonthState.APPROVED:
        return shown
    approvals = [e for e in top if e.state is MonthState.APPROVED]
    if len(approvals) == 1:
        return shown
    cells: dict[str, dict[str, int]] = {}
    for event in approvals:
        for uid, vv in event.cells.items():
            cells[uid] = versions.merge(cells.get(uid, {}), vv)
    return replace(shown, cells=cells)


def event_from_row(row: Any) -> Event:
    """An ``Event`` from a ``month_events`` row (ORM object or Core row)."""
    return Event(
        row.installation_id, row.seq, versions.loads(row.vv), row.at, MonthState(row.state),
        row.actor, row.reason, json.loads(row.cells or "{}"), row.role,
    )


def rev_from_row(row: Any) -> Rev:
    """A ``Rev`` from a ``value_revisions`` row."""
    return Rev(
        row.installation_id, row.seq, versions.loads(row.vv), row.at, row.new_value,
        ValueKind(row.new_kind), row.new_note, row.actor,
    )


def month_events(session: Session, months: Iterable[Month]) -> dict[Month, list[Event]]:
    """Every event of ``months``, by month."""
    wanted = set(months)
    result: dict[Month, list[Event]] = defaultdict(list)
    if not wanted:
        return result
    plans = {m[0] for m in wanted}
    events = table_of(MonthEventRow)  # plain rows: no ORM object per event (read twice per import)
    for row in session.execute(select(events).where(events.c.plan_id.in_(plans))):
        key = (row.plan_id, row.year, row.month)
        if key in wanted:
            result[key].append(event_from_row(row))
    return result


def refresh_months(session: Session, months: Iterable[Month]) -> None:
    """Write each month's state in effect to ``month_status``."""
    months = set(months)
    events = month_events(session, months)
    rows = {
        (r.plan_id, r.year, r.month): r
        for r in session.scalars(
            select(MonthStatusRow).where(MonthStatusRow.plan_id.in_({m[0] for m in months}))
        )
    }
    new: list[dict[str, Any]] = []
    for month in months:
        event = effective(events.get(month, []))
        row = rows.get(month)
        if event is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:  # inserted together below: one statement, not one per month
            new.append({"plan_id": month[0], "year": month[1], "month": month[2], "state": event.state,
                        "changed_by": event.actor, "changed_at": event.at, "reason": event.reason})
            continue
        row.state, row.changed_by, row.changed_at, row.reason = event.state, event.actor, event.at, event.reason
    session.flush()
    if new:
        session.connection().execute(insert(table_of(MonthStatusRow)), new)


def refresh_cells(
    session: Session, cells: Iterable[Cell], fresh: Mapping[Cell, list[Rev]] | None = None
) -> list[Change]:
    """Recompute the figure in effect of ``cells``, write ``monthly_values``, return what changed.

    ``fresh`` holds revisions just inserted for cells that had none before: those are taken
    from memory rather than read back (a province imports thousands at a time).
    """
    cells = set(cells)
    if not cells:
        return []
    fresh = fresh or {}
    ind_ids = {c[0] for c in cells}
    meta = {
        r.id: (r.uid, r.plan_id)
        for r in session.execute(select(IndicatorRow.id, IndicatorRow.uid, IndicatorRow.plan_id).where(IndicatorRow.id.in_(ind_ids)))
    }
    existing: dict[Cell, int] = {}
    before: dict[Cell, State] = {}
    for r in session.execute(
        select(
            ValueRow.id, ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind,
            ValueRow.note, ValueRow.conflict,
        ).where(ValueRow.indicator_id.in_(ind_ids))
    ):
        cell = (r.indicator_id, r.year, r.month)
        if cell in cells:
            existing[cell] = r.id
            before[cell] = State(r.value, r.kind, r.note, r.conflict)
    revs: dict[Cell, list[Rev]] = defaultdict(list)
    stored = [c for c in cells if c in existing or c not in fresh]
    if stored:
        wanted = set(stored)
        for revision in session.execute(
            select(RevisionRow).where(
                RevisionRow.indicator_id.in_({c[0] for c in stored}), RevisionRow.year.in_({c[1] for c in stored})
            )
        ).scalars():
            cell = (revision.indicator_id, revision.year, revision.month)
            if cell in wanted:
                revs[cell].append(rev_from_row(revision))
    for cell in cells:
        if cell not in existing and cell in fresh and cell not in revs:
            revs[cell] = list(fresh[cell])
    months = {(meta[c[0]][1], c[1], c[2]) for c in cells}
    note_months(session, months)  # their summary is refreshed at commit (store.month_summary)
    events = {m: effective(e) for m, e in month_events(session, months).items()}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    gone: list[int] = []
    changes: list[Change] = []
    for cell in cells:
        uid, plan_id = meta[cell[0]]
        found = revs.get(cell)
        if not found:
            if cell in existing:
                gone.append(existing[cell])
            continue
        event = events.get((plan_id, cell[1], cell[2])) if events else None
        one = found[0] if len(found) == 1 and found[0].vv_text else None
        if one is not None and (
            event is None or event.state is not MonthState.APPROVED
            or versions.covers(event.cells.get(uid, {}), one.installation_id, one.seq)
        ):
            # What resolve gives for one revision in a month not approved, or one the approval
            # had seen, without its work: a province's first import is almost all such cells.
            conflict = False
            row: dict[str, Any] = {
                "value": one.value, "kind": one.kind, "note": one.note, "updated_by": one.actor,
                "updated_at": one.at, "installation_id": one.installation_id, "seq": one.seq,
                "vv": one.vv_text, "conflict": False,
            }
        else:
            res = resolve(found, uid, event)
            shown, conflict = res.shown, res.conflict
            vv = found[0].vv_text if len(found) == 1 and found[0].vv_text else versions.dumps(res.vv)
            row = {
                "value": shown.value if shown else None, "kind": shown.kind if shown else ValueKind.ESTIMATE,
                "note": shown.note if shown else None, "updated_by": shown.actor if shown else "",
                "updated_at": shown.at if shown else found[0].at,
                "installation_id": shown.installation_id if shown else "", "seq": shown.seq if shown else 0,
                "vv": vv, "conflict": conflict,
            }
        after = State(row["value"], row["kind"], row["note"], conflict)
        old = before.get(cell)
        if old is None:  # no row before: always a change, and an insert
            changes.append(Change(cell, None, after))
            row["indicator_id"], row["year"], row["month"] = cell
            inserts.append(row)
            continue
        if old != after:
            changes.append(Change(cell, old, after))
        if cell in existing:
            row["row_id"] = existing[cell]
            updates.append(row)
        else:
            row["indicator_id"], row["year"], row["month"] = cell
            inserts.append(row)
    table = table_of(ValueRow)
    conn = session.connection()
    bulk_insert(session, table, inserts)
    if updates:
        conn.execute(update(table).where(table.c.id == bindparam("row_id")), updates)
    if gone:
        conn.execute(delete(table).where(table.c.id.in_(gone)))
    session.expire_all()
    return changes


def months_cells(session: Session, months: Iterable[Month]) -> list[Cell]:
    """Every cell of ``months`` (plan, year, month) that has a figure, in one query."""
    wanted = set(months)
    if not wanted:
        return []
    return [
        (r.indicator_id, r.year, r.month)
        for r in session.execute(
            select(IndicatorRow.plan_id, ValueRow.indicator_id, ValueRow.year, ValueRow.month)
            .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
            .where(IndicatorRow.plan_id.in_({m[0] for m in wanted}), ValueRow.year.in_({m[1] for m in wanted}))
        )
        if (r.plan_id, r.year, r.month) in wanted
    ]


def month_cells(session: Session, plan_id: int, year: int, month: int) -> list[Cell]:
    """Every cell of a plan's month that has a figure."""
    return [
        (r.indicator_id, year, month)
        for r in session.execute(
            select(ValueRow.indicator_id)
            .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
            .where(IndicatorRow.plan_id == plan_id, ValueRow.year == year, ValueRow.month == month)
        )
    ]


def approval_snapshot(session: Session, plan_id: int, year: int, month: int) -> dict[str, dict[str, int]]:
    """What an approval of the month sees: each figure's version vector, by indicator uid."""
    return {
        r.uid: versions.loads(r.vv)
        for r in session.execute(
            select(IndicatorRow.uid, ValueRow.vv)
            .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
            .where(IndicatorRow.plan_id == plan_id, ValueRow.year == year, ValueRow.month == month)
        )
    }

"""Figures edited on two installations at once: listing them, and a person's choice between them.

The choice is itself a revision (it has seen every competing version, so it replaces them all)
and travels like any other. In an approved month only a leader may choose, and the choice is
recorded with a fresh approval that includes it, so the month stays locked everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import versions
from ..domain.access import Action, MonthState, User
from ..domain.errors import UserError
from ..domain.model import ValueKind
from ..store import cells as cellstore
from ..store.operations import audit, next_seqs
from ..store.revisions import NewRevision, add_revisions
from ..store.schema import IndicatorRow, Installation, MonthEventRow, RevisionRow, ValueRow
from ..store.types import utcnow


@dataclass(frozen=True)
class Version:
    """One competing version of a figure."""

    installation_id: str
    installation_name: str
    seq: int
    value: Decimal | None
    kind: ValueKind
    note: str | None
    actor: str
    at: datetime
    shown: bool


@dataclass(frozen=True)
class Conflict:
    """A figure waiting for a person's choice."""

    indicator_id: int
    indicator_code: str
    indicator_name: str
    unit: str
    year: int
    month: int
    locked: bool
    versions: list[Version]


def _cell_state(session: Session, indicator_id: int, year: int, month: int) -> tuple[IndicatorRow, list[cellstore.Rev], cellstore.Event | None]:
    ind = session.get(IndicatorRow, indicator_id)
    if ind is None:
        raise UserError("Không còn chỉ tiêu này.", "indicator")
    revs = [
        cellstore.rev_from_row(r)
        for r in session.scalars(
            select(RevisionRow).where(RevisionRow.indicator_id == indicator_id, RevisionRow.year == year, RevisionRow.month == month)
        )
    ]
    key = (ind.plan_id, year, month)
    event = cellstore.effective(cellstore.month_events(session, [key]).get(key, []))
    return ind, revs, event


def list_conflicts(session: Session, plan_id: int | None = None) -> list[Conflict]:
    """Every figure in conflict (of one plan, or all), by month then indicator."""
    query = (
        select(ValueRow.indicator_id, ValueRow.year, ValueRow.month)
        .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
        .where(ValueRow.conflict)
    )
    if plan_id is not None:
        query = query.where(IndicatorRow.plan_id == plan_id)
    names = dict(session.execute(select(Installation.id, Installation.name)).all())
    result = []
    for indicator_id, year, month in session.execute(query).all():
        ind, revs, event = _cell_state(session, indicator_id, year, month)
        resolved = cellstore.resolve(revs, ind.uid, event)
        shown = resolved.shown
        result.append(Conflict(
            indicator_id, ind.code, ind.name, ind.unit, year, month,
            event is not None and event.state is MonthState.APPROVED,
            [
                Version(r.installation_id, names.get(r.installation_id, ""), r.seq, r.value, r.kind, r.note, r.actor, r.at,
                        shown is not None and (r.installation_id, r.seq) == (shown.installation_id, shown.seq))
                for r in sorted(resolved.versions, key=versions.order_key, reverse=True)
            ],
        ))
    return sorted(result, key=lambda c: (c.year, c.month, c.indicator_code))


def resolve_conflict(
    session: Session, installation_id: str, indicator_id: int, year: int, month: int, *,
    choice: tuple[str, int], user: User,
) -> None:
    """Keep the version ``choice`` (installation id, number) of a figure in conflict."""
    from ..store.users import as_stored

    user = as_stored(session, user)
    if not user.can(Action.RESOLVE_CONFLICT):
        raise UserError(f"Tài khoản {user.username} ({user.role.label}) không có quyền chọn phiên bản số liệu: hãy nhờ lãnh đạo.", "role")
    ind, revs, event = _cell_state(session, indicator_id, year, month)
    resolved = cellstore.resolve(revs, ind.uid, event)
    chosen = next((r for r in resolved.versions if (r.installation_id, r.seq) == tuple(choice)), None)
    if not resolved.conflict or chosen is None:
        raise UserError("Số liệu này không còn xung đột (có thể vừa được giải quyết ở máy khác). Hãy tải lại danh sách.", "conflict")
    now = utcnow()
    locked = event is not None and event.state is MonthState.APPROVED
    origin, seqs = next_seqs(session, installation_id, 2 if locked else 1)
    vv = versions.merge(resolved.vv, {origin: seqs[0]})
    shown = resolved.shown
    add_revisions(session, [NewRevision(
        indicator_id=indicator_id, year=year, month=month,
        old_value=shown.value if shown else None, new_value=chosen.value,
        old_kind=shown.kind if shown else None, new_kind=chosen.kind,
        old_note=shown.note if shown else None, new_note=chosen.note,
        actor=user.username, at=now, installation_id=origin, seq=seqs[0], vv=versions.dumps(vv),
    )])
    key = (ind.plan_id, year, month)
    if locked and event is not None:
        # The month stays approved, now with the chosen figure: a new approval that has seen it.
        known = cellstore.month_events(session, [key]).get(key, [])
        snapshot = {uid: dict(v) for uid, v in event.cells.items()}
        snapshot[ind.uid] = vv
        session.add(MonthEventRow(
            plan_id=ind.plan_id, year=year, month=month, state=MonthState.APPROVED, actor=user.username, at=now,
            reason=f"Chọn phiên bản số liệu chỉ tiêu {ind.code}", installation_id=origin, seq=seqs[1],
            vv=versions.dumps(versions.merge(*(e.vv for e in known), {origin: seqs[1]})),
            cells=json.dumps(snapshot, sort_keys=True, separators=(",", ":")), role=user.role.value,
        ))
        session.flush()
        cellstore.refresh_months(session, [key])
    cellstore.refresh_cells(session, [(indicator_id, year, month)])
    audit(
        session, installation_id, user.username, "value.resolve", "value", f"{ind.code}@{year}-{month:02d}",
        kept=f"{chosen.installation_id}:{chosen.seq}", value=None if chosen.value is None else str(chosen.value),
        locked=locked,
    )


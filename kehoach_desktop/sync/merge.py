"""Applying a verified bundle to the database, in the caller's single transaction.

Revisions and month events are added to the sets this installation holds (a change already held
is skipped, so duplicates and any order give the same sets); the figures and month states in
effect are then recomputed from those sets (``store.cells``), which is why every installation
holding the same changes shows the same figures. Plans take the newest edit.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import CursorResult, insert, select, update
from sqlalchemy.orm import Session

from ..domain import versions
from ..store import cells as cellstore
from ..store.operations import own_origins, raise_last_seq
from ..store.revisions import NewRevision, add_revisions
from ..store.schema import (
    BundleRow,
    CommuneRow,
    IndicatorRow,
    Installation,
    MonthEventRow,
    PlanRow,
    RevisionRow,
    table_of,
)
from ..store.types import utcnow
from .errors import BundleRefused
from .manifest import Manifest
from .plans import apply_plan
from .payload import MonthEventIn, Payload, RevisionIn
from .scope import check_origins
from .state import CHUNK, ChangeTable, held_pairs, learn

#: A numbered change a bundle brings: a figure's revision or a month's event.
_Change = TypeVar("_Change", RevisionIn, MonthEventIn)


class CellChange(NamedTuple):
    """A figure the bundle changes (or puts in conflict), for the preview and the report (a named
    tuple: a province's import lists every figure of every commune)."""

    indicator_code: str
    indicator_name: str
    year: int
    month: int
    old_value: Decimal | None
    new_value: Decimal | None
    conflict: bool


#: The order of the changes an import reports: by month, then indicator code.
_CHANGE_ORDER = attrgetter("year", "month", "indicator_code")


@dataclass(frozen=True)
class HeldEvent:
    """A month approval or reopening that arrived but does not count (``store.cells.counts``):
    made by a role that may not, or a reopening without its reason. Kept for the leader."""

    year: int
    month: int
    state: str
    actor: str
    role: str | None
    reason: str | None


@dataclass
class Summary:
    """What an import did (or, in a preview, would do)."""

    new_revisions: int = 0
    new_month_events: int = 0
    plans_added: int = 0
    plans_updated: int = 0
    knowledge_advanced: bool = False
    acks: int = 0
    changes: list[CellChange] = field(default_factory=list)
    conflicts: list[CellChange] = field(default_factory=list)
    #: The (year, month) pairs whose approval state new month events changed.
    event_months: set[tuple[int, int]] = field(default_factory=set)
    held_events: list[HeldEvent] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        """True when the bundle brought nothing this installation did not hold."""
        return not (
            self.new_revisions or self.new_month_events or self.plans_added or self.plans_updated
            or self.knowledge_advanced or self.acks
        )

    def to_json(self) -> dict[str, Any]:
        """The counts, for the bundle history."""
        return {
            "new_revisions": self.new_revisions, "new_month_events": self.new_month_events,
            "plans_added": self.plans_added, "plans_updated": self.plans_updated,
            "changed": len(self.changes), "conflicts": len(self.conflicts),
            "held_month_events": len(self.held_events),
        }


def _commune(session: Session, manifest: Manifest) -> CommuneRow:
    code = manifest.commune_code
    row = session.scalars(select(CommuneRow).where(CommuneRow.code == code)).first()
    if row is None:
        row = CommuneRow(code=code, name=str(manifest.commune.get("name") or code), province=manifest.commune.get("province"))
        session.add(row)
        session.flush()
    return row


def _installations(session: Session, names: dict[str, str], sender: str, sender_name: str) -> None:
    """Name the installations the changes come from; only the sender may rename itself."""
    named = {**names, sender: sender_name}
    # Only the installations named (a province holds hundreds of others); a bounded IN list.
    ids = sorted(named)
    known = {
        inst: name
        for at in range(0, len(ids), CHUNK)
        for inst, name in session.execute(select(Installation.id, Installation.name).where(Installation.id.in_(ids[at : at + CHUNK])))
    }
    for inst, name in named.items():
        if inst not in known:
            session.add(Installation(id=inst, name=name, is_local=False, last_seq=0))
    if sender in known and sender_name and known[sender] != sender_name:
        session.execute(update(Installation).where(Installation.id == sender, ~Installation.is_local).values(name=sender_name))
    session.flush()


def apply(session: Session, manifest: Manifest, payload: Payload, file_name: str) -> Summary:
    """Merge ``payload`` into the database; the caller commits (or rolls back for a preview)."""
    kinds = {(r.installation_id, r.seq) for r in payload.revisions}
    if any((e.installation_id, e.seq) in kinds for e in payload.month_events):
        raise BundleRefused("Gói có hai thay đổi khác nhau mang cùng một số thứ tự của một máy: tệp bị sửa.", "payload")
    origins = {r.installation_id for r in payload.revisions} | {e.installation_id for e in payload.month_events}
    check_origins(session, manifest.sender, manifest.commune_code, origins, payload.installations)
    summary = Summary()
    _installations(session, payload.installations, manifest.sender.installation_id, manifest.sender.name)
    commune = _commune(session, manifest)
    for snapshot in payload.plans:
        outcome = apply_plan(session, commune.id, snapshot)
        summary.plans_added += outcome == "added"
        summary.plans_updated += outcome == "updated"
    plan_ids = dict(session.execute(select(PlanRow.uid, PlanRow.id).where(PlanRow.commune_id == commune.id)).all())
    indicators = {
        r.uid: (r.id, r.code, r.name)
        for r in session.execute(
            select(IndicatorRow.id, IndicatorRow.uid, IndicatorRow.code, IndicatorRow.name)
            .where(IndicatorRow.plan_id.in_(plan_ids.values()))
        )
    }
    fresh, touched = _add_revisions(session, payload, indicators, summary)
    months = _add_events(session, payload, plan_ids, summary)
    _keep_own_numbers(session, payload)
    if months:
        cellstore.refresh_months(session, months)
    touched.update(cellstore.months_cells(session, months))
    if touched:
        by_id = {v[0]: (v[1], v[2]) for v in indicators.values()}
        unknown = ("?", "?")
        for cell, before, after in cellstore.refresh_cells(session, touched, fresh):
            code, name = by_id.get(cell[0], unknown)
            new = after.value
            item = CellChange(code, name, cell[1], cell[2], before.value if before else None, new, after.conflict)
            # A cell without a row before changed when it now shows a figure (no Decimal-to-None
            # comparison, which costs an ABC check, for each of a province's first figures).
            if (new is not None) if before is None else (before.value != new):
                summary.changes.append(item)
            if after.conflict and not (before and before.conflict):
                incoming = versions.shown(fresh.get(cell, []))
                # The bundle's own version, to set beside the figure kept here meanwhile.
                summary.conflicts.append(item._replace(new_value=incoming.value) if incoming else item)
    summary.changes.sort(key=_CHANGE_ORDER)
    summary.conflicts.sort(key=_CHANGE_ORDER)
    summary.knowledge_advanced = learn(session, manifest.sender.installation_id, manifest.knowledge, manifest.created_at)
    if manifest.acks:
        # An UPDATE's result is a cursor result, which counts the rows it changed.
        acked = cast("CursorResult[Any]", session.execute(
            update(BundleRow)
            .where(BundleRow.bundle_id.in_(manifest.acks), BundleRow.direction == "out", BundleRow.acked_at.is_(None))
            .values(acked_at=utcnow())
        ))
        summary.acks = acked.rowcount or 0
    return summary


def _add_revisions(
    session: Session, payload: Payload, indicators: dict[str, tuple[int, str, str]], summary: Summary
) -> tuple[dict[cellstore.Cell, list[cellstore.Rev]], set[cellstore.Cell]]:
    rows: list[NewRevision] = []
    fresh: dict[cellstore.Cell, list[cellstore.Rev]] = defaultdict(list)
    Rev = cellstore.Rev
    for rev in _not_held(session, payload.revisions, RevisionRow, MonthEventRow):
        # The row's fields at once (a tuple unpacked), not fourteen attribute look-ups.
        uid, year, month, origin, seq, rev_vv, at, actor, new_value, new_kind, new_note, old_value, old_kind, old_note = rev
        target = indicators.get(uid)
        if target is None:
            raise BundleRefused(
                f"Gói có số liệu của một chỉ tiêu không có trong kế hoạch gửi kèm ({uid}): tệp bị sửa.", "payload"
            )
        cell = (target[0], year, month)
        vv = rev_vv if rev_vv.get(origin) == seq else versions.merge(rev_vv, {origin: seq})
        # versions.dumps without its per-key check: payload.parse admits plain installation ids only.
        if len(vv) == 1:
            ((key, number),) = vv.items()
            vv_text = f'{{"{key}":{number}}}'
        else:
            vv_text = "{" + ",".join(f'"{k}":{v}' for k, v in sorted(vv.items())) + "}"
        rows.append({  # a NewRevision, as a literal (the TypedDict call is a function call per row)
            "indicator_id": cell[0], "year": year, "month": month, "old_value": old_value,
            "new_value": new_value, "old_kind": old_kind, "new_kind": new_kind,
            "old_note": old_note, "new_note": new_note, "actor": actor, "at": at,
            "installation_id": origin, "seq": seq, "vv": vv_text,
        })
        fresh[cell].append(Rev(origin, seq, vv, at, new_value, new_kind, new_note, actor, vv_text))
    touched = set(fresh)
    add_revisions(session, rows)
    summary.new_revisions = len(rows)
    return fresh, touched


def _keep_own_numbers(session: Session, payload: Payload) -> None:
    """Changes of this very installation came back (its database was restored from a backup):
    the counter of each origin it numbers under moves past them, so their numbers are never
    handed out again."""
    for origin in own_origins(session):
        own = [c.seq for c in payload.revisions if c.installation_id == origin]
        own += [c.seq for c in payload.month_events if c.installation_id == origin]
        if own:
            raise_last_seq(session, origin, max(own))


def _not_held(session: Session, changes: Sequence[_Change], table: ChangeTable, other: ChangeTable) -> list[_Change]:
    """The ``changes`` (revisions or month events) not held here yet, each once.

    A number of an installation names one change: one already held as the other kind is refused.
    """
    numbers: dict[str, list[int]] = defaultdict(list)
    for change in changes:
        numbers[change.installation_id].append(change.seq)
    spans = {origin: (min(seqs), max(seqs)) for origin, seqs in numbers.items()}
    keys = [(c.installation_id, c.seq) for c in changes]
    if held_pairs(session, spans, other).intersection(keys):
        raise BundleRefused("Gói có hai thay đổi khác nhau mang cùng một số thứ tự của một máy: tệp bị sửa.", "payload")
    held = held_pairs(session, spans, table)
    if not held and len(set(keys)) == len(keys):  # the common case: all new, each once
        return list(changes)
    result = []
    for key, change in zip(keys, changes):
        if key not in held:
            held.add(key)  # a duplicate inside the same payload counts once
            result.append(change)
    return result


def _add_events(session: Session, payload: Payload, plan_ids: dict[str, int], summary: Summary) -> set[cellstore.Month]:
    months: set[cellstore.Month] = set()
    rows = []
    for event in _not_held(session, payload.month_events, MonthEventRow, RevisionRow):
        plan_id = plan_ids.get(event.plan_uid)
        if plan_id is None:
            raise BundleRefused("Gói có trạng thái duyệt của một kế hoạch không gửi kèm: tệp bị sửa.", "payload")
        rows.append({
            "plan_id": plan_id, "year": event.year, "month": event.month, "state": event.state,
            "actor": event.actor, "at": event.at, "reason": event.reason,
            "installation_id": event.installation_id, "seq": event.seq,
            "vv": versions.dumps(versions.merge(event.vv, {event.installation_id: event.seq})),
            "cells": json.dumps(event.cells, sort_keys=True, separators=(",", ":")), "role": event.role,
        })
        months.add((plan_id, event.year, event.month))
        held = cellstore.Event(event.installation_id, event.seq, event.vv, event.at, event.state, event.actor,
                               event.reason, event.cells, event.role)
        if not cellstore.counts(held):
            summary.held_events.append(HeldEvent(event.year, event.month, event.state.value, event.actor,
                                                 event.role, event.reason))
    if rows:
        session.connection().execute(insert(table_of(MonthEventRow)), rows)
    summary.new_month_events = len(rows)
    summary.event_months = {(year, month) for _, year, month in months}
    return months

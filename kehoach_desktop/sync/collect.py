"""Reading what a bundle carries out of the database: a commune's plans and its changes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from ..domain import versions
from ..store.schema import (
    IndicatorRow,
    Installation,
    MonthEventRow,
    PlanRow,
    RevisionRow,
)
from .payload import dec, when


@dataclass
class Collected:
    """The payload's JSON object, with the ranges and counts the manifest reports."""

    payload: dict[str, Any]
    ranges: dict[str, list[int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


class _Ids:
    """Installation ids listed once, referred to by index."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names
        self.index: dict[str, int] = {}

    def __call__(self, inst: str) -> int:
        if inst not in self.index:
            self.index[inst] = len(self.index)
        return self.index[inst]

    def vv(self, text: str | Mapping[str, int]) -> list[list[int]]:
        vv = versions.loads(text) if isinstance(text, str) else text
        return [[self(k), v] for k, v in sorted(vv.items())]

    def listing(self) -> list[dict[str, str]]:
        return [{"id": i, "name": self.names.get(i, "")} for i in self.index]


def _wanted(session: Session, seq_table: Any, plan_filter: Any, since: Mapping[str, int] | None) -> dict[str, int] | None:
    """For each origin with changes here after ``since``, the number to start after (None: all).

    One grouped read of the commune's origins, then the choice in Python: a province holds
    thousands of installations, and a condition per origin (``origin = ? AND seq > ?`` OR-ed, or a
    NOT IN list of every origin) grows past what SQLite can parse ("Expression tree is too large").
    """
    if not since:
        return None
    tops = session.execute(
        select(seq_table.installation_id, func.max(seq_table.seq)).where(plan_filter).group_by(seq_table.installation_id)
    )
    return {origin: since.get(origin, 0) for origin, top in tops if top > since.get(origin, 0)}


def _after(column_seq: Any, wanted: dict[str, int] | None) -> Any:
    """The one SQL condition kept: numbers above the lowest start (the rest is filtered in Python)."""
    if wanted is None:
        return and_(True)
    return column_seq > min(wanted.values(), default=0)


def _keep(wanted: dict[str, int] | None, origin: str, seq: int) -> bool:
    return wanted is None or (origin in wanted and seq > wanted[origin])


def origins(session: Session, commune_id: int) -> set[str]:
    """The installations whose changes this database holds for the commune."""
    plan_ids = select(PlanRow.id).where(PlanRow.commune_id == commune_id)
    r, i, m = RevisionRow, IndicatorRow, MonthEventRow
    found = set(session.scalars(
        select(r.installation_id).join(i, i.id == r.indicator_id).where(i.plan_id.in_(plan_ids)).distinct()
    ))
    found.update(session.scalars(select(m.installation_id).where(m.plan_id.in_(plan_ids)).distinct()))
    return found


def plan_snapshot(plan: PlanRow) -> dict[str, Any]:
    """A plan's definitions as JSON (uids kept, so figures find their indicators anywhere)."""
    by_id = {i.id: i.uid for i in plan.indicators}
    return {
        "uid": plan.uid, "kind": plan.kind.value, "status": plan.status.value,
        "start_year": plan.start_year, "end_year": plan.end_year, "title": plan.title,
        "resolution_ref": plan.resolution_ref, "source_name": plan.source_name, "source_text": plan.source_text,
        "created_at": when(plan.created_at), "adopted_at": when(plan.adopted_at),
        "rev_at": when(plan.rev_at or plan.created_at), "rev_installation": plan.rev_installation,
        "groups": [{"key": g.key, "title": g.title, "position": g.position} for g in plan.groups],
        "indicators": [
            {
                "uid": i.uid, "code": i.code, "name": i.name, "unit": i.unit, "direction": i.direction.value,
                "aggregation": i.aggregation.value, "baseline_value": dec(i.baseline_value),
                "baseline_year": i.baseline_year, "responsible_office": i.responsible_office,
                "position": i.position, "group": i.group.key if i.group else None,
                "parent": by_id.get(i.parent_id) if i.parent_id else None,
                "source_start": i.source_start, "source_end": i.source_end, "review_flags": i.review_flags,
                "targets": [
                    {
                        "year": t.year, "kind": t.kind.value, "value": dec(t.value), "low": dec(t.low),
                        "high": dec(t.high), "baseline_year": t.baseline_year, "per_year": t.per_year,
                        "points": t.points, "measures_change": t.measures_change, "text": t.text,
                        "source": t.source, "source_ref": t.source_ref,
                    }
                    for t in sorted(i.targets, key=lambda t: (t.year is not None, t.year or 0))
                ],
                # Since 1.3: a rate's denominator and the commune's figure of it per year (null: none).
                "denominator": None if i.denominator_label is None else {
                    "label": i.denominator_label, "unit": i.denominator_unit or "",
                    "values": [[d.year, dec(d.value)] for d in sorted(i.denominators, key=lambda d: d.year)],
                },
            }
            for i in plan.indicators
        ],
    }


def collect(session: Session, commune_id: int, since: Mapping[str, int] | None) -> Collected:
    """Everything of the commune a peer holding ``since`` lacks (all of it when ``since`` is None)."""
    names = dict(session.execute(select(Installation.id, Installation.name)).all())
    ids = _Ids(names)
    plans = session.scalars(
        select(PlanRow).where(PlanRow.commune_id == commune_id).order_by(PlanRow.id)
        .options(selectinload(PlanRow.groups), selectinload(PlanRow.indicators).selectinload(IndicatorRow.targets),
                 selectinload(PlanRow.indicators).selectinload(IndicatorRow.denominators))
    ).all()
    plan_ids = [p.id for p in plans]
    ranges: dict[str, list[int]] = {}

    def span(inst: str, seq: int) -> None:
        low = (since or {}).get(inst, 0)
        r = ranges.setdefault(inst, [low, low])
        r[1] = max(r[1], seq)

    revisions = []
    r, i = RevisionRow, IndicatorRow
    in_plans = r.indicator_id.in_(select(i.id).where(i.plan_id.in_(plan_ids)))
    wanted = _wanted(session, r, in_plans, since)
    for row in session.execute(
        select(
            i.uid, r.year, r.month, r.installation_id, r.seq, r.vv, r.at, r.actor, r.new_value,
            r.new_kind, r.new_note, r.old_value, r.old_kind, r.old_note,
        )
        .join(i, i.id == r.indicator_id)
        .where(i.plan_id.in_(plan_ids), _after(r.seq, wanted))
        .order_by(r.installation_id, r.seq)
    ) if wanted != {} else ():
        if not _keep(wanted, row.installation_id, row.seq):
            continue
        span(row.installation_id, row.seq)
        revisions.append([
            row.uid, row.year, row.month, ids(row.installation_id), row.seq, ids.vv(row.vv), when(row.at),
            row.actor, dec(row.new_value), row.new_kind.value, row.new_note, dec(row.old_value),
            row.old_kind.value if row.old_kind else None, row.old_note,
        ])
    plan_uids = {p.id: p.uid for p in plans}
    events = []
    m = MonthEventRow
    wanted = _wanted(session, m, m.plan_id.in_(plan_ids), since)
    for event in session.scalars(
        select(m).where(m.plan_id.in_(plan_ids), _after(m.seq, wanted)).order_by(m.installation_id, m.seq)
    ) if wanted != {} else ():
        if not _keep(wanted, event.installation_id, event.seq):
            continue
        span(event.installation_id, event.seq)
        cells = {uid: ids.vv(vv) for uid, vv in sorted(json.loads(event.cells or "{}").items())}
        events.append([
            plan_uids[event.plan_id], event.year, event.month, ids(event.installation_id), event.seq, ids.vv(event.vv),
            when(event.at), event.actor, event.state.value, event.reason, cells, event.role,
        ])
    payload = {
        "installations": ids.listing(),
        "plans": [plan_snapshot(p) for p in plans],
        "revisions": revisions,
        "month_events": events,
    }
    counts = {
        "plans": len(plans), "indicators": sum(len(p.indicators) for p in plans),
        "revisions": len(revisions), "month_events": len(events),
    }
    return Collected(payload, ranges, counts)

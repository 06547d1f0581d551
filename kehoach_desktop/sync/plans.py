"""Applying an incoming plan's definitions: the newest edit wins, uids are kept.

A plan travels whole (it is small); the receiving side creates it or, when the incoming edit is
newer (by time, then installation id: the same answer everywhere), rewrites it in place, so
indicator rows keep their ids and figures. An indicator dropped by the newer edit is deleted
only when nothing was ever recorded for it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.schema import GroupRow, IndicatorRow, PlanRow, RevisionRow, TargetRow
from .errors import BundleRefused

def _key(at: datetime, inst: str) -> tuple[datetime, str]:
    return (at, inst or "")


def apply_plan(session: Session, commune_id: int, snapshot: dict[str, Any]) -> str:
    """Create or update the plan; return ``added``, ``updated`` or ``kept``."""
    row = session.scalars(select(PlanRow).where(PlanRow.uid == snapshot["uid"])).first()
    if row is None:
        row = PlanRow(uid=snapshot["uid"], commune_id=commune_id)
        session.add(row)
        outcome = "added"
    elif row.commune_id != commune_id:
        raise BundleRefused("Gói chứa một kế hoạch đã có ở đây nhưng thuộc xã khác: tệp bị sửa.", "payload")
    elif not _key(snapshot["rev_at"], snapshot["rev_installation"]) > _key(row.rev_at or row.created_at, row.rev_installation):
        return "kept"
    else:
        outcome = "updated"
    for name in ("kind", "status", "start_year", "end_year", "title", "resolution_ref", "source_name",
                 "source_text", "created_at", "adopted_at", "rev_at", "rev_installation"):
        setattr(row, name, snapshot[name])
    session.flush()
    groups = {g.key: g for g in session.scalars(select(GroupRow).where(GroupRow.plan_id == row.id))}
    for g in snapshot["groups"]:
        group = groups.get(g["key"])
        if group is None:
            group = groups[g["key"]] = GroupRow(plan_id=row.id, key=g["key"])
            session.add(group)
        group.title, group.position = g["title"], g["position"]
    session.flush()
    _apply_indicators(session, row, snapshot["indicators"], groups)
    wanted = {g["key"] for g in snapshot["groups"]}
    for key, group in groups.items():
        if key not in wanted and not session.scalars(select(IndicatorRow.id).where(IndicatorRow.group_id == group.id)).first():
            session.delete(group)
    session.flush()
    session.expire(row)
    return outcome


def _apply_indicators(session: Session, plan: PlanRow, incoming: list[dict[str, Any]], groups: dict[str, GroupRow]) -> None:
    existing = {i.uid: i for i in session.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan.id))}
    uids = [i["uid"] for i in incoming]
    clash = session.scalars(
        select(IndicatorRow.uid).where(IndicatorRow.uid.in_(uids), IndicatorRow.plan_id != plan.id)
    ).first()
    if clash or len(set(uids)) != len(uids) or len({i["code"] for i in incoming}) != len(incoming):
        raise BundleRefused("Danh sách chỉ tiêu trong gói bị trùng mã: tệp bị sửa.", "payload")
    # Codes may swap between indicators in one edit: park the old ones first (unique per plan);
    # targets are replaced whole, the old ones gone before the new ones (unique per year).
    codes = {uid: ind.code for uid, ind in existing.items()}
    for ind in existing.values():
        ind.code = f"~{ind.id}"
        ind.targets.clear()
    session.flush()
    rows: dict[str, IndicatorRow] = {}
    for item in incoming:
        ind = existing.get(item["uid"])
        if ind is None:
            ind = IndicatorRow(uid=item["uid"], plan_id=plan.id)
            session.add(ind)
        for name in ("code", "name", "unit", "direction", "aggregation", "baseline_value", "baseline_year",
                     "responsible_office", "position", "source_start", "source_end", "review_flags"):
            setattr(ind, name, item[name])
        ind.group = groups.get(item["group"]) if item["group"] else None
        ind.targets = [TargetRow(**t) for t in item["targets"]]
        rows[item["uid"]] = ind
    session.flush()
    for item in incoming:
        parent = rows.get(item["parent"]) if item["parent"] else None
        rows[item["uid"]].parent_id = parent.id if parent else None
    for uid, ind in existing.items():
        if uid in rows:
            continue
        if session.scalars(select(RevisionRow.id).where(RevisionRow.indicator_id == ind.id)).first():
            ind.code = f"{codes[uid]}-cu"[:20]  # kept with its figures, out of the way
            ind.position = 10_000 + ind.id
        else:
            session.delete(ind)
    session.flush()

"""Applying an incoming plan's definitions: the newest edit wins, uids are kept.

A plan travels whole (it is small); the receiving side creates it or, when the incoming edit is
newer (by time, then installation id: the same answer everywhere), rewrites it in place, so
indicator rows keep their ids and figures. An indicator dropped by the newer edit is deleted
only when nothing was ever recorded for it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..store.bulk import bulk_insert, bulk_update
from ..store.schema import DenominatorRow, GroupRow, IndicatorRow, PlanRow, RevisionRow, TargetRow, table_of
from .errors import BundleRefused

_RETIRED = re.compile(r"-cu\d*$")


def _key(at: datetime, inst: str) -> tuple[datetime, str]:
    return (at, inst or "")


def apply_plan(session: Session, commune_id: int, snapshot: dict[str, Any]) -> str:
    """Create or update the plan; return ``added``, ``updated`` or ``kept``."""
    row = session.scalars(select(PlanRow).where(PlanRow.uid == snapshot["uid"])).first()
    if row is None:
        _create(session, commune_id, snapshot)
        return "added"
    if row.commune_id != commune_id:
        raise BundleRefused("Gói chứa một kế hoạch đã có ở đây nhưng thuộc xã khác: tệp bị sửa.", "payload")
    elif not _key(snapshot["rev_at"], snapshot["rev_installation"]) > _key(row.rev_at or row.created_at, row.rev_installation):
        _add_missing(session, row, snapshot["indicators"])
        return "kept"
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
    return "updated"


_PLAN_FIELDS = ("kind", "status", "start_year", "end_year", "title", "resolution_ref", "source_name",
                "source_text", "created_at", "adopted_at", "rev_at", "rev_installation")
_INDICATOR_FIELDS = ("uid", "code", "name", "unit", "direction", "aggregation", "baseline_value", "baseline_year",
                     "responsible_office", "position", "source_start", "source_end", "review_flags")


def _create(session: Session, commune_id: int, snapshot: dict[str, Any]) -> None:
    """A plan new here, written with a few multi-row statements (a province adds hundreds)."""
    if session.scalars(select(IndicatorRow.uid).where(IndicatorRow.uid.in_([i["uid"] for i in snapshot["indicators"]]))).first():
        raise BundleRefused("Gói chứa một chỉ tiêu đã có ở đây nhưng thuộc kế hoạch khác: tệp bị sửa.", "payload")
    conn = session.connection()
    plans = table_of(PlanRow)
    plan_id = conn.execute(
        insert(plans).values(uid=snapshot["uid"], commune_id=commune_id, **{f: snapshot[f] for f in _PLAN_FIELDS})
        .returning(plans.c.id)
    ).scalar_one()
    # The rows go to the driver with each column's own conversion (store.bulk): SQLAlchemy's
    # executemany rebuilt every row's parameters, most of a new plan's cost.
    bulk_insert(session, table_of(GroupRow), [{"plan_id": plan_id, **g} for g in snapshot["groups"]])
    groups = dict(conn.execute(select(GroupRow.key, GroupRow.id).where(GroupRow.plan_id == plan_id)).all())
    indicators = snapshot["indicators"]
    if not indicators:
        return
    bulk_insert(session, table_of(IndicatorRow), [
        {"plan_id": plan_id, "group_id": groups.get(i["group"]) if i["group"] else None, "parent_id": None,
         **{f: i[f] for f in _INDICATOR_FIELDS}, **_denominator_columns(i.get("denominator"))}
        for i in indicators
    ])
    ids = dict(conn.execute(select(IndicatorRow.uid, IndicatorRow.id).where(IndicatorRow.plan_id == plan_id)).all())
    parents = [{"row_key": ids[i["uid"]], "parent_id": ids[i["parent"]]} for i in indicators if i["parent"]]
    bulk_update(session, table_of(IndicatorRow), "id", parents)
    bulk_insert(session, table_of(TargetRow), [{"indicator_id": ids[i["uid"]], **t} for i in indicators for t in i["targets"]])
    bulk_insert(session, table_of(DenominatorRow), [
        {"indicator_id": ids[i["uid"]], "year": y, "value": v}
        for i in indicators if i.get("denominator") for y, v in i["denominator"]["values"].items()
    ])


# --- a rate's denominator (format 1.3) --------------------------------------------------------
# An indicator without the "denominator" key comes from a sender older than 1.3, which knows
# nothing of denominators: what is held here is kept. With the key, the sender's is taken whole.


def _denominator_columns(denominator: dict[str, Any] | None) -> dict[str, Any]:
    if denominator is None:
        return {"denominator_label": None, "denominator_unit": None}
    return {"denominator_label": denominator["label"], "denominator_unit": denominator["unit"]}


def _apply_denominator(row: IndicatorRow, item: dict[str, Any]) -> None:
    """Take the incoming denominator on ``row`` (in place: one figure per indicator and year)."""
    if "denominator" not in item:
        return
    incoming = item["denominator"]
    for name, value in _denominator_columns(incoming).items():
        setattr(row, name, value)
    wanted: dict[int, Any] = incoming["values"] if incoming else {}
    for held in list(row.denominators):
        if held.year in wanted:
            held.value = wanted[held.year]
        else:
            row.denominators.remove(held)
    have = {d.year for d in row.denominators}
    row.denominators.extend(DenominatorRow(year=y, value=v) for y, v in wanted.items() if y not in have)


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
        row = existing.get(item["uid"])
        if row is None:
            row = IndicatorRow(uid=item["uid"], plan_id=plan.id)
            session.add(row)
        for name in ("code", "name", "unit", "direction", "aggregation", "baseline_value", "baseline_year",
                     "responsible_office", "position", "source_start", "source_end", "review_flags"):
            setattr(row, name, item[name])
        row.group = groups.get(item["group"]) if item["group"] else None
        row.targets = [TargetRow(**t) for t in item["targets"]]
        _apply_denominator(row, item)
        rows[item["uid"]] = row
    session.flush()
    for item in incoming:
        parent = rows.get(item["parent"]) if item["parent"] else None
        rows[item["uid"]].parent_id = parent.id if parent else None
    taken = {i["code"] for i in incoming}
    for uid, ind in existing.items():
        if uid in rows:
            continue
        if session.scalars(select(RevisionRow.id).where(RevisionRow.indicator_id == ind.id)).first():
            # Kept with its figures, out of the way: deleting it would strand revisions that other
            # PCs still send (they would refuse every bundle from then on).
            ind.code = _retired_code(codes[uid], taken)
            ind.position = 10_000 + ind.id
        else:
            session.delete(ind)
    session.flush()


def _retired_code(code: str, taken: set[str]) -> str:
    """``code-cu`` (``code-cu2``...), unused in the plan, within the column's 20 characters."""
    for n in range(1, 1000):
        suffix = "-cu" if n == 1 else f"-cu{n}"
        candidate = code[: 20 - len(suffix)] + suffix
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise BundleRefused("Kế hoạch trong gói có quá nhiều chỉ tiêu trùng mã: tệp bị sửa.", "payload")


def _add_missing(session: Session, plan: PlanRow, incoming: list[dict[str, Any]]) -> None:
    """Indicators another PC still has (retired there with figures) but this one dropped.

    The plan here is newer, so its definitions stay; the missing indicators come back retired,
    so the figures that travel with them have somewhere to go.
    """
    have = dict(session.execute(select(IndicatorRow.uid, IndicatorRow.code).where(IndicatorRow.plan_id == plan.id)).all())
    missing = [i for i in incoming if i["uid"] not in have]
    if not missing:
        return
    if session.scalars(select(IndicatorRow.uid).where(IndicatorRow.uid.in_([i["uid"] for i in missing]))).first():
        raise BundleRefused("Gói chứa một chỉ tiêu đã có ở đây nhưng thuộc kế hoạch khác: tệp bị sửa.", "payload")
    taken = set(have.values())
    for item in missing:
        ind = IndicatorRow(uid=item["uid"], plan_id=plan.id)
        for name in ("name", "unit", "direction", "aggregation", "baseline_value", "baseline_year",
                     "responsible_office", "source_start", "source_end", "review_flags"):
            setattr(ind, name, item[name])
        # Retired here as it is (or will be) on the PC whose newer plan dropped it.
        code = item["code"]
        ind.code = code if _RETIRED.search(code) and code not in taken else _retired_code(code, taken)
        taken.add(ind.code)
        ind.position = 10_000 + len(taken)
        ind.targets = [TargetRow(**t) for t in item["targets"]]
        _apply_denominator(ind, item)
        session.add(ind)
    session.flush()

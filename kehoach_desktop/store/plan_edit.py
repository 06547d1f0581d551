"""Saving a reviewed plan back in place, so indicator ids (and the monthly figures on them) survive.

The GUI loads a stored plan with ``queries.plan_draft``, the officer edits it, and
``save_plan_draft`` writes it back: groups matched by key, indicators by code. Every check runs
before the first write, so a refused save leaves the database as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select, union
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Indicator
from ..domain.draft import PlanDraft, check_draft
from .operations import _target_row, audit, touch_plan
from .queries import find_indicator, plan_draft
from .schema import GroupRow, IndicatorRow, PlanRow, RevisionRow, ValueRow


def _flags(draft: PlanDraft, code: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in draft.flags.get(code, ()) if f.strip())


def _check_more(draft: PlanDraft) -> None:
    """What ``check_draft`` leaves to the database, which would only fail mid-write."""
    keys = [g.key for g in draft.groups]
    if any(not k.strip() for k in keys):
        raise UserError("Mỗi nhóm chỉ tiêu cần có mã nhóm.", "group")
    if len(keys) != len(set(keys)):
        dup = next(k for k in keys if keys.count(k) > 1)
        raise UserError(f"Nhóm «{dup}» bị trùng trong kế hoạch.", "group")
    plan = draft.plan
    texts: list[tuple[str, str | None, Any, str]] = [
        ("Tiêu đề kế hoạch", plan.title, PlanRow.title, "plan"),
        ("Số hiệu nghị quyết", plan.resolution_ref, PlanRow.resolution_ref, "plan"),
        ("Tên tệp nguồn", draft.source_name, PlanRow.source_name, "plan"),
    ]
    for g in draft.groups:
        texts += [(f"Mã nhóm «{g.key}»", g.key, GroupRow.key, "group"),
                  (f"Tên nhóm «{g.key}»", g.title, GroupRow.title, "group")]
    for ind in draft.indicators:
        texts += [
            (f"Mã chỉ tiêu {ind.code}", ind.code, IndicatorRow.code, "indicator"),
            (f"Đơn vị tính của chỉ tiêu {ind.code}", ind.unit.strip(), IndicatorRow.unit, "unit"),
            (f"Cơ quan chủ trì của chỉ tiêu {ind.code}", ind.responsible_office,
             IndicatorRow.responsible_office, "indicator"),
            (f"Ghi chú rà soát của chỉ tiêu {ind.code}", ",".join(_flags(draft, ind.code)),
             IndicatorRow.review_flags, "indicator"),
        ]
        figures = [ind.baseline_value] + [
            n for r in draft.rules.get(ind.code, ()) for n in (r.value, r.low, r.high)
        ]
        if any(n is not None and not n.is_finite() for n in figures):
            raise UserError(f"Chỉ tiêu {ind.code} có số liệu không phải là số hợp lệ.", "indicator")
    for what, text, column, field in texts:
        limit = column.type.length
        if text is not None and len(text) > limit:
            raise UserError(f"{what} dài {len(text)} ký tự, vượt quá {limit} ký tự cho phép.", field)


def _refuse_removing_figures(session: Session, rows: dict[str, IndicatorRow], removed: list[str]) -> None:
    """Deleting an indicator would delete its figures and their history: refuse instead."""
    ids = {rows[c].id: c for c in removed}
    if not ids:
        return
    used = set(session.scalars(union(
        select(ValueRow.indicator_id).where(ValueRow.indicator_id.in_(ids)),
        select(RevisionRow.indicator_id).where(RevisionRow.indicator_id.in_(ids)),
    )))
    codes = [c for i, c in ids.items() if i in used]
    if codes:
        raise UserError(
            f"Không thể xoá chỉ tiêu {', '.join(codes)} vì đã có số liệu tháng; hãy giữ lại "
            "các chỉ tiêu này trong kế hoạch (mã của chỉ tiêu đã có số liệu cũng không đổi được).",
            "indicator",
        )


def save_plan_draft(
    session: Session, installation_id: str, plan_id: int, draft: PlanDraft, actor: str
) -> PlanRow:
    """Write an edited draft over the stored plan, keeping the rows of indicators it still has.

    Plan fields, groups, indicators, targets and review flags follow the draft; the plan's
    status does not (``adopt_plan`` does that), nor its source text unless the draft has one.
    Indicators left out are deleted, unless they have monthly figures: then nothing is written.
    """
    check_draft(draft)
    _check_more(draft)
    row = session.get(PlanRow, plan_id)
    if row is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    before = plan_draft(session, plan_id)
    old = {i.code: i for i in before.indicators}
    indicators = [replace(i, name=i.name.strip(), unit=i.unit.strip(), id=None) for i in draft.indicators]
    codes = {i.code for i in indicators}
    added = [i.code for i in indicators if i.code not in old]
    removed = [c for c in old if c not in codes]
    rows = {r.code: r for r in session.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan_id))}
    _refuse_removing_figures(session, rows, removed)

    def state(d: PlanDraft, ind: Indicator) -> tuple[Any, ...]:
        return ind, tuple(d.rules.get(ind.code, ())), d.spans.get(ind.code), _flags(d, ind.code)

    changed = [i.code for i in indicators if i.code in old and state(before, old[i.code]) != state(draft, i)]
    # From here on everything has been checked: write.
    plan = draft.plan
    row.kind, row.start_year, row.end_year = plan.kind, plan.start_year, plan.end_year
    row.title, row.resolution_ref, row.source_name = plan.title, plan.resolution_ref, draft.source_name
    if plan.source_text is not None:
        row.source_text = plan.source_text
    groups = _save_groups(session, plan_id, draft)
    gone = [rows.pop(c).id for c in removed]
    if gone:
        # A kept sub-indicator still pointing at a removed parent would go with it (ON DELETE CASCADE).
        for kept in rows.values():
            if kept.parent_id in gone:
                kept.parent = None
        session.flush()
        session.execute(delete(IndicatorRow).where(IndicatorRow.id.in_(gone)))
    replaced = {c for c in old if c in codes and before.rules.get(c, ()) != tuple(draft.rules.get(c, ()))}
    for code in replaced:
        rows[code].targets.clear()  # delete-orphan: flushed before the new rules go in
    session.flush()
    for position, ind in enumerate(indicators):
        ind_row = rows.get(ind.code)
        if ind_row is None:
            ind_row = rows[ind.code] = IndicatorRow(uid=str(uuid.uuid4()), plan_id=plan_id, code=ind.code)
            session.add(ind_row)
            replaced.add(ind.code)
        span = draft.spans.get(ind.code)
        ind_row.group = groups.get(ind.group)
        ind_row.name, ind_row.unit = ind.name, ind.unit
        ind_row.direction, ind_row.aggregation = ind.direction, ind.aggregation
        ind_row.baseline_value, ind_row.baseline_year = ind.baseline_value, ind.baseline_year
        ind_row.responsible_office, ind_row.position = ind.responsible_office, position
        ind_row.source_start, ind_row.source_end = span if span else (None, None)
        ind_row.review_flags = ",".join(_flags(draft, ind.code))
        if ind.code in replaced:
            ind_row.targets.extend(_target_row(r) for r in draft.rules.get(ind.code, ()))
    for ind in indicators:  # every row exists now, so parents can be set in any order
        rows[ind.code].parent = rows[ind.parent_code] if ind.parent_code is not None else None
    session.flush()
    for group in session.scalars(select(GroupRow).where(GroupRow.plan_id == plan_id)):
        if group.key not in groups:  # no indicator points at it any more
            session.delete(group)
    session.flush()
    session.expire(row, ["groups", "indicators"])
    touch_plan(row, installation_id)
    audit(
        session, installation_id, actor, "plan.update", "plan", row.uid,
        indicators=len(indicators), added=added, removed=removed, changed=changed,
    )
    return row


def _save_groups(session: Session, plan_id: int, draft: PlanDraft) -> dict[str, GroupRow]:
    """Groups by key: titles and order updated, new ones added; obsolete ones are left to the caller."""
    existing = {g.key: g for g in session.scalars(select(GroupRow).where(GroupRow.plan_id == plan_id))}
    result: dict[str, GroupRow] = {}
    for position, group in enumerate(draft.groups):
        row = existing.get(group.key)
        if row is None:
            row = GroupRow(plan_id=plan_id, key=group.key)
            session.add(row)
        row.title, row.position = group.title, position
        result[group.key] = row
    return result


def confirm_flags(session: Session, installation_id: str, plan_id: int, code: str, actor: str) -> None:
    """Clear an indicator's review flags: the officer has checked how the importer read it."""
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    row = find_indicator(session, plan_id, code)
    if not row.review_flags:
        return
    touch_plan(plan, installation_id)
    flags = [f for f in row.review_flags.split(",") if f]
    row.review_flags = ""
    audit(session, installation_id, actor, "indicator.confirm", "indicator", row.uid, code=row.code, flags=flags)

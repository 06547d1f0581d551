"""A month's approval cycle: open -> submitted -> approved (locked) -> reopened with a reason.

``save_values`` refuses figures for an approved month (``check_unlocked``), so the lock holds for
the grid and the CLI; the sync merge keeps an approved month as approved by its own rule (a late
figure becomes a conflict for a leader, ``store.cells``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..domain import versions
from ..domain.access import Action, MonthState, MonthStatus, User
from ..domain.errors import UserError
from ..domain.periods import Period
from . import cells
from .driver import Prepared
from .operations import audit, next_seqs
from .schema import MonthEventRow, MonthStatusRow, PlanRow
from .types import utcnow


def _row(session: Session, plan_id: int, period: Period) -> MonthStatusRow | None:
    return session.scalars(
        select(MonthStatusRow).where(
            MonthStatusRow.plan_id == plan_id,
            MonthStatusRow.year == period.year,
            MonthStatusRow.month == period.month,
        )
    ).first()


def month_status(session: Session, plan_id: int, period: Period) -> MonthStatus:
    """The month's state (open when nothing was ever recorded for it)."""
    row = _row(session, plan_id, period)
    if row is None:
        return MonthStatus()
    return MonthStatus(row.state, row.changed_by, row.changed_at, row.reason)


# Run on the driver (``driver.Prepared``): every save asks this first.
_APPROVED_IN_YEARS = Prepared(select(MonthStatusRow.year, MonthStatusRow.month).where(
    MonthStatusRow.plan_id == bindparam("plan_id"),
    MonthStatusRow.state == MonthState.APPROVED,
    MonthStatusRow.year.between(bindparam("first"), bindparam("last")),
))


def check_unlocked(session: Session, plan_id: int, periods: Iterable[Period]) -> None:
    """Raise UserError when any of ``periods`` is approved, hence read-only."""
    keys = {(p.year, p.month) for p in periods}
    if not keys:
        return
    years = [y for y, _m in keys]
    found = _APPROVED_IN_YEARS.rows(session, {"plan_id": plan_id, "first": min(years), "last": max(years)})
    locked = [(y, m) for y, m in found if (y, m) in keys]
    if locked:
        labels = ", ".join(f"{m:02d}/{y}" for y, m in sorted(locked))
        raise UserError(
            f"Tháng {labels} đã được duyệt và khoá, không sửa được số liệu. "
            "Nếu cần sửa, lãnh đạo phải mở lại tháng (ghi rõ lý do).",
            "period",
        )


def _change(
    session: Session, installation_id: str, plan_id: int, period: Period, user: User,
    state: MonthState, reason: str | None,
) -> MonthStatus:
    if session.get(PlanRow, plan_id) is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    row = _row(session, plan_id, period)
    old = row.state if row else MonthState.OPEN
    now = utcnow()
    if row is None:
        row = MonthStatusRow(plan_id=plan_id, year=period.year, month=period.month)
        session.add(row)
    row.state, row.changed_by, row.changed_at, row.reason = state, user.username, now, reason
    session.flush()
    _record_event(session, installation_id, plan_id, period, state, user.username, now, reason, user.role.value)
    audit(
        session, installation_id, user.username, f"month.{_VERBS[state]}", "month", f"{plan_id}@{period}",
        old=old.value, new=state.value, reason=reason,
    )
    return MonthStatus(state, user.username, now, reason)


def _record_event(
    session: Session, installation_id: str, plan_id: int, period: Period, state: MonthState, actor: str,
    at: datetime, reason: str | None, role: str,
) -> None:
    """The change as a month event that syncs; figures kept out by an approval come back on reopen."""
    key = (plan_id, period.year, period.month)
    known = cells.month_events(session, [key]).get(key, [])
    origin, (seq,) = next_seqs(session, installation_id, 1)
    vv = versions.merge(*(e.vv for e in known), {origin: seq})
    snapshot = cells.approval_snapshot(session, *key) if state is MonthState.APPROVED else {}
    session.add(MonthEventRow(
        plan_id=plan_id, year=period.year, month=period.month, state=state, actor=actor, at=at,
        reason=reason, installation_id=origin, seq=seq, vv=versions.dumps(vv),
        cells=json.dumps(snapshot, sort_keys=True, separators=(",", ":")), role=role,
    ))
    session.flush()
    cells.refresh_cells(session, cells.month_cells(session, *key))


_VERBS = {MonthState.SUBMITTED: "submit", MonthState.APPROVED: "approve", MonthState.OPEN: "reopen"}


def _require(session: Session, user: User, action: Action, what: str) -> User:
    from .users import as_stored

    user = as_stored(session, user)  # the role now, not the one held since login
    if not user.can(action):
        raise UserError(f"Tài khoản {user.username} ({user.role.label}) không có quyền {what}.", "role")
    return user


def submit_month(session: Session, installation_id: str, plan_id: int, period: Period, user: User) -> MonthStatus:
    """Send an open month to the leader for approval."""
    user = _require(session, user, Action.SUBMIT_MONTH, "gửi duyệt tháng")
    state = month_status(session, plan_id, period).state
    if state is not MonthState.OPEN:
        raise UserError(f"{period.label} đang ở trạng thái «{state.label}», không gửi duyệt lại được.", "period")
    return _change(session, installation_id, plan_id, period, user, MonthState.SUBMITTED, None)


def approve_month(session: Session, installation_id: str, plan_id: int, period: Period, user: User) -> MonthStatus:
    """Approve and lock a month (open or submitted); only a leader may."""
    user = _require(session, user, Action.APPROVE_MONTH, "duyệt tháng")
    state = month_status(session, plan_id, period).state
    if state is MonthState.APPROVED:
        raise UserError(f"{period.label} đã được duyệt từ trước.", "period")
    return _change(session, installation_id, plan_id, period, user, MonthState.APPROVED, None)


def reopen_month(
    session: Session, installation_id: str, plan_id: int, period: Period, user: User, reason: str
) -> MonthStatus:
    """Unlock a submitted or approved month; the reason is required and audited."""
    user = _require(session, user, Action.REOPEN_MONTH, "mở lại tháng")
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise UserError("Hãy ghi lý do mở lại tháng (ít nhất 5 ký tự), ví dụ: Sửa số liệu chính thức.", "reason")
    state = month_status(session, plan_id, period).state
    if state is MonthState.OPEN:
        raise UserError(f"{period.label} đang mở, không cần mở lại.", "period")
    return _change(session, installation_id, plan_id, period, user, MonthState.OPEN, reason)

"""Reading the audit trail: newest first, filtered by user, kind of action and free text.

The trail is written by every operation (``operations.audit`` and ``values._write``); this module
only reads it, and describes each action in Vietnamese words for the Nhật ký screen and the CLI.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from ..domain.access import MonthState, Role
from ..domain.model import RuleKind
from ..domain.numbers import format_number
from ..domain.periods import Period
from .schema import AuditRow, IndicatorRow, PlanRow, TargetRow

#: Vietnamese descriptions of every action the core records.
ACTION_LABELS: dict[str, str] = {
    "value.set": "Nhập / sửa số liệu",
    "plan.create": "Tạo kế hoạch",
    "plan.adopt": "Thông qua kế hoạch",
    "plan.update": "Sửa kế hoạch",
    "indicator.confirm": "Xác nhận chỉ tiêu đã rà soát",
    "commune.create": "Thiết lập xã",
    "commune.update": "Sửa thông tin xã",
    "user.create": "Tạo tài khoản",
    "user.update": "Sửa tài khoản",
    "user.password": "Đổi mật khẩu",
    "user.login": "Đăng nhập",
    "user.login_failed": "Đăng nhập không thành công",
    "user.locked": "Tạm khoá tài khoản do sai mật khẩu",
    "user.assign": "Giao chỉ tiêu",
    "month.submit": "Gửi duyệt tháng",
    "month.approve": "Duyệt và khoá tháng",
    "month.reopen": "Mở lại tháng",
    "template.export": "Gửi danh mục chỉ tiêu của tỉnh",
    "template.adopt": "Áp dụng danh mục chỉ tiêu của tỉnh",
}

# Detail keys in words; anything else is shown under its own key.
_DETAIL_LABELS: dict[str, str] = {
    "old": "cũ", "new": "mới", "kind": "loại", "reason": "lý do", "role": "vai trò",
    "full_name": "họ tên", "active": "hoạt động", "codes": "chỉ tiêu", "attempts": "lần sai",
    "name": "tên", "code": "mã", "province": "tỉnh", "years": "giai đoạn", "indicators": "số chỉ tiêu",
    "status": "trạng thái", "added": "thêm", "removed": "bỏ", "changed": "sửa", "flags": "cảnh báo",
}
# Stored codes shown as the words officers use (figure kinds, roles, plan and month states).
_VALUE_WORDS: dict[str, str] = {
    "estimate": "ước thực hiện", "official": "chính thức", "draft": "nháp", "adopted": "đã thông qua",
    "five_year": "5 năm", "annual": "hằng năm", **{r.value: r.label for r in Role},
    **{m.value: m.label for m in MonthState},
}
_WORDED_KEYS = frozenset({"kind", "role", "status", "old", "new"})
# Internal bookkeeping that means nothing to an officer.
_HIDDEN_DETAILS = frozenset({"indicator_uid", "seq", "plan", "annual"})
#: A qualitative indicator's figure: 1 met, 0 not met (as the grid shows it).
_MET_WORDS = {"1": "Đạt", "0": "Chưa đạt"}


def action_label(action: str) -> str:
    """The Vietnamese description of ``action`` (the raw name for one not known here)."""
    return ACTION_LABELS.get(action, action)


@dataclass(frozen=True)
class AuditEvent:
    """One line of the audit trail, as plain data."""

    id: int
    at: datetime  # aware, UTC
    actor: str
    action: str
    entity: str
    entity_key: str
    details: dict[str, Any] = field(default_factory=dict)
    #: What the action was about, as a person reads it (indicator and month, plan title...).
    subject: str = ""
    #: The figures in the details are a qualitative indicator's (1 met, 0 not met).
    qualitative: bool = False

    @property
    def label(self) -> str:
        """The action in words."""
        return action_label(self.action)

    @property
    def subject_text(self) -> str:
        """What the action was about in words; the stored key when it names nothing known."""
        return self.subject or self.entity_key

    @property
    def details_text(self) -> str:
        """The details as ``key: value`` pairs in words, ``old → new`` for a change."""
        if self.qualitative:
            details = {k: (_MET_WORDS.get(str(v), v) if k in _FIGURE_KEYS else v) for k, v in self.details.items()}
            return describe_details(details)
        return describe_details(self.details)


def _plain(value: Any, key: str = "") -> str:
    if value in _MET_WORDS.values():
        return str(value)
    if key in _WORDED_KEYS and isinstance(value, str) and value in _VALUE_WORDS:
        return _VALUE_WORDS[value]
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value) or "—"
    if isinstance(value, dict) and set(value) == {"old", "new"}:
        return f"{_plain(value['old'], key)} → {_plain(value['new'], key)}"
    if isinstance(value, dict):
        return describe_details(value)
    if key in _FIGURE_KEYS and isinstance(value, str):
        return _figure(value)
    return str(value)


#: Detail keys holding a figure, stored as plain text (``1234.5``) and shown Vietnamese style.
_FIGURE_KEYS = frozenset({"old", "new"})


def _figure(text: str) -> str:
    """``1234.5`` as officers read it (``1.234,5``); other text unchanged."""
    try:
        return format_number(Decimal(text))
    except (InvalidOperation, ValueError):
        return text


def describe_details(details: dict[str, Any]) -> str:
    """``details`` in words: ``cũ → mới`` first when both are there, then ``key: value`` pairs."""
    shown = {k: v for k, v in details.items() if k not in _HIDDEN_DETAILS}
    parts: list[str] = []
    if "old" in shown and "new" in shown:
        parts.append(f"{_plain(shown.pop('old'), 'old')} → {_plain(shown.pop('new'), 'new')}")
    parts.extend(f"{_DETAIL_LABELS.get(k, k)}: {_plain(v, k)}" for k, v in shown.items())
    return "; ".join(parts)


def _details(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {"?": text}
    return data if isinstance(data, dict) else {"?": data}


def _text_filter(text: str) -> ColumnElement[bool]:
    """Rows whose user, key, details or action (by name or in words) contain ``text``."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    wanted = text.casefold()
    by_label = [a for a, label in ACTION_LABELS.items() if wanted in label.casefold()]
    conditions = [
        column.ilike(pattern, escape="\\")
        for column in (AuditRow.actor, AuditRow.entity_key, AuditRow.details, AuditRow.action)
    ]
    if by_label:
        conditions.append(AuditRow.action.in_(by_label))
    return or_(*conditions)


def audit_events(
    session: Session,
    *,
    limit: int,
    offset: int = 0,
    actor: str | None = None,
    action_prefix: str | Sequence[str] | None = None,
    text: str | None = None,
) -> list[AuditEvent]:
    """Audit events newest first, ``limit`` of them after skipping ``offset``, filtered.

    ``action_prefix`` ("value.", or several: ("plan.", "indicator.")) keeps the actions starting
    with it; ``text`` is searched case-insensitively in user, key, details and action.
    """
    query = select(AuditRow)
    if actor:
        query = query.where(AuditRow.actor == actor)
    if action_prefix:
        prefixes = [action_prefix] if isinstance(action_prefix, str) else list(action_prefix)
        query = query.where(or_(false(), *(AuditRow.action.startswith(p, autoescape=True) for p in prefixes)))
    if text and text.strip():
        query = query.where(_text_filter(text.strip()))
    query = query.order_by(AuditRow.at.desc(), AuditRow.id.desc()).offset(max(0, offset)).limit(max(0, limit))
    events = [
        AuditEvent(
            id=row.id, at=row.at, actor=row.actor, action=row.action, entity=row.entity,
            entity_key=row.entity_key, details=_details(row.details),
        )
        for row in session.scalars(query)
    ]
    return _described(session, events)


def _period_label(text: str) -> str:
    try:
        return Period.parse(text).label
    except ValueError:
        return text


def _described(session: Session, events: list[AuditEvent]) -> list[AuditEvent]:
    """The events with their subjects in words, read in three queries for the whole page."""
    from dataclasses import replace

    uids = {str(e.details.get("indicator_uid")) for e in events if e.entity == "value" and e.details.get("indicator_uid")}
    uids |= {e.entity_key for e in events if e.entity == "indicator"}
    indicators: dict[str, tuple[str, str, bool]] = {}
    if uids:
        qualitative = set(session.scalars(
            select(IndicatorRow.uid).join(TargetRow, TargetRow.indicator_id == IndicatorRow.id)
            .where(IndicatorRow.uid.in_(uids), TargetRow.kind == RuleKind.QUALITATIVE)
        ))
        for uid, code, name in session.execute(
            select(IndicatorRow.uid, IndicatorRow.code, IndicatorRow.name).where(IndicatorRow.uid.in_(uids))
        ):
            indicators[uid] = (code, name, uid in qualitative)
    plan_keys = {e.entity_key for e in events if e.entity == "plan"}
    plan_keys |= {e.entity_key.split("@")[0] for e in events if e.entity == "month"}
    plans: dict[str, str] = {}
    if plan_keys:
        ids = [int(k) for k in plan_keys if k.isdigit()]
        for pid, uid, title, start, end in session.execute(
            select(PlanRow.id, PlanRow.uid, PlanRow.title, PlanRow.start_year, PlanRow.end_year)
            .where(or_(PlanRow.uid.in_(plan_keys), PlanRow.id.in_(ids)))
        ):
            plans[uid] = plans[str(pid)] = title or f"Kế hoạch {start}-{end}"
    described = []
    for e in events:
        subject, qualitative_value = "", False
        if e.entity == "value":
            code, _, period = e.entity_key.partition("@")
            found = indicators.get(str(e.details.get("indicator_uid")))
            name = f"{code}. {found[1]}" if found else code
            subject = f"{name} — {_period_label(period)}" if period else name
            qualitative_value = bool(found and found[2])
        elif e.entity == "indicator" and e.entity_key in indicators:
            code, name, _q = indicators[e.entity_key]
            subject = f"{code}. {name}"
        elif e.entity == "month":
            plan, _, period = e.entity_key.partition("@")
            subject = _period_label(period) + (f" — {plans[plan]}" if plan in plans else "")
        elif e.entity == "plan" and e.entity_key in plans:
            subject = plans[e.entity_key]
        described.append(replace(e, subject=subject, qualitative=qualitative_value))
    return described


def audit_actors(session: Session) -> list[str]:
    """Every user name that appears in the trail, sorted."""
    return sorted(session.scalars(select(AuditRow.actor).distinct()))

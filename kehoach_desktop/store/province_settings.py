"""A province's own settings (``province_settings``, one row, migration 0010): the reporting deadline.

The day of the month by which communes must have reported the month before (default 25: the
province reports upward before the 25th). Read by the completeness matrix wherever no other day
is asked for; set by an administrator on the province's computer, audited.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from .operations import audit
from .schema import Installation, ProvinceSettingsRow
from .types import utcnow

#: The deadline when the province has not set one.
DEFAULT_DEADLINE_DAY = 25


def deadline_day(session: Session) -> int:
    """The stored deadline day, or the default when none is stored."""
    row = session.scalars(select(ProvinceSettingsRow).order_by(ProvinceSettingsRow.id)).first()
    return row.deadline_day if row is not None else DEFAULT_DEADLINE_DAY


def set_deadline_day(session: Session, installation_id: str, actor: str, day: int) -> tuple[int, int]:
    """Store ``day`` (1-31) as the province's deadline; (old, new). Only on a province's computer."""
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 31:
        raise UserError(
            f"Hạn nộp phải là một ngày trong tháng, từ 1 đến 31 (đang là {day}); tháng ngắn hơn thì hạn là ngày "
            "cuối tháng.", "day",
        )
    here = session.get(Installation, installation_id)
    if here is None or here.scope != "province":
        raise UserError(
            "Hạn nộp báo cáo là cài đặt của máy tổng hợp của tỉnh; máy này là máy của xã. "
            "Đặt máy làm máy của tỉnh bằng «kehoach province --db ... --name \"Tỉnh ...\"».", "day",
        )
    row = session.scalars(select(ProvinceSettingsRow).order_by(ProvinceSettingsRow.id)).first()
    old = row.deadline_day if row is not None else DEFAULT_DEADLINE_DAY
    if row is None:
        row = ProvinceSettingsRow(deadline_day=day, updated_by=actor, updated_at=utcnow())
        session.add(row)
    elif old == day:
        return old, day
    row.deadline_day, row.updated_by, row.updated_at = day, actor, utcnow()
    session.flush()
    audit(session, installation_id, actor, "province.deadline", "province", installation_id, old=old, new=day)
    return old, day

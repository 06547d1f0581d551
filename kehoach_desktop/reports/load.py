"""A report read from the database: the plan's data, its commune, settings and the officer's texts."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Commune
from ..domain.periods import Period
from ..store.queries import current_plan, groups, load_plan_data
from ..store.report_settings import report_settings, report_texts
from ..store.schema import CommuneRow
from .content import Report, build_report


def load_report(
    session: Session, period: Period, issued_on: date, plan_id: int | None = None, number_text: str | None = None
) -> Report:
    """The report on ``period`` of the plan to work on (or ``plan_id``), dated ``issued_on``.

    The number is the settings' next one unless given (``take_report_number`` counts it as used
    when the report is actually issued).
    """
    plan = current_plan(session, plan_id)
    data = load_plan_data(session, plan.id)
    if not data:
        raise UserError("Kế hoạch chưa có chỉ tiêu nào: chưa có gì để báo cáo.", "plan")
    row = session.get(CommuneRow, plan.commune_id)
    assert row is not None  # a plan always belongs to a commune (foreign key)
    commune = Commune(code=row.code, name=row.name, province=row.province)
    return build_report(
        data, groups(session, plan.id), commune, period, report_settings(session, row.id), issued_on,
        number_text=number_text, texts=report_texts(session, plan.id, period),
    )

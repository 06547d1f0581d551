"""Reading and saving a commune's report settings and the officers' own report texts.

Settings are one JSON document per commune (``domain.report_settings.ReportSettings``): new fields get
their defaults, a damaged document reads as the defaults. Section texts (tasks ahead, proposals)
are kept per plan, period and section so next month's report starts from a blank page, and the
same period's report keeps what was written.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.periods import Period
from ..domain.report_settings import ReportSettings, check
from .operations import audit
from .schema import CommuneRow, ReportSettingsRow, ReportTextRow
from .types import utcnow

#: The sections an officer writes: III. Nhiệm vụ trọng tâm, IV. Đề xuất, kiến nghị, and the
#: general assessment's own words (tồn tại, hạn chế) after the counts.
SECTIONS = ("tasks", "proposals", "assessment")
MAX_TEXT = 20_000


def _commune(session: Session, commune_id: int) -> CommuneRow:
    row = session.get(CommuneRow, commune_id)
    if row is None:
        raise UserError(f"Không có xã số {commune_id}.", "commune")
    return row


def report_settings(session: Session, commune_id: int) -> ReportSettings:
    """The commune's settings, or the defaults with the commune's own name where none are saved."""
    row = session.scalars(select(ReportSettingsRow).where(ReportSettingsRow.commune_id == commune_id)).first()
    if row is None:
        return ReportSettings()
    try:
        data = json.loads(row.settings or "{}")
    except ValueError:
        data = {}
    return ReportSettings.from_json(data if isinstance(data, dict) else {})


def save_report_settings(
    session: Session, installation_id: str, commune_id: int, settings: ReportSettings, actor: str
) -> ReportSettings:
    """Check and store the commune's settings; returns them as stored."""
    commune = _commune(session, commune_id)
    settings = check(settings)
    row = session.scalars(select(ReportSettingsRow).where(ReportSettingsRow.commune_id == commune_id)).first()
    if row is None:
        row = ReportSettingsRow(commune_id=commune_id)
        session.add(row)
    row.settings = json.dumps(settings.to_json(), ensure_ascii=False, sort_keys=True)
    row.updated_at = utcnow()
    audit(session, installation_id, actor, "report.settings", "commune", commune.code)
    return settings


def take_report_number(session: Session, installation_id: str, commune_id: int, actor: str) -> str:
    """The next report's number and symbol (``05/BC-UBND``), counting it as used."""
    settings = report_settings(session, commune_id)
    text = settings.number_text()
    save_report_settings(session, installation_id, commune_id,
                         replace(settings, next_number=min(settings.next_number + 1, 9999)), actor)
    return text


def report_texts(session: Session, plan_id: int, period: Period) -> dict[str, str]:
    """The officer's texts of each section for ``period`` ("" where none was written)."""
    rows = session.scalars(select(ReportTextRow).where(
        ReportTextRow.plan_id == plan_id, ReportTextRow.period == str(period)))
    found = {r.section: r.text for r in rows}
    return {s: found.get(s, "") for s in SECTIONS}


def save_report_text(
    session: Session, installation_id: str, plan_id: int, period: Period, section: str, text: str, actor: str
) -> None:
    """Keep the officer's text of one section of ``period``'s report."""
    if section not in SECTIONS:
        raise UserError(f"Không có mục «{section}» trong báo cáo.", "section")
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise UserError(f"Nội dung dài {len(text)} ký tự, vượt quá {MAX_TEXT} ký tự cho phép.", "text")
    row = session.scalars(select(ReportTextRow).where(
        ReportTextRow.plan_id == plan_id, ReportTextRow.period == str(period), ReportTextRow.section == section)).first()
    if row is None:
        row = ReportTextRow(plan_id=plan_id, period=str(period), section=section)
        session.add(row)
    if row.text == text:
        return
    row.text, row.updated_by, row.updated_at = text, actor, utcnow()
    audit(session, installation_id, actor, "report.text", "plan", str(plan_id), period=str(period), section=section)

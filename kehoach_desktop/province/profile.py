"""A commune's profile over time: each indicator of its plan across the months of a year.

For every month of the year, the commune's own report on that month (``reports.content.build_report``,
so ``evaluate``: the same figures, % of target and status words as its own report and the grid)
gives each indicator's month figure, year to date, % of the year's target and status. The
profile's summary columns are those of the latest month with a figure (``as_of``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Commune, Status
from ..domain.periods import Period
from ..domain.report_settings import ReportSettings
from ..reports.content import build_report
from ..store.queries import groups, load_plan_data
from .communes import ProvinceCommune, province_communes


@dataclass(frozen=True)
class ProfileMonth:
    """One indicator in one month: the month's figure, year to date, % of target, status."""

    month: int
    value: Decimal | None
    estimated: bool
    actual: Decimal | None
    percent_of_target: Decimal | None
    status: Status
    #: The status word, "" when nothing could be judged.
    status_label: str


@dataclass(frozen=True)
class ProfileRow:
    """One indicator of the commune's plan over the twelve months."""

    stt: str
    code: str
    name: str
    unit: str
    level: int
    target_text: str
    qualitative: bool
    months: tuple[ProfileMonth, ...]

    def at(self, month: int) -> ProfileMonth | None:
        """The indicator in ``month`` (1-12); None for 0 (no month has a figure)."""
        return self.months[month - 1] if 1 <= month <= len(self.months) else None


@dataclass(frozen=True)
class Profile:
    """A commune's indicators over the months of ``year``."""

    commune: ProvinceCommune
    year: int
    #: The latest month of the year with any figure, 0 when none has one.
    as_of: int
    rows: tuple[ProfileRow, ...]


def build_profile(session: Session, code: str, year: int) -> Profile:
    """The profile of the commune with ``code`` for ``year``; a clear refusal when there is none."""
    code = (code or "").strip()
    if not 2000 <= year <= 2100:
        raise UserError(f"Năm phải trong khoảng 2000-2100 (đang là {year}).", "year")
    communes = province_communes(session)
    commune = next((c for c in communes if c.code == code), None)
    if commune is None:
        raise UserError(f"Không có xã mã «{code}» trong máy này. Xem mã các xã bằng «kehoach province communes list "
                        "--db ...».", "commune")
    data = load_plan_data(session, commune.plan_id) if commune.plan_id is not None else []
    if not data:
        raise UserError(f"Chưa nhận số liệu của {commune.name} (mã {code}): chưa có hồ sơ để xem.", "commune")
    plan_groups = groups(session, commune.plan_id) if commune.plan_id is not None else []
    place = Commune(code=commune.code, name=commune.name, province=commune.province)
    today = date.today()
    reports = [build_report(data, plan_groups, place, Period(year, m), ReportSettings(), today) for m in range(1, 13)]
    rows = []
    for i, first in enumerate(reports[0].rows):
        months = tuple(
            ProfileMonth(m, r.period_value, r.estimated, r.actual, r.percent_of_target, r.evaluation.status, r.status)
            for m, r in ((m, reports[m - 1].rows[i]) for m in range(1, 13))
        )
        rows.append(ProfileRow(first.stt, first.code, first.name, first.unit, first.level, reports[-1].rows[i].target_text,
                               first.qualitative, months))
    as_of = max((v.month for d in data for v in d.values if v.year == year and v.value is not None), default=0)
    return Profile(commune, year, as_of, tuple(rows))


def profile_json(profile: Profile) -> dict[str, object]:
    """The profile as JSON-ready data (figures as exact decimal strings)."""
    def num(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "commune": {"code": profile.commune.code, "name": profile.commune.name},
        "year": profile.year,
        "as_of_month": profile.as_of or None,
        "indicators": [
            {
                "stt": row.stt, "code": row.code, "name": row.name, "unit": row.unit, "target": row.target_text,
                "months": [
                    {"month": m.month, "value": num(m.value), "estimate": m.estimated, "year_to_date": num(m.actual),
                     "percent_of_target": num(m.percent_of_target), "status": m.status.value,
                     "status_label": m.status_label}
                    for m in row.months
                ],
            }
            for row in profile.rows
        ],
    }


__all__ = ["Profile", "ProfileMonth", "ProfileRow", "build_profile", "profile_json"]

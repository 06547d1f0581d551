"""A commune's report settings: who issues the report, its number, who signs, who receives it.

Plain data with Vietnamese defaults; the store keeps one set per commune (``store/report_settings``)
and checks every field with ``check`` before saving.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from .errors import UserError
from .periods import Period

#: The longest text a settings field may hold (a line of a document header).
MAX_FIELD = 200
MAX_RECIPIENTS = 20
_NUMBER_RE = re.compile(r"\{so\}")


@dataclass(frozen=True)
class ReportSettings:
    """What a commune's reports say about their issuer, number, signer and recipients."""

    #: The parent body, top left (``UBND TỈNH LẠNG SƠN``); empty when not configured.
    parent_body: str = ""
    #: The issuing body's second line under ``ỦY BAN NHÂN DÂN`` (``XÃ NA DƯƠNG``); empty: the commune's name.
    issuing_body: str = ""
    #: The number and symbol: ``{so}`` is the number, written with a leading zero below 10.
    number_pattern: str = "{so}/BC-UBND"
    #: The next report's number (the first report of the year is 01).
    next_number: int = 1
    #: The place in the date line (``Na Dương, ngày 05 tháng 01 năm 2027``); empty: the commune's name.
    place: str = ""
    #: Kính gửi: the body a report goes up to (``Sở Tài chính tỉnh Lạng Sơn``); empty: none.
    addressee: str = ""
    #: The signature block: ``TM. ỦY BAN NHÂN DÂN`` over ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH`` and a name.
    signer_authority: str = "TM. ỦY BAN NHÂN DÂN"
    signer_deputy: str = "KT. CHỦ TỊCH"
    signer_title: str = "PHÓ CHỦ TỊCH"
    signer_name: str = ""
    #: Nơi nhận, one line each (``Như trên;``); ``Lưu: VT`` closes the list.
    recipients: tuple[str, ...] = field(default=("Như trên;", "TT Đảng ủy, HĐND xã;", "Lãnh đạo UBND xã;"))
    archive: str = "Lưu: VT."
    #: 0: calendar months (statistical reports); 15: the month runs from the 15th to the 14th
    #: (administrative reports, Decree 09/2019).
    cutoff_day: int = 0

    def number_text(self, number: int | None = None) -> str:
        """The number and symbol for ``number`` (default: the next one): ``05/BC-UBND``."""
        n = self.next_number if number is None else number
        return _NUMBER_RE.sub(f"{n:02d}", self.number_pattern)

    def covered_dates(self, period: Period) -> tuple[date, date]:
        """The first and last day the report on ``period`` covers, with the cut-off day applied."""
        first = date(period.year, period.first_month, 1)
        last_month = date(period.year, period.month, 1)
        end = (last_month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if not self.cutoff_day:
            return first, end
        start = (first - timedelta(days=1)).replace(day=self.cutoff_day)
        return start, last_month.replace(day=self.cutoff_day - 1)

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON-ready data."""
        data = asdict(self)
        data["recipients"] = list(self.recipients)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportSettings:
        """Settings read back; unknown keys are ignored, wrong types fall back to the default."""
        defaults = cls()
        kept: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name, getattr(defaults, f.name))
            default = getattr(defaults, f.name)
            if isinstance(default, tuple):
                value = tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else default
            elif not isinstance(value, type(default)) or isinstance(value, bool):
                value = default
            kept[f.name] = value
        return cls(**kept)


def check(settings: ReportSettings) -> ReportSettings:
    """The settings trimmed; UserError naming the field when one is unusable."""
    names = {
        "parent_body": "Cơ quan chủ quản", "issuing_body": "Cơ quan ban hành", "number_pattern": "Số, ký hiệu",
        "place": "Địa danh", "addressee": "Kính gửi", "signer_authority": "Thẩm quyền ký",
        "signer_deputy": "Ký thay", "signer_title": "Chức vụ người ký", "signer_name": "Họ tên người ký",
        "archive": "Lưu",
    }
    trimmed: dict[str, Any] = {}
    for key, label in names.items():
        text = " ".join(str(getattr(settings, key)).split())
        if len(text) > MAX_FIELD:
            raise UserError(f"{label} dài {len(text)} ký tự, vượt quá {MAX_FIELD} ký tự cho phép.", key)
        trimmed[key] = text
    if "{so}" not in trimmed["number_pattern"]:
        raise UserError("Số, ký hiệu phải có chỗ cho số báo cáo «{so}», ví dụ {so}/BC-UBND.", "number_pattern")
    if not 1 <= settings.next_number <= 9999:
        raise UserError("Số báo cáo tiếp theo phải từ 1 đến 9999.", "next_number")
    if settings.cutoff_day not in (0, 15):
        raise UserError(
            "Ngày chốt số liệu chỉ có thể là theo tháng dương lịch (0) hoặc từ ngày 15 tháng trước "
            "đến ngày 14 tháng này (15).", "cutoff_day",
        )
    recipients = tuple(" ".join(r.split()) for r in settings.recipients if r.strip())
    if len(recipients) > MAX_RECIPIENTS or any(len(r) > MAX_FIELD for r in recipients):
        raise UserError(f"Nơi nhận có tối đa {MAX_RECIPIENTS} dòng, mỗi dòng {MAX_FIELD} ký tự.", "recipients")
    return ReportSettings(**trimmed, recipients=recipients, next_number=settings.next_number,
                          cutoff_day=settings.cutoff_day)

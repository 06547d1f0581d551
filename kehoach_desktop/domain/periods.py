"""Reporting periods as officers write them: a month, a quarter, a half-year, nine months, a year.

A period is a run of calendar months (statistical months) of one year, named by its last month
and its length: ``Period(2026, 9)`` is September, ``Period(2026, 9, 3)`` the third quarter,
``Period(2026, 9, 9)`` the first nine months and ``Period(2026, 12, 12)`` the year. Figures are
recorded per month; every other period is read from its months (see ``evaluation``).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from .errors import UserError

MIN_YEAR = 1990
MAX_YEAR = 2100

_ROMAN = ("I", "II", "III", "IV")


class PeriodError(UserError):
    """A period written in a form that is not one we know; the message is Vietnamese."""


class PeriodKind(str, enum.Enum):
    """The kinds of period officers report on."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"


# (last month, span) -> kind; anything else is not a reporting period.
def _kind(month: int, span: int) -> PeriodKind | None:
    if span == 1:
        return PeriodKind.MONTH
    if span == 3 and month % 3 == 0:
        return PeriodKind.QUARTER
    if span == 6 and month in (6, 12):
        return PeriodKind.HALF
    if span == 9 and month == 9:
        return PeriodKind.NINE_MONTHS
    if span == 12 and month == 12:
        return PeriodKind.YEAR
    return None


# Patterns, not compiled ones: compiling them all cost 3 ms of the app's start, and the first
# ``re.match`` compiles each into ``re``'s own cache.
_MONTH_RE = r"^(\d{4})\s*[-/.]\s*(\d{1,2})$"
_MONTH_VN_RE = r"^(?:tháng\s*|t\s*)?(\d{1,2})\s*[-/.]\s*(\d{4})$"
_YEAR_RE = r"^(?:năm\s*)?(\d{4})$"
# 2026-Q3, 2026-H1, 2026-M9 and the same letter first: Q3/2026, Q3-2026.
_CODE_RE = r"^(\d{4})\s*[-/.]?\s*([qhm])\s*(\d{1,2})$"
_CODE_FIRST_RE = r"^([qhm])\s*(\d{1,2})\s*[-/.]\s*(\d{4})$"
# Quý III/2026, quý 3 năm 2026.
_QUARTER_VN_RE = r"^quý\s*(i{1,3}|iv|[1-4])\s*(?:[-/.]|năm)?\s*(\d{4})$"
_ROMAN_NUM = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# The product's own labels read back: "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "9 tháng năm 2026".
_SPAN_VN_RE = r"^(6|9) tháng(?: (đầu|cuối))?(?: năm)? (\d{4})$"


@dataclass(frozen=True, order=True)
class Period:
    """A run of ``span`` calendar months of ``year`` ending with ``month`` (a month by default)."""

    year: int
    month: int
    span: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise PeriodError(f"Tháng {self.month} không hợp lệ: tháng phải từ 1 đến 12.")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(
                f"Năm {self.year} không hợp lệ: năm phải từ {MIN_YEAR} đến {MAX_YEAR}."
            )
        if _kind(self.month, self.span) is None:
            raise PeriodError(
                f"Không có kỳ báo cáo {self.span} tháng kết thúc ở tháng {self.month}: hãy dùng tháng, "
                "quý, 6 tháng, 9 tháng hoặc năm."
            )

    # ------------------------------------------------------------------ constructors

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        """Quarter ``number`` (1-4) of ``year``."""
        if not 1 <= number <= 4:
            raise PeriodError(f"Quý {number} không hợp lệ: quý phải từ 1 đến 4.")
        return cls(year, number * 3, 3)

    @classmethod
    def half(cls, year: int, number: int) -> Period:
        """The first (1) or last (2) six months of ``year``."""
        if number not in (1, 2):
            raise PeriodError(f"Nửa năm {number} không hợp lệ: chỉ có 6 tháng đầu năm (H1) và 6 tháng cuối năm (H2).")
        return cls(year, number * 6, 6)

    @classmethod
    def nine_months(cls, year: int) -> Period:
        """January to September of ``year``."""
        return cls(year, 9, 9)

    @classmethod
    def whole_year(cls, year: int) -> Period:
        """The whole of ``year``."""
        return cls(year, 12, 12)

    @classmethod
    def of_kind(cls, kind: PeriodKind, year: int, month: int) -> Period:
        """The period of ``kind`` in ``year`` that contains ``month`` (the one ending with it for 9 months)."""
        if kind is PeriodKind.MONTH:
            return cls(year, month)
        if kind is PeriodKind.QUARTER:
            return cls.quarter(year, (month - 1) // 3 + 1)
        if kind is PeriodKind.HALF:
            return cls.half(year, 1 if month <= 6 else 2)
        if kind is PeriodKind.NINE_MONTHS:
            return cls.nine_months(year)
        return cls.whole_year(year)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``2026-09`` (or ``09/2026``), ``2026-Q3`` (``Quý III/2026``), ``2026-H1``, ``2026-M9``, ``2026``."""
        t = " ".join((text or "").strip().lower().split())
        if match := re.match(_MONTH_RE, t):
            return cls(int(match.group(1)), int(match.group(2)))
        if match := re.match(_MONTH_VN_RE, t):
            return cls(int(match.group(2)), int(match.group(1)))
        if match := re.match(_YEAR_RE, t):
            return cls.whole_year(int(match.group(1)))
        if match := re.match(_SPAN_VN_RE, t):
            span, part, year = int(match.group(1)), match.group(2), int(match.group(3))
            if span == 9 and part is None:
                return cls.nine_months(year)
            if span == 6:
                return cls.half(year, 2 if part == "cuối" else 1)
        code: tuple[str, int, int] | None = None
        if match := re.match(_CODE_RE, t):
            code = (match.group(2), int(match.group(3)), int(match.group(1)))
        elif match := re.match(_CODE_FIRST_RE, t):
            code = (match.group(1), int(match.group(2)), int(match.group(3)))
        elif match := re.match(_QUARTER_VN_RE, t):
            number = match.group(1)
            code = ("q", _ROMAN_NUM.get(number) or int(number), int(match.group(2)))
        if code is not None:
            letter, number, year = code
            if letter == "q":
                return cls.quarter(year, number)
            if letter == "h":
                return cls.half(year, number)
            if number in (6, 9, 12):
                return cls(year, number, number)
            raise PeriodError(
                f'Kỳ "{text}" không hợp lệ: lũy kế chỉ có M6 (6 tháng đầu năm), M9 (9 tháng) và M12 (cả năm).'
            )
        raise PeriodError(
            f'Kỳ "{text}" không đúng dạng: hãy ghi tháng 2026-09, quý 2026-Q3, 6 tháng 2026-H1, '
            "9 tháng 2026-M9 hoặc năm 2026."
        )

    # ------------------------------------------------------------------ reading

    @property
    def kind(self) -> PeriodKind:
        """Month, quarter, half-year, nine months or year."""
        kind = _kind(self.month, self.span)
        assert kind is not None  # checked in __post_init__
        return kind

    @property
    def is_month(self) -> bool:
        """True for a single calendar month (the only period figures are recorded for)."""
        return self.span == 1

    @property
    def first_month(self) -> int:
        """The first calendar month the period covers."""
        return self.month - self.span + 1

    @property
    def months(self) -> range:
        """The calendar months the period covers."""
        return range(self.first_month, self.month + 1)

    def __str__(self) -> str:
        kind = self.kind
        if kind is PeriodKind.MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        if kind is PeriodKind.QUARTER:
            return f"{self.year:04d}-Q{self.month // 3}"
        if kind is PeriodKind.HALF:
            return f"{self.year:04d}-H{self.month // 6}"
        if kind is PeriodKind.NINE_MONTHS:
            return f"{self.year:04d}-M9"
        return f"{self.year:04d}"

    @property
    def label(self) -> str:
        """Vietnamese label: ``Tháng 09/2026``, ``Quý III/2026``, ``6 tháng đầu năm 2026``, ``Năm 2026``."""
        kind = self.kind
        if kind is PeriodKind.MONTH:
            return f"Tháng {self.month:02d}/{self.year}"
        if kind is PeriodKind.QUARTER:
            return f"Quý {_ROMAN[self.month // 3 - 1]}/{self.year}"
        if kind is PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.month == 6 else 'cuối'} năm {self.year}"
        if kind is PeriodKind.NINE_MONTHS:
            return f"9 tháng năm {self.year}"
        return f"Năm {self.year}"

    @property
    def words(self) -> str:
        """The period inside a sentence about its own year: ``tháng 9``, ``quý III``, ``6 tháng đầu
        năm``, ``9 tháng``, ``năm 2026``."""
        kind = self.kind
        if kind is PeriodKind.MONTH:
            return f"tháng {self.month}"
        if kind is PeriodKind.QUARTER:
            return f"quý {_ROMAN[self.month // 3 - 1]}"
        if kind is PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.month == 6 else 'cuối'} năm"
        if kind is PeriodKind.NINE_MONTHS:
            return "9 tháng"
        return f"năm {self.year}"

    @property
    def phrase(self) -> str:
        """The period as a report's text names it: ``tháng 9 năm 2026``, ``quý III năm 2026``,
        ``6 tháng đầu năm 2026``, ``9 tháng năm 2026``, ``năm 2026``."""
        if self.kind is PeriodKind.YEAR:
            return self.words
        if self.kind is PeriodKind.HALF:
            return f"{self.words} {self.year}"
        return f"{self.words} năm {self.year}"

    def next(self) -> Period:
        """The period of the same kind just after (next year's for nine months and the year)."""
        if self.kind in (PeriodKind.NINE_MONTHS, PeriodKind.YEAR):
            return Period(self.year + 1, self.month, self.span)
        if self.month + self.span <= 12:
            return Period(self.year, self.month + self.span, self.span)
        return Period(self.year + 1, self.span, self.span)

    def previous(self) -> Period:
        """The period of the same kind just before (last year's for nine months and the year)."""
        kind = self.kind
        if kind in (PeriodKind.NINE_MONTHS, PeriodKind.YEAR):
            return Period(self.year - 1, self.month, self.span)
        if self.month > self.span:
            return Period(self.year, self.month - self.span, self.span)
        return Period(self.year - 1, 12, self.span)

    def same_period_last_year(self) -> Period:
        """The same months one year earlier (cùng kỳ)."""
        return Period(self.year - 1, self.month, self.span)

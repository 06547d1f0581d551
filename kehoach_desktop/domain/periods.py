"""Calendar months (statistical months), read as officers write them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import UserError

_PERIOD_RE = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*$")
_PERIOD_VN_RE = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")

MIN_YEAR = 1990
MAX_YEAR = 2100


class PeriodError(UserError):
    """A period written in a form that is not a calendar month; the message is Vietnamese."""


@dataclass(frozen=True, order=True)
class Period:
    """One statistical month (a calendar month)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise PeriodError(f"Tháng {self.month} không hợp lệ: tháng phải từ 1 đến 12.")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(
                f"Năm {self.year} không hợp lệ: năm phải từ {MIN_YEAR} đến {MAX_YEAR}."
            )

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``2026-09`` (also ``2026/9``, or ``09/2026`` as officers write it)."""
        match = _PERIOD_RE.match(text or "")
        if match:
            return cls(int(match.group(1)), int(match.group(2)))
        match = _PERIOD_VN_RE.match(text or "")
        if match:
            return cls(int(match.group(2)), int(match.group(1)))
        raise PeriodError(
            f'Kỳ "{text}" không đúng dạng: hãy ghi năm-tháng, ví dụ 2026-09 (tháng 9 năm 2026).'
        )

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        """Vietnamese label: ``Tháng 09/2026``."""
        return f"Tháng {self.month:02d}/{self.year}"

    def previous(self) -> Period:
        """The month before."""
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

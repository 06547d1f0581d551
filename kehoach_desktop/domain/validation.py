"""Checks on a figure before it is saved: hard errors, and doubts a person must confirm."""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .bounds import figure_problem
from .model import Indicator, MonthlyValue
from .numbers import NumberError, format_number, parse_number

#: A figure further than this many times the usual spread from the indicator's history is odd.
OUTLIER_FACTOR = Decimal(5)
#: ...unless it is within this share of the same month last year (a seasonal figure).
SEASONAL_TOLERANCE = Decimal("0.5")


class Severity(str, enum.Enum):
    """An error refuses the figure; a warning asks the officer to confirm it."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong or doubtful about an entered figure, said in Vietnamese."""

    severity: Severity
    code: str
    message: str


def parse_entry(text: str) -> tuple[Decimal | None, list[Problem]]:
    """Read what an officer typed into a value cell: a number, or empty to clear it."""
    if not text or not text.strip():
        return None, []
    try:
        parsed = parse_number(text)
    except NumberError as exc:
        return None, [Problem(Severity.ERROR, "not_a_number", str(exc))]
    if parsed.ambiguous:
        return parsed.value, [
            Problem(
                Severity.ERROR,
                "ambiguous_number",
                f'Số "{text.strip()}" không rõ nghĩa: có thể là {format_number(parsed.value)} '
                f"hoặc {format_number(parsed.alternative)}. Hãy ghi rõ, ví dụ "
                f"{format_number(parsed.alternative, group=False)} (số nguyên) hoặc "
                f"{format_number(parsed.value)}0 (số thập phân).",
            )
        ]
    too_big = figure_problem(parsed.value)
    if too_big is not None:
        return None, [Problem(Severity.ERROR, "out_of_bounds", f'Số "{text.strip()}" {too_big}.')]
    return parsed.value, []


def check_value(
    indicator: Indicator,
    value: Decimal | None,
    history: Iterable[MonthlyValue] = (),
    qualitative: bool = False,
    cell: tuple[int, int] | None = None,
) -> list[Problem]:
    """Problems with saving ``value`` for ``indicator`` in month ``cell`` (year, month)."""
    if value is None:
        return []
    too_big = figure_problem(value)
    if too_big is not None:  # an error, never a warning: --force cannot store it
        return [Problem(Severity.ERROR, "out_of_bounds", f"Số {value} {too_big}.")]
    problems: list[Problem] = []
    if qualitative and value not in (Decimal(0), Decimal(1)):
        problems.append(
            Problem(
                Severity.ERROR,
                "qualitative",
                f"Chỉ tiêu «{indicator.name}» chỉ ghi Đạt (1) hoặc Không đạt (0).",
            )
        )
        return problems
    if indicator.is_percent and value > 100:
        problems.append(
            Problem(
                Severity.WARNING,
                "percent_over_100",
                f"Tỷ lệ {format_number(value)}% lớn hơn 100%. Hãy kiểm tra lại: "
                "tỷ lệ phần trăm thường từ 0 đến 100.",
            )
        )
    if value < 0:
        what = "Số đếm" if indicator.is_count else "Giá trị"
        problems.append(
            Problem(
                Severity.WARNING,
                "negative",
                f"{what} âm ({format_number(value)} {indicator.unit}) là bất thường "
                "đối với chỉ tiêu này. Hãy kiểm tra lại.",
            )
        )
    elif indicator.is_count and value != value.to_integral_value():
        problems.append(
            Problem(
                Severity.WARNING,
                "fractional_count",
                f"Đơn vị «{indicator.unit}» là số đếm nhưng giá trị {format_number(value)} "
                "có phần thập phân. Hãy kiểm tra lại.",
            )
        )
    outlier = _outlier(value, cell, history)
    if outlier is not None:
        problems.append(outlier)
    return problems


def _outlier(value: Decimal, cell: tuple[int, int] | None, history: Iterable[MonthlyValue]) -> Problem | None:
    """A figure far from the indicator's usual figures (median absolute deviation).

    Seasonal figures (a harvest month, the Tết tourist peak) are far from the median by nature:
    a figure close to the same month of last year is not questioned.
    """
    known = [(v, v.value) for v in history if v.value is not None]
    past = [figure for _, figure in known]
    if len(past) < 4:
        return None
    median = statistics.median(past)
    spread = max(statistics.median([abs(v - median) for v in past]), abs(median) * Decimal("0.1"))
    if spread == 0 or abs(value - median) <= OUTLIER_FACTOR * spread:
        return None
    if cell is not None:
        last_year = next((figure for v, figure in known if (v.year, v.month) == (cell[0] - 1, cell[1])), None)
        if last_year is not None and abs(value - last_year) <= abs(last_year) * SEASONAL_TOLERANCE:
            return None
    return Problem(
        Severity.WARNING,
        "outlier",
        f"Giá trị {format_number(value)} khác xa các tháng trước (thường khoảng "
        f"{format_number(median)}). Hãy kiểm tra lại trước khi lưu.",
    )


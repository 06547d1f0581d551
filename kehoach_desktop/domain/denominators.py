"""A rate's denominator: which indicators may have one, what a valid one is, and the weighted total.

DOMAIN.md, "Adding up communes": a rate or share is recomputed from its numerator and
denominator summed over communes (poverty rate = poor households / all households), never
averaged. A commune states the denominator of such an indicator (``Tổng số hộ``, unit ``hộ``)
once a year; the province then adds up Σ(rate × denominator) / Σ denominator.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .bounds import figure_problem, name_problem
from .errors import UserError
from .model import COUNT_UNITS, Indicator
from .numbers import format_number, to_plain

#: Per-person and per-hectare figures (thu nhập bình quân đầu người, tạ/ha): averages of a whole.
PER_RE = re.compile(r"đầu người|/\s*người|/\s*hộ|năng suất|trên\s+(?:1|một)\s+ha|/\s*ha\b", re.IGNORECASE)
#: A denominator's label ("Tổng số hộ") and unit ("hộ"): the columns' sizes (store/schema.py).
MAX_LABEL = 200
MAX_UNIT = 100
#: Decimals of a recomputed rate or average: the same cent as "% KH" (``domain.targets``).
_CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def is_rate(indicator: Indicator) -> bool:
    """True for a rate or share in per cent."""
    return indicator.is_percent


def is_average(indicator: Indicator) -> bool:
    """True for a per-person or per-hectare figure (an average of a whole over a denominator)."""
    return bool(PER_RE.search(indicator.unit) or PER_RE.search(indicator.name))


def may_have_denominator(indicator: Indicator) -> bool:
    """Only a rate or an average has a denominator; a flow or a stock is summed as it is."""
    return is_rate(indicator) or is_average(indicator)


def check_label(label: str, what: str = "Tên mẫu số") -> str:
    """The label (or unit) trimmed, or UserError saying what is wrong with it."""
    text = " ".join((label or "").split())
    limit = MAX_LABEL if what == "Tên mẫu số" else MAX_UNIT
    problem = name_problem(text, limit)
    if problem is not None:
        example = "«Tổng số hộ»" if what == "Tên mẫu số" else "«hộ» hoặc «người»"
        raise UserError(f"{what} {problem}; hãy ghi ví dụ {example}.", "label" if what == "Tên mẫu số" else "unit")
    return text


def check_value(value: Decimal, unit: str) -> Decimal:
    """A denominator's figure: positive, within the bounds of every figure, whole for a count."""
    problem = figure_problem(value)
    if problem is not None:
        raise UserError(f"Mẫu số {to_plain(value) if value.is_finite() else value} {problem}.", "value")
    if value <= 0:
        raise UserError(
            f"Mẫu số phải lớn hơn 0 (đang là {format_number(value)}): đó là tổng số (hộ, người...) mà tỷ lệ "
            "tính trên đó.", "value",
        )
    if unit.strip().lower() in COUNT_UNITS and value != value.to_integral_value():
        raise UserError(f"Mẫu số tính bằng {unit} phải là số nguyên (đang là {format_number(value)}).", "value")
    return value


def numerator(value: Decimal, denominator: Decimal, percent: bool) -> Decimal:
    """The part a rate (in per cent) or an average is of its denominator, exactly."""
    return value * denominator / HUNDRED if percent else value * denominator


def recomputed(numerators: Decimal, denominators: Decimal, percent: bool) -> Decimal:
    """Σ numerator / Σ denominator as a rate (per cent) or an average, to the cent (half up)."""
    ratio = numerators * HUNDRED / denominators if percent else numerators / denominators
    return ratio.quantize(_CENT, rounding=ROUND_HALF_UP)

"""Reading an indicator's monthly values: year to date, latest level, a year's total."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .model import Aggregation, MonthlyValue


def months_of(values: Iterable[MonthlyValue], year: int, last_month: int = 12) -> dict[int, Decimal]:
    """The recorded figures of ``year`` up to ``last_month``, by month (empty cells left out)."""
    return {
        v.month: v.value
        for v in values
        if v.year == year and v.month <= last_month and v.value is not None
    }


def to_date(
    values: Iterable[MonthlyValue], year: int, month: int, aggregation: Aggregation
) -> tuple[Decimal | None, int | None]:
    """The year-to-date result through ``month`` and the last month that has a figure.

    A flow sums its months; a stock takes its latest figure. ``(None, None)`` without data.
    """
    months = months_of(values, year, month)
    if not months:
        return None, None
    last = max(months)
    if aggregation is Aggregation.FLOW:
        return sum(months.values(), Decimal(0)), last
    return months[last], last


def year_level(values: Iterable[MonthlyValue], year: int, aggregation: Aggregation) -> Decimal | None:
    """A whole year's result from recorded months: a flow needs all twelve, a stock its latest."""
    months = months_of(values, year)
    if not months:
        return None
    if aggregation is Aggregation.FLOW:
        return sum(months.values(), Decimal(0)) if len(months) == 12 else None
    return months[max(months)]


def plan_total(
    values: Iterable[MonthlyValue], first_year: int, year: int, month: int
) -> Decimal | None:
    """The sum of every figure from January of ``first_year`` through ``year``-``month``."""
    picked = [
        v.value
        for v in values
        if v.value is not None and first_year <= v.year and (v.year, v.month) <= (year, month)
    ]
    return sum(picked, Decimal(0)) if picked else None


def over_months(
    months: dict[int, Decimal], picked: tuple[int, ...], aggregation: Aggregation
) -> Decimal | None:
    """A stretch's figure from ``months``: a flow sums the picked months, a stock takes the latest."""
    present = [m for m in picked if m in months]
    if not present:
        return None
    if aggregation is Aggregation.FLOW:
        return sum((months[m] for m in present), Decimal(0))
    return months[max(present)]

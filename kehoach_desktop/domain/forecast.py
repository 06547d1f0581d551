"""The year-end estimate (ước cả năm) of an indicator, and the path to the plan's final target.

Flows follow last year's seasonal pattern when last year is complete, stocks their trend since the
start of the year; a handful of events a year is never extrapolated. docs/evaluation.md explains
each rule with the officer's reasoning.
"""

from __future__ import annotations

from decimal import Decimal

from .model import Aggregation, Direction, Indicator, IndicatorData
from .periods import Period
from .series import months_of
from .targets import HUNDRED, baseline

#: A count target of at most this many a year (cooperatives, accidents) is judged on time elapsed.
SMALL_COUNT = Decimal(5)
#: Below this share of last year's total by the same month, last year's pattern says too little
#: to scale this year's figure by; the rest of last year is added instead.
_MIN_SEASON_SHARE = Decimal("0.10")


def small_count_start(
    data: IndicatorData, aggregation: Aggregation, year: int, meet: Decimal, direction: Direction
) -> Decimal | None:
    """Where the year's task starts when it is a handful of whole things, else None.

    A flow of whole things whose year's target is at most ``SMALL_COUNT`` (a cooperative, four
    accidents) starts from 0. A stock counted in tens, not hundreds (OCOP products, rural criteria,
    villages), whose target is at most ``SMALL_COUNT`` better than last year's level starts from
    that level. Such tasks move one event at a time: judged on time elapsed, never extrapolated.
    """
    if not data.indicator.is_count:
        return None
    if aggregation is Aggregation.FLOW:
        return Decimal(0) if 0 <= meet <= SMALL_COUNT else None
    if meet > SMALL_COUNT * 10:
        return None
    start = baseline(data, year - 1)
    if start is None:
        first = months_of(data.values, year)
        start = first[min(first)] if first else None
    if start is None:
        return None
    gap = meet - start if direction is Direction.HIGHER else start - meet
    return start if 0 < gap <= SMALL_COUNT else None


def forecast_flow(
    data: IndicatorData, year: int, ytd: Decimal, last: int, months: tuple[int, ...]
) -> Decimal | None:
    """Year-end total of a flow from ``ytd``, the sum of ``months`` (those with a figure).

    Last year complete: this year's figure scaled by last year's share over the same months, or,
    where last year had (almost) nothing in them (a harvest not yet in), this year's figure plus
    the rest of last year. Otherwise the run rate of the months recorded. A month left empty is
    not a zero: it is simply not counted. None when a zero so far says nothing (no figure yet and
    no pattern to go by).
    """
    if len(months) == 12:
        return ytd
    ly = months_of(data.values, year - 1)
    if len(ly) == 12:
        ly_total = sum(ly.values(), Decimal(0))
        ly_same = sum((ly[m] for m in months), Decimal(0))
        if ly_total > 0:
            if ly_same >= ly_total * _MIN_SEASON_SHARE:
                return ytd * ly_total / ly_same
            return ytd + (ly_total - ly_same)
    if ytd == 0 or not months:
        return None
    return ytd * 12 / len(months)


def forecast_stock(data: IndicatorData, year: int, month: int, level: Decimal, last: int) -> Decimal:
    """Year-end level of a stock: the trend since the start of the year carried on to December."""
    ind = data.indicator
    this_year = months_of(data.values, year, month)
    start: tuple[int, Decimal] | None = None
    previous = baseline(data, year - 1)
    if previous is not None:
        start = (0, previous)
    elif len(this_year) > 1:
        first = min(this_year)
        start = (first, this_year[first])
    if start is None or last == 12 or last <= start[0]:
        return level
    slope = (level - start[1]) / Decimal(last - start[0])
    forecast = level + slope * (12 - last)
    return _bounded(ind, level, forecast)


def _bounded(ind: Indicator, level: Decimal, forecast: Decimal) -> Decimal:
    if ind.is_percent:
        return min(max(forecast, Decimal(0)), HUNDRED)
    if level >= 0:
        return max(forecast, Decimal(0))
    return forecast


def path_projection(data: IndicatorData, period: Period, level: Decimal) -> Decimal | None:
    """The level at the plan's end if the trend since the plan's first figure goes on.

    Used only when a year has no target of its own. A stock needs two figures at least a quarter
    apart inside the plan; a flow needs a complete earlier year of the plan to compare with. None
    when the figures cannot tell.
    """
    plan = data.plan
    end = plan.end_year
    ind = data.indicator
    if ind.aggregation is Aggregation.FLOW:
        earlier = [
            (y, sum(months_of(data.values, y).values(), Decimal(0)))
            for y in range(plan.start_year, period.year)
            if len(months_of(data.values, y)) == 12
        ]
        if not earlier:
            return None
        first_year, first_total = earlier[0]
        steps = period.year - first_year
        yearly = (level - first_total) / steps
        return _bounded(ind, level, level + yearly * (end - period.year))
    points = sorted(
        (v.year * 12 + v.month, v.value)
        for v in data.values
        if v.value is not None and v.year >= plan.start_year
        and (v.year, v.month) <= (period.year, period.month)
    )
    if len(points) < 2 or points[-1][0] - points[0][0] < 3:
        return None
    (t0, v0), (t1, _) = points[0], points[-1]
    slope = (level - v0) / Decimal(t1 - t0)
    return _bounded(ind, level, level + slope * Decimal(end * 12 + 12 - t1))

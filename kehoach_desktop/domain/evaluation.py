"""Judge an indicator for one month: year to date, % of target, status word, forecast.

This is the one function the grid, the charts and the reports all read, so they can never
disagree (ARCHITECTURE.md, data flow).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .model import (
    Aggregation,
    Direction,
    Indicator,
    IndicatorData,
    MonthlyValue,
    RuleKind,
    Status,
)
from .periods import Period
from .series import months_of, plan_total, to_date
from .targets import HUNDRED, YearTarget, baseline, final_target, year_target

#: A forecast short of the target by at most this share is "behind pace", beyond it "at risk".
DEFAULT_TOLERANCE = Decimal("0.10")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class Evaluation:
    """Where one indicator stands at the end of one month."""

    indicator: Indicator
    period: Period
    this_month: MonthlyValue | None
    previous_month: Decimal | None
    actual: Decimal | None
    last_month_reported: int | None
    target: YearTarget | None
    percent_of_target: Decimal | None
    status: Status
    forecast: Decimal | None
    same_period_last_year: Decimal | None
    change_vs_last_year: Decimal | None
    final_target: YearTarget | None
    plan_actual: Decimal | None
    percent_of_final: Decimal | None
    reason: str

    @property
    def status_label(self) -> str:
        """The status word in Vietnamese."""
        return self.status.label


def _percent(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or whole is None or whole == 0:
        return None
    return (part * HUNDRED / whole).quantize(_CENT, rounding=ROUND_HALF_UP)


def _round(value: Decimal | None) -> Decimal | None:
    if value is None or value.as_tuple().exponent >= -2:  # type: ignore[operator]
        return value
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _forecast_flow(data: IndicatorData, period: Period, ytd: Decimal, last: int) -> Decimal:
    """Year-end total: by last year's seasonal pattern when known, else the monthly run rate."""
    if last == 12:
        return ytd
    ly = months_of(data.values, period.year - 1)
    if len(ly) == 12:
        ly_to_date = sum((v for m, v in ly.items() if m <= last), Decimal(0))
        ly_total = sum(ly.values(), Decimal(0))
        if ly_to_date > 0 and ly_total > 0:
            return ytd * ly_total / ly_to_date
    return ytd * 12 / last


def _forecast_stock(data: IndicatorData, period: Period, level: Decimal, last: int) -> Decimal:
    """Year-end level: the trend since the start of the year carried on to December."""
    ind = data.indicator
    this_year = months_of(data.values, period.year, period.month)
    start: tuple[int, Decimal] | None = None
    previous = baseline(data, period.year - 1)
    if previous is not None:
        start = (0, previous)
    elif len(this_year) > 1:
        first = min(this_year)
        start = (first, this_year[first])
    if start is None or last == 12 or last <= start[0]:
        return level
    slope = (level - start[1]) / Decimal(last - start[0])
    forecast = level + slope * (12 - last)
    if ind.is_percent:
        forecast = min(max(forecast, Decimal(0)), HUNDRED)
    elif level >= 0:
        forecast = max(forecast, Decimal(0))
    return forecast


def _status(
    target: YearTarget | None,
    actual: Decimal | None,
    forecast: Decimal | None,
    aggregation: Aggregation,
    year_end: bool,
    tolerance: Decimal,
) -> tuple[Status, str]:
    """The status word and a short reason for it."""
    if actual is None:
        return Status.NO_DATA, "Chưa nhập số liệu trong năm"
    if target is None:
        return Status.UNDETERMINED, "Kế hoạch chưa có mục tiêu cho năm này"
    if target.qualitative:
        if actual != 0:
            return Status.MET, "Đã đạt yêu cầu"
        if year_end:
            return Status.MISSED, "Cả năm không đạt yêu cầu"
        return Status.AT_RISK, "Hiện chưa đạt yêu cầu"
    if not target.determined:
        return Status.UNDETERMINED, target.reason or "Không tính được mục tiêu của năm"
    reached = target.meets(actual)
    # A lower-is-better flow (accidents, crimes) only counts at year end; other results that
    # already meet the year's target are met now.
    counts_now = year_end or not (
        aggregation is Aggregation.FLOW and target.direction is Direction.LOWER
    )
    if reached and counts_now:
        if target.exceeds(actual):
            return Status.EXCEEDED, "Vượt mục tiêu năm"
        return Status.MET, "Đạt mục tiêu năm"
    if year_end:
        return Status.MISSED, "Cả năm không đạt mục tiêu"
    if forecast is None:
        return Status.BEHIND, "Chưa đủ số liệu để dự báo"
    if target.meets(forecast):
        return Status.ON_TRACK, "Dự báo cả năm đạt mục tiêu"
    if target.within(forecast, tolerance):
        return Status.BEHIND, "Dự báo cả năm hụt mục tiêu không quá {:.0%}".format(tolerance)
    return Status.AT_RISK, "Dự báo cả năm hụt mục tiêu hơn {:.0%}".format(tolerance)


def evaluate(
    data: IndicatorData, period: Period, tolerance: Decimal = DEFAULT_TOLERANCE
) -> Evaluation:
    """Evaluate one indicator at the end of ``period`` (see the module docstring)."""
    ind = data.indicator
    qualitative = any(r.kind is RuleKind.QUALITATIVE for r in data.rules)
    aggregation = Aggregation.STOCK if qualitative else ind.aggregation
    actual, last = to_date(data.values, period.year, period.month, aggregation)
    target = year_target(data, period.year)
    year_end = period.month == 12

    forecast: Decimal | None = None
    if actual is not None and last is not None and not (target and target.qualitative):
        if aggregation is Aggregation.FLOW:
            forecast = _forecast_flow(data, period, actual, last)
        else:
            forecast = _forecast_stock(data, period, actual, last)
    status, reason = _status(target, actual, forecast, aggregation, year_end, tolerance)

    last_year, _ = to_date(data.values, period.year - 1, period.month, aggregation)
    change = None
    if actual is not None and last_year not in (None, 0):
        change = ((actual - last_year) * HUNDRED / abs(last_year)).quantize(  # type: ignore[operator]
            _CENT, rounding=ROUND_HALF_UP
        )

    final = final_target(data)
    plan_actual: Decimal | None
    if final is not None and final.plan_total:
        plan_actual = plan_total(data.values, data.plan.start_year, period.year, period.month)
    elif aggregation is Aggregation.FLOW:
        plan_actual = forecast
    else:
        plan_actual = actual

    this_month = next(
        (v for v in data.values if v.year == period.year and v.month == period.month), None
    )
    prev = period.previous()
    previous = next(
        (v.value for v in data.values if v.year == prev.year and v.month == prev.month), None
    )
    meet = target.meet if target is not None else None
    return Evaluation(
        indicator=ind,
        period=period,
        this_month=this_month,
        previous_month=previous,
        actual=actual,
        last_month_reported=last,
        target=target,
        percent_of_target=None if qualitative else _percent(actual, meet),
        status=status,
        forecast=_round(forecast),
        same_period_last_year=last_year,
        change_vs_last_year=change,
        final_target=final,
        plan_actual=_round(plan_actual),
        percent_of_final=None if final is None else _percent(plan_actual, final.meet),
        reason=reason,
    )


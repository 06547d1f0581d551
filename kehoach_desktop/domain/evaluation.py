"""Judge an indicator for a period: its figure, year to date, % of target, status word, forecast.

This is the one function the grid, the charts, the CLI and the reports all read, so they can never
disagree. The reasoning is written out in docs/evaluation.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .forecast import SMALL_COUNT, forecast_flow, forecast_stock, path_projection, small_count_start
from .model import (
    Aggregation,
    Direction,
    Indicator,
    IndicatorData,
    MonthlyValue,
    RuleKind,
    Status,
)
from .numbers import format_number
from .periods import Period
from .series import months_of, over_months, plan_total
from .targets import (
    HUNDRED,
    YearTarget,
    final_target,
    places,
    oriented_percent,
    threshold_text,
    year_target,
    year_target_note,
)

#: A forecast short of the target by at most this share is "behind pace", beyond it "at risk".
DEFAULT_TOLERANCE = Decimal("0.10")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class Evaluation:
    """Where one indicator stands for one period (a month, quarter, half-year, nine months, year)."""

    indicator: Indicator
    period: Period
    #: The month's own record; None unless the period is a single month.
    this_month: MonthlyValue | None
    #: The period's own figure: a flow summed over its months, a stock its latest figure.
    period_value: Decimal | None
    #: The months of the period that have a figure.
    period_months: tuple[int, ...]
    #: The figure of the period of the same kind just before.
    previous_period: Decimal | None
    #: Year to date through the period's last month (lũy kế).
    actual: Decimal | None
    last_month_reported: int | None
    #: The months from January to the period's end that have a figure.
    ytd_months: tuple[int, ...]
    target: YearTarget | None
    #: Why the year has no target of its own ("" when it has one).
    target_note: str
    #: ``oriented_percent`` of the year to date (or, for a lower-is-better flow, the estimate).
    percent_of_target: Decimal | None
    percent_note: str
    status: Status
    reason: str
    #: True when the status rests on the year-end estimate rather than a finished year.
    estimated: bool
    forecast: Decimal | None
    #: True when the year's figures are complete (all twelve months of a flow, December of a stock).
    complete: bool
    #: Last year's year to date over the same months that have figures this year.
    same_period_last_year: Decimal | None
    change_vs_last_year: Decimal | None
    #: Last year's figure for this period over the same months that have figures this year.
    period_last_year: Decimal | None
    period_change_vs_last_year: Decimal | None
    final_target: YearTarget | None
    plan_actual: Decimal | None
    percent_of_final: Decimal | None
    #: False when nothing can be judged (a year outside the plan; no year target and no path):
    #: no word is shown then, only the reason; ``status`` is NO_DATA for sorting and counting.
    judged: bool = True
    #: False for a year outside the plan (the baseline year before it): figures only.
    in_plan: bool = True

    @property
    def status_label(self) -> str:
        """The status word in Vietnamese ("" when nothing could be judged)."""
        return self.status.label if self.judged else ""

    @property
    def previous_month(self) -> Decimal | None:
        """The previous period's figure (the month before, for a month)."""
        return self.previous_period


def _round(value: Decimal | None) -> Decimal | None:
    if value is None or places(value) <= 2:
        return value
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _change(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    """Per cent change from ``before`` to ``now``."""
    if now is None or before is None or before == 0:
        return None
    return ((now - before) * HUNDRED / abs(before)).quantize(_CENT, rounding=ROUND_HALF_UP)


def _months_text(months: tuple[int, ...]) -> str:
    if not months:
        return "chưa có tháng nào"
    if len(months) == 1:
        return f"tháng {months[0]}"
    if list(months) == list(range(months[0], months[-1] + 1)):
        return f"tháng {months[0]}-{months[-1]}"
    return "các tháng " + ", ".join(str(m) for m in months)


def _small_count_status(
    target: YearTarget, actual: Decimal, start: Decimal, last: int, flow: bool
) -> tuple[Status, str]:
    """A handful of things a year (a cooperative, four accidents, one more OCOP product).

    Judged on the time elapsed, with one event of slack, never extrapolated from one event or
    one empty month.
    """
    assert target.meet is not None
    elapsed = Decimal(last) / 12
    left = 12 - last
    if flow and target.direction is Direction.LOWER:  # a ceiling for the year: accidents
        if not target.meets(actual):
            return Status.AT_RISK, "Đã vượt mức tối đa của cả năm"
        if actual == target.meet and target.meet > 0 and left > 0:
            return Status.AT_RISK, "Đã dùng hết mức tối đa của cả năm; thêm một lần là không đạt"
        if actual <= target.meet * elapsed + 1:
            return Status.ON_TRACK, "Chưa vượt mức cho phép theo thời gian đã qua (số nhỏ: không ngoại suy)"
        return Status.BEHIND, "Nhanh hơn mức cho phép theo thời gian đã qua (số nhỏ: không ngoại suy)"
    up = target.direction is Direction.HIGHER
    total = (target.meet - start) if up else (start - target.meet)
    done = (actual - start) if up else (start - actual)
    needed = total - done
    if needed > left:
        return Status.AT_RISK, f"Còn thiếu {format_number(needed)}, chỉ còn {left} tháng"
    if last >= 10 or done < total * elapsed - 1:
        return Status.BEHIND, f"Còn thiếu {format_number(needed)} (số nhỏ: không ngoại suy)"
    return Status.ON_TRACK, f"Còn thiếu {format_number(needed)}, theo kịp thời gian đã qua (số nhỏ: không ngoại suy)"


def _status(
    target: YearTarget,
    actual: Decimal,
    forecast: Decimal | None,
    aggregation: Aggregation,
    complete: bool,
    year_end: bool,
    small: Decimal | None,
    last: int,
    thin: bool,
    tolerance: Decimal,
) -> tuple[Status, str, bool]:
    """The status word, a short reason and whether it rests on the year-end estimate.

    ``year_end`` says the period ends in December: its final words (Vượt, Đạt, Chưa đạt) need the
    year's figures complete, except a higher-is-better flow that has already reached its target,
    which no later month can undo.
    """
    if target.qualitative:
        if actual != 0 and year_end and not complete:
            return Status.ON_TRACK, "Hiện đạt yêu cầu; ước cả năm đạt", True
        if actual != 0:
            return Status.MET, "Đã đạt yêu cầu", False
        if complete:
            return Status.MISSED, "Cả năm không đạt yêu cầu", False
        return Status.AT_RISK, "Hiện chưa đạt yêu cầu", False
    reached = target.meets(actual)
    # A lower-is-better flow (accidents, crimes) only counts at year end; a stock that meets the
    # target now is met for this period, but a year is judged on its December level.
    flow = aggregation is Aggregation.FLOW
    if complete:
        counts_now = True
    elif flow:
        counts_now = target.direction is Direction.HIGHER
    else:
        counts_now = not year_end
    if reached and counts_now:
        if target.exceeds(actual):
            return Status.EXCEEDED, "Vượt mục tiêu năm", False
        return Status.MET, "Đạt mục tiêu năm", False
    if complete:
        return Status.MISSED, "Cả năm không đạt mục tiêu", False
    if reached and not flow and (forecast is None or target.meets(forecast)):
        # A level already at the target before December: the year is judged on December's.
        return Status.ON_TRACK, "Đã đạt mục tiêu năm; ước cả năm giữ được", True
    if small is not None:
        return (*_small_count_status(target, actual, small, last, aggregation is Aggregation.FLOW), False)
    if forecast is None:
        # Nothing recorded yet and no earlier year to go by (a new installation's first harvest).
        if flow and target.direction is Direction.LOWER:
            return Status.ON_TRACK, "Chưa phát sinh, chưa vượt mức tối đa", False
        if last <= 6:
            return Status.ON_TRACK, f"Chưa phát sinh; còn {12 - last} tháng, chưa có năm trước để ước", False
        if last <= 9:
            return Status.BEHIND, "Đã qua nửa năm mà chưa phát sinh", False
        return Status.AT_RISK, f"Chưa phát sinh, chỉ còn {12 - last} tháng", False
    if target.meets(forecast):
        return Status.ON_TRACK, "Ước cả năm đạt mục tiêu", True
    if target.within(forecast, tolerance):
        return Status.BEHIND, "Ước cả năm hụt mục tiêu không quá {:.0%}".format(tolerance), True
    if thin:
        # A run rate from one or two months, with no earlier year to go by, is no ground for an alarm.
        return Status.BEHIND, "Ước cả năm hụt mục tiêu (mới có ít tháng số liệu, chưa đủ để kết luận)", True
    return Status.AT_RISK, "Ước cả năm hụt mục tiêu hơn {:.0%}".format(tolerance), True


def _path_status(
    data: IndicatorData,
    period: Period,
    actual: Decimal,
    forecast: Decimal | None,
    final: YearTarget | None,
    note: str,
    complete: bool,
    tolerance: Decimal,
) -> tuple[Status | None, str, bool]:
    """No target for the year: judged only on the path to the plan's final target, saying so.

    The status is None when nothing can be judged (no final figure, or too few figures for a path).
    """
    end = data.plan.end_year
    if final is None or not final.determined or final.qualitative or final.meet is None:
        return None, f"{note}; chưa đánh giá được", False
    goal = f"mục tiêu năm {end} ({threshold_text(final)})"
    flow = data.indicator.aggregation is Aggregation.FLOW
    if final.meets(actual) and (complete or (flow and final.direction is Direction.HIGHER) or period.month < 12):
        return Status.MET, f"{note}; đã đạt {goal}", False
    level = forecast if flow and forecast is not None else actual
    if final.meets(level):
        return Status.ON_TRACK, f"{note}; ước cả năm đạt {goal}", True
    projected = path_projection(data, period, level)
    if projected is None:
        return None, f"{note}; chưa đủ số liệu để đánh giá lộ trình đến {goal}", False
    if final.meets(projected):
        return Status.ON_TRACK, f"{note}; theo xu hướng hiện nay sẽ đạt {goal}", True
    if final.within(projected, tolerance):
        return Status.BEHIND, f"{note}; theo xu hướng hiện nay hụt {goal} không quá {tolerance:.0%}", True
    return Status.AT_RISK, f"{note}; theo xu hướng hiện nay hụt {goal} hơn {tolerance:.0%}", True


def evaluate(
    data: IndicatorData, period: Period, tolerance: Decimal = DEFAULT_TOLERANCE
) -> Evaluation:
    """Evaluate one indicator for ``period`` (see docs/evaluation.md)."""
    # Figures come in with up to 30 digits before the point (the bounds of every way in); keep
    # every intermediate exact rather than hit the default 28-digit context.
    with localcontext() as ctx:
        ctx.prec = 80
        return _evaluate(data, period, tolerance)


def _evaluate(data: IndicatorData, period: Period, tolerance: Decimal) -> Evaluation:
    ind = data.indicator
    qualitative = any(r.kind is RuleKind.QUALITATIVE for r in data.rules)
    aggregation = Aggregation.STOCK if qualitative else ind.aggregation
    year = period.year
    # Each year's months are read once; everything below works on these dicts.
    this_year = months_of(data.values, year)
    ytd = {m: v for m, v in this_year.items() if m <= period.month}
    ytd_months = tuple(sorted(ytd))
    last = ytd_months[-1] if ytd_months else None
    actual = over_months(ytd, ytd_months, aggregation)
    period_months = tuple(m for m in ytd_months if m >= period.first_month)
    period_value = over_months(ytd, period_months, aggregation)
    complete = 12 in this_year and (aggregation is Aggregation.STOCK or len(this_year) == 12)
    complete = complete and period.month == 12
    plan = data.plan
    in_plan = plan.start_year <= year <= plan.end_year

    target = year_target(data, year)
    note = year_target_note(data, year) if target is None else ""
    small: Decimal | None = None
    if target is not None and not target.qualitative and target.meet is not None:
        small = small_count_start(data, aggregation, year, target.meet, target.direction)

    last_year = months_of(data.values, year - 1)
    forecast: Decimal | None = None
    if actual is not None and last is not None and not qualitative and small is None:
        if aggregation is Aggregation.FLOW:
            forecast = forecast_flow(data, year, actual, last, ytd_months)
        else:
            forecast = forecast_stock(data, year, period.month, actual, last)
    # A run rate from one or two months with no complete earlier year says little.
    thin = aggregation is Aggregation.FLOW and len(last_year) < 12 and len(ytd_months) < 3

    final = final_target(data)
    estimated, judged = False, True
    if not in_plan:
        status, reason, judged = Status.NO_DATA, note or f"Năm {year} nằm ngoài kế hoạch", False
    elif actual is None or last is None:
        status, reason = Status.NO_DATA, "Chưa nhập số liệu trong năm"
    elif target is None:
        found, reason, estimated = _path_status(data, period, actual, forecast, final, note, complete, tolerance)
        status, judged = (found, True) if found is not None else (Status.NO_DATA, False)
    else:
        status, reason, estimated = _status(
            target, actual, forecast, aggregation, complete, period.month == 12, small, last, thin, tolerance
        )
    if in_plan and actual is not None and last is not None and last < period.month and not complete:
        reason += f" (số liệu đến hết tháng {last})"

    # Like for like: both years over the months that have figures in both, never a longer stretch.
    ytd_now, same_ytd = _same_months(ytd, last_year, ytd_months, aggregation)
    period_now, same_period = _same_months(ytd, last_year, period_months, aggregation)

    percent, percent_note = _percent(target, actual, forecast, aggregation, complete)

    if final is not None and final.plan_total:
        plan_actual = plan_total(data.values, plan.start_year, year, period.month)
    elif aggregation is Aggregation.FLOW:
        plan_actual = actual if complete else forecast
    else:
        plan_actual = actual

    this_month = None
    if period.is_month:
        this_month = next((v for v in data.values if v.year == year and v.month == period.month), None)
    previous = period.previous()
    before = this_year if previous.year == year else last_year if previous.year == year - 1 else {}
    before = {m: v for m, v in before.items() if m <= previous.month}
    previous_value = over_months(before, tuple(m for m in sorted(before) if m >= previous.first_month), aggregation)

    return Evaluation(
        indicator=ind,
        period=period,
        this_month=this_month,
        period_value=period_value,
        period_months=period_months,
        previous_period=previous_value,
        actual=actual,
        last_month_reported=last,
        ytd_months=ytd_months,
        target=target,
        target_note=note,
        percent_of_target=None if qualitative else percent,
        percent_note="" if qualitative or percent is None else percent_note,
        status=status,
        reason=reason,
        estimated=estimated,
        forecast=_round(forecast),
        complete=complete,
        same_period_last_year=same_ytd,
        change_vs_last_year=None if qualitative else _change(ytd_now, same_ytd),
        period_last_year=same_period,
        period_change_vs_last_year=None if qualitative else _change(period_now, same_period),
        final_target=final,
        plan_actual=_round(plan_actual),
        percent_of_final=(
            None if final is None or qualitative else oriented_percent(plan_actual, final.meet, final.direction)
        ),
        judged=judged,
        in_plan=in_plan,
    )


def _same_months(
    now: dict[int, Decimal], before: dict[int, Decimal], months: tuple[int, ...], aggregation: Aggregation
) -> tuple[Decimal | None, Decimal | None]:
    """This year's and last year's figures over ``months`` that have a figure in both years."""
    common = tuple(m for m in months if m in now and m in before)
    return over_months(now, common, aggregation), over_months(before, common, aggregation)


def _percent(
    target: YearTarget | None,
    actual: Decimal | None,
    forecast: Decimal | None,
    aggregation: Aggregation,
    complete: bool,
) -> tuple[Decimal | None, str]:
    """The oriented % of the year's target, and a sentence saying what it compares."""
    if target is None or target.meet is None or actual is None:
        return None, ""
    if target.direction is Direction.HIGHER:
        what = "Lũy kế" if aggregation is Aggregation.FLOW else "Mức hiện tại"
        return oriented_percent(actual, target.meet, target.direction), f"{what} so với kế hoạch năm (100% là đạt)"
    if aggregation is Aggregation.FLOW and not complete:
        # Mid-year, the accidents so far against the year's ceiling would read backwards; a
        # handful of events is not extrapolated, so it has no percent until the year is over.
        return (
            oriented_percent(forecast, target.meet, target.direction),
            "Kế hoạch năm so với ước cả năm (chỉ tiêu càng thấp càng tốt; 100% là đạt)",
        )
    return (
        oriented_percent(actual, target.meet, target.direction),
        "Kế hoạch năm so với kết quả (chỉ tiêu càng thấp càng tốt; 100% là đạt)",
    )


__all__ = ["DEFAULT_TOLERANCE", "Evaluation", "SMALL_COUNT", "evaluate"]

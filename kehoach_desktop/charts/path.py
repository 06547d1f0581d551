"""One indicator over the whole plan: results year by year against the road to the final target.

Years run from the baseline year (the year before the plan, 2025) to the plan's last year
(2030). The required path is each plan year's own threshold, ``year_target(data, year)``, so
every rule kind (growth, reduction, multiple of the baseline, cumulative, range, at least / at
most, maintain) draws the road the evaluation itself judges against. Results are each year's
level (a stock) or total (a flow); the current year shows its year to date, marked as partial,
with the year-end forecast. A cumulative target over the plan (``thành lập mới 20 doanh
nghiệp``) is drawn as running totals since the plan began against an even share per year.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..domain.evaluation import evaluate
from ..domain.model import Aggregation, IndicatorData
from ..domain.periods import Period
from ..domain.series import plan_total
from ..domain.targets import baseline, final_target, threshold_text, year_target
from . import labels as L
from .style import (
    ACTUAL_COLOR,
    BASELINE_COLOR,
    FORECAST_COLOR,
    PACE_COLOR,
    TARGET_COLOR,
    bold_font,
    drawing,
    font,
    number_formatter,
    shorten,
    vn_number,
)

WIDTH, HEIGHT = 8.5, 4.6


def path_points(data: IndicatorData, period: Period) -> dict[str, Any]:
    """The figures the path chart draws (also handy for reports and tests).

    Keys: ``years`` (plan years), ``required`` {year: threshold}, ``required_far`` {year: far
    bound of a range}, ``results`` {year: result}, ``partial_month`` (month of the current
    year's partial result or None), ``forecast`` (current year's year-end forecast),
    ``baseline`` (year, value) or None, ``final`` the plan's final YearTarget, ``cumulative``.
    """
    plan = data.plan
    final = final_target(data)
    cumulative = bool(final is not None and final.plan_total)
    years = list(plan.years)
    required: dict[int, Decimal] = {}
    required_far: dict[int, Decimal] = {}
    for i, y in enumerate(years, start=1):
        if cumulative:
            assert final is not None and final.meet is not None
            required[y] = final.meet * i / len(years)
            continue
        t = year_target(data, y)
        if t is not None and not t.qualitative and t.meet is not None:
            required[y] = t.meet
            if t.exceed is not None and t.exceed != t.meet:
                required_far[y] = t.exceed
    results: dict[int, Decimal] = {}
    partial_month: int | None = None
    forecast: Decimal | None = None
    for y in years:
        if y > period.year:
            break
        p = period if y == period.year else Period.whole_year(y)
        if cumulative:
            value = plan_total(data.values, plan.start_year, p.year, p.month)
            ev = evaluate(data, p)
            if ev.forecast is not None and y == period.year and p.month < 12:
                prior = plan_total(data.values, plan.start_year, y - 1, 12) or Decimal(0)
                forecast = prior + ev.forecast
        else:
            ev = evaluate(data, p)
            value = ev.actual
            if y == period.year and p.month < 12:
                forecast = ev.forecast
        if value is None:
            continue
        results[y] = value
        if y == period.year and ev.last_month_reported is not None and ev.last_month_reported < 12:
            partial_month = ev.last_month_reported
    base: tuple[int, Decimal] | None = None
    b_year = data.indicator.baseline_year or plan.start_year - 1
    if cumulative:
        base = (plan.start_year - 1, Decimal(0))
    else:
        b_value = baseline(data, b_year)
        if b_value is not None:
            base = (b_year, b_value)
    if partial_month is None:
        forecast = None
    return {
        "years": years, "required": required, "required_far": required_far, "results": results,
        "partial_month": partial_month, "forecast": forecast, "baseline": base, "final": final,
        "cumulative": cumulative,
    }


def path_figure(data: IndicatorData, period: Period, fig: Figure | None = None) -> Figure:
    """The plan-period chart of one indicator (see the module doc)."""
    with drawing(fig, WIDTH, HEIGHT) as fig:
        _draw(fig, data, period)
    return fig


def _draw(fig: Figure, data: IndicatorData, period: Period) -> None:
    ind, plan = data.indicator, data.plan
    pts = path_points(data, period)
    fig.subplots_adjust(left=0.11, right=0.70, top=1 - 0.62 / fig.get_figheight(),
                        bottom=0.75 / fig.get_figheight())
    ax = fig.add_subplot(1, 1, 1)
    ax.set_title(L.PATH_TITLE.format(code=ind.code, name=shorten(ind.name, 56), start=plan.start_year,
                                     end=plan.end_year), fontproperties=bold_font(10), loc="left", pad=16)
    final = pts["final"]
    if final is not None and not final.qualitative and final.direction.value == "lower":
        ax.text(0, 1.015, L.LOWER_BETTER, transform=ax.transAxes, fontproperties=font(8),
                va="bottom", color="#555555")
    handles: list[Artist] = []
    limits: list[float] = []
    base = pts["baseline"]
    req = pts["required"]
    if req:
        xs = list(req)
        ys = [float(v) for v in req.values()]
        if base is not None and base[0] < xs[0]:
            xs, ys = [base[0], *xs], [float(base[1]), *ys]
        (line,) = ax.plot(xs, ys, color=PACE_COLOR, linestyle="--", marker="o", markersize=4,
                          markerfacecolor="white", linewidth=1.5, label=L.PATH_REQUIRED, zorder=3,
                          gid="required")
        handles.append(line)
        limits += ys
        far = pts["required_far"]
        if far:
            fx = list(far)
            ax.fill_between(fx, [float(req[y]) for y in fx], [float(far[y]) for y in fx],
                            color="#DDDDDD", alpha=0.7, zorder=1, gid="required-range",
                            label=L.PATH_RANGE)
            limits += [float(v) for v in far.values()]
    if final is not None and not final.qualitative and final.meet is not None:
        line = ax.axhline(float(final.meet), color=TARGET_COLOR, linewidth=1.2, zorder=2, gid="final",
                          label=L.PATH_FINAL.format(year=plan.end_year, threshold=threshold_text(final)))
        handles.append(line)
        limits.append(float(final.meet))
    results = pts["results"]
    # A flow's partial year (January to the current month) is not comparable with whole years:
    # it is drawn as its own hollow marker, not joined to the line of full-year results.
    partial_alone = pts["partial_month"] is not None and not pts["cumulative"] and (
        ind.aggregation is Aggregation.FLOW
    )
    line_years = [y for y in results if not (partial_alone and y == max(results))]
    if results:
        limits += [float(v) for v in results.values()]
    if line_years:
        xs = line_years
        ys = [float(results[y]) for y in line_years]
        if base is not None and base[0] < xs[0] and not pts["cumulative"]:
            xs, ys = [base[0], *xs], [float(base[1]), *ys]
        label = L.PATH_CUMULATIVE if pts["cumulative"] else L.PATH_RESULT
        (line,) = ax.plot(xs, ys, color=ACTUAL_COLOR, marker="o", markersize=6, linewidth=2.2,
                          label=label, zorder=4, gid="results")
        handles.append(line)
    if results:
        pm = pts["partial_month"]
        if pm is not None:
            y = max(results)
            ax.plot([y], [float(results[y])], marker="o", markersize=9, markerfacecolor="white",
                    markeredgecolor=ACTUAL_COLOR, markeredgewidth=2, linestyle="none", zorder=5,
                    gid="partial")
            ax.annotate(L.PATH_RESULT_PARTIAL.format(year=y, month=pm), (y, float(results[y])),
                        xytext=(6, -12), textcoords="offset points", fontproperties=font(7),
                        color=ACTUAL_COLOR)
    if pts["forecast"] is not None and results:
        y = max(results)
        f = float(pts["forecast"])
        (mark,) = ax.plot([y], [f], marker="D", markersize=7, color=FORECAST_COLOR,
                          markeredgecolor="#000000", linestyle="none", zorder=5, gid="forecast",
                          label=L.PATH_FORECAST.format(year=y) + f": {vn_number(f)}")
        handles.append(mark)
        limits.append(f)
    if base is not None:
        (mark,) = ax.plot([base[0]], [float(base[1])], marker="s", markersize=8, color=BASELINE_COLOR,
                          markeredgecolor="#000000", linestyle="none", zorder=6, gid="baseline",
                          label=L.PATH_BASELINE.format(year=base[0]) + f": {vn_number(float(base[1]))}")
        handles.append(mark)
        limits.append(float(base[1]))
    if not limits:
        ax.text(0.5, 0.5, L.NO_DATA, transform=ax.transAxes, ha="center", va="center",
                fontproperties=font(11), color="#555555")
    first_year = min([plan.start_year - 1] + ([base[0]] if base else []))
    ax.set_xlim(first_year - 0.4, plan.end_year + 0.4)
    ax.set_xticks(list(range(first_year, plan.end_year + 1)))
    ax.xaxis.set_major_formatter(lambda x, _p: str(int(round(x))))
    lo, hi = (min(limits), max(limits)) if limits else (0.0, 1.0)
    span = hi - lo
    pad = max(span * 0.12, abs(hi) * 0.02, 0.5 if hi == lo else 0.0)
    bottom = 0.0 if lo >= 0 and (lo - pad) < span * 0.6 else lo - pad
    ax.set_ylim(bottom, hi + pad)
    ax.yaxis.set_major_formatter(number_formatter())
    if ind.is_count:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if ind.unit.strip():
        ax.set_ylabel(L.UNIT_AXIS.format(unit=ind.unit.strip()))
    ax.set_xlabel(L.PATH_XLABEL)
    ax.grid(axis="y", color="#EEEEEE", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False,
              prop=font(7.5), borderaxespad=0)

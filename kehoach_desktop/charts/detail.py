"""One indicator through one year, month by month.

A flow (harvest, revenue) shows each month's figure as a bar and the year to date as a line;
a stock or rate (herd size, poverty rate) shows its level as a line. Both get the year's target,
the pace needed to reach it (the target spread evenly over 12 months for a flow; for a stock the
straight path from last year's closing level to the target), the same months last year, the
year-end forecast, and a marker on months that carry an officer's note.
"""

from __future__ import annotations

from decimal import Decimal

from matplotlib.artist import Artist
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from ..domain.evaluation import Evaluation, evaluate
from ..domain.model import Aggregation, IndicatorData, RuleKind
from ..domain.periods import Period
from ..domain.series import months_of
from ..domain.targets import baseline, threshold_text, year_target
from . import labels as L
from .style import (
    ACTUAL_COLOR,
    BAR_COLOR,
    FORECAST_COLOR,
    LAST_YEAR_COLOR,
    NOTE_COLOR,
    PACE_COLOR,
    TARGET_COLOR,
    bold_font,
    drawing,
    font,
    number_formatter,
    shorten,
    to_float,
    vn_number,
)

WIDTH, HEIGHT = 8.5, 4.8
MONTHS = list(range(1, 13))


def _aggregation(data: IndicatorData) -> Aggregation:
    if any(r.kind is RuleKind.QUALITATIVE for r in data.rules):
        return Aggregation.STOCK
    return data.indicator.aggregation


def _cumulative(months: dict[int, Decimal], last: int) -> tuple[list[int], list[float]]:
    xs, ys, total = [], [], Decimal(0)
    for m in range(1, last + 1):
        if m in months:
            total += months[m]
        if any(k <= m for k in months):
            xs.append(m)
            ys.append(float(total))
    return xs, ys


def detail_figure(data: IndicatorData, period: Period, fig: Figure | None = None) -> Figure:
    """The indicator's months of ``period.year`` against its target (see the module doc)."""
    with drawing(fig, WIDTH, HEIGHT) as fig:
        _draw(fig, data, period)
    return fig


def _draw(fig: Figure, data: IndicatorData, period: Period) -> None:
    ind = data.indicator
    year = period.year
    agg = _aggregation(data)
    flow = agg is Aggregation.FLOW
    ev: Evaluation = evaluate(data, period)
    target = year_target(data, year)
    this_year = months_of(data.values, year, period.month)
    last_year = months_of(data.values, year - 1)
    notes = sorted(
        (v.month, v.note) for v in data.values
        if v.year == year and v.month <= period.month and v.note and v.note.strip()
    )

    n_notes = min(len(notes), 3)
    bottom_in = 0.95 + 0.17 * n_notes
    fig.subplots_adjust(left=0.11, right=0.70, top=1 - 0.62 / fig.get_figheight(),
                        bottom=bottom_in / fig.get_figheight())
    ax = fig.add_subplot(1, 1, 1)
    title = L.DETAIL_TITLE.format(code=ind.code, name=shorten(ind.name, 60), year=year)
    ax.set_title(title, fontproperties=bold_font(10), loc="left", pad=16)
    sub = L.STATUS_LINE.format(period=period.label, status=ev.status_label or "-")
    if target is not None and target.direction.value == "lower" and not target.qualitative:
        sub += "  " + L.LOWER_BETTER
    ax.text(0, 1.015, sub, transform=ax.transAxes, fontproperties=font(8), va="bottom",
            color="#333333", gid="status")

    handles: list[Artist | BarContainer] = []
    values_for_limits: list[float] = []
    meet = to_float(target.meet) if target is not None and not target.qualitative else None

    if flow:
        if this_year:
            bars = ax.bar(list(this_year), [float(v) for v in this_year.values()], width=0.6,
                          color=BAR_COLOR, edgecolor="#333333", linewidth=0.4, label=L.MONTHLY, zorder=2)
            for bar, m in zip(bars.patches, this_year):
                bar.set_gid(f"month:{m}")
            handles.append(bars)
            xs, ys = _cumulative(this_year, period.month)
            (line,) = ax.plot(xs, ys, color=ACTUAL_COLOR, marker="o", markersize=4, linewidth=2,
                              label=L.YEAR_TO_DATE, zorder=4, gid="actual")
            handles.append(line)
            values_for_limits += ys
        if last_year:
            xs, ys = _cumulative(last_year, 12)
            (line,) = ax.plot(xs, ys, color=LAST_YEAR_COLOR, linestyle=":", linewidth=1.5,
                              label=L.LAST_YEAR_FLOW.format(year=year - 1), zorder=3, gid="last-year")
            handles.append(line)
            values_for_limits += ys
        if meet is not None:
            pace = [meet * m / 12 for m in range(0, 13)]
            (line,) = ax.plot(range(0, 13), pace, color=PACE_COLOR, linestyle="--", linewidth=1.4,
                              label=L.PACE_FLOW, zorder=3, gid="pace")
            handles.append(line)
    else:
        if this_year:
            (line,) = ax.plot(list(this_year), [float(v) for v in this_year.values()],
                              color=ACTUAL_COLOR, marker="o", markersize=4, linewidth=2,
                              label=L.LEVEL, zorder=4, gid="actual")
            handles.append(line)
            values_for_limits += [float(v) for v in this_year.values()]
        if last_year:
            (line,) = ax.plot(list(last_year), [float(v) for v in last_year.values()],
                              color=LAST_YEAR_COLOR, linestyle=":", linewidth=1.5,
                              label=L.LAST_YEAR_STOCK.format(year=year - 1), zorder=3, gid="last-year")
            handles.append(line)
            values_for_limits += [float(v) for v in last_year.values()]
        start = baseline(data, year - 1)
        if meet is not None and start is not None:
            (line,) = ax.plot([0, 12], [float(start), meet], color=PACE_COLOR, linestyle="--",
                              linewidth=1.4, label=L.PACE_STOCK.format(year=year - 1), zorder=3, gid="pace")
            handles.append(line)
            values_for_limits.append(float(start))

    if meet is not None:
        line = ax.axhline(meet, color=TARGET_COLOR, linewidth=1.3, zorder=3, gid="target",
                          label=L.YEAR_TARGET.format(year=year, threshold=threshold_text(target)))
        handles.append(line)
        values_for_limits.append(meet)
        if target is not None and target.exceed is not None and target.exceed != target.meet:
            ax.axhspan(min(meet, float(target.exceed)), max(meet, float(target.exceed)),
                       color="#DDDDDD", alpha=0.6, zorder=1, gid="target-range")

    forecast = to_float(ev.forecast)
    if forecast is not None and period.month < 12:
        (mark,) = ax.plot([12], [forecast], marker="D", markersize=7, color=FORECAST_COLOR,
                          markeredgecolor="#000000", linestyle="none", zorder=5, gid="forecast",
                          label=L.FORECAST.format(value=vn_number(forecast)))
        handles.append(mark)
        values_for_limits.append(forecast)

    if notes:
        ys_by_month = {}
        if flow:
            xs, ys = _cumulative(this_year, period.month)
            ys_by_month = dict(zip(xs, ys))
        else:
            ys_by_month = {m: float(v) for m, v in this_year.items()}
        note_months = [m for m, _ in notes if m in ys_by_month]
        if note_months:
            ax.plot(note_months, [ys_by_month[m] for m in note_months], marker="s", markersize=10,
                    markerfacecolor="none", markeredgecolor=NOTE_COLOR, markeredgewidth=1.8,
                    linestyle="none", zorder=6, gid="notes")
            handles.append(Line2D([], [], marker="s", markersize=8, markerfacecolor="none",
                                  markeredgecolor=NOTE_COLOR, markeredgewidth=1.8, linestyle="none",
                                  label=L.NOTE_MARK))
        for i, (m, text) in enumerate(notes[:n_notes]):
            fig.text(0.02, (0.08 + 0.17 * (n_notes - 1 - i)) / fig.get_figheight(),
                     shorten(L.NOTE_LINE.format(month=m, text=text), 120),
                     fontproperties=font(7), color="#333333", gid=f"note:{m}")

    if 1 < period.span < 12:  # a quarter, half-year or nine months: its months shaded behind the data
        ax.axvspan(period.first_month - 0.5, period.month + 0.5, color="#F2F2F2", zorder=0, gid="period")
        ax.text(period.first_month - 0.4, 1.0, period.label, transform=ax.get_xaxis_transform(), ha="left",
                va="top", fontproperties=font(7), color="#555555", gid="period-label")

    if not values_for_limits:
        ax.text(0.5, 0.5, L.NO_DATA, transform=ax.transAxes, ha="center", va="center",
                fontproperties=font(11), color="#555555")
    lo = min([0.0, *values_for_limits])
    hi = max([1.0, *values_for_limits])
    if not flow and values_for_limits and min(values_for_limits) > 0:
        span = max(values_for_limits) - min(values_for_limits)
        lo = max(0.0, min(values_for_limits) - max(span * 0.25, abs(max(values_for_limits)) * 0.02))
    ax.set_ylim(lo, hi + (hi - lo) * 0.08)
    ax.set_xlim(0.4 if flow else -0.2, 12.6)
    ax.set_xticks(MONTHS, [L.MONTH_TICK.format(month=m) for m in MONTHS])
    ax.yaxis.set_major_formatter(number_formatter())
    if ind.is_count:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    unit = ind.unit.strip() or (L.QUALITATIVE_AXIS if target is not None and target.qualitative else "")
    if unit:
        ax.set_ylabel(L.UNIT_AXIS.format(unit=unit) if unit != L.QUALITATIVE_AXIS else unit)
    ax.set_xlabel(L.DETAIL_XLABEL)
    ax.grid(axis="y", color="#EEEEEE", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False,
              prop=font(7.5), borderaxespad=0)

"""Benchmarks of the charts: redrawing the dashboard, and memory over many redraws."""

from __future__ import annotations

import gc
from decimal import Decimal
from pathlib import Path

from timing import median_seconds, repeats, result

from kehoach_desktop.domain.evaluation import evaluate
from kehoach_desktop.domain.model import (
    Aggregation, Direction, Group, Indicator, IndicatorData, MonthlyValue, Plan, PlanKind, PlanStatus,
    RuleKind, TargetRule,
)
from kehoach_desktop.domain.periods import Period

N_INDICATORS = 40
REDRAWS = repeats(200, 20)
PERIOD = Period(2026, 9)
GROUPS = [Group(f"g{i}", f"Nhóm chỉ tiêu {i}") for i in range(5)]


def _forty_evaluations(period: Period = PERIOD, extra: int = 0) -> list:
    """40 indicators in 5 groups, flows and stocks, both directions, with 2025-2026 figures
    (``extra`` added to every 2026 figure: another set of figures for the same plan)."""
    plan = Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED)
    evaluations = []
    for i in range(1, N_INDICATORS + 1):
        flow, lower = i % 2 == 0, i % 7 == 0
        ind = Indicator(str(i), f"Chỉ tiêu số {i} của kế hoạch phát triển kinh tế - xã hội", "tấn",
                        f"g{i % 5}", direction=Direction.LOWER if lower else Direction.HIGHER,
                        aggregation=Aggregation.FLOW if flow else Aggregation.STOCK)
        kind = RuleKind.AT_MOST if lower else RuleKind.AT_LEAST
        rule = TargetRule(kind, Decimal(1000), per_year=True)
        base = Decimal(60 + i) if flow else Decimal(900 + 5 * i)
        values = tuple(
            MonthlyValue(y, m, base + m + (extra if y == 2026 else 0))
            for y in (2025, 2026) for m in range(1, 13 if y == 2025 else PERIOD.month + 1)
            if i % 13 or y == 2025  # a few indicators without 2026 data
        )
        evaluations.append(evaluate(IndicatorData(ind, plan, (rule,), values), period))
    return evaluations


def _new_figures(runs: range) -> dict[int, list]:
    """For each run, the 40 indicators for September or August with other figures: every redraw
    has new status words and a new title to lay out, as when the officer changes the month."""
    return {i: _forty_evaluations(Period(PERIOD.year, PERIOD.month - i % 2), 3 * i) for i in runs}


def dashboard_redraw(folder: Path) -> dict:
    """The overview of 40 indicators redrawn for another month with new figures, drawn whole
    with Agg as the app does, vs bare matplotlib clearing and drawing the same 40 bars and names.

    The app updates the overview in place (same rows: bar lengths, colours, status words, title)
    and its canvas keeps rendered texts (``charts.textcache``: the row labels are not laid out
    again); the floor stays bare matplotlib's full redraw with a plain Agg canvas, the work the
    overview did on every redraw before. ``rebuild_ms``: the overview built anew (another plan,
    the first chart), its texts not kept yet.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from kehoach_desktop.charts import textcache
    from kehoach_desktop.charts.overview import overview_figure

    repeat, warmup = repeats(20, 5), 2
    months = _new_figures(range(-warmup, repeat))
    fig = Figure()
    canvas = textcache.TextCacheCanvas(fig)

    def ours(i: int) -> None:
        overview_figure(months[i], GROUPS, fig=fig)
        canvas.draw()

    value = median_seconds(ours, repeat=repeat, warmup=warmup)

    def rebuild(i: int) -> None:
        textcache.forget()
        fig.clear()
        ours(i)

    rebuilt = median_seconds(rebuild, repeat=repeats(10, 3), warmup=warmup)

    bare_fig = Figure(figsize=fig.get_size_inches())
    bare_canvas = FigureCanvasAgg(bare_fig)
    widths = {i: [float(e.percent_of_target or 0) for e in evaluations] for i, evaluations in months.items()}
    names = [e.indicator.name for e in months[0]]

    def bare(i: int) -> None:
        bare_fig.clear()
        ax = bare_fig.add_subplot(1, 1, 1)
        ax.barh(range(len(names)), widths[i])
        ax.set_yticks(range(len(names)), names)
        ax.axvline(100)
        bare_canvas.draw()

    floor = median_seconds(bare, repeat=repeat, warmup=warmup)
    return result(value * 1000, "ms", floor * 1000, "ratio <= 1.5 and value < 150 ms",
                  indicators=N_INDICATORS, rebuild_ms=round(rebuilt * 1000, 1))


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def chart_memory(folder: Path) -> dict:
    """RSS growth over 200 redraws of the 40-indicator overview into one figure (Agg draws, on
    the app's canvas that keeps rendered texts)."""
    from matplotlib.figure import Figure

    from kehoach_desktop.charts.overview import overview_figure
    from kehoach_desktop.charts.textcache import TextCacheCanvas

    evaluations = _forty_evaluations()
    fig = Figure()
    canvas = TextCacheCanvas(fig)
    for _ in range(10):  # warm caches (fonts, glyphs, text layout)
        overview_figure(evaluations, GROUPS, fig=fig)
        canvas.draw()
    gc.collect()
    start = _rss_kib()
    samples = []
    for i in range(REDRAWS):
        overview_figure(evaluations, GROUPS, fig=fig)
        canvas.draw()
        if i % 50 == 49:
            gc.collect()
            samples.append(_rss_kib() - start)
    gc.collect()
    growth_mb = (_rss_kib() - start) / 1024
    return result(growth_mb, "MB", None, "value < 5 MB (flat)", redraws=REDRAWS,
                  samples_kib=samples, rss_start_mb=round(start / 1024, 1))

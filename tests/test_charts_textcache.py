"""Canvases that keep rendered texts draw the very pixels matplotlib's own Agg canvas draws."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pytest

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kehoach_desktop.charts import textcache  # noqa: E402
from kehoach_desktop.charts.detail import detail_figure  # noqa: E402
from kehoach_desktop.charts.overview import overview_figure  # noqa: E402
from kehoach_desktop.charts.path import path_figure  # noqa: E402
from kehoach_desktop.charts.textcache import CachedTextRenderer, TextCacheCanvas  # noqa: E402
from kehoach_desktop.domain.evaluation import evaluate  # noqa: E402
from kehoach_desktop.domain.model import (  # noqa: E402
    Aggregation,
    Group,
    Indicator,
    IndicatorData,
    MonthlyValue,
    Plan,
    PlanKind,
    RuleKind,
    TargetRule,
)
from kehoach_desktop.domain.periods import Period  # noqa: E402

PLAN = Plan(PlanKind.FIVE_YEAR, 2026, 2030)
GROUPS = [Group("economy", "Chỉ tiêu kinh tế")]
needs_cache = pytest.mark.skipif(not textcache.enabled(), reason="this matplotlib draws text its own way: no cache")


def _data(code: str) -> IndicatorData:
    ind = Indicator(code, f"Sản lượng lương thực có hạt số {code}", "tấn", "economy",
                    aggregation=Aggregation.FLOW, baseline_value=D(6500), baseline_year=2025)
    values = tuple(MonthlyValue(y, m, D(500 + 10 * m + int(code))) for y in (2025, 2026) for m in range(1, 13))
    return IndicatorData(ind, PLAN, (TargetRule(RuleKind.AT_LEAST, D(7000), per_year=True),), values)


DATA = [_data(str(i)) for i in range(1, 9)]


def _pixels(canvas: FigureCanvasAgg) -> bytes:
    canvas.draw()
    return bytes(canvas.buffer_rgba())


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    textcache.forget()


def test_same_pixels_as_matplotlib_over_redraws_and_charts() -> None:
    kept_fig, plain_fig = Figure(), Figure()
    kept, plain = TextCacheCanvas(kept_fig), FigureCanvasAgg(plain_fig)
    builders = [
        lambda fig, p: overview_figure([evaluate(d, p) for d in DATA], GROUPS, fig),
        lambda fig, p: detail_figure(DATA[0], p, fig),  # a turned axis label, a legend
        lambda fig, p: path_figure(DATA[1], p, fig),
        lambda fig, p: overview_figure([evaluate(d, p) for d in DATA], GROUPS, fig),
    ]
    for build in builders:
        for period in (Period(2026, 3), Period(2026, 9), Period(2026, 3)):
            build(kept_fig, period)
            build(plain_fig, period)
            assert _pixels(kept) == _pixels(plain)


def test_saved_png_at_another_resolution_is_the_same() -> None:
    kept_fig = overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS)
    plain_fig = overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS)
    TextCacheCanvas(kept_fig).draw()  # keep texts at the screen's resolution first
    FigureCanvasAgg(plain_fig)
    out = []
    for fig in (kept_fig, plain_fig):
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=150)
        out.append(buf.getvalue())
    assert out[0] == out[1]


@needs_cache
def test_a_redraw_renders_no_text_again() -> None:
    fig = overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS)
    canvas = TextCacheCanvas(fig)
    canvas.draw()
    assert isinstance(canvas.get_renderer(), CachedTextRenderer)
    kept = textcache.kept_count()
    assert kept > 2 * len(DATA)  # row labels, status words, ticks, title, legend
    canvas.draw()
    assert textcache.kept_count() == kept
    overview_figure([evaluate(d, Period(2026, 8)) for d in DATA], GROUPS, fig)
    canvas.draw()  # new status words and a new title only
    assert kept < textcache.kept_count() <= kept + len(DATA) + 2


@needs_cache
def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textcache, "MAX_TEXTS", 10)
    fig = overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS)
    plain = overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS)
    assert _pixels(TextCacheCanvas(fig)) == _pixels(FigureCanvasAgg(plain))
    assert textcache.kept_count() == 10


def test_another_matplotlib_draws_its_own_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textcache, "MIRRORED", (0, 0))
    canvas = TextCacheCanvas(overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS))
    canvas.draw()
    assert type(canvas.get_renderer()) is RendererAgg and textcache.kept_count() == 0


def test_the_gui_chart_keeps_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.chart_view import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    view.show()
    view.set_chart(lambda fig: overview_figure([evaluate(d, Period(2026, 9)) for d in DATA], GROUPS, fig))
    view.redraw_now()
    assert view.canvas is not None and isinstance(view.canvas, TextCacheCanvas)
    if textcache.enabled():
        assert isinstance(view.canvas.get_renderer(), CachedTextRenderer) and textcache.kept_count() > 0

"""The overview updated in place (another period, new figures) draws what a fresh overview draws."""

from __future__ import annotations

from decimal import Decimal as D
from itertools import permutations
from typing import Any

import pytest

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kehoach_desktop.charts.detail import detail_figure  # noqa: E402
from kehoach_desktop.charts.overview import overview_figure  # noqa: E402
from kehoach_desktop.domain.evaluation import Evaluation, evaluate  # noqa: E402
from kehoach_desktop.domain.model import (  # noqa: E402
    Aggregation,
    Direction,
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
GROUPS = [Group("economy", "Chỉ tiêu kinh tế"), Group("society", "Chỉ tiêu văn hóa - xã hội")]
MARCH, SEPTEMBER, Q3, YEAR = Period(2026, 3), Period(2026, 9), Period.quarter(2026, 3), Period.whole_year(2026)


def _data(code: str, kind: RuleKind, target: str, figures: dict[int, str], *, flow: bool = False,
          lower: bool = False, group: str = "economy") -> IndicatorData:
    ind = Indicator(code, f"Chỉ tiêu thử số {code} của kế hoạch", "tấn", group,
                    direction=Direction.LOWER if lower else Direction.HIGHER,
                    aggregation=Aggregation.FLOW if flow else Aggregation.STOCK)
    values = tuple(MonthlyValue(2026, m, D(v)) for m, v in sorted(figures.items()))
    return IndicatorData(ind, PLAN, (TargetRule(kind, D(target), per_year=True),), values)


# Between March and September: year-to-date shares grow, statuses change, a lower-is-better
# indicator goes from no accident (drawn at the clip) to one, an indicator gets its first figure
# (a bar appears), another far above its target widens the axis and is cut with "»".
PLAN_DATA = [
    _data("1", RuleKind.AT_LEAST, "7000", {m: "650" for m in range(1, 13)}, flow=True),
    _data("2", RuleKind.AT_LEAST, "95", {m: str(80 + 2 * m) for m in range(1, 13)}),
    _data("3", RuleKind.AT_MOST, "4", {m: "1" if m == 6 else "0" for m in range(1, 13)}, flow=True, lower=True),
    _data("4", RuleKind.AT_LEAST, "100", {m: str(60 + 5 * m) for m in range(5, 13)}),
    _data("5", RuleKind.AT_LEAST, "10", {m: "9" if m < 6 else "30" for m in range(1, 13)}),
    _data("6", RuleKind.AT_LEAST, "95", {}, group="society"),
    _data("7", RuleKind.AT_MOST, "3", {m: str(5 - m * D("0.25")) for m in range(1, 13)}, lower=True,
          group="society"),
]


def _evaluations(period: Period, data: list[IndicatorData] = PLAN_DATA) -> list[Evaluation]:
    return [evaluate(d, period) for d in data]


def _render(fig: Figure) -> bytes:
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return bytes(canvas.buffer_rgba())


def _text(t: Any) -> tuple:
    props = t.get_fontproperties()
    return (t.get_gid(), t.get_text(), tuple(t.get_position()), t.get_visible(), str(props.get_file()),
            props.get_size(), to_hex(t.get_color()))


def _picture(fig: Figure) -> dict[str, Any]:
    """What the overview shows, read back from its artists (after a render, for the tick labels)."""
    pixels = _render(fig)
    (ax,) = fig.axes
    legends = [[(_text(t), to_hex(h.get_facecolor()), h.get_hatch()) for t, h in zip(lg.get_texts(), lg.legend_handles)]
               for lg in fig.legends]
    return {
        "size": tuple(fig.get_size_inches()),
        "title": _text(ax.title) + _text(ax._left_title),
        "limits": (ax.get_xlim(), ax.get_ylim()),
        "yticks": [(_text(t), y) for t, y in zip(ax.get_yticklabels(), ax.get_yticks())],
        "xticks": [(_text(t), x) for t, x in zip(ax.get_xticklabels(), ax.get_xticks())],
        "texts": [_text(t) for t in ax.texts],
        "bars": [(p.get_gid(), p.get_x(), p.get_y(), p.get_width(), p.get_height(), to_hex(p.get_facecolor()),
                  p.get_hatch(), p.get_picker(), p.get_zorder()) for p in ax.patches],
        "lines": [(ln.get_gid(), list(ln.get_xdata()), list(ln.get_ydata())) for ln in ax.lines],
        "legends": legends,
        "pixels": pixels,
    }


def _bar_codes(fig: Figure) -> list[str]:
    return [str(p.get_gid()) for p in fig.axes[0].patches]


def test_the_periods_differ_in_what_an_update_must_change() -> None:
    """The cases below are real ones: bars appear, lengths, words, axis and legend change."""
    march, september = _picture(overview_figure(_evaluations(MARCH), GROUPS)), _picture(
        overview_figure(_evaluations(SEPTEMBER), GROUPS))
    assert len(march["bars"]) < len(september["bars"])  # indicator 4 has no figure in March
    assert march["limits"][0] != september["limits"][0]  # indicator 5 at 300% widens the axis
    assert march["texts"] != september["texts"] and march["title"] != september["title"]
    assert march["legends"] != september["legends"]  # other statuses present
    assert any("»" in t[1] for t in september["texts"])


@pytest.mark.parametrize(("first", "then"), list(permutations([MARCH, SEPTEMBER, Q3, YEAR], 2)))
def test_update_in_place_draws_what_a_fresh_overview_draws(first: Period, then: Period) -> None:
    fig = overview_figure(_evaluations(first), GROUPS)
    _render(fig)
    ax, labels = fig.axes[0], list(fig.axes[0].get_yticklabels())
    again = overview_figure(_evaluations(then), GROUPS, fig=fig)
    assert again is fig and fig.axes == [ax]
    assert list(ax.get_yticklabels()) == labels  # updated in place: the row labels were kept
    fresh = overview_figure(_evaluations(then), GROUPS)
    assert _picture(fig) == _picture(fresh)


def test_update_with_the_same_figures_changes_nothing() -> None:
    fig = overview_figure(_evaluations(SEPTEMBER), GROUPS)
    before = _picture(fig)
    overview_figure(_evaluations(SEPTEMBER), GROUPS, fig=fig)
    assert _picture(fig) == before


def test_other_rows_are_drawn_afresh() -> None:
    fig = overview_figure(_evaluations(SEPTEMBER), GROUPS)
    ax = fig.axes[0]
    fewer = _evaluations(MARCH, PLAN_DATA[:4])  # another plan: other rows, another height
    overview_figure(fewer, GROUPS, fig=fig)
    assert fig.axes[0] is not ax
    assert _picture(fig) == _picture(overview_figure(fewer, GROUPS))
    assert _bar_codes(fig) == ["1", "2", "3"]


def test_a_figure_used_by_another_chart_is_drawn_afresh() -> None:
    fig = overview_figure(_evaluations(SEPTEMBER), GROUPS)
    detail_figure(PLAN_DATA[0], SEPTEMBER, fig=fig)
    overview_figure(_evaluations(MARCH), GROUPS, fig=fig)
    assert _picture(fig) == _picture(overview_figure(_evaluations(MARCH), GROUPS))


def test_an_empty_plan_after_a_full_one_and_back() -> None:
    fig = overview_figure(_evaluations(SEPTEMBER), GROUPS)
    overview_figure([], GROUPS, fig=fig)
    assert _picture(fig) == _picture(overview_figure([], GROUPS))
    overview_figure(_evaluations(MARCH), GROUPS, fig=fig)
    assert _picture(fig) == _picture(overview_figure(_evaluations(MARCH), GROUPS))

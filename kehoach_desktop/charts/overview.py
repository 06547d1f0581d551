"""The dashboard: every indicator's share of the year's target, grouped by sector.

``overview_figure`` draws one horizontal bar per indicator (document order, under its group's
title), coloured and hatched by status, with the status word beside it and a line at 100%.
Each bar carries ``gid`` = the indicator's code and is pickable, so a click can open it.
``status_counts_figure`` counts indicators per status per group (stacked bars).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from ..domain.evaluation import Evaluation
from ..domain.model import Group, Status
from ..domain.numbers import format_percent
from . import labels as L
from .orient import is_lower_better, oriented_percent
from .style import (
    FIGURE_WIDTH,
    FIXED_HEIGHT,
    HATCH_EDGE,
    PERCENT_CLIP,
    REFERENCE_COLOR,
    ROW_HEIGHT,
    STATUS_COLORS,
    STATUS_HATCHES,
    STATUS_ORDER,
    apply_font,
    bold_font,
    chart_context,
    drawing,
    font,
    percent_formatter,
    shorten,
)

#: gid of the 100% reference line, and prefix of the group separator texts.
REFERENCE_GID = "reference-100"
GROUP_GID_PREFIX = "group:"
NAME_WIDTH = 46


@dataclass(frozen=True)
class Row:
    """One line of the overview: a group title (``evaluation`` None) or an indicator."""

    label: str
    evaluation: Evaluation | None = None
    group: Group | None = None


def _group_order(evaluations: Sequence[Evaluation], groups: Sequence[Group]) -> list[tuple[Group, list[Evaluation]]]:
    """Evaluations by group, groups in document order; unknown groups after, then ungrouped."""
    by_key: dict[str, list[Evaluation]] = {}
    for ev in evaluations:
        by_key.setdefault(ev.indicator.group or "", []).append(ev)
    ordered: list[tuple[Group, list[Evaluation]]] = []
    for group in groups:
        if group.key in by_key:
            ordered.append((group, by_key.pop(group.key)))
    for key, evs in by_key.items():
        ordered.append((Group(key, key or L.OTHER_GROUP), evs))
    return ordered


def layout_rows(evaluations: Sequence[Evaluation], groups: Sequence[Group]) -> list[Row]:
    """The overview's rows top to bottom: each group title followed by its indicators."""
    rows: list[Row] = []
    for group, evs in _group_order(evaluations, groups):
        rows.append(Row(group.title, None, group))
        for ev in evs:
            ind = ev.indicator
            indent = "    " if ind.parent_code else "  "
            mark = f" {L.LOWER_MARK}" if is_lower_better(ev) else ""
            rows.append(Row(f"{indent}{ind.code}. {shorten(ind.name, NAME_WIDTH)}{mark}", ev, group))
    return rows


def _bar_text(ev: Evaluation, share: Decimal | None) -> str:
    if share is None or share.is_infinite():
        return ev.status_label
    return f"{format_percent(share)}  {ev.status_label}"


@dataclass(frozen=True)
class _Content:
    """What the overview shows for one period: everything an update in place may change."""

    title: str
    xmax: float
    ticks: tuple[int, ...]
    words: tuple[str, ...]  # the status text of each indicator row, top to bottom
    bars: tuple[tuple[int, Evaluation, float], ...]  # (row, evaluation, length) of rows with a bar
    legend: tuple[Status, ...]  # the statuses present, in legend order


def _content(rows: Sequence[Row], evaluations: Sequence[Evaluation]) -> _Content:
    period = evaluations[0].period.label if evaluations else ""
    shares = [oriented_percent(r.evaluation) if r.evaluation else None for r in rows]
    finite = [float(s) for s in shares if s is not None and s.is_finite()]
    xmax = min(max([100.0, *finite]) * 1.08, PERCENT_CLIP)
    xmax = max(xmax, 110.0)
    words: list[str] = []
    bars: list[tuple[int, Evaluation, float]] = []
    for y, (row, share) in enumerate(zip(rows, shares)):
        ev = row.evaluation
        if ev is None:
            continue
        if share is not None:
            length = PERCENT_CLIP if share.is_infinite() else min(float(share), xmax)
            bars.append((y, ev, max(length, 0.0)))
            clipped = share.is_infinite() or float(share) > xmax
            words.append(_bar_text(ev, share) + (" »" if clipped and share.is_finite() else ""))
        else:
            words.append(ev.status_label)
    present = tuple(s for s in STATUS_ORDER if any(r.evaluation and r.evaluation.status is s for r in rows))
    return _Content(L.OVERVIEW_TITLE.format(period=period), xmax,
                    tuple(t for t in (0, 25, 50, 75, 100, 125, 150) if t <= xmax), tuple(words),
                    tuple(bars), present)


@dataclass
class _Drawn:
    """An overview drawn into a kept figure: its artists, so the next period updates them."""

    rows: tuple[tuple[str, str], ...]  # (label, code) of every row: the chart's fixed structure
    ax: Axes
    title: Text
    words: list[Text]
    bars: BarContainer | None
    legend: Legend | None
    content: _Content


#: The attribute of the overview's axes that holds its ``_Drawn``. Kept on the axes, not in a
#: table: it goes with them when the figure is cleared or dropped (a weak table would not let go,
#: since the artists it holds refer back to their figure).
_DRAWN = "_kehoach_overview"


def _drawn(fig: Figure | None) -> _Drawn | None:
    """The overview drawn into ``fig`` if it still holds it alone, else None."""
    axes = fig.axes if fig is not None else []
    found = getattr(axes[0], _DRAWN, None) if len(axes) == 1 else None
    return found if isinstance(found, _Drawn) else None


def _structure(rows: Sequence[Row]) -> tuple[tuple[str, str], ...]:
    return tuple((r.label, r.evaluation.indicator.code if r.evaluation else "") for r in rows)


def overview_figure(
    evaluations: Sequence[Evaluation], groups: Sequence[Group], fig: Figure | None = None
) -> Figure:
    """Bars of % of the year's target per indicator, grouped by sector (see the module doc).

    Into a kept figure that already shows the same rows (the same plan, another period or new
    figures), the chart is updated in place: bar lengths, colours and hatches, the status words,
    the title and, when they change, the axis range and the legend. The row labels, which are
    most of the text, stay as they are. The result is the same chart a fresh draw gives
    (tests/test_charts_update.py compares them); it saves the rebuilding of some 400 artists.
    """
    rows = layout_rows(evaluations, groups)
    height = FIXED_HEIGHT + ROW_HEIGHT * max(len(rows), 1)
    drawn = _drawn(fig)
    if fig is not None and drawn is not None and rows and drawn.rows == _structure(rows):
        fig.set_size_inches(fig.get_figwidth(), height, forward=False)
        with chart_context():
            _update(fig, drawn, _content(rows, evaluations))
        return fig
    with drawing(fig, FIGURE_WIDTH, height, set_height=True) as fig:
        drawn = _draw_overview(fig, rows, evaluations, height)
        if drawn is not None:
            setattr(drawn.ax, _DRAWN, drawn)
    return fig


def _draw_overview(fig: Figure, rows: list[Row], evaluations: Sequence[Evaluation], height: float) -> _Drawn | None:
    ax = fig.add_subplot(1, 1, 1)
    # Fixed margins in inches, so row height stays the same whatever the number of rows.
    top, bottom = 0.55 / height, 0.95 / height
    fig.subplots_adjust(left=0.40, right=0.98, top=1 - top, bottom=bottom)
    content = _content(rows, evaluations)
    # y given: the title stays where matplotlib would put it (no tick labels above the axes),
    # without measuring every row label on each draw to find that out.
    title = ax.set_title(content.title, fontproperties=bold_font(10), loc="left", y=1.0)
    n = len(rows)
    if not rows:
        ax.text(0.5, 0.5, L.OVERVIEW_EMPTY, ha="center", va="center", transform=ax.transAxes,
                fontproperties=font())
        ax.set_axis_off()
        return None
    _set_range(ax, content)
    ax.set_ylim(n - 0.5, -0.5)
    ys = list(range(n))
    words: list[Text] = []
    for y, row in zip(ys, rows):
        if row.evaluation is None:
            ax.axhline(y, color="#DDDDDD", linewidth=0.6, zorder=0)
            continue
        t = ax.text(content.xmax * 1.02, y, content.words[len(words)], va="center", ha="left",
                    fontproperties=font(7.5), color="#222222", zorder=5, clip_on=False)
        t.set_gid("status:" + row.evaluation.indicator.code)
        words.append(t)
    bars = _add_bars(ax, content)
    ref = ax.axvline(100, color=REFERENCE_COLOR, linewidth=1.1, linestyle="--", zorder=4)
    ref.set_gid(REFERENCE_GID)
    ax.set_yticks(ys, [r.label for r in rows])
    for tick_label, row in zip(ax.get_yticklabels(), rows):
        if row.evaluation is None:
            tick_label.set_fontproperties(bold_font(8))
            if row.group is not None:  # a title row always has its group
                tick_label.set_gid(GROUP_GID_PREFIX + row.group.key)
        else:
            tick_label.set_fontproperties(font(7.5))
            tick_label.set_gid("label:" + row.evaluation.indicator.code)
    ax.tick_params(axis="y", length=0)
    # The y axis has no label: placed by hand, so a draw does not measure the row labels to place it.
    ax.yaxis.set_label_coords(0, 0.5)
    ax.xaxis.set_major_formatter(percent_formatter())
    ax.set_xlabel(L.OVERVIEW_XLABEL, fontproperties=font(7.5))
    ax.grid(axis="x", color="#EEEEEE", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    legend = _add_legend(fig, content)
    return _Drawn(_structure(rows), ax, title, words, bars, legend, content)


def _set_range(ax: Axes, content: _Content, ticks: bool = True) -> None:
    text_room = content.xmax * 0.52  # space right of the bars for "94,2%  Đúng tiến độ"
    ax.set_xlim(0, content.xmax + text_room)
    if ticks:  # setting ticks makes new tick artists: only when they change
        ax.set_xticks(content.ticks)


def _add_bars(ax: Axes, content: _Content) -> BarContainer | None:
    if not content.bars:
        return None
    # One call for all bars (much cheaper than one barh per row), then per-bar properties.
    bars = ax.barh([y for y, _, _ in content.bars], [w for _, _, w in content.bars], height=0.68,
                   color=[STATUS_COLORS[ev.status] for _, ev, _ in content.bars],
                   edgecolor=HATCH_EDGE, linewidth=0.5, zorder=2)
    for bar, (_, ev, _) in zip(bars.patches, content.bars):
        bar.set_hatch(STATUS_HATCHES[ev.status])
        bar.set_gid(ev.indicator.code)
        bar.set_picker(True)
    return bars


def _add_legend(fig: Figure, content: _Content) -> Legend | None:
    handles = [
        Patch(facecolor=STATUS_COLORS[s], edgecolor=HATCH_EDGE, hatch=STATUS_HATCHES[s] or None,
              linewidth=0.5, label=s.label)
        for s in content.legend
    ]
    if not handles:
        return None
    legend = fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 4),
                        frameon=False, prop=font(7.5), bbox_to_anchor=(0.5, 0.0), handlelength=1.6)
    apply_font(legend)
    return legend


def _update(fig: Figure, drawn: _Drawn, content: _Content) -> None:
    """Change the drawn overview to ``content``: only the artists whose look changes."""
    old, drawn.content = drawn.content, content
    if content.title != old.title:
        drawn.title.set_text(content.title)
    if content.xmax != old.xmax:
        # New tick labels copy the first one's properties, the chart font included.
        _set_range(drawn.ax, content, ticks=content.ticks != old.ticks)
    for text, word in zip(drawn.words, content.words):
        if text.get_text() != word:
            text.set_text(word)
        if content.xmax != old.xmax:
            text.set_x(content.xmax * 1.02)
    if drawn.bars is not None and [y for y, _, _ in content.bars] == [y for y, _, _ in old.bars]:
        for bar, (_, ev, length), (_, was, _) in zip(drawn.bars.patches, content.bars, old.bars):
            bar.set_width(length)
            if ev.status is not was.status:
                bar.set_facecolor(STATUS_COLORS[ev.status])
                bar.set_hatch(STATUS_HATCHES[ev.status])
    else:  # other rows have a bar now (a figure entered or removed): bars made anew, as when drawn
        if drawn.bars is not None:
            drawn.bars.remove()
        drawn.bars = _add_bars(drawn.ax, content)
    if content.legend != old.legend:
        if drawn.legend is not None:
            drawn.legend.remove()
        drawn.legend = _add_legend(fig, content)


def is_heading(ev: Evaluation, parents: set[str]) -> bool:
    """True for a heading over sub-indicators ("trong đó:") that has no target and no figure itself."""
    return (ev.indicator.code in parents and ev.target is None and ev.final_target is None
            and ev.actual is None)


def status_counts(evaluations: Sequence[Evaluation], groups: Sequence[Group]) -> list[tuple[str, dict[Status, int]]]:
    """Per group (document order) the number of indicators at each status (headings and indicators
    that could not be judged not counted)."""
    parents = {ev.indicator.parent_code for ev in evaluations if ev.indicator.parent_code}
    out = []
    for group, evs in _group_order(evaluations, groups):
        counts = {s: 0 for s in STATUS_ORDER}
        for ev in evs:
            if ev.judged and not is_heading(ev, parents):
                counts[ev.status] += 1
        out.append((group.title, counts))
    return out


def status_counts_figure(
    evaluations: Sequence[Evaluation], groups: Sequence[Group], fig: Figure | None = None
) -> Figure:
    """Stacked bars: how many indicators of each group are at each status, plus the total."""
    table = status_counts(evaluations, groups)
    if table:
        total = {s: sum(c[s] for _, c in table) for s in STATUS_ORDER}
        table.append((L.COUNTS_TOTAL, total))
    height = 1.6 + 0.36 * max(len(table), 1)
    with drawing(fig, FIGURE_WIDTH, height, set_height=True) as fig:
        ax = fig.add_subplot(1, 1, 1)
        fig.subplots_adjust(left=0.40, right=0.97, top=1 - 0.5 / height, bottom=0.85 / height)
        period = evaluations[0].period.label if evaluations else ""
        ax.set_title(L.COUNTS_TITLE.format(period=period), fontproperties=bold_font(10), loc="left")
        ys = list(range(len(table)))
        left = [0] * len(table)
        present = [s for s in STATUS_ORDER if any(c[s] for _, c in table)]
        for status in present:
            widths = [c[status] for _, c in table]
            bars = ax.barh(ys, widths, left=left, height=0.62, color=STATUS_COLORS[status],
                           edgecolor=HATCH_EDGE, linewidth=0.5, hatch=STATUS_HATCHES[status] or None,
                           label=status.label)
            for bar, w, x0 in zip(bars.patches, widths, left):
                bar.set_gid(f"count:{status.value}")
                if w:
                    ax.text(x0 + w / 2, bar.get_y() + bar.get_height() / 2, str(w), ha="center",
                            va="center", fontproperties=bold_font(7.5), color="#000000",
                            bbox=dict(boxstyle="round,pad=0.12", fc="white", ec="none", alpha=0.8))
            left = [a + b for a, b in zip(left, widths)]
        ax.set_yticks(ys, [shorten(title, 48) for title, _ in table])
        ax.set_ylim(len(table) - 0.5, -0.5)
        ax.set_xlim(0, max(left + [1]) * 1.03)
        locator = ax.xaxis.get_major_locator()
        if isinstance(locator, MaxNLocator):  # the default AutoLocator is one: counts are whole
            locator.set_params(integer=True)
        ax.set_xlabel(L.COUNTS_XLABEL)
        ax.tick_params(axis="y", length=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if present:
            fig.legend(loc="lower center", ncol=min(len(present), 4), frameon=False,
                       prop=font(7.5), bbox_to_anchor=(0.5, 0.0))
    return fig

"""One indicator across a province's communes: a bar per commune, coloured by its status.

The bars are the communes' % of their year's target when any commune has one (communes of
different sizes compare fairly), else their figures (a rate, a qualitative indicator). The rows
come in the order given (the table's sort), so the chart and the table read the same way.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..domain.model import Status
from ..domain.numbers import format_number, format_percent
from . import labels as L
from .style import (
    FIGURE_WIDTH, FIXED_HEIGHT, HATCH_EDGE, PERCENT_CLIP, REFERENCE_COLOR, ROW_HEIGHT, STATUS_COLORS,
    STATUS_HATCHES, STATUS_ORDER, bold_font, drawing, font, number_formatter, percent_formatter,
)


@dataclass(frozen=True)
class CommuneBar:
    """One commune's bar: its name, % of target and year to date (either may be None), status."""

    name: str
    percent: Decimal | None
    value: Decimal | None
    status: Status


def compare_figure(
    bars: Sequence[CommuneBar], title: dict[str, str], fig: Figure | None = None
) -> Figure:
    """Horizontal bars, one per commune; ``title`` has ``code``, ``name``, ``period``, ``unit``."""
    height = FIXED_HEIGHT + ROW_HEIGHT * max(len(bars), 1)
    with drawing(fig, FIGURE_WIDTH * 0.75, height, set_height=True) as fig:
        _draw(fig, bars, title, height)
    return fig


def _draw(fig: Figure, bars: Sequence[CommuneBar], title: dict[str, str], height: float) -> None:
    ax = fig.add_subplot(1, 1, 1)
    left, right = 0.32, 0.97
    # A long indicator name would run off the right edge: wrap it to the figure's width (about
    # 12 characters of the 10-point bold font per inch) and start it at the figure's left, above
    # the commune names, giving each extra line its own space.
    lines = textwrap.wrap(L.COMPARE_TITLE.format(**title), width=max(int(fig.get_figwidth() * 11.5), 30)) or [""]
    fig.subplots_adjust(left=left, right=right, top=1 - (0.55 + 0.18 * (len(lines) - 1)) / height,
                        bottom=0.95 / height)
    ax.set_title("\n".join(lines), fontproperties=bold_font(10), loc="left", x=-(left - 0.02) / (right - left))
    by_percent = any(b.percent is not None for b in bars)
    lengths = [(b.percent if by_percent else b.value) for b in bars]
    shown = [(i, b, float(v)) for i, (b, v) in enumerate(zip(bars, lengths)) if v is not None and v.is_finite()]
    if not shown:
        ax.text(0.5, 0.5, L.COMPARE_EMPTY, ha="center", va="center", transform=ax.transAxes, fontproperties=font())
        ax.set_axis_off()
        return
    top = max(v for _, _, v in shown)
    xmax = min(max(top, 100.0) * 1.08, PERCENT_CLIP) if by_percent else max(top, 0.0) * 1.25 or 1.0
    ax.set_xlim(0, xmax * 1.3)
    ax.set_ylim(len(bars) - 0.5, -0.5)
    patches = ax.barh([i for i, _, _ in shown], [min(max(v, 0.0), xmax) for _, _, v in shown], height=0.68,
                      color=[STATUS_COLORS[b.status] for _, b, _ in shown], edgecolor=HATCH_EDGE, linewidth=0.5,
                      zorder=2)
    for patch, (_, b, _) in zip(patches.patches, shown):
        if STATUS_HATCHES[b.status]:
            patch.set_hatch(STATUS_HATCHES[b.status])
    for i, b, v in shown:
        text = format_percent(Decimal(str(v))) if by_percent else format_number(Decimal(str(v)))
        ax.text(min(max(v, 0.0), xmax) + xmax * 0.02, i, text, va="center", fontproperties=font(7.5), zorder=5)
    if by_percent:
        ax.axvline(100, color=REFERENCE_COLOR, linewidth=1.1, linestyle="--", zorder=4)
        ax.xaxis.set_major_formatter(percent_formatter())
        ax.set_xlabel(L.COMPARE_PERCENT, fontproperties=font(7.5))
    else:
        ax.xaxis.set_major_formatter(number_formatter())
        ax.set_xlabel(L.COMPARE_VALUE.format(unit=title.get("unit") or "-"), fontproperties=font(7.5))
    ax.set_yticks(range(len(bars)), [b.name for b in bars])
    for label in ax.get_yticklabels():
        label.set_fontproperties(font(7.5))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#EEEEEE", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    present = [s for s in STATUS_ORDER if any(b.status is s for b in bars)]
    handles = [Patch(facecolor=STATUS_COLORS[s], edgecolor=HATCH_EDGE, hatch=STATUS_HATCHES[s] or None,
                     linewidth=0.5, label=s.label) for s in present]
    if handles:
        fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 4), frameon=False, prop=font(7.5),
                   bbox_to_anchor=(0.5, 0.0), handlelength=1.6)

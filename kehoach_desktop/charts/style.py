"""Look of the charts: the font, the colour-blind-safe palette, hatches, number formatting.

Nothing here touches the global ``rcParams``: builders run inside ``chart_context()`` (a
``matplotlib.rc_context``) and give text an explicit ``FontProperties``.

The font is DejaVu Sans, which ships inside matplotlib itself, so it is present on every PC
the app runs on and covers every precomposed Vietnamese letter (tests/test_charts.py checks
each glyph). The palette is Okabe-Ito; a status is also written as a word and drawn with its
own hatch, so the charts read on a black-and-white printout and for colour-blind officers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import matplotlib
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ticker import FuncFormatter

from ..domain.model import Status
from ..domain.numbers import format_number

FONT_FAMILY = "DejaVu Sans"
FONT_SIZE = 8.5
TITLE_SIZE = 10

#: Okabe-Ito colours by status (good -> bad reads green/blue -> orange/vermillion -> purple).
STATUS_COLORS: dict[Status, str] = {
    Status.EXCEEDED: "#009E73",  # bluish green
    Status.MET: "#0072B2",  # blue
    Status.ON_TRACK: "#56B4E9",  # sky blue
    Status.BEHIND: "#E69F00",  # orange
    Status.AT_RISK: "#D55E00",  # vermillion
    Status.MISSED: "#CC79A7",  # reddish purple
    Status.NO_DATA: "#999999",  # grey
}

#: A hatch per status so bars differ in black-and-white print too.
STATUS_HATCHES: dict[Status, str] = {
    Status.EXCEEDED: "++",
    Status.MET: "",
    Status.ON_TRACK: "//",
    Status.BEHIND: "\\\\",
    Status.AT_RISK: "xx",
    Status.MISSED: "..",
    Status.NO_DATA: "",
}

#: Order statuses are listed in (legends, counts): best first.
STATUS_ORDER: tuple[Status, ...] = (
    Status.EXCEEDED, Status.MET, Status.ON_TRACK, Status.BEHIND, Status.AT_RISK,
    Status.MISSED, Status.NO_DATA,
)

#: Line colours of the detail and path charts (Okabe-Ito too).
ACTUAL_COLOR = "#0072B2"
BAR_COLOR = "#56B4E9"
TARGET_COLOR = "#000000"
PACE_COLOR = "#E69F00"
LAST_YEAR_COLOR = "#7F7F7F"
FORECAST_COLOR = "#D55E00"
NOTE_COLOR = "#CC79A7"
BASELINE_COLOR = "#009E73"
REFERENCE_COLOR = "#333333"
HATCH_EDGE = "#333333"

#: Overview: inches per indicator row, and the fixed part (title, axis, margins).
ROW_HEIGHT = 0.28
FIXED_HEIGHT = 1.5
FIGURE_WIDTH = 9.0
#: Bars longer than this share of the target are drawn to it and marked with their value.
PERCENT_CLIP = 150.0

_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT_FAMILY],
    "font.size": FONT_SIZE,
    "axes.titlesize": TITLE_SIZE,
    "axes.labelsize": FONT_SIZE,
    "xtick.labelsize": FONT_SIZE - 0.5,
    "ytick.labelsize": FONT_SIZE - 0.5,
    "legend.fontsize": FONT_SIZE - 0.5,
    "hatch.color": HATCH_EDGE,
    "hatch.linewidth": 0.6,
    "axes.unicode_minus": False,
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}


@contextlib.contextmanager
def chart_context() -> Iterator[None]:
    """The charts' rc settings for the duration of a builder (never global)."""
    with matplotlib.rc_context(_RC):
        yield


@lru_cache(maxsize=1)
def font_path() -> Path:
    """The file of the chart font (DejaVu Sans from matplotlib's own data folder)."""
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    if path.is_file():
        return path
    from matplotlib import font_manager

    return Path(font_manager.findfont(FontProperties(family=FONT_FAMILY), fallback_to_default=True))


def font(size: float | None = None, weight: str = "normal") -> FontProperties:
    """The chart font at ``size`` points (default size), as explicit properties."""
    return FontProperties(fname=str(font_path()), size=size or FONT_SIZE, weight=weight)


def bold_font(size: float | None = None) -> FontProperties:
    """The bold face of the chart font."""
    bold = font_path().with_name("DejaVuSans-Bold.ttf")
    if bold.is_file():
        return FontProperties(fname=str(bold), size=size or FONT_SIZE)
    return font(size, "bold")


def to_float(value: Decimal | int | float | None) -> float | None:
    """A figure as a float for plotting (None stays None)."""
    return None if value is None else float(value)


def vn_number(value: float, places: int | None = None) -> str:
    """A plotted float written Vietnamese style (``1.234,5``), at most 2 decimals by default."""
    number = Decimal(repr(float(value)))
    if places is None:
        magnitude = abs(number)
        places = 0 if magnitude >= 100 or magnitude == magnitude.to_integral_value() else (
            1 if magnitude >= 10 else 2
        )
        text = format_number(number, places)
        if "," in text:
            text = text.rstrip("0").rstrip(",")
        return text
    return format_number(number, places)


def vn_percent(value: float, places: int = 0) -> str:
    """A plotted float per cent, Vietnamese style: ``100%``, ``94,2%``."""
    return format_number(Decimal(repr(float(value))), places) + "%"


def number_formatter() -> FuncFormatter:
    """Axis ticks as Vietnamese numbers."""
    return FuncFormatter(lambda x, _pos: vn_number(x))


def percent_formatter() -> FuncFormatter:
    """Axis ticks as Vietnamese per cents."""
    return FuncFormatter(lambda x, _pos: vn_percent(x))


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def apply_font(fig: Artist) -> None:
    """Give every text of ``fig`` (titles, ticks, legends) the chart font, keeping sizes/weights.

    ``fig`` is a figure, or any artist holding texts (a legend, an axis).
    """
    regular, bold = font_path(), bold_font().get_file()
    for text in fig.findobj(matplotlib.text.Text):
        props = text.get_fontproperties()
        weight = props.get_weight()
        is_bold = weight == "bold" or (isinstance(weight, int) and weight >= 600)
        text.set_fontproperties(
            FontProperties(fname=str(bold if is_bold and bold else regular), size=props.get_size())
        )


@contextlib.contextmanager
def drawing(fig: Figure | None, width: float, height: float, set_height: bool = False) -> Iterator[Figure]:
    """The figure a builder draws into, inside the charts' rc settings, fonts applied at the end.

    A new figure of ``width`` x ``height`` inches, or ``fig`` cleared: the GUI keeps one figure
    per view and redraws it, reports and tests get their own. ``set_height`` gives a kept figure
    the new height (a taller overview for more indicators), keeping the width its view gave it.
    """
    if fig is None:
        fig = Figure(figsize=(width, height))
    else:
        fig.clear()
        if set_height:
            fig.set_size_inches(fig.get_figwidth(), height, forward=False)
    with chart_context():
        yield fig
        apply_font(fig)

"""Agg canvases that keep each text's rendered glyphs, so a redraw does not lay them out again.

Profiles of the overview's redraw (tests/bench, ``dashboard_redraw``) show FreeType laying out
text as half its time: matplotlib's Agg renderer loads, hints and rasterises every glyph of every
label on every draw, although the ~100 labels of the overview hardly change from one month to the
next. ``CachedTextRenderer`` keeps the rasterised bitmap of each (text, font file, size, dpi,
hinting) and blends it where the text goes, exactly as ``RendererAgg.draw_text`` does with a
fresh one: the pixels are the same (tests/test_charts_textcache.py compares them).

``TextCacheCanvas`` (off screen, and the base of the GUI's Qt canvas) turns the renderer
matplotlib makes into this subclass. Only matplotlib 3.10's ``draw_text`` is
mirrored; with another version, or a text whose font is not a named file (every chart text
is: see ``style.apply_font``), the renderer draws as matplotlib does. The cache is shared by all
canvases, bounded (``MAX_TEXTS``), and used from the thread that draws (the GUI's).
"""

from __future__ import annotations

from collections import OrderedDict
from math import cos, radians, sin
from typing import Any

import matplotlib
import numpy as np
from matplotlib.backend_bases import GraphicsContextBase
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties

#: Texts kept (a chart has about a hundred; each bitmap is a few kilobytes).
MAX_TEXTS = 1024
#: The matplotlib versions whose ``RendererAgg.draw_text`` this mirrors (3.11 lays text out
#: glyph by glyph instead).
MIRRORED = (3, 10)

#: key -> (bitmap, x offset, y offset, descent), least recently used first.
_BITMAPS: OrderedDict[tuple[Any, ...], tuple[np.ndarray, float, float, float]] = OrderedDict()


def enabled() -> bool:
    """True when this matplotlib draws text the way ``CachedTextRenderer`` mirrors."""
    return tuple(matplotlib.__version_info__[:2]) == MIRRORED


class CachedTextRenderer(RendererAgg):
    """``RendererAgg`` that rasterises each distinct text once (see the module doc)."""

    def draw_text(self, gc: GraphicsContextBase, x: float, y: float, s: str, prop: FontProperties,
                  angle: float, ismath: bool | str = False, mtext: Any = None) -> None:
        """Draw ``s`` as ``RendererAgg.draw_text`` does, from the kept bitmap when there is one."""
        file = prop.get_file()
        if ismath or file is None:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        flags, antialiased = get_hinting_flag(), gc.get_antialiased()
        rc = matplotlib.rcParams
        key = (s, str(file), prop.get_size_in_points(), self.dpi, flags, antialiased,
               rc["text.hinting_factor"], rc["text.kerning_factor"])
        kept = _BITMAPS.get(key)
        if kept is None:
            font = self._prepare_font(prop)
            # Angle 0: the bitmap is turned (in raster space) by draw_text_image, as in matplotlib.
            font.set_text(s, 0, flags=flags)
            font.draw_glyphs_to_bitmap(antialiased=antialiased)
            xo, yo = font.get_bitmap_offset()
            kept = (np.array(font.get_image()), xo / 64.0, yo / 64.0, font.get_descent() / 64.0)
            _BITMAPS[key] = kept
            if len(_BITMAPS) > MAX_TEXTS:
                _BITMAPS.popitem(last=False)
        else:
            _BITMAPS.move_to_end(key)
        bitmap, xo, yo, descent = kept
        # The descent is adjusted for the angle (as in RendererAgg.draw_text).
        x = round(x + xo + descent * sin(radians(angle)))
        y = round(y + yo + descent * cos(radians(angle)))
        self._renderer.draw_text_image(bitmap, x, y + 1, angle, gc)


class TextCacheCanvas(FigureCanvasAgg):
    """An off-screen Agg canvas whose renderer keeps rendered texts; first base of the GUI's
    Qt canvas too (``class ChartCanvas(TextCacheCanvas, FigureCanvasQTAgg)``)."""

    def get_renderer(self) -> RendererAgg:
        """matplotlib's renderer for the figure's size, as a ``CachedTextRenderer``."""
        renderer = super().get_renderer()
        # The base class makes a plain RendererAgg when the size changes; the subclass adds only
        # a method, so the same object takes it on (no copy of the base class's sizing rules).
        if type(renderer) is RendererAgg and enabled():
            renderer.__class__ = CachedTextRenderer
        return renderer


def forget() -> None:
    """Drop every kept text (tests)."""
    _BITMAPS.clear()


def kept_count() -> int:
    """How many texts are kept."""
    return len(_BITMAPS)

"""The Qt canvas of every chart: matplotlib's ``FigureCanvasQTAgg`` keeping rendered texts.

Imported by ``chart_view`` when the first chart is drawn, never at start-up: it imports
matplotlib and its Qt backend (see ``chart_view``). The kept texts make a redraw of the
overview (another month, new figures) skip laying out its ~100 labels again
(``charts/textcache.py``).
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

from ..charts.textcache import TextCacheCanvas


class ChartCanvas(TextCacheCanvas, FigureCanvasQTAgg):
    """``FigureCanvasQTAgg`` whose renderer keeps each text's glyphs between draws."""

"""Charts of a plan's indicators as matplotlib ``Figure`` objects, shared by the GUI and reports.

Nothing here uses Qt or pyplot: each builder draws into a ``matplotlib.figure.Figure`` (a given
one, cleared, or a new one) and returns it; the caller attaches a canvas (Qt, Agg, PDF).
This package module imports nothing from matplotlib, so ``import kehoach_desktop.charts`` is
free: matplotlib loads only when ``charts.overview``, ``charts.detail`` or ``charts.path`` is
imported (the GUI does that when a chart is first shown). See docs/charts.md.
"""

__all__ = ["overview", "detail", "path", "style", "labels", "orient"]

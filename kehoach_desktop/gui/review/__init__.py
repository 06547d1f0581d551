"""The plan review screen's parts: indicator tree, source text, indicator editor.

``ReviewWidget`` puts them together; ``gui/plan_page.py`` adds importing, saving and adopting.
"""

from __future__ import annotations

from .editor import IndicatorEditor
from .source_view import SourceView
from .tree_model import IndicatorTreeModel
from .widget import ReviewWidget

__all__ = [
    "IndicatorEditor",
    "IndicatorTreeModel",
    "ReviewWidget",
    "SourceView",
]

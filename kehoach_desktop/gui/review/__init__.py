"""The plan review screen's parts: indicator tree, source text, indicator editor, file import.

``ReviewWidget`` puts them together; ``gui/plan_page.py`` adds importing, saving and adopting.
"""

from __future__ import annotations

from .editor import IndicatorEditor
from .import_job import (
    BackgroundJob,
    ImportResult,
    read_plan_document,
    read_plan_workbook,
)
from .source_view import SourceView
from .tree_model import IndicatorTreeModel
from .widget import ReviewWidget

__all__ = [
    "BackgroundJob",
    "ImportResult",
    "IndicatorEditor",
    "IndicatorTreeModel",
    "ReviewWidget",
    "SourceView",
    "read_plan_document",
    "read_plan_workbook",
]

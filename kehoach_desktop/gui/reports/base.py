"""What the Báo cáo page's export and print steps use, declared once so both are typed.

``ReportsPage`` is ``PrintSteps`` + ``ExportSteps`` over this base: each step class sees the page's
state and the few page methods it calls through these declarations, instead of a mixin pretending
``self`` is the page. ``ReportsPage`` sets the attributes and implements the methods.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QProgressDialog

from ...services.reports import Preview
from ..page import Page
from .table_model import ReportTableModel
from .texts_panel import TextsPanel


class ReportsPageBase(Page):
    """The Báo cáo page's state, shared by its export and print steps."""

    #: The report read for the period shown (None until it arrives).
    preview: Preview | None
    #: The file written last, for "Mở tệp".
    last_file: Path | None
    #: The progress dialog while a file is written.
    progress: QProgressDialog | None
    model: ReportTableModel
    take_number: QCheckBox
    texts: TextsPanel

    def issued_on(self) -> date:
        """The report's date as chosen."""
        raise NotImplementedError

    def may_edit_texts(self) -> bool:
        """True when the officer may write the period's texts here."""
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _show_warning(self, title: str, text: str) -> None:
        raise NotImplementedError

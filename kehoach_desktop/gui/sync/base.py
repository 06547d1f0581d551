"""What the Đồng bộ page's import and export steps share, declared once so both are typed.

``SyncPage`` is ``ImportSteps`` + ``ExportSteps`` over this base: each step class sees the page's
state (the data shown, the last folder, the open dialog) and its ``reload`` through the base's
declarations, instead of a mixin pretending ``self`` is the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QProgressDialog

from ...services.sync import SyncData
from ...sync.export import ExportResult
from ..context import AppContext
from ..page import Page
from .drives import removable_drives, start_folder


class SyncPageBase(Page):
    """The Đồng bộ page's state, shared by its import and export steps."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data: SyncData | None = None
        self.last_folder: Path | None = None  # where the last bundle or key file was
        self.last_export: ExportResult | None = None
        self.dialog: QDialog | None = None  # the dialog open, for tests
        self.progress: QProgressDialog | None = None

    def reload(self) -> None:
        """Read this PC's key, the keys, the history and the conflicts again."""
        raise NotImplementedError

    def _start_folder(self) -> Path:
        """Where file dialogs start: a USB stick when one is in, else the last folder, else home."""
        return start_folder(removable_drives(), self.last_folder, Path.home())

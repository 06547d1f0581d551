"""What the Đồng bộ page's import and export steps share, declared once so both are typed.

``SyncPage`` is ``ImportSteps`` + ``BatchImportSteps`` + ``ExportSteps`` over this base: each step
class sees the page's state (the data shown, the last folder, the open dialog), its ``reload`` and
its ``_show_conflicts`` through the base's declarations, instead of a mixin pretending ``self`` is
the page; ``run_with_progress`` is the progress dialog the long steps share.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog

from ...services.sync import SyncData
from ...sync.export import ExportResult
from ..context import AppContext
from ..operations import DbOp, show_error
from ..page import Page
from .drives import removable_drives, start_folder

if TYPE_CHECKING:
    from ...store.database import Database

T = TypeVar("T")


class ProgressRelay(QObject):
    """Carries the worker's ``progress(done, total, name)`` calls to the GUI thread (a queued signal)."""

    step = Signal(int, int, str)


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

    def _show_conflicts(self) -> None:
        """Bring the conflicts tab forward (after an import brought some)."""
        raise NotImplementedError

    def _start_folder(self) -> Path:
        """Where file dialogs start: a USB stick when one is in, else the last folder, else home."""
        return start_folder(removable_drives(), self.last_folder, Path.home())

    def run_with_progress(
        self, title: str, label: str, work: Callable[[Database, ProgressRelay], Any], done: Callable[[T], None],
        describe: Callable[[int, int, str], str] | None = None,
    ) -> None:
        """``work(db, relay)`` on the database lane behind a modal progress dialog (no cancel: a
        write stops only between whole bundles); ``done`` with its result, or its error shown.

        The work reports through ``relay.step.emit(done, total, name)``; ``describe`` turns that
        into the dialog's text (the label stays when it is None).
        """
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setWindowTitle(title)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.progress = progress
        relay = ProgressRelay(self)

        def step(count: int, total: int, name: str) -> None:
            progress.setMaximum(total)
            progress.setValue(count)
            if describe is not None:
                progress.setLabelText(describe(count, total, name))

        relay.step.connect(step)

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            relay.deleteLater()
            self.progress = None

        def succeeded(result: T) -> None:
            finish()
            done(result)

        def failed(error: BaseException) -> None:
            finish()
            show_error(self, error)

        DbOp(self, self.ctx, lambda db: work(db, relay)).success(succeeded).failure(failed).busy(label).run()

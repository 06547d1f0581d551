"""Importing an annual resolution into the adopted 5-year plan, from any page that offers it.

``AnnualImporter.start()`` asks for the file and the year (``AnnualImportDialog``), reads the
file on the worker's file lane (a PDF takes seconds; ``FileOp``), stores it with
``services.annual.store_annual`` on the database lane and opens the review. A failure shows the core's
Vietnamese message and stores nothing. ``open_stored`` reopens an annual draft stored earlier.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import annual as ops
from ...services.annual import AnnualFile, AnnualReview
from ..context import AppContext
from ..operations import DbOp, FileOp, show_error
from ..progress import close_progress, job_progress
from ..wheel_guard import guard_wheel
from .review_dialog import AnnualReviewDialog, open_review
from .rights import default_year, may_import_annual, may_set_year_targets  # noqa: F401 (also used from here)


class AnnualImportDialog(QDialog):
    """Which file, which year: the two questions before an annual plan is read."""

    def __init__(self, years: range | None, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import annual plan"))
        intro = QLabel(self.tr("Choose the year's resolution or plan (.txt, .docx or .pdf). Its indicators are "
                               "matched to the 5-year plan's; you check each match before the targets are applied."))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("annual_file")
        self.path.setPlaceholderText(self.tr("File of the annual resolution"))
        self.path.textChanged.connect(self._update)
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.year = QSpinBox()
        self.year.setObjectName("annual_year")
        low, high = (years.start, years.stop - 1) if years is not None and len(years) else (2000, 2100)
        self.year.setRange(low, high)
        self.year.setValue(min(max(year, low), high))
        guard_wheel(self.year)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        year_label = QLabel(self.tr("&Year of the plan:"))
        year_label.setBuddy(self.year)
        form.addRow(year_label, self.year)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update()

    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path.setText(path)

    def choose_file(self) -> str | None:
        """Ask for the file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the annual plan file"), "",
                                              self.tr("Plan documents (*.txt *.docx *.pdf);;All files (*)"))
        return path or None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))


class AnnualImporter(QObject):
    """Runs the annual import from a page: ask, read, store, review."""

    #: A review opened (the dialog), after an import or a reopen.
    review_opened = Signal(object)
    #: The import ended: True when it stored the annual plan and opened its review.
    finished = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._page = parent
        self._job: object | None = None  # the file being read (a token: a cancelled read is ignored)
        self._progress: QProgressDialog | None = None
        self.dialog: AnnualImportDialog | None = None
        self.review: AnnualReviewDialog | None = None

    def start(self) -> AnnualImportDialog | None:
        """Ask for the file and the year (the dialog is returned, opened, not waited for)."""
        if not may_import_annual(self.ctx) or self.ctx.plan_id is None or self._job is not None:
            return None
        dialog = AnnualImportDialog(self.ctx.plan_years, default_year(self.ctx), self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._read(dialog.path.text().strip(), dialog.year.value()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _read(self, path: str, year: int) -> None:
        plan_id = self.ctx.plan_id
        if plan_id is None:
            return
        job = object()
        self._job = job
        name = Path(path).name
        self._progress = job_progress(self._page, self.tr("Reading %1...").replace("%1", name), self.tr("Cancel"),
                                      self.tr("Importing the annual plan"), lambda: self._cancel(job))
        self.ctx.status.emit(self.tr("Reading %1...").replace("%1", name))
        FileOp(self._page, self.ctx, lambda: ops.read_annual_file(path)).success(
            lambda result: self._read_done(job, plan_id, year, result, None)).failure(
            lambda error: self._read_done(job, plan_id, year, None, error)).run()

    def _cancel(self, job: object) -> None:
        # A file being read cannot be stopped; its result is ignored when it comes.
        if self._job is job:
            self._job = None
            self._close_progress()
            self.ctx.status.emit(self.tr("Import cancelled"))
            self.finished.emit(False)

    def _close_progress(self) -> None:
        close_progress(self._progress)
        self._progress = None

    def _read_done(self, job: object, plan_id: int, year: int, result: AnnualFile | None,
                   error: BaseException | None) -> None:
        if self._job is not job:
            return
        self._job = None
        self._close_progress()
        self.ctx.status.emit("")
        if error is not None or result is None:
            show_error(self._page, error or RuntimeError("no result"))
            self.finished.emit(False)
            return
        actor = self.ctx.actor

        def failed(exc: BaseException) -> None:
            show_error(self._page, exc)
            self.finished.emit(False)

        DbOp(self._page, self.ctx, lambda db: ops.store_annual(db, plan_id, result, year, actor)).success(
            self._stored).failure(failed).busy(self.tr("Matching the annual plan...")).run()

    def _stored(self, review: AnnualReview) -> None:
        self.ctx.status.emit(self.tr("The %1 annual plan was stored as a draft; check its matches")
                             .replace("%1", str(review.year)))
        self._open(review)
        self.finished.emit(True)

    def open_stored(self, annual_plan_id: int) -> None:
        """Reopen the annual draft ``annual_plan_id`` stored earlier."""
        DbOp(self._page, self.ctx, lambda db: ops.load_review(db, annual_plan_id)).success(self._open).busy(
            self.tr("Loading the annual plan...")).run()

    def _open(self, review: AnnualReview) -> None:
        self.review = open_review(self.ctx, review, may_import_annual(self.ctx), self._page)
        self.review_opened.emit(self.review)

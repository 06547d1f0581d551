"""The "Chỉ tiêu" page: the commune's plan, imported from its document, reviewed, adopted.

An administrator imports the resolution (.txt/.docx/.pdf) or the Excel template; the file is
read off the GUI thread, and the result opens in the review widget as an unsaved draft. Flagged
items must be confirmed or corrected before the plan can be adopted. Everyone else sees the
plan read-only. All database work goes through ``DbOp`` on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.access import Action, User
from ..domain.model import PlanKind, PlanStatus
from ..domain.periods import Period
from ..domain.draft import PlanDraft
from ..services.changes import Outcome
from ..services.plan import (
    ImportResult,
    StoredPlan,
    load_plan,
    read_plan_document,
    read_plan_workbook,
    store_plan,
    write_plan_workbook,
)
from .context import AppContext
from .operations import DbOp, FileOp, show_error
from .page import Page
from .progress import close_progress, job_progress
from .resources import icon
from .review import ReviewWidget

if TYPE_CHECKING:
    from ..store.database import Database

#: A plan's title is stored in 500 characters (store/schema.py, PlanRow.title).
MAX_TITLE = 500
WARNING_STYLE = "background: #fff8e1; border: 1px solid #e0b000; padding: 6px;"


class PlanPage(Page):
    """The plan's indicators: import, review, correct, save, adopt."""

    icon_name = "plan"
    #: Emitted when reading a file ends: True when a plan opened for review.
    import_finished = Signal(bool)
    #: Emitted when an export ends: the path written, or "" when it failed.
    export_finished = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._plan_id: int | None = None  # the stored plan shown; None for a fresh import
        self._imported: ImportResult | None = None
        self._job: object | None = None  # the document being read (a token: a cancelled read is ignored)
        self._load_serial = 0  # a load answered after an import or a newer load is dropped
        self._progress: QProgressDialog | None = None
        self._can_edit = False
        self._annual_shown: bool | None = None
        self._build()
        self.review.changed.connect(self._update)
        self.review.applied_on_leave.connect(
            lambda code: self.ctx.status.emit(
                self.tr("The changes to indicator %1 were applied; save the plan to keep them.").replace("%1", code))
        )
        self._apply_permissions()
        self._update()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Indicators")

    def allowed(self, user: User) -> bool:
        """Everyone sees the plan; only an administrator changes it."""
        return True

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("plan_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("plan_details")
        self.details.setWordWrap(True)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        self.import_document_action = self._action(self.tr("Import from document..."), self.import_document,
                                                   self.tr("Read the plan from its resolution or plan document "
                                                           "(.txt, .docx, .pdf)"), "import")
        self.import_excel_action = self._action(self.tr("Import from Excel template..."), self.import_excel,
                                                self.tr("Read the plan from the Excel template filled in"), "import")
        self.export_excel_action = self._action(self.tr("Export Excel template..."), self.export_excel,
                                                self.tr("Write the plan to the Excel template to edit it in Excel"),
                                                "export")
        self.toolbar.addSeparator()
        self.rename_action = self._action(self.tr("Name the plan..."), self.ask_title,
                                          self.tr("Give the plan the title officers and reports use"), "plan")
        self.save_action = self._action(self.tr("Save"), self.save, self.tr("Write the reviewed plan to the database"),
                                        "save")
        self.adopt_action = self._action(self.tr("Adopt plan"), self.adopt,
                                         self.tr("Save and adopt the plan once every item has been reviewed"), "approve")
        self.discard_action = self._action(self.tr("Discard changes"), self.discard,
                                           self.tr("Forget the changes not saved yet"), "undo")
        self.toolbar.addSeparator()
        self.denominator_action = self._action(
            self.tr("Denominator..."), self.edit_denominator,
            self.tr("For a rate or an average: what it is a share of (total households, population) and its "
                    "figure each year, so the province can recompute the province's rate"), "plan")
        self.warnings = QLabel()
        self.warnings.setObjectName("import_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.hide()
        self.review = ReviewWidget()
        from .annual.plan_bar import AnnualBar  # the year's plan: only under an adopted 5-year plan

        self.annual_bar = AnnualBar(self.ctx, self)
        self.annual_bar.applied.connect(lambda _summary: self._annual_applied())
        self.annual_bar.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self.review)
        # The details on their own line: beside the toolbar they were squeezed into a narrow
        # column of four lines on a 1366x768 screen.
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(under)
        annual = QHBoxLayout()
        annual.addStretch(1)
        annual.addWidget(self.annual_bar)
        layout.addLayout(annual)
        layout.addWidget(self.warnings)
        layout.addWidget(self.stack, 1)

    def _action(self, text: str, slot: Callable[[], object], tip: str, icon_name: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda: slot())
        self.toolbar.addAction(action)
        return action

    def ask_title(self) -> None:
        """Ask the plan's title (opened with ``open()``; the dialog is ``self.title_dialog``)."""
        draft = self.review.draft()
        if draft is None or not self._can_edit:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Name the plan"))
        dialog.setLabelText(self.tr("Title of the plan (as in the resolution):"))
        dialog.setTextValue(draft.plan.title or "")
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.resize(560, dialog.sizeHint().height())
        dialog.textValueSelected.connect(self._title_chosen)
        self.title_dialog = dialog
        dialog.open()

    def _title_chosen(self, text: str) -> None:
        title = " ".join(text.split())
        if not title:
            self._warn(self.tr("Name the plan"), self.tr("The title cannot be empty."))
            return
        if len(title) > MAX_TITLE:
            self._warn(self.tr("Name the plan"),
                       self.tr("The title is too long: at most %1 characters.").replace("%1", str(MAX_TITLE)))
            return
        self.review.rename_plan(title)

    def edit_denominator(self) -> None:
        """Open the denominator dialog of the selected indicator (``self.denominator_dialog``)."""
        from .denominator_dialog import DenominatorDialog

        code = self.review.current_code()
        if self._plan_id is None or not self._can_edit:
            return
        if code is None:
            self._warn(self.tr("Denominator"), self.tr("Select a rate indicator in the list first."))
            return
        self.denominator_dialog = DenominatorDialog(self, self.ctx, self._plan_id, code)
        self.denominator_dialog.open()

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _build_empty(self) -> QWidget:
        self.empty = QWidget()
        self.empty_text = QLabel()
        self.empty_text.setObjectName("no_plan_text")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_import_document = QPushButton(self.tr("Import from document..."))
        self.empty_import_document.clicked.connect(self.import_document)
        self.empty_import_excel = QPushButton(self.tr("Import from Excel template..."))
        self.empty_import_excel.clicked.connect(self.import_excel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_import_document)
        buttons.addWidget(self.empty_import_excel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.empty)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return self.empty

    def _apply_permissions(self) -> None:
        self._can_edit = self.ctx.can(Action.EDIT_PLAN)
        for action in (self.import_document_action, self.import_excel_action, self.save_action,
                       self.adopt_action, self.discard_action, self.rename_action, self.denominator_action):
            action.setVisible(self._can_edit)
        for button in (self.empty_import_document, self.empty_import_excel):
            button.setVisible(self._can_edit)
        self.review.set_read_only(not self._can_edit)
        if self._can_edit:
            self.empty_text.setText(self.tr(
                "There is no plan yet.\n\nImport the commune's resolution or plan document (.txt, .docx "
                "or .pdf), or an Excel template filled in. You will then check each indicator against the "
                "document before adopting the plan."))
        else:
            self.empty_text.setText(self.tr(
                "There is no plan yet.\n\nThe administrator imports the plan from its document; the "
                "indicators appear here once that is done."))

    # -- loading --------------------------------------------------------------------------------
    def activate(self) -> None:
        """Load the current plan, unless unsaved review work is on screen."""
        self._apply_permissions()
        self._annual_shown = None  # the row is shown again as the user's rights allow
        if not self.review.is_dirty() and self._imported is None:
            self.reload()

    def reload(self) -> None:
        """Show the stored current plan (``ctx.plan_id``), dropping anything unsaved."""
        plan_id = self.ctx.plan_id
        self._imported = None
        self._show_warnings(())
        if plan_id is None:
            self._plan_id = None
            self.review.set_draft(None)
            self._update()
            return
        self._load_serial += 1
        serial = self._load_serial
        DbOp(self, self.ctx, lambda db: load_plan(db, plan_id)).success(
            lambda stored: self._show_stored(stored, serial)).busy(self.tr("Loading the plan...")).run()

    def _show_stored(self, stored: StoredPlan, serial: int) -> None:
        if serial != self._load_serial or self._imported is not None or self.review.is_dirty():
            return  # overtaken: an import opened meanwhile, or the officer started editing
        self._plan_id, self._imported = stored.plan_id, None
        self.review.set_draft(stored.draft)
        self._update()

    def _annual_applied(self) -> None:
        """An annual plan changed the 5-year plan's targets (and may have added indicators)."""
        if not self.review.is_dirty() and self._imported is None:
            self.reload()

    # -- leaving --------------------------------------------------------------------------------
    def can_change_period(self) -> bool:
        """The plan is not monthly work: switching the month never touches the review."""
        return True

    def can_leave(self) -> bool:
        """Ask what to do with unsaved review work: save, discard or stay."""
        if not self.review.is_dirty():
            return True
        answer = self._ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self._save_now()
        if answer == QMessageBox.StandardButton.Discard:
            self._drop_changes()
            return True
        return False

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The plan being reviewed has changes that are not saved. Save them now?"),
            buttons, QMessageBox.StandardButton.Save,
        )

    def _save_now(self) -> bool:
        """Save while the page is being left; waits for the worker (a small write) so the answer is known."""
        draft = self._draft_to_save()
        if draft is None or not self._confirm_new_plan():
            return False
        try:
            outcome = self.ctx.worker.call(self._store_fn(draft, adopt=False))
        except Exception as exc:  # noqa: BLE001  (UserError in words, anything else to the log)
            show_error(self, exc)
            return False
        self._stored(outcome.value, adopted=False)
        self.ctx.publish(outcome.changes)
        return True

    def _drop_changes(self) -> None:
        self._imported = None
        self.review.set_draft(None)
        self.reload()

    # -- importing ------------------------------------------------------------------------------
    def _choose_file(self, file_filter: str) -> str | None:
        """Ask for a file to import (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the plan file"), "", file_filter)
        return path or None

    def _choose_save_file(self, file_filter: str, suggested: str) -> str | None:
        """Ask where to write a file (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the Excel template"), suggested, file_filter)
        return path or None

    def import_document(self) -> None:
        """Read a plan from its document, then open it for review."""
        self._import(self.tr("Plan documents (*.txt *.docx *.pdf);;All files (*)"), read_plan_document)

    def import_excel(self) -> None:
        """Read a plan from the Excel template, then open it for review."""
        self._import(self.tr("Excel template (*.xlsx)"), read_plan_workbook)

    def _import(self, file_filter: str, reader: Callable[[str], ImportResult]) -> None:
        if not self._can_edit or self._job is not None:
            return
        if self.review.is_dirty() and not self.can_leave():
            return
        path = self._choose_file(file_filter)
        if not path:
            return
        job = object()
        self._job = job
        self._progress = job_progress(self, self.tr("Reading %1...").replace("%1", Path(path).name), self.tr("Cancel"),
                                      self.tr("Importing the plan"), lambda: self._cancel_import(job))
        self.ctx.status.emit(self.tr("Reading %1...").replace("%1", Path(path).name))
        FileOp(self, self.ctx, lambda: reader(path)).success(
            lambda result: self._import_done(job, result, None)).failure(
            lambda error: self._import_done(job, None, error)).run()

    def _cancel_import(self, job: object) -> None:
        # A document being read cannot be stopped; its result is simply ignored when it comes.
        if self._job is job:
            self._job = None
            self._close_progress()
            self.ctx.status.emit(self.tr("Import cancelled"))
            self.import_finished.emit(False)

    def _close_progress(self) -> None:
        close_progress(self._progress)
        self._progress = None

    def _import_done(self, job: object, result: ImportResult | None, error: BaseException | None) -> None:
        if self._job is not job:
            return
        self._job = None
        self._close_progress()
        self.ctx.status.emit("")
        if error is not None or result is None:
            show_error(self, error or RuntimeError("no result"))
            self.import_finished.emit(False)
            return
        if not result.draft.indicators:
            QMessageBox.warning(
                self, self.tr("No indicators found"),
                "\n".join([self.tr("No indicators were found in %1, so nothing was imported.")
                           .replace("%1", result.source_name), *result.warnings]),
            )
            self.import_finished.emit(False)
            return
        self._imported, self._plan_id = result, None
        self._load_serial += 1
        self.review.set_draft(result.draft, result.notes, dirty=True)
        self._show_warnings(result.warnings)
        self._update()
        self.import_finished.emit(True)

    def _show_warnings(self, warnings: tuple[str, ...] | list[str]) -> None:
        if not warnings:
            self.warnings.hide()
            self.warnings.clear()
            return
        self.warnings.setText("\n".join([self.tr("Notes from reading the document:"), *warnings]))
        self.warnings.show()

    # -- exporting ------------------------------------------------------------------------------
    def export_excel(self) -> None:
        """Write the plan shown (with unsaved edits) to the Excel template."""
        if not self.review.commit_editor():
            return
        draft = self.review.draft()
        if draft is None:
            return
        path = self._choose_save_file(self.tr("Excel template (*.xlsx)"), self._suggested_name(draft))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        commune_name = self.ctx.commune_name or None
        self.ctx.status.emit(self.tr("Writing %1...").replace("%1", Path(path).name))
        FileOp(self, self.ctx, lambda: write_plan_workbook(draft, path, commune_name)).success(
            lambda written: self._exported(written, None)).failure(lambda error: self._exported(None, error)).run()

    def _exported(self, path: Path | None, error: BaseException | None) -> None:
        if error is not None or path is None:
            self.ctx.status.emit("")
            show_error(self, error or RuntimeError("no file written"))
            self.export_finished.emit("")
            return
        self.ctx.status.emit(self.tr("The Excel template was written to %1").replace("%1", str(path)))
        self.export_finished.emit(str(path))

    @staticmethod
    def _suggested_name(draft: PlanDraft) -> str:
        years = draft.plan.years
        span = str(years.start) if len(years) == 1 else f"{years.start}-{years[-1]}"
        return f"ke-hoach-{span}.xlsx"

    # -- saving and adopting --------------------------------------------------------------------
    def _draft_to_save(self) -> PlanDraft | None:
        if not self._can_edit:
            return None
        if not self.review.commit_editor():
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                self.tr("The indicator form has errors; correct them (they are shown in red) "
                                        "or undo the changes first."))
            return None
        return self.review.draft()

    def _confirm_new_plan(self) -> bool:
        """A fresh import becomes a new plan: say so when the database already has one."""
        if self._imported is None or self.ctx.plan_id is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Add the imported plan"),
            self.tr("The database already has a plan. The imported plan will be stored as a new draft "
                    "plan and become the plan you work on; the existing plan and its figures stay in "
                    "the database. Continue?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _store_fn(self, draft: PlanDraft | None, adopt: bool) -> Callable[[Database], Outcome[StoredPlan]]:
        plan_id, actor = self._plan_id, self.ctx.actor
        commune_name = self._imported.commune if self._imported else None
        return lambda db: store_plan(db, plan_id, draft, actor, adopt, commune_name)

    def save(self) -> None:
        """Write the reviewed plan: in place when stored, as a new draft plan when just imported."""
        draft = self._draft_to_save()
        if draft is None or not self._confirm_new_plan():
            return
        DbOp(self, self.ctx, self._store_fn(draft, adopt=False)).success(
            lambda stored: self._stored(stored, adopted=False)).busy(self.tr("Saving the plan...")).run()

    def adopt(self) -> None:
        """Save and adopt the plan; refused while items still need review."""
        draft = self._draft_to_save()
        if draft is None:
            return
        remaining = self.review.flagged_count()
        if remaining:
            QMessageBox.warning(
                self, self.tr("Review not finished"),
                self.tr("%1 items still need review. Confirm or correct each marked item (use \"Next to "
                        "review\"), then adopt the plan.").replace("%1", str(remaining)),
            )
            self.review.next_flagged()
            return
        if not self._confirm_new_plan():
            return
        answer = QMessageBox.question(
            self, self.tr("Adopt plan"),
            self.tr("Adopt this plan? Its targets become the ones figures are judged against."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        changed = self.review.is_dirty() or self._imported is not None
        DbOp(self, self.ctx, self._store_fn(draft if changed else None, adopt=True)).success(
            lambda stored: self._stored(stored, adopted=True)).busy(self.tr("Adopting the plan...")).run()

    def _stored(self, stored: StoredPlan, adopted: bool) -> None:
        self._plan_id, self._imported = stored.plan_id, None
        self._load_serial += 1
        self._show_warnings(())
        self.review.set_draft(stored.draft)
        ctx = self.ctx
        ctx.plan_id, ctx.plan_years = stored.plan_id, stored.years
        if ctx.period.year not in stored.years:
            ctx.set_period(Period.of_kind(ctx.period.kind, stored.years.start, 1))
        ctx.status.emit(self.tr("The plan was adopted") if adopted else self.tr("The plan was saved"))
        self._update()

    def discard(self) -> None:
        """Forget unsaved edits (after asking) and show the stored plan again."""
        if not self.review.is_dirty():
            return
        answer = QMessageBox.question(self, self.tr("Discard changes"),
                                      self.tr("Forget the changes not saved yet?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._drop_changes()

    # -- display --------------------------------------------------------------------------------
    def _update(self) -> None:
        draft = self.review.draft()
        self.stack.setCurrentIndex(1 if draft is not None else 0)
        dirty = self.review.is_dirty()
        new = self._imported is not None
        status = draft.plan.status if draft else None
        self.export_excel_action.setEnabled(draft is not None)
        self.save_action.setEnabled(self._can_edit and draft is not None and (dirty or new))
        self.adopt_action.setEnabled(self._can_edit and draft is not None and (new or status is PlanStatus.DRAFT))
        self.discard_action.setEnabled(self._can_edit and (dirty or new))
        self.rename_action.setEnabled(self._can_edit and draft is not None)
        # A denominator belongs to a stored indicator: saved plans only, nothing pending.
        self.denominator_action.setEnabled(self._can_edit and draft is not None and not new and not dirty
                                           and self._plan_id is not None)
        adopted_five_year = (draft is not None and not new and draft.plan.kind is PlanKind.FIVE_YEAR
                             and status is PlanStatus.ADOPTED and self._plan_id == self.ctx.plan_id)
        if adopted_five_year != self._annual_shown:
            self._annual_shown = adopted_five_year
            self.annual_bar.refresh(adopted_five_year)
        if draft is None:
            self.heading.setText(self.tr("No plan yet"))
            self.details.clear()
            return
        plan = draft.plan
        self.heading.setText(plan.title or self.tr("Plan without a title"))
        years = f"{plan.start_year}" if plan.start_year == plan.end_year else f"{plan.start_year}-{plan.end_year}"
        kind = (self.tr("Five-year plan %1") if plan.kind is PlanKind.FIVE_YEAR else self.tr("Annual plan %1"))
        if new:
            state = self.tr("imported, not saved yet")
        elif status is PlanStatus.ADOPTED:
            state = self.tr("adopted")
        else:
            state = self.tr("draft")
        groups = len({i.group for i in draft.indicators})
        parts = [
            kind.replace("%1", years), state,
            self.tr("%1 indicators in %2 groups").replace("%1", str(len(draft.indicators))).replace("%2", str(groups)),
        ]
        if draft.source_name:
            parts.append(self.tr("read from %1").replace("%1", draft.source_name))
        if dirty and not new:
            parts.append(self.tr("unsaved changes"))
        self.details.setText(" · ".join(parts))

"""Báo cáo: the official report of the period chosen in the toolbar, previewed, exported, printed.

Layout: the report's header (subject, number, date, dates covered) on top with the report date,
"take a new number" and the buttons; the table (``table_model``) over the generated text beside
the officer's three texts (``texts_panel``). Reading, saving and writing files run on the
database worker; the page follows ``ctx.period`` and, on a province's computer, the commune shown.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.access import User
from ...domain.errors import UserError
from ...services.changes import Changes
from ...domain.periods import Period
from ..context import AppContext
from ..operations import DbOp, show_error
from ..resources import icon
from ..wheel_guard import guard_wheel
from ...services.reports import Preview, load_preview, save_texts
from .document import covered_line, date_line, number_line, sections_html
from .exporting import ExportSteps
from .printing import PrintSteps
from .table_model import ReportTableModel
from .texts_panel import TextsPanel

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class ReportsPage(PrintSteps, ExportSteps):
    """The period's report: header, table, generated text, the officer's texts; export and print."""

    icon_name = "reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.preview: Preview | None = None
        self.last_file: Path | None = None
        self.progress: QProgressDialog | None = None
        self.loaded_count = 0
        self._token = 0
        self._stale = True
        self.model = ReportTableModel(self)
        self._build()
        ctx.period_changed.connect(self._context_changed)
        ctx.changes.connect(self._changed)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("report_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued = QDateEdit(QDate.currentDate())
        self.issued.setObjectName("report_date")
        self.issued.setCalendarPopup(True)
        self.issued.setDisplayFormat("dd/MM/yyyy")
        self.issued.dateChanged.connect(lambda _d: self._show_heading())
        guard_wheel(self.issued)
        date_label = QLabel(self.tr("Report &date:"))
        date_label.setBuddy(self.issued)
        self.take_number = QCheckBox(self.tr("Take a &new report number"))
        self.take_number.setObjectName("take_number")
        self.take_number.setToolTip(self.tr("Ticked: the export uses the next number and counts it as used. "
                                            "Not ticked: the number is shown but stays free (a draft)."))
        self.take_number.toggled.connect(lambda _on: self._show_heading())
        self.docx_button = QPushButton(icon("export"), self.tr("Export &Word (.docx)..."))
        self.docx_button.setObjectName("export_docx")
        self.xlsx_button = QPushButton(icon("export"), self.tr("Export E&xcel (.xlsx)..."))
        self.xlsx_button.setObjectName("export_xlsx")
        self.print_button = QPushButton(self.tr("&Print... (Ctrl+P)"))
        self.open_file_button = QPushButton(self.tr("Open &file"))
        self.open_folder_button = QPushButton(self.tr("Open f&older"))
        self.docx_button.clicked.connect(self.export_docx)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_report)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.print_action = QAction(self.tr("Print the report"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        # The whole window: focus often stays in the navigation after choosing the page. Qt leaves a
        # hidden page's shortcuts out, so Ctrl+P prints only while Báo cáo is shown.
        self.print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.print_action.triggered.connect(self.print_report)
        self.addAction(self.print_action)
        self.save_action = QAction(self.tr("Save texts"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_texts)
        self.addAction(self.save_action)

        self.table = QTableView()
        self.table.setObjectName("report_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("report_text")
        self.text_view.setAccessibleName(self.tr("Generated text of the report"))
        self.texts = TextsPanel()
        self.texts.save_requested.connect(self.save_texts)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self._titled(self.tr("Generated text"), self.text_view))
        bottom.addWidget(self._titled(self.tr("Your texts for this period"), self.texts))
        bottom.setSizes([600, 500])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 230])

        self.content = QWidget()
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        bar = QHBoxLayout()
        box.addLayout(bar)  # joins its parent before its widgets (see entry/page.py)
        for w in (date_label, self.issued, self.take_number):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in (self.docx_button, self.xlsx_button, self.print_button, self.open_file_button,
                       self.open_folder_button):
            bar.addWidget(button)
        box.addWidget(self.splitter, 1)
        self.no_plan = self.no_plan_widget(
            self.tr("There is no plan yet, so there is nothing to report. Import the resolution or type the plan's "
                    "indicators on the Indicators page first.")
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.no_plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self._update_actions()

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{escape(title)}</b>")
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    # -- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        """Báo cáo."""
        return self.tr("Reports")

    def allowed(self, user: User) -> bool:
        """Every logged-in user reads and exports the report."""
        return user.active

    def activate(self) -> None:
        """Load the period shown in the toolbar unless what is on screen is still current."""
        self._apply_rights()
        current = self.preview
        if self._stale or current is None or (current.plan_id, current.period) != (self.ctx.plan_id, self.ctx.period):
            self.reload()

    def can_leave(self) -> bool:
        """Ask Save / Discard / Cancel when a text typed for the period is not saved."""
        if not self.texts.has_unsaved() or not self.may_edit_texts():
            return True
        answer = self._ask_unsaved()
        if answer == SAVE:
            return self._save_and_leave()
        if answer == DISCARD:
            self.texts.set_texts(self.texts.saved)
            return True
        return False

    # -- rights ---------------------------------------------------------------------------------
    def may_edit_texts(self) -> bool:
        """Everyone logged in on the commune's own computer writes the period's texts.

        The officer who compiles the report usually drafts them and the leader signs the Word
        file; the texts change no figure and each save is in the audit trail. On a province's
        computer they are the commune's words: read-only.
        """
        return self.ctx.user is not None and self.ctx.user.active and not self.ctx.province

    def _apply_rights(self) -> None:
        editable = self.may_edit_texts()
        self.texts.set_editable(editable, "" if editable else self.tr(
            "These are the commune's texts, as its report has them: they are written on the commune's computer."))
        self.save_action.setEnabled(editable)
        # The number belongs to the commune's register of documents: not taken on the province's computer.
        self.take_number.setEnabled(not self.ctx.province)
        if self.ctx.province:
            self.take_number.setChecked(False)

    # -- loading --------------------------------------------------------------------------------
    def issued_on(self) -> date:
        """The report's date as chosen (today by default)."""
        d = self.issued.date()
        return date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        """Read the report of the period shown again."""
        ctx = self.ctx
        self._stale = False
        if ctx.plan_id is None or ctx.user is None:
            self._token += 1
            self.preview = None
            self.stack.setCurrentWidget(self.no_plan)
            self._update_actions()
            return
        self.stack.setCurrentWidget(self.content)
        self._token += 1
        token, plan_id, period, issued_on = self._token, ctx.plan_id, ctx.period, self.issued_on()
        DbOp(self, ctx, lambda db: load_preview(db, plan_id, period, issued_on)).success(
            lambda preview: self._loaded(token, preview)
        ).failure(lambda error: self._load_failed(token, error)).run()

    def _changed(self, changes: Changes) -> None:
        if changes.plan or changes.cells or changes.report_settings:
            self._context_changed()

    def _context_changed(self, *_: object) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _load_failed(self, token: int, error: BaseException) -> None:
        if not isValid(self) or token != self._token:
            return
        self.preview = None
        self.model.set_report(None)
        self.heading.setText(escape(str(error)))
        self.text_view.clear()
        self._update_actions()
        if not isinstance(error, UserError):  # a user's error is said in the heading; a bug is reported
            show_error(self, error)

    def _loaded(self, token: int, preview: Preview) -> None:
        if not isValid(self) or token != self._token:
            return  # the page was closed, or a newer load is on its way
        same_period = self.preview is not None and (self.preview.plan_id, self.preview.period) == (
            preview.plan_id, preview.period)
        self.preview = preview
        self.loaded_count += 1
        self.model.set_report(preview.report)
        self._fit_columns()
        self.text_view.setHtml(sections_html(preview.sections, preview.report))
        if not (same_period and self.texts.has_unsaved()):
            self.texts.set_texts(preview.report.texts)  # a reload of the same period keeps what is typed
        self._show_heading()
        self._update_actions()

    #: Column widths at 1366x768 (the notes take what is left).
    WIDTHS = {"stt": 40, "name": 254, "unit": 90, "target": 80, "period": 72, "actual": 72, "same": 72,
              "percent": 64, "vs_last": 88, "forecast": 94, "next_target": 80, "status": 118}

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_group(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(36)
        for column, key in enumerate(self.model.columns):
            if key in self.WIDTHS:
                header.resizeSection(column, self.WIDTHS[key])

    def _show_heading(self) -> None:
        preview = self.preview
        if preview is None:
            return
        report = preview.report
        number = number_line(report.number_text)
        number += " " + (self.tr("(taken when the report is exported)") if self.take_number.isChecked()
                         else self.tr("(not taken: tick \"Take a new report number\" to use it)"))
        self.heading.setText(
            f"<b>{escape(report.subject)}</b><br/>{escape(number)} · <i>{escape(date_line(report, self.issued_on()))}"
            f"</i> · {escape(covered_line(report))}<br/>{escape(report.counts.sentence())}."
        )

    def _update_actions(self) -> None:
        ready = self.preview is not None
        for button in (self.docx_button, self.xlsx_button):
            button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.print_action.setEnabled(ready)
        self.open_file_button.setEnabled(self.last_file is not None and self.last_file.exists())
        self.open_folder_button.setEnabled(True)

    # -- texts ----------------------------------------------------------------------------------
    def save_texts(self) -> None:
        """Save the texts typed for the period shown (Ctrl+S)."""
        preview, texts = self.preview, self.texts.unsaved()
        if preview is None or not texts or not self.may_edit_texts():
            return
        plan_id, period, actor = preview.plan_id, preview.period, self.ctx.actor
        DbOp(self, self.ctx, lambda db: save_texts(db, plan_id, period, texts, actor)).success(
            lambda stored: self._texts_saved(texts, period)
        ).busy(self.tr("Saving the texts...")).run()

    def _texts_saved(self, texts: dict[str, str], period: Period) -> None:
        if not isValid(self):
            return
        self.texts.mark_saved(texts)
        self.ctx.status.emit(self.tr("Texts of the report saved (%1).").replace("%1", period.label))
        self.reload()  # the generated text quotes them

    def _save_and_leave(self) -> bool:
        """Start saving the texts on the way out (False: stay for now); ``leave_then`` runs once stored."""
        preview, texts = self.preview, self.texts.unsaved()
        if preview is None or not texts:
            return True
        plan_id, period, actor, then = preview.plan_id, preview.period, self.ctx.actor, self.leave_then

        def saved(_stored: dict[str, str]) -> None:
            self.texts.mark_saved(texts)
            self.ctx.status.emit(self.tr("Texts of the report saved (%1).").replace("%1", period.label))
            if then is not None:
                then()

        DbOp(self, self.ctx, lambda db: save_texts(db, plan_id, period, texts, actor)).success(saved).busy(
            self.tr("Saving the texts...")).run()
        return False

    # -- questions (methods, so tests can answer them) ------------------------------------------
    def _ask_unsaved(self) -> str:
        """Save, discard or cancel the texts typed for the period shown."""
        B = QMessageBox.StandardButton
        label = self.preview.period.label if self.preview else ""
        answer = QMessageBox.question(
            self, self.tr("Unsaved texts"),
            self.tr("The texts typed for the report of %1 are not saved yet. Save them now?").replace("%1", label),
            B.Save | B.Discard | B.Cancel, B.Save,
        )
        return {B.Save: SAVE, B.Discard: DISCARD}.get(answer, CANCEL)

    def _show_warning(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

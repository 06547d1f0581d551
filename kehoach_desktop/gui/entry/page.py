"""The "Nhập số liệu" page: one month's figures for every indicator, typed like a spreadsheet.

Layout: the approval bar and lock banner on top, a filter row, then the grid beside the history
panel in a splitter. A quarter, half-year, nine months or year shows the same grid read from its
months, read-only (figures are typed per month), under a banner saying so. Loading and saving run on the database worker (``DbOp``); unsaved edits
live in the model and, after every keystroke that commits a cell, in a draft file on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.validation import Problem, Severity
from ...services.changes import Changes
from ...services.entry import load_grid, save_entries
from ...store.drafts import DraftEdit, draft_path, load_draft, save_draft
from ...store.grid import MonthGrid
from ...store.values import ValidationFailed, ValueEntry
from ..context import AppContext
from ..operations import DbOp, show_error
from ..page import Page
from .approval import ApprovalBar, MonthCounts
from .clipboard import GridClipboard
from .excel import FiguresExcel
from .printing import GridPrinter
from .delegate import EntryDelegate
from .history import HistoryPanel
from .model import Col, EntryModel
from .view import EntryView

if TYPE_CHECKING:  # gui.annual loads on first use
    from ..annual.import_flow import AnnualImporter
    from ..annual.year_targets_dialog import YearTargetsDialog

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class EntryPage(Page):
    """Monthly entry: the grid, its filters, history and the month's approval."""

    icon_name = "entry"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._token = 0
        self._saving = False
        self._annual_importer: AnnualImporter | None = None  # made on the banner's first click (gui.annual loads then)
        self.year_targets_dialog: YearTargetsDialog | None = None
        self.model = EntryModel(self)
        self.model.set_user(ctx.user, reviewing=ctx.province)
        self.model.set_filter(only_mine=ctx.settings.only_mine_for(self._username()))
        self.view = EntryView()
        self.setFocusProxy(self.view)  # the page takes the keyboard into the grid (after login)
        self.view.setModel(self.model)
        self.delegate = EntryDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.history = HistoryPanel(ctx)
        self._after_save: Callable[[], object] | None = None  # what leaving asked for, once saved
        self.approval = ApprovalBar(
            ctx, self._settle, lambda: MonthCounts.of(self.model.grid.rows) if self.model.grid else None
        )
        self._build()
        self.model.pending_changed.connect(self._pending_changed)
        self.model.message.connect(ctx.status.emit)
        self.view.clear_requested.connect(self.model.clear_cell)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        ctx.period_changed.connect(self._context_changed)
        ctx.changes.connect(self._changed)
        self._update_actions()

    def _build(self) -> None:
        self.lock_banner = QLabel(
            self.tr("This month is approved and locked: its figures cannot be changed. "
                    "A leader can reopen it, giving a reason.")
        )
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("background: #fff3bf; padding: 4px; border: 1px solid #e0c060;")
        self.lock_banner.hide()
        self.period_banner = self._banner(
            "period_banner", self.tr("Figures are entered by month; choose a month to enter them.")
        )
        self.target_bar = self._target_bar()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or code"))
        self.search.setAccessibleName(self.tr("Search indicators"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.only_mine = QCheckBox(self.tr("My indicators only"))
        self.only_mine.setChecked(self.ctx.settings.only_mine_for(self._username()))
        self.only_mine.toggled.connect(self._only_mine_changed)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pending_label")
        # Room for "999 chưa lưu" from the start: the buttons beside it must not shift as it appears.
        self.pending_label.setMinimumWidth(
            self.pending_label.fontMetrics().horizontalAdvance(self.tr("%1 unsaved").replace("%1", "999")) + 4
        )
        self.pending_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.undo_action = self._action(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.excel = FiguresExcel(self.ctx, self, self.can_leave)
        self.excel.update_rights()
        self.grid_printer = GridPrinter(self.ctx, self.model, self.view)
        self.clipboard = GridClipboard(self.ctx, self.model, self.view)
        self.view.copy_requested.connect(self.clipboard.copy)
        self.view.paste_requested.connect(self.clipboard.paste)
        self.print_action = self._action(self.tr("Print..."), QKeySequence.StandardKey.Print, self.grid_printer.print_grid)
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"))
        self.print_button.clicked.connect(self.grid_printer.print_grid)
        # History under the grid, not beside it: at 1366x768 the grid needs the whole width.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([520, 150])
        self.grid_box = QWidget()
        box = QVBoxLayout(self.grid_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.approval)
        box.addWidget(self.lock_banner)
        box.addWidget(self.period_banner)
        box.addWidget(self.target_bar)
        # The row's layout joins its parent before it gets widgets: added the other way round,
        # they stay owned by Python and could be deleted by a garbage collection on another thread.
        filters = QHBoxLayout()
        box.addLayout(filters)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_mine)
        filters.addStretch()
        filters.addWidget(self.excel.button)
        filters.addWidget(self.print_button)
        for w in (self.pending_label, self.undo_button, self.save_button):
            filters.addWidget(w)
        if self.ctx.province:  # figures arrive in the communes' bundles: nothing to type here
            for hidden in (self.only_mine, self.pending_label, self.undo_button, self.save_button):
                hidden.setVisible(False)
        box.addWidget(self.splitter, 1)
        self.no_plan = self._no_plan_widget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid_box)
        self.stack.addWidget(self.no_plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    @staticmethod
    def _banner(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("background: #e7f1fb; padding: 4px; border: 1px solid #9bbbe0;")
        label.hide()
        return label

    def _target_bar(self) -> QWidget:
        """The banner counting indicators without a year plan, with the two ways to give them one."""
        bar = QFrame()
        bar.setObjectName("target_bar")
        bar.setStyleSheet("#target_bar { background: #e7f1fb; border: 1px solid #9bbbe0; }")
        self.target_banner = QLabel()
        self.target_banner.setObjectName("target_banner")
        self.target_banner.setWordWrap(True)
        self.import_annual_button = QPushButton(self.tr("Import annual plan..."))
        self.import_annual_button.clicked.connect(self.import_annual_plan)
        self.year_targets_button = QPushButton(self.tr("Type year targets..."))
        self.year_targets_button.clicked.connect(self.open_year_targets)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.target_banner, 1)
        row.addWidget(self.import_annual_button)
        row.addWidget(self.year_targets_button)
        bar.hide()
        return bar

    def import_annual_plan(self) -> None:
        """Import the year's resolution into the 5-year plan (the banner's first button)."""
        from ..annual.import_flow import AnnualImporter

        if self._annual_importer is None:
            self._annual_importer = AnnualImporter(self.ctx, self)
        self._annual_importer.start()

    def open_year_targets(self) -> None:
        """Open the year targets dialog on the year shown (the banner's second button)."""
        from ..annual.year_targets_dialog import open_year_targets

        grid = self.model.grid
        self.year_targets_dialog = open_year_targets(self.ctx, grid.period.year if grid else self.ctx.period.year,
                                                     self)

    def _action(self, text: str, keys: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # Only while this page (or its grid) has focus: other pages have their own Ctrl+S.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _no_plan_widget(self) -> QWidget:
        return self.no_plan_widget(
            self.tr("There is no plan yet, so there is nothing to enter. Import the resolution or type "
                    "the plan's indicators on the Indicators page first.")
        )

    # -- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        """Nhập số liệu."""
        return self.tr("Monthly entry")

    def activate(self) -> None:
        """Load the month shown in the toolbar."""
        self.reload()

    def can_leave(self) -> bool:
        """Ask Save / Discard / Cancel when something typed is not saved yet.

        Nothing waits here: "Save" starts the save and says no for now; once the figures are
        stored, ``leave_then`` (what the window was asked to do) runs and asks again.
        """
        self.delegate.commit_open_editor()
        if self._saving:
            # A save is on its way: leave once it has landed, so "Discard" cannot be answered
            # about figures that are being written anyway.
            self._after_save = self.leave_then
            return False
        if not self.model.has_unsaved():
            return True
        answer = self._ask_unsaved()
        if answer == SAVE:
            return self._save_and_leave()
        if answer == DISCARD:
            self.model.discard()
            return True
        return False

    def _settle(self, then: Callable[[], None]) -> bool:
        """Before a month is submitted or approved: True when nothing typed is unsaved; after a
        "Save", ``then`` runs once the figures are stored."""
        self.leave_then = then
        try:
            return self.can_leave()
        finally:
            self.leave_then = None

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the month's grid again (pending edits of the same month are kept)."""
        ctx = self.ctx
        if ctx.plan_id is None or ctx.user is None:
            self.stack.setCurrentWidget(self.no_plan)
            return
        self.stack.setCurrentWidget(self.grid_box)
        old = self.model.grid
        if old is not None and (old.plan_id, old.period) != (ctx.plan_id, ctx.period):
            # Until the new month arrives the grid still shows the old one: nothing may be typed
            # into it, or the figure would land in the month no longer selected.
            self.view.setEnabled(False)
        self._token += 1
        token, plan_id, period, username = self._token, ctx.plan_id, ctx.period, ctx.user.username
        DbOp(self, ctx, lambda db: load_grid(db, plan_id, period, username)).success(
            lambda grid: self._loaded(token, grid)
        ).run()

    def _loaded(self, token: int, grid: MonthGrid) -> None:
        if not isValid(self) or token != self._token:
            return  # the page was closed, or a newer load is on its way
        old = self.model.grid
        fresh = old is None or (old.plan_id, old.period) != (grid.plan_id, grid.period)
        current = self.view.currentIndex()
        at = self.model.row_at(current.row())
        code = at.code if at is not None else None
        column = current.column() if current.isValid() else Col.VALUE
        reopened = old is not None and old.month.locked and not grid.month.locked
        self.model.set_grid(grid)
        self.view.setEnabled(True)
        self._show_period_kind(grid)
        self.only_mine.setEnabled(grid.has_assignments)
        self.only_mine.setToolTip("" if grid.has_assignments else self.tr("No indicators are assigned to you."))
        if fresh or reopened:
            self._restore_draft(grid)
        if code is not None and not self.view.currentIndex().isValid() and self.model.row_of(code) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(code), column))
        self.view.first_cell()
        if not fresh:
            self.history.refresh()
        self._update_actions()

    def _show_period_kind(self, grid: MonthGrid) -> None:
        """A month: approval, saving, history. A longer period: read-only, with a banner saying why."""
        month = grid.period.is_month
        commune = not self.ctx.province
        self.approval.set_status(grid.month)
        self.approval.setVisible(month)
        self.lock_banner.setVisible(month and grid.month.locked)
        self.period_banner.setVisible(not month)
        for w in (self.pending_label, self.undo_button, self.save_button):
            w.setVisible(month and commune)
        self.save_action.setEnabled(month)
        self.undo_action.setEnabled(month)
        self.history.setVisible(month)
        self.view.show_by_month(month)
        # The baseline year before the plan has no targets by design: nothing to prompt for there.
        in_plan = self.ctx.plan_years is None or grid.period.year in self.ctx.plan_years
        missing = grid.without_year_target if in_plan else 0
        self.target_bar.setVisible(missing > 0)
        if missing:
            from ..annual.rights import may_import_annual, may_set_year_targets

            may_import, may_type = may_import_annual(self.ctx), may_set_year_targets(self.ctx)
            self.import_annual_button.setVisible(may_import)
            self.year_targets_button.setVisible(may_type)
            self.target_banner.setText(
                self.tr("Year %1: %2 indicators have no year plan — import the year's resolution or type "
                        "the year's targets.").replace("%1", str(grid.period.year)).replace("%2", str(missing))
                if may_import or may_type else
                self.tr("Year %1: %2 indicators have no year plan yet; the administrator or a leader enters "
                        "the year's targets.").replace("%1", str(grid.period.year)).replace("%2", str(missing))
            )

    def _restore_draft(self, grid: MonthGrid) -> None:
        path = self._draft_file()
        if path is None or not path.exists():
            return
        if grid.month.locked:
            self.ctx.status.emit(self.tr("Unsaved edits were kept from earlier, but this month is locked."))
            return
        count = self.model.restore(load_draft(path))
        if count:
            self.ctx.status.emit(
                self.tr("Restored %1 unsaved edits from the last session. Press Ctrl+S to save them.")
                .replace("%1", str(count))
            )

    def _context_changed(self, *_: object) -> None:
        if self.isVisible():
            self.reload()

    def _changed(self, changes: Changes) -> None:
        grid = self.model.grid
        if changes.plan:
            self._context_changed()
        elif grid is not None and (
            # Year to date, the previous period and the same period last year depend on other months.
            any(period.year in (grid.period.year, grid.period.year - 1) for _, period in changes.cells)
            or grid.period in changes.months
        ):
            self._context_changed()

    def _username(self) -> str:
        return self.ctx.user.username if self.ctx.user else ""

    def _search_changed(self, text: str) -> None:
        self.model.set_filter(search=text)
        self.view.first_cell()

    def _only_mine_changed(self, checked: bool) -> None:
        self.ctx.settings.set_only_mine_for(self._username(), checked)
        self.model.set_filter(only_mine=checked)
        self.view.first_cell()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        grid = self.model.grid
        row = self.model.row_at(current.row())
        if row is not None and row.code in self.model.bad_cells():
            self.ctx.status.emit(self.model.bad_cells()[row.code].message)
        if grid is not None and grid.period.is_month and current.row() != previous.row():
            self.history.show_cell(row, grid.period)

    # -- editing --------------------------------------------------------------------------------
    def undo(self) -> None:
        """Take back the last unsaved edit (Ctrl+Z)."""
        code = self.model.undo()
        if code is None:
            self.ctx.status.emit(self.tr("Nothing to undo."))
            return
        row = self.model.row_of(code)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, Col.VALUE))

    def _pending_changed(self) -> None:
        path = self._draft_file()
        if path is not None:
            try:
                save_draft(path, self.model.pending_edits())
            except OSError as exc:  # a full disk must not stop the typing; the grid still has it
                self.ctx.status.emit(self.tr("Could not keep a draft of the edits: %1").replace("%1", str(exc)))
        self._update_actions()

    def _draft_file(self) -> Path | None:
        grid, user = self.model.grid, self.ctx.user
        if grid is None or user is None or not grid.period.is_month:
            return None  # nothing is typed into a quarter or a year
        return draft_path(self.ctx.db.display_name, user.username, grid.plan_id, grid.period)

    def _update_actions(self) -> None:
        count = len(self.model.pending_edits()) + len(self.model.bad_cells())
        self.pending_label.setText(self.tr("%1 unsaved").replace("%1", str(count)) if count else "")
        self.save_button.setEnabled(count > 0 and not self.model.locked)
        self.undo_button.setEnabled(count > 0)

    # -- saving ---------------------------------------------------------------------------------
    def _ready_to_save(self) -> tuple[dict[str, DraftEdit], list[ValueEntry]] | None:
        """The edits to save, or None (after saying why) when there is nothing or something bad."""
        self.delegate.commit_open_editor()
        bad = self.model.bad_cells()
        if bad:
            code = next(iter(bad))
            row = self.model.row_of(code)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, Col.VALUE))
            self.ctx.status.emit(self.tr("Not saved: correct the red cells first."))
            self._show_message(
                self.tr("Figures not saved"),
                self.tr("Some cells hold text that is not a figure. Correct or clear the red cells, then save.")
                + "\n\n" + "\n".join(f"{c}: {b.message}" for c, b in bad.items()),
            )
            return None
        entries = self.model.entries()
        if not entries:
            self.ctx.status.emit(self.tr("Nothing to save."))
            return None
        return self.model.pending_edits(), entries

    def save(self) -> None:
        """Save every pending edit in one transaction (Ctrl+S)."""
        if self._saving or self.model.grid is None or self.ctx.user is None:
            return
        if self.model.grid.period != self.ctx.period or not self.model.grid.period.is_month:
            return  # the selected month is still loading, or a longer period is shown (read-only)
        ready = self._ready_to_save()
        if ready is not None:
            self._submit(*ready, accept=False)

    def _submit(self, sent: dict[str, DraftEdit], entries: list[ValueEntry], accept: bool) -> None:
        grid, user = self.model.grid, self.ctx.user
        assert grid is not None and user is not None
        plan_id, period = grid.plan_id, grid.period
        self._saving = True

        def failed(error: BaseException) -> None:
            self._saving = False
            if isValid(self) and self._refused(error):
                self._submit(sent, entries, accept=True)
            else:
                self._after_save = None  # refused: the officer stays to see why

        DbOp(self, self.ctx, lambda db: save_entries(db, plan_id, period, entries, user, accept)).success(
            lambda codes: self._saved(sent, codes)
        ).failure(failed).busy(self.tr("Saving...")).run()

    def _save_and_leave(self) -> bool:
        """Start saving on the way out (False: stay for now); ``leave_then`` runs once it is stored."""
        grid, user = self.model.grid, self.ctx.user
        ready = self._ready_to_save() if grid is not None and user is not None else None
        if ready is None:
            return not self.model.has_unsaved()
        self._after_save = self.leave_then
        self._submit(*ready, accept=False)
        return False

    def _refused(self, error: BaseException) -> bool:
        """Show why saving failed; True when the user confirmed the warnings (save again)."""
        if not isinstance(error, ValidationFailed):
            self._show_error(error)
            return False
        names = {r.code: r.name for r in self.model.grid.rows} if self.model.grid else {}
        errors: dict[str, str] = {}
        warnings: dict[str, str] = {}
        for entry, found in error.problems:
            for p in found:
                into = errors if p.severity is Severity.ERROR else warnings
                into[entry.code] = (into[entry.code] + "\n" if entry.code in into else "") + p.message
        if error.only_warnings:
            if self._confirm_warnings([(f"{e.code}. {names.get(e.code, '')}", f) for e, f in error.problems]):
                return True
            self.model.mark_problems({}, warnings)
            self.ctx.status.emit(self.tr("Not saved: check the amber cells, then save again."))
            return False
        self.model.mark_problems(errors, warnings)
        self.ctx.status.emit(self.tr("Not saved: correct the red cells first."))
        self._show_message(self.tr("Figures not saved"), str(error))
        return False

    def _saved(self, sent: dict[str, DraftEdit], codes: list[str]) -> None:
        """The edits ``sent`` are stored (the figures' ``Changes`` go out through the context)."""
        self._saving = False
        if not isValid(self):
            return
        self.model.clear_saved(sent)
        if codes:
            self.ctx.status.emit(self.tr("Saved %1 figures.").replace("%1", str(len(codes))))
        else:
            self.ctx.status.emit(self.tr("Nothing changed: these figures were already saved."))
        then, self._after_save = self._after_save, None
        if then is not None:
            then()  # what leaving asked for, now that nothing is left unsaved

    # -- questions (methods, so tests can answer them) ------------------------------------------
    def _confirm_warnings(self, problems: list[tuple[str, list[Problem]]]) -> bool:
        """Ask whether to save figures that look wrong; True for Yes."""
        lines = [f"• {label}: {p.message}" for label, found in problems for p in found]
        text = (self.tr("Some figures look unusual:") + "\n\n" + "\n".join(lines) + "\n\n"
                + self.tr("Save them anyway?"))
        answer = QMessageBox.question(
            self, self.tr("Check the figures"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_unsaved(self) -> str:
        """Save, discard or cancel: what to do with unsaved edits when leaving."""
        B = QMessageBox.StandardButton
        count = len(self.model.pending_edits()) + len(self.model.bad_cells())
        answer = QMessageBox.question(
            self, self.tr("Unsaved figures"),
            self.tr("%1 figures typed on this page are not saved yet. Save them now?").replace("%1", str(count)),
            B.Save | B.Discard | B.Cancel, B.Save,
        )
        return {B.Save: SAVE, B.Discard: DISCARD}.get(answer, CANCEL)

    def _show_message(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)

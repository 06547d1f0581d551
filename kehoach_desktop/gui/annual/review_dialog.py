"""The annual plan's review: its items matched to the 5-year plan, beside the resolution's text.

Every decision is one core call on the database worker (``store.annual``: confirm, re-match,
annual only, ignore, confirm the reading), after which the table is read again. Selecting an item
highlights where the resolution states it; clicking in the text selects the item read there.
"Apply" writes the year's targets into the 5-year plan (refused with the core's message while
items remain), then shows what changed and tells the other screens the plan changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...store.annual import ApplySummary
from ..context import AppContext
from ..operations import DbOp, show_error
from ..resources import icon
from ..review.source_view import SourceView
from ...services import annual as ops
from .indicator_combo import IndicatorCombo
from .match_model import CODE, CONFIDENCE, MATCH, NAME, STATE, TARGET, MatchModel
from ...services.annual import AnnualReview, needs_review
from .summary_view import SummaryView

PENDING_STYLE = "color: #9a6700; font-weight: bold;"
DONE_STYLE = "color: #1a7f37; font-weight: bold;"
WARNING_STYLE = "background: #fff8e1; border: 1px solid #e0b000; padding: 4px;"


class AnnualReviewDialog(QDialog):
    """Review an annual plan's matches, then apply it to the 5-year plan."""

    #: The review was read again after a decision (or loaded): for tests and the page's list.
    review_changed = Signal()
    #: The annual plan was applied: the core's ``ApplySummary``.
    applied = Signal(object)

    def __init__(self, ctx: AppContext, review: AnnualReview, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._review = review
        self._can_edit = can_edit
        self.setObjectName("annual_review")
        self.setWindowTitle(self.tr("Annual plan %1").replace("%1", str(review.year)))
        self.model = MatchModel(self)
        self._build()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.source.position_clicked.connect(self._source_clicked)
        self.set_review(review)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("annual_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.warnings = QLabel()
        self.warnings.setObjectName("annual_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.counter = QLabel()
        self.counter.setObjectName("annual_counter")
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        self.confirm_action = self._action(self.tr("Confirm match"), "confirm", self.confirm_selected,
                                           self.tr("The suggested 5-year indicator is the right one (Ctrl+Enter)"))
        self.confirm_action.setShortcut("Ctrl+Return")
        self.annual_only_action = self._action(self.tr("Annual only"), "add", self.mark_annual_only,
                                               self.tr("No 5-year indicator matches: add the item to the 5-year "
                                                       "plan as a new indicator with this year's target"))
        self.ignore_action = self._action(self.tr("Ignore"), "remove", self.ignore_selected,
                                          self.tr("Leave the item out of the 5-year plan"))
        self.flags_action = self._action(self.tr("Confirm reading"), "confirm", self.confirm_reading,
                                         self.tr("Every item marked «check reading» was checked against the text: "
                                                 "clear their marks"))
        self.next_action = self._action(self.tr("Next to review"), "flag", self.next_to_review,
                                        self.tr("Go to the next item that still needs a decision (F8)"))
        self.next_action.setShortcut("F8")
        self.table = QTableView()
        self.table.setObjectName("annual_table")
        self.table.setAccessibleName(self.tr("Items of the annual plan"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, mode in ((CODE, QHeaderView.ResizeMode.ResizeToContents), (NAME, QHeaderView.ResizeMode.Stretch),
                          (TARGET, QHeaderView.ResizeMode.Interactive), (MATCH, QHeaderView.ResizeMode.Stretch),
                          (CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents),
                          (STATE, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(col, mode)
        header.resizeSection(TARGET, 150)
        header.resizeSection(STATE, 130)
        self.match_label = QLabel(self.tr("&Pair with:"))
        self.match_combo = IndicatorCombo()
        self.match_combo.setObjectName("annual_match_combo")
        self.match_label.setBuddy(self.match_combo)
        match_editor = self.match_combo.lineEdit()
        assert match_editor is not None  # an editable combo
        match_editor.returnPressed.connect(self.rematch_selected)
        self.match_button = QPushButton(self.tr("Pair"))
        self.match_button.setToolTip(self.tr("Pair the selected item with the 5-year indicator chosen"))
        self.match_button.clicked.connect(self.rematch_selected)
        self.reason = QLabel()
        self.reason.setObjectName("annual_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = SourceView()
        self.source.setAccessibleName(self.tr("Text of the annual resolution"))
        self.summary = SummaryView()
        self.apply_button = QPushButton(icon("approve"), self.tr("Apply annual plan"))
        self.apply_button.setObjectName("annual_apply")
        self.apply_button.setToolTip(self.tr("Write this year's targets into the 5-year plan"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._layout()

    def _action(self, text: str, icon_name: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _layout(self) -> None:
        pair = QHBoxLayout()
        pair.addWidget(self.match_label)
        pair.addWidget(self.match_combo, 1)
        pair.addWidget(self.match_button)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(pair)
        box.addWidget(self.reason)
        # The table needs the width (six columns); the resolution's text reads fine in a third.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.source)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 380])
        review = QWidget()
        rows = QVBoxLayout(review)
        rows.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        rows.addLayout(top)
        rows.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(review)
        self.stack.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

    # -- the review -----------------------------------------------------------------------------
    def review(self) -> AnnualReview:
        """The review shown."""
        return self._review

    def set_review(self, review: AnnualReview) -> None:
        """Show ``review`` (after a decision: the same item stays selected)."""
        keep = self.current_code()
        self._review = review
        self.model.set_review(review)
        self.match_combo.set_choices(review.choices)
        self.source.set_source(review.source_text)
        self.source.set_marks([review.spans[ln.annual_code] for ln in review.lines
                               if needs_review(ln) and ln.annual_code in review.spans])
        kind = self.tr("applied to the 5-year plan") if review.applied else self.tr("being reviewed")
        self.heading.setText(self.tr("Annual plan %1 — %2 (%3)").replace("%1", str(review.year))
                             .replace("%2", review.source_ref or review.title).replace("%3", kind))
        self.warnings.setText("\n".join(review.warnings))
        self.warnings.setVisible(bool(review.warnings))
        codes = self.model.codes()
        if keep not in codes:
            pending = [ln.annual_code for ln in review.lines if needs_review(ln)]
            keep = pending[0] if pending else (codes[0] if codes else None)
        if keep is not None:
            self.select(keep)
        self._update_counter()
        self._update_actions()
        self.review_changed.emit()

    def pending_count(self) -> int:
        """How many items apply would still refuse."""
        return sum(1 for ln in self._review.lines if needs_review(ln))

    def _editable(self) -> bool:
        return self._can_edit and not self._review.applied

    # -- selection ------------------------------------------------------------------------------
    def current_code(self) -> str | None:
        """The annual item under the cursor."""
        line = self.model.line(self.table.currentIndex().row())
        return line.annual_code if line else None

    def selected_codes(self) -> list[str]:
        """The selected items (the current one when nothing is selected), in order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        codes = [self.model.line(r).annual_code for r in rows if self.model.line(r)]  # type: ignore[union-attr]
        current = self.current_code()
        return codes or ([current] if current else [])

    def select(self, code: str, scroll_source: bool = True) -> None:
        """Select item ``code``: its row, its text highlighted, the pairing combo."""
        row = self.model.row_of(code)
        if row < 0:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_current(scroll_source)

    def _current_changed(self) -> None:
        self._show_current(True)

    def _show_current(self, scroll_source: bool) -> None:
        line = self.model.line(self.table.currentIndex().row())
        self.source.show_span(self._review.spans.get(line.annual_code) if line else None, scroll=scroll_source)
        self.match_combo.choose(line.plan_code if line else None)
        if line is None:
            self.reason.clear()
        else:
            parts = [self.model.state_text(line)]
            note = self._review.notes.get(line.annual_code) or line.reason
            if note:
                parts.append(note)
            tip = self.model.data(self.model.index(self.model.row_of(line.annual_code), STATE),
                                  Qt.ItemDataRole.ToolTipRole)
            if tip:
                parts.append(tip)
            self.reason.setText("\n".join(parts))
        self._update_actions()

    def _source_clicked(self, position: int) -> None:
        found: tuple[int, str] | None = None
        for span_code, (start, end) in self._review.spans.items():
            if start <= position <= end and (found is None or end - start < found[0]):
                found = (end - start, span_code)
        if found is not None and found[1] != self.current_code():
            self.select(found[1], scroll_source=False)

    def next_to_review(self) -> None:
        """Select the next item that still needs a decision (after the current one)."""
        codes = self.model.codes()
        pending = {ln.annual_code for ln in self._review.lines if needs_review(ln)}
        current = self.current_code()
        start = codes.index(current) + 1 if current in codes else 0
        for code in codes[start:] + codes[:start]:
            if code in pending:
                self.select(code)
                self.table.setFocus()
                return

    # -- decisions ------------------------------------------------------------------------------
    def _change(self, change: ops.ReviewChange, busy: str) -> None:
        annual_id = self._review.annual_plan_id
        DbOp(self, self.ctx, lambda db: ops.change_review(db, annual_id, change)).success(
            self.set_review).busy(busy).run()

    def confirm_selected(self) -> None:
        """Confirm the suggested pairing of the selected items."""
        codes = [c for c in self.selected_codes() if (line := self._line(c)) is not None and line.plan_code]
        if not self._editable() or not codes:
            return
        self._change(ops.confirm(self._review.annual_plan_id, dict.fromkeys(codes), self.ctx.actor),
                     self.tr("Confirming..."))

    def rematch_selected(self) -> None:
        """Pair the current item with the 5-year indicator chosen in the combo."""
        code, target = self.current_code(), self.match_combo.chosen_code()
        if not self._editable() or code is None:
            return
        if target is None:
            self.ctx.status.emit(self.tr("Choose a 5-year indicator from the list first."))
            self.match_combo.setFocus()
            return
        self._change(ops.confirm(self._review.annual_plan_id, {code: target}, self.ctx.actor), self.tr("Pairing..."))

    def mark_annual_only(self) -> None:
        """Mark the selected items as annual only (added to the 5-year plan on apply)."""
        codes = self.selected_codes()
        if self._editable() and codes:
            self._change(ops.mark_annual_only(self._review.annual_plan_id, codes, self.ctx.actor), self.tr("Saving..."))

    def ignore_selected(self) -> None:
        """Leave the selected items out of the 5-year plan."""
        codes = self.selected_codes()
        if self._editable() and codes:
            self._change(ops.ignore(self._review.annual_plan_id, codes, self.ctx.actor), self.tr("Saving..."))

    def confirm_reading(self) -> None:
        """Clear the reading marks of every flagged item (the officer checked them)."""
        if self._editable():
            self._change(ops.confirm_flags(self._review.annual_plan_id, self.ctx.actor), self.tr("Confirming..."))

    def _line(self, code: str):  # type: ignore[no-untyped-def]
        return self.model.line(self.model.row_of(code))

    # -- applying -------------------------------------------------------------------------------
    def apply(self) -> None:
        """Write the year's targets into the 5-year plan; the core refuses while items remain."""
        if not self._editable():
            return
        annual_id = self._review.annual_plan_id

        def refused(error: BaseException) -> None:
            show_error(self, error)
            self.next_to_review()

        DbOp(self, self.ctx, lambda db: ops.apply_annual(db, annual_id, self.ctx.actor)).success(
            self._applied).failure(refused).busy(self.tr("Applying the annual plan...")).run()

    def _applied(self, summary: ApplySummary) -> None:
        self._review = replace(self._review, applied=True)
        self.summary.show_summary(summary)
        self.stack.setCurrentWidget(self.summary)
        self.heading.setText(self.tr("Annual plan %1 — %2 (%3)").replace("%1", str(summary.year))
                             .replace("%2", self._review.source_ref).replace("%3", self.tr("applied to the 5-year plan")))
        self._update_actions()
        self.ctx.status.emit(self.tr("The %1 annual plan was applied").replace("%1", str(summary.year)))
        self.applied.emit(summary)

    # -- display --------------------------------------------------------------------------------
    def _update_counter(self) -> None:
        count = self.pending_count()
        if self._review.applied:
            self.counter.setText(self.tr("Applied: the matches can no longer be changed"))
            self.counter.setStyleSheet(DONE_STYLE)
        elif count:
            self.counter.setText(self.tr("%1 items left to review").replace("%1", str(count)))
            self.counter.setStyleSheet(PENDING_STYLE)
        else:
            self.counter.setText(self.tr("Every item is decided: the plan can be applied"))
            self.counter.setStyleSheet(DONE_STYLE)

    def _update_actions(self) -> None:
        editable = self._editable()
        lines = [self._line(c) for c in self.selected_codes()]
        lines = [ln for ln in lines if ln is not None]
        for action in (self.confirm_action, self.annual_only_action, self.ignore_action, self.flags_action):
            action.setVisible(self._can_edit and not self._review.applied)
        for widget in (self.match_label, self.match_combo, self.match_button):
            widget.setVisible(editable)
        self.apply_button.setVisible(editable)
        self.confirm_action.setEnabled(editable and any(ln.plan_code and ln.state == "suggested" for ln in lines))
        self.annual_only_action.setEnabled(editable and any(ln.state != "annual_only" for ln in lines))
        self.ignore_action.setEnabled(editable and any(ln.state != "ignored" for ln in lines))
        self.flags_action.setEnabled(editable and any(ln.flags and ln.state != "ignored" for ln in self._review.lines))
        self.next_action.setEnabled(self.pending_count() > 0 and not self._review.applied)
        self.match_button.setEnabled(editable and bool(lines))


def open_review(ctx: AppContext, review: AnnualReview, can_edit: bool, parent: QWidget) -> AnnualReviewDialog:
    """Open the review of ``review`` over ``parent``, sized for a 1366x768 screen; the dialog."""
    dialog = AnnualReviewDialog(ctx, review, can_edit, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen = parent.screen().availableGeometry() if parent.screen() else None
    if screen is not None:
        dialog.resize(min(1300, screen.width() - 40), min(700, screen.height() - 60))
    else:
        dialog.resize(1300, 700)
    dialog.open()
    return dialog


__all__ = ["AnnualReviewDialog", "open_review"]

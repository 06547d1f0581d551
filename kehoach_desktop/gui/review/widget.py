"""The review widget: the indicator tree beside the plan's source text, and the editor.

It owns the draft being reviewed (an immutable ``PlanDraft``, replaced on every edit) and knows
whether it changed since it was loaded; saving is the page's business. Selecting an indicator
highlights where it came from in the text, and clicking in the text selects the indicator read
there. Flagged indicators stay marked until the officer confirms or corrects them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Indicator, TargetRule
from ...domain.draft import PlanDraft
from ..resources import icon
from . import draft_ops
from .editor import IndicatorEditor
from .source_view import SourceView
from .tree_model import CODE, NAME, REVIEW, TARGET, UNIT, IndicatorTreeModel

PENDING_STYLE = "color: #9a6700; font-weight: bold;"
DONE_STYLE = "color: #1a7f37; font-weight: bold;"


class ReviewWidget(QWidget):
    """Review and correct an imported or stored plan before it is saved and adopted."""

    #: The draft, the selection's flags or the unsaved state changed.
    changed = Signal()
    #: Moving to another indicator applied what was typed in the form for this one (its code).
    applied_on_leave = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: PlanDraft | None = None
        self._notes: dict[str, list[str]] = {}
        self._dirty = False
        self._read_only = False
        self._following = False
        self.model = IndicatorTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("review_tree")
        self.tree.setAccessibleName(self.tr("Indicators of the plan"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in ((CODE, QHeaderView.ResizeMode.ResizeToContents), (NAME, QHeaderView.ResizeMode.Stretch),
                             (UNIT, QHeaderView.ResizeMode.Interactive), (TARGET, QHeaderView.ResizeMode.Interactive),
                             (REVIEW, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(UNIT, 70)
        header.resizeSection(TARGET, 150)
        header.resizeSection(REVIEW, 110)
        header.setMinimumSectionSize(40)
        self.source = SourceView()
        self.editor = IndicatorEditor()
        self.counter = QLabel()
        self.counter.setObjectName("review_counter")
        self._build_actions()
        self._build_layout()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.source.position_clicked.connect(self._source_clicked)
        self.editor.applied.connect(self._applied)
        self._update_counter()
        self._update_actions()

    # -- building -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        self.confirm_action = QAction(self.tr("Confirm as read"), self)
        self.confirm_action.setToolTip(self.tr("The selected items were read correctly: clear their review marks"))
        self.confirm_action.triggered.connect(self.confirm_selected)
        self.next_action = QAction(self.tr("Next to review"), self)
        self.next_action.setToolTip(self.tr("Go to the next item that still needs review"))
        self.next_action.triggered.connect(self.next_flagged)
        self.add_action = QAction(self.tr("Add indicator"), self)
        self.add_action.triggered.connect(lambda: self.add_indicator(sub=False))
        self.add_sub_action = QAction(self.tr("Add sub-indicator"), self)
        self.add_sub_action.triggered.connect(lambda: self.add_indicator(sub=True))
        self.remove_action = QAction(self.tr("Remove indicator"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.tree.addAction(self.remove_action)
        for action, name in ((self.confirm_action, "confirm"), (self.next_action, "flag"), (self.add_action, "add"),
                             (self.add_sub_action, "add"), (self.remove_action, "remove")):
            action.setIcon(icon(name))
            self.toolbar.addAction(action)

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(380)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        left.addWidget(self.source)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        # Tree and text on the left, the form on the right: on a 1366x768 screen the form needs
        # the height more than the width.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 440])
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # -- the draft ------------------------------------------------------------------------------
    def set_draft(self, draft: PlanDraft | None, notes: dict[str, list[str]] | None = None,
                  dirty: bool = False) -> None:
        """Review ``draft``; ``dirty`` marks it as not yet saved (a fresh import)."""
        keep = self.current_code()
        self._notes = dict(notes or {})
        self._dirty = dirty
        self._show(draft, keep)

    def _show(self, draft: PlanDraft | None, select: str | None) -> None:
        self._draft = draft
        self.model.set_draft(draft, self._notes)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)  # group titles span the row
        self.source.set_source(draft.plan.source_text if draft else "")
        self.source.set_marks([draft.spans[c] for c in draft_ops.flagged_codes(draft) if c in draft.spans]
                              if draft else [])
        codes = self.model.codes_in_order()
        if select not in codes:
            flagged = draft_ops.flagged_codes(draft) if draft else []
            select = flagged[0] if flagged else (codes[0] if codes else None)
        if select is not None:
            self.select(select, commit=False)
        else:
            self.editor.load(None, None)
            self.source.show_span(None)
        self._update_counter()
        self._update_actions()
        self.changed.emit()

    def _replace(self, draft: PlanDraft, select: str | None) -> None:
        """An edit: show the new draft and remember it is unsaved."""
        self._dirty = True
        self._show(draft, select)

    def rename_plan(self, title: str) -> None:
        """Give the plan ``title`` (an unsaved edit, like any other)."""
        if self._draft is None or self._read_only or title == self._draft.plan.title:
            return
        self._replace(replace(self._draft, plan=replace(self._draft.plan, title=title)), self.current_code())

    def draft(self) -> PlanDraft | None:
        """The draft as reviewed so far (call ``commit_editor`` first to include the form)."""
        return self._draft

    def is_dirty(self) -> bool:
        """True when there are edits not saved yet (including ones still in the form)."""
        return self._dirty or self.editor.is_modified()

    def mark_saved(self) -> None:
        """The page saved the draft."""
        self._dirty = False
        self.changed.emit()

    def flagged_count(self) -> int:
        """How many indicators still need review."""
        return len(draft_ops.flagged_codes(self._draft)) if self._draft else 0

    def set_read_only(self, read_only: bool) -> None:
        """Let the user look but not change anything."""
        self._read_only = read_only
        self.editor.set_read_only(read_only)
        for action in (self.confirm_action, self.add_action, self.add_sub_action, self.remove_action):
            action.setVisible(not read_only)
        self._update_actions()

    def commit_editor(self) -> bool:
        """Apply what is typed in the form; False when it has errors (shown in the form)."""
        if not self.editor.is_modified():
            return True
        return self.editor.apply()

    # -- selection ------------------------------------------------------------------------------
    def current_code(self) -> str | None:
        """The indicator shown in the editor."""
        return self.editor.code_shown()

    def selected_codes(self) -> list[str]:
        """Codes of the selected indicator rows, in tree order."""
        rows = {self.model.code_of(i) for i in self.tree.selectionModel().selectedRows()}
        return [c for c in self.model.codes_in_order() if c in rows]

    def select(self, code: str, commit: bool = True, scroll_source: bool = True, from_tree: bool = False) -> bool:
        """Show indicator ``code``: tree row, source highlight, editor. False if the form had errors.

        ``from_tree``: the officer clicked the row, so the tree has already selected it. Selecting
        it again would scroll a half-visible row into view in the middle of the click, and Qt
        would then select the row that came under the mouse instead of the one the form shows.
        """
        leaving = self.current_code()
        modified = commit and code != leaving and self.editor.is_modified()
        if commit and code != leaving and not self.commit_editor():
            self._select_row(leaving)
            return False
        if modified and leaving is not None:
            self.applied_on_leave.emit(leaving)  # said on screen: nothing changes unseen
        if not from_tree:
            self._select_row(code)
        draft = self._draft
        self.editor.load(draft, code, self._notes.get(code))
        span = draft.spans.get(code) if draft else None
        self.source.show_span(span, scroll=scroll_source)  # a click in the text must not scroll it
        self._update_actions()
        return True

    def _select_row(self, code: str | None) -> None:
        index = self.model.index_of(code) if code else QModelIndex()
        if not index.isValid():
            return
        self._following = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)
        finally:
            self._following = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following:
            return
        code = self.model.code_of(current)
        if code is None or code == self.current_code():
            return
        if self.editor.is_modified():
            # Applying resets the model; not from inside the selection model's own signal.
            QTimer.singleShot(0, lambda: self.select(code))
        else:
            self.select(code, from_tree=True)

    def _source_clicked(self, position: int) -> None:
        code = draft_ops.code_at(self._draft, position) if self._draft else None
        if code is not None and code != self.current_code():
            self.select(code, scroll_source=False)

    # -- edits ----------------------------------------------------------------------------------
    def _applied(self, old_code: str, indicator: Indicator, rules: Sequence[TargetRule]) -> None:
        if self._draft is None:
            return
        if old_code in self._notes and indicator.code != old_code:
            self._notes[indicator.code] = self._notes.pop(old_code)
        self._notes.pop(indicator.code, None)  # corrected: the importer's doubts no longer apply
        self._replace(draft_ops.update_indicator(self._draft, old_code, indicator, rules), indicator.code)

    def confirm_selected(self) -> None:
        """Clear the review flags of the selected indicators (checked against the document)."""
        if self._draft is None or self._read_only or not self.commit_editor():
            return
        codes = [c for c in self.selected_codes() or [self.current_code() or ""] if c]
        flagged = [c for c in codes if c in draft_ops.flagged_codes(self._draft)]
        if flagged:
            self._replace(draft_ops.confirm(self._draft, flagged), self.current_code())

    def next_flagged(self) -> None:
        """Select the next indicator that still needs review (after the current one)."""
        if self._draft is None:
            return
        flagged = set(draft_ops.flagged_codes(self._draft))
        order = self.model.codes_in_order()
        current = self.current_code()
        start = order.index(current) + 1 if current is not None and current in order else 0
        for code in order[start:] + order[:start]:
            if code in flagged:
                self.select(code)
                return

    def add_indicator(self, sub: bool = False) -> str | None:
        """Add an indicator (or a sub-indicator of the current one) and open it in the form."""
        if self._draft is None or self._read_only or not self.commit_editor():
            return None
        current = draft_ops.find(self._draft, self.current_code() or "")
        if sub and current is None:
            return None
        parent = current.code if sub and current else None
        group = current.group if current else None
        draft, code = draft_ops.add_indicator(self._draft, self.tr("New indicator"), parent, group)
        self._replace(draft, code)
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        return code

    def remove_selected(self) -> None:
        """Remove the current indicator and its sub-indicators, after asking."""
        code = self.current_code()
        if self._draft is None or self._read_only or code is None:
            return
        ind = draft_ops.find(self._draft, code)
        below = draft_ops.descendants(self._draft, code)
        text = self.tr("Remove indicator %1 «%2» from the plan?").replace("%1", code).replace("%2", ind.name if ind else "")
        if below:
            text += "\n" + self.tr("Its sub-indicators %1 are removed too.").replace("%1", ", ".join(below))
        if not self._ask(self.tr("Remove indicator"), text):
            return
        order = self.model.codes_in_order()
        after = [c for c in order[order.index(code) + 1:] if c not in below]
        self._replace(draft_ops.remove_indicator(self._draft, code), after[0] if after else None)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- display --------------------------------------------------------------------------------
    def _update_counter(self) -> None:
        if self._draft is None:
            self.counter.clear()
            return
        count = self.flagged_count()
        if count:
            self.counter.setText(self.tr("Items still needing review: %1").replace("%1", str(count)))
            self.counter.setStyleSheet(PENDING_STYLE)
        else:
            self.counter.setText(self.tr("Every item has been reviewed"))
            self.counter.setStyleSheet(DONE_STYLE)

    def _update_actions(self) -> None:
        has = self._draft is not None
        current = self.current_code() is not None
        flagged = set(draft_ops.flagged_codes(self._draft)) if self._draft else set()
        chosen = set(self.selected_codes()) | ({self.current_code()} if current else set())
        self.confirm_action.setEnabled(bool(chosen & flagged))
        self.next_action.setEnabled(bool(flagged))
        self.add_action.setEnabled(has)
        self.add_sub_action.setEnabled(current)
        self.remove_action.setEnabled(current)

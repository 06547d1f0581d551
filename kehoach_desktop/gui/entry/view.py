"""The grid's table view, keyboard first: typing edits, Enter goes down, Tab goes right.

Moves skip group headers and cells the user may not fill, so an officer can type a month's
figures in one column without touching the mouse, as in the Excel sheet it replaces.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.model import STATUS_LABELS
from .model import ENTERABLE, Col, EntryModel

Hint = QAbstractItemDelegate.EndEditHint


class Move(enum.Enum):
    """Where the cursor goes after a commit."""

    DOWN = "down"
    UP = "up"
    NEXT = "next"
    PREVIOUS = "previous"


#: The cell's margins and the status colour's frame around the status word (pixels).
STATUS_PADDING = 18


class EntryView(QTableView):
    """A table view over ``EntryModel`` with spreadsheet-like keys."""

    #: The user pressed Delete on a cell (the page clears it through the model).
    clear_requested = Signal(QModelIndex)
    #: Ctrl+C / Ctrl+V outside a cell editor (the page copies or pastes the block).
    copy_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        T = QAbstractItemView.EditTrigger
        self.setEditTriggers(T.AnyKeyPressed | T.EditKeyPressed | T.DoubleClicked)
        # A block (Shift+arrows or a drag) can be copied to Excel, one pasted from it.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setAccessibleName(self.tr("Monthly figures"))
        self._by_month = True

    def entry_model(self) -> EntryModel:
        """The model shown."""
        model = self.model()
        assert isinstance(model, EntryModel)
        return model

    def setModel(self, model: EntryModel) -> None:  # type: ignore[override]  # noqa: N802
        """Show ``model``, keeping group header spans in step with its rows."""
        super().setModel(model)
        model.modelReset.connect(self.apply_spans)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The note takes what is left; the indicator's name gets a generous fixed share so it
        # reads at 1366x768, and no column is narrower than its (translated) title.
        header.setSectionResizeMode(Col.NOTE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Col.NO, 40), (Col.NAME, 240), (Col.UNIT, 60), (Col.TARGET, 75), (Col.PREVIOUS, 65),
                           (Col.VALUE, 85), (Col.ACTUAL, 70), (Col.PERCENT, 60), (Col.SAME_PERIOD, 60),
                           (Col.STATUS, self._status_width(True)), (Col.OFFICIAL, 55)):
            self.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        self.apply_spans()

    def show_by_month(self, by_month: bool) -> None:
        """A month shows the official tick; a longer period has none, and room for "Đúng tiến độ (ước)"."""
        if by_month == self._by_month:
            return  # a width the user dragged stays while the kind of period does
        self._by_month = by_month
        self.setColumnHidden(Col.OFFICIAL, not by_month)
        self.setColumnWidth(Col.STATUS, self._status_width(by_month))

    def _status_width(self, by_month: bool) -> int:
        """Room for the longest status word ("Có nguy cơ không đạt"), and "(ước)" over a longer period."""
        longest = max(STATUS_LABELS.values(), key=self.fontMetrics().horizontalAdvance)
        text = longest if by_month else longest + QCoreApplication.translate("EntryModel", " (est.)")
        return self.fontMetrics().horizontalAdvance(text) + STATUS_PADDING

    def apply_spans(self) -> None:
        """Let each group title span the whole row."""
        self.clearSpans()
        model = self.entry_model()
        for row in range(model.rowCount()):
            if model.is_header(row):
                self.setSpan(row, 0, 1, model.columnCount())

    # -- moving ---------------------------------------------------------------------------------
    def _enterable(self, row: int, col: int) -> bool:
        flags = self.entry_model().flags(self.entry_model().index(row, col))
        return bool(flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable))

    def target(self, index: QModelIndex, move: Move) -> QModelIndex:
        """The next cell the user can fill from ``index`` in direction ``move`` (invalid if none)."""
        model = self.entry_model()
        rows = model.rowCount()
        row = index.row() if index.isValid() else -1
        col = index.column() if index.isValid() and index.column() in ENTERABLE else Col.VALUE
        if move in (Move.DOWN, Move.UP):
            step = 1 if move is Move.DOWN else -1
            r = row + step
            while 0 <= r < rows:
                if self._enterable(r, col):
                    return model.index(r, col)
                r += step
            return QModelIndex()
        cells = [(r, c) for r in range(rows) for c in ENTERABLE]
        here = (row, index.column() if index.isValid() else -1)
        ordered = cells if move is Move.NEXT else list(reversed(cells))
        after = [rc for rc in ordered if (rc > here if move is Move.NEXT else rc < here)]
        for r, c in after:
            if self._enterable(r, c):
                return model.index(r, c)
        return QModelIndex()

    def go(self, move: Move) -> bool:
        """Move the cursor; False when there is nowhere to go."""
        target = self.target(self.currentIndex(), move)
        if not target.isValid():
            return False
        self.setCurrentIndex(target)
        self.scrollTo(target)
        return True

    def first_cell(self) -> None:
        """Put the cursor on the first figure the user can type (when none is current)."""
        if self.currentIndex().isValid() and self.entry_model().row_at(self.currentIndex().row()):
            return
        target = self.target(QModelIndex(), Move.DOWN)
        if target.isValid():
            self.setCurrentIndex(target)

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter moves down, Tab right, Delete clears; other keys start editing as usual."""
        if self.state() != QAbstractItemView.State.EditingState:
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods in (Qt.KeyboardModifier.NoModifier,
                                                                          Qt.KeyboardModifier.ShiftModifier):
                self.go(Move.UP if mods else Move.DOWN)
                event.accept()
                return
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # At the last cell Tab leaves the grid, so the keyboard never gets trapped.
                moved = self.go(Move.NEXT if key == Qt.Key.Key_Tab else Move.PREVIOUS)
                event.setAccepted(moved)
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_requested.emit()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_requested.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mods == Qt.KeyboardModifier.NoModifier:
                self.clear_requested.emit(self.currentIndex())
                event.accept()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802
        """After a commit, move as the key asked: Enter down, Tab right, Shift+Tab left."""
        super().closeEditor(editor, Hint.NoHint)
        move = {Hint.SubmitModelCache: Move.DOWN, Hint.EditNextItem: Move.NEXT,
                Hint.EditPreviousItem: Move.PREVIOUS}.get(hint)
        if move is not None:
            self.go(move)

"""The year targets dialog ("Chỉ tiêu kế hoạch năm"): type, clear, export and import a year's targets.

Keyboard first, like the entry grid: typing starts editing the year's cell, Enter commits and
goes down, Esc cancels the cell (and, outside a cell, closes after asking about unsaved edits).
Nothing is stored until Save, which stores every change in one transaction or none
(``store.year_targets.set_year_targets``); an unreadable text stays red until corrected.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..operations import DbOp
from ..wheel_guard import guard_wheel
from ...services import year_targets as year_ops
from ...services.year_targets import YearTargets
from .year_targets_model import CODE, NAME, PLAN, SOURCE, UNIT, YEAR, YearTargetsModel

Hint = QAbstractItemDelegate.EndEditHint
ERROR_STYLE = "color: #b42318;"


class YearTargetsView(QTableView):
    """Enter goes down the year's column; typing starts editing; Delete empties the cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        T = QAbstractItemView.EditTrigger
        self.setEditTriggers(T.AnyKeyPressed | T.EditKeyPressed | T.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)

    def go_down(self, step: int = 1) -> None:
        """Move to the year's cell of the next (or previous) indicator."""
        row = self.currentIndex().row() + step
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, YEAR))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter moves down (Shift+Enter up); Delete empties the year's cell."""
        if self.state() != QAbstractItemView.State.EditingState:
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods in (Qt.KeyboardModifier.NoModifier,
                                                                          Qt.KeyboardModifier.ShiftModifier):
                self.go_down(-1 if mods else 1)
                event.accept()
                return
            if key == Qt.Key.Key_Delete and self.currentIndex().column() == YEAR:
                self.model().setData(self.currentIndex(), "", Qt.ItemDataRole.EditRole)
                event.accept()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802 (Qt's name)
        """After Enter in a cell, go down to the next indicator's year cell."""
        super().closeEditor(editor, Hint.NoHint)
        if hint == Hint.SubmitModelCache:
            self.go_down()


class YearTargetsDialog(QDialog):
    """Every indicator's target for one year, typed or cleared, saved all at once."""

    #: The targets were read (after opening, saving, importing or changing the year).
    loaded = Signal()
    #: Saving or importing stored targets.
    saved = Signal()

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("year_targets")
        self.setWindowTitle(self.tr("Year plan targets"))
        self.model = YearTargetsModel(self)
        self.model.actor = ctx.actor
        self._build(year)
        self.model.message.connect(self._say_error)
        self.model.pending_changed.connect(self._update)
        self.reload()

    def _build(self, year: int) -> None:
        years = self.ctx.plan_years
        self.year = QSpinBox()
        self.year.setObjectName("year_targets_year")
        low, high = (years.start, years.stop - 1) if years is not None and len(years) else (year, year)
        self.year.setRange(low, high)
        self.year.setValue(min(max(year, low), high))
        self.year.setKeyboardTracking(False)
        guard_wheel(self.year)
        self.year.valueChanged.connect(self._year_changed)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        intro = QLabel(self.tr("Type each indicator's target for the year as the annual resolution states it. "
                               "Enter goes down; nothing is saved until you press Save."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(intro, 1)
        self.table = YearTargetsView()
        self.table.setObjectName("year_targets_table")
        self.table.setAccessibleName(self.tr("Targets of the year"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((CODE, 45), (UNIT, 80), (PLAN, 190), (YEAR, 170), (SOURCE, 250)):
            header.resizeSection(col, width)
        self.message = QLabel()
        self.message.setObjectName("year_targets_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Store every target typed (Ctrl+S): all of them, or none if one "
                                            "cannot be read"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("C&lear target"))
        self.clear_button.setToolTip(self.tr("Remove the selected indicator's target for the year (the 5-year "
                                             "target stays); saved with Save"))
        self.clear_button.clicked.connect(self.clear_current)
        self.export_button = QPushButton(self.tr("&Export to Excel..."))
        self.export_button.clicked.connect(self.export_excel)
        self.import_button = QPushButton(self.tr("&Import from Excel..."))
        self.import_button.clicked.connect(self.import_excel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for b in (self.save_button, self.clear_button, self.export_button, self.import_button):
            b.setAutoDefault(False)  # Enter belongs to the table, not to a default button
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the year's targets again (unsaved edits are dropped)."""
        plan_id, year = self.ctx.plan_id, self.year.value()
        if plan_id is None:
            return
        DbOp(self, self.ctx, lambda db: year_ops.load_year_targets(db, plan_id, year)).success(
            self._loaded).busy(self.tr("Loading the year's targets...")).run()

    def _loaded(self, data: YearTargets) -> None:
        current = self.table.currentIndex()
        self.model.set_targets(data)
        row = current.row() if current.isValid() and current.row() < self.model.rowCount() else 0
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, YEAR))
        self.table.setFocus()
        self.loaded.emit()

    def _year_changed(self, year: int) -> None:
        if self.model.year == year:
            return
        if self.model.has_pending() and not self._ask_discard():
            self.year.blockSignals(True)
            self.year.setValue(self.model.year)
            self.year.blockSignals(False)
            return
        self.reload()

    # -- editing --------------------------------------------------------------------------------
    def _commit_open_editor(self) -> None:
        editor = self.table.indexWidget(self.table.currentIndex()) or self.table.focusWidget()
        if self.table.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, Hint.NoHint)

    def clear_current(self) -> None:
        """Empty the year's cell of the selected indicator (the clear is stored with Save)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.model.setData(self.model.index(index.row(), YEAR), "", Qt.ItemDataRole.EditRole)
            self.table.setCurrentIndex(self.model.index(index.row(), YEAR))
            self.table.setFocus()

    def save(self) -> None:
        """Store every change at once; refused while a cell cannot be read."""
        self._commit_open_editor()
        if self.model.errors:
            code = next(iter(self.model.errors))
            self.table.setCurrentIndex(self.model.index(self.model.row_of(code), YEAR))
            count = len(self.model.errors)
            self._say_error(self.tr("Nothing was saved: %1 targets cannot be read. Correct the red cells (the "
                                    "reason is in their tooltip).").replace("%1", str(count)))
            return
        if not self.model.edits and not self.model.cleared:
            self._say(self.tr("Nothing to save."))
            return
        plan_id, year, actor = self.ctx.plan_id, self.model.year, self.ctx.actor
        texts, cleared = dict(self.model.edits), sorted(self.model.cleared)
        count = len(texts) + len(cleared)
        assert plan_id is not None
        DbOp(self, self.ctx, lambda db: year_ops.save_year_targets(db, plan_id, year, texts, cleared, actor)).success(
            lambda data: self._stored(data, self.tr("Saved %1 targets of %2.").replace("%1", str(count))
                                      .replace("%2", str(year)))).busy(self.tr("Saving the year's targets...")).run()

    def _stored(self, data: YearTargets, message: str) -> None:
        self._loaded(data)
        self._say(message)
        self.saved.emit()

    # -- Excel ----------------------------------------------------------------------------------
    def _ask_save_path(self, suggested: str) -> str | None:
        """Where to write the sheet (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the year's targets"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        return path or None

    def _ask_open_path(self) -> str | None:
        """Which filled sheet to read (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the year's targets"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        return path or None

    def export_excel(self) -> None:
        """Write the year's sheet to fill in Excel."""
        plan_id, year = self.ctx.plan_id, self.model.year
        path = self._ask_save_path(self.tr("year-targets-%1.xlsx").replace("%1", str(year)))
        if not path or plan_id is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        DbOp(self, self.ctx, lambda db: year_ops.export_year_targets(db, plan_id, year, path)).success(
            lambda written: self._say(self.tr("Wrote %1. Fill in the «%2 target» column, then import it here.")
                                      .replace("%1", written.path.name).replace("%2", str(year)))).busy(
            self.tr("Exporting...")).run()

    def import_excel(self) -> None:
        """Store the targets typed in a filled sheet (all or nothing)."""
        if self.model.has_pending() and not self._ask_discard():
            return
        plan_id, year, actor = self.ctx.plan_id, self.model.year, self.ctx.actor
        path = self._ask_open_path()
        if not path or plan_id is None:
            return

        def imported(changes: list[tuple[str, str | None, str]]) -> None:
            self._say(self.tr("Imported the %1 targets: %2 changed.").replace("%1", str(year))
                      .replace("%2", str(len(changes))))
            self.reload()
            self.saved.emit()

        DbOp(self, self.ctx, lambda db: year_ops.import_year_targets(db, plan_id, year, path, actor)).success(
            imported).busy(self.tr("Importing...")).run()

    # -- messages and leaving -------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.ctx.status.emit(text)

    def _say_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.ctx.status.emit(text)

    def _update(self) -> None:
        pending = len(self.model.edits) + len(self.model.cleared) + len(self.model.errors)
        self.save_button.setText(self.tr("&Save (%1)").replace("%1", str(pending)) if pending else self.tr("&Save"))

    def _ask_discard(self) -> bool:
        """Forget unsaved targets? True for yes (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Unsaved targets"),
                                      self.tr("Some targets typed here are not saved. Forget them?"))
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """Close (Esc), asking first when typed targets are not saved."""
        if self.model.has_pending() and not self._ask_discard():
            return
        super().reject()


def open_year_targets(ctx: AppContext, year: int, parent: QWidget) -> YearTargetsDialog:
    """Open the year targets dialog over ``parent`` for ``year``; the dialog."""
    dialog = YearTargetsDialog(ctx, year, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen = parent.screen().availableGeometry() if parent.screen() else None
    width, height = (min(1200, screen.width() - 40), min(680, screen.height() - 60)) if screen else (1200, 680)
    dialog.resize(width, height)
    dialog.open()
    return dialog

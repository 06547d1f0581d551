"""The history panel: every change to the selected indicator's figure for the month shown."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...domain.model import Revision, ValueKind
from ...domain.numbers import format_number
from ...domain.periods import Period
from ...services.entry import load_history
from ...store.grid import GridRow
from ..context import AppContext
from ..operations import DbOp


class HistoryPanel(QWidget):
    """Who changed the selected figure, when (local time), from what to what, and why."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._token = 0
        self._shown: tuple[GridRow, Period] | None = None
        self.title = QLabel(self.tr("History"))
        self.title.setObjectName("history_title")
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Old"), self.tr("New"), self.tr("Kind"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Changes to the selected figure"))
        self.empty = QLabel(self.tr("Select an indicator to see the changes to its figure."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def show_cell(self, row: GridRow | None, period: Period) -> None:
        """Load the changes of ``row``'s figure for ``period`` (None clears the panel)."""
        self._token += 1
        if row is None:
            self._shown = None
            self.title.setText(self.tr("History"))
            self._fill([])
            self.empty.setText(self.tr("Select an indicator to see the changes to its figure."))
            return
        self._shown = (row, period)
        self.title.setText(
            self.tr("History of %1 — %2").replace("%1", f"{row.code}. {row.name}").replace("%2", period.label)
        )
        token, ind_id = self._token, row.indicator_id
        DbOp(self, self.ctx, lambda db: load_history(db, ind_id, period)).success(
            lambda revisions: self._loaded(token, revisions)
        ).run()

    def refresh(self) -> None:
        """Load the shown cell's changes again (after figures were saved)."""
        if self._shown is not None:
            self.show_cell(*self._shown)

    def _loaded(self, token: int, revisions: Sequence[Revision]) -> None:
        if token != self._token:
            return  # the selection moved on while this was loading
        self._fill(revisions)
        self.empty.setText(self.tr("No changes recorded for this month yet."))

    def revisions_shown(self) -> int:
        """How many changes the panel lists."""
        return self.table.rowCount()

    def _fill(self, revisions: Sequence[Revision]) -> None:
        self.table.setRowCount(0)
        self.empty.setVisible(not revisions)
        self.table.setVisible(bool(revisions))
        for rev in reversed(revisions):  # newest first: what the officer usually wants to see
            at = rev.at.astimezone()  # stored in UTC; shown in the PC's local time
            cells = [
                at.strftime("%d/%m/%Y %H:%M"), rev.actor, _figure(rev.old_value), _figure(rev.new_value),
                self._kind(rev.new_kind), (rev.new_note or "").replace("\n", " "),
            ]
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 5 and rev.new_note:
                    item.setToolTip(rev.new_note)
                self.table.setItem(row, col, item)

    def _kind(self, kind: ValueKind | None) -> str:
        if kind is ValueKind.OFFICIAL:
            return self.tr("Official")
        return self.tr("Estimate") if kind is ValueKind.ESTIMATE else ""


def _figure(value: Decimal | None) -> str:
    return format_number(value, empty="—")

"""What applying an annual plan changed: each year target old → new, and the indicators added."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store.annual import ApplySummary


class SummaryView(QWidget):
    """The apply summary: a sentence, then one row per target changed or indicator added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("annual_summary_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("annual_summary_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        header.resizeSection(3, 220)
        self.notes = QLabel()
        self.notes.setObjectName("annual_summary_notes")
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

    def show_summary(self, s: ApplySummary) -> None:
        """Fill the view from the core's summary."""
        self.heading.setText(
            self.tr("The %1 annual plan was applied to the 5-year plan: %2 year targets changed, %3 indicators "
                    "added, %4 unchanged.").replace("%1", str(s.year)).replace("%2", str(len(s.changed)))
            .replace("%3", str(len(s.added))).replace("%4", str(len(s.unchanged)))
        )
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Indicator"), self.tr("%1 target before").replace("%1", str(s.year)),
            self.tr("%1 target now").replace("%1", str(s.year)),
        ])
        rows = [(c.code, c.name, c.old or self.tr("(none)"), c.new) for c in s.changed]
        rows += [(c.code, c.name, self.tr("(new indicator)"), c.new or self.tr("(no target)")) for c in s.added]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, col, item)
        notes = []
        if s.without_target:
            notes.append(self.tr("Items without a target (nothing changed): %1").replace("%1", ", ".join(s.without_target)))
        if s.ignored:
            notes.append(self.tr("Ignored: %1").replace("%1", ", ".join(s.ignored)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

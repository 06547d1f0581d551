"""The result of a batch import (Nhập nhiều gói): one row per file and a summary line.

Each file says what happened to it (imported, already here, nothing new, refused and why, not
imported because the import itself broke), who sent it and, when imported, how many figures it
changed and how many conflicts it brought. The words come from ``sync.batch.FileOutcome``.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...sync.batch import FileOutcome
from ..resources import icon
from .importing import KEY_REASONS

# Statuses that are the import's trouble, not the file's: shown with a warning icon.
TROUBLE = ("refused", "error", "rolled_back", "not_imported")


class BatchResultDialog(QDialog):
    """What a batch import did, file by file."""

    def __init__(self, parent: QWidget | None, outcomes: list[FileOutcome]) -> None:
        super().__init__(parent)
        self.outcomes = outcomes
        self.setWindowTitle(self.tr("Import several bundles: result"))
        self.summary = QLabel(self.summary_text())
        self.summary.setObjectName("batch_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(outcomes), 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Result"), self.tr("Sender"), self.tr("Figures changed"), self.tr("Conflicts"),
            self.tr("Details"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # Rows follow their wrapped text at the widths the columns get once shown.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for row, outcome in enumerate(outcomes):
            self._fill(row, outcome)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 520)

    def status_text(self, status: str) -> str:
        """A file's result in words."""
        return {
            "imported": self.tr("Imported"),
            "duplicate": self.tr("Already here"),
            "nothing_new": self.tr("Nothing new"),
            "refused": self.tr("Refused"),
            "error": self.tr("Error"),
            "rolled_back": self.tr("Not imported (batch cancelled)"),
            "not_imported": self.tr("Not reached"),
        }.get(status, status)

    def details(self, outcome: FileOutcome) -> str:
        """Why a file was refused or not imported, or what an imported one brought."""
        if outcome.status == "refused" and outcome.reason == "template":
            return self.tr("This is the province's indicator list. Open it on its own with the \"Import bundle...\" "
                           "button, which shows what it changes before it is adopted.")
        if outcome.status == "duplicate":
            return self.tr("This bundle was imported before. Nothing changes.")
        if outcome.status == "nothing_new":
            return self.tr("Everything in this bundle already arrived through other bundles.")
        if outcome.status == "imported" and outcome.result is not None:
            s = outcome.result.summary
            return (self.tr("%1 new figure edits, %2 month approvals or reopenings, %3 new plans, %4 plans updated.")
                    .replace("%1", str(s.new_revisions)).replace("%2", str(s.new_month_events))
                    .replace("%3", str(s.plans_added)).replace("%4", str(s.plans_updated)))
        text = outcome.message or ""
        if outcome.status == "refused" and outcome.reason in KEY_REASONS:
            text += " " + self.tr("To check the sender's fingerprint and trust its key, import this file on its own "
                                  "with the \"Import bundle...\" button.")
        return text.strip()

    def _fill(self, row: int, outcome: FileOutcome) -> None:
        result = outcome.result if outcome.status in ("imported", "duplicate", "nothing_new") else None
        imported = result is not None and outcome.status == "imported"
        cells = [
            outcome.path.name,
            self.status_text(outcome.status),
            result.sender_name if result is not None else "",
            str(len(result.summary.changes)) if imported and result is not None else "",
            str(len(result.summary.conflicts)) if imported and result is not None else "",
            self.details(outcome),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 0:
                item.setToolTip(str(outcome.path))
            if column == 1:
                item.setIcon(icon("warning") if outcome.status in TROUBLE else icon("confirm"))
            self.table.setItem(row, column, item)

    def summary_text(self) -> str:
        """``N imported, M refused, ...``: only the results that occurred, in a fixed order."""
        counts = Counter(o.status for o in self.outcomes)
        parts = {
            "imported": self.tr("%1 imported"),
            "duplicate": self.tr("%1 already here"),
            "nothing_new": self.tr("%1 with nothing new"),
            "refused": self.tr("%1 refused"),
            "error": self.tr("%1 with an error"),
            "rolled_back": self.tr("%1 cancelled with their batch"),
            "not_imported": self.tr("%1 not reached"),
        }
        said = [text.replace("%1", str(counts[status])) for status, text in parts.items() if counts[status]]
        total = self.tr("%1 files: ").replace("%1", str(len(self.outcomes)))
        tail = ""
        if counts["error"] or counts["rolled_back"] or counts["not_imported"]:
            tail = " " + self.tr("The files not imported can be imported again once the problem is fixed; "
                                 "files already imported will say so.")
        return total + ", ".join(said) + "." + tail

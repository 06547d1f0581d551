"""What a bundle would change, shown before anything is written: the person decides to import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...sync.importer import Preview
from ...sync.merge import CellChange
from .data import (
    counts_text,
    full_name,
    kind_name,
    month_text,
    number,
    scope_name,
    when,
    yes_no,
)


class PreviewDialog(QDialog):
    """Sender, fingerprint, commune, options and counts; the figures it changes; its conflicts."""

    def __init__(self, parent: QWidget | None, preview: Preview) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import bundle: preview"))
        summary = preview.summary
        self.changes = self._table(summary.changes, self.tr("Figures this bundle changes"))
        self.conflicts = self._table(summary.conflicts, self.tr("Conflicts this bundle creates"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel()
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self._build()
        if preview.status == "stale":
            self.import_button.setEnabled(False)
            self.note.setText(self.tr("This PC already has everything this bundle carries: importing it would change nothing."))
        elif summary.conflicts:
            self.note.setText(self.tr("Some figures were changed on both PCs. After the import both versions are kept "
                                      "and a leader chooses one on the Conflicts tab."))
        if summary.held_events:  # approvals or reopenings that do not count (issue 17)
            months = ", ".join(f"{h.month:02d}/{h.year}" for h in summary.held_events)
            held = self.tr("Not applied: %1 approval or reopening events (%2) were made without a leader's right or "
                           "without a reason; those months keep their state for the leader to check.")
            self.note.setText(" ".join(t for t in (self.note.text(), held.replace("%1", str(len(summary.held_events)))
                                                   .replace("%2", months)) if t))
        self.note.setVisible(bool(self.note.text()))
        self.resize(760, 560)

    def _build(self) -> None:
        p = self.preview
        sender = p.sender
        form = QFormLayout()
        fingerprint = QLabel(sender.fingerprint)
        fingerprint.setObjectName("preview_fingerprint")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        commune = p.commune
        rows = (
            (self.tr("Sender:"), QLabel(f"{sender.name} ({scope_name(sender.scope)})")),
            (self.tr("Fingerprint:"), fingerprint),
            (self.tr("Commune:"), QLabel(f"{commune.get('code', '')} — {commune.get('name', '')}")),
            (self.tr("Created:"), QLabel(when(p.created_at))),
            (self.tr("Kind:"), QLabel(f"{kind_name(p.kind)}, {full_name(p.full).lower()}")),
            (self.tr("Encrypted:"), QLabel(yes_no(p.encrypted))),
            (self.tr("Contents:"), QLabel(counts_text(p.counts))),
            (self.tr("New for this PC:"), QLabel(self._news())),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for title, table in ((self.tr("Figures this bundle changes"), self.changes),
                             (self.tr("Conflicts this bundle creates"), self.conflicts)):
            heading = QLabel(f"<b>{title}</b> ({table.rowCount()})")
            layout.addWidget(heading)
            layout.addWidget(table, 1 if table is self.changes else 0)
            table.setVisible(table.rowCount() > 0)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def _news(self) -> str:
        s = self.preview.summary
        return (self.tr("%1 figures, %2 month events, %3 plans added, %4 plans updated")
                .replace("%1", str(s.new_revisions)).replace("%2", str(s.new_month_events))
                .replace("%3", str(s.plans_added)).replace("%4", str(s.plans_updated)))

    def _table(self, changes: list[CellChange], name: str) -> QTableWidget:
        table = QTableWidget(len(changes), 5)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Month"), self.tr("Now"), self.tr("In the bundle"), self.tr("Conflict")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for row, change in enumerate(changes):
            cells = (
                f"{change.indicator_code}. {change.indicator_name}", month_text(change.year, change.month),
                number(change.old_value), number(change.new_value), "⚠" if change.conflict else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and change.conflict:
                    item.setToolTip(self.tr("Changed on both PCs: a leader will choose the version to keep."))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

"""The History and Trusted keys tabs of the Đồng bộ page: tables and the buttons under them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...sync.history import BundleRecord
from ...sync.trust import TrustedKey
from ..resources import icon
from .data import counts_text, full_name, kind_name, scope_name, when


def set_widths(table: QTableWidget, widths: dict[int, int]) -> None:
    """Column widths, never narrower than the (translated) column title."""
    for column, width in widths.items():
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, max(width, table.columnWidth(column)))


def make_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table selecting whole rows, the last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill_row(table: QTableWidget, row: int, cells: tuple[str, ...], tooltips: dict[int, str] | None = None) -> None:
    """Put ``cells`` into ``row``; ``tooltips`` by column."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if tooltips and column in tooltips:
            item.setToolTip(tooltips[column])
        table.setItem(row, column, item)


def selected_row(table: QTableWidget) -> int:
    """The selected row, or -1."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return rows[0].row() if rows else -1


class HistoryTab(QWidget):
    """Bundles sent and received, newest first."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[BundleRecord] = []
        self.table = make_table(
            [self.tr("Time"), self.tr("Direction"), self.tr("Peer"), self.tr("Kind"), self.tr("Contents"),
             self.tr("Acknowledged"), self.tr("File")],
            self.tr("Bundles sent and received"),
        )
        set_widths(self.table, {0: 130, 1: 80, 2: 160, 3: 150, 4: 260, 5: 130})
        QVBoxLayout(self).addWidget(self.table)

    def set_records(self, records: list[BundleRecord]) -> None:
        """Show ``records``."""
        self.records = list(records)
        table = self.table
        table.setRowCount(len(records))
        for row, r in enumerate(records):
            direction = self.tr("Sent") if r.direction == "out" else self.tr("Received")
            peer = r.peer_name or (self.tr("Any PC") if r.direction == "out" else "")
            kind = f"{kind_name(r.kind)}, {full_name(r.full).lower()}" + (" 🔒" if r.encrypted else "")
            file_name = r.file_name.replace("\\", "/").rsplit("/", 1)[-1]
            fill_row(table, row, (when(r.processed_at), direction, peer, kind, counts_text(r.counts),
                                  when(r.acked_at), file_name), {6: r.file_name, 4: counts_text(r.counts)})


class KeysTab(QWidget):
    """The other PCs' keys this PC trusts; trusting a key file, revoking, acknowledging."""

    trust_requested = Signal()
    revoke_requested = Signal(object)
    ack_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[TrustedKey] = []
        self.table = make_table(
            [self.tr("Name"), self.tr("Kind of PC"), self.tr("Commune"), self.tr("Fingerprint"), self.tr("Trusted"),
             self.tr("Revoked")],
            self.tr("Trusted keys"),
        )
        set_widths(self.table, {0: 180, 1: 110, 2: 80, 3: 340, 4: 130})
        self.trust_button = QPushButton(icon("add"), self.tr("&Trust a key file..."))
        self.revoke_button = QPushButton(icon("remove"), self.tr("Re&voke"))
        self.ack_button = QPushButton(icon("confirm"), self.tr("Export ac&knowledgement..."))
        self.ack_button.setToolTip(self.tr("Write a small bundle telling the selected PC what this PC has received."))
        self.trust_button.clicked.connect(self.trust_requested.emit)
        self.revoke_button.clicked.connect(lambda: self._emit(self.revoke_requested))
        self.ack_button.clicked.connect(lambda: self._emit(self.ack_requested))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.can_manage = self.can_export = False
        buttons = QHBoxLayout()
        for button in (self.trust_button, self.revoke_button, self.ack_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_permissions(self, manage: bool, export: bool) -> None:
        """Enable what the user may do; say why the rest is disabled."""
        self.can_manage, self.can_export = manage, export
        why = "" if manage else self.tr("Only an administrator can trust or revoke keys.")
        self.trust_button.setEnabled(manage)
        self.trust_button.setToolTip(why)
        self._update_buttons()

    def set_keys(self, keys: list[TrustedKey]) -> None:
        """Show ``keys``, keeping the selection."""
        current = self.selected()
        self.keys = list(keys)
        table = self.table
        table.setRowCount(len(keys))
        for row, k in enumerate(keys):
            fill_row(table, row, (k.name, scope_name(k.scope), k.commune_code or "", k.fingerprint,
                                  when(k.trusted_at), when(k.revoked_at)))
            if k.revoked_at is not None:
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None:  # fill_row made one for every column
                        item.setForeground(Qt.GlobalColor.gray)
            if current is not None and k.installation_id == current.installation_id:
                table.selectRow(row)
        self._update_buttons()

    def selected(self) -> TrustedKey | None:
        """The key selected in the table."""
        row = selected_row(self.table)
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def select(self, installation_id: str) -> None:
        """Select the row of ``installation_id``."""
        for row, key in enumerate(self.keys):
            if key.installation_id == installation_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        key = self.selected()
        active = key is not None and key.revoked_at is None
        self.revoke_button.setEnabled(self.can_manage and active)
        self.revoke_button.setToolTip("" if self.can_manage else self.tr("Only an administrator can trust or revoke keys."))
        self.ack_button.setEnabled(self.can_export and active)

    def _emit(self, signal: SignalInstance) -> None:
        key = self.selected()
        if key is not None:
            signal.emit(key)


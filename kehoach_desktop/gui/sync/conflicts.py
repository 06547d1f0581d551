"""The Conflicts tab: figures changed on two PCs; a leader keeps one version, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import ValueKind
from ...sync.conflicts import Conflict, Version
from ..resources import icon
from .data import month_text, number, when
from .tabs import fill_row, make_table, selected_row, set_widths


class ConflictsTab(QWidget):
    """Open conflicts above; the selected one's versions below; "Keep this version"."""

    keep_requested = Signal(object, object)  # Conflict, Version

    def __init__(self) -> None:
        super().__init__()
        self.conflicts: list[Conflict] = []
        self.can_resolve = False
        self.table = make_table(
            [self.tr("Code"), self.tr("Indicator"), self.tr("Month"), self.tr("Versions"), self.tr("Approved month")],
            self.tr("Conflicts"),
        )
        set_widths(self.table, {0: 60, 1: 380, 2: 80, 3: 80})
        self.versions = make_table(
            [self.tr("PC"), self.tr("Who"), self.tr("When"), self.tr("Value"), self.tr("Kind"), self.tr("Shown now"),
             self.tr("Note")],
            self.tr("Versions of the figure"),
        )
        set_widths(self.versions, {0: 160, 1: 100, 2: 130, 3: 110, 4: 90, 5: 90})
        self.empty = QLabel(self.tr("No conflicts: every PC's figures agree."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = QPushButton(icon("confirm"), self.tr("&Keep this version"))
        self.keep_button.clicked.connect(self._keep)
        self.table.itemSelectionChanged.connect(self._conflict_selected)
        self.versions.itemSelectionChanged.connect(self._update_button)
        self._build()

    def _build(self) -> None:
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(QLabel(self.tr("Versions of the selected figure (the one marked is shown meanwhile):")))
        below.addWidget(self.versions, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        below.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

    def set_permission(self, resolve: bool) -> None:
        """Whether the user may choose a version."""
        self.can_resolve = resolve
        self._update_button()

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """Show ``conflicts``, keeping the selected one when it is still open."""
        current = self.selected()
        key = (current.indicator_id, current.year, current.month) if current else None
        self.conflicts = list(conflicts)
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            locked = self.tr("Yes (leader only)") if c.locked else ""
            fill_row(self.table, row, (c.indicator_code, c.indicator_name, month_text(c.year, c.month),
                                       str(len(c.versions)), locked), {1: c.indicator_name})
            if key == (c.indicator_id, c.year, c.month):
                self.table.selectRow(row)
        if conflicts and self.selected() is None:
            self.table.selectRow(0)  # the versions below are what a leader comes for
        self.empty.setVisible(not conflicts)
        self.splitter.setVisible(bool(conflicts))
        self._conflict_selected()

    def selected(self) -> Conflict | None:
        """The conflict selected above."""
        row = selected_row(self.table)
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def selected_version(self) -> Version | None:
        """The version selected below."""
        conflict, row = self.selected(), selected_row(self.versions)
        return conflict.versions[row] if conflict is not None and 0 <= row < len(conflict.versions) else None

    def select(self, row: int, version: int | None = None) -> None:
        """Select the ``row``-th conflict and, if given, its ``version``-th version (tests, keyboard)."""
        self.table.selectRow(row)
        if version is not None:
            self.versions.selectRow(version)

    def _conflict_selected(self) -> None:
        conflict = self.selected()
        versions = conflict.versions if conflict else []
        self.versions.setRowCount(len(versions))
        unit = f" {conflict.unit}" if conflict and conflict.unit else ""
        for row, v in enumerate(versions):
            fill_row(self.versions, row, (
                v.installation_name or v.installation_id, v.actor, when(v.at), number(v.value) + unit,
                self._kind(v.kind), "✔" if v.shown else "", v.note or "",
            ), {6: v.note or ""})
            item = self.versions.item(row, 3)
            if item is not None:  # fill_row made it
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._update_button()

    def _kind(self, kind: ValueKind | None) -> str:
        if kind is ValueKind.OFFICIAL:
            return self.tr("Official")
        if kind is ValueKind.ESTIMATE:
            return self.tr("Estimate")
        return ""

    def _update_button(self) -> None:
        chosen = self.selected_version() is not None
        self.keep_button.setEnabled(self.can_resolve and chosen)
        if not self.can_resolve:
            self.keep_button.setToolTip(self.tr("Only a leader can choose which version to keep."))
        elif not chosen:
            self.keep_button.setToolTip(self.tr("Select the version to keep in the table above this button."))
        else:
            self.keep_button.setToolTip("")

    def _keep(self) -> None:
        conflict, version = self.selected(), self.selected_version()
        if conflict is not None and version is not None and self.can_resolve:
            self.keep_requested.emit(conflict, version)

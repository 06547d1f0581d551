"""Nhật ký: the audit trail, newest first, filtered by user, kind of action and free text.

The trail can grow to hundreds of thousands of events over the years, so the page reads the
newest ``PAGE_SIZE`` matching ones and more on request ("Load more"), never the whole table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..services import audit
from ..services.audit import AuditBatch, AuditQuery
from ..store.audit_log import AuditEvent
from .context import AppContext
from .operations import DbOp
from .page import Page
from .resources import icon

Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Audit events as rows: time (local), user, action in words, what, details."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[AuditEvent] = []
        self._headers = [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("What"), self.tr("Details")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        """Events shown."""
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        """Five columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The English column titles, translated."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text; the details also as a tooltip, since they are often long."""
        if not index.isValid():
            return None
        event = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (2, 3, 4):
                return None
            return self._text(event, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        return None

    @staticmethod
    def _text(event: AuditEvent, column: int, tooltip: bool) -> str:
        if column == 0:
            return event.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")  # the PC's local time
        if column == 1:
            return event.actor
        if column == 2:
            return f"{event.label} ({event.action})" if tooltip else event.label
        if column == 3:
            return event.subject_text
        return event.details_text

    def set_events(self, events: list[AuditEvent]) -> None:
        """Show ``events`` instead of what was there."""
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def append(self, events: list[AuditEvent]) -> None:
        """Add older ``events`` at the bottom."""
        if not events:
            return
        first = len(self.events)
        self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
        self.events.extend(events)
        self.endInsertRows()


class AuditPage(Page):
    """The journal of who did what."""

    icon_name = "journal"
    #: How many events one read brings; "Load more" reads as many again.
    PAGE_SIZE = 2000

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = AuditModel()
        self._generation = 0  # results of a superseded read are dropped
        self.user_filter = QComboBox()
        self.user_filter.setAccessibleName(self.tr("User"))
        self.user_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Kind of action"))
        for label, prefixes in self._action_kinds():
            self.action_filter.addItem(label, prefixes)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: indicator code, user, value, reason..."))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.refresh_button = QPushButton(icon("history"), self.tr("&Refresh"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Journal"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # "What" names an indicator and its month (issue 15): it gets the room the codes did not need.
        for column, width in ((0, 150), (1, 100), (2, 200), (3, 400)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Load &more"))
        self.more_button.setVisible(False)
        self._build_layout()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)  # wait for a pause in typing before querying
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.user_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.action_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button.clicked.connect(lambda: self.reload(with_actors=True))
        self.more_button.clicked.connect(self.load_more)

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Journal")

    def _action_kinds(self) -> list[tuple[str, tuple[str, ...] | None]]:
        return [
            (self.tr("All actions"), None),
            (self.tr("Figures entered"), ("value.",)),
            (self.tr("Month approval"), ("month.",)),
            (self.tr("Plan and indicators"), ("plan.", "indicator.")),
            (self.tr("Logins"), ("user.login", "user.locked")),
            (self.tr("Accounts"), ("user.create", "user.update", "user.password", "user.assign")),
            (self.tr("Commune"), ("commune.",)),
        ]

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&User:"), self.user_filter), (self.tr("&Kind:"), self.action_filter)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # -- loading ------------------------------------------------------------------------------
    def activate(self) -> None:
        """Read the newest events (and the list of users) each time the page is shown."""
        self.reload(with_actors=True)

    def query(self) -> AuditQuery:
        """The filters as chosen."""
        return AuditQuery(self.user_filter.currentData(), self.action_filter.currentData(), self.search.text().strip())

    def reload(self, with_actors: bool = False) -> None:
        """Read the newest matching events again."""
        self._search_timer.stop()
        self._start(0, with_actors)

    def load_more(self) -> None:
        """Read the next, older events below those shown."""
        self._start(len(self.model.events), False)

    def _start(self, offset: int, with_actors: bool) -> None:
        self._generation += 1
        generation, query, size = self._generation, self.query(), self.PAGE_SIZE
        self.more_button.setEnabled(False)
        DbOp(self, self.ctx, lambda db: audit.read(db, query, offset, size, with_actors)).success(
            lambda batch: self._loaded(batch, generation, offset)
        ).run()

    def _loaded(self, batch: AuditBatch, generation: int, offset: int) -> None:
        if generation != self._generation:
            return
        if batch.actors is not None:
            self._set_actors(batch.actors)
        if offset == 0:
            self.model.set_events(batch.events)
        else:
            self.model.append(batch.events)
        self.more_button.setVisible(batch.more)
        self.more_button.setEnabled(True)
        shown = len(self.model.events)
        text = self.tr("%1 events shown; older ones: Load more.") if batch.more else self.tr("%1 events.")
        self.count_label.setText(text.replace("%1", f"{shown:,}".replace(",", ".")))

    def _set_actors(self, actors: list[str]) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("All users"), None)
        for actor in actors:
            self.user_filter.addItem(actor, actor)
        self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(current)) if current else 0)
        self.user_filter.blockSignals(False)

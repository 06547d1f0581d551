"""Đồng bộ: this PC's identity, export and import of sync bundles, history, trusted keys, conflicts.

Bundles travel on USB sticks between a commune's PCs and the province. Export and import flows
live in ``exporting`` and ``importing`` (step classes over ``base.SyncPageBase``); every database
call is a ``services.sync`` function run on the worker, and the dialogs that ask for files or
confirmation are small methods tests replace.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from ...domain.access import Action, User
from ...services import sync as service
from ...services.changes import Changes
from ...services.sync import SyncData
from ...sync.conflicts import Conflict, Version
from ...sync.trust import TrustedKey
from ..context import AppContext
from ..operations import DbOp
from ..resources import icon
from .batch_import import BatchImportSteps
from .conflicts import ConflictsTab
from .data import scope_name
from .exporting import ExportSteps
from .importing import ImportSteps
from .tabs import HistoryTab, KeysTab


class SyncPage(ImportSteps, BatchImportSteps, ExportSteps):
    """Sync bundles on USB sticks: who this PC is, what it sent and received, whom it trusts."""

    icon_name = "sync"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._generation = 0
        self.pc_name = QLabel()
        self.pc_scope = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("own_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace; font-weight: bold;")
        self.export_key_button = QPushButton(icon("export"), self.tr("Export my &key..."))
        self.export_button = QPushButton(icon("export"), self.tr("E&xport sync bundle..."))
        self.import_button = QPushButton(icon("import"), self.tr("&Import bundle..."))
        self.batch_button = QPushButton(icon("import"), self.tr("Import &several bundles..."))
        batch_menu = QMenu(self.batch_button)
        self.batch_folder_action = batch_menu.addAction(self.tr("Whole &folder..."))
        self.batch_files_action = batch_menu.addAction(self.tr("Choose several &files..."))
        self.batch_button.setMenu(batch_menu)
        self.refresh_button = QPushButton(icon("history"), self.tr("&Refresh"))
        self.history = HistoryTab()
        self.keys = KeysTab()
        self.conflicts = ConflictsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.keys, self.tr("Trusted keys"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self._build()
        self.export_key_button.clicked.connect(self.export_key)
        self.export_button.clicked.connect(self.start_export)
        self.import_button.clicked.connect(self.start_import)
        self.batch_folder_action.triggered.connect(self.import_folder)
        self.batch_files_action.triggered.connect(self.import_several)
        self.refresh_button.clicked.connect(self.reload)
        self.keys.trust_requested.connect(self.trust_key_file)
        self.keys.revoke_requested.connect(self.revoke)
        self.keys.ack_requested.connect(self.export_ack)
        self.conflicts.keep_requested.connect(self.keep_version)
        ctx.changes.connect(self._changed)

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Sync")

    def allowed(self, user: User) -> bool:
        """Everyone who may export a bundle (every role)."""
        return user.can(Action.EXPORT_BUNDLE)

    def _build(self) -> None:
        identity = QGroupBox(self.tr("This PC"))
        form = QFormLayout(identity)
        form.addRow(self.tr("Name:"), self.pc_name)
        form.addRow(self.tr("Kind of PC:"), self.pc_scope)
        fingerprint = QHBoxLayout()
        fingerprint.addWidget(self.fingerprint, 1)
        fingerprint.addWidget(self.export_key_button)
        form.addRow(self.tr("Fingerprint:"), fingerprint)
        note = QLabel(self.tr("Other PCs compare this fingerprint before trusting bundles from this PC."))
        note.setWordWrap(True)
        form.addRow("", note)
        actions = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.batch_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(identity)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    # -- loading --------------------------------------------------------------------------------
    def activate(self) -> None:
        """Set what the user may do and read everything again."""
        self._apply_permissions()
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.plan or changes.cells:
            self._context_changed()

    def _context_changed(self, *_: object) -> None:
        if self.isVisible():
            self.reload()

    def _apply_permissions(self) -> None:
        can = self.ctx.can
        for button, action, why in (
            (self.export_button, Action.EXPORT_BUNDLE, ""),
            (self.import_button, Action.IMPORT_BUNDLE, self.tr("Only a leader or an administrator can import bundles.")),
            (self.batch_button, Action.IMPORT_BUNDLE, self.tr("Only a leader or an administrator can import bundles.")),
        ):
            button.setEnabled(can(action))
            button.setToolTip("" if can(action) else why)
        self.keys.set_permissions(can(Action.MANAGE_KEYS), can(Action.EXPORT_BUNDLE))
        self.conflicts.set_permission(can(Action.RESOLVE_CONFLICT))

    def reload(self) -> None:
        """Read this PC's key, the keys, the history and the conflicts again."""
        self._generation += 1
        generation, plan_id = self._generation, self.ctx.plan_id
        DbOp(self, self.ctx, lambda db: service.load(db, plan_id)).success(lambda data: self._loaded(data, generation)).run()

    def _loaded(self, data: SyncData, generation: int) -> None:
        if generation != self._generation:
            return
        self.data = data
        own = data.own
        self.pc_name.setText(own.name or own.installation_id)
        commune = f" — {own.commune_code}" if own.commune_code else ""
        self.pc_scope.setText(scope_name(own.scope) + commune)
        self.fingerprint.setText(own.fingerprint)
        self.history.set_records(data.history)
        self.keys.set_keys(data.trusted)
        self.conflicts.set_conflicts(data.conflicts)
        count = len(data.conflicts)
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(index, self.tr("Conflicts (%1)").replace("%1", str(count)) if count else self.tr("Conflicts"))
        self.tabs.setTabIcon(index, icon("warning") if count else icon("confirm"))

    def _show_conflicts(self) -> None:
        """Bring the conflicts tab forward (after a batch import brought some)."""
        self.tabs.setCurrentWidget(self.conflicts)

    # -- keys -----------------------------------------------------------------------------------
    def _confirm_revoke(self, key: TrustedKey) -> bool:
        """Ask before revoking ``key`` (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Revoke key"),
            self.tr("Stop trusting the key of %1? Bundles from that PC will be refused until its key is trusted "
                    "again.").replace("%1", key.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def revoke(self, key: TrustedKey) -> None:
        """Revoke the trust in ``key`` after asking."""
        if not self.ctx.can(Action.MANAGE_KEYS) or not self._confirm_revoke(key):
            return
        actor, installation_id = self.ctx.actor, key.installation_id

        def revoked(_result: None) -> None:
            self.ctx.status.emit(self.tr("The key of %1 was revoked.").replace("%1", key.name))
            self.reload()

        DbOp(self, self.ctx, lambda db: service.revoke(db, installation_id, actor)).success(revoked).run()

    # -- conflicts ------------------------------------------------------------------------------
    def keep_version(self, conflict: Conflict, version: Version) -> None:
        """Keep ``version`` of the figure in ``conflict``; the other pages reload it."""
        user = self.ctx.user
        if user is None or not user.can(Action.RESOLVE_CONFLICT):
            return
        choice = (version.installation_id, version.seq)

        DbOp(self, self.ctx, lambda db: service.keep_version(db, conflict, choice, user)).success(lambda _r: self._resolved(conflict)).busy(
            self.tr("Saving the choice...")
        ).run()

    def _resolved(self, conflict: Conflict) -> None:
        self.ctx.status.emit(self.tr("Version kept for indicator %1, %2.")
                             .replace("%1", conflict.indicator_code).replace("%2", f"{conflict.month:02d}/{conflict.year}"))
        self.reload()

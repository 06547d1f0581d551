"""Cài đặt › Sao lưu: the verified backups of this database, "back up now", and restore.

A thin screen over ``store.backup``: listing, making and restoring run on the database worker
(file work is serialised with database work); a restore shows what the backup holds first, saves
the current database, then asks everyone to log in again on the restored data. Restoring is for
administrators; anyone may make a backup.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.access import Action
from ..domain.numbers import format_number
from ..services import backup as backups
from ..services.backup import BackupsView
from ..store.backup import MANUAL, BackupInfo, BackupSummary
from .context import AppContext
from .operations import DbOp
from .resources import icon


class BackupTab(QWidget):
    """The list of backups with "Back up now", "Back up to a folder..." and "Restore..."."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: BackupsView | None = None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Check")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_now = QPushButton(icon("save"), self.tr("Back up &now"))
        self.backup_to = QPushButton(self.tr("Back up to a &folder or USB stick..."))
        self.restore_button = QPushButton(self.tr("&Restore the selected backup..."))
        self.restore_file = QPushButton(self.tr("Restore from a &file..."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.backup_now, self.backup_to, self.restore_button, self.restore_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.backup_now.clicked.connect(lambda: self._backup(None))
        self.backup_to.clicked.connect(self._backup_to_folder)
        self.restore_button.clicked.connect(self._restore_selected)
        self.restore_file.clicked.connect(self._restore_from_file)

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the list of backups again."""
        may_restore = self.ctx.user is not None and self.ctx.user.can(Action.SETTINGS)
        self.restore_button.setVisible(may_restore)
        self.restore_file.setVisible(may_restore)
        DbOp(self, self.ctx, backups.load_backups).success(self._show).run()

    def _show(self, view: BackupsView) -> None:
        self.view = view
        if view.folder is None:
            self.where.setText(self.tr("This database is on a server: its administrator backs it up (pg_dump)."))
            for button in (self.backup_now, self.backup_to, self.restore_button, self.restore_file):
                button.setEnabled(False)
            return
        self.where.setText(
            self.tr("Backups are checked when made and kept in %1: one a day (7 days and 4 weeks kept), "
                    "one before each upgrade, import or restore (the last 5), and those you make here.")
            .replace("%1", str(view.folder))
        )
        self.table.setRowCount(len(view.backups))
        for row, info in enumerate(view.backups):
            check = self.tr("sound") if info.verified else self.tr("DAMAGED: %1").replace("%1", str(info.problem))
            cells = (info.when, self._kind(info.label), f"{format_number(Decimal(info.size) / 1_000_000, 1)} MB", check)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if view.backups:
            self.table.selectRow(0)

    def _kind(self, label: str) -> str:
        if label == "daily":
            return self.tr("daily")
        if label == MANUAL:
            return self.tr("made by hand")
        if label == "before-restore":
            return self.tr("before a restore")
        if label == "before-import":
            return self.tr("before an import")
        return self.tr("before an upgrade") if label.startswith("before-") else label

    # -- backing up ---------------------------------------------------------------------------
    def _backup_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder or USB stick for the backup"))
        if folder:
            self._backup(Path(folder))

    def _backup(self, folder: Path | None) -> None:
        def done(info: BackupInfo) -> None:
            self.message.setText(self.tr("Backed up and checked: %1").replace("%1", str(info.path)))
            self.load()

        DbOp(self, self.ctx, lambda db: backups.back_up_now(db, folder)).busy(self.tr("Backing up...")).success(done).run()

    # -- restoring ----------------------------------------------------------------------------
    def _restore_selected(self) -> None:
        row = self.table.currentRow()
        if self.view is None or not 0 <= row < len(self.view.backups):
            self.message.setText(self.tr("Choose a backup in the list first."))
            return
        self._preview(self.view.backups[row].path)

    def _restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.view.folder if self.view and self.view.folder else ""),
            self.tr("KeHoach backups (*.db);;All files (*)"),
        )
        if name:
            self._preview(Path(name))

    def _preview(self, backup: Path) -> None:
        DbOp(self, self.ctx, lambda _db: backups.preview(backup)).success(lambda s: self._confirm(backup, s)).run()

    def _confirm(self, backup: Path, summary: BackupSummary) -> None:
        text = (
            self.tr("Restore the database from this backup?\n\nFile: %1\nCommune: %2\nPlans: %3\nFigures: %4\n"
                    "Last change (UTC): %5\n\nThe current database is saved first as a backup; everyone then "
                    "logs in again.")
            .replace("%1", backup.name).replace("%2", summary.commune).replace("%3", "; ".join(summary.plans) or "-")
            .replace("%4", str(summary.figures)).replace("%5", summary.last_change or "-")
        )
        answer = QMessageBox.question(self, self.tr("Restore a backup"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        DbOp(self, self.ctx, lambda db: backups.restore_into(db, backup)).busy(self.tr("Restoring...")).success(
            self._restored
        ).run()

    def _restored(self, saved: BackupInfo | None) -> None:
        window = self.window()
        note = self.tr("The current database was saved first in %1.").replace("%1", str(saved.path)) if saved else ""
        QMessageBox.information(
            self, self.tr("Restored"), self.tr("The database was restored. Please log in again. %1").replace("%1", note)
        )
        from .startup import start

        self.ctx.set_user(None)
        QTimer.singleShot(0, lambda: start(window))  # type: ignore[arg-type]

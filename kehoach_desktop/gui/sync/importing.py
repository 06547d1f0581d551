"""Reading bundles and key files on the Đồng bộ page: refusals, fingerprint check, preview, import.

A mixin of ``SyncPage``; its strings use the page's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.access import Action
from ...domain.errors import UserError
from ...domain.periods import Period
from ...store.database import Database
from ...sync.errors import BundleRefused
from ...sync.importer import ImportResult, Preview, import_bundle, preview_bundle
from ...sync.keys import PublicKey, read_key_file
from ...sync.merge import CellChange
from ...sync.trust import trust_key
from ..operations import DbOp, show_error
from .join_offer import offer_plan_join
from .preview_dialog import PreviewDialog

if TYPE_CHECKING:
    from .page import SyncPage

#: Refusals a person can lift by comparing the sender's fingerprint.
KEY_REASONS = ("unknown_key", "revoked_key", "key_changed")


class ImportMixin:
    """Import bundle, Trust a key file."""

    def _ask_open_path(self: SyncPage) -> Path | None:
        """The bundle file to import (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("SyncPage", "Choose the sync bundle"), str(self._start_folder()),
            QCoreApplication.translate("SyncPage", "Sync bundles (*.kehoach);;All files (*)"),
        )
        return Path(path) if path else None

    def _ask_key_open_path(self: SyncPage) -> Path | None:
        """The key file to trust (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("SyncPage", "Choose the key file"), str(self._start_folder()),
            QCoreApplication.translate("SyncPage", "Key files (*.khoa);;All files (*)"),
        )
        return Path(path) if path else None

    def _confirm_fingerprint(self: SyncPage, sender: PublicKey, reason: str) -> bool:
        """Ask whether ``sender``'s fingerprint matches the one on the sending PC (tests replace this)."""
        why = {
            "unknown_key": QCoreApplication.translate("SyncPage", "This PC does not know the sending PC yet."),
            "revoked_key": QCoreApplication.translate("SyncPage", "The sending PC's key was revoked on this PC."),
            "key_changed": QCoreApplication.translate(
                "SyncPage", "The sending PC uses a different key than before: it may have been reinstalled, "
                "or the file may be forged."),
        }.get(reason, "")
        text = QCoreApplication.translate(
            "SyncPage", "%1\n\nPC: %2\nFingerprint: %3\n\nCall the person at that PC and have them read the "
            "fingerprint shown on its Sync page. Trust this key only if every character matches.\n\n"
            "Does the fingerprint match?",
        ).replace("%1", why).replace("%2", sender.name or sender.installation_id).replace("%3", sender.fingerprint)
        answer = QMessageBox.question(
            self, QCoreApplication.translate("SyncPage", "Check the sender's fingerprint"), text.strip(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self: SyncPage, error: BaseException) -> None:
        """A refused bundle or key file as a warning; anything else as operations report it."""
        if isinstance(error, UserError):
            QMessageBox.warning(self, QCoreApplication.translate("SyncPage", "Bundle not imported"), str(error))
        else:
            show_error(self, error)

    # -- bundles --------------------------------------------------------------------------------
    def start_import(self: SyncPage) -> None:
        """Ask for a bundle file, check it and show what it would change."""
        if not self.ctx.can(Action.IMPORT_BUNDLE):
            return
        path = self._ask_open_path()
        if path is not None:
            self.last_folder = path.parent
            self._preview(path, None)

    def _preview(self: SyncPage, path: Path, accept: str | None) -> None:
        DbOp(self, self.ctx, lambda db: preview_bundle(db, path, accept_fingerprint=accept)).success(
            lambda preview: self._show_preview(path, preview, accept)
        ).failure(lambda error: self._refused(error, lambda fp: self._preview(path, fp))).busy(
            QCoreApplication.translate("SyncPage", "Checking the bundle...")
        ).run()

    def _refused(self: SyncPage, error: BaseException, again: Callable[[str], None]) -> None:
        sender = getattr(error, "sender", None)
        if isinstance(error, BundleRefused) and error.reason in KEY_REASONS and isinstance(sender, PublicKey):
            if self._confirm_fingerprint(sender, error.reason):
                again(sender.fingerprint)
            return
        self._failed(error)

    def _show_preview(self: SyncPage, path: Path, preview: Preview, accept: str | None) -> None:
        if preview.status == "duplicate":
            self._already_imported()
            return
        dialog = PreviewDialog(self, preview)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._import(path, accept))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _already_imported(self: SyncPage) -> None:
        QMessageBox.information(
            self, QCoreApplication.translate("SyncPage", "Already imported"),
            QCoreApplication.translate("SyncPage", "This bundle was imported before. Nothing changes."),
        )

    def _import(self: SyncPage, path: Path, accept: str | None) -> None:
        actor = self.ctx.actor
        DbOp(self, self.ctx, lambda db: import_bundle(db, path, actor=actor, accept_fingerprint=accept)).success(
            self._imported
        ).failure(self._failed).busy(QCoreApplication.translate("SyncPage", "Importing the bundle...")).run()

    def _imported(self: SyncPage, result: ImportResult) -> None:
        if result.status == "duplicate":
            self._already_imported()
            return
        s = result.summary
        self.ctx.status.emit(
            QCoreApplication.translate("SyncPage", "Bundle from %1 imported: %2 figures changed, %3 conflicts.")
            .replace("%1", result.sender_name).replace("%2", str(len(s.changes))).replace("%3", str(len(s.conflicts)))
        )
        self._announce(s.changes + s.conflicts, bool(s.new_month_events), bool(s.plans_added or s.plans_updated))
        self.reload()
        offer_plan_join(self, self.ctx, self._plan_arrived)  # the same plan set up on two PCs?

    def _announce(self: SyncPage, cells: list[CellChange], months: bool, plans: bool) -> None:
        """Tell the other pages what changed, so they reload."""
        periods: dict[Period, set[str]] = {}
        for cell in cells:
            periods.setdefault(Period(cell.year, cell.month), set()).add(cell.indicator_code)
        for period, codes in sorted(periods.items(), key=lambda item: (item[0].year, item[0].month)):
            self.ctx.values_changed.emit(codes, period)
        if months:
            for period in set(periods) | {self.ctx.period}:
                self.ctx.month_state_changed.emit(period)
        if plans:
            self._plan_arrived()

    def _plan_arrived(self: SyncPage) -> None:
        from ..startup import SessionInfo, session_info

        def loaded(info: SessionInfo) -> None:
            self.ctx.apply_session(info)
            self.ctx.plan_changed.emit()

        keep = self.ctx.plan_id
        DbOp(self, self.ctx, lambda db: session_info(db, keep)).success(loaded).run()

    # -- key files ------------------------------------------------------------------------------
    def trust_key_file(self: SyncPage) -> None:
        """Read another PC's key file, have its fingerprint confirmed, then trust it."""
        if not self.ctx.can(Action.MANAGE_KEYS):
            return
        path = self._ask_key_open_path()
        if path is None:
            return
        self.last_folder = path.parent
        DbOp(self, self.ctx, lambda _db: read_key_file(path)).success(self._key_read).run()

    def _key_read(self: SyncPage, key: PublicKey) -> None:
        if not self._confirm_fingerprint(key, "unknown_key"):
            return
        actor = self.ctx.actor

        def write(db: Database) -> None:
            with db.write() as session:
                trust_key(session, db.installation_id, key, actor)

        DbOp(self, self.ctx, write).success(lambda _r: self._trusted(key)).run()

    def _trusted(self: SyncPage, key: PublicKey) -> None:
        self.ctx.status.emit(QCoreApplication.translate("SyncPage", "The key of %1 is trusted.").replace("%1", key.name))
        self.reload()

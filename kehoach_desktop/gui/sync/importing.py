"""Reading bundles and key files on the Đồng bộ page: refusals, fingerprint check, preview, import.

One of the page's two step classes (``SyncPage`` = ``ImportSteps`` + ``ExportSteps`` over
``SyncPageBase``); its strings use the page's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.access import Action
from ...domain.errors import UserError
from ...services import sync as service
from ...services.sync import Imported
from ...sync.errors import BundleRefused
from ...sync.importer import Preview
from ...sync.keys import PublicKey, read_key_file
from ..operations import DbOp, FileOp, show_error
from .base import SyncPageBase
from .join_offer import offer_plan_join
from .preview_dialog import PreviewDialog
from .template_dialog import review_template

#: Refusals a person can lift by comparing the sender's fingerprint.
KEY_REASONS = ("unknown_key", "revoked_key", "key_changed")


def confirm_fingerprint(parent: QWidget, sender: PublicKey, reason: str) -> bool:
    """Ask whether ``sender``'s fingerprint matches the one shown on the sending PC (the Đồng bộ page
    and the first-run wizard ask alike)."""
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
        parent, QCoreApplication.translate("SyncPage", "Check the sender's fingerprint"), text.strip(),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ImportSteps(SyncPageBase):
    """Import bundle, Trust a key file."""

    def _ask_open_path(self) -> Path | None:
        """The bundle file to import (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("SyncPage", "Choose the sync bundle"), str(self._start_folder()),
            QCoreApplication.translate("SyncPage", "Sync bundles (*.kehoach);;All files (*)"),
        )
        return Path(path) if path else None

    def _ask_key_open_path(self) -> Path | None:
        """The key file to trust (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("SyncPage", "Choose the key file"), str(self._start_folder()),
            QCoreApplication.translate("SyncPage", "Key files (*.khoa);;All files (*)"),
        )
        return Path(path) if path else None

    def _confirm_fingerprint(self, sender: PublicKey, reason: str) -> bool:
        """Ask whether ``sender``'s fingerprint matches the one on the sending PC (tests replace this)."""
        return confirm_fingerprint(self, sender, reason)

    def _failed(self, error: BaseException) -> None:
        """A refused bundle or key file as a warning; anything else as operations report it."""
        if isinstance(error, UserError):
            QMessageBox.warning(self, QCoreApplication.translate("SyncPage", "Bundle not imported"), str(error))
        else:
            show_error(self, error)

    # -- bundles --------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Ask for a bundle file, check it and show what it would change."""
        if not self.ctx.can(Action.IMPORT_BUNDLE):
            return
        path = self._ask_open_path()
        if path is not None:
            self.last_folder = path.parent
            self._preview(path, None)

    def _preview(self, path: Path, accept: str | None) -> None:
        DbOp(self, self.ctx, lambda db: service.preview(db, path, accept)).success(
            lambda preview: self._show_preview(path, preview, accept)
        ).failure(lambda error: self._refused(error, lambda fp: self._preview(path, fp), path)).busy(
            QCoreApplication.translate("SyncPage", "Checking the bundle...")
        ).run()

    def _refused(self, error: BaseException, again: Callable[[str], None], path: Path | None = None) -> None:
        if isinstance(error, BundleRefused) and error.reason == "template" and path is not None:
            review_template(self, self.ctx, path, self._failed, self.reload)  # the province's list: its own review
            return
        sender = getattr(error, "sender", None)
        if isinstance(error, BundleRefused) and error.reason in KEY_REASONS and isinstance(sender, PublicKey):
            if self._confirm_fingerprint(sender, error.reason):
                again(sender.fingerprint)
            return
        self._failed(error)

    def _show_preview(self, path: Path, preview: Preview, accept: str | None) -> None:
        if preview.status == "duplicate":
            self._already_imported()
            return
        dialog = PreviewDialog(self, preview)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._import(path, accept))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _already_imported(self) -> None:
        QMessageBox.information(
            self, QCoreApplication.translate("SyncPage", "Already imported"),
            QCoreApplication.translate("SyncPage", "This bundle was imported before. Nothing changes."),
        )

    def _import(self, path: Path, accept: str | None) -> None:
        actor, keep = self.ctx.actor, self.ctx.plan_id
        DbOp(self, self.ctx, lambda db: service.import_bundle(db, path, actor, accept, keep)).success(
            self._imported
        ).failure(self._failed).busy(QCoreApplication.translate("SyncPage", "Importing the bundle...")).run()

    def _imported(self, imported: Imported) -> None:
        """The bundle is in; its ``Changes`` go out to the other pages after this (``DbOp``)."""
        result = imported.result
        if imported.session is not None:  # it brought plans: the session may now have one
            self.ctx.apply_session(imported.session)
        if result.status == "duplicate":
            self._already_imported()
            return
        s = result.summary
        self.ctx.status.emit(
            QCoreApplication.translate("SyncPage", "Bundle from %1 imported: %2 figures changed, %3 conflicts.")
            .replace("%1", result.sender_name).replace("%2", str(len(s.changes))).replace("%3", str(len(s.conflicts)))
        )
        self.reload()
        offer_plan_join(self, self.ctx)  # the same plan set up on two PCs?

    # -- key files ------------------------------------------------------------------------------
    def trust_key_file(self) -> None:
        """Read another PC's key file, have its fingerprint confirmed, then trust it."""
        if not self.ctx.can(Action.MANAGE_KEYS):
            return
        path = self._ask_key_open_path()
        if path is None:
            return
        self.last_folder = path.parent
        FileOp(self, self.ctx, lambda: read_key_file(path)).success(self._key_read).run()

    def _key_read(self, key: PublicKey) -> None:
        if not self._confirm_fingerprint(key, "unknown_key"):
            return
        actor = self.ctx.actor
        DbOp(self, self.ctx, lambda db: service.trust(db, key, actor)).success(lambda _r: self._trusted(key)).run()

    def _trusted(self, key: PublicKey) -> None:
        self.ctx.status.emit(QCoreApplication.translate("SyncPage", "The key of %1 is trusted.").replace("%1", key.name))
        self.reload()

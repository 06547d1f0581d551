"""Writing bundles and key files from the Đồng bộ page: dialogs, progress, status message.

One of the page's two step classes (``SyncPage`` = ``ImportSteps`` + ``ExportSteps`` over
``SyncPageBase``); its strings use the page's translation context.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...domain.access import Action
from ...services import sync as service
from ...sync.export import EXTENSION, ExportResult, suggested_name
from ...sync.keys import write_key_file
from ...sync.trust import TrustedKey
from ..operations import FileOp
from .base import SyncPageBase
from .data import size_text
from .export_dialog import ExportChoice, ExportDialog

#: What a key file is called: ``<commune>-<PC name>.khoa``.
KEY_EXTENSION = ".khoa"


def _safe_name(text: str) -> str:
    """``text`` usable as a file name on Windows (letters kept, reserved characters dashed)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "-", text).strip("-.") or "kehoach"


class ExportSteps(SyncPageBase):
    """Export my key, Export sync bundle, Export acknowledgement."""

    def _ask_save_path(self, suggested: str) -> Path | None:
        """Where to write a bundle (tests replace this); starts on a USB stick when one is in."""
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("SyncPage", "Save the sync bundle"), str(self._start_folder() / suggested),
            QCoreApplication.translate("SyncPage", "Sync bundles (*.kehoach)"),
        )
        if not path:
            return None
        return Path(path) if path.endswith(EXTENSION) else Path(path + EXTENSION)

    def _ask_key_save_path(self, suggested: str) -> Path | None:
        """Where to write this PC's key file (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("SyncPage", "Export this PC's key"), str(self._start_folder() / suggested),
            QCoreApplication.translate("SyncPage", "Key files (*.khoa)"),
        )
        if not path:
            return None
        return Path(path) if path.endswith(KEY_EXTENSION) else Path(path + KEY_EXTENSION)

    # -- my key ---------------------------------------------------------------------------------
    def export_key(self) -> None:
        """Write this PC's public key to a file for the other PCs to trust."""
        if self.data is None:
            return
        own = self.data.own
        path = self._ask_key_save_path(f"{_safe_name(own.commune_code or own.scope)}-{_safe_name(own.name)}{KEY_EXTENSION}")
        if path is None:
            return
        self.last_folder = path.parent
        FileOp(self, self.ctx, lambda: write_key_file(own, path)).success(
            lambda _r: self.ctx.status.emit(
                QCoreApplication.translate("SyncPage", "This PC's key was written to %1.").replace("%1", str(path))
            )
        ).run()

    # -- bundles --------------------------------------------------------------------------------
    def start_export(self) -> None:
        """Ask for the options, then where to save, then write the bundle."""
        if self.data is None or not self.ctx.can(Action.EXPORT_BUNDLE):
            return
        dialog = ExportDialog(self, self.data.trusted, self.data.communes)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._export_chosen(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _commune_code(self, chosen: str | None) -> str:
        if chosen:
            return chosen
        if self.data is not None and self.data.own.commune_code:
            return self.data.own.commune_code
        communes = self.data.communes if self.data else []
        return communes[0][0] if communes else "kehoach"

    def _export_chosen(self, choice: ExportChoice) -> None:
        path = self._ask_save_path(suggested_name(self._commune_code(choice.commune_code)))
        if path is not None:
            self._write_bundle(path, choice, "data")

    def export_ack(self, key: TrustedKey) -> None:
        """Write an acknowledgement for ``key``'s PC: what this PC has received from it."""
        if not self.ctx.can(Action.EXPORT_BUNDLE) or key.revoked_at is not None:
            return
        path = self._ask_save_path(suggested_name(self._commune_code(key.commune_code), "ack"))
        if path is not None:
            self._write_bundle(path, ExportChoice(key.installation_id, False, False, key.commune_code), "ack")

    def _write_bundle(self, path: Path, choice: ExportChoice, kind: str) -> None:
        self.last_folder = path.parent
        actor = self.ctx.actor
        self.run_with_progress(
            QCoreApplication.translate("SyncPage", "Export sync bundle"),
            QCoreApplication.translate("SyncPage", "Writing the bundle..."),
            lambda db, relay: service.export(
                db, path, actor=actor, full=choice.full, recipient=choice.recipient, encrypt=choice.encrypt,
                commune_code=choice.commune_code, kind=kind, progress=lambda done, total: relay.step.emit(done, total, ""),
            ),
            self._exported,
        )

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.ctx.status.emit(
            QCoreApplication.translate("SyncPage", "Bundle written: %1 (%2).")
            .replace("%1", result.path.name).replace("%2", size_text(result.size))
        )
        self.reload()

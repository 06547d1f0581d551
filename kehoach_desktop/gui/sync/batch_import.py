"""Nhập nhiều gói: a folder of bundles, or several files, imported with one progress bar.

One of the Đồng bộ page's step classes over ``SyncPageBase``; its strings use the page's
translation context. The work is ``services.sync.import_files`` on the database lane: each bundle
all-or-nothing, a refused file never stops the others, every file with its own result, shown
afterwards in ``BatchResultDialog``. A refused key is only reported here: checking a fingerprint
is a one-file conversation, done with the ordinary "Import bundle..." button.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...domain.access import Action
from ...services import sync as service
from ...services.changes import Outcome
from ...services.setup import SessionInfo, session_info
from ...sync.batch import FileOutcome
from .base import ProgressRelay, SyncPageBase
from .batch_result import BatchResultDialog
from .join_offer import offer_plan_join

if TYPE_CHECKING:
    from ...store.database import Database


@dataclass(frozen=True)
class BatchDone:
    """Every file's outcome; when the files brought plans, the session to work on after them."""

    outcomes: list[FileOutcome]
    session: SessionInfo | None


def _work(db: Database, names: list[Path], actor: str, keep: int | None, relay: ProgressRelay) -> Outcome[BatchDone]:
    """On the worker: import the files, then (when plans came) read the session again."""
    done = service.import_files(db, names, actor, None, progress=lambda i, n, path: relay.step.emit(i, n, path.name))
    info = session_info(db, keep) if done.changes.plan else None
    return Outcome(BatchDone(done.value, info), done.changes)


class BatchImportSteps(SyncPageBase):
    """Import several bundles: the whole folder, or files chosen together."""

    def _ask_batch_folder(self) -> Path | None:
        """The folder whose bundles to import (tests replace this)."""
        path = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("SyncPage", "Choose the folder of sync bundles"), str(self._start_folder()),
        )
        return Path(path) if path else None

    def _ask_batch_files(self) -> list[Path]:
        """The bundle files to import (tests replace this)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("SyncPage", "Choose the sync bundles"), str(self._start_folder()),
            QCoreApplication.translate("SyncPage", "Sync bundles (*.kehoach);;All files (*)"),
        )
        return [Path(p) for p in paths]

    def import_folder(self) -> None:
        """Ask for a folder and import every bundle file in it."""
        if not self.ctx.can(Action.IMPORT_BUNDLE):
            return
        folder = self._ask_batch_folder()
        if folder is not None:
            self.last_folder = folder
            self.import_many([folder])

    def import_several(self) -> None:
        """Ask for several bundle files and import them."""
        if not self.ctx.can(Action.IMPORT_BUNDLE):
            return
        files = self._ask_batch_files()
        if files:
            self.last_folder = files[0].parent
            self.import_many(files)

    def import_many(self, names: list[Path]) -> None:
        """Import ``names`` (files, or folders of bundle files) with one progress dialog."""
        actor, keep = self.ctx.actor, self.ctx.plan_id

        def describe(done: int, total: int, name: str) -> str:
            return (
                QCoreApplication.translate("SyncPage", "%1 of %2 files done (last: %3)")
                .replace("%1", str(done)).replace("%2", str(total)).replace("%3", name)
            )

        self.run_with_progress(
            QCoreApplication.translate("SyncPage", "Import several bundles"),
            QCoreApplication.translate("SyncPage", "Reading the bundles..."),
            lambda db, relay: _work(db, names, actor, keep, relay), self._batch_done, describe,
        )

    def _batch_done(self, result: BatchDone) -> None:
        """Show each file's result; the ``Changes`` go out to the other pages after this (``DbOp``)."""
        if result.session is not None:  # they brought plans: the session may now have one
            self.ctx.apply_session(result.session)
        imported = [o for o in result.outcomes if o.status == "imported" and o.result is not None]
        conflicts = sum(len(o.result.summary.conflicts) for o in imported if o.result is not None)
        self.ctx.status.emit(
            QCoreApplication.translate("SyncPage", "%1 of %2 bundles imported, %3 conflicts.")
            .replace("%1", str(len(imported))).replace("%2", str(len(result.outcomes))).replace("%3", str(conflicts))
        )
        dialog = BatchResultDialog(self, result.outcomes)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.reload()
        if conflicts:
            self._show_conflicts()
        if imported:
            offer_plan_join(self, self.ctx)  # the same plan set up on two PCs?

"""The wizard's "receive the plan from another PC" step: a full bundle checked and previewed.

A second PC of a commune office takes the commune, its plan and figures from a PC that has them
(``services.setup.office_bundle`` / ``join_office``) instead of setting up a second copy of the
plan. Nothing is written here: the sender's fingerprint is confirmed by a person, the bundle is
checked and what it brings is shown; the wizard writes everything with the administrator at Finish.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ..domain.errors import UserError
from ..services.setup import OfficeBundle, office_bundle
from ..sync.errors import BundleRefused
from ..sync.keys import PublicKey
from .operations import DbOp, show_error
from .sync.importing import KEY_REASONS

if TYPE_CHECKING:
    from .wizard import FirstRunWizard


class ReceivePage(QWizardPage):
    """Choose another PC's full bundle; its sender confirmed and what it brings shown."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        # The bundle checked, and the fingerprint the person confirmed (None until then).
        self.bundle: OfficeBundle | None = None
        self.path: Path | None = None
        self.accepted_fingerprint: str | None = None
        self.setTitle(self.tr("Receive the plan from another computer"))
        self.setSubTitle(self.tr("This computer joins the office: it takes the commune, the plan and the "
                                 "figures from a computer that already has them."))
        how = QLabel(self.tr(
            "On the other computer, open the Sync page, click Export sync bundle... and choose Full: everything "
            "of the commune (or run kehoach bundle export --full there). Bring the .kehoach file here, on a USB "
            "stick for example, and choose it below."))
        how.setWordWrap(True)
        self.file_path = QLineEdit()
        self.file_path.setObjectName("bundle_path")
        self.file_path.setReadOnly(True)
        self.file_path.setPlaceholderText(self.tr("No bundle chosen yet"))
        self.browse = QPushButton(self.tr("&Browse..."))
        self.browse.setObjectName("browse_bundle")
        row = QHBoxLayout()
        row.addWidget(self.file_path, 1)
        row.addWidget(self.browse)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(how)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self.choose)
        self._show(None)

    def nextId(self) -> int:
        """The administrator comes next."""
        from .wizard import ADMIN

        return ADMIN

    def isComplete(self) -> bool:
        """Next only once a bundle has been checked."""
        return self.bundle is not None

    def show_error(self, text: str) -> None:
        """Show ``text`` under the summary ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def choose(self) -> None:
        """Ask for the bundle, then check it."""
        path = self._wizard._choose_bundle()
        if path:
            self.path = Path(path)
            self.file_path.setText(path)
            self._check(None)

    def _check(self, accept: str | None) -> None:
        path = self.path
        assert path is not None
        self._show(None)
        self.browse.setEnabled(False)
        DbOp(self, self._wizard.ctx, lambda db: office_bundle(db, path, accept)).success(
            lambda bundle: self._checked(bundle, accept)
        ).failure(self._refused).busy(self.tr("Checking the bundle...")).run()

    def _checked(self, bundle: OfficeBundle, accept: str | None) -> None:
        self.browse.setEnabled(True)
        self.accepted_fingerprint = accept
        self._show(bundle)

    def _refused(self, error: BaseException) -> None:
        self.browse.setEnabled(True)
        sender = getattr(error, "sender", None)
        if isinstance(error, BundleRefused) and error.reason in KEY_REASONS and isinstance(sender, PublicKey):
            if self._wizard._confirm_fingerprint(sender, error.reason):
                self._check(sender.fingerprint)
            else:
                self.show_error(self.tr(
                    "The fingerprint was not confirmed, so nothing is received from this file. Compare it "
                    "with the one on the other computer's Sync page and choose the file again."))
            return
        if isinstance(error, UserError):
            self.show_error(str(error))
        else:
            show_error(self, error)

    def _show(self, bundle: OfficeBundle | None) -> None:
        self.bundle = bundle
        self.show_error("")
        self.summary.setVisible(bundle is not None)
        if bundle is not None:
            plans = "; ".join(  # the years only when the title does not say them already
                title if f"{start}" in title and f"{end}" in title else f"{title} ({start}–{end})"
                for title, start, end in bundle.plans
            )
            commune = f"{bundle.commune_name} ({bundle.commune_code})"
            if bundle.province:
                commune += f", {bundle.province}"
            self.summary.setText(
                self.tr("From computer: %1\nKey fingerprint: %2 (confirmed)\nCommune: %3\nPlan: %4\n"
                        "Figures: %5\n\nNext: the first administrator of this computer.")
                .replace("%1", bundle.sender_name).replace("%2", bundle.fingerprint).replace("%3", commune)
                .replace("%4", plans).replace("%5", str(bundle.figures))
            )
        self.completeChanged.emit()


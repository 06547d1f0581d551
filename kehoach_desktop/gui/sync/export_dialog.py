"""The small dialog before writing a bundle: for whom, full or incremental, encrypted, which commune."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...sync.trust import TrustedKey


@dataclass(frozen=True)
class ExportChoice:
    """What the person chose: recipient (installation id) or None for any PC, and the options."""

    recipient: str | None
    full: bool
    encrypt: bool
    commune_code: str | None


class ExportDialog(QDialog):
    """Recipient, Full / Incremental, Encrypt, and the commune when the database holds several."""

    def __init__(self, parent: QWidget | None, keys: list[TrustedKey], communes: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export sync bundle"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.addItem(self.tr("Any PC (not encrypted)"), None)
        for key in keys:
            if key.revoked_at is None:
                self.recipient.addItem(f"{key.name} — {key.fingerprint}", key.installation_id)
        self.incremental = QRadioButton(self.tr("&Incremental: only what the recipient does not have yet"))
        self.full = QRadioButton(self.tr("&Full: everything of the commune"))
        self.incremental.setChecked(True)
        self._group = QButtonGroup(self)
        self._group.addButton(self.incremental)
        self._group.addButton(self.full)
        self.encrypt = QCheckBox(self.tr("&Encrypt for the recipient"))
        self.commune = QComboBox(self)
        self.commune.setAccessibleName(self.tr("Commune"))
        for code, name in communes:
            self.commune.addItem(f"{code} — {name}", code)
        self.several = len(communes) > 1
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export..."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.recipient.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self._recipient_changed()
        self.setMinimumWidth(480)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Recipient:"), self.recipient)
        kind = QVBoxLayout()
        kind.addWidget(self.incremental)
        kind.addWidget(self.full)
        form.addRow(self.tr("Contents:"), kind)
        form.addRow("", self.encrypt)
        if self.several:
            form.addRow(self.tr("&Commune:"), self.commune)
        else:
            self.commune.setVisible(False)
        note = QLabel(self.tr("A bundle carries the commune's plan and figures. It is signed by this PC, so the "
                              "recipient can check that nobody changed it on the way."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.buttons)
        layout.addLayout(buttons)

    def _recipient_changed(self) -> None:
        chosen = self.recipient.currentData() is not None
        self.encrypt.setEnabled(chosen)
        if not chosen:
            self.encrypt.setChecked(False)
        self.encrypt.setToolTip("" if chosen else self.tr("Choose a recipient first: a bundle is encrypted for one PC."))

    def choice(self) -> ExportChoice:
        """The options as chosen."""
        return ExportChoice(
            self.recipient.currentData(), self.full.isChecked(), self.encrypt.isEnabled() and self.encrypt.isChecked(),
            self.commune.currentData() if self.several else None,
        )

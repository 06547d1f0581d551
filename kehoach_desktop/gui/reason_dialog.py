"""A small dialog asking for a reason (reopening a month, and similar audited changes).

``ask_reason`` opens it without blocking: the caller's ``done(reason)`` runs after OK, nothing
runs after Cancel. The store checks the reason's content itself; the dialog only refuses an
empty one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .resources import load_form


class ReasonDialog(QDialog):
    """A prompt and a text box; ``reason()`` is the text typed, trimmed."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = load_form("reopen_reason", self)
        self.prompt: QLabel = self.form.findChild(QLabel, "prompt")
        self.text: QPlainTextEdit = self.form.findChild(QPlainTextEdit, "reason")
        self.error: QLabel = self.form.findChild(QLabel, "error")
        self.prompt.setText(prompt)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(lambda: self.error.setVisible(False))
        self.text.setFocus()
        self.setMinimumWidth(420)

    def reason(self) -> str:
        """The reason typed, without surrounding spaces."""
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        """Close with OK unless the reason is empty."""
        if not self.reason():
            self.error.setText(self.tr("Please write the reason."))
            self.error.setVisible(True)
            self.text.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str, done: Callable[[str], None]) -> ReasonDialog:
    """Open the reason dialog (window-modal, non-blocking); ``done(reason)`` runs after OK."""
    dialog = ReasonDialog(parent, title, prompt)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: done(dialog.reason()))
    dialog.open()
    return dialog

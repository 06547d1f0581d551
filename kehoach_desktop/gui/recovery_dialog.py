"""Quên mật khẩu: an administrator sets a new password with the recovery code (``store.recovery``).

Opened from the login dialog. The code was shown once after the first-run wizard (or made with
``kehoach user recovery-code``); it works once, and wrong codes count towards the lockout.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..services.users import recover_password
from .context import AppContext
from .operations import DbOp, show_error


class RecoveryDialog(QDialog):
    """Username, recovery code and a new password twice; accepted once the password is set."""

    def __init__(self, ctx: AppContext, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Forgotten administrator password"))
        intro = QLabel(self.tr("Type the recovery code you wrote down or printed when the program was set up, "
                               "and a new password. The code works once."))
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_password = QLineEdit()
        self.new_password2 = QLineEdit()
        for field in (self.new_password, self.new_password2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New password:"), self.new_password)
        form.addRow(self.tr("&Repeat new password:"), self.new_password2)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.code if username else self.username).setFocus()
        self.setMinimumWidth(440)

    def submit(self) -> None:
        """Check the code on the worker; accept when the new password is set."""
        username, code, password = self.username.text().strip(), self.code.text(), self.new_password.text()
        if not username or not code.strip():
            self.error.setText(self.tr("Enter the administrator's username and the recovery code."))
            return
        if password != self.new_password2.text():
            self.error.setText(self.tr("The two passwords are different. Type the new password again."))
            return
        self.buttons.setEnabled(False)
        DbOp(self, self.ctx, lambda db: recover_password(db, username, code, password)).success(
            lambda _none: self.accept()
        ).failure(self._refused).run()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, UserError):
            self.error.setText(str(error))
        else:
            show_error(self, error)

"""The login dialog: username and password, checked on the database worker, errors inline.

The store counts wrong passwords and locks the account for a while after five; its Vietnamese
message (attempts left, minutes to wait) is shown under the fields as it comes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.access import User
from ..domain.errors import UserError
from ..services.users import login
from .context import AppContext
from .operations import DbOp, show_error
from .resources import icon, load_form


class LoginDialog(QDialog):
    """Ask for a username and password; after accept, ``user`` is the account logged in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: User | None = None
        self._running = False
        self.setWindowTitle(self.tr("Log in — KeHoach Desktop"))
        self.setWindowIcon(icon("app"))
        self.form = load_form("login", self)
        self.username: QLineEdit = self.form.findChild(QLineEdit, "username")
        self.password: QLineEdit = self.form.findChild(QLineEdit, "password")
        self.error: QLabel = self.form.findChild(QLabel, "error")
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setIcon(icon("user"))
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.forgot_button = self.buttons.addButton(self.tr("&Forgot password..."), QDialogButtonBox.ButtonRole.HelpRole)
        self.forgot_button.clicked.connect(self.forgot)
        self.recovery: QDialog | None = None  # the one open, for tests
        # Enter in either field logs in, and never quits: Quit must not become the default button
        # when it happens to get the focus.
        for button in (self.login_button, self.quit_button, self.forgot_button):
            button.setAutoDefault(False)
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.set_error("")
        self.username.setText(ctx.settings.last_username)
        for field in (self.username, self.password):
            field.textEdited.connect(lambda _text: self.set_error(""))
        (self.password if self.username.text() else self.username).setFocus()
        self.setMinimumWidth(400)

    def set_error(self, text: str) -> None:
        """Show ``text`` under the fields ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        fit_height(self)

    def submit(self) -> None:
        """Check the password on the worker; accept on success, say why not otherwise."""
        if self._running:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.set_error(self.tr("Enter your username."))
            self.username.setFocus()
            return
        if not password:
            self.set_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self._set_running(True)
        DbOp(self, self.ctx, lambda db: login(db, username, password)).success(self._logged_in).failure(
            self._refused
        ).run()

    def forgot(self) -> None:
        """An administrator sets a new password with the recovery code (``recovery_dialog.py``)."""
        from .recovery_dialog import RecoveryDialog

        self.recovery = RecoveryDialog(self.ctx, self.username.text().strip(), self)
        self.recovery.accepted.connect(self._recovered)
        self.recovery.open()

    def _recovered(self) -> None:
        self.password.clear()
        self.password.setFocus()
        self.set_error(self.tr("The new password is set. Log in with it, then make a new recovery code."))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.login_button.setEnabled(not running)
        # Read-only rather than disabled: disabling would move the focus away from the password.
        for field in (self.username, self.password):
            field.setReadOnly(running)
        if running:
            self.set_error("")

    def _logged_in(self, user: User) -> None:
        self._set_running(False)
        self.user = user
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_running(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, UserError):
            self.set_error(str(error))
        else:
            show_error(self, error)


def fit_height(dialog: QDialog) -> None:
    """Grow ``dialog`` to show every line of its wrapped labels (Qt does not for a top-level)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)

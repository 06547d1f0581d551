"""Account dialogs of the Settings page: add or edit an account, assign indicators to an officer.

Both are opened with ``open()``; each saves through one operation on the database worker (the
store audits it) and closes only when the save succeeded, showing a refusal inline.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.access import Role, User
from ..domain.errors import UserError
from ..services import users
from ..services.users import Choice
from ..store.users import normalize_username
from .context import AppContext
from .login import fit_height
from .operations import DbOp, show_error
from .resources import icon, load_form


def role_name(role: Role) -> str:
    """The role in the interface's language."""
    names = {
        Role.OFFICER: QCoreApplication.translate("Roles", "Officer"),
        Role.LEADER: QCoreApplication.translate("Roles", "Leader"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
    }
    return names[role]


class _SavingDialog(QDialog):
    """A dialog with OK/Cancel whose OK runs one database operation before closing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._running = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()

    def set_error(self, text: str) -> None:
        """Show a refusal ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        fit_height(self)

    def save(self) -> None:
        """Validate and save; subclasses say how."""
        raise NotImplementedError

    def _run(self, fn, done) -> None:  # type: ignore[no-untyped-def]
        if self._running:
            return
        self._running = True
        self.buttons.setEnabled(False)
        DbOp(self, self.ctx, fn).success(lambda result: self._saved(done, result)).failure(self._refused).run()

    def reject(self) -> None:
        """Escape or the close box: ignored while saving, which finishes either way."""
        if not self._running:
            super().reject()

    def _saved(self, done, result) -> None:  # type: ignore[no-untyped-def]
        self._running = False
        self.buttons.setEnabled(True)
        done(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._running = False
        self.buttons.setEnabled(True)
        if isinstance(error, UserError):
            self.set_error(str(error))
        else:
            show_error(self, error)


class UserEditorDialog(_SavingDialog):
    """Add an account (``user`` None) or edit one: name, role, active, password reset."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, user: User | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.saved: User | None = None
        self.setWindowTitle(self.tr("New account") if user is None else self.tr("Edit account %1").replace("%1", user.username))
        self.setWindowIcon(icon("user"))
        self.form = load_form("user_editor", self)
        self.username: QLineEdit = self.form.findChild(QLineEdit, "username")
        self.full_name: QLineEdit = self.form.findChild(QLineEdit, "full_name")
        self.role: QComboBox = self.form.findChild(QComboBox, "role")
        self.active: QCheckBox = self.form.findChild(QCheckBox, "active")
        self.password: QLineEdit = self.form.findChild(QLineEdit, "password")
        self.password2: QLineEdit = self.form.findChild(QLineEdit, "password2")
        self.error = self.form.findChild(QLabel, "error")
        note: QLabel = self.form.findChild(QLabel, "password_note")
        for role in (Role.OFFICER, Role.LEADER, Role.ADMIN):
            self.role.addItem(role_name(role), role.value)  # a str enum would come back as its str
        if user is None:
            note.setText(self.tr("The new user can change this password in Settings after logging in."))
            self.username.setFocus()
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)  # the name is the key of their figures' history
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.active.setChecked(user.active)
            note.setText(self.tr("Leave the password empty to keep it. A new password also unlocks the account."))
            self.full_name.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.set_error("")
        self.setMinimumWidth(440)

    def save(self) -> None:
        """Check the fields, then create or update the account in one transaction."""
        password, full_name = self.password.text(), self.full_name.text().strip()
        role = Role(self.role.currentData())
        active = self.active.isChecked()
        try:
            username = normalize_username(self.username.text())
        except UserError as exc:
            self.set_error(str(exc))
            return
        if not full_name:
            self.set_error(self.tr("Enter the user's full name."))
            return
        if self.user is None and not password:
            self.set_error(self.tr("Enter a password for the new account."))
            return
        if password != self.password2.text():
            self.set_error(self.tr("The two passwords are different. Type the password again."))
            return
        actor, new = self.ctx.actor, self.user is None

        self._run(lambda db: users.save_account(db, actor, username, full_name, role, password, active, new),
                  self._remember)

    def _remember(self, user: User) -> None:
        self.saved = user


class AssignDialog(_SavingDialog):
    """Tick the plan's indicators whose figures ``user`` enters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, user: User, plan_id: int) -> None:
        super().__init__(ctx, parent)
        self.user, self.plan_id = user, plan_id
        self.setWindowTitle(self.tr("Indicators of %1").replace("%1", user.display))
        self.setWindowIcon(icon("users"))
        intro = QLabel(self.tr("Tick the indicators whose figures %1 enters each month.").replace("%1", user.display))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find an indicator by code or name"))
        self.search.setAccessibleName(self.tr("Find an indicator"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Indicators"))
        self.tick_all = QPushButton(self.tr("Tick &all shown"))
        self.tick_all.clicked.connect(lambda: self._tick_shown(True))
        self.untick_all = QPushButton(self.tr("&Untick all shown"))
        self.untick_all.clicked.connect(lambda: self._tick_shown(False))
        row = QHBoxLayout()
        row.addWidget(self.tick_all)
        row.addWidget(self.untick_all)
        row.addStretch(1)
        self.error.setWordWrap(True)
        self.error.setProperty("kind", "error")
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, self.list):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.set_error("")
        self.resize(560, 520)
        self.buttons.setEnabled(False)  # until the list is loaded
        username = user.username
        DbOp(self, ctx, lambda db: users.assignment_choices(db, plan_id, username)).success(self._loaded).run()

    def _loaded(self, choices: list[Choice]) -> None:
        for choice in choices:
            item = QListWidgetItem(f"{'    ' * choice.depth}{choice.code}. {choice.name}")
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.assigned else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons.setEnabled(True)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _tick_shown(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.item(i).setCheckState(state)

    def codes(self) -> list[str]:
        """The codes ticked."""
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: set[str]) -> None:
        """Tick exactly ``codes`` (for tests and "copy from" helpers)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def save(self) -> None:
        """Make the ticked indicators exactly the user's assignment."""
        codes, actor, plan_id, username = self.codes(), self.ctx.actor, self.plan_id, self.user.username

        self._run(lambda db: users.assign(db, actor, plan_id, username, codes), lambda _result: None)

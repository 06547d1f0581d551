"""Cài đặt: the commune's details, the language, my password, (for admins) the accounts; report
settings; backups (``backup_tab.py``).

Commune details and accounts live in the database and every change goes through the store (which
audits it); the language belongs to this PC and is saved in the settings file.
"""

from __future__ import annotations


from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain.access import Action, User
from ..domain.errors import UserError
from ..services import users
from ..services.users import SettingsData
from ..store.commune_edit import CommuneInfo
from .context import AppContext
from .operations import DbOp, show_error
from .page import Page
from .resources import icon, load_form
from .users_dialog import AssignDialog, UserEditorDialog, role_name

#: Language codes and their names, each written in its own language so anyone can find theirs.
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsPage(Page):
    """Commune, language, password and accounts."""

    icon_name = "settings"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.form = load_form("settings", self)
        from .reports.settings_tab import ReportSettingsTab

        from .backup_tab import BackupTab

        self.report_settings = ReportSettingsTab(ctx)
        self.backups = BackupTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self.form, self.tr("General"))
        self.tabs.addTab(self.report_settings, self.tr("Reports"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        find = self.form.findChild
        self.commune_box: QGroupBox = find(QGroupBox, "commune_box")
        self.commune_code: QLineEdit = find(QLineEdit, "commune_code")
        self.commune_name: QLineEdit = find(QLineEdit, "commune_name")
        self.commune_province: QLineEdit = find(QLineEdit, "commune_province")
        self.commune_note: QLabel = find(QLabel, "commune_note")
        self.commune_error: QLabel = find(QLabel, "commune_error")
        self.save_commune: QPushButton = find(QPushButton, "save_commune")
        self.language: QComboBox = find(QComboBox, "language")
        self.language_note: QLabel = find(QLabel, "language_note")
        self.old_password: QLineEdit = find(QLineEdit, "old_password")
        self.new_password: QLineEdit = find(QLineEdit, "new_password")
        self.new_password2: QLineEdit = find(QLineEdit, "new_password2")
        self.password_error: QLabel = find(QLabel, "password_error")
        self.password_ok: QLabel = find(QLabel, "password_ok")
        self.change_password: QPushButton = find(QPushButton, "change_password")
        self.users_box: QGroupBox = find(QGroupBox, "users_box")
        self.users_table: QTableWidget = find(QTableWidget, "users_table")
        self.add_user: QPushButton = find(QPushButton, "add_user")
        self.edit_user: QPushButton = find(QPushButton, "edit_user")
        self.assign_user: QPushButton = find(QPushButton, "assign_user")
        self.users: list[User] = []
        self.dialog: UserEditorDialog | AssignDialog | None = None  # the one open, for tests
        self._setup_widgets()

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Settings")

    # -- building -----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        for label in (self.commune_note, self.commune_error, self.password_error, self.password_ok):
            _show(label, "")
        self.save_commune.setIcon(icon("save"))
        self.save_commune.clicked.connect(self._save_commune)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note.setText(self.tr("A new language is used from the next start of the program."))
        self.change_password.setIcon(icon("lock"))
        self.change_password.clicked.connect(self._change_password)
        self.new_password2.returnPressed.connect(self._change_password)
        for field in (self.old_password, self.new_password, self.new_password2):
            field.textEdited.connect(lambda _text: self._clear_password_messages())
        for field in (self.commune_code, self.commune_name, self.commune_province):
            field.textEdited.connect(lambda _text: _show(self.commune_error, ""))
        table = self.users_table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Full name"), self.tr("Role"), self.tr("Active")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self._edit_user())
        self.add_user.setIcon(icon("add"))
        self.edit_user.setIcon(icon("user"))
        self.assign_user.setIcon(icon("users"))
        self.add_user.clicked.connect(self._add_user)
        self.edit_user.clicked.connect(self._edit_user)
        self.assign_user.clicked.connect(self._assign)

    @property
    def is_admin(self) -> bool:
        """True when the logged-in user manages the commune and its accounts."""
        return self.ctx.can(Action.MANAGE_USERS)

    # -- loading ------------------------------------------------------------------------------
    def activate(self) -> None:
        """Show the commune and, for an administrator, the accounts."""
        admin = self.is_admin
        self.users_box.setVisible(admin)
        for field in (self.commune_code, self.commune_name, self.commune_province):
            field.setReadOnly(not admin)
        self.save_commune.setVisible(admin)
        DbOp(self, self.ctx, lambda db: users.load_settings(db, admin)).success(self._loaded).run()
        self.report_settings.load()
        self.backups.load()

    def _loaded(self, data: SettingsData) -> None:
        info = data.commune
        self.commune_code.setText(info.code if info else "")
        self.commune_name.setText(info.name if info else "")
        self.commune_province.setText((info.province or "") if info else "")
        if info is not None and info.has_placeholder_code:
            _show(self.commune_note, self.tr("The code %1 is temporary. Enter the commune's real 5-digit code "
                                             "before sending figures to the province.").replace("%1", info.code))
        elif not self.is_admin:
            _show(self.commune_note, self.tr("Only an administrator can change the commune's details."))
        else:
            _show(self.commune_note, "")
        self._show_users(data.users)

    def _show_users(self, users: list[User]) -> None:
        selected = self.selected_user()
        self.users = users
        table = self.users_table
        table.setRowCount(len(users))
        for row, user in enumerate(users):
            cells = (user.username, user.full_name, role_name(user.role), self.tr("Yes") if user.active else self.tr("No"))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and user.username == selected.username:
                table.selectRow(row)
        table.resizeColumnToContents(0)
        self._selection_changed()

    # -- commune ------------------------------------------------------------------------------
    def _save_commune(self) -> None:
        if not self.is_admin:
            return
        code, name = self.commune_code.text(), self.commune_name.text()
        province, actor = self.commune_province.text(), self.ctx.actor

        DbOp(self, self.ctx, lambda db: users.update_commune(db, actor, code, name, province)).success(self._commune_saved).failure(
            lambda error: self._refused(error, self.commune_error)
        ).busy(self.tr("Saving the commune's details...")).run()

    def _commune_saved(self, info: CommuneInfo) -> None:
        self.ctx.commune_name = info.name
        self._loaded(SettingsData(info, self.users))
        self.ctx.status.emit(self.tr("The commune's details were saved."))

    # -- language -----------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code == self.ctx.settings.language:
            return
        self.ctx.settings.language = code
        try:
            self.ctx.settings.save()
        except OSError as exc:  # a read-only profile: say so where the officer is looking
            self.language_note.setText(self.tr("The choice could not be saved: %1").replace("%1", str(exc)))
            return
        self.language_note.setText(self.tr("A new language is used from the next start of the program."))
        self.ctx.status.emit(self.tr("The language changes the next time the program starts."))

    # -- my password --------------------------------------------------------------------------
    def _clear_password_messages(self) -> None:
        _show(self.password_error, "")
        _show(self.password_ok, "")

    def _change_password(self) -> None:
        old, new = self.old_password.text(), self.new_password.text()
        if not old:
            _show(self.password_error, self.tr("Enter your current password."))
            self.old_password.setFocus()
            return
        if new != self.new_password2.text():
            _show(self.password_error, self.tr("The two new passwords are different. Type them again."))
            self.new_password2.clear()
            self.new_password2.setFocus()
            return
        username = self.ctx.actor

        self.change_password.setEnabled(False)
        DbOp(self, self.ctx, lambda db: users.change_own_password(db, username, old, new)).success(
            self._password_changed).failure(
            lambda error: self._refused(error, self.password_error)
        ).run()

    def _password_changed(self, _result: None) -> None:
        self.change_password.setEnabled(True)
        for field in (self.old_password, self.new_password, self.new_password2):
            field.clear()
        _show(self.password_ok, self.tr("Your password was changed."))

    def _refused(self, error: BaseException, label: QLabel) -> None:
        self.change_password.setEnabled(True)
        if isinstance(error, UserError):
            _show(label, str(error))
        else:
            show_error(self, error)

    # -- accounts -----------------------------------------------------------------------------
    def selected_user(self) -> User | None:
        """The account selected in the table."""
        rows = self.users_table.selectionModel().selectedRows() if self.users_table.selectionModel() else []
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def select_user(self, username: str) -> None:
        """Select ``username``'s row."""
        for row, user in enumerate(self.users):
            if user.username == username:
                self.users_table.selectRow(row)

    def _selection_changed(self) -> None:
        user = self.selected_user()
        self.edit_user.setEnabled(user is not None)
        self.assign_user.setEnabled(user is not None and self.ctx.plan_id is not None)
        self.assign_user.setToolTip(
            "" if self.ctx.plan_id is not None else self.tr("Import the plan first; then assign its indicators.")
        )

    def _add_user(self) -> None:
        self._open(UserEditorDialog(self.ctx, self, None))

    def _edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(UserEditorDialog(self.ctx, self, user))

    def _assign(self) -> None:
        user = self.selected_user()
        if user is not None and self.ctx.plan_id is not None:
            self._open(AssignDialog(self.ctx, self, user, self.ctx.plan_id))

    def _open(self, dialog: UserEditorDialog | AssignDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._dialog_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _dialog_saved(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, UserEditorDialog) and dialog.saved is not None:
            if self.ctx.user is not None and dialog.saved.username == self.ctx.user.username:
                # An admin editing their own account: later permission checks use it as it now is.
                self.ctx.user = dialog.saved
            self.ctx.status.emit(self.tr("Account %1 saved.").replace("%1", dialog.saved.username))
        elif isinstance(dialog, AssignDialog):
            self.ctx.status.emit(self.tr("Indicators assigned to %1.").replace("%1", dialog.user.username))
        DbOp(self, self.ctx, lambda db: users.load_settings(db, True)).success(self._loaded).run()


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))

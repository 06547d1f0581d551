"""The first-run wizard: the commune, its first administrator, and where the plan comes from.

Nothing is written until Finish; then the plan file is read on the worker's file lane and one
operation on the database lane writes commune, administrator and plan in a single transaction
(``services.setup``). A file that cannot be read leaves the database untouched and the wizard open on the
plan page, so the officer picks another file or chooses Later without retyping anything.
"""

from __future__ import annotations


from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.access import User
from ..sync.keys import PublicKey
from ..domain.errors import UserError
from ..domain.draft import PlanDraft
from ..services.setup import (
    DOCUMENT,
    EXCEL,
    LATER,
    SAMPLE,
    SetupRequest,
    existing_setup,
    join_office,
    load_plan_source,
    store_setup,
)
from ..store.values import ValueEntry
from ..store.commune_edit import CommuneInfo, SetupResult, check_commune_code, check_commune_name
from ..store.users import check_password_strength, normalize_username
from .context import AppContext
from .operations import DbOp, FileOp, show_error
from .resources import icon, load_form
from .sync.importing import confirm_fingerprint
from .wizard_receive import ReceivePage

# The wizard's pages: the commune (and the first choice), the administrator, the plan's source, or
# instead of the commune and plan, another PC's bundle.
COMMUNE, ADMIN, PLAN, RECEIVE = 0, 1, 2, 3


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _FormPage(QWizardPage):
    """A wizard page showing the Designer form ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.form = load_form(name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.error = self._child(QLabel, "error")
        _show(self.error, "")

    def _child(self, cls: type, name: str):  # type: ignore[no-untyped-def]
        widget = self.form.findChild(cls, name)
        assert widget is not None, name
        return widget

    def show_error(self, text: str) -> None:
        """Show ``text`` under the fields ("" hides it)."""
        _show(self.error, text)


class CommunePage(_FormPage):
    """Code, name and province of the commune (prefilled and locked when it already exists)."""

    def __init__(self, existing: CommuneInfo | None) -> None:
        super().__init__("wizard_commune")
        self.setTitle(self.tr("Your commune"))
        self.setSubTitle(self.tr("The commune or ward whose plan this computer tracks."))
        self.existing = existing
        self.code: QLineEdit = self._child(QLineEdit, "code")
        self.name: QLineEdit = self._child(QLineEdit, "name")
        self.province: QLineEdit = self._child(QLineEdit, "province")
        note = self._child(QLabel, "note")
        _show(note, "")
        if existing is not None:
            self.code.setText(existing.code)
            self.name.setText(existing.name)
            self.province.setText(existing.province or "")
            if existing.has_placeholder_code:
                _show(note, self.tr("The plan was imported before the commune's code was known: replace the "
                                    "temporary code %1 with the real one.").replace("%1", existing.code))
            else:
                for field in (self.code, self.name, self.province):
                    field.setEnabled(False)
                _show(note, self.tr("This database already has its commune. You can change its details later "
                                    "in Settings."))
        for field in (self.code, self.name, self.province):
            field.textEdited.connect(lambda _text: self.show_error(""))
        self.province_mode: QCheckBox = self._child(QCheckBox, "province_mode")
        self.province_mode.setVisible(existing is None)
        self.province_mode.toggled.connect(self._mode_changed)
        # The first choice: this PC's own plan, or the office's plan from another PC (a new PC only).
        self.set_up = QRadioButton(self.tr("Set up the commune and its plan on this computer"))
        self.set_up.setObjectName("set_up")
        self.receive = QRadioButton(self.tr("Receive the plan from another computer of the office "
                                            "(this office already uses KeHoach Desktop on another computer)"))
        self.receive.setObjectName("receive")
        self.set_up.setChecked(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for index, radio in enumerate((self.set_up, self.receive)):
            radio.setVisible(existing is None)
            layout.insertWidget(index, radio)
        self.receive.toggled.connect(self._receive_changed)

    def receiving(self) -> bool:
        """True when the plan comes from another PC's bundle instead of being set up here."""
        return self.receive.isChecked()

    def _receive_changed(self, receive: bool) -> None:
        self.form.setEnabled(not receive)
        self.show_error("")

    def nextId(self) -> int:
        """The bundle step when receiving, else the administrator."""
        return RECEIVE if self.receiving() else ADMIN

    def _mode_changed(self, province: bool) -> None:
        """A province's computer has no commune of its own: only the province's name is asked."""
        for field in (self.code, self.name):
            field.setEnabled(not province)
        self.show_error("")
        (self.province if province else self.code).setFocus()

    def province_name(self) -> str | None:
        """The province's name when this computer is a province's, else None."""
        return self.province.text().strip() if self.province_mode.isChecked() else None

    @property
    def locked(self) -> bool:
        """True when the commune exists and is kept as it is."""
        return self.existing is not None and not self.code.isEnabled()

    def fields(self) -> tuple[str, str, str | None] | None:
        """(code, name, province) to write, or None to keep the existing commune (or for a province)."""
        if self.locked or self.province_mode.isChecked():
            return None
        return self.code.text().strip(), self.name.text().strip(), self.province.text().strip() or None

    def validatePage(self) -> bool:
        """Check the code and name with the store's own rules before going on."""
        if self.receiving():  # the commune comes with the bundle
            return True
        if self.province_mode.isChecked():
            if not self.province.text().strip():
                self.show_error(self.tr("Enter the name of the province (or district) this computer gathers, "
                                        "for example Tỉnh Lạng Sơn."))
                self.province.setFocus()
                return False
            return True
        if self.locked:
            return True
        try:
            check_commune_code(self.code.text())
        except UserError as exc:
            self.show_error(str(exc))
            self.code.setFocus()
            return False
        try:
            check_commune_name(self.name.text())
        except UserError as exc:
            self.show_error(str(exc))
            self.name.setFocus()
            return False
        return True


class AdminPage(_FormPage):
    """The first administrator's name, username and password."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__("wizard_admin")
        self._wizard = wizard
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The account that manages this computer's users and the plan."))
        self.full_name: QLineEdit = self._child(QLineEdit, "full_name")
        self.username: QLineEdit = self._child(QLineEdit, "username")
        self.password: QLineEdit = self._child(QLineEdit, "password")
        self.password2: QLineEdit = self._child(QLineEdit, "password2")
        for field in (self.full_name, self.username, self.password, self.password2):
            field.textEdited.connect(lambda _text: self.show_error(""))

    def validatePage(self) -> bool:
        """Apply the store's rules for usernames and passwords; the passwords must match."""
        if not self.full_name.text().strip():
            return self._refuse(self.full_name, self.tr("Enter the administrator's full name."))
        try:
            normalize_username(self.username.text())
        except UserError as exc:
            return self._refuse(self.username, str(exc))
        try:
            check_password_strength(self.password.text())
        except UserError as exc:
            return self._refuse(self.password, str(exc))
        if self.password.text() != self.password2.text():
            self.password2.clear()
            return self._refuse(self.password2, self.tr("The two passwords are different. Type the password again."))
        if self._wizard.commune_page.receiving():  # the last step then: Finish writes everything
            return self._wizard._finish_requested()
        return True

    def nextId(self) -> int:
        """The plan's source, except when the plan comes from another PC (then this is the last step)."""
        return -1 if self._wizard.commune_page.receiving() else PLAN

    def _refuse(self, field: QLineEdit, message: str) -> bool:
        self.show_error(message)
        field.setFocus()
        return False


class PlanSourcePage(_FormPage):
    """Where the plan comes from: a document, the Excel template, the sample, or later."""

    def __init__(self, wizard: FirstRunWizard, has_plan: bool) -> None:
        super().__init__("wizard_plan")
        self._wizard = wizard
        self.setTitle(self.tr("The plan"))
        self.setSubTitle(self.tr("Read the plan's indicators now, or later from the Plan page."))
        self.from_document: QRadioButton = self._child(QRadioButton, "from_document")
        self.from_excel: QRadioButton = self._child(QRadioButton, "from_excel")
        self.from_sample: QRadioButton = self._child(QRadioButton, "from_sample")
        self.later: QRadioButton = self._child(QRadioButton, "later")
        self.file_path: QLineEdit = self._child(QLineEdit, "file_path")
        self.browse: QPushButton = self._child(QPushButton, "browse")
        self.note: QLabel = self._child(QLabel, "note")
        _show(self.note, "")
        if has_plan:
            self.later.setChecked(True)
            _show(self.note, self.tr("This database already has a plan. Choose Later to keep working with it."))
        for radio in (self.from_document, self.from_excel, self.from_sample, self.later):
            radio.toggled.connect(self._source_changed)
        self.browse.clicked.connect(self.choose)
        self._source_changed()

    def initializePage(self) -> None:
        """A province's computer receives the communes' plans with their bundles: no plan here."""
        province = self._wizard.commune_page.province_name() is not None
        if province:
            self.later.setChecked(True)
            _show(self.note, self.tr("A province's computer receives each commune's plan with the commune's "
                                     "sync bundle (Sync page). There is no plan to read here."))
        for radio in (self.from_document, self.from_excel, self.from_sample):
            radio.setEnabled(not province)

    def source(self) -> str:
        """DOCUMENT, EXCEL, SAMPLE or LATER."""
        if self.from_document.isChecked():
            return DOCUMENT
        if self.from_excel.isChecked():
            return EXCEL
        return SAMPLE if self.from_sample.isChecked() else LATER

    def path(self) -> str | None:
        """The chosen file when the source is a file."""
        return (self.file_path.text() or None) if self.source() in (DOCUMENT, EXCEL) else None

    def _source_changed(self) -> None:
        uses_file = self.source() in (DOCUMENT, EXCEL)
        self.file_path.setEnabled(uses_file)
        self.browse.setEnabled(uses_file)
        self.show_error("")

    def choose(self) -> None:
        """Ask for the plan file."""
        path = self._wizard._choose_file(self.source() == EXCEL)
        if path:
            self.file_path.setText(path)
            self.show_error("")

    def nextId(self) -> int:
        """The last step."""
        return -1

    def validatePage(self) -> bool:
        """Finish: write everything (asynchronously; the wizard closes itself when done)."""
        if self.source() in (DOCUMENT, EXCEL) and not self.path():
            self.show_error(self.tr("Choose the plan file first (Browse...), or choose another option."))
            self.browse.setFocus()
            return False
        return self._wizard._finish_requested()


class FirstRunWizard(QWizard):
    """Set up a new database; after accept, ``admin`` is the administrator created."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.admin: User | None = None
        self.result_info: SetupResult | None = None
        self._running = False
        existing, has_plan = ctx.worker.call(existing_setup)  # start-up: a quick read is fine to wait for
        self.setWindowTitle(self.tr("Set up KeHoach Desktop"))
        self.setWindowIcon(icon("app"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 460)
        self.commune_page = CommunePage(existing)
        self.admin_page = AdminPage(self)
        self.plan_page = PlanSourcePage(self, has_plan)
        self.receive_page = ReceivePage(self)
        for which, page in ((COMMUNE, self.commune_page), (ADMIN, self.admin_page), (PLAN, self.plan_page),
                            (RECEIVE, self.receive_page)):
            self.setPage(which, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def _choose_file(self, excel: bool) -> str:
        """Ask for a plan file; tests replace this method (a file dialog would block them)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if excel:
            title, filters = self.tr("Choose the Excel template"), self.tr("Excel template (*.xlsx)")
        else:
            title = self.tr("Choose the plan document")
            filters = self.tr("Plan documents (*.txt *.docx *.pdf);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, title, folder, filters)
        return path

    def _choose_bundle(self) -> str:
        """Ask for another PC's full bundle; tests replace this method."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the full bundle from the other computer"), folder,
            self.tr("Sync bundles (*.kehoach);;All files (*)"),
        )
        return path

    def _confirm_fingerprint(self, sender: PublicKey, reason: str) -> bool:
        """Ask whether the sender's fingerprint matches the other PC's (tests replace this)."""
        return confirm_fingerprint(self, sender, reason)

    def request(self) -> SetupRequest:
        """What the pages hold, as one request."""
        return SetupRequest(
            commune_fields=self.commune_page.fields(),
            username=self.admin_page.username.text(),
            full_name=self.admin_page.full_name.text().strip(),
            password=self.admin_page.password.text(),
            source=self.plan_page.source(),
            path=self.plan_page.path(),
            province=self.commune_page.province_name(),
        )

    def _finish_requested(self) -> bool:
        """True once everything is written; otherwise start writing and return False for now."""
        if self.result_info is not None:
            return True
        if self._running:
            return False
        if self.commune_page.receiving():
            self._join()
            return False
        request = self.request()
        self._set_running(True)
        def store(source: tuple[PlanDraft | None, list[ValueEntry]]) -> None:
            DbOp(self, self.ctx, lambda db: store_setup(db, request, *source)).success(self._written).failure(
                self._refused
            ).busy(self.tr("Setting up the commune...")).run()

        # A long document is read on the file lane; then one transaction writes everything.
        FileOp(self, self.ctx, lambda: load_plan_source(request.source, request.path)).success(store).failure(
            self._refused
        ).run()
        return False

    def _join(self) -> None:
        """Write the administrator and the received bundle in one transaction."""
        page, admin = self.receive_page, self.admin_page
        path, accept = page.path, page.accepted_fingerprint
        assert path is not None
        username, full_name, password = admin.username.text(), admin.full_name.text().strip(), admin.password.text()
        self._set_running(True)
        DbOp(self, self.ctx, lambda db: join_office(db, path, accept, username, full_name, password)).success(
            self._written).failure(self._join_refused).busy(self.tr("Receiving the plan...")).run()

    def _join_refused(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, UserError):
            self.admin_page.show_error(str(error) + " " + self.tr("Nothing was saved."))
        else:
            show_error(self, error)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not running)
        self.plan_page.form.setEnabled(not running)
        self.admin_page.form.setEnabled(not running)
        if running and not self.commune_page.receiving():
            self.plan_page.show_error("")
            _show(self.plan_page.note, self.tr("Saving... reading a long document can take a moment."))

    def _written(self, result: SetupResult) -> None:
        self.result_info = result
        self.admin = result.admin
        self._set_running(False)
        self.accept()  # validates the page again, which now says yes

    def _refused(self, error: BaseException) -> None:
        self._set_running(False)
        _show(self.plan_page.note, self.tr("Nothing was saved. Choose another file, or choose Later to import "
                                           "the plan afterwards."))
        (self.plan_page.browse if self.plan_page.browse.isEnabled() else self.plan_page.later).setFocus()
        if isinstance(error, UserError):
            self.plan_page.show_error(str(error))
        else:
            show_error(self, error)

    def reject(self) -> None:
        """Cancel, except while writing (the transaction finishes either way)."""
        if not self._running:
            super().reject()

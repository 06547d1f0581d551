"""Cài đặt > Báo cáo: a commune's report settings (issuer, number, signer, recipients, cut-off).

The fields are ``domain.report_settings.ReportSettings``; saving goes through the store's
``save_report_settings`` (which checks them: a refused field gets the core's message and the
focus). Administrators edit; everyone else sees them read-only. On a province's computer the
settings shown are those of the commune chosen in the toolbar.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.access import Action
from ...domain.errors import UserError
from ...domain.report_settings import MAX_FIELD, ReportSettings
from ..context import AppContext
from ..operations import DbOp, show_error
from ..resources import icon
from ..wheel_guard import guard_wheel
from ...services.reports import SettingsView, load_settings, save_settings

#: The one-line text fields, in form order (the ReportSettings attribute names).
LINE_FIELDS = ("parent_body", "issuing_body", "number_pattern", "place", "addressee", "signer_authority",
               "signer_deputy", "signer_title", "signer_name", "archive")


class ReportSettingsTab(QWidget):
    """The report settings form with its save button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: SettingsView | None = None
        self.loaded_count = 0
        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"report_{name}")
            edit.setMaxLength(MAX_FIELD)
            edit.textEdited.connect(self._edited)
            self.lines[name] = edit
        self.next_number = QSpinBox()
        self.next_number.setObjectName("report_next_number")
        self.next_number.setRange(1, 9999)
        self.next_number.valueChanged.connect(self._edited)
        self.cutoff = QComboBox()
        self.cutoff.setObjectName("report_cutoff_day")
        self.cutoff.addItem(self.tr("Calendar month (statistical reports)"), 0)
        self.cutoff.addItem(self.tr("From the 15th of the previous month to the 14th (administrative reports)"), 15)
        self.cutoff.currentIndexChanged.connect(self._edited)
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("report_recipients")
        self.recipients.setTabChangesFocus(True)
        self.recipients.setPlaceholderText(self.tr("One recipient a line, e.g. Như trên;"))
        self.recipients.textChanged.connect(self._edited)
        guard_wheel(self.next_number, self.cutoff)
        self.number_example = QLabel()
        self.number_example.setObjectName("report_number_example")
        self.error = QLabel()
        self.error.setObjectName("report_settings_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a32020;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("&Save report settings"))
        self.save_button.setObjectName("save_report_settings")
        self.save_button.clicked.connect(self.save)
        self._build()

    def _build(self) -> None:
        placeholders = {
            "parent_body": self.tr("e.g. UBND TỈNH LẠNG SƠN (empty: none)"),
            "issuing_body": self.tr("e.g. XÃ NA DƯƠNG (empty: the commune's name)"),
            "number_pattern": "{so}/BC-UBND",
            "place": self.tr("e.g. Na Dương (empty: the commune's name)"),
            "addressee": self.tr("e.g. Sở Tài chính tỉnh Lạng Sơn (empty: no Kính gửi line)"),
            "signer_authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_deputy": self.tr("e.g. KT. CHỦ TỊCH (empty when the chairman signs)"),
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer_name": self.tr("e.g. Nguyễn Văn An"),
            "archive": "Lưu: VT.",
        }
        self._placeholders = placeholders
        for name, text in placeholders.items():
            self.lines[name].setPlaceholderText(text)
        issuer = QGroupBox(self.tr("Issuer and number"))
        form = QFormLayout(issuer)
        form.addRow(self.tr("&Parent body:"), self.lines["parent_body"])
        form.addRow(self.tr("&Issuing body:"), self.lines["issuing_body"])
        form.addRow(self.tr("Number and s&ymbol:"), self.lines["number_pattern"])
        form.addRow("", QLabel(self.tr("{so} stands for the report's number (01, 02... 10).")))
        form.addRow(self.tr("Ne&xt number:"), self.next_number)
        form.addRow("", self.number_example)
        form.addRow(self.tr("P&lace name:"), self.lines["place"])
        form.addRow(self.tr("&To (Kính gửi):"), self.lines["addressee"])
        form.addRow(self.tr("&Figures up to:"), self.cutoff)
        signer = QGroupBox(self.tr("Signature and recipients"))
        form2 = QFormLayout(signer)
        form2.addRow(self.tr("Signing a&uthority:"), self.lines["signer_authority"])
        form2.addRow(self.tr("Signing on &behalf:"), self.lines["signer_deputy"])
        form2.addRow(self.tr("Signer's &title:"), self.lines["signer_title"])
        form2.addRow(self.tr("Signer's &name:"), self.lines["signer_name"])
        form2.addRow(self.tr("&Recipients:"), self.recipients)
        form2.addRow(self.tr("&Archive:"), self.lines["archive"])
        self.next_number.setMaximumWidth(120)
        self.recipients.setMinimumHeight(110)
        columns = QWidget()
        outer = QVBoxLayout(columns)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)  # joins its parent before its widgets (see entry/page.py)
        row.addWidget(issuer, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(signer, 1, Qt.AlignmentFlag.AlignTop)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        columns.setObjectName("report_settings_columns")
        # The tab's own background, not a grey box around the two groups.
        scroll.setStyleSheet("QScrollArea, #report_settings_columns { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        layout.addLayout(bottom)  # joins its parent before its widgets (see entry/page.py)
        bottom.addWidget(self.error, 1)
        bottom.addStretch()
        bottom.addWidget(self.save_button)

    @property
    def editable(self) -> bool:
        """True for an administrator on a commune's computer."""
        return self.ctx.can(Action.SETTINGS) and not self.ctx.province

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the commune's settings and apply the user's rights."""
        editable = self.editable
        for name, edit in self.lines.items():
            edit.setReadOnly(not editable)
            # Read-only, an example in an empty field would read as a value.
            edit.setPlaceholderText(self._placeholders.get(name, "") if editable else "")
        self.recipients.setReadOnly(not editable)
        self.next_number.setEnabled(editable)
        self.cutoff.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.note.setText("" if editable else (
            self.tr("These are the settings of the commune shown; its own computer changes them.") if self.ctx.province
            else self.tr("Only an administrator can change the report settings.")))
        self.note.setVisible(not editable)
        plan_id = self.ctx.plan_id
        DbOp(self, self.ctx, lambda db: load_settings(db, plan_id)).success(self._loaded).run()

    def _loaded(self, view: SettingsView) -> None:
        if not isValid(self):
            return
        self.view = view
        self.loaded_count += 1
        self.show_settings(view.settings)
        self._show_error("")
        if view.commune_id is None:
            self.save_button.setEnabled(False)
            self.note.setText(self.tr("Set up the commune first."))
            self.note.setVisible(True)

    def show_settings(self, settings: ReportSettings) -> None:
        """Put ``settings`` in the fields."""
        for name, edit in self.lines.items():
            edit.setText(getattr(settings, name))
        self.next_number.blockSignals(True)
        self.next_number.setValue(settings.next_number)
        self.next_number.blockSignals(False)
        self.cutoff.blockSignals(True)
        self.cutoff.setCurrentIndex(max(0, self.cutoff.findData(settings.cutoff_day)))
        self.cutoff.blockSignals(False)
        self.recipients.blockSignals(True)
        self.recipients.setPlainText("\n".join(settings.recipients))
        self.recipients.blockSignals(False)
        self._show_example()

    def settings(self) -> ReportSettings:
        """The settings as typed (not checked yet)."""
        base = self.view.settings if self.view is not None else ReportSettings()
        return replace(
            base, **{name: edit.text() for name, edit in self.lines.items()},
            next_number=self.next_number.value(), cutoff_day=int(self.cutoff.currentData() or 0),
            recipients=tuple(line for line in self.recipients.toPlainText().splitlines() if line.strip()),
        )

    def _edited(self, *_: object) -> None:
        self._show_error("")
        self._show_example()

    def _show_example(self) -> None:
        pattern = self.lines["number_pattern"].text()
        example = ReportSettings(number_pattern=pattern, next_number=self.next_number.value()).number_text()
        self.number_example.setText(self.tr("The next report: Số %1").replace("%1", example)
                                    if "{so}" in pattern else "")

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Check and store the settings; a refused field is named and focused."""
        view = self.view
        if view is None or view.commune_id is None or not self.editable:
            return
        commune_id, settings, actor = view.commune_id, self.settings(), self.ctx.actor
        DbOp(self, self.ctx, lambda db: save_settings(db, commune_id, settings, actor)).success(
            self._saved).failure(self._refused).busy(self.tr("Saving the report settings...")).run()

    def _saved(self, settings: ReportSettings) -> None:
        if not isValid(self) or self.view is None:
            return
        self.view = replace(self.view, settings=settings)
        self.show_settings(settings)
        self.ctx.status.emit(self.tr("The report settings were saved."))

    def _refused(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if not isinstance(error, UserError):
            show_error(self, error)
            return
        self._show_error(str(error))
        widget = self.field_widget(error.field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def field_widget(self, name: str | None) -> QWidget | None:
        """The input of settings field ``name``."""
        if name in self.lines:
            return self.lines[name]
        return {"next_number": self.next_number, "cutoff_day": self.cutoff, "recipients": self.recipients}.get(name or "")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

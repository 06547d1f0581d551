"""The Chỉ tiêu page's "Denominator..." dialog: what a rate is a share of, and its figure per year.

For a rate (``Tỷ lệ hộ nghèo``, %) or an average (per person, per hectare) the commune names the
denominator (``Tổng số hộ``, unit ``hộ``) and types its figure once a year; the province then
recomputes the province's rate from the communes' numerators and denominators instead of
averaging. Thin over ``services.denominators`` (checked, audited, sent with the plan).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.numbers import format_number, parse_decimal
from ..services.denominators import DenominatorInfo, clear_denominator, load_denominator, save_denominator
from .context import AppContext
from .operations import DbOp, show_error


class DenominatorDialog(QDialog):
    """One indicator's denominator: label, unit, a year and its figure; saved or removed."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, plan_id: int, code: str) -> None:
        super().__init__(parent)
        self.ctx, self.plan_id, self.code = ctx, plan_id, code
        self.info: DenominatorInfo | None = None
        self.setWindowTitle(self.tr("Denominator of indicator %1").replace("%1", code))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Total households"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. households"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(ctx.period.year)
        self.year.valueChanged.connect(self._year_changed)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 1.234"))
        self.held = QLabel()
        self.held.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c00000;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Denominator:"), self.label)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Figure for the year:"), self.value)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.clear_button: QPushButton = self.buttons.addButton(
            self.tr("Remove denominator"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.held)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.save_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        """Read the indicator and its denominator."""
        plan_id, code = self.plan_id, self.code
        DbOp(self, self.ctx, lambda db: load_denominator(db, plan_id, code)).success(self._loaded).run()

    def _loaded(self, info: DenominatorInfo) -> None:
        self.info = info
        self.year.setRange(info.start_year, info.end_year)
        unit = info.unit or self.tr("no unit")
        if not info.allowed:
            self.intro.setText(self.tr(
                "%1. %2 (%3) is summed as it is across communes: only a rate (%) or an average (per person, "
                "per household, per hectare) has a denominator.").replace("%1", info.code)
                .replace("%2", info.name).replace("%3", unit))
            for widget in (self.label, self.unit, self.year, self.value):
                widget.setEnabled(False)
            return
        self.intro.setText(self.tr(
            "%1. %2 (%3): what is it a share of? Name it and type its figure once a year; the province then "
            "recomputes the province's rate from every commune's numerator and denominator instead of averaging.")
            .replace("%1", info.code).replace("%2", info.name).replace("%3", unit))
        den = info.denominator
        self.label.setText(den.label if den else "")
        self.unit.setText(den.unit if den else "")
        self._year_changed(self.year.value())
        if den and den.values:
            self.held.setText(self.tr("Figures held: %1").replace(
                "%1", "; ".join(f"{y}: {format_number(v)}" for y, v in den.values)))
        else:
            self.held.setText(self.tr("No figure held yet."))
        self.save_button.setEnabled(True)
        self.clear_button.setEnabled(den is not None)

    def _year_changed(self, year: int) -> None:
        """Show the figure held for ``year`` (empty when none), ready to be corrected."""
        den = self.info.denominator if self.info is not None else None
        held = dict(den.values) if den else {}
        self.value.setText(format_number(held[year]) if year in held else "")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        """Check what was typed, then store it (one audited transaction)."""
        self.error.hide()
        user = self.ctx.user
        if user is None or self.info is None:
            return
        value: Decimal | None = None
        text = self.value.text().strip()
        try:
            if text:
                value = parse_decimal(text)
        except UserError as exc:
            self._show_error(str(exc))
            return
        year = self.year.value() if value is not None else None
        label, unit = self.label.text(), self.unit.text()
        plan_id, code = self.plan_id, self.code
        DbOp(self, self.ctx, lambda db: save_denominator(db, plan_id, code, user.username, label=label, unit=unit,
                                                         year=year, value=value)
             ).success(self._saved).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        # The officer's mistake is shown under the form, where it can be corrected; a bug is logged.
        if isinstance(error, UserError):
            self._show_error(str(error))
        else:
            show_error(self, error)

    def _saved(self, _change: object) -> None:
        self.ctx.status.emit(self.tr("Denominator of indicator %1 saved.").replace("%1", self.code))
        self.reload()

    def remove(self) -> None:
        """Remove the denominator and all its figures, after asking."""
        user = self.ctx.user
        if user is None:
            return
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Remove the denominator and every year's figure of indicator %1?").replace("%1", self.code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        plan_id, code = self.plan_id, self.code
        DbOp(self, self.ctx, lambda db: clear_denominator(db, plan_id, code, user.username)).success(
            self._removed).run()

    def _removed(self, _outcome: object) -> None:
        self.label.clear()
        self.unit.clear()
        self.value.clear()
        self.reload()


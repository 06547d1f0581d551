"""The indicator editor: the Designer form ``ui/indicator_editor.ui`` bound to one indicator.

``load`` fills the form from the draft; ``apply`` checks what was typed (errors shown inline,
under the fields) and emits ``applied`` with the new ``Indicator`` and its rules. The editor
never changes the draft itself: the review widget does, so every edit goes one way.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.model import COUNT_UNITS, CURRENT_CYCLE, RATE_RULES, Indicator, RuleKind, TargetRule
from ...domain.draft import PlanDraft
from ..resources import load_form
from . import draft_ops
from .labels import (
    aggregation_labels,
    describe_rule,
    direction_labels,
    flag_explanation,
    flag_label,
    number,
    rule_kind_labels,
)
from .targets_table import YearTargets, figures_for, read_number

ERROR_STYLE = "color: #b00020;"
FLAGS_STYLE = "background: #fff1c7; border: 1px solid #e0b000; padding: 4px;"


class IndicatorEditor(QWidget):
    """Edit one indicator of a draft: its description, plan-wide target and year targets."""

    #: (old code, new Indicator, list of TargetRule) when the officer applies a real change.
    applied = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("indicator_editor", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self._find_widgets()
        self.years = YearTargets(self.year_table, self.add_year_button, self.remove_year_button, self.year_error)
        for combo, labels in ((self.direction, direction_labels()), (self.aggregation, aggregation_labels())):
            for key, label in labels.items():
                combo.addItem(label, key)
        self.kind.addItem(self.tr("(no target of its own)"), None)
        for kind, label in rule_kind_labels().items():
            self.kind.addItem(label, kind)
        for error_label in (self.indicator_error, self.target_error, self.year_error):
            error_label.setStyleSheet(ERROR_STYLE)
        self.flags_label.setStyleSheet(FLAGS_STYLE)
        for combo in self.form.findChildren(QComboBox):
            # Long labels must not widen the form past a small screen's side panel.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self._draft: PlanDraft | None = None
        self._code: str | None = None
        self._shown: dict[str, str] = {}
        self._loading = False
        self._touched = False
        self._read_only = False
        self._connect_changes()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)
        self.load(None, None)

    def _find_widgets(self) -> None:
        f = self.form.findChild
        self.flags_label: QLabel = f(QLabel, "flagsLabel")
        self.code: QLineEdit = f(QLineEdit, "codeEdit")
        self.name: QLineEdit = f(QLineEdit, "nameEdit")
        self.group: QComboBox = f(QComboBox, "groupCombo")
        self.parent_combo: QComboBox = f(QComboBox, "parentCombo")
        self.unit: QComboBox = f(QComboBox, "unitCombo")
        self.direction: QComboBox = f(QComboBox, "directionCombo")
        self.aggregation: QComboBox = f(QComboBox, "aggregationCombo")
        self.office: QLineEdit = f(QLineEdit, "officeEdit")
        self.baseline_year: QSpinBox = f(QSpinBox, "baselineYearSpin")
        self.baseline_value: QLineEdit = f(QLineEdit, "baselineValueEdit")
        self.indicator_error: QLabel = f(QLabel, "indicatorError")
        self.kind: QComboBox = f(QComboBox, "kindCombo")
        self.target_text: QLineEdit = f(QLineEdit, "targetTextEdit")
        self.value: QLineEdit = f(QLineEdit, "valueEdit")
        self.low: QLineEdit = f(QLineEdit, "lowEdit")
        self.high: QLineEdit = f(QLineEdit, "highEdit")
        self.compare_year: QSpinBox = f(QSpinBox, "compareYearSpin")
        self.per_year: QCheckBox = f(QCheckBox, "perYearCheck")
        self.points: QCheckBox = f(QCheckBox, "pointsCheck")
        self.measures_change: QCheckBox = f(QCheckBox, "changeCheck")
        self.target_error: QLabel = f(QLabel, "targetError")
        self.year_table: QTableWidget = f(QTableWidget, "yearTable")
        self.add_year_button: QPushButton = f(QPushButton, "addYearButton")
        self.remove_year_button: QPushButton = f(QPushButton, "removeYearButton")
        self.year_error: QLabel = f(QLabel, "yearError")
        self.apply_button: QPushButton = f(QPushButton, "applyButton")
        self.reset_button: QPushButton = f(QPushButton, "resetButton")

    def _connect_changes(self) -> None:
        for edit in (self.code, self.name, self.office, self.baseline_value, self.target_text,
                     self.value, self.low, self.high):
            edit.textEdited.connect(self._touch)
        for combo in (self.group, self.parent_combo, self.direction, self.aggregation, self.kind):
            combo.currentIndexChanged.connect(self._touch)
        self.unit.currentTextChanged.connect(self._touch)
        for spin in (self.baseline_year, self.compare_year):
            spin.valueChanged.connect(self._touch)
        for check in (self.per_year, self.points, self.measures_change):
            check.toggled.connect(self._touch)
        self.years.changed.connect(self._touch)

    def _touch(self, *_args: object) -> None:
        if not self._loading:
            self._touched = True

    # -- state ----------------------------------------------------------------------------------
    def code_shown(self) -> str | None:
        """The code of the indicator being edited (None when the form is empty)."""
        return self._code

    def is_modified(self) -> bool:
        """True when the officer changed something since the indicator was loaded."""
        return self._touched and self._code is not None and not self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Show the indicator without letting it be changed."""
        self._read_only = read_only
        for edit in (self.code, self.name, self.office, self.baseline_value, self.target_text,
                     self.value, self.low, self.high):
            edit.setReadOnly(read_only)
        for w in (self.group, self.parent_combo, self.unit, self.direction, self.aggregation, self.kind,
                  self.baseline_year, self.compare_year, self.per_year, self.points, self.measures_change):
            w.setEnabled(not read_only)
        self.years.set_read_only(read_only)
        self.apply_button.setVisible(not read_only)
        self.reset_button.setVisible(not read_only)
        self._kind_changed()

    # -- loading --------------------------------------------------------------------------------
    def load(self, draft: PlanDraft | None, code: str | None, notes: list[str] | None = None) -> None:
        """Show indicator ``code`` of ``draft`` (None: an empty, disabled form)."""
        self._draft, self._code = draft, code
        ind = draft_ops.find(draft, code) if draft is not None and code is not None else None
        if ind is None:
            self._code = None
        self._loading = True
        try:
            self._fill(draft, ind, notes or [])
        finally:
            self._loading = False
        self._touched = False
        self.form.setEnabled(ind is not None)
        self._kind_changed()

    def reset(self) -> None:
        """Forget the changes typed since the indicator was loaded."""
        self.load(self._draft, self._code)

    def _fill(self, draft: PlanDraft | None, ind: Indicator | None, notes: list[str]) -> None:
        for label in (self.indicator_error, self.target_error, self.year_error):
            label.clear()
        flags = list(draft.flags.get(ind.code, ())) if draft and ind else []
        lines = [f"⚠ {flag_label(f)}: {flag_explanation(f)}" for f in flags] + [f"– {n}" for n in notes]
        self.flags_label.setText("\n".join(lines))
        self.flags_label.setVisible(bool(lines))
        self.code.setText(ind.code if ind else "")
        self.name.setText(ind.name if ind else "")
        self.name.setCursorPosition(0)
        self._fill_groups(draft, ind)
        self._fill_parents(draft, ind)
        self._fill_units(draft, ind)
        if ind is not None:
            self.direction.setCurrentIndex(self.direction.findData(ind.direction))
            self.aggregation.setCurrentIndex(self.aggregation.findData(ind.aggregation))
        self.office.setText((ind.responsible_office or "") if ind else "")
        self.baseline_year.setValue(ind.baseline_year if ind and ind.baseline_year else 0)  # 0: "None"
        self._show_number(self.baseline_value, "baseline", ind.baseline_value if ind else None)
        rules = list(draft.rules.get(ind.code, ())) if draft and ind else []
        main = next((r for r in rules if r.year is None), None)
        self.kind.setCurrentIndex(max(0, self.kind.findData(main.kind)) if main else 0)
        self.target_text.setText(main.text if main else "")
        self.target_text.setCursorPosition(0)
        self._show_number(self.value, "value", main.value if main else None)
        self._show_number(self.low, "low", main.low if main else None)
        self._show_number(self.high, "high", main.high if main else None)
        self.compare_year.setValue(main.baseline_year if main and main.baseline_year else 0)
        self.per_year.setChecked(bool(main and main.per_year))
        self.points.setChecked(bool(main and main.points))
        self.measures_change.setChecked(bool(main and main.measures_change))
        years = draft.plan.years if draft else CURRENT_CYCLE
        self.years.set_rules(rules, years)

    def _show_number(self, edit: QLineEdit, key: str, value: Decimal | None) -> None:
        self._shown[key] = number(value)
        edit.setText(self._shown[key])

    def _fill_groups(self, draft: PlanDraft | None, ind: Indicator | None) -> None:
        self.group.clear()
        for g in draft.groups if draft else ():
            self.group.addItem(g.title or g.key, g.key)
        if ind is not None and self.group.findData(ind.group) < 0:
            self.group.addItem(ind.group or self.tr("(no group)"), ind.group)
        if ind is not None:
            self.group.setCurrentIndex(self.group.findData(ind.group))

    def _fill_parents(self, draft: PlanDraft | None, ind: Indicator | None) -> None:
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(none: a main indicator)"), None)
        if draft is None or ind is None:
            return
        below = {ind.code, *draft_ops.descendants(draft, ind.code)}  # no indicator under itself
        for other in draft.indicators:
            if other.code not in below:
                self.parent_combo.addItem(f"{other.code}  {other.name}", other.code)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(ind.parent_code)))

    def _fill_units(self, draft: PlanDraft | None, ind: Indicator | None) -> None:
        units = {i.unit for i in draft.indicators if i.unit} if draft else set()
        units |= {"%"} | {u for u in COUNT_UNITS if u != "htx"}
        self.unit.clear()
        self.unit.addItems(sorted(units, key=str.lower))
        self.unit.setEditText(ind.unit if ind else "")

    def _kind_changed(self, *_args: object) -> None:
        """Enable the figures the chosen kind of target uses."""
        kind: RuleKind | None = self.kind.currentData()
        figures = kind is not None and kind is not RuleKind.QUALITATIVE
        editable = not self._read_only
        self.value.setEnabled(figures and kind is not RuleKind.RANGE)
        self.low.setEnabled(kind in (RuleKind.RANGE, RuleKind.REDUCTION))
        self.high.setEnabled(kind in (RuleKind.RANGE, RuleKind.RATIO, RuleKind.REDUCTION))
        self.compare_year.setEnabled(editable and kind in RATE_RULES)
        for w in (self.target_text, self.per_year, self.points, self.measures_change):
            w.setEnabled(kind is not None and (editable or isinstance(w, QLineEdit)))

    # -- applying -------------------------------------------------------------------------------
    def collect(self) -> tuple[Indicator, list[TargetRule]] | None:
        """What the form says, or None after showing what is wrong next to the fields."""
        if self._draft is None or self._code is None:
            return None
        old = draft_ops.find(self._draft, self._code)
        assert old is not None
        ind_errors: list[str] = []
        code, name = self.code.text().strip(), " ".join(self.name.text().split())
        if not code:
            ind_errors.append(self.tr("Enter the indicator's code, for example 12 or 3.1."))
        elif code != old.code and draft_ops.find(self._draft, code) is not None:
            ind_errors.append(self.tr("Code %1 is already used by another indicator.").replace("%1", code))
        if not name:
            ind_errors.append(self.tr("Enter the indicator's name."))
        baseline_value = self._number(self.baseline_value, "baseline", old.baseline_value, ind_errors)
        unit = self.unit.currentText().strip()
        indicator = Indicator(
            code=code, name=name, unit=unit, group=self.group.currentData() or "",
            parent_code=self.parent_combo.currentData(), direction=self.direction.currentData(),
            aggregation=self.aggregation.currentData(),
            baseline_value=baseline_value, baseline_year=self._year(self.baseline_year),
            responsible_office=self.office.text().strip() or None,
        )
        rules = list(self._draft.rules.get(old.code, ()))
        target_errors: list[str] = []
        main = self._main_rule(next((r for r in rules if r.year is None), None), unit, target_errors)
        year_rules, year_errors = self.years.rules(unit, main)
        self.indicator_error.setText("\n".join(ind_errors))
        self.target_error.setText("\n".join(target_errors))
        if ind_errors or target_errors or year_errors:
            return None
        return indicator, ([main] if main else []) + year_rules

    def _number(self, edit: QLineEdit, key: str, original: Decimal | None, errors: list[str]) -> Decimal | None:
        if not edit.isEnabled():
            return None
        try:
            return read_number(edit.text(), self._shown.get(key, ""), original)
        except UserError as exc:  # a Vietnamese sentence from the core, shown as it is
            errors.append(str(exc))
            return None

    @staticmethod
    def _year(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()

    def _main_rule(self, old: TargetRule | None, unit: str, errors: list[str]) -> TargetRule | None:
        kind: RuleKind | None = self.kind.currentData()
        if kind is None:
            return None
        value = self._number(self.value, "value", old.value if old else None, errors)
        low = self._number(self.low, "low", old.low if old else None, errors)
        high = self._number(self.high, "high", old.high if old else None, errors)
        value, low, high = figures_for(kind, value, low, high)
        if kind is RuleKind.RANGE and low is not None and high is not None and low > high:
            errors.append(self.tr("The lower bound is above the upper bound."))
        if kind is RuleKind.RANGE and (low is None or high is None):
            errors.append(self.tr("A range needs both bounds."))
        text = self.target_text.text().strip()
        rule = TargetRule(
            kind=kind, value=value, low=low, high=high,
            baseline_year=self._year(self.compare_year) if kind in RATE_RULES else (old.baseline_year if old else None),
            per_year=self.per_year.isChecked(), points=self.points.isChecked(),
            measures_change=self.measures_change.isChecked(), text=text,
        )
        figures_changed = old is None or (kind, value, low, high) != (old.kind, old.value, old.low, old.high)
        if figures_changed and text == (old.text if old else ""):
            # The document's words no longer match the figures: describe what the target now is.
            rule = replace(rule, text=describe_rule(rule, unit))
        return rule

    def apply(self) -> bool:
        """Check the form and emit ``applied`` when something changed; False when it has errors."""
        if self._read_only or self._draft is None or self._code is None:
            return True
        result = self.collect()
        if result is None:
            return False
        indicator, rules = result
        old = draft_ops.find(self._draft, self._code)
        before = list(self._draft.rules.get(self._code, ()))
        if old is not None and (indicator, rules) == (old, before):
            self._touched = False
            return True  # nothing changed: the flags stay until the officer confirms
        self.applied.emit(self._code, indicator, rules)
        return True

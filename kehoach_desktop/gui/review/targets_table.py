"""The editor's table of year-specific targets (year, kind, value, low, high).

It drives the ``QTableWidget`` of the Designer form rather than subclassing it, so the form
is built by its plain ``pyside6-uic`` code. Each row remembers the rule it was loaded from: what the
officer did not touch (its wording, its base year, an ambiguous figure) comes back unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from ...domain.errors import UserError
from ...domain.model import CURRENT_CYCLE, RuleKind, TargetRule
from ...domain.numbers import parse_decimal
from .labels import describe_rule, number, rule_kind_labels

YEAR, KIND, VALUE, LOW, HIGH = range(5)


def read_number(text: str, shown: str = "", original: Decimal | None = None) -> Decimal | None:
    """A typed figure: None when empty, ``original`` when the text is still what was shown.

    Keeping the original matters for a figure such as ``19,655``: shown back it would read as
    ambiguous, though the officer never touched it. Raises ``NumberError`` (Vietnamese) otherwise.
    """
    text = text.strip()
    if not text:
        return None
    if original is not None and text == shown.strip():
        return original
    return parse_decimal(text)


def figures_for(kind: RuleKind, value: Decimal | None, low: Decimal | None, high: Decimal | None
                ) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """Value, low and high as a rule of ``kind`` stores them (a ratio's low is its numerator)."""
    if kind is RuleKind.RATIO:
        return value, value, high
    if kind is RuleKind.RANGE:
        return None, low, high
    if kind is RuleKind.QUALITATIVE:
        return None, None, None
    return value, low, high


@dataclass
class _Row:
    original: TargetRule | None
    shown: tuple[str, str, str]


class YearTargets(QObject):
    """Fills and reads the year table; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, table: QTableWidget, add: QPushButton, remove: QPushButton, error: QLabel) -> None:
        super().__init__(table)
        self.table, self._add, self._remove, self.error = table, add, remove, error
        self._rows: list[_Row] = []
        self._years = CURRENT_CYCLE  # until set_rules gives the plan's own years
        self._read_only = False
        header = table.horizontalHeader()
        for col, width in ((YEAR, 80), (KIND, 150), (VALUE, 80), (LOW, 70)):
            header.resizeSection(col, width)
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_row)
        table.itemChanged.connect(lambda _item: self.changed.emit())
        table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- filling --------------------------------------------------------------------------------
    def set_rules(self, rules: Sequence[TargetRule], years: range) -> None:
        """Show the year-specific ``rules`` of an indicator of a plan covering ``years``."""
        self._years = years
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._rows = []
        for rule in sorted((r for r in rules if r.year is not None), key=lambda r: r.year or 0):
            self._append(rule.year or years.start, rule.kind, rule)
        self.table.blockSignals(False)
        self.error.clear()
        self._update_buttons()

    def _append(self, year: int, kind: RuleKind, rule: TargetRule | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        spin = QSpinBox()
        spin.setRange(1999, 2100)
        spin.setValue(year)
        spin.setAccessibleName(self.tr("Year"))
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Kind of target"))
        for k, label in rule_kind_labels().items():
            combo.addItem(label, k)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, YEAR, spin)
        self.table.setCellWidget(row, KIND, combo)
        shown = ("", "", "")
        if rule is not None:
            shown = (number(rule.value), number(rule.low), number(rule.high))
        for col, text in zip((VALUE, LOW, HIGH), shown):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self._rows.append(_Row(rule, shown))
        for w in (spin, combo):
            w.setEnabled(not self._read_only)
        return row

    def add_row(self, year: int | None = None, kind: RuleKind = RuleKind.EQUAL) -> int:
        """Add a row for ``year`` (the first plan year without one); returns its row number."""
        used = {self._spin(r).value() for r in range(self.table.rowCount())}
        if year is None:
            year = next((y for y in self._years if y not in used), self._years.stop)
        row = self._append(year, kind, None)
        self.table.setCurrentCell(row, VALUE)
        self._update_buttons()
        self.changed.emit()
        return row

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row < 0 or self._read_only:
            return
        self.table.removeRow(row)
        del self._rows[row]
        self._update_buttons()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Lock the table for a user who may not edit the plan."""
        self._read_only = read_only
        triggers = QTableWidget.EditTrigger
        self.table.setEditTriggers(
            triggers.NoEditTriggers if read_only
            else triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        for r in range(self.table.rowCount()):
            self._spin(r).setEnabled(not read_only)
            self._combo(r).setEnabled(not read_only)
        self._add.setVisible(not read_only)
        self._remove.setVisible(not read_only)

    def _update_buttons(self) -> None:
        self._remove.setEnabled(self.table.currentRow() >= 0 and not self._read_only)

    def _spin(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, YEAR)  # type: ignore[return-value]

    def _combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, KIND)  # type: ignore[return-value]

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    # -- reading --------------------------------------------------------------------------------
    def rules(self, unit: str, template: TargetRule | None) -> tuple[list[TargetRule], list[str]]:
        """The year rules typed, and the problems found (empty when all is well).

        A new row takes the plan-wide rule's base year, points and rate-of-change marks.
        """
        rules: list[TargetRule] = []
        errors: list[str] = []
        seen: set[int] = set()
        for r, info in enumerate(self._rows):
            year, kind = self._spin(r).value(), self._combo(r).currentData()
            if year in seen:
                errors.append(self.tr("Year %1 has two targets.").replace("%1", str(year)))
            seen.add(year)
            original = info.original
            figures: list[Decimal | None] = []
            for col, shown, old in zip((VALUE, LOW, HIGH), info.shown,
                                       (original.value, original.low, original.high) if original else (None,) * 3):
                try:
                    figures.append(read_number(self._text(r, col), shown, old))
                except UserError as exc:
                    errors.append(f"{year}: {exc}")
                    figures.append(None)
            value, low, high = figures_for(kind, *figures)
            base = original or (replace(template, text="", per_year=False) if template else TargetRule(kind))
            rule = replace(base, kind=kind, value=value, low=low, high=high, year=year, per_year=False)
            if original is None or (kind, value, low, high) != (original.kind, original.value, original.low, original.high):
                rule = replace(rule, text=describe_rule(rule, unit))
            rules.append(rule)
        self.error.setText("\n".join(errors))
        return rules, errors

"""The period selector in the main window's toolbar: the kind of period, its number, the year.

``[Tháng] [10] [2026]``, ``[Quý] [III] [2026]``, ``[6 tháng] [đầu năm] [2026]``, ``[9 tháng] [2026]``,
``[Năm] [2026]``: figures are typed per month, every longer period is read from its months.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ..domain.periods import Period, PeriodKind

_ROMAN = ("I", "II", "III", "IV")
#: The kinds in the order of the list (looked up by position: Qt cannot find a Python enum as item data).
KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)


class PeriodSelector(QWidget):
    """Pick a period; ``may_change(wanted)`` is asked first so unsaved edits are never dropped silently."""

    def __init__(self, period: Period, on_change: Callable[[Period], None], may_change: Callable[[Period], bool]) -> None:
        super().__init__()
        self._on_change, self._may_change = on_change, may_change
        self._period = period
        #: The month last chosen, so Tháng -> Quý -> Tháng comes back to it.
        self._month = period.month
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        label = QLabel(self.tr("&Period:"))
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        self.kind.setAccessibleName(self.tr("Period type"))
        for text in (self.tr("Month"), self.tr("Quarter"), self.tr("6 months"), self.tr("9 months"), self.tr("Year")):
            self.kind.addItem(text)
        self.number = QComboBox()
        self.number.setObjectName("period_number")
        self.number.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        label.setBuddy(self.kind)
        for w in (label, self.kind, self.number, self.year):
            layout.addWidget(w)
        self._show(period)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)

    def set_year_range(self, first: int, last: int) -> None:
        """Limit the years to the plan's (with its baseline year before it)."""
        self.year.blockSignals(True)
        self.year.setRange(first, last)
        self.year.blockSignals(False)

    def period(self) -> Period:
        """The period shown."""
        return self._period

    # -- showing --------------------------------------------------------------------------------
    def _fill_numbers(self, kind: PeriodKind) -> None:
        """The numbers within the year for ``kind`` (months, quarters, halves; none otherwise)."""
        self.number.clear()
        if kind is PeriodKind.MONTH:
            for m in range(1, 13):
                self.number.addItem(str(m), m)
            self.number.setAccessibleName(self.tr("Month"))
        elif kind is PeriodKind.QUARTER:
            for q, roman in enumerate(_ROMAN, start=1):
                self.number.addItem(roman, q)
            self.number.setAccessibleName(self.tr("Quarter"))
        elif kind is PeriodKind.HALF:
            self.number.addItem(self.tr("first half"), 1)
            self.number.addItem(self.tr("second half"), 2)
            self.number.setAccessibleName(self.tr("Half of the year"))
        self.number.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF))

    @staticmethod
    def _number_of(period: Period) -> int:
        kind = period.kind
        if kind is PeriodKind.QUARTER:
            return period.month // 3
        if kind is PeriodKind.HALF:
            return period.month // 6
        return period.month

    def _show(self, period: Period) -> None:
        for w in (self.kind, self.number, self.year):
            w.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(period.kind))
        self._fill_numbers(period.kind)
        found = self.number.findData(self._number_of(period))
        if found >= 0:
            self.number.setCurrentIndex(found)
        self.year.setValue(period.year)
        for w in (self.kind, self.number, self.year):
            w.blockSignals(False)

    def set_period(self, period: Period) -> None:
        """Show ``period`` without asking or notifying."""
        self._period = period
        if period.is_month:
            self._month = period.month
        self._show(period)

    # -- choosing -------------------------------------------------------------------------------
    def _wanted(self) -> Period:
        kind = KINDS[self.kind.currentIndex()]
        year = self.year.value()
        number = self.number.currentData()
        if kind is PeriodKind.MONTH:
            return Period(year, number)
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, number)
        if kind is PeriodKind.HALF:
            return Period.half(year, number)
        if kind is PeriodKind.NINE_MONTHS:
            return Period.nine_months(year)
        return Period.whole_year(year)

    def _kind_changed(self) -> None:
        """A new kind keeps the part of the year shown: Tháng 8 -> Quý III -> Tháng 8."""
        kind = KINDS[self.kind.currentIndex()]
        month = self._month if self._month in self._period.months else self._period.month
        period = Period.of_kind(kind, self.year.value(), month)
        self.number.blockSignals(True)
        self._fill_numbers(kind)
        found = self.number.findData(self._number_of(period))
        self.number.setCurrentIndex(max(found, 0))
        self.number.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        wanted = self._wanted()
        if wanted == self._period:
            return
        if not self._may_change(wanted):
            self._show(self._period)
            return
        self._period = wanted
        if wanted.is_month:
            self._month = wanted.month
        self._on_change(wanted)

"""The month selector in the main window's toolbar: a month list and a year box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ..domain.periods import Period


class PeriodSelector(QWidget):
    """Pick a month; ``may_change()`` is asked first so unsaved edits are never dropped silently."""

    def __init__(self, period: Period, on_change: Callable[[Period], None], may_change: Callable[[], bool]) -> None:
        super().__init__()
        self._on_change, self._may_change = on_change, may_change
        self._period = period
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        label = QLabel(self.tr("Period:"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        for m in range(1, 13):
            self.month.addItem(self.tr("Month %1").replace("%1", str(m)), m)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        label.setBuddy(self.month)
        for w in (label, self.month, self.year):
            layout.addWidget(w)
        self._show(period)
        self.month.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)

    def set_year_range(self, first: int, last: int) -> None:
        """Limit the years to the plan's (with its baseline year before it)."""
        self.year.blockSignals(True)
        self.year.setRange(first, last)
        self.year.blockSignals(False)

    def period(self) -> Period:
        """The month shown."""
        return self._period

    def _show(self, period: Period) -> None:
        for w in (self.month, self.year):
            w.blockSignals(True)
        self.month.setCurrentIndex(period.month - 1)
        self.year.setValue(period.year)
        for w in (self.month, self.year):
            w.blockSignals(False)

    def set_period(self, period: Period) -> None:
        """Show ``period`` without asking or notifying."""
        self._period = period
        self._show(period)

    def _changed(self) -> None:
        wanted = Period(self.year.value(), self.month.currentIndex() + 1)
        if wanted == self._period:
            return
        if not self._may_change():
            self._show(self._period)
            return
        self._period = wanted
        self._on_change(wanted)

"""The Tỉnh page's "Commune profile" tab: one commune's indicators across the months of a year.

Thin over ``services.province.commune_profile`` (the commune's own report on each month, so the
same figures, % of target and status words as its own report): one row per indicator, the month
figures across (each coloured by that month's status), then year to date, % of target and the
status of the latest month with figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from ...domain.numbers import format_number, format_percent
from ..context import AppContext
from ..entry.model import STATUS_COLOURS
from ..operations import DbOp

if TYPE_CHECKING:
    from ...province.communes import ProvinceCommune
    from ...province.profile import Profile, ProfileMonth, ProfileRow

Index = QModelIndex | QPersistentModelIndex
_FIRST_MONTH = 4  # columns: stt, indicator, unit, year target, then the twelve months


def _svc():  # type: ignore[no-untyped-def]
    from ...services import province

    return province


class ProfileModel(QAbstractTableModel):
    """Indicators down; target, the twelve months, year to date, % of target and assessment across."""

    def __init__(self) -> None:
        super().__init__()
        self.profile: Profile | None = None

    def set_profile(self, profile: Profile | None) -> None:
        """Show ``profile``."""
        self.beginResetModel()
        self.profile = profile
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.profile is None else len(self.profile.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else _FIRST_MONTH + 12 + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("No."), self.tr("Indicator"), self.tr("Unit"), self.tr("Year target")]
        if section < _FIRST_MONTH:
            return fixed[section]
        if section < _FIRST_MONTH + 12:
            return self.tr("M%1").replace("%1", str(section - _FIRST_MONTH + 1))
        as_of = self.profile.as_of if self.profile is not None else 0
        ytd = self.tr("Year to date\n(month %1)").replace("%1", str(as_of)) if as_of else self.tr("Year to date")
        return [ytd, self.tr("% of target"), self.tr("Assessment")][section - _FIRST_MONTH - 12]

    def _figure(self, row: ProfileRow, value: Any) -> str:
        if value is None:
            return ""
        if row.qualitative:
            return self.tr("Met") if value > 0 else self.tr("Not met")
        return format_number(value)

    def month_of(self, index: Index) -> ProfileMonth | None:
        """The month shown at ``index`` (the latest month for the summary columns)."""
        if self.profile is None:
            return None
        row = self.profile.rows[index.row()]
        col = index.column()
        if _FIRST_MONTH <= col < _FIRST_MONTH + 12:
            return row.at(col - _FIRST_MONTH + 1)
        return row.at(self.profile.as_of) if col >= _FIRST_MONTH + 12 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.profile is None or not index.isValid():
            return None
        row = self.profile.rows[index.row()]
        col = index.column()
        month = self.month_of(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if col < _FIRST_MONTH:
                return [row.stt, ("    " if row.level else "") + row.name, row.unit, row.target_text][col]
            if month is None:
                return ""
            if col < _FIRST_MONTH + 12:
                return self._figure(row, month.value)
            summary = col - _FIRST_MONTH - 12
            if summary == 0:
                return self._figure(row, month.actual)
            if summary == 1:
                return "" if month.percent_of_target is None else format_percent(month.percent_of_target)
            return month.status_label
        if role == Qt.ItemDataRole.ToolTipRole and month is not None and col < _FIRST_MONTH + 12:
            lines = [self.tr("Month %1: %2").replace("%1", str(month.month)).replace("%2", self._figure(row, month.value) or "—")]
            if month.estimated:
                lines.append(self.tr("Estimate"))
            lines.append(self.tr("Year to date: %1").replace("%1", self._figure(row, month.actual) or "—"))
            if month.percent_of_target is not None:
                lines.append(self.tr("%1 of the year's target").replace("%1", format_percent(month.percent_of_target)))
            if month.status_label:
                lines.append(month.status_label)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and month is not None and month.status_label:
            if col < _FIRST_MONTH + 12 and month.value is None:
                return None
            return QColor(STATUS_COLOURS[month.status])
        if role == Qt.ItemDataRole.FontRole and month is not None and month.estimated and col < _FIRST_MONTH + 12:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and (col == 3 or _FIRST_MONTH <= col < _FIRST_MONTH + 14):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProfileTab(QWidget):
    """Choose a commune and a year; see its indicators month by month."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = ProfileModel()
        self.commune = QComboBox()
        self.commune.setAccessibleName(self.tr("Commune"))
        self.commune.setMinimumContentsLength(28)
        self.commune.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.period.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.heading = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("The commune's indicators by month"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("C&ommune:"), self.commune), (self.tr("Y&ear:"), self.year)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        legend = QLabel(self.tr("Each month's figure is coloured by the indicator's assessment at that month; "
                                "estimates in italics."))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.commune.currentIndexChanged.connect(self._choice_changed)
        self.year.valueChanged.connect(self._choice_changed)

    def _choice_changed(self, _value: object) -> None:
        self.load()

    def load_communes(self) -> None:
        """Read the communes to choose from (keeping the one chosen), then the profile."""
        DbOp(self, self.ctx, lambda db: _svc().list_communes(db)).success(self._communes_loaded).run()

    def _communes_loaded(self, communes: list[ProvinceCommune]) -> None:
        current = self.commune.currentData()
        self.commune.blockSignals(True)
        self.commune.clear()
        for c in communes:
            if c.plan_id is not None:  # a listed commune without figures has no profile yet
                self.commune.addItem(f"{c.code} — {c.name}", c.code)
        found = self.commune.findData(current) if current else -1
        self.commune.setCurrentIndex(max(found, 0))
        self.commune.blockSignals(False)
        self.load()

    def load(self) -> None:
        """Read the chosen commune's profile for the chosen year."""
        code, year = self.commune.currentData(), self.year.value()
        if not code:
            self.model.set_profile(None)
            self.heading.setText(self.tr("No commune's figures have arrived yet."))
            return
        DbOp(self, self.ctx, lambda db: _svc().commune_profile(db, code, year)).success(self._loaded).run()

    def _loaded(self, profile: Profile) -> None:
        self.model.set_profile(profile)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(max(self.view.columnWidth(1), 200), 320))
        if profile.as_of:
            text = self.tr("%1 — %2: figures up to month %3").replace("%3", str(profile.as_of))
        else:
            text = self.tr("%1 — %2: no figures yet this year")
        self.heading.setText("<b>" + text.replace("%1", profile.commune.name).replace("%2", str(profile.year)) + "</b>")

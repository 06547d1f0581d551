"""The preview of a report's table: one row per indicator under its group's heading row.

The cells are the report's own figures (``reports.content.ReportRow``) in Vietnamese number style;
the print (``printing.py``) reads this model, so paper and screen cannot differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.model import Status
from ...domain.numbers import format_number, format_percent
from ...reports.content import Report, ReportRow

Index = QModelIndex | QPersistentModelIndex

#: Column keys in order; ``forecast`` is shown from the 6-month report on, ``next_target`` (next
#: year's plan) from the October report on.
COLUMNS = ("stt", "name", "unit", "target", "period", "actual", "same", "percent", "vs_last", "forecast",
           "next_target", "status", "note")
NUMERIC = {"target", "period", "actual", "same", "percent", "vs_last", "forecast", "next_target"}
# Columns shown only for some periods: the key, and whether a report shows it.
OPTIONAL = {"forecast": lambda r: r.show_forecast, "next_target": lambda r: r.show_next_year}
GROUP_COLOUR = QColor("#e7eef7")
GOOD = {Status.EXCEEDED, Status.MET}
BAD = {Status.BEHIND, Status.AT_RISK, Status.MISSED}


@dataclass(frozen=True)
class GroupLine:
    """A heading row: the plan's group (Kinh tế, Văn hóa - Xã hội...)."""

    title: str


class ReportTableModel(QAbstractTableModel):
    """Read-only rows of a report: group headings and indicators, sub-indicators indented."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.lines: list[GroupLine | ReportRow] = []
        self.columns: tuple[str, ...] = tuple(c for c in COLUMNS if c not in OPTIONAL)

    def set_report(self, report: Report | None) -> None:
        """Show ``report`` (None: nothing)."""
        self.beginResetModel()
        self.report = report
        self.lines = []
        if report is not None:
            titles = {g.key: g.title for g in report.groups}
            group = None
            for row in report.rows:
                if row.group_key != group:
                    group = row.group_key
                    self.lines.append(GroupLine(titles.get(group, group)))
                self.lines.append(row)
        self.columns = tuple(
            c for c in COLUMNS if c not in OPTIONAL or (report is not None and OPTIONAL[c](report)))
        self.endResetModel()

    def is_group(self, row: int) -> bool:
        """True when ``row`` is a group's heading."""
        return 0 <= row < len(self.lines) and isinstance(self.lines[row], GroupLine)

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(key)
        return None

    def header_text(self, key: str) -> str:
        """The column's heading as the report's table has it (``KH năm 2026`` beside ``KH năm 2027``)."""
        report = self.report
        if report is not None and (key == "next_target" or (key == "target" and report.show_next_year)):
            year = report.next_year if key == "next_target" else report.period.year
            # Two lines ("KH năm" over "2027"), so both plan columns stay narrow at 1366x768.
            return self.tr("Plan %1").replace("%1", str(year)).replace(f" {year}", f"\n{year}")
        return {
            "stt": self.tr("No."), "name": self.tr("Indicator"), "unit": self.tr("Unit"),
            "target": self.tr("Year target"), "period": self.tr("This period"), "actual": self.tr("Year to date"),
            "same": self.tr("Same period last year"), "percent": self.tr("% of target"),
            "vs_last": self.tr("% of same period"), "forecast": self.tr("Year estimate"),
            "status": self.tr("Assessment"), "note": self.tr("Notes"),
        }[key]

    def header_tip(self, key: str) -> str:
        """What the column compares, for the heading's tooltip."""
        return {
            "percent": self.tr("Year to date as a percentage of the year's target (above 100 is better than the "
                               "target, whichever way the indicator should go)."),
            "vs_last": self.tr("Year to date as a percentage of the same months last year."),
            "forecast": self.tr("Estimate for the whole year from the months so far."),
            "next_target": self.tr("Next year's target, from its annual plan or worked out on the 5-year plan's "
                                   "path (marked *); empty when next year has no target yet."),
            "period": self.tr("The period's figure: flows summed over its months, levels at its last month."),
        }.get(key, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, key = self.lines[index.row()], self.columns[index.column()]
        if isinstance(line, GroupLine):
            if role == Qt.ItemDataRole.DisplayRole:
                return line.title if index.column() == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(GROUP_COLOUR)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if key in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if key == "period" and line.estimated:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            status = line.evaluation.status if line.evaluation.judged else None
            if status in GOOD:
                return QBrush(QColor("#1e6b32"))
            if status in BAD:
                return QBrush(QColor("#a32020"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tip(line, key)
        return None

    # -- cells ----------------------------------------------------------------------------------
    def _figure(self, row: ReportRow, value: Decimal | None) -> str:
        if value is None:
            return ""
        if row.qualitative and value in (0, 1):
            return self.tr("Met") if value == 1 else self.tr("Not met")
        return format_number(value)

    def cell_text(self, row: ReportRow, key: str) -> str:
        """What a cell shows (the print uses the same text)."""
        if key == "stt":
            return row.stt
        if key == "name":
            return "    " * row.level + row.name
        if key == "unit":
            return row.unit
        if key == "target":
            return row.target_text
        if key == "period":
            return self._figure(row, row.period_value)
        if key == "actual":
            return self._figure(row, row.actual)
        if key == "same":
            return self._figure(row, row.same_period)
        if key == "percent":
            return format_percent(row.percent_of_target)
        if key == "vs_last":
            return "" if row.qualitative else format_percent(row.percent_of_last_year)
        if key == "forecast":
            return "" if row.qualitative or row.forecast is None else format_number(row.forecast, 2).rstrip("0").rstrip(",")
        if key == "next_target":
            return row.next_target_text
        if key == "status":
            return row.status
        if key == "note":
            return row.note
        return ""

    def cell_tip(self, row: ReportRow, key: str) -> str | None:
        """The full text of long cells, and what an italic figure means."""
        if key == "name":
            return f"{row.stt}. {row.name}"
        if key == "note" and row.note:
            return row.note
        if key == "period" and row.estimated:
            return self.tr("Estimate (not yet the official figure)")
        return None

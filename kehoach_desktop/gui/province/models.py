"""Table models of the Tỉnh page: the completeness matrix and one indicator across communes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.model import Status
from ...domain.numbers import format_number, format_percent
from ...province.matrix import Cell, CellState, Matrix, Timing
from ..entry.model import STATUS_COLOURS

if TYPE_CHECKING:  # the comparison's module brings the report writers: read only when first used
    from ...province.compare import Comparison, CompareRow

Index = QModelIndex | QPersistentModelIndex
STATE_COLOURS = {
    CellState.MISSING: "#ffffff", CellState.ESTIMATE: "#fff2cc", CellState.OFFICIAL: "#ddebf7",
    CellState.SUBMITTED: "#e2efda", CellState.APPROVED: "#a9d08e",
}
LATE_COLOUR = QColor("#c00000")


class MatrixModel(QAbstractTableModel):
    """Communes down (code, name), months across, then months received and late."""

    def __init__(self) -> None:
        super().__init__()
        self.matrix: Matrix | None = None

    def set_matrix(self, matrix: Matrix | None) -> None:
        """Show ``matrix``."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        # One row per commune, then the reporting rate of each month.
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.matrix is None else 2 + len(self.matrix.months) + 2

    def state_word(self, state: CellState) -> str:
        """A cell's state in words."""
        return {
            CellState.MISSING: self.tr("Not received"), CellState.ESTIMATE: self.tr("Estimate"),
            CellState.OFFICIAL: self.tr("Official"), CellState.SUBMITTED: self.tr("Submitted"),
            CellState.APPROVED: self.tr("Approved"),
        }[state]

    def timing_word(self, timing: Timing) -> str:
        """A cell against its deadline, in words."""
        return {
            Timing.ON_TIME: self.tr("on time"), Timing.LATE: self.tr("late"),
            Timing.OVERDUE: self.tr("overdue"), Timing.NOT_DUE: self.tr("not due yet"),
        }[timing]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.matrix is None or orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole:
            return None
        months = self.matrix.months
        if section == 0:
            return self.tr("Code")
        if section == 1:
            return self.tr("Commune")
        if section - 2 < len(months):
            year, month = months[section - 2]
            return f"{month:02d}/{year}"
        return self.tr("Months\nreceived") if section == 2 + len(months) else self.tr("Late or\noverdue")

    def cell(self, index: Index) -> Cell | None:
        """The matrix cell at ``index`` (None for the commune and count columns)."""
        if (self.matrix is None or index.row() >= len(self.matrix.rows)
                or not 2 <= index.column() < 2 + len(self.matrix.months)):
            return None
        return self.matrix.rows[index.row()].cells[index.column() - 2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        col = index.column()
        if index.row() == len(self.matrix.rows):
            return self._rate(col, role)
        row = self.matrix.rows[index.row()]
        cell = self.cell(index)
        if cell is None:
            if role == Qt.ItemDataRole.DisplayRole:
                n = len(self.matrix.months)
                return [row.commune.code, row.commune.name][col] if col < 2 else str(
                    row.received if col == 2 + n else row.late)
            if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            when = cell.received.strftime("%d/%m") if cell.received else ""
            return self.state_word(cell.state) + (f"\n{when}" if when else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.state_word(cell.state) + ", " + self.timing_word(cell.timing)
            if cell.received:
                text += "\n" + self.tr("First figure recorded on %1").replace("%1", cell.received.strftime("%d/%m/%Y"))
            if cell.indicators:
                text += "\n" + self.tr("%1 of %2 indicators have a figure").replace("%1", str(cell.figures)).replace(
                    "%2", str(cell.indicators))
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATE_COLOURS[cell.state])
        if role == Qt.ItemDataRole.ForegroundRole and cell.timing in (Timing.LATE, Timing.OVERDUE):
            return LATE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


    def _rate(self, col: int, role: int) -> Any:
        """The last row: reporting rate (received of expected, and on time) per month."""
        assert self.matrix is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return self.tr("Reporting rate")
            if 2 <= col < 2 + len(self.matrix.months):
                rate = self.matrix.rates[col - 2]
                return f"{rate.received}/{rate.expected}\n{rate.rate:.0%}".replace(".", ",")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= col < 2 + len(self.matrix.months):
            rate = self.matrix.rates[col - 2]
            return (self.tr("%1 of %2 communes reported, %3 on time, %4 approved")
                    .replace("%1", str(rate.received)).replace("%2", str(rate.expected))
                    .replace("%3", str(rate.on_time)).replace("%4", str(rate.approved)))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#e7eef7")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CompareModel(QAbstractTableModel):
    """One row per commune (code, name, target, period, year to date, % of target, assessment), then the total."""

    COLUMNS = ("code", "name", "target", "period", "actual", "percent", "status")

    def __init__(self) -> None:
        super().__init__()
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison``."""
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "code": self.tr("Code"), "name": self.tr("Commune"), "target": self.tr("Year target"),
            "period": self.tr("This period"), "actual": self.tr("Year to date"), "percent": self.tr("% of target"),
            "status": self.tr("Assessment"),
        }[self.COLUMNS[section]]

    def status_word(self, status: Status) -> str:
        """The status word officers use."""
        return {
            Status.EXCEEDED: self.tr("Exceeded"), Status.MET: self.tr("Met"),
            Status.ON_TRACK: self.tr("On track"), Status.BEHIND: self.tr("Behind pace"),
            Status.AT_RISK: self.tr("At risk"), Status.MISSED: self.tr("Missed"),
            Status.NO_DATA: self.tr("No data"),
        }[status]

    def _row_text(self, line: CompareRow, key: str) -> str:
        if key == "code":
            return line.commune.code
        if key == "name":
            return line.commune.name
        row = line.row
        if row is None:
            if key != "status":
                return ""
            return self.tr("No figures received yet") if line.commune.plan_id is None else self.tr("Not in its plan")
        value = {"target": row.target, "period": row.period_value, "actual": row.actual}.get(key)
        if key == "target":
            return row.target_text
        if key in ("period", "actual"):
            return "" if value is None else format_number(value)
        if key == "percent":
            return "" if row.percent_of_target is None else format_percent(row.percent_of_target)
        return self.status_word(row.evaluation.status)

    def _total_text(self, key: str) -> str:
        assert self.comparison is not None
        total = self.comparison.total
        if key == "name":
            return self.tr("Province total")
        if key == "status":
            return "" if total.summable else self.tr("Not summed")
        value = {"target": total.target, "period": total.period_value, "actual": total.actual}.get(key)
        if key == "percent":
            return "" if total.percent_of_target is None else format_percent(total.percent_of_target)
        return "" if value is None else format_number(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None or not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        is_total = index.row() == len(self.comparison.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(key) if is_total else self._row_text(self.comparison.rows[index.row()], key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("target", "period", "actual", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if is_total:
                return QColor("#e7eef7")
            row = self.comparison.rows[index.row()].row
            if key == "status" and row is not None:
                return QColor(STATUS_COLOURS[row.evaluation.status])
        if role == Qt.ItemDataRole.FontRole and is_total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

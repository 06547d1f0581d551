"""The entry grid's table model: a thin adapter over ``MonthGrid`` rows plus the unsaved edits.

For a month the figure column is the month's record and may be typed; for a quarter, half-year,
nine months or year it is the period's figure read from its months and nothing is editable. The
column titles follow the period's kind ("Thực hiện quý", "Quý trước").

Every edit, typed, cleared or ticked, comes in through ``on_edited`` (after Electrum's
``on_edited``): it parses with the domain's parser, checks with the domain's rules and keeps the
result as a pending ``DraftEdit`` (or a red "bad" cell). Nothing is written here; the page saves
``entries()`` through ``save_values_as``. Filtering is done in the model rather than a proxy so
that group header rows (which span the table) come and go with their indicators.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain.access import Action, User
from ...domain.model import Status, TargetSource, ValueKind
from ...domain.numbers import format_number, format_percent
from ...domain.periods import PeriodKind
from ...domain.text import fold
from ...domain.bounds import note_problem
from ...domain.validation import Problem, Severity, check_value, parse_entry
from ...store.drafts import DraftEdit
from ...store.grid import GridRow, MonthGrid
from ...store.values import ValueEntry
from .edits import BadCell, PendingEdits

Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    """The grid's columns, in the order of the usual report table."""

    NO = 0
    NAME = 1
    UNIT = 2
    TARGET = 3
    PREVIOUS = 4
    VALUE = 5
    ACTUAL = 6
    PERCENT = 7
    SAME_PERIOD = 8
    STATUS = 9
    NOTE = 10
    OFFICIAL = 11


#: Columns an officer fills, in Tab order.
ENTERABLE = (Col.VALUE, Col.NOTE, Col.OFFICIAL)
_NUMERIC = (Col.TARGET, Col.PREVIOUS, Col.VALUE, Col.ACTUAL, Col.PERCENT, Col.SAME_PERIOD)

STATUS_COLOURS = {
    Status.EXCEEDED: "#b7e4c7", Status.MET: "#d8f3dc", Status.ON_TRACK: "#e3f2fd",
    Status.BEHIND: "#fff3bf", Status.AT_RISK: "#ffd8a8", Status.MISSED: "#ffc9c9",
    Status.NO_DATA: "#f1f3f5",
}
PENDING_COLOUR = QColor("#fff4c2")
WARNING_COLOUR = QColor("#ffe0b2")
CONFLICT_COLOUR = QColor("#e8dcf5")  # violet: neither an error nor a warning, a choice to make
BAD_COLOUR = QColor("#f4b4b4")
HEADER_COLOUR = QColor("#e7eef7")
READ_ONLY_TEXT = QColor("#8a8a8a")


@dataclass(frozen=True)
class GroupHeader:
    """A sector title row (Chỉ tiêu kinh tế...) spanning the whole table."""

    key: str
    title: str


class EntryModel(QAbstractTableModel):
    """Rows of one month's grid with the officer's unsaved edits on top."""

    #: The unsaved edits changed through the user (edit, undo, restore, save, discard).
    pending_changed = Signal()
    #: A message about the edit just made, for the status bar.
    message = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: MonthGrid | None = None
        self._user: User | None = None
        self._reviewing = False
        self._items: list[GroupHeader | GridRow] = []
        self.edits = PendingEdits()
        self._only_mine = False
        self._search = ""

    # -- loading and filtering ------------------------------------------------------------------
    @property
    def grid(self) -> MonthGrid | None:
        """The month shown (None before the first load)."""
        return self._grid

    @property
    def by_month(self) -> bool:
        """True when a single month is shown (the only period figures are typed for)."""
        return self._grid is None or self._grid.period.is_month

    @property
    def locked(self) -> bool:
        """True when the month is approved, so nothing may be typed."""
        return self._grid is not None and self._grid.month.locked

    def set_user(self, user: User | None, reviewing: bool = False) -> None:
        """Who is typing: decides which rows are editable (none when only ``reviewing``, as a province)."""
        self._user = user
        self._reviewing = reviewing

    def set_grid(self, grid: MonthGrid) -> None:
        """Show ``grid``; the same plan and month keeps pending edits and refreshes changed rows."""
        old = self._grid
        same = old is not None and (old.plan_id, old.period) == (grid.plan_id, grid.period)
        if not same:
            self.beginResetModel()
            self._grid = grid
            self.edits.clear()
            self._items = self._visible()
            self.endResetModel()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)  # titles follow the period
            return
        assert old is not None
        self._grid = grid
        items = self._visible()
        if [self._key(i) for i in items] != [self._key(i) for i in self._items] or old.month != grid.month:
            self.beginResetModel()  # rows came or went, or every row's editability changed
            self._items = items
            self.endResetModel()
            return
        before = {r.code: r for r in old.rows}
        self._items = items
        last = self.columnCount() - 1
        for row, item in enumerate(items):
            if isinstance(item, GridRow) and before.get(item.code) != item:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def set_filter(self, only_mine: bool | None = None, search: str | None = None) -> None:
        """Show only the user's indicators and/or those whose name or code contains ``search``."""
        if only_mine is not None:
            self._only_mine = only_mine
        if search is not None:
            self._search = fold(search.strip())
        self.beginResetModel()
        self._items = self._visible()
        self.endResetModel()

    @staticmethod
    def _key(item: GroupHeader | GridRow) -> str:
        return f"g:{item.key}" if isinstance(item, GroupHeader) else f"i:{item.code}"

    def _visible(self) -> list[GroupHeader | GridRow]:
        if self._grid is None:
            return []
        mine = self._only_mine and self._grid.has_assignments
        items: list[GroupHeader | GridRow] = []
        group: str | None = None
        for row in self._grid.rows:
            if mine and not row.assigned:
                continue
            if self._search and self._search not in fold(f"{row.code} {row.name}"):
                continue
            if row.group_key != group:
                group = row.group_key
                items.append(GroupHeader(row.group_key, row.group_title or self.tr("Other indicators")))
            items.append(row)
        return items

    # -- rows -----------------------------------------------------------------------------------
    def row_at(self, row: int) -> GridRow | None:
        """The indicator shown on ``row`` (None for a group header or out of range)."""
        item = self._items[row] if 0 <= row < len(self._items) else None
        return item if isinstance(item, GridRow) else None

    def is_header(self, row: int) -> bool:
        """True when ``row`` is a group title."""
        return 0 <= row < len(self._items) and isinstance(self._items[row], GroupHeader)

    def row_of(self, code: str) -> int:
        """The row showing indicator ``code``, or -1 when it is filtered out."""
        return next((i for i, it in enumerate(self._items) if isinstance(it, GridRow) and it.code == code), -1)

    def may_edit(self, row: GridRow) -> bool:
        """True when the user may type this indicator's figure now."""
        user = self._user
        if user is None or self.locked or self._reviewing or not self.by_month:
            return False
        return user.can(Action.ENTER_ANY) or (user.can(Action.ENTER_ASSIGNED) and row.assigned)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        """Rows shown (group headers included)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        """The eleven report columns."""
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles in the words of the report table."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(Col(section))
        return None

    def _period_titles(self) -> tuple[str, str]:
        """The titles of the previous period's and this period's figure columns."""
        kind = self._grid.period.kind if self._grid is not None else PeriodKind.MONTH
        return {
            PeriodKind.MONTH: (self.tr("Last month"), self.tr("This month")),
            PeriodKind.QUARTER: (self.tr("Last quarter"), self.tr("This quarter")),
            PeriodKind.HALF: (self.tr("Previous period"), self.tr("This half-year")),
            PeriodKind.NINE_MONTHS: (self.tr("Previous period"), self.tr("Nine months")),
            PeriodKind.YEAR: (self.tr("Last year"), self.tr("This year")),
        }[kind]

    def _titles(self) -> list[str]:
        previous, value = self._period_titles()
        return [
            self.tr("No."), self.tr("Indicator"), self.tr("Unit"), self.tr("Year target"),
            previous, value, self.tr("Year to date"), self.tr("% of target"), self.tr("vs. last year"),
            self.tr("Assessment"), self.tr("Note"), self.tr("Official"),
        ]

    def _header_tips(self) -> dict[Col, str]:
        value = (
            self.tr("Type the figure Vietnamese style (1.234,5) or 1234.5; Enter moves down.") if self.by_month
            else self.tr("The period's figure read from its months: a flow summed, a stock or rate its latest "
                         "month. Figures are typed per month.")
        )
        return {
            Col.VALUE: value,
            Col.OFFICIAL: self.tr("Ticked: the official figure; unticked: an estimate."),
            Col.TARGET: self.tr("The year's target; * marks a target worked out from the plan's final one."),
            Col.PERCENT: self.tr("100% is exactly the year's target; above 100% is better than the target, "
                                 "for lower-is-better indicators too."),
            Col.SAME_PERIOD: self.tr("Change of the period's figure from the same period last year, over the "
                                     "same months."),
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Headers are inert; figure, note and official flag are editable where the user may."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.row_at(index.row())
        if row is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.may_edit(row):
            if index.column() in (Col.VALUE, Col.NOTE):
                flags |= Qt.ItemFlag.ItemIsEditable
            elif index.column() == Col.OFFICIAL:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows: figures in Vietnamese style, colours for state and status."""
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if isinstance(item, GroupHeader):
            return self._header_data(item, index.column(), role)
        col = Col(index.column())
        R = Qt.ItemDataRole
        if role == R.DisplayRole:
            return self._display(item, col)
        if role == R.EditRole:
            return self._edit_text(item, col)
        if role == R.CheckStateRole and col == Col.OFFICIAL and self.by_month:
            official = self.edits.effective(item)[1] is ValueKind.OFFICIAL
            return Qt.CheckState.Checked if official else Qt.CheckState.Unchecked
        if role == R.ToolTipRole:
            return self._tooltip(item, col)
        if role == R.FontRole and self._is_pending(item, col):
            font = QFont()
            font.setItalic(True)
            return font
        if role == R.BackgroundRole:
            return self._background(item, col)
        # Grey marks what this user may not type; over a longer period nothing is typed at all.
        if role == R.ForegroundRole and self.by_month and not self.may_edit(item):
            return READ_ONLY_TEXT
        if role == R.TextAlignmentRole and col in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == R.AccessibleTextRole:
            return f"{self._titles()[col]}: {self._display(item, col)}"
        return None

    def _header_data(self, item: GroupHeader, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            return item.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return HEADER_COLOUR
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Route Qt's writes (the official tick box, programmatic edits) to ``on_edited``."""
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.on_edited(index, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role == Qt.ItemDataRole.EditRole:
            return self.on_edited(index, "" if value is None else str(value))
        return False

    # -- display helpers ------------------------------------------------------------------------
    def _figure(self, row: GridRow, value: Decimal | None) -> str:
        if value is None:
            return ""
        if row.qualitative and value in (0, 1):
            return self.tr("Met") if value == 1 else self.tr("Not met")
        return format_number(value)

    def _display(self, row: GridRow, col: Col) -> str:
        if col == Col.NO:
            return row.code
        if col == Col.NAME:
            return "    " * row.level + row.name
        if col == Col.UNIT:
            return row.unit
        if col == Col.TARGET:
            if row.target_note:
                return self.tr("No year plan")
            return row.target_text + ("*" if row.target_derived else "")
        if col == Col.PREVIOUS:
            return self._figure(row, row.previous)
        if col == Col.VALUE:
            if not self.by_month:
                return self._figure(row, row.period_value)
            bad = self.edits.bad.get(row.code)
            return bad.text if bad else self._figure(row, self.edits.effective(row)[0])
        if col == Col.ACTUAL:
            return self._figure(row, row.actual)
        if col == Col.PERCENT:
            return format_percent(row.percent)
        if col == Col.SAME_PERIOD:
            change = row.period_change_vs_last_year
            return "" if change is None or row.qualitative else ("+" if change > 0 else "") + format_percent(change)
        if col == Col.STATUS:
            if not row.judged:
                return ""  # nothing to judge: the tooltip gives the reason
            word = self.status_word(row.status)
            # In a month every "on track" is a forecast; over a longer period say so on the cell.
            return word + self.tr(" (est.)") if row.estimated and not self.by_month else word
        if col == Col.NOTE:
            return (self.edits.effective(row)[2] or "").replace("\n", " ")
        return ""

    def _edit_text(self, row: GridRow, col: Col) -> str:
        if col == Col.VALUE:
            bad = self.edits.bad.get(row.code)
            if bad:
                return bad.text
            value = self.edits.effective(row)[0]
            return "" if value is None else format_number(value)
        if col == Col.NOTE:
            return self.edits.effective(row)[2] or ""
        return self._display(row, col)

    def status_word(self, status: Status) -> str:
        """The status word officers use."""
        return {
            Status.EXCEEDED: self.tr("Exceeded"), Status.MET: self.tr("Met"),
            Status.ON_TRACK: self.tr("On track"), Status.BEHIND: self.tr("Behind pace"),
            Status.AT_RISK: self.tr("At risk"), Status.MISSED: self.tr("Missed"),
            Status.NO_DATA: self.tr("No data"),
        }[status]

    def source_text(self, source: TargetSource | None) -> str:
        """Where a year's target comes from, in words."""
        return {
            TargetSource.PLAN: self.tr("Target stated in the 5-year plan."),
            TargetSource.ANNUAL: self.tr("Target from the year's resolution (annual plan)."),
            TargetSource.TYPED: self.tr("Target typed by an officer."),
            TargetSource.PROVINCE: self.tr("Target sent by the province."),
            TargetSource.DERIVED: self.tr("Worked out from the 5-year plan's final target (no year target of "
                                          "its own)."),
        }.get(source, "") if source is not None else ""

    def _tooltip(self, row: GridRow, col: Col) -> str | None:
        if col == Col.VALUE and not self.by_month:
            return None
        if col == Col.VALUE:
            if row.code in self.edits.bad:
                return self.edits.bad[row.code].message
            if row.code in self.edits.warnings:
                return self.edits.warnings[row.code]
            if row.conflict:
                return self.tr("Two computers entered different figures for this month. The latest is shown "
                               "until a leader keeps one version on the Sync page.")
            if row.qualitative:
                return self.tr("Type 1 when met, 0 when not met.")
            return None
        if col == Col.NAME:
            return f"{row.code}. {row.name}"
        if col == Col.TARGET:
            if row.target_note:
                return row.target_note
            lines = [row.target_rule_text, self.source_text(row.target_source)]
            return "\n".join(line for line in lines if line) or None
        if col == Col.PERCENT:
            return row.percent_note or None
        if col == Col.SAME_PERIOD:
            return self._same_period_tip(row)
        if col == Col.STATUS:
            if row.estimated:
                return row.status_reason + "\n" + self.tr("Judged on the year-end estimate: the year is not over.")
            return row.status_reason
        if col == Col.NOTE:
            return self.edits.effective(row)[2]
        return None

    def _same_period_tip(self, row: GridRow) -> str | None:
        if row.period_last_year is None:
            return None
        text = self.tr("Same period last year: %1").replace("%1", self._figure(row, row.period_last_year))
        if row.change_vs_last_year is not None:
            change = row.change_vs_last_year
            text += "\n" + self.tr("Year to date vs last year: %1").replace(
                "%1", ("+" if change > 0 else "") + format_percent(change)
            )
        return text

    def _is_pending(self, row: GridRow, col: Col) -> bool:
        part = {Col.VALUE: "value", Col.NOTE: "note", Col.OFFICIAL: "kind"}.get(col)
        return part is not None and self.edits.is_pending(row, part)

    def _background(self, row: GridRow, col: Col) -> QColor | None:
        if col == Col.VALUE and row.code in self.edits.bad:
            return BAD_COLOUR
        if col == Col.VALUE and row.code in self.edits.warnings:
            return WARNING_COLOUR
        if self._is_pending(row, col):
            return PENDING_COLOUR
        if col == Col.VALUE and row.conflict:
            return CONFLICT_COLOUR
        if col == Col.STATUS and row.judged:
            return QColor(STATUS_COLOURS[row.status])
        return None

    # -- editing: the one way in ----------------------------------------------------------------
    def on_edited(self, index: Index, value: str | bool) -> bool:
        """Take what the user typed (text) or ticked (bool) into a cell; False when refused."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not self.may_edit(row):
            return False
        col = Col(index.column())
        if col == Col.OFFICIAL:
            self.edits.change(row, kind=ValueKind.OFFICIAL if bool(value) else ValueKind.ESTIMATE)
        elif col == Col.NOTE:
            note = str(value).strip() or None
            problem = note_problem(note) if note else None
            if problem is not None:  # the core's Vietnamese words, as for a refused figure
                self.message.emit(f"Ghi chú {problem}.")
                return False
            self.edits.change(row, note=note)
        elif col == Col.VALUE:
            text = str(value)
            if text.strip() == self._edit_text(row, col).strip():
                return True  # re-entering the shown text changes nothing (19,655 must not turn ambiguous)
            figure, problems = self._read(row, text)
            errors = [p for p in problems if p.severity is Severity.ERROR]
            if errors:
                self.edits.set_bad(row.code, BadCell(text.strip(), errors[0].message))
                self.message.emit(errors[0].message)
            else:
                self.edits.change(row, value=figure, warnings=[p.message for p in problems])
                if problems:
                    self.message.emit(problems[0].message)
        else:
            return False
        self._changed([row.code])
        return True

    def _read(self, row: GridRow, text: str) -> tuple[Decimal | None, list[Problem]]:
        """Parse with the domain's rules; a qualitative cell also takes the words Met / Not met."""
        if row.qualitative:
            word = fold(text.strip())
            if word in (fold(self.tr("Met")), "met"):
                return Decimal(1), []
            if word in (fold(self.tr("Not met")), "not met"):
                return Decimal(0), []
        figure, problems = parse_entry(text)
        if problems:
            return figure, problems
        return figure, check_value(row.indicator, figure, (), row.qualitative)

    def clear_cell(self, index: Index) -> bool:
        """Empty a figure or note cell (the Delete key)."""
        row = self.row_at(index.row())
        if row is None or not self.may_edit(row) or index.column() not in (Col.VALUE, Col.NOTE):
            return False
        if index.column() == Col.NOTE:
            self.edits.change(row, note=None)
        else:
            self.edits.change(row, value=None)
        self._changed([row.code])
        return True

    def _changed(self, codes: Iterable[str]) -> None:
        """Repaint the rows of ``codes`` and tell the page (drafts, buttons)."""
        last = self.columnCount() - 1
        for code in codes:
            row = self.row_of(code)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.pending_changed.emit()

    def undo(self) -> str | None:
        """Take back the last unsaved edit; the indicator code it touched, or None."""
        code = self.edits.undo()
        if code is not None:
            self._changed([code])
        return code

    # -- the page's view of pending work --------------------------------------------------------
    def has_unsaved(self) -> bool:
        """True when something typed is not in the database yet."""
        return self.edits.has_unsaved()

    def pending_edits(self) -> dict[str, DraftEdit]:
        """The valid unsaved edits by indicator code (what a draft keeps)."""
        return dict(self.edits.pending)

    def bad_cells(self) -> dict[str, BadCell]:
        """Cells holding text that cannot be saved, by indicator code."""
        return dict(self.edits.bad)

    def entries(self) -> list[ValueEntry]:
        """The pending edits as the figures ``save_values_as`` takes."""
        return self.edits.entries(self._grid) if self._grid is not None else []

    def restore(self, edits: dict[str, DraftEdit]) -> int:
        """Put back edits kept in a draft (rows the user may edit only); how many came back."""
        if self._grid is None:
            return 0
        codes = self.edits.restore(self._grid, edits, self.may_edit)
        if codes:
            self._changed(codes)
        return len(codes)

    def mark_problems(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        """Show what saving refused (red) or questioned (amber) on the cells concerned."""
        for code, message in errors.items():
            row = self._grid.row(code) if self._grid else None
            if row is not None:
                self.edits.refuse(row, self._display(row, Col.VALUE), message)
        self.edits.warnings.update(warnings)
        self._changed(set(errors) | set(warnings))

    def clear_saved(self, sent: dict[str, DraftEdit]) -> None:
        """Drop the edits that were saved (an edit typed meanwhile stays pending)."""
        self._changed(self.edits.clear_saved(sent))

    def discard(self) -> None:
        """Forget every unsaved edit."""
        self._changed(self.edits.clear())

"""The table of a year's targets: every indicator, its 5-year target, the year's (editable), the source.

A typed target is read at once with the reader the CLI uses (``planimport.typed_target``): an
unreadable one turns the cell red with the reason as tooltip and in ``message``. Nothing is
stored here; the dialog saves every change at once, all or nothing. An emptied cell clears the
year's target (the 5-year target stays).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.errors import UserError
from ...domain.model import TargetSource
from ...planimport.typed_target import read_target_text
from ...services.year_targets import YearTargetRow, YearTargets

CODE, NAME, UNIT, PLAN, YEAR, SOURCE = range(6)
ERROR = QColor("#ffd6d6")
EDITED = QColor("#e6f4ea")
FALLBACK = QColor("#6e7781")
_Index = QModelIndex | QPersistentModelIndex


class YearTargetsModel(QAbstractTableModel):
    """Rows of ``YearTargetRow`` with the unsaved edits on top."""

    #: A message for the status bar (an unreadable target's reason).
    message = Signal(str)
    #: Edits were made or dropped.
    pending_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data: YearTargets | None = None
        self._rows: tuple[YearTargetRow, ...] = ()
        self.edits: dict[str, str] = {}  # code -> typed text, readable, different from stored
        self.cleared: set[str] = set()
        self.errors: dict[str, tuple[str, str]] = {}  # code -> (typed text, reason)
        self.actor = ""

    def set_targets(self, data: YearTargets | None) -> None:
        """Show ``data``; unsaved edits are dropped."""
        self.beginResetModel()
        self._data = data
        self._rows = data.rows if data else ()
        self.edits, self.cleared, self.errors = {}, set(), {}
        self.endResetModel()
        self.pending_changed.emit()

    @property
    def year(self) -> int:
        """The year shown (0 before loading)."""
        return self._data.year if self._data else 0

    def row(self, r: int) -> YearTargetRow | None:
        """The indicator of row ``r``."""
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def row_of(self, code: str) -> int:
        """The row of indicator ``code`` (-1 when absent)."""
        return next((n for n, row in enumerate(self._rows) if row.code == code), -1)

    def has_pending(self) -> bool:
        """True when something typed is not saved (including unreadable text)."""
        return bool(self.edits or self.cleared or self.errors)

    def typed_text(self, code: str) -> str:
        """What the year's cell holds now for ``code`` (typed, cleared or stored)."""
        if code in self.errors:
            return self.errors[code][0]
        if code in self.edits:
            return self.edits[code]
        if code in self.cleared:
            return ""
        r = self.row(self.row_of(code))
        return r.year_text if r else ""

    # -- editing --------------------------------------------------------------------------------
    def set_text(self, code: str, text: str) -> bool:
        """Put ``text`` in the year's cell of ``code``; False (and a message) when it cannot be read."""
        r = self.row(self.row_of(code))
        if r is None:
            return False
        typed = " ".join(text.split())
        self.errors.pop(code, None)
        self.edits.pop(code, None)
        self.cleared.discard(code)
        ok = True
        if not typed:
            if r.year_text:
                self.cleared.add(code)
        elif typed != " ".join(r.year_text.split()):
            try:
                read_target_text(typed, r.indicator, self.year, self.actor)
                self.edits[code] = typed
            except UserError as exc:
                self.errors[code] = (typed, str(exc))
                self.message.emit(str(exc))
                ok = False
        row = self.row_of(code)
        self.dataChanged.emit(self.index(row, 0), self.index(row, SOURCE))
        self.pending_changed.emit()
        return ok

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name and default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == YEAR else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Indicator"), self.tr("Unit"), self.tr("5-year target"),
                self.tr("%1 target").replace("%1", str(self.year)), self.tr("Source"))[section]

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        r = self.row(index.row()) if index.isValid() else None
        if r is None or index.column() != YEAR or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_text(r.code, str(value or ""))
        return True  # an unreadable text stays in the cell, in red, to be corrected

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == YEAR:
            if r.code in self.errors:
                return QBrush(ERROR)
            if r.code in self.edits or r.code in self.cleared:
                return QBrush(EDITED)
        if role == Qt.ItemDataRole.ForegroundRole and col == SOURCE and r.source is None:
            return QBrush(FALLBACK)
        if role == Qt.ItemDataRole.FontRole and col == SOURCE and r.source is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, r: YearTargetRow, col: int) -> str:
        if col == CODE:
            return r.code
        if col == NAME:
            return "    " * r.level + r.indicator.name
        if col == UNIT:
            return r.indicator.unit
        if col == PLAN:
            return r.plan_text
        if col == YEAR:
            return self.typed_text(r.code)
        if col == SOURCE:
            return self.source_text(r)
        return ""

    def source_text(self, r: YearTargetRow) -> str:
        """Where the year's target comes from, or what the year is judged against without one."""
        if r.code in self.errors:
            return self.tr("Not readable (see why in the tooltip)")
        if r.code in self.edits:
            return self.tr("Typed (not saved yet)")
        if r.code in self.cleared:
            return self.tr("Cleared (not saved yet)")
        ref = f" ({r.source_ref})" if r.source_ref else ""
        if r.source is TargetSource.ANNUAL:
            return self.tr("Annual resolution") + ref
        if r.source is TargetSource.TYPED:
            return self.tr("Typed") + ref
        if r.source is TargetSource.PROVINCE:
            return self.tr("Sent by the province") + ref
        if r.source is not None:
            return self.tr("5-year plan (this year)")
        if r.fallback_source is TargetSource.DERIVED:
            return self.tr("Derived from the 5-year target: %1").replace("%1", r.fallback)
        if r.fallback:
            return self.tr("From the 5-year plan: %1").replace("%1", r.fallback)
        return self.tr("No year plan")

    def _tooltip(self, r: YearTargetRow, col: int) -> str | None:
        if col == NAME:
            return f"{r.code}. {r.indicator.name}"
        if col == YEAR:
            if r.code in self.errors:
                return self.errors[r.code][1]
            return self.tr("Type the year's target as the resolution writes it, for example ≥ 7.000 tấn, 9.450, "
                           "35 - 40%, dưới 3%, 41/41 thôn, or Đạt. Leave it empty to remove the year's target.")
        if col == SOURCE and r.note and r.source is None:
            return r.note
        if col == PLAN:
            return r.plan_text or None
        return None

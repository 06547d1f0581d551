"""The table of an annual plan's items and the 5-year indicators they are matched to.

One row per annual item, in document order: its code, name and target, the 5-year indicator it
is paired with, the matcher's confidence and the decision. Items that apply would refuse (a weak
or missing suggestion, a reading still to check) are tinted, like flagged items in the plan review.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...planimport.annual import AUTO_ACCEPT
from ..review.labels import flag_explanation, flag_label
from ...services.annual import AnnualReview, MatchLine, needs_review

CODE, NAME, TARGET, MATCH, CONFIDENCE, STATE = range(6)
NEEDS_REVIEW = QColor("#fff1c7")
DONE_TEXT = QColor("#6e7781")
_Index = QModelIndex | QPersistentModelIndex


class MatchModel(QAbstractTableModel):
    """Read-only rows of ``MatchLine``; the review screen changes them through the core."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[MatchLine, ...] = ()
        self._names: dict[str, str] = {}
        self._notes: dict[str, str] = {}

    def set_review(self, review: AnnualReview | None) -> None:
        """Show ``review``'s items (None empties the table)."""
        self.beginResetModel()
        self._lines = review.lines if review else ()
        self._names = {c.code: c.name for c in review.choices} if review else {}
        self._notes = dict(review.notes) if review else {}
        self.endResetModel()

    def line(self, row: int) -> MatchLine | None:
        """The item of ``row``."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, code: str) -> int:
        """The row of annual item ``code`` (-1 when absent)."""
        return next((n for n, ln in enumerate(self._lines) if ln.annual_code == code), -1)

    def codes(self) -> list[str]:
        """Annual codes in order."""
        return [ln.annual_code for ln in self._lines]

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name and default)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Annual code"), self.tr("Annual indicator"), self.tr("Annual target"),
                    self.tr("Matched with 5-year indicator"), self.tr("Confidence %"), self.tr("State"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == CONFIDENCE:
            return self.tr("How sure the matching is (0-100). Below %1 a suggestion must be confirmed or "
                           "changed before applying.").replace("%1", str(AUTO_ACCEPT))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, col)
        if role == Qt.ItemDataRole.BackgroundRole and needs_review(line):
            return QBrush(NEEDS_REVIEW)
        if role == Qt.ItemDataRole.ForegroundRole and line.state == "ignored":
            return QBrush(DONE_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, line: MatchLine, col: int) -> str:
        if col == CODE:
            return line.annual_code
        if col == NAME:
            return line.annual_name + (f" ({line.unit})" if line.unit else "")
        if col == TARGET:
            return line.target or ""
        if col == MATCH:
            if line.plan_code is None:
                return {"annual_only": self.tr("(added as a new indicator)"),
                        "ignored": "—"}.get(line.state, self.tr("(no match)"))
            return f"{line.plan_code} — {line.plan_name or self._names.get(line.plan_code, '')}"
        if col == CONFIDENCE:
            return str(line.confidence) if line.plan_code is not None else ""
        if col == STATE:
            return self.state_text(line)
        return ""

    def state_text(self, line: MatchLine) -> str:
        """The decision in words, with what is still to do."""
        if line.state == "confirmed":
            word = self.tr("Confirmed")
        elif line.state == "annual_only":
            word = self.tr("Annual only")
        elif line.state == "ignored":
            word = self.tr("Ignored")
        elif line.plan_code is None:
            word = self.tr("Not matched")
        elif line.confidence < AUTO_ACCEPT:
            word = self.tr("Suggested, to confirm")
        else:
            word = self.tr("Suggested")
        if line.flags and line.state != "ignored":
            word += self.tr(" · check reading")
        return word

    def _tooltip(self, line: MatchLine, col: int) -> str | None:
        if col == NAME:
            return f"{line.annual_code}. {line.annual_name}"
        if col == MATCH:
            parts = [self._display(line, MATCH)]
            note = self._notes.get(line.annual_code) or line.reason
            if note:
                parts.append(note)
            return "\n".join(parts)
        if col == STATE and line.flags:
            return "\n".join(f"{flag_label(f)}: {flag_explanation(f)}" for f in line.flags)
        if col == STATE and needs_review(line):
            if line.plan_code is None:
                return self.tr("Pair it with a 5-year indicator, mark it annual only (it is added to the 5-year "
                               "plan) or ignore it.")
            return self.tr("The match is not sure enough: confirm it or pair the item with another indicator.")
        return None

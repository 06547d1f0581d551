"""Ctrl+C / Ctrl+V of a block of cells between the entry grid and Excel.

Copy puts the selected block (the cells as the grid shows them, group titles as they are) on the
clipboard as tab-separated text, which Excel and LibreOffice paste as cells. Paste takes such a
block at the current cell: line by line onto the indicator rows shown (group titles skipped, a
pasted group title line too), column by column onto the columns shown; only the figure, note and
official columns take what is pasted, each cell exactly as if typed (``EntryModel.on_edited``:
red with the reason when unreadable, nothing for a row the user may not enter). Nothing is saved
until Ctrl+S. A clipboard too big for a commune's grid is refused with a message.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QApplication

from .model import Col, EntryModel

if TYPE_CHECKING:
    from ..context import AppContext
    from .view import EntryView

#: Limits on a paste: a commune's grid is a few dozen rows of a dozen columns.
MAX_CHARS = 200_000
MAX_CELLS = 5_000
_TRUE = frozenset({"x", "✓", "✔", "1", "có", "co", "c", "true", "đúng", "chính thức", "chinh thuc"})


def to_tsv(rows: list[list[str]]) -> str:
    """Rows of cells as tab-separated text, quoted where a cell holds a tab, a newline or a quote."""
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab", lineterminator="\n").writerows(rows)
    return out.getvalue()


def from_tsv(text: str) -> list[list[str]]:
    """Tab-separated text (as Excel copies it) back into rows of cells; a last empty line dropped."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), dialect="excel-tab"))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


class GridClipboard:
    """Copy and paste for one entry grid."""

    def __init__(self, ctx: AppContext, model: EntryModel, view: EntryView) -> None:
        self.ctx = ctx
        self.model = model
        self.view = view

    def _columns(self) -> list[int]:
        return [c for c in range(self.model.columnCount()) if not self.view.isColumnHidden(c)]

    def copy(self) -> str:
        """Put the selected block (or the current cell) on the clipboard; the text put there."""
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return ""
        shown = self._columns()
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        cols = [c for c in shown if min(i.column() for i in indexes) <= c <= max(i.column() for i in indexes)]
        lines = []
        for r in rows:
            if self.model.is_header(r):
                lines.append([str(self.model.data(self.model.index(r, Col.NO)) or
                                  self.model.data(self.model.index(r, Col.NAME)) or "")])
                continue
            lines.append([self._text(self.model.index(r, c)) for c in cols])
        text = to_tsv(lines)
        QApplication.clipboard().setText(text)
        return text

    def _text(self, index: QModelIndex) -> str:
        if index.column() == Col.OFFICIAL:
            from PySide6.QtCore import Qt

            return "x" if self.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked else ""
        value = self.model.data(index)
        return "" if value is None else str(value).strip()  # no indent of sub-indicators in Excel

    def paste(self) -> int:
        """Enter the clipboard's block from the current cell; how many cells were taken."""
        text = QApplication.clipboard().text()
        start = self.view.currentIndex()
        if not text or not start.isValid():
            return 0
        if len(text) > MAX_CHARS:
            too_long = QCoreApplication.translate(
                "GridClipboard", "The clipboard holds too much to paste into the grid (%1 characters); copy only the figures.")
            self.ctx.status.emit(too_long.replace("%1", str(len(text))))
            return 0
        block = from_tsv(text)
        if sum(len(line) for line in block) > MAX_CELLS:
            self.ctx.status.emit(QCoreApplication.translate(
                "GridClipboard", "The clipboard holds too many cells to paste into the grid; copy only the figures."))
            return 0
        shown = self._columns()
        first = shown.index(start.column()) if start.column() in shown else 0
        targets = [r for r in range(start.row(), self.model.rowCount()) if not self.model.is_header(r)]
        titles = {str(self.model.data(self.model.index(r, Col.NO)) or "").strip()
                  for r in range(self.model.rowCount()) if self.model.is_header(r)}
        lines = [line for line in block if not (len([c for c in line if c.strip()]) == 1
                                                  and line[0].strip() in titles)]
        taken = refused = 0
        for row, line in zip(targets, lines):
            for offset, cell in enumerate(line):
                if first + offset >= len(shown):
                    break
                column = shown[first + offset]
                if column not in (Col.VALUE, Col.NOTE, Col.OFFICIAL):
                    continue
                index = self.model.index(row, column)
                value: str | bool = cell.strip().casefold() in _TRUE if column == Col.OFFICIAL else cell
                if column == Col.VALUE and not cell.strip():
                    continue  # an empty cell in the block never clears a figure
                if self.model.on_edited(index, value):
                    taken += 1
                else:
                    refused += 1
        message = QCoreApplication.translate("GridClipboard", "Pasted %1 cells; press Ctrl+S to save.")
        message = message.replace("%1", str(taken))
        if refused:
            not_taken = QCoreApplication.translate(
                "GridClipboard", "%1 cells were not taken (not yours to enter, or the month is locked).")
            message += " " + not_taken.replace("%1", str(refused))
        self.ctx.status.emit(message)
        return taken

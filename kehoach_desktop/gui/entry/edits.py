"""The entry grid's unsaved work as plain data: pending edits, red cells, warnings, undo.

Kept apart from the Qt model so the merge rules (an edit back to the stored figure is no edit;
a note or the official tick can change without touching the figure) read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Callable

from ...domain.model import ValueKind
from ...store.drafts import DraftEdit
from ...store.grid import GridRow, MonthGrid
from ...store.values import ValueEntry

UNDO_LIMIT = 200
#: "Leave this part of the edit as it is."
KEEP: Any = object()


@dataclass(frozen=True)
class BadCell:
    """Text typed into a figure cell that cannot be saved, and why (Vietnamese, from the core)."""

    text: str
    message: str


def stored(row: GridRow) -> tuple[Decimal | None, ValueKind, str | None]:
    """The figure, kind and note in the database for the row's month."""
    base = row.this_month
    return (base.value, base.kind, base.note) if base else (None, ValueKind.ESTIMATE, None)


class PendingEdits:
    """Unsaved edits by indicator code, with the cells that cannot be saved and an undo stack."""

    def __init__(self) -> None:
        self.pending: dict[str, DraftEdit] = {}
        self.bad: dict[str, BadCell] = {}
        self.warnings: dict[str, str] = {}
        self._undo: list[tuple[str, DraftEdit | None, BadCell | None]] = []

    def has_unsaved(self) -> bool:
        """True when something typed is not in the database yet."""
        return bool(self.pending or self.bad)

    def effective(self, row: GridRow) -> tuple[Decimal | None, ValueKind, str | None]:
        """The figure, kind and note the row will hold once saved."""
        value, kind, note = stored(row)
        edit = self.pending.get(row.code)
        if edit is not None:
            value = edit.value if edit.value_set else value
            note = edit.note if edit.set_note else note
            kind = edit.kind
        return value, kind, note

    def is_pending(self, row: GridRow, part: str) -> bool:
        """True when ``part`` ("value", "note" or "kind") of the row has an unsaved change."""
        edit = self.pending.get(row.code)
        if part == "value":
            return row.code in self.bad or (edit is not None and edit.value_set)
        if edit is None:
            return False
        return edit.set_note if part == "note" else edit.kind != stored(row)[1]

    def _remember(self, code: str) -> None:
        self._undo.append((code, self.pending.get(code), self.bad.get(code)))
        del self._undo[:-UNDO_LIMIT]

    def change(self, row: GridRow, value: Any = KEEP, kind: Any = KEEP, note: Any = KEEP,
               warnings: list[str] | None = None) -> None:
        """Merge one change into the row's pending edit; an edit back to what is stored drops it."""
        b_value, b_kind, b_note = stored(row)
        new_value, new_kind, new_note = self.effective(row)
        old = self.pending.get(row.code)
        value_set, set_note = bool(old and old.value_set), bool(old and old.set_note)
        if value is not KEEP:
            new_value, value_set = value, True
        if kind is not KEEP:
            new_kind = kind
        if note is not KEEP:
            new_note, set_note = note, True
        value_set = value_set and new_value != b_value
        set_note = set_note and (new_note or None) != (b_note or None)
        self._remember(row.code)
        if value is not KEEP:
            self.bad.pop(row.code, None)  # a new figure replaces a red cell
            if warnings:
                self.warnings[row.code] = "\n".join(warnings)
            else:
                self.warnings.pop(row.code, None)
        if not value_set and not set_note and new_kind == b_kind:
            self.pending.pop(row.code, None)
        else:
            self.pending[row.code] = DraftEdit(
                new_value if value_set else None, new_kind, new_note if set_note else None, set_note, value_set
            )

    def set_bad(self, code: str, cell: BadCell) -> None:
        """Keep text that cannot be saved in the cell, shown red."""
        self._remember(code)
        self.bad[code] = cell
        self.warnings.pop(code, None)

    def refuse(self, row: GridRow, shown: str, message: str) -> None:
        """Turn a figure refused by saving into a red cell; its note and official tick stay pending."""
        self.set_bad(row.code, BadCell(shown, message))
        edit = self.pending.get(row.code)
        if edit is None:
            return
        rest = replace(edit, value=None, value_set=False)
        if rest.set_note or rest.kind != stored(row)[1]:
            self.pending[row.code] = rest
        else:
            del self.pending[row.code]

    def undo(self) -> str | None:
        """Take back the last change; the indicator code it touched, or None."""
        if not self._undo:
            return None
        code, edit, bad = self._undo.pop()
        if edit is None:
            self.pending.pop(code, None)
        else:
            self.pending[code] = edit
        if bad is None:
            self.bad.pop(code, None)
        else:
            self.bad[code] = bad
        self.warnings.pop(code, None)
        return code

    def entries(self, grid: MonthGrid) -> list[ValueEntry]:
        """The pending edits as the figures ``save_values_as`` takes."""
        result = []
        for code, edit in self.pending.items():
            row = grid.row(code)
            if row is not None:
                value, kind, note = self.effective(row)
                result.append(ValueEntry(code, grid.period, value, kind, note if edit.set_note else None, edit.set_note))
        return result

    def restore(self, grid: MonthGrid, edits: dict[str, DraftEdit], may_edit: Callable[[GridRow], bool]) -> list[str]:
        """Put back edits kept in a draft, for rows the user may edit; the codes restored."""
        codes = []
        for code, edit in edits.items():
            row = grid.row(code)
            if row is not None and may_edit(row):
                self.pending[code] = edit
                codes.append(code)
        return codes

    def clear_saved(self, sent: dict[str, DraftEdit]) -> list[str]:
        """Drop the edits that were saved (one typed meanwhile stays); the codes dropped."""
        codes = [code for code, edit in sent.items() if self.pending.get(code) == edit]
        for code in codes:
            del self.pending[code]
            self.warnings.pop(code, None)
        self._undo.clear()
        return codes

    def clear(self) -> set[str]:
        """Forget everything; the codes that had something."""
        codes = set(self.pending) | set(self.bad) | set(self.warnings)
        self.pending.clear()
        self.bad.clear()
        self.warnings.clear()
        self._undo.clear()
        return codes

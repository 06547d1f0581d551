"""A combo of the 5-year plan's indicators, searched as the grid is: without accents, by code or name.

Typing ``luong thuc`` or ``lương thực`` offers "4 — Sản lượng lương thực có hạt": the completer
compares the folded text (``domain.text.fold``) of what is typed with the folded items.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...domain.text import fold
from ..wheel_guard import guard_wheel
from ...services.annual import PlanChoice

#: Item data holding an item's folded text, the completer's key.
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class _FoldingCompleter(QCompleter):
    """Matches the folded typed text inside the folded items, and inserts the item as shown."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [fold(path.strip())]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 (Qt's name)
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class IndicatorCombo(QComboBox):
    """Choose one of the plan's indicators by typing part of its code or name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        completer = _FoldingCompleter(self)
        completer.setModel(self.model())
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        editor = self.lineEdit()
        assert editor is not None  # setEditable(True) made it
        editor.setPlaceholderText(self.tr("Type a code or part of a name"))
        guard_wheel(self)

    def set_choices(self, choices: Sequence[PlanChoice]) -> None:
        """List ``choices`` (the plan's indicators in document order); nothing chosen."""
        self.blockSignals(True)
        self.clear()
        for c in choices:
            text = f"{c.code} — {c.name}" + (f" ({c.unit})" if c.unit else "")
            self.addItem(text, c.code)
            self.setItemData(self.count() - 1, fold(text), FOLDED_ROLE)
        self.setCurrentIndex(-1)
        self.blockSignals(False)

    def choose(self, code: str | None) -> None:
        """Show indicator ``code`` (None: nothing)."""
        self.setCurrentIndex(self.findData(code) if code is not None else -1)
        if code is None:
            self.setEditText("")

    def chosen_code(self) -> str | None:
        """The indicator whose item is shown in full, else one whose code is typed exactly, else None."""
        text = self.currentText().strip()
        found = self.findText(text, Qt.MatchFlag.MatchExactly)
        if found >= 0:
            return self.itemData(found)
        bare = self.findData(text)
        return self.itemData(bare) if bare >= 0 else None

"""The grid's cell editor: a line edit whose text goes, unchanged, to ``EntryModel.on_edited``.

Parsing and checking are the model's (the domain's rules); the delegate only edits text, so a
number typed as ``1.234,5``, ``12,5`` or ``1234.5`` reaches the one parser the CLI uses too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .model import Col, EntryModel

Index = QModelIndex | QPersistentModelIndex


class EntryDelegate(QStyledItemDelegate):
    """Edits figure and note cells as plain text; commits through the model's ``on_edited``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._editor: QLineEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        """A frameless line edit; right-aligned for figures."""
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == Col.VALUE:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.setAccessibleName(self.tr("Figure for this month"))
            editor.setToolTip(self.tr("A number such as 1.234,5 or 12,5 or 1234.5; leave empty to clear."))
            editor.setMaxLength(40)
        else:
            editor.setAccessibleName(self.tr("Note"))
            editor.setMaxLength(2000)
        self._editor = editor
        editor.destroyed.connect(self._forget)
        return editor

    def _forget(self) -> None:
        self._editor = None

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Start from the cell's editable text (the figure as the officer would type it)."""
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        """Hand the typed text to the model's single edit entry point."""
        assert isinstance(editor, QLineEdit)
        if isinstance(model, EntryModel):
            model.on_edited(index, editor.text())
        else:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def editor(self) -> QLineEdit | None:
        """The open editor, if a cell is being edited."""
        return self._editor

    def commit_open_editor(self) -> None:
        """Commit and close an open editor (before saving, so the last typed cell is not lost)."""
        editor = self._editor
        if editor is None:
            return
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

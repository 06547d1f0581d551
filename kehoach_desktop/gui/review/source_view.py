"""The plan's source text beside the tree: the selected indicator's span highlighted.

Spans are offsets into the NFC source text (Python characters); Qt counts UTF-16 units, so a
character outside the Basic Multilingual Plane shifts Qt's positions by one. ``_Offsets``
converts both ways, so a highlight never drifts after such a character.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

SELECTED = QColor("#b7d7ff")  # the tree's selection, in a lighter blue
FLAGGED = QColor("#fff1c7")


class _Offsets:
    """Python string offsets <-> Qt document positions (UTF-16 code units)."""

    def __init__(self, text: str) -> None:
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral = astral
        # Qt position just after each astral character: its Python index + earlier ones + 2.
        self._ends = [a + k + 2 for k, a in enumerate(astral)]

    def to_qt(self, pos: int) -> int:
        return pos + bisect_left(self._astral, pos)

    def to_py(self, qpos: int) -> int:
        return qpos - bisect_right(self._ends, qpos)


class SourceView(QPlainTextEdit):
    """Read-only source text; ``position_clicked`` reports where the officer put the cursor."""

    #: A Python offset into the source text, when the officer clicks or moves in the text.
    position_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Keyboard selection too, so the cursor shows and arrow keys move it (and pick items).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Source text of the plan"))
        self.setPlaceholderText(self.tr("The plan has no source text (it was typed in or read from Excel)."))
        self._text = ""
        self._offsets = _Offsets("")
        self._span: tuple[int, int] | None = None
        self._marks: list[tuple[int, int]] = []
        self._moving = False
        self.cursorPositionChanged.connect(self._cursor_moved)

    def set_source(self, text: str | None) -> None:
        """Show ``text`` (nothing highlighted)."""
        text = text or ""
        if text == self._text:
            return
        self._moving = True
        try:
            self._text, self._offsets = text, _Offsets(text)
            self._span, self._marks = None, []
            self.setPlainText(text)
        finally:
            self._moving = False
        self._paint()

    def source(self) -> str:
        """The text shown."""
        return self._text

    def set_marks(self, spans: list[tuple[int, int]]) -> None:
        """Tint these spans lightly (the items that still need review)."""
        self._marks = [s for s in spans if self._valid(s)]
        self._paint()

    def show_span(self, span: tuple[int, int] | None, scroll: bool = True) -> None:
        """Highlight ``span`` and (``scroll``) bring it to the middle of the view; None clears."""
        self._span = span if span is not None and self._valid(span) else None
        self._paint()
        if self._span is None or not scroll:
            return
        self._moving = True
        try:
            cursor = self.textCursor()
            cursor.setPosition(self._offsets.to_qt(self._span[1]))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()  # the end first, then the start: as much as fits shows
            cursor.setPosition(self._offsets.to_qt(self._span[0]))
            self.setTextCursor(cursor)
            self.centerCursor()
        finally:
            self._moving = False

    def highlighted_span(self) -> tuple[int, int] | None:
        """The span highlighted now (Python offsets)."""
        return self._span

    def highlighted_text(self) -> str:
        """The text the highlight covers, as Qt selects it (line ends as ``\\n``)."""
        for selection in self.extraSelections():
            if selection.format.background().color() == SELECTED:
                return selection.cursor.selectedText().replace("\u2029", "\n")
        return ""

    def _valid(self, span: tuple[int, int]) -> bool:
        return 0 <= span[0] <= span[1] <= len(self._text)

    def _selection(self, span: tuple[int, int], colour: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        selection.format = fmt
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(span[0]))
        cursor.setPosition(self._offsets.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def _paint(self) -> None:
        selections = [self._selection(s, FLAGGED) for s in self._marks if s != self._span]
        if self._span is not None:
            selections.append(self._selection(self._span, SELECTED))  # last: drawn on top
        self.setExtraSelections(selections)

    def _cursor_moved(self) -> None:
        if not self._moving and self._text:
            self.position_clicked.emit(self._offsets.to_py(self.textCursor().position()))

"""The officer's own texts of a period's report: general assessment, tasks ahead, proposals.

Three tabs of plain text kept per period by the store (``save_report_text``); a tab whose text is
not saved yet is marked with ``*``. The page asks before a period change would drop them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...store.report_settings import SECTIONS
from ..resources import icon
from ...services.reports import texts_changed

#: The order of the tabs (the report's II, III, IV).
ORDER = ("assessment", "tasks", "proposals")
assert set(ORDER) == set(SECTIONS)


class TextsPanel(QWidget):
    """Three editable texts with a save button; ``changed`` whenever what is unsaved changes."""

    changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: dict[str, str] = {s: "" for s in ORDER}
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        hints = self._hints()
        for section in ORDER:
            editor = QPlainTextEdit()
            editor.setObjectName(f"text_{section}")
            editor.setAccessibleName(self._title(section))
            editor.setToolTip(self._title(section))
            editor.setPlaceholderText(hints[section])
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._edited)
            self.editors[section] = editor
            self.tabs.addTab(editor, self._tab(section))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("texts_note")
        self.save_button = QPushButton(icon("save"), self.tr("Save texts (Ctrl+S)"))
        self.save_button.setObjectName("save_texts")
        self.save_button.clicked.connect(self.save_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        layout.addLayout(row)  # joins its parent before its widgets (see entry/page.py)
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        self._update()

    def _title(self, section: str) -> str:
        return {
            "assessment": self.tr("General assessment: shortcomings"),
            "tasks": self.tr("Key tasks of the next period"),
            "proposals": self.tr("Proposals and requests"),
        }[section]

    def _tab(self, section: str) -> str:
        """The short name on the tab (the full one is the tooltip)."""
        return {
            "assessment": self.tr("Shortcomings"),
            "tasks": self.tr("Key tasks"),
            "proposals": self.tr("Proposals"),
        }[section]

    def _hints(self) -> dict[str, str]:
        return {
            "assessment": self.tr("Shortcomings, limitations and their causes (after the counts of the general "
                                  "assessment)."),
            "tasks": self.tr("The key tasks of the next period, one per line."),
            "proposals": self.tr("Proposals and requests to the province, one per line."),
        }

    # -- state ----------------------------------------------------------------------------------
    def set_texts(self, texts: Mapping[str, str]) -> None:
        """Show ``texts`` as saved (nothing unsaved afterwards)."""
        self.saved = {s: texts.get(s, "") for s in ORDER}
        for section, editor in self.editors.items():
            editor.blockSignals(True)
            editor.setPlainText(self.saved[section])
            editor.blockSignals(False)
        self._update()
        self.changed.emit()

    def mark_saved(self, texts: Mapping[str, str]) -> None:
        """Record ``texts`` as saved, leaving the boxes (and the cursor) as they are."""
        self.saved.update({s: t.strip() for s, t in texts.items() if s in self.saved})
        self._update()
        self.changed.emit()

    def typed(self) -> dict[str, str]:
        """The texts as they stand in the boxes."""
        return {s: e.toPlainText() for s, e in self.editors.items()}

    def unsaved(self) -> dict[str, str]:
        """The sections typed but not saved."""
        return texts_changed(self.saved, self.typed(), ORDER)

    def has_unsaved(self) -> bool:
        """True when a text differs from the one saved."""
        return bool(self.unsaved())

    def set_editable(self, editable: bool, why: str = "") -> None:
        """Let the texts be typed, or show them read-only with ``why``."""
        for editor in self.editors.values():
            editor.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self.note.setText(why)

    def _edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        unsaved = self.unsaved()
        for i, section in enumerate(ORDER):
            self.tabs.setTabText(i, self._tab(section) + (" *" if section in unsaved else ""))
            self.tabs.setTabToolTip(i, self._title(section))
        self.save_button.setEnabled(bool(unsaved))

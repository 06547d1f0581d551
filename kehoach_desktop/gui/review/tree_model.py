"""The indicator tree of the review screen: groups, indicators and sub-indicators of a draft.

The model is rebuilt from the draft after every edit (a plan has tens of indicators, so a reset
costs nothing) and the view re-selects by code. Flagged indicators are tinted and carry a
warning icon; their tooltip says what to check, with the importer's own notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.model import Indicator
from ...domain.draft import PlanDraft
from ..resources import icon
from .labels import describe_rule, flag_explanation, flag_label

CODE, NAME, UNIT, TARGET, REVIEW = range(5)
#: Item data role holding the indicator code (None on a group row).
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FLAGGED_BACKGROUND = QColor("#fff1c7")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    key: str  # indicator code, or group key for a group row
    is_group: bool
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        siblings = self.parent.children if self.parent is not None else []
        return siblings.index(self)


class IndicatorTreeModel(QAbstractItemModel):
    """Groups at the top, then indicators with their sub-indicators, five columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("", True)
        self._draft: PlanDraft | None = None
        self._by_code: dict[str, Indicator] = {}
        self._nodes: dict[str, _Node] = {}
        self._notes: dict[str, list[str]] = {}
        self._group_titles: dict[str, str] = {}
        flag = icon("flag")
        self._warning = flag if not flag.isNull() else QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)

    # -- content --------------------------------------------------------------------------------
    def set_draft(self, draft: PlanDraft | None, notes: dict[str, list[str]] | None = None) -> None:
        """Show ``draft`` (None empties the tree); ``notes`` are the importer's words per code."""
        self.beginResetModel()
        self._draft, self._notes = draft, dict(notes or {})
        self._root = _Node("", True)
        self._nodes, self._by_code = {}, {}
        if draft is not None:
            self._build(draft)
        self.endResetModel()

    def _build(self, draft: PlanDraft) -> None:
        self._group_titles = {g.key: g.title for g in draft.groups}
        groups: dict[str, _Node] = {}
        for g in draft.groups:
            groups[g.key] = _Node(g.key, True, self._root)
        self._by_code = {i.code: i for i in draft.indicators}
        for ind in draft.indicators:
            self._nodes[ind.code] = _Node(ind.code, False)
        for ind in draft.indicators:
            node = self._nodes[ind.code]
            parent = self._nodes.get(ind.parent_code or "")
            if parent is None or parent is node:
                if ind.group not in groups:  # no group, or one the draft does not list
                    groups[ind.group] = _Node(ind.group, True, self._root)
                parent = groups[ind.group]
            node.parent = parent
            parent.children.append(node)
        self._root.children = [n for n in groups.values() if n.children]

    def draft(self) -> PlanDraft | None:
        """The draft shown."""
        return self._draft

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        """The index of the indicator ``code`` (invalid when it is not shown)."""
        node = self._nodes.get(code)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def code_of(self, index: _Index) -> str | None:
        """The indicator code of a row (None for a group row)."""
        node = self._node(index)
        return None if node is None or node.is_group else node.key

    def codes_in_order(self) -> list[str]:
        """Indicator codes in the order the tree shows them (depth first)."""
        out: list[str] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                if not child.is_group:
                    out.append(child.key)
                walk(child)

        walk(self._root)
        return out

    def flags_of(self, code: str) -> list[str]:
        """The review flags of ``code``."""
        if self._draft is None:
            return []
        return [f for f in self._draft.flags.get(code, ()) if f.strip()]

    def review_tooltip(self, code: str) -> str:
        """What to check about a flagged indicator: each flag explained, then the importer's notes."""
        lines = [f"• {flag_label(f)}: {flag_explanation(f)}" for f in self.flags_of(code)]
        lines += [f"– {note}" for note in self._notes.get(code, ())]
        return "\n".join(lines)

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def _node(self, index: _Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a child of ``parent``."""
        node = self._node(parent) or self._root
        if 0 <= row < len(node.children) and 0 <= column < 5:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The parent of ``index``."""
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The number of children of ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) or self._root
        return len(node.children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Code, name, unit, target, review."""
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Indicator"), self.tr("Unit"), self.tr("Target"),
                    self.tr("To review"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows are selectable; nothing is edited in place (the editor does that)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tint, icon and tooltip of a cell."""
        node = self._node(index)
        if node is None:
            return None
        if node.is_group:
            return self._group_data(node, index.column(), role)
        ind = self._by_code[node.key]
        flags = self.flags_of(ind.code)
        col = index.column()
        if role == CODE_ROLE:
            return ind.code
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ind, col, flags)
        if role == Qt.ItemDataRole.BackgroundRole and flags:
            return QBrush(FLAGGED_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and flags and col == REVIEW:
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole:
            if flags:
                return self.review_tooltip(ind.code)
            if col == NAME:
                return ind.name
            if col == TARGET:
                return self._text(ind, col, flags)
        return None

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return self._group_titles.get(node.key) or node.key or self.tr("Without a group")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, ind: Indicator, column: int, flags: list[str]) -> str:
        if column == CODE:
            return ind.code
        if column == NAME:
            return ind.name
        if column == UNIT:
            return ind.unit
        if column == TARGET:
            rule = self._main_rule(ind.code)
            if rule is None:
                return "" if not self._has_children(ind.code) else self.tr("(see sub-indicators)")
            return rule.text.strip() or describe_rule(rule, ind.unit)
        return ", ".join(flag_label(f) for f in flags)

    def _main_rule(self, code: str):  # type: ignore[no-untyped-def]
        rules = self._draft.rules.get(code, ()) if self._draft else ()
        return next((r for r in rules if r.year is None), rules[0] if rules else None)

    def _has_children(self, code: str) -> bool:
        node = self._nodes.get(code)
        return bool(node and node.children)


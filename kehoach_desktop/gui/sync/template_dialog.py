"""Reviewing the province's template on a commune's PC: the changes to tick, the pairing, "Apply".

The Đồng bộ page opens it when the chosen file is a template bundle (``review_template``): the
checks (signature, a trusted province key, this commune's province) have run and the changes are
listed, each with a checkbox. The pairing table lets the officer give a province indicator to
another of the commune's own, or add it as new; the list is then worked out again. Only a user
who may edit the plan can apply; the adoption runs in one transaction (``services.template``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Action
from ...services import template as service
from ...sync.template_apply import TemplateDiff
from ..context import AppContext
from ..operations import DbOp

Mapping_ = dict[str, str | None]


class TemplateDialog(QDialog):
    """The changes a template brings, with checkboxes and the pairing; ``remapped`` asks for a new diff."""

    remapped = Signal(dict)

    def __init__(self, parent: QWidget | None, diff: TemplateDiff, can_adopt: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Province indicator list: review"))
        self.can_adopt = can_adopt
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("template_notes")
        self.notes.setWordWrap(True)
        self.changes = QTableWidget(0, 5)
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Province code"), self.tr("Commune code"),
                                                self.tr("Now"), self.tr("Province's")])
        self.pairs = QTableWidget(0, 3)
        self.pairs.setAccessibleName(self.tr("Pairing"))
        self.pairs.setHorizontalHeaderLabels([self.tr("Province indicator"), self.tr("Commune indicator"), self.tr("Paired by")])
        for table in (self.changes, self.pairs):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.own = QLabel()
        self.own.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(QLabel("<b>" + self.tr("Changes to the plan (untick what you do not want)") + "</b>"))
        layout.addWidget(self.changes, 2)
        layout.addWidget(QLabel("<b>" + self.tr("Province indicators and the commune indicators they are paired with") + "</b>"))
        layout.addWidget(self.pairs, 1)
        layout.addWidget(self.own)
        layout.addWidget(self.buttons)
        self.diff = diff
        self.set_diff(diff)
        self.resize(900, 640)

    def _kind(self, kind: str) -> str:
        return {
            "add": self.tr("Add indicator"), "code": self.tr("Change code"), "name": self.tr("Rename"),
            "unit": self.tr("Change unit"), "aggregation": self.tr("Change how months add up"),
            "direction": self.tr("Change direction"), "target": self.tr("Year target"),
        }[kind]

    def _matched(self, how: str) -> str:
        return {"code": self.tr("same code"), "name": self.tr("same name"), "user": self.tr("chosen by you"),
                "new": self.tr("added as new")}[how]

    def set_diff(self, diff: TemplateDiff) -> None:
        """Show ``diff`` (after a new pairing, the changes are listed again, all ticked)."""
        self.diff = diff
        year = self.tr(", targets for %1").replace("%1", str(diff.year)) if diff.year else ""
        self.summary.setText(self.tr("Indicator list of %1 (sent by «%2»%3), compared with the plan %4-%5.")
                             .replace("%1", diff.province).replace("%2", diff.sender).replace("%3", year)
                             .replace("%4", str(diff.plan_years[0])).replace("%5", str(diff.plan_years[1])))
        notes = list(diff.notes)
        if diff.applied:
            notes.insert(0, self.tr("This list was already applied: applying it again changes nothing."))
        elif not diff.changes:
            notes.insert(0, self.tr("The plan already matches this list: nothing to change."))
        if not self.can_adopt:
            notes.append(self.tr("Only an administrator may apply the province's list: ask one to import this file."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._fill_changes(diff)
        self._fill_pairs(diff)
        own = "; ".join(f"{c} {n}" for c, n in diff.local_only)
        self.own.setText(self.tr("The commune's own indicators not in the list (kept as they are): %1").replace("%1", own)
                         if own else "")
        self.own.setVisible(bool(own))
        self.apply_button.setEnabled(self.can_adopt and not diff.applied and bool(diff.changes))

    def _fill_changes(self, diff: TemplateDiff) -> None:
        self.changes.setRowCount(len(diff.changes))
        for row, change in enumerate(diff.changes):
            first = QTableWidgetItem(self._kind(change.kind))
            first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            first.setData(Qt.ItemDataRole.UserRole, change.key)
            self.changes.setItem(row, 0, first)
            for column, text in enumerate((change.code, change.local or "—", change.old or "—", change.new), start=1):
                self.changes.setItem(row, column, QTableWidgetItem(text))

    def _fill_pairs(self, diff: TemplateDiff) -> None:
        self.pairs.setRowCount(len(diff.mapping))
        names = dict(diff.local)
        for row, (code, local) in enumerate(diff.mapping.items()):
            self.pairs.setItem(row, 0, QTableWidgetItem(code))
            box = QComboBox()
            box.addItem(self.tr("(add as a new indicator)"), None)
            for local_code, name in diff.local:
                box.addItem(f"{local_code}. {name}", local_code)
            box.setCurrentIndex(0 if local is None else box.findData(local))
            box.setToolTip(names.get(local or "", ""))
            box.setEnabled(self.can_adopt and not diff.applied)
            box.currentIndexChanged.connect(self._pairing_changed)
            self.pairs.setCellWidget(row, 1, box)
            self.pairs.setItem(row, 2, QTableWidgetItem(self._matched(diff.matched_by[code])))

    def mapping(self) -> Mapping_:
        """The pairing shown: province code -> commune code (None: add as new)."""
        result: Mapping_ = {}
        for row in range(self.pairs.rowCount()):
            box, item = self.pairs.cellWidget(row, 1), self.pairs.item(row, 0)
            assert isinstance(box, QComboBox) and item is not None
            result[item.text()] = box.currentData()
        return result

    def selected(self) -> list[str]:
        """The keys of the ticked changes."""
        items = [self.changes.item(r, 0) for r in range(self.changes.rowCount())]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i is not None and i.checkState() == Qt.CheckState.Checked]

    def _pairing_changed(self) -> None:
        self.remapped.emit(self.mapping())


def review_template(parent: QWidget, ctx: AppContext, path: Path, failed: Callable[[BaseException], None],
                    done: Callable[[], None]) -> None:
    """Check the template at ``path``, show what it changes, adopt what the officer ticks."""
    plan_id = ctx.plan_id

    def show(diff: TemplateDiff) -> None:
        dialog = TemplateDialog(parent, diff, ctx.can(Action.EDIT_PLAN))
        parent.template_dialog = dialog  # type: ignore[attr-defined]  # tests reach it here
        dialog.remapped.connect(lambda m: DbOp(parent, ctx, lambda db: service.preview_template(db, path, plan_id, m))
                                .success(dialog.set_diff).failure(failed).run())
        dialog.accepted.connect(lambda: adopt(dialog.mapping(), dialog.selected()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def adopt(mapping: Mapping_, selected: list[str]) -> None:
        actor = ctx.actor
        DbOp(parent, ctx, lambda db: service.adopt_template(db, path, actor, plan_id, mapping, selected)).success(
            adopted).failure(failed).busy(QCoreApplication.translate("TemplateDialog", "Applying the province's list...")).run()

    def adopted(result: service.TemplateAdopted) -> None:
        if result.status == "already":
            text = QCoreApplication.translate("TemplateDialog", "This list was already applied. Nothing changes.")
        else:
            text = QCoreApplication.translate("TemplateDialog", "%1 changes from the list of %2 applied to the plan.").replace(
                "%1", str(len(result.changes))).replace("%2", result.diff.province)
        ctx.status.emit(text)
        QMessageBox.information(parent, QCoreApplication.translate("TemplateDialog", "Province indicator list"), text)
        done()

    DbOp(parent, ctx, lambda db: service.preview_template(db, path, plan_id)).success(show).failure(failed).busy(
        QCoreApplication.translate("TemplateDialog", "Checking the province's list...")).run()

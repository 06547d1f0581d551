"""The entry page's Excel menu: the year's figures out to a sheet, and a sheet's figures back in.

Export writes the year shown (every month, kind and note) with ``services.figures`` and the
sheet writer of ``planimport.figures_xlsx``. Import first tries the sheet and rolls back (a
preview: how many figures change, the doubts the grid would ask about), then, once confirmed,
writes it in one transaction as the logged-in user (the grid's rights and checks). Dialogs are
reached through small methods (``_ask_save_path``, ``_ask_open_path``) that tests replace; the
preview is a message box opened with ``open()`` (``preview_box``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from ...domain.access import Action
from ...services.figures import export_year, import_year
from ..operations import DbOp

if TYPE_CHECKING:
    from ...store.figures import FiguresImport
    from ..context import AppContext

#: Doubts listed in the preview at most (the rest are counted).
MAX_SHOWN = 8


class FiguresExcel(QObject):
    """The "Excel" button of the entry page and what its two commands do."""

    def __init__(self, ctx: AppContext, page: QWidget, may_leave: object) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self._may_leave = may_leave
        self.preview_box: QMessageBox | None = None
        self.button = QToolButton(page)
        self.button.setText(self.tr("Excel"))
        self.button.setToolTip(self.tr("Figures of the year out to Excel, or in from an Excel sheet"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.export_action = menu.addAction(self.tr("Export the year's figures to Excel..."), self.export)
        self.import_action = menu.addAction(self.tr("Import figures from Excel..."), self.ask_import)
        self.button.setMenu(menu)

    def update_rights(self) -> None:
        """Import only for those who may enter figures."""
        self.import_action.setEnabled(self.ctx.can(Action.ENTER_ASSIGNED) and not self.ctx.province)

    # -- export ---------------------------------------------------------------------------------
    def export(self) -> None:
        """Ask where, then write the year shown to an Excel sheet."""
        plan_id, year = self.ctx.plan_id, self.ctx.period.year
        if plan_id is None:
            return
        path = self._ask_save_path(f"so-lieu-{year}.xlsx")
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def done(count: int) -> None:
            self.ctx.status.emit(self.tr("Exported %1 monthly figures of %2 to %3.")
                                 .replace("%1", str(count)).replace("%2", str(year)).replace("%3", target.name))

        DbOp(self.page, self.ctx, lambda db: export_year(db, plan_id, year, target)).success(done) \
            .busy(self.tr("Exporting...")).run()

    def _ask_save_path(self, suggested: str) -> str:
        folder = self.ctx.settings.report_folder or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("Export the year's figures"),
                                              str(Path(folder) / suggested), self.tr("Excel workbook (*.xlsx)"))
        return path

    # -- import ---------------------------------------------------------------------------------
    def ask_import(self) -> None:
        """Ask for the sheet, try it, show what it would change; import once confirmed."""
        user, plan_id, year = self.ctx.user, self.ctx.plan_id, self.ctx.period.year
        if user is None or plan_id is None or not self._may_leave():  # type: ignore[operator]
            return
        path = self._ask_open_path()
        if not path:
            return
        sheet = Path(path)
        DbOp(self.page, self.ctx, lambda db: import_year(db, sheet, plan_id, user, year, dry_run=True)) \
            .success(lambda result: self._preview(sheet, result)).busy(self.tr("Reading the sheet...")).run()

    def _ask_open_path(self) -> str:
        folder = self.ctx.settings.report_folder or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Import figures from Excel"), folder,
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def _preview(self, sheet: Path, result: FiguresImport) -> None:
        if not result.changes:
            self.ctx.status.emit(self.tr("Nothing to import: the %1 figures of the sheet are already recorded.")
                                 .replace("%1", str(result.rows)))
            return
        months = sorted({c.period.month for c in result.changes})
        text = self.tr("The sheet «%1» (year %2) changes %3 figures in months %4; %5 rows are already recorded.") \
            .replace("%1", sheet.name).replace("%2", str(result.year)).replace("%3", str(len(result.changes))) \
            .replace("%4", ", ".join(str(m) for m in months)).replace("%5", str(result.unchanged))
        if result.warnings:
            shown = "\n".join(f"• {w}" for w in result.warnings[:MAX_SHOWN])
            more = len(result.warnings) - MAX_SHOWN
            text += "\n\n" + self.tr("Check these figures before importing:") + "\n" + shown
            if more > 0:
                text += "\n" + self.tr("... and %1 more.").replace("%1", str(more))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import figures from Excel"), text,
                          QMessageBox.StandardButton.Cancel, self.page)
        box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.preview_box = box

        def answered(button: object) -> None:
            self.preview_box = None
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:  # type: ignore[arg-type]
                self._run_import(sheet, result.year)

        box.buttonClicked.connect(answered)
        box.open()

    def _run_import(self, sheet: Path, year: int) -> None:
        user, plan_id = self.ctx.user, self.ctx.plan_id
        if user is None or plan_id is None:
            return

        def done(result: FiguresImport) -> None:
            self.ctx.status.emit(self.tr("Imported %1 figures of %2 from %3.")
                                 .replace("%1", str(len(result.changes))).replace("%2", str(year))
                                 .replace("%3", sheet.name))

        DbOp(self.page, self.ctx, lambda db: import_year(db, sheet, plan_id, user, year, dry_run=False)) \
            .success(done).busy(self.tr("Importing...")).run()

"""Writing the previewed report as .docx or .xlsx from the Báo cáo page, and opening what was written.

One of ``ReportsPage``'s two step classes over ``base.ReportsPageBase``; its strings use the page's
translation context. The save dialog starts in the folder used last (kept in the PC's settings),
else in Documents; the file is written on the database lane, in the transaction that saves the
typed texts and, when asked, takes the number (``services.reports.export_report``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from ...domain.errors import UserError
from ...services.reports import Exported, export_report, suggested_name
from ..operations import DbOp, show_error
from .base import ReportsPageBase



class ExportSteps(ReportsPageBase):
    """Xuất Word, Xuất Excel, Mở tệp, Mở thư mục."""

    def start_folder(self) -> Path:
        """The folder the save dialog opens in."""
        last = Path(self.ctx.settings.report_folder) if self.ctx.settings.report_folder else None
        if last is not None and last.is_dir():
            return last
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _ask_save_path(self, suffix: str, suggested: str) -> Path | None:
        """Where to write the report (tests replace this)."""
        if suffix == ".docx":
            title = QCoreApplication.translate("ReportsPage", "Export the report to Word")
            kind = QCoreApplication.translate("ReportsPage", "Word documents (*.docx)")
        else:
            title = QCoreApplication.translate("ReportsPage", "Export the report to Excel")
            kind = QCoreApplication.translate("ReportsPage", "Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(self.start_folder() / suggested), kind)
        if not path:
            return None
        return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)

    def export_docx(self) -> None:
        """Ask where, then write the Word report."""
        self.export(".docx")

    def export_xlsx(self) -> None:
        """Ask where, then write the Excel workbook."""
        self.export(".xlsx")

    def export(self, suffix: str) -> None:
        """Write the report of the period shown as ``suffix`` (.docx / .xlsx) where the officer says."""
        preview = self.preview
        if preview is None or self.ctx.user is None or self.progress is not None:
            return
        path = self._ask_save_path(suffix, suggested_name(preview.period, preview.report.commune.name, suffix))
        if path is None:
            return
        self._remember_folder(path.parent)
        take = self.take_number.isChecked() and self.take_number.isEnabled()
        texts = self.texts.unsaved() if self.may_edit_texts() else {}
        plan_id, period, issued_on, actor = preview.plan_id, preview.period, self.issued_on(), self.ctx.actor
        progress = QProgressDialog(QCoreApplication.translate("ReportsPage", "Writing the report..."), "", 0, 0, self)
        progress.setWindowTitle(QCoreApplication.translate("ReportsPage", "Export report"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.progress = progress

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            self.progress = None

        def failed(error: BaseException) -> None:
            finish()
            if isinstance(error, OSError) and not isinstance(error, UserError):
                self._show_warning(QCoreApplication.translate("ReportsPage", "Report not written"), QCoreApplication.translate(
                    "ReportsPage",
                    "The file %1 could not be written: it may be open in Word or Excel, or the folder may not "
                    "allow writing. Close the file or choose another folder, then export again.\n\n(%2)"
                ).replace("%1", str(path)).replace("%2", error.strerror or str(error)))
            else:
                show_error(self, error)

        def written(result: Exported) -> None:
            finish()
            self._exported(result, texts)

        DbOp(self, self.ctx, lambda db: export_report(db, plan_id, period, issued_on, path, take, texts, actor)).success(
            written).failure(failed).busy(QCoreApplication.translate("ReportsPage", "Writing the report...")).run()

    def _remember_folder(self, folder: Path) -> None:
        settings = self.ctx.settings
        settings.report_folder = str(folder)
        try:
            settings.save()
        except OSError:  # a read-only profile: the folder is still remembered until the program closes
            pass

    def _exported(self, result: Exported, texts: dict[str, str]) -> None:
        self.last_file = result.path
        if texts:
            self.texts.mark_saved(texts)
        self._update_actions()
        if result.took_number:
            message = QCoreApplication.translate("ReportsPage", "Report %1 written: %2")
        else:
            message = QCoreApplication.translate("ReportsPage", "Report written: %2")
        self.ctx.status.emit(message.replace("%1", result.number_text).replace("%2", str(result.path)))
        if result.took_number:
            self.take_number.setChecked(False)  # the next export would take yet another number

    # -- opening ----------------------------------------------------------------------------------
    def open_file(self) -> None:
        """Open the file written last in its program (Word, Excel, LibreOffice)."""
        if self.last_file is not None:
            self._open_url(QUrl.fromLocalFile(str(self.last_file)))

    def open_folder(self) -> None:
        """Open the folder of the file written last (or the folder reports are saved in)."""
        folder = self.last_file.parent if self.last_file is not None else self.start_folder()
        self._open_url(QUrl.fromLocalFile(str(folder)))

    def _open_url(self, url: QUrl) -> None:
        """Hand ``url`` to the system (tests replace this)."""
        if not QDesktopServices.openUrl(url):
            self._show_warning(QCoreApplication.translate("ReportsPage", "Cannot open"),
                               QCoreApplication.translate("ReportsPage", "No program on this computer opens %1.")
                               .replace("%1", url.toLocalFile()))

    def may_export(self) -> bool:
        """Every logged-in user may write the report (reading it is not restricted either)."""
        return self.ctx.user is not None and self.ctx.user.active

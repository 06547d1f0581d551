"""Ctrl+P on the Báo cáo page: the previewed report (header, generated text, table) on A4.

One of ``ReportsPage``'s two step classes over ``base.ReportsPageBase``. QtPrintSupport is imported
on the first print, not with the page. The table is wide, so the printer starts in landscape; the
print dialog can change it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .base import ReportsPageBase
from .document import print_html


class PrintSteps(ReportsPageBase):
    """Print the preview."""

    def _ask_printer(self) -> Any | None:
        """A printer set up by the officer in the print dialog, None when cancelled (tests replace this)."""
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.preview.report.subject if self.preview else "")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("ReportsPage", "Print the report"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def print_document(self) -> Any:
        """The ``QTextDocument`` that is printed: the preview's header, text and table."""
        from PySide6.QtGui import QFont, QTextDocument

        preview = self.preview
        assert preview is not None
        document = QTextDocument(self)
        document.setDefaultFont(QFont("Times New Roman", 11))
        document.setHtml(print_html(preview.report, preview.sections, self.model, preview.report.number_text,
                                    self.issued_on()))
        return document

    def print_report(self) -> None:
        """Ask for a printer and print the report shown (Ctrl+P)."""
        if self.preview is None or not self.isVisible():
            return
        printer = self._ask_printer()
        if printer is None:
            return
        document = self.print_document()
        document.print_(printer)
        document.deleteLater()
        self.ctx.status.emit(QCoreApplication.translate("ReportsPage", "The report was sent to the printer."))

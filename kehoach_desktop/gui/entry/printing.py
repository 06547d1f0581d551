"""Ctrl+P on the entry page: the period's table as the grid shows it, on A4 landscape.

The table is the grid's own cells (the model's display text, the columns shown, group titles
across the row), headed by the commune and the period, so the paper says what the screen says.
The print preview (``QPrintPreviewDialog``, opened with ``open()``: ``preview_dialog``) shows the
pages first; its print button opens Qt's print dialog. QtPrintSupport is imported on the first
print, not with the page.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from .model import Col

if TYPE_CHECKING:
    from ..context import AppContext
    from .model import EntryModel
    from .view import EntryView

#: Columns of words, left-aligned on paper; the others hold figures, right-aligned.
_LEFT = {Col.NO, Col.NAME, Col.UNIT, Col.STATUS, Col.NOTE, Col.OFFICIAL}


def grid_html(model: EntryModel, view: EntryView, title: str, subtitle: str) -> str:
    """The grid's visible rows and columns as one HTML table under a title."""
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    head = "".join(
        f"<th>{escape(str(model.headerData(c, Qt.Orientation.Horizontal) or ''))}</th>" for c in columns
    )
    rows = []
    for r in range(model.rowCount()):
        if model.is_header(r):
            text = next((str(v) for c in range(model.columnCount())
                         if (v := model.data(model.index(r, c))) not in (None, "")), "")
            rows.append(f'<tr><td colspan="{len(columns)}" bgcolor="#e7eef7"><b>{escape(text)}</b></td></tr>')
            continue
        cells = []
        for c in columns:
            value = model.data(model.index(r, c))
            if value is None or value == "":
                check = model.data(model.index(r, c), Qt.ItemDataRole.CheckStateRole)
                value = "✓" if check == Qt.CheckState.Checked else ""
            align = "" if c in _LEFT else ' align="right"'
            cells.append(f"<td{align}>{escape(str(value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<html><body style="font-family: \'Times New Roman\', serif; font-size: 9pt;">'
        f'<p align="center"><b>{escape(title)}</b><br/><i>{escape(subtitle)}</i></p>'
        '<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse: collapse;">'
        f"<thead><tr>{head}</tr></thead>" + "".join(rows) + "</table></body></html>"
    )


class GridPrinter(QObject):
    """Print the entry grid of the period shown (Ctrl+P), after a preview."""

    def __init__(self, ctx: AppContext, model: EntryModel, view: EntryView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.model = model
        self.view = view
        self.preview_dialog: Any | None = None

    def titles(self) -> tuple[str, str]:
        """The table's heading: what it is, and for which commune and period."""
        grid = self.model.grid
        period = grid.period if grid else self.ctx.period
        title = QCoreApplication.translate("GridPrinter", "PLAN INDICATORS — %1").replace("%1", period.label.upper())
        return title, self.ctx.commune_name

    def document(self, parent: QObject | None = None) -> Any:
        """The ``QTextDocument`` that is printed."""
        from PySide6.QtGui import QFont, QTextDocument

        document = QTextDocument(parent or self)
        document.setDefaultFont(QFont("Times New Roman", 9))
        document.setHtml(grid_html(self.model, self.view, *self.titles()))
        return document

    def set_up(self, printer: Any) -> Any:
        """``printer`` on A4 landscape (the table is wide), named after the period."""
        from PySide6.QtGui import QPageLayout, QPageSize

        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.titles()[0])
        return printer

    def printer(self) -> Any:
        """A printer set up as the preview's is."""
        from PySide6.QtPrintSupport import QPrinter

        return self.set_up(QPrinter(QPrinter.PrinterMode.HighResolution))

    def print_grid(self) -> None:
        """Show the print preview of the table; its print button asks for the printer."""
        if self.model.grid is None:
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        # The dialog owns its printer and the document: nothing Python holds can be freed under it.
        dialog = QPrintPreviewDialog(self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(QCoreApplication.translate("GridPrinter", "Print the table"))
        self.set_up(dialog.printer())
        document = self.document(dialog)
        dialog.paintRequested.connect(document.print_)
        screen = dialog.screen().availableGeometry()
        dialog.resize(min(1100, screen.width() - 40), min(720, screen.height() - 40))
        self.preview_dialog = dialog
        dialog.open()

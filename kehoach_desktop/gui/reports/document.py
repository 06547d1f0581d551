"""The previewed report as rich text: header, generated text and table, for the text view and the print.

One place builds what the officer reads on screen and what the printer gets (``print_html``), so a
print is the preview on A4. The table's cells come from ``ReportTableModel``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...reports.content import Report
from ...reports.content import date_line as content_date_line
from .table_model import NUMERIC, GroupLine, ReportTableModel



def date_line(report: Report, issued_on: date) -> str:
    """``Na Dương, ngày 05 tháng 01 năm 2027`` (Decree 30: day below 10 and months 1-2 with a zero)."""
    # The document's own words (Vietnamese whatever the screen's language): as the .docx writes it.
    return content_date_line(report.place, issued_on)


def covered_line(report: Report) -> str:
    """``Số liệu từ ngày 01/07/2026 đến ngày 30/09/2026``."""
    first, last = report.covered
    line = QCoreApplication.translate("ReportDocument", "Figures from %1 to %2")
    return line.replace("%1", first.strftime("%d/%m/%Y")).replace("%2", last.strftime("%d/%m/%Y"))


def number_line(number_text: str) -> str:
    """``Số: 05/BC-UBND``."""
    return QCoreApplication.translate("ReportDocument", "No.: %1").replace("%1", number_text)


def sections_html(sections: Iterable[Any], report: Report) -> str:
    """The generated text: each section's heading (bold) and paragraphs (justified)."""
    parts = []
    for section in sections:
        level = int(getattr(section, "level", 1) or 1)
        heading = str(getattr(section, "heading", "") or "")
        if heading:
            tag = "h3" if level <= 1 else "h4"
            parts.append(f"<{tag}>{escape(heading)}</{tag}>")
        for paragraph in getattr(section, "paragraphs", ()) or ():
            parts.append(f'<p align="justify">{escape(str(paragraph))}</p>')
    return "\n".join(parts)


def header_html(report: Report, number_text: str, issued_on: date) -> str:
    """Number and date line, ``BÁO CÁO``, the subject, the dates covered."""
    title = QCoreApplication.translate("ReportDocument", "REPORT")
    return (
        '<table width="100%"><tr>'
        f'<td>{escape(number_line(number_text))}</td>'
        f'<td align="right"><i>{escape(date_line(report, issued_on))}</i></td></tr></table>'
        f'<p align="center"><b>{escape(title)}</b><br/><b>{escape(report.subject)}</b><br/>'
        f'<i>{escape(covered_line(report))}</i></p>'
    )


def table_html(model: ReportTableModel) -> str:
    """The preview's table as an HTML table (same headings and cells)."""
    head = "".join(f"<th>{escape(model.header_text(k))}</th>" for k in model.columns)
    rows = []
    span = len(model.columns)
    for line in model.lines:
        if isinstance(line, GroupLine):
            rows.append(f'<tr><td colspan="{span}" bgcolor="#e7eef7"><b>{escape(line.title)}</b></td></tr>')
            continue
        cells = []
        for key in model.columns:
            text = escape(model.cell_text(line, key)).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;")
            if key == "period" and line.estimated and text:
                text = f"<i>{text}</i>"
            align = ' align="right"' if key in NUMERIC else ""
            cells.append(f"<td{align}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse: collapse;">'
            f"<thead><tr>{head}</tr></thead>" + "".join(rows) + "</table>")


def print_html(report: Report, sections: Iterable[Any] | None, model: ReportTableModel, number_text: str,
               issued_on: date) -> str:
    """The whole previewed report for the printer."""
    return (
        '<html><body style="font-family: \'Times New Roman\', serif; font-size: 11pt;">'
        + header_html(report, number_text, issued_on)
        + sections_html(sections or (), report)
        + f'<p><b>{escape(QCoreApplication.translate("ReportDocument", "Table"))}</b></p>'
        + table_html(model)
        + "</body></html>"
    )

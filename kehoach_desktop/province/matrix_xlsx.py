"""The completeness matrix as a workbook: communes down, months across, a rate row per month."""

from __future__ import annotations

from datetime import date, datetime

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..reports.files import save_document
from .matrix import CellState, Matrix, Timing

SHEET = "Tình hình báo cáo"
_FILLS = {
    CellState.MISSING: "FFFFFF", CellState.ESTIMATE: "FFF2CC", CellState.OFFICIAL: "DDEBF7",
    CellState.SUBMITTED: "E2EFDA", CellState.APPROVED: "A9D08E",
}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = "Times New Roman"


def cell_text(state: CellState, timing: Timing, received: object) -> str:
    """``Đã duyệt`` / ``12/01 — Trễ hạn``: what a cell says, on two lines."""
    when = received.strftime("%d/%m") if isinstance(received, (date, datetime)) else ""
    second = f"{when} — {timing.label}" if when else (timing.label if timing is Timing.OVERDUE else "")
    return state.label + (f"\n{second}" if second else "")


def write_matrix_xlsx(matrix: Matrix, path: Path, title: str = "") -> None:
    """Write ``matrix`` to ``path`` (.xlsx), replacing it only once complete."""
    wb = Workbook()
    ws = wb.create_sheet(SHEET)
    wb.remove(wb.worksheets[0])  # the default empty sheet
    months = matrix.months
    ncols = 3 + len(months) + 2
    ws.cell(row=1, column=1, value=title or "TÌNH HÌNH BÁO CÁO SỐ LIỆU CỦA CÁC XÃ").font = Font(name=_FONT, size=13, bold=True)
    ws.cell(row=2, column=1, value=(
        f"Hạn nộp: ngày {matrix.deadline_day} của tháng báo cáo. Ngày ghi trong ô là ngày xã ghi số liệu đầu tiên "
        "của tháng (giờ Việt Nam).")).font = Font(name=_FONT, size=11, italic=True)
    header = ["STT", "Mã xã", "Tên xã", *(f"{m:02d}/{y}" for y, m in months), "Số tháng đã nhận", "Số tháng trễ/quá hạn"]
    for c, text in enumerate(header, start=1):
        cell = ws.cell(row=4, column=c, value=text)
        cell.font, cell.border = Font(name=_FONT, size=11, bold=True), _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    for i, row in enumerate(matrix.rows, start=1):
        values: list[int | str] = [i, row.commune.code, row.commune.name]
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
        for c, cell_data in enumerate(row.cells, start=4):
            cell = ws.cell(row=r, column=c, value=cell_text(cell_data.state, cell_data.timing, cell_data.received))
            cell.fill = PatternFill("solid", fgColor=_FILLS[cell_data.state])
            if cell_data.timing in (Timing.LATE, Timing.OVERDUE):
                cell.font = Font(name=_FONT, size=10, color="C00000")
            else:
                cell.font = Font(name=_FONT, size=10)
        ws.cell(row=r, column=ncols - 1, value=row.received)
        ws.cell(row=r, column=ncols, value=row.late)
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = _BOX
            cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="left" if c == 3 else "center")
        r += 1
    for label, share in (("Tỷ lệ báo cáo", "rate"), ("Tỷ lệ đúng hạn", "on_time_rate")):
        ws.cell(row=r, column=3, value=label).font = Font(name=_FONT, bold=True)
        for c, rate in enumerate(matrix.rates, start=4):
            cell = ws.cell(row=r, column=c, value=round(getattr(rate, share), 4))
            cell.number_format = "0.0%"
            cell.border = _BOX
        r += 1
    ws.cell(row=r, column=3, value="Số xã đã nhận / phải nộp").font = Font(name=_FONT, bold=True)
    for c, rate in enumerate(matrix.rates, start=4):
        ws.cell(row=r, column=c, value=f"{rate.received}/{rate.expected}").border = _BOX
    widths = [5, 8, 24, *([12] * len(months)), 10, 10]
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "D5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    save_document(path, wb.save)

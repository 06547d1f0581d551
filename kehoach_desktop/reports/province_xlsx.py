"""The province's report as an Excel workbook: ``write_province_report_xlsx(report, path)``.

Sheets: "Tổng hợp" (one row per indicator: unit, the communes' targets added, the province's
period figure and year to date with how they were made, communes with figures, communes at each
status), "Tình hình báo cáo" (each month of the period: communes expected, received, on time,
approved), "Các xã" (each commune: how it reported, its status counts), "Chỉ tiêu theo xã" (one
long sheet, filterable: every indicator of every commune, and the province's line under each
indicator). Figures are number cells written exactly as ``xlsx_writer.put_number`` does (a figure
Excel cannot hold exactly stays text); headers are frozen and repeated on printed pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from . import xlsx_writer as x
from .content import STATUS_ORDER
from .province import NOT_IN_PLAN, NOT_SUMMABLE, put_row_figures
from .province_report import STATUS_SHORT, IndicatorSummary, ProvinceReport

SUMMARY_SHEET = "Tổng hợp"
REPORTING_SHEET = "Tình hình báo cáo"
COMMUNES_SHEET = "Các xã"
DETAIL_SHEET = "Chỉ tiêu theo xã"
SHEETS = (SUMMARY_SHEET, REPORTING_SHEET, COMMUNES_SHEET, DETAIL_SHEET)

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_STATUSES = tuple((STATUS_SHORT[s], 8.5) for s in STATUS_ORDER)

SUMMARY_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5.5), ("Mã chỉ tiêu", 8), ("Chỉ tiêu", 36), ("ĐVT", 11), ("KH năm (cộng các xã)", 13),
    ("TH kỳ báo cáo", 13), ("Lũy kế từ đầu năm", 13), ("% Lũy kế/KH", 9), ("Số xã có chỉ tiêu", 8.5),
    ("Số xã có số liệu", 8.5), *_STATUSES, ("Cách tính tổng toàn tỉnh", 50),
)
REPORTING_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Tháng", 10), ("Số xã phải báo cáo", 12), ("Đã gửi số liệu", 12), ("Tỷ lệ đã gửi (%)", 12),
    ("Gửi đúng hạn", 12), ("Đã phê duyệt", 12),
)
COMMUNE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5.5), ("Mã xã", 8), ("Tên xã", 26), ("Số liệu tháng cuối kỳ", 26), ("Số tháng trễ hạn trong kỳ", 9),
    ("Số chỉ tiêu đánh giá", 9), *_STATUSES, ("Tóm tắt", 50),
)
DETAIL_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Mã chỉ tiêu", 8), ("Chỉ tiêu", 34), ("ĐVT", 11), ("Mã xã", 8), ("Tên xã", 24), ("KH năm", 12),
    ("TH kỳ báo cáo", 12), ("Lũy kế từ đầu năm", 12), ("% Lũy kế/KH", 9), ("Đánh giá", 14), ("Ghi chú", 40),
)


def _add_styles(wb: Workbook) -> None:
    """The table cells' named styles: one per (total or not) x (left, centre, right).

    Named once and assigned by name: giving each of 60,000 cells its own Font, Border and Alignment
    made openpyxl hash and compare style objects for 30 s of a 40 s workbook (168 communes)."""
    for total in (False, True):
        for horizontal in ("left", "center", "right"):
            style = NamedStyle(name=_style_name(total, horizontal))
            style.font = x._font(bold=total)
            style.border = _BOX
            if total:
                style.fill = _TOTAL_FILL
            style.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=horizontal == "left")
            wb.add_named_style(style)


def _style_name(total: bool, horizontal: str) -> str:
    return f"kh-{'total' if total else 'cell'}-{horizontal}"


def _style_row(ws: Worksheet, r: int, ncols: int, left: Sequence[int], bold: bool = False) -> None:
    for col in range(1, ncols + 1):
        cell = ws.cell(row=r, column=col)
        number_format = cell.number_format
        horizontal = "left" if col in left else ("right" if cell.data_type == "n" else "center")
        cell.style = _style_name(bold, horizontal)
        if number_format != "General":
            cell.number_format = number_format


def _title(ws: Worksheet, report: ProvinceReport, columns: Sequence[tuple[str, float]], title: str) -> int:
    """The heading block of a sheet; returns the header row."""
    ncols = len(columns)
    x.set_widths(ws, [w for _, w in columns])
    half = max(3, ncols // 2)
    x._merge_line(ws, 1, 1, half - 1, report.parent_body, x._font(12))
    x._merge_line(ws, 1, half, ncols, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x._font(12, bold=True))
    x._merge_line(ws, 2, 1, half - 1, report.issuing_body, x._font(12, bold=True))
    x._merge_line(ws, 2, half, ncols, "Độc lập - Tự do - Hạnh phúc", x._font(12, bold=True))
    x._merge_line(ws, 3, 1, half - 1, f"Số: {report.number_text}", x._font(12))
    x._merge_line(ws, 3, half, ncols, report.date_line, x._font(12, italic=True))
    left = sum(w for _, w in columns[: half - 1])  # a narrow sheet wraps the parent body: give it the lines
    x.fit_height(ws, 1, x.text_lines(report.parent_body, left), size=12)
    x._merge_line(ws, 5, 1, ncols, title, x._font(14, bold=True))
    x.fit_height(ws, 5, x.text_lines(title, sum(w for _, w in columns)), size=14)
    subject = report.subject
    x._merge_line(ws, 6, 1, ncols, subject[:1].upper() + subject[1:], x._font(12, italic=True))
    header = 8
    x._header_cells(ws, header, [t for t, _ in columns])
    x.fit_height(ws, header, max(x.text_lines(t, w) for t, w in columns))
    return header


def _finish(ws: Worksheet, header: int, ncols: int, last: int, freeze_col: str = "A") -> None:
    ws.freeze_panes = f"{freeze_col}{header + 1}"
    x.print_setup(ws, f"{header}:{header}", ncols, last)


def _summary(ws: Worksheet, report: ProvinceReport) -> None:
    ncols = len(SUMMARY_COLUMNS)
    header = _title(ws, report, SUMMARY_COLUMNS, "TỔNG HỢP CÁC CHỈ TIÊU CỦA CÁC XÃ, PHƯỜNG")
    r = header + 1
    for item in report.indicators:
        total = item.total
        x.put_text(ws, r, 1, item.stt, single_line=True)
        x.put_text(ws, r, 2, item.code, single_line=True)
        x.put_text(ws, r, 3, ("- " if item.level else "") + " ".join(item.name.split()))
        x.put_text(ws, r, 4, item.unit, single_line=True)
        if total.summable:
            for col, value in ((5, total.target), (6, total.period_value), (7, total.actual)):
                x.put_number(ws, r, col, value)
        else:
            x.put_text(ws, r, 7, NOT_SUMMABLE)
        x.put_number(ws, r, 8, total.percent_of_target, x.PERCENT_FORMAT)
        ws.cell(row=r, column=9, value=item.communes)
        ws.cell(row=r, column=10, value=item.with_figures)
        for col, status in enumerate(STATUS_ORDER, start=11):
            ws.cell(row=r, column=col, value=item.by_status.get(status, 0))
        x.put_text(ws, r, ncols, total.method)
        _style_row(ws, r, ncols, left=(3, ncols))
        x.fit_height(ws, r, max(x.text_lines(item.name, 36), x.text_lines(total.method, 50)))
        r += 1
    r += 1
    legend = ("Tổng toàn tỉnh: chỉ tiêu cộng dồn theo tháng thì cộng số các xã; chỉ tiêu lấy số thời điểm thì cộng số "
              "các xã tại cùng một tháng; tỷ lệ (%) và số bình quân không cộng, không lấy trung bình. Các cột Vượt ... "
              "Chưa có số liệu: số xã ở từng mức đánh giá của chỉ tiêu.")
    x._merge_line(ws, r, 1, ncols, legend, x._font(11, italic=True), horizontal="left")
    x.fit_height(ws, r, x.text_lines(legend, sum(w for _, w in SUMMARY_COLUMNS) * 0.95))
    _finish(ws, header, ncols, r, "D")


def _reporting(ws: Worksheet, report: ProvinceReport) -> None:
    ncols = len(REPORTING_COLUMNS)
    header = _title(ws, report, REPORTING_COLUMNS, "TÌNH HÌNH GỬI SỐ LIỆU CỦA CÁC XÃ")
    r = header + 1
    for m in report.reporting:
        x.put_text(ws, r, 1, f"{m.month:02d}/{m.year}", single_line=True)
        for col, n in ((2, m.expected), (3, m.received), (5, m.on_time), (6, m.approved)):
            ws.cell(row=r, column=col, value=n)
        x.put_number(ws, r, 4, m.rate, x.PERCENT_FORMAT)
        _style_row(ws, r, ncols, left=())
        r += 1
    note = f"Đúng hạn: số liệu của tháng được xã ghi nhận đến hết ngày {report.deadline_day} của tháng đó."
    x._merge_line(ws, r + 1, 1, ncols, note, x._font(11, italic=True), horizontal="left")
    x.fit_height(ws, r + 1, x.text_lines(note, sum(w for _, w in REPORTING_COLUMNS)))
    _finish(ws, header, ncols, r + 1)


def _communes(ws: Worksheet, report: ProvinceReport) -> None:
    ncols = len(COMMUNE_COLUMNS)
    header = _title(ws, report, COMMUNE_COLUMNS, "TÌNH HÌNH BÁO CÁO VÀ ĐÁNH GIÁ CHỈ TIÊU CỦA TỪNG XÃ")
    last = report.reporting[-1] if report.reporting else None
    if last is not None:
        x.put_text(ws, header, 4, f"Số liệu tháng {last.month}/{last.year}")
    r = header + 1
    for i, c in enumerate(report.communes, start=1):
        ws.cell(row=r, column=1, value=i)
        x.put_text(ws, r, 2, c.code, single_line=True)
        x.put_text(ws, r, 3, c.name)
        x.put_text(ws, r, 4, c.reporting)
        ws.cell(row=r, column=5, value=c.late_months)
        if c.counts is None:
            x.put_text(ws, r, ncols, "Chưa nhận số liệu của xã")
        else:
            ws.cell(row=r, column=6, value=c.counts.judged)
            for col, status in enumerate(STATUS_ORDER, start=7):
                ws.cell(row=r, column=col, value=c.counts.by_status.get(status, 0))
            x.put_text(ws, r, ncols, c.counts.sentence())
        _style_row(ws, r, ncols, left=(3, 4, ncols))
        x.fit_height(ws, r, max(x.text_lines(c.name, 26), x.text_lines(c.reporting, 26),
                                x.text_lines(c.counts.sentence() if c.counts else "", 50)))
        r += 1
    ws.auto_filter.ref = f"A{header}:{get_column_letter(ncols)}{max(r - 1, header)}"
    _finish(ws, header, ncols, r - 1, "D")


def _detail_rows(ws: Worksheet, r: int, item: IndicatorSummary) -> int:
    ncols = len(DETAIL_COLUMNS)
    name = " ".join(item.name.split())
    for line in item.lines:
        x.put_text(ws, r, 1, item.code, single_line=True)
        x.put_text(ws, r, 2, name)
        x.put_text(ws, r, 3, item.unit, single_line=True)
        x.put_text(ws, r, 4, line.commune.code, single_line=True)
        x.put_text(ws, r, 5, line.commune.name)
        row = line.row
        if row is None:
            x.put_text(ws, r, 10, NOT_IN_PLAN)
        else:
            put_row_figures(ws, r, 6, row)
            x.put_text(ws, r, 11, row.note[:1000])
        _style_row(ws, r, ncols, left=(2, 5, 11))
        r += 1
    total = item.total
    x.put_text(ws, r, 1, item.code, single_line=True)
    x.put_text(ws, r, 2, name)
    x.put_text(ws, r, 3, item.unit, single_line=True)
    x.put_text(ws, r, 5, "Toàn tỉnh")
    if total.summable:
        for col, value in ((6, total.target), (7, total.period_value), (8, total.actual)):
            x.put_number(ws, r, col, value)
    else:
        x.put_text(ws, r, 8, NOT_SUMMABLE)
    x.put_number(ws, r, 9, total.percent_of_target, x.PERCENT_FORMAT)
    x.put_text(ws, r, 11, total.method)
    _style_row(ws, r, ncols, left=(2, 5, 11), bold=True)
    x.fit_height(ws, r, x.text_lines(total.method, 40))
    return r + 1


def _detail(ws: Worksheet, report: ProvinceReport) -> None:
    ncols = len(DETAIL_COLUMNS)
    header = _title(ws, report, DETAIL_COLUMNS, "CÁC CHỈ TIÊU THEO TỪNG XÃ")
    r = header + 1
    for item in report.indicators:
        r = _detail_rows(ws, r, item)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(ncols)}{max(r - 1, header)}"
    _finish(ws, header, ncols, r - 1, "F")


def write_province_report_xlsx(report: ProvinceReport, path: Path) -> None:
    """Write ``report`` as a workbook at ``path`` (replaced atomically; see the module doc)."""
    wb, (summary, reporting, communes, detail) = x.new_workbook(SHEETS)
    wb.properties.title = x.clean_text(report.subject, single_line=True)[:250]
    wb.properties.creator = "KếHoạch Desktop"
    _add_styles(wb)
    _summary(summary, report)
    _reporting(reporting, report)
    _communes(communes, report)
    _detail(detail, report)
    x.save_workbook(wb, path)


def cell_decimal(value: object) -> Decimal | None:
    """A number cell read back as the exact figure it was written from (tests compare workbooks)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


__all__ = ["SHEETS", "SUMMARY_SHEET", "REPORTING_SHEET", "COMMUNES_SHEET", "DETAIL_SHEET", "cell_decimal",
           "write_province_report_xlsx"]

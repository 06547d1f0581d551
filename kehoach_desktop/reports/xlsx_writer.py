"""The report as an Excel workbook: ``write_xlsx(report, path)``.

Sheet "Báo cáo": a title block (issuing body, number, national motto, place and date, the subject
and the days covered), the table of the report (STT, Chỉ tiêu, ĐVT, KH năm, TH kỳ báo cáo, Lũy
kế, Cùng kỳ, % Lũy kế/KH, % so cùng kỳ, Ước cả năm from the 6-month report on, next year's
plan ``KH năm 2027`` from the October report on, Đánh giá, Ghi chú) with its numbering row ``(1) (2) ... (8)=(6)/(4)``, a row per group of the plan, sub-indicators
indented, estimates in italics (a legend says so); under it the status counts and a legend.
Sheet "Số liệu tháng": every recorded month of the year up to the period's end.

Numbers are number cells. A whole number is written as an int, any other figure as the float
whose shortest form is the figure itself (``Decimal("50.03")`` → ``50.03``; Python's float repr
round-trips any figure of at most 15 significant digits, which is also all Excel keeps). A figure
with more significant digits than Excel can hold is written as Vietnamese text (``format_number``)
rather than silently changed. Each figure's format shows exactly its own decimals, as the app does
(``#,##0`` for 7000, ``#,##0.00`` for 9527.37); percentages show one decimal (``#,##0.0``; the
oriented % is already x100, so no ``%`` format). Every number format carries the Vietnamese locale
tag ``[$-42A]``: LibreOffice then shows ``1.234,5`` whatever the reader's locale; Excel takes the
separators from Windows, which on the officers' PCs (Vietnamese regional settings) is the same.
Units, statuses and the target as officers write it (``≥ 7.000``, ``35 - 40``, ``*``) are text;
a target that is a plain figure is a number (the year's and next year's alike).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.model import ValueKind
from ..domain.numbers import format_number
from .files import save_document
from .content import Report, ReportRow

__all__ = ["REPORT_SHEET", "MONTHS_SHEET", "write_xlsx", "report_columns"]

REPORT_SHEET = "Báo cáo"
MONTHS_SHEET = "Số liệu tháng"

#: The Vietnamese locale tag of every number format (see the module doc).
VN = "[$-42A]"
PERCENT_FORMAT = VN + "#,##0.0"
#: Excel keeps 15 significant digits; a figure with more is written as text.
EXCEL_DIGITS = 15
#: Excel's limit for one cell's text, and for a row's height in points.
MAX_CELL = 32_767
MAX_ROW_HEIGHT = 409
#: Decimals a figure's format shows at most (a figure with more is still stored in full).
MAX_PLACES = 6

FONT_NAME = "Times New Roman"
TABLE_SIZE = 11
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="E7EEF7")
_GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _font(size: float = TABLE_SIZE, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, color="000000")


# --- cells -------------------------------------------------------------------------------------

_TAB_RE = re.compile(r"[\t\r\n]+")


def clean_text(text: str, single_line: bool = False) -> str:
    """Text an .xlsx cell can hold: no XML-illegal characters, at most Excel's 32,767 characters."""
    text = ILLEGAL_CHARACTERS_RE.sub(" ", str(text).replace("\ufffe", " ").replace("\uffff", " "))
    if single_line:
        text = _TAB_RE.sub(" ", text)
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text


def put_text(ws: Worksheet, row: int, col: int, text: str | None, single_line: bool = False) -> Any:
    """A text cell; ``=`` at the start stays text (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if text:
        cell.value = clean_text(text, single_line)
        cell.data_type = "s"
    return cell


def places(value: Decimal) -> int:
    """The decimals ``value`` shows in the app (``format_number`` with its own digits)."""
    exponent = value.normalize().as_tuple().exponent
    return 0 if not isinstance(exponent, int) or exponent >= 0 else min(-exponent, MAX_PLACES)


def number_format(value: Decimal) -> str:
    """The display format that shows ``value`` as ``format_number`` does (``1.234,5``)."""
    n = places(value)
    return VN + "#,##0" + ("." + "0" * n if n else "")


def excel_number(value: Decimal) -> int | float | None:
    """``value`` as the number Excel stores, or None when Excel cannot hold it exactly."""
    if not value.is_finite():
        return None
    value = value.normalize()
    digits = len(value.as_tuple().digits)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if value == value.to_integral_value():
        as_int = int(value)
        return as_int if abs(as_int) < 10 ** EXCEL_DIGITS else None
    if digits > EXCEL_DIGITS or exponent < -(EXCEL_DIGITS + 5):
        return None
    as_float = float(value)
    return as_float if math.isfinite(as_float) and Decimal(repr(as_float)) == value else None


def put_number(ws: Worksheet, row: int, col: int, value: Decimal | None, fmt: str | None = None) -> Any:
    """A number cell showing ``value`` (empty for None; text when Excel cannot hold it exactly)."""
    cell = ws.cell(row=row, column=col)
    if value is None:
        return cell
    number = excel_number(value)
    if number is None:
        cell.value = format_number(value) if value.is_finite() else str(value)
        cell.data_type = "s"
        return cell
    cell.value = number
    cell.number_format = fmt or number_format(value)
    return cell


# --- layout helpers ----------------------------------------------------------------------------

def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (an estimate).

    A greedy word wrap at about 1,4 characters of Times New Roman per unit of column width (the
    unit is the width of a digit of the default font); a word longer than a line is cut.
    """
    chars = max(int(width * 1.4) - 2, 4)
    total = 0
    for paragraph in (text or "").split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size <= chars:
                used += 1 + size
                continue
            if used:
                lines += 1
            lines += (size - 1) // chars
            used = size - (size - 1) // chars * chars
        total += lines
    return max(total, 1)


def fit_height(ws: Worksheet, row: int, lines: int, size: float = TABLE_SIZE) -> None:
    """Give ``row`` the height of ``lines`` lines (capped at Excel's largest row)."""
    ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, max(1, lines) * size * 1.32 + 3)


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def print_setup(ws: Worksheet, title_rows: str | None, last_col: int, last_row: int) -> None:
    """A4 landscape, one page wide, header rows on every page, ``Trang 2/5`` in the footer.

    Margins after Decree 30/2020: left 30 mm, right 15 mm, top and bottom 20 mm.
    """
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit = ws.sheet_properties.pageSetUpPr
    if fit is None:
        fit = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    fit.fitToPage = True
    ws.page_margins = PageMargins(left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4,
                                  header=8 / 25.4, footer=8 / 25.4)
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_area = f"A1:{get_column_letter(last_col)}{max(last_row, 1)}"
    footer = ws.oddFooter
    assert footer is not None  # every sheet has its header and footer objects
    footer.center.text = "Trang &P/&N"
    footer.center.font = FONT_NAME
    footer.center.size = 10


def _header_cells(ws: Worksheet, row: int, titles: Sequence[str], size: float = TABLE_SIZE) -> None:
    for col, title in enumerate(titles, start=1):
        cell = put_text(ws, row, col, title)
        cell.font = _font(size, bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _merge_line(ws: Worksheet, row: int, first: int, last: int, text: str, font: Font,
                horizontal: str = "center") -> None:
    put_text(ws, row, first, text, single_line=True).font = font
    ws.cell(row=row, column=first).alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


# --- the report sheet --------------------------------------------------------------------------

#: (key, header, width). ``forecast`` only from the 6-month report on, ``next_target`` (its header
#: gets the year: ``KH năm 2027``) only from the October report on.
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("stt", "STT", 5.5),
    ("name", "Chỉ tiêu", 34),
    ("unit", "ĐVT", 12),
    ("target", "KH năm", 10.5),
    ("period", "TH kỳ báo cáo", 10.5),
    ("actual", "Lũy kế", 10.5),
    ("same", "Cùng kỳ", 10.5),
    ("pct_target", "% Lũy kế/KH", 8.5),
    ("pct_last", "% so cùng kỳ", 8.5),
    ("forecast", "Ước cả năm", 10.5),
    ("next_target", "KH năm", 11.5),
    ("status", "Đánh giá", 12),
    ("note", "Ghi chú", 28),
)


def report_columns(report: Report) -> list[tuple[str, str, float]]:
    """The table's columns for ``report`` (key, header, width)."""
    columns = []
    for key, header, width in COLUMNS:
        if key == "forecast" and not report.show_forecast:
            continue
        if key == "next_target":
            if not report.show_next_year:
                continue
            header = f"KH năm {report.next_year}"
        elif key == "target" and report.show_next_year:
            header = f"KH năm {report.period.year}"  # beside next year's, each names its year
        columns.append((key, header, width))
    return columns


def numbering(keys: Sequence[str]) -> list[str]:
    """The numbering row: ``(1) (2) ... (8)=(6)/(4) (9)=(6)/(7)``."""
    number = {k: i for i, k in enumerate(keys, start=1)}
    formulas = {
        ratio: f"=({number[top]})/({number[bottom]})"
        for ratio, top, bottom in (("pct_target", "actual", "target"), ("pct_last", "actual", "same"))
        if top in number and bottom in number
    }
    return [f"({number[k]}){formulas.get(k, '')}" for k in keys]


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _title_block(ws: Worksheet, report: Report, ncols: int) -> int:
    """Rows 1-6: issuer and motto, number and date, subject, days covered. Returns the next row."""
    left_last = 3
    right_first = max(left_last + 2, ncols - 6)
    parent = report.settings.parent_body.strip().upper()
    row = 1
    if parent:
        _merge_line(ws, row, 1, left_last, parent, _font(12))
    _merge_line(ws, row, right_first, ncols, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", _font(12, bold=True))
    row += 1
    _merge_line(ws, row, 1, left_last, "ỦY BAN NHÂN DÂN", _font(12, bold=True))
    _merge_line(ws, row, right_first, ncols, "Độc lập - Tự do - Hạnh phúc", _font(13, bold=True))
    row += 1
    _merge_line(ws, row, 1, left_last, report.issuing_body, _font(12, bold=True))
    fit_height(ws, row, text_lines(report.issuing_body, 50), size=12)
    row += 1
    _merge_line(ws, row, 1, left_last, f"Số: {report.number_text}", _font(13))
    _merge_line(ws, row, right_first, ncols, report.date_line, _font(13, italic=True))
    row += 2
    subject = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"
    _merge_line(ws, row, 1, ncols, subject, _font(14, bold=True))
    ws.row_dimensions[row].height = 20
    row += 1
    _merge_line(ws, row, 1, ncols, report.subject, _font(13, bold=True))
    ws.row_dimensions[row].height = 18
    row += 1
    first, last = report.covered
    _merge_line(
        ws, row, 1, ncols,
        f"(Kèm theo Báo cáo số {report.number_text} ngày {_dmy(report.issued_on)}; "
        f"số liệu từ ngày {_dmy(first)} đến ngày {_dmy(last)})",
        _font(12, italic=True),
    )
    return row + 2


def _qualitative_text(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return "Đạt" if value >= 1 else "Không đạt"


def _row_cells(ws: Worksheet, r: int, row: ReportRow, keys: Sequence[str], widths: dict[str, float]) -> int:
    """One indicator's row; returns the lines its tallest cell needs."""
    lines = 1
    italic = row.estimated
    for col, key in enumerate(keys, start=1):
        cell = ws.cell(row=r, column=col)
        align = Alignment(horizontal="right", vertical="center", wrap_text=True)
        if key == "stt":
            put_text(ws, r, col, row.stt, single_line=True)
            align = Alignment(horizontal="center", vertical="center")
        elif key == "name":
            put_text(ws, r, col, row.name)
            align = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=2 * row.level)
            lines = max(lines, text_lines(row.name, widths[key] - 2 * row.level))
        elif key == "unit":
            put_text(ws, r, col, row.unit, single_line=True)
            align = Alignment(horizontal="center", vertical="center", wrap_text=True)
            lines = max(lines, text_lines(row.unit, widths[key]))
        elif key in ("target", "next_target"):
            number, text = (row.target, row.target_text) if key == "target" else (row.next_target, row.next_target_text)
            if number is not None and text == format_number(number) and excel_number(number) is not None:
                put_number(ws, r, col, number)
            else:
                put_text(ws, r, col, text, single_line=True)
                lines = max(lines, text_lines(text, widths[key]))
        elif key in ("period", "actual", "same", "forecast"):
            value = {"period": row.period_value, "actual": row.actual, "same": row.same_period,
                     "forecast": row.forecast}[key]
            if row.qualitative:
                put_text(ws, r, col, _qualitative_text(value))
            elif key == "forecast" and value is not None and row.evaluation.indicator.is_count:
                put_number(ws, r, col, value, VN + "#,##0")  # an estimate of whole things shows whole
            else:
                put_number(ws, r, col, value)
        elif key in ("pct_target", "pct_last"):
            value = row.percent_of_target if key == "pct_target" else row.percent_of_last_year
            put_number(ws, r, col, value, PERCENT_FORMAT)
        elif key == "status":
            put_text(ws, r, col, row.status, single_line=True)
            align = Alignment(horizontal="center", vertical="center", wrap_text=True)
            lines = max(lines, text_lines(row.status, widths[key]))
        elif key == "note":
            put_text(ws, r, col, row.note)
            align = Alignment(horizontal="left", vertical="center", wrap_text=True)
            lines = max(lines, text_lines(row.note, widths[key]))
        cell.alignment = align
        cell.border = _BOX
        figure = key in ("period", "actual", "pct_target", "forecast")
        cell.font = _font(italic=italic and figure)
    return lines


def _group_titles(report: Report) -> dict[str, str]:
    return {g.key: g.title for g in report.groups}


def _write_report_sheet(ws: Worksheet, report: Report) -> None:
    columns = report_columns(report)
    keys = [c[0] for c in columns]
    widths = {c[0]: c[2] for c in columns}
    ncols = len(columns)
    set_widths(ws, [c[2] for c in columns])
    ws.sheet_view.zoomScale = 90
    header = _title_block(ws, report, ncols)
    _header_cells(ws, header, [c[1] for c in columns])
    ws.row_dimensions[header].height = 33
    _header_cells(ws, header + 1, numbering(keys), size=9)
    for col in range(1, ncols + 1):
        ws.cell(row=header + 1, column=col).font = _font(9, italic=True)
    first_data = header + 2
    titles = _group_titles(report)
    r = first_data
    current: str | None = None
    groups_seen = 0
    for row in report.rows:
        if row.group_key != current:
            current = row.group_key
            title = titles.get(current) or ("Chỉ tiêu khác" if current else "")
            if title:
                groups_seen += 1
                put_text(ws, r, 1, _ROMAN[groups_seen - 1] if groups_seen <= len(_ROMAN) else str(groups_seen))
                put_text(ws, r, 2, title, single_line=True)
                for col in range(1, ncols + 1):
                    cell = ws.cell(row=r, column=col)
                    cell.font = _font(bold=True)
                    cell.fill = _GROUP_FILL
                    cell.border = _BOX
                    cell.alignment = Alignment(horizontal="center" if col == 1 else "left", vertical="center")
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
                fit_height(ws, r, text_lines(title, sum(widths.values()) - widths["stt"]))
                r += 1
        lines = _row_cells(ws, r, row, keys, widths)
        fit_height(ws, r, lines)
        r += 1
    r += 1
    notes = [
        ("Tổng hợp: " + report.counts.sentence() + ".", _font(12, bold=True)),
        ("Ghi chú:", _font(11, italic=True)),
        ("- Số in nghiêng: có số ước thực hiện trong kỳ, chưa phải số chính thức.", _font(11, italic=True)),
        (f"- {numbering(keys)[keys.index('pct_target')]}: lũy kế so với kế hoạch năm, 100 là đạt; chỉ tiêu "
         "càng thấp càng tốt tính ngược lại, (4)/(6), để số lớn hơn vẫn là tốt hơn.", _font(11, italic=True)),
        ("- Cùng kỳ: cùng các tháng của năm trước; KH năm có dấu * là kế hoạch năm tính từ mục tiêu 5 năm.",
         _font(11, italic=True)),
    ]
    if report.show_next_year:
        notes.append((f"- KH năm {report.next_year}: chỉ tiêu kế hoạch năm {report.next_year} (nghị quyết năm hoặc "
                      f"lộ trình kế hoạch 5 năm); để trống khi năm {report.next_year} chưa có chỉ tiêu.",
                      _font(11, italic=True)))
    for text, font in notes:
        _merge_line(ws, r, 1, ncols, text, font, horizontal="left")
        fit_height(ws, r, text_lines(text, sum(widths.values()) * 0.95), size=font.sz or TABLE_SIZE)
        r += 1
    ws.freeze_panes = f"C{first_data}"
    print_setup(ws, f"{header}:{header + 1}", ncols, r - 1)


# --- the sheet of monthly figures --------------------------------------------------------------

MONTH_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Mã", 7), ("Chỉ tiêu", 44), ("ĐVT", 18), ("Tháng", 10), ("Số liệu", 13), ("Loại số liệu", 12),
    ("Ghi chú", 50),
)
KIND_LABELS = {ValueKind.ESTIMATE: "Ước", ValueKind.OFFICIAL: "Chính thức"}


def _write_months_sheet(ws: Worksheet, report: Report) -> None:
    ncols = len(MONTH_COLUMNS)
    set_widths(ws, [w for _, w in MONTH_COLUMNS])
    period = report.period
    title = f"SỐ LIỆU CÁC THÁNG NĂM {period.year}" + (f" ĐẾN HẾT THÁNG {period.month}" if period.month < 12 else "")
    title += f" — {report.issuing_body}"
    _merge_line(ws, 1, 1, ncols, title, _font(13, bold=True))
    fit_height(ws, 1, text_lines(title, sum(w for _, w in MONTH_COLUMNS)), size=13)
    header = 3
    _header_cells(ws, header, [t for t, _ in MONTH_COLUMNS])
    r = header + 1
    for line in report.months:
        put_text(ws, r, 1, line.code, single_line=True)
        put_text(ws, r, 2, line.name)
        put_text(ws, r, 3, line.unit, single_line=True)
        month = ws.cell(row=r, column=4, value=date(line.year, line.month, 1))
        month.number_format = "mm/yyyy"
        put_number(ws, r, 5, line.value)
        put_text(ws, r, 6, KIND_LABELS.get(line.kind, str(line.kind)))
        put_text(ws, r, 7, line.note)
        italic = line.kind is ValueKind.ESTIMATE
        for col in range(1, ncols + 1):
            cell = ws.cell(row=r, column=col)
            cell.font = _font(italic=italic and col == 5)
            cell.border = _BOX
            wrap = col in (2, 3, 7)
            cell.alignment = Alignment(
                horizontal="left" if col != 3 and wrap else ("right" if col == 5 else "center"), vertical="center",
                wrap_text=wrap,
            )
        fit_height(ws, r, max(text_lines(line.name, 44), text_lines(line.unit, 18), text_lines(line.note, 50)))
        r += 1
    if report.months:
        ws.auto_filter.ref = f"A{header}:{get_column_letter(ncols)}{r - 1}"
    else:
        _merge_line(ws, r, 1, ncols, "Chưa có số liệu tháng nào trong năm.", _font(italic=True), horizontal="left")
        r += 1
    ws.freeze_panes = f"C{header + 1}"
    print_setup(ws, f"{header}:{header}", ncols, r - 1)
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE


# --- the workbook ------------------------------------------------------------------------------

def new_workbook(titles: Iterable[str]) -> tuple[Workbook, list[Worksheet]]:
    """A workbook whose sheets are named ``titles``, in order."""
    wb = Workbook()
    sheets: list[Worksheet] = []
    for i, title in enumerate(titles):
        ws = wb.active if i == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = title
        sheets.append(ws)
    return wb, sheets


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save ``wb`` to ``path`` atomically (a temporary file renamed over it once complete)."""
    save_document(path, wb.save)


def write_xlsx(report: Report, path: Path) -> None:
    """Write ``report`` as an Excel workbook at ``path`` (replaced atomically)."""
    wb, (sheet, months) = new_workbook((REPORT_SHEET, MONTHS_SHEET))
    wb.properties.title = clean_text(report.subject, single_line=True)[:250]
    wb.properties.creator = "KếHoạch Desktop"
    _write_report_sheet(sheet, report)
    _write_months_sheet(months, report)
    save_workbook(wb, path)

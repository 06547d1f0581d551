"""The province's sheet of a year's targets for its communes: one row per commune and indicator.

Columns (header row anywhere in the first ten rows, any order): ``Mã xã``, ``Mã chỉ tiêu`` and
``Mục tiêu năm YYYY`` (or ``Mục tiêu``, ``Kế hoạch năm``); names are for the reader and ignored.
A commune code Excel turned into a number gets its leading zeros back; a number cell becomes its
Vietnamese text (``7000`` -> ``7.000``). Bounded like every sheet reader (``xlsx_read.open_sheet_file``,
``limits.check_sheet``, rows) and every bad row is listed at once, nothing returned partly. What a
target says is read later against its indicator (``typed_target``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.errors import UserError
from ..domain.numbers import format_number
from ..domain.text import fold
from . import limits
from .xlsx import _header, _put, _save
from .xlsx_read import _Problems, open_sheet_file

MAX_BYTES = 10 * 1024 * 1024
#: 168 communes x a few dozen indicators is some 5,000 rows; reading each target costs ~0.2 ms, so
#: the largest sheet is read and checked in about ten seconds.
MAX_ROWS = 50_000
HEADER_ROWS = 10
MAX_CELL = 300
CODE_DIGITS = 5

_COMMUNE = ("ma xa", "ma dvhc", "ma don vi hanh chinh", "ma xa phuong", "ma phuong")
_INDICATOR = ("ma chi tieu", "stt ma chi tieu", "ma so chi tieu")
_TARGET = ("muc tieu", "ke hoach nam", "chi tieu giao", "muc tieu giao")


def _title(value: Any) -> str:
    return " ".join(fold(str(value)).replace("/", " ").replace(",", " ").split()) if value is not None else ""


def _code(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return str(int(value)).zfill(CODE_DIGITS)
    text = " ".join(unicodedata.normalize("NFC", str(value or "")).split())
    return text.zfill(CODE_DIGITS) if text.isdigit() else text


def _target(value: Any) -> str:
    """A target cell as text: a number cell in Vietnamese form, a date cell refused by the caller."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return format_number(Decimal(repr(value)) if isinstance(value, float) else Decimal(value))
        except (InvalidOperation, ValueError):
            return str(value)
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _columns(row: Sequence[Any], year: int) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for c, value in enumerate(row):
        title = _title(value)
        if title in _COMMUNE:
            found.setdefault("commune", c)
        elif title in _INDICATOR or title.startswith("ma chi tieu"):
            found.setdefault("indicator", c)
        elif title in _TARGET or title == f"muc tieu nam {year}" or title == f"ke hoach nam {year}":
            found.setdefault("target", c)
    return found if len(found) == 3 else None


def read_province_targets_xlsx(path: Path, year: int) -> dict[str, dict[str, str]]:
    """Target texts by commune code then indicator code (blank targets left out)."""
    path = Path(path)
    wb = open_sheet_file(path, MAX_BYTES, "cho một bảng mục tiêu giao các xã")
    try:
        ws = wb.worksheets[0]
        limits.check_sheet(ws, path.name)
        return _read(ws, path, year)
    finally:
        wb.close()


def _read(ws: Worksheet, path: Path, year: int) -> dict[str, dict[str, str]]:
    problems = _Problems()
    columns: dict[str, int] | None = None
    found: dict[str, dict[str, str]] = {}
    seen: dict[tuple[str, str], int] = {}
    for r, values in enumerate(ws.iter_rows(values_only=True, max_col=limits.MAX_SHEET_COLUMNS), start=1):
        if r > MAX_ROWS:
            raise UserError(f'Sheet "{ws.title}" có hơn {MAX_ROWS} dòng: quá lớn cho một bảng mục tiêu giao các xã.', "file")
        if columns is None:
            columns = _columns(values, year)
            if columns is None and r >= HEADER_ROWS:
                break
            continue
        cell = {k: values[c] if c < len(values) else None for k, c in columns.items()}
        raw = cell["target"]
        if isinstance(raw, (datetime, date, time)):
            problems.add(ws.title, r, "Mục tiêu", "Excel đã đổi mục tiêu thành ngày tháng; hãy định dạng ô là Văn bản rồi gõ lại.")
            continue
        text = _target(raw)
        commune, indicator = _code(cell["commune"]), _code_text(cell["indicator"])
        if not text:
            continue
        if not commune or not indicator:
            problems.add(ws.title, r, None, "thiếu mã xã hoặc mã chỉ tiêu cho mục tiêu đã ghi.")
        elif len(commune) > 20 or len(indicator) > 20:
            problems.add(ws.title, r, None, "mã xã hoặc mã chỉ tiêu dài quá 20 ký tự.")
        elif len(text) > MAX_CELL:
            problems.add(ws.title, r, "Mục tiêu", f"dài {len(text)} ký tự, tối đa {MAX_CELL}.")
        elif (commune, indicator) in seen:
            problems.add(ws.title, r, None, f"xã {commune}, chỉ tiêu {indicator} đã có ở dòng {seen[commune, indicator]}.")
        else:
            seen[commune, indicator] = r
            found.setdefault(commune, {})[indicator] = text
    if columns is None:
        raise UserError(
            f'Tệp "{path.name}" không có dòng tiêu đề với các cột «Mã xã», «Mã chỉ tiêu» và «Mục tiêu năm {year}» trong '
            f"{HEADER_ROWS} dòng đầu. Hãy tạo bảng bằng «kehoach province template sheet» rồi điền.", "file")
    problems.check()
    if not found:
        raise UserError(f'Tệp "{path.name}" chưa có mục tiêu nào: hãy điền cột «Mục tiêu năm {year}».', "file")
    return found


def _code_text(value: Any) -> str:
    """An indicator code: ``5.1`` stays ``5.1`` (a number cell in its shortest form, never zero-padded)."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return " ".join(unicodedata.normalize("NFC", str(value or "")).split())


def write_province_targets_xlsx(
    communes: Sequence[tuple[str, str]], indicators: Sequence[tuple[str, str, str]], year: int, path: Path,
    filled: dict[str, dict[str, str]] | None = None,
) -> int:
    """The sheet to fill: every commune x indicator, targets already given filled in; the row count."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = f"Mục tiêu giao năm {year}"
    _put(ws, 1, 1, f"MỤC TIÊU NĂM {year} GIAO CÁC XÃ")
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    _put(ws, 2, 1, "Điền cột «Mục tiêu», ví dụ: ≥ 7.000; 9.450; 35 - 40%; dưới 3%; Đạt. Để trống: không giao. "
                   "Không đổi mã xã, mã chỉ tiêu, tên cột.")
    titles = ("Mã xã", "Tên xã", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", f"Mục tiêu năm {year}")
    _header(ws, 3, list(titles))
    for col, width in enumerate((10, 28, 12, 50, 14, 24), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row = 3
    for code, name in communes:
        for ind, ind_name, unit in indicators:
            row += 1
            for col, value in enumerate((code, name, ind, ind_name, unit, (filled or {}).get(code, {}).get(ind, "")), 1):
                _put(ws, row, col, value)
                if col in (1, 3, 6):
                    ws.cell(row=row, column=col).number_format = "@"
    _save(wb, path)
    return row - 3

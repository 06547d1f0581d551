"""The Excel sheet for typing one year's targets: ``write_year_targets_xlsx`` and its reader.

One row per indicator: code, name, unit, the 5-year target (to read), the year's target (to fill
in, a text cell so ``7.000`` stays as typed) and where the stored one came from. A hidden sheet
"Thông tin" names the file's kind, year and plan, so a foreign file, another year's sheet or
another plan's sheet is refused with a clear message. Reading is bounded (file size, unpacked
size, rows, text length) and returns the typed texts by code; the store reads and checks them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.errors import UserError
from ..domain.model import TargetRule
from . import limits
from .xlsx import _header, _put, _save, norm
from .xlsx_read import _Problems, _text, open_sheet_file

__all__ = ["SOURCE_LABELS", "YearSheetLine", "read_year_targets_xlsx", "source_text", "write_year_targets_xlsx"]

#: The sheet's (and the CLI's) words for where a year's target came from.
SOURCE_LABELS = {"plan": "kế hoạch 5 năm", "annual": "nghị quyết năm", "typed": "nhập tay", "province": "tỉnh giao"}


def source_text(rule: TargetRule | None) -> str:
    """Where ``rule`` came from, as the sheet writes it: ``nghị quyết năm (41/NQ-HĐND)``; "" for none."""
    if rule is None:
        return ""
    label = SOURCE_LABELS.get(rule.source.value, rule.source.value)
    return f"{label} ({rule.source_ref})" if rule.source_ref else label

INFO_SHEET = "Thông tin"
KIND = "Mục tiêu từng năm - KếHoạch Desktop"
VERSION = 1
#: Limits on what is read: a year's sheet of a commune plan is a few dozen rows and a few KB.
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
MAX_CELL = 300
_INFO = (("kind", "Loại tệp"), ("year", "Năm"), ("plan", "Mã kế hoạch"), ("commune", "Xã/phường"), ("version", "Phiên bản mẫu"))


def _columns(year: int) -> tuple[tuple[str, str, int], ...]:
    return (
        ("code", "STT / Mã chỉ tiêu", 10), ("name", "Tên chỉ tiêu", 50), ("unit", "Đơn vị tính", 14),
        ("plan", "Mục tiêu 5 năm", 30), ("target", f"Mục tiêu năm {year}", 30), ("source", "Nguồn hiện tại", 26),
    )


def _sheet_name(year: int) -> str:
    return f"Mục tiêu năm {year}"


@dataclass(frozen=True)
class YearSheetLine:
    """One indicator's row: what to read and the year's target as stored (may be empty)."""

    code: str
    name: str
    unit: str
    plan_target: str
    year_target: str
    source: str


def write_year_targets_xlsx(
    lines: Sequence[YearSheetLine], path: Path, year: int, plan_uid: str, commune: str | None = None
) -> None:
    """Write the sheet at ``path`` (replaced atomically)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook has one worksheet
    ws.title = _sheet_name(year)
    _put(ws, 1, 1, f"MỤC TIÊU NĂM {year}" + (f" — {commune}" if commune else ""))
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    _put(ws, 2, 1, f"Điền cột «Mục tiêu năm {year}», ví dụ: ≥ 7.000 tấn; 9.450; 35 - 40%; dưới 3%; 41/41 thôn; Đạt. "
                   "Để trống: giữ nguyên mục tiêu đang có. Không đổi mã, tên sheet, tên cột.")
    columns = _columns(year)
    _header(ws, 3, [title for _, title, _ in columns])
    ws.freeze_panes = "C4"
    for col, (key, _, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, line in enumerate(lines, start=4):
        values = (line.code, line.name, line.unit, line.plan_target, line.year_target, line.source)
        for col, ((key, _, _), value) in enumerate(zip(columns, values), start=1):
            _put(ws, r, col, value)
            cell = ws.cell(row=r, column=col)
            cell.alignment = Alignment(wrap_text=key in ("name", "plan", "target"), vertical="top")
            if key in ("code", "target"):
                cell.number_format = "@"  # "7.000" and "5.1" stay text, never a number
    info = wb.create_sheet(INFO_SHEET)
    for r, (key, label) in enumerate(_INFO, start=1):
        setting: Any = {"kind": KIND, "year": year, "plan": plan_uid, "commune": commune or "", "version": VERSION}[key]
        _put(info, r, 1, label)
        _put(info, r, 2, setting)
    info.sheet_state = "hidden"
    _save(wb, path)


def _foreign(path: Path, why: str) -> UserError:
    return UserError(
        f'Tệp "{path.name}" không phải bảng mục tiêu năm của KếHoạch Desktop ({why}). Hãy xuất bảng bằng '
        "«kehoach target export-xlsx», điền rồi nhập lại; không đổi tên hay xoá sheet.", "file",
    )


def _check_info(wb: Workbook, path: Path, year: int, plan_uid: str) -> None:
    sheets = {norm(ws.title): ws for ws in wb.worksheets}
    info = sheets.get(norm(INFO_SHEET))
    if info is None:
        raise _foreign(path, f'thiếu sheet "{INFO_SHEET}"')
    labels = {norm(label): key for key, label in _INFO}
    fields: dict[str, str] = {}
    for row in info.iter_rows(min_row=1, max_row=len(_INFO) + 5, max_col=2, values_only=True):
        if len(row) >= 2 and row[0] is not None and norm(_text(row[0])) in labels:
            fields[labels[norm(_text(row[0]))]] = _text(row[1])
    if norm(fields.get("kind", "")) != norm(KIND):
        raise _foreign(path, "không có dấu nhận biết của bảng mục tiêu năm")
    if fields.get("year") != str(year):
        raise UserError(f'Tệp "{path.name}" là bảng mục tiêu năm {fields.get("year") or "?"}, không phải năm {year}. '
                        f"Hãy chọn đúng tệp hoặc ghi --year {fields.get('year')}.", "year")
    if fields.get("plan") != plan_uid:
        raise UserError(f'Tệp "{path.name}" được xuất từ một kế hoạch khác (của xã '
                        f'{fields.get("commune") or "khác"}); hãy xuất lại bảng từ kế hoạch đang dùng.', "file")


def read_year_targets_xlsx(path: Path, year: int, plan_uid: str) -> dict[str, str]:
    """The year's targets typed in the sheet, by indicator code (blank cells left out).

    Refuses a foreign, damaged or oversized file and one made for another year or plan; every
    problem in the rows is listed at once (up to ten), nothing is returned partly.
    """
    path = Path(path)
    wb = open_sheet_file(path, MAX_BYTES, "cho một bảng mục tiêu năm")
    try:
        _check_info(wb, path, year, plan_uid)
        ws = {norm(w.title): w for w in wb.worksheets}.get(norm(_sheet_name(year)))
        if ws is None:
            raise _foreign(path, f'thiếu sheet "{_sheet_name(year)}"')
        return _read_rows(ws, year)
    finally:
        wb.close()


def _read_rows(ws: Worksheet, year: int) -> dict[str, str]:
    columns = _columns(year)
    wanted = {norm(title): key for key, title, _ in columns}
    titles = {key: title for key, title, _ in columns}
    problems = _Problems()
    found: dict[str, int] = {}
    texts: dict[str, str] = {}
    seen: dict[str, int] = {}
    limits.check_sheet(ws, ws.title)
    for r, values in enumerate(ws.iter_rows(values_only=True, max_col=limits.MAX_SHEET_COLUMNS), start=1):
        if r > MAX_ROWS:
            raise UserError(f'Sheet "{ws.title}" có hơn {MAX_ROWS} dòng; bảng mục tiêu năm chỉ có một dòng mỗi chỉ tiêu. '
                            "Hãy xoá các dòng thừa hoặc xuất lại bảng.", "file")
        if not found:
            header = {wanted[norm(_text(v))]: c for c, v in enumerate(values) if v is not None and norm(_text(v)) in wanted}
            if "code" in header and "target" in header:
                found = header
            elif r >= 5:
                raise UserError(f'Sheet "{ws.title}" thiếu cột "{titles["code"]}" hoặc "{titles["target"]}"; hãy dùng '
                                "bảng xuất từ chương trình và không đổi tên cột.", "file")
            continue
        cells = {key: values[c] if c < len(values) else None for key, c in found.items()}
        code, target = _text(cells.get("code")), _text(cells.get("target"))
        target = " ".join(unicodedata.normalize("NFC", target).split())
        if not target:
            continue
        if not code:
            problems.add(ws.title, r, titles["code"], "thiếu mã chỉ tiêu cho mục tiêu đã ghi.")
        elif len(code) > 20:
            problems.add(ws.title, r, titles["code"], "mã chỉ tiêu dài quá 20 ký tự.")
        elif len(target) > MAX_CELL:
            problems.add(ws.title, r, titles["target"], f"dài {len(target)} ký tự, quá {MAX_CELL} ký tự.")
        elif code in seen:
            problems.add(ws.title, r, titles["code"], f'mã "{code}" đã có ở dòng {seen[code]}; mỗi chỉ tiêu một dòng.')
        else:
            seen[code] = r
            texts[code] = target
    if not found:
        raise UserError(f'Sheet "{ws.title}" trống hoặc thiếu dòng tiêu đề; hãy xuất lại bảng.', "file")
    problems.check()
    return texts

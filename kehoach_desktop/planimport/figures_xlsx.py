"""The Excel sheet of a year's monthly figures: ``write_figures_xlsx`` and ``read_figures_xlsx``.

One row per indicator and month: code, name, unit, month, the figure (a number cell, exact), its
kind (ước thực hiện / chính thức) and the note. A hidden sheet "Thông tin" names the file's kind
and year. Reading is bounded (file size, unpacked size, rows, text length) and accepts an
officer's own sheet in the same layout: the year then comes from the caller, a figure typed as
text is read the Vietnamese way (``1.234,5``; an ambiguous ``19,655`` is refused), a qualitative
figure may be written ``Đạt`` / ``Chưa đạt``. Every problem is listed at once (up to ten) and
nothing is returned partly; the store checks the figures as the grid does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain.errors import UserError
from ..domain.model import ValueKind
from .xlsx import _header, _put, _save, norm
from .xlsx_read import _Bad, _number, _Problems, _text, open_sheet_file

__all__ = ["FigureLine", "read_figures_xlsx", "write_figures_xlsx"]

INFO_SHEET = "Thông tin"
KIND = "Số liệu hằng tháng - KếHoạch Desktop"
VERSION = 1
#: Limits on what is read: a commune's year is a few hundred rows (30 indicators x 12 months).
MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
MAX_NOTE = 2_000
_INFO = (("kind", "Loại tệp"), ("year", "Năm"), ("plan", "Kế hoạch"), ("commune", "Xã/phường"), ("version", "Phiên bản mẫu"))
_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("code", "Mã chỉ tiêu", 10), ("name", "Tên chỉ tiêu", 50), ("unit", "Đơn vị tính", 14), ("month", "Tháng", 8),
    ("value", "Số liệu", 16), ("kind", "Loại số liệu", 16), ("note", "Ghi chú", 45),
)
_KIND_WORDS = {ValueKind.ESTIMATE: "ước thực hiện", ValueKind.OFFICIAL: "chính thức"}
_KINDS = {
    **{norm(w): k for k, w in _KIND_WORDS.items()}, "ước": ValueKind.ESTIMATE, "uoc": ValueKind.ESTIMATE,
    "uoc thuc hien": ValueKind.ESTIMATE, "estimate": ValueKind.ESTIMATE, "chinh thuc": ValueKind.OFFICIAL,
    "official": ValueKind.OFFICIAL, "": ValueKind.ESTIMATE,
}
#: A qualitative indicator's figure in words, as the grid shows it: 1 met, 0 not met.
_MET = {"đạt": Decimal(1), "dat": Decimal(1), "chưa đạt": Decimal(0), "chua dat": Decimal(0),
        "không đạt": Decimal(0), "khong dat": Decimal(0)}
_MONTH_RE = re.compile(r"^(?:t|th|tháng|thang)?\s*\.?\s*(\d{1,2})$")


def _sheet_name(year: int) -> str:
    return f"Số liệu năm {year}"


@dataclass(frozen=True)
class FigureLine:
    """One indicator's figure for one month (``row``: the sheet row it was read from, 0 when written)."""

    code: str
    month: int
    value: Decimal
    kind: ValueKind = ValueKind.ESTIMATE
    note: str | None = None
    name: str = ""
    unit: str = ""
    row: int = 0


def write_figures_xlsx(
    lines: Sequence[FigureLine], path: Path, year: int, plan_title: str = "", commune: str | None = None
) -> None:
    """Write the year's figures at ``path`` (replaced atomically); numbers stay exact number cells."""
    wb = Workbook()
    ws = wb.create_sheet(_sheet_name(year))
    wb.remove(wb.worksheets[0])  # the default sheet: ours comes first
    _put(ws, 1, 1, f"SỐ LIỆU CÁC THÁNG NĂM {year}" + (f" — {commune}" if commune else ""))
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    _put(ws, 2, 1, "Mỗi dòng một chỉ tiêu và một tháng. Cột «Số liệu»: số, hoặc Đạt / Chưa đạt với chỉ tiêu định tính; "
                   "«Loại số liệu»: ước thực hiện hoặc chính thức. Dòng không có số liệu được bỏ qua. "
                   "Không đổi tên sheet, tên cột.")
    _header(ws, 3, [title for _, title, _ in _COLUMNS])
    ws.freeze_panes = "D4"
    for col, (_key, _title, width) in enumerate(_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, line in enumerate(lines, start=4):
        values = (line.code, line.name, line.unit, line.month, line.value, _KIND_WORDS[line.kind], line.note)
        for col, ((key, _, _), value) in enumerate(zip(_COLUMNS, values), start=1):
            _put(ws, r, col, value)
            cell = ws.cell(row=r, column=col)
            cell.alignment = Alignment(wrap_text=key in ("name", "note"), vertical="top")
            if key == "code":
                cell.number_format = "@"  # "5.1" stays text, never a number
    info = wb.create_sheet(INFO_SHEET)
    for r, (key, label) in enumerate(_INFO, start=1):
        info_value: Any = {"kind": KIND, "year": year, "plan": plan_title, "commune": commune or "", "version": VERSION}[key]
        _put(info, r, 1, label)
        _put(info, r, 2, info_value)
    info.sheet_state = "hidden"
    _save(wb, path)


def read_figures_xlsx(path: Path, year: int | None = None, default_year: int | None = None) -> tuple[int, list[FigureLine]]:
    """The year and the figures of the sheet at ``path``, in sheet order.

    The year is the one the file was exported for; an officer's own sheet (no "Thông tin") needs
    ``year`` or ``default_year``. A file of another year than ``year`` is refused, as are a
    damaged or oversized file and rows that cannot be read (all listed at once).
    """
    path = Path(path)
    wb = open_sheet_file(path, MAX_BYTES, "cho số liệu một năm của một xã")
    try:
        file_year = _info_year(wb, path)
        if file_year is not None and year is not None and file_year != year:
            raise UserError(f'Tệp "{path.name}" là số liệu năm {file_year}, không phải năm {year}. '
                            f"Hãy chọn đúng tệp hoặc ghi năm {file_year}.", "year")
        chosen = file_year or year or default_year
        if chosen is None:
            raise UserError(f'Tệp "{path.name}" không ghi năm của số liệu. Hãy cho biết năm (--year 2026).', "year")
        sheets = {norm(w.title): w for w in wb.worksheets}
        ws = sheets.get(norm(_sheet_name(chosen)))
        if ws is None:
            visible = [w for w in wb.worksheets if w.sheet_state == "visible" and norm(w.title) != norm(INFO_SHEET)]
            if file_year is not None or len(visible) != 1:
                raise UserError(f'Tệp "{path.name}" thiếu sheet "{_sheet_name(chosen)}"; hãy xuất lại bảng '
                                "hoặc đặt tên sheet như vậy.", "file")
            ws = visible[0]
        return chosen, _read_rows(ws)
    finally:
        wb.close()


def _info_year(wb, path: Path) -> int | None:  # type: ignore[no-untyped-def]
    info = {norm(w.title): w for w in wb.worksheets}.get(norm(INFO_SHEET))
    if info is None:
        return None
    labels = {norm(label): key for key, label in _INFO}
    fields: dict[str, str] = {}
    for row in info.iter_rows(min_row=1, max_row=len(_INFO) + 5, max_col=2, values_only=True):
        if len(row) >= 2 and row[0] is not None and norm(_text(row[0])) in labels:
            fields[labels[norm(_text(row[0]))]] = _text(row[1])
    if norm(fields.get("kind", "")) != norm(KIND):
        raise UserError(f'Tệp "{path.name}" không phải bảng số liệu hằng tháng của KếHoạch Desktop. Hãy xuất bảng '
                        "bằng «kehoach value export-xlsx» (hoặc nút Xuất Excel ở trang Nhập số liệu).", "file")
    year = fields.get("year", "")
    if not year.isdigit():
        raise UserError(f'Tệp "{path.name}" ghi năm "{year}" không đọc được; hãy xuất lại bảng.', "file")
    return int(year)


def _month(raw: Any) -> int:
    if isinstance(raw, bool):
        raise _Bad(f"{raw} không phải tháng; ghi số tháng từ 1 đến 12.")
    if isinstance(raw, int | float) and float(raw).is_integer() and 1 <= raw <= 12:
        return int(raw)
    match = _MONTH_RE.match(norm(_text(raw)))
    if match and 1 <= int(match.group(1)) <= 12:
        return int(match.group(1))
    raise _Bad(f'"{_text(raw)}" không phải tháng; ghi số tháng từ 1 đến 12.')


def _value(raw: Any) -> Decimal | None:
    if isinstance(raw, str) and norm(raw) in _MET:
        return _MET[norm(raw)]
    return _number(raw)


def _read_rows(ws) -> list[FigureLine]:  # type: ignore[no-untyped-def]
    wanted = {norm(title): key for key, title, _ in _COLUMNS}
    titles = {key: title for key, title, _ in _COLUMNS}
    problems = _Problems()
    found: dict[str, int] = {}
    lines: list[FigureLine] = []
    seen: dict[tuple[str, int], int] = {}
    for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if r > MAX_ROWS:
            raise UserError(f'Sheet "{ws.title}" có hơn {MAX_ROWS} dòng, quá nhiều cho số liệu một năm của một xã. '
                            "Hãy xoá các dòng thừa hoặc xuất lại bảng.", "file")
        if not found:
            header = {wanted[norm(_text(v))]: c for c, v in enumerate(values) if v is not None and norm(_text(v)) in wanted}
            if {"code", "month", "value"} <= header.keys():
                found = header
            elif r >= 10:
                break
            continue
        cells = {key: values[c] if c < len(values) else None for key, c in found.items()}
        code = _text(cells.get("code"))
        if not code and all(v is None or _text(v) == "" for v in cells.values()):
            continue
        try:
            value = _value(cells.get("value"))
        except _Bad as exc:
            problems.add(ws.title, r, titles["value"], str(exc))
            continue
        if value is None:
            continue  # no figure on this row: nothing to import (an empty cell never clears one)
        try:
            month = _month(cells.get("month"))
        except _Bad as exc:
            problems.add(ws.title, r, titles["month"], str(exc))
            continue
        kind_text = norm(_text(cells.get("kind")))
        note = " ".join(unicodedata.normalize("NFC", _text(cells.get("note"))).split()) or None
        if not code:
            problems.add(ws.title, r, titles["code"], "thiếu mã chỉ tiêu cho số liệu đã ghi.")
        elif len(code) > 20:
            problems.add(ws.title, r, titles["code"], "mã chỉ tiêu dài quá 20 ký tự.")
        elif kind_text not in _KINDS:
            problems.add(ws.title, r, titles["kind"], f'"{_text(cells.get("kind"))}" không phải loại số liệu; '
                                                     "ghi «ước thực hiện» hoặc «chính thức».")
        elif note is not None and len(note) > MAX_NOTE:
            problems.add(ws.title, r, titles["note"], f"dài {len(note)} ký tự, quá {MAX_NOTE} ký tự.")
        elif (code, month) in seen:
            problems.add(ws.title, r, titles["code"],
                         f"chỉ tiêu {code} tháng {month} đã có ở dòng {seen[(code, month)]}; mỗi tháng một dòng.")
        else:
            seen[(code, month)] = r
            lines.append(FigureLine(code, month, value, _KINDS[kind_text], note, _text(cells.get("name")),
                                    _text(cells.get("unit")), r))
    if not found:
        raise UserError(f'Sheet "{ws.title}" không có dòng tiêu đề với các cột "{titles["code"]}", "{titles["month"]}", '
                        f'"{titles["value"]}"; hãy dùng bảng xuất từ chương trình và không đổi tên cột.', "file")
    problems.check()
    return lines

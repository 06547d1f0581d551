"""Reading the province's list of communes (official code and name) from a .xlsx or .csv file.

The list usually comes from the province's decision on administrative units, typed or pasted
into Excel: a header row with a code column (``Mã xã``, ``Mã ĐVHC``...) and a name column
(``Tên xã``, ``Tên đơn vị hành chính``...), in any order, within the first ten rows. The reader
is bounded before it starts (file size, unpacked size and parts of a workbook, rows), lists every
bad row at once (up to ten) and returns nothing partly.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.text import fold
from ..planimport import limits

#: Limits: a country has 3,321 communes; a province at most 168.
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
MAX_PROBLEMS = 10
HEADER_ROWS = 10
#: Longest code and name the database keeps.
CODE_LENGTH, NAME_LENGTH = 20, 200
#: Official commune codes (Decision 124/2004/QĐ-TTg and later) have five digits; Excel drops leading zeros.
CODE_DIGITS = 5

_CODE_TITLES = ("ma xa", "ma", "ma dvhc", "ma don vi hanh chinh", "ma don vi", "ma phuong", "ma xa phuong", "code")
_NAME_TITLES = ("ten xa", "ten", "ten dvhc", "ten don vi hanh chinh", "ten don vi", "ten phuong", "ten xa phuong", "name")


@dataclass(frozen=True)
class CommuneEntry:
    """One commune of the list: official code and name, and the row it was read from."""

    code: str
    name: str
    row: int


def _title(value: Any) -> str:
    return " ".join(fold(str(value)).replace(",", " ").replace("/", " ").split()) if value is not None else ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _code(value: Any) -> str:
    """The code as text; a number Excel made of ``00001`` gets its leading zeros back."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, Decimal)) or (isinstance(value, float) and value.is_integer()):
        return str(int(value)).zfill(CODE_DIGITS)
    text = _text(value)
    return text.zfill(CODE_DIGITS) if text.isdigit() else text


def _check_size(path: Path) -> None:
    if not path.is_file():
        raise UserError(f'Không tìm thấy tệp "{path}". Hãy kiểm tra lại tên và thư mục của tệp.', "file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UserError(
            f'Tệp "{path.name}" quá lớn ({size // 1024} KB, tối đa {MAX_BYTES // 1024 // 1024} MB) cho một danh sách xã; '
            "hãy kiểm tra có đúng tệp không.", "file",
        )


def _xlsx_rows(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    damaged = UserError(
        f'Tệp "{path.name}" không phải tệp Excel .xlsx hoặc đã bị hỏng. Hãy mở tệp bằng Excel hoặc LibreOffice, '
        'lưu lại dạng "Excel Workbook (.xlsx)" hoặc "CSV UTF-8" rồi nhập lại.', "file",
    )
    limits.check_zip(path, path.name)  # unpacked size, parts and bombs: the readers' one set of limits
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except UserError:
        raise
    except Exception as exc:  # zipfile and openpyxl raise many kinds for a damaged file
        raise damaged from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise damaged
        rows: list[tuple[Any, ...]] = []
        for values in ws.iter_rows(values_only=True, max_col=30):
            rows.append(tuple(values))
            if len(rows) > MAX_ROWS:
                raise _too_many(path)
        return rows
    finally:
        wb.close()


def _too_many(path: Path) -> UserError:
    return UserError(
        f'Tệp "{path.name}" có hơn {MAX_ROWS} dòng; cả nước chỉ có 3.321 xã, phường. Hãy xoá các dòng thừa rồi nhập lại.',
        "file",
    )


def _csv_rows(path: Path) -> list[tuple[Any, ...]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on a Vietnamese Windows saves "CSV" in the Windows-1258 code page.
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError as exc:
            raise UserError(
                f'Không đọc được bảng mã của tệp "{path.name}". Hãy lưu lại dạng "CSV UTF-8" rồi nhập lại.', "file",
            ) from exc
    if "\x00" in text:
        raise UserError(f'Tệp "{path.name}" không phải tệp CSV (có ký tự nhị phân). Hãy chọn tệp .csv hoặc .xlsx.', "file")
    sample = text[:4096]
    delimiter = max((";", ",", "\t"), key=sample.count)
    rows: list[tuple[Any, ...]] = []
    try:
        for values in csv.reader(io.StringIO(text), delimiter=delimiter):
            rows.append(tuple(values))
            if len(rows) > MAX_ROWS:
                raise _too_many(path)
    except csv.Error as exc:
        raise UserError(f'Tệp "{path.name}" không đọc được dạng CSV ({exc}). Hãy lưu lại từ Excel rồi nhập lại.', "file") from exc
    return rows


def _header(rows: list[tuple[Any, ...]], path: Path) -> tuple[int, int, int]:
    """(header row index, code column, name column)."""
    for r, values in enumerate(rows[:HEADER_ROWS]):
        titles = [_title(v) for v in values]
        code = next((c for c, t in enumerate(titles) if t in _CODE_TITLES), None)
        name = next((c for c, t in enumerate(titles) if t in _NAME_TITLES), None)
        if code is not None and name is not None:
            return r, code, name
    raise UserError(
        f'Tệp "{path.name}" không có dòng tiêu đề với cột «Mã xã» và cột «Tên xã» trong {HEADER_ROWS} dòng đầu. '
        "Hãy thêm dòng tiêu đề (Mã xã | Tên xã) phía trên danh sách rồi nhập lại.", "file",
    )


def read_communes_file(path: Path) -> list[CommuneEntry]:
    """The communes listed in ``path`` (.xlsx or .csv); UserError naming every bad row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(
            f'Tệp "{path.name}" không phải .xlsx hoặc .csv. Hãy lưu danh sách xã từ Excel dạng .xlsx hoặc "CSV UTF-8".',
            "file",
        )
    _check_size(path)
    rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    start, code_col, name_col = _header(rows, path)
    problems: list[str] = []
    count = 0
    entries: list[CommuneEntry] = []
    seen: dict[str, int] = {}

    def bad(row: int, message: str) -> None:
        nonlocal count
        count += 1
        if len(problems) < MAX_PROBLEMS:
            problems.append(f"dòng {row}: {message}")

    for r, values in enumerate(rows[start + 1:], start=start + 2):
        raw_code = values[code_col] if code_col < len(values) else None
        raw_name = values[name_col] if name_col < len(values) else None
        code, name = _code(raw_code), _text(raw_name)
        if not code and not name:
            continue  # a blank row
        if not code.isdigit() or len(code) > CODE_LENGTH:
            bad(r, f"mã xã «{code or 'trống'}» không hợp lệ (mã đơn vị hành chính chỉ gồm chữ số, ví dụ 06253)")
            continue
        if not name:
            bad(r, f"xã mã {code} chưa có tên")
            continue
        if len(name) > NAME_LENGTH or any(unicodedata.category(ch).startswith("C") for ch in name):
            bad(r, f"tên xã mã {code} dài quá {NAME_LENGTH} ký tự hoặc có ký tự điều khiển")
            continue
        if code in seen:
            bad(r, f"mã xã {code} đã có ở dòng {seen[code]}")
            continue
        seen[code] = r
        entries.append(CommuneEntry(code, name, r))
    if problems:
        more = f" (và {count - len(problems)} lỗi khác)" if count > len(problems) else ""
        raise UserError(
            f'Tệp "{path.name}" có {count} dòng sai{more}; chưa nhập xã nào. Hãy sửa rồi nhập lại:\n  '
            + "\n  ".join(problems), "file",
        )
    if not entries:
        raise UserError(f'Tệp "{path.name}" không có xã nào dưới dòng tiêu đề. Hãy kiểm tra lại tệp.', "file")
    return entries

"""Limits every reader of an outside file checks before the work starts.

A file of a few kilobytes can ask for gigabytes: a zip entry that inflates a thousandfold, a
spreadsheet cell at XFD1048576 (a million rows of sixteen thousand columns to walk), a Word table
cell spanning a million columns, a text of tens of millions of characters for the parser. Each
check here is cheap (it reads a zip's directory, counts in raw XML, or looks at a sheet's
extent) and refuses with a Vietnamese message naming the limit.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path
from typing import Any

from ..domain.errors import UserError

FIELD = "file"
#: Characters of text handed to the parser: a 5-year resolution is 50-300 thousand.
MAX_TEXT_CHARS = 2_000_000
#: A .docx or .xlsx: all its parts unpacked, how many parts, and how much one part may inflate.
MAX_UNPACKED = 100 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_RATIO = 200
#: A .docx: paragraphs, table cells, and how many columns one cell may span.
MAX_PARAGRAPHS = 50_000
MAX_TABLE_CELLS = 100_000
MAX_SPAN = 64
#: A .pdf: pages, and seconds spent taking their text out.
MAX_PDF_PAGES = 1_000
MAX_PDF_SECONDS = 120.0
#: One sheet of an .xlsx: rows, columns, and cells with something in them.
MAX_SHEET_ROWS = 20_000
MAX_SHEET_COLUMNS = 200
MAX_SHEET_CELLS = 500_000


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def check_zip(source: bytes | Path, name: str) -> None:
    """Refuse a zip (.docx, .xlsx) that would unpack too big, into too many parts, or as a bomb."""
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: the reader itself says so in its own words
    if len(entries) > MAX_ENTRIES:
        raise UserError(f"Tệp “{name}” có {len(entries)} phần bên trong, tối đa {MAX_ENTRIES}; tệp này "
                        "không phải tài liệu bình thường.", FIELD)
    total = sum(e.file_size for e in entries)
    if total > MAX_UNPACKED:
        raise UserError(f"Tệp “{name}” khi giải nén lớn {_mb(total)}, tối đa {_mb(MAX_UNPACKED)}. Hãy lưu "
                        "riêng phần cần nhập thành tệp nhỏ hơn.", FIELD)
    for entry in entries:
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise UserError(f"Tệp “{name}” có phần «{entry.filename}» nén bất thường (gấp hơn {MAX_RATIO} lần); "
                            "chương trình không mở tệp này. Hãy lưu lại tệp bằng Word/Excel rồi thử lại.", FIELD)


def check_text(text: str, name: str) -> None:
    """Refuse a text too long for the parser."""
    if len(text) > MAX_TEXT_CHARS:
        raise UserError(f"Văn bản “{name}” dài {len(text):,} ký tự, tối đa {MAX_TEXT_CHARS:,}. Một nghị quyết "
                        "thường dưới 300.000 ký tự: hãy kiểm tra đúng tệp, hoặc lưu riêng phần chứa các chỉ tiêu."
                        .replace(",", "."), FIELD)


_SPAN_RE = re.compile(rb"<w:gridSpan\b[^>]*w:val=\"(\d{1,12})\"")


def check_docx(data: bytes, name: str) -> None:
    """Count paragraphs, table cells and spans in the raw document XML, before python-docx builds it."""
    check_zip(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return  # python-docx will refuse it in its own words
    paragraphs = xml.count(b"<w:p>") + xml.count(b"<w:p ")
    cells = xml.count(b"<w:tc>") + xml.count(b"<w:tc ")
    if paragraphs > MAX_PARAGRAPHS:
        raise UserError(f"Tài liệu “{name}” có {paragraphs} đoạn văn, tối đa {MAX_PARAGRAPHS}; hãy lưu riêng phần "
                        "chứa các chỉ tiêu thành tệp nhỏ hơn.", FIELD)
    if cells > MAX_TABLE_CELLS:
        raise UserError(f"Tài liệu “{name}” có {cells} ô bảng, tối đa {MAX_TABLE_CELLS}; hãy lưu riêng phần "
                        "chứa các chỉ tiêu thành tệp nhỏ hơn.", FIELD)
    widest = max((int(v) for v in _SPAN_RE.findall(xml)), default=1)
    if widest > MAX_SPAN:
        raise UserError(f"Tài liệu “{name}” có ô bảng trải rộng {widest} cột, tối đa {MAX_SPAN}: bảng bị hỏng. "
                        "Hãy mở bằng Word, sửa hoặc xoá bảng đó rồi lưu lại.", FIELD)


def check_pdf_pages(count: int, name: str) -> None:
    """Refuse a PDF with too many pages."""
    if count > MAX_PDF_PAGES:
        raise UserError(f"Tệp PDF “{name}” có {count} trang, tối đa {MAX_PDF_PAGES}; hãy tách riêng các trang "
                        "chứa chỉ tiêu.", FIELD)


class Deadline:
    """A time budget for a reader's loop: ``check`` refuses once it is spent."""

    def __init__(self, seconds: float, what: str) -> None:
        self.end, self.seconds, self.what = time.monotonic() + seconds, seconds, what

    def check(self) -> None:
        """UserError once the budget is spent."""
        if time.monotonic() > self.end:
            raise UserError(f"Đọc {self.what} mất quá {self.seconds:.0f} giây nên đã dừng; tệp có thể bị hỏng "
                            "hoặc quá phức tạp. Hãy dùng bản .docx của văn bản.", FIELD)


def check_sheet(ws: Any, name: str) -> None:
    """Refuse a worksheet reaching too far (one far-away cell makes every row of it walked)."""
    rows, columns = ws.max_row or 0, ws.max_column or 0
    if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
        raise UserError(
            f"Sheet “{ws.title}” của tệp “{name}” có ô đến dòng {rows}, cột {columns} (tối đa {MAX_SHEET_ROWS} dòng, "
            f"{MAX_SHEET_COLUMNS} cột). Hãy xoá các ô thừa ở xa bảng (Ctrl+End để tìm) rồi lưu lại.", FIELD,
        )
    filled = len(getattr(ws, "_cells", ()))
    if filled > MAX_SHEET_CELLS:
        raise UserError(f"Sheet “{ws.title}” của tệp “{name}” có {filled} ô, tối đa {MAX_SHEET_CELLS}.", FIELD)

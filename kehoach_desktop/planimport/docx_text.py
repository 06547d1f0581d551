"""Word .docx to text: paragraphs and tables in document order (python-docx).

An indicator table (STT / Chỉ tiêu / ĐVT / Kế hoạch) becomes lines ``(STT) name: target unit``
so the parser reads it like a typed list; merged cells are read once from the cell XML.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.planimport.legacy import LegacyConverter, analyse, legacy_warnings
from kehoach_desktop.planimport.readers import FIELD, normalize_text

if TYPE_CHECKING:  # python-docx loads with the first .docx read, not with the importer
    from docx.oxml.table import CT_Tbl
    from docx.oxml.xmlchemy import BaseOxmlElement

# --- .docx ------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_Clean = Callable[[str], str]


def read_docx(data: bytes, name: str) -> tuple[str, str | None, tuple[str, ...]]:
    import docx  # python-docx; imported here so the CLI starts fast

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as error:  # any failure here means "not a usable .docx"
        raise UserError(
            f"Tệp “{name}” không mở được như tài liệu Word .docx (tệp hỏng, tải về chưa xong, "
            "hoặc thực chất là định dạng khác đổi đuôi). Hãy mở tệp bằng Word rồi lưu lại thành "
            ".docx (hoặc xuất ra .pdf) và nhập lại.",
            FIELD,
        ) from error
    # Decide about legacy fonts on the whole document first: table headers must be readable.
    converter = LegacyConverter(analyse(normalize_text("\n".join(p.text for p in body.iter(f"{_W}p")))))

    def clean(text: str) -> str:
        return converter(normalize_text(text))

    text = normalize_text("\n".join(_block_lines(body, clean)))
    scheme = converter.analysis.scheme
    return text, scheme, legacy_warnings(scheme, converter.leftovers)


def _block_lines(container: BaseOxmlElement, clean: _Clean) -> Iterator[str]:
    """Paragraphs and tables of a body (or cell, or content control) in document order."""
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            yield clean(child.text)
        elif child.tag == f"{_W}tbl":
            yield from _table_lines(child, clean)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent"):
            yield from _block_lines(child, clean)


@dataclass
class _Cell:
    col: int  # first layout-grid column
    span: int
    text: str
    merged: bool  # continuation of a vertical merge: its content belongs to the cell above
    nested: list[str]


def _table_lines(tbl: CT_Tbl, clean: _Clean) -> Iterator[str]:
    rows: list[list[_Cell]] = []
    for tr in tbl.tr_lst:
        cells, col = [], tr.grid_before
        for tc in tr.tc_lst:
            paragraphs: list[str] = []
            nested: list[str] = []
            for child in tc.iterchildren():
                if child.tag == f"{_W}p":
                    paragraphs.append(clean(child.text))
                elif child.tag == f"{_W}tbl":
                    nested += _table_lines(child, clean)  # read here, once, after its row
                elif child.tag == f"{_W}sdt":
                    paragraphs += _block_lines(child, clean)
            text = " ".join(" ".join(p.split()) for p in paragraphs if p.strip())
            cells.append(_Cell(col, tc.grid_span, text, tc.vMerge == "continue", nested))
            col += tc.grid_span
        rows.append(cells)
    header = _find_header(rows)
    start, end, roles = header if header else (len(rows), len(rows), {})
    for row in rows[:start]:
        yield from _plain_row(row)
    inherited: dict[str, str] = {}
    for index, row in enumerate(rows[end:] if header else []):
        if index == 0 and _is_numbering(row):
            continue  # the "(1) (2) (3)" line under a header
        yield from _indicator_row(row, roles, inherited)


def _plain_row(row: list[_Cell]) -> Iterator[str]:
    texts: list[str] = []
    for cell in row:
        if cell.text and not cell.merged and (not texts or texts[-1] != cell.text):
            texts.append(cell.text)  # merged cells repeat their text: keep it once
    if texts:
        yield " ".join(texts)
    for cell in row:
        yield from cell.nested


def _at(row: list[_Cell], col: int) -> _Cell | None:
    return next((c for c in row if c.col <= col < c.col + c.span), None)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _role(header: str) -> str | None:
    key = " ".join(header.casefold().replace(":", " ").split()).strip(" .")
    if re.fullmatch(r"stt|tt|số tt|số thứ tự", key):
        return "stt"
    if re.fullmatch(r"đvt|đơn vị|đơn vị tính|đv tính", key):
        return "unit"
    if re.search(r"thực hiện|\bước\b|\bth\b|so sánh|ghi chú|chủ trì|phối hợp", key):
        return None  # baseline, estimate, notes, responsibility: not the target
    target = re.search(r"kế hoạch|\bkh\b|mục tiêu", key)
    if _YEAR.search(key) and (target or re.search(r"chỉ tiêu|năm|giai đoạn", key)):
        return "target"
    if re.search(r"nội dung|danh mục|hạng mục|tên chỉ tiêu", key) or key == "chỉ tiêu":
        return "name"
    if target:
        return "target"
    return "name" if "chỉ tiêu" in key else None


def _find_header(rows: list[list[_Cell]]) -> tuple[int, int, dict[str, int]] | None:
    """(first header row, first data row, role -> grid column) of an indicator table."""
    for start in range(min(3, len(rows))):
        for end in range(start + 1, min(start + 4, len(rows) + 1)):
            columns: dict[int, list[str]] = {}
            for row in rows[start:end]:
                for cell in row:
                    if cell.text and not cell.merged:
                        for col in range(cell.col, cell.col + cell.span):
                            columns.setdefault(col, []).append(cell.text)
            roles: dict[str, int] = {}
            targets: list[tuple[int, int]] = []
            for col in sorted(columns):
                role = _role(" ".join(columns[col]))
                if role == "target":
                    years = [int(y) for y in _YEAR.findall(" ".join(columns[col]))]
                    targets.append((max(years, default=0), -col))
                elif role and role not in roles:
                    roles[role] = col
            if "name" in roles and targets:
                roles["target"] = -max(targets)[1]  # the latest year: the plan being adopted
                following = rows[end] if end < len(rows) else []
                if end < start + 3 and following and _is_subheader(following, roles):
                    continue  # "Năm 2026 | Giai đoạn 2026-2030" under a merged "Kế hoạch"
                return start, end, roles
    return None


def _is_subheader(row: list[_Cell], roles: dict[str, int]) -> bool:
    first = [_at(row, roles[r]) for r in ("stt", "name") if r in roles]
    if any(c is not None and c.text and not c.merged for c in first):
        return False
    return any(_role(c.text) == "target" for c in row if c.text and not c.merged)


def _is_numbering(row: list[_Cell]) -> bool:
    texts = [c.text for c in row if c.text and not c.merged]
    return len(texts) >= 2 and all(re.fullmatch(r"\(?(?:\d{1,2}|[A-Z])\)?", t) for t in texts)


_EMPTY_TARGETS = {"-", "–", "—", "x", "X", "...", "…"}


def _indicator_row(row: list[_Cell], roles: dict[str, int], inherited: dict[str, str]) -> Iterator[str]:
    filled = [c for c in row if c.text and not c.merged]
    if len(filled) == 1 and (filled[0].span > 1 or filled[0] is not _at(row, roles["name"])):
        yield from _plain_row(row)  # a title or note merged across the table: keep it as it is
        return
    values: dict[str, str] = {}
    seen: set[int] = set()  # a cell merged across several roles counts for the first only
    for role in sorted(roles, key=roles.__getitem__):
        cell = _at(row, roles[role])
        if cell is None or id(cell) in seen:
            values[role] = ""
        elif cell.merged:  # a unit or target shared down merged rows still applies to each row
            values[role] = inherited.get(role, "") if role in ("unit", "target") else ""
        else:
            values[role] = cell.text
        if cell is not None:
            seen.add(id(cell))
    inherited.update(values)
    name = values["name"]
    if not name:
        yield from _plain_row(row)
        return
    stt = values.get("stt", "").strip().strip("()").rstrip(".):").strip()
    target = "" if values["target"] in _EMPTY_TARGETS else values["target"]
    unit = values.get("unit", "")
    # "Tăng 10%" in a row whose unit is "Triệu đồng": the target is a growth rate, keep it so.
    if unit and target and not _mentions(target, unit) and "%" not in target:
        # After the last figure: "95 trở lên" with "%" is "95 % trở lên", "41/41" is "41/41 thôn".
        figures = list(re.finditer(r"\d[\d.,]*", target))
        if figures:
            end = figures[-1].end()
            target = f"{target[:end]} {unit}{target[end:]}"
        else:
            target = f"{target} {unit}"
    heading = re.fullmatch(r"[IVXLC]+|[A-ZĐ]", stt) is not None
    if heading or not target:
        line = f"{stt}. {name}" if stt else name
        yield f"{line}: {target}" if target else line
    else:
        yield f"({stt}) {name}: {target}" if stt else f"{name}: {target}"
    for cell in row:
        yield from cell.nested


def _mentions(target: str, unit: str) -> bool:
    """Whether the target already states the unit ("≥ 95%", "7.000 tấn/năm")."""
    pattern = re.escape(unit.casefold())
    if unit[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if unit[-1:].isalnum():
        pattern += r"(?!\w)"
    return re.search(pattern, target.casefold()) is not None



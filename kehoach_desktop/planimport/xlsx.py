"""The officer's Excel template of a plan: ``write_plan_xlsx`` and its inverse ``read_plan_xlsx``.

Sheets: "Chỉ tiêu" (one row per indicator with its plan-wide target), "Mục tiêu từng năm" (a
target for one year), "Kế hoạch" (the plan's fields and its groups), and two hidden sheets,
"Danh mục" (the drop-down lists) and "Văn bản nguồn" (the resolution's text, in pieces of at
most 30,000 characters). Columns are found by title, so an officer may move them.

Number convention: every figure is a text cell in Vietnamese style, as ``format_number`` shows
it (``1.874.300``, ``50,03``, ``-1,5``), so Excel never turns it into a binary float. A figure
whose Vietnamese form could be misread as English thousands (``1,234``) gets one trailing zero
(``1,2340``), the form the app itself asks officers to type. Reading accepts Vietnamese and
English style by ``parse_number``'s rules (``7.000`` = 7000, ``50,03`` = ``50.03`` = 50.03) and
refuses an ambiguous ``19,655``; a number cell (an officer's edit) is read through its shortest
repr, so 50.03 stays 50.03. Text keeps control characters and ``\\r`` through Excel's own
``_xHHHH_`` escapes. Years are number cells. Names, units and other fields are read trimmed and
in NFC; the target's own wording ("Mục tiêu (nguyên văn)") and the source text exactly.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.errors import UserError
from ..domain.model import (
    Aggregation,
    Direction,
    Indicator,
    PlanKind,
    PlanStatus,
    RuleKind,
    TargetRule,
)
from ..domain.numbers import format_number, parse_number
from ..domain.draft import PlanDraft

__all__ = ["read_plan_xlsx", "write_plan_xlsx"]

PLAN_SHEET = "Kế hoạch"
INDICATOR_SHEET = "Chỉ tiêu"
YEAR_SHEET = "Mục tiêu từng năm"
LIST_SHEET = "Danh mục"
SOURCE_SHEET = "Văn bản nguồn"
#: Characters of source text per cell (Excel's limit is 32,767).
SOURCE_CHUNK = 30_000
#: Rows below the data that keep the drop-down lists and text format for hand-added rows.
SPARE_ROWS = 500
TEMPLATE_VERSION = 1

YES, NO = "Có", "Không"
RULE_LABELS: dict[RuleKind, str] = {
    RuleKind.AT_LEAST: "Tối thiểu (≥)",
    RuleKind.MORE_THAN: "Lớn hơn (>)",
    RuleKind.AT_MOST: "Tối đa (≤)",
    RuleKind.LESS_THAN: "Nhỏ hơn (<)",
    RuleKind.RANGE: "Khoảng",
    RuleKind.EQUAL: "Bằng",
    RuleKind.MAINTAIN: "Duy trì",
    RuleKind.RATIO: "Tỷ số (41/41)",
    RuleKind.GROWTH_VS_BASELINE: "Tăng so với năm gốc",
    RuleKind.AVG_ANNUAL_GROWTH: "Tăng bình quân hằng năm",
    RuleKind.REDUCTION: "Giảm",
    RuleKind.CUMULATIVE: "Cộng dồn cả giai đoạn",
    RuleKind.MULTIPLE_OF_BASELINE: "Gấp lần năm gốc",
    RuleKind.QUALITATIVE: "Định tính",
}
DIRECTION_LABELS = {Direction.HIGHER: "Càng cao càng tốt", Direction.LOWER: "Càng thấp càng tốt"}
AGGREGATION_LABELS = {Aggregation.FLOW: "Cộng dồn các tháng", Aggregation.STOCK: "Lấy số mới nhất"}
PLAN_KIND_LABELS = {PlanKind.FIVE_YEAR: "5 năm", PlanKind.ANNUAL: "Hằng năm"}
PLAN_STATUS_LABELS = {PlanStatus.DRAFT: "Dự thảo", PlanStatus.ADOPTED: "Đã thông qua"}
#: Units seen in real plans, offered in the unit drop-down (other units are allowed).
COMMON_UNITS = (
    "%", "tấn", "ha", "con", "km", "thôn", "bản", "trường", "người", "lượt người", "doanh nghiệp",
    "hợp tác xã", "HTX", "sản phẩm", "tỷ đồng", "triệu đồng", "triệu đồng/người/năm", "triệu KWh",
    "căn", "đàn", "hộ", "lao động", "tạ/ha", "lần/người/năm", "điểm", "tiêu chí", "vụ",
)

# (key, column title, width). The rule columns appear on both indicator and year sheets.
RULE_COLUMNS = (
    ("kind", "Loại mục tiêu", 22), ("value", "Giá trị", 13), ("low", "Cận dưới", 11),
    ("high", "Cận trên", 11), ("rule_base", "Năm so sánh", 10), ("per_year", "Hằng năm", 10),
    ("points", "Tính theo điểm %", 11), ("change", "Số liệu là tốc độ thay đổi", 13),
    ("text", "Mục tiêu (nguyên văn)", 40),
)
INDICATOR_COLUMNS = (
    ("code", "Mã chỉ tiêu", 10), ("parent", "Thuộc chỉ tiêu", 10), ("group", "Nhóm", 24),
    ("name", "Tên chỉ tiêu", 45), ("unit", "Đơn vị tính", 14), *RULE_COLUMNS,
    ("direction", "Chiều tốt", 19), ("aggregation", "Cách cộng các tháng", 20),
    ("base_value", "Giá trị năm gốc", 14), ("base_year", "Năm gốc", 9),
    ("office", "Bộ phận phụ trách", 22), ("flags", "Cần xem lại", 18),
    ("span", "Vị trí trong văn bản", 14),
)
YEAR_COLUMNS = (
    ("code", "Mã chỉ tiêu", 10), ("year", "Năm", 8), ("name_ref", "Tên chỉ tiêu (chỉ để xem)", 35),
    *RULE_COLUMNS,
)
#: Columns kept as text in Excel, so ``7.000`` or ``5.1`` typed there is not turned into a number.
TEXT_COLUMNS = frozenset({"code", "parent", "value", "low", "high", "base_value", "span", "unit"})
BOOL_COLUMNS = ("per_year", "points", "change")
# Keys of the "Kế hoạch" sheet's rows, with their labels.
PLAN_FIELDS = (
    ("kind", "Loại kế hoạch"), ("start", "Từ năm"), ("end", "Đến năm"), ("title", "Tên kế hoạch"),
    ("ref", "Số hiệu văn bản"), ("commune", "Xã/phường"), ("source", "Tệp nguồn"),
    ("status", "Trạng thái"), ("version", "Phiên bản mẫu"),
)
GROUP_HEADER = ("Mã nhóm", "Tên nhóm")
GUIDE = (
    "Hướng dẫn",
    'Mỗi dòng ở sheet "Chỉ tiêu" là một chỉ tiêu với mục tiêu chung cả kế hoạch.',
    'Mục tiêu riêng của một năm ghi ở sheet "Mục tiêu từng năm".',
    "Số ghi kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân (1.874.300; 50,03).",
    "Chọn Loại mục tiêu, Có/Không, Chiều tốt, Cách cộng các tháng, Nhóm trong danh sách thả xuống.",
    "Không đổi tên sheet, tên cột. Thêm nhóm mới ở bảng nhóm bên dưới.",
)

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")

_ESCAPE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_UNESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_text(text: str) -> str:
    """Text safe in an .xlsx cell: XML-illegal characters and ``\\r`` as Excel's ``_xHHHH_``."""
    return _ESCAPE_RE.sub(lambda m: "_x005F_" if m.group() == "_" else f"_x{ord(m.group()):04X}_", text)


def unescape_text(text: str) -> str:
    """The inverse of ``escape_text`` (and of Excel's own escaping)."""
    return _UNESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def number_text(value: Decimal) -> str:
    """A figure as the template writes it: Vietnamese style, never ambiguous (see module doc)."""
    text = format_number(value)
    if parse_number(text).ambiguous:
        text += "0"
    return text


def norm(text: str) -> str:
    """A label compared loosely: NFC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


# ---------------------------------------------------------------------------------- writing


def write_plan_xlsx(draft: PlanDraft, path: Path, commune_name: str | None = None) -> None:
    """Write ``draft`` as the officer's Excel template at ``path`` (replaced atomically)."""
    wb = Workbook()
    ind_ws = wb.active
    assert ind_ws is not None
    ind_ws.title = INDICATOR_SHEET
    year_ws = wb.create_sheet(YEAR_SHEET)
    plan_ws = wb.create_sheet(PLAN_SHEET)
    list_ws = wb.create_sheet(LIST_SHEET)
    source_ws = wb.create_sheet(SOURCE_SHEET)
    list_ws.sheet_state = source_ws.sheet_state = "hidden"

    group_label = _group_labels(draft)
    lists = _write_lists(list_ws, draft, [label for label in group_label.values() if label])
    ind_rows = [_indicator_cells(draft, ind, group_label) for ind in draft.indicators]
    year_rows = [
        {"code": ind.code, "year": rule.year, "name_ref": ind.name, **_rule_cells(rule)}
        for ind in draft.indicators
        for rule in sorted(draft.rules.get(ind.code, ()), key=lambda r: r.year or 0)
        if rule.year is not None
    ]
    _write_table(ind_ws, INDICATOR_COLUMNS, ind_rows, wrap={"name", "text"})
    _write_table(year_ws, YEAR_COLUMNS, year_rows, wrap={"name_ref", "text"})
    for ws, count in ((ind_ws, len(ind_rows)), (year_ws, len(year_rows))):
        _add_validations(ws, ws is ind_ws, lists, count + 1 + SPARE_ROWS)
    _write_plan_sheet(plan_ws, draft, commune_name, lists["plan_kind"])
    for i, chunk in enumerate(_source_chunks(draft.plan.source_text or ""), start=1):
        _put(source_ws, i, 1, chunk)
    _save(wb, path)


def _group_labels(draft: PlanDraft) -> dict[str, str]:
    """What the "Nhóm" column shows per group key: its title, or the key if titles clash."""
    titles = [norm(g.title) for g in draft.groups]
    return {
        g.key: g.title.strip() if g.title.strip() and titles.count(norm(g.title)) == 1 else g.key
        for g in draft.groups
    }


def _rule_cells(rule: TargetRule | None) -> dict[str, Any]:
    """The rule columns of one row."""
    if rule is None:
        return {}
    return {
        "kind": RULE_LABELS[rule.kind],
        "value": _num(rule.value), "low": _num(rule.low), "high": _num(rule.high),
        "rule_base": rule.baseline_year,
        "per_year": YES if rule.per_year else NO,
        "points": YES if rule.points else NO,
        "change": YES if rule.measures_change else NO,
        "text": rule.text,
    }


def _num(value: Decimal | None) -> str | None:
    return None if value is None else number_text(value)


def _indicator_cells(draft: PlanDraft, ind: Indicator, group_label: dict[str, str]) -> dict[str, Any]:
    """One "Chỉ tiêu" row: the indicator and its plan-wide rule."""
    code = ind.code
    plan_wide = next((r for r in draft.rules.get(code, ()) if r.year is None), None)
    span = draft.spans.get(code)
    return {
        "code": ind.code, "parent": ind.parent_code, "group": group_label.get(ind.group, ind.group),
        "name": ind.name, "unit": ind.unit, **_rule_cells(plan_wide),
        "direction": DIRECTION_LABELS[ind.direction],
        "aggregation": AGGREGATION_LABELS[ind.aggregation],
        "base_value": _num(ind.baseline_value), "base_year": ind.baseline_year,
        "office": ind.responsible_office,
        "flags": ", ".join(draft.flags.get(code, ())),
        "span": f"{span[0]}-{span[1]}" if span else None,
    }


def _put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    """Set a cell; text is escaped and always stays text (``=`` does not make a formula)."""
    if value is None or value == "":
        return
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = escape_text(value)
        if len(text) > 32_767:
            raise UserError(f"Nội dung «{value[:40]}…» dài quá 32.767 ký tự, Excel không chứa được trong một ô.", "file")
        cell.value = text
        cell.data_type = "s"
    else:
        cell.value = value


def _header(ws: Worksheet, row: int, titles: Sequence[str]) -> None:
    for col, title in enumerate(titles, start=1):
        _put(ws, row, col, title)
        cell = ws.cell(row=row, column=col)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN


def _write_table(
    ws: Worksheet, columns: Sequence[tuple[str, str, int]], rows: Iterable[dict[str, Any]], wrap: set[str]
) -> None:
    """A table with a bold, frozen header, set widths, text-formatted figure columns."""
    _header(ws, 1, [title for _, title, _ in columns])
    ws.freeze_panes = "B2"
    ws.row_dimensions[1].height = 45
    for col, (key, _, width) in enumerate(columns, start=1):
        dim = ws.column_dimensions[get_column_letter(col)]
        dim.width = width
        if key in TEXT_COLUMNS:
            dim.number_format = "@"
    for r, values in enumerate(rows, start=2):
        for col, (key, _, _) in enumerate(columns, start=1):
            _put(ws, r, col, values.get(key))
            cell = ws.cell(row=r, column=col)
            cell.alignment = _WRAP if key in wrap else _TOP
            if key in TEXT_COLUMNS:
                cell.number_format = "@"


def _write_lists(ws: Worksheet, draft: PlanDraft, groups: list[str]) -> dict[str, str]:
    """Fill the hidden "Danh mục" sheet; return each list's range formula by key."""
    units = list(dict.fromkeys([*COMMON_UNITS, *(i.unit.strip() for i in draft.indicators if i.unit.strip())]))
    columns = (
        ("rule_kind", "Loại mục tiêu", list(RULE_LABELS.values())),
        ("unit", "Đơn vị tính", units),
        ("bool", "Có/Không", [YES, NO]),
        ("direction", "Chiều tốt", list(DIRECTION_LABELS.values())),
        ("aggregation", "Cách cộng các tháng", list(AGGREGATION_LABELS.values())),
        ("group", "Nhóm", groups or [""]),
        ("plan_kind", "Loại kế hoạch", list(PLAN_KIND_LABELS.values())),
    )
    refs: dict[str, str] = {}
    for col, (key, title, values) in enumerate(columns, start=1):
        _put(ws, 1, col, title)
        for r, value in enumerate(values, start=2):
            _put(ws, r, col, value)
        letter = get_column_letter(col)
        refs[key] = f"{quote_sheetname(LIST_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
    return refs


def _validation(formula: str, title: str, strict: bool = True) -> DataValidation:
    """A drop-down from ``formula``; not ``strict`` lets other values through after a warning."""
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.showErrorMessage = True
    dv.errorStyle = "stop" if strict else "warning"
    dv.errorTitle = title
    dv.error = (
        "Hãy chọn một giá trị trong danh sách thả xuống."
        if strict else "Giá trị này không có trong danh sách; vẫn dùng được nếu đúng."
    )
    return dv


def _add_validations(ws: Worksheet, indicators: bool, lists: dict[str, str], last_row: int) -> None:
    """Drop-downs on the rule columns, and on the indicator sheet's unit, direction, aggregation, group."""
    columns = INDICATOR_COLUMNS if indicators else YEAR_COLUMNS
    letter = {key: get_column_letter(i) for i, (key, _, _) in enumerate(columns, start=1)}
    title = {key: t for key, t, _ in columns}
    wanted: list[tuple[tuple[str, ...], str, bool]] = [
        (("kind",), "rule_kind", True), (BOOL_COLUMNS, "bool", True),
    ]
    if indicators:
        wanted += [
            (("unit",), "unit", False), (("direction",), "direction", True),
            (("aggregation",), "aggregation", True), (("group",), "group", False),
        ]
    for keys, list_key, strict in wanted:
        dv = _validation(lists[list_key], title[keys[0]], strict)
        ws.add_data_validation(dv)
        for key in keys:
            dv.add(f"{letter[key]}2:{letter[key]}{last_row}")


def _write_plan_sheet(ws: Worksheet, draft: PlanDraft, commune_name: str | None, kind_list: str) -> None:
    """The "Kế hoạch" sheet: field rows, the group table, and a short guide in column D."""
    plan = draft.plan
    values: dict[str, Any] = {
        "kind": PLAN_KIND_LABELS[plan.kind], "start": plan.start_year, "end": plan.end_year,
        "title": plan.title, "ref": plan.resolution_ref, "commune": commune_name,
        "source": draft.source_name, "status": PLAN_STATUS_LABELS[plan.status],
        "version": TEMPLATE_VERSION,
    }
    _header(ws, 1, ("Mục", "Nội dung"))
    for r, (key, label) in enumerate(PLAN_FIELDS, start=2):
        _put(ws, r, 1, label)
        ws.cell(row=r, column=1).font = _HEADER_FONT
        _put(ws, r, 2, values[key])
        ws.cell(row=r, column=2).alignment = _WRAP
    dv = _validation(kind_list, "Loại kế hoạch")
    ws.add_data_validation(dv)
    dv.add(f"B{2 + [k for k, _ in PLAN_FIELDS].index('kind')}")
    top = len(PLAN_FIELDS) + 3
    _header(ws, top, GROUP_HEADER)
    for r, group in enumerate(draft.groups, start=top + 1):
        _put(ws, r, 1, group.key)
        _put(ws, r, 2, group.title)
    for r, line in enumerate(GUIDE, start=1):
        _put(ws, r, 4, line)
    ws.cell(row=1, column=4).font = _HEADER_FONT
    for letter, width in (("A", 22), ("B", 60), ("C", 3), ("D", 90)):
        ws.column_dimensions[letter].width = width


def _source_chunks(text: str) -> list[str]:
    """Escaped pieces of the source text, each at most ``SOURCE_CHUNK`` characters in its cell."""
    chunks: list[str] = []
    pending = [text[i:i + SOURCE_CHUNK] for i in range(0, len(text), SOURCE_CHUNK)]
    while pending:
        piece = pending.pop(0)
        if len(escape_text(piece)) <= SOURCE_CHUNK:
            chunks.append(piece)
        else:
            half = len(piece) // 2
            pending[:0] = [piece[:half], piece[half:]]
    return chunks


def _save(wb: Workbook, path: Path) -> None:
    """Save through a temporary file so a failed write never leaves half a workbook."""
    path = Path(path)
    temp = path.with_name(path.name + ".tmp")
    try:
        wb.save(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(
            f'Không ghi được tệp "{path}": {exc.strerror or exc}. Nếu tệp đang mở trong Excel, '
            "hãy đóng tệp rồi thử lại; hoặc chọn thư mục khác.",
            "file",
        ) from exc


def read_plan_xlsx(path: Path) -> PlanDraft:
    """Read a plan back from the template, as edited by an officer; always a draft.

    Every problem raises ``UserError`` naming sheet, row and column (up to ten at once).
    """
    from .xlsx_read import read_workbook  # the reader builds on this module's layout

    return read_workbook(Path(path))

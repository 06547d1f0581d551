"""Reading the plan template back; ``xlsx`` holds the layout and the number convention.

The officer may have edited the file in Excel or LibreOffice: blank rows, stray spaces, figures
typed Vietnamese or English style or as numbers, Có/Không in any case, columns moved, rows added
by hand with only code, name, unit, kind and value. Problems are collected and raised together
as one ``UserError``; each names the sheet, row and column and says what to do.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from . import limits
from ..domain.bounds import figure_problem
from ..domain.errors import UserError
from ..domain.model import (
    Aggregation,
    Direction,
    Group,
    Indicator,
    Plan,
    PlanStatus,
    RuleKind,
    TargetRule,
)
from ..domain.numbers import NumberError, parse_decimal
from ..domain.draft import PlanDraft, check_draft
from .xlsx import (
    AGGREGATION_LABELS,
    DIRECTION_LABELS,
    GROUP_HEADER,
    INDICATOR_COLUMNS,
    INDICATOR_SHEET,
    PLAN_FIELDS,
    PLAN_KIND_LABELS,
    PLAN_SHEET,
    RULE_LABELS,
    SOURCE_SHEET,
    YEAR_COLUMNS,
    YEAR_SHEET,
    norm,
    unescape_text,
)

#: Problems listed in one error; more are only counted.
MAX_PROBLEMS = 10
#: The template with a long resolution in it is well under 1 MB.
MAX_FILE_BYTES = 20 * 1024 * 1024
_YES = frozenset({"có", "co", "c", "x", "1", "true", "yes", "đúng"})
_NO = frozenset({"không", "khong", "k", "0", "false", "no", "sai"})
_SPAN_RE = re.compile(r"(\d+)\s*[-–]\s*(\d+)")
_LOWER_KINDS = frozenset({RuleKind.AT_MOST, RuleKind.LESS_THAN, RuleKind.REDUCTION})
# Longest text each database column takes.
_LIMITS = {"code": 20, "parent": 20, "unit": 100, "office": 200, "flags": 500}
_VALUE = "Nội dung"
E = TypeVar("E", bound=enum.Enum)


class _Bad(Exception):
    """A cell that cannot be read; the message says why and what to do."""


class _Problems:
    """Problems found so far, each with its place in the workbook."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.count = 0

    def add(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        where = f'Sheet "{sheet}"' + (f", dòng {row}" if row else "") + (f', cột "{column}"' if column else "")
        self.count += 1
        if len(self.messages) < MAX_PROBLEMS:
            self.messages.append(f"{where}: {message}")

    def check(self) -> None:
        """Raise one ``UserError`` listing the problems, if there are any."""
        if self.count == 1:
            raise UserError(self.messages[0], "file")
        if self.count:
            more = self.count - len(self.messages)
            lines = "\n".join(f"- {m}" for m in self.messages) + (f"\n- ... và {more} lỗi khác." if more else "")
            raise UserError(f"Tệp Excel có {self.count} lỗi, hãy sửa rồi nhập lại:\n{lines}", "file")


# ------------------------------------------------------------------------------- cell values


def _quote(raw: Any) -> str:
    text = str(raw).strip()
    return f'"{text}"' if len(text) <= 40 else f'"{text[:40]}…"'


def _text(raw: Any) -> str:
    """A text cell: unescaped, NFC, trimmed; a number cell as its shortest form."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        text = str(int(raw)) if raw.is_integer() else repr(raw)
    else:
        text = str(raw)
    return unicodedata.normalize("NFC", unescape_text(text)).strip()


def _verbatim(raw: Any) -> str:
    """A text kept exactly as written (the target's wording): only Excel's escapes undone."""
    return unescape_text(raw) if isinstance(raw, str) else _text(raw)


def _number(raw: Any) -> Decimal | None:
    """A figure: text by ``parse_number``'s rules, or a number cell through its repr."""
    if isinstance(raw, (bool, datetime, date, time)):
        raise _Bad(
            f"{_quote(raw)} không phải là số (Excel đã tự đổi thành ngày tháng hoặc Đúng/Sai); "
            'hãy định dạng ô là "Văn bản" (Text) rồi gõ lại số, ví dụ 1.234,5.'
        )
    if isinstance(raw, int):
        return _bounded(Decimal(raw), raw)
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise _Bad(f"{_quote(raw)} không phải là số hữu hạn; hãy ghi số, ví dụ 1.234,5.")
        return _bounded(Decimal(repr(raw)), raw)
    text = _text(raw)
    if not text:
        return None
    try:
        return _bounded(parse_decimal(text), raw)
    except NumberError as exc:
        raise _Bad(f"{exc}. Hoặc để trống ô nếu không có số.") from None


def _bounded(value: Decimal, raw: Any) -> Decimal:
    """``value`` within the one set of bounds (``domain.bounds``) every way in checks."""
    problem = figure_problem(value)
    if problem is not None:
        raise _Bad(f"{_quote(raw)} {problem}.")
    return value


def _year(raw: Any) -> int | None:
    """A year cell: a number or digits between 1900 and 2200."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = _text(raw) if not isinstance(raw, int) or isinstance(raw, bool) else str(raw)
    if not text:
        return None
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise _Bad(f"{_quote(text)} không phải là năm; hãy ghi năm bằng 4 chữ số, ví dụ 2025.")
    return int(text)


def _flag(raw: Any) -> bool:
    """A Có/Không cell in any case (or a TRUE/FALSE, 1/0 cell); blank is Không."""
    if isinstance(raw, bool):
        return raw
    text = norm(_text(raw))
    if text in _YES:
        return True
    if not text or text in _NO:
        return False
    raise _Bad(f'{_quote(raw)} không hợp lệ; hãy chọn "Có" hoặc "Không".')


def _choice(labels: dict[E, str], what: str) -> Callable[[Any], E | None]:
    """A converter from a drop-down label (or the English value) to its enum member."""
    known = {norm(label): member for member, label in labels.items()}
    known.update({norm(str(member.value)): member for member in labels})

    def convert(raw: Any) -> E | None:
        text = _text(raw)
        if not text:
            return None
        if norm(text) not in known:
            raise _Bad(f"{_quote(text)} không phải {what} hợp lệ; hãy chọn trong danh sách.")
        return known[norm(text)]

    return convert


_rule_kind = _choice(RULE_LABELS, "loại mục tiêu")
_direction = _choice(DIRECTION_LABELS, "chiều tốt")
_aggregation = _choice(AGGREGATION_LABELS, "cách cộng các tháng")
_plan_kind = _choice(PLAN_KIND_LABELS, "loại kế hoạch")


def _span(raw: Any) -> tuple[int, int] | None:
    """Where in the source text: ``start-end``."""
    text = _text(raw)
    if not text:
        return None
    match = _SPAN_RE.fullmatch(text)
    if not match or int(match.group(1)) > int(match.group(2)):
        raise _Bad(f'{_quote(text)} không hợp lệ; hãy ghi dạng "đầu-cuối", ví dụ 120-185, hoặc để trống.')
    return int(match.group(1)), int(match.group(2))


class _Row:
    """One row of a table, its cells by column key; conversion problems go to ``problems``."""

    def __init__(
        self, sheet: str, number: int, cells: dict[str, Any], titles: dict[str, str], problems: _Problems
    ) -> None:
        self.sheet, self.number, self.cells, self.titles, self.problems = sheet, number, cells, titles, problems

    def bad(self, key: str, message: str) -> None:
        self.problems.add(self.sheet, self.number, self.titles[key], message)

    def get(self, key: str, convert: Callable[[Any], Any]) -> Any:
        try:
            return convert(self.cells.get(key))
        except _Bad as bad:
            self.bad(key, str(bad))
            return None

    def text(self, key: str) -> str:
        text = _text(self.cells.get(key))
        limit = _LIMITS.get(key)
        if limit and len(text) > limit:
            self.bad(key, f"dài {len(text)} ký tự, quá {limit} ký tự cho phép; hãy viết ngắn lại.")
        return text

    def rule(self, year: int | None, required: bool = False) -> TargetRule | None:
        """The rule written in the row's rule columns, None when the row states none."""
        kind = self.get("kind", _rule_kind)
        value, low, high = (self.get(key, _number) for key in ("value", "low", "high"))
        base = self.get("rule_base", _year)
        per_year, points, change = (bool(self.get(key, _flag)) for key in ("per_year", "points", "change"))
        text = _verbatim(self.cells.get("text"))
        if kind is None:
            written = any(v is not None for v in (value, low, high, base)) or text.strip() or per_year or points or change
            if _blank(self.cells.get("kind")) and (required or written):
                self.bad("kind", "chưa chọn loại mục tiêu; hãy chọn trong danh sách.")
            return None
        return TargetRule(kind, value, low, high, base, per_year, points, change, year, text)


# ---------------------------------------------------------------------------------- sheets


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows(
    ws: Worksheet, columns: Sequence[tuple[str, str, int]], problems: _Problems, optional: frozenset[str]
) -> list[_Row] | None:
    """The non-blank rows under the table's header (found by titles); None if columns are missing."""
    wanted = {norm(title): key for key, title, _ in columns}
    titles = {key: title for key, title, _ in columns}
    header, found = 0, dict[str, int]()
    for r, values in enumerate(ws.iter_rows(min_row=1, max_row=5, values_only=True), start=1):
        found = {}
        for c, value in enumerate(values):
            key = wanted.get(norm(_text(value)))
            if key is not None:
                found.setdefault(key, c)
        if "code" in found:
            header = r
            break
    missing = [f'"{titles[key]}"' for key, _, _ in columns if key not in found and key not in optional]
    if not header or missing:
        problems.add(
            ws.title, header or None, None,
            f"thiếu cột {', '.join(missing)}; hãy dùng tệp mẫu xuất từ chương trình và không xoá, "
            "không đổi tên cột.",
        )
        return None
    rows = []
    for r, values in enumerate(ws.iter_rows(min_row=header + 1, values_only=True), start=header + 1):
        cells = {key: values[c] if c < len(values) else None for key, c in found.items()}
        if not all(_blank(v) for v in cells.values()):
            rows.append(_Row(ws.title, r, cells, titles, problems))
    return rows


def _read_plan(ws: Worksheet, problems: _Problems) -> tuple[dict[str, Any], list[Group]]:
    """The plan's fields (by ``PLAN_FIELDS`` key) and its groups, from the "Kế hoạch" sheet."""
    labels = {norm(label): key for key, label in PLAN_FIELDS}
    names = dict(PLAN_FIELDS)
    cells: dict[str, tuple[int, Any]] = {}
    group_top = 0
    for r, values in enumerate(ws.iter_rows(min_col=1, max_col=2, values_only=True), start=1):
        label = norm(_text(values[0]))
        if label == norm(GROUP_HEADER[0]):
            group_top = r
            break
        if label in labels:
            cells.setdefault(labels[label], (r, values[1] if len(values) > 1 else None))
    fields: dict[str, Any] = {}
    converters: dict[str, Callable[[Any], Any]] = {"kind": _plan_kind, "start": _year, "end": _year}
    for key, convert in converters.items():
        if key not in cells:
            problems.add(ws.title, None, None, f'thiếu dòng "{names[key]}"; hãy dùng tệp mẫu xuất từ chương trình.')
            continue
        r, raw = cells[key]
        try:
            fields[key] = convert(raw)
        except _Bad as bad:
            problems.add(ws.title, r, _VALUE, f"{names[key]}: {bad}")
            continue
        if fields[key] is None:
            hint = '"5 năm" hoặc "Hằng năm"' if key == "kind" else "năm bằng 4 chữ số, ví dụ 2026"
            problems.add(ws.title, r, _VALUE, f"{names[key]} đang trống; hãy ghi {hint}.")
    start, end = fields.get("start"), fields.get("end")
    if start and end and end < start:
        problems.add(ws.title, cells["end"][0], _VALUE, f"Đến năm {end} trước Từ năm {start}; hãy sửa lại.")
    for key, limit in (("title", 500), ("ref", 200), ("source", 500)):
        r, raw = cells.get(key, (0, None))
        fields[key] = _text(raw) or None
        if fields[key] and len(fields[key]) > limit:
            problems.add(ws.title, r, _VALUE, f"{names[key]} dài quá {limit} ký tự; hãy viết ngắn lại.")
    if not group_top:
        header = f'"{GROUP_HEADER[0]}", "{GROUP_HEADER[1]}"'
        problems.add(ws.title, None, None, f"thiếu bảng nhóm (dòng tiêu đề {header}); hãy dùng tệp mẫu xuất từ chương trình.")
        return fields, []
    groups: list[Group] = []
    rows: dict[str, int] = {}
    table = ws.iter_rows(min_row=group_top + 1, min_col=1, max_col=2, values_only=True)
    for r, values in enumerate(table, start=group_top + 1):
        key, title = _text(values[0]), _text(values[1] if len(values) > 1 else None)
        if not key and not title:
            continue
        if not key:
            key = next(f"nhom_{n}" for n in range(len(groups) + 1, 10_000) if f"nhom_{n}" not in rows)
        if key in rows:
            problems.add(ws.title, r, GROUP_HEADER[0], f'mã nhóm "{key}" đã dùng ở dòng {rows[key]}; mỗi nhóm cần một mã riêng.')
        elif len(key) > 100 or len(title) > 500:
            problems.add(ws.title, r, GROUP_HEADER[1], "mã nhóm (tối đa 100 ký tự) hoặc tên nhóm (500) quá dài.")
        rows[key] = r
        groups.append(Group(key=key, title=title or key))
    return fields, groups


def _group_lookup(groups: list[Group]) -> dict[str, str]:
    """Group key by what the "Nhóm" column may hold: a title (when unique) or a key."""
    titles = [norm(g.title) for g in groups]
    lookup = {norm(g.key): g.key for g in groups}
    lookup.update({norm(g.title): g.key for g in groups if titles.count(norm(g.title)) == 1})
    return lookup


def _read_indicators(
    rows: list[_Row], groups: dict[str, str]
) -> tuple[list[Indicator], dict[str, TargetRule], dict[str, tuple[int, int]], dict[str, Sequence[str]]]:
    """Indicators in row order with their plan-wide rule, span and flags, checking codes and links."""
    indicators: list[Indicator] = []
    rules: dict[str, TargetRule] = {}
    spans: dict[str, tuple[int, int]] = {}
    flags: dict[str, Sequence[str]] = {}
    first_row: dict[str, int] = {}
    for row in rows:
        code, name, parent = row.text("code"), row.text("name"), row.text("parent") or None
        if not code:
            row.bad("code", "thiếu mã chỉ tiêu; hãy ghi mã, ví dụ 5 hoặc 5.1.")
        elif code in first_row:
            row.bad("code", f'mã "{code}" đã dùng ở dòng {first_row[code]}; mỗi chỉ tiêu cần một mã riêng.')
        if not name:
            row.bad("name", "thiếu tên chỉ tiêu; hãy ghi tên chỉ tiêu.")
        if parent is not None and parent not in first_row:
            below = parent == code or any(
                r.number > row.number and _text(r.cells.get("code")) == parent for r in rows
            )
            row.bad(
                "parent",
                f'chỉ tiêu "{parent}" phải nằm ở một dòng phía trên chỉ tiêu con; hãy chuyển dòng đó lên trên.'
                if below else
                f'không có chỉ tiêu mã "{parent}"; hãy ghi mã của chỉ tiêu mẹ hoặc để trống.',
            )
        group_text = row.text("group")
        group = groups.get(norm(group_text), "") if group_text else ""
        if group_text and not group:
            row.bad(
                "group",
                f'nhóm {_quote(group_text)} không có trong bảng nhóm ở sheet "{PLAN_SHEET}"; hãy chọn trong '
                f'danh sách hoặc thêm nhóm vào sheet "{PLAN_SHEET}".',
            )
        rule = row.rule(None)
        direction = row.get("direction", _direction)
        if direction is None:
            direction = Direction.LOWER if rule is not None and rule.kind in _LOWER_KINDS else Direction.HIGHER
        if code and code not in first_row:
            first_row[code] = row.number
        indicators.append(
            Indicator(
                code=code, name=name, unit=row.text("unit"), group=group, parent_code=parent,
                direction=direction, aggregation=row.get("aggregation", _aggregation) or Aggregation.STOCK,
                baseline_value=row.get("base_value", _number), baseline_year=row.get("base_year", _year),
                responsible_office=row.text("office") or None,
            )
        )
        if rule is not None:
            rules[code] = rule
        span = row.get("span", _span)
        if span is not None:
            spans[code] = span
        marks = tuple(dict.fromkeys(m.strip() for m in re.split(r"[,;]", row.text("flags")) if m.strip()))
        if marks:
            flags[code] = marks
    return indicators, rules, spans, flags


def _read_year_rules(rows: list[_Row], codes: set[str], years: range | None) -> dict[str, dict[int, TargetRule]]:
    """Each indicator's rules for one year, by code and year."""
    found: dict[str, dict[int, TargetRule]] = {}
    seen: dict[tuple[str, int], int] = {}
    for row in rows:
        code, year = row.text("code"), row.get("year", _year)
        if not code:
            row.bad("code", f'thiếu mã chỉ tiêu; hãy ghi mã của một chỉ tiêu ở sheet "{INDICATOR_SHEET}".')
        elif code not in codes:
            row.bad("code", f'không có chỉ tiêu mã "{code}" ở sheet "{INDICATOR_SHEET}"; hãy sửa mã hoặc xoá dòng.')
        if year is None and _blank(row.cells.get("year")):
            row.bad("year", "thiếu năm; hãy ghi năm của mục tiêu, ví dụ 2026.")
        elif year is not None and years is not None and year not in years:
            row.bad("year", f"năm {year} nằm ngoài kế hoạch {years.start}-{years.stop - 1}; hãy sửa năm hoặc xoá dòng.")
        elif year is not None and (code, year) in seen:
            row.bad(
                "year", f'chỉ tiêu "{code}" đã có mục tiêu năm {year} ở dòng {seen[code, year]}; hãy gộp lại một dòng.'
            )
        rule = row.rule(year, required=True)
        if code and year is not None and rule is not None:
            seen.setdefault((code, year), row.number)
            found.setdefault(code, {})[year] = rule
    return found


def _source_text(ws: Worksheet | None) -> str | None:
    """The source text, joined back from its cells exactly."""
    if ws is None:
        return None
    cells = ws.iter_rows(min_col=1, max_col=1, values_only=True)
    return "".join(unescape_text(str(v)) for (v,) in cells if v is not None) or None


def read_workbook(path: Path) -> PlanDraft:
    """Read the template at ``path`` (see ``xlsx.read_plan_xlsx``)."""
    if not path.is_file():
        raise UserError(f'Không tìm thấy tệp "{path}". Hãy kiểm tra lại tên và thư mục của tệp.', "file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(f'Tệp "{path.name}" lớn {path.stat().st_size // 1024 // 1024} MB, tối đa '
                        f"{MAX_FILE_BYTES // 1024 // 1024} MB cho một mẫu kế hoạch; hãy kiểm tra đúng tệp.", "file")
    limits.check_zip(path, path.name)
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise UserError(
            f'Tệp "{path.name}" không phải tệp Excel .xlsx hoặc đã bị hỏng. Hãy mở tệp bằng Excel '
            'hoặc LibreOffice, lưu lại dạng "Excel Workbook (.xlsx)" rồi nhập lại.',
            "file",
        ) from exc
    for ws in wb.worksheets:  # one far-away cell would have every row and column of it walked
        limits.check_sheet(ws, path.name)
    sheets = {norm(ws.title): ws for ws in wb.worksheets}
    missing = [f'"{name}"' for name in (INDICATOR_SHEET, YEAR_SHEET, PLAN_SHEET) if norm(name) not in sheets]
    if missing:
        raise UserError(
            f'Tệp "{path.name}" không phải mẫu kế hoạch của KếHoạch Desktop: thiếu sheet {", ".join(missing)}. '
            "Hãy dùng tệp Excel xuất từ chương trình, không đổi tên hay xoá sheet.",
            "file",
        )
    problems = _Problems()
    fields, groups = _read_plan(sheets[norm(PLAN_SHEET)], problems)
    ind_rows = _rows(sheets[norm(INDICATOR_SHEET)], INDICATOR_COLUMNS, problems, frozenset())
    if ind_rows is None:  # without the indicators, every year target would look orphaned
        problems.check()
    indicators, plan_wide, spans, flags = _read_indicators(ind_rows or [], _group_lookup(groups))
    start, end = fields.get("start"), fields.get("end")
    years = range(start, end + 1) if start and end and start <= end else None
    year_rows = _rows(sheets[norm(YEAR_SHEET)], YEAR_COLUMNS, problems, frozenset({"name_ref"}))
    by_year = _read_year_rules(year_rows or [], {i.code for i in indicators}, years)
    problems.check()
    rules: dict[str, Sequence[TargetRule]] = {}
    for ind in indicators:
        found = ([plan_wide[ind.code]] if ind.code in plan_wide else []) + [
            rule for _, rule in sorted(by_year.get(ind.code, {}).items())
        ]
        if found:
            rules[ind.code] = tuple(found)
    plan = Plan(
        kind=fields["kind"], start_year=fields["start"], end_year=fields["end"], title=fields["title"],
        resolution_ref=fields["ref"], source_text=_source_text(sheets.get(norm(SOURCE_SHEET))),
        status=PlanStatus.DRAFT,
    )
    draft = PlanDraft(
        plan=plan, groups=groups, indicators=indicators, rules=rules, spans=spans,
        flags=flags, source_name=fields["source"],
    )
    check_draft(draft)
    return draft


__all__ = ["read_workbook"]


def open_sheet_file(path: Path, max_bytes: int, what: str) -> Any:
    """A workbook read-only, once the file exists, is at most ``max_bytes`` (``what`` it is for, in
    the message) and passes the readers' zip limits; a damaged file is refused in Vietnamese."""
    if not path.is_file():
        raise UserError(f'Không tìm thấy tệp "{path}". Hãy kiểm tra lại tên và thư mục của tệp.', "file")
    size = path.stat().st_size
    if size > max_bytes:
        raise UserError(f'Tệp "{path.name}" quá lớn ({size // 1024} KB, tối đa {max_bytes // 1024 // 1024} MB) '
                        f"{what}; hãy kiểm tra có đúng tệp không.", "file")
    limits.check_zip(path, path.name)  # unpacked size, parts and bombs: the readers' one set of limits
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile and openpyxl raise many kinds for a damaged file
        raise UserError(
            f'Tệp "{path.name}" không phải tệp Excel .xlsx hoặc đã bị hỏng. Hãy mở tệp bằng Excel hoặc LibreOffice, '
            'lưu lại dạng "Excel Workbook (.xlsx)" rồi nhập lại.', "file",
        ) from exc

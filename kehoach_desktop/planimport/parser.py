"""From a plan's text to groups, indicators (with sub-indicators) and targets.

``parse_text`` is the engine behind ``kehoach plan parse``: it never raises on any text and
keeps, for every indicator, the span of the source it came from. Compound items are split
into sub-indicators: clauses separated by ``;``, two targets joined by ``và``, ``+`` lines,
and the breakdown after ``trong đó:``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.model import Aggregation, Direction, Group, PlanKind, TargetRule
from .clause import ClauseReading, read_clause
from .cleanup import Paragraph, paragraphs
from .columns import plan_column
from .figures import figures, mask_brackets
from .lexicon import GROUP_TITLES, NOUN_UNITS
from .metadata import PlanInfo, plan_info
from .narrative import is_news, subject
from .structure import Item, Region, Unit, best_region, classify, codes_for, items_of, units_of

_TRONG_DO_RE = re.compile(r"[,;:]?\s*\btrong\s+đó\b\s*[:,]?\s*", re.IGNORECASE)
_VA_RE = re.compile(r"\s(?:và|cùng)\s", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
# "nông nghiệp 40% - công nghiệp 25% - dịch vụ 35%": a dash after a figure, before words, parts
# shares ("35 - 40%" is a range: a figure follows its dash).
_SHARE_DASH_RE = re.compile(r"(?<=[%\d])\s+[-–—]\s+(?=[^\W\d_])")
_SEMICOLON_RE = re.compile(";")
_COMMA_RE = re.compile(r"(?<!\d),\s*|,\s+")
# "bảo hiểm y tế đạt 97%, bảo hiểm xã hội đạt 45%": a comma before a new subject separates two
# indicators; before "tăng", "so với"... it continues the same one ("..., tăng 8,5%").
_COMMA_NOUN_RE = re.compile(
    r"(?:(?<!\d),\s*|,\s+)(?!(?:tăng|giảm|gấp|bằng|đạt|chiếm|trong|so|vượt|tương|ước|bình|riêng|trở|phấn|đến|năm|hằng|hàng|mỗi|nâng|đưa|góp|cao)\b)"
    r"(?=[^\W_])",
    re.IGNORECASE,
)


@dataclass
class ParsedIndicator:
    """One indicator as read, with its sub-indicators."""

    code: str
    name: str
    group: str
    unit: str | None
    target: TargetRule | None
    span: tuple[int, int]
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    direction: Direction = Direction.HIGHER
    aggregation: Aggregation = Aggregation.STOCK
    children: list[ParsedIndicator] = field(default_factory=list)

    def walk(self) -> list[ParsedIndicator]:
        """This indicator then its children, depth first."""
        return [self, *(d for c in self.children for d in c.walk())]


@dataclass
class ParsedPlan:
    """The whole parse: plan facts, groups in order, indicators, document-level flags."""

    info: PlanInfo
    groups: list[Group]
    indicators: list[ParsedIndicator]
    source_text: str
    flags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def kind(self) -> PlanKind:
        """Five-year or annual."""
        return self.info.kind

    def all_indicators(self) -> list[ParsedIndicator]:
        """Every indicator and sub-indicator in document order."""
        return [d for ind in self.indicators for d in ind.walk()]


def _indicator(code: str, group: str, reading: ClauseReading, span: tuple[int, int]) -> ParsedIndicator:
    return ParsedIndicator(
        code=code, name=reading.name, group=group, unit=reading.unit, target=reading.rule,
        span=span, flags=list(dict.fromkeys(reading.flags)), notes=list(reading.notes),
        direction=reading.direction, aggregation=reading.aggregation,
    )


def _has_figure(text: str) -> bool:
    return bool(figures(mask_brackets(text)))


class _Figures:
    """Where the item's figures are, found once, so splitting stays linear in the text."""

    def __init__(self, masked: str) -> None:
        self.starts = [f.start for f in figures(masked)]

    def between(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, a)
        return i < len(self.starts) and self.starts[i] < b


def _split_on(text: str, masked: str, pattern: re.Pattern[str], start: int, end: int,
              index: _Figures | None) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at ``pattern``; with an ``index`` only where both sides have a
    figure of their own (``20 doanh nghiệp và 05 hợp tác xã`` but not ``thu gom và xử lý 90%``)."""
    parts: list[tuple[int, int]] = []
    last = start
    matches = list(pattern.finditer(masked, start, end))
    for k, m in enumerate(matches):
        if index is not None:
            right_end = matches[k + 1].start() if k + 1 < len(matches) else end
            if not (index.between(last, m.start()) and index.between(m.end(), right_end)):
                continue
        parts.append((last, m.start()))
        last = m.end()
    parts.append((last, end))
    return [(a, b) for a, b in parts if text[a:b].strip(" .,;:-–+")]


def _clauses(text: str) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """(head with its own target or None, clauses) of one item's text."""
    masked = mask_brackets(text)
    opened = _bracketed_breakdown(text, masked)
    if opened is not None:  # "3.250 ha (trong đó: lúa 2.100 ha; ...)": the total, then its parts
        return opened
    index = _Figures(masked)
    breakdown = _TRONG_DO_RE.search(masked)
    # (A figure after "trong đó:" starts at the colon, which it reads as its operator.)
    if breakdown and index.between(breakdown.start() + 1, len(text)) and not _target_before(masked, breakdown.start(), index):
        parts = _split_on(text, masked, _SEMICOLON_RE, breakdown.end(), len(text), None)
        if len(parts) == 1:
            parts = _split_on(text, masked, _COMMA_RE, breakdown.end(), len(text), index)
        return (0, breakdown.start()), parts
    if not any(mark in masked for mark in (";", ". ", ", ", " và ", " cùng ", " - ", " – ")):
        return None, [(0, len(text))]  # the common single-target item, without the passes below
    pieces: list[tuple[int, int]] = []
    for a, b in _merge_years(text, _split_on(text, masked, _SEMICOLON_RE, 0, len(text), None)):
        for c, d in _split_on(text, masked, _SENTENCE_RE, a, b, index):
            for e, f in _split_on(text, masked, _TRONG_DO_RE, c, d, index):
                for g, h in _split_on(text, masked, _SHARE_DASH_RE, e, f, index):
                    for i, j in _split_on(text, masked, _COMMA_NOUN_RE, g, h, index):
                        pieces.extend(_split_on(text, masked, _VA_RE, i, j, index))
    # "... dưới 2%. Năm 2025 tỷ lệ hộ nghèo là 2,8%": a sentence about one year is said of the
    # indicator before it (its year's figure, or last year's for comparison), never a new one.
    return None, _merge_years(text, pieces)


_BRACKET_BREAKDOWN_RE = re.compile(r"\(\s*trong\s+đó\b\s*[:,]?\s*", re.IGNORECASE)


def _target_before(masked: str, at: int, index: _Figures) -> bool:
    """"BHYT đạt 97%; lao động qua đào tạo đạt 75%, trong đó ... 40%": the breakdown belongs to
    the last of several targets split by ";", not to the whole item."""
    cut = masked.rfind(";", 0, at)
    return cut > 0 and index.between(0, cut) and index.between(cut, at)


def _closing(text: str, start: int) -> int:
    """Where the bracket opened at ``start`` closes (after its ``)``), or the end of the text."""
    depth = 0
    for m in re.finditer(r"[()]", text[start:]):
        depth += 1 if m.group() == "(" else -1
        if depth == 0:
            return start + m.end()
    return len(text)


def _bracketed_breakdown(text: str, masked: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A breakdown written in brackets after a total, closed or not: (head, parts)."""
    match = _BRACKET_BREAKDOWN_RE.search(text)
    if match is None or not _has_figure(masked[:match.start()]):
        return None
    end = _closing(text, match.start())
    inner_end = end - 1 if text[end - 1:end] == ")" else end
    inner = " " * match.end() + mask_brackets(text[match.end():inner_end]) + " " * (len(text) - inner_end)
    index = _Figures(inner)
    if not index.between(match.end(), inner_end):
        return None
    parts = _split_on(text, inner, _SEMICOLON_RE, match.end(), inner_end, None)
    if len(parts) == 1:
        parts = _split_on(text, inner, _COMMA_RE, match.end(), inner_end, index)
    # "07/07 trường (trong đó 03 trường đạt chuẩn mức độ 2)": one figure in brackets explains
    # the total (flagged as a second figure); a list of parts breaks it down.
    return ((0, match.start()), parts) if len(parts) > 1 else None


_YEAR_PART_RE = re.compile(
    r"\s*(?:riêng\s+|trong\s+)?(?:năm\s+(?:19|20)\d\d\b|(?:19|20)\d\d\s*:)", re.IGNORECASE
)


def _merge_years(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"...trên 11.000 tấn/năm; năm 2026 đạt 11.400 tấn": the part for one year belongs to
    the indicator before it, not to an indicator of its own."""
    merged: list[tuple[int, int]] = []
    for a, b in parts:
        if merged and _YEAR_PART_RE.match(text, a):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _colon_head(text: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """``Cơ cấu kinh tế: nông nghiệp 60%; ...``: the words before the colon name the parent."""
    a, b = first
    colon = text.find(":", a, b)
    if colon < 0 or _has_figure(text[a:colon]):
        return None
    after = text[colon + 1:b]
    words_before_figure = re.match(r"\s*([^\d≥≤<>]*)", after)
    if words_before_figure and len(words_before_figure.group(1).split()) >= 1 and re.search(r"[^\W\d_]", words_before_figure.group(1)):
        if not re.match(r"\s*(?:đạt|trên|dưới|từ|khoảng|tối thiểu|ít nhất)\b", after, re.IGNORECASE):
            return a, colon
    return None


def _read_children(code: str, group: str, para: Paragraph, clauses: list[tuple[int, int]],
                   read: Callable[[str], ClauseReading] = read_clause) -> list[ParsedIndicator]:
    children = []
    previous: ClauseReading | None = None
    previous_end = 0
    for k, (a, b) in enumerate(clauses, start=1):
        clause = para.text[a:b]
        reading = read(clause)
        gap = " " + para.text[previous_end:a] + " "
        joined = bool(_VA_RE.search(gap)) or "," in gap  # "20 doanh nghiệp và 05 HTX", "15 DN, 04 HTX"
        if previous is not None and joined and reading.starts_with_figure and previous.lead and reading.unit in NOUN_UNITS:
            # "Thành lập mới 20 doanh nghiệp và 05 hợp tác xã": the second part borrows the verb.
            reading = read(previous.lead + " " + clause.strip())
        children.append(_indicator(f"{code}.{k}", group, reading, para.source_span(a, b)))
        previous, previous_end = reading, b
    return children


def _container(code: str, group: str, name: str, span: tuple[int, int]) -> ParsedIndicator:
    return ParsedIndicator(code=code, name=name, group=group, unit=None, target=None, span=span)


def _clean_title(text: str) -> str:
    text = " ".join(text.split()).strip(" .;:,-–")
    return text[:1].upper() + text[1:]


def build_indicator(item: Item, code: str, year: int | None = None, first_year: int | None = None,
                    column: int | None = None) -> ParsedIndicator:
    """One item as an indicator; compound items become a parent with sub-indicators.

    ``year`` is an annual plan's year (its own figures win over 2030 ones); ``column`` the plan's
    figure column in a flattened table's rows."""
    read = functools.partial(read_clause, year=year, first_year=first_year, column=column)
    head = item.head()
    whole_span = _item_span(item)
    if item.sub_lines:
        own = read(head.text) if _has_figure(head.text) else None
        parent = (
            _indicator(code, item.group_key, own, whole_span) if own is not None
            else _container(code, item.group_key, _clean_title(head.text), whole_span)
        )
        for k, line in enumerate(item.sub_lines, start=1):
            body = line.para.slice(line.body_offset, len(line.para.text))
            reading = read(body.text)
            parent.children.append(_indicator(f"{code}.{k}", item.group_key, reading, body.source_span(0, len(body.text))))
        return parent
    own_clause, clauses = _clauses(head.text)
    if own_clause is not None:
        reading = read(head.text[own_clause[0]:own_clause[1]])
        parent = _indicator(code, item.group_key, reading, whole_span)
        parent.children = _read_children(code, item.group_key, head, clauses, read)
        for child in parent.children:  # "đạt 72, trong đó có bằng cấp đạt 30": a part of a rate
            if child.unit is None and parent.unit == "%" and child.target is not None and child.target.value is not None:
                child.unit = "%"
                child.flags = ["unit_inferred" if f == "unit_missing" else f for f in child.flags]
        return parent
    if len(clauses) <= 1:
        a, b = clauses[0] if clauses else (0, len(head.text))
        return _indicator(code, item.group_key, read(head.text[a:b]), whole_span)
    colon = _colon_head(head.text, clauses[0])
    name = _clean_title(head.text[colon[0]:colon[1]] if colon else head.text)
    if colon:
        clauses[0] = (colon[1] + 1, clauses[0][1])
    parent = _container(code, item.group_key, name, whole_span)
    parent.children = _read_children(code, item.group_key, head, clauses, read)
    return parent


def _item_span(item: Item) -> tuple[int, int]:
    units: list[Unit] = item.parts + item.sub_lines
    first = units[0].para
    last = max(units, key=lambda u: u.para.source_offset(len(u.para.text)))
    end = last.para.source_span(0, len(last.para.text))[1]
    return first.source_span(0, len(first.text))[0], end


_CONTEXT_CHARS = 1500  # the text before the list that may name its period


def parse_text(source: str) -> ParsedPlan:
    """Parse a plan's NFC text; never raises, whatever the text."""
    try:
        return _parse(source)
    finally:
        figures.cache_clear()  # the cache serves one parse; a desktop session must not grow


def _parse(source: str) -> ParsedPlan:
    units = [u for para in paragraphs(source) for u in units_of(para)]
    for unit in units:
        classify(unit)
    region = best_region(units)
    items = items_of(region)
    codes = codes_for(items)
    list_start = region.start_unit.para.start if region.start_unit else 0
    info = plan_info(source, region.start_unit.body if region.start_unit else "",
                     source[max(0, list_start - _CONTEXT_CHARS):list_start])
    # The figure for the plan's own year wins: 2026 in an annual plan, 2030 in a five-year one.
    year = info.start_year if info.kind is PlanKind.ANNUAL else info.end_year
    column = plan_column([u.body for u in region.units if u.kind in ("item", "text") and not u.has_figure], year)
    indicators = [build_indicator(item, code, year, info.start_year, column) for item, code in zip(items, codes)]
    for item, ind in zip(items, indicators):
        if is_news(subject(item.head().text)):  # "Ngày 22-5 tổ chức ...", "Kết quả bầu cử: ...": no target
            ind.flags.append("low_confidence")
            ind.notes.append("Câu này giống tin tức hoặc kết quả đã đạt, không giống một chỉ tiêu; hãy kiểm tra "
                             "và xóa nếu không phải chỉ tiêu.")
    groups = _groups(region.units, indicators)
    warnings = _count_warnings(region, items)
    flags = list(info.flags)
    if indicators and region.start_unit is None:
        flags.append("list_heading_missing")
        warnings.append("Không thấy đầu mục «Các chỉ tiêu chủ yếu»; các chỉ tiêu được đọc từ các mục đánh số "
                        "trong toàn văn bản, hãy kiểm tra từng mục.")
    if not indicators:
        warnings.append(
            "Không tìm thấy danh sách chỉ tiêu trong văn bản. Hãy kiểm tra văn bản có mục "
            "«Các chỉ tiêu chủ yếu» với các chỉ tiêu đánh số (1), (2)... hoặc dùng mẫu Excel."
        )
    return ParsedPlan(info, groups, indicators, source, flags, warnings + info.warnings)


def _groups(units: list[Unit], indicators: list[ParsedIndicator]) -> list[Group]:
    used = {ind.group for ind in indicators}
    groups: dict[str, Group] = {}
    if "general" in used:
        groups["general"] = Group("general", GROUP_TITLES["general"])
    for unit in units:
        if unit.kind == "group" and unit.group_key in used and unit.group_key not in groups:
            groups[unit.group_key] = Group(unit.group_key, unit.group_title)
    return list(groups.values())


def _count_warnings(region: Region, items: list[Item]) -> list[str]:
    """Compare with the counts the document declares: "(17 chỉ tiêu)", "(08 chỉ tiêu)"."""
    warnings = []
    units, start = region.units, region.start_unit
    if start is not None and start.kind == "umbrella" and start.declared is not None and start.declared != len(items):
        warnings.append(f"Văn bản ghi {start.declared} chỉ tiêu nhưng đọc được {len(items)}; hãy đối chiếu.")
    for unit in units:
        if unit.kind == "group" and unit.declared is not None:
            found = sum(1 for item in items if item.group_key == unit.group_key)
            if found != unit.declared:
                warnings.append(
                    f"Nhóm «{unit.group_title}» ghi {unit.declared} chỉ tiêu nhưng đọc được {found}; hãy đối chiếu."
                )
    return warnings

"""Find the indicator list in a plan's paragraphs: its region, group headings and items.

A plan document is mostly prose (the review of the last period, tasks, solutions); the key
indicators sit under a heading such as ``2. Các chỉ tiêu chủ yếu giai đoạn 2026-2030``. Each
paragraph is cut into units (an inline ``- Về Văn hóa - Xã hội:`` heading or a run-together
``(2)`` item starts a new unit), units are classed as headings or items, and the region with
the most indicator-like items wins. Everything is a single pass over the units, so the time
stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cleanup import Paragraph, join, marker_at_start, mostly_upper
from .figures import figures, mask_brackets
from .narrative import is_target_like, subject
from .lexicon import GROUP_KEYWORDS, QUALITATIVE_WORDS, SECTION_END_WORDS, slug, spell_out

_INLINE_HEADING_RE = re.compile(
    r"(?:(?<=[.;:])\s*[-–•*]\s*|(?<=[.;])\s+)(?=(?:Về|Lĩnh vực|Nhóm chỉ tiêu)\s[^:.;()\d]{2,60}:)"
)
# "(2)" run on after the previous item: after punctuation, or (when it is the next number and
# a capital follows) straight after a figure ("... đạt 99,2% (14) Số trường ...").
_INLINE_PAREN_RE = re.compile(
    r"(?:(?<=[.;:,])\s*|(?P<bare>\s+|(?<=[^\W_])|(?<=[%‰])))\((?P<n>\d{1,2})(?:\)(?P<next>\s*[A-ZĐÀ-Ỹ])?|\s+(?=[A-ZĐÀ-Ỹ]))"
)
_ROW_LABEL_RE = re.compile(r"^(?:[A-HĐ]|[IVX]{1,4})\s+(?=[A-ZĐÀ-Ỹ]{2})")
_INLINE_NUM_RE = re.compile(r"(?<=[.;])\s+(?P<n>\d{1,2})[.)]\s+(?=[A-ZĐÀ-Ỹ])")
_GROUP_RE = re.compile(
    r"^(?P<prefix>(?:các\s+|nhóm\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu\s+)?(?:về\s+|thuộc\s+)?(?:lĩnh\s+vực\s+)?"
    r"|về\s+|lĩnh\s+vực\s+|nhóm\s+)?(?P<topic>[^\d:;.()]{2,90}?)\s*"
    r"(?:\(\s*(?P<count>\d{1,3})\s*chỉ\s+tiêu\s*\))?\s*[:.]?\s*$",
    re.IGNORECASE,
)
# The heading of the whole list ("Các chỉ tiêu chủ yếu", "Chỉ tiêu kinh tế - xã hội", "Mục tiêu
# và chỉ tiêu phát triển"), not one group's ("Chỉ tiêu về cải cách hành chính" is a group).
_UMBRELLA_RE = re.compile(
    r"chỉ\s+tiêu\s+(?:(?:kinh\s+tế\s*[-–,]\s*xã\s+hội|phát\s+triển(?:\s+kinh\s+tế)?|kế\s+hoạch)\b"
    r"|(?:\S+\s+){0,4}?(?:chủ\s+yếu|cụ\s+thể)\b|chính(?!\s*(?:trị|quyền|sách))\b)",
    re.IGNORECASE,
)
_REVIEW_RE = re.compile(r"kết quả|đánh giá|tình hình|đã đạt|đạt được|thực hiện các chỉ tiêu", re.IGNORECASE)
_COUNT_RE = re.compile(r"\(\s*(\d{1,3})\s*chỉ\s+tiêu\s*\)", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d{1,3}")
_ASSIGNMENT_RE = re.compile(
    r"(?:giao|phân công|cơ quan chủ trì|chủ trì|phối hợp|đơn vị (?:chủ trì|thực hiện)|thời gian|trách nhiệm)\s*[:,]",
    re.IGNORECASE,
)

# Marker styles: what kind of bullet or number opens a unit.
PAREN, NUM, DOTTED, LETTER, CAPITAL, ROMAN, DASH, PLUS, STAR, ARTICLE, NONE = (
    "paren", "num", "dotted", "letter", "capital", "roman", "dash", "plus", "star", "article", "none",
)
SUBPAREN, FOOTNOTE = "subparen", "footnote"  # "(1.1)" under item (1); "(*)" a footnote
PROSE = "prose"  # one ";" part of a list written as a sentence ("Về kinh tế: A đạt x; B đạt y")
_LISTS = (PAREN, NUM, PROSE)  # the styles of a list's own items


@dataclass
class Unit:
    """A piece of a paragraph that is one heading or one item (or plain prose)."""

    para: Paragraph  # the unit's own text, mapped to the source
    style: str
    number: int | None
    body: str  # the text after the marker
    body_offset: int  # where ``body`` starts in ``para.text``
    kind: str = "text"  # group | umbrella | end | item | text
    group_key: str = ""
    group_title: str = ""
    declared: int | None = None  # "(08 chỉ tiêu)"
    _has_figure: bool | None = None
    label: str = ""  # a dotted item number as written ("2.3")

    @property
    def has_figure(self) -> bool:
        """The unit states a target figure; searched only when asked (most prose never is)."""
        if self._has_figure is None:
            self._has_figure = self.kind == "item" and bool(figures(mask_brackets(self.body)))
        return self._has_figure


@dataclass
class Item:
    """One numbered indicator with its text (possibly over several units) and sub-lines."""

    number: int | None
    style: str
    group_key: str
    parts: list[Unit] = field(default_factory=list)
    sub_lines: list[Unit] = field(default_factory=list)

    def head(self) -> Paragraph:
        """The item's own text (marker removed), continuation lines joined on."""
        first = self.parts[0]
        # Exactly the unit's body, so the figures found while classifying are found again
        # from the cache rather than searched anew.
        pieces = [first.para.slice(first.body_offset, first.body_offset + len(first.body))]
        pieces += [u.para for u in self.parts[1:]]
        return join(pieces)


@dataclass
class Region:
    """A run of units from an indicator-list heading to the next unrelated heading."""

    units: list[Unit]
    start_unit: Unit | None
    score: int = 0


def _style(match: re.Match[str] | None, text: str) -> tuple[str, int | None]:
    if match is None:
        return NONE, None
    marker = match.group(0).strip()
    first = marker[0]
    digits = _NUMBER_RE.findall(marker)
    if marker.startswith(("Điều", "Chương", "Phần", "Mục")):
        return ARTICLE, None
    if marker[:8].lower() == "chỉ tiêu":  # "Chỉ tiêu 3: Tỷ lệ ..."
        return NUM, int(digits[0])
    if marker.startswith("(*"):
        return FOOTNOTE, None
    if re.fullmatch(r"\([a-zđ]\)", marker):
        return LETTER, None
    if first == "(" and re.match(r"\(\s*\d{1,2}\.\d", marker):
        return SUBPAREN, int(digits[0])
    if first == "(":
        return PAREN, int(digits[0]) if digits else None
    if first.isdigit():
        if re.match(r"\d{1,2}\.\d", marker):
            return DOTTED, None
        return NUM, int(digits[0])
    if first in "+":
        return PLUS, None
    if first in "-–—":
        return DASH, None
    if first in "•*·":
        return STAR, None
    if re.fullmatch(r"[IVXLC]{1,6}\s*[.\-–)]", marker) and (len(marker) > 2 or first in "IVX"):
        return ROMAN, None
    if first.isupper():
        return CAPITAL, None
    return LETTER, None


def _cut_points(text: str) -> list[int]:
    """Where a paragraph must be cut: inline group headings and run-together ``(N)`` items."""
    cuts = {m.end() for m in _INLINE_HEADING_RE.finditer(text)}
    first = marker_at_start(text)
    expected = None
    if first is not None and first.group(0).lstrip().startswith("("):
        numbers = _NUMBER_RE.findall(first.group(0))
        expected = int(numbers[0]) + 1 if numbers else None
    for m in _INLINE_PAREN_RE.finditer(text):
        number = int(m.group("n"))
        if m.group("bare") is not None and (number != expected or (")" in m.group(0) and m.group("next") is None)):
            continue  # without punctuation only the next number, followed by a capital, is an item
        if expected is None or number == expected:
            cuts.add(m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
            expected = number + 1
    if first is not None and re.fullmatch(r"\s*\d{1,2}[.)]\s*", first.group(0)):
        # "1. Tổng thu 9 tỷ đồng. 2. Thu nhập ...": numbered items run together after a full stop.
        expected = int(_NUMBER_RE.findall(first.group(0))[0]) + 1
        for m in _INLINE_NUM_RE.finditer(text):
            if int(m.group("n")) == expected:
                cuts.add(m.start("n"))
                expected += 1
    # A cut right after the paragraph's own marker ("b. Về văn hóa - xã hội:") is no cut.
    opening = first.end() if first is not None else 0
    return sorted(c for c in cuts if opening < c < len(text) and text[opening:c].strip())


def units_of(paragraph: Paragraph) -> list[Unit]:
    """Cut a paragraph into units and read each one's marker."""
    bounds = [0, *_cut_points(paragraph.text), len(paragraph.text)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = paragraph.slice(a, b)
        text = piece.text
        lead = len(text) - len(text.lstrip())
        match = marker_at_start(text[lead:])
        style, number = _style(match, text[lead:])
        offset = lead + (match.end() if match else 0)
        while offset < len(text) and text[offset] in " \t:":
            offset += 1
        unit = Unit(piece, style, number, text[offset:].rstrip(), offset)
        if style == DOTTED and match is not None:
            unit.label = match.group(0).strip().rstrip(".)")  # "2.3" of "2.3. Tỷ lệ ..."
        out.extend(_prose_list(unit) or [unit])
    return out


_SEMICOLON_RE = re.compile(r"\s*;\s*")
_SENTENCE_END_RE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
_PROSE_HEAD_RE = re.compile(r"(?:[-–•*+]\s*)?(?:về|lĩnh vực|nhóm|(?:các\s+)?chỉ tiêu)\b", re.IGNORECASE)


def _prose_list(unit: Unit) -> list[Unit] | None:
    """``a) Về kinh tế: A đạt x; B đạt y; C trên z%.``: a heading, then one item per ``;`` part.

    Only when the words before the colon are a group or list heading and at least two parts
    state a figure; numbered items split by ``;`` stay one item with sub-indicators.
    """
    body = unit.body
    colon = body.find(":")
    if colon < 2 or colon > 160 or ";" not in body[colon:]:
        return None
    head = body[:colon].strip()
    spelled = spell_out(head)
    # "Về kinh tế", "Lĩnh vực VH-XH", "Kinh tế": a heading; "Cơ cấu kinh tế" names an indicator.
    heading_words = _PROSE_HEAD_RE.match(spelled) or spelled.startswith(tuple(w for w, _ in GROUP_KEYWORDS))
    if figures(mask_brackets(head)) or not (
        (heading_words and _group_of(head) is not None)
        or (_UMBRELLA_RE.search(spelled) and not _REVIEW_RE.search(head))
    ):
        return None
    start = unit.body_offset + colon + 1
    text = unit.para.text
    masked = mask_brackets(text)
    bounds, last = [], start
    for m in _SEMICOLON_RE.finditer(masked, start):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    last_a, last_b = bounds[-1]
    tail = _SENTENCE_END_RE.search(masked, last_a, last_b)
    if tail and not figures(masked[tail.end():last_b]):  # "...; C trên 50%. Đồng thời, ..." ends the list
        bounds[-1] = (last_a, tail.start() + 1)
    parts = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in bounds if text[a:b].strip(" .")]
    if sum(1 for a, b in parts if figures(masked[a:b])) < 2:
        return None
    heading = Unit(unit.para.slice(0, start), unit.style, unit.number, head, unit.body_offset)
    items = [Unit(unit.para.slice(a, b), PROSE, None, text[a:b].rstrip(" ."), 0) for a, b in parts]
    return [heading, *items]


def _group_of(body: str) -> tuple[str, str, int | None] | None:
    """(key, title, declared count) when ``body`` is a group heading."""
    if len(body) > 130 or not body:
        return None
    # "D CHỈ TIÊU QUỐC PHÒNG - AN NINH": a table's group row keeps its letter without a dot.
    body = _ROW_LABEL_RE.sub("", body.strip())
    match = _GROUP_RE.match(body)
    if not match:
        return None
    topic = match.group("topic").strip(" -–")
    if _UMBRELLA_RE.search(body) or re.search(r"kinh tế\s*[-–,]\s*xã hội", topic.lower()):
        return None
    # "* KT-XH", "Về VHXH", "QP-AN": abbreviations are spelled out first. An abbreviated
    # "KT-XH" heading inside the list opens its economy part (the written-out words name the
    # whole list, and the umbrella check above keeps them so).
    lowered = spell_out(topic)
    hits = [(lowered.find(word), key) for word, key in GROUP_KEYWORDS if word in lowered]
    known = min(hits)[1] if hits else None
    if known is None and not match.group("prefix"):
        return None
    if match.group("prefix") is None and (len(topic.split()) > 6 or topic.split()[0].lower() in _VERBS):
        return None
    count = int(match.group("count")) if match.group("count") else None
    title = _COUNT_RE.sub("", body).strip(" :.-–")
    title = title[:1].upper() + title[1:]
    return (known or slug(topic)), title, count


_VERBS = {"duy", "giữ", "xây", "phấn", "hoàn", "thực", "tăng", "giảm", "đạt", "tiếp", "tập", "nâng"}


def _is_end(unit: Unit) -> bool:
    body = unit.body.lower()
    if unit.style in (ROMAN, ARTICLE, CAPITAL):
        return True
    if mostly_upper(unit.body, least=8):
        return True
    return body.startswith(SECTION_END_WORDS) and not figures(mask_brackets(unit.body))


def classify(unit: Unit) -> None:
    """Set ``unit.kind`` (and the group for headings)."""
    if unit.style == FOOTNOTE or _ASSIGNMENT_RE.match(unit.body):
        unit.kind = "note"  # a footnote, or "- Giao: Phòng Kinh tế": part of no target
        return
    group = _group_of(unit.body) if unit.style not in (PAREN, SUBPAREN) else None
    if group is not None:
        unit.kind = "group"
        unit.group_key, unit.group_title, unit.declared = group
        return
    body = unit.body
    # Every umbrella heading says "chỉ tiêu", and no abbreviation spells out to it: without
    # "chỉ" the slow spelling-out is skipped (most units are items or prose).
    if len(body) <= 200 and "chỉ" in body.lower() and (_UMBRELLA_RE.search(body) or _UMBRELLA_RE.search(spell_out(body))) and not _REVIEW_RE.search(body) and not figures(mask_brackets(body)):
        unit.kind = "umbrella"
        count = _COUNT_RE.search(body)
        unit.declared = int(count.group(1)) if count else None
        return
    unit.kind = "end" if _is_end(unit) else "item"


def _substantive(unit: Unit) -> bool:
    """An item states a figure or a recognisable commitment, not an intro like "Cụ thể:"."""
    if unit.has_figure:
        return True
    low = unit.body.lower()
    return not low.endswith(":") and any(w in low for w in QUALITATIVE_WORDS) and len(low) > 15


def regions(units: list[Unit]) -> list[Region]:
    """Every run of units opened by an umbrella or group heading, scored by its items."""
    found: list[Region] = []
    current: Region | None = None
    for unit in units:
        if unit.kind == "umbrella" and current is not None and not current.units:
            continue  # "Căn cứ ..., năm 2026 xác định 15 chỉ tiêu chủ yếu như sau:" under the heading
        if unit.kind == "umbrella" or (unit.kind == "group" and current is None):
            current = Region([unit] if unit.kind == "group" else [], unit)
            found.append(current)
            continue
        if current is None:
            continue
        if unit.kind == "end":
            current = None
            continue
        current.units.append(unit)
        if unit.kind == "item" and _substantive(unit):
            current.score += 2 if unit.has_figure else 1
    return found


def best_region(units: list[Unit]) -> Region:
    """The region with the most items with figures; a later one wins a tie (the plan follows
    the review of the last period). Without any heading, the whole text is the region."""
    candidates = [r for r in regions(units) if r.score > 0 and _states_targets(r.units)]
    umbrella = [r for r in candidates if r.start_unit is not None and r.start_unit.kind == "umbrella"]
    pool = umbrella or candidates
    if pool:
        return max(reversed(pool), key=lambda r: r.score)
    rest = [u for u in units if u.kind in ("item", "group")]
    # Without a heading, a text with no figure has no indicator list.
    stated = any(u.kind == "item" and u.has_figure for u in rest)
    return Region(rest, None) if stated and _states_targets(rest) else Region([], None)


def _states_targets(units: list[Unit]) -> bool:
    """News or a review of results is no indicator list: most of its items with figures must
    read as targets (a list of qualitative targets has none)."""
    stated = [u for u in units if u.kind == "item" and u.has_figure]
    return 2 * sum(1 for u in stated if is_target_like(subject(u.body))) >= len(stated)


def items_of(region: Region) -> list[Item]:
    """Group the region's units into items with their sub-lines, each tagged with its group."""
    items: list[Item] = []
    group_key = "general"
    item_style = _item_style(region)
    units = region.units
    for i, unit in enumerate(units):
        if unit.kind == "group":
            group_key = unit.group_key
            continue
        if unit.kind != "item":
            continue
        if not items and (unit.style != item_style or not (_substantive(unit) or _opens_list(units, i))):
            continue
        if unit.style == item_style or (unit.style in _LISTS and item_style in _LISTS):
            items.append(Item(unit.number, unit.style, group_key, [unit]))
        elif not items:
            continue
        elif unit.style in (PLUS, DASH, STAR, LETTER, SUBPAREN) and item_style != unit.style:
            items[-1].sub_lines.append(unit)
        elif unit.style == DOTTED and item_style in (PAREN, NUM) and _under(unit, items[-1]):
            items[-1].sub_lines.append(unit)  # "2.1. Diện tích ..." under "(2) Phát triển nông nghiệp:"
        elif unit.style == NONE and unit.has_figure:
            target = items[-1].sub_lines[-1:] or None
            if target is not None and target[0].style in (PLUS, DASH, STAR, LETTER):
                items[-1].sub_lines.append(unit)
            else:
                items[-1].parts.append(unit)
    return items


def _under(unit: Unit, item: Item) -> bool:
    """A dotted number whose first part is the item's own ("2.1" under item 2)."""
    first = unit.para.text.lstrip()[:unit.body_offset].split(".")[0].strip("( ")
    return first.isdigit() and item.number is not None and int(first) == item.number


def _opens_list(units: list[Unit], i: int) -> bool:
    """``(2) Sản lượng một số cây trồng chủ lực:`` followed by ``+`` lines is an item, and so is
    ``(1) Tổ chức thành công cuộc bầu cử ...`` followed by ``(2)``: numbered in turn."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.kind != "item":
        return False
    unit = units[i]
    if unit.style in (PAREN, NUM) and nxt.style == unit.style and unit.number is not None and nxt.number == unit.number + 1:
        return len(unit.body) > 15
    return nxt.style in (PLUS, DASH, STAR, SUBPAREN, DOTTED) and nxt.style != unit.style


def _item_style(region: Region) -> str:
    """The marker style most substantive units use (the first seen wins a tie)."""
    counts: dict[str, int] = {}
    units = region.units
    for i, unit in enumerate(units):
        if unit.kind == "item" and unit.style not in (PLUS, SUBPAREN) and (
            _substantive(unit) or _opens_list(units, i)
        ):
            counts[unit.style] = counts.get(unit.style, 0) + 1
    # Numbered styles are the list itself even when a few bullets outnumber them locally.
    numbered = {k: v for k, v in counts.items() if k in _LISTS}
    pool = numbered or counts
    return max(pool, key=lambda k: pool[k]) if pool else NONE


def codes_for(items: list[Item]) -> list[str]:
    """The document's own numbers when they run 1, 2, 3... without repeats, else a count."""
    numbers = [item.number for item in items if item.number is not None]
    if len(numbers) == len(items) and all(b > a for a, b in zip(numbers, numbers[1:])):
        return [str(n) for n in numbers]
    labels = [item.parts[0].label for item in items]
    if all(labels) and len(set(labels)) == len(labels):  # "1.1 ... 4.2" kept as the resolution has them
        return labels
    return [str(i) for i in range(1, len(items) + 1)]

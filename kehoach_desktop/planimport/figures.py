"""Which figures in a clause are targets, and which one is the indicator's target.

A figure counts only when something marks it as a target (a unit, an operator word, a range or
ratio, a colon); years, dates, document numbers and figures that qualify the name ("dưới 5
tuổi", "trên 1 ha đất", "cả 3 tiêu chí") are passed over, and figures inside brackets are
explanations. Used by ``clause`` (reading one clause) and ``structure`` (is this an item?).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..domain.model import RuleKind
from ..domain.numbers import ParsedNumber, find_numbers
from .lexicon import MONEY_MULTIPLIERS, MULTIPLIERS, NAME_QUALIFIERS, UNIT_RE, UNITS, UNITS_BY_LENGTH

EDGE_PUNCT = " \t.,;:-–—+*•"

# Operator words read leftwards from the figure: (words, meaning). Longer phrases first.
_LEFT_WORDS: tuple[tuple[str, str], ...] = (
    ("không vượt quá", "at_most"), ("không quá", "at_most"), ("không dưới", "at_least"),
    ("không thấp hơn", "at_least"), ("ít nhất", "at_least"), ("tối thiểu", "at_least"),
    ("tối đa", "at_most"), ("nhỏ hơn", "less_than"), ("lớn hơn", "more_than"),
    ("cao hơn", "more_than"), ("≥", "at_least"), (">=", "at_least"), ("⩾", "at_least"),
    ("≤", "at_most"), ("<=", "at_most"), ("⩽", "at_most"), (">", "more_than"),
    ("<", "less_than"), ("trên", "at_least"), ("dưới", "at_most"), ("hơn", "more_than"),
    ("vượt", "more_than"), ("từ", "at_least"), ("khoảng", "about"), ("gần", "about"),
    ("xấp xỉ", "about"), ("còn", "down_to"), ("xuống", "down_to"), ("lên", "down_to"), ("lên mức", "down_to"), ("đạt", ""), ("là", ""), ("bằng", ""),
    ("ở mức", ""), ("mức", ""), (":", ""), ("=", ""),
)
_LEFT_MEANING = {w: m for w, m in _LEFT_WORDS}
EXPLICIT = {"at_least": RuleKind.AT_LEAST, "more_than": RuleKind.MORE_THAN,
             "at_most": RuleKind.AT_MOST, "less_than": RuleKind.LESS_THAN}
_RANGE_GAP_RE = re.compile(r"\s*%?\s*(?:-|–|—|−|÷|~|đến|tới)\s*", re.IGNORECASE)
_RATIO_GAP_RE = re.compile(r"\s*/\s*")
_MULTIPLIER_RE = re.compile(r"\s*(?P<m>nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w)", re.IGNORECASE)
# What may follow a bare money multiplier: the end of the clause or punctuation, not a noun.
_BARE_END_RE = re.compile(r"[ \t]*(?:$|[.,;:)]|\(|trở\b|so\b|năm\b|/)", re.IGNORECASE)
_AFTER_RE = re.compile(r"\s*(?P<w>trở lên|trở xuống|trở lại)(?!\w)", re.IGNORECASE)
_PER_YEAR_UNIT_RE = re.compile(r"\s*/\s*năm(?!\w)", re.IGNORECASE)
_DATE_RE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b"
    # "ngày 22-5", "ngày 02/9", "ngày 15-3-2021", "tháng 12", "quý 3", "6 tháng cuối năm", "9 tháng"
    r"|(?<![^\W\d_])(?:ngày|hôm)\s+\d{1,2}(?:\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?)?(?!\d)"
    r"|(?<![^\W\d_])(?:tháng|quý)\s+\d{1,2}(?!\d)(?!\s*(?:%|lần))"
    r"|(?<![\d.,])\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm\b",
    re.IGNORECASE,
)
_REFERENCE_RE = re.compile(r"\d+\s*/\s*\d*\s*[A-ZĐ]")
_YEAR_RANGE_RE = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b")
@dataclass
class Figure:
    """A figure that reads as a target, with the extent of its expression in the clause."""

    number: ParsedNumber
    start: int  # start of the operator words before it
    end: int  # end of the unit and trailing words
    value: Decimal
    unit: str | None
    unit_text: str = ""
    op: str = ""
    low: Decimal | None = None
    high: Decimal | None = None
    shape: str = "single"  # single | range | ratio
    after: str = ""
    ambiguous: bool = False
    down: bool = False  # "giảm còn", "xuống": the figure is the level to reach, not the cut
    guessed: bool = False  # the unit is the word after the figure, not one from the lexicon
    count_verb: bool = False  # "duy trì 05 lễ hội", "kết nạp mới 40 đảng viên"
    word: str = ""  # the operator word nearest the figure ("từ", "trên", "≥"...)
    yearly: bool = False  # "11.000 tấn/năm", "10%/năm"
    column: bool = False  # one of several figure columns of a table row ("Tỷ đồng 1.240 1.365")


_PAREN_RE = re.compile(r"[()]")
_BARE_FIGURE = r"[-+]?\d[\d.,]*(?:[ \t]*/[ \t]*\d[\d.,]*)?"
# Nothing but more figures (a table row's other columns) up to the end of the clause, or up to
# a last cell of words after a tab (the "Ghi chú" column: "2.000\tTăng 8%").
_ONLY_FIGURES_RE = re.compile(r"(?:[ \t]+" + _BARE_FIGURE + r")*[ \t]*[.;,]?[ \t]*(?:\t[^\W\d_][^\t]*)?")
# The figure columns just before a figure (searched up to it, so anchored at its end).
_FIGURES_BEFORE_RE = re.compile(r"(?<![\w.,/])(?:" + _BARE_FIGURE + r"[ \t]+)+$")
_MONEY_NAME_RE = re.compile(
    r"thu nhập|thu ngân sách|ngân sách|thu nội địa|tổng thu|giá trị|doanh thu|doanh số|vốn|đầu tư|kim ngạch|chi\b|"
    r"lương|tiền|kinh phí|nguồn thu|thu\b|đầu người|grdp|gdp|mức bán lẻ|sản xuất",
    re.IGNORECASE,
)
NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_]+)")
_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*$")
_PER_UNIT_RE = re.compile(r"[ \t]*(?:ha|km2|km²|m2|m²|người|hộ|lao động|vạn|nghìn)[ \t]+[^\W\d_]", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"[ \t]*(?P<w>[a-zà-ỹđ]+(?:[ \t]+[a-zà-ỹđ]+)?)")
_COUNT_VERB_RE = re.compile(
    r"duy trì|mới|thêm|kết nạp|thành lập|xây dựng|tổ chức|phát triển|công nhận|tuyển|đào tạo|bảo tồn|có$|có\s*$",
    re.IGNORECASE,
)
# Words that end a name or a unit: never read as a unit of their own.
STOP_WORDS = frozenset(
    "và hoặc trở so năm đạt trên dưới của trong tại ở với được là đến từ tăng giảm theo cho mỗi "
    "hằng hàng trở lên xuống bình quân trung bình so sánh vào đi thì mà cùng như khi nhằm để".split()
)
PHRASE_UNITS = frozenset({"khách", "lượt khách", "lượt người", "lượt", "cây", "con", "người"})


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """The outermost balanced ``(...)`` spans. A bracket never closed is no bracket: in
    ``(trong đó: lúa 1.200 ha; khoai lang (củ) 80 ha`` only ``(củ)`` is one."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _PAREN_RE.finditer(text):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            start = stack.pop()
            while spans and spans[-1][0] > start:  # an inner pair inside this one
                spans.pop()
            spans.append((start, m.end()))
    return spans


def mask_brackets(text: str) -> str:
    """``text`` with everything inside balanced (...) blanked, same length; an unclosed bracket
    stays, and so does what follows it."""
    if "(" not in text:
        return text
    spans = _bracket_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for a, b in spans:
        out += [text[last:a], " " * (b - a)]
        last = b
    out.append(text[last:])
    return "".join(out)


def inside_brackets(text: str) -> str:
    """Only what lies inside balanced (...): the complement of ``mask_brackets``."""
    if "(" not in text:
        return ""
    return " ".join(text[a + 1:b - 1] for a, b in _bracket_spans(text))


def _skip_spans(masked: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DATE_RE.finditer(masked)]
    spans += [m.span() for m in _YEAR_RANGE_RE.finditer(masked)]
    spans += [m.span() for m in _REFERENCE_RE.finditer(masked)]
    return spans


def _is_year(number: ParsedNumber, masked: str, end: int) -> bool:
    text = number.text.lstrip("+-")
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100):
        return False
    if re.search(r"năm\s*$", masked[max(0, end - 10):end - 4], re.IGNORECASE):
        return True  # "so với năm 2025\t%\t5": a year even when a unit column follows
    return UNIT_RE.match(masked, end) is None or masked[end:end + 1] == "-"


# Operator words grouped by their last character, longest first: ``_left`` runs for every
# figure, so it tests only the few words that can end the text before it.
_LEFT_BY_LAST: dict[str, list[str]] = {}
for _word in sorted(_LEFT_MEANING, key=len, reverse=True):
    _LEFT_BY_LAST.setdefault(_word[-1], []).append(_word)


def _left(masked: str, start: int) -> tuple[int, str, bool, str]:
    """Walk left over operator words; return where they begin, the nearest meaning, and
    whether a "down to" word (``còn``, ``xuống``) was among them ("giảm còn dưới 2,5%")."""
    pos, meaning, down, nearest = start, "", False, ""
    for _ in range(3):
        window = masked[max(0, pos - 30):pos]
        tail = window.rstrip()
        low = tail.lower()
        for word in _LEFT_BY_LAST.get(low[-1:], ()):
            if low.endswith(word):
                before = low[-len(word) - 1:-len(word)] if len(low) > len(word) else ""
                if word[0].isalpha() and before and (before.isalnum() or before == "_"):
                    continue
                meaning = meaning or _LEFT_MEANING[word]
                nearest = nearest or word
                down = down or _LEFT_MEANING[word] == "down_to"
                pos = max(0, pos - 30) + len(tail) - len(word)
                break
        else:
            break
    return pos, meaning, down, nearest


_MAINTAIN_TAIL_RE = re.compile(r"\s(?:duy trì|giữ vững|ổn định)\s*$", re.IGNORECASE)


def _unit_before(masked: str, pos: int) -> tuple[str, str, int] | None:
    """A unit written just before ``pos`` as a word of its own (a table's ĐVT column)."""
    head = masked[:pos].rstrip()
    low = head.lower()
    for written in UNITS_BY_LENGTH:
        if low.endswith(written):
            start = len(head) - len(written)
            if start > 0 and head[start - 1].isspace():
                return UNITS[written], head[start:], start
            return None
    return None


def _unit_at(masked: str, pos: int) -> tuple[str | None, str, int]:
    match = UNIT_RE.match(masked, pos)
    if not match:
        return None, "", pos
    written = match.group("unit")
    return UNITS[written.lower()], written, match.end()


def _figure(masked: str, numbers: list[tuple[ParsedNumber, int, int]], i: int) -> tuple[Figure, int]:
    """Read the target expression around ``numbers[i]``; return it and how many numbers it used."""
    number, start, end = numbers[i]
    used = 1
    value, low, high, shape = number.value, None, None, "single"
    ambiguous = number.ambiguous
    pct_before = ""
    if i + 1 < len(numbers):
        nxt, n_start, n_end = numbers[i + 1]
        gap = masked[end:n_start]
        if _RATIO_GAP_RE.fullmatch(gap) and not masked[n_end:n_end + 1] == "/":
            shape, high, used = "ratio", nxt.value, 2
        elif _RANGE_GAP_RE.fullmatch(gap) or (gap.strip() == "" and nxt.text.startswith(("-", "−"))):
            shape, low, high, used = "range", number.value, abs(nxt.value), 2
            pct_before = "%" if "%" in gap else ""
        if used == 2:
            end, ambiguous = n_end, ambiguous or nxt.ambiguous
    left_start, op, down, word = _left(masked, start)
    unit, unit_text, pos = _unit_at(masked, end)
    if unit is None:
        multiplier = _MULTIPLIER_RE.match(masked, end)
        word_m = multiplier.group("m").lower() if multiplier else ""
        if multiplier and word_m in MONEY_MULTIPLIERS and _BARE_END_RE.match(masked, multiplier.end()) \
                and _MONEY_NAME_RE.search(masked[max(0, start - 80):start]):
            # "thu nhập bình quân đầu người đạt 72 triệu": money, in triệu đồng.
            unit, unit_text, pos = MONEY_MULTIPLIERS[word_m], multiplier.group("m"), multiplier.end()
        elif multiplier:
            factor = MULTIPLIERS[word_m]
            value = value * factor
            low = low * factor if low is not None else None
            high = high * factor if high is not None and shape == "range" else high
            unit, unit_text, pos = _unit_at(masked, multiplier.end())
            pos = max(pos, multiplier.end())
    if unit is None and pct_before:
        unit, unit_text = "%", ""
    guessed = False
    if unit is None and shape == "single":
        noun = _NOUN_AFTER_RE.match(masked, pos)
        if noun and noun.group("w").split()[0].lower() not in STOP_WORDS:
            words = noun.group("w").split()
            if len(words) > 1 and words[1].lower() in STOP_WORDS:
                words = words[:1]
            unit_text = " ".join(words)
            unit, guessed, pos = unit_text.lower(), True, noun.start("w") + len(unit_text)
    column = False
    if unit is None and _ONLY_FIGURES_RE.fullmatch(masked, end):
        # A table row flattened to text puts the unit column first: "Sản lượng Tấn 7.000",
        # "Thôn 14/16", "% 0,5 - 1", "% Duy trì 48,5"; with several figure columns
        # ("Tỷ đồng 1.240 1.365": last year's estimate, then the plan) each is in that unit.
        window = max(0, left_start - 120)
        run = _FIGURES_BEFORE_RE.search(masked, window, left_start)
        anchor = run.start() if run else left_start
        maintain = _MAINTAIN_TAIL_RE.search(masked, max(0, anchor - 20), anchor)
        before_unit = _unit_before(masked, maintain.start() if maintain else anchor)
        if before_unit is not None:
            unit, unit_text, unit_start = before_unit
            left_start = left_start if run else unit_start
            word = word or ("duy trì" if maintain else "")
            column = bool(run) or bool(masked[end:].strip(EDGE_PUNCT))
    after = _AFTER_RE.match(masked, pos)
    per_year = _PER_YEAR_UNIT_RE.match(masked, pos)
    yearly = bool(per_year) and unit is not None
    if per_year and unit not in (None, "ha/năm"):
        pos = per_year.end()
    if after:
        pos = after.end()
    figure = Figure(
        number, left_start, pos, value, unit, unit_text, op, low, high, shape,
        after.group("w").lower() if after else "", ambiguous, down, guessed,
        bool(_COUNT_VERB_RE.search(masked[max(0, left_start - 30):left_start])), word, yearly, column,
    )
    return figure, used


def is_qualifier(masked: str, start: int, end: int, value: Decimal) -> bool:
    """A figure that is part of the name: "m2", "dưới 5 tuổi", "trên 1 ha đất", "cả 3 tiêu chí"."""
    glued = re.search(r"[^\W\d_]+$", masked[max(0, start - 6):start])
    if glued and glued.group().isascii() and len(glued.group()) <= 3:
        return True  # "m2", "km2", "CO2": part of a unit or name ("đạt95%" is a figure)
    nxt = NEXT_WORD_RE.match(masked, end)
    if nxt and nxt.group(1).lower() in NAME_QUALIFIERS:
        return True
    prev = _PREV_WORD_RE.search(masked, max(0, start - 12), start)
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in ("cả", "thứ", "hạng", "loại", "độ") and value <= 20 and not re.search(
        r"(?:các|mọi|nhiều)[ \t]+loại[ \t]*$", masked[max(0, start - 16):start], re.IGNORECASE
    ):  # "cả 3 tiêu chí", "con thứ 3", "mức độ 1"; not "rau các loại 760 ha"
        return True
    # "lúa nước 2 vụ": the number of crops a year describes the rice, it is no target.
    if nxt and nxt.group(1).lower() == "vụ" and re.search(r"\b(?:lúa|ngô|màu|lạc|khoai)\b", masked[max(0, start - 16):start], re.IGNORECASE):
        return True
    # "Số bác sĩ trên 10.000 dân", "mỗi 1.000 người dân": the population a rate is counted per.
    if prev_word in ("trên", "mỗi", "cho") and re.match(r"[ \t]*(?:người dân|dân số|dân|hộ dân)(?![^\W\d_])", masked[end:], re.IGNORECASE):
        return True
    # "trên 01 ha đất canh tác": per one unit of something, followed by what it is of.
    return value == 1 and prev_word in ("trên", "mỗi") and bool(nxt) and _PER_UNIT_RE.match(masked, end) is not None


def real_numbers(masked: str) -> list[tuple[ParsedNumber, int, int]]:
    """The numbers of the clause minus years, dates and document numbers."""
    skip = sorted(_skip_spans(masked))
    starts = [a for a, _ in skip]
    ends = [b for _, b in skip]

    def skipped(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    return [(n, s, e) for n, s, e in find_numbers(masked) if not skipped(s) and not _is_year(n, masked, e)]


@functools.lru_cache(maxsize=32768)
def figures(masked: str) -> tuple[Figure, ...]:
    """Every figure in the (bracket-masked) clause that reads as a target, in order.

    Cached: the same unit text is asked about while classifying, splitting and reading;
    ``parse_text`` empties the cache when it is done. The figures returned are never modified.
    """
    numbers = real_numbers(masked)
    found: list[Figure] = []
    i = 0
    while i < len(numbers):
        number, start, end = numbers[i]
        if is_qualifier(masked, start, end, number.value):
            i += 1
            continue
        fig, used = _figure(masked, numbers, i)
        if used == 2 and is_qualifier(masked, numbers[i + 1][1], numbers[i + 1][2], numbers[i + 1][0].value):
            i += used  # "6 - 14 tuổi", "từ 6 đến 14 tuổi": an age range in the name
            continue
        cue = (
            (fig.unit is not None and not fig.guessed) or fig.shape != "single" or bool(fig.after)
            or fig.start < start or (fig.guessed and fig.count_verb)
        )
        if cue:
            found.append(fig)
        i += used
    return tuple(found)


def is_strong(fig: Figure) -> bool:
    """A figure that is surely a target: a known unit, a comparison, a range or ratio."""
    return ((fig.unit is not None and not fig.guessed) or fig.op in EXPLICIT or fig.shape != "single"
            or bool(fig.after))


def is_starting_point(fig: Figure, target: Figure) -> bool:
    """"giảm từ 1,2% xuống còn 0,9%": the first figure is where the indicator starts from."""
    return fig.word == "từ" and target.down and fig.end <= target.start


def year_before(masked: str, fig: Figure) -> str | None:
    """The year stated just before the figure ("năm 2026 đạt 22%", "2030: 8%"); none when that
    year closes the figure before it ("từ 62,5 triệu đồng năm 2025 lên 95 triệu đồng")."""
    start = max(0, fig.start - 25)
    years = list(re.finditer(r"(?:19|20)\d\d", masked[start:fig.start]))
    if not years:
        return None
    at = start + years[-1].start()
    if re.search(r"[\d%][^,;.\d]{0,18}$", masked[max(0, at - 20):at]):
        return None
    return years[-1].group()


def said_of(masked: str, fig: Figure, year: int) -> bool:
    """"năm 2026 đạt 22%", "2030: 8%", "đến năm 2030 có 5/5": the figure is stated for ``year``."""
    return year_before(masked, fig) == str(year)


def is_past(masked: str, fig: Figure, first_year: int) -> bool:
    """The figure is a result of a year before the plan ("kết quả năm 2025 đạt 88,6%")."""
    year = year_before(masked, fig)  # "... năm 2025 xuống dưới 2%": that 2025 is not 2%'s
    return year is not None and int(year) < first_year


def primary(found: tuple[Figure, ...], masked: str, year: int | None,
             first_year: int | None = None, column: int | None = None) -> tuple[Figure, int]:
    """The target figure and where the name before it ends.

    The figure stated for the plan's own year wins; then the first surely-a-target figure
    over a weaker one before it ("mức 2 đạt 95%"); a level reached ("xuống còn 0,9%") wins
    over the level started from ("từ 1,2%"). In a table row the ``column`` its header names as
    the plan's wins (else the last one).
    """
    strong = [f for f in found if is_strong(f)]
    columns = [f for f in strong if f.column]
    if len(columns) > 1:  # a table row: the header's plan column, else the last
        pick = columns[column] if column is not None and column < len(columns) else columns[-1]
        return pick, min(f.start for f in found)
    if first_year is not None and len(found) > 1:
        # "Trên cơ sở kết quả năm 2025 đạt 88,6%, phấn đấu ... 92%": last year's result is no target.
        future = [f for f in strong if not is_past(masked, f, first_year)]
        if future and len(future) < len(strong):
            strong = future
    if year is not None and len(strong) > 1:
        own = [f for f in strong if said_of(masked, f, year)]
        # Only a series of years ("năm 2026 đạt 30%, năm 2030 đạt 50%") is chosen by year;
        # "duy trì 5/6 trường, đến năm 2030 có thêm 01 trường" states two different targets.
        dated = [f for f in strong if f not in own and year_before(masked, f) is not None]
        annual = first_year == year  # an annual plan's own year wins even over undated figures
        own = own if dated or annual else []
        if own:
            return own[0], min(f.start for f in found)
    if len(strong) < len([f for f in found if is_strong(f)]):  # a past result was passed over
        return strong[0], min(f.start for f in found)
    fig = strong[0] if strong else found[0]
    later = [f for f in found if f.start >= fig.end and f.down]
    if later and is_starting_point(fig, later[0]):
        return later[0], fig.start
    return fig, fig.start



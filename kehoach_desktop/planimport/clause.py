"""Read one clause of an indicator ("Sản lượng lương thực có hạt hằng năm ≥ 7.000 tấn") into
a name, a unit and a target rule, flagging whatever the officer must confirm.

The clause is searched for figures; a figure counts as a target only when something marks it
as one (a unit, an operator word, a range or ratio, a colon), so years, dates, document numbers
and names such as "Cụm công nghiệp 1, 2, 3" are passed over. Figures inside brackets are
explanations and never the target.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.model import Aggregation, Direction, RuleKind, TargetRule
from ..domain.numbers import ParsedNumber, find_numbers, format_number
from .lexicon import FLOW_UNITS, MULTIPLIERS, NAME_QUALIFIERS, NOUN_UNITS, QUALITATIVE_WORDS, UNIT_RE, UNITS

# Operator words read leftwards from the figure: (words, meaning). Longer phrases first.
_LEFT_WORDS: tuple[tuple[str, str], ...] = (
    ("không vượt quá", "at_most"), ("không quá", "at_most"), ("không dưới", "at_least"),
    ("không thấp hơn", "at_least"), ("ít nhất", "at_least"), ("tối thiểu", "at_least"),
    ("tối đa", "at_most"), ("nhỏ hơn", "less_than"), ("lớn hơn", "more_than"),
    ("cao hơn", "more_than"), ("≥", "at_least"), (">=", "at_least"), ("⩾", "at_least"),
    ("≤", "at_most"), ("<=", "at_most"), ("⩽", "at_most"), (">", "more_than"),
    ("<", "less_than"), ("trên", "at_least"), ("dưới", "at_most"), ("hơn", "more_than"),
    ("vượt", "more_than"), ("từ", "at_least"), ("khoảng", "about"), ("gần", "about"),
    ("xấp xỉ", "about"), ("còn", "down_to"), ("xuống", "down_to"), ("đạt", ""), ("là", ""), ("bằng", ""),
    ("ở mức", ""), ("mức", ""), (":", ""), ("=", ""),
)
_LEFT_MEANING = {w: m for w, m in _LEFT_WORDS}
_EXPLICIT = {"at_least": RuleKind.AT_LEAST, "more_than": RuleKind.MORE_THAN,
             "at_most": RuleKind.AT_MOST, "less_than": RuleKind.LESS_THAN}
_RANGE_GAP_RE = re.compile(r"\s*%?\s*(?:-|–|—|−|÷|~|đến|tới)\s*", re.IGNORECASE)
_RATIO_GAP_RE = re.compile(r"\s*/\s*")
_MULTIPLIER_RE = re.compile(r"\s*(?P<m>nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)", re.IGNORECASE)
_AFTER_RE = re.compile(r"\s*(?P<w>trở lên|trở xuống|trở lại)(?!\w)", re.IGNORECASE)
_PER_YEAR_UNIT_RE = re.compile(r"\s*/\s*năm(?!\w)", re.IGNORECASE)
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b")
_REFERENCE_RE = re.compile(r"\d+\s*/\s*\d*\s*[A-ZĐ]")
_YEAR_RANGE_RE = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b")
_BASELINE_RE = re.compile(r"so với (?:năm |cuối năm |thời điểm năm )?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
# "/năm" counts only right after a figure or %: "10%/năm", "150 ha/năm", not "triệu đồng/người/năm".
_PER_YEAR_RE = re.compile(r"h[ằà]ng năm|mỗi năm|(?<=[\d%])\s*/\s*năm|bình quân năm|năm nào cũng", re.IGNORECASE)
_MAINTAIN_RE = re.compile(r"duy trì|giữ vững|giữ ổn định|ổn định", re.IGNORECASE)
_CUMULATIVE_RE = re.compile(
    r"thành lập mới|xây dựng mới|xây dựng thêm|trồng mới|phát triển mới|tăng thêm|công nhận mới|"
    r"\bthêm\b|\bmới\b|lũy kế|luỹ kế|cả giai đoạn|trong giai đoạn|trong 5 năm|sau 5 năm",
    re.IGNORECASE,
)
_RATE_NAME_RE = re.compile(r"\bt[ỷỉ] lệ\b|\btốc độ\b|\bt[ỷỉ] trọng\b|\bcơ cấu\b", re.IGNORECASE)
_CHANGE_NAME_RE = re.compile(r"^(?:tốc độ|t[ỷỉ] lệ (?:giảm|tăng)|mức (?:giảm|tăng)|tăng trưởng)", re.IGNORECASE)
_LOWER_NAME_RE = re.compile(
    r"^(?:t[ỷỉ] lệ|số) (?:hộ nghèo|hộ cận nghèo|trẻ em .*suy dinh dưỡng|suy dinh dưỡng|thất nghiệp|"
    r"sinh con thứ|vụ|người nghiện|tai nạn)", re.IGNORECASE,
)
_FLOW_NAME_RE = re.compile(
    r"sản lượng|thu ngân sách|thu nội địa|tổng thu|giá trị sản xuất|khách du lịch|trồng rừng|"
    r"trồng mới|sản xuất điện|tiêu thụ|vốn đầu tư|chi ngân sách|kim ngạch|thành lập mới|"
    r"giải quyết việc làm|tạo việc làm|kết nạp|tuyển|xuất khẩu lao động|đào tạo nghề|thu hút",
    re.IGNORECASE,
)
_PER_PERSON_RE = re.compile(r"đầu người|/\s*người|năng suất|trên\s+(?:1|một)\s+ha|/\s*ha", re.IGNORECASE)
_TRAILING_WORDS_RE = re.compile(
    r"(?:\s|^)(?:đạt|là|trên|dưới|từ|khoảng|trung bình|duy trì|ổn định|giữ vững|giữ ổn định|ít nhất|tối thiểu|tối đa|không quá|"
    r"bằng|có|ở mức|mức|còn|tăng|giảm|phấn đấu|so với (?:năm )?\d{4}|đến năm \d{4}|năm \d{4}|"
    r"và|hoặc|với|của|cho|đạt được|được)\s*$",
    re.IGNORECASE,
)
_LEADING_WORDS_RE = re.compile(
    r"^(?:phấn đấu|đến năm \d{4}|đến cuối năm \d{4}|trong đó|và|riêng|cụ thể)[\s,:]*", re.IGNORECASE
)
_EDGE_PUNCT = " \t.,;:-–—+*•"


@dataclass
class ClauseReading:
    """What one clause says: the indicator's name, unit, rule and the flags to review."""

    name: str
    unit: str | None
    rule: TargetRule
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    direction: Direction = Direction.HIGHER
    aggregation: Aggregation = Aggregation.STOCK
    has_target: bool = False
    lead: str = ""  # the words before the figure, for "20 doanh nghiệp và 05 hợp tác xã"
    starts_with_figure: bool = False


@dataclass
class _Figure:
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


_BRACKETED_RE = re.compile(r"\([^)]*\)")
_NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_]+)")
_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*$")
_PER_UNIT_RE = re.compile(r"[ \t]*(?:ha|km2|km²|m2|m²|người|hộ|lao động|vạn|nghìn)[ \t]+[^\W\d_]", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"[ \t]*(?P<w>[a-zà-ỹđ]+(?:[ \t]+[a-zà-ỹđ]+)?)")
_COUNT_VERB_RE = re.compile(
    r"duy trì|mới|thêm|kết nạp|thành lập|xây dựng|tổ chức|phát triển|công nhận|tuyển|đào tạo|bảo tồn|có$|có\s*$",
    re.IGNORECASE,
)
# Words that end a name or a unit: never read as a unit of their own.
_STOP_WORDS = frozenset(
    "và hoặc trở so năm đạt trên dưới của trong tại ở với được là đến từ tăng giảm theo cho mỗi "
    "hằng hàng trở lên xuống bình quân trung bình so sánh vào đi thì mà cùng như khi nhằm để".split()
)
_PHRASE_UNITS = frozenset({"khách", "lượt khách", "lượt người", "lượt", "cây", "con", "người"})


def mask_brackets(text: str) -> str:
    """``text`` with everything inside (...) blanked, same length; an unclosed bracket stays."""
    if "(" not in text:
        return text
    return _BRACKETED_RE.sub(lambda m: " " * len(m.group()), text)


def _inside_brackets(text: str) -> str:
    """Only what lies inside (...), the rest blanked: the complement of ``mask_brackets``."""
    if "(" not in text:
        return ""
    return " ".join(m.group()[1:-1] for m in _BRACKETED_RE.finditer(text))


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


_UNITS_BY_LENGTH = sorted(UNITS, key=len, reverse=True)


_MAINTAIN_TAIL_RE = re.compile(r"\s(?:duy trì|giữ vững|ổn định)\s*$", re.IGNORECASE)


def _unit_before(masked: str, pos: int) -> tuple[str, str, int] | None:
    """A unit written just before ``pos`` as a word of its own (a table's ĐVT column)."""
    head = masked[:pos].rstrip()
    low = head.lower()
    for written in _UNITS_BY_LENGTH:
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


def _figure(masked: str, numbers: list[tuple[ParsedNumber, int, int]], i: int) -> tuple[_Figure, int]:
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
        if multiplier:
            factor = MULTIPLIERS[multiplier.group("m").lower()]
            value = value * factor
            low = low * factor if low is not None else None
            high = high * factor if high is not None and shape == "range" else high
            unit, unit_text, pos = _unit_at(masked, multiplier.end())
            pos = max(pos, multiplier.end())
    if unit is None and pct_before:
        unit, unit_text = "%", ""
    guessed = False
    if unit is None and shape == "single":
        word = _NOUN_AFTER_RE.match(masked, pos)
        if word and word.group("w").split()[0].lower() not in _STOP_WORDS:
            words = word.group("w").split()
            if len(words) > 1 and words[1].lower() in _STOP_WORDS:
                words = words[:1]
            unit_text = " ".join(words)
            unit, guessed, pos = unit_text.lower(), True, word.start("w") + len(unit_text)
    if unit is None and not masked[end:].strip(_EDGE_PUNCT):
        # A table row flattened to text puts the unit column first: "Sản lượng Tấn 7.000",
        # "Thôn 14/16", "% 0,5 - 1", "% Duy trì 48,5".
        maintain = _MAINTAIN_TAIL_RE.search(masked, max(0, left_start - 20), left_start)
        before_unit = _unit_before(masked, maintain.start() if maintain else left_start)
        if before_unit is not None:
            unit, unit_text, left_start = before_unit
            word = word or ("duy trì" if maintain else "")
    after = _AFTER_RE.match(masked, pos)
    per_year = _PER_YEAR_UNIT_RE.match(masked, pos)
    yearly = bool(per_year) and unit is not None
    if per_year and unit not in (None, "ha/năm"):
        pos = per_year.end()
    if after:
        pos = after.end()
    figure = _Figure(
        number, left_start, pos, value, unit, unit_text, op, low, high, shape,
        after.group("w").lower() if after else "", ambiguous, down, guessed,
        bool(_COUNT_VERB_RE.search(masked[max(0, left_start - 30):left_start])), word, yearly,
    )
    return figure, used


def _qualifier(masked: str, start: int, end: int, value: Decimal) -> bool:
    """A figure that is part of the name: "m2", "dưới 5 tuổi", "trên 1 ha đất", "cả 3 tiêu chí"."""
    if start > 0 and masked[start - 1].isalpha():
        return True
    nxt = _NEXT_WORD_RE.match(masked, end)
    if nxt and nxt.group(1).lower() in NAME_QUALIFIERS:
        return True
    prev = _PREV_WORD_RE.search(masked, max(0, start - 12), start)
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in ("cả", "thứ", "hạng", "loại", "độ"):  # "cả 3 tiêu chí", "con thứ 3", "mức độ 1"
        return True
    # "trên 01 ha đất canh tác": per one unit of something, followed by what it is of.
    return value == 1 and prev_word in ("trên", "mỗi") and bool(nxt) and _PER_UNIT_RE.match(masked, end) is not None


def _real_numbers(masked: str) -> list[tuple[ParsedNumber, int, int]]:
    """The numbers of the clause minus years, dates and document numbers."""
    skip = sorted(_skip_spans(masked))
    starts = [a for a, _ in skip]
    ends = [b for _, b in skip]

    def skipped(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    return [(n, s, e) for n, s, e in find_numbers(masked) if not skipped(s) and not _is_year(n, masked, e)]


@functools.lru_cache(maxsize=32768)
def figures(masked: str) -> tuple[_Figure, ...]:
    """Every figure in the (bracket-masked) clause that reads as a target, in order.

    Cached: the same unit text is asked about while classifying, splitting and reading;
    ``parse_text`` empties the cache when it is done. The figures returned are never modified.
    """
    numbers = _real_numbers(masked)
    found: list[_Figure] = []
    i = 0
    while i < len(numbers):
        number, start, end = numbers[i]
        if _qualifier(masked, start, end, number.value):
            i += 1
            continue
        fig, used = _figure(masked, numbers, i)
        if used == 2 and _qualifier(masked, numbers[i + 1][1], numbers[i + 1][2], numbers[i + 1][0].value):
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


def _strong(fig: _Figure) -> bool:
    """A figure that is surely a target: a known unit, a comparison, a range or ratio."""
    return ((fig.unit is not None and not fig.guessed) or fig.op in _EXPLICIT or fig.shape != "single"
            or bool(fig.after))


def _is_starting_point(fig: _Figure, target: _Figure) -> bool:
    """"giảm từ 1,2% xuống còn 0,9%": the first figure is where the indicator starts from."""
    return fig.word == "từ" and target.down and fig.end <= target.start


def _past(masked: str, fig: _Figure, first_year: int) -> bool:
    """The figure is a result of a year before the plan ("kết quả năm 2025 đạt 88,6%")."""
    years = re.findall(r"năm\s+((?:19|20)\d\d)", masked[max(0, fig.start - 30):fig.start], re.IGNORECASE)
    return bool(years) and int(years[-1]) < first_year


def _primary(found: tuple[_Figure, ...], masked: str, year: int | None,
             first_year: int | None = None) -> tuple[_Figure, int]:
    """The target figure and where the name before it ends.

    The figure stated for the plan's own year wins; then the first surely-a-target figure
    over a weaker one before it ("mức 2 đạt 95%"); a level reached ("xuống còn 0,9%") wins
    over the level started from ("từ 1,2%").
    """
    strong = [f for f in found if _strong(f)]
    if first_year is not None and len(found) > 1:
        # "Trên cơ sở kết quả năm 2025 đạt 88,6%, phấn đấu ... 92%": last year's result is no target.
        future = [f for f in strong if not _past(masked, f, first_year)]
        if future and len(future) < len(strong):
            strong = future
    if year is not None and len(strong) > 1:
        own = [f for f in strong if f"năm {year}" in masked[max(0, f.start - 25):f.start].lower()]
        if own:
            return own[0], min(f.start for f in found)
    if len(strong) < len([f for f in found if _strong(f)]):  # a past result was passed over
        return strong[0], min(f.start for f in found)
    fig = strong[0] if strong else found[0]
    later = [f for f in found if f.start >= fig.end and f.down]
    if later and _is_starting_point(fig, later[0]):
        return later[0], fig.start
    return fig, fig.start


def _kind(fig: _Figure, low_text: str, before: str, name: str) -> RuleKind:
    rate_unit = fig.unit in ("%", "điểm", "điểm %")
    if fig.shape == "ratio":
        return RuleKind.RATIO
    if fig.unit == "lần" and ("so với" in low_text or "gấp" in before):
        return RuleKind.MULTIPLE_OF_BASELINE
    if rate_unit and _BASELINE_RE.search(low_text) and ("tăng" in low_text or "giảm" in low_text):
        return RuleKind.REDUCTION if "giảm" in before else RuleKind.GROWTH_VS_BASELINE
    growth_words = "tăng" in low_text or "tốc độ" in low_text or "tăng trưởng" in low_text
    if rate_unit and "bình quân" in low_text and growth_words and _PER_YEAR_RE.search(low_text):
        return RuleKind.AVG_ANNUAL_GROWTH
    if fig.down:
        if fig.op in _EXPLICIT:
            return _EXPLICIT[fig.op]
        return RuleKind.AT_MOST if "giảm" in before else RuleKind.EQUAL
    if rate_unit and "giảm" in before:
        return RuleKind.REDUCTION
    if fig.shape == "range":
        return RuleKind.RANGE
    if fig.after == "trở lên":
        return RuleKind.AT_LEAST
    if fig.after == "trở xuống":
        return RuleKind.AT_MOST
    if fig.op in _EXPLICIT:
        return _EXPLICIT[fig.op]
    if fig.word == "duy trì" and fig.op not in _EXPLICIT:  # "% Duy trì 48,5" in a table row
        return RuleKind.MAINTAIN
    # "Duy trì các tuyến phố ..., xây dựng thêm 06 tuyến phố": the word nearest the figure wins.
    maintain = max((m.end() for m in _MAINTAIN_RE.finditer(before)), default=-1)
    cumulative = max((m.end() for m in _CUMULATIVE_RE.finditer(before)), default=-1) if fig.unit != "%" else -1
    if cumulative > maintain:
        return RuleKind.CUMULATIVE
    if maintain >= 0:
        return RuleKind.MAINTAIN
    if rate_unit and before.rstrip().endswith("tăng"):
        return RuleKind.GROWTH_VS_BASELINE
    return RuleKind.EQUAL


def _clean_name(text: str) -> str:
    name = " ".join(text.split())
    for _ in range(6):
        before = name
        name = name.strip(_EDGE_PUNCT)
        name = _TRAILING_WORDS_RE.sub("", name).strip(_EDGE_PUNCT)
        name = _LEADING_WORDS_RE.sub("", name).strip(_EDGE_PUNCT)
        if name.endswith("(") or name.count("(") > name.count(")"):
            name = name.rsplit("(", 1)[0]
        if name == before:
            break
    return name[:1].upper() + name[1:] if name else name


def read_clause(text: str, year: int | None = None, first_year: int | None = None) -> ClauseReading:
    """Read one clause; never raises. ``year``: an annual plan's year, whose own figure wins
    over a 2030 one in the same clause ("đến năm 2030 đạt 55%, năm 2026 đạt 52,3%")."""
    masked = mask_brackets(text)
    low_text = text.lower()
    found = figures(masked)
    flags: list[str] = []
    notes: list[str] = []
    if not found:
        return _qualitative(text, masked, flags, notes)
    fig, name_end = _primary(found, masked, year, first_year)
    strong = [f for f in found if _strong(f) and f is not fig and not _is_starting_point(f, fig)]
    if strong:
        flags.append("multiple_targets")
        notes.append("Mục này có nhiều con số mục tiêu; đã lấy một số, hãy kiểm tra.")
    if fig.ambiguous:
        flags.append("ambiguous_number")
        alt = fig.number.alternative
        notes.append(
            f"Số «{fig.number.text}» có thể là {format_number(fig.number.value)} (số thập phân) hoặc "
            f"{format_number(alt)} (hàng nghìn); đã đọc là số thập phân theo kiểu Việt Nam, hãy xác nhận."
        )
    if any(f.ambiguous for f in found) and "ambiguous_number" not in flags:
        flags.append("ambiguous_number")
    if len(found) == 1 and figures(_inside_brackets(text)):
        flags.append("multiple_targets")
        notes.append("Trong ngoặc còn một con số mục tiêu khác; hãy kiểm tra có cần thêm chỉ tiêu không.")
    # The figure for the plan's own year is read in its own words ("năm 2026 đạt 11.400 tấn"),
    # not with the "ổn định", "hằng năm" said of the 2030 target before it.
    own_year = fig is not found[0] and (
        (year is not None and f"năm {year}" in masked[max(0, fig.start - 25):fig.start].lower())
        or (first_year is not None and any(_past(masked, f, first_year) for f in found if f.end <= fig.start))
    )
    since = max((f.end for f in found if f.end <= fig.start), default=0) if own_year else 0
    before = masked[since:fig.start].lower()
    rest = (masked[:fig.start] + " " + masked[fig.end:]).lower()
    following = _NEXT_WORD_RE.match(text, fig.end)
    mid_phrase = bool(following) and following.group(1).lower() not in _STOP_WORDS  # type: ignore[union-attr]
    nounish = fig.unit in NOUN_UNITS or fig.guessed or (fig.unit in _PHRASE_UNITS and mid_phrase)
    keep_unit = bool(nounish and fig.unit_text) and not re.search(
        r"(?<!\w)" + re.escape(fig.unit_text.lower()) + r"(?!\w)", rest
    )
    # With a second figure after the first ("1.874.300 triệu đồng, tăng 8,5%"), what follows
    # the first target is that other target, not part of the name.
    after = text[fig.end:] if len(found) == 1 else ""
    name_source = text[:name_end] + (" " + fig.unit_text + " " if keep_unit else " ") + after
    name = _clean_name(name_source) or _clean_name(text)
    # Kind words are read in the figure's own stretch: "đạt 95,5%, tăng 1,2 điểm so với năm
    # 2025" is a level of 95,5; the growth belongs to the other figure.
    stretch_end = min((f.start for f in found if f.start >= fig.end), default=len(text))
    kind = _kind(fig, masked[since:stretch_end].lower() if len(found) > 1 else low_text, before, name)
    unit = fig.unit
    # "(bình quân 70 ha/năm)" in brackets explains a period total; it does not make it yearly.
    per_year = (bool(_PER_YEAR_RE.search(masked[since:])) or unit == "ha/năm" or fig.yearly
                or kind is RuleKind.AVG_ANNUAL_GROWTH)
    if unit == "ha/năm":  # "trồng rừng 150 ha/năm": 150 ha every year
        unit = "ha"
    if kind is RuleKind.CUMULATIVE and per_year:  # "thành lập mới hằng năm 5 doanh nghiệp"
        kind = RuleKind.EQUAL
    points = False
    if unit in ("điểm", "điểm %") and kind in (RuleKind.REDUCTION, RuleKind.GROWTH_VS_BASELINE, RuleKind.AVG_ANNUAL_GROWTH):
        if unit == "điểm %" or _RATE_NAME_RE.search(name):
            points, unit = True, "%"
    if unit is None:
        if _RATE_NAME_RE.search(low_text) or kind in (RuleKind.AVG_ANNUAL_GROWTH, RuleKind.GROWTH_VS_BASELINE, RuleKind.REDUCTION):
            unit = "%"
            flags.append("unit_inferred")
            notes.append("Văn bản không ghi đơn vị; chỉ tiêu là tỷ lệ nên đã hiểu là %.")
        else:
            flags.append("unit_missing")
            notes.append("Văn bản không ghi đơn vị tính; hãy nhập đơn vị.")
    if fig.op == "about":
        flags.append("approximate")
        notes.append("Văn bản ghi số gần đúng («khoảng»); đã lấy đúng con số đó làm mục tiêu.")
    baseline = _BASELINE_RE.search(text)
    value, low, high = _whole(fig.value), _whole(fig.low), _whole(fig.high)
    if fig.shape == "range":
        value = None
    rule = TargetRule(
        kind=kind, value=value, low=None if fig.shape == "ratio" else low, high=high,
        baseline_year=int(baseline.group("y")) if baseline and kind in (
            RuleKind.GROWTH_VS_BASELINE, RuleKind.REDUCTION, RuleKind.MULTIPLE_OF_BASELINE) else None,
        per_year=per_year,
        points=points,
        # "Tốc độ tăng trưởng ... > 10%": whatever the operator, the figure recorded is the rate.
        measures_change=unit == "%" and bool(_CHANGE_NAME_RE.search(name)),
        text=" ".join(text[_rate_words_start(masked, fig.start, kind):fig.end].split()).strip(" :;,."),
    )
    return ClauseReading(
        name=name, unit=unit, rule=rule, flags=flags, notes=notes,
        direction=_direction(rule, name), aggregation=_aggregation(rule, unit, name),
        has_target=True, lead=_clean_name(text[:fig.start]),
        starts_with_figure=not masked[:fig.start].strip(_EDGE_PUNCT),
    )


_RATE_WORDS_RE = re.compile(
    r"(?:so với (?:năm |cuối năm )?\d{4},?\s*)?(?:tăng|giảm|gấp)(?:\s+bình quân)?(?:\s+h[ằà]ng năm|\s+mỗi năm)?\s*$",
    re.IGNORECASE,
)


def _rate_words_start(masked: str, start: int, kind: RuleKind) -> int:
    """Where the target's text begins: "so với năm 2025 tăng 42%" rather than "42%"."""
    if kind not in (RuleKind.GROWTH_VS_BASELINE, RuleKind.AVG_ANNUAL_GROWTH, RuleKind.REDUCTION,
                    RuleKind.MULTIPLE_OF_BASELINE):
        return start
    window = max(0, start - 60)
    match = _RATE_WORDS_RE.search(masked, window, start)
    return match.start() if match else start


def _whole(value: Decimal | None) -> Decimal | None:
    """Drop the ``.0`` a multiplier leaves (1,5 triệu → 1500000, not 1500000.0)."""
    if value is not None and value == value.to_integral_value():
        return value.to_integral_value()
    return value


def _qualitative(text: str, masked: str, flags: list[str], notes: list[str]) -> ClauseReading:
    low_text = text.lower()
    digits = any(not _qualifier(masked, s, e, n.value) for n, s, e in _real_numbers(masked))
    if digits or not any(w in low_text for w in QUALITATIVE_WORDS):
        flags.append("target_unparsed")
        notes.append("Không đọc được mục tiêu bằng số; đã giữ nguyên văn và coi là chỉ tiêu định tính.")
    name = _clean_name(text)
    rule = TargetRule(kind=RuleKind.QUALITATIVE, text=" ".join(text.split()).strip(_EDGE_PUNCT),
                      per_year=bool(_PER_YEAR_RE.search(text)))
    return ClauseReading(name=name, unit=None, rule=rule, flags=flags, notes=notes, lead=name)


def _direction(rule: TargetRule, name: str) -> Direction:
    if rule.kind in (RuleKind.AT_MOST, RuleKind.LESS_THAN):
        return Direction.LOWER
    if rule.kind is RuleKind.REDUCTION and not rule.measures_change:
        return Direction.LOWER
    if rule.kind in (RuleKind.EQUAL, RuleKind.MAINTAIN, RuleKind.RANGE) and _LOWER_NAME_RE.search(name):
        return Direction.LOWER
    return Direction.HIGHER


def _aggregation(rule: TargetRule, unit: str | None, name: str) -> Aggregation:
    if rule.kind is RuleKind.CUMULATIVE:
        return Aggregation.FLOW
    if rule.measures_change:  # the recorded figure is a rate of change: the latest one counts
        return Aggregation.STOCK
    if unit == "%" or _PER_PERSON_RE.search(name):  # rates and per-person figures never add up
        return Aggregation.STOCK
    if unit in FLOW_UNITS or _FLOW_NAME_RE.search(name) or unit == "ha/năm":
        return Aggregation.FLOW  # "sản lượng bình quân hằng năm 5.200 tấn" is still summed
    return Aggregation.STOCK

"""Read one clause of an indicator ("Sản lượng lương thực có hạt hằng năm ≥ 7.000 tấn") into
a name, a unit and a target rule, flagging whatever the officer must confirm.

The clause is searched for figures; a figure counts as a target only when something marks it
as one (a unit, an operator word, a range or ratio, a colon), so years, dates, document numbers
and names such as "Cụm công nghiệp 1, 2, 3" are passed over. Figures inside brackets are
explanations and never the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.model import Aggregation, Direction, RuleKind, TargetRule
from ..domain.numbers import format_number
from .figures import (
    EDGE_PUNCT,
    EXPLICIT,
    NEXT_WORD_RE,
    PHRASE_UNITS,
    STOP_WORDS,
    Figure,
    figures,
    inside_brackets,
    is_past,
    is_qualifier,
    is_starting_point,
    is_strong,
    mask_brackets,
    said_of,
    primary,
    real_numbers,
    year_before,
)
from .lexicon import FLOW_UNITS, NOUN_UNITS, QUALITATIVE_WORDS, UNIT_PATTERN, UNITS

_BASELINE_RE = re.compile(r"so với (?:năm |cuối năm |thời điểm năm )?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
# "/năm" counts only right after a figure or %: "10%/năm", "150 ha/năm", not "triệu đồng/người/năm".
# "cây hằng năm" is a kind of crop (annual crops), not a frequency.
_PER_YEAR_RE = re.compile(
    r"(?<!cây )h[ằà]ng năm|mỗi năm|(?<=[\d%])\s*/\s*năm|bình quân năm|năm nào cũng", re.IGNORECASE
)
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
_MAINTAIN_UNIT_RE = re.compile(
    r"(?:duy trì|giữ ổn định|ổn định)\s+(?P<unit>" + UNIT_PATTERN + r")\s*[.;]?\s*$",
    re.IGNORECASE,
)
_COUNTED_NAME_RE = re.compile(
    r"(?:tổng\s+)?số\s+(?:lượng\s+)?(?P<unit>" + "|".join(re.escape(u) for u in sorted(NOUN_UNITS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
_PER_PERSON_RE = re.compile(r"đầu người|/\s*người|năng suất|trên\s+(?:1|một)\s+ha|/\s*ha", re.IGNORECASE)
_TRAILING_WORDS_RE = re.compile(
    r"(?:\s|^)(?:đạt|là|trên|dưới|từ|khoảng|trung bình|duy trì|ổn định|giữ vững|giữ ổn định|ít nhất|tối thiểu|tối đa|không quá|"
    r"bằng|có|ở mức|mức|còn|tăng|giảm|gấp|bình quân|phấn đấu|chiếm|so với (?:năm )?\d{4}|đến năm \d{4}|năm \d{4}|\d{4}|"
    r"và|hoặc|với|của|cho|đạt được|được)\s*$",
    re.IGNORECASE,
)
_LEADING_WORDS_RE = re.compile(
    r"^(?:phấn đấu|đến năm \d{4}|đến cuối năm \d{4}|trong đó|và|riêng|cụ thể)[\s,:]*", re.IGNORECASE
)


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


def _kind(fig: Figure, low_text: str, before: str, name: str) -> RuleKind:
    rate_unit = fig.unit in ("%", "‰", "điểm", "điểm %")
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
        if fig.op in EXPLICIT:
            return EXPLICIT[fig.op]
        return RuleKind.AT_MOST if "giảm" in before else RuleKind.EQUAL
    if rate_unit and "giảm" in before:
        return RuleKind.REDUCTION
    if fig.shape == "range":
        return RuleKind.RANGE
    if ("đạt và vượt" in before and fig.op not in EXPLICIT) or (fig.word == "vượt" and re.search(r"đạt\s+và\s*$", before)):
        return RuleKind.AT_LEAST  # "đạt và vượt chỉ tiêu giao: 15.200", "đạt và vượt 98%"
    if fig.after == "trở lên":
        return RuleKind.AT_LEAST
    if fig.after == "trở xuống":
        return RuleKind.AT_MOST
    if fig.op in EXPLICIT:
        return EXPLICIT[fig.op]
    if fig.word == "duy trì" and fig.op not in EXPLICIT:  # "% Duy trì 48,5" in a table row
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


def _relative_to_baseline(kind: RuleKind, value: Decimal | None, fig: Figure, before: str, unit: str | None,
                          has_baseline: bool, notes: list[str]) -> tuple[RuleKind, Decimal | None]:
    """"bằng 110% so với năm 2025" said as the growth the rules measure (10%).

    ("gấp 1,5 lần" keeps its 1,5: the rule's text tells the evaluation it is a multiple.)
    """
    if value is None:
        return kind, value
    if unit == "%" and has_baseline and fig.word == "bằng" and kind is RuleKind.EQUAL:
        notes.append(f"«bằng {format_number(value)}%» năm gốc là tăng {format_number(value - 100)}% so với năm gốc.")
        return RuleKind.GROWTH_VS_BASELINE, value - 100
    return kind, value


def _other_year(masked: str, fig: Figure, year: int) -> bool:
    """The figure is said of a later horizon than the target's year ("đến năm 2030 đạt 35%" in
    an annual plan). An earlier year's figure in a five-year plan stays flagged: it is a year
    target the officer may want to add."""
    stated = year_before(masked, fig)
    return stated is not None and int(stated) > year


def _clean_name(text: str) -> str:
    name = " ".join(text.split())
    for _ in range(6):
        before = name
        name = name.strip(EDGE_PUNCT)
        name = _TRAILING_WORDS_RE.sub("", name).strip(EDGE_PUNCT)
        name = _LEADING_WORDS_RE.sub("", name).strip(EDGE_PUNCT)
        if name.endswith("(") or name.count("(") > name.count(")"):
            name = name.rsplit("(", 1)[0]
        if name == before:
            break
    return name[:1].upper() + name[1:] if name else name


def read_clause(text: str, year: int | None = None, first_year: int | None = None,
                column: int | None = None) -> ClauseReading:
    """Read one clause; never raises. ``year``: an annual plan's year, whose own figure wins
    over a 2030 one in the same clause ("đến năm 2030 đạt 55%, năm 2026 đạt 52,3%")."""
    masked = mask_brackets(text)
    low_text = text.lower()
    found = figures(masked)
    flags: list[str] = []
    notes: list[str] = []
    if not found:
        return _qualitative(text, masked, flags, notes)
    fig, name_end = primary(found, masked, year, first_year, column)
    if _assigned_share(masked, fig):
        notes.append("Mục tiêu là mức cấp trên giao, văn bản không ghi con số; hãy nhập mức được giao.")
        return _qualitative(text, masked, flags, notes, forced=True)
    strong = [
        f for f in found
        if is_strong(f) and f is not fig and not is_starting_point(f, fig)
        # In an annual plan the 2030 figure beside this year's is expected, not a second target.
        and not (year is not None and _other_year(masked, f, year))
    ]
    if strong:
        flags.append("multiple_targets")
        if year is not None and said_of(masked, fig, year):
            notes.append(f"Văn bản ghi mục tiêu cho từng năm; đã lấy mục tiêu năm {year}, "
                         "hãy thêm mục tiêu các năm khác nếu cần theo dõi.")
        else:
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
    if len(found) == 1 and figures(inside_brackets(text)):
        flags.append("multiple_targets")
        notes.append("Trong ngoặc còn một con số mục tiêu khác; hãy kiểm tra có cần thêm chỉ tiêu không.")
    # The figure for the plan's own year is read in its own words ("năm 2026 đạt 11.400 tấn"),
    # not with the "ổn định", "hằng năm" said of the 2030 target before it.
    own_year = fig is not found[0] and (
        (year is not None and said_of(masked, fig, year))
        or (first_year is not None and any(is_past(masked, f, first_year) for f in found if f.end <= fig.start))
    )
    since = max((f.end for f in found if f.end <= fig.start), default=0) if own_year else 0
    before = masked[since:fig.start].lower()
    following = NEXT_WORD_RE.match(text, fig.end)
    mid_phrase = following is not None and following.group(1).lower() not in STOP_WORDS
    nounish = fig.unit in NOUN_UNITS or fig.guessed or (fig.unit in PHRASE_UNITS and mid_phrase)
    # With a second figure after the first ("1.874.300 triệu đồng, tăng 8,5%"), only the words
    # up to the comma before it still describe this target.
    later = [f.start for f in found if f.start >= fig.end]
    after = text[fig.end:later[0]] if later else text[fig.end:]
    if later:
        after = after.rsplit(",", 1)[0] if "," in after else ""
    rest = (masked[:name_end] + " " + after).lower()
    # "14/16 thôn đạt danh hiệu thôn văn hóa": the counted noun opens the rest of the name.
    words_follow = re.match(r"[ \t]+[^\W\d_]", text[fig.end:]) is not None
    keep_unit = bool(nounish and fig.unit_text) and (words_follow or not re.search(
        r"(?<!\w)" + re.escape(fig.unit_text.lower()) + r"(?!\w)", rest
    ))
    name_source = text[:name_end] + (" " + fig.unit_text + " " if keep_unit else " ") + after
    name = _clean_name(name_source) or _clean_name(text)
    # Kind words are read in the figure's own stretch: "đạt 95,5%, tăng 1,2 điểm so với năm
    # 2025" is a level of 95,5; the growth belongs to the other figure.
    stretch_end = min((f.start for f in found if f.start >= fig.end), default=len(text))
    kind = _kind(fig, masked[since:stretch_end].lower() if len(found) > 1 else low_text, before, name)
    unit = fig.unit
    # "(bình quân 70 ha/năm)" in brackets explains a period total; it does not make it yearly.
    per_year = (bool(_PER_YEAR_RE.search(masked[since:stretch_end])) or unit == "ha/năm" or fig.yearly
                or kind is RuleKind.AVG_ANNUAL_GROWTH)
    if unit == "ha/năm":  # "trồng rừng 150 ha/năm": 150 ha every year
        unit = "ha"
    if kind is RuleKind.CUMULATIVE and per_year:  # "thành lập mới hằng năm 5 doanh nghiệp"
        kind = RuleKind.EQUAL
    points = False
    if unit in ("điểm", "điểm %") and kind in (RuleKind.REDUCTION, RuleKind.GROWTH_VS_BASELINE, RuleKind.AVG_ANNUAL_GROWTH):
        if unit == "điểm %" or _RATE_NAME_RE.search(name):
            points, unit = True, "%"
    # "Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm": a rate falls by percentage points, as plans
    # mean it (a relative cut of 1% would leave 3,1% at 3,07%).
    if unit == "%" and kind is RuleKind.REDUCTION and re.match(r"t[ỷỉ] lệ (?!giảm|tăng)", name, re.IGNORECASE):
        points = True
    counted = _COUNTED_NAME_RE.match(name) if unit is None else None
    if counted and not _RATE_NAME_RE.search(low_text):
        # "Số cơ sở sản xuất kinh doanh: 420": the name says what is counted.
        unit = UNITS[counted.group("unit").lower()]
        flags.append("unit_inferred")
        notes.append(f"Văn bản không ghi đơn vị; tên chỉ tiêu đếm «{unit}» nên đã lấy đơn vị đó.")
    elif unit is None:
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
    kind, value = _relative_to_baseline(kind, value, fig, before, unit, bool(baseline), notes)
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
        starts_with_figure=not masked[:fig.start].strip(EDGE_PUNCT),
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


_ASSIGNED_RE = re.compile(
    r"\s*(?:chỉ tiêu|kế hoạch|mục tiêu|định mức)(?:\s+(?:được|do|của|cấp|trên|huyện|tỉnh|thành phố|phố)){0,3}\s+giao\b(?!\s+quân)",
    re.IGNORECASE,
)


def _assigned_share(masked: str, fig: Figure) -> bool:
    """"Giảm tỷ lệ hộ nghèo đạt 100% chỉ tiêu được giao": the target is the figure assigned from
    above, not a cut of 100% ("Hoàn thành 100% chỉ tiêu giao quân" stays 100%)."""
    if fig.unit != "%" or not _ASSIGNED_RE.match(masked, fig.end):
        return False
    return re.search(r"(?:^|\s)(?:giảm|tăng)\s", masked[:fig.start], re.IGNORECASE) is not None


def _qualitative(text: str, masked: str, flags: list[str], notes: list[str], forced: bool = False) -> ClauseReading:
    low_text = text.lower()
    digits = any(not is_qualifier(masked, s, e, n.value) for n, s, e in real_numbers(masked))
    if forced:
        flags.append("target_unparsed")
    elif digits or not any(w in low_text for w in QUALITATIVE_WORDS):
        flags.append("target_unparsed")
        notes.append("Không đọc được mục tiêu bằng số; đã giữ nguyên văn và coi là chỉ tiêu định tính.")
    # A table row "Tỷ lệ che phủ rừng: Duy trì %": keep the current level, in that unit.
    kept = _MAINTAIN_UNIT_RE.search(masked)
    if kept and not digits:
        unit = UNITS[kept.group("unit").lower()]
        name = _clean_name(text[:kept.start()])
        rule = TargetRule(kind=RuleKind.MAINTAIN, text=kept.group(0).strip(EDGE_PUNCT))
        return ClauseReading(name=name, unit=unit, rule=rule, flags=flags, notes=notes, lead=name)
    name = _clean_name(text)
    rule = TargetRule(kind=RuleKind.QUALITATIVE, text=" ".join(text.split()).strip(EDGE_PUNCT),
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

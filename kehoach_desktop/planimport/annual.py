"""Matching an annual plan's indicators to the adopted 5-year plan's (pure: no database).

An annual resolution (Nghị quyết về nhiệm vụ năm 2026) lists the year's targets for the same
indicators as the 5-year plan, worded differently, in another order, numbered differently, with
a few of its own. Names are compared as sets of folded syllables and syllable pairs (robust to
word order), after filler words ("Tỷ lệ", "Số", "đạt", "phấn đấu", "năm 2026"...) are dropped
and abbreviations (HTX, TTHC, BHYT, NTM...) spelled out; rarer words weigh more. The unit adds
or takes away; the code is only a weak hint, since numbering differs. Each 5-year indicator is
matched at most once, greedily by score; below ``MATCH_THRESHOLD`` an annual indicator is left
unmatched (suggested "annual-only"). Nothing is invented: each annual target becomes a rule
for its year with source ``ANNUAL``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from ..domain.draft import PlanDraft
from ..domain.model import Indicator, TargetRule, TargetSource
from ..domain.text import fold


__all__ = [
    "AUTO_ACCEPT",
    "MATCH_THRESHOLD",
    "AnnualMatch",
    "Candidate",
    "document_number",
    "explain",
    "match_annual",
    "match_indicators",
    "year_rules",
]

#: Below this confidence (0-100) no match is suggested: the indicator looks annual-only.
MATCH_THRESHOLD = 45
#: A suggestion at or above this confidence may be applied without the officer confirming it.
AUTO_ACCEPT = 75

# Abbreviations spelled out, so "02 HTX" and "hợp tác xã" share their words (folded).
_ABBREVIATIONS = {
    "htx": "hop tac xa", "tthc": "thu tuc hanh chinh", "bhyt": "bao hiem y te",
    "bhxh": "bao hiem xa hoi", "bhtn": "bao hiem that nghiep", "ntm": "nong thon moi",
    "nsnn": "ngan sach nha nuoc", "dn": "doanh nghiep", "ktxh": "kinh te xa hoi",
    "antt": "an ninh trat tu", "cntt": "cong nghe thong tin", "cds": "chuyen doi so",
    "dvc": "dich vu cong", "dvctt": "dich vu cong truc tuyen", "gtsx": "gia tri san xuat",
    "vsmt": "ve sinh moi truong", "attp": "an toan thuc pham", "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan", "mttq": "mat tran to quoc", "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong", "gdp": "tong san pham", "grdp": "tong san pham",
    "cn": "cong nghiep", "tthcc": "thu tuc hanh chinh cong", "pccc": "phong chay chua chay",
}
# Different words for the same thing in plan documents (folded, whole words).
_SYNONYMS = (
    ("rac thai", "chat thai"), ("truong hoc", "truong"), ("ho dan", "ho"),
    ("do che phu", "che phu"), ("thon ban", "thon"), ("khach du lich", "khach"),
    ("hang nam", ""), ("moi nam", ""),
)
# Words that say how a target is phrased, not what is measured.
_FILLER_PHRASES = (
    "ty le", "ti le", "phan dau", "tren dia ban", "dia ban", "toan xa", "tiep tuc", "duy tri",
    "it nhat", "toi thieu", "tro len", "tro xuong", "xuong con", "khong qua", "toi da",
    "binh quan hang nam", "thuc hien", "chi tieu", "so luong", "muc", "trong do",
)
_FILLER_WORDS = frozenset(
    "so dat nam tong cua va cac nhung duoc co trong tren duoi den tu voi cho la ve theo tang giam "
    "them moi nang len xuong con gan khoang hon vuot nhu sau xa phuong thi tran".split()
)
_WORD_RE = re.compile(r"[^\W_]+")
_NUMBER_RE = re.compile(r"^\d+$")
_DOC_NUMBER_RE = re.compile(r"\bSố\s*:?\s*(\d+\s*/\s*[A-ZĐ][A-ZĐ0-9\-/]*)", re.IGNORECASE)

# Units grouped by what they measure; within a group a match is plausible.
_UNIT_ALIASES = {"htx": "hop tac xa", "trd": "trieu dong", "tr.d": "trieu dong", "ty.d": "ty dong", "tyd": "ty dong"}
_UNIT_FAMILIES = (
    ("%", "diem", "diem %"), ("dong", "nghin dong", "trieu dong", "ty dong"),
    ("nguoi", "lao dong"), ("luot nguoi", "luot khach", "luot", "khach"),
    ("thon", "ban", "khu pho", "to dan pho", "thon, ban"), ("ha", "km2", "m2"), ("tan", "ta", "kg"),
)


@dataclass(frozen=True)
class Candidate:
    """A 5-year indicator an annual one could be, and how sure the matcher is (0-100)."""

    code: str
    name: str
    confidence: int


@dataclass(frozen=True)
class AnnualMatch:
    """The matcher's answer for one annual indicator."""

    annual_code: str
    annual_name: str
    #: The 5-year indicator matched, None when none is close enough (suggest "annual-only").
    plan_code: str | None
    confidence: int
    runner_up: Candidate | None
    reason: str
    #: The annual target as the year's rule (``year`` set, source ``ANNUAL``); None if it has none.
    rule: TargetRule | None = None


@dataclass(frozen=True)
class _Name:
    """An indicator's name as weighted features: folded syllables and syllable pairs."""

    words: tuple[str, ...]
    features: frozenset[str]
    shown: dict[str, str]  # folded syllable -> as written, for reasons


def _spell_out(folded: str) -> str:
    return " ".join(_ABBREVIATIONS.get(w, w) for w in folded.split())


def _name(text: str) -> _Name:
    """The name's content words: filler, numbers and years dropped, abbreviations spelled out."""
    nfc = unicodedata.normalize("NFC", text).lower()
    shown: dict[str, str] = {}
    for word in _WORD_RE.findall(nfc):
        shown.setdefault(fold(word), word)
    folded = " " + _spell_out(" ".join(fold(w) for w in _WORD_RE.findall(nfc))) + " "
    for old, new in _SYNONYMS:
        folded = folded.replace(f" {old} ", f" {new} " if new else " ")
    for phrase in _FILLER_PHRASES:
        folded = folded.replace(f" {phrase} ", " ")
    words = tuple(w for w in folded.split() if w not in _FILLER_WORDS and not _NUMBER_RE.match(w))
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    return _Name(words, frozenset(words) | frozenset(pairs), shown)


def _unit(unit: str) -> str:
    folded = " ".join(fold(unit).split())
    return _UNIT_ALIASES.get(folded, folded)


def _unit_fit(a: str, b: str) -> tuple[float, str]:
    """How units bear on a match: same +, same kind of thing small +, different ×; and why."""
    ua, ub = _unit(a), _unit(b)
    if not ua or not ub:
        return 0.0, ""
    if ua == ub:
        return 0.08, f"cùng đơn vị «{b.strip()}»"
    family = lambda u: next((i for i, f in enumerate(_UNIT_FAMILIES) if u.split("/")[0] in f), None)  # noqa: E731
    fa, fb = family(ua), family(ub)
    if fa is not None and fa == fb and ("/" in ua) == ("/" in ub):
        return 0.03, f"đơn vị tương đương «{a.strip()}» / «{b.strip()}»"
    return -1.0, f"khác đơn vị «{a.strip()}» / «{b.strip()}»"


class _Scorer:
    """Scores name pairs with weights from how often each feature occurs in both lists."""

    def __init__(self, annual: Sequence[Indicator], plan: Sequence[Indicator]) -> None:
        self.names = {id(i): _name(i.name) for i in [*annual, *plan]}
        counts: Counter[str] = Counter()
        for name in self.names.values():
            counts.update(name.features)
        total = max(len(self.names), 1)
        self.weight = {f: (1.0 + math.log(total / n)) * (0.6 if " " in f else 1.0) for f, n in counts.items()}

    def _sum(self, features: Collection[str]) -> float:
        return sum(self.weight.get(f, 1.0) for f in features)

    def score(self, a: Indicator, p: Indicator) -> tuple[float, str]:
        """A score in 0..1 and the reason, in Vietnamese."""
        na, np_ = self.names[id(a)], self.names[id(p)]
        shared = na.features & np_.features
        if not shared or not na.features or not np_.features:
            return 0.0, "tên không có từ nào chung"
        wa, wp, ws = self._sum(na.features), self._sum(np_.features), self._sum(shared)
        name_score = 0.6 * (2 * ws / (wa + wp)) + 0.4 * (ws / min(wa, wp))
        bonus, unit_reason = _unit_fit(a.unit, p.unit)
        score = name_score * 0.6 if bonus < 0 else name_score + bonus
        hints = []
        if a.code == p.code:
            score += 0.03
            hints.append("cùng số thứ tự")
        if a.group and a.group == p.group:
            score += 0.02
        words = [na.shown.get(w, w) for w in na.words if w in shared]
        reason = f"tên giống {round(100 * name_score)}% (chung: {', '.join(dict.fromkeys(words)) or '…'})"
        return max(0.0, min(1.0, score)), "; ".join([reason, *filter(None, [unit_reason]), *hints])


def match_indicators(
    annual: Sequence[Indicator], plan: Sequence[Indicator], taken: Collection[str] = ()
) -> list[tuple[Indicator, Indicator | None, int, Candidate | None, str]]:
    """Per annual indicator: its match (or None), confidence, runner-up and reason.

    ``taken``: codes of 5-year indicators already matched by the officer, never suggested again.
    The assignment is global: pairs are taken best first, each side at most once.
    """
    free = [p for p in plan if p.code not in taken]
    scorer = _Scorer(annual, plan)
    scores = {(i, j): scorer.score(a, p) for i, a in enumerate(annual) for j, p in enumerate(free)}
    order = sorted(scores, key=lambda k: (-scores[k][0], k))
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for i, j in order:
        if scores[i, j][0] * 100 < MATCH_THRESHOLD:
            break
        if i not in chosen and j not in used:
            chosen[i] = j
            used.add(j)
    result: list[tuple[Indicator, Indicator | None, int, Candidate | None, str]] = []
    for i, a in enumerate(annual):
        ranked = sorted(range(len(free)), key=lambda j: (-scores[i, j][0], j))
        match = chosen.get(i)
        others = [k for k in ranked if k != match]
        runner = others[0] if others and scores[i, others[0]][0] > 0 else None
        up = None if runner is None else Candidate(free[runner].code, free[runner].name, _pct(scores[i, runner][0]))
        if match is not None:
            result.append((a, free[match], _pct(scores[i, match][0]), up, scores[i, match][1]))
            continue
        best = ranked[0] if ranked else None
        if best is None or scores[i, best][0] == 0:
            reason = "không có chỉ tiêu nào của kế hoạch 5 năm có tên gần giống"
        elif scores[i, best][0] * 100 >= MATCH_THRESHOLD:
            reason = (f"chỉ tiêu gần nhất {free[best].code} đã ghép với mục khác giống hơn; "
                      f"đề nghị coi là chỉ tiêu riêng của năm")
            up = Candidate(free[best].code, free[best].name, _pct(scores[i, best][0]))
        else:
            reason = (f"không chỉ tiêu nào đủ giống (cao nhất {free[best].code}: {_pct(scores[i, best][0])}%); "
                      "đề nghị coi là chỉ tiêu riêng của năm")
            up = Candidate(free[best].code, free[best].name, _pct(scores[i, best][0]))
        result.append((a, None, 0, up, reason))
    return result


def _pct(score: float) -> int:
    return max(0, min(100, round(score * 100)))


def explain(annual: Indicator, plan: Indicator, context: Sequence[Indicator] = ()) -> tuple[int, str]:
    """Confidence and reason for one pair (a pairing the officer chose, shown again later)."""
    scorer = _Scorer([annual], [plan, *context])
    score, reason = scorer.score(annual, plan)
    return _pct(score), reason


def year_rules(draft: PlanDraft, year: int, source_ref: str | None) -> dict[str, TargetRule]:
    """Each annual indicator's target as its year's rule (``year``, source ``ANNUAL``)."""
    rules: dict[str, TargetRule] = {}
    for code, found in draft.rules.items():
        own = [r for r in found if r.year in (None, year)]
        if own:
            rule = sorted(own, key=lambda r: r.year is None)[0]
            rules[code] = replace(rule, year=year, source=TargetSource.ANNUAL, source_ref=source_ref)
    return rules


def match_annual(
    draft: PlanDraft, plan: Sequence[Indicator], year: int, source_ref: str | None = None,
    taken: Collection[str] = (),
) -> list[AnnualMatch]:
    """Match every indicator of the annual ``draft`` to one of ``plan`` (see module doc)."""
    rules: Mapping[str, TargetRule] = year_rules(draft, year, source_ref)
    return [
        AnnualMatch(a.code, a.name, p.code if p else None, confidence, runner, reason, rules.get(a.code))
        for a, p, confidence, runner, reason in match_indicators(draft.indicators, plan, taken)
    ]


def document_number(text: str | None) -> str | None:
    """The document's number from its header ("Số: 41/NQ-HĐND" → "41/NQ-HĐND"), if written."""
    match = _DOC_NUMBER_RE.search((text or "")[:3000])
    return re.sub(r"\s+", "", match.group(1)).upper() if match else None

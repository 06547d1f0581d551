"""The plan's facts from its text: five-year or annual, its years, the commune, the title.

A plan document also reviews the previous period (``5 năm 2021 - 2025``), so the plan's own
period is the latest five-year span stated, unless the indicator list's heading or the title
names one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..domain.model import CURRENT_CYCLE, PlanKind

_SPAN_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")
_TERM_RE = re.compile(r"nhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# Words are split at spaces only, so the engine has one way to read a name (no backtracking).
_COMMUNE_RE = re.compile(
    r"(?<!\w)(xã|phường|thị trấn|đặc khu)\s+"
    r"([^\W\d_][^\s,.;:()\"“”]{0,15}(?:[ \t]+[^\W\d_][^\s,.;:()\"“”]{0,15}){0,3})",
    re.IGNORECASE,
)
_AUTHORITY_RE = re.compile(
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Đảng bộ|Đảng ủy|Đảng uỷ)\s*$", re.IGNORECASE
)
# A title line opens with the document type, capitalised ("KẾ HOẠCH", "Nghị quyết", "BÁO CÁO"),
# never the word "kế hoạch" in the middle of the review's sentences.
_TITLE_START_RE = re.compile(r"^\s*(KẾ\s+HOẠCH|Kế\s+hoạch|NGHỊ\s+QUYẾT|Nghị\s+quyết|BÁO\s+CÁO|Báo\s+cáo)(?!\w)")
_HEAD_CHARS = 1500


@dataclass(frozen=True)
class PlanInfo:
    """What kind of plan this is and whose."""

    kind: PlanKind
    start_year: int
    end_year: int
    commune: str | None
    title: str | None
    warnings: list[str] = field(default_factory=list)


def _five_year_spans(text: str) -> list[tuple[int, int]]:
    """``2026-2030``; a party congress term ``nhiệm kỳ 2025 - 2030`` plans for 2026-2030."""
    spans = [(int(a), int(b)) for a, b in _SPAN_RE.findall(text) if int(b) - int(a) == 4]
    spans += [(int(b) - 4, int(b)) for a, b in _TERM_RE.findall(text) if int(b) - int(a) == 5]
    return spans


def _period(title: str, head: str, umbrella: str, source: str) -> tuple[PlanKind, int, int, list[str]]:
    # The indicator list's heading or the title decide; then an annual title year in the head;
    # then the latest five-year span anywhere (the review of 2021-2025 comes first in the text).
    for text in (umbrella, title):
        spans = _five_year_spans(text)
        if spans:
            start = max(s for s, _ in spans)
            return PlanKind.FIVE_YEAR, start, start + 4, []
    for text in (umbrella, title, head if not _five_year_spans(head) else ""):
        years = [int(y) for y in _YEAR_RE.findall(text)]
        if years and "5 năm" not in text.lower():
            year = max(years)
            return PlanKind.ANNUAL, year, year, []
    spans = _five_year_spans(source)
    if spans:
        start = max(s for s, _ in spans)
        return PlanKind.FIVE_YEAR, start, start + 4, []
    counted = Counter(int(y) for y in _YEAR_RE.findall(source))
    if counted:
        year = counted.most_common(1)[0][0]
        return PlanKind.ANNUAL, year, year, [
            f"Văn bản không ghi rõ giai đoạn kế hoạch; đã hiểu là kế hoạch năm {year}, hãy kiểm tra."
        ]
    first, last = CURRENT_CYCLE[0], CURRENT_CYCLE[-1]
    return PlanKind.FIVE_YEAR, first, last, [
        f"Văn bản không ghi năm của kế hoạch; đã tạm hiểu là kế hoạch 5 năm {first}-{last}, hãy kiểm tra."
    ]


def _name_words(raw: str, capitals: bool) -> str | None:
    """The capitalised words of a place name (``Na Dương`` in ``Na Dương xây dựng``).

    Words in capitals (``XÃ TÂN LẬP``) count only when ``capitals`` says the header of the
    document is speaking (after ``HỘI ĐỒNG NHÂN DÂN``), since ``KINH TẾ - XÃ HỘI`` is no place.
    """
    words = []
    for word in raw.split():
        shouting = len(word) > 1 and word.isupper()
        if not word[0].isupper() or (shouting and not capitals):
            break
        words.append(word.capitalize() if shouting else word)
    return " ".join(words) or None


def _commune(source: str) -> str | None:
    scores: Counter[tuple[str, str]] = Counter()
    for match in _COMMUNE_RE.finditer(source):
        authority = bool(_AUTHORITY_RE.search(source[max(0, match.start() - 25):match.start()]))
        name = _name_words(match.group(2), authority and match.group(1).isupper())
        if name is None:
            continue
        scores[(match.group(1).lower(), name)] += 3 if authority else 1
    if not scores:
        return None
    (kind, name), _ = scores.most_common(1)[0]
    return f"{kind[:1].upper()}{kind[1:]} {name}"


def _title(source: str) -> str | None:
    """The document's heading ("KẾ HOẠCH" / "NGHỊ QUYẾT" / "BÁO CÁO") with its subject lines."""
    lines = [line.strip() for line in source[:_HEAD_CHARS * 2].split("\n") if line.strip()]
    for i, line in enumerate(lines[:40]):
        if not _TITLE_START_RE.match(line) or len(line) > 160:
            continue
        parts = [line]
        # "KẾ HOẠCH" alone on its line: the subject follows on the next lines, the last of them
        # often starting in lower case ("và kế hoạch ... năm 2026").
        for nxt in lines[i + 1:i + 4]:
            if len(" ".join(parts)) > 200 or nxt[:1].isdigit() or nxt.lower().startswith(("thực hiện", "căn cứ", "số")):
                break
            if re.search(r"\d{4}\s*$", parts[-1]) and not nxt[:1].islower():
                break
            if len(parts) > 1 and (nxt[:12].isupper() or re.match(r"(?:Phần|Chương|Điều|[IVX]+\.)\s", nxt)):
                break  # the next heading ("Phần I", "I. ĐÁNH GIÁ ..."), not the subject
            parts.append(nxt)
        words = " ".join(" ".join(parts).split())
        head = parts[0].strip()
        if head.isupper():  # "KẾ HOẠCH" → "Kế hoạch", then the subject in its own case
            rest = words[len(head):].strip()
            rest = rest.lower() if rest[:10].isupper() else rest[:1].lower() + rest[1:]
            words = f"{head[:1]}{head[1:].lower()} {rest}".strip()
        return words[:300]
    return None


def plan_info(source: str, umbrella: str) -> PlanInfo:
    """Kind, years, commune and title of the plan written in ``source``."""
    head = source[:_HEAD_CHARS]
    title = _title(source)
    kind, start, end, warnings = _period(title or "", head, umbrella, source)
    commune = _commune(source)
    if title and commune:  # a title in capitals was lowered: give the place its capitals back
        place = commune.split(" ", 1)[1] if " " in commune else commune
        title = re.sub(re.escape(place.lower()), place, title)
    return PlanInfo(kind, start, end, commune, title, warnings)

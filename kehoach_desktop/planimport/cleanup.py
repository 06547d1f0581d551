"""Undo the line breaking of PDF-extracted text, keeping every offset back to the source.

Text extracted from a PDF breaks lines mid-sentence, often with a blank line after each, and
drops page numbers and running headers into the middle of items. ``paragraphs`` rejoins the
physical lines into logical paragraphs (one per item marker, heading or sentence-ending break)
and remembers, for each piece, where it came from, so a span found in the cleaned text maps
back to the exact characters of the source the officer will see during review.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import ABBREVIATED_HEADING_RE

# A line that opens a new paragraph: an item or heading marker. Numbered forms must be followed
# by a capital letter or a bracket (checked in ``_opens_paragraph``) so that a broken line
# starting with "2.655 ha" is not mistaken for item 2.
MARKER_RE = re.compile(
    r"""(?:
        \(\s*\d{1,2}\.\d{1,2}\s*\)(?=\s*\S)          # (1.1): a sub-item
      | \(\*+\)(?=\s*\S)                          # (*) a footnote
      | \(\s*\d{1,3}\s*\)?(?=\s*\S)                 # (1)  or the broken "(12 Tỷ lệ"
      | (?P<num>\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\d{1,2}[.)])(?=\s*\S)   # 2.1  2.1.  1.  1)
      | (?P<stt>\d{1,2})\s+(?=[A-ZĐÂĂÊÔƠƯÀ-Ỹ][a-zà-ỹđ])  # "1 Tổng sản lượng": a table's STT column
      | [IVXLC]{1,6}\s*[.\-–)](?=\s)                # II.  III-
      | [IVX]{1,5}\s+(?=[A-ZĐÂĂÊÔƠƯÀ-Ỹ][a-zà-ỹđA-ZĐÂĂÊÔƠƯÀ-Ỹ])  # "II Chỉ tiêu xã hội", "I\tCHỈ TIÊU" in a table
      | [a-zđA-ZĐ][.)](?=\s)                        # a.  b)  A.
      | \([a-zđ]\)(?=\s)                            # (a) (b)
      | [-–—•*+·]\s*(?=\S)                           # bullets
      | (?:Điều|Chương|Phần|Mục)\s+[0-9IVXLC]+\b     # Điều 1
      | (?:Chỉ\s+tiêu|CHỈ\s+TIÊU)\s+(?:số\s+)?\d{1,2}\s*[:.)](?=\s*\S)  # Chỉ tiêu 3: an item
    )""",
    re.VERBOSE,
)
# "Ghi chú: ...", "Nơi nhận:" under a table: never the continuation of its last row.
_NOTE_START_RE = re.compile(r"(?:Ghi chú|Chú thích|Chú giải|Nơi nhận|Nguồn số liệu|Nguồn)\s*:", re.IGNORECASE)
_PAGE_NUMBER_RE = re.compile(r"[-–—\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*", re.IGNORECASE)
_SENTENCE_END = ".;:!?"
_BIG = 1 << 62
_CHUNK_RE = re.compile(r"\S+(?:\s\S+)*")  # words apart by one space; longer runs split chunks


@dataclass(frozen=True)
class Paragraph:
    """A logical paragraph: its text and where each piece of it lies in the source.

    ``pieces`` holds ``(offset in text, offset in source, length)``; the single spaces that
    join pieces belong to no source character.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...]

    @property
    def start(self) -> int:
        """Offset of the paragraph's first character in the source."""
        return self.pieces[0][1]

    def source_offset(self, offset: int) -> int:
        """Map an offset in ``text`` to the source (a joining space maps to the next piece)."""
        i = max(bisect.bisect_right(self.pieces, (offset, _BIG, _BIG)) - 1, 0)
        para_start, source_start, length = self.pieces[i]
        inside = min(max(offset - para_start, 0), length)
        return source_start + inside

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span ``[s, e)`` of ``text[start:end]`` with its outer spaces trimmed."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end <= start:
            at = self.source_offset(start)
            return at, at
        return self.source_offset(start), self.source_offset(end - 1) + 1

    def slice(self, start: int, end: int) -> Paragraph:
        """``text[start:end]`` as a paragraph of its own, still mapped to the source."""
        pieces = []
        first = max(bisect.bisect_right(self.pieces, (start, _BIG, _BIG)) - 1, 0)
        for p_start, s_start, length in self.pieces[first:]:
            if p_start >= end:
                break
            a, b = max(p_start, start), min(p_start + length, end)
            if a < b:
                pieces.append((a - start, s_start + (a - p_start), b - a))
        if not pieces:
            pieces.append((0, self.source_offset(start), 0))
        return Paragraph(self.text[start:end], tuple(pieces))


def join(parts: list[Paragraph]) -> Paragraph:
    """Paragraphs joined by single spaces, keeping their mapping to the source."""
    text: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = 0
    for part in parts:
        if text:
            text.append(" ")
            length += 1
        pieces.extend((p + length, s, n) for p, s, n in part.pieces)
        text.append(part.text)
        length += len(part.text)
    return Paragraph("".join(text), tuple(pieces))


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-space character in the source
    text: str  # stripped


def _lines(source: str) -> list[_Line | None]:
    """Physical lines, stripped, with their source offsets; ``None`` for a blank line."""
    out: list[_Line | None] = []
    pos = 0
    for raw in source.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append(_Line(pos + (len(raw) - len(raw.lstrip())), stripped))
        else:
            out.append(None)
        pos += len(raw) + 1
    return out


def _is_noise(text: str) -> bool:
    """A page number ("12", "- 3 -", "Trang 4") or a line of stray characters."""
    return bool(_PAGE_NUMBER_RE.fullmatch(text)) or not any(c.isalnum() for c in text)


_NOT_LETTERS_RE = re.compile(r"[\W\d_]+")


def mostly_upper(text: str, least: int = 6) -> bool:
    """A heading in capitals: at least ``least`` letters, four in five of them capitals."""
    if text[:1].islower():  # the common case, decided without looking further
        return False
    letters = _NOT_LETTERS_RE.sub("", text[:200])
    if len(letters) < least or sum(map(str.islower, letters[:12])) > 3:  # plainly not capitals
        return False
    return letters.isupper() or sum(map(str.islower, letters)) <= 0.2 * len(letters)


def marker_at_start(text: str) -> re.Match[str] | None:
    """The item or heading marker that opens ``text``, if it really is one."""
    match = MARKER_RE.match(text)
    if match is None:
        return None
    if match.group("num") is not None:
        rest = text[match.end():].lstrip()
        # "1. Tổng thu" and "4.2. 100% văn bản" are items; "2.655 ha" is a number, and so is the
        # "4." of "khoảng 4. (11) ..." broken across lines.
        num = match.group("num")
        spaced_figure = (
            rest[:1].isdigit() and text[match.end():match.end() + 1].isspace()
            # "4.2. 100% văn bản", "9) 95% trở lên hộ gia đình": a bracket or a dotted number
            # is a marker even before a figure; "2.655 ha" or "khoảng 4. (11)" is not
            and (num.endswith(")") or (num.endswith(".") and "." in num[:-1]))
            and re.match(r"\d[\d.,]*\s*(?:%|[^\W\d_])", rest) is not None
        )
        if not rest or not (rest[0].isupper() or rest[0] in "(“\"'" or spaced_figure) or re.match(r"\(\s*\d", rest):
            return None
    return match


# A heading written without number or colon ("Về kinh tế", "Các chỉ tiêu chủ yếu đến năm 2030",
# "Nhiệm vụ, giải pháp chủ yếu"): a short line that stands alone whatever follows it.
_BARE_HEADING_RE = re.compile(
    r"(?:(?:các\s+|nhóm\s+)?chỉ\s+tiêu|về|lĩnh\s+vực|nhiệm\s+vụ|giải\s+pháp|mục\s+tiêu|tổ\s+chức\s+thực\s+hiện|"
    r"quan\s+điểm|phương\s+hướng|định\s+hướng)\b[^.;:!?]*",
    re.IGNORECASE,
)


def is_bare_heading(text: str) -> bool:
    """A short capitalised line naming a section, with no figure that could be a target
    ("Về kinh tế", and "3. Nhiệm vụ, giải pháp chủ yếu" once its number is set aside)."""
    marker = marker_at_start(text)
    if marker is not None:
        text = text[marker.end():].strip()
    if ABBREVIATED_HEADING_RE.fullmatch(text):
        return True
    return bool(text) and (
        len(text) <= 70 and text[:1].isupper() and text[-1] not in _SENTENCE_END
        and _BARE_HEADING_RE.fullmatch(text) is not None
        and all(re.fullmatch(r"(?:19|20)\d\d", run) for run in re.findall(r"\d+", text))  # years only
    )


def _opens_paragraph(line: _Line, previous: _Line | None, blank_before: bool, blank_breaks: bool,
                     line_per_paragraph: bool) -> bool:
    if previous is None:
        return True
    if blank_before and blank_breaks:
        return True
    if marker_at_start(line.text) or _NOTE_START_RE.match(line.text):
        return True
    first = line.text[0]
    if previous.text[-1] in _SENTENCE_END and first.isupper():
        return True
    if first.isupper() and (line_per_paragraph or is_bare_heading(previous.text) or is_bare_heading(line.text)):
        return True
    # A heading in capitals stands alone unless the next line continues it in capitals; a line
    # in capitals after ordinary text ("B CHỈ TIÊU XÃ HỘI" after a table row) starts one.
    if mostly_upper(line.text, least=8) and not mostly_upper(previous.text):
        return True
    return mostly_upper(previous.text) and not mostly_upper(line.text)


def _running_headers(lines: list[_Line | None]) -> set[str]:
    """Short lines repeated on three or more pages: running headers and footers."""
    counts = Counter(
        line.text for line in lines
        if line is not None and len(line.text) <= 80 and not marker_at_start(line.text)
    )
    return {text for text, n in counts.items() if n >= 3 and any(c.isalpha() for c in text)}


def paragraphs(source: str) -> list[Paragraph]:
    """The logical paragraphs of ``source`` (already NFC, ``\\n`` line ends), in order."""
    lines = _lines(source)
    filled = sum(1 for line in lines if line is not None)
    blanks = len(lines) - filled
    # Text from a PDF often has a blank line after every line; there blank lines mean nothing.
    blank_breaks = blanks < 0.6 * filled
    # Text saved from a word processor has one paragraph per line, most ending a sentence;
    # PDF text is wrapped, most lines ending mid-sentence.
    ends = [line.text[-1] in _SENTENCE_END for line in lines if line is not None]
    line_per_paragraph = len(ends) >= 5 and sum(ends) >= 0.6 * len(ends)
    headers = _running_headers(lines)
    result: list[Paragraph] = []
    text_parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = 0
    previous: _Line | None = None
    blank_before = False

    def flush() -> None:
        nonlocal text_parts, pieces, length
        if pieces:
            result.append(Paragraph("".join(text_parts), tuple(pieces)))
        text_parts, pieces, length = [], [], 0

    for line in lines:
        if line is None:
            blank_before = True
            continue
        if _is_noise(line.text) or line.text in headers:
            continue
        if _opens_paragraph(line, previous, blank_before, blank_breaks, line_per_paragraph):
            flush()
        elif pieces:
            text_parts.append(" ")
            length += 1
        # Runs of spaces (justified PDF text: "600  doanh  nghiệp") become single spaces.
        for k, run in enumerate(_CHUNK_RE.finditer(line.text)):
            if k:
                text_parts.append(" ")
                length += 1
            pieces.append((length, line.start + run.start(), run.end() - run.start()))
            text_parts.append(run.group())
            length += run.end() - run.start()
        previous, blank_before = line, False
    flush()
    return result

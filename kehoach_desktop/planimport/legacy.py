"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI): detection and conversion to Unicode.

Before Unicode, Vietnamese was typed with 8-bit fonts (.VnTime for TCVN3, VNI-Times for VNI).
Read as Windows-1252 such text is garbage like "Ng©n s¸ch" or "Vieät Nam"; the same garbage
survives when the file is later re-saved as UTF-8 or .docx, because the code points, not the
bytes, were kept. Everything here works on that Windows-1252 view of the text.

Tables follow TCVN 5712:1993 (VN3 subset used by the .VnTime fonts, plus the VN1 capitals that
fall in 0xA0-0xFF) and the VNI Windows layout; both were checked letter by letter against
glibc's TCVN5712-1 codec and the published tables of the xvnkb keyboard driver.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TCVN3 = "TCVN3"
VNI = "VNI"

# --- TCVN3 ------------------------------------------------------------------------------------

# Byte -> letter, as used by the .VnTime fonts (VN3): 67 lowercase letters and 7 capitals.
_TCVN3_VN3: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
# VN1 puts some accented capitals in slots VN3 leaves empty. Harmless to honour: a VN3 document
# never uses these bytes. (VN1's capitals in 0x80-0x9F are NOT honoured: there Windows text has
# quotes and dashes, which a .VnTime document also uses.)
_TCVN3_VN1_CAPS: dict[int, str] = {
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}
TCVN3_TABLE: dict[str, str] = {chr(b): u for b, u in (_TCVN3_VN3 | _TCVN3_VN1_CAPS).items()}
# Lowercase slots are shared by capitals in the .VnTimeH fonts, so their case must be guessed.
_TCVN3_CASELESS = frozenset(chr(b) for b, u in _TCVN3_VN3.items() if u.islower())
_TCVN3_TRANS = str.maketrans(TCVN3_TABLE)

# --- VNI --------------------------------------------------------------------------------------

# VNI writes a base vowel followed by one mark byte carrying both the hat and the tone.
_TONES = {"": "", "s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VNI_MARKS_LOWER: dict[str, tuple[str, str]] = {
    "ù": ("", "s"), "ø": ("", "f"), "û": ("", "r"), "õ": ("", "x"), "ï": ("", "j"),
    "â": ("\u0302", ""), "á": ("\u0302", "s"), "à": ("\u0302", "f"), "å": ("\u0302", "r"),
    "ã": ("\u0302", "x"), "ä": ("\u0302", "j"),
    "ê": ("\u0306", ""), "é": ("\u0306", "s"), "è": ("\u0306", "f"), "ú": ("\u0306", "r"),
    "ü": ("\u0306", "x"), "ë": ("\u0306", "j"),
}
_VNI_MARKS = _VNI_MARKS_LOWER | {m.upper(): v for m, v in _VNI_MARKS_LOWER.items()}
# Which hats each base takes ("" = tone only); ô and ö are VNI's ơ and ư.
_VNI_BASES: dict[str, tuple[str, set[str]]] = {
    "a": ("a", {"", "\u0302", "\u0306"}), "e": ("e", {"", "\u0302"}), "o": ("o", {"", "\u0302"}),
    "u": ("u", {""}), "y": ("y", {""}), "ô": ("ơ", {""}), "ö": ("ư", {""}),
}
_VNI_SINGLE_LOWER = {
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư",
}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for mark, (hat, tone) in _VNI_MARKS.items():
        for base, (letter, hats) in _VNI_BASES.items():
            if hat not in hats or (base == "y" and tone == "j"):  # ỵ is a single byte
                continue
            composed = unicodedata.normalize("NFC", letter + hat + _TONES[tone])
            for b in (base, base.upper()):  # the base letter decides the case
                table[b + mark] = composed if b.islower() else composed.upper()
    for single, letter in _VNI_SINGLE_LOWER.items():
        table[single] = letter
        table[single.upper()] = letter.upper()
    return table


VNI_TABLE: dict[str, str] = _vni_table()
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI_TABLE, key=len, reverse=True)))

# --- inverse tables (Unicode -> legacy), for tests and for building samples ----------------------

_UNI_TO_TCVN3: dict[str, str] = {}
for _code, _letter in _TCVN3_VN3.items():
    _UNI_TO_TCVN3[_letter] = chr(_code)
    if _letter.islower() and _letter.upper() not in _UNI_TO_TCVN3:
        _UNI_TO_TCVN3[_letter.upper()] = chr(_code)  # .VnTimeH practice: capital = same slot
_UNI_TO_VNI: dict[str, str] = {}
for _seq, _letter in VNI_TABLE.items():  # the canonical spelling: base and mark in the letter's case
    if _seq[0].islower() == _letter.islower() and (len(_seq) == 1 or _seq[1].islower() == _seq[0].islower()):
        _UNI_TO_VNI.setdefault(_letter, _seq)


def unicode_to_tcvn3(text: str) -> str:
    """Encode Unicode Vietnamese as .VnTime text (capitals with tones use the lowercase slot)."""
    return "".join(_UNI_TO_TCVN3.get(c, c) for c in unicodedata.normalize("NFC", text))


def unicode_to_vni(text: str) -> str:
    """Encode Unicode Vietnamese as VNI-Times text."""
    return "".join(_UNI_TO_VNI.get(c, c) for c in unicodedata.normalize("NFC", text))


# --- conversion -------------------------------------------------------------------------------

_TCVN3_SYMBOLS = frozenset(c for c in TCVN3_TABLE if not c.isalpha())
_TOKEN_EXTRA = "".join(sorted(_TCVN3_SYMBOLS))
_TOKEN_RE = re.compile("(?:[^\\W\\d_]|[\u0300-\u036f" + re.escape(_TOKEN_EXTRA) + "])+")


def _tcvn3_word(word: str, line_upper: bool) -> str:
    if not any(c in TCVN3_TABLE for c in word):
        return word
    out = word.translate(_TCVN3_TRANS)
    anchors = [c for w, c in zip(word, out) if w not in _TCVN3_CASELESS and c.isalpha()]
    if len(anchors) >= 2 or (anchors and anchors[0].islower()):
        upper = all(c.isupper() for c in anchors)
    else:  # no anchor, or only a capital initial ("Tù" is "Tự", "Vµ" in a heading is "VÀ")
        upper = line_upper
    if upper and any(w in _TCVN3_CASELESS for w in word):
        return out.upper()  # a .VnTimeH capital: "CéNG" is "CỘNG", not "CộNG"
    return out


def _line_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha() and c not in _TCVN3_CASELESS]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def convert_word(word: str, scheme: str, line_upper: bool = False) -> str:
    """Convert one word from ``scheme`` to Unicode (no detection)."""
    if scheme == TCVN3:
        return _tcvn3_word(word, line_upper)
    return _VNI_RE.sub(lambda m: VNI_TABLE[m.group()], word)


def convert(text: str, scheme: str) -> str:
    """Convert all of ``text`` from ``scheme`` (TCVN3 or VNI) to Unicode, NFC."""
    lines = [_convert_line(line, scheme) for line in text.split("\n")]
    return unicodedata.normalize("NFC", "\n".join(lines))


def _convert_line(line: str, scheme: str) -> str:
    upper = _line_upper(line)

    def word(match: re.Match[str]) -> str:
        original = match.group()
        out = convert_word(original, scheme, upper)
        # A paragraph starts with a capital; in TCVN3 "ñy ban" at the start is "Ủy ban".
        if scheme == TCVN3 and original[0] in _TCVN3_CASELESS and match.start() == first:
            out = out[0].upper() + out[1:]
        return out

    first = next((m.start() for m in _TOKEN_RE.finditer(line)), -1)
    return _TOKEN_RE.sub(word, line)


# --- detection --------------------------------------------------------------------------------

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_NUCLEUS = (
    "uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|uy|iê|yê|uô|ươ|oa|oă|oe|uê|uâ|uơ|oo|"
    "[aăâeêioôơuưy]"
)
_SYLLABLE = re.compile(f"(?P<onset>{_ONSET})?(?P<nucleus>{_NUCLEUS})(?P<coda>ch|ng|nh|[cmnpt])?")
_HATS = "ăâêôơư"
_CLOSED_ONLY = {"iê", "yê", "uô", "ươ", "uyê"}  # "tiên", "yết", "muốn", "được": never open
_GLIDES = {"oa", "oă", "oe", "uy", "uê", "uâ", "uơ"}  # written "qu..." after a k sound, never "c..."


def _spelling_ok(onset: str, nucleus: str, coda: str) -> bool:
    """Vietnamese spelling rules: k/gh/ngh only before e, ê, i, y and c/g/ng never (bar gi-);
    no c before a rounding glide (that is qu-); iê/uô/ươ need a final; ch/nh follow a, ê, i, y."""
    if nucleus in _CLOSED_ONLY and not coda:
        return False
    if coda in ("ch", "nh") and nucleus[-1] not in "aêiy":  # "sách", "bệnh", "tính", "huỳnh"
        return False
    front = nucleus[0] in "eêiy"
    if onset in ("k", "gh", "ngh"):
        return front
    if onset == "g" and nucleus[0] == "i":
        return True  # "gì", "gìn": the i of gi- doubles as the vowel
    if onset in ("c", "g", "ng"):
        return not front and not (onset == "c" and nucleus[:2] in _GLIDES)
    return True


def _tone_allowed(nucleus: str, coda: str) -> set[int]:
    """Where in ``nucleus`` the tone may sit (both places where old and new styles differ)."""
    if len(nucleus) == 1:
        return {0}
    if "ươ" in nucleus:
        return {nucleus.index("ơ")}
    hats = {i for i, c in enumerate(nucleus) if c in _HATS}
    if hats:
        return hats
    if nucleus in ("oa", "oe", "uy", "oo"):
        return {1} if coda else {0, 1}  # hòa/hoà, thủy/thuỷ; hoạch
    if len(nucleus) == 3:
        return {1}  # ngoài, xoáy, khuỷu
    return {0}  # falling diphthongs: bảo, kẻo, của, nghĩa


_BASES = "aăâeêioôơuưy"
# The 134 letters Vietnamese adds to ASCII (67 lowercase, 67 capitals).
VIETNAMESE_LETTERS: frozenset[str] = (
    frozenset(unicodedata.normalize("NFC", b + t) for b in _BASES + _BASES.upper() for t in _TONES.values())
    - frozenset("aeiouyAEIOUY")
) | frozenset("đĐ")
# Latin-1 letters that never occur in Vietnamese: leftovers of a conversion that went wrong.
_FOREIGN = frozenset(c for c in map(chr, range(0xC0, 0x100)) if c.isalpha() and c not in VIETNAMESE_LETTERS)


@lru_cache(maxsize=65536)  # documents repeat the same few thousand words
def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable: sane case, one tone, well placed."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    base, tone, tone_at = [], "", -1
    for i, char in enumerate(unicodedata.normalize("NFC", word.lower())):
        parts = unicodedata.normalize("NFD", char)
        marks = [c for c in parts if c in _TONE_MARKS]
        if marks:
            if tone or len(marks) > 1:
                return False
            tone, tone_at = marks[0], i
        base.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS)))
    match = _SYLLABLE.fullmatch("".join(base))
    if match is None:
        return False
    nucleus, coda = match["nucleus"], match["coda"] or ""
    if not _spelling_ok(match["onset"] or "", nucleus, coda):
        return False
    if coda in ("c", "ch", "p", "t") and tone not in ("", "\u0301", "\u0323"):
        return False  # a stop final takes only sắc or nặng: "thực", never "thùc"
    return not tone or tone_at - match.start("nucleus") in _tone_allowed(nucleus, coda)


def votes(text: str, scheme: str) -> tuple[int, int]:
    """(legacy, unicode): words only the legacy reading makes Vietnamese, and the reverse."""
    legacy = unicode = 0
    for line in text.split("\n"):
        upper = _line_upper(line)
        for m in _TOKEN_RE.finditer(line):
            vote = _vote(m.group(), scheme, upper)
            legacy += vote > 0
            unicode += vote < 0
    return legacy, unicode


@lru_cache(maxsize=65536)
def _vote(word: str, scheme: str, line_upper: bool) -> int:
    """+1: only the legacy reading is Vietnamese; -1: only the Unicode one; 0: can't tell."""
    # A word needs an ASCII letter to vote: a lone "©" or "µ" proves nothing.
    if word.isascii() or not any("a" <= c.lower() <= "z" for c in word):
        return 0
    as_unicode = is_vietnamese_syllable(word)
    converted = convert_word(word, scheme, line_upper)
    if converted == word:
        # Spelled the same both ways ("khích" in VNI) proves nothing, unless it holds letters
        # no 8-bit font can ("được"): then it is Unicode.
        return -1 if as_unicode and any(ord(c) > 0xFF for c in word) else 0
    return int(is_vietnamese_syllable(converted)) - int(as_unicode)


@dataclass(frozen=True)
class Analysis:
    """What the whole text looks like: the legacy scheme found (if any) and the votes."""

    scheme: str | None
    legacy_votes: int
    unicode_votes: int


def analyse(text: str) -> Analysis:
    """Decide whether ``text`` is TCVN3 or VNI garbage, scored over all its words."""
    # TCVN3 puts common letters (â ê ô ơ ư đ á à ...) on symbols such as © ª « ¬ ® µ ¸; VNI uses
    # letters only. That breaks the rare tie (a text whose few words read well both ways).
    symbols = any(c in _TCVN3_SYMBOLS for c in text)
    best, best_key = Analysis(None, 0, 0), (0, False)
    for scheme in (TCVN3, VNI):
        legacy, unicode = votes(text, scheme)
        # Enough legacy words, and either the majority or a solid block (a pasted paragraph
        # in an otherwise Unicode document). Typos in Unicode text never reach this.
        short = legacy == 1 and unicode == 0 and len(text.split()) <= 20  # e.g. a title alone
        if short or (legacy >= 2 and legacy >= unicode) or (legacy >= 8 and legacy * 20 >= legacy + unicode):
            key = (legacy, symbols == (scheme == TCVN3))
            if key > best_key:
                best, best_key = Analysis(scheme, legacy, unicode), key
    return best


@dataclass(frozen=True)
class LegacyFix:
    """The outcome of :func:`fix_legacy`."""

    text: str
    scheme: str | None
    leftovers: tuple[str, ...]  # converted words still holding non-Vietnamese letters


class LegacyConverter:
    """Converts pieces of one document once the whole document has been analysed.

    Lines are converted one at a time, so a Unicode paragraph pasted into a TCVN3 document
    (or the reverse) is left alone.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._mostly_legacy = analysis.legacy_votes >= analysis.unicode_votes
        self._leftovers: list[str] = []

    @property
    def leftovers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self._leftovers))

    def __call__(self, text: str) -> str:
        scheme = self.analysis.scheme
        if scheme is None:
            return text
        out = []
        for line in text.split("\n"):
            legacy, unicode = votes(line, scheme)
            if legacy > unicode or (legacy == unicode and self._mostly_legacy):
                converted = unicodedata.normalize("NFC", _convert_line(line, scheme))
                self._leftovers += [w for w in _TOKEN_RE.findall(converted) if _FOREIGN & set(w)]
                line = converted
            out.append(line)
        return "\n".join(out)


def fix_legacy(text: str) -> LegacyFix:
    """Detect a legacy encoding in ``text`` and convert it; unchanged text when none is found."""
    converter = LegacyConverter(analyse(text))
    fixed = converter(text)
    return LegacyFix(fixed, converter.analysis.scheme, converter.leftovers)


_FONTS = {TCVN3: "TCVN3 (phông .VnTime)", VNI: "VNI (phông VNI-Times)"}


def legacy_warnings(scheme: str | None, leftovers: tuple[str, ...]) -> tuple[str, ...]:
    """The officer-facing sentences about a legacy encoding found in the document."""
    if scheme is None:
        return ()
    warnings = [
        f"Văn bản dùng bảng mã cũ {_FONTS[scheme]}; đã chuyển sang Unicode, "
        "hãy đối chiếu kỹ với bản gốc."
    ]
    if scheme == TCVN3:
        warnings.append(
            "Bảng mã TCVN3 không phân biệt chữ hoa có dấu với chữ thường: "
            "hãy kiểm tra các chữ hoa có dấu (ví dụ tên riêng, tiêu đề)."
        )
    if leftovers:
        examples = ", ".join(f"“{w}”" for w in leftovers[:3])
        warnings.append(
            f"Một số chữ chưa chuyển được ({len(leftovers)} từ, ví dụ {examples}). "
            "Hãy chuyển cả tệp sang Unicode bằng Unikey (Công cụ chuyển mã, Ctrl+Shift+F6; "
            f"bảng mã nguồn {scheme}, bảng mã đích Unicode) rồi nhập lại."
        )
    return tuple(warnings)

"""Reading and writing numbers the way Vietnamese plan documents write them.

Vietnamese style groups thousands with ``.`` and marks decimals with ``,`` (``1.234,5``);
documents also mix in English style (``2,528,008.5``). The rules:

* one kind of separator used more than once is grouping (``1.874.300``, ``2,528,008``);
* both kinds: the last one is the decimal mark, the other groups (``1.234,5``, ``1,234.5``);
* a lone ``.`` before exactly three digits is Vietnamese thousands (``4.500`` = 4500),
  otherwise it is a decimal point (``7.5``, ``12.25``);
* a lone ``,`` is a decimal comma; before exactly three digits (``19,655``) it could also be
  English thousands, so the Vietnamese reading is taken and flagged ambiguous;
* a first group starting with ``0`` (``0,125``) or longer than three digits is never grouping.

Grouping must be exact (``1.23.4`` is an error). Every value is a ``Decimal``; nothing here
ever goes through ``float``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .errors import UserError

__all__ = [
    "NumberError",
    "ParsedNumber",
    "Quantity",
    "find_numbers",
    "format_number",
    "format_percent",
    "parse_decimal",
    "parse_number",
    "parse_quantity",
    "to_plain",
]

_EXPECTED = "hãy nhập số theo kiểu 1.234,5 hoặc 1234.5"
_SIGNS = "-+\u2212"  # hyphen-minus, plus, Unicode minus
_BODY = r"[0-9]+(?:[.,][0-9]+)*"
_SIGNED_RE = re.compile(rf"[{_SIGNS}]?{_BODY}")
_BODY_RE = re.compile(_BODY)
_SEPARATOR_JUNK_RE = re.compile(r"[.,][.,0-9]")
_OPERATORS = (
    ("≥", ">="), ("⩾", ">="), (">=", ">="),
    ("≤", "<="), ("⩽", "<="), ("<=", "<="),
    (">", ">"), ("<", "<"), ("=", "="),
)
_RATIO_RE = re.compile(rf"\s*/\s*(?P<num>[{_SIGNS}]?{_BODY})")
_RANGE_RE = re.compile(rf"\s*(?P<pct>%?)\s*[-–—\u2212÷~]\s*(?P<num>[{_SIGNS}]?{_BODY})")


class NumberError(UserError):
    """Text that is not a number; the message (Vietnamese) names the text and the expected form."""


@dataclass(frozen=True)
class ParsedNumber:
    """A number read from text; ``alternative`` is the other reading when ``ambiguous``."""

    value: Decimal
    ambiguous: bool = False
    alternative: Decimal | None = None
    text: str = ""


@dataclass(frozen=True)
class Quantity:
    """A symbolic target such as ``≥ 7.000 tấn``, ``35 - 40%`` or ``41/41 thôn``.

    For ``range`` ``value`` is None and ``low``/``high`` are the bounds as written; for
    ``ratio`` ``value`` and ``low`` are the numerator and ``high`` the denominator.
    """

    op: str
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str = ""
    ambiguous: bool = False


class _Bad(Exception):
    """Internal: the digits and separators do not form a number (carries the reason)."""


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _quote(text: str) -> str:
    return f'"{text}"' if len(text) <= 40 else f'"{text[:40]}…"'


def _error(text: str, reason: str = _EXPECTED) -> NumberError:
    return NumberError(f"Không đọc được số {_quote(text)}: {reason}")


def _is_grouping(groups: list[str]) -> bool:
    """True when ``groups`` are thousands groups: 1-3 digits without leading 0, then threes."""
    first = groups[0]
    return 1 <= len(first) <= 3 and first[0] != "0" and all(len(g) == 3 for g in groups[1:])


def _decimal(whole: str, fraction: str = "") -> Decimal:
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def _read_body(body: str) -> tuple[Decimal, Decimal | None]:
    """Read unsigned digits with separators; return (value, alternative reading or None)."""
    groups = re.split(r"[.,]", body)
    seps = [c for c in body if c in ".,"]
    if not seps:
        return Decimal(body), None
    bad_grouping = "dấu phân cách hàng nghìn phải chia đúng từng nhóm 3 chữ số (ví dụ 1.234.567)"
    last = seps[-1]
    if len(set(seps)) == 2:
        if seps.count(last) != 1:
            raise _Bad(f"chỉ được có một dấu thập phân; {_EXPECTED}")
        if not _is_grouping(groups[:-1]):
            raise _Bad(bad_grouping)
        return _decimal("".join(groups[:-1]), groups[-1]), None
    if len(seps) > 1:
        if not _is_grouping(groups):
            raise _Bad(bad_grouping)
        return Decimal("".join(groups)), None
    head, tail = groups
    if not _is_grouping(groups):
        return _decimal(head, tail), None
    if last == ".":
        return Decimal(head + tail), None
    return _decimal(head, tail), Decimal(head + tail)


def _read_token(token: str) -> ParsedNumber:
    """Read a signed token (already normalized); raise ``_Bad`` when it is not a number."""
    negative = token[:1] in "-\u2212" if token else False
    body = token[1:] if token[:1] in _SIGNS and token else token
    if not _BODY_RE.fullmatch(body):
        raise _Bad(_EXPECTED)
    value, alternative = _read_body(body)
    if negative:
        value = value.copy_negate()
        alternative = alternative.copy_negate() if alternative is not None else None
    return ParsedNumber(value, alternative is not None, alternative, token)


def parse_number(text: str) -> ParsedNumber:
    """Read ``text`` (surrounding spaces allowed) as exactly one number; raise ``NumberError``."""
    token = _normalize(text)
    if not token:
        raise _error(token, f"ô đang trống; {_EXPECTED}")
    try:
        return _read_token(token)
    except _Bad as bad:
        raise _error(token, str(bad)) from None


def parse_decimal(text: str) -> Decimal:
    """Like ``parse_number(text).value`` but an ambiguous number (``19,655``) is an error."""
    parsed = parse_number(text)
    if parsed.ambiguous and parsed.alternative is not None:
        t, whole = parsed.text, to_plain(parsed.alternative)
        raise NumberError(
            f"Số {_quote(t)} không rõ nghĩa: có thể là {t.replace(',', ' phẩy ')} "
            f"hoặc {whole} (hàng nghìn). Hãy viết rõ, ví dụ {whole} nếu là số nguyên "
            f"hoặc {t}0 nếu là số thập phân."
        )
    return parsed.value


def find_numbers(text: str) -> list[tuple[ParsedNumber, int, int]]:
    """Every number in free text with its ``[start, end)`` span in ``text``; never raises.

    Units may be glued on (``100ha``, ``≥76``). A sign counts only when it touches the digits
    and does not follow a letter or digit (``35-40`` is two numbers). A token whose grouping
    is invalid (``1.5.2025``) is split into its digit runs.
    """
    found: list[tuple[ParsedNumber, int, int]] = []
    for match in _BODY_RE.finditer(text):
        start, end = match.span()
        if start > 0 and text[start - 1] in _SIGNS:
            before = text[start - 2] if start > 1 else " "
            if not (before.isalnum() or before in ".,"):
                start -= 1
        try:
            found.append((_read_token(text[start:end]), start, end))
            continue
        except _Bad:
            pass
        for i, run in enumerate(re.finditer(r"[0-9]+", text[match.start():end])):
            s = match.start() + run.start() if i else start
            e = match.start() + run.end()
            found.append((_read_token(text[s:e]), s, e))
    return found


def parse_quantity(text: str) -> Quantity:
    """Read a symbolic target: optional operator, a number, range or ratio, then a unit.

    ``≥ 7.000 tấn``, ``> 10%``, ``35 - 40%``, ``41/41 thôn``, ``100ha``. Words such as
    ``trên``/``dưới`` are not handled here. An operator cannot be combined with a range or ratio.
    """
    s = _normalize(text)
    op, pos, explicit = "=", 0, False
    for symbol, name in _OPERATORS:
        if s.startswith(symbol):
            op, pos, explicit = name, len(symbol), True
            break
    while pos < len(s) and s[pos].isspace():
        pos += 1
    expected = 'cần bắt đầu bằng một số, ví dụ "≥ 7.000 tấn", "35 - 40%" hoặc "41/41 thôn"'
    match = _SIGNED_RE.match(s, pos)
    if not match:
        raise NumberError(f"Không đọc được chỉ tiêu {_quote(s)}: {expected}")
    first = _quantity_number(s, match)
    for kind, pattern in (("ratio", _RATIO_RE), ("range", _RANGE_RE)):
        other = pattern.match(s, match.end())
        if not other:
            continue
        if explicit:
            raise NumberError(
                f"Không đọc được chỉ tiêu {_quote(s)}: "
                "không dùng dấu so sánh cùng khoảng hoặc tỉ số"
            )
        second = _quantity_number(s, other, "num")
        unit = s[other.end():].strip()
        ambiguous = first.ambiguous or second.ambiguous
        if kind == "ratio":
            return Quantity("ratio", first.value, first.value, second.value, unit, ambiguous)
        unit = unit or other.group("pct")
        return Quantity("range", None, first.value, second.value, unit, ambiguous)
    unit = s[match.end():].strip()
    return Quantity(op, first.value, unit=unit, ambiguous=first.ambiguous)


def _quantity_number(s: str, match: re.Match[str], group: int | str = 0) -> ParsedNumber:
    """Read one number of a quantity, refusing junk separators right after it (``1..2``)."""
    if _SEPARATOR_JUNK_RE.match(s, match.end(group)):
        raise _error(s)
    try:
        return _read_token(match.group(group))
    except _Bad as bad:
        raise _error(match.group(group), str(bad)) from None


def _finite(value: Decimal | int) -> Decimal:
    number = value if isinstance(value, Decimal) else Decimal(value)
    if not number.is_finite():
        raise NumberError(f"Không hiển thị được số {_quote(str(number))}: giá trị không hữu hạn")
    return number


def to_plain(value: Decimal) -> str:
    """Canonical plain string for storage: ``7000``, ``9.9``, ``-12.5``; no exponent, no ``-0``."""
    return _plain_text(_finite(value))


# Equal numbers have one plain text (1.0 and 1.00 are both "1"), and equal numbers hash alike, so
# caching by value is exact. A save writes each figure three or four times (the figure, its
# revision's old and new, the audit event), and the next save's old figures are this one's new.
@lru_cache(maxsize=4096)
def _plain_text(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "0", "") else text


def _group_thousands(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ".".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def format_number(
    value: Decimal | int | None,
    places: int | None = None,
    *,
    group: bool = True,
    empty: str = "",
) -> str:
    """Vietnamese display: ``1.234,5``; ``places`` rounds half up, None keeps own digits.

    With ``places=None`` trailing fractional zeros are dropped. Never scientific notation;
    a value that rounds to zero shows no minus sign. ``None`` gives ``empty``.
    """
    if value is None:
        return empty
    number = _finite(value)
    if places is None:
        text = to_plain(number)
    else:
        if places < 0:
            raise ValueError("places must be >= 0")
        with localcontext() as ctx:
            ctx.prec = max(28, number.adjusted() + places + 3)
            number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = format(number, "f")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    if group:
        whole = _group_thousands(whole)
    result = f"{whole},{fraction}" if fraction else whole
    return "-" + result if negative and number != 0 else result


def format_percent(value: Decimal | None, places: int = 1, empty: str = "") -> str:
    """A value already in per cent shown as ``94,2%``; ``None`` gives ``empty``."""
    return empty if value is None else format_number(value, places) + "%"

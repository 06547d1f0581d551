"""The one set of bounds on what may be stored: figures, names, notes, codes.

Every way in checks against these (typing in the grid and ``kehoach value set`` through
``validation``, the CLI's ``--user``, the Excel template and bundle validation), so a figure or a
name one installation accepts is never refused by another as "tampered", and every figure fits
the decimal arithmetic of the evaluation and the reports (28 significant digits).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

#: Digits before the decimal point: 999.999.999.999.999 is far above any commune's figure
#: (a budget in đồng is ~10^11), and 15 + 6 digits keeps every sum and ratio exact.
MAX_INTEGER_DIGITS = 15
#: Digits after the decimal point.
MAX_DECIMALS = 6
#: A person's name or login as recorded in the history (the columns are 100 characters).
MAX_NAME = 100
#: A note explaining a figure, or a reason for reopening a month.
MAX_NOTE = 10_000
#: An indicator's code (``5.1``).
MAX_CODE = 20

#: Characters that reorder or hide text on screen: a name carrying them could pass for another.
BIDI_CONTROLS = frozenset("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def figure_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be stored (Vietnamese), or None when it is within bounds."""
    if not value.is_finite():
        return "không phải một số hữu hạn"
    if not value:
        return None
    sign, digits, exponent = value.normalize().as_tuple()
    assert isinstance(exponent, int)
    integer_digits = max(len(digits) + exponent, 0)
    decimals = max(-exponent, 0)
    if integer_digits > MAX_INTEGER_DIGITS:
        return (
            f"quá lớn: có {integer_digits} chữ số phần nguyên, tối đa {MAX_INTEGER_DIGITS} "
            "(đến 999.999.999.999.999); hãy kiểm tra lại số hoặc đơn vị tính (ví dụ tỷ đồng thay vì đồng)"
        )
    if decimals > MAX_DECIMALS:
        return f"có {decimals} chữ số thập phân, tối đa {MAX_DECIMALS}; hãy làm tròn bớt"
    return None


def _hidden(text: str, allow_newlines: bool) -> str | None:
    for ch in text:
        if ch in BIDI_CONTROLS:
            return f"ký tự điều khiển hướng chữ U+{ord(ch):04X}"
        if unicodedata.category(ch) in ("Cc", "Cf") and not (allow_newlines and ch in "\n\r\t"):
            return f"ký tự điều khiển U+{ord(ch):04X}"
    return None


def name_problem(text: str, limit: int = MAX_NAME) -> str | None:
    """Why ``text`` cannot be a person's name or login in the records, or None."""
    if not text.strip():
        return "để trống"
    if len(text) > limit:
        return f"dài {len(text)} ký tự, tối đa {limit}"
    hidden = _hidden(text, allow_newlines=False)
    return f"chứa {hidden}; hãy gõ lại tên bằng chữ thường" if hidden else None


def note_problem(text: str, limit: int = MAX_NOTE) -> str | None:
    """Why ``text`` cannot be stored as a note, or None (line breaks are allowed)."""
    if len(text) > limit:
        return f"dài {len(text)} ký tự, tối đa {limit}; hãy ghi ngắn gọn hơn"
    hidden = _hidden(text, allow_newlines=True)
    return f"chứa {hidden}; hãy gõ lại ghi chú" if hidden else None

"""A year's target typed by an officer ("≥ 7.000 tấn", "9.450", "35 - 40%", "dưới 3%", "Đạt"),
read by the same clause reader the plan import uses, into a rule for that year (source TYPED).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from decimal import Decimal

from ..domain.bounds import figure_problem
from ..domain.errors import UserError
from ..domain.model import Indicator, RuleKind, TargetRule, TargetSource
from ..domain.text import fold
from .annual import _unit  # one folding of units for matching and for checking
from .clause import read_clause

#: Longest target text accepted (a target is a short phrase; the cell or option, not an essay).
MAX_TEXT = 300
#: Words that state a target met or not, without a figure ("Đạt", "Hoàn thành").
QUALITATIVE = frozenset({"dat", "hoan thanh", "dat chuan", "giu vung", "duy tri", "co"})
_PREFIX = "Mục tiêu: "  # a colon marks the figure after it as the target, as in a plan's item


def in_bounds(value: Decimal | None) -> bool:
    """A figure the app stores and sends in bundles (``domain.bounds``, the one set of bounds)."""
    return value is None or figure_problem(value) is None


def read_target_text(text: str, indicator: Indicator, year: int, actor: str) -> TargetRule:
    """``text`` as ``indicator``'s rule for ``year``; UserError in Vietnamese when it cannot be."""
    typed = " ".join(unicodedata.normalize("NFC", text or "").split())
    where = f"Mục tiêu năm {year} của chỉ tiêu {indicator.code}"
    if not typed:
        raise UserError(f"{where}: chưa ghi mục tiêu. Ví dụ: ≥ 7.000 tấn, 9.450, 35 - 40%, dưới 3%, Đạt.", "value")
    if len(typed) > MAX_TEXT:
        raise UserError(f"{where}: dài {len(typed)} ký tự, quá {MAX_TEXT} ký tự; hãy ghi ngắn gọn mục tiêu.", "value")
    reading = read_clause(_PREFIX + typed, year=year)
    if not reading.has_target:
        if fold(typed).strip(" .") in QUALITATIVE or "target_unparsed" not in reading.flags:
            return TargetRule(RuleKind.QUALITATIVE, text=typed, year=year, source=TargetSource.TYPED, source_ref=actor)
        raise UserError(
            f"{where}: không đọc được «{typed}». Hãy ghi một con số với điều kiện nếu có, ví dụ "
            "≥ 7.000 tấn, 9.450, 35 - 40%, dưới 3%, 41/41 thôn; hoặc Đạt cho chỉ tiêu định tính.", "value",
        )
    if "ambiguous_number" in reading.flags:
        raise UserError(f"{where}: số trong «{typed}» không rõ nghĩa (dấu phẩy trước 3 chữ số có thể là phần "
                        "thập phân hoặc hàng nghìn). Hãy ghi rõ, ví dụ 19.655 (số nguyên) hoặc 19,6550 (số thập phân).",
                        "value")
    if "multiple_targets" in reading.flags:
        raise UserError(f"{where}: «{typed}» có nhiều con số mục tiêu; hãy ghi một mục tiêu cho năm {year}.", "value")
    rule = reading.rule
    if not all(in_bounds(v) for v in (rule.value, rule.low, rule.high)):
        raise UserError(f"{where}: con số trong «{typed}» quá lớn hoặc có quá nhiều chữ số thập phân.", "value")
    unit = reading.unit if "unit_missing" not in reading.flags and "unit_inferred" not in reading.flags else None
    if unit and indicator.unit.strip() and _unit(unit) != _unit(indicator.unit):
        raise UserError(
            f"{where}: đơn vị «{unit}» khác đơn vị của chỉ tiêu «{indicator.unit}». Hãy ghi theo «{indicator.unit}» "
            "hoặc chỉ ghi con số.", "value",
        )
    # Read again after the indicator's own name: "Tỷ lệ hộ nghèo giảm 1,5%" means points, "Tốc độ
    # tăng trưởng ≥ 8%" is the rate itself; kept only when the figures read are the same.
    named = read_clause(f"{indicator.name}: {typed}", year=year).rule
    same = (named.kind, named.value, named.low, named.high) == (rule.kind, rule.value, rule.low, rule.high)
    return replace(
        rule, year=year, source=TargetSource.TYPED, source_ref=actor, text=typed,
        points=named.points if same else rule.points,
        measures_change=named.measures_change if same else rule.measures_change,
    )

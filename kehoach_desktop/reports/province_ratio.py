"""A rate's or an average's province total, recomputed from numerator and denominator.

DOMAIN.md, "Adding up communes": poverty rate = poor households / all households, summed over
communes, never averaged. Each commune states the indicator's denominator per year
(``domain.model.Denominator``: ``Tổng số hộ``, unit ``hộ``); the province total is

    Σ (figure_i × denominator_i) / Σ denominator_i   (÷ 100 and × 100 for a rate in per cent)

over the communes that have both the figure and the denominator, at the same month (a rate is a
level: like a stock, only the same month adds up). Communes without a denominator are left out
and named; when none has one there is no total, and the reason says so. Arithmetic is exact
(``Decimal``); only the resulting rate is rounded, half up to the cent like "% KH".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from ..domain.denominators import numerator, recomputed
from ..domain.model import Indicator
from ..domain.numbers import format_number, format_percent
from ..domain.periods import Period

NOT_SUMMABLE = "không cộng được"
#: Enough digits for any sum of bounded figures (21 digits) times bounded denominators: exact.
_PRECISION = 80


@dataclass(frozen=True)
class RatioLine:
    """One commune's part: its name, its months of the year so far, its indicator and year target."""

    name: str
    months: Mapping[int, Decimal]
    indicator: Indicator
    target: Decimal | None


@dataclass(frozen=True)
class RatioResult:
    """The recomputed figures (None where there is none) and how they were made."""

    period_value: Decimal | None
    actual: Decimal | None
    target: Decimal | None
    method: str
    summable: bool
    month: int | None = None


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(names[:5])
    return shown + (f" và {len(names) - 5} xã khác" if len(names) > 5 else "")


def _amount(value: Decimal) -> str:
    """A numerator or denominator as read: whole when it is, else to two decimals."""
    return format_number(value, None if value == value.to_integral_value() else 2)


def ratio_total(lines: Sequence[RatioLine], period: Period) -> RatioResult:
    """The province's rate (or average) for ``period`` from the communes' figures and denominators."""
    percent = any(line.indicator.is_percent for line in lines)
    what = "tỷ lệ (%)" if percent else "số bình quân"
    year = period.year
    with_den: list[tuple[RatioLine, int, Decimal]] = []
    lacking: list[str] = []
    for line in lines:
        found = line.indicator.denominator.for_year(year) if line.indicator.denominator else None
        if found is None:
            lacking.append(line.name)
        else:
            with_den.append((line, found[0], found[1]))
    if not with_den:
        return RatioResult(None, None, None, (
            f"{NOT_SUMMABLE}: {what} phải tính lại từ tử số và mẫu số của các xã, không lấy trung bình cộng; "
            f"chưa xã nào có mẫu số năm {year} (ghi bằng «kehoach plan denominator» hoặc trang Chỉ tiêu "
            "trên máy của xã); xem từng xã"), False)
    units = {" ".join((den.unit or "").split()).lower() for den in (li.indicator.denominator for li, _, _ in with_den) if den}
    if len(units) > 1:
        return RatioResult(None, None, None, (
            f"{NOT_SUMMABLE}: mẫu số của các xã tính bằng đơn vị khác nhau ({', '.join(sorted(units))}); xem từng xã"),
            False)
    lacking_note = f"; thiếu mẫu số năm {year}, không tính vào tổng: {_names(lacking)}" if lacking else ""
    reported = [(li, y, d) for li, y, d in with_den if li.months]
    if not reported:
        return RatioResult(None, None, None, "chưa xã nào có cả số liệu và mẫu số" + lacking_note, True)
    common = set.intersection(*(set(li.months) for li, _, _ in reported))
    if not common:
        return RatioResult(None, None, None, (
            f"{NOT_SUMMABLE}: các xã có mẫu số không có số liệu cùng một tháng ({what} chỉ tính lại từ số của cùng "
            "một tháng)" + lacking_note), False)
    month = max(common)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        parts = sum((numerator(li.months[month], d, percent) for li, _, d in reported), Decimal(0))
        whole = sum((d for _, _, d in reported), Decimal(0))
        actual = recomputed(parts, whole, percent)
        targets = [(li.target, d) for li, _, d in reported if li.target is not None]
        target = (recomputed(sum((numerator(t, d, percent) for t, d in targets), Decimal(0)), whole, percent)
                  if len(targets) == len(reported) else None)
    den = reported[0][0].indicator.denominator
    assert den is not None
    unit = den.unit
    shown = format_percent(actual, 2) if percent else format_number(actual, 2)
    top = f"{_amount(parts)} {unit}" if percent else _amount(parts)
    latest = max(max(li.months) for li, _, _ in reported)
    behind = [li.name for li, _, _ in reported if max(li.months) < latest]
    older = [f"{li.name} (năm {y})" for li, y, _ in reported if y != year]
    method = (
        f"Tính lại từ tử số và mẫu số: {top} / {_amount(whole)} {unit} ({den.label}), {len(reported)} xã, "
        f"tháng {month}/{year} = {shown}; không lấy trung bình cộng"
        + (f"; dùng mẫu số năm trước: {_names(older)}" if older else "")
        + (f"; chưa có số liệu tháng {latest}: {_names(behind)}" if behind else "")
        + lacking_note
        + ("" if target is not None else "; chưa đủ kế hoạch năm của các xã nên không có kế hoạch toàn tỉnh")
    )
    return RatioResult(actual if month in period.months else None, actual, target, method, True, month)

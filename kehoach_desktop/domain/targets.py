"""Turn a written target rule into the threshold a given year is judged against.

A 5-year plan states most targets for 2030 (or ``hằng năm``); the annual resolution, an officer or
the province give a year its own figure (a rule with ``year`` set). When a year has no figure of
its own, its threshold is derived on the path from the baseline to the plan's final target and
marked ``derived`` so a screen can say so. Where no honest derivation exists (a 2030 level and no
baseline) the year has no target: ``year_target`` returns None and ``year_target_note`` says why;
a 2030 level is never silently used as a single year's target.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from .model import (
    RATE_RULES,
    Aggregation,
    Direction,
    Indicator,
    IndicatorData,
    RuleKind,
    TargetRule,
    TargetSource,
)
from .series import year_level

HUNDRED = Decimal(100)
_CENT = Decimal("0.01")

# The comparison a rule kind itself implies; the others follow the indicator's direction.
_RULE_DIRECTION = {
    RuleKind.AT_LEAST: Direction.HIGHER,
    RuleKind.MORE_THAN: Direction.HIGHER,
    RuleKind.AT_MOST: Direction.LOWER,
    RuleKind.LESS_THAN: Direction.LOWER,
    # A growth rule raises the level and a reduction lowers it, whatever the indicator says.
    RuleKind.GROWTH_VS_BASELINE: Direction.HIGHER,
    RuleKind.AVG_ANNUAL_GROWTH: Direction.HIGHER,
    RuleKind.MULTIPLE_OF_BASELINE: Direction.HIGHER,
    RuleKind.REDUCTION: Direction.LOWER,
}


@dataclass(frozen=True)
class YearTarget:
    """A threshold to reach in one direction, and the bound beyond which a result is Vượt."""

    year: int
    rule: TargetRule
    direction: Direction
    meet: Decimal | None = None
    exceed: Decimal | None = None
    strict: bool = False
    qualitative: bool = False
    derived: bool = False
    #: For a cumulative rule over the plan: the target counts the plan-period total.
    plan_total: bool = False
    reason: str = ""
    #: Where the figure comes from: the rule's own source, or ``DERIVED`` when worked out.
    source: TargetSource = TargetSource.PLAN

    @property
    def determined(self) -> bool:
        """True when there is something to compare a result with."""
        return self.qualitative or self.meet is not None

    def meets(self, value: Decimal) -> bool:
        """True when ``value`` satisfies the threshold."""
        assert self.meet is not None
        if self.direction is Direction.HIGHER:
            return value > self.meet if self.strict else value >= self.meet
        return value < self.meet if self.strict else value <= self.meet

    def exceeds(self, value: Decimal) -> bool:
        """True when ``value`` is strictly better than the target's far bound."""
        bound = self.exceed if self.exceed is not None else self.meet
        assert bound is not None
        return value > bound if self.direction is Direction.HIGHER else value < bound

    def within(self, value: Decimal, tolerance: Decimal) -> bool:
        """True when ``value`` falls short of the threshold by at most ``tolerance`` (a share)."""
        assert self.meet is not None
        slack = abs(self.meet) * tolerance
        if self.direction is Direction.HIGHER:
            return value >= self.meet - slack
        return value <= self.meet + slack


def format_plain(value: Decimal) -> str:
    """A figure Vietnamese style for a sentence (``4.500``)."""
    from .numbers import format_number

    return format_number(value)


def _q(value: Decimal) -> Decimal:
    """Round a derived threshold to hundredths; a stated figure is never rounded."""
    return value.quantize(_CENT) if places(value) > 2 else value


def places(value: Decimal) -> int:
    """How many decimal places ``value`` is written with (0 for NaN or infinity, never stored)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _whole(target: YearTarget, indicator: Indicator) -> YearTarget:
    """A derived target of a count (villages, enterprises) as the whole number that satisfies it."""
    if not (target.derived and indicator.is_count) or target.meet is None:
        return target
    up = target.direction is Direction.HIGHER
    rounding = ROUND_CEILING if up else ROUND_FLOOR

    def whole(v: Decimal | None) -> Decimal | None:
        return None if v is None else v.quantize(Decimal(1), rounding=rounding)

    return replace(target, meet=whole(target.meet), exceed=whole(target.exceed))


def rule_for_year(data: IndicatorData, year: int) -> TargetRule | None:
    """The year's own rule if the plan states one, else the plan-wide rule."""
    own = [r for r in data.rules if r.year == year]
    if own:
        return own[0]
    general = [r for r in data.rules if r.year is None]
    return general[0] if general else None


def plan_rule(data: IndicatorData) -> TargetRule | None:
    """The plan-wide rule, or failing that the rule stated for the plan's last year."""
    general = [r for r in data.rules if r.year is None]
    if general:
        return general[0]
    last = [r for r in data.rules if r.year == data.plan.end_year]
    return last[0] if last else None


def _figures(rule: TargetRule, direction: Direction) -> tuple[Decimal | None, Decimal | None]:
    """The (meet, exceed) figures a rule states, before any baseline arithmetic."""
    if rule.kind is RuleKind.RATIO:
        figure = rule.value if rule.value is not None else rule.low
        return figure, figure
    if rule.value is not None and rule.kind is not RuleKind.RANGE:
        return rule.value, rule.value
    low, high = rule.low, rule.high
    if low is None or high is None:
        return (low or high or rule.value), (low or high or rule.value)
    if direction is Direction.HIGHER:
        return low, high
    return high, low


def baseline(data: IndicatorData, year: int) -> Decimal | None:
    """The indicator's level in ``year``: the stated baseline, or that year's recorded values.

    A baseline stated without its year is taken as the year before the plan starts.
    """
    ind = data.indicator
    stated_year = ind.baseline_year if ind.baseline_year is not None else data.plan.start_year - 1
    if ind.baseline_value is not None and stated_year == year:
        return ind.baseline_value
    return year_level(data.values, year, ind.aggregation)


def _baseline_year(data: IndicatorData, rule: TargetRule, year: int) -> int:
    if rule.baseline_year is not None:
        return rule.baseline_year
    if rule.year is not None:  # an annual plan's growth is measured against the year before
        return rule.year - 1
    if data.indicator.baseline_year is not None:
        return data.indicator.baseline_year
    return data.plan.start_year - 1


def _apply_rate(kind: RuleKind, base: Decimal, rate: Decimal, points: bool, steps: Decimal) -> Decimal:
    """The level reached from ``base`` after ``steps`` years at ``rate`` (per cent or points)."""
    sign = Decimal(-1) if kind is RuleKind.REDUCTION else Decimal(1)
    if points:
        level = base + sign * rate * steps
        # A rate cannot fall below zero: "giảm 1,5 điểm mỗi năm" from 3,2% bottoms out at 0%.
        return max(level, Decimal(0)) if base >= 0 else level
    factor = Decimal(1) + sign * rate / HUNDRED
    if factor <= 0:
        return Decimal(0)
    return base * _power(factor, steps)


def _power(factor: Decimal, steps: Decimal) -> Decimal:
    """``factor ** steps`` for a fractional number of steps, kept in Decimal."""
    if steps == steps.to_integral_value():
        return factor ** int(steps)
    return (factor.ln() * steps).exp()


def _interpolate(start: Decimal, end: Decimal, share: Decimal, geometric: bool) -> Decimal:
    """A point ``share`` of the way from start to end (geometric for growth paths)."""
    if geometric and start > 0 and end > 0:
        return start * ((end / start).ln() * share).exp()
    return start + (end - start) * share


def _is_better(a: Decimal, b: Decimal, direction: Direction) -> bool:
    return a > b if direction is Direction.HIGHER else a < b


def year_target(data: IndicatorData, year: int) -> YearTarget | None:
    """The threshold ``year`` is judged against, or None when the year has no target of its own."""
    return _year(data, year)[0]


def year_target_note(data: IndicatorData, year: int) -> str:
    """Why ``year`` has no target of its own ("" when it has one)."""
    return _year(data, year)[1]


def _year(data: IndicatorData, year: int) -> tuple[YearTarget | None, str]:
    plan = data.plan
    if not plan.start_year <= year <= plan.end_year:
        return None, f"Năm {year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year}"
    rule = rule_for_year(data, year)
    if rule is None:
        return None, f"Chưa có kế hoạch năm {year}: kế hoạch không nêu mục tiêu cho chỉ tiêu này"
    target = _threshold(data, rule, year, final=False)
    if target.meet is None and not target.qualitative:
        return None, f"Chưa có kế hoạch năm {year}: {target.reason or 'không tính được mục tiêu của năm'}"
    return _whole(target, data.indicator), ""


def final_target(data: IndicatorData) -> YearTarget | None:
    """The plan's final target (2030 for a 5-year plan), judged on the plan as a whole."""
    rule = plan_rule(data)
    if rule is None:
        return None
    return _whole(_threshold(data, rule, data.plan.end_year, final=True), data.indicator)


def _threshold(data: IndicatorData, rule: TargetRule, year: int, final: bool) -> YearTarget:
    ind = data.indicator
    direction = _RULE_DIRECTION.get(rule.kind, ind.direction)
    strict = rule.kind in (RuleKind.MORE_THAN, RuleKind.LESS_THAN)
    # What every outcome below shares; each adds its figures (or the reason there are none).
    common = YearTarget(year=year, rule=rule, direction=direction, strict=strict, source=rule.source)
    if rule.kind is RuleKind.QUALITATIVE:
        return replace(common, qualitative=True)
    if rule.kind in RATE_RULES and rule.measures_change:
        # The figure recorded is the growth or reduction rate itself: more is better.
        meet, exceed = _figures(rule, Direction.HIGHER)
        return replace(common, direction=Direction.HIGHER, meet=meet, exceed=exceed)
    # A rate's figures are ordered by the rate itself (a bigger growth or a bigger reduction is
    # the better one), whatever the direction of the level it applies to.
    meet, exceed = _figures(rule, Direction.HIGHER if rule.kind in RATE_RULES else direction)
    if meet is None:
        return replace(common, reason="Chỉ tiêu chưa có con số mục tiêu")
    if rule.kind in RATE_RULES:
        return _rate_threshold(data, rule, year, final, common, meet, exceed)
    if rule.kind is RuleKind.CUMULATIVE:
        return _cumulative_threshold(data, rule, year, final, common, meet, exceed)
    end = data.plan.end_year
    if rule.year is not None or rule.per_year or final or rule.kind is RuleKind.MAINTAIN or year >= end:
        return replace(common, meet=meet, exceed=exceed)
    # A level to reach by the plan's end: this year's share of the way from the baseline.
    b_year = _baseline_year(data, rule, year)
    base = baseline(data, b_year)
    derived = replace(common, source=TargetSource.DERIVED, derived=True)
    if base is None or end <= b_year:
        # No honest path: the plan's final level is not this year's target.
        return replace(
            common,
            reason=f"nghị quyết chỉ nêu mức đến năm {end} ({rule.text or format_plain(meet)}) "
            f"và chưa có số liệu năm gốc {b_year} để chia lộ trình",
        )
    if not _is_better(meet, base, direction):
        # Already at or beyond the final level: the year's task is to hold it.
        return replace(derived, meet=meet, exceed=exceed)
    share = Decimal(year - b_year) / Decimal(end - b_year)
    return replace(
        derived,
        meet=_q(_interpolate(base, meet, share, geometric=False)),
        exceed=_q(_interpolate(base, exceed, share, geometric=False)) if exceed is not None else None,
    )


def _rate_threshold(
    data: IndicatorData,
    rule: TargetRule,
    year: int,
    final: bool,
    common: YearTarget,
    meet: Decimal,
    exceed: Decimal | None,
) -> YearTarget:
    """Growth, reduction and multiple rules: a level computed from the baseline."""
    b_year = _baseline_year(data, rule, year)
    base = baseline(data, b_year)
    if base is None:
        return replace(
            common, reason=f"thiếu số liệu năm gốc {b_year} để tính mục tiêu từ tỷ lệ tăng, giảm"
        )
    end = data.plan.end_year if rule.year is None else rule.year
    per_year = rule.per_year or rule.kind is RuleKind.AVG_ANNUAL_GROWTH

    def level(rate: Decimal) -> Decimal:
        if rule.kind is RuleKind.MULTIPLE_OF_BASELINE:
            # "tăng 0,7 lần" adds 0.7 times the baseline by the plan's end; "gấp 1,5 lần" is
            # one and a half times the baseline. The plan's own words say which.
            times = "gấp" in rule.text.lower() and "tăng" not in rule.text.lower()
            full = base * (rate if times else Decimal(1) + rate)
            if year >= end or end <= b_year:
                return full
            return _interpolate(base, full, Decimal(year - b_year) / Decimal(end - b_year), True)
        if per_year:
            return _apply_rate(rule.kind, base, rate, rule.points, Decimal(year - b_year))
        full = _apply_rate(rule.kind, base, rate, rule.points, Decimal(1))
        if year >= end or end <= b_year:
            return full
        return _interpolate(
            base, full, Decimal(year - b_year) / Decimal(end - b_year), geometric=not rule.points
        )

    own = rule.year is not None  # an annual plan's own growth: its level is the year's target
    return replace(
        common,
        source=rule.source if own else TargetSource.DERIVED,
        meet=_q(level(meet)),
        exceed=_q(level(exceed)) if exceed is not None else None,
        derived=not own,
    )


def _cumulative_threshold(
    data: IndicatorData,
    rule: TargetRule,
    year: int,
    final: bool,
    common: YearTarget,
    meet: Decimal,
    exceed: Decimal | None,
) -> YearTarget:
    """``Thành lập mới 20 doanh nghiệp`` over the plan: an even share each year, or the total."""
    plan = data.plan
    if rule.year is not None:  # an annual plan's own figure for the year
        return replace(common, meet=meet, exceed=exceed)
    years = Decimal(len(plan.years))
    if data.indicator.aggregation is Aggregation.STOCK:
        # A running count: the level grows from the baseline by the plan's total. Without the
        # baseline there is no level to aim at: a count is never assumed to start from zero.
        base = baseline(data, plan.start_year - 1)
        if base is None:
            return replace(
                common, reason=f"thiếu số liệu năm gốc {plan.start_year - 1} để cộng thêm {format_plain(meet)}"
            )
        done = Decimal(min(max(year - plan.start_year + 1, 0), len(plan.years)))
        share = Decimal(1) if final else done / years
        return replace(
            common,
            source=rule.source if final else TargetSource.DERIVED,
            meet=_q(base + meet * share),
            exceed=_q(base + exceed * share) if exceed is not None else None,
            derived=not final,
        )
    if final:
        return replace(common, meet=meet, exceed=exceed, plan_total=True)
    return replace(
        common,
        source=TargetSource.DERIVED,
        meet=_q(meet / years),
        exceed=_q(exceed / years) if exceed is not None else None,
        derived=True,
    )


def threshold_text(target: YearTarget | None, mark_derived: bool = False) -> str:
    """A year's threshold for a table cell, Vietnamese style: ``≥ 7.000``, ``35 - 40``, ``Đạt``.

    The grid, the CLI's status table and the reports all show targets this way. With
    ``mark_derived`` a threshold worked out from a baseline or the plan's end gets a ``*``.
    """
    from .numbers import format_number

    if target is None:
        return ""
    if target.qualitative:
        return "Đạt"
    if target.meet is None:
        return ""
    rule = target.rule
    if rule.kind is RuleKind.RANGE and target.exceed is not None and target.exceed != target.meet:
        low, high = sorted((target.meet, target.exceed))
        text = f"{format_number(low)} - {format_number(high)}"
    elif rule.kind in (RuleKind.EQUAL, RuleKind.MAINTAIN, RuleKind.RATIO) and not target.derived:
        text = format_number(target.meet)
    else:
        up = target.direction is Direction.HIGHER
        sign = (">" if up else "<") if target.strict else ("≥" if up else "≤")
        text = f"{sign} {format_number(target.meet)}"
    return text + ("*" if mark_derived and target.derived else "")


def oriented_percent(value: Decimal | None, meet: Decimal | None, direction: Direction) -> Decimal | None:
    """The one "% KH" of the product: 100 at the target, above 100 when better, either direction.

    Higher is better: result / target (as officers compute it in Excel). Lower is better: target /
    result, so that a poverty rate of 6,7% against "≤ 6,4%" reads 95,5% (not yet there) and 5,0%
    reads 128% (better than the target). None when the ratio has no meaning (a zero or negative
    divisor: no accident at all against a ceiling, a target of zero).
    """
    if value is None or meet is None:
        return None
    if direction is Direction.HIGHER:
        if meet <= 0:
            return None
        ratio = value * HUNDRED / meet
    else:
        if value <= 0 or meet < 0:
            return None
        ratio = meet * HUNDRED / value
    return ratio.quantize(_CENT, rounding=ROUND_HALF_UP)

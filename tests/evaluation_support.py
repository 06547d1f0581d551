"""The evaluation cases shared by the evaluation tests: a plan, indicator data and the status table."""

from __future__ import annotations

from decimal import Decimal as D

from kehoach_desktop.domain.model import (
    Aggregation,
    Direction,
    Indicator,
    IndicatorData,
    MonthlyValue,
    Plan,
    PlanKind,
    RuleKind,
    Status,
    TargetRule,
)

PLAN = Plan(PlanKind.FIVE_YEAR, 2026, 2030, title="KH 2026-2030", id=1)
H, L = Direction.HIGHER, Direction.LOWER
FLOW, STOCK = Aggregation.FLOW, Aggregation.STOCK
K = RuleKind


def data(
    rule: TargetRule | list[TargetRule] | None,
    values: dict[tuple[int, int], str] | None = None,
    *,
    direction: Direction = H,
    agg: Aggregation = STOCK,
    unit: str = "%",
    baseline: str | None = None,
) -> IndicatorData:
    """An indicator of the 2026-2030 plan with the given rule(s) and monthly values."""
    rules = [] if rule is None else rule if isinstance(rule, list) else [rule]
    ind = Indicator(
        code="1", name="Chỉ tiêu thử", unit=unit, direction=direction, aggregation=agg,
        baseline_value=D(baseline) if baseline is not None else None,
        baseline_year=2025 if baseline is not None else None,
    )
    vals = tuple(MonthlyValue(y, m, D(v)) for (y, m), v in sorted((values or {}).items()))
    return IndicatorData(ind, PLAN, tuple(rules), vals)


def months(year: int, upto: int, each: str) -> dict[tuple[int, int], str]:
    """The same figure for months 1..upto of ``year``."""
    return {(year, m): each for m in range(1, upto + 1)}


GRAIN = TargetRule(K.AT_LEAST, D(7000), per_year=True, text="≥ 7.000 tấn hằng năm")
ACCIDENTS = TargetRule(K.AT_MOST, D(10), per_year=True, text="không quá 10 vụ")
POVERTY = TargetRule(K.LESS_THAN, D(3), per_year=True, text="dưới 3%")
LABOUR = TargetRule(K.RANGE, low=D(35), high=D(40), per_year=True, text="35 - 40%")
FOREST = TargetRule(K.MAINTAIN, D("45.38"), text="duy trì 45,38%")
QUALI = TargetRule(K.QUALITATIVE, text="Giữ vững xã đạt chuẩn an toàn")
MORE = TargetRule(K.MORE_THAN, D(10), per_year=True, text="> 10%")
GROWTH_RATE = TargetRule(K.AVG_ANNUAL_GROWTH, D("8.5"), measures_change=True, text="bình quân 8,5%/năm")
ENTERPRISES = TargetRule(K.CUMULATIVE, D(20), text="Thành lập mới 20 doanh nghiệp")

CASES = [
    # id, data, period, status
    ("at_least flow on pace", data(GRAIN, months(2026, 9, "600"), agg=FLOW, unit="tấn"), (2026, 9), Status.ON_TRACK),
    ("at_least flow behind", data(GRAIN, months(2026, 9, "540"), agg=FLOW, unit="tấn"), (2026, 9), Status.BEHIND),
    ("at_least flow at risk", data(GRAIN, months(2026, 9, "450"), agg=FLOW, unit="tấn"), (2026, 9), Status.AT_RISK),
    ("at_least flow met early", data(GRAIN, {**months(2026, 6, "1000"), (2026, 7): "1000"}, agg=FLOW, unit="tấn"), (2026, 9), Status.MET),
    ("at_least flow exceeded early", data(GRAIN, months(2026, 9, "900"), agg=FLOW, unit="tấn"), (2026, 9), Status.EXCEEDED),
    ("at_least flow year end met", data(GRAIN, {**months(2026, 11, "600"), (2026, 12): "400"}, agg=FLOW, unit="tấn"), (2026, 12), Status.MET),
    ("at_least flow year end missed", data(GRAIN, months(2026, 12, "575"), agg=FLOW, unit="tấn"), (2026, 12), Status.MISSED),
    ("at_least flow no data", data(GRAIN, {(2025, 9): "600"}, agg=FLOW, unit="tấn"), (2026, 9), Status.NO_DATA),
    ("at_most lower flow on pace", data(ACCIDENTS, months(2026, 9, "0") | {(2026, 3): "3", (2026, 8): "3"}, direction=L, agg=FLOW, unit="vụ"), (2026, 9), Status.ON_TRACK),
    ("at_most lower flow over cap mid-year", data(ACCIDENTS, months(2026, 9, "0") | {(2026, 3): "12"}, direction=L, agg=FLOW, unit="vụ"), (2026, 9), Status.AT_RISK),
    ("at_most lower flow slightly over pace", data(ACCIDENTS, months(2026, 9, "0") | {(2026, 2): "4", (2026, 6): "4"}, direction=L, agg=FLOW, unit="vụ"), (2026, 9), Status.BEHIND),
    ("at_most lower flow year end met", data(ACCIDENTS, months(2026, 12, "0") | {(2026, 5): "10"}, direction=L, agg=FLOW, unit="vụ"), (2026, 12), Status.MET),
    ("at_most lower flow year end exceeded", data(ACCIDENTS, months(2026, 12, "0") | {(2026, 5): "4"}, direction=L, agg=FLOW, unit="vụ"), (2026, 12), Status.EXCEEDED),
    ("at_most lower flow year end missed", data(ACCIDENTS, months(2026, 12, "1"), direction=L, agg=FLOW, unit="vụ"), (2026, 12), Status.MISSED),
    ("less_than lower stock below", data(POVERTY, {(2026, 6): "2.5"}, direction=L), (2026, 6), Status.EXCEEDED),
    ("less_than lower stock at bound year end", data(POVERTY, {(2026, 12): "3"}, direction=L), (2026, 12), Status.MISSED),
    ("less_than lower stock trending down", data(POVERTY, {(2026, 6): "3.2"}, direction=L, baseline="3.5"), (2026, 6), Status.ON_TRACK),
    ("less_than lower stock stuck", data(POVERTY, {(2026, 6): "3.5"}, direction=L, baseline="3.5"), (2026, 6), Status.AT_RISK),
    ("range higher met", data(LABOUR, {(2026, 9): "37"}), (2026, 9), Status.MET),
    ("range higher exceeded", data(LABOUR, {(2026, 9): "41"}), (2026, 9), Status.EXCEEDED),
    ("range higher year end missed", data(LABOUR, {(2026, 12): "34"}), (2026, 12), Status.MISSED),
    ("range lower met", data(TargetRule(K.RANGE, low=D(2), high=D(3), per_year=True), {(2026, 12): "2.5"}, direction=L), (2026, 12), Status.MET),
    ("range lower exceeded", data(TargetRule(K.RANGE, low=D(2), high=D(3), per_year=True), {(2026, 12): "1.5"}, direction=L), (2026, 12), Status.EXCEEDED),
    ("maintain met", data(FOREST, {(2026, 9): "45.38"}, baseline="45.38"), (2026, 9), Status.MET),
    ("maintain slipping", data(FOREST, {(2026, 6): "45.2"}, baseline="45.38"), (2026, 6), Status.BEHIND),
    ("maintain year end missed", data(FOREST, {(2026, 12): "45"}, baseline="45.38"), (2026, 12), Status.MISSED),
    ("more_than at bound mid-year", data(MORE, {(2026, 6): "10"}), (2026, 6), Status.BEHIND),
    ("more_than above", data(MORE, {(2026, 6): "11"}), (2026, 6), Status.EXCEEDED),
    ("qualitative met", data(QUALI, {(2026, 3): "1"}, unit=""), (2026, 9), Status.MET),
    ("qualitative not yet", data(QUALI, {(2026, 3): "0"}, unit=""), (2026, 9), Status.AT_RISK),
    ("qualitative year end missed", data(QUALI, {(2026, 12): "0"}, unit=""), (2026, 12), Status.MISSED),
    ("growth rate recorded itself exceeded", data(GROWTH_RATE, {(2026, 12): "8.7"}), (2026, 12), Status.EXCEEDED),
    ("growth rate recorded itself met", data(GROWTH_RATE, {(2026, 12): "8.5"}), (2026, 12), Status.MET),
    ("growth rate recorded itself missed", data(GROWTH_RATE, {(2026, 12): "8"}), (2026, 12), Status.MISSED),
    ("cumulative share met", data(ENTERPRISES, {(2026, 3): "2", (2026, 10): "2"}, agg=FLOW, unit="doanh nghiệp"), (2026, 12), Status.MET),
    ("cumulative share missed", data(ENTERPRISES, months(2026, 12, "0") | {(2026, 3): "3"}, agg=FLOW, unit="doanh nghiệp"), (2026, 12), Status.MISSED),
    ("cumulative share, December without figures: not final", data(ENTERPRISES, {(2026, 3): "3"}, agg=FLOW, unit="doanh nghiệp"), (2026, 12), Status.ON_TRACK),
    ("no rule: no year target, nothing to judge on", data(None, {(2026, 3): "3"}), (2026, 3), Status.NO_DATA),
    ("growth without baseline: no year target", data(TargetRule(K.AVG_ANNUAL_GROWTH, D(10)), {(2026, 3): "3"}, agg=FLOW, unit="triệu đồng"), (2026, 3), Status.NO_DATA),
]

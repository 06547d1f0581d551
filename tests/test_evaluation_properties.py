"""Property tests: evaluation never fails, whatever rule, direction, baseline and figures."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_desktop.domain.evaluation import evaluate
from kehoach_desktop.domain.model import (
    Aggregation, Direction, Indicator, IndicatorData, MonthlyValue, Plan, PlanKind, RuleKind, Status, TargetRule,
)
from kehoach_desktop.domain.periods import Period

figures = st.decimals(min_value=-1000, max_value=10**9, places=3, allow_nan=False, allow_infinity=False)
maybe = st.none() | figures
rules = st.builds(
    TargetRule,
    kind=st.sampled_from(list(RuleKind)),
    value=maybe, low=maybe, high=maybe,
    baseline_year=st.none() | st.integers(2015, 2030),
    per_year=st.booleans(), points=st.booleans(), measures_change=st.booleans(),
    year=st.none() | st.integers(2026, 2030),
)
months = st.lists(
    st.builds(MonthlyValue, year=st.integers(2024, 2030), month=st.integers(1, 12), value=maybe),
    max_size=40, unique_by=lambda v: (v.year, v.month),
)


@settings(max_examples=400, deadline=None)
@given(
    rule_list=st.lists(rules, max_size=3, unique_by=lambda r: r.year),
    values=months,
    direction=st.sampled_from(list(Direction)),
    aggregation=st.sampled_from(list(Aggregation)),
    unit=st.sampled_from(["%", "tấn", "con", ""]),
    baseline=maybe,
    baseline_year=st.none() | st.integers(2020, 2026),
    period=st.builds(Period, st.integers(2025, 2031), st.integers(1, 12)),
)
def test_evaluate_never_fails(rule_list, values, direction, aggregation, unit, baseline, baseline_year, period) -> None:
    indicator = Indicator("1", "x", unit, direction=direction, aggregation=aggregation,
                          baseline_value=baseline, baseline_year=baseline_year)
    data = IndicatorData(indicator, Plan(PlanKind.FIVE_YEAR, 2026, 2030), tuple(rule_list), tuple(values))
    ev = evaluate(data, period)
    assert ev.status in Status
    for figure in (ev.actual, ev.forecast, ev.percent_of_target, ev.plan_actual, ev.percent_of_final):
        assert figure is None or (isinstance(figure, Decimal) and figure.is_finite())

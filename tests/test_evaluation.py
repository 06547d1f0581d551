"""Evaluation, table-driven: every rule kind, both directions, every status, mid-year and year end."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kehoach_desktop.domain.evaluation import evaluate
from kehoach_desktop.domain.model import RuleKind, Status, TargetRule
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.domain.targets import final_target, year_target

from evaluation_support import CASES, ENTERPRISES, FLOW, GRAIN, H, K, L, LABOUR, POVERTY, QUALI, STOCK, data, months


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_status(case: tuple) -> None:
    _, d, (year, month), expected = case
    ev = evaluate(d, Period(year, month))
    assert ev.status is expected, ev.reason


def test_every_status_word_is_covered() -> None:
    assert {c[3] for c in CASES} == set(Status)


def test_every_rule_kind_is_covered_by_a_target_test() -> None:
    covered = {r.kind for c in CASES for r in c[1].rules} | {
        K.EQUAL, K.RATIO, K.GROWTH_VS_BASELINE, K.REDUCTION, K.MULTIPLE_OF_BASELINE,
    }  # the last five are checked by test_year_targets below
    assert covered == set(RuleKind)


TARGETS = [
    # id, rule, direction, aggregation, baseline, year, expected (meet, exceed, derived)
    ("equal interpolated from baseline", TargetRule(K.EQUAL, D(90)), H, STOCK, "80", 2026, ("82", "82", True)),
    ("equal final year", TargetRule(K.EQUAL, D(90)), H, STOCK, "80", 2030, ("90", "90", False)),
    ("equal already better than baseline: hold it, derived", TargetRule(K.EQUAL, D(90)), H, STOCK, "95", 2026, ("90", "90", True)),
    ("ratio by 2030 from 35 villages", TargetRule(K.RATIO, D(41), low=D(41), high=D(41)), H, STOCK, "35", 2026, ("36.2", "36.2", True)),
    ("ratio every year", TargetRule(K.RATIO, D(41), low=D(41), high=D(41), per_year=True), H, STOCK, "35", 2026, ("41", "41", False)),
    ("growth vs 2025 by 2030, geometric path", TargetRule(K.GROWTH_VS_BASELINE, D(42), baseline_year=2025), H, FLOW, "10000", 2026, ("10726.49", "10726.49", True)),
    ("growth vs 2025 final", TargetRule(K.GROWTH_VS_BASELINE, D(42), baseline_year=2025), H, FLOW, "10000", 2030, ("14200.00", "14200.00", True)),
    ("average annual growth", TargetRule(K.AVG_ANNUAL_GROWTH, D(10)), H, FLOW, "9000", 2026, ("9900.0", "9900.0", True)),
    ("average annual growth, 2nd year", TargetRule(K.AVG_ANNUAL_GROWTH, D(10)), H, FLOW, "9000", 2027, ("10890.00", "10890.00", True)),
    ("reduction in points per year", TargetRule(K.REDUCTION, D("1.5"), per_year=True, points=True), L, STOCK, "5", 2026, ("3.5", "3.5", True)),
    ("reduction in points, 2nd year", TargetRule(K.REDUCTION, D("1.5"), per_year=True, points=True), L, STOCK, "5", 2027, ("2.0", "2.0", True)),
    ("reduction per cent per year", TargetRule(K.REDUCTION, D(5), per_year=True), L, FLOW, "20", 2026, ("19.00", "19.00", True)),
    ("reduction range per year", TargetRule(K.REDUCTION, low=D("0.5"), high=D(1), per_year=True, points=True), L, STOCK, "4", 2026, ("3.5", "3", True)),
    ("reduction vs baseline by 2030", TargetRule(K.REDUCTION, D(20)), L, FLOW, "100", 2030, ("80.00", "80.00", True)),
    ("multiple of baseline, final", TargetRule(K.MULTIPLE_OF_BASELINE, D("0.7"), baseline_year=2025), H, STOCK, "100", 2030, ("170.0", "170.0", True)),
    ("multiple of baseline, first year", TargetRule(K.MULTIPLE_OF_BASELINE, D("0.7"), baseline_year=2025), H, STOCK, "100", 2026, ("111.20", "111.20", True)),
    ("'gấp 1,5 lần' is 1.5 times, final", TargetRule(K.MULTIPLE_OF_BASELINE, D("1.5"), baseline_year=2025, text="gấp 1,5 lần"), H, STOCK, "100", 2030, ("150.0", "150.0", True)),
    ("cumulative flow share", ENTERPRISES, H, FLOW, None, 2026, ("4", "4", True)),
    ("cumulative stock level", ENTERPRISES, H, STOCK, "50", 2027, ("58", "58", True)),
    ("at_most follows its own sign", TargetRule(K.AT_MOST, D(3), per_year=True), H, STOCK, None, 2026, ("3", "3", False)),
]


@pytest.mark.parametrize("case", TARGETS, ids=[c[0] for c in TARGETS])
def test_year_targets(case: tuple) -> None:
    _, rule, direction, agg, baseline, year, (meet, exceed, derived) = case
    target = year_target(data(rule, direction=direction, agg=agg, baseline=baseline), year)
    assert target is not None
    assert (target.meet, target.exceed, target.derived) == (D(meet), D(exceed), derived)
    if rule.kind is K.AT_MOST:
        assert target.direction is L  # the rule's own sign wins over the indicator's direction


def test_year_rule_overrides_plan_rule() -> None:
    rules = [GRAIN, TargetRule(K.AT_LEAST, D(7200), year=2026, text="năm 2026: 7.200 tấn")]
    d = data(rules, agg=FLOW, unit="tấn")
    assert year_target(d, 2026).meet == D(7200)
    assert year_target(d, 2027).meet == D(7000)
    assert final_target(d).meet == D(7000)


def test_flow_figures_percent_forecast_and_same_period() -> None:
    values = months(2025, 12, "500") | months(2026, 9, "600")
    ev = evaluate(data(GRAIN, values, agg=FLOW, unit="tấn"), Period(2026, 9))
    assert ev.actual == D(5400)
    assert ev.percent_of_target == D("77.14")
    assert ev.forecast == D(7200)
    assert ev.same_period_last_year == D(4500)
    assert ev.change_vs_last_year == D("20.00")
    assert ev.this_month.value == D(600) and ev.previous_month == D(600)


def test_seasonal_forecast_follows_last_year() -> None:
    # Last year everything came in the harvest months 6 and 10: half the year's total by June.
    last_year = months(2025, 12, "0") | {(2025, 6): "3000", (2025, 10): "3000"}
    ev = evaluate(data(GRAIN, last_year | {(2026, 6): "3600"}, agg=FLOW, unit="tấn"), Period(2026, 6))
    assert ev.forecast == D(7200)
    assert ev.status is Status.ON_TRACK  # a naive run rate would say 7200 too, but...
    ev = evaluate(data(GRAIN, last_year | {(2026, 5): "0", (2026, 6): "3300"}, agg=FLOW, unit="tấn"), Period(2026, 6))
    assert ev.forecast == D(6600) and ev.status is Status.BEHIND


def test_stock_forecast_is_clamped_for_percentages() -> None:
    ev = evaluate(data(LABOUR, {(2026, 1): "60", (2026, 2): "90"}), Period(2026, 2))
    assert ev.forecast == D(100)


def test_lower_is_better_percent_reads_the_right_way() -> None:
    # 2,4% against "dưới 3%": better than the target, so above 100.
    ev = evaluate(data(POVERTY, {(2026, 6): "2.4"}, direction=L), Period(2026, 6))
    assert ev.percent_of_target == D("125.00")
    assert "càng thấp càng tốt" in ev.percent_note


def test_plan_progress_for_cumulative_counts_every_year() -> None:
    values = {(2026, 3): "5", (2027, 4): "6", (2028, 2): "3"}
    d = data(ENTERPRISES, values, agg=FLOW, unit="doanh nghiệp")
    ev = evaluate(d, Period(2028, 6))
    assert ev.final_target.meet == D(20) and ev.final_target.plan_total
    assert ev.plan_actual == D(14)
    assert ev.percent_of_final == D("70.00")
    assert ev.status is Status.ON_TRACK  # 3 by June, forecast 6 ≥ the year's share of 4


def test_plan_progress_for_a_stock_is_the_current_level() -> None:
    d = data(TargetRule(K.EQUAL, D(90)), {(2026, 9): "84"}, baseline="80")
    ev = evaluate(d, Period(2026, 9))
    assert ev.final_target.meet == D(90)
    assert ev.percent_of_final == D("93.33")


def test_qualitative_has_no_percent_or_forecast() -> None:
    ev = evaluate(data(QUALI, {(2026, 3): "1"}, unit=""), Period(2026, 9))
    assert ev.percent_of_target is None and ev.forecast is None


def test_status_labels_are_the_officers_words() -> None:
    assert [s.label for s in Status][:7] == [
        "Vượt", "Đạt", "Đúng tiến độ", "Chậm tiến độ", "Có nguy cơ không đạt", "Chưa đạt", "Chưa có số liệu",
    ]

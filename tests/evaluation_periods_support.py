"""The evaluation-over-periods table, shared by ``test_evaluation_periods`` (the domain) and
``test_evaluation_store`` (the same cases read back from SQLite and PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

from kehoach_desktop.domain.model import RuleKind, Status, TargetRule, TargetSource
from kehoach_desktop.domain.periods import Period
from evaluation_support import FLOW, L, data, months

K = RuleKind
Q3, H1, M9, Y26, DEC = Period.quarter(2026, 3), Period.half(2026, 1), Period.nine_months(2026), Period.whole_year(2026), Period(2026, 12)

BUDGET = TargetRule(K.AT_LEAST, D(9000), per_year=True, text="hằng năm 9.000 triệu đồng trở lên")
GRAIN = TargetRule(K.AT_LEAST, D(7000), per_year=True, text="≥ 7.000 tấn hằng năm")
HTX = TargetRule(K.CUMULATIVE, D(5), text="thành lập mới 05 hợp tác xã")
ACCIDENTS = TargetRule(K.AT_MOST, D(4), per_year=True, text="không quá 04 vụ")
POVERTY = TargetRule(K.AT_MOST, D("6.4"), per_year=True, text="≤ 6,4%")
AREA_2030 = TargetRule(K.AT_LEAST, D(4500), text="đến năm 2030 đạt 4.500 ha")
INCOME_GROWTH = TargetRule(K.GROWTH_VS_BASELINE, D(19), baseline_year=2025, text="so với năm 2025 tăng 19%")

# Budget revenue: 700 a month in 2025, 770 a month January-October 2026 (+10% like for like).
BUDGET_FIGURES = months(2025, 12, "700") | months(2026, 10, "770")
# A herd (stock) read each month; September 2026 missing.
HERD = months(2025, 12, "1000") | {(2026, m): str(1000 + 10 * m) for m in range(1, 13) if m != 9}
# Grain comes in June and October; nothing in the months before, this year or last.
HARVEST_2025 = months(2025, 12, "0") | {(2025, 6): "3000", (2025, 10): "4180"}
# Area planted rises 25 ha a month through 2026, from 3.925 in January to 4.200 in December.
AREA = {(2026, m): str(3900 + 25 * m) for m in range(1, 13)}


def _budget(**kw: Any):
    return data(BUDGET, BUDGET_FIGURES, agg=FLOW, unit="triệu đồng", **kw)


CASES: list[tuple[str, Any, Period, dict[str, Any]]] = [
    # --- equal-period comparison and partial years
    ("December with figures through October: same months last year, judged on the estimate",
     _budget(), DEC, dict(
         status=Status.ON_TRACK, actual=D(7700), same_period_last_year=D(7000), change_vs_last_year=D("10.00"),
         ytd_months=tuple(range(1, 11)), period_value=None, complete=False, estimated=True, reason_has="tháng 10")),
    ("the year 2026 through October: the period is January-October, not a final word",
     _budget(), Y26, dict(
         status=Status.ON_TRACK, period_value=D(7700), period_months=tuple(range(1, 11)),
         period_last_year=D(7000), period_change_vs_last_year=D("10.00"), complete=False, estimated=True)),
    ("a complete year gets its final word",
     data(BUDGET, months(2025, 12, "700") | months(2026, 12, "740"), agg=FLOW, unit="triệu đồng"), Y26, dict(
         status=Status.MISSED, actual=D(8880), complete=True, estimated=False, same_period_last_year=D(8400))),
    # --- quarters, halves and nine months of a flow and a stock
    ("third quarter of a flow: its three months summed, last year's same quarter",
     _budget(), Q3, dict(
         period_value=D(2310), period_months=(7, 8, 9), period_last_year=D(2100), previous_period=D(2310),
         actual=D(6930))),
    ("first half of a flow", _budget(), H1, dict(period_value=D(4620), period_last_year=D(4200), actual=D(4620))),
    ("nine months of a flow", _budget(), M9, dict(period_value=D(6930), actual=D(6930), same_period_last_year=D(6300))),
    ("third quarter of a stock: its latest figure (August when September is missing)",
     data(TargetRule(K.AT_LEAST, D(1100), per_year=True), HERD, unit="con"), Q3, dict(
         period_value=D(1080), period_months=(7, 8), actual=D(1080), previous_period=D(1060),
         same_period_last_year=D(1000))),
    ("nine months of a stock", data(TargetRule(K.AT_LEAST, D(1100), per_year=True), HERD, unit="con"), M9,
     dict(period_value=D(1080), actual=D(1080))),
    # --- seasonal zeros
    ("grain in March: zero now and zero in last year's same months is not a risk",
     data(GRAIN, HARVEST_2025 | months(2026, 3, "0"), agg=FLOW, unit="tấn"), Period(2026, 3), dict(
         status=Status.ON_TRACK, forecast=D(7180))),
    ("grain in June follows last year's share of the year",
     data(GRAIN, HARVEST_2025 | months(2026, 5, "0") | {(2026, 6): "2800"}, agg=FLOW, unit="tấn"), Period(2026, 6),
     dict(forecast=D("6701.33"), status=Status.BEHIND)),  # 2.800 x 7.180 / 3.000
    # --- a handful of events a year is not extrapolated
    ("one cooperative a year, none in March", data(HTX, months(2026, 3, "0"), agg=FLOW, unit="hợp tác xã"),
     Period(2026, 3), dict(status=Status.ON_TRACK, forecast=None)),
    ("one cooperative a year, none by October", data(HTX, months(2026, 10, "0"), agg=FLOW, unit="hợp tác xã"),
     Period(2026, 10), dict(status=Status.BEHIND)),
    ("one accident in January against 'không quá 04 vụ'",
     data(ACCIDENTS, {(2026, 1): "1"}, direction=L, agg=FLOW, unit="vụ"), Period(2026, 1), dict(status=Status.ON_TRACK)),
    ("four accidents by September: the year's allowance is used up",
     data(ACCIDENTS, months(2026, 9, "0") | {(2026, 2): "2", (2026, 7): "2"}, direction=L, agg=FLOW, unit="vụ"),
     Period(2026, 9), dict(status=Status.AT_RISK)),
    # --- one percent that reads the right way
    ("poverty 6,7% against ≤ 6,4%: under 100", data(POVERTY, {(2026, 9): "6.7"}, direction=L), Period(2026, 9),
     dict(percent_of_target=D("95.52"))),
    ("poverty 5,0% against ≤ 6,4%: over 100", data(POVERTY, {(2026, 9): "5.0"}, direction=L), Period(2026, 9),
     dict(percent_of_target=D("128.00"), status=Status.EXCEEDED)),
    # --- where the year's target comes from
    ("a 2030 level with no baseline: no year target, judged on the path, saying so",
     data(AREA_2030, AREA, unit="ha"), DEC, dict(
         target=None, status=Status.ON_TRACK, target_note_has="Chưa có kế hoạch năm 2026", reason_has="2030")),
    ("the same with the 2030 level far out of reach on the trend",
     data(AREA_2030, {(2026, 1): "3000", (2026, 12): "3010"}, unit="ha"), DEC, dict(
         target=None, status=Status.AT_RISK)),
    ("the same, a typed 2026 target decides the year",
     data([AREA_2030, TargetRule(K.AT_LEAST, D(4300), year=2026, text="4.300", source=TargetSource.TYPED, source_ref="lan")],
          AREA, unit="ha"), DEC, dict(status=Status.MISSED, target_source=TargetSource.TYPED, target_meet=D(4300))),
    ("the same, the annual resolution's 2026 target decides the year",
     data([AREA_2030, TargetRule(K.AT_LEAST, D(4100), year=2026, text="đạt 4.100 ha", source=TargetSource.ANNUAL)],
          AREA, unit="ha"), DEC, dict(status=Status.EXCEEDED, target_source=TargetSource.ANNUAL)),
    ("the same with a 2025 baseline: a derived step, marked",
     data(AREA_2030, AREA, unit="ha", baseline="3800"), DEC, dict(
         target_meet=D(3940), target_source=TargetSource.DERIVED, target_derived=True, status=Status.EXCEEDED)),
    ("a growth with no baseline level: no year target, nothing invented, no word",
     data(INCOME_GROWTH, months(2026, 12, "50"), unit="triệu đồng/người/năm"), DEC, dict(
         target=None, judged=False, target_note_has="năm gốc 2025")),
    # --- found in review
    ("no year target: a flow's estimate meeting the 2030 level is on track, not 'Đạt'",
     data(TargetRule(K.AT_LEAST, D(10000), text="đến năm 2030 đạt 10.000 lượt khách"), months(2026, 3, "900"),
          agg=FLOW, unit="lượt người"), Period.quarter(2026, 1), dict(status=Status.ON_TRACK, estimated=True)),
    ("no year target: a stock at the 2030 level in October waits for December in the year",
     data(TargetRule(K.AT_LEAST, D(90), text="đến năm 2030 đạt 90%"), {(2026, 10): "91"}), Y26,
     dict(status=Status.ON_TRACK)),
    ("a ceiling of zero with no event is on track", data(TargetRule(K.AT_MOST, D(0), per_year=True, text="không để xảy ra"),
     months(2026, 9, "0"), direction=L, agg=FLOW, unit="vụ"), Period(2026, 9), dict(status=Status.ON_TRACK)),
    ("zero crimes so far and no earlier year: on track",
     data(TargetRule(K.AT_MOST, D(20), per_year=True), months(2026, 3, "0"), direction=L, agg=FLOW, unit="vụ"),
     Period(2026, 3), dict(status=Status.ON_TRACK)),
    ("no harvest by March and no earlier year: no alarm",
     data(GRAIN, months(2026, 3, "0"), agg=FLOW, unit="tấn"), Period(2026, 3), dict(status=Status.ON_TRACK)),
    ("no harvest by August and no earlier year: behind",
     data(GRAIN, months(2026, 8, "0"), agg=FLOW, unit="tấn"), Period(2026, 8), dict(status=Status.BEHIND)),
    ("a month left empty is not a zero", data(TargetRule(K.AT_LEAST, D(8400), per_year=True),
     months(2025, 12, "700") | {(2026, 1): "770", (2026, 3): "770"}, agg=FLOW, unit="triệu đồng"), Period(2026, 3),
     dict(forecast=D(9240), status=Status.ON_TRACK)),
    ("last year with a gap: both sides over the months they share",
     data(BUDGET, {(2025, 1): "700", (2025, 3): "700"} | months(2026, 3, "800"), agg=FLOW, unit="triệu đồng"),
     Period.quarter(2026, 1), dict(period_change_vs_last_year=D("14.29"), change_vs_last_year=D("14.29"))),
    ("three crimes in January with no earlier year is not yet an alarm",
     data(TargetRule(K.AT_MOST, D(19), per_year=True), {(2026, 1): "3"}, direction=L, agg=FLOW, unit="vụ"),
     Period(2026, 1), dict(status=Status.BEHIND)),
    ("'có thêm 05 sản phẩm' with no baseline: no year target, never counted from zero",
     data(TargetRule(K.CUMULATIVE, D(5), text="có thêm 05 sản phẩm OCOP"), {(2026, 3): "4"}, unit="sản phẩm"),
     Period(2026, 3), dict(target=None, target_note_has="năm gốc 2025")),
    ("the baseline year is outside the plan: no word", data(GRAIN, months(2025, 12, "600"), agg=FLOW, unit="tấn"),
     Period.whole_year(2025), dict(judged=False, target=None)),
    ("a stock that met its target in October is not yet 'Vượt' for the year",
     data(TargetRule(K.AT_LEAST, D(1100), per_year=True), {(2025, 12): "1000", (2026, 10): "1120"}, unit="con"), Y26,
     dict(status=Status.ON_TRACK, estimated=True)),
    ("...but is 'Vượt' in its own month", data(TargetRule(K.AT_LEAST, D(1100), per_year=True),
                                               {(2025, 12): "1000", (2026, 10): "1120"}, unit="con"),
     Period(2026, 10), dict(status=Status.EXCEEDED)),
]


def check(ev: Any, expected: dict[str, Any]) -> None:
    """Compare an evaluation with the expected fields of a case."""
    for key, want in expected.items():
        if key == "reason_has":
            assert want in ev.reason, ev.reason
        elif key == "target_note_has":
            assert want in ev.target_note, ev.target_note
        elif key.startswith("target_"):
            assert ev.target is not None, ev.target_note
            assert getattr(ev.target, key.removeprefix("target_")) == want, key
        else:
            assert getattr(ev, key) == want, (key, getattr(ev, key), ev.reason)

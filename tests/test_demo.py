"""Tests for kehoach_desktop.demo: the sample commune, its plan, figures and 2026-09 statuses."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kehoach_desktop.demo import DEMO_COMMUNE, demo_draft, demo_entries, install_demo
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import (
    Aggregation,
    Direction,
    MonthlyValue,
    PlanKind,
    PlanStatus,
    RuleKind,
    Status,
    ValueKind,
)
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.domain.validation import check_value
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.operations import init_commune
from kehoach_desktop.store.values import ValueEntry
from kehoach_desktop.store.queries import current_plan, evaluate_month
from kehoach_desktop.store.schema import (
    AuditRow,
    CommuneRow,
    GroupRow,
    IndicatorRow,
    PlanRow,
    RevisionRow,
    TargetRow,
    ValueRow,
)

N_INDICATORS = 30
N_RULES = 33
N_VALUES = 30 * 12 + 29 * 10  # every indicator in 2025; all but one in January-October 2026
SEPTEMBER = Period(2026, 9)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path))
    database = open_database(str(tmp_path / "demo.db"))
    yield database
    database.close()


def _counts(db: Database) -> dict[str, int]:
    tables = (CommuneRow, PlanRow, GroupRow, IndicatorRow, TargetRow, ValueRow, RevisionRow, AuditRow)
    with db.read() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables}


def _values(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        rows = session.execute(
            select(IndicatorRow.code, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind, ValueRow.note)
            .join(IndicatorRow)
            .order_by(IndicatorRow.position, ValueRow.year, ValueRow.month)
        )
        return [tuple(r) for r in rows]


# --------------------------------------------------------------------------- install


def test_install_gives_the_expected_counts(db: Database) -> None:
    plan_id = install_demo(db)
    assert _counts(db) == {
        "communes": 1, "plans": 1, "indicator_groups": 5, "indicators": N_INDICATORS,
        "targets": N_RULES, "monthly_values": N_VALUES, "value_revisions": N_VALUES,
        "audit_events": 2 + N_VALUES,
    }
    with db.read() as session:
        plan = current_plan(session)
        assert plan.id == plan_id
        assert (plan.kind, plan.status, plan.start_year, plan.end_year) == (
            PlanKind.FIVE_YEAR, PlanStatus.ADOPTED, 2026, 2030,
        )
        assert plan.adopted_at is not None
        row = session.scalars(select(CommuneRow)).one()
        assert (row.code, row.name, row.province) == (DEMO_COMMUNE.code, DEMO_COMMUNE.name, DEMO_COMMUNE.province)
        assert session.scalar(select(func.count()).select_from(ValueRow).where(ValueRow.updated_by != "demo")) == 0


def test_two_installs_are_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path))
    found = []
    for name in ("a.db", "b.db"):
        database = open_database(str(tmp_path / name))
        install_demo(database)
        found.append(_values(database))
        database.close()
    assert found[0] == found[1]
    assert len(found[0]) == N_VALUES
    assert demo_entries() == demo_entries()
    assert demo_draft() == demo_draft()


def test_refuses_a_database_with_data_and_leaves_it_unchanged(db: Database) -> None:
    install_demo(db)
    before, values = _counts(db), _values(db)
    with pytest.raises(UserError, match="đã có dữ liệu"):
        install_demo(db)
    assert _counts(db) == before
    assert _values(db) == values


def test_refuses_a_database_with_only_a_commune(db: Database) -> None:
    with db.write() as session:
        init_commune(session, db.installation_id, "06253", "Xã Na Dương", "Tỉnh Lạng Sơn", "tester")
    before = _counts(db)
    with pytest.raises(UserError, match="đã có dữ liệu"):
        install_demo(db)
    assert _counts(db) == before
    assert before["plans"] == 0


# --------------------------------------------------------------------------- the plan


def test_every_target_form_direction_and_aggregation_is_shown() -> None:
    draft = demo_draft()
    rules = [r for rs in draft.rules.values() for r in rs]
    assert {r.kind for r in rules} == set(RuleKind)
    reductions = [r for r in rules if r.kind is RuleKind.REDUCTION]
    assert {r.points for r in reductions} == {True, False}
    assert all(r.per_year for r in reductions)
    assert any(r.measures_change for r in rules)
    assert {i.direction for i in draft.indicators} == set(Direction)
    assert {i.aggregation for i in draft.indicators} == set(Aggregation)
    assert 2 <= sum(r.year == 2026 for r in rules) <= 5
    assert sum(r.year is None for r in rules) > 25
    assert all(r.text.strip() for r in rules)
    assert all(r.per_year for r in rules if "hằng năm" in r.text)


def test_plan_structure() -> None:
    draft = demo_draft()
    assert [g.key for g in draft.groups] == ["economy", "society", "environment", "defence_security", "admin_reform"]
    assert 24 <= len(draft.indicators) <= 30
    assert set(draft.rules) == {i.code for i in draft.indicators}
    codes = [i.code for i in draft.indicators]
    children = [i for i in draft.indicators if i.parent_code]
    assert len(children) >= 2
    for child in children:
        parent = child.parent_code or ""
        assert codes.index(parent) < codes.index(child.code)
        assert child.code.startswith(parent + ".")
    for ind in draft.indicators:
        assert ind.responsible_office
        qualitative = any(r.kind is RuleKind.QUALITATIVE for r in draft.rules[ind.code])
        assert (ind.baseline_value is None) == qualitative, ind.code
        if not qualitative:
            assert ind.baseline_year == 2025 and ind.unit, ind.code


# --------------------------------------------------------------------------- the figures


def test_2025_figures_match_the_baselines() -> None:
    draft = demo_draft()
    by_code: dict[str, dict[int, Decimal | None]] = defaultdict(dict)
    for e in demo_entries():
        if e.period.year == 2025:
            by_code[e.code][e.period.month] = e.value
    for ind in draft.indicators:
        months = by_code[ind.code]
        assert sorted(months) == list(range(1, 13)), ind.code
        if ind.baseline_value is None:
            continue
        figures = [v or Decimal(0) for v in months.values()]
        result = sum(figures) if ind.aggregation is Aggregation.FLOW else months[12]
        assert result == ind.baseline_value, ind.code


def test_figures_pass_validation_and_kinds_follow_the_calendar() -> None:
    draft = demo_draft()
    indicators = {i.code: i for i in draft.indicators}
    entries = demo_entries()
    assert len(entries) == N_VALUES
    per_code: dict[str, list[ValueEntry]] = defaultdict(list)
    for e in entries:
        per_code[e.code].append(e)
    for code, own in per_code.items():
        qualitative = any(r.kind is RuleKind.QUALITATIVE for r in draft.rules[code])
        for e in own:
            history = [MonthlyValue(o.period.year, o.period.month, o.value) for o in own if o.period < e.period]
            problems = check_value(indicators[code], e.value, history, qualitative)
            assert {p.code for p in problems} <= {"outlier"}, (code, e.period, problems)
            if qualitative:
                assert e.value in (0, 1)
            official = e.period.year == 2025 or e.period.month <= 8
            assert e.kind is (ValueKind.OFFICIAL if official else ValueKind.ESTIMATE)
    months_2026 = {e.period.month for e in entries if e.period.year == 2026}
    assert months_2026 == set(range(1, 11))
    without_2026 = [c for c in indicators if not any(e.period.year == 2026 for e in per_code[c])]
    assert without_2026 == ["18"]
    notes = [e for e in entries if e.set_note]
    assert len(notes) >= 5 and all(e.note and e.period.year == 2026 for e in notes)


# --------------------------------------------------------------------------- statuses


def test_status_spread_at_september_2026(db: Database) -> None:
    plan_id = install_demo(db)
    with db.read() as session:
        found = {e.indicator.code: e for e in evaluate_month(session, plan_id, SEPTEMBER)}
    spread = Counter(e.status for e in found.values())
    assert set(spread) == {
        Status.ON_TRACK, Status.MET, Status.EXCEEDED, Status.BEHIND, Status.AT_RISK, Status.NO_DATA,
    }
    assert {e.status_label for e in found.values()} == {
        "Đúng tiến độ", "Đạt", "Vượt", "Chậm tiến độ", "Có nguy cơ không đạt", "Chưa có số liệu",
    }
    assert spread == {
        Status.ON_TRACK: 12, Status.MET: 8, Status.EXCEEDED: 4,
        Status.BEHIND: 3, Status.AT_RISK: 2, Status.NO_DATA: 1,
    }
    expected = {
        "1": Status.BEHIND,  # growth rate 8% recorded against 8,5%
        "4": Status.ON_TRACK,  # grain: the October harvest is still to come
        "5.2": Status.BEHIND,  # buffalo and cattle slipping under "duy trì 1.150 con"
        "9": Status.MET,  # 4 + 5/5 OCOP products: exactly 5
        "11": Status.ON_TRACK,  # poverty 6,7% falling towards 7,9 - 1,5 = 6,4%
        "12": Status.MET,  # inside the 2026 step of the 35 - 40% range
        "18": Status.NO_DATA,
        "20": Status.EXCEEDED,  # 117,5 ha planted against 100 ha
        "22": Status.AT_RISK,  # waste collection fell when a contractor left
        "25": Status.AT_RISK,  # 4 accidents already, "không quá 04 vụ"
    }
    assert {code: found[code].status for code in expected} == expected
    assert found["2"].target is not None and found["2"].target.meet == Decimal(9450)  # the 2026 rule
    assert found["11"].target is not None and found["11"].target.meet == Decimal("6.4")
    assert found["24"].target is not None and found["24"].target.meet == Decimal(19)


# --------------------------------------------------------------------------- any period

# The "done when" periods, read as a planning officer would (figures run to October
# 2026; 2025 complete). One word per period: 2026-03, 2026-H1, 2026-Q3, 2026-12, 2026.
_ON, _BE, _RI, _ME, _EX, _NO = Status.ON_TRACK, Status.BEHIND, Status.AT_RISK, Status.MET, Status.EXCEEDED, Status.NO_DATA
PERIODS = ("2026-03", "2026-H1", "2026-Q3", "2026-12", "2026")
EXPECTED_BY_PERIOD: dict[str, tuple[Status, ...]] = {
    "2": (_BE, _BE, _ON, _ON, _ON),  # budget 9.450: 24% by March is slow; +10,3% on Jan-Oct 2025 and ~9.500 expected
    "4": (_ON, _ON, _ON, _ON, _ON),  # grain: no harvest by March this year or last: on course for last year's 7.180
    "6": (_ON, _ON, _ON, _BE, _BE),  # 4 new enterprises a year: 3 by October, one still to come with 2 months left
    "7": (_ON, _ON, _EX, _EX, _EX),  # 1 cooperative a year: none in March is no alarm; 2 by September can't be undone
    "9": (_ON, _ON, _ME, _ON, _ON),  # one more OCOP product: reached in Q3; the year waits for December's count
    "11": (_BE, _BE, _ON, _ON, _ON),  # poverty 7,6% in March against the 6,4% step; 6,6% by October, falling
    "15": (_ME, _ME, _ME, _ON, _ON),  # health standard kept; the year's "Đạt" waits for December
    "18": (_NO, _NO, _NO, _NO, _NO),  # nothing entered this year
    "20": (_ON, _ON, _EX, _EX, _EX),  # 117,5 ha planted by September against 100 ha: no later month undoes it
    "22": (_ON, _ON, _RI, _RI, _RI),  # waste collection fell to 71,5% when a contractor left
    "25": (_ON, _ON, _RI, _RI, _RI),  # 4 accidents of a 4-a-year ceiling by September; 1 in March was no alarm
}


def test_any_period_reads_as_an_officer_would(db: Database) -> None:
    plan_id = install_demo(db)
    with db.read() as session:
        found = {p: {e.indicator.code: e for e in evaluate_month(session, plan_id, Period.parse(p))} for p in PERIODS}
    for code, statuses in EXPECTED_BY_PERIOD.items():
        assert tuple(found[p][code].status for p in PERIODS) == statuses, code
    december, year = found["2026-12"], found["2026"]
    # No final "Chưa đạt" before the year's figures are complete, and the reason says how far they go.
    assert Status.MISSED not in {e.status for e in year.values()}
    assert all("tháng 10" in e.reason for e in year.values() if e.actual is not None and e.status is not Status.MET)
    # Like for like: January-October 2026 against January-October 2025, not the whole of 2025.
    assert december["2"].same_period_last_year == sum(
        (v.value for v in demo_entries() if v.code == "2" and v.period.year == 2025 and v.period.month <= 10), Decimal(0)
    )
    assert december["2"].change_vs_last_year == Decimal("10.28")  # shown as +10,3%
    # The quarter's own figure is its three months; the year's is January-October.
    q3 = found["2026-Q3"]["2"]
    assert q3.period_months == (7, 8, 9) and q3.period_value == q3.actual - found["2026-H1"]["2"].actual
    assert year["2"].period_value == year["2"].actual and year["2"].period_months == tuple(range(1, 11))
    # Lower is better reads the right way: poverty 6,7% against ≤ 6,4% is just under 100%.
    assert found["2026-Q3"]["11"].percent_of_target == Decimal("95.52")
    # Every word shown is one of the seven.
    assert {e.status for p in PERIODS for e in found[p].values()} <= set(Status) and len(Status) == 7

"""Annual plans: matching an annual resolution to the 5-year plan, review, apply (SQLite and
PostgreSQL), refusals that change nothing, and the CLI round trip."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from cli_support import run
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import (
    Indicator, Plan, PlanKind, PlanStatus, RuleKind, TargetRule, TargetSource,
)
from kehoach_desktop.planimport.annual import AUTO_ACCEPT, MATCH_THRESHOLD, document_number, match_annual
from kehoach_desktop.planimport.output import parse_plan_file, to_draft
from kehoach_desktop.store import annual
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.schema import (
    AuditRow, IndicatorRow, PlanRow, TargetRow,
)
from kehoach_desktop.store.year_targets import list_year_targets, set_year_target
from store_support import snapshot

FIXTURES = Path(__file__).parent / "fixtures"
FIVE_YEAR = FIXTURES / "tan-lap-ke-hoach-2026-2030.txt"
ANNUAL = FIXTURES / "tan-lap-nghi-quyet-nam-2026.txt"
#: Annual item -> 5-year indicator, as an officer reading both documents pairs them.
EXPECTED = {
    "1": "1", "2": "2", "3": "3", "4": "4", "5": None, "6": "6", "7": "5", "8": "7", "9": "8",
    "10": "12", "11": "11", "12": "10", "13": "14", "14": "13",
}


def drafts() -> tuple[PlanDraft, PlanDraft]:
    return to_draft(parse_plan_file(FIVE_YEAR)[1]), to_draft(parse_plan_file(ANNUAL)[1])


@pytest.fixture
def tan_lap(db):  # type: ignore[no-untyped-def]
    """``db`` with Xã Tân Lập's adopted 5-year plan; yields (db, plan id)."""
    five, _ = drafts()
    five = replace(five, plan=replace(five.plan, status=PlanStatus.ADOPTED), flags={})
    with db.write() as s:
        commune = init_commune(s, db.installation_id, "12345", "Xã Tân Lập", None, "tester")
        plan_id = create_plan(s, db.installation_id, commune.id, five, "tester").id
    return db, plan_id


def imported(tan_lap):  # type: ignore[no-untyped-def]
    db, plan_id = tan_lap
    with db.write() as s:
        result = annual.import_annual(s, db.installation_id, plan_id, drafts()[1], 2026, "can_bo", "41/NQ-HĐND")
    return db, plan_id, result


# --------------------------------------------------------------------------------- matching


def test_every_annual_item_finds_its_5_year_indicator() -> None:
    five, year = drafts()
    matches = match_annual(year, five.indicators, 2026, "41/NQ-HĐND")
    assert {m.annual_code: m.plan_code for m in matches} == EXPECTED
    assert all(m.confidence >= AUTO_ACCEPT for m in matches if m.plan_code)
    extra = next(m for m in matches if m.annual_code == "5")
    assert extra.confidence == 0 and "không có chỉ tiêu" in extra.reason
    used = [m.plan_code for m in matches if m.plan_code]
    assert len(used) == len(set(used)) and "9" not in used  # lao động qua đào tạo: not in the annual text
    rules = {m.annual_code: m.rule for m in matches}
    assert rules["1"] == TargetRule(RuleKind.EQUAL, D(7100), year=2026, text="đạt 7.100 tấn",
                                    source=TargetSource.ANNUAL, source_ref="41/NQ-HĐND")
    assert rules["7"].kind is RuleKind.AT_MOST and rules["7"].value == D("3.5")
    assert "cùng đơn vị" in next(m for m in matches if m.annual_code == "10").reason


@pytest.mark.parametrize(("annual_name", "unit", "plan_name", "plan_unit"), [
    ("Số HTX thành lập mới trong năm 2026", "hợp tác xã", "Thành lập mới hợp tác xã", "hợp tác xã"),
    ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "%", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "%"),
    ("Phấn đấu năm 2026 tỷ lệ dân số tham gia BHYT", "%", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%"),
    ("Số thôn đạt chuẩn NTM", "thôn", "Thôn đạt chuẩn nông thôn mới", "thôn"),
    ("Che phủ rừng, tỷ lệ", "%", "Tỷ lệ che phủ rừng", "%"),
    ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "Tổng thu ngân sách", "triệu đồng"),
])
def test_names_match_across_wording_order_and_abbreviations(annual_name, unit, plan_name, plan_unit) -> None:
    plan = [Indicator("1", "Sản lượng lương thực có hạt", "tấn"), Indicator("7", plan_name, plan_unit),
            Indicator("9", "Tỷ lệ hộ nghèo", "%")]
    draft = PlanDraft(Plan(PlanKind.ANNUAL, 2026, 2026), [], [Indicator("3", annual_name, unit)])
    [m] = match_annual(draft, plan, 2026)
    assert m.plan_code == "7" and m.confidence >= AUTO_ACCEPT, m.reason


def test_a_different_unit_asks_the_officer_and_the_code_is_only_a_hint() -> None:
    plan = [Indicator("1", "Sản lượng lương thực có hạt", "tấn"), Indicator("5", "Tỷ lệ hộ nghèo", "%")]
    draft = PlanDraft(Plan(PlanKind.ANNUAL, 2026, 2026), [],
                      [Indicator("1", "Giảm số hộ nghèo", "hộ"), Indicator("2", "Tỷ lệ hộ nghèo", "%")])
    first, second = match_annual(draft, plan, 2026)
    assert second.plan_code == "5" and second.confidence >= AUTO_ACCEPT
    # The same words in another unit: "5" is taken by the better match, and "1" (same number) is no match.
    assert first.plan_code is None and first.runner_up is not None and first.runner_up.code == "5"
    alone = PlanDraft(Plan(PlanKind.ANNUAL, 2026, 2026), [], [Indicator("1", "Số hộ nghèo", "hộ")])
    [m] = match_annual(alone, plan, 2026)
    assert m.plan_code == "5" and MATCH_THRESHOLD <= m.confidence < AUTO_ACCEPT and "khác đơn vị" in m.reason


def test_nothing_alike_is_no_match() -> None:
    plan = [Indicator("1", "Sản lượng lương thực có hạt", "tấn")]
    draft = PlanDraft(Plan(PlanKind.ANNUAL, 2026, 2026), [], [Indicator("1", "Tổng lượt khách du lịch", "lượt khách")])
    [m] = match_annual(draft, plan, 2026)
    assert m.plan_code is None and m.confidence == 0


def test_document_number() -> None:
    assert document_number(ANNUAL.read_text(encoding="utf-8")) == "41/NQ-HĐND"
    assert document_number("Nghị quyết không số") is None


# ------------------------------------------------------------------------------------ store


def test_import_review_apply(tan_lap) -> None:
    db, plan_id, result = imported(tan_lap)
    assert {ln.annual_code: ln.plan_code for ln in result.lines} == EXPECTED
    assert {ln.state for ln in result.lines} == {"suggested"} and not result.warnings
    draft_id = result.annual_plan_id
    before = snapshot(db)
    with pytest.raises(UserError, match=r"chưa ghép được.*: 5"):
        with db.write() as s:
            annual.apply_annual(s, db.installation_id, draft_id, "lanh_dao")
    assert snapshot(db) == before
    with db.read() as s:
        rev_before = s.get(PlanRow, plan_id).rev_at
    with db.write() as s:
        annual.mark_annual_only(s, db.installation_id, draft_id, ["5"], "can_bo")
        summary = annual.apply_annual(s, db.installation_id, draft_id, "lanh_dao")
    assert [c.code for c in summary.changed] == ["1", "2", "3", "4", "5", "6", "7", "8", "10", "11", "12", "13", "14"]
    assert all(c.old is None for c in summary.changed)
    assert [(c.code, c.name, c.new) for c in summary.added] == [("15", "Tổng lượt khách du lịch", "đạt 20.000 lượt khách")]
    with db.read() as s:
        lines = {ln.code: ln for ln in list_year_targets(s, plan_id, 2026)}
        plan, draft = s.get(PlanRow, plan_id), s.get(PlanRow, draft_id)
        new = s.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan_id, IndicatorRow.code == "15")).one()
        actions = [a.action for a in s.scalars(select(AuditRow).order_by(AuditRow.id))]
        assert [(t.year, t.source, t.source_ref) for t in new.targets] == [(2026, "annual", "41/NQ-HĐND")]
        assert new.group.key == "economy" and new.unit == "lượt khách"
        assert plan.rev_at > rev_before and plan.rev_installation == db.installation_id
        assert draft.status is PlanStatus.ADOPTED and plan.status is PlanStatus.ADOPTED
    assert lines["9"].rule is None and lines["9"].plan_rule.text == "đạt 75%"
    assert lines["5"].rule.text == "xuống còn dưới 3,5%" and lines["5"].plan_rule.text == "giảm bình quân 1,5%/năm"
    assert {ln.rule.source for c, ln in lines.items() if c != "9"} == {TargetSource.ANNUAL}
    assert lines["7"].rule.kind is RuleKind.RATIO and (lines["7"].rule.value, lines["7"].rule.high) == (D(5), D(8))
    assert actions[-3:] == ["annual.import", "annual.annual_only", "annual.apply"]
    before = snapshot(db)
    with pytest.raises(UserError, match="đã được áp dụng"):
        with db.write() as s:
            annual.apply_annual(s, db.installation_id, draft_id, "lanh_dao")
    assert snapshot(db) == before


def test_apply_replaces_a_year_target_and_says_old_and_new(tan_lap) -> None:
    db, plan_id = tan_lap
    with db.write() as s:
        set_year_target(s, db.installation_id, plan_id, "1", 2026, "≥ 7.000 tấn", "can_bo")
    db, plan_id, result = imported((db, plan_id))
    with db.write() as s:
        annual.ignore(s, db.installation_id, result.annual_plan_id, ["5"], "can_bo")
        summary = annual.apply_annual(s, db.installation_id, result.annual_plan_id, "lanh_dao")
    change = summary.changed[0]
    assert (change.code, change.old, change.old_source, change.new) == ("1", "≥ 7.000 tấn", "typed", "đạt 7.100 tấn")
    assert summary.ignored == ["5"] and not summary.added
    with db.read() as s:
        rows = s.scalars(select(TargetRow).join(IndicatorRow).where(
            IndicatorRow.plan_id == plan_id, IndicatorRow.code == "1").order_by(TargetRow.year)).all()
        got = sorted(((t.year or 0, t.value, t.source) for t in rows))
        assert got == [(0, D(7500), "plan"), (2026, D(7100), "annual")]
        assert len(s.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan_id)).all()) == 14


def test_import_refusals_leave_the_database_unchanged(tan_lap) -> None:
    db, plan_id = tan_lap
    five, year = drafts()
    with db.write() as s:
        draft_plan = create_plan(s, db.installation_id, s.get(PlanRow, plan_id).commune_id, five, "tester").id
    empty = PlanDraft(Plan(PlanKind.ANNUAL, 2026, 2026), [], [])
    before = snapshot(db)
    for target, draft, y, message in [
        (draft_plan, year, 2026, "không phải kế hoạch 5 năm đã thông qua"),
        (999, year, 2026, "Không có kế hoạch số 999"),
        (plan_id, year, 2031, "nằm ngoài kế hoạch 2026-2030"),
        (plan_id, empty, 2026, "không có chỉ tiêu nào"),
    ]:
        with pytest.raises(UserError, match=message):
            with db.write() as s:
                annual.import_annual(s, db.installation_id, target, draft, y, "can_bo", None)
        assert snapshot(db) == before


def test_a_weak_suggestion_and_review_flags_block_apply_until_confirmed(tan_lap) -> None:
    db, plan_id = tan_lap
    draft = PlanDraft(
        Plan(PlanKind.ANNUAL, 2026, 2026), [],
        [Indicator("1", "Số hộ nghèo", "hộ"), Indicator("2", "Sản lượng lương thực", "tấn")],
        rules={"1": [TargetRule(RuleKind.AT_MOST, D(40), text="dưới 40 hộ")],
               "2": [TargetRule(RuleKind.EQUAL, D("19.655"), text="19,655 tấn")]},
        flags={"2": ["ambiguous_number"]},
    )
    with db.write() as s:
        result = annual.import_annual(s, db.installation_id, plan_id, draft, 2027, "can_bo", "NQ 2027")
    weak = result.lines[0]
    assert weak.plan_code == "5" and weak.confidence < AUTO_ACCEPT
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        with db.write() as s:
            annual.apply_annual(s, db.installation_id, result.annual_plan_id, "lanh_dao")
    assert "1 (→ 5" in str(refused.value) and "xem lại" in str(refused.value)
    assert snapshot(db) == before
    with db.write() as s:
        annual.confirm(s, db.installation_id, result.annual_plan_id, "can_bo", {"1": None})
    with pytest.raises(UserError, match="xem lại.*: 2"):
        with db.write() as s:
            annual.apply_annual(s, db.installation_id, result.annual_plan_id, "lanh_dao")
    with db.write() as s:
        assert annual.confirm_review_flags(s, db.installation_id, result.annual_plan_id, "can_bo") == 1
        summary = annual.apply_annual(s, db.installation_id, result.annual_plan_id, "lanh_dao")
    assert [(c.code, c.new) for c in summary.changed] == [("1", "19,655 tấn"), ("5", "dưới 40 hộ")]


def test_review_swaps_in_one_call_refuses_two_to_one_and_rematch_keeps_decisions(tan_lap) -> None:
    db, plan_id, result = imported(tan_lap)
    draft_id = result.annual_plan_id
    with db.write() as s:  # a wrong pairing, swapped back in one call
        annual.confirm(s, db.installation_id, draft_id, "can_bo", {"10": "10", "12": "12"})
    with db.write() as s:
        annual.confirm(s, db.installation_id, draft_id, "can_bo", {"10": "12", "12": "10"})
        lines = {ln.annual_code: ln for ln in annual.match_lines(s, draft_id)}
    assert (lines["10"].plan_code, lines["12"].plan_code, lines["10"].state) == ("12", "10", "confirmed")
    with db.write() as s:
        annual.confirm(s, db.installation_id, draft_id, "can_bo", {"2": None})
    before = snapshot(db)
    for pairs, message in [({"1": "2"}, "ghép với hai mục"), ({"1": "99"}, "không có chỉ tiêu mã 99"),
                           ({"77": "1"}, "không có chỉ tiêu mã 77")]:
        with pytest.raises(UserError, match=message):
            with db.write() as s:
                annual.confirm(s, db.installation_id, draft_id, "can_bo", pairs)
        assert snapshot(db) == before
    with db.write() as s:  # item 1 takes "3", so the suggestion 3 -> "3" gives way; rematch keeps it so
        annual.confirm(s, db.installation_id, draft_id, "can_bo", {"1": "3"})
        lines = {ln.annual_code: ln for ln in annual.rematch(s, db.installation_id, draft_id, "can_bo")}
    assert lines["1"].plan_code == "3" and lines["1"].state == "confirmed"
    assert lines["3"].plan_code != "3" and lines["3"].state == "suggested"


# -------------------------------------------------------------------------------------- CLI


def test_cli_annual_round_trip(db_url: str, capsys) -> None:
    assert run("plan", "import", str(FIVE_YEAR), "--db", db_url, "--commune-code", "12345")[0] == 0
    with_flags = json.loads(run("plan", "list", "--db", db_url, "--json")[1])
    assert with_flags[0]["kind"] == "five_year"
    # The 5-year plan's own review flags are the plan review's business; adopt it as reviewed.
    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.store.operations import adopt_plan

    db = open_database(db_url)
    with db.write() as s:
        s.query(IndicatorRow).update({IndicatorRow.review_flags: ""})
        adopt_plan(s, db.installation_id, 1, "tester")
    db.close()
    code, out = run("plan", "annual", str(ANNUAL), "--db", db_url, "--json")
    assert code == 0, capsys.readouterr().err
    data = json.loads(out)
    assert (data["draft"], data["plan_id"], data["year"], data["source_ref"]) == (2, 1, 2026, "41/NQ-HĐND")
    assert {m["annual_code"]: m["plan_code"] for m in data["matches"]} == EXPECTED
    first = data["matches"][0]
    assert (first["plan_name"], first["confidence"], first["state"], first["target"]) == (
        "Tổng sản lượng lương thực có hạt", 100, "suggested", "đạt 7.100 tấn")
    code, _ = run("plan", "annual-apply", "--db", db_url, "--draft", "2")
    assert code == 2 and "chưa ghép được" in capsys.readouterr().err
    code, _ = run("plan", "annual-review", "--db", db_url, "--draft", "2", "--match", "7")
    assert code == 2 and "MÃ_NĂM=MÃ_5_NĂM" in capsys.readouterr().err
    code, out = run("plan", "annual-review", "--db", db_url, "--draft", "2", "--annual-only", "5", "--confirm-all")
    assert code == 0 and "Sẵn sàng áp dụng" in out and "đã xác nhận" in out
    code, out = run("plan", "annual-apply", "--db", db_url, "--draft", "2", "--json")
    applied = json.loads(out)
    assert [c["code"] for c in applied["added"]] == ["15"] and len(applied["changed"]) == 13
    code, out = run("target", "list", "--db", db_url, "--year", "2026", "--json")
    targets = {t["code"]: t for t in json.loads(out)}
    assert targets["1"]["target"]["source"] == "annual" and targets["1"]["target"]["source_ref"] == "41/NQ-HĐND"
    assert targets["9"]["target"] is None and targets["15"]["plan_target"] is None
    code, out = run("plan", "annual-review", "--db", db_url, "--draft", "2")
    assert code == 0 and "đã được áp dụng" in out
    code, _ = run("plan", "annual", str(ANNUAL), "--db", db_url, "--year", "2031")
    assert code == 2 and "nằm ngoài kế hoạch" in capsys.readouterr().err


def test_a_growth_on_last_year_needs_the_baseline_only_when_the_plan_does_not_know_it(tan_lap) -> None:
    """"tăng 10% so với năm 2025" blocks apply until the 2025 level is known, stated or recorded."""
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.store.values import ValueEntry, save_values

    db, plan_id = tan_lap
    growth = TargetRule(RuleKind.GROWTH_VS_BASELINE, D(10), baseline_year=2025, text="tăng 10% so với năm 2025")
    draft = PlanDraft(
        Plan(PlanKind.ANNUAL, 2026, 2026), [], [Indicator("1", "Sản lượng lương thực có hạt", "tấn")],
        rules={"1": [growth]}, flags={"1": ["baseline_missing"]},
    )
    with db.write() as s:
        result = annual.import_annual(s, db.installation_id, plan_id, draft, 2026, "can_bo", None)
        assert [ln.flags for ln in result.lines] == [("baseline_missing",)]
    plan_code = result.lines[0].plan_code
    assert plan_code is not None
    entries = [ValueEntry(plan_code, Period(2025, m), D(600)) for m in range(1, 13)]
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, entries, "can_bo", accept_warnings=True)
        assert [ln.flags for ln in annual.match_lines(s, result.annual_plan_id)] == [()]

"""Saving an edited plan back in place: ids and figures survive, refusals change nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import Group, Indicator, PlanKind, PlanStatus, RuleKind, TargetRule
from kehoach_desktop.store import queries
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.plan_edit import confirm_flags, save_plan_draft
from kehoach_desktop.store.schema import AuditRow, GroupRow, IndicatorRow, PlanRow, TargetRow, ValueRow


def load(db, plan_id: int) -> PlanDraft:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return queries.plan_draft(s, plan_id)


def save(db, plan_id: int, draft: PlanDraft) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        save_plan_draft(s, db.installation_id, plan_id, draft, "can_bo")


def ids(db, plan_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return dict(s.execute(select(IndicatorRow.code, IndicatorRow.id).where(IndicatorRow.plan_id == plan_id)).all())


def value_counts(db) -> dict[int, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(select(ValueRow.indicator_id, func.count()).group_by(ValueRow.indicator_id))
        return dict(rows.all())


def table_counts(db) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (IndicatorRow, GroupRow, TargetRow, ValueRow, AuditRow)
        )


def last_audit(db, action: str) -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        row = s.scalars(select(AuditRow).where(AuditRow.action == action).order_by(AuditRow.id.desc())).first()
        return row.entity_key, json.loads(row.details)


def edit(draft: PlanDraft, target: str, /, **changes) -> PlanDraft:  # type: ignore[no-untyped-def]
    return replace(draft, indicators=[replace(i, **changes) if i.code == target else i for i in draft.indicators])


def without(draft: PlanDraft, *codes: str) -> PlanDraft:
    return replace(
        draft,
        indicators=[i for i in draft.indicators if i.code not in codes],
        rules={c: r for c, r in draft.rules.items() if c not in codes},
    )


def test_unchanged_round_trip_keeps_everything(demo_db) -> None:
    db, plan_id = demo_db
    before, before_ids, values = load(db, plan_id), ids(db, plan_id), value_counts(db)
    save(db, plan_id, before)
    assert load(db, plan_id) == before
    assert ids(db, plan_id) == before_ids and value_counts(db) == values
    with db.read() as s:
        uid = s.get(PlanRow, plan_id).uid
    key, details = last_audit(db, "plan.update")
    assert key == uid
    assert details == {"indicators": 30, "added": [], "removed": [], "changed": []}


def test_editing_an_indicator_keeps_its_row_and_figures(demo_db) -> None:
    db, plan_id = demo_db
    draft = load(db, plan_id)
    before_ids, values = ids(db, plan_id), value_counts(db)
    rule = TargetRule(RuleKind.AT_LEAST, D("7200"), per_year=True, text="hằng năm ≥ 7.200 tấn")
    draft = edit(draft, "4", name="  Sản lượng lương thực có hạt (thóc, ngô) ", unit=" tấn ")
    # Indicator 2 has a plan-wide and a 2026 rule: replacing both must not trip the unique index.
    rules_2 = (TargetRule(RuleKind.AT_LEAST, D("11"), per_year=True, text="tăng 11%/năm"),
               TargetRule(RuleKind.EQUAL, D("9500"), year=2026, text="năm 2026: 9.500 triệu đồng"))
    draft = replace(draft, rules={**draft.rules, "4": (rule,), "2": rules_2})
    save(db, plan_id, draft)
    after = load(db, plan_id)
    four = next(i for i in after.indicators if i.code == "4")
    assert (four.name, four.unit) == ("Sản lượng lương thực có hạt (thóc, ngô)", "tấn")
    assert after.rules["4"] == (rule,) and after.rules["2"] == rules_2
    assert ids(db, plan_id) == before_ids and value_counts(db) == values
    with db.read() as s:
        data = {d.indicator.code: d for d in queries.load_plan_data(s, plan_id)}
    assert len(data["4"].values) == 22 and data["4"].indicator.id == before_ids["4"]
    assert last_audit(db, "plan.update")[1]["changed"] == ["2", "4"]


def test_plan_fields_change_but_not_status_or_source_text(demo_db) -> None:
    db, plan_id = demo_db
    with db.write() as s:
        s.get(PlanRow, plan_id).source_text = "Văn bản gốc"
    draft = load(db, plan_id)
    plan = replace(draft.plan, kind=PlanKind.ANNUAL, start_year=2026, end_year=2026, title="Kế hoạch năm 2026",
                   resolution_ref="NQ 09", source_text=None, status=PlanStatus.DRAFT)
    save(db, plan_id, replace(draft, plan=plan, source_name="kehoach.docx"))
    after = load(db, plan_id)
    assert after.plan == replace(plan, source_text="Văn bản gốc", status=PlanStatus.ADOPTED)
    assert after.source_name == "kehoach.docx"


def test_adding_an_indicator_and_a_sub_indicator(demo_db) -> None:
    db, plan_id = demo_db
    draft = load(db, plan_id)
    before_ids = ids(db, plan_id)
    new_sub = Indicator("5.3", "Đàn dê", "con", "economy", parent_code="5", baseline_value=D(300), baseline_year=2025)
    new_top = Indicator("29", "Tỷ lệ người dân có tài khoản định danh điện tử", "%", "admin_reform")
    at = [i.code for i in draft.indicators].index("5.2") + 1
    indicators = [*draft.indicators[:at], new_sub, *draft.indicators[at:], new_top]
    rules = {**draft.rules, "5.3": (TargetRule(RuleKind.AT_LEAST, D(400), text="đàn dê 400 con trở lên"),),
             "29": (TargetRule(RuleKind.AT_LEAST, D(95), text="đạt 95% trở lên"),)}
    edited = replace(draft, indicators=indicators, rules=rules, flags={"29": ("unit_missing",)})
    save(db, plan_id, edited)
    after = load(db, plan_id)
    assert after == edited
    assert [i.code for i in after.indicators][at - 1:at + 2] == ["5.2", "5.3", "6"]
    now = ids(db, plan_id)
    assert {c: now[c] for c in before_ids} == before_ids and {"5.3", "29"} <= now.keys()
    assert last_audit(db, "plan.update")[1]["added"] == ["5.3", "29"]


def test_removing_an_indicator_without_figures(demo_db) -> None:
    db, plan_id = demo_db
    original = load(db, plan_id)
    extra = [Indicator("29", "Chỉ tiêu tạm", "%", "admin_reform"),
             Indicator("29.1", "Chỉ tiêu con tạm", "%", "admin_reform", parent_code="29")]
    save(db, plan_id, replace(original, indicators=[*original.indicators, *extra],
                              rules={**original.rules, "29": (TargetRule(RuleKind.EQUAL, D(1)),)}))
    sub_id = ids(db, plan_id)["29.1"]
    # Removing 29 while 29.1 becomes a top-level indicator must not cascade to 29.1.
    kept = replace(extra[1], parent_code=None)
    save(db, plan_id, replace(original, indicators=[*original.indicators, kept]))
    assert ids(db, plan_id)["29.1"] == sub_id and "29" not in ids(db, plan_id)
    assert load(db, plan_id) == replace(original, indicators=[*original.indicators, kept])
    assert last_audit(db, "plan.update")[1]["removed"] == ["29"]
    save(db, plan_id, original)
    assert load(db, plan_id) == original


def test_removing_indicators_with_figures_is_refused_and_changes_nothing(demo_db) -> None:
    db, plan_id = demo_db
    before, counts = load(db, plan_id), table_counts(db)
    edited = edit(without(before, "5.2", "7"), "4", name="Tên mới")
    with pytest.raises(UserError, match="Không thể xoá chỉ tiêu 5.2, 7 vì đã có số liệu tháng"):
        save(db, plan_id, edited)
    # Changing the code of an indicator with figures is removing it too.
    with pytest.raises(UserError, match="Không thể xoá chỉ tiêu 9 "):
        save(db, plan_id, without(edit(before, "9", code="9a"), "9"))
    assert load(db, plan_id) == before and table_counts(db) == counts


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: replace(d, indicators=[*d.indicators, d.indicators[3]]), "Mã chỉ tiêu 4 bị trùng"),
        (lambda d: replace(d, groups=[*d.groups, d.groups[0]]), "Nhóm «economy» bị trùng"),
        (lambda d: replace(d, indicators=[*d.indicators, Indicator("9" * 21, "Mã quá dài")]), "vượt quá 20 ký tự"),
        (lambda d: edit(d, "6", parent_code="99"), "chỉ tiêu con của 99"),
        (lambda d: replace(d, groups=d.groups[1:]), "nhóm «economy» không có"),
    ],
)
def test_bad_drafts_are_refused(demo_db, change, message: str) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    before, counts = load(db, plan_id), table_counts(db)
    with pytest.raises(UserError, match=message):
        save(db, plan_id, change(before))
    assert load(db, plan_id) == before and table_counts(db) == counts


def test_groups_renamed_added_removed_and_indicators_reordered(demo_db) -> None:
    db, plan_id = demo_db
    draft = load(db, plan_id)
    before_ids = ids(db, plan_id)
    groups = [Group("digital", "Chỉ tiêu chuyển đổi số")] + [
        Group(g.key, "Kinh tế" if g.key == "economy" else g.title) for g in draft.groups if g.key != "defence_security"
    ]
    moved = {"defence_security": "society", "admin_reform": "digital"}
    indicators = [replace(i, group=moved.get(i.group, i.group)) for i in draft.indicators]
    indicators = indicators[-2:] + indicators[:-2]
    edited = replace(draft, groups=groups, indicators=indicators)
    save(db, plan_id, edited)
    after = load(db, plan_id)
    assert after == edited
    assert [g.key for g in after.groups][:2] == ["digital", "economy"] and after.groups[1].title == "Kinh tế"
    assert [i.code for i in after.indicators][:3] == ["27", "28", "1"]
    assert ids(db, plan_id) == before_ids
    with db.read() as s:
        keys = s.scalars(select(GroupRow.key).where(GroupRow.plan_id == plan_id)).all()
    assert "defence_security" not in keys


def test_confirm_flags_clears_them(demo_db) -> None:
    db, plan_id = demo_db
    draft = load(db, plan_id)
    save(db, plan_id, replace(draft, flags={"4": ("ambiguous_number", "unit_missing"), "11": ("unit_missing",)}))
    assert load(db, plan_id).flags == {"4": ("ambiguous_number", "unit_missing"), "11": ("unit_missing",)}
    with db.write() as s:
        confirm_flags(s, db.installation_id, plan_id, "4", "can_bo")
    assert load(db, plan_id).flags == {"11": ("unit_missing",)}
    with db.read() as s:
        uid = queries.find_indicator(s, plan_id, "4").uid
    assert last_audit(db, "indicator.confirm") == (uid, {"code": "4", "flags": ["ambiguous_number", "unit_missing"]})
    # Saving the draft again without flags for 11 clears them too.
    save(db, plan_id, replace(load(db, plan_id), flags={}))
    assert load(db, plan_id).flags == {}
    with db.write() as s, pytest.raises(UserError, match="Không có chỉ tiêu"):
        confirm_flags(s, db.installation_id, plan_id, "404", "can_bo")


def test_adoption_waits_for_every_flag_on_every_backend(db) -> None:  # type: ignore[no-untyped-def]
    """The store refuses to adopt a draft with flagged readings, whoever asks; confirming clears them."""
    from kehoach_desktop.domain.errors import UserError as _UserError
    from kehoach_desktop.domain.model import Group, Indicator, Plan, PlanKind
    from kehoach_desktop.domain.draft import PlanDraft
    from kehoach_desktop.store.operations import adopt_plan, create_plan, init_commune
    from kehoach_desktop.store.plan_edit import confirm_flags
    from kehoach_desktop.store.schema import PlanRow

    draft = PlanDraft(
        Plan(PlanKind.FIVE_YEAR, 2026, 2030), [Group("g", "Nhóm")],
        [Indicator("1", "Diện tích lúa", "ha", group="g"), Indicator("2", "Thu nhập bình quân", "%", group="g")],
        flags={"2": ["unit_is_change", "baseline_missing"]},
    )
    with db.write() as s:
        commune = init_commune(s, db.installation_id, "1", "Xã", None, "t")
        plan_id = create_plan(s, db.installation_id, commune.id, draft, "t").id
    with pytest.raises(_UserError, match=r"còn 1 chỉ tiêu cần rà soát \(2\)"):
        with db.write() as s:
            adopt_plan(s, db.installation_id, plan_id, "t")
    with db.write() as s:
        assert s.get(PlanRow, plan_id).status.value == "draft"
        confirm_flags(s, db.installation_id, plan_id, "2", "t")
        adopt_plan(s, db.installation_id, plan_id, "t")
        assert s.get(PlanRow, plan_id).status.value == "adopted"

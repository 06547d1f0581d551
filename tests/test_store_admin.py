"""The admin core on SQLite and PostgreSQL: commune edits, first set-up, own password, audit trail."""

from __future__ import annotations

from decimal import Decimal as D
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from kehoach_desktop.demo import demo_draft, demo_entries
from kehoach_desktop.domain.access import Role
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.audit_log import (
    ACTION_LABELS,
    action_label,
    audit_actors,
    audit_events,
    describe_details,
)
from kehoach_desktop.store.commune_edit import (
    PLACEHOLDER_CODE,
    change_own_password,
    check_commune_code,
    commune_info,
    first_setup,
    update_commune,
)
from kehoach_desktop.store.operations import audit, init_commune
from kehoach_desktop.store.schema import (
    AuditRow,
    CommuneRow,
    PlanRow,
    UserRow,
    ValueRow,
)
from kehoach_desktop.store.users import create_user, login
from kehoach_desktop.store.values import ValueEntry, save_values


def count(db, table) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(table))


def events(db, **kw):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return audit_events(s, limit=kw.pop("limit", 100), **kw)


# -- commune ----------------------------------------------------------------------------------

def test_placeholder_code_is_replaced_and_audited(db) -> None:
    with db.write() as s:
        init_commune(s, db.installation_id, PLACEHOLDER_CODE, "Xã Hòa Bình", None, "importer")
    with db.write() as s:
        info = update_commune(s, db.installation_id, "admin", " 06253 ", "Xã Hòa Bình", "Lạng Sơn")
    assert (info.code, info.name, info.province) == ("06253", "Xã Hòa Bình", "Lạng Sơn")
    assert not info.has_placeholder_code
    [event] = events(db, action_prefix="commune.update")
    assert event.actor == "admin" and event.entity_key == "06253"
    assert event.details["code"] == {"old": PLACEHOLDER_CODE, "new": "06253"}
    assert "00000 → 06253" in event.details_text and "name" not in event.details


def test_an_unchanged_commune_writes_no_audit_event(db) -> None:
    with db.write() as s:
        init_commune(s, db.installation_id, "06253", "Xã Thử", "Lạng Sơn", "a")
    before = count(db, AuditRow)
    with db.write() as s:
        update_commune(s, db.installation_id, "admin", "06253", "Xã Thử ", "Lạng Sơn")
    assert count(db, AuditRow) == before


@pytest.mark.parametrize(
    ("code", "name", "words"),
    [("6253", "Xã A", "5 chữ số"), ("0625a", "Xã A", "5 chữ số"), (PLACEHOLDER_CODE, "Xã A", "mã tạm"),
     ("06253", "  ", "không được để trống"), ("6253 ", "Xã A", "5 chữ số"), ("99001", "Xã A", "đã thuộc về")],
)
def test_bad_commune_edits_are_refused_and_change_nothing(db, code: str, name: str, words: str) -> None:
    with db.write() as s:
        init_commune(s, db.installation_id, "06253", "Xã Hòa Bình", None, "a")
        init_commune(s, db.installation_id, "99001", "Xã Khác", None, "a")
    with pytest.raises(UserError, match=words), db.write() as s:
        update_commune(s, db.installation_id, "admin", code, name, None)
    with db.read() as s:
        assert commune_info(s) == commune_info(s).__class__("06253", "Xã Hòa Bình", None)


def test_updating_without_a_commune_is_a_clear_error(db) -> None:
    with pytest.raises(UserError, match="chưa có xã"), db.write() as s:
        update_commune(s, db.installation_id, "admin", "06253", "Xã A", None)


def test_code_check() -> None:
    assert check_commune_code(" 06253 ") == "06253"
    with pytest.raises(UserError):
        check_commune_code("")


# -- first set-up -----------------------------------------------------------------------------

def setup(db, **kw):  # type: ignore[no-untyped-def]
    args = {
        "commune_fields": ("06253", "Xã Na Dương", "Lạng Sơn"), "admin_username": "QuanTri",
        "admin_full_name": "Nguyễn Văn Quản", "admin_password": "mat-khau-1",
    }
    args.update(kw)
    with db.write() as s:
        return first_setup(s, db.installation_id, **args)


def test_first_setup_with_the_sample_plan_writes_everything(db) -> None:
    result = setup(db, draft=demo_draft(), entries=demo_entries())
    assert result.admin.username == "quantri" and result.admin.role is Role.ADMIN
    assert result.commune.code == "06253" and result.plan_id is not None and not result.plan_is_draft
    assert count(db, ValueRow) == len([e for e in demo_entries() if e.value is not None])
    assert login(db, "quantri", "mat-khau-1").full_name == "Nguyễn Văn Quản"
    actions = {e.action for e in events(db, limit=10_000)}
    assert {"commune.create", "user.create", "plan.create", "value.set"} <= actions
    assert {e.actor for e in events(db, limit=10_000, action_prefix=("commune.", "plan."))} == {"quantri"}


def test_first_setup_is_all_or_nothing(db) -> None:
    bad = demo_draft()
    bad = type(bad)(plan=bad.plan, groups=bad.groups, indicators=[*bad.indicators, bad.indicators[0]])
    with pytest.raises(UserError, match="bị trùng"):
        setup(db, draft=bad)
    with pytest.raises(UserError, match="Mật khẩu"):
        setup(db, admin_password="123")
    with pytest.raises(UserError, match="5 chữ số"):
        setup(db, commune_fields=("1", "Xã A", None))
    assert [count(db, t) for t in (CommuneRow, UserRow, PlanRow, AuditRow)] == [0, 0, 0, 0]


def test_first_setup_keeps_an_existing_commune_and_may_fix_its_code(db) -> None:
    with db.write() as s:
        init_commune(s, db.installation_id, PLACEHOLDER_CODE, "Xã Hòa Bình", None, "importer")
    result = setup(db, commune_fields=("06253", "Xã Hòa Bình", "Lạng Sơn"))
    assert result.commune.code == "06253" and result.plan_id is None
    assert count(db, CommuneRow) == 1
    with pytest.raises(UserError, match="đã có tài khoản"):
        setup(db, commune_fields=None, admin_username="khac")


def test_first_setup_needs_a_commune(db) -> None:
    with pytest.raises(UserError, match="mã và tên xã"):
        setup(db, commune_fields=None)


# -- own password -----------------------------------------------------------------------------

def test_change_own_password_checks_the_old_one(db) -> None:
    with db.write() as s:
        create_user(s, db.installation_id, "t", "canbo", "Cán bộ", Role.OFFICER, "old-pass")
    for old, new, words in [("wrong", "new-pass", "hiện tại không đúng"), ("old-pass", "old-pass", "phải khác"),
                            ("old-pass", "123", "ít nhất")]:
        with pytest.raises(UserError, match=words), db.write() as s:
            change_own_password(s, db.installation_id, "canbo", old, new)
    with db.write() as s:
        change_own_password(s, db.installation_id, "CanBo", "old-pass", "new-pass")
    assert login(db, "canbo", "new-pass").username == "canbo"
    assert [e.action for e in events(db, action_prefix="user.password")] == ["user.password"]


# -- audit trail ------------------------------------------------------------------------------

def test_audit_events_newest_first_with_paging_and_filters(plan_db) -> None:
    db, plan_id = plan_db
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("1", Period(2026, 3), D("650.5"))], "canbo")
    with db.write() as s:
        audit(s, db.installation_id, "lanhdao", "month.approve", "month", f"{plan_id}@2026-03", reason="Đủ số liệu")
    everything = events(db)
    assert [e.action for e in everything[:2]] == ["month.approve", "value.set"]
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
    assert all(a.at >= b.at for a, b in pairwise(everything))
    assert events(db, limit=1, offset=1) == everything[1:2]
    assert events(db, limit=10, offset=100) == []
    [value] = events(db, actor="canbo")
    assert value.entity_key == "1@2026-03" and value.details["new"] == "650.5"
    assert value.details_text.startswith("— → 650,5") and "seq" not in value.details_text
    assert value.label == "Nhập / sửa số liệu"
    assert {e.action for e in events(db, action_prefix="plan.")} == {"plan.create"}
    assert {e.action for e in events(db, action_prefix=("month.", "value."))} == {"month.approve", "value.set"}
    assert [e.action for e in events(db, text="650")] == ["value.set"]
    assert [e.action for e in events(db, text="LANHDAO")] == ["month.approve"]
    assert [e.action for e in events(db, text="Duyệt")] == ["month.approve"]  # by its words
    assert events(db, text="100%_") == []  # wildcards are taken literally
    with db.read() as s:
        assert audit_actors(s) == ["canbo", "lanhdao", "tester"]


def test_a_damaged_details_field_is_still_shown(plan_db) -> None:
    db, _ = plan_db
    with db.write() as s:
        s.add(AuditRow(at=events(db)[0].at, actor="x", installation_id=db.installation_id,
                       action="sync.merge", entity="bundle", entity_key="b1", details="not json"))
    [event] = events(db, actor="x")
    assert event.details == {"?": "not json"} and event.label == "sync.merge"


def test_every_core_action_has_words() -> None:
    core = {"value.set", "plan.create", "plan.adopt", "plan.update", "indicator.confirm", "commune.create",
            "commune.update", "user.create", "user.update", "user.password", "user.login", "user.login_failed",
            "user.locked", "user.assign", "month.submit", "month.approve", "month.reopen"}
    assert core <= ACTION_LABELS.keys()
    assert all(action_label(a) != a for a in core)
    assert action_label("unknown.thing") == "unknown.thing"


def test_details_in_words() -> None:
    assert describe_details({"codes": ["1", "2"], "active": False}) == "chỉ tiêu: 1, 2; hoạt động: không"
    assert describe_details({"name": {"old": "A", "new": "B"}}) == "tên: A → B"
    assert describe_details({"old": None, "new": "91.8", "kind": "estimate", "seq": 7}) == "— → 91,8; loại: ước thực hiện"
    assert describe_details({"old": "submitted", "new": "approved", "reason": None}) == (
        "Chờ duyệt → Đã duyệt (khoá); lý do: —"
    )
    assert describe_details({"role": "officer", "full_name": "Lê Hoa"}) == "vai trò: Cán bộ; họ tên: Lê Hoa"

"""Users, login lockout, roles, assignments, month approval and locking; drafts and safe files."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from kehoach_desktop.domain.access import Action, MonthState, Role
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.safefile import read_json, write_json
from kehoach_desktop.store import users as U
from kehoach_desktop.store.drafts import DraftEdit, draft_path, load_draft, save_draft
from kehoach_desktop.store.months import approve_month, month_status, reopen_month, submit_month
from kehoach_desktop.store.schema import AuditRow, UserRow
from kehoach_desktop.store.types import utcnow

from kehoach_desktop.store.values import ValueEntry, save_values, save_values_as

SEPT = Period(2026, 9)


def _users(db):  # type: ignore[no-untyped-def]
    with db.write() as s:
        return {
            name: U.create_user(s, db.installation_id, "setup", name, name.title(), role, f"{name}-pass")
            for name, role in (("admin", Role.ADMIN), ("leader", Role.LEADER), ("officer", Role.OFFICER))
        }


def _actions(db, action: str) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return len(s.scalars(select(AuditRow).where(AuditRow.action == action)).all())


def test_password_hash_is_salted_and_verifies() -> None:
    a, b = U.hash_password("mật khẩu 1"), U.hash_password("mật khẩu 1")
    assert a != b and a.startswith("scrypt$")
    assert U.verify_password("mật khẩu 1", a) and not U.verify_password("mật khẩu 2", a)
    assert not U.verify_password("x", "garbage") and not U.verify_password("x", "scrypt$1$2$3$!!$!!")


def test_create_and_login(db) -> None:  # type: ignore[no-untyped-def]
    users = _users(db)
    assert users["officer"].role is Role.OFFICER
    with db.read() as s:
        stored = s.scalars(select(UserRow.password_hash)).all()
    assert all("officer-pass" not in h for h in stored)
    assert U.login(db, " Officer ", "officer-pass").username == "officer"
    assert _actions(db, "user.login") == 1


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [("a", "secret1", "username"), ("có dấu", "secret1", "username"), ("ok_name", "123", "password"),
     ("admin", "secret1", "username")],
)
def test_bad_accounts_are_refused(db, username: str, password: str, field: str) -> None:  # type: ignore[no-untyped-def]
    _users(db)
    with pytest.raises(UserError) as info, db.write() as s:
        U.create_user(s, db.installation_id, "admin", username, "", Role.OFFICER, password)
    assert info.value.field == field
    with db.read() as s:
        assert len(U.list_users(s)) == 3


def test_wrong_passwords_lock_the_account_then_it_reopens(db) -> None:  # type: ignore[no-untyped-def]
    _users(db)
    for left in (4, 3, 2, 1):
        with pytest.raises(U.LoginError, match=f"Còn {left} lần"):
            U.login(db, "officer", "wrong")
    with pytest.raises(U.LoginError, match="tạm khoá 15 phút"):
        U.login(db, "officer", "wrong")
    with pytest.raises(U.LoginError, match="thử lại sau"):
        U.login(db, "officer", "officer-pass")  # even the right password waits
    assert _actions(db, "user.login_failed") == 5 and _actions(db, "user.locked") == 1
    later = utcnow() + timedelta(minutes=16)
    with db.write() as s:
        assert U.authenticate(s, db.installation_id, "officer", "officer-pass", now=later).username == "officer"


def test_unknown_user_and_inactive_account(db) -> None:  # type: ignore[no-untyped-def]
    _users(db)
    with pytest.raises(U.LoginError, match="không đúng"):
        U.login(db, "nobody", "x")
    with db.write() as s:
        U.update_user(s, db.installation_id, "admin", "officer", active=False)
    with pytest.raises(U.LoginError, match="đã bị khoá"):
        U.login(db, "officer", "officer-pass")


def test_last_admin_cannot_be_demoted(db) -> None:  # type: ignore[no-untyped-def]
    _users(db)
    with pytest.raises(UserError, match="quản trị"), db.write() as s:
        U.update_user(s, db.installation_id, "admin", "admin", role=Role.LEADER)
    with db.read() as s:
        assert {u.username: u.role for u in U.list_users(s)}["admin"] is Role.ADMIN


def test_password_reset_lifts_lockout(db) -> None:  # type: ignore[no-untyped-def]
    _users(db)
    for _ in range(5):
        with pytest.raises(U.LoginError):
            U.login(db, "officer", "wrong")
    with db.write() as s:
        U.set_password(s, db.installation_id, "admin", "officer", "new-secret")
    assert U.login(db, "officer", "new-secret").username == "officer"


def test_roles_allow_what_the_office_expects() -> None:
    from kehoach_desktop.domain.access import User

    officer, leader, admin = (User(1, n, n, r) for n, r in (("o", Role.OFFICER), ("l", Role.LEADER), ("a", Role.ADMIN)))
    assert not officer.can(Action.APPROVE_MONTH) and not officer.can(Action.ENTER_ANY)
    assert leader.can(Action.APPROVE_MONTH) and leader.can(Action.REOPEN_MONTH)
    assert admin.can(Action.MANAGE_USERS) and not admin.can(Action.APPROVE_MONTH)
    assert not User(4, "x", "", Role.ADMIN, active=False).can(Action.SETTINGS)


def test_officer_enters_only_assigned_indicators(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    users = _users(db)
    entry = ValueEntry("1", SEPT, D("10"))
    with pytest.raises(UserError, match="không được giao"), db.write() as s:
        save_values_as(s, db.installation_id, plan_id, [entry], users["officer"], accept_warnings=True)
    with db.write() as s:
        U.assign(s, db.installation_id, "admin", plan_id, "officer", ["1", "2"])
        assert U.assigned_codes(s, plan_id, "officer") == {"1", "2"}
    with db.write() as s:
        changes = save_values_as(s, db.installation_id, plan_id, [entry], users["officer"], accept_warnings=True)
    assert changes[0].new.updated_by == "officer"
    with pytest.raises(UserError, match="Không có chỉ tiêu mã 99"), db.write() as s:
        U.assign(s, db.installation_id, "admin", plan_id, "officer", ["99"])
    with db.read() as s:
        assert U.assigned_codes(s, plan_id, "officer") == {"1", "2"}


def test_month_cycle_and_lock(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    users = _users(db)
    with db.read() as s:
        assert month_status(s, plan_id, SEPT).state is MonthState.OPEN
    with pytest.raises(UserError, match="không có quyền duyệt"), db.write() as s:
        approve_month(s, db.installation_id, plan_id, SEPT, users["officer"])
    with db.write() as s:
        assert submit_month(s, db.installation_id, plan_id, SEPT, users["officer"]).state is MonthState.SUBMITTED
    with db.write() as s:
        status = approve_month(s, db.installation_id, plan_id, SEPT, users["leader"])
    assert status.locked and status.changed_by == "leader"
    with db.read() as s:
        before = s.scalars(select(AuditRow.id)).all()
    with pytest.raises(UserError, match="đã được duyệt và khoá"), db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("1", SEPT, D("1"))], "admin", True)
    with db.read() as s:
        assert s.scalars(select(AuditRow.id)).all() == before
    # Other months stay open.
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("1", Period(2026, 10), D("1"), ValueKind.ESTIMATE)], "admin", True)
    with pytest.raises(UserError, match="lý do"), db.write() as s:
        reopen_month(s, db.installation_id, plan_id, SEPT, users["leader"], " ")
    with db.write() as s:
        reopened = reopen_month(s, db.installation_id, plan_id, SEPT, users["leader"], "Sửa số liệu chính thức")
    assert reopened.state is MonthState.OPEN and reopened.reason == "Sửa số liệu chính thức"
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("1", SEPT, D("1"))], "admin", True)
    assert _actions(db, "month.reopen") == 1 and _actions(db, "month.approve") == 1


def test_drafts_round_trip_and_survive_damage(tmp_path: Path) -> None:
    path = draft_path("/x/kehoach.db", "officer", 1, SEPT, tmp_path)
    edits = {"1": DraftEdit(D("1234.50")), "2": DraftEdit(None, ValueKind.OFFICIAL, "ghi chú", True)}
    save_draft(path, edits)
    assert load_draft(path) == edits
    data = read_json(path)
    data["3"] = {"value": "not a number"}
    write_json(path, data)
    assert load_draft(path) == edits
    save_draft(path, {})
    assert not path.exists() and load_draft(path) == {}
    path.write_text("{broken", encoding="utf-8")
    assert load_draft(path) == {}


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "settings.json"
    write_json(target, {"a": 1})
    write_json(target, {"a": 2})
    assert read_json(target) == {"a": 2}
    assert [p.name for p in target.parent.iterdir()] == ["settings.json"]


def test_rights_are_those_of_the_account_now_not_at_login(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    users = _users(db)
    with db.write() as s:
        U.update_user(s, db.installation_id, "admin", "leader", role=Role.OFFICER)
    with pytest.raises(UserError, match="không có quyền duyệt"), db.write() as s:
        approve_month(s, db.installation_id, plan_id, SEPT, users["leader"])  # still says leader
    with db.write() as s:
        U.update_user(s, db.installation_id, "admin", "officer", active=False)
    with pytest.raises(UserError, match="không còn hoạt động"), db.write() as s:
        save_values_as(s, db.installation_id, plan_id, [ValueEntry("1", SEPT, D("1"))], users["officer"], True)

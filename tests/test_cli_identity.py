"""Issue 16, defect 8: where the database has accounts, the CLI acts as a known account with the
app's role and assignment checks; months and conflicts have commands; without accounts, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui_support import PASSWORDS, add_users
from cli_support import run


@pytest.fixture
def office(tmp_path: Path) -> str:
    """The demo commune with the three accounts (admin, leader, officer; nothing assigned)."""
    from kehoach_desktop.store.database import open_database

    path = str(tmp_path / "xa.db")
    assert run("demo", "--db", path)[0] == 0
    db = open_database(path, create=False)
    add_users(db)
    db.close()
    return path


SET = ["value", "set", "--indicator", "4", "--period", "2026-11", "--value", "7.100", "--force"]


def _history(db: str) -> list[dict]:
    return json.loads(run("value", "history", "--db", db, "--indicator", "4", "--period", "2026-11", "--json")[1])


def test_a_write_needs_an_account_and_its_password(office: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    code, _ = run(*SET, "--db", office)
    assert code == 2 and "--user" in capsys.readouterr().err
    monkeypatch.setenv("KEHOACH_PASSWORD", "wrong")
    code, _ = run(*SET, "--db", office, "--user", "leader")
    assert code == 2
    code, _ = run(*SET, "--db", office, "--user", "somebody-else")
    assert code == 2
    assert _history(office) == []
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["leader"])
    assert run(*SET, "--db", office, "--user", "leader")[0] == 0
    assert [h["actor"] for h in _history(office)] == ["leader"]


def test_an_officer_enters_only_assigned_indicators(office: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["officer"])
    code, _ = run(*SET, "--db", office, "--user", "officer")
    assert code == 2 and "không được giao" in capsys.readouterr().err
    assert _history(office) == []


def test_plan_changes_need_the_administrator(office: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["officer"])
    code, _ = run("target", "set", "--db", office, "--indicator", "4", "--year", "2027", "--value", "≥ 7.500 tấn",
                  "--user", "officer")
    assert code == 2 and "không có quyền" in capsys.readouterr().err
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["admin"])
    assert run("target", "set", "--db", office, "--indicator", "4", "--year", "2027", "--value", "≥ 7.500 tấn",
               "--user", "admin")[0] == 0


def test_the_month_cycle_from_the_cli(office: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["officer"])
    assert run("month", "submit", "--db", office, "--period", "2026-11", "--user", "officer")[0] == 0
    code, _ = run("month", "approve", "--db", office, "--period", "2026-11", "--user", "officer")
    assert code == 2 and "không có quyền" in capsys.readouterr().err
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["leader"])
    assert run("month", "approve", "--db", office, "--period", "2026-11", "--user", "leader")[0] == 0
    code, _ = run(*SET, "--db", office, "--user", "leader")
    assert code == 2 and "khoá" in capsys.readouterr().err
    code, _ = run("month", "reopen", "--db", office, "--period", "2026-11", "--user", "leader", "--reason", "x")
    assert code == 2
    assert run("month", "reopen", "--db", office, "--period", "2026-11", "--user", "leader",
               "--reason", "Sửa số liệu chính thức")[0] == 0
    code, out = run("month", "status", "--db", office, "--period", "2026-11")
    assert code == 0 and "leader" in out
    assert run(*SET, "--db", office, "--user", "leader")[0] == 0


def test_a_database_without_accounts_keeps_todays_behaviour(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "mau.db")
    assert run("demo", "--db", db)[0] == 0
    assert run(*SET, "--db", db, "--user", "Nguyễn Văn An")[0] == 0
    assert [h["actor"] for h in _history(db)] == ["Nguyễn Văn An"]
    code, _ = run("month", "approve", "--db", db, "--period", "2026-11")
    assert code == 2 and "tài khoản" in capsys.readouterr().err


def test_a_leader_resolves_a_conflict_from_the_cli(tmp_path: Path, plan_db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sync_support import PC, figures, make_pc, trust_all

    db, _ = plan_db
    if not db.is_sqlite:
        pytest.skip("the CLI part runs on the SQLite file")
    a = PC("A", db, tmp_path / "A")
    a.folder.mkdir()
    b = make_pc(tmp_path, "B")
    trust_all(a, b)
    b.take(a.export(b))
    a.set("1", "2026-04", "10")
    b.set("1", "2026-04", "20")
    b.take(a.export(b))
    a.take(b.export(a))
    add_users(a.db)
    path = a.db.display_name
    code, out = run("bundle", "conflicts", "--db", path)
    assert code == 0 and "1." in out and "2." in out
    listed = json.loads(run("bundle", "conflicts", "--db", path, "--json")[1])[0]["versions"]
    keep = next(i for i, v in enumerate(listed, start=1) if v["value"] == "10")
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["leader"])
    code, out = run("bundle", "resolve", "--db", path, "--indicator", "1", "--period", "2026-04", "--keep", str(keep),
                    "--user", "leader")
    assert code == 0, out
    assert run("bundle", "conflicts", "--db", path)[1].startswith("Không có")
    (value, _k, _n, flag), = figures(a).values()
    assert value == 10 and not flag


# Defect 9: a lone administrator who forgets the password is not locked out for good.
def test_an_administrator_recovers_with_the_code_once(office: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("KEHOACH_PASSWORD", PASSWORDS["admin"])
    code, out = run("user", "recovery-code", "--db", office, "--user", "admin")
    assert code == 0
    recovery = out.split(": ", 1)[1].split()[0]
    monkeypatch.setenv("KEHOACH_RECOVERY_CODE", "WRONG-CODE")
    monkeypatch.setenv("KEHOACH_NEW_PASSWORD", "mat-khau-moi")
    assert run("user", "recover", "--db", office, "--user", "admin")[0] == 2
    monkeypatch.setenv("KEHOACH_RECOVERY_CODE", recovery.lower().replace("-", " "))  # as typed off paper
    assert run("user", "recover", "--db", office, "--user", "admin")[0] == 0
    monkeypatch.setenv("KEHOACH_PASSWORD", "mat-khau-moi")
    assert run("target", "set", "--db", office, "--indicator", "4", "--year", "2027", "--value", "≥ 7.500 tấn",
               "--user", "admin")[0] == 0
    assert run("user", "recover", "--db", office, "--user", "admin")[0] == 2  # used up
    code, out = run("value", "history", "--db", office, "--indicator", "4", "--period", "2026-11")
    import sqlite3

    conn = sqlite3.connect(office)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_events WHERE action LIKE 'user.recover%'")]
    conn.close()
    assert actions.count("user.recovered") == 1 and "user.recovery_failed" in actions


def test_an_officer_has_no_recovery_code(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_RECOVERY_CODE", "AAAA-AAAA-AAAA-AAAA-AAAA")
    monkeypatch.setenv("KEHOACH_NEW_PASSWORD", "mat-khau-moi")
    assert run("user", "recover", "--db", office, "--user", "officer")[0] == 2

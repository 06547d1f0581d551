"""Issue 16, defect 5: a full disk, a read-only file, folder or stick, a locked file, explained in
Vietnamese with the right advice; reading works from read-only media; the error handler survives."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from kehoach_desktop.store.diskerrors import explain, kind_of
from safety_support import KEHOACH, cli, digest, in_namespace, needs_namespace

SET = ["value", "set", "--indicator", "4", "--period", "2026-09", "--value", "7.100", "--force"]


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once for the module (each test copies it)."""
    folder = tmp_path_factory.mktemp("demo")
    run = cli("demo", "--db", str(folder / "xa.db"), env={"KEHOACH_DATA_DIR": str(folder / "data")})
    assert run.returncode == 0, run.stderr
    conn = sqlite3.connect(folder / "xa.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return folder / "xa.db"


def test_each_kind_of_trouble_has_its_advice() -> None:
    from sqlalchemy.exc import OperationalError

    assert kind_of(OSError(errno.ENOSPC, "No space left on device")) == "full"
    assert kind_of(OSError(errno.EROFS, "Read-only file system")) == "readonly_medium"
    assert kind_of(PermissionError(errno.EACCES, "Permission denied")) == "readonly"
    wrapped = OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    assert "đầy" in (explain(wrapped, "x.db") or "")
    locked = OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))
    assert "chương trình khác" in (explain(locked) or "")
    assert "Chỉ đọc" in (explain(sqlite3.OperationalError("attempt to write a readonly database")) or "")
    assert explain(ValueError("a bug")) is None


@needs_namespace
def test_a_full_disk_refuses_the_write_clearly_and_loses_nothing(demo_copy: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    db = disk / "xa.db"
    script = (
        f"mount -t tmpfs -o size=1200k tmpfs {disk}; cp {demo_copy} {db}; "
        f"{' '.join(KEHOACH)} status --db {db} --period 2026-09 > /dev/null; "  # today's backup first
        f"dd if=/dev/zero of={disk}/fill bs=4k 2>/dev/null || true; cp {db} {tmp_path}/before.db"
    )
    run = in_namespace(script, [*KEHOACH, *SET, "--db", str(db)])
    assert run.returncode == 2, run.stderr
    assert "đầy" in run.stderr and "Traceback" not in run.stderr
    assert "Lỗi ngoài dự kiến" not in run.stderr


@needs_namespace
def test_a_write_protected_stick_is_read_but_never_written(demo_copy: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    setup = f"mount -t tmpfs tmpfs {stick}; cp {demo_copy} {stick}/xa.db; mount -o remount,ro {stick}"
    status = in_namespace(setup, [*KEHOACH, "status", "--db", f"{stick}/xa.db", "--period", "2026-09"])
    assert status.returncode == 0, status.stderr
    assert "Đánh giá" in status.stdout
    write = in_namespace(setup, [*KEHOACH, *SET, "--db", f"{stick}/xa.db"])
    assert write.returncode == 2 and "chỉ để xem" in write.stderr and "Traceback" not in write.stderr


@needs_namespace
def test_a_read_only_file_in_a_writable_folder_is_read_but_not_written(demo_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "xa.db"
    shutil.copy(demo_copy, db)
    before = digest(db)
    setup = f"mount --bind {db} {db}; mount -o remount,bind,ro {db}"
    status = in_namespace(setup, [*KEHOACH, "status", "--db", str(db), "--period", "2026-09"])
    assert status.returncode == 0, status.stderr
    write = in_namespace(setup, [*KEHOACH, *SET, "--db", str(db)])
    assert write.returncode == 2 and "Documents" in write.stderr
    assert digest(db) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions do not bind root")
def test_a_read_only_folder_is_read_but_not_written(demo_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(demo_copy, folder / "xa.db")
    folder.chmod(0o555)
    try:
        assert cli("status", "--db", str(folder / "xa.db"), "--period", "2026-09").returncode == 0
        write = cli(*SET, "--db", str(folder / "xa.db"))
        assert write.returncode == 2 and "chỉ" in write.stderr
    finally:
        folder.chmod(0o755)


def test_the_last_resort_handler_survives_an_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code = "import sys; from kehoach_desktop.cli import _unexpected; sys.exit(_unexpected(RuntimeError('boom'), []))"
    import subprocess

    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "KEHOACH_DATA_DIR": str(blocker / "data")})
    assert run.returncode == 1
    assert "không ghi được tệp nhật ký" in run.stderr and "RuntimeError: boom" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_locked_database_says_another_program_holds_it(demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlalchemy

    from kehoach_desktop.store import database

    monkeypatch.setattr(database, "SQLITE_BUSY_MS", 200)  # not the 30 s an officer's PC waits
    db = tmp_path / "xa.db"
    shutil.copy(demo_copy, db)
    opened = database.open_database(str(db), create=False)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(database.StoreError, match="chương trình khác"):
            with opened.write() as session:
                session.execute(sqlalchemy.text("DELETE FROM audit_events WHERE id < 0"))
        with pytest.raises(database.StoreError, match="chương trình khác"):
            database.open_database(str(db), create=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        opened.close()


@needs_namespace
def test_an_account_logs_in_on_a_write_protected_stick(tmp_path: Path) -> None:
    from kehoach_desktop.store.database import open_database

    from gui_support import PASSWORDS, add_users

    db_path = tmp_path / "stick" / "xa.db"
    db_path.parent.mkdir()
    assert cli("demo", "--db", str(db_path)).returncode == 0
    db = open_database(str(db_path), create=False)
    add_users(db)
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    code = ("import sys; from kehoach_desktop.store.database import open_database; "
            "from kehoach_desktop.store.users import login; db = open_database(sys.argv[1], create=False); "
            "print(db.read_only, login(db, 'admin', sys.argv[2]).username)")
    setup = f"mount --bind {db_path.parent} {db_path.parent}; mount -o remount,bind,ro {db_path.parent}"
    run = in_namespace(setup, [sys.executable, "-c", code, str(db_path), PASSWORDS["admin"]])
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "admin"]

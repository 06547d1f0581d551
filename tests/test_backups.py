"""Issue 16, defects 1-4: verified backups, restore, damaged files refused, no database by mistake."""

from __future__ import annotations

import gc
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kehoach_desktop.store.backup import list_backups, make_backup, rotate_backups
from kehoach_desktop.store.integrity import check_file
from cli_support import run
from safety_support import digest, in_namespace, needs_namespace, zero_middle_page


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "xa.db"
    assert run("demo", "--db", str(path))[0] == 0
    return path


def _figure(path: Path) -> str:
    code, out = run("value", "get", "--db", str(path), "--indicator", "4", "--period", "2026-09", "--json")
    assert code == 0
    return out


# Defect 1: a kill during the copy must not leave a normally named, unusable backup.
SLOW_BACKUP = r"""
import sqlite3, sys, time
from pathlib import Path
real = sqlite3.connect
class Slow:
    def __init__(self, conn): self._conn = conn
    def __getattr__(self, name): return getattr(self._conn, name)
    def backup(self, target, **kw):
        def progress(status, remaining, total):
            if total - remaining >= 3:
                print("copying", flush=True); time.sleep(60)
        self._conn.backup(getattr(target, "_conn", target), pages=1, progress=progress)
sqlite3.connect = lambda *a, **k: Slow(real(*a, **k))
from kehoach_desktop.store.migrations import backup_sqlite
backup_sqlite(Path(sys.argv[1]), "before-test", Path(sys.argv[2]))
"""


def test_a_kill_during_the_copy_leaves_no_backup_that_looks_valid(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BACKUP, str(demo_file), str(folder)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "copying"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert list_backups(demo_file, folder) == []  # only a hidden .tmp may remain
    assert all(p.name.startswith(".") and ".tmp" in p.name for p in folder.iterdir())
    made = make_backup(demo_file, "before-test", folder)
    assert check_file(made.path, full=True) is None


@needs_namespace
def test_a_full_disk_leaves_no_empty_backup_however_often_it_is_tried(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    code = (
        "import sys; from pathlib import Path; from kehoach_desktop.store.backup import make_backup, BackupError\n"
        "for _ in range(3):\n"
        "    try: make_backup(Path(sys.argv[1]), 'daily', Path(sys.argv[2]))\n"
        "    except BackupError as e: print('refused', e)\n"
        "import os; print(sorted(os.listdir(sys.argv[2])))\n"
    )
    run_ = in_namespace(f"mount -t tmpfs -o size=128k tmpfs {folder}", [sys.executable, "-c", code, str(demo_file), str(folder)])
    assert run_.returncode == 0, run_.stderr
    lines = run_.stdout.splitlines()
    assert sum(line.startswith("refused") for line in lines) == 3
    assert "đầy" in lines[0]
    assert lines[-1] == "[]"  # neither a 0-byte "backup" nor a temporary file is left


def test_rotation_counts_only_verified_backups(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    real = make_backup(demo_file, "daily", folder, rotate=False)
    old = folder / real.path.name.replace(real.made.strftime("%Y%m%d"), (real.made - timedelta(days=3)).strftime("%Y%m%d"))
    real.path.rename(old)
    now = datetime.now()
    for day in range(1, 10):  # nine newer "backups" a full disk or a kill left behind
        stamp = (now - timedelta(hours=day)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"xa-{stamp}-daily.db").write_bytes(b"" if day % 2 else b"SQLite format 3\x00" + b"\x00" * 50)
    make_backup(demo_file, "daily", folder)
    kept = list_backups(demo_file, folder, verify=True)
    assert old in [i.path for i in kept]  # the older real backup survives
    assert all(i.size > 0 for i in kept)  # empty files hold nothing and are gone
    assert sum(i.verified for i in kept) == 2


def test_rotation_keeps_seven_days_four_weeks_and_five_before_operations(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    seed = make_backup(demo_file, "daily", folder, rotate=False)
    now = datetime.now()
    for days in range(1, 60):
        stamp = (now - timedelta(days=days)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"xa-{stamp}-daily.db").write_bytes(seed.path.read_bytes())
    for hours in range(1, 9):
        stamp = (now - timedelta(hours=hours)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"xa-{stamp}-before-import.db").write_bytes(seed.path.read_bytes())
    (folder / f"xa-{(now - timedelta(days=400)).strftime('%Y%m%d-%H%M%S-%f')}-manual.db").write_bytes(seed.path.read_bytes())
    rotate_backups(demo_file, folder)
    kept = list_backups(demo_file, folder)
    daily = [i for i in kept if i.label == "daily"]
    assert len({i.made.date() for i in daily}) <= 7 + 4 and len(daily) >= 7
    assert len([i for i in kept if i.label.startswith("before-")]) == 5
    assert len([i for i in kept if i.label == "manual"]) == 1


# Defect 2: a database at the current version can be backed up and restored.
def test_backup_damage_status_refuses_with_the_date_then_restore_brings_figures_back(demo_file: Path, capsys) -> None:
    before = _figure(demo_file)
    code, out = run("backup", "create", "--db", str(demo_file))
    assert code == 0 and "Đã sao lưu" in out
    made = list_backups(demo_file)[0]
    assert made.path.parent == demo_file.parent / "backups"  # beside the database, as README says
    zero_middle_page(demo_file)
    damaged = digest(demo_file)
    capsys.readouterr()
    code, _ = run("status", "--db", str(demo_file), "--period", "2026-09")
    err = capsys.readouterr().err
    assert code == 2 and "hỏng" in err and made.when in err and "backup restore" in err
    gc.collect()  # the in-process commands' engines let go of the file, as a finished process does
    code, out = run("backup", "restore", "--db", str(demo_file))
    assert code == 0 and "Số liệu" in out
    assert _figure(demo_file) == before
    assert any(p.name.endswith(".hong") for p in (demo_file.parent / "backups").iterdir())  # the damaged file is kept
    kept = next(p for p in (demo_file.parent / "backups").iterdir() if p.name.endswith("damaged.db.hong"))
    assert digest(kept) == damaged


def test_backup_to_a_folder_list_and_verify(demo_file: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    code, out = run("backup", "create", "--db", str(demo_file), "--to", str(stick))
    assert code == 0
    copy = next(stick.glob("*.db"))
    code, out = run("backup", "verify", "--db", str(demo_file), str(copy))
    assert code == 0 and "Đồng Tâm" in out and "Số liệu" in out
    code, out = run("backup", "list", "--db", str(demo_file), "--from", str(stick), "--json")
    assert code == 0 and '"verified": true' in out


def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo_file: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(demo_file.read_bytes())
    zero_middle_page(bad)
    before = digest(demo_file)
    code, _ = run("backup", "restore", "--db", str(demo_file), str(bad))
    assert code == 2 and "không dùng được" in capsys.readouterr().err
    assert digest(demo_file) == before


def test_restore_is_refused_while_another_program_has_the_database_open(demo_file: Path) -> None:
    backup = make_backup(demo_file, "manual")
    other = sqlite3.connect(demo_file)
    other.execute("SELECT count(*) FROM monthly_values").fetchall()
    try:
        code, _ = run("backup", "restore", "--db", str(demo_file), str(backup.path))
    finally:
        other.close()
    assert code == 2


def test_a_migration_backup_is_verified_and_beside_the_database(demo_file: Path) -> None:
    from kehoach_desktop.store.migrations import backup_sqlite

    path = backup_sqlite(demo_file, "before-0099")
    assert path.parent == demo_file.parent / "backups" and check_file(path, full=True) is None


def test_the_first_open_of_the_day_makes_a_daily_backup(demo_file: Path) -> None:
    for path in list_backups(demo_file):
        path.path.unlink()
    run("status", "--db", str(demo_file), "--period", "2026-09")
    run("status", "--db", str(demo_file), "--period", "2026-09")
    assert [i.label for i in list_backups(demo_file, verify=True) if i.verified] == ["daily"]


# Defect 3: damage is detected before any read or write; an empty file is never rebuilt.
@pytest.mark.parametrize("damage", ["zeroed page", "flipped bytes"])
def test_a_damaged_file_is_refused_by_every_command_and_left_unchanged(demo_file: Path, damage: str, capsys) -> None:
    if damage == "zeroed page":
        zero_middle_page(demo_file)
    else:
        zero_middle_page(demo_file)  # checkpoint first, then flip a page's header bytes
        data = bytearray(demo_file.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        for offset in range(page * 3, page * 3 + 8):
            data[offset] ^= 0xFF
        demo_file.write_bytes(bytes(data))
    before = digest(demo_file)
    for argv in (["status", "--period", "2026-09"], ["value", "get", "--indicator", "4", "--period", "2026-09"],
                 ["value", "set", "--indicator", "4", "--period", "2026-09", "--value", "7000"]):
        code, _ = run(*argv, "--db", str(demo_file))
        assert code == 2, argv
        assert "hỏng" in capsys.readouterr().err
    assert digest(demo_file) == before


def test_an_empty_file_is_never_rebuilt_as_a_new_database(tmp_path: Path, capsys) -> None:
    from kehoach_desktop.store.database import DamagedDatabase, open_database

    empty = tmp_path / "kehoach.db"
    empty.write_bytes(b"")
    for argv in (["status", "--period", "2026-09"], ["init", "--commune-code", "1", "--commune-name", "X"], ["demo"]):
        code, _ = run(*argv, "--db", str(empty))
        assert code == 2 and "0 byte" in capsys.readouterr().err
    with pytest.raises(DamagedDatabase):
        open_database(str(empty))  # what the desktop app calls: no first-run wizard over it
    assert empty.stat().st_size == 0


# Defect 4: a mistyped --db never creates a database.
@pytest.mark.parametrize("argv", [
    ["status", "--period", "2026-09"], ["plan", "list"], ["value", "get", "--indicator", "1", "--period", "2026-09"],
    ["value", "set", "--indicator", "1", "--period", "2026-09", "--value", "5"], ["indicator", "list"],
    ["bundle", "conflicts"], ["backup", "list"],
])
def test_a_mistyped_db_creates_nothing(tmp_path: Path, argv: list[str], capsys) -> None:
    typo = tmp_path / "xaa.db"
    code, _ = run(*argv, "--db", str(typo))
    assert not typo.exists() and not (tmp_path / "backups").exists()
    if argv[0] != "backup":
        assert code == 2 and "không tạo cơ sở dữ liệu mới" in capsys.readouterr().err


def test_init_still_creates_the_database(tmp_path: Path) -> None:
    path = tmp_path / "moi.db"
    assert run("init", "--db", str(path), "--commune-code", "06253", "--commune-name", "Xã Na Dương")[0] == 0
    assert path.exists()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_blank_server_database_is_not_initialised_by_a_read_command(db_url: str, capsys) -> None:
    code, _ = run("status", "--db", db_url, "--period", "2026-09")
    assert code == 2 and "chưa được khởi tạo" in capsys.readouterr().err
    assert run("init", "--db", db_url, "--commune-code", "06253", "--commune-name", "Xã Na Dương")[0] == 0


def test_importing_a_bundle_backs_up_first(tmp_path: Path) -> None:
    from sync_support import make_pc, trust_all

    from kehoach_desktop.demo import install_demo

    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    install_demo(a.db)
    trust_all(a, b)
    assert b.take(a.export(b)) == "imported"
    path = Path(b.db.display_name)
    made = [i for i in list_backups(path, verify=True) if i.label == "before-import"]
    assert len(made) == 1 and made[0].verified
    a.set("1", "2026-11", "7")
    assert b.take(a.export(b)) == "imported"  # a run of imports is undone from the first copy
    assert len([i for i in list_backups(path) if i.label == "before-import"]) == 1
    a.db.close(), b.db.close()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_server_database_is_backed_up_with_pg_dump_or_says_why_not(db_url: str, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import shutil

    assert run("demo", "--db", db_url)[0] == 0
    if shutil.which("pg_dump") is not None:
        code, out = run("backup", "create", "--db", db_url, "--to", str(tmp_path / "dump"))
        assert code == 0 and "pg_dump" in out
        dumps = list((tmp_path / "dump").glob("*.dump"))
        assert len(dumps) == 1 and dumps[0].read_bytes().startswith(b"PGDMP")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, _ = run("backup", "create", "--db", db_url, "--to", str(tmp_path / "dump2"))
    assert code == 2 and "pg_dump" in capsys.readouterr().err
    assert not (tmp_path / "dump2").exists() or not any((tmp_path / "dump2").iterdir())


def test_a_truncated_file_is_refused(demo_file: Path, capsys) -> None:
    zero_middle_page(demo_file)  # checkpointed first, so the file alone holds the database
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    code, _ = run("status", "--db", str(demo_file), "--period", "2026-09")
    assert code == 2 and "cụt" in capsys.readouterr().err

"""A province's batch import: one commit per batch, each bundle all-or-nothing, a crash or a broken
batch said file by file; PostgreSQL's COPY path equal to executemany; two officers at once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from kehoach_desktop.demo_commune import install_generated
from kehoach_desktop.store import bulk
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.database import Database
from kehoach_desktop.store.schema import BundleRow, IndicatorRow, MonthEventRow, RevisionRow, ValueRow
from kehoach_desktop.sync import merge
from kehoach_desktop.sync.batch import bundle_files, import_files
from sync_support import PC, figures, make_pc, month_states, trust_all


@pytest.fixture(scope="module")
def commune_bundles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Path], dict[Any, Any]]]:
    """Four generated communes' full bundles (their PCs' keys in a data folder of their own), and
    the figures the four hold together."""
    home = tmp_path_factory.mktemp("communes")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KEHOACH_DATA_DIR", str(home / "userdata"))
        pcs = [make_pc(home, f"xa{i}") for i in range(4)]
        paths, expected = [], {}
        for i, pc in enumerate(pcs):
            install_generated(pc.db, f"9{i:04d}", f"Xã thử {i}", seed=i)
            paths.append(pc.export(full=True))
            expected.update(figures(pc))
        for pc in pcs:
            pc.db.close()
    yield home, paths, expected


def _province(tmp: Path, url: str, home: Path) -> PC:
    """A province PC trusting the four communes' keys (taken from their bundles, as compared by phone)."""
    from kehoach_desktop.sync.trust import trust_key
    from kehoach_desktop.sync.verify import open_bundle

    province = make_pc(tmp, "tinh", url)
    with province.db.write() as session:
        make_province(session, province.db.installation_id, "test", "Tỉnh thử")
        for path in sorted(home.glob("xa*/*.kehoach")):
            trust_key(session, province.db.installation_id, open_bundle(path).manifest.sender, "test")
    return province


def _held(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            "revisions": s.scalar(select(func.count()).select_from(RevisionRow)) or 0,
            "values": s.scalar(select(func.count()).select_from(ValueRow)) or 0,
            "events": s.scalar(select(func.count()).select_from(MonthEventRow)) or 0,
            "bundles": s.scalar(select(func.count()).select_from(BundleRow).where(BundleRow.direction == "in")) or 0,
        }


def _failing_on(call: int, error: Callable[[], BaseException]) -> Callable[..., Any]:
    """``merge.apply`` that raises ``error()`` on its ``call``-th use (counting from 1)."""
    real, seen = merge.apply, [0]

    def apply(*args: Any, **kw: Any) -> Any:
        seen[0] += 1
        if seen[0] == call:
            raise error()
        return real(*args, **kw)

    return apply


def test_a_folder_is_imported_in_batches_each_commit_holding_whole_bundles(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], db_url: str, tmp_path: Path
) -> None:
    home, paths, expected = commune_bundles
    province = _province(tmp_path, db_url, home)
    folder = tmp_path / "usb"
    folder.mkdir()
    for path in paths:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "ghi-chu.txt").write_text("không phải gói")
    (folder / "zz-hong.kehoach").write_bytes(b"PK\x03\x04 damaged")
    files = bundle_files([folder])
    assert [f.name for f in files] == sorted(p.name for p in paths) + ["zz-hong.kehoach"]
    commits = []
    event.listen(province.db.engine, "commit", lambda conn: commits.append(1))
    outcomes = import_files(province.db, files, actor="tinh", max_bundles=2)
    assert [o.status for o in outcomes] == ["imported"] * 4 + ["refused"]
    assert outcomes[-1].message and outcomes[-1].reason
    # One commit per batch of two bundles, not one per file (the damaged file, refused before it
    # touched the database, commits nothing on SQLite; PostgreSQL's lock query makes it a third).
    assert len(commits) == (2 if province.db.is_sqlite else 3)
    assert figures(province) == expected
    again = import_files(province.db, files, actor="tinh")
    assert [o.status for o in again] == ["duplicate"] * 4 + ["refused"]
    province.db.close()


def test_a_faulty_file_is_rolled_back_alone_and_the_others_kept(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], db_url: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, paths, _ = commune_bundles
    province = _province(tmp_path, db_url, home)
    monkeypatch.setattr(merge, "apply", _failing_on(2, lambda: RuntimeError("lỗi giả")))
    outcomes = import_files(province.db, paths[:3], actor="tinh")
    assert [o.status for o in outcomes] == ["imported", "error", "imported"]
    monkeypatch.undo()
    with province.db.read() as s:
        codes = set(s.scalars(select(BundleRow.commune_code).where(BundleRow.direction == "in")))
    assert codes == {"90000", "90002"}
    assert [o.status for o in import_files(province.db, paths[:3], actor="tinh")] == ["duplicate", "imported", "duplicate"]
    province.db.close()


@pytest.mark.parametrize("batch", [50, 2])
def test_a_broken_batch_is_rolled_back_whole_and_each_file_says_so(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], db_url: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, batch: int,
) -> None:
    """The database fails under the third file (a disk error, the server gone): the batch being
    written is rolled back as a whole, and committed batches stay."""
    home, paths, expected = commune_bundles
    province = _province(tmp_path, db_url, home)
    before = _held(province.db)
    monkeypatch.setattr(merge, "apply", _failing_on(3, lambda: OperationalError("INSERT", {}, Exception("disk I/O error"))))
    outcomes = import_files(province.db, paths, actor="tinh", max_bundles=batch)
    monkeypatch.undo()
    if batch == 50:  # one batch: nothing of it kept, the first two files say they were rolled back
        assert [o.status for o in outcomes] == ["rolled_back", "rolled_back", "error", "not_imported"]
        assert "nhập lại" in (outcomes[0].message or "") and "huỷ" in (outcomes[0].message or "")
        assert _held(province.db) == before
    else:  # batches of two: the first batch was committed and stays
        assert [o.status for o in outcomes] == ["imported", "imported", "error", "not_imported"]
        assert _held(province.db)["bundles"] == 2
    assert "Chưa nhập" in (outcomes[3].message or "")
    again = import_files(province.db, paths, actor="tinh")
    assert {o.status for o in again} <= {"imported", "duplicate"}
    assert figures(province) == expected
    province.db.close()


_KILLED = """
import os, sys
from pathlib import Path
from kehoach_desktop.store.database import open_database
from kehoach_desktop.sync import merge
from kehoach_desktop.sync.batch import import_files

real, seen = merge.apply, [0]
def apply(*args, **kw):
    seen[0] += 1
    if seen[0] == 3:
        os._exit(9)  # the power goes, mid-batch
    return real(*args, **kw)
merge.apply = apply
db = open_database(sys.argv[1], create=False)
import_files(db, [Path(p) for p in sys.argv[2:]], actor="tinh", max_bundles=2)
"""


def test_a_killed_import_leaves_the_committed_batches_and_nothing_of_the_one_in_progress(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], tmp_path: Path
) -> None:
    home, paths, _ = commune_bundles
    target = tmp_path / "tinh.db"
    province = _province(tmp_path, str(target), home)
    province.db.close()
    done = subprocess.run([sys.executable, "-c", _KILLED, str(target), *map(str, paths)], env=dict(os.environ),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 9, done.stderr
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert sorted(r[0] for r in con.execute("SELECT commune_code FROM sync_bundles WHERE direction = 'in'")) == ["90000", "90001"]
        # Nothing of the third commune, whose bundle was being merged when the process died.
        assert con.execute("SELECT count(*) FROM communes WHERE code = '90002'").fetchone() == (0,)


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every revision, figure and month event, keyed by what syncs (uids), not local ids."""
    with db.read() as s:
        revisions = s.execute(
            select(IndicatorRow.uid, RevisionRow.year, RevisionRow.month, RevisionRow.installation_id, RevisionRow.seq,
                   RevisionRow.vv, RevisionRow.at, RevisionRow.actor, RevisionRow.old_value, RevisionRow.new_value,
                   RevisionRow.old_kind, RevisionRow.new_kind, RevisionRow.old_note, RevisionRow.new_note)
            .join(IndicatorRow, IndicatorRow.id == RevisionRow.indicator_id)
        ).all()
        values = s.execute(
            select(IndicatorRow.uid, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind, ValueRow.note,
                   ValueRow.conflict, ValueRow.installation_id, ValueRow.seq, ValueRow.vv, ValueRow.updated_by,
                   ValueRow.updated_at)
            .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
        ).all()
        events = s.execute(select(MonthEventRow.installation_id, MonthEventRow.seq, MonthEventRow.state,
                                  MonthEventRow.vv, MonthEventRow.cells, MonthEventRow.at)).all()
    return {"revisions": sorted(map(tuple, revisions)), "values": sorted(map(tuple, values)),
            "events": sorted(map(tuple, events))}


def test_the_copy_path_writes_exactly_what_executemany_writes(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two PCs of a commune with conflicting edits, an approved month, full and incremental bundles,
    the same bundle twice, in an order that makes conflicts: the same rows either way."""
    from db_templates_support import pg_database

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.store.months import approve_month
    from sync_support import commune_of_pcs, leader, plan_id

    codes = tuple(str(i) for i in range(1, 21))
    a, b = commune_of_pcs(tmp_path / "xa", 2, codes)
    boss = leader(a)
    for month in range(1, 13):
        for code in codes:
            a.set(code, f"2026-{month:02d}", str(month * 10 + int(code)))
    b.take(a.export(b))
    for code in codes[:5]:  # concurrent edits: conflicts at the province
        a.set(code, "2026-03", "1")
        b.set(code, "2026-03", "2")
    with a.db.write() as session:
        approve_month(session, a.db.installation_id, plan_id(a.db), Period(2026, 2), boss)
    b.set(codes[0], "2026-02", "999")  # arrives after the approval: a conflict for the leader
    a1, b1 = a.export(full=True), b.export(full=True)
    for code in codes:  # more months on A: its next full bundle overlaps the first
        a.set(code, "2026-04", "7")
    order = [b1, a1, a.export(full=True), b1, a1]
    results = {}
    with pg_database(os.environ["KEHOACH_TEST_PG_URL"]) as other_url:
        for name, url, copy_min in (("copy", pg_url, 1), ("executemany", other_url, 10**9)):
            monkeypatch.setattr(bulk, "COPY_MIN", copy_min)
            province = make_pc(tmp_path / name, "tinh", url)
            with province.db.write() as session:
                make_province(session, province.db.installation_id, "test", "Tỉnh thử")
            trust_all(province, a, b)
            staged: list[int] = []
            event.listen(province.db.engine, "before_cursor_execute",
                         lambda *args, seen=staged: seen.append(1) if "CREATE TEMP TABLE" in args[2] else None)
            outcomes = import_files(province.db, order, actor="tinh", max_bundles=3)
            assert [o.status for o in outcomes] == ["imported"] * 3 + ["duplicate"] * 2
            assert bool(staged) == (name == "copy")
            results[name] = (_rows(province.db), [o.status for o in outcomes], figures(province), month_states(province))
            province.db.close()
    assert results["copy"] == results["executemany"]
    assert any(v[3] for v in results["copy"][2].values())  # the conflicts are there, the same on both


def test_two_officers_importing_overlapping_bundles_at_once(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], db_url: str, tmp_path: Path
) -> None:
    """Two processes' worth of connections, the same bundles in different orders, started together:
    every bundle imported once, no revision twice, every figure as the communes hold it."""
    from kehoach_desktop.store.database import open_database

    home, paths, expected = commune_bundles
    province = _province(tmp_path, db_url, home)
    province.db.close()
    orders = [[paths[0], paths[1], paths[2]], [paths[2], paths[1], paths[3], paths[0]]]
    start = threading.Barrier(2)
    found: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def officer(n: int) -> None:
        try:
            db = open_database(db_url, create=False)
            try:
                start.wait(timeout=60)
                found[n] = [o.status for o in import_files(db, orders[n], actor=f"canbo{n}", max_bundles=1)]
            finally:
                db.close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=officer, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors
    by_file: dict[Path, list[str]] = {}
    for n in (0, 1):
        for path, status in zip(orders[n], found[n]):
            by_file.setdefault(path, []).append(status)
    for path, statuses in by_file.items():
        assert statuses.count("imported") == 1 and set(statuses) <= {"imported", "duplicate"}, (path, statuses)
    db = open_database(db_url, create=False)
    try:
        with db.read() as s:
            pairs = s.execute(select(RevisionRow.installation_id, RevisionRow.seq)).all()
        assert len(pairs) == len(set(pairs))
        assert figures(db) == expected
    finally:
        db.close()


def test_a_database_kept_locked_is_said_in_vietnamese_and_nothing_changes(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kehoach_desktop.store import database
    from kehoach_desktop.store.database import open_database

    home, paths, _ = commune_bundles
    target = tmp_path / "tinh.db"
    _province(tmp_path, str(target), home).db.close()
    monkeypatch.setattr(database, "SQLITE_BUSY_MS", 300)
    db = open_database(str(target), create=False)
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another officer's long write
    try:
        outcomes = import_files(db, paths[:2], actor="tinh")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [o.status for o in outcomes] == ["error", "not_imported"]
    assert outcomes[0].reason == "locked" and "đang được người khác ghi" in (outcomes[0].message or "")
    assert _held(db)["bundles"] == 0
    # Released within the wait: the second officer's import waits its turn and goes through.
    db.close()
    monkeypatch.setattr(database, "SQLITE_BUSY_MS", 20_000)
    db = open_database(str(target), create=False)
    other = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    def release() -> None:
        other.execute("COMMIT")
        other.close()

    timer = threading.Timer(0.3, release)
    timer.start()
    try:
        assert [o.status for o in import_files(db, paths[:2], actor="tinh")] == ["imported", "imported"]
    finally:
        timer.join()
        db.close()


def test_the_cli_imports_a_folder_with_a_result_per_file(
    commune_bundles: tuple[Path, list[Path], dict[Any, Any]], tmp_path: Path
) -> None:
    import io
    import json

    from kehoach_desktop.cli import main

    home, paths, _ = commune_bundles
    target = tmp_path / "tinh.db"
    _province(tmp_path, str(target), home).db.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    for path in paths[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    out = io.StringIO()
    code = main(["bundle", "import", "--db", str(target), str(folder), str(paths[2]), "--json"], out)
    rows = json.loads(out.getvalue())
    assert code == 0 and [r["status"] for r in rows] == ["imported"] * 3
    assert [Path(r["file"]).name for r in rows] == [p.name for p in paths[:3]]
    out = io.StringIO()
    assert main(["bundle", "import", "--db", str(target), str(folder)], out) == 0
    assert out.getvalue().count("đã được nhập trước đó") == 2

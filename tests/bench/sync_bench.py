"""Benchmarks of sync bundles: a five-year commune there and back, a province importing 100 communes."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select
from timing import repeats, result

from kehoach_desktop.demo import _SERIES, install_demo
from kehoach_desktop.domain.access import Role
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.months import approve_month
from kehoach_desktop.store.schema import (
    CommuneRow,
    GroupRow,
    IndicatorRow,
    Installation,
    MonthEventRow,
    MonthStatusRow,
    PlanRow,
    RevisionRow,
    TargetRow,
    ValueRow,
)
from kehoach_desktop.store.users import create_user
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync.collect import collect
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.export import export_bundle
from kehoach_desktop.sync.batch import import_files
from kehoach_desktop.sync.importer import import_bundle

YEARS = range(2026, 2031)
APPROVED = [Period(2026, m) for m in range(1, 9)] + [Period(2027, m) for m in range(1, 4)]
N_COMMUNES = repeats(100, 10)
# The tables an import fills, parents first (the raw floor inserts the same rows in this order).
TABLES = (Installation, CommuneRow, PlanRow, GroupRow, IndicatorRow, TargetRow, RevisionRow, ValueRow,
          MonthEventRow, MonthStatusRow)


def _figure(code: str, year: int, month: int) -> Decimal:
    """A plausible figure: the demo series' month, grown 2 % a year (0/1 kept for Đạt/Không đạt)."""
    last_year, this_year = (s.split() for s in _SERIES[code])
    series = [t.partition("*") for t in this_year]
    expanded = [Decimal(f) for f, _, n in series for _ in range(int(n or 1))]
    if month > len(expanded):
        expanded += [Decimal(f) for f, _, n in (t.partition("*") for t in last_year) for _ in range(int(n or 1))][len(expanded):]
    base = expanded[month - 1]
    if base in (0, 1):
        return base
    return (base * (1 + Decimal("0.02") * (year - 2026))).quantize(Decimal("0.01"))


def five_year_commune(path: Path, years: range = YEARS) -> tuple[Database, int]:
    """The demo commune with a figure for every indicator and month of 2026-2030, some months approved."""
    db = open_database(str(path))
    plan_id = install_demo(db)
    with db.write() as s:
        leader = create_user(s, db.installation_id, "bench", "leader", "Lãnh đạo", Role.LEADER, "leader-pass")
    for year in years:  # one batch a year: 30 indicators x 12 months
        entries = [
            ValueEntry(code, Period(year, month), _figure(code, year, month),
                       ValueKind.OFFICIAL if year == 2026 else ValueKind.ESTIMATE)
            for code in _SERIES for month in range(1, 13)
        ]
        with db.write() as s:
            save_values(s, db.installation_id, plan_id, entries, "bench", accept_warnings=True)
    with db.write() as s:
        for period in APPROVED:
            approve_month(s, db.installation_id, plan_id, period, leader)
    return db, plan_id


def _import_trusting(db: Database, path: Path) -> None:
    """Import ``path``, trusting its sender's key the way a person would after comparing it."""
    try:
        import_bundle(db, path, actor="bench")
    except BundleRefused as refused:
        if refused.reason != "unknown_key":
            raise
        import_bundle(db, path, actor="bench", accept_fingerprint=refused.sender.fingerprint)


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            "revisions": s.query(RevisionRow).count(), "values": s.query(ValueRow).count(),
            "month_events": s.query(MonthEventRow).count(),
        }


def bundle_roundtrip(folder: Path) -> dict:
    """Export (full) and import of a five-year commune vs writing and reading its payload as plain JSON."""
    db, _plan_id = five_year_commune(folder / "source.db")
    exports, imports, sizes = [], [], []
    for i in range(3):
        out = folder / f"full-{i}.kehoach"
        start = time.perf_counter()
        sent = export_bundle(db, out, actor="bench", full=True)
        exports.append(time.perf_counter() - start)
        sizes.append(sent.size)
        target = open_database(str(folder / f"target-{i}.db"))
        start = time.perf_counter()
        _import_trusting(target, out)
        imports.append(time.perf_counter() - start)
        received = _counts(target)
        target.close()
    sent_counts = sent.counts
    with db.write() as s:  # the same payload the bundle carries
        commune = s.scalars(select(CommuneRow)).one()
        payload = collect(s, commune.id, None).payload
    db.close()

    floors = []
    for i in range(5):
        plain = folder / f"plain-{i}.json"
        start = time.perf_counter()
        plain.write_bytes(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        json.loads(plain.read_bytes().decode("utf-8"))
        floors.append(time.perf_counter() - start)
    export_s, import_s, floor = min(exports), min(imports), min(floors)
    assert received["revisions"] == sent_counts["revisions"], (received, sent_counts)
    return result(
        export_s + import_s, "s", floor, "ratio reported (floor: json.dumps to a file + json.loads back)",
        export_s=round(export_s, 3), import_s=round(import_s, 3), bundle_bytes=sizes[-1],
        plain_json_bytes=plain.stat().st_size, **sent_counts, received_values=received["values"],
    )


def _clone(template: Path, path: Path, number: int) -> None:
    """A copy of the template commune's database as another commune: its own installation, uids and code."""
    shutil.copyfile(template, path)
    new_inst = str(uuid.uuid4())
    con = sqlite3.connect(path)
    with con:
        (old_inst,) = con.execute("SELECT id FROM installations WHERE is_local").fetchone()
        uids = {old: str(uuid.uuid4()) for (old,) in con.execute("SELECT uid FROM indicators")}
        con.execute("UPDATE installations SET id = ? WHERE is_local", (new_inst,))
        for table in ("value_revisions", "monthly_values", "month_events"):
            con.execute(
                f"UPDATE {table} SET installation_id = ?, vv = REPLACE(vv, ?, ?) WHERE installation_id = ?",
                (new_inst, old_inst, new_inst, old_inst),
            )
        con.execute("UPDATE plans SET uid = ?, rev_installation = ?", (str(uuid.uuid4()), new_inst))
        con.executemany("UPDATE indicators SET uid = ? WHERE uid = ?", [(new, old) for old, new in uids.items()])
        for rid, cells in con.execute("SELECT id, cells FROM month_events").fetchall():
            moved = {uids[u]: {new_inst if k == old_inst else k: v for k, v in vv.items()} for u, vv in json.loads(cells).items()}
            con.execute("UPDATE month_events SET cells = ? WHERE id = ?", (json.dumps(moved, sort_keys=True, separators=(",", ":")), rid))
        con.execute("UPDATE communes SET code = ?, name = ?", (f"9{number:04d}", f"Xã bench {number}"))
    con.close()


def _bundles(folder: Path, count: int) -> list[Path]:
    """``count`` full bundles of different communes, each exported for real from its own database."""
    # Two years of figures per commune keep the run under a minute on the CI machine.
    template_db, _ = five_year_commune(folder / "template.db", range(2026, 2028))
    template_db.close()
    template = folder / "template.db"
    with sqlite3.connect(template) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    paths = []
    for n in range(count):
        db_path = folder / f"commune-{n}.db"
        _clone(template, db_path, n)
        db = open_database(str(db_path), migrate=False)
        paths.append(export_bundle(db, folder / f"commune-{n}.kehoach", actor="bench", full=True).path)
        db.close()
        db_path.unlink()
    return paths


def _province(path: Path) -> Database:
    db = open_database(str(path))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE installations SET scope = 'province' WHERE is_local")
    return db


def _raw_insert(rows: dict, path: Path) -> tuple[float, float]:
    """``rows`` (by table) inserted with Core executemany in one transaction into a fresh database:
    (wall seconds, this process's CPU seconds)."""
    fresh = open_database(str(path))
    start, cpu = time.perf_counter(), time.process_time()
    with fresh.engine.begin() as conn:
        for table, batch in rows.items():
            if batch:
                conn.execute(insert(table), batch)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    fresh.close()
    return elapsed, cpu


def _rows_of(source: Database) -> dict:
    """Every row an import wrote, by table, parents first (the local installation left out)."""
    rows = {}
    with source.read() as s:
        for model in TABLES:
            table = model.__table__
            query = select(table)
            if model is Installation:
                query = query.where(~table.c.is_local)
            rows[table] = [dict(r._mapping) for r in s.execute(query)]
    return rows


def _import_folder(folder: Path, paths: list[Path], name: str) -> tuple[float, float, Database]:
    """A fresh province PC trusting every commune's key (setup, not timed) importing ``paths`` as
    ``kehoach bundle import FOLDER`` does: batches of bundles, one commit (fsync) per batch."""
    from kehoach_desktop.sync.trust import trust_key
    from kehoach_desktop.sync.verify import open_bundle

    province = _province(folder / name)
    with province.write() as session:
        for path in paths:
            trust_key(session, province.installation_id, open_bundle(path).manifest.sender, "bench")
    start, cpu = time.perf_counter(), time.process_time()
    outcomes = import_files(province, paths, actor="bench")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert [o.status for o in outcomes] == ["imported"] * len(paths), [(o.status, o.message) for o in outcomes]
    return elapsed, cpu, province


def bundle_import_100(folder: Path) -> dict:
    """A province importing a folder of 100 communes' full bundles vs a raw executemany of the same
    rows (all tables, one transaction, the same durability settings).

    Twice each, interleaved, the best of each kept: on a shared machine one run of either can land
    in a busy second and move the ratio by a third. ``cpu_ratio`` is the same ratio on this
    process's CPU time (both run in-process on SQLite), which a loaded machine hardly moves.
    """
    setup = time.perf_counter()
    paths = _bundles(folder, N_COMMUNES)
    setup = time.perf_counter() - setup
    imports, raws, cpu_imports, cpu_raws = [], [], [], []
    rows: dict = {}
    for attempt in range(2):
        elapsed, cpu, province = _import_folder(folder, paths, f"province-{attempt}.db")
        imports.append(elapsed)
        cpu_imports.append(cpu)
        try:
            if not rows:
                rows, held = _rows_of(province), _counts(province)
            elapsed, cpu = _raw_insert(rows, folder / f"raw-{attempt}.db")
            raws.append(elapsed)
            cpu_raws.append(cpu)
        finally:
            province.close()
    ours, raw = min(imports), min(raws)
    count = held["revisions"] + held["values"]
    # value and floor are throughputs, so ratio = raw time / import time (1 = as fast as raw).
    return result(
        count / ours, "rows/s", count / raw, "ratio >= 0.6 (raw_time / import_time)",
        import_s=round(ours, 2), raw_s=round(raw, 3), import_runs_s=[round(t, 2) for t in imports],
        raw_runs_s=[round(t, 2) for t in raws], cpu_ratio=round(min(cpu_raws) / min(cpu_imports), 2),
        import_cpu_s=round(min(cpu_imports), 2), raw_cpu_s=round(min(cpu_raws), 2), communes=len(paths), revisions=held["revisions"],
        values=held["values"], month_events=held["month_events"],
        raw_rows_all_tables=sum(len(b) for b in rows.values()),
        per_bundle_ms=round(ours / len(paths) * 1000, 1), setup_s=round(setup, 1),
    )

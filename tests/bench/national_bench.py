"""Benchmark of a national import: every commune's full bundle into one PostgreSQL server.

A generated country: ``COMMUNES_FULL`` (3,321) communes x 60 months (2026-2030) x 30 indicators,
about 6 million figures with as many revisions, 11 approved months each. Each commune's bundle is
the same five-year demo commune given its own installation, plan, indicator ids, commune code and
key (rewritten and signed here rather than exported 3,321 times: exporting is not measured).

Measured: ``sync.batch.import_files`` of all bundles into a fresh PostgreSQL database, against its
floor, PostgreSQL's own ``COPY`` of exactly the rows the import wrote (every table it fills, with
the same indexes and constraints) into another fresh database, in one transaction. The same bundles
go into SQLite too, against a raw ``executemany`` of the same rows there.

By default one province (``COMMUNES``, Lai Châu's 38) so the run takes seconds;
``KEHOACH_BENCH_FULL=1`` or ``run.py national_import --full`` runs the whole country
(``KEHOACH_BENCH_SQLITE=0`` leaves out the SQLite half, which doubles the time).
Needs ``KEHOACH_TEST_PG_URL`` (an admin URL: a database is created and dropped); skipped without.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from timing import repeats, result
from sync_bench import TABLES, five_year_commune

from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.sync import container, manifest
from kehoach_desktop.sync.batch import import_files
from kehoach_desktop.sync.keys import KeyPair, PublicKey
from kehoach_desktop.sync.trust import trust_key

COMMUNES = int(os.environ.get("KEHOACH_BENCH_COMMUNES", str(repeats(38, 8))))  # a quick run: 8
COMMUNES_FULL = 3321
GOAL = "ratio >= 0.3 (copy_time / import_time) and under 60 s for the whole country, on PostgreSQL"


def _full() -> bool:
    return os.environ.get("KEHOACH_BENCH_FULL", "") not in ("", "0")


def _template(folder: Path) -> tuple[dict[str, Any], bytes, list[str]]:
    """The five-year demo commune's full bundle: its manifest, payload text and the ids to rewrite."""
    from kehoach_desktop.sync.export import export_bundle

    db, _ = five_year_commune(folder / "template.db")
    path = export_bundle(db, folder / "template.kehoach", actor="bench", full=True).path
    db.close()
    import zipfile

    with zipfile.ZipFile(path) as z:
        raw = json.loads(z.read(container.MANIFEST))
        body = z.read(container.PAYLOAD)
    data = json.loads(body)
    ids = [i["id"] for i in data["installations"]]
    ids += [p["uid"] for p in data["plans"]] + [i["uid"] for p in data["plans"] for i in p["indicators"]]
    return raw, body, ids


def _bundles(folder: Path, count: int) -> tuple[list[Path], list[PublicKey]]:
    """``count`` communes' bundles, each the template under new ids, code and key, signed by it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    raw, body, ids = _template(folder)
    text, manifest_text = body.decode("utf-8"), json.dumps(raw, ensure_ascii=False)
    paths, keys = [], []
    out = folder / "bundles"
    out.mkdir()
    for n in range(count):
        fresh = {old: str(uuid.uuid4()) for old in ids}
        payload, head = text, manifest_text
        for old, new in fresh.items():
            payload, head = payload.replace(old, new), head.replace(old, new)
        data = payload.encode("utf-8")
        m = json.loads(head)
        code, name = f"{10000 + n:05d}", f"Xã {n + 1}"
        pair = KeyPair(fresh[ids[0]], Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
        key = pair.public(f"Máy xã {n + 1}", "commune", code)
        m["sender"], m["bundle_id"] = key.to_json(), str(uuid.uuid4())
        m["commune"] = {**m["commune"], "code": code, "name": name}
        m["payload"] = {"name": container.PAYLOAD, "sha256": manifest.digest(data), "size": len(data)}
        signed = manifest.encode(m)
        path = out / f"{code}.kehoach"
        container.write_container(path, {container.MANIFEST: signed, container.SIGNATURE: pair.sign.sign(signed),
                                         container.PAYLOAD: data})
        paths.append(path)
        keys.append(key)
    return paths, keys


@contextmanager
def _pg_database(admin_url: str) -> Iterator[str]:
    """A new PostgreSQL database, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(admin_url)
    name = f"kehoach_bench_{uuid.uuid4().hex[:12]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _import(url: str, paths: list[Path], keys: list[PublicKey]) -> tuple[float, Database]:
    """A fresh province database trusting every commune's key (setup), importing every bundle (timed)."""
    db = open_database(url)
    with db.write() as s:
        make_province(s, db.installation_id, "bench", "Cả nước")
        for key in keys:
            trust_key(s, db.installation_id, key, "bench")
    start = time.perf_counter()
    outcomes = import_files(db, paths, actor="bench")
    elapsed = time.perf_counter() - start
    bad = [(o.path.name, o.status, o.message) for o in outcomes if o.status != "imported"]
    assert not bad, bad[:3]
    return elapsed, db


def _tables() -> list[Table]:
    return [model.__table__ for model in TABLES]  # type: ignore[misc]


def _where(table: Table) -> str:
    return " WHERE NOT is_local" if table.name == "installations" else ""


def _pg_copy_floor(source: Database, target_url: str, spool: Path) -> tuple[float, int]:
    """The rows the import wrote, ``COPY``-ed (binary) into a fresh migrated database in one transaction."""
    import psycopg

    target = open_database(target_url)
    target.close()
    dsn = lambda db: db.url.set(drivername="postgresql").render_as_string(hide_password=False)  # noqa: E731
    files = []
    rows = 0
    with psycopg.connect(dsn(source)) as conn:
        for table in _tables():
            cols = ", ".join(f'"{c.name}"' for c in table.columns)
            path = spool / f"{table.name}.copy"
            with conn.cursor() as cur, open(path, "wb") as out:
                with cur.copy(f'COPY (SELECT {cols} FROM "{table.name}"{_where(table)}) TO STDOUT (FORMAT binary)') as copy:
                    for block in copy:
                        out.write(block)
                rows += conn.execute(f'SELECT count(*) FROM "{table.name}"{_where(table)}').fetchone()[0]  # type: ignore[index]
            files.append((table, cols, path))
    with psycopg.connect(dsn(target)) as conn:
        start = time.perf_counter()
        with conn.transaction():
            for table, cols, path in files:
                with conn.cursor() as cur, cur.copy(f'COPY "{table.name}" ({cols}) FROM STDIN (FORMAT binary)') as copy, \
                        open(path, "rb") as src:
                    while block := src.read(1 << 20):
                        copy.write(block)
        elapsed = time.perf_counter() - start
    for _, _, path in files:
        path.unlink()
    return elapsed, rows


def _sqlite_floor(source: Path, target: Path) -> float:
    """The rows the import wrote, read back and inserted with executemany into a fresh database
    (migrated by the app, WAL, synchronous=FULL), in one transaction, in chunks (bounded memory)."""
    open_database(str(target)).close()
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    for table in _tables():
        cols = [c.name for c in table.columns]
        names = ", ".join(f'"{c}"' for c in cols)
        cur = src.execute(f'SELECT {names} FROM "{table.name}"{_where(table)}')
        insert = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(cols))})'
        while chunk := cur.fetchmany(20_000):
            dst.executemany(insert, chunk)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - start
    src.close()
    dst.close()
    return elapsed


def national_import(folder: Path) -> dict:
    """A country's (or by default one province's) bundles into PostgreSQL vs COPY of the same rows."""
    admin = os.environ.get("KEHOACH_TEST_PG_URL")
    if not admin:
        reason = "KEHOACH_TEST_PG_URL is not set: national_import needs a PostgreSQL server (.ci/run sets it)"
        print(f"national_import skipped: {reason}", file=sys.stderr)
        return result(0, "rows/s", None, GOAL, skipped=reason)
    count = COMMUNES_FULL if _full() else COMMUNES
    setup = time.perf_counter()
    paths, keys = _bundles(folder, count)
    setup = time.perf_counter() - setup
    with _pg_database(admin) as url, _pg_database(admin) as floor_url:
        pg_s, db = _import(url, paths, keys)
        try:
            copy_s, rows = _pg_copy_floor(db, floor_url, folder)
        finally:
            db.close()
    figures = count * 1800
    if os.environ.get("KEHOACH_BENCH_SQLITE", "1") == "0":  # the PostgreSQL half alone (a long full run)
        sqlite_s = sqlite_floor_s = float("nan")
    else:
        sqlite_s, sdb = _import(str(folder / "province.db"), paths, keys)
        sdb.close()
        sqlite_floor_s = _sqlite_floor(folder / "province.db", folder / "raw.db")
    return result(
        figures / pg_s, "figures/s", figures / copy_s, GOAL,
        communes=count, figures=figures, rows_all_tables=rows, postgresql_import_s=round(pg_s, 2),
        postgresql_copy_s=round(copy_s, 2), sqlite_import_s=round(sqlite_s, 2),
        sqlite_executemany_s=round(sqlite_floor_s, 2), sqlite_ratio=round(sqlite_floor_s / sqlite_s, 2),
        per_bundle_ms_postgresql=round(pg_s / count * 1000, 1), per_bundle_ms_sqlite=round(sqlite_s / count * 1000, 1),
        setup_s=round(setup, 1), full=_full(),
    )


if __name__ == "__main__":  # python tests/bench/national_bench.py [--full]
    if "--full" in sys.argv:
        os.environ["KEHOACH_BENCH_FULL"] = "1"
    with tempfile.TemporaryDirectory(prefix="kehoach-national-") as tmp:
        os.environ["KEHOACH_DATA_DIR"] = tmp
        print(json.dumps({"name": "national_import", **national_import(Path(tmp))}, ensure_ascii=False))

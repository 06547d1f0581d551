"""Benchmarks of sync at a province's scale (issue 17).

* ``bundle_largest``: the largest bundle a trusted sender can make within the payload limits
  (``sync.payload.MAX_REVISIONS`` revisions from 10,000 installations), imported on a fresh PC in
  a child process: time against the bare ``json.loads`` of its payload, and peak memory against
  a child that only imports the program.
* ``bundle_10k_incremental``: a commune PC's incremental bundle to a province holding 10,000
  installations, exported and imported, against the same with 10 installations.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import resource
import statistics
import sys
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

from timing import repeats, result

N_ORIGINS = repeats(10_000, 2_000)
#: The largest bundle carries payload.MAX_REVISIONS revisions; a quick run a tenth of them.
QUICK_SHARE = repeats(1, 10)


def _peak_child(target: Any, *args: Any) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of ``target(*args)`` run in a fresh (spawned) process."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(queue, target, *args))
    proc.start()
    seconds, peak_kb = queue.get()
    proc.join()
    return seconds, peak_kb / 1024


def _run(queue: Any, target: Any, *args: Any) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    start = time.perf_counter()
    target(*args)
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _import_only() -> None:
    import kehoach_desktop.sync.importer  # noqa: F401  (what any import loads)


def _loads_only(path: str) -> None:
    import kehoach_desktop.sync.importer  # noqa: F401

    with zipfile.ZipFile(path) as z:
        json.loads(z.read("payload.json"))


def _import_into(db_path: str, bundle: str, data_dir: str) -> None:
    import os

    os.environ["KEHOACH_DATA_DIR"] = data_dir
    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.sync.importer import import_bundle

    db = open_database(db_path)
    result_ = import_bundle(db, Path(bundle), actor="bench")
    assert result_.status == "imported"
    db.close()


def _largest_bundle(folder: Path) -> tuple[Path, Path, int]:
    """A's full bundle rewritten to carry MAX_REVISIONS revisions from N_ORIGINS installations, signed by A;
    and B's database, trusting A."""
    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.sync import container, manifest, payload
    from kehoach_desktop.sync.export import export_bundle, own_public_key
    from kehoach_desktop.sync.keys import local_keys
    from kehoach_desktop.sync.trust import trust_key

    a = open_database(str(folder / "a.db"))
    install_demo(a)
    b = open_database(str(folder / "b.db"))
    with b.write() as s:
        trust_key(s, b.installation_id, own_public_key(a), "bench")
    base = export_bundle(a, folder / "a.kehoach", actor="bench", full=True).path
    with zipfile.ZipFile(base) as z:
        body = json.loads(z.read(container.PAYLOAD))
        raw = json.loads(z.read(container.MANIFEST))
    uids = [i["uid"] for p in body["plans"] for i in p["indicators"]]
    cells = [(u, y, m) for u in uids for y in range(2026, 2031) for m in range(1, 13)]
    origins = [str(uuid.uuid4()) for _ in range(N_ORIGINS)]
    body["installations"] = [{"id": o, "name": f"Máy {i}"} for i, o in enumerate(origins)]
    per_origin = payload.MAX_REVISIONS // QUICK_SHARE // N_ORIGINS
    revisions = []
    for i in range(N_ORIGINS):  # each installation edits one cell again and again (a chain)
        uid, year, month = cells[i % len(cells)]
        for seq in range(1, per_origin + 1):
            revisions.append([uid, year, month, i, seq, [[i, seq]], f"2026-06-01T00:{seq % 60:02d}:00+00:00", "x",
                              str(seq * 10 + i % 7), "estimate", "ghi chú", None, None, None])
    body["revisions"], body["month_events"] = revisions, []
    data = payload.encode(body)
    raw["payload"] = {"name": container.PAYLOAD, "sha256": manifest.digest(data), "size": len(data)}
    raw["counts"]["revisions"], raw["counts"]["month_events"] = len(revisions), 0
    raw["bundle_id"] = str(uuid.uuid4())
    signed = manifest.encode(raw)
    out = folder / "largest.kehoach"
    container.write_container(out, {container.MANIFEST: signed, container.SIGNATURE: local_keys(a.installation_id).sign.sign(signed),
                                    container.PAYLOAD: data})
    a.close()
    b.close()
    return out, folder / "b.db", len(data)


def bundle_largest(folder: Path) -> dict:
    """Import time and peak memory of the largest bundle a trusted sender can make."""
    import os

    from kehoach_desktop.sync import payload

    bundle, b_db, payload_bytes = _largest_bundle(folder)
    data_dir = os.environ.get("KEHOACH_DATA_DIR", "")
    seconds, peak = _peak_child(_import_into, str(b_db), str(bundle), data_dir)
    floor_s, loads_peak = _peak_child(_loads_only, str(bundle))
    _, base_peak = _peak_child(_import_only)
    return result(
        seconds, "s", floor_s, "ratio reported (floor: json.loads of the same payload in a fresh process)",
        # A spawned child re-imports run.py and this module: baseline_mb is that, the same
        # for all three children; import_mb is what the import itself adds.
        peak_mb=round(peak), baseline_mb=round(base_peak), import_mb=round(peak - base_peak),
        json_loads_peak_mb=round(loads_peak),
        peak_over_baseline=round(peak / base_peak, 2), revisions=payload.MAX_REVISIONS // QUICK_SHARE, installations=N_ORIGINS,
        file_bytes=bundle.stat().st_size, payload_bytes=payload_bytes, limit_payload_bytes=payload.MAX_BYTES,
    )


def _incremental(folder: Path, origins: int) -> float:
    """Seconds for A's incremental bundle to a province holding ``origins`` other installations."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import test_sync_scale as scale
    from sync_support import make_pc, trust_all

    from kehoach_desktop.demo import install_demo

    scale.N = origins
    p, _origins, _ = scale._province_with_many_installations(folder)
    a = make_pc(folder, "A")
    install_demo(a.db)
    trust_all(a, p)
    p.take(a.export(p, full=True))
    a.take(p.export(a))
    rounds = []
    for value in ("77", "78", "79"):
        a.set("1", "2026-05", value)
        # The set-up's garbage (a whole province built in this process) collected before each
        # round: a collection of it mid-round cost up to 0.1 s, a pause no user's import carries.
        gc.collect()
        start = time.perf_counter()
        bundle = a.export(p)
        assert p.take(bundle) == "imported"
        assert a.take(p.export(a)) in ("imported", "stale")
        rounds.append(time.perf_counter() - start)
    a.db.close()
    p.db.close()
    return statistics.median(rounds)


def bundle_10k_incremental(folder: Path) -> dict:
    """A commune PC's incremental round (median of three) with a province of 10,000 installations vs one of 10."""
    small = _incremental(folder / "small", 10)
    big = _incremental(folder / "big", N_ORIGINS)
    return result(big, "s", small, f"ratio <= 3 ({N_ORIGINS:,} installations vs 10)", installations=N_ORIGINS)

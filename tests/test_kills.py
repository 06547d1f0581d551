"""Issue 16: a kill -9 at any moment of a write, a backup or a restore loses no committed figure and
leaves a sound database (a few rounds here; more rounds are marked slow)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kehoach_desktop.store.backup import list_backups, make_backup
from kehoach_desktop.store.integrity import check_file

WRITER = r"""
import sys
from decimal import Decimal
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.values import ValueEntry, save_values
db = open_database(sys.argv[1], create=False)
with db.read() as s:
    from kehoach_desktop.store.queries import current_plan
    plan = current_plan(s).id
n = int(sys.argv[2])  # the figure already there: each write adds one, so figure == revisions
print("ready", flush=True)
while True:
    n += 1
    with db.write() as s:
        save_values(s, db.installation_id, plan, [ValueEntry("4", Period(2026, 11), Decimal(n))], "k", accept_warnings=True)
    print(n, flush=True)
"""

RESTORER = r"""
import sys
from pathlib import Path
from kehoach_desktop.store.backup import restore, make_backup
db, backups = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
print("ready", flush=True)
i = 0
while True:
    restore(db, backups[i % len(backups)])
    i += 1
"""


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    from kehoach_desktop.cli import main

    path = tmp_path / "xa.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _figure(path: Path) -> tuple[int | None, int]:
    """Indicator 4's figure for 11/2026 and how many revisions it has."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT v.value FROM monthly_values v JOIN indicators i ON i.id = v.indicator_id "
            "WHERE i.code = '4' AND v.year = 2026 AND v.month = 11"
        ).fetchone()
        revisions = conn.execute(
            "SELECT count(*) FROM value_revisions r JOIN indicators i ON i.id = r.indicator_id "
            "WHERE i.code = '4' AND r.year = 2026 AND r.month = 11"
        ).fetchone()[0]
    finally:
        conn.close()
    return (None if row is None else int(row[0])), revisions


def _committed(path: Path) -> int:
    value, revisions = _figure(path)
    assert (value or 0) == revisions  # every committed figure kept its revision, nothing half-written
    return value or 0


def _kill_rounds(demo_file: Path, rounds: int) -> None:
    last_seen = 0
    for _ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_file), str(last_seen)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(random.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        printed = [int(line) for line in proc.stdout.read().split() if line.isdigit()]
        proc.wait(timeout=10)
        assert check_file(demo_file, full=True) is None
        committed = _committed(demo_file)
        if printed:
            assert committed >= printed[-1]  # what was reported saved is still there
        assert committed >= last_seen
        last_seen = committed


def test_kill_during_writes_loses_no_committed_figure(demo_file: Path) -> None:
    _kill_rounds(demo_file, 3)


@pytest.mark.slow
def test_kill_during_writes_many_rounds(demo_file: Path) -> None:
    _kill_rounds(demo_file, 30)


def test_kill_during_restores_leaves_one_sound_database(demo_file: Path, tmp_path: Path) -> None:
    first = make_backup(demo_file, "manual").path
    from kehoach_desktop.cli import main

    assert main(["value", "set", "--db", str(demo_file), "--indicator", "4", "--period", "2026-11",
                 "--value", "7.777", "--force"]) == 0
    import gc

    gc.collect()
    second = make_backup(demo_file, "manual").path
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", RESTORER, str(demo_file), str(first), str(second)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(random.uniform(0.05, 0.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert check_file(demo_file, full=True) is None
        assert _figure(demo_file) in ((None, 0), (7777, 1))  # one backup or the other, whole
    assert all(i.size > 0 for i in list_backups(demo_file, verify=True) if i.verified)

"""Benchmarks of the store: saving a month, evaluating a month, reading the entry grid."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from timing import median_seconds, repeats, result

from kehoach_desktop.demo import install_demo
from kehoach_desktop.domain.model import Aggregation, Group, Indicator, Plan, PlanKind, PlanStatus, RuleKind, TargetRule
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import open_database
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.store.grid import month_grid
from kehoach_desktop.store.queries import evaluate_month

N_VALUES = 40


def _forty_indicator_db(folder: Path):  # type: ignore[no-untyped-def]
    db = open_database(str(folder / "save.db"))
    draft = PlanDraft(
        plan=Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED),
        groups=[Group("economy", "Kinh tế")],
        indicators=[Indicator(str(i), f"Chỉ tiêu {i}", "tấn", "economy", aggregation=Aggregation.FLOW) for i in range(1, N_VALUES + 1)],
        rules={str(i): [TargetRule(RuleKind.AT_LEAST, Decimal(1000), per_year=True)] for i in range(1, N_VALUES + 1)},
    )
    with db.write() as s:
        commune = init_commune(s, db.installation_id, "1", "Xã bench", None, "bench")
        plan_id = create_plan(s, db.installation_id, commune.id, draft, "bench").id
    return db, plan_id


def save_month(folder: Path) -> dict:
    """Saving 40 values for one month as one operation vs a bare SQLite commit of 40 rows."""
    db, plan_id = _forty_indicator_db(folder)
    period = Period(2026, 9)

    def save(i: int) -> None:
        entries = [ValueEntry(str(k), period, Decimal(100 + k + i * 0.5).quantize(Decimal("0.1"))) for k in range(1, N_VALUES + 1)]
        with db.write() as s:
            changes = save_values(s, db.installation_id, plan_id, entries, "bench")
        assert len(changes) == N_VALUES

    ours = median_seconds(save, repeat=repeats(30, 5))
    db.close()

    raw = sqlite3.connect(folder / "bare.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE v (indicator INTEGER, year INTEGER, month INTEGER, value TEXT, PRIMARY KEY (indicator, year, month))")

    def bare(i: int) -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT OR REPLACE INTO v VALUES (?, 2026, 9, ?)",
            [(k, str(100 + k + i * 0.5)) for k in range(1, N_VALUES + 1)],
        )
        raw.execute("COMMIT")

    floor = median_seconds(bare, repeat=repeats(30, 5))
    raw.close()
    return result(ours * 1000, "ms", floor * 1000, "ratio <= 2", values=N_VALUES)


def status_month(folder: Path) -> dict:
    """Evaluating every indicator of the demo plan for a month, reads included."""
    db = open_database(str(folder / "demo.db"))
    plan_id = install_demo(db)
    period = Period(2026, 9)

    def evaluate(_: int) -> None:
        with db.read() as s:
            evaluate_month(s, plan_id, period)

    ours = median_seconds(evaluate, repeat=repeats(50, 10))
    with db.read() as s:
        count = len(evaluate_month(s, plan_id, period))
    db.close()
    floor = _bare_plan_read(folder / "demo.db", plan_id)
    return result(ours * 1000, "ms", floor * 1000, "value < 20 ms", indicators=count)


def month_grid_read(folder: Path) -> dict:
    """The entry grid's rows for a month of the demo plan (``store.grid.month_grid``: every
    indicator judged), as a user with no assignment reads it, vs the bare read of the plan's rows.

    Was a test asserting under 300 ms per read; the goal stays 100 ms."""
    db = open_database(str(folder / "grid.db"))
    plan_id = install_demo(db)
    period = Period(2026, 9)

    def read(_: int) -> None:
        with db.read() as s:
            month_grid(s, plan_id, period, "nobody")

    ours = median_seconds(read, repeat=repeats(20, 5))
    with db.read() as s:
        rows = len(month_grid(s, plan_id, period, "nobody").rows)
    db.close()
    floor = _bare_plan_read(folder / "grid.db", plan_id)
    return result(ours * 1000, "ms", floor * 1000, "value < 100 ms", rows=rows)


def _bare_plan_read(path: Path, plan_id: int) -> float:
    """The median time of reading the plan's indicators, targets and figures with sqlite3 alone."""
    raw = sqlite3.connect(path)

    def bare(_: int) -> None:
        raw.execute("SELECT * FROM indicators WHERE plan_id = ?", (plan_id,)).fetchall()
        raw.execute("SELECT t.* FROM targets t JOIN indicators i ON i.id = t.indicator_id WHERE i.plan_id = ?", (plan_id,)).fetchall()
        raw.execute(
            "SELECT v.* FROM monthly_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.plan_id = ?",
            (plan_id,),
        ).fetchall()

    floor = median_seconds(bare, repeat=repeats(50, 10))
    raw.close()
    return floor

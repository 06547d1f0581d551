"""Benchmarks of province mode: the completeness matrix and one indicator across communes.

The province: 168 communes (Thành phố Hồ Chí Minh, the largest), each with the demo's 30
indicators and a figure for every indicator and month of 2026-2030 (60 months, about 300,000
figures and as many revisions), inserted in bulk rather than through bundles, which is not
what is measured here.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from timing import median_seconds, repeats, result

from kehoach_desktop.demo import demo_draft
from kehoach_desktop.domain.access import MonthState
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.services import province as svc
from kehoach_desktop.store.bulk import bulk_insert
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.month_summary import rebuild
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.schema import IndicatorRow, MonthStatusRow, RevisionRow, ValueRow

COMMUNES = repeats(168, 24)
YEARS = range(2026, 2031)


def province_db(folder: Path, communes: int = COMMUNES) -> Database:
    """A province database with ``communes`` communes x 60 months of figures (SQLite)."""
    db = open_database(str(folder / "province.db"))
    rng = random.Random(18)
    with db.write() as s:
        make_province(s, db.installation_id, "bench", "Thành phố Mẫu")
        draft = demo_draft()
        plan_ids = []
        for i in range(communes):
            row = init_commune(s, db.installation_id, f"{26700 + i:05d}", f"Xã {i + 1}", "Thành phố Mẫu", "bench")
            plan_ids.append(create_plan(s, db.installation_id, row.id, draft, "bench").id)
        indicators = s.execute(select_indicators(plan_ids)).all()
        values, revisions, states = [], [], []
        seq = 0
        for plan_id in plan_ids:
            last = rng.choice((58, 59, 60, 60, 60))  # some communes have not reported the last months
            for ind_id, ind_plan in indicators:
                if ind_plan != plan_id:
                    continue
                for n, (year, month) in enumerate((y, m) for y in YEARS for m in range(1, 13)):
                    if n >= last:
                        break
                    seq += 1
                    at = datetime(year, month, rng.randint(5, 28), 9, tzinfo=timezone.utc)
                    value = Decimal(rng.randint(1, 100_000)) / 10
                    kind = ValueKind.OFFICIAL if n < last - 2 else ValueKind.ESTIMATE
                    values.append({"indicator_id": ind_id, "year": year, "month": month, "value": value, "kind": kind,
                                   "note": None, "updated_by": "bench", "updated_at": at,
                                   "installation_id": db.installation_id, "seq": seq, "vv": "{}", "conflict": False})
                    revisions.append({"indicator_id": ind_id, "year": year, "month": month, "old_value": None,
                                      "new_value": value, "old_kind": None, "new_kind": kind, "old_note": None,
                                      "new_note": None, "actor": "bench", "at": at,
                                      "installation_id": db.installation_id, "seq": seq, "vv": "{}"})
            for n, (year, month) in enumerate((y, m) for y in YEARS for m in range(1, 13)):
                if n < last - 4:
                    states.append({"plan_id": plan_id, "year": year, "month": month, "state": MonthState.APPROVED,
                                   "changed_by": "bench", "changed_at": datetime(year, month, 28, tzinfo=timezone.utc),
                                   "reason": None})
        bulk_insert(s, ValueRow.__table__, values)  # type: ignore[arg-type]
        bulk_insert(s, RevisionRow.__table__, revisions)  # type: ignore[arg-type]
        bulk_insert(s, MonthStatusRow.__table__, states)  # type: ignore[arg-type]
        rebuild(s)  # rows inserted behind the store's back: their month summaries made at once
    return db


def select_indicators(plan_ids: list[int]):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(IndicatorRow.id, IndicatorRow.plan_id).where(IndicatorRow.plan_id.in_(plan_ids))


def province_matrix(folder: Path) -> dict:
    """The completeness matrix, 168 communes x 60 months, vs reading the same rows with ``sqlite3``.

    The matrix reads each commune's month summaries (``store.month_summary``: one row per commune
    and month, kept by every write), the month states and the plans' sizes; the floor reads those
    rows bare, with no dates parsed and no cell built. ``scan_ms`` is what the matrix used to rest
    on before the summaries: one bare grouped count of the 300,000 figures.
    """
    db = province_db(folder)
    years = list(YEARS)
    ours = median_seconds(lambda _i: svc.load_matrix(db, years), repeat=repeats(7, 3))
    cells = sum(len(r.cells) for r in svc.load_matrix(db, years).rows)
    one_year = median_seconds(lambda _i: svc.load_matrix(db, [2028]), repeat=repeats(7, 3))  # what the page shows
    db.close()
    raw = sqlite3.connect(folder / "province.db")
    plans = ",".join(str(p) for (p,) in raw.execute("SELECT id FROM plans"))

    def bare(_: int) -> None:
        raw.execute(
            f"SELECT plan_id, year, month, figures, estimates, first_at FROM month_summaries "
            f"WHERE plan_id IN ({plans}) AND year BETWEEN 2026 AND 2030"
        ).fetchall()
        raw.execute(
            f"SELECT plan_id, year, month, state FROM month_status WHERE plan_id IN ({plans}) AND year BETWEEN 2026 AND 2030"
        ).fetchall()
        raw.execute(f"SELECT plan_id, count(id) FROM indicators WHERE plan_id IN ({plans}) GROUP BY plan_id").fetchall()

    def scan(_: int) -> None:
        raw.execute(
            "SELECT i.plan_id, v.year, v.month, count(v.value) FROM monthly_values v JOIN indicators i "
            "ON i.id = v.indicator_id WHERE v.year BETWEEN 2026 AND 2030 GROUP BY i.plan_id, v.year, v.month"
        ).fetchall()

    floor = median_seconds(bare, repeat=repeats(7, 3))
    scanned = median_seconds(scan, repeat=repeats(3, 1))
    raw.close()
    return result(ours * 1000, "ms", floor * 1000, "value < 200 ms", communes=COMMUNES, cells=cells,
                  one_year_ms=round(one_year * 1000, 1), scan_ms=round(scanned * 1000, 1))


def province_compare(folder: Path) -> dict:
    """One flow indicator across 168 communes for nine months, with its total, vs reading its figures bare."""
    db = province_db(folder)
    period = Period.parse("2028-M9")
    ours = median_seconds(lambda _i: svc.load_comparison(db, "2", period), repeat=repeats(15, 5))
    rows = len(svc.load_comparison(db, "2", period).rows)
    db.close()
    raw = sqlite3.connect(folder / "province.db")

    def bare(_: int) -> None:
        raw.execute(
            "SELECT v.* FROM monthly_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.code = '2'"
        ).fetchall()
        raw.execute("SELECT t.* FROM targets t JOIN indicators i ON i.id = t.indicator_id WHERE i.code = '2'").fetchall()

    floor = median_seconds(bare, repeat=repeats(15, 5))
    raw.close()
    return result(ours * 1000, "ms", floor * 1000, "value < 100 ms", communes=rows)


def province_report(folder: Path) -> dict:
    """The province's report on 2028-09 for 168 communes (data, then .docx and .xlsx), vs reading its figures bare.

    The floor is the bare read of every figure the report judges (all communes, 2026-2028); the
    report adds each commune's own evaluation of its 30 indicators (5,040 ``evaluate`` calls) and
    the completeness matrix of the year.
    """
    from datetime import date

    db = province_db(folder)
    period, issued = Period.parse("2028-09"), date(2028, 10, 5)
    ours = median_seconds(lambda _i: svc.province_report(db, period, issued), repeat=repeats(3, 1), warmup=repeats(1, 0))
    docx = median_seconds(lambda i: svc.export_province_report(db, period, folder / f"r{i}.docx", "docx", issued),
                          repeat=repeats(3, 1), warmup=repeats(1, 0))
    xlsx = median_seconds(lambda i: svc.export_province_report(db, period, folder / f"r{i}.xlsx", "xlsx", issued),
                          repeat=repeats(3, 1), warmup=repeats(1, 0))
    db.close()
    raw = sqlite3.connect(folder / "province.db")

    def bare(_: int) -> None:
        raw.execute("SELECT indicator_id, year, month, value, kind, note FROM monthly_values WHERE year <= 2028 "
                    "ORDER BY indicator_id, year, month").fetchall()

    floor = median_seconds(bare, repeat=repeats(5, 2))
    raw.close()
    return result(ours * 1000, "ms", floor * 1000, "(no goal; docx_ms and xlsx_ms include the data)",
                  communes=COMMUNES, docx_ms=round(docx * 1000), xlsx_ms=round(xlsx * 1000))

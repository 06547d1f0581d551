"""Shared fixtures: a real temporary database on SQLite and, where configured, PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "KEHOACH_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """In Qt tests, as in the app (gui/gc_timer.py): no automatic collection, which could run on
    the database worker thread and delete Qt widgets there; collect on the main thread after."""
    import gc

    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder, so nothing touches the real one."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(folder))
    monkeypatch.delenv("KEHOACH_DB", raising=False)
    return folder


def _pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped (.ci/run sets it)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(_pg_admin_url())
    name = f"kehoach_test_{uuid.uuid4().hex[:12]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database location, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "kehoach.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated, empty database on each backend."""
    from kehoach_desktop.store.database import open_database

    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    """The demo commune installed into ``db``; yields (database, plan id)."""
    from kehoach_desktop.demo import install_demo

    return db, install_demo(db)



SMALL_PLAN_CODES = ("1", "2", "3", "3.1")


@pytest.fixture
def plan_db(db):  # type: ignore[no-untyped-def]
    """``db`` with a commune and a small adopted plan of four indicators; yields (db, plan id)."""
    from decimal import Decimal as D

    from kehoach_desktop.domain.model import (
        Aggregation, Direction, Group, Indicator, Plan, PlanKind, PlanStatus, RuleKind, TargetRule,
    )
    from kehoach_desktop.domain.draft import PlanDraft
    from kehoach_desktop.store.operations import create_plan, init_commune

    draft = PlanDraft(
        plan=Plan(PlanKind.FIVE_YEAR, 2026, 2030, title="Kế hoạch thử", status=PlanStatus.ADOPTED),
        groups=[Group("economy", "Chỉ tiêu kinh tế"), Group("society", "Chỉ tiêu xã hội")],
        indicators=[
            Indicator("1", "Sản lượng lương thực có hạt", "tấn", "economy", aggregation=Aggregation.FLOW,
                      baseline_value=D(6800), baseline_year=2025),
            Indicator("2", "Tỷ lệ hộ nghèo", "%", "society", direction=Direction.LOWER, baseline_value=D("4.5"),
                      baseline_year=2025),
            Indicator("3", "Tổng đàn gia súc", "con", "economy", baseline_value=D(52000), baseline_year=2025),
            Indicator("3.1", "Đàn trâu", "con", "economy", parent_code="3", baseline_value=D(1150), baseline_year=2025),
        ],
        rules={
            "1": [TargetRule(RuleKind.AT_LEAST, D(7000), per_year=True, text="≥ 7.000 tấn")],
            "2": [TargetRule(RuleKind.REDUCTION, D("1.5"), per_year=True, points=True, text="giảm 1,5 điểm/năm")],
            "3": [TargetRule(RuleKind.EQUAL, D(52400), text="52.400 con")],
            "3.1": [TargetRule(RuleKind.MAINTAIN, D(1150), text="duy trì 1.150 con")],
        },
    )
    with db.write() as session:
        commune = init_commune(session, db.installation_id, "06253", "Xã Thử", "Lạng Sơn", "tester")
        plan = create_plan(session, db.installation_id, commune.id, draft, "tester")
        plan_id = plan.id
    return db, plan_id


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    """The shared folder of real plan texts; tests that read it skip when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present on this machine")
    return CORPUS


@pytest.fixture
def gui_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A SQLite file with the demo commune and plan and the three test accounts.

    Yields (path, users by name, plan id); the database is closed so the window opens its own.
    """
    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.database import open_database

    from gui_support import add_users

    path = tmp_path / "gui.db"
    database = open_database(str(path))
    plan_id = install_demo(database)
    users = add_users(database)
    database.close()
    yield path, users, plan_id

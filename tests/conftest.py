"""Shared fixtures: a real temporary database on SQLite and, where configured, PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from db_templates_support import Build, Templates
    from gui_support import MessageBoxes

    from kehoach_desktop.domain.access import User
    from kehoach_desktop.store.database import Database

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
    from db_templates_support import pg_database

    with pg_database(_pg_admin_url()) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database server a test runs on: every test using a database runs on each."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A location for a new database (nothing created yet on SQLite; an empty database on PostgreSQL)."""
    if backend == "sqlite":
        return str(tmp_path / "kehoach.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """The session's template databases (``tests/db_templates_support.py``)."""
    from db_templates_support import Templates

    templates = Templates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.close()


@contextmanager
def _copy_of(kind: str, build: Build, backend: str, templates: Templates, tmp_path: Path) -> Iterator[tuple[Database, Any]]:
    """An open copy of the template ``kind`` on ``backend``, closed (and dropped) afterwards."""
    from db_templates_support import pg_database

    from kehoach_desktop.store.database import open_database

    if backend == "sqlite":
        path = tmp_path / "kehoach.db"
        info = templates.sqlite(kind, build, path)
        database = open_database(str(path))
        try:
            yield database, info
        finally:
            database.close()
        return
    admin = _pg_admin_url()
    template, info = templates.postgresql(kind, build, admin)
    with pg_database(admin, template) as url:
        database = open_database(url)
        try:
            yield database, info
        finally:
            database.close()


@pytest.fixture
def db(backend: str, db_templates: Templates, tmp_path: Path) -> Iterator[Database]:
    """An open, migrated, empty database on each backend (a copy of the session's template)."""
    from db_templates_support import empty

    with _copy_of("empty", empty, backend, db_templates, tmp_path) as (database, _):
        yield database


@pytest.fixture
def demo_db(backend: str, db_templates: Templates, tmp_path: Path) -> Iterator[tuple[Database, int]]:
    """The demo commune installed in a database on each backend; yields (database, plan id)."""
    from db_templates_support import demo

    with _copy_of("demo", demo, backend, db_templates, tmp_path) as (database, plan_id):
        yield database, plan_id


SMALL_PLAN_CODES = ("1", "2", "3", "3.1")


@pytest.fixture
def plan_db(db: Database) -> tuple[Database, int]:
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
def box_answer() -> object:
    """How ``boxes`` answers a question box: Cancel. A test module overrides this fixture to change it."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.Cancel


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch, box_answer: Any) -> MessageBoxes:
    """Message boxes recorded as (kind, text), never shown (``gui_support.MessageBoxes``)."""
    from gui_support import MessageBoxes

    return MessageBoxes(box_answer).install(monkeypatch)


@pytest.fixture
def gui_db(db_templates: Templates, tmp_path: Path) -> tuple[Path, dict[str, User], int]:
    """A SQLite file with the demo commune and plan and the three test accounts.

    Gives (path, users by name, plan id); the database is closed so the window opens its own.
    """
    from db_templates_support import demo_with_accounts

    path = tmp_path / "gui.db"
    plan_id, users = db_templates.sqlite("demo_with_accounts", demo_with_accounts, path)
    return path, users, plan_id

"""Databases built once per test session and copied for each test (Anki copies an empty master
collection the same way).

Creating and migrating a database takes seconds, the demo commune and three accounts (scrypt
hashes) a few more; copying a SQLite file or creating a PostgreSQL database ``TEMPLATE`` another
takes milliseconds. Each kind of template has its own installation id, the one every copy shares.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kehoach_desktop.store.database import Database, open_database

#: What a template holds beyond the schema: its build returns plain data the fixtures hand out.
Build = Callable[[Database], Any]


@contextmanager
def pg_database(admin_url: str, template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database (empty, or a copy of ``template``), dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(admin_url)
    name = f"kehoach_test_{uuid.uuid4().hex[:12]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Templates:
    """Template databases by kind, built on first use; ``close`` drops the PostgreSQL ones."""

    folder: Path
    _sqlite: dict[str, tuple[Path, Any]] = field(default_factory=dict)
    _pg: dict[str, tuple[str, Any]] = field(default_factory=dict)
    _open: list[Any] = field(default_factory=list)

    def _build(self, url: str, kind: str, build: Build) -> Any:
        # The template's own data folder: nothing it writes lands in a test's or the user's.
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("KEHOACH_DATA_DIR", str(self.folder / f"userdata-{kind}"))
            database = open_database(url)
            try:
                return build(database)
            finally:
                database.close()  # SQLite folds its write-ahead log into the file on the last close

    def sqlite(self, kind: str, build: Build, to: Path) -> Any:
        """Copy the SQLite template ``kind`` to ``to``; what its build returned."""
        if kind not in self._sqlite:
            path = self.folder / f"{kind}.db"
            self._sqlite[kind] = (path, self._build(str(path), kind, build))
        path, info = self._sqlite[kind]
        shutil.copyfile(path, to)
        return info

    def postgresql(self, kind: str, build: Build, admin_url: str) -> tuple[str, Any]:
        """The name of the PostgreSQL template ``kind`` (``pg_database(..., template=name)``)."""
        if kind not in self._pg:
            holder = pg_database(admin_url)
            url = holder.__enter__()
            self._open.append(holder)
            from sqlalchemy.engine import make_url

            self._pg[kind] = (str(make_url(url).database), self._build(url, kind, build))
        return self._pg[kind]

    def close(self) -> None:
        """Drop the PostgreSQL templates."""
        while self._open:
            self._open.pop().__exit__(None, None, None)


def empty(database: Database) -> None:
    """A migrated database with nothing in it."""


def demo(database: Database) -> int:
    """The demo commune and plan; its plan id."""
    from kehoach_desktop.demo import install_demo

    return install_demo(database)


def demo_with_accounts(database: Database) -> tuple[int, dict[str, Any]]:
    """The demo commune and plan and the three test accounts; (plan id, users by name)."""
    from gui_support import add_users

    plan_id = demo(database)
    return plan_id, add_users(database)

"""Opening the database: where it lives, how SQLite is made durable, sessions for work.

The default is a SQLite file in the user data folder; any SQLAlchemy URL (PostgreSQL for a
province) can be given with ``--db`` or ``KEHOACH_DB``.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..paths import APP_NAME, data_dir  # noqa: F401  (re-exported: the store's callers use it)
from .schema import Installation

DEFAULT_FILE = "kehoach.db"
SQLITE_BUSY_MS = 30_000


class StoreError(UserError):
    """The database cannot be opened or used; the message says why and what to do."""


def resolve_url(db: str | None = None) -> URL:
    """The database URL from ``db``, else ``KEHOACH_DB``, else the default SQLite file."""
    target = db or os.environ.get("KEHOACH_DB") or str(data_dir() / DEFAULT_FILE)
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise StoreError(f'Địa chỉ cơ sở dữ liệu "{target}" không hợp lệ: {exc}', "db") from exc
        if url.drivername == "postgresql":  # psycopg 3 is the driver we ship
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(target).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f'"{path}" là một thư mục: hãy chỉ tên tệp cơ sở dữ liệu, ví dụ {path / DEFAULT_FILE}.', "db")
    return URL.create("sqlite+pysqlite", database=str(path))


def _configure_sqlite(engine: Engine) -> None:
    """WAL, full fsync on commit, foreign keys, busy timeout; transactions we begin ourselves.

    Python's sqlite3 module would otherwise begin transactions lazily and deferred; a deferred
    transaction that later writes can fail at once with "database is locked" whatever the busy
    timeout, so writing sessions start with BEGIN IMMEDIATE (SQLAlchemy's pysqlite recipe).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get("kehoach_readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(url: URL) -> Engine:
    """An engine set up for this product's use of ``url``."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        _configure_sqlite(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:  # the driver is an extra: the Windows setup file leaves it out
        raise StoreError(
            f"Máy này chưa có trình kết nối cho «{url.get_backend_name()}» ({exc.name or exc}). Bộ cài Windows chỉ "
            'dùng tệp SQLite của xã; máy chủ PostgreSQL của tỉnh cần bản cài bằng pip: pip install "kehoach-desktop[server]".',
            "db",
        ) from exc


class AppSession(Session):
    """This application's sessions: the store's session events attach to this class, not to every
    SQLAlchemy ``Session`` a process (a test, a tool importing the package) may hold."""


@dataclass
class Database:
    """An open, migrated database and this installation's identity in it."""

    url: URL
    engine: Engine
    installation_id: str

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite default."""
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """The URL without its password, or the SQLite file's path."""
        if self.is_sqlite:
            return str(self.url.database)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction: committed on success, rolled back on any error."""
        with AppSession(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @cached_property
    def _reader(self) -> Engine:
        return self.engine.execution_options(kehoach_readonly=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only (never blocks a writer on SQLite)."""
        with AppSession(self._reader, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def _ensure_installation(engine: Engine) -> str:
    """This installation's stable id, created on first open."""
    with AppSession(engine) as session, session.begin():
        local = session.scalars(select(Installation).where(Installation.is_local)).first()
        if local is None:
            local = Installation(id=str(uuid.uuid4()), name=socket.gethostname(), is_local=True)
            session.add(local)
        return local.id


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating and migrating as needed) the database named by ``db``; see ``resolve_url``."""
    from .migrations import upgrade  # alembic is only needed when opening

    url = resolve_url(db)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        installation = _ensure_installation(engine)
    except UserError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(_explain(url, exc), "db") from exc
    return Database(url=url, engine=engine, installation_id=installation)


def _explain(url: URL, exc: SQLAlchemyError) -> str:
    """A Vietnamese sentence for a database that cannot be opened."""
    shown = url.database if url.get_backend_name() == "sqlite" else url.render_as_string(True)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    if "not a database" in detail or "malformed" in detail:
        return (
            f'Tệp "{shown}" không phải cơ sở dữ liệu KếHoạch hoặc đã hỏng ({detail}). '
            "Hãy chọn đúng tệp, hoặc khôi phục từ bản sao lưu trong thư mục backups."
        )
    if "locked" in detail or "busy" in detail:
        return f'Cơ sở dữ liệu "{shown}" đang bị chương trình khác khóa. Hãy đóng chương trình đó rồi thử lại.'
    return f'Không mở được cơ sở dữ liệu "{shown}": {detail}. Hãy kiểm tra đường dẫn hoặc địa chỉ máy chủ.'

"""Opening the database: where it lives, how SQLite is made durable, sessions for work.

The default is a SQLite file in the user data folder; any SQLAlchemy URL (PostgreSQL for a
province) can be given with ``--db`` or ``KEHOACH_DB``.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..paths import APP_NAME, data_dir  # noqa: F401  (re-exported: the store's callers use it)
from .backup import BackupInfo, daily_backup, newest_verified
from .diskerrors import explain, kind_of
from .integrity import read_only_mount, check_file, read_only_uri, writable
from .schema import Installation

DEFAULT_FILE = "kehoach.db"
SQLITE_BUSY_MS = 30_000


class StoreError(UserError):
    """The database cannot be opened or used; the message says why and what to do."""


class DamagedDatabase(StoreError):
    """The SQLite file is damaged or empty; ``backup`` is the newest sound backup, if any."""

    def __init__(self, message: str, path: Path, backup: BackupInfo | None) -> None:
        super().__init__(message, "db")
        self.path, self.backup = path, backup


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


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
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
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get("kehoach_readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly or read_only else "BEGIN IMMEDIATE")


def make_engine(url: URL, read_only: bool = False) -> Engine:
    """An engine set up for this product's use of ``url`` (``read_only``: a SQLite file that cannot
    be written, opened so that nothing is attempted: no WAL switch, no journal, no WAL index)."""
    if url.get_backend_name() == "sqlite":
        if read_only and url.database:
            path = Path(url.database)
            # Immutable (no WAL index either) only where nothing at all can be written beside it.
            uri = read_only_uri(path, immutable=not os.access(path.parent, os.W_OK) or read_only_mount(path.parent))
            engine = create_engine(
                "sqlite+pysqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_MS / 1000, check_same_thread=False),
            )
            _configure_sqlite(engine, read_only=True)
            return engine
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
    #: A SQLite file on a read-only medium, folder or file: reading works, writing is refused.
    read_only: bool = False
    #: True when this open created the SQLite file (only a creating command may).
    created: bool = False

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
        """A session in one write transaction: committed on success, rolled back on any error.

        A disk, medium or file trouble (full, read-only, locked, damaged) becomes a StoreError
        saying what to do; the transaction is rolled back all the same.
        """
        if self.read_only:
            raise StoreError(
                f"Cơ sở dữ liệu «{self.display_name}» đang mở chỉ để xem (tệp, thư mục hoặc ổ đĩa chỉ đọc), "
                "nên không ghi được. Hãy chép tệp vào một thư mục của máy (ví dụ Documents) rồi mở từ đó.",
                "db",
            )
        with self._explained():
            with AppSession(self.engine, expire_on_commit=False) as session, session.begin():
                yield session

    @cached_property
    def _reader(self) -> Engine:
        return self.engine.execution_options(kehoach_readonly=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only (never blocks a writer on SQLite)."""
        with self._explained():
            with AppSession(self._reader, expire_on_commit=False) as session, session.begin():
                yield session

    @contextmanager
    def _explained(self) -> Iterator[None]:
        try:
            yield
        except (IntegrityError, DataError):
            raise  # the callers' own checks (sync import) turn these into their refusals
        except SQLAlchemyError as exc:
            where = self.display_name
            if kind_of(exc) == "damaged" and self.is_sqlite:
                raise _damaged(Path(where), "SQLite báo tệp hỏng khi đọc/ghi") from exc
            message = explain(exc, where)
            if message is None:
                raise
            raise StoreError(message, "db") from exc

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def _ensure_installation(engine: Engine, read_only: bool = False) -> str:
    """This installation's stable id, created on first open (read-only: whatever the file holds)."""
    with AppSession(engine) as session, session.begin():
        local = session.scalars(select(Installation).where(Installation.is_local)).first()
        if local is None and read_only:
            return "read-only"
        if local is None:
            local = Installation(id=str(uuid.uuid4()), name=socket.gethostname(), is_local=True)
            session.add(local)
        return local.id


def _damaged(path: Path, problem: str) -> DamagedDatabase:
    """The refusal for a damaged or empty SQLite file, offering the newest sound backup."""
    try:
        backup = newest_verified(path)
    except OSError:
        backup = None
    offer = (
        f"Bản sao lưu tốt mới nhất: {backup.path} (lúc {backup.when}). Khôi phục bằng: "
        f'kehoach backup restore --db "{path}" "{backup.path}", hoặc chọn «Khôi phục» khi mở chương trình.'
        if backup is not None
        else "Chưa tìm thấy bản sao lưu tốt nào bên cạnh tệp; hãy tìm bản sao (USB, máy khác) rồi dùng kehoach backup restore."
    )
    return DamagedDatabase(
        f"Tệp cơ sở dữ liệu «{path}» không dùng được: {problem}. Chương trình không mở, không ghi và không "
        f"tạo lại tệp này (tệp vẫn giữ nguyên để cứu dữ liệu). {offer}",
        path,
        backup,
    )


def _check_sqlite(path: Path, create: bool) -> bool:
    """Refuse a damaged, empty or (unless ``create``) missing file; True when it exists."""
    if not path.exists():
        if not create:
            raise StoreError(
                f"Không có cơ sở dữ liệu «{path}». Hãy kiểm tra lại --db (gõ nhầm tên tệp? ổ USB còn cắm?); "
                "lệnh này không tạo cơ sở dữ liệu mới. Muốn tạo mới, dùng kehoach init hoặc kehoach demo.",
                "db",
            )
        return False
    problem = check_file(path)
    if problem is not None:
        raise _damaged(path, problem)
    return True


def open_database(
    db: str | None = None, *, migrate: bool = True, create: bool = True, daily: bool = False
) -> Database:
    """Open the database named by ``db`` (see ``resolve_url``), migrating it as needed.

    ``create=False`` refuses a database that does not exist yet (every CLI command but ``init``,
    ``demo``, ``plan import``, ``key export`` and ``province``; the app asks first for a ``--db``). A damaged or empty SQLite file is
    never opened, whatever ``create`` says (``DamagedDatabase``). A file that cannot be written is
    opened read-only. ``daily`` makes the day's first backup (the app and the CLI ask for it).
    """
    from .migrations import quick_head, upgrade  # alembic is only needed when opening

    url = resolve_url(db)
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") else None
    existed = _check_sqlite(path, create) if path is not None else True
    read_only = path is not None and existed and not writable(path)
    try:
        engine = make_engine(url, read_only=read_only)
    except OSError as exc:
        raise StoreError(explain(exc, str(path.parent if path else url)) or str(exc), "db") from exc
    backup = None
    try:
        if path is None and not create and _is_blank(engine):
            raise StoreError(
                f"Cơ sở dữ liệu «{url.render_as_string(True)}» chưa được khởi tạo cho KếHoạch; lệnh này không tạo "
                "mới. Hãy dùng kehoach init hoặc kehoach demo.",
                "db",
            )
        if read_only:
            _check_current(engine, quick_head())
        elif migrate:
            backup = upgrade(engine)
        installation = _ensure_installation(engine, read_only)
    except UserError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        if path is not None and kind_of(exc) == "damaged":
            raise _damaged(path, "SQLite báo tệp hỏng") from exc
        raise StoreError(_explain(url, exc), "db") from exc
    if daily and path is not None and existed and not read_only and backup is None:
        daily_backup(path)
    return Database(url=url, engine=engine, installation_id=installation, read_only=read_only,
                    created=path is not None and not existed)


def _is_blank(engine: Engine) -> bool:
    """True for a server database with no KếHoạch tables yet."""
    from sqlalchemy import inspect

    return "alembic_version" not in inspect(engine).get_table_names()


def _check_current(engine: Engine, head: str | None) -> None:
    """A read-only file cannot be migrated: it must already be at this program's schema."""
    from .migrations import _stored_revision

    if head is None or _stored_revision(engine) != head:
        raise StoreError(
            "Tệp cơ sở dữ liệu ở chỗ chỉ đọc và cần nâng cấp lên phiên bản mới của chương trình, việc này phải "
            "ghi vào tệp. Hãy chép tệp vào một thư mục của máy (ví dụ Documents) rồi mở từ đó.",
            "db",
        )


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
    known = explain(exc, shown)
    if known is not None:
        return known
    return f'Không mở được cơ sở dữ liệu "{shown}": {detail}. Hãy kiểm tra đường dẫn hoặc địa chỉ máy chủ.'

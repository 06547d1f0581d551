"""Bring a database to the current schema with Alembic, backing up a SQLite file first.

Opening a database that is already current is the common case, and the desktop app does it at
every start: it is answered by reading ``alembic_version`` and the revision lines of the shipped
scripts, without importing Alembic (17 MB and a fifth of a second on an old PC).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from .database import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION_RE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(?:['\"]([^'\"]*)['\"]|None)", re.M)


def _pragma(conn: Connection, statement: str) -> None:
    """Run a SQLite pragma on the driver's own connection, outside SQLAlchemy's transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection has its driver connection
    raw.execute(statement)


def script_location() -> Path:
    """The folder of the migrations shipped with the package (``db/``)."""
    return Path(str(resources.files("kehoach_desktop.migrations")))


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped with the package (``db/``)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location()))
    return config


def quick_head() -> str | None:
    """The newest shipped revision read from the scripts' own lines; None when unsure."""
    revisions: dict[str, str | None] = {}
    for path in (script_location() / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION_RE.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions[found["revision"]] = found.get("down_revision") or None
    heads = set(revisions) - {down for down in revisions.values() if down}
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def head_revision() -> str:
    """The newest migration this version of the program knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at, or None for an empty or foreign database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(db_path: Path, label: str, folder: Path | None = None) -> Path:
    """A verified backup of the live SQLite database (``store.backup.make_backup``); its path."""
    from .backup import make_backup

    return make_backup(db_path, label, folder).path


def upgrade(engine: Engine) -> str | None:
    """Migrate to the newest schema; return the backup made first (SQLite), if any."""
    head = quick_head()
    if head is not None and _stored_revision(engine) == head:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return None
    if current is None and set(inspect(engine).get_table_names()) - {"alembic_version"}:
        raise StoreError(
            "Cơ sở dữ liệu này không phải của KếHoạch Desktop (có bảng lạ, không có phiên bản). "
            "Hãy chọn tệp khác hoặc một tệp mới.",
            "db",
        )
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản KếHoạch mới hơn (lược đồ {current}). "
            "Hãy cài phiên bản mới nhất của chương trình.",
            "db",
        )
    backup = None
    is_sqlite = engine.url.get_backend_name() == "sqlite"
    if is_sqlite and current is not None and engine.url.database:
        backup = str(backup_sqlite(Path(engine.url.database), f"before-{head}"))
    with engine.connect() as conn:
        if is_sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping the old copy of a
            # parent table would cascade-delete its children. The pragma only works outside a
            # transaction, so it is set on the raw connection before SQLAlchemy begins one.
            _pragma(conn, "PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            if is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                conn.rollback()
                if broken:
                    raise StoreError(f"Nâng cấp cơ sở dữ liệu để lại liên kết hỏng: {broken[:3]}", "db")
        finally:
            if is_sqlite:
                _pragma(conn, "PRAGMA foreign_keys=ON")
    return backup

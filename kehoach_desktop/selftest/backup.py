"""The self-test's backup check: a verified backup made as the app makes them, then checked again.

``store.migrations.backup_sqlite`` is ``store.backup.make_backup`` (online backup API to a hidden
temporary file, ``integrity_check``, fsync, rename); the self-test then opens the copy itself and
compares row counts, so a copy that checks "ok" but lost rows still fails.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .runner import CheckFailed

#: Tables whose row counts must be the same in the copy as in the database.
COUNTED = ("plans", "indicators", "monthly_values", "value_revisions", "audit_events")


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}  # noqa: S608 (fixed names)
    finally:
        conn.close()


def make_and_verify_backup(db_path: Path, folder: Path) -> str:
    """Back up the SQLite file at ``db_path`` into ``folder`` and check the copy; a detail line."""
    from ..store.migrations import backup_sqlite

    copy = backup_sqlite(db_path, "selftest", folder)
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise CheckFailed(f"bản sao lưu {copy.name} hỏng: {result}")
    original, copied = _counts(db_path), _counts(copy)
    if original != copied:
        raise CheckFailed(f"bản sao lưu thiếu dữ liệu: {copied} so với {original}")
    return f"{copy.name}, {copied['value_revisions']} lần sửa số liệu, integrity_check: ok"

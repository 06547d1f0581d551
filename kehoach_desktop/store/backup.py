"""Verified backups of a SQLite database: made, listed, rotated, restored.

A backup exists under its final name only once it is complete and sound: SQLite's online backup
API copies the live database (WAL included) to a hidden temporary file, the copy is switched to a
self-contained journal mode, checked with ``PRAGMA integrity_check``, fsynced, and only then
renamed into place. A kill, a power cut or a full disk therefore leaves either nothing or a
``.tmp`` file that rotation removes, never a valid-looking empty "backup".

Backups live beside the database in ``backups/`` (``KEHOACH_BACKUP_DIR`` names another folder),
named ``<database>-<YYYYmmdd-HHMMSS-ffffff>-<label>.db``. Rotation keeps, among backups that pass
the check only, 7 daily + 4 weekly ``daily`` backups and the newest 5 made before an operation
(``before-...``); backups made by hand (``manual``) are never deleted by the program.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import UserError
from ..safefile import sync_folder
from .diskerrors import explain
from .integrity import Problem, check_file, connect_read_only

log = logging.getLogger(__name__)

DAILY, MANUAL = "daily", "manual"
KEEP_DAYS, KEEP_WEEKS, KEEP_BEFORE = 7, 4, 5
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<label>[A-Za-z0-9_.-]+)\.db$")
_STALE_TMP_SECONDS = 3600


class BackupError(UserError):
    """A backup or a restore could not be done; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as its name says; ``problem`` is set when it was checked and found unsound."""

    path: Path
    made: datetime
    label: str
    size: int
    problem: Problem | None = None

    @property
    def verified(self) -> bool:
        """True unless a check found the file unsound."""
        return self.problem is None

    @property
    def when(self) -> str:
        """The time it was made, as an officer reads it: 05/12/2026 17:03."""
        return self.made.strftime("%d/%m/%Y %H:%M")


def backup_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go: ``KEHOACH_BACKUP_DIR``, else ``backups/`` beside it."""
    configured = os.environ.get("KEHOACH_BACKUP_DIR")
    return Path(configured) if configured else db_path.parent / "backups"


def _parse(path: Path, stem: str) -> BackupInfo | None:
    match = _NAME_RE.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, match["label"], size)


def list_backups(db_path: Path, folder: Path | None = None, verify: bool = False) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first; ``verify`` runs the quick check on each."""
    folder = folder or backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob("*.db") if (info := _parse(p, db_path.stem)) is not None]
    if verify:
        found = [BackupInfo(i.path, i.made, i.label, i.size, check_file(i.path)) for i in found]
    return sorted(found, key=lambda i: i.made, reverse=True)


def newest_verified(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes the quick check, or None."""
    for info in list_backups(db_path, folder):
        if check_file(info.path) is None:
            return info
    return None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _refusal(prefix: str, exc: BaseException, where: Path) -> BackupError:
    reason = explain(exc, str(where)) or str(exc)
    return BackupError(f"{prefix} {reason}", "backup")


def make_backup(db_path: Path, label: str, folder: Path | None = None, rotate: bool = True) -> BackupInfo:
    """Copy the live database ``db_path`` to a verified backup in ``folder``; BackupError if not done."""
    folder = folder or backup_folder(db_path)
    stamp = datetime.now()
    final = folder / f"{db_path.stem}-{stamp.strftime('%Y%m%d-%H%M%S-%f')}-{label}.db"
    tmp = folder / f".{final.name}.tmp"
    if not db_path.is_file():
        raise BackupError(f"Không có tệp cơ sở dữ liệu «{db_path}» để sao lưu.", "db")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = connect_read_only(db_path)
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                source.backup(dest)
                # One self-contained file: a WAL-mode copy would need its -wal beside it.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        problem = check_file(tmp, full=True)
        if problem is not None:
            raise BackupError(
                f"Bản sao của «{db_path}» không đạt kiểm tra ({problem}): cơ sở dữ liệu hiện tại có thể đã hỏng. "
                "Bản sao hỏng đã bị xóa; các bản sao lưu cũ vẫn giữ nguyên.",
                "backup",
            )
        _fsync_file(tmp)
        os.replace(tmp, final)
        sync_folder(folder)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        raise _refusal(f"Chưa sao lưu được vào «{folder}»:", exc, folder) from exc
    info = BackupInfo(final, stamp, label, final.stat().st_size)
    if rotate:
        rotate_backups(db_path, folder)
    return info


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # a read-only medium: nothing was written there either
        pass


def has_backup_today(db_path: Path, folder: Path | None = None) -> bool:
    """True when a backup of any kind was made today (it serves as today's daily backup)."""
    today = datetime.now().date()
    return any(i.made.date() == today and i.size > 0 for i in list_backups(db_path, folder))


def daily_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The first open of the day makes a backup; None when one exists or it could not be made.

    A failure (a full disk) must not stop the officer working: it is logged, and the next open
    tries again.
    """
    try:
        if has_backup_today(db_path, folder):
            return None
        return make_backup(db_path, DAILY, folder)
    except (UserError, OSError) as exc:
        log.warning("daily backup of %s not made: %s", db_path, exc)
        return None


def backup_before(db_path: Path, operation: str, within_minutes: int = 10) -> BackupInfo | None:
    """A verified backup before ``operation`` (an import, a restore), unless one was made in the
    last ``within_minutes`` (a run of imports is undone from the copy made before the first).
    A backup that cannot be made refuses the operation (BackupError): a full disk would fail it too."""
    newest = list_backups(db_path)
    if newest and (datetime.now() - newest[0].made).total_seconds() < within_minutes * 60 and newest[0].size > 0:
        return None
    return make_backup(db_path, f"before-{operation}")


def rotate_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Delete old backups beyond the policy, counting only those that pass the check; return them.

    Files that fail the check are never counted (a row of empty files must not push out the last
    good copy); empty ones and stale temporary files hold nothing and are removed.
    """
    folder = folder or backup_folder(db_path)
    removed: list[Path] = []
    for leftover in folder.glob(f".{db_path.stem}-*.tmp*"):  # with its -journal
        try:
            if time.time() - leftover.stat().st_mtime > _STALE_TMP_SECONDS:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            pass
    backups = list_backups(db_path, folder)
    for info in backups:
        if info.size == 0:
            _remove_quietly(info.path)
            removed.append(info.path)
    sound = [i for i in backups if i.size > 0 and check_file(i.path) is None]
    keep: set[Path] = {i.path for i in sound if not (i.label == DAILY or i.label.startswith("before-"))}
    daily = [i for i in sound if i.label == DAILY]
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for info in daily:  # newest first: the first seen of each day and week is kept
        days.setdefault(info.made.date(), info.path)
        weeks.setdefault(info.made.isocalendar()[:2], info.path)
    keep.update(list(days.values())[:KEEP_DAYS])
    keep.update(list(weeks.values())[:KEEP_WEEKS])
    keep.update(i.path for i in [i for i in sound if i.label.startswith("before-")][:KEEP_BEFORE])
    for info in sound:
        if info.path not in keep:
            _remove_quietly(info.path)
            removed.append(info.path)
    return removed


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the officer to recognise it before restoring."""

    commune: str
    plans: list[str]
    figures: int
    last_change: str | None


def describe(path: Path) -> BackupSummary:
    """The commune, plans, number of figures and last recorded change in the backup ``path``."""
    problem = check_file(path)
    if problem is not None:
        raise BackupError(f"Bản sao lưu «{path.name}» không dùng được: {problem}.", "backup")
    conn = connect_read_only(path)
    try:
        communes = [r[0] for r in conn.execute("SELECT name FROM communes ORDER BY id")]
        plans = [
            f"{r[0]}-{r[1]} {r[2] or ''}".strip()
            for r in conn.execute("SELECT start_year, end_year, title FROM plans ORDER BY id")
        ]
        figures = conn.execute("SELECT count(*) FROM monthly_values").fetchone()[0]
        last = conn.execute("SELECT max(at) FROM audit_events").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupError(f"«{path.name}» không phải bản sao lưu của KếHoạch ({exc}).", "backup") from exc
    finally:
        conn.close()
    return BackupSummary(", ".join(communes) or "(chưa có xã)", plans, int(figures), str(last)[:16] if last else None)


def restore(db_path: Path, backup: Path, folder: Path | None = None) -> BackupInfo | None:
    """Put ``backup`` in place of ``db_path``; return the copy of the current database made first.

    Refused, with nothing changed, when the backup fails the full check, when the current database
    cannot be saved first, or when another program has it open. A damaged current database is kept
    as it was (``...-damaged.db.hong``) rather than checked into the backups.
    """
    folder = folder or backup_folder(db_path)
    problem = check_file(backup, full=True)
    if problem is not None:
        raise BackupError(f"Không khôi phục từ «{backup.name}»: {problem}. Hãy chọn bản sao lưu khác.", "backup")
    saved: BackupInfo | None = None
    if db_path.exists():
        sound = check_file(db_path) is None
        if not sound:
            _keep_damaged(db_path, folder)  # as found, before anything opens it
        _close_out_others(db_path)
        if sound:
            saved = make_backup(db_path, "before-restore", folder)
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        shutil.copyfile(backup, tmp)
        _fsync_file(tmp)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
        sync_folder(db_path.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise _refusal("Chưa khôi phục được:", exc, db_path.parent) from exc
    return saved


def _close_out_others(db_path: Path) -> None:
    """Refuse while another connection has the database open: leaving WAL mode needs it alone."""
    try:
        conn = sqlite3.connect(str(db_path), timeout=1, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                f"Cơ sở dữ liệu «{db_path}» đang mở ở chương trình khác (một cửa sổ KếHoạch?). "
                "Hãy đóng chương trình đó rồi khôi phục lại.",
                "db",
            ) from exc
    except sqlite3.Error:
        pass  # a damaged file: it is kept aside as it is
    finally:
        conn.close()


def _keep_damaged(db_path: Path, folder: Path) -> None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                shutil.copyfile(source, folder / f"{db_path.stem}-{stamp}-damaged.db{suffix}.hong")
    except OSError as exc:
        raise _refusal("Chưa khôi phục được (không cất được tệp hiện tại):", exc, folder) from exc

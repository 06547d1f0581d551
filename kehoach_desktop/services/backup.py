"""Backups from the app (Cài đặt › Sao lưu): list, make, describe and restore (store.backup underneath)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.backup import MANUAL, BackupInfo, BackupSummary, backup_folder, describe, list_backups, make_backup, restore
from ..store.database import Database


@dataclass(frozen=True)
class BackupsView:
    """What the tab shows: where backups go and the ones there (checked), newest first."""

    folder: Path | None
    backups: list[BackupInfo]


def load_backups(db: Database) -> BackupsView:
    """The backups beside a SQLite database (none for a server database)."""
    if not db.is_sqlite:
        return BackupsView(None, [])
    path = Path(db.display_name)
    return BackupsView(backup_folder(path), list_backups(path, verify=True))


def back_up_now(db: Database, folder: Path | None) -> BackupInfo:
    """A verified backup made by hand, beside the database or into ``folder`` (a USB stick)."""
    return make_backup(Path(db.display_name), MANUAL, folder, rotate=folder is None)


def preview(backup: Path) -> BackupSummary:
    """What a backup holds (commune, plans, figures, last change), read from the file alone."""
    return describe(backup)


def restore_into(db: Database, backup: Path) -> BackupInfo | None:
    """Let go of the database file, restore ``backup`` over it (the current file saved first).

    No ``Changes``: after a restore everyone logs in again and every screen loads afresh; the
    engine reconnects afterwards.
    """
    db.close()
    return restore(Path(db.display_name), backup)

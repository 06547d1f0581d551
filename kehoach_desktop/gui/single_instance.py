"""A bundle double-clicked while the app is already open goes to the open window.

The first app started for a user data folder holds a lock file there (``QLockFile``: a lock left
by a crashed app is taken over, its process being gone) and watches an inbox folder beside it.
A second start with a file argument finds the lock held, drops the file's path into the inbox and
exits; the first reads it (``file_received``) and opens the bundle's import preview. Files only,
no local socket: Qt's network module is not shipped.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

LOCK_NAME = "kehoach-desktop.lock"
INBOX_NAME = "inbox"
#: The largest path note read from the inbox (a path, not a document).
MAX_NOTE_BYTES = 32 * 1024


class SingleInstance(QObject):
    """This start's place: ``primary`` when it holds the lock; ``file_received(path)`` there."""

    file_received = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self.inbox = folder / INBOX_NAME
        self._lock = QLockFile(str(folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.primary = self._lock.tryLock(0)
        self._watcher: QFileSystemWatcher | None = None
        if self.primary:
            self.inbox.mkdir(exist_ok=True)
            for old in self.inbox.glob("*"):  # notes for an app that is no longer running
                old.unlink(missing_ok=True)
            self._watcher = QFileSystemWatcher([str(self.inbox)], self)
            self._watcher.directoryChanged.connect(self._read_inbox)

    def hand_over(self, path: Path) -> bool:
        """Give ``path`` to the running app; False when it cannot be written (then open it here)."""
        import uuid  # only a second start needs it: not on every start before the window

        try:
            self.inbox.mkdir(parents=True, exist_ok=True)
            note = self.inbox / f"{uuid.uuid4().hex}.tmp"
            note.write_text(str(path.resolve()), encoding="utf-8")
            os.replace(note, note.with_suffix(".path"))  # the watcher sees only complete notes
        except OSError:
            return False
        return True

    def _read_inbox(self, _folder: str = "") -> None:
        for note in sorted(self.inbox.glob("*.path")):
            try:
                if note.stat().st_size <= MAX_NOTE_BYTES:
                    text = note.read_text(encoding="utf-8").strip()
                else:
                    text = ""
                note.unlink()
            except (OSError, UnicodeDecodeError):
                continue
            if text:
                self.file_received.emit(text)

    def release(self) -> None:
        """Let the next start be the primary one."""
        if self.primary:
            self._lock.unlock()
            self.primary = False

"""Crash-safe small files: write a temporary file, fsync it, then rename it over the old one.

A power cut leaves either the old file or the new one, never half of either (the approach of
git-cola's settings). Used for settings, the entry grid's unsaved drafts, keys and sync bundles.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

log = logging.getLogger(__name__)


@contextmanager
def atomic_writer(path: Path, shared: bool = False) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` only once it is complete and on disk.

    It is written under a temporary name in the same folder (so a pulled USB stick leaves at
    worst a ``.tmp`` file, never a valid-looking half), flushed, fsynced, then renamed. The
    temporary file is private (0600); ``shared`` makes the finished file readable by others (a
    report or bundle is for others to open; keys and settings stay private).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if shared:
            _share(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def _share(path: Path) -> None:
    """Make ``path`` readable by others (0644). Reading the umask would mean setting it, process-wide,
    under the feet of other threads; a shared document wants 0644 anyway."""
    try:
        os.chmod(path, 0o644)
    except OSError:  # a file system without modes (FAT): nothing to share
        pass


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems (FAT USB sticks) cannot sync a folder; the file itself is
        pass  # already on disk, only the rename may be lost
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` (UTF-8) or bytes in one step."""
    with atomic_writer(path) as handle:
        handle.write(text.encode("utf-8") if isinstance(text, str) else text)


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as indented JSON, atomically."""
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


def read_json(path: Path) -> Any | None:
    """The JSON in ``path``, or None when it is missing or unreadable (logged, never raised)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable %s: %s", path, exc)
        return None

"""Helpers for the data-safety tests: the CLI in a subprocess, damaged files, and real full or
read-only media made with a private mount namespace (``unshare``), where the system allows it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

KEHOACH = [sys.executable, "-m", "kehoach_desktop.cli"]


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``kehoach`` in a fresh process (its exit code, stdout and stderr)."""
    return subprocess.run([*KEHOACH, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zero_middle_page(path: Path) -> None:
    """Overwrite one page in the middle of a (checkpointed) SQLite file with zeros."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size, count = conn.execute("PRAGMA page_size").fetchone()[0], conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek(size * (count // 2))
        handle.write(b"\0" * size)


def namespace_available() -> bool:
    """True when this machine lets a test mount a private tmpfs (``unshare -rm``)."""
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    run = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || "
                          "mount -t tmpfs -o size=64k tmpfs /tmp"], capture_output=True)
    return run.returncode == 0


needs_namespace = pytest.mark.skipif(not namespace_available(), reason="no private mount namespace (unshare -rm) here")


def in_namespace(setup: str, command: list[str], env: dict[str, str] | None = None,
                 timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``command`` after the shell ``setup`` (mounts) in a private mount namespace."""
    import shlex

    script = f"set -e; {setup}; exec {shlex.join(command)}"
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})

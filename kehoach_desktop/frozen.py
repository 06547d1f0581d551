"""What a frozen build (PyInstaller) sets up before anything else loads.

matplotlib keeps its font list in its config folder. PyInstaller's own run-time hook points that
at a new temporary folder on every start, so the frozen app rebuilt the font list each time
(1-1.4 s before the first chart here, more on Windows, which scans the system fonts). The spec
drops that hook and the launchers call ``prepare()`` first, so the list is kept in a lasting
per-user cache folder and built once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from .paths import APP_NAME


def matplotlib_cache_dir() -> Path:
    """The lasting folder for matplotlib's font list (``%LOCALAPPDATA%\\KeHoachDesktop\\Cache\\matplotlib``)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "matplotlib"


def prepare() -> None:
    """In a frozen build, point matplotlib at the lasting cache folder (before it is imported)."""
    if not getattr(sys, "frozen", False):
        return  # from source, matplotlib's own per-user folder already lasts
    folder = matplotlib_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a read-only profile: matplotlib falls back to a temporary folder by itself
    os.environ["MPLCONFIGDIR"] = str(folder)

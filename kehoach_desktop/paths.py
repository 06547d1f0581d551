"""Where the program keeps its files: the user data folder.

Kept apart from the store so the desktop app can find its settings and log without importing
SQLAlchemy before its window is on screen.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "KeHoachDesktop"


def data_dir() -> Path:
    """The user data folder (``KEHOACH_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("KEHOACH_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # 5 ms of start-up on Linux: imported only when needed

    return platformdirs.user_data_path(APP_NAME, appauthor=False)

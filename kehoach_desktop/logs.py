"""The rotating log file in the user data folder, where tracebacks go instead of the screen."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "kehoach.log"


def log_path(folder: Path) -> Path:
    """Where the log file of the data folder ``folder`` is."""
    return folder / "logs" / LOG_NAME


def setup_logging(folder: Path) -> Path:
    """Send the program's log records to ``folder/logs/kehoach.log`` (1 MB x 5); return its path."""
    from logging.handlers import RotatingFileHandler  # 10 ms: not before the window is shown

    log_dir = folder / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger("kehoach_desktop")
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path

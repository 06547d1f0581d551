"""The rotating log file in the user data folder, where tracebacks go instead of the screen."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "kehoach.log"


def log_path(folder: Path) -> Path:
    """Where the log file of the data folder ``folder`` is."""
    return folder / "logs" / LOG_NAME


def setup_logging(folder: Path) -> Path | None:
    """Send the program's log records to ``folder/logs/kehoach.log`` (1 MB x 5); return its path.

    A data folder that is full, read-only or missing must not stop the program (nor its error
    handlers): the records then go to stderr and None is returned.
    """
    from logging.handlers import RotatingFileHandler  # 10 ms: not before the window is shown

    log_dir = folder / "logs"
    path = log_dir / LOG_NAME
    root = logging.getLogger("kehoach_desktop")
    root.setLevel(logging.INFO)
    if any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        return path
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        if not any(type(h) is logging.StreamHandler for h in root.handlers):
            fallback = logging.StreamHandler()
            fallback.setFormatter(formatter)
            root.addHandler(fallback)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path

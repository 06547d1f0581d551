"""The app's own settings: typed declarations with defaults, saved crash-safely as JSON.

Settings that belong to the commune (its code, users, the plan) live in the database; these
belong to the PC: language, window layout, the last user and month shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..safefile import read_json, write_json
from ..paths import data_dir

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    """Everything the app remembers on this PC between runs."""

    language: str = "vi"
    #: Base64 of ``QMainWindow.saveGeometry()`` / ``saveState()``.
    window_geometry: str = ""
    window_state: str = ""
    #: Splitter sizes by name, so panels come back as the officer left them.
    splitters: dict[str, str] = field(default_factory=dict)
    last_username: str = ""
    #: The month last worked on, ``YYYY-MM``.
    last_period: str = ""
    #: Show only the indicators assigned to the logged-in officer: the default for an account
    #: that has not chosen yet (each account's own choice is in ``user_views``).
    only_mine: bool = True
    #: Each account's view choices on this PC, by user name: ``{"only_mine": bool}``. Officers
    #: share the office PC; one's filter must not hide indicators from the next.
    user_views: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The folder the last report (.docx / .xlsx) was saved in; the next save dialog starts there.
    report_folder: str = ""
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file, falling back to each default for anything missing or wrong."""
        path = path or data_dir() / SETTINGS_FILE
        data = read_json(path)
        settings = cls(path=path)
        if isinstance(data, dict):
            for f in fields(cls):
                if f.name == "path" or f.name not in data:
                    continue
                value: Any = data[f.name]
                default = getattr(settings, f.name)
                if isinstance(value, type(default)):
                    setattr(settings, f.name, value)
        return settings

    def only_mine_for(self, username: str) -> bool:
        """Whether ``username`` sees only the indicators assigned to them."""
        view = self.user_views.get(username)
        value = view.get("only_mine") if isinstance(view, dict) else None
        return value if isinstance(value, bool) else self.only_mine

    def set_only_mine_for(self, username: str, value: bool) -> None:
        """Remember ``username``'s choice (saved with the rest of the settings)."""
        view = self.user_views.get(username)
        self.user_views[username] = {**(view if isinstance(view, dict) else {}), "only_mine": value}

    def save(self) -> None:
        """Write the settings file atomically."""
        data = asdict(self)
        data.pop("path")
        write_json(self.path or data_dir() / SETTINGS_FILE, data)

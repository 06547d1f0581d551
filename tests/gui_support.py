"""Helpers for GUI tests: a main window on a real temporary database, logged in as a user."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.domain.access import Role, User
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.settings import Settings

if TYPE_CHECKING:  # the benchmarks use this module without pytest (its ~18 MB would count as the app's)
    import pytest
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.users import create_user

PASSWORDS = {"admin": "admin-pass", "leader": "leader-pass", "officer": "officer-pass"}


def add_users(db: Database) -> dict[str, User]:
    """The three standard accounts (admin, leader, officer) with ``PASSWORDS``."""
    roles = {"admin": Role.ADMIN, "leader": Role.LEADER, "officer": Role.OFFICER}
    with db.write() as s:
        return {
            name: create_user(s, db.installation_id, "test", name, f"Test {name}", role, PASSWORDS[name])
            for name, role in roles.items()
        }


def make_window(qtbot, db_path: str | Path, settings_dir: Path | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown main window on the database at ``db_path`` (nobody logged in yet)."""
    settings = Settings.load(settings_dir / "settings.json" if settings_dir else None)
    window = MainWindow(AppContext(settings, open_database(str(db_path))))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_idle(qtbot, window: MainWindow, timeout: int = 20000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the database worker has finished and delivered every job."""
    qtbot.waitUntil(window.ctx.worker.is_idle, timeout=timeout)


def login(qtbot, window: MainWindow, user: User) -> None:  # type: ignore[no-untyped-def]
    """Log ``user`` in without the dialog and wait for the pages to load."""
    from kehoach_desktop.gui.startup import logged_in

    logged_in(window, user)
    qtbot.waitUntil(lambda: bool(window.pages), timeout=5000)
    wait_idle(qtbot, window)


def close_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Close the window and stop its worker (closing the database)."""
    window.close()
    window.ctx.worker.shutdown()


def make_window_plain(db_path: str | Path) -> tuple[MainWindow, dict[str, User]]:
    """A shown main window and the database's accounts, without pytest (benchmarks)."""
    from kehoach_desktop.store.users import list_users

    db = open_database(str(db_path))
    with db.read() as s:
        users = {u.username: u for u in list_users(s)}
    window = MainWindow(AppContext(Settings.load(), db))
    window.show()
    return window, users


class MessageBoxes(list[tuple[str, str]]):
    """Message boxes recorded as (kind, text) instead of shown: a modal box would hang an offscreen test.

    Warnings, errors and information answer Ok. A question takes the next of ``answers`` when a
    test has queued some, else ``question`` (the ``box_answer`` fixture: Cancel unless a module
    overrides it). The ``boxes`` fixture (conftest) installs one per test.
    """

    def __init__(self, question: QMessageBox.StandardButton) -> None:
        super().__init__()
        self.question = question
        self.answers: list[QMessageBox.StandardButton] = []

    def texts(self, kind: str) -> list[str]:
        """The texts of the boxes of ``kind`` (warning, critical, information, question) shown so far."""
        return [text for k, text in self if k == kind]

    def _box(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
            self.append((kind, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            return self.answers.pop(0) if self.answers else self.question

        return box

    def install(self, monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
        """Stand in for QMessageBox's static functions for the rest of the test."""
        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._box(kind)))
        return self


def answer_confirmation(qtbot, bar, yes: bool = True) -> str:  # type: ignore[no-untyped-def]
    """Click Submit / Approve's confirmation box (opened with ``open()``); returns its text."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: bar.confirm_box is not None and bar.confirm_box.isVisible())
    box = bar.confirm_box
    text = box.text()
    if yes:
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return text

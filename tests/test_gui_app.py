"""The main window's frame: start-up cost, navigation guard, period, layout, error hook."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout

from gui_support import close_window, login, make_window, wait_idle
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.page import Page


class _Sticky(Page):
    """A page with unsaved work that refuses to be left while ``dirty``."""

    icon_name = "entry"

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.dirty = False
        self.asked = 0
        self.shown = 0
        QVBoxLayout(self).addWidget(QLabel("sticky"))

    def title(self) -> str:
        return "Sticky"

    def can_leave(self) -> bool:
        self.asked += 1
        return not self.dirty

    def activate(self) -> None:
        self.shown += 1


class _Other(_Sticky):
    def title(self) -> str:
        return "Other"


def test_start_up_imports_nothing_heavy() -> None:
    code = (
        "import sys; import kehoach_desktop.gui.app, kehoach_desktop.gui.main_window; "
        "print(','.join(m for m in ('sqlalchemy', 'alembic', 'matplotlib', 'openpyxl', 'docx', 'pypdf') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_app_reports_when_shown_and_ready(gui_db, tmp_path: Path) -> None:
    path, _, _ = gui_db
    code = "import sys; from kehoach_desktop.gui.app import main; sys.exit(main(['k', '--db', sys.argv[1], '--exit-when-shown']))"
    run = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    marks = [line.split()[0] for line in run.stdout.splitlines()]
    assert marks == ["shown", "ready"]


def test_navigation_asks_the_page_before_leaving(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window = make_window(qtbot, path)
    window._factories = [_Sticky, _Other]
    login(qtbot, window, users["officer"])
    sticky, other = window.pages
    assert window.current_page() is sticky and sticky.shown == 1
    assert window.user_label.text().startswith("Test officer (officer)")
    sticky.dirty = True
    window.nav.setCurrentRow(1)
    assert window.current_page() is sticky and window.nav.currentRow() == 0
    before = window.ctx.period
    window.period.number.setCurrentIndex((before.month % 12))  # the next month in the list
    assert window.ctx.period == before and window.period.period() == before
    sticky.dirty = False
    window.nav.setCurrentRow(1)
    assert window.current_page() is other and other.shown == 1
    changed: list[Period] = []
    window.ctx.period_changed.connect(changed.append)
    window.period.year.setValue(before.year + 1 if before.year < 2030 else before.year - 1)
    assert changed and window.ctx.period == changed[-1]
    close_window(qtbot, window)


def test_close_is_refused_with_unsaved_work_and_layout_is_remembered(qtbot, gui_db, _data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window = make_window(qtbot, path)
    window._factories = [_Sticky]
    login(qtbot, window, users["admin"])
    window.pages[0].dirty = True
    assert not window.close() and window.isVisible()
    window.pages[0].dirty = False
    window.resize(1100, 700)
    window.set_period(Period(2027, 3))
    assert window.close()
    window.ctx.worker.shutdown()
    saved = json.loads((_data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["window_geometry"] and saved["last_username"] == "admin" and saved["last_period"] == "2027-03"
    again = make_window(qtbot, path)
    # The offscreen screen is small, so Qt fits the restored size to it; the state must restore.
    from PySide6.QtCore import QByteArray

    assert again.restoreGeometry(QByteArray.fromBase64(saved["window_geometry"].encode()))
    assert again.ctx.period == Period(2027, 3)
    close_window(qtbot, again)


def test_logout_clears_the_pages(qtbot, gui_db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import kehoach_desktop.gui.startup as startup

    path, users, _ = gui_db
    window = make_window(qtbot, path)
    window._factories = [_Sticky]
    login(qtbot, window, users["leader"])
    asked: list[object] = []
    monkeypatch.setattr(startup, "ask_login", asked.append)
    window.logout()
    qtbot.waitUntil(lambda: asked == [window])
    assert window.pages == [] and window.ctx.user is None and window.user_label.text() == ""
    close_window(qtbot, window)


def test_uncaught_errors_are_logged_and_shown_in_vietnamese(qtbot, tmp_path: Path, boxes) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.errors import install_excepthook
    from kehoach_desktop.logs import setup_logging

    old_hook = sys.excepthook
    log_file = setup_logging(tmp_path)
    try:
        install_excepthook(log_file)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
    for handler in logging.getLogger("kehoach_desktop").handlers:
        handler.flush()
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    shown = boxes.texts("critical")
    assert len(shown) == 1 and str(log_file) in shown[0]


def test_worker_runs_jobs_in_order_and_reports_errors(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, _, _ = gui_db
    window = make_window(qtbot, path)
    results: list[object] = []
    for i in range(5):
        window.ctx.worker.submit(lambda db, i=i: i, lambda r, e: results.append(r))
    window.ctx.worker.submit(lambda db: 1 / 0, lambda r, e: results.append(type(e).__name__))
    wait_idle(qtbot, window)
    assert results == [0, 1, 2, 3, 4, "ZeroDivisionError"]
    close_window(qtbot, window)


QUEUED_SIGNALS = """
import threading
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
app = QCoreApplication([])
class Source(QObject):
    ping = Signal(object, object, object)
source, got = Source(), [0]
source.ping.connect(lambda *args: got.__setitem__(0, got[0] + 1), Qt.ConnectionType.QueuedConnection)
worker = threading.Thread(target=lambda: [source.ping.emit(None, True, i) for i in range(40000)])
worker.start()
worker.join()
while got[0] < 40000:
    app.processEvents()
print("ok")
"""


def test_queued_signals_from_the_worker_thread_do_not_corrupt_memory() -> None:
    # The database worker reports every job through a queued signal. PySide6 6.12.0 lost a
    # reference on each queued call and crashed after some thousands; pyproject excludes it.
    run = subprocess.run([sys.executable, "-c", QUEUED_SIGNALS], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-500:]

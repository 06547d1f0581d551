"""The worker's two lanes and the one hook that tells the screens what changed."""

from __future__ import annotations

import threading

from gui_support import close_window, make_window, wait_idle

from kehoach_desktop.gui.operations import DbOp, FileOp
from kehoach_desktop.services.changes import Changes, Outcome


def test_file_work_does_not_wait_for_the_database(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, _, _ = gui_db
    window = make_window(qtbot, path)
    gate = threading.Event()
    window.ctx.worker.submit(lambda db: gate.wait(10), lambda result, error: None)  # a long database job
    read: list[str] = []
    FileOp(None, window.ctx, lambda: "read").success(read.append).run()
    qtbot.waitUntil(lambda: read == ["read"], timeout=5000)
    assert not window.ctx.worker.is_idle()  # the database job is still running
    gate.set()
    wait_idle(qtbot, window)
    close_window(qtbot, window)


def test_an_outcome_reaches_its_screen_first_then_every_screen(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, _, _ = gui_db
    window = make_window(qtbot, path)
    heard: list[tuple[str, object]] = []
    window.ctx.changes.connect(lambda changes: heard.append(("hook", changes)))
    DbOp(None, window.ctx, lambda db: Outcome(42, Changes(plan=True))).success(
        lambda value: heard.append(("success", value))).run()
    DbOp(None, window.ctx, lambda db: Outcome("nothing", Changes())).success(
        lambda value: heard.append(("success", value))).run()
    DbOp(None, window.ctx, lambda db: "plain").success(lambda value: heard.append(("success", value))).run()
    wait_idle(qtbot, window)
    assert heard == [("success", 42), ("hook", Changes(plan=True)), ("success", "nothing"), ("success", "plain")]
    close_window(qtbot, window)

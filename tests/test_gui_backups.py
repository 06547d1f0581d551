"""Issue 16 in the desktop app: Cài đặt › Sao lưu makes and restores backups; a damaged database
is not opened at start-up but its newest sound backup is offered; a mistyped --db is not created."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gui_support import MessageBoxes, close_window, login, make_window, wait_idle
from kehoach_desktop.gui.settings_page import SettingsPage
from kehoach_desktop.store.backup import list_backups, make_backup
from safety_support import zero_middle_page

B = QMessageBox.StandardButton


def _figures(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM monthly_values").fetchone()[0]
    finally:
        conn.close()  # a connection left open would (rightly) block the restore


def test_back_up_now_then_restore_from_settings(qtbot, gui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window = make_window(qtbot, path)
    login(qtbot, window, users["admin"])
    page = window.show_page(SettingsPage)
    assert isinstance(page, SettingsPage)
    wait_idle(qtbot, window)
    tab = page.backups
    assert tab.restore_button.isVisible() or not tab.isVisible()
    tab.backup_now.click()
    qtbot.waitUntil(lambda: "Backed up" in tab.message.text() or "Đã sao lưu" in tab.message.text(), timeout=10000)
    made = [i for i in list_backups(path) if i.label == "manual"]
    assert len(made) == 1
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=10000)
    figures = _figures(path)
    conn = sqlite3.connect(path)  # figures lost after the backup
    with conn:
        conn.execute("DELETE FROM value_revisions")
        conn.execute("DELETE FROM monthly_values")
    conn.close()
    shown = MessageBoxes(B.Yes).install(monkeypatch)
    tab._preview(made[0].path)
    qtbot.waitUntil(lambda: window.ctx.user is None, timeout=10000)
    assert any(kind == "question" and "Đồng Tâm" in text for kind, text in shown), shown
    assert _figures(path) == figures
    assert any(i.label == "before-restore" for i in list_backups(path))
    qtbot.waitUntil(lambda: getattr(window, "_login", None) is not None, timeout=10000)  # everyone logs in again
    wait_idle(qtbot, window)
    window._login.reject()
    close_window(qtbot, window)


def test_an_officer_may_back_up_but_not_restore(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window = make_window(qtbot, path)
    login(qtbot, window, users["officer"])
    page = window.show_page(SettingsPage)
    assert isinstance(page, SettingsPage)
    wait_idle(qtbot, window)
    assert page.backups.restore_button.isHidden() and not page.backups.backup_now.isHidden()
    close_window(qtbot, window)


def test_start_up_offers_the_newest_backup_of_a_damaged_database(qtbot, gui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.app import open_into
    from kehoach_desktop.gui.context import AppContext
    from kehoach_desktop.gui.main_window import MainWindow
    from kehoach_desktop.gui.settings import Settings

    path, _, _ = gui_db
    backup = make_backup(path, "manual")
    zero_middle_page(path)
    shown = MessageBoxes(B.Yes).install(monkeypatch)
    window = MainWindow(AppContext(Settings.load()))
    qtbot.addWidget(window)
    assert open_into(window, str(path))
    assert any(kind == "question" and backup.when in text for kind, text in shown)
    assert window.ctx.has_database and _figures(path) > 0
    window.ctx.worker.shutdown()


def test_start_up_never_creates_a_mistyped_database_unasked(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.app import open_into
    from kehoach_desktop.gui.context import AppContext
    from kehoach_desktop.gui.main_window import MainWindow
    from kehoach_desktop.gui.settings import Settings

    typo = tmp_path / "kehaoch.db"
    shown = MessageBoxes(B.No).install(monkeypatch)
    window = MainWindow(AppContext(Settings.load()))
    qtbot.addWidget(window)
    assert not open_into(window, str(typo))
    assert not typo.exists() and shown[0][0] == "question"
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert not open_into(window, str(empty))
    assert empty.stat().st_size == 0 and shown[-1][0] == "critical"


def test_after_set_up_the_administrator_sees_a_recovery_code_once(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.startup import _after_setup
    from kehoach_desktop.store.recovery import has_recovery_code

    path, users, _ = gui_db
    window = make_window(qtbot, path)
    _after_setup(window, users["admin"])
    qtbot.waitUntil(lambda: hasattr(window, "_recovery_box"), timeout=10000)
    text = window._recovery_box.text()
    assert text.count("-") >= 4
    with window.ctx.db.read() as session:
        assert has_recovery_code(session, "admin")
    qtbot.waitUntil(lambda: window.ctx.user is not None and bool(window.pages), timeout=10000)
    wait_idle(qtbot, window)
    window._recovery_box.close()
    close_window(qtbot, window)


def test_a_forgotten_administrator_password_is_reset_from_the_login_dialog(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.login import LoginDialog
    from kehoach_desktop.store.recovery import new_recovery_code
    from kehoach_desktop.store.users import login as store_login

    path, _, _ = gui_db
    window = make_window(qtbot, path)
    with window.ctx.db.write() as session:
        code = new_recovery_code(session, window.ctx.db.installation_id, "admin", "admin")
    dialog = LoginDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.forgot_button.click()
    recovery = dialog.recovery
    assert recovery is not None and recovery.username.text() == "admin"
    recovery.code.setText("WRONG")
    recovery.new_password.setText("mat-khau-moi")
    recovery.new_password2.setText("mat-khau-moi")
    recovery.submit()
    qtbot.waitUntil(lambda: bool(recovery.error.text()), timeout=10000)
    recovery.code.setText(code)
    recovery.submit()
    qtbot.waitUntil(lambda: recovery.result() == 1, timeout=10000)
    assert store_login(window.ctx.db, "admin", "mat-khau-moi").username == "admin"
    assert dialog.error.isVisibleTo(dialog)
    close_window(qtbot, window)

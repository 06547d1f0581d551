"""``kehoach-desktop --self-test`` (core and Qt checks, offscreen) and the app's arguments."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import MessageBoxes, close_window, login, make_window, wait_idle
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.gui.app import main, parse_args
from kehoach_desktop.gui.open_file import open_bundle
from kehoach_desktop.gui.sync.page import SyncPage
from kehoach_desktop.gui.sync.preview_dialog import PreviewDialog
from kehoach_desktop.store.database import open_database
from kehoach_desktop.sync.export import export_bundle


def test_desktop_self_test_passes_core_and_qt_steps(qapp, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["kehoach-desktop", "--self-test"]) == 0
    text = capsys.readouterr().out
    steps = [line for line in text.splitlines() if line.startswith("[")]
    assert len(steps) == 17 and all(line.startswith("[OK]") for line in steps), text
    assert "«Save image...» → «Lưu hình...»" in text and "nền tảng Qt «offscreen»" in text
    assert "[OK]  Biểu đồ trong khung Qt, lưu PNG, SVG, PDF" in text
    # The first chart is drawn before the .pdf sample's step imports matplotlib (frozen_bench times it).
    names = [line.split("  ", 1)[1] for line in steps]
    first = next(i for i, n in enumerate(names) if n.startswith("Biểu đồ đầu tiên trong khung Qt"))
    assert first < next(i for i, n in enumerate(names) if n.startswith("Đọc kế hoạch từ tệp .pdf"))


def test_arguments_leave_qt_options_to_qt() -> None:
    options = parse_args(["k", "-platform", "offscreen", "--db", "x.db", r"E:\goi.kehoach"])
    assert options.db == "x.db" and options.file == r"E:\goi.kehoach" and not options.self_test
    assert parse_args(["k"]).file is None


def _bundle(gui_db, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A full bundle from another PC of the commune (a copy of the GUI database, new identity)."""
    path, _users, _plan = gui_db
    other = open_database(str(tmp_path / "other.db"))
    source = open_database(str(path))
    from kehoach_desktop.sync.importer import import_bundle
    from kehoach_desktop.sync.export import own_public_key

    first = export_bundle(source, tmp_path / "first.kehoach", actor="a", full=True)
    import_bundle(other, first.path, actor="b", accept_fingerprint=own_public_key(source).fingerprint)
    source.close()
    out = export_bundle(other, tmp_path / "tu-may-khac.kehoach", actor="b", full=True).path
    other.close()
    return out


@pytest.mark.parametrize("who", ["leader", "officer"])
def test_a_bundle_given_on_the_command_line_opens_its_preview_after_login(
    qtbot, gui_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, who: str  # type: ignore[no-untyped-def]
) -> None:
    boxes = MessageBoxes(QMessageBox.StandardButton.No).install(monkeypatch)
    monkeypatch.setattr(SyncPage, "_confirm_fingerprint", lambda self, sender, reason: True)
    bundle = _bundle(gui_db, tmp_path)
    path, users, _plan = gui_db
    window = make_window(qtbot, path)
    try:
        open_bundle(window, bundle)  # before login, as at start-up
        assert window.current_page() is None
        login(qtbot, window, users[who])
        wait_idle(qtbot, window)
        page = window.current_page()
        if who == "officer":  # officers may not import bundles: told so, nothing opened
            assert not isinstance(page, SyncPage) or getattr(page, "dialog", None) is None
            assert len(boxes) == 1 and bundle.name in boxes[0][1]
            return
        assert isinstance(page, SyncPage) and page.last_folder == bundle.parent
        qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), PreviewDialog), timeout=5000)
        assert page.dialog.isVisible() and boxes == []
    finally:
        close_window(qtbot, window)


def test_a_second_start_hands_its_bundle_to_the_running_app(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.single_instance import SingleInstance

    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "old.path").write_text("/left/over.kehoach", encoding="utf-8")
    first = SingleInstance(tmp_path)
    second = SingleInstance(tmp_path)
    assert first.primary and not second.primary
    assert not (tmp_path / "inbox" / "old.path").exists()  # a crashed app's note is not replayed
    bundle = tmp_path / "E" / "goi.kehoach"
    with qtbot.waitSignal(first.file_received, timeout=5000) as got:
        assert second.hand_over(bundle)
    assert got.args == [str(bundle.resolve())]
    assert list((tmp_path / "inbox").iterdir()) == []
    first.release()
    third = SingleInstance(tmp_path)
    assert third.primary  # the next start takes over once the first has quit
    third.release()


def test_the_app_started_with_a_bundle_while_open_hands_it_over_and_quits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from kehoach_desktop.gui.single_instance import SingleInstance
    from kehoach_desktop.paths import data_dir

    running = SingleInstance(data_dir())  # this test plays the app already open
    bundle = tmp_path / "goi.kehoach"
    code = "import sys; from kehoach_desktop.gui.app import main; sys.exit(main(['k', sys.argv[1]]))"
    with qtbot.waitSignal(running.file_received, timeout=60000) as got:
        run = subprocess.run([sys.executable, "-c", code, str(bundle)], capture_output=True, text=True,
                             timeout=60, env=dict(os.environ))
    running.release()
    assert run.returncode == 0, run.stderr
    assert got.args == [str(bundle.resolve())]


def test_the_desktop_self_test_leaves_the_application_untranslated(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    before = QLocale().name()
    assert main(["kehoach-desktop", "--self-test"]) == 0
    assert QCoreApplication.translate("ChartView", "Save image...") == "Save image..."
    assert QLocale().name() == before

"""Nhập nhiều gói on the Đồng bộ page: a folder of bundles, one progress bar, one result per file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path

import pytest
from gui_support import close_window, login, make_window, wait_idle
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from test_gui_sync import _tamper

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.sync import base as sync_base
from kehoach_desktop.gui.sync.batch_result import BatchResultDialog
from kehoach_desktop.gui.sync.page import SyncPage
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.queries import current_plan, find_indicator, get_value
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync.export import export_bundle, own_public_key
from kehoach_desktop.sync.importer import import_bundle

DEC, NOV, OCT = Period(2026, 12), Period(2026, 11), Period(2026, 10)

pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture(autouse=True)
def _sync_page_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.gui import pages

    monkeypatch.setattr(pages, "PAGES", [pages._entry, pages._sync])


@pytest.fixture
def box_answer() -> QMessageBox.StandardButton:
    return QMessageBox.StandardButton.No


def _value(db: Database, period: Period) -> D | None:
    with db.read() as s:
        plan = current_plan(s)
        found = get_value(s, find_indicator(s, plan.id, "4").id, period)
        return None if found is None else found.value


def _name_of_4(db: Database) -> str:
    with db.read() as s:
        return find_indicator(s, current_plan(s).id, "4").name


@dataclass
class Folder:
    """A USB stick's folder from PC B: one bundle this PC already has, two new ones, two bad files."""

    path: Path
    good: list[str]


@pytest.fixture
def folder(gui_db, tmp_path: Path) -> Folder:  # type: ignore[no-untyped-def]
    path, _users, _plan = gui_db
    a = open_database(str(path))
    first = export_bundle(a, tmp_path / "a-full.kehoach", actor="admin", full=True)
    a_fingerprint = own_public_key(a).fingerprint
    b = open_database(str(tmp_path / "b.db"))
    import_bundle(b, first.path, actor="bob", accept_fingerprint=a_fingerprint)
    stick = tmp_path / "usb"
    stick.mkdir()
    with b.read() as s:
        plan_id = current_plan(s).id
    for name, period, value in (("b-1", DEC, "140.5"), ("b-2", NOV, "130"), ("b-3", OCT, "120")):
        with b.write() as s:
            save_values(s, b.installation_id, plan_id, [ValueEntry("4", period, D(value))], "bob", accept_warnings=True)
        export_bundle(b, stick / f"{name}.kehoach", actor="bob")
    b_fingerprint = own_public_key(b).fingerprint
    b.close()
    import_bundle(a, stick / "b-1.kehoach", actor="admin", accept_fingerprint=b_fingerprint)  # A trusts B now
    a.close()
    (stick / "a-hong.kehoach").write_bytes(b"not a bundle at all" * 10)
    _tamper(stick / "b-2.kehoach", stick / "c-sua.kehoach", "payload")
    (stick / "ghi-chu.txt").write_text("not a bundle: a folder import leaves it out")
    return Folder(stick, ["b-2.kehoach", "b-3.kehoach"])


@pytest.fixture
def window(qtbot, gui_db) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    path, _users, _plan = gui_db
    win = make_window(qtbot, path)
    yield win
    close_window(qtbot, win)


def _sync_page(qtbot, window: MainWindow, user) -> SyncPage:  # type: ignore[no-untyped-def]
    login(qtbot, window, user)
    page = window.show_page(SyncPage)
    assert isinstance(page, SyncPage)
    wait_idle(qtbot, window)
    return page


def test_a_folder_imports_the_good_bundles_and_lists_every_file(qtbot, gui_db, window, folder: Folder, boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _sync_page(qtbot, window, gui_db[1]["leader"])
    assert page.batch_button.isEnabled()
    page._ask_batch_folder = lambda: folder.path  # type: ignore[method-assign]
    steps: list[tuple[int, int]] = []

    class Recorded(QProgressDialog):
        def setValue(self, value: int) -> None:
            steps.append((value, self.maximum()))
            super().setValue(value)

    monkeypatch.setattr(sync_base, "QProgressDialog", Recorded)
    page.batch_folder_action.trigger()
    wait_idle(qtbot, window)
    dialog = page.dialog
    assert isinstance(dialog, BatchResultDialog) and dialog.isVisible()
    statuses = {o.path.name: o.status for o in dialog.outcomes}
    assert statuses == {
        "a-hong.kehoach": "refused", "b-1.kehoach": "duplicate", "b-2.kehoach": "imported",
        "b-3.kehoach": "imported", "c-sua.kehoach": "refused",
    }, statuses
    reasons = {o.path.name: o.reason for o in dialog.outcomes if o.status == "refused"}
    assert reasons == {"a-hong.kehoach": "damaged", "c-sua.kehoach": "hash"}
    # The refused first file stopped nothing: both new bundles' figures are in the database.
    assert window.ctx.worker.call(lambda db: _value(db, NOV)) == D(130)
    assert window.ctx.worker.call(lambda db: _value(db, OCT)) == D(120)
    table = dialog.table
    assert table.rowCount() == 5
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(6)] for r in range(5)}
    for name, status in statuses.items():
        assert rows[name][1] == dialog.status_text(status)
    for name in folder.good:
        assert rows[name][2]  # the sender's PC name
        assert rows[name][3] == "1" and rows[name][4] == "0"
    for name in reasons:  # why each was refused, in the sync core's words
        assert rows[name][5] == next(o.message for o in dialog.outcomes if o.path.name == name)
    assert rows["b-1.kehoach"][3] == ""  # nothing counted for a file already here
    assert "2" in dialog.summary.text() and "5" in dialog.summary.text()
    assert boxes == []  # one result dialog, no message box per file
    assert page.progress is None  # the progress dialog is gone
    assert steps[0] == (0, 0) and steps[-1] == (5, 5)  # one bar over all five files
    assert [r.direction for r in page.history.records].count("in") == 3


def test_several_files_chosen_together(qtbot, gui_db, window, folder: Folder) -> None:  # type: ignore[no-untyped-def]
    page = _sync_page(qtbot, window, gui_db[1]["leader"])
    page._ask_batch_files = lambda: [folder.path / "b-3.kehoach", folder.path / "a-hong.kehoach"]  # type: ignore[method-assign]
    page.batch_files_action.trigger()
    wait_idle(qtbot, window)
    assert [(o.path.name, o.status) for o in page.dialog.outcomes] == [("b-3.kehoach", "imported"), ("a-hong.kehoach", "refused")]
    assert window.ctx.worker.call(lambda db: _value(db, OCT)) == D(120)


def test_an_officer_cannot_import_several_bundles(qtbot, gui_db, window) -> None:  # type: ignore[no-untyped-def]
    page = _sync_page(qtbot, window, gui_db[1]["officer"])
    assert not page.batch_button.isEnabled() and page.batch_button.toolTip()
    page._ask_batch_folder = lambda: pytest.fail("an officer was asked for a folder")  # type: ignore[method-assign]
    page.import_folder()


def test_a_template_is_sent_to_its_own_review_and_conflicts_come_forward(qtbot, gui_db, folder: Folder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from test_gui_template import _template_for

    path, users, plan_id = gui_db
    template = _template_for(path, tmp_path / "province")
    a = open_database(str(path))
    with a.write() as s:  # meanwhile this PC entered another November figure
        save_values(s, a.installation_id, plan_id, [ValueEntry("4", NOV, D(125))], "leader", accept_warnings=True)
    a.close()
    window = make_window(qtbot, path)
    try:
        page = _sync_page(qtbot, window, users["leader"])
        page._ask_batch_files = lambda: [template, folder.path / "b-2.kehoach"]  # type: ignore[method-assign]
        page.batch_files_action.trigger()
        wait_idle(qtbot, window)
        dialog = page.dialog
        assert isinstance(dialog, BatchResultDialog)
        assert [(o.path.name, o.status, o.reason) for o in dialog.outcomes] == [
            ("mau.kehoach", "refused", "template"), ("b-2.kehoach", "imported", None),
        ]
        assert dialog.table.item(0, 5).text() == dialog.details(dialog.outcomes[0]) != (dialog.outcomes[0].message or "")
        assert dialog.table.item(1, 4).text() == "1"  # one conflict arrived with b-2
        assert page.tabs.currentWidget() is page.conflicts and len(page.conflicts.conflicts) == 1
        assert "(1)" in page.tabs.tabText(page.tabs.indexOf(page.conflicts))
        assert window.ctx.worker.call(_name_of_4) != "Tổng sản lượng lương thực có hạt"  # the list was not adopted
    finally:
        close_window(qtbot, window)

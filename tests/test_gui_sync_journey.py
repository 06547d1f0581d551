"""Two PCs of one commune and a province, driven only through the GUI, end with the same figures.

Each computer is set up with the wizard (the province with "gathers many communes"), figures are
typed in the grid and saved with Ctrl+S, and bundles travel only through the Đồng bộ page:
export to a file, import with the fingerprint confirmed and the preview accepted. The province
receives the files out of order, one of them twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import wait_idle
from PySide6.QtCore import Qt
from sync_support import figures
from journey_support import click, entry_page, fill_commune_and_admin, finish, ok, open_wizard, type_figure, type_into, window_on

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.entry.page import EntryPage
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.sync.page import SyncPage
from kehoach_desktop.gui.sync.preview_dialog import PreviewDialog

DEC = Period(2026, 12)


#: Message boxes recorded instead of shown in every test here (a modal box would hang offscreen).
pytestmark = pytest.mark.usefixtures("boxes")


def _set_up(qtbot, path: Path, *, sample: bool = False, province: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    window = window_on(qtbot, path)
    wizard = open_wizard(qtbot, window)
    if province:
        wizard.commune_page.province_mode.setChecked(True)
        type_into(qtbot, wizard.commune_page.province, "Tỉnh Lạng Sơn")
        fill_commune_and_admin(qtbot, wizard, code=None)
        assert wizard.plan_page.later.isChecked() and not wizard.plan_page.from_sample.isEnabled()
    else:
        fill_commune_and_admin(qtbot, wizard)
        (wizard.plan_page.from_sample if sample else wizard.plan_page.later).setChecked(True)
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: window.ctx.user is not None and bool(window.pages), timeout=20000)
    wait_idle(qtbot, window)
    return window


def _sync(qtbot, window: MainWindow) -> SyncPage:  # type: ignore[no-untyped-def]
    page = window.show_page(SyncPage)
    assert isinstance(page, SyncPage)
    wait_idle(qtbot, window)
    page._confirm_fingerprint = lambda sender, reason: True  # type: ignore[method-assign]
    return page


def _export(qtbot, window: MainWindow, out: Path) -> Path:  # type: ignore[no-untyped-def]
    page = _sync(qtbot, window)
    page._ask_save_path = lambda suggested: out  # type: ignore[method-assign]
    click(qtbot, page.export_button)
    qtbot.mouseClick(ok(page.dialog), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert out.exists()
    return out


def _import(qtbot, window: MainWindow, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    page = _sync(qtbot, window)
    page._ask_open_path = lambda: bundle  # type: ignore[method-assign]
    before = page.dialog
    click(qtbot, page.import_button)
    wait_idle(qtbot, window)
    dialog = page.dialog
    if dialog is before or not isinstance(dialog, PreviewDialog):
        return  # already imported: a message says so, no preview
    if dialog.import_button.isEnabled():
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
    else:
        dialog.reject()  # nothing new in it: the preview says so and offers no import


def _type_figure(qtbot, window: MainWindow, code: str, text: str) -> None:  # type: ignore[no-untyped-def]
    entry = entry_page(qtbot, window, DEC)
    entry._confirm_warnings = lambda problems: True  # type: ignore[method-assign]
    type_figure(qtbot, entry, entry.model.row_of(code), text)
    qtbot.keyClick(entry.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert not entry.model.has_unsaved()


@pytest.mark.slow
def test_two_pcs_and_a_province_through_the_gui_only(qtbot, tmp_path: Path, boxes) -> None:  # type: ignore[no-untyped-def]
    a = _set_up(qtbot, tmp_path / "a.db", sample=True)
    b = _set_up(qtbot, tmp_path / "b.db")
    p = _set_up(qtbot, tmp_path / "p.db", province=True)
    assert "Tỉnh Lạng Sơn" in p.windowTitle()

    a1 = _export(qtbot, a, tmp_path / "a1.kehoach")
    _import(qtbot, b, a1)  # B gets the plan and the sample figures
    _type_figure(qtbot, b, "4", "140,5")
    b1 = _export(qtbot, b, tmp_path / "b1.kehoach")
    _type_figure(qtbot, a, "5", "77")
    _import(qtbot, a, b1)
    a2 = _export(qtbot, a, tmp_path / "a2.kehoach")
    _import(qtbot, b, a2)
    for bundle in (a2, b1, a1, a2):  # the province: newest first, one file twice
        _import(qtbot, p, bundle)

    def held(db):  # type: ignore[no-untyped-def]
        return figures(db)

    in_a, in_b, in_p = (w.ctx.worker.call(held) for w in (a, b, p))
    assert in_a == in_b == in_p and len(in_a) > 600
    assert not any(conflict for *_rest, conflict in in_a.values())
    assert [kind for kind, _text in boxes if kind == "critical"] == []

    # The province shows the commune it now holds, read-only: it reviews, the commune enters.
    wait_idle(qtbot, p)
    assert p.commune_box.isVisibleTo(p) and p.commune_box.count() == 1
    assert p.commune_box.currentText() == "06253 — Xã Hòa Bình"
    p.set_period(DEC)
    entry = p.show_page(EntryPage)
    assert isinstance(entry, EntryPage)
    wait_idle(qtbot, p)
    row = entry.model.row_at(entry.model.row_of("4"))
    assert entry.model.data(entry.model.index(entry.model.row_of("4"), Col.VALUE)) == "140,5"
    assert not entry.model.may_edit(row)
    assert not entry.approval.submit_button.isVisibleTo(p) and not entry.save_button.isVisibleTo(p)
    assert not a.commune_box.isVisibleTo(a)  # a commune's computer has no such choice
    for window in (a, b, p):
        window.close()
        window.ctx.worker.shutdown()


def test_a_province_switches_between_the_communes_it_holds(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui_support import login

    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.commune_edit import first_setup
    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.store.schema import CommuneRow
    from kehoach_desktop.sync.export import export_bundle, own_public_key
    from kehoach_desktop.sync.importer import import_bundle

    province = open_database(str(tmp_path / "p.db"))
    with province.write() as s:
        admin = first_setup(s, province.installation_id, commune_fields=None, admin_username="tinh",
                            admin_full_name="Sở KH", admin_password="mat-khau-tinh", province="Tỉnh Thử").admin
    for n, code in enumerate(("06253", "06100")):
        commune = open_database(str(tmp_path / f"x{n}.db"))
        install_demo(commune)  # the sample plan and figures, under this commune's own code
        with commune.write() as s:
            row = s.query(CommuneRow).one()
            row.code, row.name = code, f"Xã số {n + 1}"
        bundle = export_bundle(commune, tmp_path / f"x{n}.kehoach", actor="x", full=True).path
        import_bundle(province, bundle, actor="tinh", accept_fingerprint=own_public_key(commune).fingerprint)
        commune.close()
    province.close()

    window = window_on(qtbot, tmp_path / "p.db")
    login(qtbot, window, admin)
    assert window.commune_box.count() == 2
    first = window.ctx.plan_id
    assert window.commune_box.currentText().startswith("06100")
    window._commune_chosen(1)
    wait_idle(qtbot, window)
    assert window.ctx.plan_id != first and window.commune_box.currentText().startswith("06253")
    entry = window.show_page(EntryPage)
    assert isinstance(entry, EntryPage)
    wait_idle(qtbot, window)
    assert entry.model.grid is not None and entry.model.grid.plan_id == window.ctx.plan_id
    window.close()
    window.ctx.worker.shutdown()

"""The Đồng bộ page on real databases: own key, export, import from a second PC, refusals, conflicts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path

import pytest
from gui_support import close_window, login, make_window, wait_idle
from journey_support import ok
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.domain.access import User
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.entry.page import EntryPage
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.sync.drives import (
    media_mounts,
    start_folder,
    windows_removable,
)
from kehoach_desktop.gui.sync.export_dialog import ExportChoice, ExportDialog
from kehoach_desktop.gui.sync.page import SyncPage
from kehoach_desktop.gui.sync.preview_dialog import PreviewDialog
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.queries import current_plan, find_indicator, get_value
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync.export import export_bundle, own_public_key
from kehoach_desktop.sync.importer import import_bundle
from kehoach_desktop.sync.keys import PublicKey, write_key_file
from kehoach_desktop.sync.verify import open_bundle

#: December 2026: the demo has no figures yet; 140,5 tonnes of grain (indicator 4) raises no warning.
DEC = Period(2026, 12)


@pytest.fixture(autouse=True)
def _entry_and_sync_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows with the entry page (to see imported figures) and the sync page only."""
    from kehoach_desktop.gui import pages

    monkeypatch.setattr(pages, "PAGES", [pages._entry, pages._sync])


#: Message boxes recorded instead of shown in every test here (a modal box would hang offscreen).
pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture
def box_answer() -> QMessageBox.StandardButton:
    """Questions answered No here."""
    return QMessageBox.StandardButton.No


@dataclass
class Peer:
    """A second PC of the same commune: it got our full bundle, then entered a figure and exported."""

    path: Path
    key: PublicKey
    bundle: Path


def _value(db: Database, code: str = "4", period: Period = DEC) -> D | None:
    with db.read() as s:
        plan = current_plan(s)
        found = get_value(s, find_indicator(s, plan.id, code).id, period)
        return None if found is None else found.value


@pytest.fixture
def peer(gui_db, tmp_path: Path) -> Peer:  # type: ignore[no-untyped-def]
    """PC B: imports the GUI database's full bundle, enters 140,5 for indicator 4 in December 2026, exports."""
    path, _users, _plan_id = gui_db
    a = open_database(str(path))
    first = export_bundle(a, tmp_path / "a-full.kehoach", actor="admin", full=True)
    a_fingerprint = own_public_key(a).fingerprint
    a.close()
    b = open_database(str(tmp_path / "b.db"))
    import_bundle(b, first.path, actor="bob", accept_fingerprint=a_fingerprint)
    with b.read() as s:
        plan_id = current_plan(s).id
    with b.write() as s:
        save_values(s, b.installation_id, plan_id, [ValueEntry("4", DEC, D("140.5"))], "bob")
    out = export_bundle(b, tmp_path / "b-1.kehoach", actor="bob")
    key = own_public_key(b)
    b.close()
    return Peer(tmp_path / "b.db", key, out.path)


@pytest.fixture
def open_sync(qtbot, gui_db) -> Iterator[Callable[[str], tuple[MainWindow, SyncPage]]]:  # type: ignore[no-untyped-def]
    """Open a window logged in as ``name`` showing the sync page; closed after the test."""
    path, users, _plan_id = gui_db
    windows: list[MainWindow] = []

    def opener(name: str) -> tuple[MainWindow, SyncPage]:
        window = make_window(qtbot, path)
        windows.append(window)
        user: User = users[name]
        login(qtbot, window, user)
        page = window.show_page(SyncPage)
        assert isinstance(page, SyncPage)
        wait_idle(qtbot, window)
        return window, page

    yield opener
    for window in windows:
        close_window(qtbot, window)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def import_through_page(qtbot, window: MainWindow, page: SyncPage, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    """Nhập gói: choose ``bundle``, confirm the sender's fingerprint, accept the preview."""
    page._ask_open_path = lambda: bundle  # type: ignore[method-assign]
    page._confirm_fingerprint = lambda sender, reason: True  # type: ignore[method-assign]
    click(qtbot, page.import_button)
    wait_idle(qtbot, window)
    click(qtbot, page.dialog.import_button)
    wait_idle(qtbot, window)


def test_the_page_shows_this_pcs_fingerprint_and_exports_its_key(qtbot, open_sync, tmp_path: Path) -> None:
    window, page = open_sync("officer")
    own = window.ctx.worker.call(own_public_key)
    assert page.fingerprint.text() == own.fingerprint and len(own.fingerprint.split()) == 8
    assert page.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    asked: list[str] = []
    page._ask_key_save_path = lambda suggested: asked.append(suggested) or tmp_path / "mine.khoa"  # type: ignore[method-assign]
    click(qtbot, page.export_key_button)
    wait_idle(qtbot, window)
    assert asked == [f"99001-{own.name}.khoa"]
    from kehoach_desktop.sync.keys import read_key_file

    assert read_key_file(tmp_path / "mine.khoa") == own


def test_export_through_the_page_writes_a_valid_bundle(qtbot, open_sync, tmp_path: Path) -> None:
    window, page = open_sync("officer")
    page._ask_save_path = lambda suggested: tmp_path / suggested  # type: ignore[method-assign]
    click(qtbot, page.export_button)
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.incremental.isChecked() and not dialog.encrypt.isEnabled() and not dialog.several
    assert dialog.recipient.count() == 1  # "any PC": nothing trusted yet
    dialog.full.setChecked(True)
    click(qtbot, ok(dialog))
    wait_idle(qtbot, window)
    written = list(tmp_path.glob("99001-*.kehoach"))
    assert len(written) == 1 and page.progress is None
    opened = open_bundle(written[0])
    assert opened.manifest.full and not opened.encrypted and opened.manifest.counts["revisions"] > 600
    assert page.last_export is not None and page.last_export.path == written[0]
    assert written[0].name in window.statusBar().currentMessage()
    assert page.history.table.rowCount() == 1 and page.history.records[0].direction == "out"


def test_import_from_another_pc_confirms_its_fingerprint_previews_and_imports(
    qtbot, open_sync, peer: Peer, boxes
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_sync("leader")
    asked: list[tuple[str, str]] = []
    page._ask_open_path = lambda: peer.bundle  # type: ignore[method-assign]
    page._confirm_fingerprint = lambda sender, reason: asked.append((sender.fingerprint, reason)) or True  # type: ignore[method-assign]
    click(qtbot, page.import_button)
    wait_idle(qtbot, window)
    assert asked == [(peer.key.fingerprint, "unknown_key")]
    dialog = page.dialog
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    assert dialog.findChild(type(page.fingerprint), "preview_fingerprint").text() == peer.key.fingerprint
    assert dialog.changes.rowCount() == 1 and dialog.conflicts.rowCount() == 0
    row = [dialog.changes.item(0, c).text() for c in range(5)]
    assert row[0].startswith("4. ") and row[1:] == ["12/2026", "—", "140,5", ""]
    assert window.ctx.worker.call(_value) is None  # a preview writes nothing
    click(qtbot, dialog.import_button)
    wait_idle(qtbot, window)
    assert window.ctx.worker.call(_value) == D("140.5")
    assert boxes == []
    assert [k.installation_id for k in page.keys.keys] == [peer.key.installation_id]
    assert page.history.records[0].direction == "in"  # newest first; the fixture's export follows
    window.set_period(DEC)
    entry = window.show_page(EntryPage)
    assert isinstance(entry, EntryPage)
    wait_idle(qtbot, window)
    index = entry.model.index(entry.model.row_of("4"), Col.VALUE)
    assert entry.model.data(index) == "140,5"


def test_the_same_bundle_twice_only_says_so(qtbot, open_sync, peer: Peer, boxes) -> None:  # type: ignore[no-untyped-def]
    window, page = open_sync("admin")
    import_through_page(qtbot, window, page, peer.bundle)
    page.dialog = None
    click(qtbot, page.import_button)
    wait_idle(qtbot, window)
    assert page.dialog is None and [kind for kind, _ in boxes] == ["information"]


def test_a_declined_fingerprint_imports_nothing(qtbot, open_sync, peer: Peer, boxes) -> None:  # type: ignore[no-untyped-def]
    window, page = open_sync("leader")
    page._ask_open_path = lambda: peer.bundle  # type: ignore[method-assign]
    click(qtbot, page.import_button)  # the real question, answered No by the fixture
    wait_idle(qtbot, window)
    assert [kind for kind, _ in boxes] == ["question"] and peer.key.fingerprint in boxes[0][1]
    assert page.dialog is None and page.keys.keys == []
    assert window.ctx.worker.call(_value) is None


def _tamper(bundle: Path, out: Path, how: str) -> Path:
    """A copy of ``bundle`` changed after signing: its payload, its manifest, or cut short on the way."""
    import zipfile

    if how == "truncated":
        data = bundle.read_bytes()
        out.write_bytes(data[: len(data) // 2])
        return out
    with zipfile.ZipFile(bundle) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    name = "manifest.json" if how == "manifest" else next(n for n in entries if n.startswith("payload"))
    assert name in entries, sorted(entries)
    entries[name] = entries[name].replace(b"140.5", b"940.5") if b"140.5" in entries[name] else entries[name] + b" "
    if how == "manifest":
        entries[name] = entries[name].replace(b'"full":false', b'"full":true')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries.items():
            archive.writestr(entry, data)
    return out


@pytest.mark.parametrize("how", ["payload", "manifest", "truncated"])
def test_a_tampered_bundle_is_refused_with_a_warning(qtbot, open_sync, peer: Peer, boxes, tmp_path: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    bad = _tamper(peer.bundle, tmp_path / "tampered.kehoach", how)
    window, page = open_sync("leader")
    page._ask_open_path = lambda: bad  # type: ignore[method-assign]
    page._confirm_fingerprint = lambda sender, reason: True  # type: ignore[method-assign]
    click(qtbot, page.import_button)
    wait_idle(qtbot, window)
    assert [kind for kind, _ in boxes] == ["warning"], boxes
    assert page.dialog is None and [r.direction for r in page.history.records] == ["out"]
    assert window.ctx.worker.call(_value) is None


def test_an_officer_cannot_import_trust_or_resolve(qtbot, open_sync) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_sync("officer")
    assert page.export_button.isEnabled() and page.export_key_button.isEnabled()
    assert not page.import_button.isEnabled() and page.import_button.toolTip()
    assert not page.keys.trust_button.isEnabled() and page.keys.trust_button.toolTip()
    assert not page.conflicts.can_resolve
    page._ask_open_path = lambda: pytest.fail("an officer was asked for a bundle")  # type: ignore[method-assign]
    page.start_import()


def test_trusting_a_key_file_then_encrypted_export_acknowledgement_and_revoke(
    qtbot, open_sync, peer: Peer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    write_key_file(peer.key, tmp_path / "b.khoa")
    window, page = open_sync("admin")
    page._ask_key_open_path = lambda: tmp_path / "b.khoa"  # type: ignore[method-assign]
    page._confirm_fingerprint = lambda sender, reason: sender == peer.key  # type: ignore[method-assign]
    click(qtbot, page.keys.trust_button)
    wait_idle(qtbot, window)
    assert [k.fingerprint for k in page.keys.keys] == [peer.key.fingerprint]
    saved: list[Path] = []
    page._ask_save_path = lambda suggested: saved.append(tmp_path / suggested) or saved[-1]  # type: ignore[method-assign]
    click(qtbot, page.export_button)
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog) and dialog.recipient.count() == 2
    dialog.recipient.setCurrentIndex(1)
    assert dialog.encrypt.isEnabled()
    dialog.encrypt.setChecked(True)
    click(qtbot, ok(dialog))
    wait_idle(qtbot, window)
    sealed = open_bundle(saved[-1])
    assert sealed.encrypted and sealed.manifest.recipient["installation_id"] == peer.key.installation_id
    page.keys.select(peer.key.installation_id)
    click(qtbot, page.keys.ack_button)
    wait_idle(qtbot, window)
    assert saved[-1].name.endswith("-xacnhan.kehoach") and open_bundle(saved[-1]).manifest.kind == "ack"
    page._confirm_revoke = lambda key: True  # type: ignore[method-assign]
    page.keys.select(peer.key.installation_id)
    click(qtbot, page.keys.revoke_button)
    wait_idle(qtbot, window)
    assert page.keys.keys[0].revoked_at is not None and not page.keys.revoke_button.isEnabled()


def test_a_leader_keeps_one_version_of_a_figure_in_conflict(qtbot, gui_db, open_sync, peer: Peer) -> None:  # type: ignore[no-untyped-def]
    path, _users, plan_id = gui_db
    a = open_database(str(path))
    with a.write() as s:  # meanwhile, this PC entered another figure for the same month
        save_values(s, a.installation_id, plan_id, [ValueEntry("4", DEC, D(130))], "leader")
    a.close()
    window, page = open_sync("leader")
    page._ask_open_path = lambda: peer.bundle  # type: ignore[method-assign]
    page._confirm_fingerprint = lambda sender, reason: True  # type: ignore[method-assign]
    click(qtbot, page.import_button)
    wait_idle(qtbot, window)
    assert page.dialog.conflicts.rowCount() == 1
    click(qtbot, page.dialog.import_button)
    wait_idle(qtbot, window)
    tab = page.tabs.tabText(page.tabs.indexOf(page.conflicts))
    assert "(1)" in tab and len(page.conflicts.conflicts) == 1
    page.conflicts.select(0)
    versions = page.conflicts.conflicts[0].versions
    assert page.conflicts.versions.rowCount() == 2 == len(versions)
    theirs = next(i for i, v in enumerate(versions) if v.value == D("140.5"))
    assert not page.conflicts.keep_button.isEnabled()
    page.conflicts.select(0, theirs)
    click(qtbot, page.conflicts.keep_button)
    wait_idle(qtbot, window)
    assert page.conflicts.conflicts == [] and "(" not in page.tabs.tabText(page.tabs.indexOf(page.conflicts))
    assert window.ctx.worker.call(_value) == D("140.5")


def test_bundles_start_on_a_usb_stick_when_one_is_plugged_in(tmp_path: Path) -> None:
    assert windows_removable(0b1101, lambda root: 2 if root.startswith("D") else 3) == [Path("D:\\")]
    mounts = [("/", True, False), ("/media/lan/USB/", True, False), ("/run/media/x/CD/", True, True),
              ("/run/media/x/OLD/", False, False)]
    assert media_mounts(mounts) == [Path("/media/lan/USB")]
    assert start_folder([Path("/media/lan/USB")], tmp_path, Path.home()) == Path("/media/lan/USB")
    assert start_folder([], tmp_path, Path.home()) == tmp_path
    assert start_folder([], tmp_path / "gone", Path.home()) == Path.home()


def test_the_export_dialog_offers_the_commune_only_when_there_are_several(qtbot) -> None:  # type: ignore[no-untyped-def]
    one = ExportDialog(None, [], [("99001", "Xã Đồng Tâm")])
    qtbot.addWidget(one)
    assert not one.several and one.choice().commune_code is None
    several = ExportDialog(None, [], [("06253", "Xã A"), ("06254", "Xã B")])
    qtbot.addWidget(several)
    several.commune.setCurrentIndex(1)
    assert several.choice() == ExportChoice(None, False, False, "06254")


def test_a_figure_in_conflict_is_marked_in_the_entry_grid(qtbot, gui_db, open_sync, peer: Peer) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.entry.model import CONFLICT_COLOUR

    path, _users, plan_id = gui_db
    a = open_database(str(path))
    with a.write() as s:  # this PC enters December's grain too, before B's bundle arrives
        save_values(s, a.installation_id, plan_id, [ValueEntry("4", DEC, D("139"))], "leader")
    a.close()
    window, page = open_sync("leader")
    import_through_page(qtbot, window, page, peer.bundle)
    window.set_period(DEC)
    entry = window.show_page(EntryPage)
    assert isinstance(entry, EntryPage)
    wait_idle(qtbot, window)
    index = entry.model.index(entry.model.row_of("4"), Col.VALUE)
    assert entry.model.data(index, Qt.ItemDataRole.BackgroundRole) == CONFLICT_COLOUR
    assert "Sync page" in entry.model.data(index, Qt.ItemDataRole.ToolTipRole)
    other = entry.model.index(entry.model.row_of("5"), Col.VALUE)
    assert entry.model.data(other, Qt.ItemDataRole.BackgroundRole) != CONFLICT_COLOUR

"""Take the screenshots in this folder: every screen, in Vietnamese, at 1366x768.

Run under a real X server so fonts render as on a PC:
    Xvfb :99 -screen 0 1366x768x24 &  DISPLAY=:99 python docs/screenshots/take.py
Each screen is driven the way an officer would use it, on real temporary databases.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ["KEHOACH_DATA_DIR"] = tempfile.mkdtemp(prefix="kehoach-shots-")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

app = QApplication(sys.argv)
# As in the app (gui/gc_timer.py) and the tests: no automatic collection, which can run on the
# database worker thread and delete Qt objects there; this script is short, so none at all.
gc.disable()

from gui_support import add_users  # noqa: E402

from kehoach_desktop.demo import install_demo  # noqa: E402
from kehoach_desktop.domain.periods import Period  # noqa: E402
from kehoach_desktop.gui.context import AppContext  # noqa: E402
from kehoach_desktop.gui.main_window import MainWindow  # noqa: E402
from kehoach_desktop.gui.resources import apply_style  # noqa: E402
from kehoach_desktop.gui.settings import Settings  # noqa: E402
from kehoach_desktop.gui.translations import install_translators  # noqa: E402
from kehoach_desktop.store.database import open_database  # noqa: E402

install_translators(app)
apply_style(app)
WORK = Path(tempfile.mkdtemp(prefix="kehoach-shots-db-"))


def settle(seconds: float = 0.4, until=None) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run (database worker, painting)."""
    end = time.time() + 20
    while time.time() < end and until is not None and not until():
        app.processEvents()
        time.sleep(0.01)
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def shot(widget: QWidget, name: str) -> None:
    """Save ``widget`` as docs/screenshots/<name>.png."""
    settle(0.3)
    widget.grab().save(str(HERE / f"{name}.png"))
    print("saved", name)


def maximise(window: MainWindow) -> None:
    """Open as on a 1366x768 office PC: maximised (Xvfb has no window manager to do it, so the
    window also takes the screen's free area itself)."""
    window.show_on_screen()
    window.setGeometry(app.primaryScreen().availableGeometry())
    settle(0.2)


def window_on(path: Path) -> MainWindow:
    window = MainWindow(AppContext(Settings.load(), open_database(str(path))))
    maximise(window)
    return window


def idle(window: MainWindow) -> None:
    settle(0.5, until=window.ctx.worker.is_idle)


def wizard_screens() -> None:
    from kehoach_desktop.gui import startup

    window = window_on(WORK / "new.db")
    startup.start(window)
    settle(0.5)
    wizard = window._wizard  # type: ignore[attr-defined]
    page = wizard.commune_page
    for name, text in (("code", "06253"), ("name", "Xã Na Dương"), ("province", "Lạng Sơn")):
        page.findChild(QLineEdit, name).setText(text)
    shot(wizard, "02-wizard-commune")
    wizard.next()
    admin = wizard.admin_page
    admin.full_name.setText("Hoàng Văn Minh")
    admin.username.setText("minhhv")
    for field in admin.findChildren(QLineEdit):
        if field.echoMode() == QLineEdit.EchoMode.Password:
            field.setText("matkhau-2026")
    shot(wizard, "03-wizard-admin")
    wizard.next()
    wizard.plan_page.from_document.setChecked(True)
    wizard.plan_page.file_path.setText(str(ROOT / "tests" / "fixtures" / "nghi-quyet-nam-2026.txt"))
    shot(wizard, "04-wizard-plan")
    wizard.reject()
    window.close()


def receive_screen() -> None:
    """A second PC of the office receiving the plan from the first PC's full bundle (after the
    fingerprint was confirmed): what the bundle brings, before the administrator step."""
    from kehoach_desktop.gui import startup
    from kehoach_desktop.store.schema import Installation
    from kehoach_desktop.sync.export import export_bundle

    first = open_database(str(WORK / "office-pc1.db"))
    with first.write() as s:
        s.get(Installation, first.installation_id).name = "MAY-VANPHONG-1"
    install_demo(first)
    bundle = export_bundle(first, WORK / "99001-day-du.kehoach", actor="admin", full=True).path
    first.close()
    window = window_on(WORK / "office-pc2.db")
    startup.start(window)
    settle(0.5)
    wizard = window._wizard  # type: ignore[attr-defined]
    wizard.commune_page.receive.setChecked(True)
    wizard.next()
    wizard._choose_bundle = lambda: str(bundle)  # type: ignore[method-assign]
    wizard._confirm_fingerprint = lambda sender, reason: True  # type: ignore[method-assign]
    wizard.receive_page.browse.click()
    settle(0.5, until=wizard.receive_page.isComplete)
    shot(wizard, "04-wizard-receive")
    wizard.reject()
    window.close()


def demo_db(name: str = "demo.db") -> Path:
    path = WORK / name
    db = open_database(str(path))
    install_demo(db)
    add_users(db)
    db.close()
    return path


def login_screen(path: Path) -> None:
    from kehoach_desktop.gui import startup

    window = window_on(path)
    shot(window, "01-main-window-before-login")
    startup.ask_login(window)
    dialog = window._login  # type: ignore[attr-defined]
    settle(0.3)
    dialog.findChild(QLineEdit, "username").setText("officer")
    dialog.findChild(QLineEdit, "password").setText("sai-mat-khau")
    dialog.submit()
    settle(0.5, until=window.ctx.worker.is_idle)
    shot(dialog, "05-login-wrong-password")
    dialog.reject()
    window.close()
    window.ctx.worker.shutdown()


def main_screens(path: Path) -> None:
    from gui_support import make_window_plain

    from kehoach_desktop.gui.startup import logged_in

    window, users = make_window_plain(path)
    maximise(window)
    window.set_period(Period(2026, 10))
    logged_in(window, users["leader"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    entry = window.pages[0]
    model, view = entry.model, entry.view
    from kehoach_desktop.gui.entry.model import Col

    typed = 0
    for row in range(model.rowCount()):
        item = model.row_at(row)
        if item is None or not model.may_edit(item):
            continue
        index = model.index(row, Col.VALUE)
        view.setCurrentIndex(index)
        model.on_edited(index, ["1.234,5", "12,3,4"][typed])
        typed += 1
        if typed == 2:
            break
    idle(window)
    shot(window, "06-entry-grid")
    entry.model.discard()
    entry.approval.approve()
    settle(0.3, until=lambda: entry.approval.confirm_box is not None)
    shot(entry.approval.confirm_box, "07-entry-approve-confirm")
    box = entry.approval.confirm_box
    from PySide6.QtWidgets import QMessageBox

    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    idle(window)
    shot(window, "07-entry-approved-month")
    period_screens(window)
    extra_screens(window)
    shots_of_pages(window)
    review_screen(window, users)


def period_screens(window: MainWindow) -> None:
    """The grid over a quarter and over the year: read from the months, read-only."""
    for period, name in ((Period.quarter(2026, 3), "17-entry-quarter"), (Period.whole_year(2026), "18-entry-year")):
        window.set_period(period)
        idle(window)
        shot(window, name)
    window.set_period(Period(2026, 10))
    idle(window)


def extra_screens(window: MainWindow) -> None:
    """The user guide (F1) and the print preview of the month's table (Ctrl+P)."""
    window.show_help()
    settle(0.5)
    shot(window.help_window, "25-help-guide")
    window.help_window.close()
    entry = window.pages[0]
    entry.grid_printer.print_grid()
    settle(1.0)
    shot(entry.grid_printer.preview_dialog, "26-entry-print-preview")
    entry.grid_printer.preview_dialog.close()


def review_screen(window: MainWindow, users) -> None:  # type: ignore[no-untyped-def]
    """The plan review with a freshly imported document and a flagged item selected."""
    from kehoach_desktop.gui.plan_page import PlanPage
    from kehoach_desktop.gui.startup import logged_in

    window.ctx.set_user(None)
    logged_in(window, users["admin"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    page = window.show_page(PlanPage)
    assert isinstance(page, PlanPage)
    idle(window)
    doc = ROOT / "tests" / "fixtures" / "blind" / "r10_d3_palung_2026.txt"
    page._choose_file = lambda *a: str(doc)  # type: ignore[method-assign]
    page._confirm_new_plan = lambda *a: True  # type: ignore[method-assign]
    page.import_document()
    settle(1.0, until=lambda: page.review.draft() is not None and page.review.flagged_count() > 0)
    page.review.next_flagged()
    shot(window, "12-plan-review-flagged-item")


def shots_of_pages(window: MainWindow) -> None:
    number = 7
    for row, page in enumerate(window.pages):
        if row == 0 or page.icon_name == "reports":  # Báo cáo has its own screenshots (report_screens)
            continue
        number += 1
        window.nav.setCurrentRow(row)
        idle(window)
        shot(window, f"{number:02d}-{page.icon_name}-page")
        if page.icon_name == "overview" and hasattr(page, "show_indicator"):
            page.show_indicator("4")
            settle(1.0)
            shot(window, f"{number:02d}-{page.icon_name}-page-detail")


def sync_screens(path: Path) -> None:
    """The Đồng bộ page after a second PC's bundle: the preview, history, and a conflict side by side."""
    from decimal import Decimal

    from gui_support import make_window_plain

    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.gui.sync.page import SyncPage
    from kehoach_desktop.store.values import ValueEntry, save_values
    from kehoach_desktop.sync.export import export_bundle, own_public_key
    from kehoach_desktop.sync.importer import import_bundle

    main = open_database(str(path))
    first = export_bundle(main, WORK / "pc1-full.kehoach", actor="admin", full=True)
    fingerprint = own_public_key(main).fingerprint
    other = open_database(str(WORK / "pc2.db"))
    from kehoach_desktop.store.schema import Installation

    with other.write() as s:  # PCs are told apart by their names: this one is the office's second PC
        s.get(Installation, other.installation_id).name = "MAY-VANPHONG-2"
    import_bundle(other, first.path, actor="pc2", accept_fingerprint=fingerprint)
    plan_id = 1
    dec = Period(2026, 11)  # October is approved by main_screens
    with other.write() as s:  # the second PC's officer and this PC's leader both enter November's grain
        save_values(s, other.installation_id, plan_id, [ValueEntry("4", dec, Decimal("612"))], "canbo2", accept_warnings=True)
    with main.write() as s:
        save_values(s, main.installation_id, plan_id, [ValueEntry("4", dec, Decimal("598.5"))], "leader", accept_warnings=True)
    bundle = export_bundle(other, WORK / "99001-may2.kehoach", actor="canbo2").path
    other_fingerprint = own_public_key(other).fingerprint
    other.close()
    main.close()
    window, users = make_window_plain(path)
    maximise(window)
    logged_in(window, users["leader"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    page = window.show_page(SyncPage)
    assert isinstance(page, SyncPage)
    idle(window)
    page._ask_open_path = lambda: bundle  # type: ignore[method-assign]
    page._confirm_fingerprint = lambda sender, reason: sender.fingerprint == other_fingerprint  # type: ignore[method-assign]
    page.import_button.click()
    settle(1.0, until=window.ctx.worker.is_idle)
    shot(page.dialog, "13-sync-import-preview")
    page.dialog.import_button.click()
    settle(1.0, until=window.ctx.worker.is_idle)
    shot(window, "14-sync-history")
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    settle(0.5)
    shot(window, "15-sync-conflict")


def province_screen() -> None:
    """A province's computer holding two communes' bundles, one shown, read-only."""
    from gui_support import make_window_plain

    from kehoach_desktop.gui.entry.page import EntryPage
    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.store.commune_edit import first_setup
    from kehoach_desktop.store.schema import CommuneRow
    from kehoach_desktop.sync.export import export_bundle, own_public_key
    from kehoach_desktop.sync.importer import import_bundle

    province = open_database(str(WORK / "tinh.db"))
    with province.write() as s:
        first_setup(s, province.installation_id, commune_fields=None, admin_username="sokhdt",
                    admin_full_name="Sở Kế hoạch", admin_password="mat-khau-tinh", province="Tỉnh Lạng Sơn")
    for n, (code, name) in enumerate((("06253", "Xã Na Dương"), ("06100", "Phường Đông Kinh"))):
        commune = open_database(str(WORK / f"xa{n}.db"))
        install_demo(commune)
        with commune.write() as s:
            row = s.query(CommuneRow).one()
            row.code, row.name = code, name
        bundle = export_bundle(commune, WORK / f"xa{n}.kehoach", actor="xa", full=True).path
        import_bundle(province, bundle, actor="sokhdt", accept_fingerprint=own_public_key(commune).fingerprint)
        commune.close()
    province.close()
    window, users = make_window_plain(WORK / "tinh.db")
    maximise(window)
    window.set_period(Period(2026, 10))
    logged_in(window, users["sokhdt"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    window.show_page(EntryPage)
    idle(window)
    shot(window, "16-province-commune-read-only")


def annual_screens() -> None:
    """Xã Tân Lập's 2026 resolution reviewed against its 5-year plan, applied; the year's targets."""
    from dataclasses import replace

    from kehoach_desktop.domain.model import PlanStatus
    from kehoach_desktop.gui.annual.year_targets_model import YEAR
    from kehoach_desktop.gui.plan_page import PlanPage
    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.planimport.output import parse_plan_file, to_draft
    from kehoach_desktop.store.operations import create_plan, init_commune

    fixtures = ROOT / "tests" / "fixtures"
    five = to_draft(parse_plan_file(fixtures / "tan-lap-ke-hoach-2026-2030.txt")[1])
    five = replace(five, plan=replace(five.plan, status=PlanStatus.ADOPTED), flags={})
    path = WORK / "tan-lap.db"
    db = open_database(str(path))
    with db.write() as s:
        commune = init_commune(s, db.installation_id, "12345", "Xã Tân Lập", None, "tester")
        create_plan(s, db.installation_id, commune.id, five, "tester")
    users = add_users(db)
    db.close()
    window = window_on(path)
    logged_in(window, users["admin"])
    settle(0.5, until=lambda: bool(window.pages))
    window.set_period(Period(2026, 10))
    idle(window)
    page = window.show_page(PlanPage)
    idle(window)
    bar = page.annual_bar
    dialog = bar.importer.start()
    dialog.path.setText(str(fixtures / "tan-lap-nghi-quyet-nam-2026.txt"))
    dialog.accept()
    settle(0.5, until=lambda: bar.importer.review is not None)
    idle(window)
    review = bar.importer.review
    review.move(window.geometry().center() - review.rect().center())
    shot(review, "19-annual-review")
    review.annual_only_action.trigger()
    idle(window)
    review.apply()
    idle(window)
    shot(review, "20-annual-applied")
    review.reject()
    targets = bar.open_targets(2026)
    idle(window)
    model = targets.model
    model.set_text("9", "≥ 70%")
    targets.save()
    idle(window)
    model.set_text("4", "19,655")
    targets.table.setCurrentIndex(model.index(model.row_of("5"), YEAR))  # the red cell shows unselected
    shot(targets, "21-year-targets")
    targets._ask_discard = lambda: True  # type: ignore[method-assign]
    targets.reject()
    window.ctx.worker.shutdown()
    window.close()


def report_screens() -> None:
    """Báo cáo on September 2026 and on the year, and Cài đặt > Báo cáo, maximised at 1366x768."""
    from kehoach_desktop.gui.reports.page import ReportsPage
    from kehoach_desktop.gui.settings_page import SettingsPage
    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.store.users import list_users

    path = demo_db("reports.db")
    db = open_database(str(path))
    with db.read() as s:
        users = {u.username: u for u in list_users(s)}
    db.close()
    window = window_on(path)
    window.showMaximized()
    window.set_period(Period(2026, 9))
    logged_in(window, users["admin"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    settings = window.show_page(SettingsPage)
    idle(window)
    tab = settings.report_settings
    settings.tabs.setCurrentWidget(tab)
    for name, text in (("parent_body", "UBND TỈNH MẪU"), ("issuing_body", "XÃ ĐỒNG TÂM"), ("place", "Đồng Tâm"),
                       ("addressee", "Sở Tài chính tỉnh Mẫu"), ("signer_name", "Nguyễn Văn An")):
        tab.lines[name].setText(text)
    tab.next_number.setValue(9)
    tab.recipients.setPlainText("Như trên;\nTT Đảng ủy, HĐND xã;\nLãnh đạo UBND xã;\nCác ban, ngành đoàn thể xã;")
    tab.save()
    idle(window)
    shot(window, "24-report-settings")
    from kehoach_desktop.services.backup import back_up_now

    window.ctx.worker.call(lambda db: back_up_now(db, None))  # one made by hand beside the daily one
    settings.tabs.setCurrentWidget(settings.backups)
    settings.backups.load()
    idle(window)
    settings.backups.table.selectRow(0) if hasattr(settings.backups, "table") else None
    shot(window, "29-settings-backups")
    page = window.show_page(ReportsPage)
    idle(window)
    page.issued.setDate(page.issued.date().fromString("05/10/2026", "dd/MM/yyyy"))
    page.texts.editors["tasks"].setPlainText(
        "Tập trung thu hoạch vụ mùa, chuẩn bị sản xuất vụ đông.\nĐôn đốc thu ngân sách những tháng cuối năm.")
    page.texts.tabs.setCurrentIndex(1)
    page.save_texts()
    idle(window)
    page.table.selectRow(3)
    shot(window, "22-reports-month")
    window.set_period(Period.whole_year(2026))
    idle(window)
    page._ask_save_path = lambda suffix, name: WORK / name  # type: ignore[method-assign]
    page.export_docx()
    settle(1.0, until=lambda: page.last_file is not None)
    idle(window)
    page.table.selectRow(20)
    page.table.scrollTo(page.model.index(20, 0))
    shot(window, "23-reports-year")
    window.ctx.worker.shutdown()
    window.close()


def province_pages() -> None:
    """The Tỉnh page of a province of twelve generated communes: who reported, one indicator compared."""
    from gui_support import make_window_plain

    from kehoach_desktop.demo_commune import install_generated
    from kehoach_desktop.gui.province.page import ProvincePage
    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.store.commune_edit import first_setup

    names = ("Xã Na Dương", "Phường Đông Kinh", "Xã Tân Lập", "Xã Hòa Bình", "Phường Tam Thanh", "Xã Lộc Bình",
             "Xã Mẫu Sơn", "Xã Thất Khê", "Xã Bình Gia", "Xã Văn Quan", "Phường Lương Văn Tri", "Xã Chi Lăng")
    province = open_database(str(WORK / "tinh-tong-hop.db"))
    with province.write() as s:
        first_setup(s, province.installation_id, commune_fields=None, admin_username="sotc",
                    admin_full_name="Sở Tài chính", admin_password="mat-khau-tinh", province="Tỉnh Lạng Sơn")
    for n, name in enumerate(names):
        # Every commune but one states its households and population: the rate's total names it.
        install_generated(province, f"{6100 + 3 * n:05d}", name, 7, "Tỉnh Lạng Sơn", denominators=n != 3)
    province.close()
    window, users = make_window_plain(WORK / "tinh-tong-hop.db")
    window.resize(1366, 768)
    window.set_period(Period.parse("2026-M9"))
    logged_in(window, users["sotc"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    page = window.show_page(ProvincePage)
    assert isinstance(page, ProvincePage)
    page.year.setValue(2026)
    page.matrix_sort.setCurrentIndex(page.matrix_sort.findData("late"))
    idle(window)
    shot(window, "27-province-matrix")
    page.tabs.setCurrentIndex(1)
    page.indicator.setCurrentIndex(page.indicator.findData("4"))
    page.sort.setCurrentIndex(page.sort.findData("percent"))
    idle(window)
    shot(window, "28-province-compare")
    page.indicator.setCurrentIndex(page.indicator.findData("11"))  # a rate: recomputed from the denominators
    idle(window)
    shot(window, "28-province-compare-rate")
    page.tabs.setCurrentWidget(page.profile_tab)
    idle(window)
    profile = page.profile_tab
    profile.commune.setCurrentIndex(profile.commune.findData(f"{6100 + 3 * 2:05d}"))  # Xã Tân Lập
    idle(window)
    shot(window, "31-province-profile")
    window.ctx.worker.shutdown()
    window.close()
    province_report_page(WORK / "tinh-tong-hop.db")


def province_report_page(path: Path) -> None:
    """The first page of the province's report on nine months (LibreOffice renders the .docx)."""
    import subprocess
    from datetime import date

    from kehoach_desktop.services.province import export_province_report

    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        print("skipped 30-province-report: LibreOffice or pdftoppm is missing")
        return
    db = open_database(str(path))
    docx = WORK / "bao-cao-tinh.docx"
    export_province_report(db, Period.parse("2026-M9"), docx, "docx", date(2026, 10, 5), number=125)
    db.close()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)],
                   check=True, capture_output=True, timeout=300)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(WORK / "bao-cao-tinh.pdf"),
                    str(HERE / "30-province-report")], check=True, timeout=120)
    print("saved 30-province-report")


def batch_screen() -> None:
    """Nhập nhiều gói: a USB stick's folder from the office's second PC, one file already here, two
    new, one cut short on the way, one edited after signing; the result dialog lists each."""
    import zipfile
    from decimal import Decimal

    from gui_support import make_window_plain

    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.gui.sync.page import SyncPage
    from kehoach_desktop.store.schema import Installation
    from kehoach_desktop.store.values import ValueEntry, save_values
    from kehoach_desktop.sync.export import export_bundle, own_public_key
    from kehoach_desktop.sync.importer import import_bundle

    path = demo_db("batch.db")
    main = open_database(str(path))
    first = export_bundle(main, WORK / "batch-full.kehoach", actor="admin", full=True)
    other = open_database(str(WORK / "batch-pc2.db"))
    with other.write() as s:
        s.get(Installation, other.installation_id).name = "MAY-VANPHONG-2"
    import_bundle(other, first.path, actor="pc2", accept_fingerprint=own_public_key(main).fingerprint)
    stick = WORK / "usb"
    stick.mkdir()
    for n, (month, value) in enumerate(((10, "605"), (11, "612"), (12, "640")), start=1):
        with other.write() as s:
            save_values(s, other.installation_id, 1, [ValueEntry("4", Period(2026, month), Decimal(value))], "canbo2",
                        accept_warnings=True)
        export_bundle(other, stick / f"99001-may2-{n}.kehoach", actor="canbo2")
    import_bundle(main, stick / "99001-may2-1.kehoach", actor="admin", accept_fingerprint=own_public_key(other).fingerprint)
    other.close()
    main.close()
    data = (stick / "99001-may2-3.kehoach").read_bytes()
    (stick / "99001-may2-4.kehoach").write_bytes(data[: len(data) // 2])  # the stick pulled out while copying
    with zipfile.ZipFile(stick / "99001-may2-2.kehoach") as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    payload = next(n for n in entries if n.startswith("payload"))
    entries[payload] = entries[payload].replace(b"612", b"912")
    with zipfile.ZipFile(stick / "99001-may2-5.kehoach", "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in entries.items():
            z.writestr(name, body)
    window, users = make_window_plain(path)
    maximise(window)
    logged_in(window, users["leader"])
    settle(0.5, until=lambda: bool(window.pages))
    idle(window)
    page = window.show_page(SyncPage)
    assert isinstance(page, SyncPage)
    idle(window)
    page._ask_batch_folder = lambda: stick  # type: ignore[method-assign]
    page.batch_folder_action.trigger()
    settle(1.0, until=window.ctx.worker.is_idle)
    shot(page.dialog, "32-sync-batch-result")


#: Screenshots the user guide (resources/help/huong-dan.html) shows; copied there after each full run.
GUIDE_IMAGES = ("02-wizard-commune", "06-entry-grid", "07-entry-approved-month", "10-sync-page",
                "12-plan-review-flagged-item", "22-reports-month")


def copy_to_guide() -> None:
    for name in GUIDE_IMAGES:
        shutil.copyfile(HERE / f"{name}.png", ROOT / "resources" / "help" / "img" / f"{name}.png")


if __name__ == "__main__" and sys.argv[1:] == ["wizard"]:  # only these: python take.py wizard
    wizard_screens()
    receive_screen()
    shutil.rmtree(WORK, ignore_errors=True)
elif __name__ == "__main__" and sys.argv[1:] == ["reports"]:  # only these: python take.py reports
    report_screens()
    shutil.rmtree(WORK, ignore_errors=True)
elif __name__ == "__main__" and sys.argv[1:] == ["province"]:  # only these: python take.py province
    province_pages()
    shutil.rmtree(WORK, ignore_errors=True)
elif __name__ == "__main__" and sys.argv[1:] == ["annual"]:  # only these: python take.py annual
    annual_screens()
    report_screens()
    shutil.rmtree(WORK, ignore_errors=True)
elif __name__ == "__main__" and sys.argv[1:] == ["batch"]:  # only this: python take.py batch
    batch_screen()
    shutil.rmtree(WORK, ignore_errors=True)
elif __name__ == "__main__" and sys.argv[1:] == ["guide"]:  # only copy the guide's pictures
    copy_to_guide()
elif __name__ == "__main__":
    for old in HERE.glob("[0-9][0-9]-*.png"):  # charts-*.png are the chart builders' own pictures
        old.unlink()
    wizard_screens()
    receive_screen()
    path = demo_db()
    login_screen(path)
    main_screens(path)
    sync_screens(path)
    batch_screen()
    province_screen()
    province_pages()
    annual_screens()
    report_screens()
    copy_to_guide()
    shutil.rmtree(WORK, ignore_errors=True)

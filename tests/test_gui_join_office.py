"""A second PC of a commune office joins it from the first-run wizard (issue 15, gap 2), as a user.

Assertions use the core's Vietnamese text, names and figures, never the interface's own strings.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from gui_support import MessageBoxes, close_window, wait_idle
from journey_support import click, entry_page, open_wizard, type_into, window_on
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import func, select

from kehoach_desktop.demo import install_demo
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.wizard import FirstRunWizard
from kehoach_desktop.store.database import Database
from kehoach_desktop.store.plan_join import plan_twins
from kehoach_desktop.store.schema import CommuneRow, PlanRow, TrustedKeyRow, UserRow
from kehoach_desktop.sync.export import export_bundle, own_public_key
from kehoach_desktop.sync.trust import trust_key
from sync_support import PC, figures, make_pc

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0 for t in (UserRow, CommuneRow, PlanRow, TrustedKeyRow))


def _to_receive_page(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard.commune_page.receive)
    assert not wizard.commune_page.code.isEnabled()  # the commune comes with the bundle
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.receive_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no bundle yet


def _pick(qtbot, window: MainWindow, wizard: FirstRunWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard._choose_bundle = lambda: str(path)  # type: ignore[method-assign]
    click(qtbot, wizard.receive_page.browse)
    wait_idle(qtbot, window)


def _office(tmp_path: Path) -> tuple[PC, Path]:
    a = make_pc(tmp_path, "May-A")
    install_demo(a.db)
    return a, a.export(full=True)


def test_a_second_pc_receives_the_plan_and_figures_and_syncs_back_without_a_twin(
    qtbot, tmp_path: Path, boxes: MessageBoxes,  # type: ignore[no-untyped-def]
) -> None:
    a, bundle = _office(tmp_path)
    fingerprint = own_public_key(a.db).fingerprint
    window = window_on(qtbot, tmp_path / "b.db")
    wizard = open_wizard(qtbot, window)
    _to_receive_page(qtbot, wizard)

    boxes.answers = [YES]  # the person compares the fingerprint with the one on A and confirms
    _pick(qtbot, window, wizard, bundle)
    (asked,) = boxes.texts("question")
    assert fingerprint in asked and "May-A" in asked
    qtbot.waitUntil(wizard.receive_page.isComplete)
    summary = wizard.receive_page.summary.text()
    shown = sum(1 for v in figures(a).values() if v[0] is not None)
    assert fingerprint in summary and "May-A" in summary and "99001" in summary and str(shown) in summary
    assert _counts(window.ctx.db) == (0, 0, 0, 0)  # nothing written before Finish

    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    for field, text in ((admin.full_name, "Nguyễn Văn Bình"), (admin.username, "NguyenVanBinh"),
                        (admin.password, "mat-khau-binh"), (admin.password2, "mat-khau-binh")):
        type_into(qtbot, field, text)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.ctx.user is not None, timeout=20000)
    qtbot.waitUntil(lambda: getattr(window, "_recovery_box", None) is not None)
    window._recovery_box.close()  # type: ignore[attr-defined]
    wait_idle(qtbot, window)

    b = window.ctx.db
    assert window.ctx.user is not None and window.ctx.user.username == "nguyenvanbinh"
    with b.read() as s:
        plans = s.scalars(select(PlanRow)).all()
        key = s.get(TrustedKeyRow, a.db.installation_id)
        assert len(plans) == 1 and plans[0].status.value == "adopted" and window.ctx.plan_id == plans[0].id
        assert key is not None and key.commune_code == "99001" and key.fingerprint == fingerprint
    assert figures(b) == figures(a)

    # The window shows the received plan with A's figures (March 2026 on the entry page).
    page = entry_page(qtbot, window)
    on_a = {uid: v for (uid, year, month), v in figures(a).items() if (year, month) == (2026, 3)}
    rows = [r for r in range(page.model.rowCount()) if page.model.row_at(r) is not None]
    assert rows and sum(1 for v in on_a.values() if v[0] is not None) == sum(
        1 for r in rows if page.model.data(page.model.index(r, 5)) not in (None, "")
    )

    # B's own figure travels back to A: one plan there too, no twin to join.
    with b.write() as s:
        from kehoach_desktop.store.values import ValueEntry, save_values
        from kehoach_desktop.domain.periods import Period

        save_values(s, b.installation_id, plans[0].id, [ValueEntry("1", Period(2026, 11), Decimal("777"))],
                    "nguyenvanbinh", accept_warnings=True)
    with a.db.write() as s:
        trust_key(s, a.db.installation_id, own_public_key(b), "a")
    back = tmp_path / "tu-may-b.kehoach"
    export_bundle(b, back, actor="nguyenvanbinh", full=False)
    assert a.take(back) == "imported"
    with a.db.read() as s:
        assert plan_twins(s) == [] and s.scalar(select(func.count()).select_from(PlanRow)) == 1
    assert figures(a) == figures(b)
    assert not boxes.texts("critical")
    close_window(qtbot, window)


def test_refusals_leave_the_database_empty_and_the_wizard_usable(
    qtbot, tmp_path: Path, boxes: MessageBoxes,  # type: ignore[no-untyped-def]
) -> None:
    a, bundle = _office(tmp_path)
    window = window_on(qtbot, tmp_path / "b.db")
    wizard = open_wizard(qtbot, window)
    _to_receive_page(qtbot, wizard)
    page = wizard.receive_page

    text = tmp_path / "ghi-chu.kehoach"
    text.write_text("không phải gói đồng bộ", encoding="utf-8")
    _pick(qtbot, window, wizard, text)
    qtbot.waitUntil(page.error.isVisible)
    assert not page.isComplete()

    boxes.answers = [NO]  # the fingerprints differ: declined
    _pick(qtbot, window, wizard, bundle)
    qtbot.waitUntil(page.error.isVisible)
    assert len(boxes.texts("question")) == 1 and not page.isComplete()

    # An incremental bundle (A already knows what another PC holds) lacks what a new PC needs.
    c = make_pc(tmp_path, "May-C")
    for one, other in ((a, c), (c, a)):
        with one.db.write() as s:
            trust_key(s, one.db.installation_id, own_public_key(other.db), "t")
    assert c.take(a.export(c)) == "imported" and a.take(c.export(a)) == "imported"
    a.set("1", "2026-11", "5")
    incremental = a.export(c)
    boxes.answers = [YES]
    _pick(qtbot, window, wizard, incremental)
    qtbot.waitUntil(page.error.isVisible)
    assert "--full" in page.error.text() and not page.isComplete()
    assert _counts(window.ctx.db) == (0, 0, 0, 0)

    # The wizard is still usable: back to setting up this PC's own plan.
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.commune_page.set_up)
    assert wizard.commune_page.code.isEnabled()
    assert not boxes.texts("critical")
    close_window(qtbot, window)

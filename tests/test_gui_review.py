"""The "Chỉ tiêu" page: import a plan, review flagged items, correct, save, adopt, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from gui_support import MessageBoxes, add_users, close_window, login, wait_idle
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from kehoach_desktop.domain.model import (
    Group,
    Indicator,
    Plan,
    PlanKind,
    PlanStatus,
    RuleKind,
    TargetRule,
)
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.plan_page import PlanPage
from kehoach_desktop.gui.review import draft_ops
from kehoach_desktop.gui.review.tree_model import FLAGGED_BACKGROUND, REVIEW
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.store.database import open_database
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import init_commune
from kehoach_desktop.store.queries import plan_draft
from kehoach_desktop.store.schema import PlanRow

FIXTURES = Path(__file__).parent / "fixtures"
#: A resolution whose items 4, 5 and 10 are flagged (ambiguous number, approximate, unit inferred).
FLAGGED_DOC = FIXTURES / "blind" / "r10_d3_palung_2026.txt"
ANNUAL_DOC = FIXTURES / "nghi-quyet-nam-2026.txt"


# -- helpers ---------------------------------------------------------------------------------------
@pytest.fixture
def box_answer() -> QMessageBox.StandardButton:
    """Questions answered Yes unless a test queues other answers (``dialogs.answers``)."""
    return QMessageBox.StandardButton.Yes


@pytest.fixture
def dialogs(boxes: MessageBoxes) -> Iterator[MessageBoxes]:
    """Message boxes recorded, never shown; no test may end with an unexpected-error box."""
    yield boxes
    assert boxes.texts("critical") == []


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """The English source strings, whatever translator an earlier test left installed."""
    from kehoach_desktop.gui.translations import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def empty_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with a commune and the three accounts but no plan yet; yields (path, users)."""
    path = tmp_path / "empty.db"
    db = open_database(str(path))
    with db.write() as s:
        init_commune(s, db.installation_id, "06253", "Xã Thử", "Lạng Sơn", "test")
    users = add_users(db)
    db.close()
    return path, users


def open_page(qtbot, path: Path, user, tmp_path: Path) -> tuple[MainWindow, PlanPage]:  # type: ignore[no-untyped-def]
    """A window holding just the plan page (other pages are built elsewhere), logged in."""
    settings = Settings.load(tmp_path / "settings.json")
    window = MainWindow(AppContext(settings, open_database(str(path))), pages=[PlanPage])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    login(qtbot, window, user)
    page = window.current_page()
    assert isinstance(page, PlanPage)
    wait_idle(qtbot, window)
    return window, page


def import_file(qtbot, page: PlanPage, path: Path, excel: bool = False) -> None:  # type: ignore[no-untyped-def]
    page._choose_file = lambda _filter: str(path)  # type: ignore[method-assign]
    action = page.import_excel_action if excel else page.import_document_action
    with qtbot.waitSignal(page.import_finished, timeout=30000):
        action.trigger()


def plans(path: Path) -> list[tuple[int, str, PlanStatus]]:
    db = open_database(str(path))
    try:
        with db.read() as s:
            return [(r.id, r.title or "", r.status) for r in s.scalars(select(PlanRow).order_by(PlanRow.id))]
    finally:
        db.close()


def stored_draft(path: Path, plan_id: int) -> PlanDraft:
    db = open_database(str(path))
    try:
        with db.read() as s:
            return plan_draft(s, plan_id)
    finally:
        db.close()


def main_rule(draft: PlanDraft, code: str) -> TargetRule:
    return next(r for r in draft.rules[code] if r.year is None)


def set_text(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a line edit's text by typing (QTest types ASCII only: Vietnamese letters go as key events)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert edit.text() == text


# -- the page --------------------------------------------------------------------------------------
def test_no_plan_explains_and_offers_import(qtbot, empty_db, tmp_path, dialogs) -> None:
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    assert page.stack.currentWidget() is page.empty
    assert "no plan" in page.empty_text.text().lower()
    assert page.empty_import_document.isVisibleTo(page) and page.empty_import_excel.isVisibleTo(page)
    assert not page.save_action.isEnabled() and not page.adopt_action.isEnabled()
    asked: list[str] = []
    page._choose_file = lambda file_filter: asked.append(file_filter)  # type: ignore[method-assign]
    qtbot.mouseClick(page.empty_import_document, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.empty_import_excel, Qt.MouseButton.LeftButton)
    assert "*.docx" in asked[0] and "*.xlsx" in asked[1]  # the officer backed out: nothing happens
    assert page.stack.currentWidget() is page.empty and dialogs == []
    close_window(qtbot, window)


def test_import_marks_flagged_items_and_highlights_the_source(qtbot, empty_db, tmp_path, dialogs) -> None:
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, FLAGGED_DOC)
    review, model = page.review, page.review.model
    draft = review.draft()
    assert draft is not None and page.stack.currentWidget() is review
    assert len(model.codes_in_order()) == len(draft.indicators) == 27
    flagged = draft_ops.flagged_codes(draft)
    # 6 ("gấp 1,5 lần") and 7 ("giảm 4 điểm %") cannot be judged without the 2025 level.
    assert flagged == ["4", "5", "6", "7", "10"]
    assert draft.flags["6"] == ["baseline_missing"] and draft.flags["7"] == ["baseline_missing"]
    assert "5" in review.counter.text()
    index = model.index_of("4", REVIEW)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == FLAGGED_BACKGROUND
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "3,250" in tooltip  # the importer's own (Vietnamese) note
    assert model.data(model.index_of("1", REVIEW), Qt.ItemDataRole.BackgroundRole) is None
    # Nothing is written until the officer saves.
    assert plans(path) == []
    assert "imported, not saved" in page.details.text()
    # Selecting an item highlights exactly its span of the source text.
    review.select("5")
    start, end = draft.spans["5"]
    assert review.source.highlighted_span() == (start, end)
    assert review.source.highlighted_text() == draft.plan.source_text[start:end]
    assert review.source.highlighted_text().startswith("(5) Thu nhập bình quân")
    # Clicking in the text selects the indicator read there.
    cursor = review.source.textCursor()
    s10, e10 = draft.spans["10"]
    cursor.setPosition((s10 + e10) // 2)
    review.source.setTextCursor(cursor)
    assert review.current_code() == "10"
    assert review.selected_codes() == ["10"]
    assert review.editor.code.text() == "10"
    close_window(qtbot, window)


def test_correct_confirm_adopt_and_reopen(qtbot, empty_db, tmp_path, dialogs) -> None:
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, FLAGGED_DOC)
    review, editor = page.review, page.review.editor
    # Correct item 4: the budget is 3.250 billion, not 3,25.
    review.select("4")
    set_text(qtbot, editor.value, "3.250")
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    draft = review.draft()
    assert main_rule(draft, "4").value == D(3250)
    assert "4" not in draft.flags
    assert "3.250" in main_rule(draft, "4").text
    # Confirm items 5, 6 and 7 as read.
    for code in ("5", "6", "7"):
        review.select(code)
        review.confirm_action.trigger()
    assert draft_ops.flagged_codes(review.draft()) == ["10"]
    assert "1" in review.counter.text()
    # Adopting is refused while item 10 is still flagged; nothing is written.
    page.adopt_action.trigger()
    wait_idle(qtbot, window)
    assert any("1 items still need review" in t for t in dialogs.texts("warning"))
    assert plans(path) == []
    assert review.current_code() == "10"  # taken to the item still to review
    # Correct item 10 by changing its unit; then adopting works.
    editor.unit.setEditText("người")
    assert review.commit_editor()
    assert draft_ops.flagged_codes(review.draft()) == []
    assert "Every item" in review.counter.text()
    page.adopt_action.trigger()
    wait_idle(qtbot, window)
    stored = plans(path)
    assert len(stored) == 1 and stored[0][2] is PlanStatus.ADOPTED
    plan_id = stored[0][0]
    assert window.ctx.plan_id == plan_id and window.ctx.plan_years == range(2026, 2027)
    assert not review.is_dirty() and "adopted" in page.details.text()
    close_window(qtbot, window)
    # A new window on the same database shows the corrections.
    window2, page2 = open_page(qtbot, path, users["admin"], tmp_path)
    draft2 = page2.review.draft()
    assert draft2 is not None and draft2.plan.status is PlanStatus.ADOPTED
    assert main_rule(draft2, "4").value == D(3250)
    assert next(i for i in draft2.indicators if i.code == "10").unit == "người"
    assert draft2.flags == {}
    assert not page2.adopt_action.isEnabled()
    assert stored_draft(path, plan_id).flags == {}
    close_window(qtbot, window2)


def test_saving_a_draft_then_editing_it_in_place(qtbot, empty_db, tmp_path, dialogs) -> None:
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, ANNUAL_DOC)
    page.save_action.trigger()
    wait_idle(qtbot, window)
    [(plan_id, _title, status)] = plans(path)
    assert status is PlanStatus.DRAFT and window.ctx.plan_id == plan_id
    assert stored_draft(path, plan_id).flags == {"2": ("ambiguous_number",), "4": ("baseline_missing",)}
    # Edit the stored draft: rename, add a year target and a sub-indicator; save in place.
    review, editor = page.review, page.review.editor
    review.select("1")
    set_text(qtbot, editor.name, "Sản lượng lương thực")
    row = editor.years.add_row(2026)
    editor.year_table.item(row, 2).setText("7.100")
    assert review.commit_editor()
    code = review.add_indicator(sub=True)
    assert code == "1.1"
    set_text(qtbot, editor.name, "Sản lượng lúa")
    editor.kind.setCurrentIndex(editor.kind.findData(RuleKind.AT_LEAST))
    set_text(qtbot, editor.value, "5.000")
    editor.unit.setEditText("tấn")
    assert review.commit_editor()
    assert review.is_dirty() and page.save_action.isEnabled()
    page.save_action.trigger()
    wait_idle(qtbot, window)
    assert [p[0] for p in plans(path)] == [plan_id]  # saved in place, no second plan
    stored = stored_draft(path, plan_id)
    one = next(i for i in stored.indicators if i.code == "1")
    assert one.name == "Sản lượng lương thực"
    assert [(r.year, r.value) for r in stored.rules["1"]] == [(None, D(7000)), (2026, D(7100))]
    sub = next(i for i in stored.indicators if i.code == "1.1")
    assert sub.parent_code == "1" and sub.unit == "tấn"
    assert main_rule(stored, "1.1") == TargetRule(RuleKind.AT_LEAST, D(5000), text="≥ 5.000 tấn")
    assert stored.flags == {"2": ("ambiguous_number",), "4": ("baseline_missing",)}  # untouched items keep their flags
    # Confirm the last flagged items, save, then adopt the saved draft as it is.
    for code in ("2", "4"):
        review.select(code)
        review.confirm_action.trigger()
    with qtbot.waitSignal(window.ctx.changes, timeout=5000, check_params_cb=lambda changes: changes.plan):
        page.save_action.trigger()
    wait_idle(qtbot, window)
    assert not review.is_dirty() and not page.save_action.isEnabled()
    assert page.adopt_action.isEnabled()
    page.adopt_action.trigger()
    wait_idle(qtbot, window)
    assert any("Adopt this plan" in t for t in dialogs.texts("question"))
    assert plans(path)[0][2] is PlanStatus.ADOPTED and stored_draft(path, plan_id).flags == {}
    close_window(qtbot, window)


def test_editor_shows_number_errors_inline(qtbot, empty_db, tmp_path, dialogs) -> None:
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, ANNUAL_DOC)
    review, editor = page.review, page.review.editor
    review.select("2")
    before = review.draft()
    set_text(qtbot, editor.value, "7.00.1")
    set_text(qtbot, editor.code, "3")
    assert not editor.apply()
    assert "7.00.1" in editor.target_error.text()  # the core's Vietnamese message, under the field
    assert "Code 3 is already used" in editor.indicator_error.text()
    assert review.draft() is before
    # Moving to another item is refused while the form has errors.
    assert not review.select("1")
    assert review.current_code() == "2"
    editor.reset()
    assert review.select("1")
    # Picking another row in the tree applies what was typed (the form being valid).
    editor.unit.setEditText("tạ")
    assert editor.is_modified()
    review.tree.setCurrentIndex(review.model.index_of("3"))
    qtbot.waitUntil(lambda: review.current_code() == "3")
    assert next(i for i in review.draft().indicators if i.code == "1").unit == "tạ"
    # The ambiguous 19,655 shown back untouched is kept as it was read, not refused.
    review.select("2")
    set_text(qtbot, editor.name, "Tổng thu ngân sách")
    assert editor.apply()
    assert main_rule(review.draft(), "2").value == main_rule(before, "2").value
    close_window(qtbot, window)


def test_officer_sees_the_plan_read_only(qtbot, gui_db, tmp_path, dialogs) -> None:
    path, users, _plan_id = gui_db
    window, page = open_page(qtbot, path, users["officer"], tmp_path)
    review = page.review
    assert review.draft() is not None and len(review.model.codes_in_order()) == 30
    assert "adopted" in page.details.text()
    for action in (page.import_document_action, page.import_excel_action, page.save_action,
                   page.adopt_action, review.confirm_action, review.add_action, review.remove_action):
        assert not action.isVisible()
    review.select("1")
    assert review.editor.code.isReadOnly() and not review.editor.kind.isEnabled()
    assert not review.editor.apply_button.isVisibleTo(review.editor)
    page.import_document()
    review.remove_selected()
    assert dialogs == [] and not review.is_dirty() and page.can_leave()
    close_window(qtbot, window)


def test_a_broken_file_shows_the_message_and_writes_nothing(qtbot, gui_db, tmp_path, dialogs) -> None:
    path, users, _plan_id = gui_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    broken = tmp_path / "ke-hoach.docx"
    broken.write_bytes(bytes(range(256)) * 40)
    before = plans(path)
    import_file(qtbot, page, broken)
    [message] = dialogs.texts("warning")
    assert "ke-hoach.docx" in message and "tệp" in message.lower()
    assert plans(path) == before
    assert page.review.draft() is not None and not page.review.is_dirty()  # the stored plan stays
    close_window(qtbot, window)


def test_removing_an_indicator_with_figures_is_refused(qtbot, gui_db, tmp_path, dialogs) -> None:
    path, users, plan_id = gui_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    review = page.review
    review.select("1")
    review.remove_action.trigger()
    assert dialogs.texts("question") and "1" not in review.model.codes_in_order()
    page.save_action.trigger()
    wait_idle(qtbot, window)
    [message] = dialogs.texts("warning")
    assert "Không thể xoá chỉ tiêu 1" in message
    assert any(i.code == "1" for i in stored_draft(path, plan_id).indicators)
    assert review.is_dirty()  # the edits stay on screen to be discarded or changed
    page.discard_action.trigger()
    wait_idle(qtbot, window)
    assert "1" in review.model.codes_in_order() and not review.is_dirty()
    close_window(qtbot, window)


def test_importing_when_a_plan_exists_asks_before_adding(qtbot, gui_db, tmp_path, dialogs) -> None:
    path, users, plan_id = gui_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, ANNUAL_DOC)
    dialogs.answers = [QMessageBox.StandardButton.No]
    page.save_action.trigger()
    wait_idle(qtbot, window)
    assert "already has a plan" in dialogs.texts("question")[0]
    assert [p[0] for p in plans(path)] == [plan_id]
    page.save_action.trigger()  # answered Yes this time
    wait_idle(qtbot, window)
    ids = [p[0] for p in plans(path)]
    assert len(ids) == 2 and window.ctx.plan_id == ids[1] != plan_id
    assert stored_draft(path, plan_id).plan.status is PlanStatus.ADOPTED  # the old plan is untouched
    close_window(qtbot, window)


def test_leaving_with_unsaved_edits_asks(qtbot, gui_db, tmp_path, dialogs) -> None:
    path, users, plan_id = gui_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    review = page.review
    review.select("2")
    set_text(qtbot, review.editor.office, "Phòng Kinh tế")
    assert review.is_dirty()
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    assert not page.can_leave()
    dialogs.answers = [QMessageBox.StandardButton.Save]
    assert page.can_leave()
    assert not review.is_dirty()
    two = next(i for i in stored_draft(path, plan_id).indicators if i.code == "2")
    assert two.responsible_office == "Phòng Kinh tế"
    review.select("3")
    set_text(qtbot, review.editor.office, "Ai đó")
    dialogs.answers = [QMessageBox.StandardButton.Discard]
    assert page.can_leave()
    wait_idle(qtbot, window)
    assert not review.is_dirty()
    three = next(i for i in stored_draft(path, plan_id).indicators if i.code == "3")
    assert three.responsible_office != "Ai đó"
    close_window(qtbot, window)


def test_export_and_import_the_excel_template(qtbot, empty_db, gui_db, tmp_path, dialogs) -> None:
    path, users, plan_id = gui_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    out = tmp_path / "mau"
    page._choose_save_file = lambda _filter, _name: str(out)  # type: ignore[method-assign]
    with qtbot.waitSignal(page.export_finished, timeout=30000) as done:
        page.export_excel_action.trigger()
    assert done.args == [str(out) + ".xlsx"] and Path(done.args[0]).is_file()
    close_window(qtbot, window)
    # The template opens for review in another database, and saves as its plan.
    path2, users2 = empty_db
    window2, page2 = open_page(qtbot, path2, users2["admin"], tmp_path)
    import_file(qtbot, page2, Path(done.args[0]), excel=True)
    assert len(page2.review.model.codes_in_order()) == 30
    page2.save_action.trigger()
    wait_idle(qtbot, window2)
    [(new_id, _title, status)] = plans(path2)
    original = stored_draft(path, plan_id)
    copy = stored_draft(path2, new_id)
    assert status is PlanStatus.DRAFT
    assert copy.indicators == original.indicators and copy.rules == original.rules
    close_window(qtbot, window2)


def test_the_plan_page_opens_after_login_when_there_is_no_plan(qtbot, empty_db, tmp_path, dialogs) -> None:
    from kehoach_desktop.gui.page import Page

    class First(Page):
        def title(self) -> str:
            return "First"

    path, users = empty_db
    window = MainWindow(AppContext(Settings.load(tmp_path / "s.json"), open_database(str(path))),
                        pages=[First, PlanPage])
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, users["leader"])
    page = window.current_page()
    assert isinstance(page, PlanPage) and page.title() == "Indicators"
    assert page.stack.currentWidget() is page.empty and not page.empty_import_document.isVisibleTo(page)
    close_window(qtbot, window)


@pytest.mark.parametrize("name", ["r3_a_tanphong_nq_2026.docx", "r3_c_minhtien_kh_2026_2030.pdf"])
def test_word_and_pdf_documents_open_for_review(qtbot, empty_db, tmp_path, dialogs, name) -> None:
    from kehoach_desktop.services.plan import read_plan_document

    doc = FIXTURES / "blind" / name
    expected = read_plan_document(doc).draft
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, doc)
    assert page.review.model.codes_in_order() == [i.code for i in expected.indicators]
    assert page.review.draft().source_name == name and name in page.details.text()
    close_window(qtbot, window)


def test_a_real_plan_from_the_corpus_opens_for_review(qtbot, corpus, empty_db, tmp_path, dialogs) -> None:
    from kehoach_desktop.services.plan import read_plan_document

    doc = min(corpus.glob("*.txt"))
    expected = read_plan_document(doc).draft
    path, users = empty_db
    window, page = open_page(qtbot, path, users["admin"], tmp_path)
    import_file(qtbot, page, doc)
    assert page.review.model.codes_in_order() == [i.code for i in expected.indicators]
    assert page.review.flagged_count() == len(draft_ops.flagged_codes(expected))
    close_window(qtbot, window)


# -- the draft edits (no Qt) -----------------------------------------------------------------------
def _small() -> PlanDraft:
    return PlanDraft(
        Plan(PlanKind.ANNUAL, 2026, 2026, source_text="(1) A 10 tấn. (2) B: 5 con; + B1 3 con"),
        [Group("economy", "Kinh tế")],
        [Indicator("1", "A", "tấn", "economy"), Indicator("2", "B", "con", "economy"),
         Indicator("2.1", "B1", "con", "economy", parent_code="2")],
        {"1": [TargetRule(RuleKind.EQUAL, D(10))], "2.1": [TargetRule(RuleKind.EQUAL, D(3))]},
        {"1": (0, 14), "2": (15, 38), "2.1": (28, 38)},
        {"1": ["unit_missing"], "2.1": ["approximate"]},
    )


def test_draft_ops_rename_keeps_children_span_and_drops_flags() -> None:
    draft = _small()
    new = draft_ops.update_indicator(draft, "2", replace(draft.indicators[1], code="20"), [])
    assert [i.code for i in new.indicators] == ["1", "20", "2.1"]
    assert new.indicators[2].parent_code == "20" and new.spans["20"] == (15, 38)
    assert draft_ops.code_at(new, 30) == "2.1" and draft_ops.code_at(new, 16) == "20"
    assert draft_ops.flagged_codes(new) == ["1", "2.1"]
    assert draft_ops.flagged_codes(draft_ops.update_indicator(draft, "1", draft.indicators[0], [])) == ["2.1"]


def test_draft_ops_add_and_remove_keep_parents_first() -> None:
    draft = _small()
    draft, code = draft_ops.add_indicator(draft, "C", parent="1")
    assert code == "1.1" and [i.code for i in draft.indicators] == ["1", "1.1", "2", "2.1"]
    draft, code = draft_ops.add_indicator(draft, "D")
    assert code == "3" and [i.code for i in draft.indicators][-1] == "3"
    gone = draft_ops.remove_indicator(draft, "2")
    assert [i.code for i in gone.indicators] == ["1", "1.1", "3"]
    assert "2.1" not in gone.rules and "2.1" not in gone.flags and "2" not in gone.spans
    moved = draft_ops.update_indicator(draft, "1", replace(draft.indicators[0], parent_code="3"), [])
    assert [i.code for i in moved.indicators] == ["2", "2.1", "3", "1", "1.1"]


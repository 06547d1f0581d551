"""Driving the real windows like a user: the first-run wizard, typing figures, the dialogs' buttons.

Shared by the set-up, journey and sync GUI tests.
"""

from __future__ import annotations

from pathlib import Path

from gui_support import wait_idle
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget, QWizard

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.entry.page import EntryPage
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.gui.startup import start
from kehoach_desktop.gui.wizard import FirstRunWizard
from kehoach_desktop.store.database import open_database

#: An annual resolution's text, for the wizard's "from a plan document".
PLAN_TEXT = Path(__file__).parent / "fixtures" / "nghi-quyet-nam-2026.txt"
LEFT = Qt.MouseButton.LeftButton
MARCH = Period(2026, 3)


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click near the left edge (a radio button's circle, a button's face)."""
    qtbot.mouseClick(widget, LEFT, pos=QPoint(min(8, widget.width() // 2), widget.height() // 2))


def type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the field's text by typing, as a Vietnamese keyboard (Unikey) sends each letter."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    # QTest.keyClicks only knows ASCII keys; composed letters arrive as text-only key events.
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


def open_wizard(qtbot, window: MainWindow) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    """Start the window as on a new database: the first-run wizard, shown."""
    start(window)
    wizard = window._wizard  # type: ignore[attr-defined]
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def fill_commune_and_admin(qtbot, wizard: FirstRunWizard, code: str | None = "06253") -> None:  # type: ignore[no-untyped-def]
    """Type the commune (unless ``code`` is None) and the first administrator, on to the plan page."""
    page = wizard.commune_page
    if code is not None:
        type_into(qtbot, page.code, code)
        type_into(qtbot, page.name, "Xã Hòa Bình")
        type_into(qtbot, page.province, "Tỉnh Lạng Sơn")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.admin_page
    admin = wizard.admin_page
    type_into(qtbot, admin.full_name, "Nguyễn Văn An")
    type_into(qtbot, admin.username, "NguyenVanAn")
    type_into(qtbot, admin.password, "mat-khau-an")
    type_into(qtbot, admin.password2, "mat-khau-an")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.plan_page


def choose(qtbot, wizard: FirstRunWizard, radio, path: Path | None = None) -> None:  # type: ignore[no-untyped-def]
    """Pick how the plan is set up (``radio``), and the file at ``path`` when one is asked for."""
    click(qtbot, radio)
    assert radio.isChecked()
    if path is not None:
        wizard._choose_file = lambda excel: str(path)  # type: ignore[method-assign]
        click(qtbot, wizard.plan_page.browse)
        assert wizard.plan_page.file_path.text() == str(path)


def finish(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    """Press Finish."""
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def window_on(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown main window with every page, on the database file at ``path``."""
    window = MainWindow(AppContext(Settings.load(), open_database(str(path))))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def entry_page(qtbot, window: MainWindow, period: Period = MARCH) -> EntryPage:  # type: ignore[no-untyped-def]
    """The entry page on ``period``, loaded, its grid focused (so Ctrl+S reaches it)."""
    page = window.show_page(EntryPage)
    assert isinstance(page, EntryPage)
    window.set_period(period)
    wait_idle(qtbot, window)
    window.activateWindow()  # shortcuts (Ctrl+S) reach the active window only
    page.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    return page


def type_figure(qtbot, page: EntryPage, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into the figure cell of ``row`` and press Enter, as an officer does."""
    page.view.setCurrentIndex(page.model.index(row, Col.VALUE))
    page.view.setFocus()
    qtbot.keyClick(page.view, text[0])
    editor = page.delegate.editor()
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.delegate.editor() is None)


def ok(dialog) -> QDialogButtonBox:  # type: ignore[no-untyped-def]
    """The OK button of ``dialog``."""
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

"""The UI speaks Vietnamese by default: every string translated, the built .qm up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "kehoach_vi.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    """A Qt Linguist tool from the PySide6 beside this interpreter, activated venv or not."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages() -> list[ET.Element]:
    return list(ET.parse(TS).getroot().iter("message"))


def _pairs(path: Path) -> set[tuple[str | None, str | None]]:
    """(context, source) of every message: Qt looks translations up by both."""
    return {
        (context.findtext("name"), m.findtext("source"))
        for context in ET.parse(path).getroot().iter("context")
        for m in context.iter("message")
    }


def test_every_string_has_a_finished_vietnamese_translation() -> None:
    unfinished = [
        m.findtext("source")
        for m in _messages()
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_every_source_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kehoach_desktop" / "gui").rglob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert _pairs(fresh) - _pairs(TS) == set(), "run pyside6-lupdate (see docs/gui.md) and translate the new strings"


def test_the_built_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    built = tmp_path / "kehoach_vi.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "rebuild resources/translations/kehoach_vi.qm with pyside6-lrelease"


def test_qt_own_buttons_are_translated(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.gui.translations import install_translators

    lrelease = _tool("pyside6-lrelease")
    qt_ts = TS.with_name("qt_vi.ts")
    built = tmp_path / "qt_vi.qm"
    subprocess.run([lrelease, str(qt_ts), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == qt_ts.with_suffix(".qm").read_bytes(), "rebuild qt_vi.qm with pyside6-lrelease"
    assert install_translators(QApplication.instance())
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Huỷ"
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Tiếp >"
    finally:
        install_translators(QApplication.instance(), "en")  # other tests read the English source


def test_the_window_shows_vietnamese(qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    from kehoach_desktop.gui.context import AppContext
    from kehoach_desktop.gui.main_window import MainWindow
    from kehoach_desktop.gui.settings import Settings
    from kehoach_desktop.gui.translations import install_translators

    assert install_translators(QApplication.instance())
    window = MainWindow(AppContext(Settings.load()))
    qtbot.addWidget(window)
    assert window.windowTitle() == "KếHoạch Desktop"
    assert "Vui lòng đăng nhập" in " ".join(label.text() for label in window.findChildren(QLabel))
    assert window.statusBar().currentMessage() == "Sẵn sàng"
    install_translators(QApplication.instance(), "en")
    english = MainWindow(AppContext(Settings.load()))
    qtbot.addWidget(english)
    assert english.windowTitle() == "KeHoach Desktop"  # and the other tests read English again

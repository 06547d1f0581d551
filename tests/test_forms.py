"""The Designer forms (ui/*.ui) and the code pyside6-uic makes of them (kehoach_desktop/gui/forms)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORMS = sorted((ROOT / "ui").glob("*.ui"))
CODE = ROOT / "kehoach_desktop" / "gui" / "forms"


def _uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    if not Path(found).exists():
        pytest.skip("pyside6-uic is not installed")
    return found


def _code_lines(text: str) -> list[str]:
    # The header names the uic version that made the file: not part of what is compared.
    return [line for line in text.splitlines() if not line.startswith("#")]


def test_every_form_has_its_code_and_nothing_else() -> None:
    assert FORMS
    made = {p.stem for p in CODE.glob("*.py") if p.name != "__init__.py"}
    assert made == {p.stem for p in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_each_form_code_is_what_uic_makes_of_the_form(form: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"{form.stem}.py"
    subprocess.run([_uic(), str(form), "-o", str(fresh)], check=True, capture_output=True)
    committed = (CODE / f"{form.stem}.py").read_text(encoding="utf-8")
    assert _code_lines(committed) == _code_lines(fresh.read_text(encoding="utf-8")), (
        f"rebuild it: pyside6-uic ui/{form.name} -o kehoach_desktop/gui/forms/{form.stem}.py")


def test_a_form_is_built_with_its_names_and_translated_text(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

    from kehoach_desktop.gui.resources import load_form
    from kehoach_desktop.gui.translations import install_translators

    parent = QWidget()
    assert install_translators(qapp, "vi")
    try:
        form = load_form("login", parent)
        assert form.parent() is parent and form.objectName() == "LoginForm"
        assert form.findChild(QLineEdit, "username") is not None
        assert form.findChild(QLineEdit, "password") is not None
        heading = form.findChild(QLabel, "heading")
        assert heading is not None and heading.text() == "Đăng nhập"
        assert heading.property("kind") == "heading"  # dynamic properties the style sheet reads
        assert "PySide6.QtUiTools" not in sys.modules  # no Designer plugins loaded
    finally:
        install_translators(qapp, "en")
        parent.deleteLater()

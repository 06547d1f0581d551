"""Every review flag the plan reader can raise has a Vietnamese name and explanation on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PLANIMPORT = Path(__file__).resolve().parents[1] / "kehoach_desktop" / "planimport"
#: A flag name in a line that deals with flags (``flags.append("x")``, ``"x" in flags``, ``flags = ["x"]``).
FLAG = re.compile(r'"([a-z]+(?:_[a-z]+)+)"')


def _raised_flags() -> set[str]:
    found: set[str] = set()
    for path in PLANIMPORT.glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "flags" in line and ("append" in line or " in flags" in line or "flags = [" in line or "flags=[" in line):
                found.update(FLAG.findall(line))
    return found


def test_the_reader_raises_flags_this_test_can_see() -> None:
    assert {"low_confidence", "unit_inferred", "plan_years_uncertain"} <= _raised_flags()


@pytest.mark.parametrize("flag", sorted(_raised_flags()))
def test_each_flag_is_named_and_explained_in_vietnamese(qapp, flag: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from kehoach_desktop.gui.review.labels import flag_explanation, flag_label
    from kehoach_desktop.gui.translations import install_translators

    english = (flag_label(flag), flag_explanation(flag))
    assert flag not in english, "a flag with no label shows its internal key on screen"
    locale = QLocale()
    install_translators(qapp, "vi")
    try:
        assert (flag_label(flag), flag_explanation(flag)) != english and flag_label(flag) != english[0]
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(locale)

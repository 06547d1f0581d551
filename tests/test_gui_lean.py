"""What the desktop app loads and keeps: the first window imports only what it shows, and no
module's source is kept in memory by PySide6's import hook."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIRST_WINDOW = """
import sys
from kehoach_desktop.gui.app import AppContext, MainWindow, QApplication, Settings, apply_style, install_translators
app = QApplication(["k"])
settings = Settings.load()
install_translators(app, settings.language)
apply_style(app)
window = MainWindow(AppContext(settings))
window.show_on_screen()
app.processEvents()
print(",".join(sorted(m for m in sys.argv[1].split(",") if m in sys.modules)))
"""

#: Loaded only after the window is on screen (each cost start-up time; see docs/architecture.md).
NOT_BEFORE_THE_WINDOW = (
    "kehoach_desktop.gui.worker", "concurrent.futures", "kehoach_desktop.gui.wheel_guard",
    "kehoach_desktop.services.changes", "kehoach_desktop.domain.access", "kehoach_desktop.store",
    "PySide6.QtUiTools", "sqlalchemy", "matplotlib", "importlib.resources", "datetime",
)


def test_the_first_window_imports_only_what_it_shows(tmp_path: Path) -> None:
    env = {**os.environ, "KEHOACH_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", FIRST_WINDOW, ",".join(NOT_BEFORE_THE_WINDOW)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""


def test_pyside_keeps_no_module_source_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kehoach_desktop.gui  # noqa: F401  (puts the hook in place)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide6 has no __feature__ import hook")
    (tmp_path / "lean_uses_qt.py").write_text("import PySide6.QtCore\nX = 1\n", encoding="utf-8")
    (tmp_path / "lean_plain.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("lean_uses_qt")  # the import statement's way, which PySide6 hooks (import_module is not)
    __import__("lean_plain")
    # PySide6 still tells a module that uses it from one that does not...
    assert feature.pyside_feature_dict["lean_uses_qt"] == 0
    assert feature.pyside_feature_dict["lean_plain"] == -1
    # ...without keeping their lines.
    assert not any(name.startswith(str(tmp_path)) for name in linecache.cache)


@pytest.mark.parametrize("args", [
    [], ["--db", "x.db"], ["--db=x.db", "--exit-when-shown"], ["-platform", "offscreen", "--db", "x.db", r"E:\goi.kehoach"],
    ["--self-test"], ["--d", "y"], ["f.kehoach", "--db", "a", "--db", "b"], ["-style", "fusion", "f.kehoach"],
    ["--", "--db"], ["--db", "-x"],
])
def test_the_usual_arguments_read_without_argparse_as_argparse_reads_them(args: list[str]) -> None:
    import argparse

    from kehoach_desktop.gui.app import parse_args

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--exit-when-shown", action="store_true")
    try:
        expected, _rest = parser.parse_known_args(args)
    except SystemExit:
        with pytest.raises(SystemExit):
            parse_args(["k", *args])
        return
    got = parse_args(["k", *args])
    assert (got.db, got.self_test, got.exit_when_shown) == (expected.db, expected.self_test, expected.exit_when_shown)

"""mypy over the whole package, with the configuration in pyproject.toml ([tool.mypy]).

One run checks everything; the core (every package but gui/, and the top-level modules) and the
GUI are reported by two tests, so a failure says which half broke.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ERROR = re.compile(r"^(kehoach_desktop/[^:]+):\d+: error: ")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """Every mypy error as (file, line of output)."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    lines = run.stdout.splitlines()
    # 0: clean; 1: errors found. Anything else (2) is mypy failing to run: never a pass.
    assert run.returncode in (0, 1), run.stdout + run.stderr
    assert lines and re.match(r"^(Success|Found \d+ errors?)", lines[-1]), run.stdout + run.stderr
    return [(m.group(1), line) for line in lines if (m := ERROR.match(line))]


def test_the_core_is_mypy_clean(mypy_errors: list[tuple[str, str]]) -> None:
    core = [line for path, line in mypy_errors if not path.startswith("kehoach_desktop/gui/")]
    assert core == []


def test_the_gui_is_mypy_clean(mypy_errors: list[tuple[str, str]]) -> None:
    gui = [line for path, line in mypy_errors if path.startswith("kehoach_desktop/gui/")]
    assert gui == []

"""The layering rules of docs/architecture.md, checked with import-linter on every test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())", "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    assert f"{len(contracts)} kept, 0 broken" in result.stdout


def test_the_core_imports_without_qt() -> None:
    code = (
        "import sys; import kehoach_desktop.cli, kehoach_desktop.store.queries, "
        "kehoach_desktop.store.operations, kehoach_desktop.domain.evaluation, kehoach_desktop.demo; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_build_spec_is_valid_python_naming_both_programs() -> None:
    import ast

    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert "launch_gui.py" in source and "launch_cli.py" in source
    assert all((ROOT / "packaging" / name).is_file() for name in ("launch_gui.py", "launch_cli.py", "kehoach.iss"))


def test_every_package_ships_with_a_plain_install() -> None:
    """``pip install .`` (README's command) installs only the packages pyproject lists."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(root).parts)
        for p in (root / "kehoach_desktop").rglob("__init__.py")
    }
    assert found - listed == set()

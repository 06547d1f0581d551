"""The self-test (``kehoach self-test``, ``kehoach-desktop --self-test``): every step passes on a
working installation, and a broken piece fails it with exit code 1 and the step's name."""

from __future__ import annotations

import io
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from kehoach_desktop.cli import main as cli_main
from kehoach_desktop.selftest import Step, run_steps, summary
from kehoach_desktop.selftest.backup import make_and_verify_backup
from kehoach_desktop.selftest.runner import CheckFailed


def test_runner_reports_each_step_and_skips_what_needs_a_failed_one() -> None:
    def broken() -> str:
        raise CheckFailed("tệp hỏng")

    out = io.StringIO()
    outcome = run_steps([
        Step("Một", lambda: "xong"),
        Step("Hai", broken),
        Step("Ba", lambda: None, ("Hai",)),
        Step("Bốn", lambda: 1 / 0),  # type: ignore[arg-type,return-value]
    ], out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("[OK]  Một (") and lines[0].endswith("— xong")
    assert lines[1] == "[LỖI] Hai: tệp hỏng"
    assert lines[2] == "[LỖI] Ba: không chạy vì bước «Hai» chưa đạt"
    assert lines[3] == "[LỖI] Bốn: ZeroDivisionError: division by zero"
    assert outcome.passed == ["Một"] and outcome.failed == ["Hai", "Ba", "Bốn"] and outcome.exit_code == 1
    assert summary(outcome) == "Tự kiểm tra: KHÔNG ĐẠT, 3/4 bước lỗi: Hai; Ba; Bốn.\n"


def test_cli_self_test_passes_every_step_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    data = Path(os.environ["KEHOACH_DATA_DIR"])
    before = sorted(data.rglob("*")) if data.exists() else []
    out = io.StringIO()
    assert cli_main(["self-test"], stdout=out) == 0
    text = out.getvalue()
    steps = [line for line in text.splitlines() if line.startswith("[")]
    assert len(steps) == 13 and all(line.startswith("[OK]") for line in steps), text
    for what in (".txt", ".docx", ".pdf", "PNG, SVG, PDF", "Word", "Excel", "mã hoá", "Sao lưu"):
        assert what in text
    assert text.endswith("Tự kiểm tra: đạt cả 13/13 bước.\n")
    assert os.environ["KEHOACH_DATA_DIR"] == str(data)  # restored
    assert (sorted(data.rglob("*")) if data.exists() else []) == before
    temp = Path(text.split("thư mục tạm ", 1)[1].split(")", 1)[0])
    assert not temp.exists()  # removed afterwards


def test_a_missing_chart_backend_fails_the_chart_step_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the frozen build did: matplotlib.backends.backend_svg was not collected.
    from matplotlib import backend_bases

    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_svg", None)
    # matplotlib keeps the canvas class once loaded (an earlier test may have saved an SVG)
    monkeypatch.setitem(backend_bases._default_backends, "svg", "matplotlib.backends.backend_svg")
    out = io.StringIO()
    assert cli_main(["self-test"], stdout=out) == 1
    text = out.getvalue()
    failed = [line for line in text.splitlines() if line.startswith("[LỖI]")]
    assert len(failed) == 1 and failed[0].startswith("[LỖI] Vẽ biểu đồ, lưu PNG, SVG, PDF: ModuleNotFoundError")
    assert "backend_svg" in failed[0]
    assert "KHÔNG ĐẠT, 1/13 bước lỗi: Vẽ biểu đồ, lưu PNG, SVG, PDF." in text


def _tiny_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    for table in ("plans", "indicators", "monthly_values", "value_revisions", "audit_events"):
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
        conn.execute(f"INSERT INTO {table} (id) VALUES (1)")
    conn.commit()
    conn.close()


def test_backup_check_passes_a_good_copy_and_refuses_one_missing_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "a.db"
    _tiny_db(db)
    assert make_and_verify_backup(db, tmp_path / "bk").endswith("integrity_check: ok")

    from kehoach_desktop.store import migrations

    real = migrations.backup_sqlite

    def lossy(path: Path, label: str, folder: Path | None = None) -> Path:
        copy = real(path, label, folder)
        conn = sqlite3.connect(copy)
        conn.execute("DELETE FROM value_revisions")
        conn.commit()
        conn.close()
        return copy

    monkeypatch.setattr(migrations, "backup_sqlite", lossy)
    with pytest.raises(CheckFailed, match="thiếu dữ liệu"):
        make_and_verify_backup(db, tmp_path / "bk2")


def test_frozen_prepare_keeps_matplotlib_cache_in_a_lasting_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop import frozen

    monkeypatch.setattr(frozen, "matplotlib_cache_dir", lambda: tmp_path / "cache" / "matplotlib")
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/_MEI-temporary")
    monkeypatch.delattr(sys, "frozen", raising=False)
    frozen.prepare()
    assert os.environ["MPLCONFIGDIR"] == "/tmp/_MEI-temporary"  # from source: untouched
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen.prepare()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "cache" / "matplotlib")
    assert (tmp_path / "cache" / "matplotlib").is_dir()

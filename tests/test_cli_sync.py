"""The sync commands: two PCs and a province driven only through ``kehoach``, in any file order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kehoach_desktop.cli import main
from sync_support import figures


def kehoach(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out), out.getvalue()


def _ok(*args: str) -> str:
    code, text = kehoach(*args)
    assert code == 0, text
    return text


@pytest.fixture
def three(tmp_path: Path) -> dict[str, str]:
    """PC a (demo commune), PC b of the same commune, province p; keys exchanged by key files."""
    dbs = {name: str(tmp_path / f"{name}.db") for name in "abp"}
    _ok("demo", "--db", dbs["a"])
    _ok("province", "--db", dbs["p"])
    for name, db in dbs.items():
        _ok("key", "export", "--db", db, "--out", str(tmp_path / f"{name}.khoa"))
    for name, db in dbs.items():
        for other in "abp":
            if other != name:
                _ok("key", "trust", "--db", db, str(tmp_path / f"{other}.khoa"))
    return dbs


def test_two_pcs_and_a_province_through_the_cli(three: dict[str, str], tmp_path: Path) -> None:
    from kehoach_desktop.store.database import open_database

    a, b, p = three["a"], three["b"], three["p"]
    k = lambda name: str(tmp_path / f"{name}.khoa")  # noqa: E731
    f = lambda name: str(tmp_path / name)  # noqa: E731
    _ok("bundle", "export", "--db", a, "--out", f("a-b1.kehoach"), "--to", k("b"), "--encrypt")
    text = _ok("bundle", "import", "--db", b, f("a-b1.kehoach"))
    assert "Đã nhập" in text
    _ok("value", "set", "--db", b, "--indicator", "1", "--period", "2026-11", "--value", "812,5", "--user", "b", "--force")
    _ok("value", "set", "--db", a, "--indicator", "2", "--period", "2026-11", "--value", "3", "--user", "a", "--force")
    _ok("bundle", "export", "--db", b, "--out", f("b-a.kehoach"), "--to", k("a"))
    _ok("bundle", "export", "--db", a, "--out", f("a-p1.kehoach"), "--to", k("p"), "--full")
    _ok("bundle", "import", "--db", a, f("b-a.kehoach"))
    _ok("bundle", "export", "--db", a, "--out", f("a-p2.kehoach"), "--to", k("p"))
    _ok("bundle", "export", "--db", a, "--out", f("a-b2.kehoach"), "--to", k("b"))
    code, text = kehoach("bundle", "import", "--db", p, f("a-p2.kehoach"), f("a-p1.kehoach"), f("a-p2.kehoach"), "--json")
    assert code in (0, 2)
    statuses = [r["status"] for r in json.loads(text)]
    assert statuses[0] == "imported" and statuses[2] == "duplicate"
    _ok("bundle", "import", "--db", b, f("a-b2.kehoach"))
    dbs = [open_database(x) for x in (a, b, p)]
    try:
        assert figures(dbs[0]) == figures(dbs[1]) == figures(dbs[2])
    finally:
        for db in dbs:
            db.close()
    # The province acknowledges; a's next incremental bundle to it carries nothing already there.
    _ok("bundle", "export", "--db", p, "--out", f("p-a.kehoach"), "--to", k("a"), "--ack")
    _ok("bundle", "import", "--db", a, f("p-a.kehoach"))
    _ok("bundle", "export", "--db", a, "--out", f("a-p3.kehoach"), "--to", k("p"))
    shown = json.loads(_ok("bundle", "inspect", f("a-p3.kehoach"), "--json"))
    assert shown["counts"]["revisions"] == 0 and not shown["full"]


def test_refused_file_exits_2_with_the_reason(three: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.kehoach"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, _ = kehoach("bundle", "import", "--db", three["b"], str(bad))
    assert code == 2 and "Từ chối bad.kehoach" in capsys.readouterr().err
    code, _ = kehoach("bundle", "verify", str(bad))
    assert code == 2


def test_verify_and_inspect_read_a_file_without_a_database(three: dict[str, str], tmp_path: Path) -> None:
    out = str(tmp_path / "x.kehoach")
    _ok("bundle", "export", "--db", three["a"], "--out", out, "--full")
    assert "chữ ký đúng" in _ok("bundle", "verify", out)
    assert "Máy gửi CHƯA" not in _ok("bundle", "verify", out, "--db", three["b"])
    assert "toàn bộ" in _ok("bundle", "inspect", out)
    assert "Vân tay" in _ok("key", "list", "--db", three["a"])

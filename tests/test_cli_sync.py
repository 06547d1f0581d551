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


def test_each_file_of_an_import_gets_its_own_result(three: dict[str, str], tmp_path: Path) -> None:
    """Issue 17, defect 4: a folder or an unreadable file is refused on its own line, the files after it
    are still imported, an already-held file is not a refusal, and --json lists every file."""
    import os

    a, b = three["a"], three["b"]
    f = lambda name: str(tmp_path / name)  # noqa: E731
    _ok("bundle", "export", "--db", a, "--out", f("a1.kehoach"))
    folder = tmp_path / "a-folder.kehoach"
    folder.mkdir()
    locked = tmp_path / "locked.kehoach"
    locked.write_bytes(Path(f("a1.kehoach")).read_bytes())
    locked.chmod(0)
    try:
        readable = os.access(locked, os.R_OK)  # root reads anything: then it is just a good file
        code, text = kehoach("bundle", "import", "--db", b, str(folder), str(locked), f("a1.kehoach"), f("a1.kehoach"), "--json")
    finally:
        locked.chmod(0o600)
    results = json.loads(text)
    assert [r["file"] for r in results] == [str(folder), str(locked), f("a1.kehoach"), f("a1.kehoach")]
    assert results[0]["status"] == "refused" and results[0]["reason"] == "unreadable"
    assert "thư mục" in results[0]["message"]
    if not readable:
        assert results[1]["status"] == "refused" and results[1]["reason"] == "unreadable"
        assert results[2]["status"] == "imported" and results[3]["status"] == "duplicate"
    assert code == 2  # the folder is a real refusal
    # Nothing refused: already-imported and nothing-new files exit 0 and say what happened.
    _ok("bundle", "export", "--db", a, "--out", f("a2.kehoach"), "--full")
    code, text = kehoach("bundle", "import", "--db", b, f("a1.kehoach"), f("a2.kehoach"))
    assert code == 0, text
    assert "a1.kehoach: gói này đã được nhập trước đó" in text and "a2.kehoach: đã có" in text
    code, text = kehoach("bundle", "import", "--db", b, f("a2.kehoach"), "--json")
    assert code == 0 and json.loads(text)[0]["status"] in ("duplicate", "nothing_new")


def test_damage_is_told_in_vietnamese(three: dict[str, str], tmp_path: Path) -> None:
    """Issue 17, defect 10: no English fragment from zipfile or json in a refusal."""
    import zipfile

    good = tmp_path / "g.kehoach"
    _ok("bundle", "export", "--db", three["a"], "--out", str(good))
    with zipfile.ZipFile(good) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    data = bytearray(good.read_bytes())
    at = data.find(b"payload.json", 40) + len("payload.json") + 5  # inside the payload's compressed bytes
    data[at] ^= 0xFF
    bad = tmp_path / "crc.kehoach"
    bad.write_bytes(bytes(data))
    code, text = kehoach("bundle", "import", "--db", three["b"], str(bad), "--json")
    message = json.loads(text)[0]["message"]
    assert code == 2 and "CRC" not in message and "Error" not in message and "invalid" not in message, message
    assert entries  # the file was a real bundle before the flip


def test_the_province_cannot_write_a_communes_figures(three: dict[str, str], tmp_path: Path) -> None:
    """Issue 17, defect 7: `value set` (and approvals) on the province's PC are refused, nothing written."""
    a, p = three["a"], three["p"]
    bundle = str(tmp_path / "a.kehoach")
    _ok("bundle", "export", "--db", a, "--out", bundle, "--full")
    _ok("bundle", "import", "--db", p, bundle)
    before = json.loads(_ok("value", "history", "--db", p, "--indicator", "1", "--period", "2026-03", "--json"))
    code, _ = kehoach("value", "set", "--db", p, "--indicator", "1", "--period", "2026-03", "--value", "5", "--force", "--user", "p")
    assert code == 2
    assert json.loads(_ok("value", "history", "--db", p, "--indicator", "1", "--period", "2026-03", "--json")) == before
    _ok("bundle", "export", "--db", p, "--out", str(tmp_path / "p.kehoach"), "--to", str(tmp_path / "a.khoa"))
    assert json.loads(_ok("bundle", "inspect", str(tmp_path / "p.kehoach"), "--json"))["counts"]["revisions"] == 0


def test_a_plan_set_up_twice_is_offered_and_joined_from_the_cli(tmp_path: Path) -> None:
    """Issue 17, defect 3 through `kehoach`: the import says so; bundle plans / join-plan do it."""
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    _ok("demo", "--db", a)
    _ok("demo", "--db", b)
    for name, db in (("a", a), ("b", b)):
        _ok("key", "export", "--db", db, "--out", str(tmp_path / f"{name}.khoa"))
    _ok("key", "trust", "--db", a, str(tmp_path / "b.khoa"))
    _ok("value", "set", "--db", b, "--indicator", "1", "--period", "2026-11", "--value", "555", "--force", "--user", "b")
    _ok("bundle", "export", "--db", b, "--out", str(tmp_path / "b.kehoach"))
    text = _ok("bundle", "import", "--db", a, str(tmp_path / "b.kehoach"))
    assert "join-plan --from" in text
    (twin,) = json.loads(_ok("bundle", "plans", "--db", a, "--json"))
    done = json.loads(_ok("bundle", "join-plan", "--db", a, "--from", str(twin["other"]), "--json", "--user", "a"))
    assert done["moved"] == 1 and done["retired"] == twin["other"]
    assert json.loads(_ok("bundle", "plans", "--db", a, "--json")) == []
    assert "555" in _ok("value", "get", "--db", a, "--indicator", "1", "--period", "2026-11")
    code, _ = kehoach("bundle", "join-plan", "--db", a, "--from", str(twin["other"]))
    assert code == 2


def test_a_pc_is_renamed_from_the_cli(three: dict[str, str], tmp_path: Path) -> None:
    """Issue 17, defect 10: `key rename`; the peers learn the new name from the next bundle."""
    a, b = three["a"], three["b"]
    assert "Máy văn phòng 2" in _ok("key", "rename", "--db", a, "--name", "  Máy văn phòng   2 ")
    assert "«Máy văn phòng 2»" in _ok("key", "list", "--db", a)
    out = str(tmp_path / "r.kehoach")
    _ok("bundle", "export", "--db", a, "--out", out)
    assert "từ «Máy văn phòng 2»" in _ok("bundle", "import", "--db", b, out)
    code, _ = kehoach("key", "rename", "--db", a, "--name", " ")
    assert code == 2

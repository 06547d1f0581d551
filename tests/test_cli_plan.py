"""``kehoach plan parse|import|adopt|export-xlsx|import-xlsx`` from a fresh database, and the
same plan read from .txt, .docx and a text PDF."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from cli_support import run

FIXTURE = Path(__file__).parent / "fixtures" / "nghi-quyet-nam-2026.txt"


def _flat(indicators: list[dict]) -> list[dict]:
    return [d for ind in indicators for d in [ind, *_flat(ind["children"])]]


def _essence(parse: dict) -> list[tuple]:
    """What must not change between formats: code, group, unit and the target's figures."""
    return [
        (i["code"], i["group"], i["unit"], *((t["kind"], t["value"], t["low"], t["high"]) if (t := i["target"]) else ()))
        for i in _flat(parse["indicators"])
    ]


def test_parse_json_has_the_documented_shape(capsys) -> None:
    code, out = run("plan", "parse", str(FIXTURE), "--json")
    assert code == 0, capsys.readouterr().err
    data = json.loads(out)
    assert data["plan"] | {"flags": [], "warnings": [], "source": None} == {
        "kind": "annual", "start_year": 2026, "end_year": 2026, "commune": "Xã Hòa Bình",
        "title": "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
        "flags": [], "warnings": [], "source": None,
        "confidence": {"kind_years": "high", "commune": "high"},
    }
    assert data["groups"][0] == {"key": "economy", "title": "Về kinh tế"}
    first = data["indicators"][0]
    assert set(first) >= {"code", "name", "group", "unit", "target", "flags", "span", "children"}
    assert first["target"] == {
        "kind": "at_least", "value": "7000", "low": None, "high": None, "baseline_year": None,
        "text": "≥ 7.000 tấn", "per_year": True, "points": False, "measures_change": False,
    }
    flat = {i["code"]: i for i in _flat(data["indicators"])}
    assert flat["3"]["target"]["kind"] == "ratio" and (flat["3"]["target"]["value"], flat["3"]["target"]["high"]) == ("18", "22")
    assert flat["2"]["flags"] == ["ambiguous_number"] and flat["2"]["target"]["value"] == "19.655"
    assert [c["code"] for c in flat["5"]["children"]] == ["5.1", "5.2"]
    source = FIXTURE.read_text(encoding="utf-8")
    start, end = first["span"]
    assert source[start:end].startswith("1. Sản lượng lương thực")


def test_parse_prints_a_table_without_touching_a_database(tmp_path: Path, _data_dir: Path) -> None:
    code, out = run("plan", "parse", str(FIXTURE))
    assert code == 0
    assert "Kế hoạch năm 2026; Xã Hòa Bình" in out and "Sản lượng lương thực" in out
    assert not any(_data_dir.rglob("*.db"))


def test_import_adopt_export_and_import_again(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "xa.db")
    code, out = run("plan", "import", str(FIXTURE), "--db", db, "--commune-code", "12345", "--user", "can-bo")
    assert code == 0, capsys.readouterr().err
    assert "kế hoạch số 1 (bản nháp)" in out
    plans = json.loads(run("plan", "list", "--db", db, "--json")[1])
    assert [(p["id"], p["status"], p["kind"]) for p in plans] == [(1, "draft", "annual")]
    # Adoption waits for the review, from the CLI as on the screen; the plan stays a draft.
    code, _ = run("plan", "adopt", "1", "--db", db)
    assert code == 2 and "cần rà soát" in capsys.readouterr().err
    assert json.loads(run("plan", "list", "--db", db, "--json")[1])[0]["status"] == "draft"
    code, _ = run("plan", "confirm", "1", "--indicator", "99", "--db", db)
    assert code == 2 and "99" in capsys.readouterr().err
    code, out = run("plan", "confirm", "1", "--all", "--db", db, "--json")
    assert code == 0 and json.loads(out)["confirmed"] and json.loads(out)["still_flagged"] == []
    assert run("plan", "adopt", "1", "--db", db)[0] == 0
    code, _ = run("plan", "adopt", "1", "--db", db)
    assert code == 2 and "đã được thông qua" in capsys.readouterr().err

    xlsx = tmp_path / "ke-hoach.xlsx"
    assert run("plan", "export-xlsx", "--db", db, "--out", str(xlsx))[0] == 0
    other = str(tmp_path / "xa2.db")
    code, out = run("plan", "import-xlsx", str(xlsx), "--db", other, "--commune-code", "12345")
    assert code == 0, capsys.readouterr().err
    before = json.loads(run("indicator", "list", "--db", db, "--json")[1])
    after = json.loads(run("indicator", "list", "--db", other, "--json")[1])
    assert after == before and len(after) >= 6


def test_import_into_a_fresh_database_creates_the_commune_and_says_its_code_is_temporary(tmp_path: Path) -> None:
    db = str(tmp_path / "moi.db")
    code, out = run("plan", "import", str(FIXTURE), "--db", db)
    assert code == 0
    assert "mã tạm 00000" in out


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("khong-co.txt", None, "không"),
        ("bien-ban.txt", "Biên bản họp thôn. Không có chỉ tiêu nào.".encode(), "Không tìm thấy chỉ tiêu"),
        ("cu.doc", b"\xd0\xcf\x11\xe0 old word", ".docx"),
        ("hong.docx", b"not a zip", "docx"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(tmp_path: Path, capsys, name: str, data: bytes | None, message: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    db = str(tmp_path / "xa.db")
    code, _ = run("plan", "import", str(path), "--db", db)
    err = capsys.readouterr().err
    assert code == 2 and message.lower() in err.lower() and "Traceback" not in err
    if Path(db).exists():
        assert json.loads(run("plan", "list", "--db", db, "--json")[1]) == []


def _docx(lines: list[str], path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _pdf(lines: list[str], path: Path) -> Path:
    import matplotlib
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")  # long lines wrap, as in a real PDF
    pdf.output(str(path))
    return path


def _same_in_every_format(text: str, tmp_path: Path) -> None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    txt = tmp_path / "plan.txt"
    txt.write_text(text, encoding="utf-8")
    expected = _essence(json.loads(run("plan", "parse", str(txt), "--json")[1]))
    assert len(expected) >= 6
    for path in (_docx(lines, tmp_path / "plan.docx"), _pdf(lines, tmp_path / "plan.pdf")):
        code, out = run("plan", "parse", str(path), "--json")
        assert code == 0
        assert _essence(json.loads(out)) == expected, path.suffix


def test_docx_and_pdf_of_the_fixture_read_like_the_text(tmp_path: Path) -> None:
    _same_in_every_format(FIXTURE.read_text(encoding="utf-8"), tmp_path)


@pytest.mark.parametrize("name", ["na-duong-ke-hoach-2026-2030.txt", "tam-thanh-ke-hoach-2026-2030.txt"])
def test_docx_and_pdf_of_the_corpus_read_like_the_text(corpus: Path, tmp_path: Path, name: str) -> None:
    text = unicodedata.normalize("NFC", (corpus / name).read_text(encoding="utf-8"))
    # Rejoin the PDF-extracted lines into paragraphs first, as the same plan would be in Word.
    from kehoach_desktop.planimport.cleanup import paragraphs

    _same_in_every_format("\n".join(p.text for p in paragraphs(text)), tmp_path)


def test_a_tcvn3_file_is_converted_and_every_indicator_flagged(tmp_path: Path) -> None:
    from kehoach_desktop.planimport.legacy import unicode_to_tcvn3

    path = tmp_path / "cu.txt"
    text = FIXTURE.read_text(encoding="utf-8").replace("≥", ">=")  # a .VnTime file has no ≥
    path.write_bytes(unicode_to_tcvn3(text).encode("cp1252"))
    data = json.loads(run("plan", "parse", str(path), "--json")[1])
    assert "legacy_encoding" in data["plan"]["flags"]
    assert data["plan"]["source"]["legacy"] == "TCVN3" and "TCVN3" in data["plan"]["warnings"][0]
    flat = _flat(data["indicators"])
    assert all("legacy_encoding" in i["flags"] for i in flat)
    assert flat[0]["name"] == "Sản lượng lương thực có hạt hằng năm" and flat[0]["target"]["value"] == "7000"


def test_importing_the_same_document_twice_warns(tmp_path: Path) -> None:
    db = str(tmp_path / "xa.db")
    assert run("plan", "import", str(FIXTURE), "--db", db, "--commune-code", "12345")[0] == 0
    code, out = run("plan", "import", str(FIXTURE), "--db", db)
    assert code == 0 and "đã được nhập trước đó (kế hoạch số 1)" in out

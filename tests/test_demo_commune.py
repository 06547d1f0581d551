"""Generated communes: deterministic per seed and code, different per commune, in one transaction."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kehoach_desktop.cli import main
from kehoach_desktop.demo_commune import generated_draft, generated_entries, install_generated, profile
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.schema import CommuneRow, MonthStatusRow, ValueRow


def kehoach(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out), out.getvalue()


def _figures(entries) -> list[tuple[str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(e.code, str(e.period), None if e.value is None else str(e.value), e.kind.value) for e in entries]


def test_same_seed_and_code_give_the_same_commune() -> None:
    assert _figures(generated_entries(3, "26734")) == _figures(generated_entries(3, "26734"))
    assert generated_draft(3, "26734") == generated_draft(3, "26734")
    assert profile(3, "26734") == profile(3, "26734")


def test_communes_and_seeds_differ() -> None:
    a, b, c = (_figures(generated_entries(s, code)) for s, code in ((3, "26734"), (3, "26737"), (4, "26734")))
    assert a != b and a != c
    # A flow's figures scale with the commune; a rate stays a rate (0-100).
    for entries in (generated_entries(3, "26734"), generated_entries(3, "26737")):
        rates = [e.value for e in entries if e.code == "11" and e.value is not None]
        assert rates and all(0 <= v <= 100 for v in rates)
    budget = {code: [e.value for e in generated_entries(3, code) if e.code == "2" and str(e.period) == "2025-01"]
              for code in ("26734", "26737")}
    assert budget["26734"] != budget["26737"]


def test_cli_demo_makes_a_generated_commune(tmp_path: Path) -> None:
    db_path = str(tmp_path / "x.db")
    code, text = kehoach("demo", "--db", db_path, "--commune-code", "26734", "--commune-name", "Xã Tân Lập", "--seed", "9")
    assert code == 0, text
    assert "Xã Tân Lập" in text and "26734" in text
    db = open_database(db_path)
    with db.read() as session:
        assert session.scalars(select(CommuneRow.code)).all() == ["26734"]
        assert session.scalar(select(func.count()).select_from(ValueRow)) == len(generated_entries(9, "26734"))
        approved = session.scalar(select(func.count()).select_from(MonthStatusRow))
    assert approved == profile(9, "26734").last_submitted
    db.close()
    # A commune's database takes no second commune; nothing is written.
    code, _ = kehoach("demo", "--db", db_path, "--commune-code", "26737", "--commune-name", "Xã Khác")
    assert code == 2
    db = open_database(db_path)
    with db.read() as session:
        assert session.scalars(select(CommuneRow.code)).all() == ["26734"]
    db.close()


def test_cli_demo_needs_both_code_and_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = kehoach("demo", "--db", str(tmp_path / "y.db"), "--commune-code", "26734")
    assert code == 2
    assert "--commune-name" in capsys.readouterr().err


def test_a_province_database_takes_many_generated_communes(db) -> None:  # type: ignore[no-untyped-def]
    from province_support import make_province_db

    make_province_db(db)
    with pytest.raises(UserError, match="26734"):
        install_generated(db, "26734", "Trùng mã", 1)
    with db.read() as session:
        assert len(session.scalars(select(CommuneRow)).all()) == 4

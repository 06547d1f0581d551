"""Issue 16, defect 6: one set of bounds (domain/bounds.py) for figures, names and notes, held by
typing, the CLI, the Excel template and bundle validation alike; names and notes printed safely."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from kehoach_desktop.domain.bounds import MAX_DECIMALS, MAX_INTEGER_DIGITS, MAX_NAME, MAX_NOTE, figure_problem, name_problem
from kehoach_desktop.domain.validation import parse_entry
from cli_support import run


@pytest.fixture
def demo(tmp_path: Path) -> str:
    path = str(tmp_path / "xa.db")
    assert run("demo", "--db", path)[0] == 0
    return path


def _get(db: str) -> str:
    return run("value", "get", "--db", db, "--indicator", "4", "--period", "2026-09", "--json")[1]


def test_the_bounds_themselves() -> None:
    biggest = D("9" * MAX_INTEGER_DIGITS + "." + "9" * MAX_DECIMALS)
    assert figure_problem(biggest) is None and figure_problem(-biggest) is None
    assert figure_problem(D("1" + "0" * MAX_INTEGER_DIGITS)) is not None
    assert figure_problem(D("0." + "0" * MAX_DECIMALS + "1")) is not None
    assert figure_problem(D("1E+40")) is not None and figure_problem(D("NaN")) is not None
    assert figure_problem(D("12.5000000000")) is None  # trailing zeros are not digits of the figure
    assert name_problem("Nguyễn Văn An") is None
    assert name_problem("x" * (MAX_NAME + 1)) and name_problem("a\x1b[31mb") and name_problem("abc\u202edcba")


@pytest.mark.parametrize("typed", ["1" * 30, "1" * 29, "1" * 16, "1.000.000.000.000.000", "0,1234567"])
def test_value_set_refuses_figures_out_of_bounds_even_with_force(demo: str, typed: str, capsys) -> None:
    before = _get(demo)
    code, _ = run("value", "set", "--db", demo, "--indicator", "4", "--period", "2026-09", "--value", typed, "--force")
    assert code == 2 and "tối đa" in capsys.readouterr().err
    assert _get(demo) == before
    assert run("status", "--db", demo, "--period", "2026-09")[0] == 0


def test_a_figure_at_the_bound_is_stored_and_shown(demo: str) -> None:
    code, _ = run("value", "set", "--db", demo, "--indicator", "4", "--period", "2026-09",
                  "--value", "999999999999999", "--force")
    assert code == 0
    assert run("status", "--db", demo, "--period", "2026-09")[0] == 0


def test_typing_in_the_grid_uses_the_same_bounds() -> None:
    value, problems = parse_entry("1" * 16)
    assert value is None and problems and problems[0].code == "out_of_bounds"
    assert parse_entry("1.234,5")[1] == []


@pytest.mark.parametrize("user", ["x" * (MAX_NAME + 1), "An\x1b[2J", "An\u202enA", "An\x00"])
def test_the_user_name_is_bounded_and_free_of_control_characters(demo: str, user: str, capsys) -> None:
    before = _get(demo)
    code, _ = run("value", "set", "--db", demo, "--indicator", "4", "--period", "2026-09", "--value", "7.100",
                  "--force", "--user", user)
    assert code == 2 and "--user" in capsys.readouterr().err
    assert _get(demo) == before


def test_a_note_is_bounded(demo: str, capsys) -> None:
    code, _ = run("value", "set", "--db", demo, "--indicator", "4", "--period", "2026-09", "--value", "7.100",
                  "--force", "--note", "x" * (MAX_NOTE + 1))
    assert code == 2 and "--note" in capsys.readouterr().err
    code, _ = run("value", "set", "--db", demo, "--indicator", "4", "--period", "2026-09", "--value", "7.100",
                  "--force", "--note", "dòng 1\ndòng 2")
    assert code == 0


def test_bundles_refuse_what_typing_refuses_and_accept_what_it_accepts() -> None:
    from kehoach_desktop.sync.payload import _Bad, _dec

    assert _dec("999999999999999.999999") == D("999999999999999.999999")
    for bad in ("1" * 16, "1e30", "0.0000001"):
        with pytest.raises(_Bad):
            _dec(bad)


def test_the_excel_template_refuses_a_figure_out_of_bounds(tmp_path: Path) -> None:
    import openpyxl

    from kehoach_desktop.demo import demo_draft
    from kehoach_desktop.domain.errors import UserError
    from kehoach_desktop.planimport.xlsx import INDICATOR_SHEET, read_plan_xlsx, write_plan_xlsx

    path = tmp_path / "ke-hoach.xlsx"
    write_plan_xlsx(demo_draft(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb[INDICATOR_SHEET]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Giá trị năm gốc") + 1, value="1" * 20)
    wb.save(path)
    with pytest.raises(UserError, match="tối đa 15"):
        read_plan_xlsx(path)


def test_names_and_notes_are_printed_without_their_escape_codes(demo: str) -> None:
    from kehoach_desktop.store.database import open_database

    db = open_database(demo, create=False)
    with db.write() as session:  # as an older version or another program could have stored them
        from sqlalchemy import text

        session.execute(text("UPDATE monthly_values SET note = :n, updated_by = :u"),
                        {"n": "ghi chú \x1b[2J\x1b]0;pwned\x07", "u": "An\u202enA"})
    db.close()
    code, out = run("value", "get", "--db", demo, "--indicator", "4", "--period", "2026-09")
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\\u001b" in out
    code, out = run("value", "history", "--db", demo, "--indicator", "4", "--period", "2026-09")
    assert code == 0 and "\x1b" not in out


def test_save_values_itself_refuses_a_note_over_the_bound(tmp_path: Path) -> None:
    """The store's write path holds the note bound too, whatever calls it (the database unchanged)."""
    from kehoach_desktop.domain.bounds import MAX_NOTE
    from kehoach_desktop.domain.errors import UserError
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.store.queries import current_plan
    from kehoach_desktop.store.values import ValueEntry, save_values

    path = str(tmp_path / "xa.db")
    assert run("demo", "--db", path)[0] == 0
    db = open_database(path, create=False)
    try:
        with db.read() as session:
            plan_id = current_plan(session, None).id
        entry = ValueEntry("4", Period(2026, 11), None, set_note=True, note="x" * (MAX_NOTE + 1))
        with pytest.raises(UserError, match="tối đa"):
            with db.write() as session:
                save_values(session, db.installation_id, plan_id, [entry], "test")
        fine = ValueEntry("4", Period(2026, 11), None, set_note=True, note="x" * MAX_NOTE)
        with db.write() as session:
            assert len(save_values(session, db.installation_id, plan_id, [fine], "test")) == 1
    finally:
        db.close()

"""Province mode: the communes' list, the completeness matrix, one indicator across communes."""

from __future__ import annotations

import io
import json
import unicodedata
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from kehoach_desktop.cli import main
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.province.communes_file import MAX_BYTES, read_communes_file
from kehoach_desktop.province.compare import NO_PLAN, SortKey
from kehoach_desktop.province.json_out import comparison_json, matrix_json
from kehoach_desktop.province.matrix import CellState, Timing
from kehoach_desktop.services import province as svc
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.schema import CommuneRow, IndicatorRow, RevisionRow
from kehoach_desktop.store.values import ValueEntry, save_values
from province_support import COMMUNES, make_province_db

TODAY = date(2026, 12, 5)


def kehoach(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out), out.getvalue()


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


# --- the list of communes ----------------------------------------------------------------------

def test_reads_xlsx_with_title_rows_numbers_and_leading_zeros(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "xa.xlsx", [
        ["DANH SÁCH ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [],
        ["STT", "Tên xã", "Mã ĐVHC"],
        [1, "  Xã  Tân Lập ", 6253],
        [2, "Phường Đông Hải", "06256"],
        [None, None, None],
    ])
    entries = read_communes_file(path)
    assert [(e.code, e.name) for e in entries] == [("06253", "Xã Tân Lập"), ("06256", "Phường Đông Hải")]


def _cp1258(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + "".join(c for c in decomposed if c in tones)).encode("cp1258")
    return out


def test_reads_a_windows_csv_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "xa.csv"
    path.write_bytes(_cp1258("Mã xã;Tên xã\n26734;Xã Tân Lập\n26737;Xã Hòa Bình\n"))
    assert [(e.code, e.name) for e in read_communes_file(path)] == [("26734", "Xã Tân Lập"), ("26737", "Xã Hòa Bình")]


def test_every_bad_row_is_named(tmp_path: Path) -> None:
    path = tmp_path / "xa.csv"
    path.write_text("Mã xã,Tên xã\n26734,Xã A\nabc,Xã B\n26735,\n26734,Xã C\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        read_communes_file(path)
    text = str(err.value)
    assert "3 dòng sai" in text and "dòng 3" in text and "dòng 4" in text and "dòng 5" in text
    assert "đã có ở dòng 2" in text


@pytest.mark.parametrize("name, content, words", [
    ("xa.txt", b"x", ".xlsx hoặc .csv"),
    ("xa.xlsx", b"not a zip", "đã bị hỏng"),
    ("xa.csv", "Xã,Huyện\nA,B\n".encode(), "Mã xã"),
    ("xa.csv", "Mã xã,Tên xã\n".encode(), "không có xã nào"),
])
def test_bad_files_are_refused_clearly(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=words):
        read_communes_file(path)


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "xa.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(UserError, match="quá lớn"):
        read_communes_file(path)


def test_import_adds_renames_and_needs_a_province_pc(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "xa.csv"
    path.write_text("Mã xã,Tên xã\n26734,Xã Tân Lập\n26737,Xã Hòa Bình\n", encoding="utf-8")
    with pytest.raises(UserError, match="máy tổng hợp của tỉnh"):
        svc.import_communes(db, path, "test")
    with db.read() as session:
        assert session.scalars(select(CommuneRow)).all() == []
    with db.write() as session:
        make_province(session, db.installation_id, "test", "Tỉnh Mẫu")
    outcome = svc.import_communes(db, path, "test")
    assert outcome.value.added == ("26734", "26737") and outcome.changes.commune
    path.write_text("Mã xã,Tên xã\n26734,Xã Tân Lập Mới\n26737,Xã Hòa Bình\n", encoding="utf-8")
    again = svc.import_communes(db, path, "test").value
    assert again.added == () and again.renamed == (("26734", "Xã Tân Lập", "Xã Tân Lập Mới"),) and again.unchanged == 1
    listed = svc.list_communes(db)
    assert [(c.code, c.name, c.plan_id) for c in listed] == [("26734", "Xã Tân Lập Mới", None), ("26737", "Xã Hòa Bình", None)]
    # A bad file changes nothing.
    path.write_text("Mã xã,Tên xã\n26734,Tên Khác\nxx,Xã B\n", encoding="utf-8")
    with pytest.raises(UserError):
        svc.import_communes(db, path, "test")
    assert [c.name for c in svc.list_communes(db)] == ["Xã Tân Lập Mới", "Xã Hòa Bình"]


# --- the completeness matrix -------------------------------------------------------------------

def _province_with_one_listed(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)
    with db.write() as session:
        session.add(CommuneRow(code="26799", name="Xã Chưa Gửi", province="Tỉnh Mẫu"))


def test_matrix_states_dates_and_rates(db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.demo_commune import profile

    _province_with_one_listed(db)
    matrix = svc.load_matrix(db, [2026], today=TODAY)
    assert [r.commune.code for r in matrix.rows] == sorted([c for c, _ in COMMUNES] + ["26799"])
    assert len(matrix.months) == 12
    for row in matrix.rows:
        if row.commune.code == "26799":
            assert all(c.state is CellState.MISSING and c.timing is Timing.OVERDUE for c in row.cells[:11])
            assert row.cells[11].timing is Timing.NOT_DUE  # December's deadline is after TODAY
            continue
        p = profile(5, row.commune.code)
        for cell in row.cells:
            m = cell.month
            expected = (
                CellState.APPROVED if m <= p.last_approved else CellState.SUBMITTED if m <= p.last_submitted
                else CellState.OFFICIAL if m <= p.last_official else CellState.ESTIMATE if m <= p.last_month
                else CellState.MISSING
            )
            assert cell.state is expected, (row.commune.code, m)
            if m <= p.last_month:
                assert cell.received == date(2026, m, p.days[m - 1])
                assert cell.timing is (Timing.ON_TIME if p.days[m - 1] <= 25 else Timing.LATE)
                assert cell.figures == 29 and cell.indicators == 30  # indicator 18 has no 2026 figure
    january = matrix.rates[0]
    assert january.expected == 5 and january.received == 4
    assert january.on_time == sum(profile(5, c).days[0] <= 25 for c, _ in COMMUNES)
    # A later deadline turns late cells into on-time ones.
    relaxed = svc.load_matrix(db, [2026], deadline_day=28, today=TODAY)
    assert relaxed.rates[0].on_time == 4


def test_matrix_estimate_versus_official_and_vietnam_time(db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.demo_commune import commune_pc_id, install_generated

    with db.write() as session:
        make_province(session, db.installation_id, "test", "Tỉnh Mẫu")
    plan_id = install_generated(db, "26734", "Xã A", 5)
    commune_pc = commune_pc_id("26734", 5)  # the commune's figures are its PC's, never the province's
    with db.write() as session:
        save_values(session, commune_pc, plan_id,
                    [ValueEntry("2", Period(2026, 12), Decimal(10), ValueKind.OFFICIAL)], "t", accept_warnings=True)
        ind = session.scalar(select(IndicatorRow.id).where(IndicatorRow.plan_id == plan_id, IndicatorRow.code == "2"))
        # 18:00 UTC on the 25th is already the 26th in Vietnam: late.
        session.execute(update(RevisionRow).where(RevisionRow.indicator_id == ind, RevisionRow.year == 2026,
                                                  RevisionRow.month == 12)
                        .values(at=datetime(2026, 12, 25, 18, 0, tzinfo=timezone.utc)))
    cell = svc.load_matrix(db, [2026], today=date(2027, 1, 1)).rows[0].cells[11]
    assert cell.state is CellState.OFFICIAL and cell.figures == 1
    assert cell.received == date(2026, 12, 26) and cell.timing is Timing.LATE
    with db.write() as session:
        save_values(session, commune_pc, plan_id,
                    [ValueEntry("4", Period(2026, 12), Decimal(10), ValueKind.ESTIMATE)], "t", accept_warnings=True)
    assert svc.load_matrix(db, [2026], today=date(2027, 1, 1)).rows[0].cells[11].state is CellState.ESTIMATE


def test_matrix_refuses_a_bad_deadline(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="1 đến 31"):
        svc.load_matrix(db, [2026], deadline_day=32)


def test_matrix_xlsx(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _province_with_one_listed(db)
    out = tmp_path / "matrix.xlsx"
    svc.export_matrix(db, [2026], out, today=TODAY)
    ws = load_workbook(out).active
    assert ws["B5"].value == "26734" and ws["D5"].value.startswith(("Đã duyệt", "Đã gửi duyệt", "Số"))
    names = [ws.cell(row=r, column=3).value for r in range(5, 12)]
    assert "Xã Chưa Gửi" in names and "Tỷ lệ báo cáo" in names


# --- one indicator across communes -------------------------------------------------------------

def test_compare_flow_sums_the_communes(db) -> None:  # type: ignore[no-untyped-def]
    _province_with_one_listed(db)
    comparison = svc.load_comparison(db, "2", Period.parse("2026-M9"))
    rows = {r.commune.code: r for r in comparison.rows}
    assert rows["26799"].row is None and rows["26799"].missing == NO_PLAN
    actuals = [r.row.actual for r in comparison.rows if r.row is not None]
    assert len(actuals) == 4 and comparison.total.summable
    assert comparison.total.actual == sum(actuals, Decimal(0))
    assert "Cộng số các xã" in comparison.total.method
    by_percent = svc.load_comparison(db, "2", Period.parse("2026-M9"), SortKey.PERCENT)
    percents = [r.row.percent_of_target for r in by_percent.rows if r.row is not None]
    assert percents == sorted(percents, reverse=True) and by_percent.rows[-1].commune.code == "26799"


def test_compare_stock_sums_one_month_and_a_rate_is_never_summed(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)
    stock = svc.load_comparison(db, "5", Period.parse("2026-09"))
    month = stock.total.month
    assert month is not None and f"cùng tháng {month}/2026" in stock.total.method
    rate = svc.load_comparison(db, "11", Period.parse("2026-09"))
    assert not rate.total.summable and rate.total.actual is None
    assert "không lấy trung bình" in rate.total.method
    assert all(r.row is not None and r.row.status for r in rate.rows)


def test_compare_unknown_indicator(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db, COMMUNES[:1])
    with pytest.raises(UserError, match="99"):
        svc.load_comparison(db, "99", Period.parse("2026-09"))


# --- the same province on SQLite and PostgreSQL ------------------------------------------------

def test_sqlite_and_postgresql_give_identical_results(tmp_path: Path, pg_url: str) -> None:
    results = []
    for url in (str(tmp_path / "p.db"), pg_url):
        db = open_database(url)
        _province_with_one_listed(db)
        matrix = matrix_json(svc.load_matrix(db, [2025, 2026], today=TODAY))
        for row in matrix["communes"]:
            row.pop("plan")
        compared = [
            comparison_json(svc.load_comparison(db, code, Period.parse(p), SortKey.PERCENT))
            for code in ("2", "5", "11", "15") for p in ("2026-09", "2026-M9", "2026")
        ]
        results.append((matrix, compared))
        db.close()
    assert results[0] == results[1]


# --- the commands ------------------------------------------------------------------------------

def test_cli_province_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    assert kehoach("province", "--db", db, "--name", "Tỉnh Mẫu")[0] == 0
    listing = tmp_path / "xa.csv"
    listing.write_text("Mã xã,Tên xã\n26734,Xã Tân Lập\n26737,Xã Hòa Bình\n", encoding="utf-8")
    code, text = kehoach("province", "communes", "import", str(listing), "--db", db)
    assert code == 0 and "thêm 2" in text
    for c, name in (("26734", "Xã Tân Lập"), ("26737", "Xã Hòa Bình")):
        assert kehoach("demo", "--db", db, "--commune-code", c, "--commune-name", name)[0] == 0
    code, text = kehoach("province", "communes", "list", "--db", db, "--json")
    assert code == 0 and [c["code"] for c in json.loads(text)] == ["26734", "26737"]
    out = tmp_path / "m.xlsx"
    code, text = kehoach("province", "matrix", "--db", db, "--year", "2026", "--json", "--xlsx", str(out))
    data = json.loads(text)
    assert code == 0 and out.is_file()
    assert [c["code"] for c in data["communes"]] == ["26734", "26737"] and len(data["communes"][0]["cells"]) == 12
    assert data["rates"][0]["expected"] == 2 and data["deadline_day"] == 25
    code, text = kehoach("province", "matrix", "--db", db, "--year", "2026")
    assert code == 0 and "Xã Tân Lập" in text and "Tỷ lệ báo cáo" in text
    code, text = kehoach("province", "compare", "--db", db, "--indicator", "4", "--period", "2026-M9", "--json")
    data = json.loads(text)
    assert code == 0 and len(data["communes"]) == 2 and data["total"]["summable"]
    assert Decimal(data["total"]["actual"]) == sum(Decimal(c["actual"]) for c in data["communes"])
    code, text = kehoach("province", "compare", "--db", db, "--indicator", "11", "--period", "2026-09")
    assert code == 0 and "Toàn tỉnh" in text and "không lấy trung bình" in text


def test_cli_province_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "p.db")
    assert kehoach("province", "--db", db)[0] == 0
    assert kehoach("province", "matrix", "--db", db, "--year", "2026", "--deadline-day", "40")[0] == 2
    assert kehoach("province", "matrix", "--db", db, "--year", "2026", "--xlsx", str(tmp_path / "m.pdf"))[0] == 2
    assert kehoach("province", "communes", "import", str(tmp_path / "none.csv"), "--db", db)[0] == 2
    assert "Không tìm thấy tệp" in capsys.readouterr().err


def test_a_bundle_lands_on_the_listed_commune_with_the_same_matrix(tmp_path: Path) -> None:
    """A generated commune's bundle reaches the province: official name kept, same cells and dates."""
    from kehoach_desktop.demo_commune import install_generated
    from sync_support import make_pc, trust_all

    commune, province = make_pc(tmp_path, "xa"), make_pc(tmp_path, "tinh")
    install_generated(commune.db, "26734", "Xã Tân Lập (tên cũ)", 11)
    with province.db.write() as session:
        make_province(session, province.db.installation_id, "test", "Tỉnh Mẫu")
    listing = tmp_path / "xa.csv"
    listing.write_text("Mã xã,Tên xã\n26734,Xã Tân Lập\n26737,Xã Hòa Bình\n", encoding="utf-8")
    svc.import_communes(province.db, listing, "test")
    trust_all(commune, province)
    assert province.take(commune.export(full=True)) != "stale"
    at_province = svc.load_matrix(province.db, [2026], today=TODAY)
    assert [(r.commune.code, r.commune.name) for r in at_province.rows] == [("26734", "Xã Tân Lập"), ("26737", "Xã Hòa Bình")]
    with commune.db.write() as session:  # the commune's own matrix, read the same way
        make_province(session, commune.db.installation_id, "test")
    at_commune = svc.load_matrix(commune.db, [2026], today=TODAY)
    def cells(matrix):  # type: ignore[no-untyped-def]
        return [(c.state, c.received, c.timing, c.figures) for c in matrix.rows[0].cells]
    assert cells(at_province) == cells(at_commune)
    assert all(c.state is CellState.MISSING for c in at_province.rows[1].cells)


def test_matrix_sort_and_only_late(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _province_with_one_listed(db)
    by_late = svc.load_matrix(db, [2026], today=TODAY, sort="late")
    lates = [r.late for r in by_late.rows]
    assert lates == sorted(lates, reverse=True)
    by_missing = svc.load_matrix(db, [2026], today=TODAY, sort="missing")
    assert by_missing.rows[0].commune.code == "26799" and by_missing.rows[0].received == 0
    with pytest.raises(UserError):
        svc.load_matrix(db, [2026], sort="name")


def test_the_comparison_chart() -> None:
    from kehoach_desktop.charts.province import CommuneBar, compare_figure
    from kehoach_desktop.domain.model import Status

    title = {"code": "4", "name": "Sản lượng", "period": "9 tháng năm 2026", "unit": "tấn"}
    bars = [CommuneBar("Xã A", Decimal("80"), Decimal("500"), Status.ON_TRACK),
            CommuneBar("Xã B", None, None, Status.NO_DATA),
            CommuneBar("Xã C", Decimal("120"), Decimal("900"), Status.EXCEEDED)]
    fig = compare_figure(bars, title)
    ax = fig.axes[0]
    assert [round(p.get_width()) for p in ax.patches] == [80, 120]  # % of target; no bar without one
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Xã A", "Xã B", "Xã C"]
    rates = compare_figure([CommuneBar("Xã A", None, Decimal("7.5"), Status.NO_DATA)], title)
    assert [p.get_width() for p in rates.axes[0].patches] == [7.5] and "tấn" in rates.axes[0].get_xlabel()
    empty = compare_figure([], title)
    assert any("Chưa xã nào" in t.get_text() for t in empty.axes[0].texts)


def test_a_long_indicator_name_stays_inside_the_comparison_chart() -> None:
    """The title wraps to the figure's width instead of running off its right edge."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from kehoach_desktop.charts.province import CommuneBar, compare_figure
    from kehoach_desktop.domain.model import Status

    title = {"code": "11", "name": "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026-2030 của toàn xã",
             "period": "9 tháng năm 2026", "unit": "%"}
    fig = compare_figure([CommuneBar(f"Xã {i}", Decimal(50 + i), Decimal(5), Status.ON_TRACK) for i in range(12)], title)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    text = fig.axes[0].get_title(loc="left")
    box = fig.axes[0]._left_title.get_window_extent(canvas.get_renderer())
    width = fig.get_figwidth() * fig.dpi
    assert "\n" in text and 0 <= box.x0 and box.x1 <= width
    assert "Tỷ lệ hộ nghèo" in text.replace("\n", " ")

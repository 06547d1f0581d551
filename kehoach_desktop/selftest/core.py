"""The self-test's checks that need no Qt: database, plan import, figures, charts, reports,
bundles and backup, each against a real temporary database.

``CoreSelfTest(folder).steps()`` lists them; ``kehoach self-test`` runs them alone, the desktop
app's ``--self-test`` runs them with its Qt checks (``gui/selftest.py``). Every check reads back
what it wrote, so a file that is written but empty or wrong fails too.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from ..domain.periods import Period
from . import samples
from .backup import make_and_verify_backup
from .runner import CheckFailed, Step

ACTOR = "tu-kiem-tra"
COMMUNE = ("99999", "Xã Tự Kiểm", "Tỉnh Thử Nghiệm")
PERIOD = Period(2026, 3)
#: Figures saved: indicator code -> (month -> value).
FIGURES = {
    "1": {1: Decimal("1200"), 2: Decimal("1350.5"), 3: Decimal("1100")},
    "3": {3: Decimal("2.8")},
    "4": {3: Decimal("85")},
}
#: What each chart format's file starts with.
MAGIC = {"png": b"\x89PNG", "pdf": b"%PDF", "svg": b"<?xml"}
#: A translation the app's .qm must carry (the chart's "Save image..." button).
VI_SAMPLE = "Lưu hình..."

# Step names, shared with the GUI self-test (its steps name these as needs).
DB = "Tạo và nâng cấp cơ sở dữ liệu"
IMPORT = "Nhập và thông qua kế hoạch (.docx)"
FIGS = "Lưu và đọc lại số liệu"
CHARTS = "Vẽ biểu đồ, lưu PNG, SVG, PDF"
BUNDLE = "Xuất và nhập gói đồng bộ"


def _read(suffix: str) -> str:
    return f"Đọc kế hoạch từ tệp {suffix}"


def check_file(path: Path, magic: bytes, min_bytes: int = 200) -> int:
    """The size of ``path``, after checking it starts with ``magic`` and is not a stub."""
    if not path.is_file():
        raise CheckFailed(f"không có tệp {path.name}")
    data = path.read_bytes()
    if not data.startswith(magic) or len(data) < min_bytes:
        raise CheckFailed(f"tệp {path.name} không đúng định dạng ({len(data)} byte)")
    return len(data)


class CoreSelfTest:
    """The Qt-free checks over one temporary folder; state is shared from step to step."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.out = folder / "out"
        self.out.mkdir(parents=True, exist_ok=True)
        self.db: Any = None
        self.db_b: Any = None
        self.parsed: dict[str, Any] = {}
        self.plan_id = 0

    def steps(self, first_charts: Sequence[Step] = ()) -> list[Step]:
        """Every Qt-free check, in order; ``first_charts`` run once the figures are saved and
        before anything imports matplotlib (the .pdf sample is written with it), so their time is
        a first chart's, import included."""
        readers = {s: Step(_read(s), functools.partial(self.read_plan, s)) for s in samples.WRITERS}
        return [
            Step("Bản dịch tiếng Việt có trong bản cài", self.translation_file),
            Step(DB, self.create_database),
            *(step for s, step in readers.items() if s != ".pdf"),
            Step(IMPORT, self.import_plan, (DB, _read(".docx"))),
            Step(FIGS, self.save_figures, (IMPORT,)),
            *first_charts,
            readers[".pdf"],
            Step(CHARTS, self.draw_charts, (FIGS,)),
            Step("Xuất báo cáo Word (.docx)", self.report_docx, (FIGS,)),
            Step("Xuất báo cáo Excel (.xlsx)", self.report_xlsx, (FIGS,)),
            Step(BUNDLE, self.bundle, (FIGS,)),
            Step("Xuất và nhập gói đồng bộ mã hoá", self.sealed_bundle, (BUNDLE,)),
            Step("Sao lưu và kiểm tra bản sao lưu", self.backup, (FIGS,)),
        ]

    def close(self) -> None:
        """Release the databases (so the folder can be removed, on Windows too)."""
        for db in (self.db, self.db_b):
            if db is not None:
                db.close()

    # -- the checks -----------------------------------------------------------------------------
    def translation_file(self) -> str:
        folder = resources.files("kehoach_desktop.resources.translations")
        data = (folder / "kehoach_vi.qm").read_bytes()
        if VI_SAMPLE.encode("utf-16-be") not in data:  # a .qm stores translations in UTF-16BE
            raise CheckFailed(f"kehoach_vi.qm không có bản dịch «{VI_SAMPLE}»")
        return f"kehoach_vi.qm, {len(data)} byte"

    def create_database(self) -> str:
        from ..store.database import open_database
        from ..store.migrations import current_revision, head_revision
        from ..store.operations import init_commune

        self.db = open_database(str(self.folder / "a.db"))
        head, current = head_revision(), current_revision(self.db.engine)
        if current != head:
            raise CheckFailed(f"cơ sở dữ liệu ở phiên bản {current}, cần {head}")
        with self.db.write() as session:
            init_commune(session, self.db.installation_id, *COMMUNE, ACTOR)
        return f"SQLite, phiên bản {head}"

    def read_plan(self, suffix: str) -> str:
        from ..planimport.output import parse_plan_file

        path = samples.WRITERS[suffix](self.out)
        _doc, parsed = parse_plan_file(path)
        got = [(i.code, i.name, i.unit) for i in parsed.indicators]
        if got != samples.EXPECTED:
            raise CheckFailed(f"đọc được {got}, cần {samples.EXPECTED}")
        self.parsed[suffix] = parsed
        return f"{len(got)} chỉ tiêu"

    def import_plan(self) -> str:
        from ..planimport.output import to_draft
        from ..store.operations import adopt_plan, create_plan
        from ..store.plan_edit import confirm_flags
        from ..store.queries import commune

        draft = to_draft(self.parsed[".docx"], "ke-hoach.docx")
        with self.db.write() as session:
            place = commune(session)
            assert place is not None  # create_database made it
            row = create_plan(session, self.db.installation_id, place.id, draft, ACTOR)
            session.flush()
            # As an officer does after checking each reading against the text (plan confirm --all).
            for code, _name, _unit in samples.EXPECTED:
                confirm_flags(session, self.db.installation_id, row.id, code, ACTOR)
            adopt_plan(session, self.db.installation_id, row.id, ACTOR)
            self.plan_id = row.id
        return f"kế hoạch số {self.plan_id}, {len(draft.indicators)} chỉ tiêu"

    def save_figures(self) -> str:
        from ..store.queries import load_plan_data
        from ..store.values import ValueEntry, save_values

        entries = [ValueEntry(code, Period(PERIOD.year, m), v) for code, months in FIGURES.items() for m, v in months.items()]
        with self.db.write() as session:
            save_values(session, self.db.installation_id, self.plan_id, entries, ACTOR, accept_warnings=True)
        with self.db.read() as session:
            data = {d.indicator.code: d for d in load_plan_data(session, self.plan_id)}
        for code, months in FIGURES.items():
            stored = {m.month: m.value for m in data[code].values if m.year == PERIOD.year}
            if stored != months:
                raise CheckFailed(f"chỉ tiêu {code}: đọc lại {stored}, đã lưu {months}")
        return f"{len(entries)} số liệu"

    def plan_data(self) -> tuple[list[Any], list[Any], list[Any]]:
        """The plan's indicator data, groups and evaluations at the test period (for charts)."""
        from ..domain.evaluation import evaluate
        from ..store.queries import groups, load_plan_data

        with self.db.read() as session:
            data = load_plan_data(session, self.plan_id)
            plan_groups = groups(session, self.plan_id)
        return data, plan_groups, [evaluate(d, PERIOD) for d in data]

    def chart_builders(self) -> dict[str, Any]:
        """Every chart the app draws, by file name: a function drawing it into a figure."""
        from ..charts.detail import detail_figure
        from ..charts.overview import overview_figure, status_counts_figure
        from ..charts.path import path_figure

        data, plan_groups, evaluations = self.plan_data()
        return {
            "tong-quan": lambda fig: overview_figure(evaluations, plan_groups, fig),
            "trang-thai": lambda fig: status_counts_figure(evaluations, plan_groups, fig),
            "theo-thang": lambda fig: detail_figure(data[0], PERIOD, fig),
            "lo-trinh": lambda fig: path_figure(data[0], PERIOD, fig),
        }

    def draw_charts(self) -> str:
        from matplotlib.figure import Figure

        builders = self.chart_builders()
        for name, build in builders.items():
            fig = build(Figure())
            for fmt, magic in MAGIC.items():
                path = self.out / f"{name}.{fmt}"
                fig.savefig(str(path), format=fmt)
                check_file(path, magic)
        return f"{len(builders)} biểu đồ × {len(MAGIC)} định dạng"

    def _report(self) -> Any:
        from datetime import date

        from ..reports.load import load_report

        with self.db.read() as session:
            return load_report(session, PERIOD, date(2026, 4, 5), plan_id=self.plan_id)

    def report_docx(self) -> str:
        from docx import Document

        from ..reports.docx_writer import write_docx

        path = self.out / "bao-cao.docx"
        write_docx(self._report(), path)
        size = check_file(path, b"PK")
        doc = Document(str(path))
        text = "\n".join(p.text for p in doc.paragraphs)
        cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
        if "BÁO CÁO" not in text or samples.EXPECTED[0][1] not in cells:
            raise CheckFailed("báo cáo Word thiếu tiêu đề hoặc bảng chỉ tiêu")
        return f"{size} byte, {len(doc.inline_shapes)} biểu đồ"

    def report_xlsx(self) -> str:
        from openpyxl import load_workbook

        from ..reports.xlsx_writer import write_xlsx

        path = self.out / "bao-cao.xlsx"
        write_xlsx(self._report(), path)
        size = check_file(path, b"PK")
        book = load_workbook(str(path), read_only=True)
        try:
            values = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
        finally:
            book.close()
        if not any(samples.EXPECTED[0][1] in v for v in values):
            raise CheckFailed("báo cáo Excel thiếu bảng chỉ tiêu")
        return f"{size} byte, {len(book.sheetnames)} trang tính"

    def _count_values(self, db: Any) -> int:
        from sqlalchemy import func, select

        from ..store.schema import ValueRow

        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(ValueRow)) or 0)

    def bundle(self) -> str:
        from ..store.database import open_database
        from ..sync.export import export_bundle, own_public_key
        from ..sync.importer import import_bundle
        from ..sync.trust import trust_key

        self.db_b = open_database(str(self.folder / "b.db"))
        with self.db.write() as session:
            trust_key(session, self.db.installation_id, own_public_key(self.db_b), ACTOR)
        with self.db_b.write() as session:
            trust_key(session, self.db_b.installation_id, own_public_key(self.db), ACTOR)
        path = self.out / "goi.kehoach"
        export_bundle(self.db, path, actor=ACTOR, full=True, to=own_public_key(self.db_b))
        result = import_bundle(self.db_b, path, actor=ACTOR)
        sent, got = self._count_values(self.db), self._count_values(self.db_b)
        if result.status != "imported" or got != sent:
            raise CheckFailed(f"máy nhận có {got} số liệu, máy gửi có {sent} ({result.status})")
        return f"{path.stat().st_size} byte, {got} số liệu sang máy thứ hai"

    def sealed_bundle(self) -> str:
        from ..store.values import ValueEntry, save_values
        from ..sync.export import export_bundle, own_public_key
        from ..sync.importer import import_bundle
        from ..sync.verify import open_bundle

        value = Decimal("1500")
        with self.db.write() as session:
            save_values(session, self.db.installation_id, self.plan_id,
                        [ValueEntry("1", Period(PERIOD.year, 4), value)], ACTOR, accept_warnings=True)
        path = self.out / "goi-ma-hoa.kehoach"
        export_bundle(self.db, path, actor=ACTOR, to=own_public_key(self.db_b), encrypt=True)
        if not open_bundle(path).encrypted:
            raise CheckFailed("gói không được mã hoá")
        result = import_bundle(self.db_b, path, actor=ACTOR)
        arrived = [c for c in result.summary.changes if c.indicator_code == "1" and c.month == 4]
        if result.status != "imported" or not arrived or arrived[0].new_value != value:
            raise CheckFailed(f"số liệu mã hoá không đến máy nhận ({result.status})")
        return f"{path.stat().st_size} byte, mã hoá cho máy nhận"

    def backup(self) -> str:
        return make_and_verify_backup(Path(str(self.db.url.database)), self.folder / "backups")

"""Benchmark of the official report: the demo commune's annual report as .docx (and .xlsx) with charts."""

from __future__ import annotations

import io
import time
from datetime import date
from pathlib import Path

from timing import median_seconds, repeats, result

from kehoach_desktop.demo import install_demo
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.reports.docx_writer import write_docx
from kehoach_desktop.reports.load import load_report
from kehoach_desktop.reports.xlsx_writer import write_xlsx
from kehoach_desktop.store.database import open_database


def report_annual(folder: Path) -> dict:
    """Loading the 2026 report, writing the .docx with its two charts and the .xlsx, vs python-docx
    writing a document of as many paragraphs and a table of the same size, without charts."""
    from docx import Document

    db = open_database(str(folder / "demo.db"))
    install_demo(db)
    period, issued = Period.whole_year(2026), date(2027, 1, 5)
    parts: dict[str, list[float]] = {"load": [], "docx": [], "xlsx": []}

    def ours(i: int) -> None:
        t0 = time.perf_counter()
        with db.read() as s:
            report = load_report(s, period, issued)
        t1 = time.perf_counter()
        write_docx(report, folder / "bao-cao-nam-2026.docx")
        t2 = time.perf_counter()
        write_xlsx(report, folder / "bao-cao-nam-2026.xlsx")
        t3 = time.perf_counter()
        if i >= 0:
            parts["load"].append(t1 - t0)
            parts["docx"].append(t2 - t1)
            parts["xlsx"].append(t3 - t2)

    value = median_seconds(ours, repeat=repeats(7, 2), warmup=1)
    db.close()

    written = Document(str(folder / "bao-cao-nam-2026.docx"))
    texts = [p.text for p in written.paragraphs]
    shape = [[c.text for c in row.cells] for row in written.tables[2].rows]

    def bare(_: int) -> None:
        doc = Document()
        for text in texts:
            doc.add_paragraph(text)
        table = doc.add_table(rows=len(shape), cols=len(shape[0]))
        for row, cells in zip(table.rows, shape):
            for cell, text in zip(row.cells, cells):
                cell.text = text
        doc.save(io.BytesIO())

    floor = median_seconds(bare, repeat=repeats(7, 2), warmup=1)

    def median(xs: list[float]) -> float:
        return sorted(xs)[len(xs) // 2] if xs else 0.0

    return result(value, "s", floor, "value < 2 s", paragraphs=len(texts), table=f"{len(shape)}x{len(shape[0])}",
                  load_s=round(median(parts["load"]), 3), docx_s=round(median(parts["docx"]), 3),
                  xlsx_s=round(median(parts["xlsx"]), 3))

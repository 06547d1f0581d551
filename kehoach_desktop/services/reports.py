"""Reports: read a preview, keep the officer's texts, export a file, the commune's report settings.

Every function takes the open ``Database`` and returns plain data. The prose and the two writers
are imported when first used: they may be missing from an older build, and the writers bring
python-docx, openpyxl and matplotlib (seconds to import) only when a file is actually written.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.periods import Period, PeriodKind
from ..reports.content import Report
from ..domain.report_settings import ReportSettings
from ..store.database import Database
from .changes import Changes, Outcome

#: The formats a report is written in: extension -> (module, writer function).
WRITERS = {".docx": ("kehoach_desktop.reports.docx_writer", "write_docx"),
           ".xlsx": ("kehoach_desktop.reports.xlsx_writer", "write_xlsx")}


@dataclass(frozen=True)
class Preview:
    """A report read for the screen: its content and its generated text."""

    plan_id: int
    period: Period
    report: Report
    #: ``reports.prose.Section`` items (heading, paragraphs, level).
    sections: tuple[Any, ...]


@dataclass(frozen=True)
class Exported:
    """A report file written: where, and the number it carries."""

    path: Path
    number_text: str
    took_number: bool


def writer(suffix: str) -> Any | None:
    """The writer function for ``.docx`` or ``.xlsx`` (imported on first export), None for another suffix."""
    if suffix not in WRITERS:
        return None
    module_name, name = WRITERS[suffix]
    return getattr(importlib.import_module(module_name), name)


def load_preview(db: Database, plan_id: int, period: Period, issued_on: date) -> Preview:
    """The report on ``period`` of ``plan_id`` dated ``issued_on``, with its generated text."""
    from ..reports.load import load_report

    with db.read() as session:
        report = load_report(session, period, issued_on, plan_id=plan_id)
    from ..reports.prose import body

    return Preview(plan_id, period, report, tuple(body(report)))


def save_texts(
    db: Database, plan_id: int, period: Period, texts: Mapping[str, str], actor: str,
) -> Outcome[dict[str, str]]:
    """Keep the officer's texts of ``period`` (one transaction); returns them as stored."""
    from ..store.report_settings import report_texts, save_report_text

    with db.write() as session:
        for section, text in texts.items():
            save_report_text(session, db.installation_id, plan_id, period, section, text, actor)
        session.flush()
        stored = report_texts(session, plan_id, period)
    return Outcome(stored, Changes())  # the texts are the page's own: no other screen shows them


def export_report(
    db: Database, plan_id: int | None, period: Period, issued_on: date, path: Path, take_number: bool,
    texts: Mapping[str, str] | None, actor: str,
) -> Outcome[Exported]:
    """Write the report to ``path`` (.docx or .xlsx), saving ``texts`` first when given.

    With ``take_number`` the number is counted as used in the same transaction as the texts: a
    file that could not be written leaves the counter where it was. That is why the file is written
    here, inside the transaction on the database lane, and not on the GUI's file lane.
    """
    from ..reports.load import load_report
    from ..store.report_settings import save_report_text, take_report_number

    write = writer(path.suffix.lower())
    if write is None:
        from ..domain.errors import UserError

        raise UserError(f"Báo cáo chỉ xuất ra tệp .docx hoặc .xlsx (không xuất được «{path.suffix.lower()}»).", "format")
    with db.write() as session:
        plan = _plan_row(session, plan_id)
        for section, text in (texts or {}).items():
            save_report_text(session, db.installation_id, plan.id, period, section, text, actor)
        session.flush()
        number = take_report_number(session, db.installation_id, plan.commune_id, actor) if take_number else None
        report = load_report(session, period, issued_on, plan_id=plan.id, number_text=number)
        write(report, path)  # atomic: a failed write leaves nothing under the name
    return Outcome(Exported(path, report.number_text, number is not None), Changes(report_settings=number is not None))


def _plan_row(session: Any, plan_id: int | None) -> Any:
    from ..store.queries import current_plan

    return current_plan(session, plan_id)


# -- settings (Cài đặt, Báo cáo tab) ---------------------------------------------------------------
@dataclass(frozen=True)
class SettingsView:
    """A commune's report settings with what the form needs around them."""

    commune_id: int | None
    commune_name: str
    settings: ReportSettings


def _commune_row(session: Any, plan_id: int | None) -> Any:
    from ..store.queries import commune
    from ..store.schema import CommuneRow

    if plan_id is not None:
        plan = _plan_row(session, plan_id)
        return session.get(CommuneRow, plan.commune_id)
    return commune(session)


def load_settings(db: Database, plan_id: int | None) -> SettingsView:
    """The report settings of the commune of ``plan_id`` (or of this database's commune)."""
    from ..store.report_settings import report_settings

    with db.read() as session:
        row = _commune_row(session, plan_id)
        if row is None:
            return SettingsView(None, "", ReportSettings())
        return SettingsView(row.id, row.name, report_settings(session, row.id))


def save_settings(db: Database, commune_id: int, settings: ReportSettings, actor: str) -> Outcome[ReportSettings]:
    """Check and store the settings (UserError naming the refused field)."""
    from ..store.report_settings import save_report_settings

    with db.write() as session:
        saved = save_report_settings(session, db.installation_id, commune_id, settings, actor)
    return Outcome(saved, Changes(report_settings=True))


# -- file names ------------------------------------------------------------------------------------
_ROMAN = ("I", "II", "III", "IV")


def period_slug(period: Period) -> str:
    """``thang-09-2026``, ``quy-III-2026``, ``6-thang-dau-nam-2026``, ``9-thang-2026``, ``nam-2026``."""
    kind = period.kind
    if kind is PeriodKind.MONTH:
        return f"thang-{period.month:02d}-{period.year}"
    if kind is PeriodKind.QUARTER:
        return f"quy-{_ROMAN[period.month // 3 - 1]}-{period.year}"
    if kind is PeriodKind.HALF:
        return f"6-thang-{'dau' if period.month == 6 else 'cuoi'}-nam-{period.year}"
    if kind is PeriodKind.NINE_MONTHS:
        return f"9-thang-{period.year}"
    return f"nam-{period.year}"


def ascii_words(text: str) -> str:
    """``Xã Đồng Tâm (dữ liệu mẫu)`` -> ``XaDongTam``: accents dropped, brackets left out, words joined."""
    text = re.sub(r"\([^)]*\)", " ", text).replace("Đ", "D").replace("đ", "d")
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", plain))


def suggested_name(period: Period, commune_name: str, suffix: str) -> str:
    """``BC-thang-09-2026-XaDongTam.docx``."""
    commune = ascii_words(commune_name)
    return f"BC-{period_slug(period)}{'-' + commune if commune else ''}{suffix}"


def texts_changed(saved: Mapping[str, str], typed: Mapping[str, str], sections: Sequence[str]) -> dict[str, str]:
    """The sections whose typed text differs from the saved one (spaces around ignored, as the store does)."""
    return {s: typed.get(s, "") for s in sections if typed.get(s, "").strip() != saved.get(s, "").strip()}

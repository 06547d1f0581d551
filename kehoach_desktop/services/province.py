"""Province mode's use cases: the communes' list, the completeness matrix, one indicator compared.

Each opens its own transaction on the ``Database`` and returns plain data (``province/``'s
dataclasses); the import returns an ``Outcome`` naming what changed. The GUI's Tỉnh page and
``kehoach province ...`` call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.periods import Period
from ..province.communes import CommunesImported, ProvinceCommune, import_communes as _import, province_communes
from ..province.communes_file import CommuneEntry, read_communes_file
from ..province.compare import Comparison, SortKey, compare, indicator_choices
from ..province.matrix import Matrix, build_matrix, sorted_matrix
from ..store.database import Database
from ..store.province_settings import deadline_day as stored_deadline, set_deadline_day
from .changes import Changes, Outcome

if TYPE_CHECKING:
    from ..province.profile import Profile
    from ..reports.province_report import ProvinceReport


def read_communes(path: Path) -> list[CommuneEntry]:
    """The communes listed in a .xlsx or .csv file (no database: the file lane)."""
    return read_communes_file(path)


def import_communes(db: Database, path: Path, actor: str) -> Outcome[CommunesImported]:
    """Read the list and store it in one transaction; the file is read before anything is written."""
    entries = read_communes_file(path)
    with db.write() as session:
        result = _import(session, db.installation_id, entries, actor)
    changed = bool(result.added or result.renamed)
    return Outcome(result, Changes(commune=changed))


def list_communes(db: Database) -> list[ProvinceCommune]:
    """The province's communes by code, with the plan their figures are read from."""
    with db.read() as session:
        return province_communes(session)


def load_matrix(
    db: Database, years: Sequence[int], deadline_day: int | None = None, today: date | None = None,
    sort: str = "code", only_late: bool = False,
) -> Matrix:
    """The completeness matrix of ``years``, communes in ``sort`` order (``matrix.SORTS``).

    ``deadline_day`` None: the province's stored deadline (``store.province_settings``).
    ``only_late``: only the communes with a month late or overdue; the monthly rates still count
    every commune.
    """
    with db.read() as session:
        day = stored_deadline(session) if deadline_day is None else deadline_day
        matrix = sorted_matrix(build_matrix(session, years, day, today), sort)
    if only_late:
        matrix = replace(matrix, rows=tuple(row for row in matrix.rows if row.late))
    return matrix


def load_deadline(db: Database) -> int:
    """The province's deadline day (the default, 25, until an administrator sets one)."""
    with db.read() as session:
        return stored_deadline(session)


def save_deadline(db: Database, day: int, actor: str) -> Outcome[int]:
    """Store the province's deadline day (province's computer only; audited); the day stored."""
    with db.write() as session:
        new = set_deadline_day(session, db.installation_id, actor, day)[1]
    # The matrix is the only reader, and the page that saves reloads it: no screen needs a Changes.
    return Outcome(new, Changes())


def export_matrix(
    db: Database, years: Sequence[int], path: Path, deadline_day: int | None = None,
    today: date | None = None, sort: str = "code", only_late: bool = False,
) -> Matrix:
    """The matrix, written to ``path`` (.xlsx) as well."""
    from ..province.matrix_xlsx import write_matrix_xlsx

    matrix = load_matrix(db, years, deadline_day, today, sort, only_late)
    label = ", ".join(str(y) for y in sorted(set(years)))
    write_matrix_xlsx(matrix, path, f"TÌNH HÌNH BÁO CÁO SỐ LIỆU CỦA CÁC XÃ NĂM {label}")
    return matrix


def load_comparison(db: Database, code: str, period: Period, sort: SortKey = SortKey.CODE) -> Comparison:
    """Indicator ``code`` across the communes for ``period``, with the province total and how it was made."""
    with db.read() as session:
        return compare(session, code, period, sort)


def list_indicators(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the indicators the communes' plans hold, for choosing one to compare."""
    with db.read() as session:
        plans = [c.plan_id for c in province_communes(session) if c.plan_id is not None]
        return indicator_choices(session, plans)


def province_report(
    db: Database, period: Period, issued_on: date, deadline_day: int | None = None, number: int | None = None,
) -> ProvinceReport:
    """The province's report on ``period`` as plain data (refused on a commune's computer).

    ``deadline_day`` None: the province's stored deadline, as the matrix uses.
    """
    from ..province.report import build_province_report

    with db.read() as session:
        day = stored_deadline(session) if deadline_day is None else deadline_day
        return build_province_report(session, db.installation_id, period, issued_on, day, number)


def export_province_report(
    db: Database, period: Period, path: Path, fmt: str, issued_on: date, deadline_day: int | None = None,
    number: int | None = None, appendix: str = "totals",
) -> ProvinceReport:
    """Write the province's report on ``period`` to ``path`` as ``fmt`` (docx or xlsx), atomically.

    Everything is read before the file is opened; a file that cannot be written leaves nothing
    behind (``reports.files.save_document``) and raises a UserError saying what to do.
    """
    report = province_report(db, period, issued_on, deadline_day, number)
    if fmt == "docx":
        from ..reports.province_docx import write_province_docx

        write_province_docx(report, path, appendix)
    else:
        from ..reports.province_xlsx import write_province_report_xlsx

        write_province_report_xlsx(report, path)
    return report


def commune_profile(db: Database, code: str, year: int) -> Profile:
    """One commune's indicators over the months of ``year`` (see ``province.profile``)."""
    from ..province.profile import build_profile

    with db.read() as session:
        return build_profile(session, code, year)
def check_summaries(db: Database) -> int:
    """How many months' summaries differ from the figures and revisions (0: the matrix is exact).

    Reads every figure and revision: a maintenance check, not something a screen runs.
    """
    from ..store.month_summary import differences

    with db.read() as session:
        return len(differences(session))


def rebuild_summaries(db: Database, actor: str) -> Outcome[tuple[int, int]]:
    """Recompute every month summary from the figures and revisions, in one transaction, with an
    audit event; (months that differed before, months summarised now)."""
    from ..store.month_summary import differences, rebuild
    from ..store.operations import audit

    with db.write() as session:
        wrong = len(differences(session))
        months = rebuild(session)
        audit(session, db.installation_id, actor, "summary.rebuild", "month_summaries", "*", differed=wrong, months=months)
    return Outcome((wrong, months), Changes())  # no figure changes; only what the matrix reads

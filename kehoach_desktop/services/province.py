"""Province mode's use cases: the communes' list, the completeness matrix, one indicator compared.

Each opens its own transaction on the ``Database`` and returns plain data (``province/``'s
dataclasses); the import returns an ``Outcome`` naming what changed. The GUI's Tỉnh page and
``kehoach province ...`` call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..domain.periods import Period
from ..province.communes import CommunesImported, ProvinceCommune, import_communes as _import, province_communes
from ..province.communes_file import CommuneEntry, read_communes_file
from ..province.compare import Comparison, SortKey, compare, indicator_choices
from ..province.matrix import DEFAULT_DEADLINE_DAY, Matrix, build_matrix, sorted_matrix
from ..store.database import Database
from .changes import Changes, Outcome


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
    db: Database, years: Sequence[int], deadline_day: int = DEFAULT_DEADLINE_DAY, today: date | None = None,
    sort: str = "code",
) -> Matrix:
    """The completeness matrix of ``years``, communes in ``sort`` order (``matrix.SORTS``)."""
    with db.read() as session:
        return sorted_matrix(build_matrix(session, years, deadline_day, today), sort)


def export_matrix(
    db: Database, years: Sequence[int], path: Path, deadline_day: int = DEFAULT_DEADLINE_DAY,
    today: date | None = None, sort: str = "code",
) -> Matrix:
    """The matrix, written to ``path`` (.xlsx) as well."""
    from ..province.matrix_xlsx import write_matrix_xlsx

    matrix = load_matrix(db, years, deadline_day, today, sort)
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

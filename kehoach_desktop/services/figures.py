"""A year's monthly figures out to an Excel sheet and back in (the entry page's Excel menu).

The CLI's ``value export-xlsx|import-xlsx`` read and write the same sheet through
``store.figures``; these wrap it for the GUI: one transaction each, and what an import changed.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from ..domain.access import User
from ..store.database import Database
from .changes import Changes, Outcome

if TYPE_CHECKING:  # openpyxl (about 30 MB) loads when a sheet is first read or written, not at login
    from ..store.figures import FiguresImport


def export_year(db: Database, plan_id: int, year: int, path: Path) -> int:
    """Write the year's figures (every month, kind and note) at ``path``; how many were written."""
    from ..planimport.figures_xlsx import write_figures_xlsx
    from ..store.figures import year_figures
    from ..store.queries import commune, current_plan

    with db.read() as session:
        lines = year_figures(session, plan_id, year)
        title, row = current_plan(session, plan_id).title or "", commune(session)
        name = row.name if row else None
    write_figures_xlsx(lines, path, year, title, name)
    return len(lines)


def import_year(
    db: Database, path: Path, plan_id: int, user: User, year: int, dry_run: bool,
) -> Outcome[FiguresImport]:
    """Try (``dry_run``: nothing kept) or do the import as ``user``; a sheet naming no year is ``year``'s."""
    from ..store.figures import import_figures_file

    result = import_figures_file(db, path, plan_id, user, None if dry_run else year, accept_warnings=not dry_run,
                                 dry_run=dry_run, default_year=year)
    if dry_run:
        return Outcome(result)
    return Outcome(result, Changes(cells=frozenset((c.code, c.period) for c in result.changes)))

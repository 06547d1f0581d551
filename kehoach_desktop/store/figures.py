"""A year's monthly figures out to Excel and back in: what the sheet holds, and the import.

``year_figures`` reads every recorded figure of a plan's year as sheet lines (document order,
month by month). ``import_figures`` writes a sheet's lines through ``save_values`` — the grid's
own checks, revisions and audit events — in the caller's transaction; ``import_figures_file``
reads the file and does it in one transaction, or only tries it (``dry_run``: a preview that
rolls back). An empty cell never clears a figure, and a note is written only when the row has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.access import User
from ..domain.errors import UserError
from ..domain.periods import Period
from ..planimport.figures_xlsx import FigureLine, read_figures_xlsx
from .database import Database
from .queries import load_plan_data
from .schema import IndicatorRow
from .values import ValidationFailed, ValueChange, ValueEntry, save_values, save_values_as

#: Unknown codes listed in one message at most.
MAX_LISTED = 10


def year_figures(session: Session, plan_id: int, year: int) -> list[FigureLine]:
    """Every figure recorded in ``year`` for the plan's indicators, in document order then by month."""
    lines = []
    for data in load_plan_data(session, plan_id):
        ind = data.indicator
        for v in data.values:
            if v.year == year and v.value is not None:
                lines.append(FigureLine(ind.code, v.month, v.value, v.kind, v.note, ind.name, ind.unit))
    return lines


@dataclass(frozen=True)
class FiguresImport:
    """What an import did (or, tried as a preview, would do)."""

    year: int
    #: Rows with a figure read from the sheet.
    rows: int
    changes: list[ValueChange]
    #: Doubts the grid would ask about (a figure far from the other months...), confirmed or not.
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def unchanged(self) -> int:
        """Rows whose figure, kind and note were already so."""
        return self.rows - len(self.changes)


def import_figures(
    session: Session, installation_id: str, plan_id: int, year: int, lines: Sequence[FigureLine], actor: str | User,
    accept_warnings: bool = False,
) -> list[ValueChange]:
    """Write ``lines`` as the year's figures (refusing codes the plan does not have); the changes made.

    ``actor`` a logged-in ``User``: refused for indicators their role may not enter (as the grid).
    """
    codes = set(session.scalars(select(IndicatorRow.code).where(IndicatorRow.plan_id == plan_id)))
    unknown = [line for line in lines if line.code not in codes]
    if unknown:
        listed = "; ".join(f"dòng {line.row}: {line.code}" if line.row else line.code for line in unknown[:MAX_LISTED])
        more = f" và {len(unknown) - MAX_LISTED} dòng khác" if len(unknown) > MAX_LISTED else ""
        raise UserError(f"Kế hoạch không có chỉ tiêu mang mã này ({listed}{more}). Hãy sửa mã theo danh sách chỉ tiêu "
                        "(kehoach indicator list) rồi nhập lại; chưa có số liệu nào được ghi.", "file")
    entries = [
        ValueEntry(line.code, Period(year, line.month), line.value, line.kind, line.note, set_note=line.note is not None)
        for line in lines
    ]
    if isinstance(actor, User):
        return save_values_as(session, installation_id, plan_id, entries, actor, accept_warnings=accept_warnings)
    return save_values(session, installation_id, plan_id, entries, actor, accept_warnings=accept_warnings)


class _Preview(Exception):
    """Raised inside the transaction of a dry run so that it rolls back."""

    def __init__(self, changes: list[ValueChange]) -> None:
        super().__init__("preview")
        self.changes = changes


def import_figures_file(
    db: Database, path: Path, plan_id: int, actor: str | User, year: int | None = None, accept_warnings: bool = False,
    dry_run: bool = False, default_year: int | None = None,
) -> FiguresImport:
    """Read the sheet at ``path`` and import it in one transaction (``dry_run``: try it, keep nothing).

    A dry run reports the doubts the grid would ask about as ``warnings`` (and counts as if they
    were confirmed); a real import refuses them unless ``accept_warnings``. ``year`` is required of
    the file; ``default_year`` only stands in for a sheet that says none.
    """
    file_year, lines = read_figures_xlsx(Path(path), year, default_year)
    warnings: list[str] = []

    def attempt(accept: bool) -> list[ValueChange]:
        try:
            with db.write() as session:
                changes = import_figures(session, db.installation_id, plan_id, file_year, lines, actor, accept)
                if dry_run:
                    raise _Preview(changes)
                return changes
        except _Preview as preview:
            return preview.changes

    try:
        changes = attempt(accept_warnings)
    except ValidationFailed as exc:
        if not (dry_run and exc.only_warnings):
            raise
        warnings = str(exc).splitlines()
        changes = attempt(True)
    return FiguresImport(file_year, len(lines), changes, warnings, dry_run)

"""Revision rows: the one place that writes the ``value_revisions`` table.

A revision is one change to a monthly figure, made on one installation and numbered there. Three
operations create them, and all three insert through ``add_revisions``:

* a typed figure (``store.values.save_values``), which also writes the figure in effect itself;
* a bundle's merge (``sync.merge``), which then recomputes the figures with ``store.cells.refresh_cells``;
* a leader's choice between versions (``sync.conflicts.resolve_conflict``), which does the same.

The two ways of writing the figure in effect must agree: ``tests/test_write_paths_properties.py``
checks, over any sequence of edits, merges, approvals and choices, that the figures
``save_values`` writes are exactly what ``refresh_cells`` computes from the revisions held, and
that ``month_summaries`` (``store.month_summary``, refreshed for the months noted here) is what
the figures and revisions say.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TypedDict

from sqlalchemy.orm import Session

from ..domain.model import ValueKind
from .bulk import bulk_insert
from .month_summary import note_cells, note_months
from .schema import RevisionRow, table_of


class NewRevision(TypedDict):
    """One revision to insert: the cell, the figure before and after, who, when, where.

    ``vv`` is the stored version vector of the revisions of the cell its writer had seen, this
    one included (``installation_id`` at ``seq``): the rule ``store.cells.resolve`` relies on.
    """

    indicator_id: int
    year: int
    month: int
    old_value: Decimal | None
    new_value: Decimal | None
    old_kind: ValueKind | None
    new_kind: ValueKind
    old_note: str | None
    new_note: str | None
    actor: str
    at: datetime
    installation_id: str
    seq: int
    vv: str


def add_revisions(session: Session, revisions: Sequence[NewRevision], plan_id: int | None = None) -> None:
    """Insert ``revisions`` in the session's transaction (one multi-row statement).

    Their months are noted for ``store.month_summary``, refreshed when the transaction commits;
    ``plan_id``, when every revision is of that plan's indicators, spares the look-up of their plans.
    """
    bulk_insert(session, table_of(RevisionRow), revisions)
    if plan_id is not None:
        note_months(session, {(plan_id, r["year"], r["month"]) for r in revisions})
    else:
        note_cells(session, {(r["indicator_id"], r["year"], r["month"]) for r in revisions})

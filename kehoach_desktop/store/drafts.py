"""Unsaved grid edits kept on disk, so a crash or power cut loses nothing typed.

One small JSON file per database, user, plan and month under ``<data>/drafts``; written on
every edit (a few hundred bytes, atomically) and deleted once the edits are saved or dropped.
Drafts are not figures: they never enter the database until the officer saves them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..domain.model import ValueKind
from ..domain.numbers import to_plain
from ..domain.periods import Period
from ..safefile import read_json, write_json
from ..paths import data_dir


@dataclass(frozen=True)
class DraftEdit:
    """One unsaved cell edit: the figure (None = cleared), its kind, and its note if edited."""

    value: Decimal | None
    kind: ValueKind = ValueKind.ESTIMATE
    note: str | None = None
    set_note: bool = False
    value_set: bool = True


def draft_path(db_name: str, username: str, plan_id: int, period: Period, folder: Path | None = None) -> Path:
    """Where the draft of this database/user/plan/month lives."""
    digest = hashlib.sha1(db_name.encode("utf-8")).hexdigest()[:12]
    return (folder or data_dir()) / "drafts" / f"{digest}-{username}-{plan_id}-{period}.json"


def save_draft(path: Path, edits: dict[str, DraftEdit]) -> None:
    """Keep ``edits`` (by indicator code); an empty dict removes the draft."""
    if not edits:
        path.unlink(missing_ok=True)
        return
    write_json(path, {
        code: {
            "value": None if e.value is None else to_plain(e.value), "kind": e.kind.value,
            "note": e.note, "set_note": e.set_note, "value_set": e.value_set,
        }
        for code, e in edits.items()
    })


def load_draft(path: Path) -> dict[str, DraftEdit]:
    """The edits kept in ``path`` (empty when none or unreadable)."""
    data = read_json(path)
    if not isinstance(data, dict):
        return {}
    edits: dict[str, DraftEdit] = {}
    for code, item in data.items():
        try:
            value = None if item.get("value") is None else Decimal(item["value"])
            edits[str(code)] = DraftEdit(
                value, ValueKind(item.get("kind", "estimate")), item.get("note"),
                bool(item.get("set_note")), bool(item.get("value_set", True)),
            )
        except (AttributeError, InvalidOperation, ValueError, TypeError):
            continue  # one damaged entry must not cost the others
    return edits

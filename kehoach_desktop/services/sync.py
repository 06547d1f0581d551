"""Sync bundles and keys: what the Đồng bộ page shows, import, export, trust, conflicts.

The checks and the merge live in ``sync/``; these functions add the transaction where one is
missing and say what changed, so the GUI and the CLI tell the same story.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.access import User
from ..domain.errors import UserError
from ..domain.periods import Period
from .changes import Changes, Outcome
from .setup import SessionInfo, session_info

if TYPE_CHECKING:
    from ..store.database import Database
    from ..sync.batch import FileOutcome
    from ..sync.conflicts import Conflict
    from ..sync.export import ExportResult
    from ..sync.history import BundleRecord
    from ..sync.importer import ImportResult, Preview
    from ..sync.keys import PublicKey
    from ..sync.trust import TrustedKey
    from ..store.plan_join import JoinResult, PlanTwin

#: ``progress(step, total)`` while a bundle is written.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncData:
    """This PC's key, the keys it trusts, the bundles it sent and received, the open conflicts."""

    own: PublicKey
    trusted: list[TrustedKey]
    history: list[BundleRecord]
    conflicts: list[Conflict]
    communes: list[tuple[str, str]]


@dataclass(frozen=True)
class Imported:
    """A bundle imported, and the session to switch to when it brought plans (else None)."""

    result: ImportResult
    session: SessionInfo | None


def load(db: Database, plan_id: int | None) -> SyncData:
    """Everything the Đồng bộ page shows."""
    from sqlalchemy import select

    from ..store.schema import CommuneRow
    from ..sync.conflicts import list_conflicts
    from ..sync.export import own_public_key
    from ..sync.history import bundle_history
    from ..sync.trust import trusted_keys

    own = own_public_key(db)
    with db.read() as session:
        communes = [(r.code, r.name) for r in session.scalars(select(CommuneRow).order_by(CommuneRow.code))]
        return SyncData(own, trusted_keys(session), bundle_history(session), list_conflicts(session, plan_id), communes)


def recipient_key(db: Database, installation_id: str) -> PublicKey:
    """The trusted public key of ``installation_id``, as ``export_bundle`` wants it."""
    from ..store.schema import TrustedKeyRow
    from ..sync.keys import PublicKey, unb64

    with db.read() as session:
        row = session.get(TrustedKeyRow, installation_id)
        if row is None:
            raise UserError("Khóa của máy nhận không còn được tin cậy.", "key")
        return PublicKey(
            row.installation_id, row.name, row.scope, row.commune_code,
            unb64(row.sign_public, "Khóa ký"), unb64(row.box_public, "Khóa mã hoá"),
        )


def preview(db: Database, path: Path, accept_fingerprint: str | None) -> Preview:
    """Every check and the merge, rolled back: what importing ``path`` would change."""
    from ..sync.importer import preview_bundle

    return preview_bundle(db, path, accept_fingerprint=accept_fingerprint)


def import_changes(result: ImportResult) -> Changes:
    """What an import changed: its figures and conflicts, the months of its month events, plans, sync lists."""
    s = result.summary
    if result.status == "duplicate":
        return Changes()
    cells = frozenset((c.indicator_code, Period(c.year, c.month)) for c in [*s.changes, *s.conflicts])
    months = frozenset(Period(year, month) for year, month in s.event_months)
    return Changes(cells=cells, months=months, plan=bool(s.plans_added or s.plans_updated), sync=True)


def import_bundle(
    db: Database, path: Path, actor: str, accept_fingerprint: str | None, keep_plan: int | None,
) -> Outcome[Imported]:
    """Import ``path`` in one transaction; when it brought plans, the session to work on after it."""
    from ..sync.importer import import_bundle as sync_import

    result = sync_import(db, path, actor=actor, accept_fingerprint=accept_fingerprint)
    changes = import_changes(result)
    info = session_info(db, keep_plan) if changes.plan else None
    return Outcome(Imported(result, info), changes)


def import_files(
    db: Database, names: list[Path], actor: str, accept_fingerprint: str | None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> Outcome[list[FileOutcome]]:
    """Import files and folders' bundle files (a province's batch), one durable commit per batch
    of bundles, each bundle all-or-nothing, each file with its own result (``sync.batch``)."""
    from ..sync.batch import bundle_files
    from ..sync.batch import import_files as sync_import_files

    outcomes = sync_import_files(db, bundle_files(names), actor=actor, accept_fingerprint=accept_fingerprint,
                                 progress=progress)
    changes = Changes()
    for o in outcomes:
        if o.result is not None and o.status == "imported":
            changes = changes | import_changes(o.result)
    return Outcome(outcomes, changes)


def export(
    db: Database, path: Path, *, actor: str, full: bool, recipient: str | None, encrypt: bool,
    commune_code: str | None, kind: str, progress: Progress | None = None,
) -> Outcome[ExportResult]:
    """Write a bundle (for ``recipient``'s trusted key when one is named) and record it as sent."""
    from ..sync.export import export_bundle

    to = recipient_key(db, recipient) if recipient else None
    step = progress or (lambda _i, _n: None)
    result = export_bundle(
        db, path, actor=actor, full=full, to=to, encrypt=encrypt, commune_code=commune_code, kind=kind,
        progress=lambda i, n, _text: step(i, n),
    )
    return Outcome(result, Changes(sync=True))


def trust(db: Database, key: PublicKey, actor: str, commune: str | None = None) -> Outcome[None]:
    """Trust another PC's key (its fingerprint confirmed by a person), for ``commune`` if given."""
    from ..sync.trust import trust_key

    with db.write() as session:
        trust_key(session, db.installation_id, key, actor, commune)
    return Outcome(None, Changes(sync=True))


def revoke(db: Database, installation_id: str, actor: str) -> Outcome[None]:
    """Stop trusting the key of ``installation_id``."""
    from ..sync.trust import revoke_key

    with db.write() as session:
        revoke_key(session, db.installation_id, installation_id, actor)
    return Outcome(None, Changes(sync=True))


def keep_version(db: Database, conflict: Conflict, choice: tuple[str, int], user: User) -> Outcome[None]:
    """Keep the version ``choice`` (installation id, number) of the figure in ``conflict``."""
    from ..sync.conflicts import resolve_conflict

    with db.write() as session:
        resolve_conflict(session, db.installation_id, conflict.indicator_id, conflict.year, conflict.month,
                         choice=choice, user=user)
    period = Period(conflict.year, conflict.month)
    return Outcome(None, Changes(
        cells=frozenset({(conflict.indicator_code, period)}),
        months=frozenset({period}) if conflict.locked else frozenset(), sync=True,
    ))


def plan_twins(db: Database) -> list[PlanTwin]:
    """Second adopted copies of a plan (the same plan set up on two PCs), found after an import."""
    from ..store.plan_join import plan_twins as twins

    with db.read() as session:
        return twins(session)


@dataclass(frozen=True)
class Joined:
    """A copy of the plan joined into the kept one, and the session to go on with."""

    result: JoinResult
    session: SessionInfo


def join_twin(db: Database, other_id: int, keep_id: int, actor: str) -> Outcome[Joined]:
    """Move the copy's figures into the kept plan (where it has none) and turn the copy back into a draft."""
    from ..store.plan_join import join_plan

    with db.write() as session:
        result = join_plan(session, db.installation_id, other_id, keep_id, actor)
    return Outcome(Joined(result, session_info(db, keep_id)), Changes(plan=True))

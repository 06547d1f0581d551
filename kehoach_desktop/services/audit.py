"""The audit trail (Nhật ký): who did what, read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.audit_log import AuditEvent
    from ..store.database import Database


@dataclass(frozen=True)
class AuditQuery:
    """Which events to show: by whom, of which kinds (action prefixes), containing which text."""

    actor: str | None
    prefixes: tuple[str, ...] | None
    text: str


@dataclass(frozen=True)
class AuditBatch:
    """One page of events, whether older ones remain, and (when asked) every actor named."""

    events: list[AuditEvent]
    more: bool
    actors: list[str] | None


def read(db: Database, query: AuditQuery, offset: int, size: int, with_actors: bool) -> AuditBatch:
    """The events matching ``query`` after the first ``offset``, ``size`` at most."""
    from ..store.audit_log import audit_actors, audit_events

    with db.read() as session:
        events = audit_events(
            session, limit=size + 1, offset=offset, actor=query.actor, action_prefix=query.prefixes,
            text=query.text or None,
        )
        actors = audit_actors(session) if with_actors else None
    return AuditBatch(events[:size], len(events) > size, actors)

"""What this installation holds and what each peer is known to hold.

Every synced change is numbered per installation (``next_seqs``). "Holding origin O up to n"
means holding every change of O numbered 1..n; it is what a bundle reports as the sender's
knowledge, and what the next incremental bundle to that peer starts after.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import Subquery, func, select, union_all
from sqlalchemy.orm import Session

from ..store.schema import MonthEventRow, PeerKnowledgeRow, RevisionRow
from ..store.types import utcnow

#: The two tables of numbered changes: figures' revisions and months' events.
ChangeTable = type[RevisionRow] | type[MonthEventRow]


def _changes() -> Subquery:
    return union_all(
        select(RevisionRow.installation_id.label("origin"), RevisionRow.seq.label("seq")),
        select(MonthEventRow.installation_id.label("origin"), MonthEventRow.seq.label("seq")),
    ).subquery()


def holdings(session: Session) -> dict[str, int]:
    """For each origin, n such that every change 1..n of it is held here."""
    changes = _changes()
    result: dict[str, int] = {}
    gappy = []
    for origin, count, top in session.execute(
        # DISTINCT: a number held twice (a revision and a month event claiming it) must not make
        # up for a number missing.
        select(changes.c.origin, func.count(changes.c.seq.distinct()), func.max(changes.c.seq)).group_by(changes.c.origin)
    ):
        if count == top:
            result[origin] = top
        else:
            gappy.append(origin)
    for origin in gappy:  # rare: a bundle lost on the way; find the first missing number
        seqs = session.scalars(select(changes.c.seq).where(changes.c.origin == origin).distinct().order_by(changes.c.seq))
        n = 0
        for seq in seqs:
            if seq != n + 1:
                break
            n = seq
        if n:
            result[origin] = n
    return {k: v for k, v in result.items() if v}


#: Origins asked about in one query: a bounded IN list (a province's bundle may name thousands).
CHUNK = 500


def held_pairs(session: Session, spans: Mapping[str, tuple[int, int]], table: ChangeTable) -> set[tuple[str, int]]:
    """The (origin, number) pairs of ``table`` held here within each origin's (low, high) span.

    One query per ``CHUNK`` origins rather than one per origin: a bundle of a big commune names
    thousands of installations.
    """
    found: set[tuple[str, int]] = set()
    names = sorted(spans)
    for at in range(0, len(names), CHUNK):
        chunk = names[at : at + CHUNK]
        low, high = min(spans[o][0] for o in chunk), max(spans[o][1] for o in chunk)
        for origin, seq in session.execute(
            select(table.installation_id, table.seq)
            .where(table.installation_id.in_(chunk), table.seq >= low, table.seq <= high)
        ):
            if spans[origin][0] <= seq <= spans[origin][1]:
                found.add((origin, seq))
    return found


def peer_knowledge(session: Session) -> dict[str, dict[str, int]]:
    """What each peer is known to hold, by peer then origin."""
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for row in session.scalars(select(PeerKnowledgeRow)):
        result[row.peer_id][row.origin_id] = row.seq
    return dict(result)


def learn(session: Session, peer_id: str, knowledge: Mapping[str, int], as_of: datetime) -> bool:
    """Record what ``peer_id`` holds, from its bundle written at ``as_of``; True when that changed.

    The newest bundle of a peer is the truth, even when it holds less than an earlier one said (its
    database was restored from a backup): the next incremental bundle to it must resend what it
    lost. An older bundle, imported late, tells nothing new.
    """
    # A date in the future (a wrong clock, or a forger) is taken as now: otherwise every honest
    # bundle after it would look older and what the peer holds would never be learnt again.
    as_of = min(as_of, utcnow())
    rows = {
        r.origin_id: r
        for r in session.scalars(select(PeerKnowledgeRow).where(PeerKnowledgeRow.peer_id == peer_id))
    }
    latest = max((r.as_of for r in rows.values() if r.as_of is not None), default=None)
    if latest is not None and as_of < latest:
        return False
    changed = False
    for origin, row in rows.items():
        if origin not in knowledge:
            session.delete(row)
            changed = True
    for origin, seq in knowledge.items():
        held = rows.get(origin)
        if held is None:
            session.add(PeerKnowledgeRow(peer_id=peer_id, origin_id=origin, seq=seq, as_of=as_of))
            changed = True
        else:
            changed = changed or held.seq != seq
            held.seq, held.as_of = seq, as_of
    return changed

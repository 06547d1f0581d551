"""The bundles sent and received, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.schema import BundleRow


@dataclass(frozen=True)
class BundleRecord:
    """One line of the history."""

    bundle_id: str
    direction: str
    kind: str
    peer_name: str
    commune_code: str | None
    created_at: datetime
    processed_at: datetime
    file_name: str
    full: bool
    encrypted: bool
    counts: dict[str, Any]
    summary: dict[str, Any]
    acked_at: datetime | None


def bundle_history(session: Session, limit: int = 200) -> list[BundleRecord]:
    """The latest ``limit`` bundles, newest first."""
    return [
        BundleRecord(
            r.bundle_id, r.direction, r.kind, r.peer_name, r.commune_code, r.created_at, r.processed_at,
            r.file_name, r.full, r.encrypted, json.loads(r.counts or "{}"), json.loads(r.summary or "{}"), r.acked_at,
        )
        for r in session.scalars(select(BundleRow).order_by(BundleRow.processed_at.desc()).limit(limit))
    ]

"""Making an installation a province's: one that gathers the bundles of many communes."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..store.operations import audit
from ..store.schema import Installation


def make_province(session: Session, installation_id: str, actor: str) -> None:
    """Accept bundles of every commune from now on (a commune PC accepts only its own)."""
    row = session.get(Installation, installation_id)
    if row is not None and row.scope != "province":
        row.scope = "province"
        audit(session, installation_id, actor, "installation.province", "installation", installation_id)

"""The province's communes in the database: import the official list, list them with their plans.

A province's database keeps its communes in the ``communes`` table, the same rows a commune's
bundle lands on (``sync/merge`` finds its commune by code), so a commune listed before its first
bundle arrives is the same commune afterwards, under its official name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..store.operations import audit
from ..store.queries import commune_plans
from ..store.schema import CommuneRow, Installation, PlanRow
from .communes_file import CommuneEntry


@dataclass(frozen=True)
class CommunesImported:
    """What an import did: codes added, renamed (old name, new name), already the same."""

    added: tuple[str, ...]
    renamed: tuple[tuple[str, str, str], ...]
    unchanged: int
    #: Communes held (with figures from bundles, say) that the list does not name.
    not_listed: tuple[str, ...]


@dataclass(frozen=True)
class ProvinceCommune:
    """One commune of the province as listed: code, name, and its plan (None before its first bundle)."""

    code: str
    name: str
    province: str | None
    plan_id: int | None


def check_province(session: Session, installation_id: str) -> Installation:
    """This installation, refusing a commune's own computer."""
    row = session.get(Installation, installation_id)
    if row is None or row.scope != "province":
        raise UserError(
            "Máy này chưa là máy tổng hợp của tỉnh nên không nhập được danh sách xã. Hãy chạy "
            "«kehoach province --db ... --name \"Tỉnh ...\"» (hoặc chọn chế độ cấp tỉnh) trước.", "db",
        )
    return row


def import_communes(
    session: Session, installation_id: str, entries: Sequence[CommuneEntry], actor: str
) -> CommunesImported:
    """Add the listed communes, give held ones their official names; one audit event."""
    local = check_province(session, installation_id)
    province = (local.name or "").strip() or None
    held = {row.code: row for row in session.scalars(select(CommuneRow))}
    added: list[str] = []
    renamed: list[tuple[str, str, str]] = []
    unchanged = 0
    for entry in entries:
        row = held.get(entry.code)
        if row is None:
            session.add(CommuneRow(code=entry.code, name=entry.name, province=province))
            added.append(entry.code)
        elif row.name != entry.name:
            renamed.append((entry.code, row.name, entry.name))
            row.name = entry.name
        else:
            unchanged += 1
    listed = {e.code for e in entries}
    not_listed = tuple(sorted(code for code in held if code not in listed))
    session.flush()
    audit(
        session, installation_id, actor, "province.communes_import", "province", local.name or installation_id,
        added=len(added), renamed=len(renamed), unchanged=unchanged, not_listed=len(not_listed),
    )
    return CommunesImported(tuple(added), tuple(renamed), unchanged, not_listed)


def province_communes(session: Session) -> list[ProvinceCommune]:
    """Every commune held, by code, with the plan its figures are read from (None before any)."""
    chosen = [plan_id for plan_id, _label in commune_plans(session)]  # the plan each commune works on
    plans = dict(session.execute(select(PlanRow.commune_id, PlanRow.id).where(PlanRow.id.in_(chosen))).all())
    return [
        ProvinceCommune(row.code, row.name, row.province, plans.get(row.id))
        for row in session.scalars(select(CommuneRow).order_by(CommuneRow.code))
    ]

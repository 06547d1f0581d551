"""Whom a trusted key may speak for: its commune, and the installations of that commune.

A commune PC's key is trusted for the commune it was trusted for (the commune named in its key
file, or the one an admin gave with ``kehoach key trust --commune``); a province's key for every
commune. A key naming no commune (written before its PC had one) speaks, on a commune's PC, for
that PC's commune (the only one it accepts); on a province's PC for none until an admin names one.

A bundle is accepted only for a commune its signer may speak for, and each change in it only from
an origin that may write that commune's figures: the sender itself, this installation (its own
changes coming back after a restore), an installation whose own key is trusted here for that
commune, or one (with no key here, or a key naming no commune) whose changes held here are of that
commune (an installation seen for the first time becomes that commune's). Without this, a trusted
PC of one commune could sign another commune's figures, even under that commune's PC id, and take
the real PC's next numbers: the real change would later be skipped as already held.

Not covered (changes carry no signature of their own): PCs of one commune forward each other's
changes, so a dishonest PC can still write under another PC id of its own commune; and an
installation the receiver has never seen can be claimed first by another commune's PC (the real
PC's bundles are then refused with ``origin``, which an admin sees).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.schema import CommuneRow, IndicatorRow, Installation, MonthEventRow, PlanRow, RevisionRow, TrustedKeyRow
from .errors import BundleRefused
from .keys import PublicKey
from .state import CHUNK


def key_communes(scope: str, commune_code: str | None) -> set[str] | None:
    """The communes a key speaks for; None for every commune (a province's key)."""
    if scope == "province":
        return None
    return {commune_code} if commune_code else set()


def _commune_pc(session: Session) -> bool:
    """True on a commune's PC, which takes only its own commune's bundles anyway: there a key
    exchanged before the sending PC had its commune (a PC set up from a bundle) speaks for it."""
    return session.scalar(select(Installation.scope).where(Installation.is_local)) != "province"


def check_bundle_commune(session: Session, sender: PublicKey, pending: bool, commune_code: str) -> None:
    """Refuse a bundle of a commune its signer is not trusted for (``pending``: being trusted now)."""
    row = None if pending else session.get(TrustedKeyRow, sender.installation_id)
    scope, code = (sender.scope, sender.commune_code) if row is None else (row.scope, row.commune_code)
    communes = key_communes(scope, code)
    if communes is None or commune_code in communes or (not communes and _commune_pc(session)):
        return
    name = sender.name or sender.installation_id
    if not communes:
        why = f"Khóa của máy gửi «{name}» chưa được tin cậy cho xã nào (khóa được tạo trước khi máy thiết lập xã)."
    else:
        why = f"Máy gửi «{name}» chỉ được tin cậy cho xã {', '.join(sorted(communes))}."
    raise BundleRefused(
        f"{why} Gói này mang số liệu của xã mã {commune_code}: một máy chỉ được gửi số liệu của xã nó được "
        f"tin cậy. Nếu máy này thật sự làm việc cho xã {commune_code}, quản trị viên hãy tin cậy lại khóa của nó "
        f"cho xã đó (kehoach key trust TỆP_KHÓA --commune {commune_code}). Không có gì thay đổi.",
        "scope",
    )


def _held_communes(session: Session, origins: list[str]) -> dict[str, set[str]]:
    """For each origin, the communes whose figures or months it has changed, as held here."""
    found: dict[str, set[str]] = defaultdict(set)
    for at in range(0, len(origins), CHUNK):
        chunk = origins[at : at + CHUNK]
        for origin, code in session.execute(
            select(RevisionRow.installation_id, CommuneRow.code)
            .join(IndicatorRow, IndicatorRow.id == RevisionRow.indicator_id)
            .join(PlanRow, PlanRow.id == IndicatorRow.plan_id)
            .join(CommuneRow, CommuneRow.id == PlanRow.commune_id)
            .where(RevisionRow.installation_id.in_(chunk)).distinct()
        ):
            found[origin].add(code)
        for origin, code in session.execute(
            select(MonthEventRow.installation_id, CommuneRow.code)
            .join(PlanRow, PlanRow.id == MonthEventRow.plan_id)
            .join(CommuneRow, CommuneRow.id == PlanRow.commune_id)
            .where(MonthEventRow.installation_id.in_(chunk)).distinct()
        ):
            found[origin].add(code)
    return found


def check_origins(
    session: Session, sender: PublicKey, commune_code: str, origins: Iterable[str], names: dict[str, str]
) -> None:
    """Refuse changes whose origin may not write ``commune_code``'s figures (see the module)."""
    others = sorted(set(origins) - {sender.installation_id})
    if not others:
        return
    local = session.scalar(select(Installation.id).where(Installation.is_local))
    others = [o for o in others if o != local]
    keys = {
        r.installation_id: r
        for at in range(0, len(others), CHUNK)
        for r in session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.installation_id.in_(others[at : at + CHUNK])))
    }
    held = _held_communes(session, others)
    for origin in others:
        key = keys.get(origin)
        allowed = None if key is None else key_communes(key.scope, key.commune_code)
        if key is not None and (allowed is None or allowed):
            if allowed is None or commune_code in allowed:
                continue
            where = ", ".join(sorted(allowed))
        else:  # no key here, or a key naming no commune: the commune its held changes are of
            communes = held.get(origin)
            if not communes or commune_code in communes:
                continue
            where = ", ".join(sorted(communes))
        shown = (key.name if key is not None else "") or names.get(origin) or origin
        raise BundleRefused(
            f"Gói của «{sender.name or sender.installation_id}» (xã {commune_code}) có thay đổi ghi là của máy "
            f"«{shown}», máy của xã {where}: một máy không được gửi thay đổi nhân danh máy của xã khác. Gói bị "
            "từ chối, không có gì thay đổi; hãy báo quản trị viên kiểm tra máy gửi.",
            "origin",
        )


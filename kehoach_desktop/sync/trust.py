"""Which other installations' keys this one trusts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..store.operations import audit
from ..store.schema import TrustedKeyRow
from ..store.types import utcnow
from .keys import PublicKey, b64


@dataclass(frozen=True)
class TrustedKey:
    """A trusted (or revoked) key, as listed on the Đồng bộ page."""

    installation_id: str
    name: str
    scope: str
    commune_code: str | None
    fingerprint: str
    trusted_at: datetime
    revoked_at: datetime | None


def trusted_keys(session: Session) -> list[TrustedKey]:
    """Every key ever trusted, revoked ones included (marked)."""
    return [
        TrustedKey(r.installation_id, r.name, r.scope, r.commune_code, r.fingerprint, r.trusted_at, r.revoked_at)
        for r in session.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.name, TrustedKeyRow.installation_id))
    ]


def check_sender(session: Session, key: PublicKey) -> str | None:
    """None when ``key`` is trusted as it is; else why not: unknown, revoked or changed."""
    row = session.get(TrustedKeyRow, key.installation_id)
    if row is None:
        return "unknown_key"
    if row.sign_public != b64(key.sign_public) or row.box_public != b64(key.box_public):
        return "key_changed"
    if row.revoked_at is not None:
        return "revoked_key"
    return None


def trust_key(
    session: Session, local_installation_id: str, key: PublicKey, actor: str, commune_code: str | None = None
) -> None:
    """Trust ``key`` (replacing a revoked or changed one for the same installation).

    The key speaks for the commune its file names (a province's key for every commune), or for
    ``commune_code`` when an admin names one: see ``sync.scope``.
    """
    if key.installation_id == local_installation_id:
        raise UserError("Đây là khóa của chính máy này, không cần tin cậy.", "key")
    if commune_code is not None:
        commune_code = commune_code.strip()
        if not commune_code.isalnum() or len(commune_code) > 20:
            raise UserError(f"Mã xã «{commune_code}» không hợp lệ: mã đơn vị hành chính chỉ gồm chữ số, ví dụ 06253.", "commune")
    row = session.get(TrustedKeyRow, key.installation_id)
    if row is None:
        row = TrustedKeyRow(installation_id=key.installation_id)
        session.add(row)
    row.name, row.scope, row.commune_code = key.name, key.scope, key.commune_code
    if commune_code is not None:
        row.scope, row.commune_code = "commune", commune_code
    row.sign_public, row.box_public, row.fingerprint = b64(key.sign_public), b64(key.box_public), key.fingerprint
    row.trusted_at, row.trusted_by, row.revoked_at = utcnow(), actor, None
    session.flush()
    audit(session, local_installation_id, actor, "key.trust", "key", key.installation_id, name=key.name,
          fingerprint=key.fingerprint, scope=row.scope, commune=row.commune_code)


def revoke_key(session: Session, local_installation_id: str, installation_id: str, actor: str) -> None:
    """Stop trusting an installation's key: its bundles are refused until trusted again."""
    row = session.get(TrustedKeyRow, installation_id)
    if row is None:
        raise UserError("Không có khóa này trong danh sách tin cậy.", "key")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit(session, local_installation_id, actor, "key.revoke", "key", installation_id, name=row.name, fingerprint=row.fingerprint)


def normalize_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or none) in the shown form."""
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))

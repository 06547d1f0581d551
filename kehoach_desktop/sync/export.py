"""Writing a bundle: collect, sign, optionally seal to the recipient, write atomically."""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import UserError
from ..store.database import Database
from ..store.operations import audit
from ..store.schema import BundleRow, CommuneRow, Installation, TrustedKeyRow
from ..store.types import utcnow
from . import container, crypto, manifest, payload
from .collect import Collected, collect, origins
from .keys import PublicKey, b64, local_keys
from .state import holdings, peer_knowledge

Progress = Callable[[int, int, str], None]
EXTENSION = ".kehoach"


@dataclass(frozen=True)
class ExportResult:
    """A bundle written: where, how big, what it carries."""

    bundle_id: str
    path: Path
    size: int
    counts: dict[str, int]
    full: bool
    encrypted: bool
    recipient: str | None


def local_identity(session: Any, installation_id: str) -> tuple[str, str, CommuneRow | None]:
    """This installation's name, scope and (for a commune PC) its commune."""
    inst = session.get(Installation, installation_id)
    # The first commune only, and only on a commune PC: a province checking each bundle of a
    # folder read every commune it holds, hundreds of rows per file.
    commune = (
        session.scalars(select(CommuneRow).order_by(CommuneRow.id).limit(1)).first() if inst.scope == "commune" else None
    )
    return inst.name, inst.scope, commune


def own_public_key(db: Database) -> PublicKey:
    """This installation's public key, named as others will see it."""
    with db.read() as session:
        name, scope, commune = local_identity(session, db.installation_id)
    return local_keys(db.installation_id).public(name, scope, commune.code if commune else None)


def choose_commune(session: Any, code: str | None) -> CommuneRow:
    """The commune a bundle is for: the one named, or the database's only one."""
    communes = session.scalars(select(CommuneRow).order_by(CommuneRow.code)).all()
    if code:
        for row in communes:
            if row.code == code.strip():
                return row
        raise UserError(f"Cơ sở dữ liệu không có xã mã {code}. Các xã có: {', '.join(c.code for c in communes) or 'chưa có'}.", "commune")
    if not communes:
        raise UserError("Cơ sở dữ liệu chưa có xã nào: hãy thiết lập xã hoặc nhập một gói trước khi xuất.", "commune")
    if len(communes) > 1:
        raise UserError(
            f"Cơ sở dữ liệu có {len(communes)} xã: hãy chọn xã cần xuất gói (--commune), ví dụ {communes[0].code}.", "commune"
        )
    return communes[0]


def _recipient_commune(session: Any, to: PublicKey | None) -> str | None:
    """The commune of a commune PC's key, when this database holds it and several others."""
    if to is None or to.scope != "commune" or not to.commune_code:
        return None
    codes = set(session.scalars(select(CommuneRow.code)))
    return to.commune_code if len(codes) > 1 and to.commune_code in codes else None


def _since(session: Any, full: bool, recipient: str | None) -> dict[str, int] | None:
    """Where an incremental bundle starts: after what the recipient (or every peer) holds."""
    if full:
        return None
    known = peer_knowledge(session)
    if recipient is not None:
        return known.get(recipient) or None
    peers = set(known) | set(session.scalars(select(TrustedKeyRow.installation_id).where(TrustedKeyRow.revoked_at.is_(None))))
    if not peers or any(p not in known for p in peers):
        return None
    origins = set().union(*(known[p] for p in peers))
    return {o: min(known[p].get(o, 0) for p in peers) for o in origins}


def _knowledge(session: Any, commune_id: int) -> dict[str, int]:
    """What this installation holds of the origins that wrote the commune's changes (and itself)."""
    mine = origins(session, commune_id) | {session.scalar(select(Installation.id).where(Installation.is_local))}
    return {origin: n for origin, n in holdings(session).items() if origin in mine}


def suggested_name(commune_code: str, kind: str = "data") -> str:
    """A file name that sorts by time: ``06253-20261122-1530.kehoach``."""
    stamp = utcnow().astimezone().strftime("%Y%m%d-%H%M%S")
    suffix = "-xacnhan" if kind == "ack" else ""
    return f"{commune_code}-{stamp}{suffix}{EXTENSION}"


def export_bundle(
    db: Database, out: Path, *, actor: str, full: bool = False, to: PublicKey | None = None,
    encrypt: bool = False, commune_code: str | None = None, kind: str = "data", progress: Progress | None = None,
) -> ExportResult:
    """Write a bundle to ``out`` and record it as sent; the file appears only when complete."""
    step = progress or (lambda _i, _n, _t: None)
    if encrypt and to is None:
        raise UserError("Muốn mã hoá gói thì phải chọn máy nhận (khóa công khai của máy nhận).", "to")
    keys = local_keys(db.installation_id)
    bundle_id = str(uuid.uuid4())
    # One read snapshot for the contents; the (slow, USB) file is written outside any write lock.
    with db.read() as session:
        step(1, 5, "Đang đọc số liệu")
        name, scope, _own = local_identity(session, db.installation_id)
        # A province sending to a commune's PC: that commune, unless another is named.
        commune = choose_commune(session, commune_code or _recipient_commune(session, to))
        recipient = to.installation_id if to else None
        since = _since(session, full, recipient)
        if kind == "ack":  # what this PC holds goes in the manifest; the payload is empty
            collected = Collected(
                {"installations": [], "plans": [], "revisions": [], "month_events": []},
                counts={"plans": 0, "indicators": 0, "revisions": 0, "month_events": 0},
            )
            acks = list(session.scalars(
                select(BundleRow.bundle_id).where(BundleRow.direction == "in", BundleRow.peer_id == recipient)
                .order_by(BundleRow.processed_at.desc()).limit(200)
            )) if recipient else []
        else:
            collected = collect(session, commune.id, since)
            acks = []
        step(2, 5, "Đang đóng gói")
        body = payload.encode(collected.payload)
        entries: dict[str, bytes] = {}
        encryption = None
        if encrypt and to is not None:
            step(3, 5, "Đang mã hoá")
            # Compressed first: ciphertext does not compress, and the zip stores it as it is.
            eph, nonce, sealed = crypto.seal(zlib.compress(body, 6), to.box_public, bundle_id.encode("ascii"))
            encryption = {
                "scheme": crypto.SCHEME, "ephemeral_public": b64(eph), "nonce": b64(nonce),
                "recipient_fingerprint": to.fingerprint, "compression": "zlib",
            }
            entries[container.SEALED] = body = sealed
            payload_name = container.SEALED
        else:
            entries[container.PAYLOAD] = body
            payload_name = container.PAYLOAD
        sender = keys.public(name, scope, commune.code if scope == "commune" else None)
        now = utcnow()
        raw = {
            "format": manifest.FORMAT, "version": manifest.VERSION, "bundle_id": bundle_id,
            "created_at": now.isoformat(), "kind": kind, "sender": sender.to_json(),
            "commune": {"code": commune.code, "name": commune.name, "province": commune.province},
            "recipient": {"installation_id": to.installation_id, "name": to.name, "fingerprint": to.fingerprint} if to else None,
            "full": since is None and kind == "data", "ranges": collected.ranges, "counts": collected.counts,
            # Only the origins of this commune: a province holds thousands of installations, and
            # what it holds of other communes is no business of this bundle's recipient.
            "knowledge": _knowledge(session, commune.id), "acks": acks,
            "payload": {"name": payload_name, "sha256": manifest.digest(body), "size": len(body)},
            "encryption": encryption,
        }
        manifest_bytes = manifest.encode(raw)
    step(4, 5, "Đang ghi tệp")
    size = container.write_container(
        out, {container.MANIFEST: manifest_bytes, container.SIGNATURE: crypto.sign(keys.sign, manifest_bytes), **entries}
    )
    with db.write() as session:
        session.add(BundleRow(
            bundle_id=bundle_id, direction="out", kind=kind, peer_id=recipient, peer_name=to.name if to else "",
            commune_code=commune.code, created_at=now, processed_at=now, file_name=str(out), full=raw["full"],
            encrypted=encryption is not None, counts=payload.encode(collected.counts).decode(), summary="{}",
        ))
        audit(session, db.installation_id, actor, "sync.export", "bundle", bundle_id,
              file=str(out), size=size, recipient=to.name if to else None, full=raw["full"], encrypted=encryption is not None,
              **collected.counts)
    step(5, 5, "Xong")
    return ExportResult(bundle_id, out, size, collected.counts, bool(raw["full"]), encryption is not None, to.name if to else None)

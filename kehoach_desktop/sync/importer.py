"""Importing a bundle: every check first, a preview of what changes, then one transaction.

Order of checks: the file alone (``verify``: limits, signature, hashes), then against this
database (sender's key trusted, same commune, not this PC's own bundle), then the payload
(opened when sealed, every field validated). Only then is anything written, and a refusal at any
step leaves the database as it was. The same bundle twice is a no-op; a bundle bringing nothing
new (an old file replayed after newer data) is refused with the reason.
"""

from __future__ import annotations

import gc
import logging
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.operations import audit
from ..store.schema import BundleRow
from ..store.types import utcnow
from . import crypto, merge, template
from .container import MAX_ENTRY_BYTES, MAX_RATIO
from .errors import BundleRefused
from .export import local_identity
from .keys import PublicKey, local_keys, unb64
from .merge import Summary
from . import payload as payload_limits
from .payload import Payload, encode, parse
from .scope import check_bundle_commune
from .trust import check_sender, normalize_fingerprint, trust_key
from .verify import Opened, open_bundle

log = logging.getLogger(__name__)

_KEY_PROBLEMS = {
    "unknown_key": "Máy gửi «{name}» chưa có trong danh sách tin cậy của máy này.",
    "revoked_key": "Khóa của máy gửi «{name}» đã bị thu hồi.",
    "key_changed": "Máy gửi «{name}» dùng khóa khác với khóa đã tin cậy trước đây (có thể máy được cài lại, hoặc gói bị giả).",
}


@dataclass(frozen=True)
class Preview:
    """What importing a bundle would do."""

    bundle_id: str
    sender: PublicKey
    commune: dict[str, Any]
    created_at: datetime
    kind: str
    full: bool
    encrypted: bool
    counts: dict[str, int]
    status: str  # new, duplicate or stale
    summary: Summary
    size: int


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    status: str  # imported or duplicate
    bundle_id: str
    sender_name: str
    summary: Summary


@dataclass(frozen=True)
class Prepared:
    """A bundle checked against this database, opened and parsed; ``trust``: its key, to trust on import."""

    opened: Opened
    payload: Payload
    trust: PublicKey | None
    duplicate: bool


def _prepare(db: Database, path: Path, accept_fingerprint: str | None) -> Prepared:
    opened = open_bundle(path)
    with db.read() as session:
        trust, duplicate = check_against(session, db.installation_id, opened, accept_fingerprint)
    return Prepared(opened, open_payload(db.installation_id, opened), trust, duplicate)


def check_against(
    session: Session, installation_id: str, opened: Opened, accept_fingerprint: str | None
) -> tuple[PublicKey | None, bool]:
    """The checks of an opened bundle against this database (step 2 of the module): the key to
    trust on import (a confirmed fingerprint), and whether this very bundle was imported before."""
    m = opened.manifest
    if m.kind == template.KIND:  # the province's indicator list: reviewed and adopted by sync.template_apply
        raise template.not_data_bundle()
    sender = m.sender
    trust = None
    if sender.installation_id == installation_id:
        raise BundleRefused("Gói này do chính máy này xuất ra; hãy nhập nó trên máy khác.", "own")
    problem = check_sender(session, sender)
    if problem == "revoked_key":
        # Confirming a fingerprint is how a new PC is met, not how a revoked one comes back.
        raise BundleRefused(
            _KEY_PROBLEMS[problem].format(name=sender.name or sender.installation_id)
            + " Gói của máy này bị từ chối cho đến khi quản trị viên tin cậy lại khóa của nó một cách rõ ràng "
            "(trang Đồng bộ, hoặc kehoach key trust TỆP_KHÓA). Không có gì thay đổi.",
            problem,
        )
    if problem is not None:
        if accept_fingerprint and normalize_fingerprint(accept_fingerprint) == sender.fingerprint:
            trust = sender
        else:
            raise BundleRefused(
                _KEY_PROBLEMS[problem].format(name=sender.name or sender.installation_id)
                + f" Dấu vân tay khóa trong gói: {sender.fingerprint}. Hãy gọi cho người gửi, so dấu vân tay này với "
                "dấu vân tay hiện trên trang Đồng bộ của máy gửi; chỉ xác nhận khi khớp từng ký tự.",
                problem,
                sender,
            )
    _name, scope, commune = local_identity(session, installation_id)
    if scope == "commune" and commune is not None and commune.code != m.commune_code:
        raise BundleRefused(
            f"Gói này của {m.commune.get('name') or 'xã'} (mã {m.commune_code}), còn máy này theo dõi "
            f"{commune.name} (mã {commune.code}). Không nhập gói của xã khác.",
            "commune",
        )
    check_bundle_commune(session, sender, trust is not None, m.commune_code)
    return trust, session.get(BundleRow, m.bundle_id) is not None


def open_payload(installation_id: str, opened: Opened) -> Payload:
    """The payload of an opened bundle (step 3 of the module): unsealed when sealed, parsed, counted."""
    m = opened.manifest
    body = opened.body
    if len(body) != m.payload_size:
        raise BundleRefused("Phần dữ liệu của gói dài khác với số ghi ở phần mô tả: tệp bị sửa.", "hash")
    if m.encryption is not None:
        keys = local_keys(installation_id)
        own = keys.public("", "", None).fingerprint
        if m.encryption.get("recipient_fingerprint") != own:
            recipient = (m.recipient or {}).get("name") or "máy khác"
            raise BundleRefused(
                f"Gói được mã hoá cho «{recipient}», máy này không mở được. Hãy nhập gói trên đúng máy nhận.", "recipient"
            )
        opened_body = crypto.unseal(
            keys.box, unb64(m.encryption["ephemeral_public"], "ephemeral_public"), unb64(m.encryption["nonce"], "nonce"),
            body, m.bundle_id.encode("ascii"),
        )
        if opened_body is None:
            raise BundleRefused("Không giải mã được gói: dữ liệu mã hoá đã bị sửa.", "decrypt")
        body = _inflate(opened_body)
    payload = parse(body)
    indicators = sum(len(p["indicators"]) for p in payload.plans)
    if (len(payload.revisions), len(payload.month_events), len(payload.plans), indicators) != (
        m.counts.get("revisions"), m.counts.get("month_events"), m.counts.get("plans"), m.counts.get("indicators")
    ):
        raise BundleRefused("Số mục trong gói khác với số ghi ở phần mô tả: tệp bị sửa.", "payload")
    return payload


def _inflate(data: bytes) -> bytes:
    """The sealed payload decompressed, never beyond the container's entry limit (no zip bomb)."""
    # The zip's ratio check cannot see inside the ciphertext: the same ratio applies here, so a
    # trusted sender cannot make this PC spend a thousand times the file's size.
    limit = min(MAX_ENTRY_BYTES, payload_limits.MAX_BYTES + 1, max(1024 * 1024, MAX_RATIO * len(data)))
    inflater = zlib.decompressobj()
    try:
        body = inflater.decompress(data, limit)
    except zlib.error as exc:
        log.warning("sealed payload does not inflate: %s", exc)
        raise BundleRefused("Dữ liệu đã giải mã không giải nén được: tệp bị hỏng.", "payload") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleRefused(
            f"Dữ liệu đã giải mã giải nén ra quá lớn (hơn {MAX_RATIO} lần kích thước trong tệp, dấu hiệu của một "
            "«bom nén») hoặc bị cụt: tệp bị từ chối, không có gì thay đổi.", "ratio")
    return body


class _Rollback(Exception):
    def __init__(self, summary: Summary) -> None:
        super().__init__("preview")
        self.summary = summary


def preview_bundle(db: Database, path: Path, accept_fingerprint: str | None = None) -> Preview:
    """Every check, then the merge run and rolled back: exactly what an import would change."""
    prepared = _prepare(db, path, accept_fingerprint)
    m = prepared.opened.manifest
    summary = Summary()
    status = "duplicate"
    if not prepared.duplicate:
        try:
            with refusing_database_errors(), db.write() as session:
                lock_imports(session)
                raise _Rollback(merge.apply(session, m, prepared.payload, str(path)))
        except _Rollback as done:
            summary = done.summary
        status = "stale" if summary.nothing_new else "new"
    return Preview(
        m.bundle_id, m.sender, m.commune, m.created_at, m.kind, m.full, prepared.opened.encrypted, m.counts,
        status, summary, prepared.opened.size,
    )


#: The PostgreSQL advisory lock every import transaction holds (any constant; "KeHo" in ASCII).
IMPORT_LOCK = 0x4B65486F


def lock_imports(session: Session) -> None:
    """Wait until no other import is writing to this database, for the rest of the transaction.

    Two officers importing at once (overlapping bundles) would otherwise both find a change not
    held yet and both insert it: one would fail on the unique key, or both would compute a figure
    from a set missing the other's changes. SQLite needs nothing here: a writing transaction
    (BEGIN IMMEDIATE) already excludes every other writer, and the second waits up to the busy
    timeout. On PostgreSQL a transaction-level advisory lock does the same for imports; once it
    is granted, every later statement (READ COMMITTED) sees what the other import committed.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})


@contextmanager
def refusing_database_errors() -> Iterator[None]:
    """A constraint the checks above did not foresee still refuses the file (rolled back), not crash."""
    try:
        yield
    except (IntegrityError, DataError) as exc:
        log.warning("bundle refused by the database: %s", exc)
        raise BundleRefused(
            "Dữ liệu trong gói mâu thuẫn với dữ liệu trên máy này (trùng mã hoặc giá trị không hợp lệ): "
            "tệp bị sửa hoặc do chương trình khác tạo. Không có gì thay đổi.",
            "payload",
        ) from exc


@contextmanager
def bulk_objects() -> Iterator[None]:
    """No automatic garbage collection while a payload's many small objects are built.

    CPython's collector otherwise runs many times over them (a fifth of a province's import);
    the previous state is restored, as the desktop app runs its collections on the GUI thread.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def prepare_bundle(db: Database, path: Path, accept_fingerprint: str | None = None) -> Prepared:
    """Every check that writes nothing (see the module); BundleRefused says what is wrong."""
    return _prepare(db, path, accept_fingerprint)


def write_prepared(
    session: Session, installation_id: str, prepared: Prepared, path: Path, actor: str,
    trust_commune: str | None = None,
) -> Summary:
    """The import's writes inside the caller's transaction: trust (``trust_commune`` names the
    commune the key is trusted for), merge, and the bundle recorded as received."""
    m = prepared.opened.manifest
    lock_imports(session)
    if prepared.trust is not None:
        trust_key(session, installation_id, prepared.trust, actor, trust_commune)
    summary = merge.apply(session, m, prepared.payload, str(path))
    if summary.nothing_new:
        raise BundleRefused(
            "Gói này không mang gì mới: mọi thay đổi trong gói đã có trên máy này (một gói cũ, nội dung đã "
            "đến qua gói khác mới hơn). Không có gì thay đổi.",
            "stale",
        )
    session.add(BundleRow(
        bundle_id=m.bundle_id, direction="in", kind=m.kind, peer_id=m.sender.installation_id,
        peer_name=m.sender.name, commune_code=m.commune_code, created_at=m.created_at, processed_at=utcnow(),
        file_name=str(path), full=m.full, encrypted=prepared.opened.encrypted,
        counts=encode(m.counts).decode(), summary=encode(summary.to_json()).decode(),
    ))
    audit(
        session, installation_id, actor, "sync.import", "bundle", m.bundle_id,
        sender=m.sender.name, file=str(path), **summary.to_json(),
    )
    return summary


def import_bundle(db: Database, path: Path, *, actor: str, accept_fingerprint: str | None = None) -> ImportResult:
    """Import the bundle at ``path`` in one transaction; see the module for what is refused."""
    with bulk_objects():
        return _import(db, path, actor, accept_fingerprint)


def _import(db: Database, path: Path, actor: str, accept_fingerprint: str | None) -> ImportResult:
    prepared = _prepare(db, path, accept_fingerprint)
    m = prepared.opened.manifest
    if prepared.duplicate:
        return ImportResult("duplicate", m.bundle_id, m.sender.name, Summary())
    if db.is_sqlite:  # the app and the CLI alike: an import can be undone from this copy
        from ..store.backup import backup_before

        backup_before(Path(db.display_name), "import")
    with refusing_database_errors(), db.write() as session:
        lock_imports(session)
        if session.get(BundleRow, m.bundle_id) is not None:  # imported meanwhile by another officer
            return ImportResult("duplicate", m.bundle_id, m.sender.name, Summary())
        summary = write_prepared(session, db.installation_id, prepared, path, actor)
    log.info("imported bundle %s from %s: %s", m.bundle_id, m.sender.name, summary.to_json())
    return ImportResult("imported", m.bundle_id, m.sender.name, summary)

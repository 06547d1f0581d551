"""An administrator's recovery code: shown once, kept only as a hash, used once to set a new password.

A commune often has a single administrator; without this, a forgotten password locks everyone out
of the accounts and the plan for good. The code is made at set-up (and again on demand by the
administrator), written down or printed, and resets that administrator's password when typed with a
new one. Wrong codes count towards the same lockout as wrong passwords; every use is audited.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.access import Role
from ..domain.errors import UserError
from .operations import audit
from .schema import UserRow
from .types import utcnow
from .users import LOCKOUT, MAX_FAILURES, LoginError, check_password_strength, hash_password, verify_password

#: No 0/O, 1/I/L: the code is read off paper.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_LENGTH = 5, 4


def _normal(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def _admin(session: Session, username: str) -> UserRow:
    name = (username or "").strip().lower()
    row = session.scalars(select(UserRow).where(UserRow.username == name)).first()
    if row is None or not row.active or row.role is not Role.ADMIN:
        raise LoginError("Mã khôi phục chỉ dùng cho tài khoản quản trị đang hoạt động; hãy kiểm tra tên đăng nhập.", "username")
    return row


def new_recovery_code(session: Session, installation_id: str, actor: str, username: str) -> str:
    """A new recovery code for the administrator ``username`` (any older one stops working)."""
    row = _admin(session, username)
    code = "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))
    row.recovery_hash = hash_password(_normal(code))
    audit(session, installation_id, actor, "user.recovery_code", "user", row.username)
    return code


def has_recovery_code(session: Session, username: str) -> bool:
    """True when the administrator ``username`` has an unused recovery code."""
    row = session.scalars(select(UserRow).where(UserRow.username == username.strip().lower())).first()
    return row is not None and row.recovery_hash is not None


def recover(
    session: Session, installation_id: str, username: str, code: str, new_password: str, now: datetime | None = None
) -> None:
    """Set ``new_password`` for the administrator when ``code`` is right; the code is then used up.

    A wrong code counts as a failed login (LoginError); the caller must commit even then, as for
    ``users.login``.
    """
    now = now or utcnow()
    check_password_strength(new_password)
    row = _admin(session, username)
    if row.locked_until is not None and row.locked_until > now:
        raise LoginError("Tài khoản đang tạm khoá do nhập sai nhiều lần; hãy thử lại sau ít phút.", "code")
    if row.recovery_hash is None:
        raise UserError("Tài khoản này chưa có mã khôi phục (hoặc mã đã được dùng).", "code")
    if not verify_password(_normal(code), row.recovery_hash):
        row.failed_attempts += 1
        audit(session, installation_id, row.username, "user.recovery_failed", "user", row.username)
        if row.failed_attempts >= MAX_FAILURES:
            row.locked_until, row.failed_attempts = now + LOCKOUT, 0
            audit(session, installation_id, row.username, "user.locked", "user", row.username)
        raise LoginError("Mã khôi phục không đúng. Hãy gõ lại đúng như đã ghi (chữ hoa, không cần dấu gạch).", "code")
    row.password_hash = hash_password(new_password)
    row.recovery_hash = None
    row.failed_attempts, row.locked_until = 0, None
    audit(session, installation_id, row.username, "user.recovered", "user", row.username)


def recover_password(db, username: str, code: str, new_password: str) -> None:  # type: ignore[no-untyped-def]
    """``recover`` in its own transaction, committing a failure's count even when refused."""
    error: UserError | None = None
    with db.write() as session:
        try:
            recover(session, db.installation_id, username, code, new_password)
        except LoginError as exc:
            error = exc
    if error is not None:
        raise error

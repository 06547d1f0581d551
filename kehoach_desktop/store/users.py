"""Local accounts: salted scrypt password hashes, login with lockout, roles, assignments.

scrypt comes from the standard library (``hashlib.scrypt``), so no extra package is needed on
an old PC; the parameters (n=2**14, r=8, p=1) are the ones OWASP lists as a minimum and take
about 50 ms here. Every change is audited; a failed login is audited too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..domain.access import Action, Role, User
from ..domain.errors import UserError
from .database import Database
from .operations import audit
from .schema import AssignmentRow, IndicatorRow, UserRow
from .types import utcnow

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 6
_N, _R, _P = 2**14, 8, 1
_USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,49}$")


class LoginError(UserError):
    """A login refused; the message says why and what to do."""


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` for ``password``, with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches the ``stored`` hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def to_user(row: UserRow) -> User:
    """The account as plain data."""
    return User(id=row.id, username=row.username, full_name=row.full_name, role=row.role, active=row.active)


def normalize_username(username: str) -> str:
    """The username as stored: trimmed, lower-case; raises UserError when it is not usable."""
    name = (username or "").strip().lower()
    if not _USERNAME_RE.match(name):
        raise UserError(
            f'Tên đăng nhập "{username.strip()}" không hợp lệ: dùng 2-50 chữ cái không dấu, chữ số, '
            "dấu chấm, gạch ngang hoặc gạch dưới, ví dụ nguyenvana.",
            "username",
        )
    return name


def check_password_strength(password: str) -> None:
    """Raise UserError when ``password`` is too weak to protect the commune's figures."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.", "password")
    if password.strip() != password:
        raise UserError("Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.", "password")


def has_users(session: Session) -> bool:
    """True once at least one account exists."""
    return bool(session.scalar(select(func.count()).select_from(UserRow)))


def list_users(session: Session) -> list[User]:
    """Every account, by username."""
    return [to_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.username))]


def _row(session: Session, username: str) -> UserRow:
    row = session.scalars(select(UserRow).where(UserRow.username == username.strip().lower())).first()
    if row is None:
        raise UserError(f'Không có người dùng "{username}".', "username")
    return row


def create_user(
    session: Session, installation_id: str, actor: str, username: str, full_name: str, role: Role,
    password: str,
) -> User:
    """Add an account; raises UserError for a taken or badly formed name or a weak password."""
    name = normalize_username(username)
    check_password_strength(password)
    if session.scalars(select(UserRow).where(UserRow.username == name)).first() is not None:
        raise UserError(f'Tên đăng nhập "{name}" đã có người dùng. Hãy chọn tên khác.', "username")
    row = UserRow(
        username=name, full_name=full_name.strip(), role=role, password_hash=hash_password(password),
        active=True, failed_attempts=0,
    )
    session.add(row)
    session.flush()
    audit(session, installation_id, actor, "user.create", "user", name, role=role.value, full_name=row.full_name)
    return to_user(row)


def update_user(
    session: Session, installation_id: str, actor: str, username: str, *, full_name: str | None = None,
    role: Role | None = None, active: bool | None = None,
) -> User:
    """Change an account's name, role or active flag; the last active admin cannot be removed."""
    row = _row(session, username)
    changes: dict[str, str] = {}
    if full_name is not None and full_name.strip() != row.full_name:
        changes["full_name"] = row.full_name = full_name.strip()
    if role is not None and role is not row.role:
        row.role = role
        changes["role"] = role.value
    if active is not None and active != row.active:
        row.active = active
        changes["active"] = str(active)
    session.flush()
    _keep_an_admin(session)
    if changes:
        audit(session, installation_id, actor, "user.update", "user", row.username, **changes)
    return to_user(row)


def _keep_an_admin(session: Session) -> None:
    admins = session.scalar(
        select(func.count()).select_from(UserRow).where(UserRow.role == Role.ADMIN, UserRow.active)
    )
    if not admins:
        raise UserError("Phải còn ít nhất một tài khoản quản trị đang hoạt động.", "role")


def set_password(session: Session, installation_id: str, actor: str, username: str, password: str) -> None:
    """Replace an account's password and lift any lockout."""
    check_password_strength(password)
    row = _row(session, username)
    row.password_hash = hash_password(password)
    row.failed_attempts = 0
    row.locked_until = None
    audit(session, installation_id, actor, "user.password", "user", row.username)


def authenticate(
    session: Session, installation_id: str, username: str, password: str, now: datetime | None = None
) -> User:
    """The account when the password is right; otherwise LoginError, counting the failure.

    After ``MAX_FAILURES`` wrong passwords in a row the account is locked for ``LOCKOUT``. The
    caller must commit even when this raises, so the failure is counted: see ``login``.
    """
    now = now or utcnow()
    name = (username or "").strip().lower()
    row = session.scalars(select(UserRow).where(UserRow.username == name)).first()
    if row is None:
        audit(session, installation_id, name or "?", "user.login_failed", "user", name or "?", reason="unknown")
        raise LoginError("Tên đăng nhập hoặc mật khẩu không đúng.", "username")
    if not row.active:
        raise LoginError(f'Tài khoản "{name}" đã bị khoá. Hãy nhờ quản trị viên mở lại.', "username")
    if row.locked_until is not None and row.locked_until > now:
        minutes = max(1, int((row.locked_until - now).total_seconds() // 60) + 1)
        raise LoginError(
            f"Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần. Hãy thử lại sau {minutes} phút "
            "hoặc nhờ quản trị viên đặt lại mật khẩu.",
            "password",
        )
    if not verify_password(password, row.password_hash):
        row.failed_attempts += 1
        left = MAX_FAILURES - row.failed_attempts
        audit(session, installation_id, name, "user.login_failed", "user", name, attempts=row.failed_attempts)
        if left <= 0:
            row.locked_until = now + LOCKOUT
            row.failed_attempts = 0
            audit(session, installation_id, name, "user.locked", "user", name)
            raise LoginError(
                f"Sai mật khẩu {MAX_FAILURES} lần liên tiếp: tài khoản bị tạm khoá "
                f"{int(LOCKOUT.total_seconds() // 60)} phút.",
                "password",
            )
        raise LoginError(f"Tên đăng nhập hoặc mật khẩu không đúng. Còn {left} lần thử.", "password")
    row.failed_attempts = 0
    row.locked_until = None
    audit(session, installation_id, name, "user.login", "user", name)
    return to_user(row)


def login(db: Database, username: str, password: str) -> User:
    """Authenticate in its own transaction, committing the failure count even when refused.

    On a read-only database (a write-protected stick) nothing can be recorded: the password is
    checked and the session's changes (failure count, audit event) are dropped.
    """
    if getattr(db, "read_only", False):
        with db.read() as session:
            try:
                return authenticate(session, db.installation_id, username, password)
            finally:
                session.expunge_all()  # nothing to flush into a file that cannot be written
    error: LoginError | None = None
    with db.write() as session:
        try:
            user = authenticate(session, db.installation_id, username, password)
        except LoginError as exc:
            error = exc
    if error is not None:
        raise error
    return user


def assigned_codes(session: Session, plan_id: int, username: str) -> set[str]:
    """Codes of the plan's indicators assigned to ``username``."""
    return set(
        session.scalars(
            select(IndicatorRow.code)
            .join(AssignmentRow, AssignmentRow.indicator_id == IndicatorRow.id)
            .where(IndicatorRow.plan_id == plan_id, AssignmentRow.username == username)
        )
    )


def assign(
    session: Session, installation_id: str, actor: str, plan_id: int, username: str, codes: Iterable[str]
) -> None:
    """Make ``codes`` exactly the plan's indicators assigned to ``username``."""
    row = _row(session, username)
    wanted = {c.strip() for c in codes}
    ids = {
        code: ind_id
        for code, ind_id in session.execute(
            select(IndicatorRow.code, IndicatorRow.id).where(IndicatorRow.plan_id == plan_id)
        ).all()
    }
    unknown = sorted(wanted - ids.keys())
    if unknown:
        raise UserError(f"Không có chỉ tiêu mã {', '.join(unknown)} trong kế hoạch.", "indicator")
    session.execute(
        delete(AssignmentRow).where(
            AssignmentRow.username == row.username, AssignmentRow.indicator_id.in_(list(ids.values()))
        )
    )
    session.add_all(AssignmentRow(indicator_id=ids[c], username=row.username) for c in sorted(wanted))
    audit(session, installation_id, actor, "user.assign", "user", row.username, codes=sorted(wanted))


def as_stored(session: Session, user: User) -> User:
    """``user`` as the database has it now: a role changed or an account closed since login counts."""
    row = session.scalars(select(UserRow).where(UserRow.username == user.username)).first()
    if row is None or not row.active:
        raise UserError(
            f'Tài khoản "{user.username}" không còn hoạt động. Hãy đăng xuất và nhờ quản trị viên kiểm tra.',
            "role",
        )
    return to_user(row)


def check_may_enter(session: Session, plan_id: int, user: User, codes: set[str]) -> None:
    """Raise UserError unless ``user`` may enter figures for every indicator in ``codes``."""
    user = as_stored(session, user)
    if user.can(Action.ENTER_ANY):
        return
    if not user.can(Action.ENTER_ASSIGNED):
        raise UserError(f"Tài khoản {user.username} không có quyền nhập số liệu.", "role")
    others = sorted(codes - assigned_codes(session, plan_id, user.username))
    if others:
        raise UserError(
            f"Chỉ tiêu {', '.join(others)} không được giao cho {user.username}. "
            "Hãy nhờ quản trị viên giao chỉ tiêu trong Cài đặt > Người dùng.",
            "indicator",
        )

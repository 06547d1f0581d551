"""Administrative writes of the Settings screen and the first-run set-up, each audited.

``update_commune`` corrects the commune's code, name and province (most often replacing the
placeholder code ``00000`` a plan import gave it); ``first_setup`` registers the commune, its
first administrator and optionally a plan in one transaction, so a plan that cannot be stored
leaves nothing half-written; ``change_own_password`` checks the old password first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.access import Role, User
from ..domain.errors import UserError
from ..domain.model import PlanStatus
from ..domain.draft import PlanDraft
from .operations import audit, check_commune_name, create_plan, init_commune
from .queries import commune
from .schema import CommuneRow, Installation, UserRow
from .users import check_password_strength, create_user, set_password, verify_password
from .values import ValueEntry, save_values

#: The code a plan import gives a commune nobody has named yet (see ``cli.plan``).
PLACEHOLDER_CODE = "00000"
_CODE_RE = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class CommuneInfo:
    """The commune as plain data."""

    code: str
    name: str
    province: str | None

    @property
    def has_placeholder_code(self) -> bool:
        """True while the code is the importer's placeholder and must still be given."""
        return self.code == PLACEHOLDER_CODE


def to_info(row: CommuneRow) -> CommuneInfo:
    """The commune row as plain data."""
    return CommuneInfo(code=row.code, name=row.name, province=row.province)


def commune_info(session: Session) -> CommuneInfo | None:
    """The database's commune, or None before set-up."""
    row = commune(session)
    return to_info(row) if row is not None else None


def check_commune_code(code: str) -> str:
    """The code trimmed; UserError unless it is a real 5-digit administrative unit code."""
    code = (code or "").strip()
    if not _CODE_RE.match(code):
        raise UserError(
            f'Mã xã "{code}" không hợp lệ: mã đơn vị hành chính cấp xã gồm đúng 5 chữ số, ví dụ 06253.',
            "commune-code",
        )
    if code == PLACEHOLDER_CODE:
        raise UserError(
            f"Mã {PLACEHOLDER_CODE} chỉ là mã tạm. Hãy nhập mã đơn vị hành chính thật của xã, ví dụ 06253.",
            "commune-code",
        )
    return code


def update_commune(
    session: Session, installation_id: str, actor: str, code: str, name: str, province: str | None
) -> CommuneInfo:
    """Change the commune's code, name and province; audited with the old values."""
    row = commune(session)
    if row is None:
        raise UserError("Cơ sở dữ liệu chưa có xã nào để sửa. Hãy thiết lập xã trước.", "commune")
    code = row.code if code.strip() == row.code else check_commune_code(code)
    name = check_commune_name(name)
    province = (province or "").strip() or None
    clash = session.scalars(select(CommuneRow).where(CommuneRow.code == code, CommuneRow.id != row.id)).first()
    if clash is not None:
        raise UserError(f"Mã xã {code} đã thuộc về «{clash.name}» trong cơ sở dữ liệu này.", "commune-code")
    changes: dict[str, object] = {}
    for field, new in (("code", code), ("name", name), ("province", province)):
        old = getattr(row, field)
        if old != new:
            changes[field] = {"old": old, "new": new}
            setattr(row, field, new)
    if changes:
        session.flush()
        # The key is the new code; the old one is in the details, so a search finds either.
        audit(session, installation_id, actor, "commune.update", "commune", code, **changes)
    return to_info(row)


@dataclass(frozen=True)
class SetupResult:
    """What the first-run set-up created."""

    admin: User
    commune: CommuneInfo | None  # None on a province's computer
    plan_id: int | None
    plan_is_draft: bool


def first_setup(
    session: Session,
    installation_id: str,
    *,
    commune_fields: tuple[str, str, str | None] | None,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    draft: PlanDraft | None = None,
    entries: Sequence[ValueEntry] = (),
    province: str | None = None,
) -> SetupResult:
    """Register the commune (unless it exists), the first administrator and the plan, all at once.

    ``commune_fields`` is (code, name, province); for a database that already has its commune it
    may still correct them (the placeholder code), or be None to leave the commune as it is.
    Call inside one ``Database.write()``: any refusal rolls everything back.
    """
    actor = admin_username.strip().lower()
    if session.scalars(select(UserRow.id)).first() is not None:
        raise UserError("Cơ sở dữ liệu này đã có tài khoản. Hãy đăng nhập bằng tài khoản đã có.", "username")
    if province is not None:  # a province's computer: no commune of its own, no plan yet
        name = (province or "").strip()
        if not name:
            raise UserError("Hãy nhập tên tỉnh (hoặc huyện) mà máy này tổng hợp, ví dụ: Tỉnh Lạng Sơn.", "province")
        admin = create_user(session, installation_id, actor, admin_username, admin_full_name, Role.ADMIN, admin_password)
        make_province(session, installation_id, admin.username, name)
        return SetupResult(admin=admin, commune=None, plan_id=None, plan_is_draft=False)
    row = commune(session)
    if row is None:
        if commune_fields is None:
            raise UserError("Hãy nhập mã và tên xã trước.", "commune")
        code, name, province = commune_fields
        row = init_commune(
            session, installation_id, check_commune_code(code), name, province, actor
        )
    elif commune_fields is not None:
        update_commune(session, installation_id, actor, *commune_fields)
    admin = create_user(session, installation_id, actor, admin_username, admin_full_name, Role.ADMIN, admin_password)
    plan_id, is_draft = None, False
    if draft is not None:
        plan = create_plan(session, installation_id, row.id, draft, admin.username)
        plan_id, is_draft = plan.id, plan.status is PlanStatus.DRAFT
        if entries:
            save_values(session, installation_id, plan.id, entries, admin.username, accept_warnings=True)
    return SetupResult(admin=admin, commune=to_info(row), plan_id=plan_id, plan_is_draft=is_draft)


def change_own_password(session: Session, installation_id: str, username: str, old: str, new: str) -> None:
    """Replace the logged-in user's password after checking the current one."""
    row = session.scalars(select(UserRow).where(UserRow.username == username.strip().lower())).first()
    if row is None or not verify_password(old, row.password_hash):
        raise UserError("Mật khẩu hiện tại không đúng. Hãy nhập lại.", "old-password")
    if old == new:
        raise UserError("Mật khẩu mới phải khác mật khẩu hiện tại.", "password")
    check_password_strength(new)
    set_password(session, installation_id, row.username, row.username, new)


def make_province(session: Session, installation_id: str, actor: str, name: str | None = None) -> None:
    """Make this a province's computer: it accepts the bundles of every commune.

    ``name`` (``Tỉnh Lạng Sơn``) becomes the computer's name, the one communes see on its bundles.
    """
    row = session.get(Installation, installation_id)
    if row is None:
        raise UserError("Không tìm thấy thông tin máy này trong cơ sở dữ liệu.", "installation")
    if row.scope != "province" or (name and row.name != name):
        row.scope = "province"
        if name:
            row.name = name.strip()
        audit(session, installation_id, actor, "installation.province", "installation", installation_id, name=row.name)


def rename_installation(session: Session, installation_id: str, actor: str, name: str) -> str:
    """Give this PC a new name, the one other PCs see on its bundles and key file; return it."""
    name = " ".join((name or "").split())
    if not name or len(name) > 200:
        raise UserError("Tên máy phải có từ 1 đến 200 ký tự, ví dụ «Máy văn phòng 2».", "name")
    row = session.get(Installation, installation_id)
    if row is None:
        raise UserError("Không tìm thấy thông tin máy này trong cơ sở dữ liệu.", "installation")
    if row.name != name:
        old, row.name = row.name, name
        audit(session, installation_id, actor, "installation.rename", "installation", installation_id, old=old, name=name)
    return name


def is_province(session: Session, installation_id: str) -> bool:
    """True on a province's computer."""
    row = session.get(Installation, installation_id)
    return row is not None and row.scope == "province"

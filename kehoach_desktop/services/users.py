"""Accounts and the commune's details: log in, the Settings page's data, accounts, assignments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.access import Role, User
from .changes import Changes, Outcome

if TYPE_CHECKING:
    from ..store.commune_edit import CommuneInfo
    from ..store.database import Database


@dataclass(frozen=True)
class SettingsData:
    """What the Settings page shows from the database."""

    commune: CommuneInfo | None
    users: list[User]


@dataclass(frozen=True)
class Choice:
    """One indicator an officer can be assigned, with its depth in the plan's tree."""

    code: str
    name: str
    depth: int
    assigned: bool


def login(db: Database, username: str, password: str) -> User:
    """Check a username and password (wrong attempts are counted and lock the account for a while)."""
    from ..store.users import login as store_login

    return store_login(db, username, password)


def load_settings(db: Database, with_users: bool) -> SettingsData:
    """The commune's details and, for an administrator, every account."""
    from ..store.commune_edit import commune_info
    from ..store.users import list_users

    with db.read() as session:
        return SettingsData(commune_info(session), list_users(session) if with_users else [])


def update_commune(db: Database, actor: str, code: str, name: str, province: str) -> Outcome[CommuneInfo]:
    """Change the commune's code, name and province (checked and audited by the store)."""
    from ..store.commune_edit import update_commune as store_update

    with db.write() as session:
        info = store_update(session, db.installation_id, actor, code, name, province)
    return Outcome(info, Changes(commune=True))


def change_own_password(db: Database, username: str, old: str, new: str) -> Outcome[None]:
    """A user changes their own password, giving the current one."""
    from ..store.commune_edit import change_own_password as store_change

    with db.write() as session:
        store_change(session, db.installation_id, username, old, new)
    return Outcome(None, Changes(users=True))


def save_account(
    db: Database, actor: str, username: str, full_name: str, role: Role, password: str, active: bool, new: bool,
) -> Outcome[User]:
    """Create the account (``new``) or update it; an empty ``password`` keeps the old one. One transaction."""
    from ..store.users import create_user, set_password, update_user

    with db.write() as session:
        if new:
            user = create_user(session, db.installation_id, actor, username, full_name, role, password)
            if not active:
                user = update_user(session, db.installation_id, actor, username, active=False)
        else:
            if password:
                set_password(session, db.installation_id, actor, username, password)
            user = update_user(session, db.installation_id, actor, username, full_name=full_name,
                               role=role, active=active)
    return Outcome(user, Changes(users=True))


def assignment_choices(db: Database, plan_id: int, username: str) -> list[Choice]:
    """The plan's indicators in order, each with its depth and whether ``username`` has it."""
    from ..store.queries import plan_draft
    from ..store.users import assigned_codes

    with db.read() as session:
        draft = plan_draft(session, plan_id)
        mine = assigned_codes(session, plan_id, username)
    depth: dict[str, int] = {}
    choices = []
    for ind in draft.indicators:
        depth[ind.code] = depth.get(ind.parent_code or "", -1) + 1 if ind.parent_code else 0
        choices.append(Choice(ind.code, ind.name, depth[ind.code], ind.code in mine))
    return choices


def assign(db: Database, actor: str, plan_id: int, username: str, codes: Sequence[str]) -> Outcome[None]:
    """Make ``codes`` exactly the indicators ``username`` enters."""
    from ..store.users import assign as store_assign

    with db.write() as session:
        store_assign(session, db.installation_id, actor, plan_id, username, list(codes))
    return Outcome(None, Changes(users=True))


def new_recovery_code(db: Database, admin: str) -> str:
    """A new one-time recovery code for the administrator ``admin`` (shown once, stored hashed)."""
    from ..store.recovery import new_recovery_code as make

    with db.write() as session:
        return make(session, db.installation_id, admin, admin)


def recover_password(db: Database, username: str, code: str, new_password: str) -> None:
    """Set ``username``'s password with their recovery code (audited; wrong codes count to lockout)."""
    from ..store.recovery import recover_password as recover

    recover(db, username, code, new_password)

"""Users, roles and what each role may do; month states. Plain Python, no storage.

Three roles, as in a commune office: an officer (cán bộ) enters the figures of the indicators
assigned to them; a leader (lãnh đạo) approves and reopens a month and may enter any figure;
an administrator (quản trị) manages users, settings and the plan.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Role(str, enum.Enum):
    """A user's role."""

    OFFICER = "officer"
    LEADER = "leader"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """The Vietnamese name of the role."""
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.OFFICER: "Cán bộ", Role.LEADER: "Lãnh đạo", Role.ADMIN: "Quản trị"}


class Action(str, enum.Enum):
    """Things a role may or may not do."""

    ENTER_ANY = "enter_any"  # figures of every indicator, assigned or not
    ENTER_ASSIGNED = "enter_assigned"
    SUBMIT_MONTH = "submit_month"
    APPROVE_MONTH = "approve_month"
    REOPEN_MONTH = "reopen_month"
    MANAGE_USERS = "manage_users"
    EDIT_PLAN = "edit_plan"
    SETTINGS = "settings"
    EXPORT_BUNDLE = "export_bundle"  # write a sync bundle to a USB stick
    IMPORT_BUNDLE = "import_bundle"  # merge a bundle, trust a key on first contact
    MANAGE_KEYS = "manage_keys"  # trust and revoke other installations' keys
    RESOLVE_CONFLICT = "resolve_conflict"  # choose between concurrent versions of a figure


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: frozenset({Action.ENTER_ASSIGNED, Action.SUBMIT_MONTH, Action.EXPORT_BUNDLE}),
    Role.LEADER: frozenset(
        {Action.ENTER_ANY, Action.ENTER_ASSIGNED, Action.SUBMIT_MONTH, Action.APPROVE_MONTH, Action.REOPEN_MONTH,
         Action.EXPORT_BUNDLE, Action.IMPORT_BUNDLE, Action.RESOLVE_CONFLICT}
    ),
    Role.ADMIN: frozenset(
        {Action.ENTER_ANY, Action.ENTER_ASSIGNED, Action.SUBMIT_MONTH, Action.MANAGE_USERS,
         Action.EDIT_PLAN, Action.SETTINGS, Action.EXPORT_BUNDLE, Action.IMPORT_BUNDLE, Action.MANAGE_KEYS}
    ),
}


@dataclass(frozen=True)
class User:
    """A local account as the rest of the program sees it (never the password hash)."""

    id: int
    username: str
    full_name: str
    role: Role
    active: bool = True

    def can(self, action: Action) -> bool:
        """True when this user's role allows ``action``."""
        return self.active and action in PERMISSIONS[self.role]

    @property
    def display(self) -> str:
        """``Nguyễn Văn A (nva)``, or the username alone."""
        return f"{self.full_name} ({self.username})" if self.full_name else self.username


class MonthState(str, enum.Enum):
    """Where a month is in its cycle: open for entry, submitted for approval, approved (locked)."""

    OPEN = "open"
    SUBMITTED = "submitted"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        """The Vietnamese word for the state."""
        return MONTH_STATE_LABELS[self]


MONTH_STATE_LABELS = {
    MonthState.OPEN: "Đang nhập",
    MonthState.SUBMITTED: "Chờ duyệt",
    MonthState.APPROVED: "Đã duyệt (khoá)",
}


@dataclass(frozen=True)
class MonthStatus:
    """A month's state and the last change to it."""

    state: MonthState = MonthState.OPEN
    changed_by: str | None = None
    changed_at: datetime | None = None
    reason: str | None = None

    @property
    def locked(self) -> bool:
        """True when figures of the month can no longer be changed."""
        return self.state is MonthState.APPROVED

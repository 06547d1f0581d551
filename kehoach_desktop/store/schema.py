"""The database tables, as SQLAlchemy 2 typed ORM classes.

Constraint names follow one convention from the first migration on, so later migrations (and
SQLite's batch mode, which rebuilds tables) can always name what they change.
"""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.access import MonthState, Role
from ..domain.model import Aggregation, Direction, PlanKind, PlanStatus, RuleKind, ValueKind
from .types import ExactDecimal, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """An enum kept as its lower-case value in a VARCHAR with a CHECK, the same everywhere."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(mapped: type[Base]) -> Table:
    """The Core ``Table`` of a mapped class, for multi-row statements.

    ``Class.__table__`` is typed as any ``FromClause``; the metadata knows it is a ``Table``.
    """
    return Base.metadata.tables[mapped.__tablename__]


class Installation(Base):
    """A copy of the database on one PC; exactly one row is this installation (``is_local``)."""

    __tablename__ = "installations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: ``commune`` for a commune office's PC, ``province`` for one gathering many communes.
    scope: Mapped[str] = mapped_column(String(20), default="commune", server_default="commune")
    #: On the local row: the origin this PC numbers its changes under since a restore from a
    #: backup was detected (``store.operations.writing_origin``); None while that is its own id.
    origin: Mapped[str | None] = mapped_column(String(36), nullable=True, default=None)


class ProvinceSettingsRow(Base):
    """A province's own settings, one row (0010): the day of the month communes report by."""

    __tablename__ = "province_settings"
    __table_args__ = (CheckConstraint("deadline_day BETWEEN 1 AND 31", name="deadline_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deadline_day: Mapped[int] = mapped_column(Integer, default=25, server_default="25")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class CommuneRow(Base):
    """A commune (xã / phường) with its official code."""

    __tablename__ = "communes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    plans: Mapped[list[PlanRow]] = relationship(back_populates="commune")


class PlanRow(Base):
    """A 5-year or annual plan of a commune."""

    __tablename__ = "plans"
    __table_args__ = (CheckConstraint("end_year >= start_year", name="years"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("communes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PlanKind] = mapped_column(_enum(PlanKind, "plan_kind"))
    status: Mapped[PlanStatus] = mapped_column(_enum(PlanStatus, "plan_status"))
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(500))
    resolution_ref: Mapped[str | None] = mapped_column(String(200))
    source_text: Mapped[str | None] = mapped_column(Text)
    source_name: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    adopted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last edit of the definitions, by time then installation: the newest wins on sync.
    rev_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rev_installation: Mapped[str] = mapped_column(String(36), default="", server_default="")

    commune: Mapped[CommuneRow] = relationship(back_populates="plans")
    groups: Mapped[list[GroupRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="GroupRow.position"
    )
    indicators: Mapped[list[IndicatorRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="IndicatorRow.position"
    )


class GroupRow(Base):
    """A section of a plan's indicator list (``economy``, ``society``, or its own heading)."""

    __tablename__ = "indicator_groups"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[PlanRow] = relationship(back_populates="groups")


class IndicatorRow(Base):
    """One indicator of a plan; sub-indicators point at their parent."""

    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicator_groups.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(100), default="")
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "direction"))
    aggregation: Mapped[Aggregation] = mapped_column(_enum(Aggregation, "aggregation"))
    baseline_value: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    responsible_office: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    source_start: Mapped[int | None] = mapped_column(Integer)
    source_end: Mapped[int | None] = mapped_column(Integer)
    #: What the importer asks the officer to confirm, comma-separated (``ambiguous_number,...``).
    review_flags: Mapped[str] = mapped_column(String(500), default="", server_default="")
    #: A rate's denominator (``Tổng số hộ``, unit ``hộ``; 0010); its yearly figures in ``denominators``.
    denominator_label: Mapped[str | None] = mapped_column(String(200))
    denominator_unit: Mapped[str | None] = mapped_column(String(100))

    plan: Mapped[PlanRow] = relationship(back_populates="indicators")
    group: Mapped[GroupRow | None] = relationship()
    parent: Mapped[IndicatorRow | None] = relationship(remote_side="IndicatorRow.id")
    targets: Mapped[list[TargetRow]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )
    denominators: Mapped[list[DenominatorRow]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="DenominatorRow.year"
    )


class DenominatorRow(Base):
    """A commune's figure of a rate's denominator for one year (``Tổng số hộ`` 2026: 1.234; 0010)."""

    __tablename__ = "denominators"
    # No CHECK on value: SQLite keeps it as text, where "value > 0" is always true; the store checks it.
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(ExactDecimal)

    indicator: Mapped[IndicatorRow] = relationship(back_populates="denominators")


class TargetRow(Base):
    """A target rule of an indicator for one year, or for the whole plan (``year`` NULL)."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    year: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[RuleKind] = mapped_column(_enum(RuleKind, "rule_kind"))
    value: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    low: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    high: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    per_year: Mapped[bool] = mapped_column(Boolean, default=False)
    points: Mapped[bool] = mapped_column(Boolean, default=False)
    measures_change: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text, default="")
    #: A ``TargetSource`` value: plan, annual, typed or province (0005).
    source: Mapped[str] = mapped_column(String(20), default="plan", server_default="plan")
    #: The document or person the target came from ("NQ 12/NQ-HĐND", a username).
    source_ref: Mapped[str | None] = mapped_column(String(500))

    indicator: Mapped[IndicatorRow] = relationship(back_populates="targets")


# One rule per indicator and year; NULL (the plan-wide rule) counts as a year of its own.
Index(
    "uq_targets_indicator_year",
    TargetRow.indicator_id,
    func.coalesce(TargetRow.year, 0),
    unique=True,
)


class ValueRow(Base):
    """The current figure of one indicator for one month."""

    __tablename__ = "monthly_values"
    __table_args__ = (
        UniqueConstraint("indicator_id", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    kind: Mapped[ValueKind] = mapped_column(_enum(ValueKind, "value_kind"))
    note: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The revision now in effect: which installation wrote it, and its number there.
    installation_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    #: Every revision of this cell seen so far (``domain.versions``), as compact JSON.
    vv: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    #: Concurrent revisions wait for a person (the Đồng bộ page); the one shown is deterministic.
    conflict: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RevisionRow(Base):
    """One change to a monthly figure: old and new, who, when, on which installation."""

    __tablename__ = "value_revisions"
    __table_args__ = (
        UniqueConstraint("installation_id", "seq"),
        # ``at`` last: the first time a month was recorded is one index probe per cell (0011).
        Index("ix_value_revisions_cell", "indicator_id", "year", "month", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    old_value: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    new_value: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    old_kind: Mapped[ValueKind | None] = mapped_column(_enum(ValueKind, "old_value_kind"))
    new_kind: Mapped[ValueKind] = mapped_column(_enum(ValueKind, "new_value_kind"))
    old_note: Mapped[str | None] = mapped_column(Text)
    new_note: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    installation_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    #: The revisions of the cell its writer had seen, this one included (``domain.versions``).
    vv: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class AuditRow(Base):
    """Who did what and when; written in the same transaction as the change itself."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    installation_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(100), index=True)
    entity: Mapped[str] = mapped_column(String(100))
    entity_key: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="{}")


class UserRow(Base):
    """A local account; the password is kept only as a salted scrypt hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(_enum(Role, "user_role"))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: An administrator's one-time recovery code, as a scrypt hash (``store/recovery.py``).
    recovery_hash: Mapped[str | None] = mapped_column(String(300))


class AssignmentRow(Base):
    """An indicator assigned to an officer, who enters its figures."""

    __tablename__ = "indicator_assignments"
    __table_args__ = (UniqueConstraint("indicator_id", "username"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    username: Mapped[str] = mapped_column(String(100), index=True)


class AnnualMatchRow(Base):
    """How one indicator of an annual plan's draft maps onto the adopted 5-year plan.

    The annual resolution is stored as a draft plan of kind ``annual``; each of its indicators gets
    one row here: the 5-year indicator it was matched to (NULL for none), the matcher's confidence
    (0-100) and the officer's decision (``suggested``, ``confirmed``, ``annual_only``, ``ignored``).
    """

    __tablename__ = "annual_matches"

    id: Mapped[int] = mapped_column(primary_key=True)
    annual_plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    annual_indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), unique=True
    )
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id", ondelete="SET NULL"))
    confidence: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(20), default="suggested")


class ReportSettingsRow(Base):
    """A commune's report settings (``domain.report_settings.ReportSettings`` as JSON), one row each."""

    __tablename__ = "report_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("communes.id", ondelete="CASCADE"), unique=True)
    settings: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReportTextRow(Base):
    """An officer's own text of one report section (tasks ahead, proposals) for one period."""

    __tablename__ = "report_texts"
    __table_args__ = (UniqueConstraint("plan_id", "period", "section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    section: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MonthStatusRow(Base):
    """The approval state of one month of a plan (no row: open)."""

    __tablename__ = "month_status"
    __table_args__ = (
        UniqueConstraint("plan_id", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    state: Mapped[MonthState] = mapped_column(_enum(MonthState, "month_state"))
    changed_by: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text)


class MonthSummaryRow(Base):
    """One plan's month at a glance: figures held, how many still estimates, when it was first recorded.

    Derived from ``monthly_values`` and ``value_revisions`` by ``store.month_summary`` whenever a
    transaction that wrote them commits (migration 0011 filled it from the figures already held);
    the province's completeness matrix reads it instead of scanning every figure. No row: nothing
    was ever recorded for that month.
    """

    __tablename__ = "month_summaries"
    __table_args__ = (CheckConstraint("month BETWEEN 1 AND 12", name="month"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Figures held (a cleared figure does not count), and how many of them are estimates (ước).
    figures: Mapped[int] = mapped_column(Integer)
    estimates: Mapped[int] = mapped_column(Integer)
    #: The earliest revision of the month, wherever it was made (the commune's own time).
    first_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MonthEventRow(Base):
    """One change of a month's approval state, as it travels between installations.

    ``month_status`` holds the state in effect; these rows are its history and what sync merges.
    An approval lists, per indicator uid, the version vector of the figure it approved
    (``cells``), so a figure arriving later is told apart from the approved one.
    """

    __tablename__ = "month_events"
    __table_args__ = (
        UniqueConstraint("installation_id", "seq"),
        Index("ix_month_events_month", "plan_id", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    state: Mapped[MonthState] = mapped_column(_enum(MonthState, "event_month_state"))
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text)
    installation_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    vv: Mapped[str] = mapped_column(Text, default="{}")
    cells: Mapped[str] = mapped_column(Text, default="{}")
    #: The role of the user who made the change (``officer``, ``leader``, ``admin``); None for an
    #: event recorded before roles travelled (format 1.1 and older). See ``store.cells.counts``.
    role: Mapped[str | None] = mapped_column(String(20))


class TrustedKeyRow(Base):
    """Another installation's public keys, trusted by importing its key file or its fingerprint."""

    __tablename__ = "trusted_keys"

    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(String(20), default="commune")
    commune_code: Mapped[str | None] = mapped_column(String(20))
    sign_public: Mapped[str] = mapped_column(String(100))
    box_public: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(100))
    trusted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    trusted_by: Mapped[str] = mapped_column(String(100))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PeerKnowledgeRow(Base):
    """What a peer is known to hold: every change of ``origin_id`` up to ``seq``."""

    __tablename__ = "peer_knowledge"
    __table_args__ = (UniqueConstraint("peer_id", "origin_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(36))
    origin_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    #: When the peer wrote the bundle this came from: only its newest bundle counts (a peer
    #: restored from a backup holds less than it once did).
    as_of: Mapped[datetime | None] = mapped_column(UTCDateTime)


class BundleRow(Base):
    """A bundle sent or received, so a second import of the same file is a no-op."""

    __tablename__ = "sync_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    peer_id: Mapped[str | None] = mapped_column(String(36))
    peer_name: Mapped[str] = mapped_column(String(200), default="")
    commune_code: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    counts: Mapped[str] = mapped_column(Text, default="{}")
    summary: Mapped[str] = mapped_column(Text, default="{}")
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

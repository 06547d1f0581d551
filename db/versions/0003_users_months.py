"""Users, indicator assignments and the approval state of months.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Frozen types, as in 0001: enums are VARCHAR(32) with a CHECK of their values.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    """Create users, indicator_assignments and month_status."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", _enum("user_role", "officer", "leader", "admin"), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "indicator_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicators.id"], ondelete="CASCADE",
            name=op.f("fk_indicator_assignments_indicator_id_indicators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_assignments")),
        sa.UniqueConstraint("indicator_id", "username", name=op.f("uq_indicator_assignments_indicator_id_username")),
    )
    op.create_index(op.f("ix_indicator_assignments_username"), "indicator_assignments", ["username"])
    op.create_table(
        "month_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("state", _enum("month_state", "open", "submitted", "approved"), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_month_status_month")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], ondelete="CASCADE", name=op.f("fk_month_status_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_status")),
        sa.UniqueConstraint("plan_id", "year", "month", name=op.f("uq_month_status_plan_id_year_month")),
    )


def downgrade() -> None:
    """Drop the three tables."""
    op.drop_table("month_status")
    op.drop_index(op.f("ix_indicator_assignments_username"), table_name="indicator_assignments")
    op.drop_table("indicator_assignments")
    op.drop_table("users")

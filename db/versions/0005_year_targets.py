"""Year targets as first-class data: where each target came from, and annual plan matching.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

A target row now says where it came from (``plan``: the 5-year resolution, ``annual``: the annual
resolution or plan, ``typed``: an officer, ``province``: a province bundle) and which document or
person. An annual resolution is read into a draft plan of kind ``annual``; ``annual_matches``
maps its indicators onto the adopted 5-year plan for review. Existing targets came from the plan.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add the target's source columns and the annual match table."""
    # Plain ADD COLUMN: a batch rebuild of the table on SQLite would lose its expression index.
    op.add_column("targets", sa.Column("source", sa.String(length=20), nullable=False, server_default="plan"))
    op.add_column("targets", sa.Column("source_ref", sa.String(length=500), nullable=True))
    op.create_table(
        "annual_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("annual_plan_id", sa.Integer(), nullable=False),
        sa.Column("annual_indicator_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["annual_plan_id"], ["plans.id"], name=op.f("fk_annual_matches_annual_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["annual_indicator_id"], ["indicators.id"],
            name=op.f("fk_annual_matches_annual_indicator_id_indicators"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_annual_matches_plan_id_plans"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicators.id"], name=op.f("fk_annual_matches_indicator_id_indicators"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_matches")),
        sa.UniqueConstraint("annual_indicator_id", name=op.f("uq_annual_matches_annual_indicator_id")),
    )
    op.create_index(op.f("ix_annual_matches_annual_plan_id"), "annual_matches", ["annual_plan_id"], unique=False)


def downgrade() -> None:
    """Drop the annual match table and the target's source columns."""
    op.drop_index(op.f("ix_annual_matches_annual_plan_id"), table_name="annual_matches")
    op.drop_table("annual_matches")
    op.drop_index("uq_targets_indicator_year", table_name="targets")
    with op.batch_alter_table("targets") as batch:
        batch.drop_column("source_ref")
        batch.drop_column("source")
    op.create_index("uq_targets_indicator_year", "targets", ["indicator_id", sa.text("coalesce(year, 0)")], unique=True)

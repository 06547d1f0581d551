"""A rate's denominator per indicator and year; the province's reporting deadline.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: Union[str, Sequence[str], None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TZ = sa.DateTime(timezone=True)
EXACT_DECIMAL = sa.String(length=64).with_variant(sa.Numeric(), "postgresql")


def upgrade() -> None:
    """Add the denominator's label and unit to indicators, its yearly figures, the province's settings."""
    with op.batch_alter_table("indicators") as batch:
        batch.add_column(sa.Column("denominator_label", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("denominator_unit", sa.String(length=100), nullable=True))
    op.create_table(
        "denominators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", EXACT_DECIMAL, nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicators.id"], name=op.f("fk_denominators_indicator_id_indicators"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_denominators")),
        sa.UniqueConstraint("indicator_id", "year", name=op.f("uq_denominators_indicator_id_year")),
    )
    op.create_table(
        "province_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deadline_day", sa.Integer(), server_default="25", nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint("deadline_day BETWEEN 1 AND 31", name=op.f("ck_province_settings_deadline_day")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_province_settings")),
    )


def downgrade() -> None:
    """Drop the province's settings, the denominators and their columns."""
    op.drop_table("province_settings")
    op.drop_table("denominators")
    with op.batch_alter_table("indicators") as batch:
        batch.drop_column("denominator_unit")
        batch.drop_column("denominator_label")

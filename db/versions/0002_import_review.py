"""Plan import: review flags on indicators and the name of the source document.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The importer flags what the officer must confirm (an ambiguous number, a missing unit...);
the flags stay with the indicator until review. Frozen types, as in 0001.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add indicators.review_flags and plans.source_name."""
    with op.batch_alter_table("indicators") as batch:
        batch.add_column(sa.Column("review_flags", sa.String(length=500), nullable=False, server_default=""))
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("source_name", sa.String(length=500), nullable=True))


def downgrade() -> None:
    """Drop the two columns."""
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("source_name")
    with op.batch_alter_table("indicators") as batch:
        batch.drop_column("review_flags")

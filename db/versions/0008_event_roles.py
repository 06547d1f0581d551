"""Month events carry the role of the user who made them (approvals counted only from leaders).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: Union[str, Sequence[str], None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add ``month_events.role``; this installation's own events get their user's role."""
    with op.batch_alter_table("month_events") as batch:
        batch.add_column(sa.Column("role", sa.String(length=20), nullable=True))
    op.execute(
        "UPDATE month_events SET role = (SELECT users.role FROM users WHERE users.username = month_events.actor) "
        "WHERE installation_id = (SELECT id FROM installations WHERE is_local) "
        "AND EXISTS (SELECT 1 FROM users WHERE users.username = month_events.actor)"
    )


def downgrade() -> None:
    """Drop ``month_events.role``."""
    with op.batch_alter_table("month_events") as batch:
        batch.drop_column("role")

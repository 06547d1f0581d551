"""An administrator's recovery code, kept only as a hash (issue 16: a lone administrator who
forgets the password is not locked out for good).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, Sequence[str], None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add the users' recovery_hash column."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("recovery_hash", sa.String(length=300), nullable=True))


def downgrade() -> None:
    """Drop it again."""
    with op.batch_alter_table("users") as batch:
        batch.drop_column("recovery_hash")

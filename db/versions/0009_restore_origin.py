"""The local installation may number its changes under a fresh origin after a restore.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: Union[str, Sequence[str], None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add ``installations.origin`` (None: changes are numbered under the installation's own id)."""
    with op.batch_alter_table("installations") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=36), nullable=True))


def downgrade() -> None:
    """Drop ``installations.origin``."""
    with op.batch_alter_table("installations") as batch:
        batch.drop_column("origin")

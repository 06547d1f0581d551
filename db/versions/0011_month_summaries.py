"""Each plan's month at a glance (figures, estimates, first recorded), for the province's matrix.

Also widens ``ix_value_revisions_cell`` with ``at``, so the first time a month was recorded is
one index probe per cell when a write refreshes its month. The table is filled from the figures
and revisions already held; ``store.month_summary`` keeps it from then on.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: Union[str, Sequence[str], None] = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# A frozen copy of ``store.month_summary.REBUILD_SQL`` (migrations never import the program).
FILL = """
INSERT INTO month_summaries (plan_id, year, month, figures, estimates, first_at)
SELECT plan_id, year, month, sum(figures), sum(estimates), min(first_at) FROM (
    SELECT i.plan_id AS plan_id, v.year AS year, v.month AS month, count(v.value) AS figures,
           count(CASE WHEN v.kind = 'estimate' THEN v.value END) AS estimates, NULL AS first_at
    FROM monthly_values v JOIN indicators i ON i.id = v.indicator_id
    GROUP BY i.plan_id, v.year, v.month
    UNION ALL
    SELECT i.plan_id, r.year, r.month, 0, 0, min(r.at)
    FROM value_revisions r JOIN indicators i ON i.id = r.indicator_id
    GROUP BY i.plan_id, r.year, r.month
) parts
GROUP BY plan_id, year, month
"""


def upgrade() -> None:
    """Create ``month_summaries`` and fill it; add ``at`` to ``ix_value_revisions_cell``."""
    op.create_table(
        "month_summaries",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("figures", sa.Integer(), nullable=False),
        sa.Column("estimates", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_month_summaries_month")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name=op.f("fk_month_summaries_plan_id_plans")
        ),
        sa.PrimaryKeyConstraint("plan_id", "year", "month", name=op.f("pk_month_summaries")),
    )
    with op.batch_alter_table("value_revisions") as batch:
        batch.drop_index("ix_value_revisions_cell")
        batch.create_index("ix_value_revisions_cell", ["indicator_id", "year", "month", "at"], unique=False)
    op.execute(sa.text(FILL))


def downgrade() -> None:
    """Drop ``month_summaries``; ``ix_value_revisions_cell`` back to the cell alone."""
    with op.batch_alter_table("value_revisions") as batch:
        batch.drop_index("ix_value_revisions_cell")
        batch.create_index("ix_value_revisions_cell", ["indicator_id", "year", "month"], unique=False)
    op.drop_table("month_summaries")

"""Sync: version vectors on figures, month events, trusted keys, peers and bundles.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Existing figures get their version vectors from their own revisions (one installation wrote
them all, in order), and each recorded month state becomes this installation's first month
event, so a database from before sync exchanges its history like any other. Frozen types.
"""
import json
from datetime import datetime, timezone
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TZ = sa.DateTime(timezone=True)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _dumps(vv: dict) -> str:
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def upgrade() -> None:
    """Add the sync columns and tables, then fill them from what the database holds."""
    with op.batch_alter_table("installations") as batch:
        batch.add_column(sa.Column("scope", sa.String(length=20), nullable=False, server_default="commune"))
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("rev_at", TZ, nullable=True))
        batch.add_column(sa.Column("rev_installation", sa.String(length=36), nullable=False, server_default=""))
    with op.batch_alter_table("monthly_values") as batch:
        batch.add_column(sa.Column("vv", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("conflict", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("value_revisions") as batch:
        batch.add_column(sa.Column("vv", sa.Text(), nullable=False, server_default="{}"))
    op.create_table(
        "month_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("state", _enum("event_month_state", "open", "submitted", "approved"), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("cells", sa.Text(), nullable=False),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_month_events_month")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], ondelete="CASCADE", name=op.f("fk_month_events_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_events")),
        sa.UniqueConstraint("installation_id", "seq", name=op.f("uq_month_events_installation_id_seq")),
    )
    op.create_index("ix_month_events_month", "month_events", ["plan_id", "year", "month"])
    op.create_table(
        "trusted_keys",
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=True),
        sa.Column("sign_public", sa.String(length=100), nullable=False),
        sa.Column("box_public", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("trusted_at", TZ, nullable=False),
        sa.Column("trusted_by", sa.String(length=100), nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("installation_id", name=op.f("pk_trusted_keys")),
    )
    op.create_table(
        "peer_knowledge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("origin_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("as_of", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peer_knowledge")),
        sa.UniqueConstraint("peer_id", "origin_id", name=op.f("uq_peer_knowledge_peer_id_origin_id")),
    )
    op.create_table(
        "sync_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("peer_id", sa.String(length=36), nullable=True),
        sa.Column("peer_name", sa.String(length=200), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("processed_at", TZ, nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("acked_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_bundles")),
    )
    op.create_index(op.f("ix_sync_bundles_processed_at"), "sync_bundles", ["processed_at"])
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    local = conn.execute(sa.text("SELECT id, last_seq FROM installations WHERE is_local")).first()
    cells: dict[tuple[int, int, int], dict[str, int]] = {}
    for rid, ind, year, month, inst, seq in conn.execute(sa.text(
        "SELECT id, indicator_id, year, month, installation_id, seq FROM value_revisions ORDER BY id"
    )).all():
        vv = cells.setdefault((ind, year, month), {})
        vv[inst] = max(vv.get(inst, 0), seq)
        conn.execute(sa.text("UPDATE value_revisions SET vv = :vv WHERE id = :id"), {"vv": _dumps(vv), "id": rid})
    for (ind, year, month), vv in cells.items():
        conn.execute(
            sa.text("UPDATE monthly_values SET vv = :vv WHERE indicator_id = :i AND year = :y AND month = :m"),
            {"vv": _dumps(vv), "i": ind, "y": year, "m": month},
        )
    if local is None:
        return
    installation, last_seq = local
    conn.execute(
        sa.text("UPDATE plans SET rev_at = COALESCE(adopted_at, created_at), rev_installation = :i"),
        {"i": installation},
    )
    uids = dict(conn.execute(sa.text("SELECT id, uid FROM indicators")).all())
    months = conn.execute(sa.text(
        "SELECT plan_id, year, month, state, changed_by, changed_at, reason FROM month_status ORDER BY id"
    )).all()
    for plan_id, year, month, state, by, at, reason in months:
        last_seq += 1
        snapshot = {}
        if state == "approved":
            for ind, vv in conn.execute(sa.text(
                "SELECT v.indicator_id, v.vv FROM monthly_values v JOIN indicators i ON i.id = v.indicator_id "
                "WHERE i.plan_id = :p AND v.year = :y AND v.month = :m"
            ), {"p": plan_id, "y": year, "m": month}).all():
                snapshot[uids[ind]] = json.loads(vv)
        conn.execute(
            sa.text(
                "INSERT INTO month_events (plan_id, year, month, state, actor, at, reason, installation_id, seq, vv, cells) "
                "VALUES (:p, :y, :m, :s, :a, :at, :r, :i, :seq, :vv, :cells)"
            ),
            {
                "p": plan_id, "y": year, "m": month, "s": state, "a": by,
                "at": at or datetime.now(timezone.utc), "r": reason, "i": installation, "seq": last_seq,
                "vv": _dumps({installation: last_seq}), "cells": json.dumps(snapshot, sort_keys=True, separators=(",", ":")),
            },
        )
    conn.execute(sa.text("UPDATE installations SET last_seq = :s WHERE id = :i"), {"s": last_seq, "i": installation})


def downgrade() -> None:
    """Drop the sync tables and columns."""
    op.drop_index(op.f("ix_sync_bundles_processed_at"), table_name="sync_bundles")
    op.drop_table("sync_bundles")
    op.drop_table("peer_knowledge")
    op.drop_table("trusted_keys")
    op.drop_index("ix_month_events_month", table_name="month_events")
    op.drop_table("month_events")
    with op.batch_alter_table("value_revisions") as batch:
        batch.drop_column("vv")
    with op.batch_alter_table("monthly_values") as batch:
        batch.drop_column("conflict")
        batch.drop_column("vv")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("rev_installation")
        batch.drop_column("rev_at")
    with op.batch_alter_table("installations") as batch:
        batch.drop_column("scope")

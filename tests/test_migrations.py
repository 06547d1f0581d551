"""Migrations: the schema they build is the schema the code declares; backups come first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.migrations import alembic_config, current_revision, head_revision
from kehoach_desktop.store.schema import Base


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_match_the_declared_schema(db) -> None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = [d for d in compare_metadata(ctx, Base.metadata) if not _expression_index(d)]
    assert diff == []


def _expression_index(diff: object) -> bool:
    # Alembic cannot reflect the coalesce() unique index on SQLite; it is checked by a test instead.
    return "uq_targets_indicator_year" in repr(diff)


def test_constraints_follow_the_naming_convention(db) -> None:
    from sqlalchemy import inspect

    insp = inspect(db.engine)
    assert {fk["name"] for fk in insp.get_foreign_keys("monthly_values")} == {
        "fk_monthly_values_indicator_id_indicators"
    }
    assert "uq_monthly_values_indicator_id_year_month" in {
        uq["name"] for uq in insp.get_unique_constraints("monthly_values")
    }


def test_downgrade_and_upgrade_round_trip(db) -> None:
    config = alembic_config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        conn.commit()
    assert current_revision(db.engine) is None
    again = open_database(db.url.render_as_string(hide_password=False))
    assert current_revision(again.engine) == head_revision()
    again.close()


SECOND_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "next_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # Rebuilds the parent table of monthly values on SQLite (batch mode): with foreign keys on,
    # dropping the old copy would cascade-delete every figure.
    with op.batch_alter_table("indicators") as batch:
        batch.add_column(sa.Column("extra", sa.String(20), nullable=True))


def downgrade():
    with op.batch_alter_table("indicators") as batch:
        batch.drop_column("extra")
"""


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Make the program believe it ships one more migration than it does."""
    import shutil

    from kehoach_desktop.store import migrations

    folder = tmp_path / "migrations"
    shutil.copytree(alembic_config().get_main_option("script_location"), folder)
    (folder / "versions" / "next_test.py").write_text(
        SECOND_MIGRATION.replace("{head}", head_revision()), encoding="utf-8"
    )
    def enable() -> None:
        monkeypatch.setattr(migrations, "script_location", lambda: folder)

    return enable


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # a server is backed up by its admin
def test_upgrade_backs_up_first_and_keeps_every_figure(plan_db, newer_program, _data_dir: Path) -> None:
    from decimal import Decimal as D

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.store.values import ValueEntry, save_values

    db, plan_id = plan_db
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("1", Period(2026, 9), D("612.5"))], "x")
    db.close()
    shipped = head_revision()
    newer_program()
    upgraded = open_database(db.url.database)
    backups = list((Path(db.url.database).parent / "backups").glob("*.db"))  # beside the database
    assert len(backups) == 1 and "before-next_test" in backups[0].name
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (shipped,)
        assert conn.execute("SELECT value FROM monthly_values").fetchall() == [("612.5",)]
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM monthly_values").fetchall() == [("612.5",)]
        assert conn.exec_driver_sql("SELECT count(*) FROM value_revisions").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert current_revision(upgraded.engine) == "next_test"
    upgraded.close()


def test_a_database_from_a_newer_program_is_refused(db_url: str, newer_program) -> None:
    from kehoach_desktop.store import migrations

    real_location = migrations.script_location
    newer_program()
    open_database(db_url).close()
    migrations.script_location = real_location  # back to this program's own migrations
    try:
        with pytest.raises(UserError, match="phiên bản KếHoạch mới hơn"):
            open_database(db_url)
    finally:
        newer_program()  # monkeypatch restores the original at teardown


def test_a_new_database_needs_no_backup(tmp_path: Path, _data_dir: Path) -> None:
    open_database(str(tmp_path / "fresh.db")).close()
    assert not (_data_dir / "backups").exists() and not (tmp_path / "backups").exists()


def test_the_quick_head_is_alembics_head() -> None:
    from kehoach_desktop.store.migrations import quick_head

    assert quick_head() == head_revision()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "current.db"
    open_database(str(path)).close()
    code = (
        "import sys; from kehoach_desktop.store.database import open_database; "
        "open_database(sys.argv[1]).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

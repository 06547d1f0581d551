"""Helpers for the province tests: a province database of generated communes."""

from __future__ import annotations

from kehoach_desktop.demo_commune import install_generated
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.database import Database

#: (code, name) of the small province the tests build.
COMMUNES = (("26734", "Xã Tân Lập"), ("26737", "Xã Hòa Bình"), ("26740", "Phường Đông Hải"), ("26743", "Xã Na Dương"))


def make_province_db(
    db: Database, communes: tuple[tuple[str, str], ...] = COMMUNES, seed: int = 5, denominators: bool = False,
) -> None:
    """Make ``db`` a province's and add a generated commune for each of ``communes`` (with their
    rates' denominators when ``denominators``)."""
    with db.write() as session:
        make_province(session, db.installation_id, "test", "Tỉnh Mẫu")
    for code, name in communes:
        install_generated(db, code, name, seed, "Tỉnh Mẫu", denominators=denominators)

"""PostgreSQL is the `server` extra: without psycopg a postgresql:// URL is refused with how to get it."""

from __future__ import annotations

import io
import sys

import pytest

from kehoach_desktop.cli import main as cli_main
from kehoach_desktop.store.database import StoreError, open_database


def test_a_postgresql_url_without_the_driver_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as in the Windows setup file
    with pytest.raises(StoreError, match=r'pip install "kehoach-desktop\[server\]"'):
        open_database("postgresql://kehoach@127.0.0.1:1/tinh")
    assert cli_main(["plan", "list", "--db", "postgresql://kehoach@127.0.0.1:1/tinh"], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi ở --db: Máy này chưa có trình kết nối cho «postgresql»") and "[server]" in err

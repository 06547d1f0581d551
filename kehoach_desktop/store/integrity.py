"""Is a SQLite file a sound database? Checked with the standard library before anything opens it.

``check_file`` looks at the size and the header, then asks SQLite itself (``PRAGMA quick_check``,
or the slower ``integrity_check`` that also compares every index with its table). It opens the
file read-only and never writes, so a damaged or empty file is left exactly as it was found:
SQLAlchemy's engine would set WAL mode on connect, which turns a 0-byte file into a new, empty
database.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

HEADER = b"SQLite format 3\x00"


class Problem(str):
    """What is wrong with a file, in Vietnamese (a ``str`` so it reads as the message itself)."""


def writable(path: Path) -> bool:
    """True when both the file and its folder can be written (SQLite needs both for its journal)."""
    folder = path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK) and not read_only_mount(folder)


def read_only_mount(folder: Path) -> bool:
    """True on a read-only file system (a write-protected USB stick): root passes ``os.access`` anyway."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs; os.access tells the truth there
        return False


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """An ``sqlite3`` URI opening ``path`` for reading only (``immutable`` when nothing may be written
    next to it, not even the WAL index of a write-protected stick)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; on a read-only folder or medium it opens the file as immutable."""
    immutable = not os.access(path.parent, os.W_OK) or read_only_mount(path.parent)
    return sqlite3.connect(read_only_uri(path, immutable), uri=True, timeout=30)


def check_file(path: Path, full: bool = False) -> Problem | None:
    """None when ``path`` is a sound SQLite database; otherwise what is wrong with it."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        return Problem("không có tệp này")
    except OSError as exc:
        return Problem(f"không đọc được tệp ({exc.strerror or exc})")
    if size == 0:
        return Problem("tệp rỗng (0 byte): có thể bị ghi dở khi mất điện hoặc ổ đầy")
    if not head.startswith(HEADER) or len(head) < 100:
        return Problem("không phải cơ sở dữ liệu SQLite (phần đầu tệp sai hoặc bị ghi đè)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The size in the header counts only when its "valid for" counter matches the change counter.
    sized = head[92:96] == head[24:28]
    wal = Path(f"{path}-wal")
    pending = wal.exists() and wal.stat().st_size > 0  # pages still in the WAL may make the file longer
    if sized and page_size >= 512 and pages and size < pages * page_size and not pending:
        return Problem(f"tệp bị cụt: có {size} byte, phần đầu ghi {pages * page_size} byte")
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return Problem(f"SQLite không mở được tệp ({exc})")
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    except sqlite3.Error as exc:
        return Problem(f"tệp đã hỏng ({exc})")
    finally:
        conn.close()
    if rows != ["ok"]:
        return Problem("tệp đã hỏng: " + "; ".join(rows[:3]))
    return None

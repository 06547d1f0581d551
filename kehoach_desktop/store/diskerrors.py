"""What went wrong with a disk or a database file, in Vietnamese, with what to do about it.

A full disk, a read-only file or folder, a write-protected USB stick, a file locked by another
program, a missing path and a damaged file reach us as ``OSError`` (an errno) or as SQLite's
English text. ``explain`` turns either into one sentence for the officer. Plain Python (no
SQLAlchemy, no Qt): the CLI's and the GUI's last-resort error handlers use it too.
"""

from __future__ import annotations

import errno

#: What SQLite says, lower-cased, mapped to the kind of trouble.
_SQLITE_TEXTS = (
    ("database or disk is full", "full"),
    ("disk is full", "full"),
    ("attempt to write a readonly database", "readonly"),
    ("readonly database", "readonly"),
    ("read-only file system", "readonly_medium"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("database is busy", "locked"),
    ("database disk image is malformed", "damaged"),
    ("file is not a database", "damaged"),
    ("file is encrypted or is not a database", "damaged"),
    ("unable to open database file", "cannot_open"),
    ("disk i/o error", "io"),
)

_ERRNOS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EFBIG: "full",
    errno.EROFS: "readonly_medium",
    errno.EACCES: "readonly",
    errno.EPERM: "readonly",
    errno.ENOENT: "missing",
    errno.ENOTDIR: "missing",
    errno.EIO: "io",
    errno.EBUSY: "locked",
}


def kind_of(error: BaseException) -> str | None:
    """The kind of trouble (``full``, ``readonly``, ``readonly_medium``, ``locked``, ``damaged``,
    ``cannot_open``, ``missing``, ``io``), or None when ``error`` is not about disks or files."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:  # SQLAlchemy wraps the driver's error
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _ERRNOS:
            return _ERRNOS[current.errno]
        text = str(current).lower()
        if type(current).__name__ in {"OperationalError", "DatabaseError"} or "sqlite" in type(current).__module__:
            for fragment, kind in _SQLITE_TEXTS:
                if fragment in text:
                    return kind
        if getattr(current, "winerror", None) in (32, 33):  # Windows: file in use by another process
            return "locked"
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def explain(error: BaseException, where: str | None = None) -> str | None:
    """A Vietnamese sentence for ``error`` about ``where`` (a file or folder), or None."""
    kind = kind_of(error)
    if kind is None:
        return None
    return message(kind, where)


def message(kind: str, where: str | None = None) -> str:
    """The sentence for one kind of trouble (see ``kind_of``)."""
    place = f" «{where}»" if where else ""
    texts = {
        "full": (
            f"Ổ đĩa chứa{place} đã đầy, không ghi được. Số liệu đã lưu trước đó không bị mất. "
            "Hãy xóa bớt tệp không cần (hoặc chép sang ổ khác) cho trống vài trăm MB rồi làm lại."
        ),
        "readonly": (
            f"Không có quyền ghi vào{place} (tệp hoặc thư mục chỉ đọc). Hãy bỏ thuộc tính «Chỉ đọc» "
            "(Read-only) của tệp/thư mục, hoặc chép tệp cơ sở dữ liệu vào thư mục của mình "
            "(ví dụ Documents) rồi mở từ đó."
        ),
        "readonly_medium": (
            f"Ổ đĩa chứa{place} chỉ cho đọc (USB bị gạt khóa chống ghi, đĩa CD, ổ mạng chỉ đọc). "
            "Hãy gạt khóa trên USB về vị trí mở rồi cắm lại, hoặc chép tệp vào máy rồi mở từ đó."
        ),
        "locked": (
            f"Tệp{place} đang bị chương trình khác dùng (có thể một cửa sổ KếHoạch khác, hoặc phần "
            "mềm sao lưu, diệt virus). Hãy đóng chương trình đó rồi thử lại."
        ),
        "damaged": (
            f"Tệp cơ sở dữ liệu{place} đã hỏng. Chương trình không ghi gì vào tệp hỏng. "
            "Hãy khôi phục từ bản sao lưu: kehoach backup list, rồi kehoach backup restore "
            "(hoặc Cài đặt › Sao lưu)."
        ),
        "cannot_open": (
            f"Không mở được{place}: thư mục không tồn tại, không có quyền, hoặc ổ đĩa đã rút ra. "
            "Hãy kiểm tra đường dẫn và quyền ghi của thư mục."
        ),
        "missing": f"Không tìm thấy{place}. Hãy kiểm tra lại đường dẫn (ổ USB còn cắm không?).",
        "io": (
            f"Lỗi đọc/ghi ổ đĩa ở{place} (ổ USB bị rút ra, ổ đĩa hỏng). Hãy cắm lại ổ, chép tệp vào "
            "máy và thử lại; nếu lặp lại, hãy khôi phục từ bản sao lưu."
        ),
    }
    return texts[kind]

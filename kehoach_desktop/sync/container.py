"""The bundle file as a zip container, read under limits before anything else looks inside.

A bundle is a zip of at most four named entries. Everything a hostile or damaged file could use
against the reader is checked from the zip's own directory before a byte is decompressed: the
file's size, the entry count (read from the end record, so a million-entry file is refused
without listing it), names (no folders, no ``..``, only the names the format knows), each
entry's declared size and compression ratio. Reading then stops at the declared size.
"""

from __future__ import annotations

import logging
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..safefile import atomic_writer
from .errors import BundleRefused

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 4
MAX_RATIO = 200
MANIFEST, SIGNATURE, PAYLOAD, SEALED = "manifest.json", "manifest.sig", "payload.json", "payload.enc"
NAMES = (MANIFEST, SIGNATURE, PAYLOAD, SEALED)
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22


@dataclass(frozen=True)
class RawBundle:
    """The entries of a bundle file, unchecked beyond the container's limits."""

    entries: dict[str, bytes]
    size: int


def write_container(path: Path, entries: dict[str, bytes]) -> int:
    """Write ``entries`` as a zip atomically; return the file's size (readable by others: it travels)."""
    with atomic_writer(path, shared=True) as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for name, data in entries.items():
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED if name in (SEALED, SIGNATURE) else zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        size = handle.tell()
    return size


def _refuse(message: str, reason: str) -> BundleRefused:
    return BundleRefused(message, reason)


def _entry_count(path: Path, size: int) -> int:
    """The entry count from the zip's end record, without reading its directory."""
    with path.open("rb") as handle:
        tail_len = min(size, 65535 + _EOCD_SIZE)
        handle.seek(size - tail_len)
        tail = handle.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        raise _refuse(
            "Tệp gói bị cụt hoặc hỏng (không thấy phần cuối của tệp nén): có thể USB bị rút khi đang chép. "
            "Hãy chép lại tệp từ máy gửi.",
            "damaged",
        )
    _sig, _disk, _cd_disk, _n_disk, total, cd_size, cd_offset, _comment = struct.unpack("<4s4H2LH", tail[at : at + _EOCD_SIZE])
    if total == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise _refuse("Tệp gói dùng dạng nén ZIP64 mà gói KếHoạch không bao giờ dùng: tệp không do KếHoạch tạo.", "entries")
    return total


def read_container(path: Path) -> RawBundle:
    """The entries of the bundle at ``path``, or ``BundleRefused`` saying what is wrong."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(f"«{path.name}» là một thư mục, không phải tệp gói: hãy chọn các tệp .kehoach trong thư mục đó.", "unreadable")
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(f"«{path.name}» không phải một tệp thường: hãy chọn tệp gói .kehoach.", "unreadable")
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"Tệp {path.name} lớn {size // (1024 * 1024)} MB, quá giới hạn {MAX_FILE_BYTES // (1024 * 1024)} MB "
            "của một gói đồng bộ: đây không phải gói KếHoạch.",
            "size",
        )
    if size < _EOCD_SIZE:
        raise _refuse(f"Tệp {path.name} quá nhỏ để là gói đồng bộ: tệp bị cụt hoặc rỗng.", "damaged")
    try:
        count = _entry_count(path, size)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if count > MAX_ENTRIES:
        raise _refuse(
            f"Tệp {path.name} chứa {count} mục, trong khi gói KếHoạch chỉ có tối đa {MAX_ENTRIES}: tệp không hợp lệ.",
            "entries",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_infos(infos)
            entries = {info.filename: _read(archive, info) for info in infos}
    except BundleRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        # The library's own words ("Bad CRC-32...") go to the log; the officer reads Vietnamese.
        log.warning("damaged bundle %s: %s", path, exc)
        raise _refuse(
            "Tệp gói bị hỏng (dữ liệu nén không đúng, có thể do USB lỗi hoặc bị rút khi đang chép). "
            "Hãy chép lại tệp từ máy gửi.",
            "damaged",
        ) from exc
    return RawBundle(entries, size)


def _unreadable(path: Path, exc: OSError) -> BundleRefused:
    """A file the system will not let us read: say so in Vietnamese (the OS's words go to the log)."""
    log.warning("cannot read %s: %s", path, exc)
    if isinstance(exc, PermissionError):
        why = "không có quyền đọc tệp (hãy chép tệp vào thư mục của mình rồi chọn lại)"
    elif isinstance(exc, FileNotFoundError):
        why = "không tìm thấy tệp (kiểm tra tên tệp, hoặc USB đã bị rút)"
    else:
        why = "hệ thống báo lỗi khi đọc (USB hỏng hoặc bị rút?)"
    return _refuse(f"Không đọc được «{path.name}»: {why}.", "unreadable")


def _check_infos(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _refuse(f"Tệp gói chứa {len(infos)} mục, nhiều hơn mức tối đa {MAX_ENTRIES}.", "entries")
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if "/" in name or "\\" in name or ".." in name or name.startswith(("/", "~")) or ":" in name:
            raise _refuse(f"Tệp gói chứa tên mục nguy hiểm «{name[:80]}» (đường dẫn thư mục): tệp không hợp lệ.", "names")
        if name not in NAMES or name in seen:
            raise _refuse(f"Tệp gói chứa mục lạ «{name[:80]}»: đây không phải gói KếHoạch.", "names")
        seen.add(name)
        if info.file_size > MAX_ENTRY_BYTES:
            raise _refuse(f"Mục {name} của gói giải nén ra {info.file_size} byte, quá giới hạn: tệp không hợp lệ.", "ratio")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                f"Mục {name} của gói nén với tỉ lệ {info.file_size // max(info.compress_size, 1)}:1, "
                "dấu hiệu của một «bom nén»: tệp bị từ chối.",
                "ratio",
            )
    if MANIFEST not in seen or SIGNATURE not in seen:
        raise _refuse("Tệp gói thiếu phần mô tả hoặc chữ ký: tệp không hợp lệ hoặc bị cụt.", "damaged")
    if (PAYLOAD in seen) == (SEALED in seen):
        raise _refuse("Tệp gói phải có đúng một phần dữ liệu: tệp không hợp lệ.", "damaged")


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than it declared."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _refuse(f"Mục {info.filename} của gói dài khác với khai báo: tệp bị sửa.", "damaged")
    return data

"""Turning a plan document (.txt, .docx, .pdf) into clean Unicode text for the parser.

Every reader ends in :func:`normalize_text`, and every problem the officer can fix (wrong
format, scanned PDF, broken file) is a :class:`UserError` naming the file and what to do.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.planimport import limits
from kehoach_desktop.planimport.legacy import (
    LegacyConverter,
    analyse,
    is_vietnamese_syllable,
    legacy_warnings,
)

MAX_BYTES = 50 * 1024 * 1024
FIELD = "file"
ACCEPTED = (
    "Chương trình đọc được: văn bản .txt, Word .docx và .pdf có lớp chữ; bảng chỉ tiêu Excel "
    ".xlsx theo mẫu thì nhập bằng lệnh “kehoach plan import-xlsx”."
)


@dataclass(frozen=True)
class SourceDocument:
    """A document's text, ready for the parser, and how it was read."""

    text: str  # NFC, "\n" line ends, no NUL
    format: str  # "txt" | "docx" | "pdf"
    encoding: str | None  # how a .txt was decoded; None for .docx and .pdf
    legacy: str | None  # "TCVN3" or "VNI" when a legacy font encoding was found (and converted)
    warnings: tuple[str, ...]  # Vietnamese sentences for the officer
    name: str  # file name, without the folder


# --- normalisation ----------------------------------------------------------------------------

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
# C0 controls other than \t and \n, DEL, C1 controls, and invisible zero-width marks / stray BOMs.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\ufeff]")


def normalize_text(text: str) -> str:
    """NFC first (DOMAIN.md), then one kind of line end, no control characters, plain spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    return _DROP.sub("", text.translate(_SPACES))


def _fix_legacy(text: str) -> tuple[str, str | None, tuple[str, ...]]:
    """Normalise, detect a legacy encoding over the whole text, convert it, normalise again."""
    text = normalize_text(text)
    converter = LegacyConverter(analyse(text))
    text = normalize_text(converter(text))
    scheme = converter.analysis.scheme
    return text, scheme, legacy_warnings(scheme, converter.leftovers)


# --- plain text -------------------------------------------------------------------------------

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    legacy: str | None
    warnings: tuple[str, ...]
    controls: int  # control characters in the raw text: many means it is not a text file


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: NUL high bytes in every other position (ASCII, spaces)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0) / (len(data) / 2), data[1::2].count(0) / (len(data) / 2)
    codec = "utf-16-le" if odd >= 0.2 and even <= 0.02 else "utf-16-be" if even >= 0.2 and odd <= 0.02 else None
    if codec is None:
        return None
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None


def _cp1252_view(data: bytes) -> str:
    """Bytes as Windows-1252 (the 5 undefined bytes as Latin-1): how legacy fonts look."""
    text = data.decode("cp1252", errors="surrogateescape")
    return re.sub("[\udc80-\udcff]", lambda m: chr(ord(m.group()) - 0xDC00), text)


def _vietnamese_words(text: str) -> int:
    return sum(
        1 for w in re.findall(r"[^\W\d_]+", text) if not w.isascii() and is_vietnamese_syllable(w)
    )


def _decode(data: bytes) -> _Decoded:
    warnings: list[str] = []
    raw: str | None = None
    encoding = ""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            raw, encoding = data[len(bom):].decode(codec, errors="replace"), name
            break
    if raw is None and (utf16 := _utf16_without_bom(data)) is not None:
        raw, encoding = utf16
    if raw is None:
        try:
            raw, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            lenient = data.decode("utf-8", errors="replace")
            bad = lenient.count("\ufffd")
            # A few broken bytes in an otherwise UTF-8 file: keep UTF-8 rather than mojibake.
            if sum(ord(c) > 127 for c in lenient) - bad >= 10 * bad:
                raw, encoding = lenient, "utf-8"
    if raw is None:
        # 8-bit text: a legacy font encoding (read through Windows-1252), or Windows-1258.
        view = _cp1252_view(data)
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
        found = analyse(normalize_text(view))
        if found.scheme is not None and found.legacy_votes > _vietnamese_words(cp1258):
            raw, encoding = view, "cp1252"
        else:
            raw, encoding = cp1258, "cp1258"
            warnings.append(
                "Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258 (cp1258). Hãy kiểm tra "
                "chữ có dấu; nếu sai, hãy lưu lại tệp dạng Unicode (UTF-8) rồi nhập lại."
            )
    if bad := raw.count("\ufffd"):
        warnings.append(
            f"Tệp có {bad} ký tự không đọc được, đã thay bằng “\ufffd”; hãy đối chiếu với bản gốc."
        )
    controls = len(re.findall("[\x00-\x08\x0e-\x1f]", raw))
    text, legacy, notes = _fix_legacy(raw)
    return _Decoded(text, encoding, legacy, (*warnings, *notes), controls)


def decode_text(data: bytes) -> tuple[str, str, str | None]:
    """Decode a plain-text file's bytes: (normalised Unicode text, encoding, legacy scheme)."""
    decoded = _decode(data)
    return decoded.text, decoded.encoding, decoded.legacy


# --- .pdf -------------------------------------------------------------------------------------


def _read_pdf(data: bytes, name: str) -> tuple[str, str | None, tuple[str, ...]]:
    with _quiet("pypdf"):  # damaged files make pypdf log warnings; the officer gets our message
        return _pdf_text(data, name)


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_text(data: bytes, name: str) -> tuple[str, str | None, tuple[str, ...]]:
    from pypdf import PasswordType, PdfReader  # imported here so the CLI starts fast

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs are "encrypted" with an empty password
            except Exception:  # e.g. an unsupported cipher
                opened = PasswordType.NOT_DECRYPTED
            if not opened:
                raise UserError(
                    f"Tệp PDF “{name}” được đặt mật khẩu nên không đọc được. Hãy xin bản không đặt "
                    "mật khẩu (hoặc bản .docx), hoặc mở bằng trình đọc PDF và lưu lại thành PDF "
                    "không mật khẩu, rồi nhập lại.",
                    FIELD,
                )
        limits.check_pdf_pages(len(reader.pages), name)
        pages = list(reader.pages)
    except UserError:
        raise
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise UserError(
            f"Tệp “{name}” không mở được như tệp PDF (tệp hỏng hoặc tải về chưa xong). Hãy tải "
            "lại tệp, hoặc dùng bản .docx của văn bản.",
            FIELD,
        ) from error
    texts, blank = [], []
    deadline, length = limits.Deadline(limits.MAX_PDF_SECONDS, f"tệp PDF “{name}”"), 0
    for number, page in enumerate(pages, start=1):
        deadline.check()
        try:
            text = page.extract_text() or ""
        except Exception:  # one damaged page should not lose the others
            text = ""
        length += len(text)
        if length > limits.MAX_TEXT_CHARS:
            limits.check_text(" " * length, name)
        if not any(c.isalnum() for c in text):
            blank.append(number)
        texts.append(text)
    if len(blank) == len(pages):
        raise UserError(
            f"Tệp PDF “{name}” không có lớp chữ: có thể là bản scan (ảnh chụp văn bản). Hãy dùng "
            "bản PDF có chữ (xuất từ Word), bản .docx của văn bản, hoặc nhận dạng chữ (OCR) "
            "trước rồi nhập kết quả.",
            FIELD,
        )
    text, scheme, notes = _fix_legacy("\n".join(texts))
    if blank:
        pages_list = ", ".join(map(str, blank))
        notes = (
            f"Trang {pages_list} của tệp PDF không có lớp chữ (có thể là ảnh scan); nội dung các "
            "trang này chưa được đọc, hãy nhập bổ sung bằng tay.",
            *notes,
        )
    return text, scheme, notes


# --- dispatch ---------------------------------------------------------------------------------

_IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"}
_OTHER_BINARY = {
    ".odt", ".rtf", ".ppt", ".pptx", ".odp", ".ods", ".zip", ".rar", ".7z", ".exe", ".htm",
    ".html", ".xml", ".mp3", ".mp4",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refuse(message: str) -> UserError:
    return UserError(f"{message} {ACCEPTED}", FIELD)


def _kind(data: bytes, suffix: str, name: str) -> str:
    """"txt", "docx" or "pdf", judged by content first (files get renamed), then by extension."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            names = set()
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            raise _refuse(f"Tệp “{name}” là bảng tính Excel, không phải văn bản.")
    excel = f"Tệp “{name}” là bảng tính Excel, không phải văn bản."
    if data.startswith(_OLE):  # the old Office container: .doc, .xls, or a password-protected .docx
        if suffix in (".xls", ".xlt"):
            raise _refuse(f"{excel} Bảng Excel cũ (.xls) cần lưu lại thành .xlsx trong Excel trước.")
        if suffix == ".docx":
            raise _refuse(
                f"Tệp “{name}” được đặt mật khẩu hoặc là tệp Word cũ (.doc) đổi đuôi. Hãy mở bằng "
                "Word, bỏ mật khẩu và lưu lại thành .docx, rồi nhập lại."
            )
        if suffix not in (".ppt",):
            raise _refuse(_DOC_MESSAGE.format(name=name))
    if data.startswith(b"{\\rtf"):
        raise _refuse(
            f"Tệp “{name}” là định dạng RTF. Hãy mở bằng Word và lưu lại thành .docx "
            "(Tệp > Lưu thành > Word Document)."
        )
    image = data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*"))
    if image or suffix in _IMAGES:
        raise _refuse(
            f"Tệp “{name}” là ảnh, không có lớp chữ để đọc. Hãy dùng bản .docx hoặc .pdf có chữ "
            "của văn bản, hoặc nhận dạng chữ (OCR) trước rồi nhập kết quả."
        )
    if suffix == ".pdf":
        raise UserError(
            f"Tệp “{name}” có đuôi .pdf nhưng không phải tệp PDF (tệp hỏng hoặc tải về chưa "
            "xong). Hãy tải lại tệp, hoặc dùng bản .docx của văn bản.",
            FIELD,
        )
    if suffix == ".docx":
        raise UserError(
            f"Tệp “{name}” có đuôi .docx nhưng không phải tài liệu Word .docx (tệp hỏng, tải về "
            "chưa xong, hoặc định dạng khác đổi đuôi). Hãy mở tệp bằng Word rồi lưu lại thành "
            ".docx (hoặc xuất ra .pdf) và nhập lại.",
            FIELD,
        )
    if suffix == ".doc":
        raise _refuse(_DOC_MESSAGE.format(name=name))
    if suffix in (".xls", ".xlsx", ".xlsm", ".xlt", ".xltx"):
        raise _refuse(excel)
    if suffix in _OTHER_BINARY or data.startswith(b"PK\x03\x04"):
        raise _refuse(f"Chương trình chưa đọc được định dạng “{suffix or 'không rõ'}” của tệp “{name}”.")
    return "txt"


_DOC_MESSAGE = (
    "Tệp “{name}” là tài liệu Word cũ (.doc), chương trình chưa đọc được định dạng này. Hãy mở "
    "tệp bằng Word, chọn Tệp > Lưu thành (File > Save As), chọn kiểu “Word Document (*.docx)”, "
    "rồi nhập tệp .docx đó."
)


def read_document(path: str | Path) -> SourceDocument:
    """Read a plan document; every problem the officer can fix is a :class:`UserError`."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise UserError(f"Không tìm thấy tệp “{name}” ({path}). Hãy kiểm tra lại đường dẫn và tên tệp.", FIELD)
    if path.is_dir():
        raise UserError(
            f"“{name}” là một thư mục, không phải tệp. Hãy chọn tệp văn bản kế hoạch (.txt, .docx "
            "hoặc .pdf).",
            FIELD,
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(
                f"Tệp “{name}” quá lớn ({size / 1024 / 1024:.0f} MB, tối đa {MAX_BYTES // 1024 // 1024} "
                "MB). Văn bản nghị quyết thường chỉ vài MB: hãy kiểm tra có đúng tệp không, hoặc lưu "
                "riêng phần chứa các chỉ tiêu thành tệp nhỏ hơn.",
                FIELD,
            )
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            f"Không đọc được tệp “{name}” ({error.strerror or error}). Hãy kiểm tra quyền truy cập, "
            "hoặc đóng chương trình đang mở tệp rồi thử lại.",
            FIELD,
        ) from error
    if not data:
        raise UserError(
            f"Tệp “{name}” rỗng (0 byte). Có thể tệp chưa được lưu hoặc tải về chưa xong; hãy "
            "kiểm tra lại tệp.",
            FIELD,
        )
    kind = _kind(data, path.suffix.lower(), name)
    encoding: str | None = None
    if kind == "docx":
        from .docx_text import read_docx  # python-docx loads only when a .docx comes

        limits.check_docx(data, name)
        text, legacy, warnings = read_docx(data, name)
    elif kind == "pdf":
        text, legacy, warnings = _read_pdf(data, name)
    else:
        if len(data) > 4 * limits.MAX_TEXT_CHARS:  # more than the longest text, in any encoding
            limits.check_text(" " * (len(data) // 4), name)
        decoded = _decode(data)
        if decoded.controls > max(8, len(decoded.text) // 100):
            raise _refuse(f"Tệp “{name}” không phải tệp văn bản (có nhiều ký tự nhị phân).")
        text, encoding, legacy, warnings = decoded.text, decoded.encoding, decoded.legacy, decoded.warnings
    limits.check_text(text, name)
    if not any(c.isalnum() for c in text):
        raise UserError(
            f"Tệp “{name}” không có nội dung chữ nào để đọc. Hãy kiểm tra có đúng tệp văn bản kế "
            "hoạch không.",
            FIELD,
        )
    return SourceDocument(text, kind, encoding, legacy, tuple(warnings), name)

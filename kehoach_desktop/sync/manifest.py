"""The manifest: what a bundle says about itself, signed by its sender.

It is stored as the exact bytes that were signed; nothing in it is trusted before the
signature is checked, except the format version, which decides how to check the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.errors import UserError
from .errors import BundleRefused
from .keys import PublicKey, unb64

FORMAT = "kehoach-bundle"
VERSION = "1.3"
MAJOR = 1
MAX_MANIFEST = 4 * 1024 * 1024
KINDS = ("data", "ack", "template")
#: Kinds written with a newer major version: a province's template is 2.x (``sync.template``), so
#: an app reading 1.x only refuses it as "made by a newer version" instead of misreading it.
MAJORS = {"template": 2}
_VERSION_RE = re.compile(r"^(\d{1,4})\.(\d{1,4})$")


def digest(data: bytes) -> str:
    """SHA-256 as hex."""
    return hashlib.sha256(data).hexdigest()


def encode(manifest: dict[str, Any]) -> bytes:
    """The manifest's bytes, as signed (sorted keys, compact, UTF-8)."""
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest (fields checked for type; authenticity is the signature's job)."""

    raw: dict[str, Any]
    bundle_id: str
    created_at: datetime
    kind: str
    sender: PublicKey
    commune: dict[str, Any]
    recipient: dict[str, Any] | None
    full: bool
    ranges: dict[str, list[int]]
    counts: dict[str, int]
    knowledge: dict[str, int]
    acks: list[str]
    payload_name: str
    payload_sha256: str
    payload_size: int
    encryption: dict[str, Any] | None

    @property
    def commune_code(self) -> str:
        """The commune the bundle belongs to."""
        return str(self.commune.get("code", ""))


def _bad(detail: str) -> BundleRefused:
    return BundleRefused(f"Phần mô tả của gói không hợp lệ ({detail}): tệp bị sửa hoặc không do KếHoạch tạo.", "manifest")


def parse(data: bytes) -> Manifest:
    """A manifest from its bytes; ``BundleRefused`` for a newer major version or bad fields."""
    if len(data) > MAX_MANIFEST:
        raise _bad("quá lớn")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad("không đọc được") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleRefused("Tệp này không phải gói đồng bộ KếHoạch.", "manifest")
    match = _VERSION_RE.match(str(raw.get("version", "")))
    if match is None:
        raise _bad("thiếu phiên bản định dạng")
    if int(match.group(1)) > MAJORS.get(str(raw.get("kind")), MAJOR):
        raise BundleRefused(
            f"Gói được tạo bằng phiên bản KếHoạch mới hơn (định dạng {raw['version']}; chương trình này đọc "
            f"định dạng {VERSION}). Hãy cập nhật KếHoạch lên bản mới nhất rồi nhập lại.",
            "version",
        )
    try:
        sender = PublicKey.from_json(raw["sender"])
        payload = raw["payload"]
        manifest = Manifest(
            raw=raw, bundle_id=_id(raw["bundle_id"]), created_at=_time(raw["created_at"]), kind=_kind(raw["kind"]),
            sender=sender, commune=_obj(raw["commune"]), recipient=None if raw.get("recipient") is None else _obj(raw["recipient"]),
            full=bool(raw["full"]), ranges={str(k): [_count(a), _count(b)] for k, (a, b) in _obj(raw["ranges"]).items()},
            counts={str(k): _count(v) for k, v in _obj(raw["counts"]).items()},
            knowledge={str(k): _count(v) for k, v in _obj(raw["knowledge"]).items()},
            acks=[_id(a) for a in raw.get("acks", [])],
            payload_name=str(payload["name"]), payload_sha256=str(payload["sha256"]), payload_size=int(payload["size"]),
            encryption=None if raw.get("encryption") is None else _obj(raw["encryption"]),
        )
    except BundleRefused:
        raise
    except UserError as exc:
        raise _bad(str(exc)) from exc
    except KeyError as exc:
        raise _bad(f"thiếu trường {exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        # Our own checks speak Vietnamese; the library's (datetime, int) do not.
        own = isinstance(exc, ValueError) and str(exc).startswith(("số ", "mã gói", "loại gói", "thời điểm"))
        raise _bad(str(exc) if own else "một trường sai kiểu hoặc sai dạng") from exc
    commune = manifest.commune
    if not isinstance(commune.get("code"), str) or not 1 <= len(commune["code"]) <= 20:
        raise _bad("mã xã")
    if not isinstance(commune.get("name", ""), str) or not isinstance(commune.get("province") or "", str):
        raise _bad("tên xã")
    if manifest.encryption is not None:
        for name, size in (("ephemeral_public", 32), ("nonce", 12)):
            try:
                ok = len(unb64(manifest.encryption.get(name), name)) == size
            except UserError:
                ok = False
            if not ok:
                raise _bad(f"mã hoá: {name}")
        if not isinstance(manifest.encryption.get("recipient_fingerprint"), str):
            raise _bad("mã hoá: vân tay máy nhận")
    return manifest


def _count(v: Any) -> int:
    """A non-negative whole number of a sane size (not a bool, a float or 10**400)."""
    if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 2**62:
        raise ValueError(f"số {str(v)[:20]}")
    return v


def _obj(v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise TypeError("không phải đối tượng")
    return v


def _id(v: Any) -> str:
    if not isinstance(v, str) or not 1 <= len(v) <= 36:
        raise ValueError("mã gói")
    return v


def _kind(v: Any) -> str:
    if v not in KINDS:
        raise BundleRefused(
            f"Gói thuộc loại «{str(v)[:40]}» mà phiên bản KếHoạch này chưa biết: hãy cập nhật KếHoạch lên bản mới "
            "nhất rồi nhập lại. Không có gì thay đổi.", "version")
    return str(v)


def _time(v: Any) -> datetime:
    try:
        t = datetime.fromisoformat(str(v))
    except ValueError:
        raise ValueError("thời điểm không đúng dạng") from None
    if t.tzinfo is None:
        raise ValueError("thời điểm thiếu múi giờ")
    return t

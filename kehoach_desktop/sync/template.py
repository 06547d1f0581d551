"""The province's template bundle: its standard indicator list and, optionally, a year's targets per commune.

A template travels in the same signed container as a data bundle (``container``, ``manifest``,
``crypto``), with manifest ``kind`` ``template`` and format version ``2.0``: an app that reads
format 1.x only refuses it with "made by a newer KếHoạch, update" instead of misreading it. The
payload (``payload.json``, or sealed to one commune's PC as ``payload.enc``) is::

    {"format": "kehoach-template", "version": 1, "province": {"name": ...}, "title": ...,
     "groups": [{"key", "title"}], "indicators": [{"code", "name", "unit", "group", "parent",
     "direction", "aggregation"}], "targets": null | {"year": Y, "communes": [{"code", "name",
     "targets": {indicator code: target text}}]}}

Reading checks the signature and hashes (``verify.open_bundle``), then every field's type, length
and count here; a target's number is read (and bounded by ``domain.bounds``) when it is compared
with a commune's plan. Whether the signer may send a template is ``check_template_sender``'s job.
"""

from __future__ import annotations

import json
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..domain.bounds import MAX_CODE, name_problem
from ..domain.model import Aggregation, Direction
from ..store.types import utcnow
from . import container, crypto, manifest
from .errors import BundleRefused
from .keys import KeyPair, PublicKey, b64, local_keys, unb64
from .trust import check_sender
from .verify import Opened, open_bundle

KIND = "template"
#: The manifest version of a template: major 2, so a 1.x reader refuses it as "newer".
VERSION = "2.0"
PAYLOAD_FORMAT = "kehoach-template"
PAYLOAD_VERSION = 1
#: Stands for "every commune" where a data bundle's manifest names its commune.
ALL_COMMUNES = "*"
#: Limits: a province's list is a few dozen indicators; 168 communes at most in one province.
MAX_BYTES = 16 * 1024 * 1024
MAX_INDICATORS = 2_000
MAX_GROUPS = 200
MAX_COMMUNES = 5_000
MAX_TARGETS = 200_000
MAX_NAME_CHARS = 1_000
MAX_TARGET_CHARS = 300


@dataclass(frozen=True)
class TemplateIndicator:
    """One indicator of the province's standard list."""

    code: str
    name: str
    unit: str
    group: str
    parent: str | None
    direction: Direction
    aggregation: Aggregation


@dataclass(frozen=True)
class CommuneTargets:
    """One commune's targets for the template's year, by indicator code (target texts)."""

    code: str
    name: str
    targets: dict[str, str]


@dataclass(frozen=True)
class Template:
    """A template's contents, fields checked."""

    province: str
    title: str
    groups: tuple[tuple[str, str], ...]
    indicators: tuple[TemplateIndicator, ...]
    year: int | None
    communes: tuple[CommuneTargets, ...]

    def targets_for(self, commune_code: str) -> CommuneTargets | None:
        """The targets of ``commune_code``, or None when the template has none for it."""
        return next((c for c in self.communes if c.code == commune_code), None)


@dataclass(frozen=True)
class OpenedTemplate:
    """A template bundle whose signature holds, opened and parsed."""

    opened: Opened
    template: Template

    @property
    def bundle_id(self) -> str:
        """The bundle's id (a second adoption of the same file is a no-op)."""
        return self.opened.manifest.bundle_id

    @property
    def sender(self) -> PublicKey:
        """The key that signed it."""
        return self.opened.manifest.sender


# ------------------------------------------------------------------------------------ writing


def to_json(t: Template) -> dict[str, Any]:
    """The payload object of ``t``."""
    return {
        "format": PAYLOAD_FORMAT, "version": PAYLOAD_VERSION, "province": {"name": t.province}, "title": t.title,
        "groups": [{"key": k, "title": title} for k, title in t.groups],
        "indicators": [{"code": i.code, "name": i.name, "unit": i.unit, "group": i.group, "parent": i.parent,
                        "direction": i.direction.value, "aggregation": i.aggregation.value} for i in t.indicators],
        "targets": None if t.year is None else {"year": t.year, "communes": [
            {"code": c.code, "name": c.name, "targets": dict(c.targets)} for c in t.communes]},
    }


def write_template(
    path: Path, t: Template, *, installation_id: str, sender_name: str, to: PublicKey | None = None,
    encrypt: bool = False,
) -> tuple[str, int]:
    """Sign (and with ``encrypt`` seal to ``to``) the template and write it atomically: (bundle id, size)."""
    body = _encode(to_json(t))
    parse_payload(body)  # what is written must read back: the same checks as the commune's
    keys: KeyPair = local_keys(installation_id)
    bundle_id = str(uuid.uuid4())
    encryption = None
    if encrypt and to is not None:
        eph, nonce, sealed = crypto.seal(zlib.compress(body, 6), to.box_public, bundle_id.encode("ascii"))
        encryption = {"scheme": crypto.SCHEME, "ephemeral_public": b64(eph), "nonce": b64(nonce),
                      "recipient_fingerprint": to.fingerprint, "compression": "zlib"}
        body, name = sealed, container.SEALED
    else:
        name = container.PAYLOAD
    sender = keys.public(sender_name, "province", None)
    counts = {"indicators": len(t.indicators), "communes": len(t.communes),
              "targets": sum(len(c.targets) for c in t.communes)}
    raw: dict[str, Any] = {
        "format": manifest.FORMAT, "version": VERSION, "bundle_id": bundle_id, "created_at": utcnow().isoformat(),
        "kind": KIND, "sender": sender.to_json(),
        "commune": {"code": ALL_COMMUNES, "name": t.province, "province": t.province},
        "recipient": {"installation_id": to.installation_id, "name": to.name, "fingerprint": to.fingerprint} if to else None,
        "full": False, "ranges": {}, "counts": counts, "knowledge": {}, "acks": [],
        "payload": {"name": name, "sha256": manifest.digest(body), "size": len(body)}, "encryption": encryption,
    }
    data = manifest.encode(raw)
    size = container.write_container(path, {container.MANIFEST: data, container.SIGNATURE: crypto.sign(keys.sign, data), name: body})
    return bundle_id, size


def _encode(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


# ------------------------------------------------------------------------------------ reading


def not_data_bundle() -> BundleRefused:
    """What the data importer says of a template (``reason`` ``template``: callers route it here)."""
    return BundleRefused(
        "Đây là gói danh mục chỉ tiêu (mẫu) của tỉnh, không phải gói số liệu: hãy xem và áp dụng bằng "
        "«kehoach plan template preview|adopt», hoặc nhập trên trang Đồng bộ.", "template",
    )


def open_template(path: Path, installation_id: str) -> OpenedTemplate:
    """The template at ``path``: signature, hashes and payload checked (sealed ones opened with this PC's key)."""
    opened = open_bundle(path)
    m = opened.manifest
    if m.kind != KIND:
        raise BundleRefused("Tệp này là gói số liệu, không phải gói danh mục chỉ tiêu của tỉnh: hãy nhập bằng "
                            "«kehoach bundle import».", "kind")
    body = opened.body
    if len(body) != m.payload_size:
        raise BundleRefused("Phần dữ liệu của gói dài khác với số ghi ở phần mô tả: tệp bị sửa.", "hash")
    if m.encryption is not None:
        from .importer import _inflate  # the one bounded inflation of a sealed payload

        keys = local_keys(installation_id)
        if m.encryption.get("recipient_fingerprint") != keys.public("", "", None).fingerprint:
            who = (m.recipient or {}).get("name") or "máy khác"
            raise BundleRefused(f"Gói được mã hoá cho «{who}», máy này không mở được. Hãy nhập gói trên đúng máy nhận.",
                                "recipient")
        plain = crypto.unseal(keys.box, unb64(m.encryption["ephemeral_public"], "ephemeral_public"),
                              unb64(m.encryption["nonce"], "nonce"), body, m.bundle_id.encode("ascii"))
        if plain is None:
            raise BundleRefused("Không giải mã được gói: dữ liệu mã hoá đã bị sửa.", "decrypt")
        body = _inflate(plain)
    t = parse_payload(body)
    counts = {"indicators": len(t.indicators), "communes": len(t.communes),
              "targets": sum(len(c.targets) for c in t.communes)}
    if any(m.counts.get(k) != v for k, v in counts.items()):
        raise BundleRefused("Số mục trong gói khác với số ghi ở phần mô tả: tệp bị sửa.", "payload")
    return OpenedTemplate(opened, t)


def check_template_sender(session: Session, sender: PublicKey) -> None:
    """Refuse unless ``sender``'s key is trusted here, not revoked, and trusted as a province's key."""
    from ..store.schema import TrustedKeyRow

    name = sender.name or sender.installation_id
    problem = check_sender(session, sender)
    if problem == "unknown_key":
        raise BundleRefused(
            f"Máy gửi «{name}» chưa có trong danh sách tin cậy của máy này (vân tay {sender.fingerprint}). Chỉ áp dụng "
            "danh mục chỉ tiêu do máy của tỉnh đã được tin cậy ký: hãy nhận tệp khóa (.khoa) của tỉnh, so vân tay qua "
            "điện thoại rồi tin cậy (trang Đồng bộ, hoặc kehoach key trust TỆP_KHÓA). Không có gì thay đổi.",
            "unknown_key")
    if problem == "key_changed":
        raise BundleRefused(
            f"Máy gửi «{name}» dùng khóa khác với khóa đã tin cậy trước đây (có thể gói bị giả). Không có gì thay đổi; "
            "hãy gọi cho tỉnh để kiểm tra.", "key_changed")
    if problem == "revoked_key":
        raise BundleRefused(f"Khóa của máy gửi «{name}» đã bị thu hồi trên máy này. Không có gì thay đổi.", "revoked_key")
    row = session.get(TrustedKeyRow, sender.installation_id)
    if row is None or row.scope != "province":
        raise BundleRefused(
            f"«{name}» là máy của một xã, không phải máy của tỉnh: chỉ tỉnh mới được gửi danh mục chỉ tiêu và mục "
            "tiêu giao cho xã. Gói bị từ chối, không có gì thay đổi.", "scope")


class _Bad(Exception):
    """A template payload field that fails its check; its message names the field."""


def _str(obj: Any, what: str, limit: int, empty: bool = False) -> str:
    """One line of text within ``limit``, no control or bidi characters (``domain.bounds``)."""
    if not isinstance(obj, str):
        raise _Bad(f"{what} không phải chữ")
    text = " ".join(obj.split())
    if not text and empty:
        return text
    problem = name_problem(text, limit)
    if problem is not None:
        raise _Bad(f"{what} {problem}")
    return text


def _list(obj: Any, what: str, limit: int) -> list[Any]:
    if not isinstance(obj, list):
        raise _Bad(f"{what} không phải danh sách")
    if len(obj) > limit:
        raise _Bad(f"{what} có {len(obj)} mục, tối đa {limit}")
    return obj


def _dict(obj: Any, what: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise _Bad(f"{what} không phải đối tượng")
    return obj


def parse_payload(data: bytes) -> Template:
    """A template from its payload bytes; ``BundleRefused`` naming the first bad field."""
    if len(data) > MAX_BYTES:
        raise BundleRefused(f"Phần dữ liệu của gói danh mục lớn hơn {MAX_BYTES // 1024 // 1024} MB: tệp không hợp lệ.", "size")
    try:
        raw = _dict(json.loads(data.decode("utf-8")), "gói")
        if raw.get("format") != PAYLOAD_FORMAT or raw.get("version") != PAYLOAD_VERSION:
            raise _Bad("định dạng hoặc phiên bản danh mục")
        return _parse(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleRefused("Phần dữ liệu của gói danh mục không đọc được: tệp bị sửa hoặc hỏng.", "payload") from exc
    except _Bad as exc:
        raise BundleRefused(f"Gói danh mục chỉ tiêu không hợp lệ ({exc}): tệp bị sửa hoặc không do KếHoạch tạo. "
                            "Không có gì thay đổi.", "payload") from exc


def _parse(raw: dict[str, Any]) -> Template:
    province = _str(_dict(raw.get("province"), "tỉnh").get("name"), "tên tỉnh", 200)
    title = _str(raw.get("title", ""), "tiêu đề", 500, empty=True)
    groups = []
    for g in _list(raw.get("groups"), "nhóm", MAX_GROUPS):
        g = _dict(g, "nhóm")
        groups.append((_str(g.get("key"), "mã nhóm", 100), _str(g.get("title"), "tên nhóm", 500)))
    keys = {k for k, _ in groups}
    indicators: list[TemplateIndicator] = []
    seen: set[str] = set()
    for i in _list(raw.get("indicators"), "chỉ tiêu", MAX_INDICATORS):
        i = _dict(i, "chỉ tiêu")
        code = _str(i.get("code"), "mã chỉ tiêu", MAX_CODE)
        if code in seen:
            raise _Bad(f"mã chỉ tiêu {code} lặp lại")
        seen.add(code)
        group = _str(i.get("group", ""), f"nhóm của {code}", 100, empty=True)
        if group and group not in keys:
            raise _Bad(f"nhóm «{group}» của {code} không có trong danh sách nhóm")
        parent = i.get("parent")
        parent = None if parent is None else _str(parent, f"chỉ tiêu cha của {code}", MAX_CODE)
        try:
            direction, aggregation = Direction(i.get("direction")), Aggregation(i.get("aggregation"))
        except ValueError:
            raise _Bad(f"cách tính của chỉ tiêu {code}") from None
        indicators.append(TemplateIndicator(code, _str(i.get("name"), f"tên chỉ tiêu {code}", MAX_NAME_CHARS),
                                            _str(i.get("unit", ""), f"đơn vị của {code}", 100, empty=True),
                                            group, parent, direction, aggregation))
    if not indicators:
        raise _Bad("không có chỉ tiêu nào")
    for ind in indicators:
        if ind.parent is not None and (ind.parent not in seen or ind.parent == ind.code):
            raise _Bad(f"chỉ tiêu cha {ind.parent} của {ind.code}")
    year, communes = _targets(raw.get("targets"), seen)
    return Template(province, title, tuple(groups), tuple(indicators), year, communes)


def _targets(raw: Any, codes: set[str]) -> tuple[int | None, tuple[CommuneTargets, ...]]:
    if raw is None:
        return None, ()
    raw = _dict(raw, "mục tiêu")
    year = raw.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise _Bad("năm của mục tiêu")
    communes: list[CommuneTargets] = []
    seen: set[str] = set()
    total = 0
    for c in _list(raw.get("communes"), "các xã", MAX_COMMUNES):
        c = _dict(c, "xã")
        code = _str(c.get("code"), "mã xã", 20)
        if code in seen:
            raise _Bad(f"xã {code} lặp lại")
        seen.add(code)
        targets = _dict(c.get("targets"), f"mục tiêu của xã {code}")
        total += len(targets)
        if total > MAX_TARGETS:
            raise _Bad(f"quá {MAX_TARGETS} mục tiêu")
        texts = {}
        for ind, text in targets.items():
            if ind not in codes:
                raise _Bad(f"mục tiêu của xã {code} cho chỉ tiêu {str(ind)[:20]} không có trong danh mục")
            texts[ind] = _str(text, f"mục tiêu {ind} của xã {code}", MAX_TARGET_CHARS)
        communes.append(CommuneTargets(code, _str(c.get("name", ""), f"tên xã {code}", 200, empty=True), texts))
    return year, tuple(communes)

"""A province PC and a commune PC for the template-bundle tests, keys exchanged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.domain.model import Aggregation, Group, Indicator, Plan, PlanKind, PlanStatus
from kehoach_desktop.planimport.xlsx import write_plan_xlsx
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.schema import CommuneRow, IndicatorRow, TargetRow
from sync_support import PC, make_pc, trust_all

PROVINCE = "Tỉnh Thử Nghiệm"
#: The commune's own plan: 1-3 shared with the province, 8 only its own, 9 named like the province's B9.
LOCAL = (("1", "Chỉ tiêu 1", "tấn"), ("2", "Chỉ tiêu 2", "tấn"), ("3", "Chỉ tiêu 3", "tấn"),
         ("8", "Chỉ tiêu riêng của xã", "cái"), ("9", "Tỷ lệ hộ nghèo", "%"))
#: The province's list: 1 as is, 2 renamed, 3 in hectares, 4 new, B9 = the commune's 9 by name.
STANDARD = (("1", "Chỉ tiêu 1", "tấn"), ("2", "Sản lượng lúa", "tấn"), ("3", "Chỉ tiêu 3", "ha"),
            ("4", "Số hợp tác xã", "HTX"), ("B9", "TỶ LỆ HỘ NGHÈO.", "%"))


@dataclass
class Offices:
    """The province's PC and one commune's PC (06253), each trusting the other."""

    province: PC
    commune: PC
    tmp: Path


def draft_of(rows: tuple[tuple[str, str, str], ...]) -> PlanDraft:
    """An adopted 2026-2030 plan with these (code, name, unit) indicators in one group."""
    return PlanDraft(Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED), [Group("kt", "Kinh tế")],
                     [Indicator(c, n, u, "kt", aggregation=Aggregation.FLOW) for c, n, u in rows])


def standard_xlsx(tmp: Path) -> Path:
    """The province's list as the plan's Excel template, filled in."""
    path = tmp / "danh-muc-tinh.xlsx"
    write_plan_xlsx(draft_of(STANDARD), path, PROVINCE)
    return path


def targets_xlsx(tmp: Path, rows: list[list[object]], year: int = 2027) -> Path:
    """The province's targets sheet with a title row and these data rows."""
    wb = Workbook()
    ws = wb.active
    ws.append(["MỤC TIÊU GIAO CÁC XÃ"])
    ws.append(["Mã xã", "Tên xã", "Mã chỉ tiêu", f"Mục tiêu năm {year}"])
    for row in rows:
        ws.append(row)
    path = tmp / f"muc-tieu-{len(rows)}.xlsx"
    wb.save(path)
    return path


def offices(tmp: Path, commune_url: str | None = None, commune_province: str | None = PROVINCE) -> Offices:
    """The two PCs: the province lists communes 06253 and 06254; the commune has the ``LOCAL`` plan."""
    province = make_pc(tmp, "Tinh")
    commune = make_pc(tmp, "Xa", commune_url)
    with province.db.write() as session:
        make_province(session, province.db.installation_id, "t", PROVINCE)
        session.add_all([CommuneRow(code="06253", name="Xã Thử", province=PROVINCE),
                         CommuneRow(code="06254", name="Xã Bên", province=PROVINCE)])
    with commune.db.write() as session:
        row = init_commune(session, commune.db.installation_id, "06253", "Xã Thử", commune_province, "t")
        create_plan(session, commune.db.installation_id, row.id, draft_of(LOCAL), "t")
    trust_all(province, commune)
    return Offices(province, commune, tmp)


def indicators(pc: PC) -> dict[str, tuple[str, str]]:
    """The commune's indicators: code -> (name, unit)."""
    with pc.db.read() as session:
        return {r.code: (r.name, r.unit) for r in session.scalars(select(IndicatorRow))}


def year_targets(pc: PC, year: int) -> dict[str, tuple[str, str, str | None]]:
    """The stored targets for ``year``: code -> (text, source, source_ref)."""
    with pc.db.read() as session:
        rows = session.execute(select(IndicatorRow.code, TargetRow.text, TargetRow.source, TargetRow.source_ref)
                               .join(TargetRow, TargetRow.indicator_id == IndicatorRow.id).where(TargetRow.year == year))
        return {r.code: (r.text, r.source, r.source_ref) for r in rows}


def resign(signer: PC, base: Path, out: Path, body: bytes, counts: dict[str, int] | None = None) -> Path:
    """``base`` with ``body`` as its payload, signed again by ``signer``'s own key (as its holder can)."""
    import json
    import zipfile

    from kehoach_desktop.sync import container, manifest
    from kehoach_desktop.sync.keys import local_keys

    with zipfile.ZipFile(base) as z:
        raw = json.loads(z.read(container.MANIFEST))
    keys = local_keys(signer.db.installation_id)
    raw["sender"] = keys.public(raw["sender"]["name"], "province", None).to_json()
    raw["payload"] = {"name": container.PAYLOAD, "sha256": manifest.digest(body), "size": len(body)}
    if counts is not None:
        raw["counts"] = counts
    raw["bundle_id"] = raw["bundle_id"][:-4] + "f0rg"
    data = manifest.encode(raw)
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(container.MANIFEST, data)
        z.writestr(container.SIGNATURE, keys.sign.sign(data))
        z.writestr(container.PAYLOAD, body)
    return out

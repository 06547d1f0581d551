"""The province's template bundle: written at the province, reviewed and adopted at a commune.

``export_template`` reads the files first (the plan's Excel template, the targets sheet), builds
the template in a read transaction (``province.template_export``), writes the signed file, then
records it as sent. ``preview_template`` checks the file (signature, trusted province key, this
commune's province) and lists what would change (``sync.template_apply.build_diff``);
``adopt_template`` does the same checks again and writes the chosen changes in one transaction. The
GUI's review dialog and ``kehoach plan template ...`` / ``province template ...`` call these.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..store.database import Database
from ..sync.template_apply import Change, TemplateDiff
from .changes import Changes, Outcome


@dataclass(frozen=True)
class TemplateWritten:
    """A template bundle written at the province."""

    bundle_id: str
    path: Path
    size: int
    indicators: int
    communes: int
    targets: int
    year: int | None
    encrypted: bool


@dataclass(frozen=True)
class TemplateAdopted:
    """What adopting did: ``applied`` (changes written), ``already`` (this file was adopted before) or ``unchanged``."""

    status: str
    changes: tuple[Change, ...]
    diff: TemplateDiff


def export_template(
    db: Database, out: Path, *, actor: str, from_commune: str | None = None, plan_xlsx: Path | None = None,
    year: int | None = None, targets_xlsx: Path | None = None, to_key: Path | None = None, encrypt: bool = False,
) -> Outcome[TemplateWritten]:
    """Write the province's template (list, and a year's targets when ``year`` is given) to ``out``."""
    from ..planimport.province_targets_xlsx import read_province_targets_xlsx
    from ..province.template_export import build_template
    from ..store.operations import audit
    from ..store.schema import BundleRow
    from ..store.types import utcnow
    from ..sync.keys import read_key_file
    from ..sync.template import write_template

    if encrypt and to_key is None:
        raise UserError("Muốn mã hoá gói thì phải có tệp khóa của máy nhận (--to).", "to")
    if targets_xlsx is not None and year is None:
        raise UserError("Bảng mục tiêu cần năm của mục tiêu: hãy ghi --year, ví dụ --year 2027.", "year")
    if out.suffix.lower() != ".kehoach":
        raise UserError(f"Tệp gói phải có đuôi .kehoach (đang là «{out.name}»).", "out")
    to = read_key_file(to_key) if to_key is not None else None
    draft = None
    if plan_xlsx is not None:
        from ..planimport.xlsx import read_plan_xlsx

        draft = read_plan_xlsx(plan_xlsx)
    given = read_province_targets_xlsx(targets_xlsx, year) if targets_xlsx is not None and year is not None else None
    with db.read() as session:
        template = build_template(session, db.installation_id, from_commune=from_commune, draft=draft, year=year,
                                  targets=given)
        from ..store.schema import Installation

        name = session.get(Installation, db.installation_id).name  # type: ignore[union-attr]
    bundle_id, size = write_template(out, template, installation_id=db.installation_id, sender_name=name, to=to,
                                     encrypt=encrypt)
    targets = sum(len(c.targets) for c in template.communes)
    with db.write() as session:
        now = utcnow()
        session.add(BundleRow(
            bundle_id=bundle_id, direction="out", kind="template", peer_id=to.installation_id if to else None,
            peer_name=to.name if to else "", commune_code=None, created_at=now, processed_at=now, file_name=str(out)[:500],
            full=False, encrypted=encrypt, counts="{}", summary="{}",
        ))
        audit(session, db.installation_id, actor, "template.export", "bundle", bundle_id, file=str(out), size=size,
              indicators=len(template.indicators), communes=len(template.communes), targets=targets, year=year,
              recipient=to.name if to else None, encrypted=encrypt)
    return Outcome(TemplateWritten(bundle_id, out, size, len(template.indicators), len(template.communes), targets, year,
                                   encrypt), Changes(sync=True))


def preview_template(
    db: Database, path: Path, plan_id: int | None = None, mapping: Mapping[str, str | None] | None = None,
) -> TemplateDiff:
    """Every check, then what adopting ``path`` into the plan would change; nothing is written."""
    from ..sync.template import open_template
    from ..sync.template_apply import build_diff

    opened = open_template(Path(path), db.installation_id)
    with db.read() as session:
        return build_diff(session, db.installation_id, opened, plan_id, mapping)


def adopt_template(
    db: Database, path: Path, actor: str, plan_id: int | None = None,
    mapping: Mapping[str, str | None] | None = None, selected: Collection[str] | None = None,
) -> Outcome[TemplateAdopted]:
    """Adopt the ``selected`` changes (None: all) in one transaction; a file adopted before changes nothing."""
    from ..store.schema import BundleRow
    from ..sync.errors import BundleRefused
    from ..sync.importer import refusing_database_errors
    from ..sync.template import open_template
    from ..sync.template_apply import adopt, build_diff

    path = Path(path)
    opened = open_template(path, db.installation_id)
    with db.read() as session:
        before = build_diff(session, db.installation_id, opened, plan_id, mapping)
    if before.applied:
        return Outcome(TemplateAdopted("already", (), before))
    if db.is_sqlite:  # as a bundle import: the adoption can be undone from this copy
        from ..store.backup import backup_before

        backup_before(Path(db.display_name), "import")
    try:
        with refusing_database_errors(), db.write() as session:
            diff = build_diff(session, db.installation_id, opened, plan_id, mapping)
            if diff.applied:  # adopted meanwhile (another window, another officer)
                return Outcome(TemplateAdopted("already", (), diff))
            made = adopt(session, db.installation_id, opened, diff, selected, actor, str(path))
    except BundleRefused as exc:
        # Two officers adopting at once on a server: the second one's bundle row collides with the
        # first's (rolled back): it was adopted, by the other.
        if exc.reason != "payload":
            raise
        with db.read() as session:
            if session.get(BundleRow, opened.bundle_id) is None:
                raise
        return Outcome(TemplateAdopted("already", (), before))
    status = "applied" if made else "unchanged"
    return Outcome(TemplateAdopted(status, tuple(made), diff), Changes(plan=True, sync=True))


def write_targets_sheet(
    db: Database, out: Path, year: int, *, from_commune: str | None = None, plan_xlsx: Path | None = None,
) -> int:
    """The province's sheet to fill: every listed commune x the standard list, targets typed here filled in."""
    from ..planimport.province_targets_xlsx import write_province_targets_xlsx
    from ..province.communes import province_communes
    from ..province.template_export import build_template, list_source, province_installation

    if out.suffix.lower() != ".xlsx":
        raise UserError(f"Tệp xuất phải có đuôi .xlsx (đang là «{out.name}»).", "out")
    draft = None
    if plan_xlsx is not None:
        from ..planimport.xlsx import read_plan_xlsx

        draft = read_plan_xlsx(plan_xlsx)
    with db.read() as session:
        province_installation(session, db.installation_id)
        source = list_source(session, from_commune, draft)
        communes = [(c.code, c.name) for c in province_communes(session)]
        try:  # targets already typed at the province for that year, to revise
            held = build_template(session, db.installation_id, draft=source, year=year)
            filled = {c.code: c.targets for c in held.communes}
        except UserError:
            filled = {}
    if not communes:
        raise UserError("Máy này chưa có danh sách xã: hãy nhập bằng «kehoach province communes import» trước.", "db")
    rows = [(i.code, " ".join(i.name.split()), i.unit) for i in source.indicators]
    return write_province_targets_xlsx(communes, rows, year, out, filled)

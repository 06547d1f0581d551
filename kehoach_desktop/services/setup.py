"""Starting a session: the first-run set-up, whether it is needed, and what a session works on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.draft import PlanDraft
from ..domain.errors import UserError
from .changes import Changes, Outcome

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..sync.importer import Prepared
    from ..store.commune_edit import CommuneInfo, SetupResult
    from ..store.database import Database
    from ..store.values import ValueEntry

#: Where the first plan comes from.
DOCUMENT, EXCEL, SAMPLE, LATER = "document", "excel", "sample", "later"


@dataclass(frozen=True)
class SessionInfo:
    """What the window needs to know about the database after login."""

    commune_name: str
    plan_id: int | None
    plan_years: range | None
    plan_is_draft: bool
    #: A province's computer: the communes it holds, as (plan id, label), one shown at a time.
    province_plans: tuple[tuple[int, str], ...] | None = None


@dataclass(frozen=True)
class SetupRequest:
    """Everything the first-run wizard collected."""

    commune_fields: tuple[str, str, str | None] | None
    username: str
    full_name: str
    password: str
    source: str  # DOCUMENT, EXCEL, SAMPLE or LATER
    path: str | None = None
    province: str | None = None  # a province's computer: its name, and no commune


def needs_setup(db: Database) -> bool:
    """True while the database has no account, or no commune on a commune's computer."""
    from ..store.commune_edit import is_province
    from ..store.queries import commune
    from ..store.users import has_users

    with db.read() as session:
        if not has_users(session):
            return True
        return commune(session) is None and not is_province(session, db.installation_id)


def existing_setup(db: Database) -> tuple[CommuneInfo | None, bool]:
    """The commune already set up (a database made by the CLI or the demo), and whether it has a plan."""
    from sqlalchemy import select

    from ..store.commune_edit import commune_info
    from ..store.schema import PlanRow

    with db.read() as session:
        return commune_info(session), session.scalars(select(PlanRow.id)).first() is not None


def session_info(db: Database, keep_plan: int | None = None) -> SessionInfo:
    """The commune and the plan to work on (on a province's computer, ``keep_plan`` if it still exists)."""
    from ..domain.model import PlanStatus
    from ..store.commune_edit import is_province
    from ..store.queries import commune, commune_plans, current_plan
    from ..store.schema import Installation

    with db.read() as session:
        if is_province(session, db.installation_id):
            # A province's computer gathers communes through Đồng bộ; it shows one at a time.
            own = session.get(Installation, db.installation_id)
            plans = tuple(commune_plans(session))
            chosen = keep_plan if keep_plan in {p for p, _ in plans} else (plans[0][0] if plans else None)
            if chosen is None:
                return SessionInfo(own.name if own else "", None, None, False, plans)
            row = current_plan(session, chosen)
            return SessionInfo(
                own.name if own else "", row.id, range(row.start_year, row.end_year + 1), False, plans
            )
        unit = commune(session)
        try:
            plan = current_plan(session)
        except UserError:
            return SessionInfo(unit.name if unit else "", None, None, False)
        return SessionInfo(
            unit.name if unit else "", plan.id, range(plan.start_year, plan.end_year + 1),
            plan.status is PlanStatus.DRAFT,
        )


def load_plan_source(source: str, path: str | None) -> tuple[PlanDraft | None, list[ValueEntry]]:
    """The plan (and sample figures) to store for ``source``; UserError when a file cannot be used."""
    if source == SAMPLE:
        from ..demo import demo_draft, demo_entries

        return demo_draft(), demo_entries()
    if source == LATER or not path:
        return None, []
    file = Path(path)
    # Judge by the file, not the button: an .xlsx chosen as "document" is still the template.
    if file.suffix.lower() == ".xlsx":
        from ..planimport.xlsx import read_plan_xlsx

        return read_plan_xlsx(file), []
    from ..planimport.output import parse_plan_file, to_draft

    doc, parsed = parse_plan_file(file)
    if not parsed.indicators:
        raise UserError(
            f'Không tìm thấy chỉ tiêu nào trong {doc.name}. Hãy chọn tệp khác, hoặc chọn "Để sau".', "file"
        )
    return to_draft(parsed, doc.name), []


def store_setup(
    db: Database, request: SetupRequest, draft: PlanDraft | None, entries: list[ValueEntry],
) -> Outcome[SetupResult]:
    """Write commune, administrator and the plan already read (``load_plan_source``) in one transaction."""
    from ..store.commune_edit import first_setup

    with db.write() as session:
        result = first_setup(
            session, db.installation_id, commune_fields=request.commune_fields,
            admin_username=request.username, admin_full_name=request.full_name,
            admin_password=request.password, draft=draft, entries=entries, province=request.province,
        )
    return Outcome(result, Changes(plan=draft is not None, users=True, commune=True))


# -- joining an office: a new PC takes the plan and figures from another PC's full bundle ------------

#: How to make the bundle this asks for, said in every refusal that a new bundle would lift.
_MAKE_FULL = ("Trên máy kia, mở trang Đồng bộ, bấm «Xuất gói đồng bộ...» và chọn «Toàn bộ: mọi số liệu của xã» "
              "(hoặc chạy «kehoach bundle export --full»), rồi chọn tệp mới ở đây.")


@dataclass(frozen=True)
class OfficeBundle:
    """What a full bundle from another PC of the office brings to this new PC."""

    sender_name: str
    fingerprint: str
    commune_code: str
    commune_name: str
    province: str | None
    #: (title, first year, last year) of each plan it brings.
    plans: tuple[tuple[str, int, int], ...]
    #: Figures (months with a value) it brings.
    figures: int


def _check_empty(session: Session) -> None:
    """Joining is for a new PC only: one with data already syncs through Đồng bộ instead."""
    from sqlalchemy import select

    from ..store.schema import CommuneRow, PlanRow, UserRow

    for table in (UserRow, CommuneRow, PlanRow):
        if session.scalars(select(table.id)).first() is not None:
            raise UserError(
                "Cơ sở dữ liệu này đã có dữ liệu, nên không nhận kế hoạch từ máy khác ở đây được. "
                "Hãy đăng nhập rồi nhập gói ở trang Đồng bộ.", "database",
            )


def _check_office_bundle(prepared: Prepared) -> None:
    """Only a commune PC's full bundle with its plan can set up a new PC of that commune."""
    from ..sync.errors import BundleRefused

    m = prepared.opened.manifest
    if m.sender.scope == "province":
        raise BundleRefused(
            "Gói này do máy của tỉnh (huyện) xuất ra, không phải của một máy trong xã. Hãy nhận gói đầy đủ từ một "
            "máy của văn phòng xã. " + _MAKE_FULL, "province",
        )
    if m.kind != "data" or not m.full or not prepared.payload.plans:
        raise BundleRefused(
            "Gói này không phải gói đầy đủ: nó không mang kế hoạch của xã (gói chỉ có các thay đổi mới, hoặc "
            "gói xác nhận), nên không thiết lập máy mới từ nó được. " + _MAKE_FULL, "not_full",
        )


def office_bundle(db: Database, path: Path, accept_fingerprint: str | None) -> OfficeBundle:
    """Check ``path`` for ``join_office`` and say what it brings; nothing is written.

    An unknown sender is refused (``BundleRefused`` with the sender's key) until a person has
    compared its fingerprint and passes it as ``accept_fingerprint``.
    """
    from ..sync.importer import prepare_bundle, preview_bundle

    prepared = prepare_bundle(db, path, accept_fingerprint)
    _check_office_bundle(prepared)
    with db.read() as session:
        _check_empty(session)
    summary = preview_bundle(db, path, accept_fingerprint).summary
    m = prepared.opened.manifest
    plans = tuple(
        (str(p.get("title") or ""), int(p["start_year"]), int(p["end_year"])) for p in prepared.payload.plans
    )
    return OfficeBundle(
        m.sender.name or m.sender.installation_id, m.sender.fingerprint, m.commune_code,
        str(m.commune.get("name") or m.commune_code), m.commune.get("province"), plans,
        sum(1 for c in summary.changes if c.new_value is not None),
    )


def join_office(
    db: Database, path: Path, accept_fingerprint: str | None, username: str, full_name: str, password: str,
) -> Outcome[SetupResult]:
    """Set up this new PC from another PC's full bundle, in one transaction.

    The first administrator is created, the sender's key trusted for the bundle's commune (its
    fingerprint confirmed by a person: ``accept_fingerprint``), and the bundle imported: the
    commune, its plan and figures are this PC's from then on, so no second copy of the plan is
    made. This PC keeps its own installation id. Any refusal leaves the database empty.
    """
    from ..domain.access import Role
    from ..domain.model import PlanStatus
    from ..store.commune_edit import SetupResult, to_info
    from ..store.queries import commune, current_plan
    from ..store.users import create_user
    from ..sync.importer import prepare_bundle, refusing_database_errors, write_prepared

    prepared = prepare_bundle(db, path, accept_fingerprint)
    _check_office_bundle(prepared)
    actor = username.strip().lower()
    with refusing_database_errors(), db.write() as session:
        _check_empty(session)
        admin = create_user(session, db.installation_id, actor, username, full_name, Role.ADMIN, password)
        write_prepared(session, db.installation_id, prepared, path, admin.username,
                       trust_commune=prepared.opened.manifest.commune_code)
        unit = commune(session)
        plan = current_plan(session)
        assert unit is not None  # the bundle's commune was just written
        result = SetupResult(admin=admin, commune=to_info(unit), plan_id=plan.id,
                             plan_is_draft=plan.status is PlanStatus.DRAFT)
    return Outcome(result, Changes(plan=True, users=True, commune=True, sync=True))

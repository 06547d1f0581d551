"""Writes to the commune and its plans, each with its audit event in the same transaction.

Callers run these inside ``Database.write()``; a rejected operation raises before anything is
flushed, and the transaction around it rolls back whatever was, so the database is unchanged.
Monthly figures have their own module, ``values``.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import bindparam, event, select, update
from sqlalchemy.orm import Session, aliased

from ..domain.draft import PlanDraft, check_draft
from ..domain.errors import UserError
from ..domain.model import (
    PlanStatus,
    TargetRule,
)
from ..paths import data_dir
from .database import AppSession
from .driver import Prepared
from .schema import (
    AuditRow,
    CommuneRow,
    GroupRow,
    IndicatorRow,
    Installation,
    PlanRow,
    TargetRow,
)
from .types import utcnow


def audit(
    session: Session, installation_id: str, actor: str, action: str, entity: str, key: str,
    **details: Any,
) -> None:
    """Record who did what; call inside the transaction that makes the change."""
    session.add(
        AuditRow(
            at=utcnow(), actor=actor, installation_id=installation_id, action=action,
            entity=entity, entity_key=key,
            details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
        )
    )


class Numbers(NamedTuple):
    """Numbers reserved for new changes: the origin they are numbered under, and the numbers."""

    origin: str
    seqs: range


# Built once: every save takes its numbers here, and building the statements cost more than running them.
# Run on the driver (``driver.Prepared``).
_LOCK = Prepared(
    update(Installation)
    .where(Installation.id == bindparam("installation"))
    .values(last_seq=Installation.last_seq)
)
_HELD = aliased(Installation)
_LOCAL = Prepared(
    select(
        Installation.name, Installation.scope, Installation.last_seq, Installation.origin,
        _HELD.last_seq.label("held"),
    )
    .outerjoin(_HELD, _HELD.id == Installation.origin)
    .where(Installation.id == bindparam("installation"))
)
_ADVANCE = Prepared(
    update(Installation)
    .where(Installation.id == bindparam("writing_origin"))
    .values(last_seq=Installation.last_seq + bindparam("count"))
)


def next_seqs(session: Session, installation_id: str, count: int) -> Numbers:
    """Reserve ``count`` consecutive revision numbers for changes this installation makes now.

    They are numbers of ``writing_origin``: the installation's own id, or the fresh origin it
    took after a restore from a backup. The first UPDATE takes the row lock (PostgreSQL) or the
    write lock (SQLite) before the numbers are read, so two writers can never be handed the same
    numbers. Every synced change of figures or month states takes its number here, so this is
    where a province's PC is refused: it reviews communes' figures and never writes them (they
    would travel back to the commune as the commune's).
    """
    origin, last = _origin_and_last(session, installation_id, refuse_province=True)
    _ADVANCE.run(session, {"writing_origin": origin, "count": count})
    last += count  # read under the lock, so no other writer moved it in between
    # Noted once the transaction commits: numbers of a rolled-back write are handed out again,
    # so an installation's numbers never have holes (peers count what they hold by them).
    session.info.setdefault(_GIVEN, {})[origin] = last
    return Numbers(origin, range(last - count + 1, last + 1))


def writing_origin(session: Session, installation_id: str) -> str:
    """The origin this installation's new changes are numbered under; call inside the write.

    Its own id until a restore from a backup is detected: the numbers noted outside the database
    (``_numbers_given``) pass the ones the database remembers. The changes it made after the
    backup live on at other PCs, and a new change numbered after them would claim, through its
    version vector, to have seen them: at every PC it would replace them with no conflict (issue
    17, defect 9). So the installation takes a fresh origin, recorded as an installation row of
    the same name, numbered from 1 and known to no vector: its next changes and the lost ones are
    concurrent, and a cell both touched waits for the leader. A restore to a backup made after
    that keeps the fresh origin; one made before forgets it and takes yet another.
    """
    return _origin_and_last(session, installation_id)[0]


def _origin_and_last(session: Session, installation_id: str, refuse_province: bool = False) -> tuple[str, int]:
    """``writing_origin`` and the last number it handed out, read under the lock."""
    conn = session.connection()
    # Take the row lock (PostgreSQL; SQLite's write lock is already held) before reading, so two
    # writers cannot both start a fresh origin nor be handed the same numbers.
    _LOCK.run(conn, {"installation": installation_id})
    found = _LOCAL.first(conn, {"installation": installation_id})
    if found is None:
        raise UserError("Cơ sở dữ liệu không có bản ghi của máy này; hãy mở lại chương trình.", "db")
    name, scope, last_seq, local_origin, held = found
    if refuse_province and scope == "province":
        raise UserError(
            "Máy này là máy tổng hợp của tỉnh: số liệu và việc duyệt tháng của các xã chỉ xem ở đây, không sửa. "
            "Hãy sửa trên máy của xã rồi gửi gói lên tỉnh.",
            "province",
        )
    origin, last = installation_id, last_seq
    if local_origin and held is not None:
        origin, last = local_origin, held
    # The note is read once per process and file (``_given``): a save costs no file read.
    if _numbers_given(origin) <= last:
        return origin, last
    fresh = str(uuid.uuid4())
    session.add(Installation(id=fresh, name=name, is_local=False, last_seq=0, scope=scope))
    session.flush()
    session.execute(update(Installation).where(Installation.id == installation_id).values(origin=fresh))
    return fresh, 0


def own_origins(session: Session) -> set[str]:
    """The origins this installation numbers changes under now: its own id and, after a restore,
    its fresh origin."""
    row = session.execute(select(Installation.id, Installation.origin).where(Installation.is_local)).first()
    return set() if row is None else {o for o in (row.id, row.origin) if o}


def raise_last_seq(session: Session, installation_id: str, seq: int) -> None:
    """This installation's own change ``seq`` (of origin ``installation_id``, one of
    ``own_origins``) came back in a bundle (its database was restored from a backup): never hand
    that number out again."""
    session.execute(
        update(Installation)
        .where(Installation.id == installation_id, Installation.last_seq < seq)
        .values(last_seq=seq)
    )


_GIVEN = "kehoach_numbers_given"
#: The last numbers noted, by note file: each read once per process. Keyed by the file, not the
#: installation, so a process that moves to another data folder (tests, a portable copy) never
#: carries one folder's notes into another.
_given: dict[Path, int] = {}


@event.listens_for(AppSession, "after_commit")
def _committed(session: Session) -> None:
    for installation_id, last in session.info.pop(_GIVEN, {}).items():
        _note_numbers_given(installation_id, last)


@event.listens_for(AppSession, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_GIVEN, None)


def _numbers_file(installation_id: str) -> Path:
    return data_dir() / "numbers" / installation_id


def _numbers_given(installation_id: str) -> int:
    """The highest number this installation (or origin) has handed out, as noted outside the database.

    A database restored from a backup (its ``backups`` folder, a USB copy) has forgotten the
    numbers it gave after the backup; other PCs hold changes under them. Reusing one would make
    two different changes look like one on every PC, and numbering after them would make a new
    change look as if it had seen them, so the note outlives the restore (``writing_origin``).
    """
    path = _numbers_file(installation_id)
    if path not in _given:
        try:
            _given[path] = int(path.read_text(encoding="ascii").strip() or 0)
        except (OSError, ValueError):
            _given[path] = 0
    return _given[path]


def _note_numbers_given(installation_id: str, last: int) -> None:
    path = _numbers_file(installation_id)
    _given[path] = max(last, _given.get(path, 0))
    # Written in place with a fixed width (every save commits one): a 20-byte write at the start
    # of the file replaces the whole number at once, and costs no rename. No fsync: a lost note
    # only loses the guard. Readers strip the leading zeros.
    data = b"%020d" % last
    try:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
    except OSError:  # a read-only profile: the database's own numbers still guard a live database
        pass


def touch_plan(row: PlanRow, installation_id: str) -> None:
    """Stamp an edit of a plan's definitions: on sync the newest stamp wins."""
    row.rev_at, row.rev_installation = utcnow(), installation_id


def check_commune_name(name: str) -> str:
    """The name trimmed; UserError when it is empty."""
    name = (name or "").strip()
    if not name:
        raise UserError("Tên xã không được để trống, ví dụ: Xã Na Dương.", "commune-name")
    return name


def init_commune(
    session: Session, installation_id: str, code: str, name: str, province: str | None, actor: str
) -> CommuneRow:
    """Register the commune this database tracks."""
    code, name = code.strip(), check_commune_name(name)
    if not code or not code.isalnum():
        raise UserError(f'Mã xã "{code}" không hợp lệ: mã đơn vị hành chính chỉ gồm chữ số, ví dụ 06253.', "commune-code")
    if session.scalars(select(CommuneRow).where(CommuneRow.code == code)).first() is not None:
        raise UserError(f"Xã mã {code} đã có trong cơ sở dữ liệu này.", "commune-code")
    row = CommuneRow(code=code, name=name, province=(province or "").strip() or None)
    session.add(row)
    session.flush()
    audit(session, installation_id, actor, "commune.create", "commune", code, name=name, province=row.province)
    return row


def create_plan(
    session: Session, installation_id: str, commune_id: int, draft: PlanDraft, actor: str
) -> PlanRow:
    """Store a plan with its groups, indicators and target rules."""
    check_draft(draft)
    plan = draft.plan
    row = PlanRow(
        uid=str(uuid.uuid4()), commune_id=commune_id, kind=plan.kind, status=plan.status,
        start_year=plan.start_year, end_year=plan.end_year, title=plan.title,
        resolution_ref=plan.resolution_ref, source_text=plan.source_text,
        source_name=draft.source_name,
        adopted_at=utcnow() if plan.status is PlanStatus.ADOPTED else None,
    )
    touch_plan(row, installation_id)
    session.add(row)
    group_rows = {g.key: GroupRow(plan=row, key=g.key, title=g.title, position=i) for i, g in enumerate(draft.groups)}
    session.add_all(group_rows.values())
    ind_rows: dict[str, IndicatorRow] = {}
    for position, ind in enumerate(draft.indicators):
        span = draft.spans.get(ind.code)
        ind_row = IndicatorRow(
            uid=str(uuid.uuid4()), plan=row, group=group_rows.get(ind.group), code=ind.code,
            name=ind.name.strip(), unit=ind.unit.strip(), direction=ind.direction,
            aggregation=ind.aggregation, baseline_value=ind.baseline_value,
            baseline_year=ind.baseline_year, responsible_office=ind.responsible_office,
            position=position, parent=ind_rows.get(ind.parent_code or ""),
            source_start=span[0] if span else None, source_end=span[1] if span else None,
            review_flags=",".join(draft.flags.get(ind.code, ())),
        )
        ind_rows[ind.code] = ind_row
        for rule in draft.rules.get(ind.code, ()):
            ind_row.targets.append(_target_row(rule))
    session.add_all(ind_rows.values())
    session.flush()
    audit(
        session, installation_id, actor, "plan.create", "plan", row.uid,
        kind=plan.kind.value, years=f"{plan.start_year}-{plan.end_year}",
        indicators=len(ind_rows), status=plan.status.value,
    )
    return row


def _target_row(rule: TargetRule) -> TargetRow:
    return TargetRow(
        year=rule.year, kind=rule.kind, value=rule.value, low=rule.low, high=rule.high,
        baseline_year=rule.baseline_year, per_year=rule.per_year, points=rule.points,
        measures_change=rule.measures_change, text=rule.text, source=rule.source.value,
        source_ref=rule.source_ref,
    )


def adopt_plan(session: Session, installation_id: str, plan_id: int, actor: str) -> PlanRow:
    """Mark a reviewed draft plan as adopted."""
    row = session.get(PlanRow, plan_id)
    if row is None:
        raise UserError(f"Không có kế hoạch số {plan_id}.", "plan")
    if row.status is PlanStatus.ADOPTED:
        raise UserError(f"Kế hoạch số {plan_id} đã được thông qua từ trước.", "plan")
    # Every way in (screen, CLI) waits for the review: a flagged reading is not a plan yet.
    flagged = session.scalars(
        select(IndicatorRow.code)
        .where(IndicatorRow.plan_id == plan_id, IndicatorRow.review_flags != "")
        .order_by(IndicatorRow.position, IndicatorRow.id)
    ).all()
    if flagged:
        shown = ", ".join(flagged[:15]) + (" ..." if len(flagged) > 15 else "")
        raise UserError(
            f"Chưa thông qua được: còn {len(flagged)} chỉ tiêu cần rà soát ({shown}). Hãy sửa hoặc xác nhận "
            f"từng chỉ tiêu trên màn hình Chỉ tiêu, hoặc «kehoach plan confirm {plan_id} --indicator MÃ» "
            "sau khi đã đối chiếu với văn bản.",
            "plan",
        )
    row.status = PlanStatus.ADOPTED
    row.adopted_at = utcnow()
    touch_plan(row, installation_id)
    audit(session, installation_id, actor, "plan.adopt", "plan", row.uid)
    return row

"""Importing many bundles at once (a province's folder of communes' files): one durable commit
per batch of bundles, each bundle still all-or-nothing, every file with its own result.

A batch is one write transaction (one fsync on SQLite) holding up to ``BATCH_BUNDLES`` bundles or
``BATCH_SECONDS`` of work, so other writers never wait long. Inside it every bundle runs in its own
savepoint: a refused or faulty file is rolled back alone and the files after it go on.

What an officer sees when the import itself breaks (the disk fills, the server goes away, the
program is killed, the database stays locked by someone else):

* bundles of batches already committed stay imported (their result said so);
* the batch being written is rolled back as a whole: its files are reported ``rolled_back``
  (nothing of them is kept; import them again), the file that failed ``error`` or ``refused``
  with the database's message, and the files not reached ``not_imported``. A killed process
  leaves exactly that on disk: the committed batches, nothing of the one in progress.

Importing the same folder again is always safe: files already held say ``duplicate``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..store.database import Database
from ..store.diskerrors import kind_of
from .errors import BundleRefused
from .importer import (
    ImportResult,
    Prepared,
    bulk_objects,
    check_against,
    lock_imports,
    open_payload,
    refusing_database_errors,
    write_prepared,
)
from .merge import Summary
from .verify import open_bundle

log = logging.getLogger(__name__)

#: At most this many bundles, or this many seconds of work, in one transaction (one fsync).
BATCH_BUNDLES = 50
BATCH_SECONDS = 3.0
#: The file name ending of a bundle, looked for in a folder.
SUFFIX = ".kehoach"

#: ``progress(done, total, file)`` after each file.
Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class FileOutcome:
    """One file's result.

    ``status``: ``imported``, ``duplicate`` (this very bundle was imported before), ``nothing_new``
    (all of it arrived another way), ``refused`` (``reason``, ``message``), ``error`` (an
    unexpected fault, in the log), ``rolled_back`` (merged, but its batch could not be committed:
    nothing of it kept) or ``not_imported`` (not reached: the import stopped before it).
    """

    path: Path
    status: str
    reason: str | None = None
    message: str | None = None
    result: ImportResult | None = None
    #: The refusal itself, for a caller that offers to trust an unknown key.
    refusal: BundleRefused | None = None


def bundle_files(names: Iterable[Path]) -> list[Path]:
    """The files to import: each file named, and each folder's bundle files (by name, not its
    subfolders). A folder without any bundle stays in the list, to be refused with its reason."""
    found: list[Path] = []
    for name in names:
        inside = sorted(p for p in name.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()) if name.is_dir() else []
        found.extend(inside or [name])
    return found


def import_files(
    db: Database, paths: Sequence[Path], *, actor: str, accept_fingerprint: str | None = None,
    max_bundles: int = BATCH_BUNDLES, max_seconds: float = BATCH_SECONDS, progress: Progress | None = None,
) -> list[FileOutcome]:
    """Import ``paths`` in order, in batches (see the module); one outcome per path, in order."""
    outcomes: list[FileOutcome] = []
    if db.is_sqlite and paths:  # an import can be undone from this copy (one per run of imports)
        from ..store.backup import backup_before

        backup_before(Path(db.display_name), "import")
    with bulk_objects():
        while len(outcomes) < len(paths):
            _batch(db, paths, outcomes, actor, accept_fingerprint, max(1, max_bundles), max_seconds, progress)
    return outcomes


def _batch(
    db: Database, paths: Sequence[Path], outcomes: list[FileOutcome], actor: str, accept: str | None,
    max_bundles: int, max_seconds: float, progress: Progress | None,
) -> None:
    """One transaction: files from ``len(outcomes)`` on, until the batch is full or time is up."""
    pending: list[int] = []  # outcomes imported in this batch, not committed yet
    try:
        with db.write() as session:
            lock_imports(session)
            start = time.monotonic()
            while len(outcomes) < len(paths) and len(pending) < max_bundles and time.monotonic() - start < max_seconds:
                outcome = _one(session, db.installation_id, paths[len(outcomes)], actor, accept)
                if outcome.status == "imported":
                    pending.append(len(outcomes))
                outcomes.append(outcome)
                if progress is not None:
                    progress(len(outcomes), len(paths), outcome.path)
    except Exception as exc:  # noqa: BLE001 - the transaction broke: say so file by file, never crash
        _broken(db, paths, outcomes, pending, exc)


def _broken(db: Database, paths: Sequence[Path], outcomes: list[FileOutcome], pending: list[int], exc: Exception) -> None:
    """The batch was rolled back: its files say so, the file that failed says why, the rest were not tried."""
    if kind_of(exc) == "locked":
        why = busy_message(db.display_name)
    elif isinstance(exc, UserError):
        why = str(exc)
    else:
        log.error("bundle import batch failed", exc_info=exc)
        why = "lỗi không mong đợi khi ghi vào cơ sở dữ liệu; chi tiết đã ghi vào nhật ký của chương trình"
    reason = "locked" if kind_of(exc) == "locked" else "db"
    for i in pending:
        outcomes[i] = replace(
            outcomes[i], status="rolled_back", reason=reason, result=None,
            message=f"Tệp này đã được đọc nhưng chưa lưu được: {why} Cả đợt {len(pending)} tệp chưa lưu đã được huỷ, "
            "trên máy không có gì của tệp này. Hãy nhập lại tệp (các tệp đã nhập xong sẽ báo «đã nhập trước đó»).",
        )
    if len(outcomes) < len(paths):  # the file being written when it broke
        outcomes.append(FileOutcome(paths[len(outcomes)], "error", reason, f"Không nhập được tệp này: {why}"))
    while len(outcomes) < len(paths):
        outcomes.append(FileOutcome(
            paths[len(outcomes)], "not_imported", reason,
            f"Chưa nhập: việc nhập đã dừng ở tệp trước vì lỗi cơ sở dữ liệu. Hãy nhập lại tệp này sau khi khắc phục. ({why})",
        ))


def busy_message(where: str) -> str:
    """The words for a database another writer kept locked longer than the wait allows."""
    return (
        f"Cơ sở dữ liệu «{where}» đang được người khác ghi (có thể một cán bộ khác đang nhập gói, hoặc một cửa sổ "
        "KếHoạch khác đang lưu) và máy đã chờ mà chưa đến lượt. Không có gì thay đổi; hãy đợi việc kia xong rồi nhập lại."
    )


def _one(session: Session, installation_id: str, path: Path, actor: str, accept: str | None) -> FileOutcome:
    """One file in its own savepoint: imported, or rolled back alone with its reason.

    A database error other than a constraint (the transaction itself in trouble) goes up to the
    batch, which rolls back as a whole.
    """
    if path.is_dir():  # bundle_files kept it: a folder without any bundle file in it
        return FileOutcome(path, "refused", "unreadable",
                           f"«{path.name}» là một thư mục không có tệp gói .kehoach nào: hãy chọn đúng thư mục chứa các gói.")
    try:
        opened = open_bundle(path)
        m = opened.manifest
        with session.begin_nested():
            trust, duplicate = check_against(session, installation_id, opened, accept)
            if duplicate:
                return FileOutcome(path, "duplicate", result=ImportResult("duplicate", m.bundle_id, m.sender.name, Summary()))
            prepared = Prepared(opened, open_payload(installation_id, opened), trust, False)
            with refusing_database_errors():
                summary = write_prepared(session, installation_id, prepared, path, actor)
                session.flush()
        log.info("imported bundle %s from %s: %s", m.bundle_id, m.sender.name, summary.to_json())
        return FileOutcome(path, "imported", result=ImportResult("imported", m.bundle_id, m.sender.name, summary))
    except BundleRefused as exc:
        status = "nothing_new" if exc.reason == "stale" else "refused"
        return FileOutcome(path, status, exc.reason, str(exc), refusal=exc)
    except SQLAlchemyError:
        raise
    except UserError as exc:
        return FileOutcome(path, "refused", exc.field or "input", str(exc))
    except Exception:  # noqa: BLE001 - one file's fault must not stop the files after it
        log.exception("bundle import of %s failed", path)
        return FileOutcome(path, "error", "internal",
                           "Lỗi không mong đợi khi nhập tệp này; chi tiết đã ghi vào nhật ký của chương trình.")

"""A PostgreSQL database is backed up by ``pg_dump``, when this computer has it."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from .backup import BackupError
from .diskerrors import explain

PG_DUMP_SECONDS = 3600


def pg_dump_backup(url: URL, folder: Path) -> Path:
    """Dump the database of ``url`` into ``folder`` (custom format); BackupError when not possible."""
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupError(
            "Máy này không có chương trình pg_dump nên không sao lưu được cơ sở dữ liệu PostgreSQL. "
            "Hãy cài gói công cụ PostgreSQL (postgresql-client), hoặc nhờ quản trị máy chủ sao lưu.",
            "db",
        )
    name = f"{url.database}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}-manual.dump"
    target = folder / name
    tmp = folder / f".{name}.tmp"
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [program, "--format=custom", f"--file={tmp}", "--no-password"]
    for flag, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
        if value:
            args.append(f"{flag}={value}")
    args.append(str(url.database))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        run = subprocess.run(args, env=env, capture_output=True, text=True, timeout=PG_DUMP_SECONDS)
        if run.returncode != 0:
            detail = (run.stderr.strip().splitlines() or ["?"])[-1]
            raise BackupError(f"pg_dump không sao lưu được: {detail}", "db")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"Chưa sao lưu được vào «{folder}»: {explain(exc, str(folder)) or exc}", "backup") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target

"""The Đồng bộ page's words: kinds of PC and bundle, moments, figures, sizes (its data: services.sync)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.numbers import format_number


def scope_name(scope: str) -> str:
    """A commune PC or a province PC, in words."""
    if scope == "province":
        return QCoreApplication.translate("SyncText", "Province PC")
    return QCoreApplication.translate("SyncText", "Commune PC")


def kind_name(kind: str) -> str:
    """A data bundle or an acknowledgement, in words."""
    if kind == "ack":
        return QCoreApplication.translate("SyncText", "Acknowledgement")
    if kind == "template":
        return QCoreApplication.translate("SyncText", "Province indicator list")
    return QCoreApplication.translate("SyncText", "Data")


def full_name(full: bool) -> str:
    """Full or incremental, in words."""
    if full:
        return QCoreApplication.translate("SyncText", "Full")
    return QCoreApplication.translate("SyncText", "Incremental")


def yes_no(flag: bool) -> str:
    """Yes or No."""
    return QCoreApplication.translate("SyncText", "Yes") if flag else QCoreApplication.translate("SyncText", "No")


def when(at: datetime | None) -> str:
    """A moment in the PC's local time, ``dd/mm/yyyy hh:mm``."""
    return "" if at is None else at.astimezone().strftime("%d/%m/%Y %H:%M")


def month_text(year: int, month: int) -> str:
    """``11/2026``."""
    return f"{month:02d}/{year}"


def number(value: Decimal | None) -> str:
    """A figure the Vietnamese way; a dash for none."""
    return format_number(value, empty="—")


def counts_text(counts: dict[str, Any]) -> str:
    """``3 plans, 30 indicators, 12 revisions, 2 month events`` (those present)."""
    labels = (
        ("plans", QCoreApplication.translate("SyncText", "%1 plans")),
        ("indicators", QCoreApplication.translate("SyncText", "%1 indicators")),
        ("revisions", QCoreApplication.translate("SyncText", "%1 figures")),
        ("month_events", QCoreApplication.translate("SyncText", "%1 month events")),
    )
    return ", ".join(label.replace("%1", str(counts.get(key, 0))) for key, label in labels if key in counts)


def size_text(size: int) -> str:
    """``12,5 KB`` or ``1,2 MB``."""
    if size < 1024 * 1024:
        return format_number(Decimal(size) / 1024, 1) + " KB"
    return format_number(Decimal(size) / (1024 * 1024), 1) + " MB"

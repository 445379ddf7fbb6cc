"""What the status bar and the settings dialog show: changes waiting, last sync, this device."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.db import outbox, store
from fieldsessions.db.models import Device, Participant, Programme, Setting, database
from fieldsessions.services.common import device

# Written by the sync engine after a successful sync: an ISO 8601 UTC timestamp.
LAST_SYNC_KEY = "last_sync_at"
MAX_NAME = 100


@dataclass(frozen=True)
class SyncStatus:
    """Changes queued for the server and when this laptop last synced (None: never)."""

    pending: int
    last_sync_at: datetime | None
    demo: bool = False  # a demo file: nothing in it is ever sent to the server


@dataclass(frozen=True)
class DeviceSettings:
    device_id: str
    name: str
    facilitator: str


def _parse_moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def is_empty() -> bool:
    """No programme and no participant yet: the window shows its welcome page. (Here, not in
    services.demo, whose imports load the whole service layer, because start-up asks it.)"""
    return Programme.select().count() == 0 and Participant.select().count() == 0


def sync_status() -> SyncStatus:
    row = Setting.get_or_none(Setting.key == LAST_SYNC_KEY)
    return SyncStatus(
        pending=outbox.pending_count(),
        last_sync_at=_parse_moment(row.value) if row is not None else None,
        demo=store.is_demo(),
    )


def device_settings() -> DeviceSettings:
    d = device()
    return DeviceSettings(device_id=d.id, name=d.name, facilitator=d.facilitator)


def _clean(text: str, too_long: str) -> str:
    """`text` with its blanks tidied; longer than MAX_NAME is refused with `too_long` (a
    sentence with %1 for MAX_NAME)."""
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_NAME:
        raise ValidationError(fill(too_long, MAX_NAME))
    return cleaned


def _facilitator(text: str) -> str:
    """The facilitator's name: required, because sheets, reports and exports carry it (never
    "(unknown)")."""
    name = _clean(text, tr("The facilitator name is at most %1 characters."))
    if not name:
        raise ValidationError(tr("Type your name: it is printed on attendance sheets and "
                                 "session reports."))
    return name


def save_facilitator_name(facilitator: str) -> DeviceSettings:
    """Keep the facilitator's name (asked on first run) in this laptop's settings."""
    facilitator = _facilitator(facilitator)
    with database.atomic():
        d = device()
        Device.update(facilitator=facilitator).where(Device.id == d.id).execute()
    return DeviceSettings(device_id=d.id, name=d.name, facilitator=facilitator)


def save_device_settings(*, name: str, facilitator: str) -> DeviceSettings:
    """Rename this laptop and its facilitator (local facts: they are not synced as records)."""
    name = _clean(name, tr("The device name is at most %1 characters."))
    facilitator = _facilitator(facilitator)
    with database.atomic():
        d = device()
        Device.update(name=name, facilitator=facilitator).where(Device.id == d.id).execute()
    return DeviceSettings(device_id=d.id, name=name, facilitator=facilitator)

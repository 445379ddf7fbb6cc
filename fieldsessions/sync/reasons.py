"""The server's sentences in the user's language: one table, code -> this laptop's sentence.

The server sends each refusal, conflict and error with a stable code and the values it names
(`wire.Reason`, `wire.reason_fields`) beside its English sentence. The receipt, the sync log,
the Sync dialog and the command line show `said(reason)`: the laptop's own sentence for a
code it knows, in the language chosen now, else the server's English (an older server sends
no code; a newer one may send a code this laptop does not know). In English too the laptop
says its own sentence, in the facilitator's words rather than the protocol's ("The server
does not have session X yet; ..." for the server's "Unknown session X; ...").

The sync log keeps the code and values of each item beside the English sentence
(`coded(item)`), so its lines follow a language chosen after the sync, after a restart too.
The outbox keeps the English sentence only: it is not shown, and older rows are matched by
their English words (sync/apply.py, db/outbox.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from fieldsessions.core.i18n import QT_TR_NOOP, fill, translated
from fieldsessions.sync import wire

# code -> the sentence, its values put in as %1, %2, ... (lists joined by ", ").
TEMPLATES: dict[str, str] = {
    "unknown_session": QT_TR_NOOP("The server does not have session %1 yet; it is sent "
                                  "again once the session is there."),
    "unknown_participant": QT_TR_NOOP("The server does not have participant %1 yet; it is "
                                      "sent again once the participant is there."),
    "unknown_programme": QT_TR_NOOP("The server does not have programme %1 yet; it is sent "
                                    "again once the programme is there."),
    "unknown_record": QT_TR_NOOP("The server does not have record %1 yet; it is sent again "
                                 "once that record is there."),
    "unknown_entity": QT_TR_NOOP("The server does not know this kind of record."),
    "no_id": QT_TR_NOOP("This change does not say which record it is about."),
    "id_mismatch": QT_TR_NOOP("The id of this change does not match the records it is "
                              "about."),
    "must_name": QT_TR_NOOP("This change does not name the records it is about."),
    "moved_programme": QT_TR_NOOP("A record cannot move to another programme."),
    "participant_elsewhere": QT_TR_NOOP("Participant %1 belongs to programmes you are not "
                                        "assigned to."),
    "someone_elses": QT_TR_NOOP("Record %1 belongs to someone else."),
    "not_assigned": QT_TR_NOOP("You are not assigned to programme %1."),
    "session_elsewhere": QT_TR_NOOP("Session %1 is in another programme."),
    "record_elsewhere": QT_TR_NOOP("Record %1 is in another programme."),
    "incomplete": QT_TR_NOOP("A new record needs %1."),
    "deleted_before_received": QT_TR_NOOP("Record %1 was deleted before the server "
                                          "received it."),
    "later_edit_keeps": QT_TR_NOOP("A later edit from another device keeps this record."),
    "concurrent_edit": QT_TR_NOOP("Concurrent edit of %1: the later change was kept and the "
                                  "other saved as a conflict."),
    "mismatch": QT_TR_NOOP("Change %1 of this device was already received with different "
                           "content; the first one was kept."),
    "clock_ahead": QT_TR_NOOP("This change is stamped more than 24 hours ahead of the "
                              "server's clock; check the laptop's date and time."),
    "not_stored": QT_TR_NOOP("The server could not store this change just now."),
    "not_signed_in": QT_TR_NOOP("Sign in first: this request has no device token."),
    "too_many_requests": QT_TR_NOOP("Too many requests from this device; slow down."),
    "token_invalid": QT_TR_NOOP("This device token is not valid."),
    "token_revoked": QT_TR_NOOP("This device token is not valid or was revoked; sign in "
                                "again."),
    "token_expired": QT_TR_NOOP("This laptop's sign-in is older than %1 days and has "
                                "expired; sign in again."),
    "too_many_sign_ins": QT_TR_NOOP("Too many sign-in attempts; wait a little."),
    "wrong_password": QT_TR_NOOP("Wrong user name or password."),
    "other_facilitator": QT_TR_NOOP("This laptop's data file is registered to another "
                                    "facilitator; sign in from your own data file."),
    "signed_in_twice": QT_TR_NOOP("This laptop signed in twice at once; try again."),
    "other_device": QT_TR_NOOP("This device token belongs to another device."),
    "no_such_programme": QT_TR_NOOP("No such programme among yours."),
    "no_longer_assigned": QT_TR_NOOP("You are no longer assigned to %1."),
}


def _kept(who: Any, counts: Any, entity: Any) -> str:
    from fieldsessions.sync.apply import kept_sentence  # the laptop's own words for it
    return kept_sentence(str(entity), {str(k): int(v) for k, v in dict(counts).items()},
                         [str(w) for w in who])


# Codes whose sentence is built from structured values rather than filled in.
_BUILT: dict[str, Callable[..., str]] = {
    "kept_recorded": _kept,  # who (names), counts ({entity: n}), the record's entity
    "kept_there": lambda counts, entity: _kept([], counts, entity),
}


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def said(reason: str | None) -> str:
    """`reason` (a wire.Reason from the server, or plain text) in the user's language: the
    laptop's sentence for its code, else the text as it came."""
    if not reason:
        return reason or ""
    code = getattr(reason, "code", None)
    values = getattr(reason, "values", ())
    try:
        if code in _BUILT:
            return _BUILT[code](*values)
        if code in TEMPLATES:
            return fill(translated(TEMPLATES[code]), *(_value(v) for v in values))
    except (TypeError, ValueError, AttributeError):
        pass  # values not of the shape this laptop knows: the server's sentence
    return str(reason)


def coded(item: Mapping[str, Any]) -> dict[str, Any]:
    """A sync-log item ({"reason", "code"?, "args"?}) for saving: its reason's code and
    values beside the English sentence (`reason_of` reads them back)."""
    out = {k: v for k, v in item.items() if k not in ("code", "args")}
    out.update(wire.reason_fields(item.get("reason")))
    if isinstance(item.get("reason"), str):
        out["reason"] = str(item["reason"])
    return out


def item_said(item: Mapping[str, Any]) -> str:
    """The reason of a receipt or sync-log item, in the user's language."""
    reason = item.get("reason")
    return said(reason if getattr(reason, "code", None) else wire.reason_of(item))

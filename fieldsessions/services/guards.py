"""Programme rules checked around marking, inside the marking transaction.

`check_marks` runs before anything is written and raises RuleError to refuse the whole call:

* a session that was cancelled or didn't happen cannot be marked, and neither can one starting
  more than an hour from now (core.lifecycle); clearing a mark back to pending is always
  allowed, so a mistaken mark can be removed;
* partial minutes longer than the session are refused (ValidationError);
* a present or late mark that a participant's hours budget cannot cover is refused, unless a
  partial duration that fits is recorded (core.hours).

`after_marks` runs after the rows are written (same transaction) and brings the completion
records of the marked participants in line with their marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from fieldsessions.core.hours import check_minutes
from fieldsessions.core.lifecycle import MARKING_LEAD, check_marking_allowed
from fieldsessions.core.records import MarkChange
from fieldsessions.db.models import Session
from fieldsessions.services import completion, hours
from fieldsessions.services import rules_data as data

# Roll may be taken for a session that starts within this much time from now.
EARLY_MARKING = MARKING_LEAD


def check_marks(
    session: Session, changes: Sequence[MarkChange], now: datetime | None = None
) -> None:
    """Refuse marks the programme's rules do not allow."""
    now = now or datetime.now(UTC)
    if any(change.status is not None for change in changes):
        check_marking_allowed(data.session_fact(session, roll_taken=False), now)
    for change in changes:
        check_minutes(change.minutes, session.duration_min)
    hours.check_changes(session, changes)


def after_marks(session: Session, participant_ids: Sequence[str]) -> None:
    """Keep derived records (completion) in step with the marks just written."""
    if participant_ids:
        completion.recompute(session.programme_id, list(dict.fromkeys(participant_ids)))

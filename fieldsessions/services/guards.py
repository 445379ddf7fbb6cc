"""Programme rules checked around marking, inside the marking transaction.

`check_marks` runs before anything is written and raises RuleError to refuse the whole call;
`after_marks` runs after the rows are written (same transaction) to update derived records.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from fieldsessions.core.errors import RuleError
from fieldsessions.core.records import MarkChange
from fieldsessions.db.models import Session

# Roll may be taken for a session that starts within this much time from now.
EARLY_MARKING = timedelta(hours=1)


def check_marks(
    session: Session, changes: Sequence[MarkChange], now: datetime | None = None
) -> None:
    """Refuse marks the programme's rules do not allow."""
    now = now or datetime.now(UTC)
    if session.status == "cancelled":
        raise RuleError("This session was cancelled; its roll cannot be taken.")
    if session.starts_at - now > EARLY_MARKING:
        raise RuleError(
            "This session starts more than an hour from now; roll can be taken from one hour "
            "before it starts."
        )


def after_marks(session: Session, participant_ids: Sequence[str]) -> None:
    """Keep derived records (completion) in step with the marks just written."""

"""The one error this package raises for problems a user can fix (missing font, bad option)."""

from __future__ import annotations

from fieldsessions.core.errors import FieldSessionsError


class ReportError(FieldSessionsError):
    """A report cannot be made; the message says why in one sentence."""

"""Errors a user can read: each carries one clear sentence, never a traceback."""

from __future__ import annotations


class FieldSessionsError(Exception):
    """Base of every error the app expects and explains to the user."""


class ValidationError(FieldSessionsError):
    """Input that cannot be accepted (a bad date, an empty name, ...)."""


class NotFoundError(FieldSessionsError):
    """A programme, session or participant that does not exist."""


class RuleError(FieldSessionsError):
    """A programme rule refuses the action (future session, hours budget used up, ...)."""


class StoreError(FieldSessionsError):
    """The local data file cannot be used (corrupt, newer than this app, locked, disk full)."""

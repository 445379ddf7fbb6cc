"""Errors of the server and its admin commands: each one clear sentence for the operator."""

from __future__ import annotations

from fieldsessions.core.errors import FieldSessionsError


class ServerError(FieldSessionsError):
    """Base of the server's expected errors."""


class ServerConfigError(ServerError):
    """The server cannot start as configured (bad database URL, newer schema, ...)."""


class AdminError(ServerError):
    """An admin command cannot be carried out (unknown facilitator, bad roster file, ...)."""

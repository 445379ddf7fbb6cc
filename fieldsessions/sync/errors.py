"""What can go wrong while syncing, each as one sentence a facilitator can act on."""

from __future__ import annotations

from fieldsessions.core.errors import FieldSessionsError


class SyncError(FieldSessionsError):
    """Base of the sync errors."""


class NotSignedIn(SyncError):
    """No server or no device token: sign in first."""


class AuthError(SyncError):
    """The server refused the credentials or the device token."""


class ServerUnreachable(SyncError):
    """No answer from the server after the retries (offline, timeout, server down)."""


class NoAnswer(ServerUnreachable):
    """Nothing answered at the address, after the retries."""


class PlainHttpAnswer(ServerUnreachable):
    """The address answers in plain HTTP where HTTPS was asked for."""


class CertificateNotVerified(ServerUnreachable):
    """The server's certificate could not be verified."""


class NotAServerAnswer(SyncError):
    """An answer that is not from the sync server (a Wi-Fi login page, a proxy)."""


class ServerRefused(SyncError):
    """The server answered with an error we cannot retry."""


class Cancelled(SyncError):
    """The user cancelled the sync."""

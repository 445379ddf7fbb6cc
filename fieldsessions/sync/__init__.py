"""Sync with the central server: wire format (shared with the server), engine, credentials."""

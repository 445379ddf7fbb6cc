"""Counts in words, for every message and printed line: "1 session", "2 sessions"."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 session', '2 sessions', '0 sessions' ('1 person', '3 people' with `many`)."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"

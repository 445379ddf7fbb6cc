"""CLI commands of the rules area (registered by fieldsessions.cli)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's commands to the parser (filled in by the rules work)."""

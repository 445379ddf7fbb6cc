"""Where the data file is: --db, $FIELDSESSIONS_DB or the platform's user data folder.

Kept apart from `store` (which imports peewee) so that the app can resolve the path before
its window paints without loading the data layer.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "FIELDSESSIONS_DB"


def demo_path(path: Path) -> Path:
    """The demo file that goes with a data file: beside it, never the file itself."""
    return path.with_name(f"{path.stem}-demo{path.suffix or '.sqlite'}")


def default_path() -> Path:
    """The data file in the platform's user data folder."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("fieldsessions", appauthor=False)) / "fieldsessions.sqlite"


def resolve_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db PATH wins, then $FIELDSESSIONS_DB, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_path()

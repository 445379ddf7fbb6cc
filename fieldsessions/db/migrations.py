"""Schema migrations: one function per version step, run in one transaction each.

Version 1 was the first release's schema. Version 2 added hours budgets (partial attendance
minutes, budgets on programmes and enrolments), completion records with pathways and period
reports. Version 3 added the backlog of pulled changes waiting to be applied (and the
sync log's count of them). The caller (store.open_store) makes an online backup before the
first step runs.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import FloatField, IntegerField, SqliteDatabase
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_ops

from fieldsessions.db.models import (
    Completion,
    Pathway,
    PathwayProgramme,
    PeriodReport,
    PulledChange,
)


def _v1_to_v2(db: SqliteDatabase) -> None:
    migrator = SqliteMigrator(db)
    run_ops(
        migrator.add_column("attendance", "minutes", IntegerField(null=True)),
        migrator.add_column("attendance_history", "previous_minutes", IntegerField(null=True)),
        migrator.add_column("attendance_history", "new_minutes", IntegerField(null=True)),
        migrator.add_column("programme", "hours_budget", FloatField(null=True)),
        migrator.add_column("enrolment", "hours_budget", FloatField(null=True)),
    )
    db.create_tables([Completion, Pathway, PathwayProgramme, PeriodReport])


def _v2_to_v3(db: SqliteDatabase) -> None:
    db.create_tables([PulledChange])
    run_ops(SqliteMigrator(db).add_column("sync_log", "parked", IntegerField(default=0)))


STEPS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
}
LATEST = max(STEPS) + 1


def migrate(db: SqliteDatabase, from_version: int) -> None:
    """Bring the schema from `from_version` to LATEST; each step is atomic with its version."""
    version = from_version
    while version < LATEST:
        step = STEPS[version]
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
        version += 1

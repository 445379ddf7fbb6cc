"""The local store: peewee models over one SQLite file, its pragmas, versions and backups."""

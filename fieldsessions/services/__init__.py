"""Use cases of the app. Each write is one IMMEDIATE transaction that also appends its outbox rows.

Services take and return plain values and core dataclasses; the GUI never sees peewee objects.
"""

"""fieldsessions: offline-first attendance and reporting for facilitators."""
__version__ = "0.1.0"

"""Printed and exported reports: reportlab PDFs and CSV/XLSX files, drawn from plain data.

Nothing here reads the database: `fieldsessions.services.report_data` builds the frozen
dataclasses of `reports.data`, and each module here turns one of them into a file.
"""

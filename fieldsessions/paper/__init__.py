"""Reading printed attendance sheets back from scans and photos (images in, box readings out).

The only package that uses OpenCV, zxing-cpp and pypdfium2; they come with the optional
'paper' part (`pip install 'fieldsessions[paper]'`), because OpenCV alone is bigger than the
desktop bundle's room. It knows where the boxes are from reports.sheet_layout, never the
database: services.paper_sheets matches the readings to people and writes the marks.
"""

from __future__ import annotations

from fieldsessions.core.errors import FieldSessionsError

MISSING_PART = (
    "Reading paper sheets needs the optional 'paper' part (OpenCV and zxing-cpp, about "
    "70 MB), which is not installed here: install it with pip install 'fieldsessions[paper]'."
)


class PaperError(FieldSessionsError):
    """Paper sheets cannot be read at all here (the optional part is missing)."""

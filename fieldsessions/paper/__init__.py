"""Reading printed attendance sheets back from scans and photos (images in, box readings out).

The only package that uses OpenCV, zxing-cpp and pypdfium2; they come with the optional
'paper' part (`pip install 'fieldsessions[paper]'`), because OpenCV alone is bigger than the
desktop bundle's room. It knows where the boxes are from reports.sheet_layout, never the
database: services.paper_sheets matches the readings to people and writes the marks.
"""

from __future__ import annotations

from importlib.util import find_spec

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.i18n import tr

MISSING_PART = (
    "Reading paper sheets needs the optional 'paper' part (OpenCV and zxing-cpp, about "
    "70 MB), which is not installed here: install it with pip install 'fieldsessions[paper]'."
)
REQUIRED = ("cv2", "numpy", "zxingcpp", "pypdfium2")


def missing_part() -> str:
    """MISSING_PART in the user's language."""
    return tr("Reading paper sheets needs the optional 'paper' part (OpenCV and zxing-cpp, "
              "about 70 MB), which is not installed here: install it with pip install "
              "'fieldsessions[paper]'.")


def available() -> bool:
    """Whether the optional part is installed (asked without importing it: OpenCV is slow to
    import, and a window asks before anything is read)."""
    try:
        return all(find_spec(name) is not None for name in REQUIRED)
    except (ImportError, ValueError):  # a module blocked (None in sys.modules) or broken
        return False


class PaperError(FieldSessionsError):
    """Paper sheets cannot be read at all here (the optional part is missing)."""

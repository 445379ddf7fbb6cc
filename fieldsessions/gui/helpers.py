"""Small helpers of the window's modules: translated templates, readable dates, late results."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QLabel, QTabBar, QWidget

from fieldsessions.core import dates, i18n
from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.i18n import count_text as count_text
from fieldsessions.core.i18n import fill as fill
from fieldsessions.core.i18n import tr

log = logging.getLogger(__name__)
MESSAGE_LOOKS = ("background: #e8eef7; color: #1d3557; border-radius: 4px;",  # a note
                 "background: #f8d7d5; color: #8f1d16; border-radius: 4px;")  # an error


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """A tab's or dialog's message line: the sentence on pale blue, or pale red for an error;
    hidden when there is none."""
    label.setText(text)
    label.setVisible(bool(text))
    label.setProperty("error", error and bool(text))
    label.setStyleSheet(MESSAGE_LOOKS[error])


def failure_sentence(exc: Exception, context: str) -> str:
    """What a failed piece of work says to the user: the error's own sentence, or, for an
    unexpected one (logged with its traceback), that `context` went wrong."""
    if isinstance(exc, FieldSessionsError):
        return str(exc)
    log.error("%s", context, exc_info=exc)
    return fill(tr("%1: something went wrong; the log has the details."), context)


ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"  # see ICONS.md there
ACTION_SIZES = (16, 24, 32, 48)  # packaging/make_icons.py renders each action icon at these


def action_icon(name: str) -> QIcon:
    """A toolbar/menu icon (resources/icons/actions/NAME-*.png): the same picture for the same
    command wherever it appears. Loaded lazily by Qt, when first painted."""
    icon = QIcon()
    for size in ACTION_SIZES:
        icon.addFile(str(ICONS / "actions" / f"{name}-{size}.png"))
    return icon


QT_DAY_PATTERNS = {"dmy": "ddd d MMM yyyy", "mdy": "ddd MMM d, yyyy", "ymd": "ddd yyyy MMM d"}
_orders: dict[str, dates.Order] = {}


def locale_order() -> dates.Order:
    """The day-month-year order of the user's locale (Qt's short date pattern tells it)."""
    locale = QLocale()
    name = locale.name()
    if name not in _orders:
        _orders[name] = dates.order_of_pattern(
            locale.dateFormat(QLocale.FormatType.ShortFormat))
    return _orders[name]


def use_locale_dates() -> None:
    """Make the locale's order the one of everything written from now on, PDFs and exports
    included (core.dates; called when the window is built, after the language is chosen)."""
    dates.set_order(locale_order())


def day_format() -> str:
    """The date edits' display format: the one date form of the app (core.dates), 'Tue 24
    Nov 2026' or, in the US, 'Tue Nov 24, 2026'. Use with `date_edit_locale`, so the edits
    show the names the rest of the window shows."""
    return QT_DAY_PATTERNS[locale_order()]


def date_edit_locale() -> QLocale:
    """The language's names when the window is translated (Qt's, from the same CLDR data as
    the catalogues' "Mon"/"Jan"), else English names in the user's territory."""
    if i18n.installed() is not None:
        return QLocale()
    return QLocale(QLocale.Language.English, QLocale().territory())


def format_day(day: date) -> str:
    """A date the way a facilitator reads it: core.dates.format_day in the locale's order."""
    return dates.format_day(day, locale_order())


def format_moment(moment: datetime) -> str:
    """A moment in local time to the minute, in the same date form."""
    return dates.format_moment(moment, locale_order())


TITLE_BAR = 40  # room left above a window for the window manager's title bar


def fit_on_screen(window: QWidget) -> None:
    """Shrink a window (a dialog with a fixed or remembered size) to the free area of its
    screen, leaving room for its title bar: at 1024×600 a 600-pixel-high dialog put its
    buttons below the screen's edge. Call it from showEvent, when the screen is known."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width = min(window.width(), free.width())
    height = min(window.height(), free.height() - TITLE_BAR)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    top_left = window.frameGeometry().topLeft()
    if top_left.y() < free.top() or top_left.y() + height + TITLE_BAR > free.bottom() + 1:
        window.move(window.x(), free.top())


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """`callback`, dropped once `owner` is deleted: a worker result that arrives after its
    window was closed (at exit, or a dialog closed early) must not touch deleted widgets."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def focus_first_field(container: QWidget) -> bool:
    """Put the keyboard focus on the first control of `container` that Tab would reach (a
    page's first field), never on the container itself or a tab bar: a focused container
    takes no keys, so the user's next key would silently do nothing. False if it has none."""
    from PySide6.QtCore import Qt  # here: the window's modules import Qt late (startup)

    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusProxy() is None and not isinstance(widget, QTabBar)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False

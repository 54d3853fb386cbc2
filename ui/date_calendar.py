"""A calendar button in a date field, for those who would rather point at a day than type it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QLineEdit

from . import typed_dates
from .icons import icon


def add_calendar(edit: QLineEdit) -> QAction:
    """A calendar icon at the end of `edit`; Alt+↓ opens it from the keyboard, as a list's does.

    The chosen day is written into the field as the person would type it (17/04/1975);
    a field holding a month or a year alone opens on that month, and stays as typed
    if the calendar is closed with Échap.
    """
    words = QCoreApplication.translate("dates", "Choisir dans un calendrier (Alt+↓)")
    action = edit.addAction(
        icon("mdi6.calendar-month-outline"), QLineEdit.ActionPosition.TrailingPosition
    )
    action.setText(words)
    action.setToolTip(words)
    action.triggered.connect(lambda: open_calendar(edit))
    shortcut = QShortcut(QKeySequence("Alt+Down"), edit)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: open_calendar(edit))
    return action


def open_calendar(edit: QLineEdit) -> QCalendarWidget:
    """Show the calendar under `edit`, on the day (or month) already written there."""
    calendar = QCalendarWidget(edit)
    calendar.setWindowFlags(Qt.WindowType.Popup)
    calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    calendar.setGridVisible(True)
    calendar.setAccessibleName(QCoreApplication.translate("dates", "Calendrier"))
    calendar.setSelectedDate(_written_day(edit.text()))

    def chosen(day: QDate) -> None:
        edit.setText(typed_dates.shown(day.toString("yyyy-MM-dd")))
        edit.setFocus()
        calendar.close()

    calendar.activated.connect(chosen)  # Entrée or a double click
    calendar.clicked.connect(chosen)
    calendar.move(edit.mapToGlobal(QPoint(0, edit.height())))
    calendar.show()
    calendar.setFocus()
    return calendar


def _written_day(text: str) -> QDate:
    """The day written in the field; the first of a month or year; else today."""
    try:
        iso = typed_dates.read_typed(text)
    except typed_dates.NotADate:
        iso = ""
    if not iso:
        return QDate.currentDate()
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return QDate(parts[0], parts[1], parts[2])

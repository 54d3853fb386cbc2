"""The dates people type, read the way they meant them."""

from __future__ import annotations

import pytest

from ui.typed_dates import NoSuchDay, NotADate, read_typed, shown


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("17/04/1975", "1975-04-17"),
        ("17.04.1975", "1975-04-17"),
        ("7/4/1975", "1975-04-07"),
        ("04/1975", "1975-04"),
        ("avril 1975", "1975-04"),
        ("avr. 1975", "1975-04"),
        ("April 1975", "1975-04"),
        ("17 avril 1975", "1975-04-17"),
        ("1975", "1975"),
        ("1975-04-17", "1975-04-17"),
        ("1975-04", "1975-04"),
        ("  ", ""),
    ],
)
def test_a_date_as_people_write_it_is_kept_as_iso(typed: str, kept: str) -> None:
    assert read_typed(typed) == kept
    assert read_typed(shown(kept)) == kept  # what a form shows reads back the same


@pytest.mark.parametrize("typed", ["31/02/1975", "04/17/1975", "13/1975", "hier", "17/04/75"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(NotADate):
        read_typed(typed)


def test_a_day_the_calendar_lacks_is_named_as_such() -> None:
    """31/02 is a date in form: the person is told the day does not exist, not how to write."""
    with pytest.raises(NoSuchDay):
        read_typed("31/02/1975")
    with pytest.raises(NotADate) as refused:
        read_typed("04/17/1975")
    assert not isinstance(refused.value, NoSuchDay)


def test_the_calendar_button_writes_the_day_pointed_at(views, qtbot) -> None:
    """Alt+↓ in a date field opens a calendar on the month written; Entrée writes the day."""
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QCalendarWidget

    from ui.date_calendar import open_calendar

    identity = views.section("identity")
    field = identity.editor.input("birth_date")
    field.setText("04/1975")
    calendar_button = [a for a in field.actions() if "calendrier" in a.text()]
    assert calendar_button, "no calendar button in the date field"
    calendar = open_calendar(field)
    assert isinstance(calendar, QCalendarWidget)
    assert calendar.selectedDate() == QDate(1975, 4, 1)
    calendar.setSelectedDate(QDate(1975, 4, 17))
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert field.text() == "17/04/1975"
    identity.editor.save_button.click()
    assert views.service.person().birth_date == "1975-04-17"

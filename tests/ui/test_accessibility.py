"""A screen reader can name every control, and Tab reaches each one, on every screen of the app.

Checked through Qt's accessibility layer (QAccessible), as Orca or NVDA would read it,
and by pressing Tab for real: every control that takes the keyboard is reached, in
order, and no field keeps the Tab key for itself (a "keyboard trap").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QWidget,
)

from tests.support.jobs import wait_for_jobs
from tests.ui import every_screen
from ui.start_window import StartWindow


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(root)
        and widget.isEnabled()
        and widget.window() is root.window()
        # A scroll area is a frame the keyboard scrolls, named by what it holds.
        and type(widget) not in (QAbstractScrollArea,)
        and not widget.objectName().startswith("qt_")  # Qt's own inner parts
    )


def controls(root: QWidget) -> list[QWidget]:
    """What a keyboard user can reach on `root`'s window."""
    return [w for w in root.findChildren(QWidget) if _takes_tab(w, root)]


def _described(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} « {shown or widget.toolTip() or widget.objectName()} »"


def _label(widget: QWidget, reader: QAccessibleInterface) -> str:
    """The control's name; for a list to choose from, its label, not the value shown.

    On Linux Qt gives a combo box its current value as name and its label through a
    "labelled by" relation (the form's label, as buddy): either will do, not the value.
    """
    if widget.accessibleName().strip():
        return widget.accessibleName()
    labels = [
        other.text(QAccessible.Text.Name)
        for other, _relation in reader.relations(QAccessible.Relation.Label)
    ]
    if isinstance(widget, QComboBox):
        return " ".join(labels).strip()
    return reader.text(QAccessible.Text.Name).strip() or " ".join(labels).strip()


def unnamed(root: QWidget) -> list[str]:
    """The controls a screen reader would announce with no name or no role."""
    missing = []
    for widget in controls(root):
        reader = QAccessible.queryAccessibleInterface(widget)
        if reader is None or reader.role() == QAccessible.Role.NoRole:
            missing.append(f"{_described(widget)} : pas de rôle")
        elif not _label(widget, reader):
            missing.append(f"{_described(widget)} : pas de nom")
    return missing


def tab_walk(root: QWidget, qtbot) -> list[QWidget]:
    """Press Tab from the first control until focus comes back to it; fail on a trap."""
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    reachable = controls(root)
    assert reachable, "nothing to reach"
    reachable[0].setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    assert first is not None
    visited = [first]
    stepping = 0
    for _ in range(len(reachable) * 2 + 5):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        while isinstance(now, QDateTimeEdit | QLabel) and now is before and stepping < 3:
            # Tab steps through day, month and year in a Qt date field, or through the
            # links of a text, then leaves: a stop on the way, not a trap.
            stepping += 1
            qtbot.keyClick(now, Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
        stepping = 0
        if now is first:
            return visited
        assert now is not visited[-1], f"Tab reste dans {_described(now)}"
        assert now not in visited, f"Tab tourne en rond avant {_described(first)}"
        visited.append(now)
    raise AssertionError("Tab never came back to the first control")


def out_of_reading_order(visited: list[QWidget]) -> list[str]:
    """Steps of the Tab cycle that go back up the page (read from its top-left control)."""
    places = [w.mapToGlobal(QPoint(0, 0)) for w in visited]
    start = min(range(len(visited)), key=lambda i: (places[i].y(), places[i].x()))
    cycle = list(range(start, len(visited))) + list(range(start))
    return [
        f"{_described(visited[a])} → {_described(visited[b])}"
        for a, b in zip(cycle, cycle[1:], strict=False)
        # Up and to the left: back to an earlier line (a column to the right may start higher).
        if places[b].y() < places[a].y() - 25 and places[b].x() <= places[a].x()
    ]


def _check_screen(name: str, root: QWidget, qtbot) -> None:
    assert not unnamed(root), f"{name} : {unnamed(root)}"
    visited = tab_walk(root, qtbot)
    left_out = [_described(w) for w in controls(root) if w not in visited]
    assert not left_out, f"{name} : Tab n'atteint pas {left_out}"
    assert not out_of_reading_order(visited), f"{name} : {out_of_reading_order(visited)}"


def test_the_start_pages(qtbot, app_settings, tmp_path) -> None:
    from tests.ui.conftest import open_window

    window = open_window(qtbot, app_settings, tmp_path)
    _check_screen("accueil", window, qtbot)
    window.welcome_page.create_button.click()
    _check_screen("création", window, qtbot)
    window.create_page.passphrase_edit.setText("cheval agrafe batterie")
    window.create_page.confirm_edit.setText("cheval agrafe batterie")
    window.create_page.create_button.click()
    wait_for_jobs()
    _check_screen("code de secours", window, qtbot)
    window.recovery_page.noted_box.setChecked(True)
    window.recovery_page.continue_button.click()
    window.lock()
    _check_screen("déverrouillage", window, qtbot)


def test_every_section(unlocked: StartWindow, qtbot) -> None:
    for key in every_screen.sections(unlocked):
        _check_screen(key, unlocked, qtbot)


def test_every_dialog(unlocked: StartWindow, qtbot, tmp_path) -> None:
    for name, dialog in every_screen.dialogs(unlocked, tmp_path):
        _check_screen(name, dialog, qtbot)
        dialog.close()


@pytest.mark.parametrize("key", ["rights", "skills", "projects"])
def test_every_wizard_page(unlocked: StartWindow, key: str, qtbot) -> None:
    for name, wizard in every_screen.wizard_pages(unlocked, key):
        _check_screen(name, wizard, qtbot)


def test_the_meeting_mode(unlocked: StartWindow, qtbot) -> None:
    from exporters.share import ShareChoice

    meeting = unlocked.start_meeting(ShareChoice(language="fr", audience="Mme Martin"))
    assert meeting is not None
    for index, key in enumerate(meeting.sections):
        meeting.show_section(index)
        _check_screen(f"rendez-vous, {key}", unlocked, qtbot)
    meeting.leave_button.click()

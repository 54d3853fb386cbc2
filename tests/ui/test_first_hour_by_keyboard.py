"""The first hour, with the keyboard alone: no mouse, no click, as a blind person or a
person who cannot hold a mouse would use Musette.

Create a musette, fill Identité, run the rights wizard, add three skills, print a CV.
Only Tab, the arrows, Space, Entrée and typing move things; the two system dialogs
(where to save, which printer) are answered as a person would answer them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.support.jobs import wait_for_jobs
from tests.support.printing import printing_to
from tests.ui.conftest import open_window
from vault.model import CpfReading, Skill

PASSPHRASE = "cheval agrafe batterie"


class Keyboard:
    """The keys a person presses, always into the control that has the focus."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @property
    def focus(self) -> QWidget:
        """Where a key goes: the focused control, else the active window (Tab then
        moves into it, as on a desktop)."""
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "no window has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(self.focus, key, modifier)
        self.qtbot.wait(1)

    def type(self, text: str) -> None:
        """Typed letter by letter; « ị » or « ễ » come as the keyboard layout sends them."""
        for letter in text:
            if letter.isascii():
                self.qtbot.keyClicks(self.focus, letter)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
                QApplication.sendEvent(self.focus, event)

    def tab_to(self, name: str, presses: int = 80) -> QWidget:
        """Tab until the control a screen reader names `name` has the focus."""
        for _ in range(presses):
            if _name(self.focus) == name:
                return self.focus
            self.press(Qt.Key.Key_Tab)
        seen = []
        for _ in range(12):
            seen.append(f"{type(self.focus).__name__}:{_name(self.focus)}")
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reaches « {name} », only {seen}")

    def activate(self, name: str) -> None:
        """Tab to a button and press Space, as one does."""
        self.tab_to(name)
        assert isinstance(self.focus, QAbstractButton), f"« {name} » is no button"
        self.press(Qt.Key.Key_Space)

    def fill(self, name: str, text: str) -> None:
        self.tab_to(name)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what was there
        self.type(text)

    def wait_for_window(self, found: Callable[[], QWidget | None]) -> QWidget:
        """A new window (wizard, dialog) opened: it takes the focus, as window managers do."""
        self.qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
        window = found()
        assert window is not None
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window


def _name(widget: QWidget) -> str:
    """What a screen reader announces the control as (a list: its label, not its value)."""
    if widget.accessibleName():
        return widget.accessibleName()
    reader = QAccessible.queryAccessibleInterface(widget)
    return reader.text(QAccessible.Text.Name).replace("&", "").strip() if reader else ""


def _top(kind: str) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == kind),
        None,
    )


def test_the_first_hour_with_the_keyboard_only(
    qtbot, app_settings, tmp_path: Path, monkeypatch
) -> None:
    from ui import dialogs

    keys = Keyboard(qtbot)
    window = open_window(qtbot, app_settings, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    # Create the musette.
    keys.activate("Créer ma musette")
    keys.fill("Phrase de passe", PASSPHRASE)
    keys.fill("Phrase de passe, encore une fois", PASSPHRASE)
    keys.activate("Créer ma musette")
    qtbot.waitUntil(lambda: window.recovery_page.isVisible(), timeout=10_000)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # back from « Création… »
    keys.activate("J'ai gardé mon code de secours en lieu sûr")
    keys.activate("Continuer")
    assert window.main_view is not None
    service = window.service

    # Identité, from the list of sections: arrows move, and the form follows.
    keys.tab_to("Sections")
    keys.press(Qt.Key.Key_Down)
    assert window.main_view.stack.currentWidget() is window.main_view.views["identity"]
    keys.fill("Prénom", "Thị Lan")
    keys.fill("Nom", "Nguyễn")
    keys.fill("Date de naissance", "17/04/1975")
    keys.activate("Enregistrer")
    person = service.person()
    assert (person.given_name, person.family_name, person.birth_date) == (
        "Thị Lan",
        "Nguyễn",
        "1975-04-17",
    )

    # The rights wizard, from the home screen's button; Entrée goes on from page to page.
    keys.tab_to("Sections")
    keys.press(Qt.Key.Key_Up)
    keys.activate("Mes droits")
    wizard = keys.wait_for_window(lambda: _top("RightsWizard"))
    keys.tab_to("Ma situation")
    keys.press(Qt.Key.Key_Down)  # the next situation in the list, then back: arrows work
    keys.press(Qt.Key.Key_Up)
    keys.press(Qt.Key.Key_Return)
    keys.fill("Solde lu", "1200")
    for _page in range(3):
        keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    assert [r.balance_cents for r in service.list(CpfReading)] == [120_000]

    # Three skills, found by typing, ticked with Space.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.main_view.stack.currentWidget() is window.main_view.views["rights"]
    keys.tab_to("Sections")
    keys.press(Qt.Key.Key_Home)  # back to Accueil
    keys.activate("Mes compétences")
    wizard = keys.wait_for_window(lambda: _top("SkillsWizard"))
    keys.fill("Chercher une compétence", "chariot")
    results = wizard.find_page.results
    qtbot.waitUntil(lambda: results.count() >= 3, timeout=5000)  # the list fills as one types
    keys.tab_to("Résultats")
    for _skill in range(3):
        keys.press(Qt.Key.Key_Space)
        keys.press(Qt.Key.Key_Down)
    keys.activate("Suivant >")  # levels and evidence: all optional
    keys.activate("Terminer")
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    assert len(service.list(Skill)) == 3

    # Print the CV: Partager, the CV button, then Imprimer… in the preview.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    keys.tab_to("Sections")
    keys.press(Qt.Key.Key_Home)
    for _section in range(11):  # Partager is the twelfth section
        keys.press(Qt.Key.Key_Down)
    assert window.main_view.stack.currentWidget() is window.main_view.views["share"]
    printed = tmp_path / "imprimé.pdf"

    monkeypatch.setattr(dialogs, "ask_printer", printing_to(printed))
    saved = tmp_path / "cv.pdf"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *_args: str(saved))  # the file chooser
    keys.activate("CV (PDF)")
    preview = keys.wait_for_window(lambda: _top("PreviewDialog"))
    keys.activate("Enregistrer…")
    qtbot.waitUntil(saved.exists, timeout=20_000)
    wait_for_jobs()  # the file is written; the preview closes when the job reports back
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Nguyễn" in text and "Thị Lan" in text
    assert "chariot" in text.lower()  # the skills found by typing « chariot »
    if preview.isHidden():  # saving closed the preview: open it again to print
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        keys.activate("CV (PDF)")
        preview = keys.wait_for_window(lambda: _top("PreviewDialog"))
    keys.activate("Imprimer…")
    qtbot.waitUntil(printed.exists, timeout=20_000)
    wait_for_jobs()
    assert _pages(printed) == _pages(saved)  # every page of the CV went to the printer
    preview.close()


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )

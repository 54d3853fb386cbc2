"""A 1366×768 laptop, or text at 200 %: the window fits the screen and its buttons stay in sight."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton, QWidget

from tests.ui import every_screen
from ui.start_window import StartWindow

# The screen less a desktop's top bar and the window's own title bar.
LAPTOP = QSize(1366, 768 - 60)
LARGE_TEXT_SCREEN = QSize(1920, 1080 - 60)


@pytest.fixture(params=[1.0, 2.0], ids=["text 100 %", "text 200 %"])
def text_scale(
    request: pytest.FixtureRequest, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[float]:
    """The system's text size, as a person with poor sight sets it, on the screen they use.

    The test platform's own screen is 800×600: windows are told the room of the
    laptop (100 %) or of the 1920×1080 screen (200 %) instead.
    """
    from ui.pages import common

    room = _screen(request.param) + QSize(0, 60 - 28)  # the desktop's bar only
    monkeypatch.setattr(common, "screen_room", lambda _window: room)
    font = qapp.font()
    scaled = qapp.font()
    scaled.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(scaled)
    yield request.param
    qapp.setFont(font)


def _screen(scale: float) -> QSize:
    return LAPTOP if scale == 1.0 else LARGE_TEXT_SCREEN


def _fits(widget: QWidget, screen: QSize, what: str = "") -> None:
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert needed.width() <= screen.width() and needed.height() <= screen.height(), (
        f"{what or type(widget).__name__} needs {needed.width()}×{needed.height()}, "
        f"the screen has {screen.width()}×{screen.height()}"
    )


def _cut_texts(root: QWidget) -> list[str]:
    """Texts shown shorter than they are, outside anything that scrolls to show the rest."""
    cut = []
    for label in root.findChildren(QLabel):
        if (
            not label.isVisibleTo(root)
            or not label.text()
            or label.pixmap()
            and not label.pixmap().isNull()
        ):
            continue
        if _scrolls(label, root):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 2:
                cut.append(f"« {label.text()[:50]} » ({label.height()} px of {needed})")
        elif label.sizeHint().width() > label.width() + 2 and "…" not in label.text():
            cut.append(
                f"« {label.text()[:50]} » ({label.width()} px of {label.sizeHint().width()})"
            )
    return cut


def _scrolls(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _in_sight(button: QPushButton, window: QWidget) -> bool:
    """The whole button is inside the window, not scrolled away or past its edge."""
    top_left = button.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, button.size()))


def test_every_section_fits_the_screen_with_its_save_button_in_sight(
    unlocked: StartWindow, text_scale: float, qtbot
) -> None:
    screen = _screen(text_scale)
    unlocked.resize(screen)
    main = unlocked.main_view
    assert main is not None
    for key in every_screen.sections(unlocked):
        view = main.views[key]
        qtbot.wait(1)
        _fits(unlocked, screen)
        assert unlocked.width() <= screen.width() and unlocked.height() <= screen.height(), key
        assert not _cut_texts(view), (key, _cut_texts(view))
        editor = getattr(view, "editor", None) or getattr(view, "editor_stack", None)
        if editor is None:
            continue
        for button in view.findChildren(QPushButton):
            if button.isVisible() and button.text() == "Enregistrer":
                assert _in_sight(button, unlocked), f"« Enregistrer » hors de la fenêtre : {key}"


def test_identity_with_a_problem_shown_keeps_its_save_button_and_focuses_the_field(
    unlocked: StartWindow, text_scale: float, qtbot
) -> None:
    screen = _screen(text_scale)
    unlocked.resize(screen)
    main = unlocked.main_view
    assert main is not None
    identity = main.show_section("identity")
    editor = identity.editor
    editor.input("birth_date").setText("31/02/1975")
    editor.save_button.click()
    qtbot.wait(1)
    assert not editor.error_label.isHidden()
    assert _in_sight(editor.save_button, unlocked)
    assert "n'existe pas" in editor.error_label.text()
    assert unlocked.focusWidget() is editor.input("birth_date")


@pytest.mark.parametrize("key", ["rights", "skills", "projects"])
def test_each_wizard_fits_with_its_buttons(
    unlocked: StartWindow, text_scale: float, key: str, qtbot
) -> None:
    main = unlocked.main_view
    assert main is not None
    wizard = main.show_section(key).open_wizard()
    qtbot.wait(1)
    screen = _screen(text_scale)
    for _page in range(len(wizard.pageIds())):
        _fits(wizard, screen)
        assert not _cut_texts(wizard.currentPage()), _cut_texts(wizard.currentPage())
        if wizard.currentPage().isFinalPage() or not wizard.currentPage().isComplete():
            break
        wizard.next()
        qtbot.wait(1)
    wizard.reject()


def test_each_dialog_fits_the_screen(
    unlocked: StartWindow, text_scale: float, qtbot, tmp_path
) -> None:
    for name, dialog in every_screen.dialogs(unlocked, tmp_path):
        qtbot.wait(1)
        _fits(dialog, _screen(text_scale), name)
        assert not _cut_texts(dialog), (name, _cut_texts(dialog))
        dialog.close()


def test_the_meeting_mode_fits_the_screen(unlocked: StartWindow, text_scale: float, qtbot) -> None:
    from exporters.share import ShareChoice

    meeting = unlocked.start_meeting(ShareChoice(language="fr", audience="Mme Martin"))
    assert meeting is not None
    unlocked.showNormal()
    unlocked.resize(_screen(text_scale) + QSize(0, 60))  # full screen, on the person's screen
    for index in range(len(meeting.sections)):
        meeting.show_section(index)
        qtbot.wait(1)
        _fits(unlocked, _screen(text_scale))
        assert not _cut_texts(meeting), _cut_texts(meeting)
    meeting.leave_button.click()

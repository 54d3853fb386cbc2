"""Small building blocks shared by the pages: headings, paragraphs, the error line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vault import KeyringUnavailable
from vault.secret_store import SecretStore


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_line() -> QLabel:
    """An error shown by icon-like prefix and text, not by colour alone."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName("Erreur")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText("⚠ " + text)
    label.show()


def scrolled_column(
    outer: QBoxLayout, margins: tuple[int, int, int, int] = (0, 0, 0, 0)
) -> QVBoxLayout:
    """A column added to `outer` that scrolls when the screen is small or the text large.

    What is put after it in `outer` (a form's or dialog's buttons) stays in sight.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Tab goes to the fields inside, and the area scrolls to show each one it reaches.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(*margins)
    area.setWidget(body)
    outer.addWidget(area, 1)
    return column


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open `window` at the size it was drawn for, or smaller on a small screen."""
    # Drawn for the usual text size: larger text asks for a larger window, as far as it goes.
    scale = max(1.0, QFontMetrics(QApplication.font()).height() / 18)
    _resize_on_screen(window, round(width * scale), round(height * scale))


def screen_room(window: QWidget) -> QSize | None:
    """The room the desktop leaves for windows on `window`'s screen (less its bars)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def _resize_on_screen(window: QWidget, width: int, height: int) -> None:
    room = screen_room(window)
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height() - 40)
    window.resize(width, height)


def focus_first(container: QWidget) -> bool:
    """Put the keyboard on the first control of `container`, in Tab order.

    Used when a page changes: the focus never stays on a control that just went
    out of sight, where Tab and a screen reader would find nothing.
    """
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (
            container.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(container)
            and widget.isEnabled()
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False


def size_to_text(dialog: QWidget, characters: int = 64) -> None:
    """Open a dialog of wrapped sentences wide enough to read, and tall enough to show all.

    Qt sizes a window from its widgets' preferred sizes, where a wrapping paragraph
    has no fixed height: at large text the end of a sentence would be cut.
    """
    layout = dialog.layout()
    if layout is None:
        return
    width = max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * characters)
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    _resize_on_screen(dialog, width, max(height, dialog.sizeHint().height()))


def bring_into_view(widget: QWidget) -> None:
    """Scroll the nearest scrolling area holding `widget` so that it is seen."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 40, 48, 40)
    layout.setSpacing(16)
    return layout


def remember_checkbox(parent: QWidget, store: SecretStore | None) -> QCheckBox:
    """ "Remember me on this computer"; the keyring is asked only when the person ticks it.

    Asking at start-up would cost a D-Bus round trip before the first window.
    """
    box = QCheckBox(QCoreApplication.translate("remember", "Se souvenir de moi sur cet ordinateur"))
    box.setAccessibleDescription(
        QCoreApplication.translate(
            "remember",
            "Votre musette s'ouvrira sans phrase de passe sur cet ordinateur. "
            "La clé est rangée dans le trousseau sécurisé du système.",
        )
    )
    box.setToolTip(box.accessibleDescription())

    def refuse() -> None:
        box.setChecked(False)
        box.setEnabled(False)
        box.setToolTip(
            QCoreApplication.translate(
                "remember",
                "Indisponible : cet ordinateur n'a pas de trousseau sécurisé ouvert. "
                "Musette ne range jamais vos clés dans un fichier en clair.",
            )
        )

    def on_toggled(checked: bool) -> None:
        if not checked:
            return
        if store is None:
            refuse()
            return
        try:
            store.check_available()
        except KeyringUnavailable:
            refuse()

    box.toggled.connect(on_toggled)
    return box

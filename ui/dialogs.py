"""File dialogs behind one small seam, so tests can pre-answer them (see tests/ui)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_FILTER = "Musette (*.musette)"


def ask_save_path(parent: QWidget, title: str, start: str) -> str:
    """Where to create a file; '' when the person cancels."""
    return QFileDialog.getSaveFileName(parent, title, start, _FILTER)[0]


def ask_open_path(parent: QWidget, title: str, start: str) -> str:
    """Which file to open; '' when the person cancels."""
    return QFileDialog.getOpenFileName(parent, title, start, _FILTER)[0]


def ask_import_path(parent: QWidget, title: str, start: str, kinds: str) -> str:
    """Which file to import (`kinds` is a file-type filter); '' when the person cancels."""
    return QFileDialog.getOpenFileName(parent, title, start, kinds)[0]


def ask_save_any(parent: QWidget, title: str, start: str, kinds: str) -> str:
    """Where to save a file of the given kinds; '' when the person cancels."""
    return QFileDialog.getSaveFileName(parent, title, start, kinds)[0]


def ask_save_pdf_path(parent: QWidget, title: str, start: str) -> str:
    """Where to save a PDF; '' when the person cancels."""
    return QFileDialog.getSaveFileName(parent, title, start, "PDF (*.pdf)")[0]


def ask_folder(parent: QWidget, title: str, start: str) -> str:
    """A folder (a USB stick for a second backup place); '' when the person cancels."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_confirmation(parent: QWidget, title: str, text: str) -> bool:
    """One question with Yes and Cancel, Cancel by default (for what cannot be undone)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget, title: str, text: str) -> str:
    """Unsaved changes before locking or closing: "save", "discard" or "cancel"."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(answer, "cancel")


def ask_leave_wizard(parent: QWidget) -> str:
    """Answers typed in a wizard being closed: "keep" (a draft), "discard" or "back"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Quitter l'assistant ?"))
    box.setText(
        QCoreApplication.translate(
            "dialogs",
            "Vous avez commencé à répondre. Voulez-vous garder vos réponses pour reprendre "
            "plus tard ?",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("dialogs", "Garder pour plus tard"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("dialogs", "Abandonner mes réponses"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    back = box.addButton(
        QCoreApplication.translate("dialogs", "Revenir à l'assistant"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return "keep" if clicked is keep else "discard" if clicked is discard else "back"


def ask_secret(parent: QWidget, title: str, text: str) -> str:
    """A passphrase or recovery code, typed hidden; '' when the person cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    typed, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return typed if ok else ""


def tell(parent: QWidget, title: str, text: str) -> None:
    """One message with an OK button (a refused file, for instance)."""
    QMessageBox.warning(parent, title, text)


def ask_printer(parent: QWidget, printer: object) -> bool:
    """The system's print dialog for `printer` (a QPrinter); False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    assert isinstance(printer, QPrinter)
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted

"""Partager in the app: a profile, what it shows, a preview, then a file or paper."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import fingerprint
from tests.support.jobs import wait_for_jobs
from tests.support.printing import printing_to
from ui import dialogs
from ui.sections.share_view import ShareView
from ui.start_window import StartWindow
from vault.model import ExportLog, ShareProfile

# A real Europass CV (tests/data/europass/samples, with its source).
SHARED_CV = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "europass"
    / "samples"
    / "Europass-CV-20130618-Emmanouilidi-EN.pdf"
)


def _previewed(qtbot, view: ShareView, format_name: str):  # type: ignore[no-untyped-def]
    """Start the export on its worker and wait for the preview."""
    worker = view.preview(format_name)
    assert worker is not None
    qtbot.waitUntil(lambda: view.preview_dialog is not None, timeout=30_000)
    return view.preview_dialog


def _share(window: StartWindow) -> ShareView:
    view = window.main_view.show_section("share")
    assert isinstance(view, ShareView)
    return view


def test_a_profile_its_options_a_preview_and_a_saved_cv(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    service = unlocked.service
    assert service is not None
    view = _share(unlocked)
    editor = view.start_new(ShareProfile)
    editor.input("name").setText("Recruteur")
    editor.input("audience").setText("Société X")
    editor.save_button.click()
    (profile,) = service.list(ShareProfile)
    view.select_record(profile.id)
    assert "Recruteur" in view.using_label.text()

    options = view.edit_options()
    assert options is not None
    options.section_boxes["skills"].setChecked(False)
    options.hide_boxes["phone"].setChecked(True)
    from PySide6.QtCore import Qt

    logisud = next(
        options.item_list.item(n)
        for n in range(options.item_list.count())
        if "LogiSud" in options.item_list.item(n).text()
    )
    logisud.setCheckState(Qt.CheckState.Unchecked)
    options.accept()
    stored = service.get(ShareProfile, profile.id)
    assert "skills" not in json.loads(stored.sections)
    assert "phone" in json.loads(stored.options)["hide"]

    view.select_record(profile.id)
    preview = _previewed(qtbot, view, "cv")
    assert len(preview.page_labels) >= 1
    target = tmp_path / "cv-societe-x.pdf"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: str(target))
    preview.save_button.click()
    wait_for_jobs()  # written on a worker
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Sophie Lefèvre" in text and "Compétences" not in text and "06 12" not in text
    assert "LogiSud" not in text and "Transports Valmont" in text
    (log,) = service.list(ExportLog)
    assert (log.format, log.audience, log.file_name) == ("cv", "Société X", "cv-societe-x.pdf")


def test_printing_sends_every_page_to_the_printer(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    printed = tmp_path / "papier.pdf"
    monkeypatch.setattr(dialogs, "ask_printer", printing_to(printed))
    view = _share(unlocked)
    preview = _previewed(qtbot, view, "portfolio")
    expected = len(preview.page_labels)
    preview.print_button.click()
    wait_for_jobs()  # the pages are drawn onto the printer on a worker
    assert len(PdfReader(str(printed)).pages) == expected
    (log,) = unlocked.service.list(ExportLog)
    assert log.format == "portfolio" and log.file_name == ""


def test_a_paper_printer_gets_every_page_drawn_to_fit(tmp_path: Path) -> None:
    """A real printer gets images of the pages (the file printer above gets the PDF itself)."""
    from pypdf import PdfWriter
    from PySide6.QtGui import QColor
    from PySide6.QtPrintSupport import QPrinter

    from ui.document_preview import render_pdf_pages
    from ui.export_preview import draw_pages

    writer = PdfWriter()
    for _ in range(3):  # three pages: each on its own sheet
        writer.add_page(PdfReader(SHARED_CV).pages[0])
    pages = io.BytesIO()
    writer.write(pages)
    document = pages.getvalue()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands for the paper
    paper = tmp_path / "papier.pdf"
    printer.setOutputFileName(str(paper))
    assert draw_pages(printer, document)
    printed = paper.read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == 3
    (original,) = render_pdf_pages(document, 400, 1)
    (on_paper,) = render_pdf_pages(printed, 400, 1)

    def inked_rows(image) -> set[int]:  # type: ignore[no-untyped-def]
        return {
            y
            for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(0, image.width(), 2))
        }

    # The same lines of text, at the same heights (within the paper's margins), no band lost.
    assert len(inked_rows(on_paper)) >= 0.8 * len(inked_rows(original)) > 0


def test_a_cancelled_print_or_save_changes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = unlocked.service
    monkeypatch.setattr(dialogs, "ask_printer", lambda *args: False)
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: "")
    view = _share(unlocked)
    preview = _previewed(qtbot, view, "brief")
    preview.print_button.click()
    preview.save_button.click()
    assert service.list(ExportLog) == []


def test_word_and_json_resume_are_saved_without_a_preview(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "envoi"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: str(folder / "cv"))
    view = _share(unlocked)
    saved = view.preview("docx")
    assert saved == folder / "cv.docx"
    qtbot.waitUntil(saved.exists, timeout=30_000)  # built, then written, on workers
    wait_for_jobs()
    assert list(fingerprint(folder)) == ["cv.docx"]  # and no temporary file beside it


def test_a_long_portfolio_can_be_cancelled_while_it_is_built(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
) -> None:
    from vault.model import Skill

    service = unlocked.service
    for n in range(300):  # pages enough for the cancel to land while it is being built
        service.save(Skill(label=f"Compétence {n}"), is_new=True)
    view = _share(unlocked)
    worker = view.preview("portfolio")
    with qtbot.waitSignal(worker.cancelled, timeout=30_000):
        worker.cancel()
    assert view.preview_dialog is None
    assert service.list(ExportLog) == []


def test_each_template_is_shown_as_my_own_cv_and_choosing_one_keeps_it_in_the_profile(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
) -> None:
    service = unlocked.service
    assert service is not None
    view = _share(unlocked)
    buttons = view.template_buttons
    assert list(buttons) == ["classique", "moderne", "colonnes", "compact"]
    # Drawn on a worker, with the person's own career: every thumbnail arrives.
    qtbot.waitUntil(lambda: all(not b.icon().isNull() for b in buttons.values()), timeout=30_000)
    assert buttons["classique"].isChecked()
    size = buttons["colonnes"].icon().availableSizes()[0]
    assert size.width() > 60 and size.height() > size.width()  # a page, upright
    assert view.draw_thumbnails() is None  # nothing changed: not drawn again

    editor = view.start_new(ShareProfile)
    editor.input("name").setText("Recruteur")
    editor.save_button.click()
    (profile,) = service.list(ShareProfile)
    view.select_record(profile.id)
    buttons["colonnes"].click()
    drawing = view._thumbnails
    assert drawing is not None and drawing._choice == view.choice()  # changed: drawn again
    assert service.list(ShareProfile)[0].template == "colonnes"
    assert view.choice().template == "colonnes" and buttons["colonnes"].isChecked()
    worker = view.preview("cv")
    assert worker is not None
    qtbot.waitUntil(lambda: view.preview_dialog is not None, timeout=30_000)
    view.preview_dialog.close()

    unlocked.lock()  # a drawing still under way stops with the lock
    assert view._thumbnails is None


def test_an_english_preview_says_which_texts_have_no_english(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
) -> None:

    from exporters.translations import with_translations
    from vault.model import Experience

    service = unlocked.service
    assert service is not None
    job = next(e for e in service.list(Experience) if e.organisation == "LogiSud")
    service.save(with_translations(job, "en", {"title": "Team leader"}), is_new=False)
    english = ShareProfile(name="Recruiter", language="en")
    service.save(english, is_new=True)
    view = _share(unlocked)
    view.select_record(english.id)
    dialog = _previewed(qtbot, view, "cv")
    assert dialog.note_label.isVisible()
    assert "sans texte en anglais" in dialog.note_label.text()
    assert "Préparatrice de commandes" in dialog.note_label.text()
    dialog.close()


def test_a_long_portfolio_is_previewed_by_its_first_pages_and_saved_whole(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: StartWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QLabel

    from vault.model import Skill

    service = unlocked.service
    for n in range(400):
        service.save(Skill(label=f"Compétence {n}"), is_new=True)
    view = _share(unlocked)
    preview = _previewed(qtbot, view, "portfolio")
    assert len(preview.page_labels) == 12
    note = next(
        label.text() for label in preview.findChildren(QLabel) if "premières pages" in label.text()
    )
    saved = tmp_path / "portfolio.pdf"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: str(saved))
    preview.save_button.click()
    wait_for_jobs()
    pages = len(PdfReader(str(saved)).pages)
    assert pages > 12 and f"12 premières pages sur {pages}" in note

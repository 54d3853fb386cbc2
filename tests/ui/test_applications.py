"""Applications in the app: the follow-up on the home screen, the ad's skills against mine."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Views
from ui.sections.dashboard_view import DashboardView
from ui.start_window import StartWindow
from vault.model import Application


def test_the_home_screen_says_when_to_follow_up_and_the_deadlines(views: Views) -> None:
    today = date.today()
    views.service.save(
        Application(
            title="Cariste",
            employer="LogiSud",
            status="sent",
            sent_on=(today - timedelta(days=3)).isoformat(),
            follow_up_days=7,
        ),
        is_new=True,
    )
    views.service.save(
        Application(title="Magasinier", deadline=(today + timedelta(days=12)).isoformat()),
        is_new=True,
    )
    home = views.show(DashboardView(views.service))
    said = home.due_label.text()
    assert "Relancer LogiSud (Cariste)" in said
    assert "Date limite de candidature : Magasinier" in said.replace("\u00a0", " ")
    follow_up = today + timedelta(days=4)
    assert said.index("Relancer") < said.index("Date limite")  # the sooner first
    assert str(follow_up.day) in said.split("Relancer")[0].splitlines()[-1]


def test_the_ad_s_skills_against_mine_corrected_and_kept(views: Views) -> None:
    from pathlib import Path

    from tests.support.jobs import wait_for_jobs
    from ui.ad_skills_dialog import AdSkillsDialog
    from ui.sections import catalog
    from ui.sections.section_view import SectionView

    ad = Path(__file__).resolve().parents[1] / "data" / "ads" / "plieur-regleur-167GHBR.txt"
    saved = views.service.save(
        Application(title="Plieur régleur", employer="Adecco", ad_text=ad.read_text("utf-8")),
        is_new=True,
    )
    section = views.show(SectionView(catalog.APPLICATIONS, views.service))
    section.select_record(saved.id)
    dialog = section.show_ad_skills(section.editors[Application])
    assert isinstance(dialog, AdSkillsDialog)
    wait_for_jobs()  # the ad is read on a worker
    items = [dialog.skills.item(n) for n in range(dialog.skills.count())]
    shown = {item.text(): item for item in items}
    assert "métrologie — à acquérir (ESCO)" in shown
    # Not what this ad asks for: unticked. Said otherwise in the ad: added in my words.
    productique = next(item for text, item in shown.items() if text.startswith("Productique"))
    productique.setCheckState(Qt.CheckState.Unchecked)
    dialog.own.setText("Lecture de plans")
    dialog.add_own()
    assert "à acquérir" in dialog.summary.text()
    dialog.save_button.click()
    kept = json.loads(views.service.get(Application, saved.id).skills)
    labels = [skill["label"] for skill in kept]
    assert "Productique" not in labels and "métrologie" in labels
    assert {"label": "Lecture de plans", "source": "person", "uri": "", "status": "missing"} in kept


def test_marking_sent_dates_it_and_keeps_every_step_in_its_history(views: Views) -> None:
    import dataclasses

    from vault.model import ApplicationEvent

    service = views.service
    made = service.save(Application(title="Cariste", employer="LogiSud"), is_new=True)
    sent = service.save(dataclasses.replace(made, status="sent"), is_new=False)
    assert sent.sent_on == date.today().isoformat()  # the follow-up counts from today
    service.save(dataclasses.replace(sent, note="Envoyée par courriel"), is_new=False)
    service.save(dataclasses.replace(sent, status="interview"), is_new=False)
    service.save(dataclasses.replace(sent, status="offer"), is_new=False)
    history = [
        e.status
        for e in sorted(service.list(ApplicationEvent), key=lambda e: e.created_at)
        if e.application_id == made.id
    ]
    assert history == ["to_prepare", "sent", "interview", "offer"]  # a note is no step


def test_one_click_makes_a_cv_for_the_ad_with_its_skills_first(
    unlocked: StartWindow, qtbot: QtBot
) -> None:
    from tests.support.jobs import wait_for_jobs
    from ui.ad_skills_dialog import AdSkillsDialog
    from vault.model import ShareProfile

    service = unlocked.service
    ad = (
        "Cariste H/F. Missions : utilisation d'un chariot élévateur ; vérification des "
        "expéditions. Vous savez utiliser un tableur. La métrologie est un plus."
    )
    made = service.save(
        Application(title="Cariste", employer="Transports Martin", ad_text=ad), is_new=True
    )
    section = unlocked.main_view.show_section("applications")
    section.select_record(made.id)
    dialog = section.show_ad_skills(section.editors[Application])
    assert isinstance(dialog, AdSkillsDialog)
    wait_for_jobs()
    said = [dialog.skills.item(n).text() for n in range(dialog.skills.count())]
    assert "utiliser un chariot élévateur — je l'ai (ESCO)" in said
    assert "métrologie — à acquérir (ESCO)" in said
    dialog.cv_button.click()
    wait_for_jobs()
    share = unlocked.main_view.share_view
    assert unlocked.main_view.stack.currentWidget() is share
    profile = share.selected_profile()
    assert isinstance(profile, ShareProfile) and profile.name == "CV — Cariste — Transports Martin"
    assert service.get(Application, made.id).share_profile_id == profile.id
    qtbot.waitUntil(lambda: share.preview_dialog is not None, timeout=60_000)  # built aside
    preview = share.preview_dialog
    assert preview is not None and preview.isVisible()
    pages = PdfReader(io.BytesIO(preview.data)).pages
    text = " ".join(" ".join(page.extract_text() or "" for page in pages).split())
    # The skills the ad asks for that the person has, first, under their own heading.
    key = text.index("Compétences clés")
    assert key < text.index("Utiliser un chariot élévateur") < text.index("Gérer les stocks")
    assert "Utiliser un tableur" in text[key : text.index("Gérer les stocks")]


def test_from_the_ad_to_the_offer(
    unlocked: StartWindow,
    qtbot: QtBot,
    monkeypatch,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """Paste an ad, see its skills against mine, make the CV and a letter for it, mark it
    sent, see the follow-up on the home screen, record the interview, close on the offer."""
    import subprocess

    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    from tests.support.jobs import wait_for_jobs
    from ui import dialogs
    from ui.ad_skills_dialog import AdSkillsDialog
    from ui.applications_board import MIME, ApplicationsBoard
    from ui.letter_dialog import LetterDialog
    from vault.model import ApplicationEvent, ExportLog

    service = unlocked.service
    view = unlocked.main_view
    section = view.show_section("applications")
    # A new application: the ad pasted into its form.
    editor = section.start_new(Application)
    title = editor.input("title")
    employer = editor.input("employer")
    ad_text = editor.input("ad_text")
    assert isinstance(title, QLineEdit) and isinstance(employer, QLineEdit)
    assert isinstance(ad_text, QPlainTextEdit)
    title.setText("Cariste")
    employer.setText("Transports Martin")
    ad_text.setPlainText(
        "Cariste H/F. Missions : utilisation d'un chariot élévateur ; vérification des "
        "expéditions. Vous savez utiliser un tableur. La métrologie est un plus."
    )
    editor.save_button.click()
    (made,) = service.list(Application)
    assert made.status == "to_prepare"

    # Its skills against mine, then the CV made for it, saved as a file.
    skills = section.show_ad_skills(editor)
    assert isinstance(skills, AdSkillsDialog)
    wait_for_jobs()
    said = [skills.skills.item(n).text() for n in range(skills.skills.count())]
    assert "utiliser un chariot élévateur — je l'ai (ESCO)" in said
    cv = tmp_path / "cv-cariste.pdf"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *_args: str(cv))
    skills.cv_button.click()
    qtbot.waitUntil(lambda: view.share_view.preview_dialog is not None, timeout=60_000)
    preview = view.share_view.preview_dialog
    assert preview is not None
    preview.save_button.click()
    qtbot.waitUntil(cv.exists, timeout=20_000)
    wait_for_jobs()

    # A letter: the draft's bracketed passage written in my words, saved as PDF.
    section = view.show_section("applications")
    section.select_record(made.id)
    letters = section.show_letters(section.editors[Application])
    assert isinstance(letters, LetterDialog)
    assert letters.passage.isVisibleTo(letters)  # « Il reste à écrire : […] »
    body = letters.body.toPlainText()
    start, end = body.index("["), body.index("]") + 1
    letters.body.setPlainText(
        body[:start] + "Je connais vos camions : je les charge depuis trois ans." + body[end:]
    )
    letter_file = tmp_path / "lettre-cariste.pdf"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *_args: str(letter_file))
    letters.pdf_button.click()
    qtbot.waitUntil(letter_file.exists, timeout=20_000)
    wait_for_jobs()
    text = subprocess.run(
        ["pdftotext", str(letter_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "je les charge depuis trois ans" in " ".join(text.split())
    assert "Objet" in text and "Transports Martin" in text
    letters.accept()

    # Marked sent on the board, by keyboard; the home screen says when to follow up.
    board = view.open_wizard("board")
    assert isinstance(board, ApplicationsBoard)
    cards = board.columns["to_prepare"]
    cards.setCurrentRow(0)
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    sent = service.get(Application, made.id)
    assert (sent.status, sent.sent_on) == ("sent", date.today().isoformat())
    assert board.columns["sent"].count() == 1 and board.headers["sent"].text() == "Envoyée (1)"
    board.accept()
    view.show_section("home")
    home = view.dashboard
    follow_up = date.today() + timedelta(days=10)
    due = home.due_label.text().replace("\u00a0", " ")
    line = next(line for line in due.splitlines() if "Relancer Transports Martin (Cariste)" in line)
    assert str(follow_up.year) in line and f"{follow_up.day} " in line
    assert "Envoyée : 1" in home.applications_label.text().replace("\u00a0", " ")

    # The interview: its card dropped on « Entretien » with the mouse, what was said noted.
    board = view.open_wizard("board")
    assert isinstance(board, ApplicationsBoard)
    data = QMimeData()
    data.setData(MIME, made.id.encode())
    target = board.columns["interview"]
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.MoveAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    target.dropEvent(drop)
    assert service.get(Application, made.id).status == "interview"
    board.accept()
    section = view.show_section("applications")
    section.select_record(made.id)
    event_editor = section.start_new(ApplicationEvent)  # Ajouter › Suivi de candidature
    kind = event_editor.input("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("interview"))
    application_choice = event_editor.input("application_id")
    assert isinstance(application_choice, QComboBox)  # the application chosen in the list
    assert application_choice.currentData() == made.id
    summary = event_editor.input("summary")
    assert isinstance(summary, QPlainTextEdit)
    summary.setPlainText("Entretien avec le chef de quai : visite de l'entrepôt.")
    event_editor.save_button.click()

    # Closed on the offer, from the list's board: Ctrl+→ once more.
    board = view.open_wizard("board")
    assert isinstance(board, ApplicationsBoard)
    cards = board.columns["interview"]
    cards.setCurrentRow(0)
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert service.get(Application, made.id).status == "offer"
    board.tabs.setCurrentIndex(1)
    assert board.table.item(0, 2).text() == "Proposition"
    board.accept()

    events = sorted(
        (e for e in service.list(ApplicationEvent) if e.application_id == made.id),
        key=lambda e: e.created_at,
    )
    assert [e.status for e in events if e.kind == "status"] == [
        "to_prepare", "sent", "interview", "offer",
    ]  # fmt: skip
    assert any(e.kind == "interview" and "chef de quai" in e.summary for e in events)
    sent_names = {
        log.file_name
        for log in service.list(ExportLog)
        if log.application_id == made.id
        or log.profile_id == service.get(Application, made.id).share_profile_id
    }
    assert sent_names == {"cv-cariste.pdf", "lettre-cariste.pdf"}  # what did I send them?


def test_meeting_mode_shows_the_applications_in_progress_when_the_profile_says_so(
    views: Views,
) -> None:
    import dataclasses

    from exporters.share import DEFAULT_SECTIONS, ShareChoice
    from ui.meeting_view import meeting_pages

    made = views.service.save(Application(title="Cariste", employer="LogiNord"), is_new=True)
    views.service.save(dataclasses.replace(made, status="interview"), is_new=False)
    plain = ShareChoice()
    assert "applications" not in [
        key for key, _, _ in meeting_pages(views.service.shared_career(plain), plain)
    ]
    chosen = ShareChoice(sections=(*DEFAULT_SECTIONS, "applications"))
    pages = {
        key: html for key, _, html in meeting_pages(views.service.shared_career(chosen), chosen)
    }
    assert "Cariste — LogiNord\u00a0: entretien" in pages["applications"]  # French spacing

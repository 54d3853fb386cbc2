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

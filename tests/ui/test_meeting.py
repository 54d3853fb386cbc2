"""Mode rendez-vous: only the profile's sections, large and read-only; notes kept; leaving locks."""

from __future__ import annotations

from exporters.share import ShareChoice
from tests.support.jobs import wait_for_jobs
from ui.start_window import StartWindow
from vault.model import Note


def test_the_meeting_shows_only_the_chosen_sections_and_leaving_locks(
    unlocked: StartWindow,
) -> None:
    service = unlocked.service
    assert service is not None
    notes_before = len(service.list(Note))
    meeting = unlocked.start_meeting(
        ShareChoice(sections=("experience", "skills"), audience="Conseillère CEP")
    )
    assert meeting is not None
    # The profile's CV sections, then what the advisor is there for.
    assert meeting.sections == ["experience", "skills", "rights", "project"]
    assert not unlocked.menuBar().isVisible()
    assert all(not action.isEnabled() for action in unlocked.menuBar().actions())
    assert meeting.font().pointSizeF() > unlocked.font().pointSizeF() * 1.4
    assert "Transports Valmont" in meeting.content.toPlainText()
    assert meeting.content.isReadOnly()
    meeting.next_button.click()
    shown = meeting.content.toPlainText()
    assert "Gérer les stocks" in shown and "Transports Valmont" not in shown
    assert "Corbas" not in shown and "06 12" not in meeting.content.toPlainText()
    meeting.next_button.click()
    rights = meeting.content.toPlainText()
    assert "Solde CPF : 3 120,00 € (relevé le 1er oct. 2026)" in rights.replace("\u00a0", " ")
    assert "Bilan de compétences : à explorer" in rights.replace("\u00a0", " ")
    meeting.next_button.click()
    project = meeting.content.toPlainText()
    assert "Devenir responsable QHSE" in project and "Prochaines étapes" in project
    assert "Formation" not in project  # education was not chosen: nowhere to reach it
    assert not meeting.next_button.isEnabled()  # the last page

    meeting.notes_edit.setPlainText(
        "Piste : licence pro QHSE en alternance, dossier PTP avant mars."
    )
    meeting.leave_button.click()
    assert unlocked.service is None  # locked
    assert unlocked.meeting_view is None
    assert unlocked.menuBar().isVisible()
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    from tests.conftest import PASSPHRASE

    unlocked.unlock_page.secret_edit.setText(PASSPHRASE)
    unlocked.unlock_page.open_button.click()
    wait_for_jobs()
    notes = unlocked.service.list(Note)
    assert len(notes) == notes_before + 1
    (kept,) = [n for n in notes if "licence pro QHSE" in n.body]
    assert kept.title.startswith("Rendez-vous du") and kept.title.endswith("Conseillère CEP")


def test_the_idle_lock_also_ends_the_meeting(unlocked: StartWindow) -> None:
    unlocked.start_meeting(None)
    unlocked.lock()
    assert unlocked.meeting_view is None and unlocked.service is None


def test_the_share_section_starts_the_meeting_with_its_profile(unlocked: StartWindow) -> None:
    share = unlocked.main_view.show_section("share")
    share.meeting_button.click()
    assert unlocked.meeting_view is not None
    unlocked.meeting_view.leave_button.click()
    assert unlocked.service is None

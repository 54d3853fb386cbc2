"""Every code the formats use has its words on screen: one place says the codes, one the words."""

from __future__ import annotations

from exporters.actions.attest import CONFIRMED
from exporters.credentials import credential
from exporters.writers.cv_pdf import TEMPLATES
from ui.fields import ATTESTATION_STATUSES, CV_TEMPLATES


def test_every_cv_template_has_a_name_on_screen() -> None:
    assert [code for code, _ in CV_TEMPLATES] == list(TEMPLATES)


def test_every_attestation_status_has_words_on_screen() -> None:
    said = {code for code, _ in ATTESTATION_STATUSES}
    assert {*credential.STATUSES, credential.NOT_ABOUT_YOU, CONFIRMED} <= said


def test_the_command_line_says_each_status_with_the_words_the_app_shows() -> None:
    on_screen = dict(ATTESTATION_STATUSES)
    for code, (french, _english) in credential.STATUS_WORDS.items():
        assert on_screen[code] == french

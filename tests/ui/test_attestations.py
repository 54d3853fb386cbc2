"""Attestations in the app: a signer identity, a request from a skill, signing it, importing it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from exporters.actions import attest
from exporters.credentials import credential, identity, jose
from exporters.readers import attestations
from tests.conftest import fingerprint
from tests.support.jobs import wait_for_jobs
from ui import dialogs
from ui.start_window import StartWindow
from vault.model import Attestation, Contact, Skill


def test_signer_request_sign_import_and_confirm_in_the_app(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = unlocked.service
    assert service is not None

    # The signer makes an identity and shows its fingerprint and QR code.
    signer_dialog = unlocked.sign_attestation()  # no identity yet: this opens the identity dialog
    assert signer_dialog is not None and signer_dialog.create_box.isVisible()
    signer_dialog.name_edit.setText("Hélène Roux")
    signer_dialog.org_edit.setText("Entrepôts du Rhône")
    signer = signer_dialog.create_signer()
    assert signer is not None
    digits = identity.fingerprint(signer.did)
    assert signer_dialog.fingerprint_label.text().split() == digits.split()
    assert not signer_dialog.qr_label.pixmap().isNull()
    signer_dialog.accept()

    # The person asks for an attestation from a skill's card.
    view = unlocked.main_view.show_section("skills")
    skill = next(s for s in service.list(Skill) if s.esco_uri)
    view.select_record(skill.id)
    editor = view.editors[Skill]
    request_path = tmp_path / "demande.json"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: str(request_path))
    assert editor.ask_for_attestation() == request_path
    assert json.loads(request_path.read_text())["claim"]["name"] == skill.label

    # The signer opens it, says how they saw it, signs and saves a PNG badge.
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(request_path))
    sign_dialog = unlocked.sign_attestation()
    sign_dialog.criteria_edit.setPlainText("Vu pendant l'inventaire annuel de 2024.")
    badge = tmp_path / "attestation.png"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: str(badge))
    assert sign_dialog.sign_and_save() == badge
    token, verdict = attestations.verify(badge)
    assert verdict.status == credential.VERIFIED
    _, payload, _, _ = jose.split(token)
    criteria = payload["credentialSubject"]["achievement"]["criteria"]["narrative"]
    assert criteria == "Vu pendant l'inventaire annuel de 2024."

    # The person imports it: it lands on the skill, valid, signer not yet confirmed.
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(badge))
    importer = unlocked.show_import()
    importer.kind_buttons["attestation"].click()
    wait_for_jobs()
    importer.import_button.click()
    wait_for_jobs()
    (attestation,) = service.list(Attestation)
    assert attestation.record_id == skill.id
    assert attestation.status == credential.VERIFIED

    # After comparing the digits in person, the contact is marked: the attestation is confirmed.
    network = unlocked.main_view.show_section("network")
    contact_editor = network.start_new(Contact)
    contact_editor.input("given_name").setText("Hélène")
    contact_editor.input("family_name").setText("Roux")
    contact_editor.input("did").setText(signer.did)
    contact_editor.input("did_confirmed_on").setText("2026-11-28")
    contact_editor.save_button.click()
    assert service.get(Attestation, attestation.id).status == attest.CONFIRMED
    shown = unlocked.main_view.show_section("attestations")
    texts = [
        str(shown.model.data(shown.model.index(0, c))) for c in range(shown.model.columnCount())
    ]
    assert any("confirmé en personne" in t for t in texts)
    # …and the skill itself says so, wherever it is listed.
    skills = unlocked.main_view.show_section("skills")
    row = skills.model.row_of(skill.id)
    shown = str(skills.model.data(skills.model.index(row, 1)))
    # The signer's name is isolated (U+2068…U+2069), invisible on screen.
    assert "✓ Hélène Roux — Signature valide, signataire confirmé" in re.sub(
        "[\u2068\u2069]", "", shown
    )


def test_a_request_file_that_is_not_one_is_refused_in_plain_words(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = unlocked.service
    assert service is not None
    service.create_signer("Paul Nguyen", "", "")
    bogus = tmp_path / "pas-une-demande.json"
    bogus.write_text('{"type": "autre chose"}')
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(bogus))
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: told.append(text))
    before = fingerprint(service.path.parent)
    assert unlocked.sign_attestation() is None
    assert told and "pas-une-demande.json" in told[0]
    assert {
        k: v
        for k, v in fingerprint(service.path.parent).items()
        if "-wal" not in k and "-shm" not in k
    } == {k: v for k, v in before.items() if "-wal" not in k and "-shm" not in k}


def test_confirming_the_fingerprint_from_the_attestation_adds_the_signer_to_reseau(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = unlocked.service
    assert service is not None
    signer = service.create_signer("Hélène Roux", "Entrepôts du Rhône", "")
    skill = next(s for s in service.list(Skill) if s.esco_uri)
    request_path = tmp_path / "demande.json"
    request_path.write_bytes(service.attestation_request(skill))
    from exporters.readers.attestation_request import read as read_request

    signed = tmp_path / "attestation.jwt"
    signed.write_text(service.sign_request(read_request(request_path), None))
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(signed))
    importer = unlocked.show_import()
    importer.kind_buttons["attestation"].click()
    wait_for_jobs()
    importer.import_button.click()
    wait_for_jobs()

    view = unlocked.main_view.show_section("attestations")
    (attestation,) = service.list(Attestation)
    view.select_record(attestation.id)
    editor = view.editors[Attestation]
    digits = identity.fingerprint(signer.did)
    assert editor.input("issuer_fingerprint").text() == digits  # what the person compares
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_confirmation", lambda parent, title, text: asked.append(text) or True
    )
    assert editor.confirm_signer()
    assert digits in asked[0]
    (contact,) = [c for c in service.list(Contact) if c.did == signer.did]
    assert (contact.given_name, contact.family_name) == ("Hélène", "Roux")
    assert contact.did_confirmed_on
    assert service.get(Attestation, attestation.id).status == attest.CONFIRMED


def test_the_meeting_mode_lists_checked_attestations(unlocked: StartWindow, tmp_path: Path) -> None:
    from exporters.readers.attestation_request import read as read_request
    from exporters.share import ShareChoice

    service = unlocked.service
    assert service is not None
    signer = service.create_signer("Hélène Roux", "", "")
    skill = next(s for s in service.list(Skill) if s.esco_uri)
    request = tmp_path / "demande.json"
    request.write_bytes(service.attestation_request(skill))
    signed = tmp_path / "a.jwt"
    signed.write_text(service.sign_request(read_request(request), None))
    importer = unlocked.show_import()  # the signed file, brought in as a person does
    assert importer is not None
    importer.load("attestation", signed)
    wait_for_jobs()
    importer.import_button.click()
    wait_for_jobs()
    service.confirm_signer(service.list(Attestation)[0])
    meeting = unlocked.start_meeting(ShareChoice(sections=("attestations",)))
    assert meeting is not None
    text = meeting.content.toPlainText()
    assert "✓" in text and "Hélène Roux" in text and signer.did not in text
    meeting.leave_button.click()
    assert unlocked.service is None


def test_a_european_diploma_dropped_on_the_importer_shows_its_seal(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = unlocked.service
    assert service is not None
    diploma = Path(__file__).resolve().parents[1] / "data" / "credentials" / "edc"
    importer = unlocked.show_import()
    assert importer.load_dropped(diploma / "edc-dc-signed.jsonld")
    wait_for_jobs()
    importer.import_button.click()
    wait_for_jobs()

    view = unlocked.main_view.show_section("attestations")
    (kept,) = [a for a in service.list(Attestation) if a.format == "edc-jades"]
    view.select_record(kept.id)
    editor = view.editors[Attestation]
    said = editor.input("status").text()
    assert said.startswith("Sceau électronique valide")
    assert editor.input("status").cursorPosition() == 0  # read from its start
    # No key digits to compare with anyone: neither the row nor the button shows.
    assert not editor.input("issuer_fingerprint").isVisibleTo(editor)
    assert editor.confirm_button is not None and not editor.confirm_button.isVisibleTo(editor)
    row = view.table.currentIndex().row()
    details = view.table.model().index(row, 1).data()
    assert "scellé par VELOCERT OU" in details


def test_the_signer_saves_for_a_wallet_by_choosing_a_json_file(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = unlocked.service
    assert service is not None
    signer = service.create_signer("Hélène Roux", "Entrepôts du Rhône", "")
    skill = next(s for s in service.list(Skill) if s.esco_uri)
    request_path = tmp_path / "demande.json"
    request_path.write_bytes(service.attestation_request(skill))
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(request_path))
    sign_dialog = unlocked.sign_attestation()
    wallet = tmp_path / "attestation-portefeuille.json"
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *args: str(wallet))
    assert sign_dialog.sign_and_save() == wallet
    document = json.loads(wallet.read_text("utf-8"))
    assert {p["cryptosuite"] for p in document["proof"]} == {"eddsa-rdfc-2022", "ecdsa-rdfc-2019"}
    _, verdict = attestations.verify(wallet)
    assert verdict.status == credential.VERIFIED
    assert verdict.fingerprint == signer.did  # the identity people compare, as for a JWT

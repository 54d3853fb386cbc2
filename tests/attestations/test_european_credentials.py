"""European Digital Credentials (Europass EDC) read into attestations, their seal said as it is."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from exporters.credentials import credential, edc
from exporters.readers import attestations, badges
from exporters.readers.errors import ImportRefused
from tests.cli.test_command_line import musette
from tests.conftest import VaultFiles, fingerprint
from vault.model import Attestation

DATA = Path(__file__).resolve().parents[1] / "data" / "credentials" / "edc"


def sealed(name: str = "edc-mc-signed.jsonld") -> dict[str, Any]:
    found: dict[str, Any] = json.loads((DATA / name).read_text("utf-8"))
    return found


def written(tmp_path: Path, document: dict[str, Any], name: str = "diploma.jsonld") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_a_sealed_microcredential_becomes_an_attestation_with_its_outcomes(tmp_path: Path) -> None:
    plan = badges.read(DATA / "edc-mc-signed.jsonld")
    (kept,) = [item.record for item in plan.items if isinstance(item.record, Attestation)]
    assert kept.format == "edc-jades"
    assert kept.status == credential.SEALED
    assert kept.issuer_name == "NETIS d.o.o."
    assert kept.issuer_fingerprint == ""  # no key digits to compare with anyone
    facts = json.loads(kept.extra)["badge"]
    assert facts["name"] == "Title of your learning achievement"
    europe = facts["edc"]
    assert europe["seal"]["sealed_by"] == "VELOCERT OU" and europe["seal"]["checked"]
    assert europe["credits"] == "5 ECTS"
    assert europe["eqfLevel"] == "Level 6"
    assert [outcome["title"] for outcome in europe["learning_outcomes"]] == [
        "Example of learning outcome",
        "Example of learning second outcome",
    ]
    assert europe["learning_outcomes"][0]["esco"] == ["Game theory", "Rear game"]
    # What the person keeps is the sealed file itself, so it can be checked again.
    assert json.loads(kept.payload) == sealed()


def test_the_seal_is_said_checked_with_its_certificate_not_against_the_trust_list() -> None:
    verdict, seal, _ = edc.check(sealed("edc-dc-signed.jsonld"))
    assert seal is not None and seal.checked
    assert seal.said("fr") == (
        "scellé par VELOCERT OU — certificat non vérifié contre la liste de confiance européenne"
    )
    assert seal.authority == "Halcom d.d."
    assert verdict.status == credential.SEALED


def test_a_changed_diploma_is_refused() -> None:
    document = sealed("edc-dc-signed.jsonld")
    document["payload"] = document["payload"].replace("John Doe", "Jane Doe")
    with pytest.raises(credential.BadCredential, match="changed after it was sealed"):
        edc.check(document)


def test_a_seal_pointing_at_another_certificate_is_refused() -> None:
    document = sealed("edc-dc-signed.jsonld")
    signature = document["signatures"][0]
    header = json.loads(base64.urlsafe_b64decode(signature["protected"] + "=="))
    header["x5t#S256"] = base64.urlsafe_b64encode(b"\0" * 32).decode().rstrip("=")
    signature["protected"] = (
        base64.urlsafe_b64encode(json.dumps(header).encode()).decode().rstrip("=")
    )
    with pytest.raises(credential.BadCredential, match="another certificate"):
        edc.check(document)


def test_an_unsealed_credential_is_kept_as_not_signed(tmp_path: Path) -> None:
    bare = json.loads(sealed()["payload"])
    plan = badges.read(written(tmp_path, bare, "bare.json"))
    (kept,) = [item.record for item in plan.items if isinstance(item.record, Attestation)]
    assert kept.status == credential.UNSIGNED
    assert kept.format == "edc-json"
    with pytest.raises(ImportRefused):  # an attestation must carry a signature that checks
        attestations.verify(written(tmp_path, bare, "bare-attestation.json"))


def test_the_command_line_says_the_seal_and_refuses_a_changed_one(
    tmp_path: Path, vault_files: VaultFiles
) -> None:
    checked = musette("attest", "verify", str(DATA / "edc-dc-signed.jsonld"))
    assert checked.returncode == 0, checked.stderr
    said = json.loads(checked.stdout)
    assert said["format"] == "edc-jades"
    assert said["seal"] == (
        "scellé par VELOCERT OU — certificat non vérifié contre la liste de confiance européenne"
    )
    changed = sealed("edc-dc-signed.jsonld")
    changed["payload"] = changed["payload"].replace("John Doe", "Jane Doe")
    path = written(tmp_path, changed)
    before = fingerprint(vault_files.path.parent)
    refused = musette(
        "import", "badge", str(path), "--vault", str(vault_files.path),
        MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert refused.returncode == 5
    assert "changed after it was sealed" in refused.stderr
    assert fingerprint(vault_files.path.parent) == before
    imported = musette(
        "import", "badge", str(DATA / "edc-dc-signed.jsonld"), "--vault", str(vault_files.path),
        MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    with vault_files.open() as vault:
        (kept,) = vault.records.list(Attestation)
    assert kept.issuer_name == "NETIS d.o.o."


def test_a_dropped_edc_or_wallet_credential_is_recognised_as_a_badge() -> None:
    from exporters import registry

    assert registry.sniff(DATA / "edc-mc-signed.jsonld") == "badge"
    wallet = DATA.parent / "dcc-v2-eddsa-rdfc-2022-didkey.json"
    assert registry.sniff(wallet) == "badge"


def test_a_europass_credential_in_xml_is_read_and_its_seal_said_unchecked() -> None:
    plan = badges.read(DATA / "edci-certificate-of-excellence.xml")
    (kept,) = [item.record for item in plan.items if isinstance(item.record, Attestation)]
    assert kept.format == "edc-xades"
    assert kept.status == credential.NOT_VERIFIED_OFFLINE  # XAdES is not checked offline
    assert kept.issuer_name == "ANTHONY FISHER CAMILLERI S.P."
    facts = json.loads(kept.extra)["badge"]
    assert facts["name"] == "Certificate of Excellence"
    assert facts["valid_until"] == "2025-03-30T22:00:00Z" and facts["expired"]
    europe = facts["edc"]
    assert europe["subject"] == "Ildiko Mazar"
    assert europe["credits"] == "10 ECTS" and europe["eqfLevel"] == "Level 4"
    assert {"communication principles", "develop creative ideas"} <= {
        outcome["title"] for outcome in europe["learning_outcomes"]
    }
    seal = edc.Seal(europe["seal"]["sealed_by"], europe["seal"]["authority"], False, "")
    assert seal.said("fr") == "scellé par ANTHONY FISHER CAMILLERI S.P. — non vérifié hors ligne"
    assert kept.payload.startswith("<?xml")  # kept as it was, to be checked elsewhere


def test_an_xml_credential_with_a_doctype_is_refused_before_any_entity(tmp_path: Path) -> None:
    text = (DATA / "edci-credential-basic.xml").read_text("utf-8")
    hostile = text.replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
        1,
    )
    path = tmp_path / "hostile.xml"
    path.write_text(hostile, "utf-8")
    with pytest.raises(ImportRefused) as refused:
        badges.read(path)
    assert refused.value.reason == "xml_unsafe"
    with pytest.raises(ImportRefused, match="XAdES seal cannot be checked offline"):
        attestations.verify(DATA / "edci-credential-basic.xml")

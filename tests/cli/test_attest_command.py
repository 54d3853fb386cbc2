"""`musette signer|attest …` and `musette import attestation`: the flow between two people."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_command_line import assert_one_clear_line, musette
from tests.conftest import PASSPHRASE, VaultFiles, fingerprint

PASS = {"MUSETTE_PASSPHRASE": PASSPHRASE}
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"


def _first_skill(vault: Path) -> str:
    listed = musette("vault", "list", str(vault), "--type", "skill", **PASS)
    return str(json.loads(listed.stdout)[0]["id"])


def _request_for_first_skill(vault: Path, out: Path) -> Path:
    args = ("attest", "request", str(out), "--vault", str(vault), "--record", _first_skill(vault))
    made = musette(*args, **PASS)
    assert made.returncode == 0, made.stderr
    return out


def test_request_sign_verify_import(
    demo_files: VaultFiles, vault_files: VaultFiles, tmp_path: Path
) -> None:
    signer = musette(
        "signer",
        "create",
        "--vault",
        str(vault_files.path),
        "--name",
        "Hélène Roux",
        "--org",
        "Entrepôts du Rhône",
        "--role",
        "Directrice de site",
        **PASS,
    )
    assert signer.returncode == 0, signer.stderr
    did, digits = signer.stdout.splitlines()
    assert did.startswith("did:key:zDn") and len(digits.split()) == 8
    again = musette("signer", "create", "--vault", str(vault_files.path), "--name", "X", **PASS)
    assert again.stdout.splitlines()[0] == did  # one identity per vault

    request = tmp_path / "demande.json"
    skill = _first_skill(demo_files.path)
    made = musette(
        "attest",
        "request",
        str(request),
        "--vault",
        str(demo_files.path),
        "--record",
        skill,
        **PASS,
    )
    assert made.returncode == 0, made.stderr
    assert json.loads(request.read_text())["type"] == "MusetteAttestationRequest"

    signed = tmp_path / "attestation.jwt"
    done = musette(
        "attest",
        "sign",
        str(request),
        str(signed),
        "--vault",
        str(vault_files.path),
        "--expires",
        "2031-12-31",
        **PASS,
    )
    assert done.returncode == 0, done.stderr

    checked = musette("attest", "verify", str(signed))
    assert checked.returncode == 0, checked.stderr
    status = json.loads(checked.stdout)
    assert status["valid"] and status["status"] == "verified"
    assert status["fingerprint"] == digits and status["valid_until"] == "2031-12-31T00:00:00Z"

    imported = musette(
        "import", "attestation", str(signed), "--vault", str(demo_files.path), **PASS
    )
    assert imported.returncode == 0, imported.stderr
    listed = musette("vault", "list", str(demo_files.path), "--type", "attestation", **PASS)
    assert any("Hélène Roux" in item["title"] for item in json.loads(listed.stdout))


def test_a_tampered_attestation_fails_verify_and_import_with_exit_5(
    demo_files: VaultFiles, vault_files: VaultFiles, tmp_path: Path
) -> None:
    musette("signer", "create", "--vault", str(vault_files.path), "--name", "Paul", **PASS)
    request = _request_for_first_skill(demo_files.path, tmp_path / "r.json")
    signed = tmp_path / "a.jwt"
    musette("attest", "sign", str(request), str(signed), "--vault", str(vault_files.path), **PASS)
    head, body, signature = signed.read_text().strip().split(".")
    forged = tmp_path / "forged.jwt"
    forged.write_text(f"{head}.{body[:-3]}AAA.{signature}")
    checked = musette("attest", "verify", str(forged))
    assert checked.returncode == 5
    assert json.loads(checked.stdout)["valid"] is False
    assert_one_clear_line(checked)
    before = fingerprint(demo_files.path.parent)
    refused = musette("import", "attestation", str(forged), "--vault", str(demo_files.path), **PASS)
    assert refused.returncode == 5
    assert_one_clear_line(refused)
    assert fingerprint(demo_files.path.parent) == before


def test_signing_without_a_signer_identity_says_how_to_make_one(
    demo_files: VaultFiles, vault_files: VaultFiles, tmp_path: Path
) -> None:
    request = _request_for_first_skill(demo_files.path, tmp_path / "r.json")
    result = musette(
        "attest",
        "sign",
        str(request),
        str(tmp_path / "a.jwt"),
        "--vault",
        str(vault_files.path),
        **PASS,
    )
    assert result.returncode == 2
    assert "musette signer create" in result.stderr


def _independently_verified(document: dict) -> str:
    """The W3C steps for eddsa-rdfc-2022, done apart from Musette's own code: pyld's own
    URDNA2015 canonicalization, SHA-256, Ed25519 from `cryptography`; the issuer's key
    read from its did:key by hand. Returns the did:key that signed as issuer."""
    import hashlib

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from pyld import jsonld

    from exporters.credentials import contexts

    def canonical(value: dict) -> bytes:
        options = {"algorithm": "URDNA2015", "format": "application/n-quads"}
        options["documentLoader"] = contexts.load
        return jsonld.normalize(value, options).encode()

    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

    def b58(text: str) -> bytes:
        number = 0
        for char in text:
            number = number * 58 + alphabet.index(char)
        return number.to_bytes((number.bit_length() + 7) // 8, "big")

    unsecured = {k: v for k, v in document.items() if k != "proof"}
    (proof,) = [p for p in document["proof"] if p.get("cryptosuite") == "eddsa-rdfc-2022"]
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    options["@context"] = document["@context"]
    data = (
        hashlib.sha256(canonical(options)).digest() + hashlib.sha256(canonical(unsecured)).digest()
    )
    did = proof["verificationMethod"].split("#")[0]
    assert did == document["issuer"]["id"], "the proof is the issuer's"
    raw = b58(did.removeprefix("did:key:z"))
    assert raw[:2] == b"\xed\x01"
    Ed25519PublicKey.from_public_bytes(raw[2:]).verify(b58(proof["proofValue"][1:]), data)
    return did


def test_an_attestation_signed_for_wallets_verifies_elsewhere_and_comes_back_confirmed(
    demo_files: VaultFiles, vault_files: VaultFiles, tmp_path: Path
) -> None:
    signer = musette(
        "signer", "create", "--vault", str(vault_files.path), "--name", "Hélène Roux", **PASS
    )
    did, digits = signer.stdout.splitlines()
    skill_id = _first_skill(demo_files.path)
    request = _request_for_first_skill(demo_files.path, tmp_path / "demande.json")
    signed = tmp_path / "attestation.json"
    done = musette(
        "attest", "sign", str(request), str(signed), "--vault", str(vault_files.path),
        "--format", "data-integrity", **PASS,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(signed.read_text("utf-8"))
    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-rdfc-2022", "ecdsa-rdfc-2019"]
    import jsonschema

    schema = json.loads((SCHEMAS / "ob_v3p0_achievementcredential.json").read_text("utf-8"))
    jsonschema.Draft201909Validator(schema).validate(document)  # 1EdTech's OB 3.0 schema
    issuer = _independently_verified(document)
    assert issuer.startswith("did:key:z6Mk")  # an Ed25519 issuer, as wallets expect
    # The signer's own identity, the one people compare, signed beside it and is named.
    assert document["issuer"]["otherIdentifier"][0]["identifier"] == did

    checked = musette("attest", "verify", str(signed))
    assert checked.returncode == 0, checked.stderr
    said = json.loads(checked.stdout)
    assert said["status"] == "verified"
    assert said["fingerprint"] == digits  # the digits Hélène's Musette shows her

    imported = musette(
        "import", "attestation", str(signed), "--vault", str(demo_files.path), **PASS
    )
    assert imported.returncode == 0, imported.stderr
    from exporters.actions import attest
    from vault.model import Attestation

    with demo_files.open() as vault:
        (kept,) = [a for a in vault.records.list(Attestation) if a.format == "ob3-json"]
        assert kept.record_id == skill_id  # linked to the skill it was asked for
        assert kept.issuer_fingerprint == did
        attest.confirm_signer(vault, kept, "2026-12-01")  # digits compared in person
        attest.refresh_trust(vault)
        assert vault.records.get(Attestation, kept.id).status == attest.CONFIRMED

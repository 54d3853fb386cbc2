"""`musette signer|attest …` and `musette import attestation`: the flow between two people."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_command_line import assert_one_clear_line, musette
from tests.conftest import PASSPHRASE, VaultFiles, fingerprint

PASS = {"MUSETTE_PASSPHRASE": PASSPHRASE}


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

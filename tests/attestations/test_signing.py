"""Attestations: signed in one person's Musette, checked offline by anyone, refused when touched."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, utils

from exporters.actions import attest
from exporters.actions.import_file import apply, find_duplicates
from exporters.credentials import baking, credential, identity, issue, jose
from exporters.credentials.didkey import did_for
from exporters.readers import attestations
from exporters.readers.errors import ImportRefused
from tests.conftest import SHARED, VaultFiles, fingerprint
from vault import Vault
from vault.kdf import cheap_params_for_tests
from vault.model import Attestation, Contact, Person, Signer, Skill

VECTORS = SHARED / "data" / "openbadges" / "1edtech-validator-vectors" / "ob30"


@pytest.fixture
def signer_vault(tmp_path: Path) -> Vault:
    created = Vault.create(
        tmp_path / "helene.musette", "x" * 14, kdf_params=cheap_params_for_tests()
    )
    attest.create_signer(created.vault, "Hélène Roux", "Entrepôts du Rhône", "Directrice de site")
    return created.vault


@pytest.fixture
def person_vault(opened: Vault) -> tuple[Vault, Skill]:
    opened.records.add(
        Person(given_name="Sophie", family_name="Lefèvre", email="sophie@example.org")
    )
    skill = Skill(
        label="Gérer les stocks",
        esco_uri="http://data.europa.eu/esco/skill/5d2e82cc-5943-4218-a459-a1956fad2b63",
    )
    opened.records.add(skill)
    return opened, skill


def _signed(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path, **kwargs: object
) -> Path:
    vault, skill = person_vault
    request = issue.parse_request(json.loads(attest.make_request(vault, skill.id)))
    token = attest.sign_request(signer_vault, request, **kwargs)  # type: ignore[arg-type]
    path = tmp_path / "attestation.jwt"
    path.write_text(token)
    return path


def _import(path: Path, vault: Vault) -> Attestation:
    plan = attestations.read(path)
    plan.items[0].record = attest.attach(plan.items[0].record, vault)  # type: ignore[arg-type]
    find_duplicates(plan, vault)
    apply(plan, vault)
    (found,) = vault.records.list(Attestation)
    return found


def test_request_sign_import_between_two_vaults(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    vault, skill = person_vault
    path = _signed(person_vault, signer_vault, tmp_path)
    attestation = _import(path, vault)
    signer = attest.signer_of(signer_vault)
    assert signer is not None
    assert attestation.record_id == skill.id  # attached to the skill it was asked for
    assert attestation.status == credential.VERIFIED  # valid, signer not yet confirmed
    assert attestation.issuer_fingerprint == signer.did
    assert attestation.provenance.kind == "attested"
    assert attestation.display_name() == "Gérer les stocks — Hélène Roux"


def test_confirming_the_signer_in_reseau_marks_the_attestation_confirmed(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    vault, _ = person_vault
    attestation = _import(_signed(person_vault, signer_vault, tmp_path), vault)
    signer = attest.signer_of(signer_vault)
    assert signer is not None
    # They compare the eight groups of digits aloud, then the person marks the contact.
    assert identity.same_fingerprint(identity.fingerprint(signer.did), signer.did)
    helene = Contact(
        given_name="Hélène", family_name="Roux", did=signer.did, did_confirmed_on="2026-11-28"
    )
    vault.records.add(helene)
    assert attest.refresh_trust(vault) == 1
    assert vault.records.get(Attestation, attestation.id).status == attest.CONFIRMED
    vault.records.update(dataclasses.replace(helene, did_confirmed_on=""))
    attest.refresh_trust(vault)
    assert vault.records.get(Attestation, attestation.id).status == credential.VERIFIED


def test_the_credential_follows_the_facts_sheet(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    token = _signed(person_vault, signer_vault, tmp_path).read_text()
    header, payload, _, _ = jose.split(token)
    assert set(header) == {"alg", "typ", "kid", "jwk"}
    assert header["alg"] == "ES256" and header["kid"] == f"{payload['iss']}#{payload['iss'][8:]}"
    assert payload["@context"] == issue.CONTEXTS
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["jti"] == payload["id"] and payload["iss"] == payload["issuer"]["id"]
    assert payload["nbf"] == int(datetime.fromisoformat(payload["validFrom"]).timestamp())
    assert "sub" not in payload  # the subject has no DID
    (identifier,) = payload["credentialSubject"]["identifier"]
    assert identifier["hashed"] is True and identifier["identityType"] == "name"
    assert identifier["identityHash"] == issue.identity_hash(
        "Sophie Lefèvre", identifier["salt"], "name"
    )
    assert "Sophie" not in json.dumps(payload, ensure_ascii=False)  # no plaintext identity
    (alignment,) = payload["credentialSubject"]["achievement"]["alignment"]
    assert (
        alignment["targetFramework"] == "ESCO"
        and alignment["targetCode"] == "5d2e82cc-5943-4218-a459-a1956fad2b63"
    )


def test_the_spec_identity_hash_vector() -> None:
    expected = "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"
    assert issue.identity_hash("a@example.com", "Kosher", "emailAddress") == expected
    assert issue.identity_hash(" A@Example.com ", "Kosher", "emailAddress") == expected


def _b58decode(text: str) -> bytes:
    """Written again here from the did:key spec, so the check is independent of the app's."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    number = 0
    for char in text:
        number = number * 58 + alphabet.index(char)
    return number.to_bytes((number.bit_length() + 7) // 8, "big")


def test_an_independent_check_from_the_specifications_verifies_it(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    token = _signed(person_vault, signer_vault, tmp_path).read_text()
    head, body, signature = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    raw = _b58decode(payload["iss"].removeprefix("did:key:z"))
    assert raw[:2] == b"\x80\x24" and len(raw) == 35  # multicodec p256-pub, compressed point
    key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw[2:])
    sig = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    der = utils.encode_dss_signature(
        int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big")
    )
    key.verify(der, f"{head}.{body}".encode(), ec.ECDSA(hashes.SHA256()))
    with pytest.raises(InvalidSignature):
        key.verify(der, f"{head}.{body}x".encode(), ec.ECDSA(hashes.SHA256()))


# RFC 8032 section 7.1, tests 1 to 3: (secret, public, message, signature)
RFC8032 = [
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
    ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
    ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
]  # fmt: skip


@pytest.mark.parametrize(("secret", "public", "message", "signature"), RFC8032)
def test_rfc_8032_ed25519_vectors(secret: str, public: str, message: str, signature: str) -> None:
    private = ed25519.Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret))
    key = private.public_key()
    assert key.public_bytes_raw().hex() == public
    assert private.sign(bytes.fromhex(message)).hex() == signature
    jose.verify("EdDSA", key, bytes.fromhex(signature), bytes.fromhex(message))
    with pytest.raises(jose.BadToken):
        jose.verify("EdDSA", key, bytes.fromhex(signature), bytes.fromhex(message) + b"!")


def _b64(value: object) -> str:
    return jose.b64url_encode(json.dumps(value).encode())


def _tampered(token: str, how: str) -> str:
    head, body, signature = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    other = ec.generate_private_key(ec.SECP256R1())
    other_did = did_for(other.public_key())
    if how == "payload character":
        return f"{head}.{body[:40]}{'A' if body[40] != 'A' else 'B'}{body[41:]}.{signature}"
    if how == "swapped jwk":
        numbers = other.public_key().public_numbers()
        x, y = numbers.x.to_bytes(32, "big"), numbers.y.to_bytes(32, "big")
        header["jwk"] = {
            "kty": "EC", "crv": "P-256", "x": jose.b64url_encode(x), "y": jose.b64url_encode(y),
        }  # fmt: skip
        return f"{_b64(header)}.{body}.{signature}"
    if how == "another key's signature":
        r, s = utils.decode_dss_signature(
            other.sign(f"{head}.{body}".encode(), ec.ECDSA(hashes.SHA256()))
        )
        return f"{head}.{body}.{jose.b64url_encode(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"
    if how == "kid names another did":
        header["kid"] = f"{other_did}#{other_did[8:]}"
        return f"{_b64(header)}.{body}.{signature}"
    if how == "wrong algorithm":
        header["alg"] = "RS256"
        return f"{_b64(header)}.{body}.{signature}"
    if how == "alg none":
        return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{body}."
    if how == "truncated":
        return token[: len(token) * 2 // 3]
    if how == "extra header field":
        header["x5u"] = "https://evil.example/key"
        return f"{_b64(header)}.{body}.{signature}"
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    ["payload character", "swapped jwk", "another key's signature", "kid names another did",
     "wrong algorithm", "alg none", "truncated", "extra header field"],
)  # fmt: skip
def test_every_kind_of_tampering_is_refused_and_the_vault_untouched(
    how: str,
    person_vault: tuple[Vault, Skill],
    signer_vault: Vault,
    tmp_path: Path,
    vault_files: VaultFiles,
) -> None:
    token = _signed(person_vault, signer_vault, tmp_path).read_text()
    forged = tmp_path / "forged.jwt"
    forged.write_text(_tampered(token, how))
    person_vault[0].close()
    before = fingerprint(vault_files.path.parent)
    with pytest.raises(ImportRefused) as refused:
        attestations.read(forged)
    assert refused.value.reason == "badge_invalid"
    assert "forged.jwt" in refused.value.describe("fr")
    assert fingerprint(vault_files.path.parent) == before


def test_an_expired_attestation_is_shown_as_expired(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    path = _signed(
        person_vault,
        signer_vault,
        tmp_path,
        now=long_ago,
        valid_until=long_ago + timedelta(days=365),
    )
    _, verdict = attestations.verify(path)
    assert verdict.expired and verdict.status == credential.VERIFIED
    attestation = _import(path, person_vault[0])
    assert json.loads(attestation.extra)["badge"]["expired"] is True


def test_a_baked_png_or_svg_carries_the_attestation(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    from tests.support.badges import png

    token = _signed(person_vault, signer_vault, tmp_path).read_text()
    image = tmp_path / "badge.png"
    image.write_bytes(baking.bake_png(baking.bake_png(png(), "old.token.here"), token))
    assert attestations.verify(image)[0] == token  # re-baking replaced the first one
    svg = tmp_path / "badge.svg"
    svg.write_bytes(baking.bake_svg("Gérer les stocks", token))
    assert attestations.verify(svg)[0] == token


@pytest.mark.parametrize(
    "name", ["simple-jwt.png", "simple-jwt.svg", "simple-jwt_v1.png", "simple-jwt_v1.svg"]
)
def test_1edtech_baked_credentials_verify(name: str) -> None:
    _, verdict = attestations.verify(VECTORS / name)
    assert verdict.status == credential.ISSUER_UNVERIFIABLE  # RS256 with only a jwk header


# Each 1EdTech error file, and the words of the reason Musette gives for it.
REFUSED = {
    "simple-err-context.json": "@context",
    "simple-err-credential-subject-achievement-result-description-type.json": (
        "resultDescription is not of type ResultDescription"
    ),
    "simple-err-credential-subject-identifier-type.json": "identifier is not of type Identity",
    "simple-err-credential-subject-profile-type.json": "source is not of type Profile",
    "simple-err-credential-subject-result-type.json": "result is not of type Result",
    "simple-err-credential-subject-type.json": "credentialSubject is not of type Achievement",
    "simple-err-evidence-type.json": "evidence is not of type Evidence",
    "simple-err-issued.json": "not valid before",
    "simple-err-issuer-otheridentifier-type.json": "otherIdentifier is not of type IdentifierEntry",
    "simple-err-issuer-parentorg-type.json": "parentOrg is not of type Profile",
    "simple-err-issuer-type.json": "issuer is not of type Profile",
    "simple-err-issuer.json": "names no issuer",
    "simple-err-proof-method-no-scheme.json": "verification method",
    "simple-err-proof-method-unknown-did-method.json": "verification method",
    "simple-err-proof-method-unknown-scheme.json": "verification method",
    "simple-err-type.json": "not an OpenBadgeCredential",
}
# Their problem cannot be seen offline, or is not a reason to refuse: flagged instead.
FLAGGED = {
    "simple-err-expired.json": "expired",
    "simple-err-proof-method.json": "proof not verified offline",
    "simple-err-proof-value.json": "proof not verified offline",
}


def test_every_1edtech_error_file_is_listed_here() -> None:
    assert {p.name for p in VECTORS.glob("simple-err-*.json")} == set(REFUSED) | set(FLAGGED)


@pytest.mark.parametrize(("name", "reason"), sorted(REFUSED.items()))
def test_each_1edtech_error_file_is_refused_for_its_reason(name: str, reason: str) -> None:
    with pytest.raises(credential.BadCredential) as refused:
        credential.check_json(json.loads((VECTORS / name).read_text("utf-8")))
    assert reason in str(refused.value)


@pytest.mark.parametrize(("name", "flag"), sorted(FLAGGED.items()))
def test_each_unseeable_1edtech_error_is_flagged(name: str, flag: str) -> None:
    verdict = credential.check_json(json.loads((VECTORS / name).read_text("utf-8")))
    if flag == "expired":
        assert verdict.expired
    else:
        assert verdict.status == credential.NOT_VERIFIED_OFFLINE


def test_signing_twice_gives_one_identity_per_vault(signer_vault: Vault) -> None:
    first = attest.signer_of(signer_vault)
    again = attest.create_signer(signer_vault, "Quelqu'un d'autre")
    assert first is not None and again.did == first.did
    assert len(signer_vault.records.list(Signer)) == 1


def test_an_attestation_made_for_someone_else_is_kept_apart_and_never_printed(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    """The review's finding: Sophie's attestation imported as verified into Marie's vault."""
    from exporters.actions import export
    from exporters.actions.import_file import prepare
    from exporters.share import ShareChoice

    token = _signed(person_vault, signer_vault, tmp_path)
    marie = Vault.create(
        tmp_path / "marie.musette", "y" * 14, kdf_params=cheap_params_for_tests()
    ).vault
    marie.records.add(Person(given_name="Marie", family_name="Curie", email="marie@example.org"))
    plan = prepare(attestations.read(token), marie)
    apply(plan, marie)
    (kept,) = marie.records.list(Attestation)
    assert kept.status == credential.NOT_ABOUT_YOU and kept.record_id == ""
    career = export.shared_career(marie, ShareChoice())
    assert not any(isinstance(r, Attestation) for r in career.records)  # never printed
    # In Sophie's own vault the same file is hers, verified and linked to her skill.
    vault, skill = person_vault
    mine = _import(token, vault)
    assert mine.status == credential.VERIFIED and mine.record_id == skill.id


def test_a_request_still_matches_after_the_person_corrects_their_name(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    token = _signed(person_vault, signer_vault, tmp_path)
    vault, _ = person_vault
    (person,) = vault.records.list(Person)
    vault.records.update(dataclasses.replace(person, family_name="Lefèvre-Martin"))
    assert _import(token, vault).status == credential.VERIFIED


def test_an_expired_attestation_stays_off_the_cv_unless_included_and_then_says_so(
    person_vault: tuple[Vault, Skill], signer_vault: Vault, tmp_path: Path
) -> None:
    import io
    from datetime import UTC, datetime, timedelta

    from pypdf import PdfReader

    from exporters.actions import export
    from exporters.share import ShareChoice

    def pdf_text(data: bytes) -> str:
        pages = PdfReader(io.BytesIO(data)).pages
        return " ".join(" ".join(p.extract_text().split()) for p in pages)

    signed_on = datetime.now(UTC) - timedelta(days=400)
    token = _signed(
        person_vault,
        signer_vault,
        tmp_path,
        now=signed_on,
        valid_until=signed_on + timedelta(days=30),
    )
    vault, _ = person_vault
    kept = _import(token, vault)
    assert kept.status == credential.VERIFIED  # the signature is fine; the date is past
    plain = pdf_text(export.build(vault, "cv", ShareChoice()))
    assert "Hélène Roux" not in plain
    included = pdf_text(export.build(vault, "cv", ShareChoice(include_expired=True)))
    assert "Hélène Roux" in included and "expirée le" in included

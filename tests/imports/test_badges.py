"""Open Badges brought in: baked images and credentials, checked offline, refused when forged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from exporters.actions.import_file import apply, find_duplicates
from exporters.credentials import credential as verify
from exporters.credentials.didkey import b58encode, did_for
from exporters.readers import badges
from exporters.readers.errors import ImportRefused
from tests.conftest import SHARED, VaultFiles, fingerprint
from tests.support.badges import credential, png, sign_eddsa, sign_es256, svg
from vault import Vault
from vault.model import Attestation, Document

VECTORS = SHARED / "data" / "openbadges" / "1edtech-validator-vectors"
ED_KEY = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(32))


def _attestation(path: Path) -> Attestation:
    record = badges.read(path).items[-1].record
    assert isinstance(record, Attestation)
    return record


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_the_did_key_of_the_zero_seed_is_the_published_vector() -> None:
    assert (
        did_for(ED_KEY.public_key()) == "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"
    )


def test_an_ed25519_did_key_credential_is_verified_offline(tmp_path: Path) -> None:
    token = sign_eddsa(credential(did_for(ED_KEY.public_key())), ED_KEY)
    record = _attestation(_write(tmp_path, "badge.jwt", token))
    assert record.status == verify.VERIFIED
    assert record.issuer_name == "Hélène Roux"
    assert record.issuer_fingerprint == did_for(ED_KEY.public_key())
    assert (
        json.loads(record.extra)["badge"]["name"] == "A conduit l'inventaire annuel de l'entrepôt"
    )


def test_an_es256_credential_with_did_key_and_jwk_is_verified(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    token = sign_es256(credential(did_for(key.public_key())), key)
    assert did_for(key.public_key()).startswith("did:key:zDn")
    assert _attestation(_write(tmp_path, "badge.jwt", token)).status == verify.VERIFIED


def test_a_baked_png_keeps_its_image_as_a_document(opened: Vault, tmp_path: Path) -> None:
    token = sign_eddsa(credential(did_for(ED_KEY.public_key())), ED_KEY)
    path = _write(tmp_path, "inventaire.png", png(texts=((b"openbadgecredential", token),)))
    plan = badges.read(path)
    find_duplicates(plan, opened)
    apply(plan, opened)
    (document,) = opened.records.list(Document)
    (attestation,) = opened.records.list(Attestation)
    assert document.media_type == "image/png"
    assert json.loads(attestation.extra)["badge"]["image_document_id"] == document.id
    assert attestation.provenance.detail == "inventaire.png"
    assert opened.documents.content(document.id) == path.read_bytes()


def test_a_baked_svg_is_read_by_namespace(tmp_path: Path) -> None:
    token = sign_eddsa(credential(did_for(ED_KEY.public_key())), ED_KEY)
    assert _attestation(_write(tmp_path, "b.svg", svg(token))).status == verify.VERIFIED


@pytest.mark.parametrize(
    "name", ["simple-jwt.png", "simple-jwt.svg", "simple-jwt_v1.png", "simple-jwt_v1.svg"]
)
def test_1edtech_baked_rs256_badges_verify_with_their_jwk(name: str) -> None:
    assert _attestation(VECTORS / "ob30" / name).status == verify.ISSUER_UNVERIFIABLE


def test_hosted_and_signed_2_0_badges_are_kept_as_not_verified_offline() -> None:
    assert _attestation(VECTORS / "ob20" / "simple-badge.png").status == verify.NOT_VERIFIED_OFFLINE
    assert _attestation(VECTORS / "ob20" / "simple.jwt").format == "ob2-jws"


def test_an_expired_credential_is_kept_and_marked_expired(tmp_path: Path) -> None:
    cred = credential(did_for(ED_KEY.public_key()), valid_until="2025-01-01T00:00:00Z")
    record = _attestation(_write(tmp_path, "old.jwt", sign_eddsa(cred, ED_KEY)))
    assert json.loads(record.extra)["badge"]["expired"] is True
    assert json.loads(_attestation(VECTORS / "ob30" / "simple-err-expired.json").extra)["badge"][
        "expired"
    ]


@pytest.mark.parametrize(
    "name",
    [
        "simple-err-context.json",
        "simple-err-type.json",
        "simple-err-issuer.json",
        "simple-err-issued.json",
    ],
)
def test_1edtech_broken_credentials_are_refused(name: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        badges.read(VECTORS / "ob30" / name)
    assert refused.value.reason == "badge_invalid"


def _refusal(tmp_path: Path, name: str, data: bytes | str) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        badges.read(_write(tmp_path, name, data))
    assert name in refused.value.describe("fr")
    return refused.value


def test_a_changed_credential_is_refused(tmp_path: Path) -> None:
    token = sign_eddsa(credential(did_for(ED_KEY.public_key())), ED_KEY)
    head, body, signature = token.split(".")
    forged_claims = json.loads(__import__("base64").urlsafe_b64decode(body + "=="))
    forged_claims["credentialSubject"]["achievement"]["name"] = "Directeur général"
    from exporters.credentials.jose import b64url_encode

    forged = ".".join((head, b64url_encode(json.dumps(forged_claims).encode()), signature))
    assert "forged" in _refusal(tmp_path, "forged.jwt", forged).detail


def test_alg_none_and_unknown_algorithms_are_refused(tmp_path: Path) -> None:
    token = sign_eddsa(credential(did_for(ED_KEY.public_key())), ED_KEY)
    from exporters.credentials.jose import b64url_encode

    for alg in ("none", "HS256"):
        head = b64url_encode(json.dumps({"alg": alg, "typ": "JWT"}).encode())
        forged = ".".join((head, token.split(".")[1], ""))
        assert "algorithm" in _refusal(tmp_path, f"{alg}.jwt", forged).detail


def test_a_small_order_ed25519_key_is_refused_before_verifying(tmp_path: Path) -> None:
    identity = b"\x01" + bytes(31)
    did = "did:key:z" + b58encode(b"\xed\x01" + identity)
    assert did == "did:key:z6MkeXATEjyXENzBXBxgC5EHk2JE5aqd7qMGGtDpLUH1e2Sj"
    from exporters.credentials.jose import b64url_encode

    cred = credential(did)
    head = b64url_encode(json.dumps({"alg": "EdDSA", "typ": "JWT"}).encode())
    body = b64url_encode(json.dumps(dict(cred, iss=did)).encode())
    forged = f"{head}.{body}." + b64url_encode(identity + bytes(32))
    assert "small-order" in _refusal(tmp_path, "small.jwt", forged).detail


def test_a_key_not_bound_to_the_issuer_is_refused(tmp_path: Path) -> None:
    other = ed25519.Ed25519PrivateKey.generate()
    cred = credential(did_for(ED_KEY.public_key()))
    token = sign_eddsa(cred, other)  # signed by someone else, claiming ED_KEY's identity
    assert _refusal(tmp_path, "imposter.jwt", token).reason == "badge_invalid"


def test_hostile_images_are_refused_and_the_vault_is_untouched(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    before = fingerprint(vault_files.path.parent)
    bomb = png(50_000, 50_000)  # 2.5 gigapixels declared in a few bytes
    assert "too large" in _refusal(tmp_path, "bomb.png", bomb).detail
    whole = png(texts=((b"openbadgecredential", "x.y.z"),))
    assert _refusal(tmp_path, "cut.png", whole[:40]).reason == "image"
    damaged = bytearray(whole)
    damaged[20] ^= 0xFF
    assert "checksum" in _refusal(tmp_path, "crc.png", bytes(damaged)).detail
    two = png(texts=((b"openbadgecredential", "a.b.c"), (b"openbadges", "{}")))
    assert "two badges" in _refusal(tmp_path, "two.png", two).detail
    laughs = b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>'
    assert "entities" in _refusal(tmp_path, "laughs.svg", laughs).detail
    assert _refusal(tmp_path, "plain.png", png()).reason == "no_badge"
    assert (
        _refusal(tmp_path, "hosted.txt", "https://example.org/badge.json").reason == "badge_invalid"
    )
    assert _refusal(tmp_path, "junk.jwt", "not a token at all").reason == "badge_invalid"
    assert fingerprint(vault_files.path.parent) == before


def test_a_revocable_credential_says_revocation_is_not_checked_offline() -> None:
    record = _attestation(VECTORS / "ob30" / "credential-status-revoked.json")
    assert json.loads(record.extra)["badge"]["revocable"] is True


def test_an_es256_signature_in_its_high_s_twin_form_is_refused(tmp_path: Path) -> None:
    """(r, n - s) verifies as well as (r, s): accepting both imports one credential twice."""
    key = ec.generate_private_key(ec.SECP256R1())
    cred = credential(did_for(key.public_key()))
    assert _attestation(_write(tmp_path, "low.jwt", sign_es256(cred, key))).status == (
        verify.VERIFIED
    )
    with pytest.raises(ImportRefused) as refused:
        badges.read(_write(tmp_path, "high.jwt", sign_es256(cred, key, high_s=True)))
    assert "low-S" in str(refused.value.detail)


def test_musette_signs_es256_in_the_low_s_form() -> None:
    from exporters.credentials import identity, issue, jose

    pem, did = identity.new_signer_key()
    request, _ = issue.new_request("Sophie Lefèvre", "name", issue.Claim(name="Soudure"))
    signer = issue.SignerProfile(did, "Hélène Roux", "", "", pem)
    for _ in range(20):  # half of raw ECDSA signatures would be high-S
        _, _, signature, _ = jose.split(issue.sign(request, signer))
        assert int.from_bytes(signature[32:], "big") <= jose.P256_ORDER // 2


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_an_svg_declaring_entities_in_utf16_is_refused_whatever_its_bom(
    tmp_path: Path, encoding: str
) -> None:
    """The review's finding: a UTF-16 SVG without BOM slipped past a byte regex."""
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<svg xmlns="http://www.w3.org/2000/svg">&b;</svg>'
    ).encode(encoding)
    refusal = _refusal(tmp_path, "laughs.svg", laughs)  # never expanded: refused
    if encoding == "utf-16-le":  # it starts with "<": read as an SVG, stopped at its DOCTYPE
        assert "DOCTYPE" in refusal.detail


def test_an_svg_naming_its_public_dtd_is_read_and_nothing_fetched(tmp_path: Path) -> None:
    token = sign_eddsa(credential(did_for(ED_KEY.public_key())), ED_KEY)
    named = svg(token).replace(
        b"<svg ",
        b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg ',
        1,
    )
    assert _attestation(_write(tmp_path, "named.svg", named)).status == verify.VERIFIED

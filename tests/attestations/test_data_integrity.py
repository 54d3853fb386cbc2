"""Credentials signed with embedded Data Integrity proofs, as wallets and issuers make them,
checked offline: the genuine ones verify, a changed one never does."""

from __future__ import annotations

import copy
import hashlib
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from exporters.credentials import contexts, credential, data_integrity, rdfc
from exporters.credentials.didkey import b58encode, did_for
from exporters.credentials.jose import P256_ORDER
from tests.cli.test_command_line import musette
from tests.conftest import SHARED, VaultFiles, fingerprint
from tests.support.badges import credential as badge
from vault.model import Attestation

DATA = Path(__file__).resolve().parents[1] / "data" / "credentials"
OB30 = SHARED / "data" / "openbadges" / "1edtech-validator-vectors" / "ob30"

W3C_SIGNED = [
    "w3c-eddsa-rdfc-2022.json",
    "w3c-ed25519signature2020.json",
    "w3c-ecdsa-rdfc-2019-p384.json",
    "w3c-ecdsa-rdfc-2019-p256.json",
]
DCC_BY_THEIR_ISSUER = [
    "dcc-v2-eddsa-rdfc-2022-didkey.json",
    "dcc-v2-ed25519signature2020-didkey.json",
    "dcc-v1-two-proofs-didkey.json",
    "dcc-v2-eddsa-status-list.json",
    "dcc-v2-ed25519signature2020-expired.json",
    "dcc-v2-eddsa-complex-issuer.json",
]


def load(name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((DATA / name).read_text("utf-8"))
    return found


def unsigned(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "proof"}


def one_character_changed(document: dict[str, Any]) -> dict[str, Any]:
    """The credential with the last character of its subject's first text changed."""
    changed = copy.deepcopy(document)
    stack: list[Any] = [changed["credentialSubject"]]
    while stack:
        value = stack.pop(0)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if key in ("id", "type"):
                continue
            if isinstance(item, str) and item:
                value[key] = item[:-1] + ("b" if item[-1] != "b" else "c")
                return changed
            if isinstance(item, dict | list):
                stack.append(item)
    raise AssertionError("no text in the subject")


# ---- the canonical form is the recommendation's, byte for byte ----------------------


def test_canonical_n_quads_are_those_of_the_w3c_test_vectors() -> None:
    eddsa = load("w3c-eddsa-rdfc-2022.json")
    assert (
        rdfc.nquads(unsigned(eddsa))
        == (DATA / "w3c-eddsa-rdfc-2022.canonical-document.nq").read_text()
    )
    options = {k: v for k, v in eddsa["proof"].items() if k != "proofValue"}
    options["@context"] = eddsa["@context"]
    assert rdfc.nquads(options) == (DATA / "w3c-eddsa-rdfc-2022.canonical-proof.nq").read_text()
    legacy = load("w3c-ed25519signature2020.json")
    expected = (DATA / "w3c-ed25519signature2020.canonical-document.nq").read_text()
    assert rdfc.nquads(unsigned(legacy)) == expected
    p384 = load("w3c-ecdsa-rdfc-2019-p384.json")
    options = {k: v for k, v in p384["proof"].items() if k != "proofValue"}
    options["@context"] = p384["@context"]
    assert (
        rdfc.nquads(options) == (DATA / "w3c-ecdsa-rdfc-2019-p384.canonical-proof.nq").read_text()
    )


def test_blank_nodes_are_named_the_same_whatever_order_the_file_gives() -> None:
    subject = {"name": "Sam", "knows": [{"name": "Ali"}, {"name": "Bea", "knows": {"name": "Cy"}}]}
    reordered = {
        "knows": [{"knows": {"name": "Cy"}, "name": "Bea"}, {"name": "Ali"}],
        "name": "Sam",
    }
    context = {"@vocab": "https://schema.org/"}
    first = rdfc.nquads({"@context": context, **subject})
    assert first == rdfc.nquads({"@context": context, **reordered})
    assert "_:c14n0" in first and "_:b" not in first


def test_control_characters_are_escaped_as_canonical_n_quads_says() -> None:
    text = rdfc.nquads(
        {
            "@context": {"@vocab": "https://schema.org/"},
            "@id": "urn:x:1",
            "name": 'a\tb\x08c\x01"\\',
        }
    )
    assert text == '<urn:x:1> <https://schema.org/name> "a\\tb\\bc\\u0001\\"\\\\" .\n'


def test_a_graph_of_look_alike_blank_nodes_is_refused_quickly() -> None:
    # Eight blank nodes, each knowing all the others: the N-degree hash would try
    # every ordering of them (8! paths and their recursions) before ending.
    nodes = [f"_:n{n}" for n in range(8)]
    graph = [
        {"@id": node, "knows": [{"@id": other} for other in nodes if other != node]}
        for node in nodes
    ]
    document = {"@context": {"knows": {"@id": "https://schema.org/knows"}}, "@graph": graph}
    with pytest.raises(rdfc.NotCanonicalizable, match="entangled"):
        rdfc.nquads(document)


# ---- real credentials verify; one changed character never does ------------------------


@pytest.mark.parametrize("name", W3C_SIGNED + DCC_BY_THEIR_ISSUER)
def test_a_published_credential_verifies_and_a_changed_one_is_refused(name: str) -> None:
    document = load(name)
    checked = data_integrity.check_all(document)
    assert checked and all(proof.checked for proof in checked)
    with pytest.raises(data_integrity.ProofFailed, match="changed after it was signed"):
        data_integrity.check_all(one_character_changed(document))


def test_the_w3c_p256_vector_is_valid_but_its_high_s_signature_never_counts() -> None:
    (p256,) = data_integrity.check_all(load("w3c-ecdsa-rdfc-2019-p256.json"))
    assert p256.checked and not p256.canonical
    (p384,) = data_integrity.check_all(load("w3c-ecdsa-rdfc-2019-p384.json"))
    assert p384.checked and p384.canonical


def test_a_wallet_credential_signed_by_its_did_key_issuer_is_verified() -> None:
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    verdict = credential.check_json(document)
    assert verdict.status == credential.VERIFIED
    assert verdict.fingerprint == document["issuer"]["id"]
    assert [proof.suite for proof in verdict.proofs] == ["eddsa-rdfc-2022"]
    both = credential.check_json(load("dcc-v1-two-proofs-didkey.json"))
    assert both.status == credential.VERIFIED
    assert sorted(proof.suite for proof in both.proofs) == [
        "Ed25519Signature2020",
        "eddsa-rdfc-2022",
    ]


def test_master_of_everything_is_refused() -> None:
    # The tampering the issue found: the achievement renamed, the proof left as it was.
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    document["credentialSubject"]["achievement"]["name"] = "Master of Everything"
    with pytest.raises(credential.BadCredential, match="changed after it was signed"):
        credential.check_json(document)
    with pytest.raises(credential.BadCredential, match="changed after it was signed"):
        credential.check_json(load("dcc-v2-ed25519signature2020-tampered.json"))


def test_what_cannot_be_checked_offline_is_said_not_verified() -> None:
    web = credential.check_json(load("dcc-v2-eddsa-didweb.json"))
    assert web.status == credential.NOT_VERIFIED_OFFLINE
    assert not web.proofs[0].checked
    on_the_web = credential.check_json(json.loads((OB30 / "simple.json").read_text()))
    assert on_the_web.status == credential.NOT_VERIFIED_OFFLINE
    # 1EdTech's did:key method for an issuer named by a urn: the key signed, the issuer
    # cannot be tied to it offline.
    did_key = credential.check_json(json.loads((OB30 / "simple-did-key-method.json").read_text()))
    assert did_key.status == credential.ISSUER_UNVERIFIABLE
    assert did_key.fingerprint.startswith("did:key:z6Mk")


def test_expiry_and_status_lists_are_said() -> None:
    expired = credential.check_json(load("dcc-v2-ed25519signature2020-expired.json"))
    assert expired.status == credential.VERIFIED and expired.expired
    listed = credential.check_json(load("dcc-v2-eddsa-status-list.json"))
    assert listed.status == credential.VERIFIED and listed.revocable


# ---- bad input: refused, never fetched, never "verified" ---------------------------


def test_a_context_musette_does_not_carry_is_refused_by_its_address_without_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    with pytest.raises(contexts.UnknownContext) as refused:
        data_integrity.check_all(load("w3c-eddsa-rdfc-2022-employment.json"))
    assert refused.value.url == "https://w3id.org/citizenship/v4rc1"
    assert data_integrity.check_all(load("dcc-v2-eddsa-rdfc-2022-didkey.json"))[0].checked


def test_a_context_that_redefines_a_protected_term_is_refused() -> None:
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    document["@context"] = [*document["@context"], {"name": "https://evil.example/name"}]
    with pytest.raises(credential.BadCredential):
        credential.check_json(document)


def test_a_term_no_context_defines_is_refused_rather_than_left_out_of_the_signature() -> None:
    # VC 1.1 has no catch-all vocabulary: an undefined term would vanish from what is
    # signed, so anything could be written there without breaking the signature.
    document = load("dcc-v1-two-proofs-didkey.json")
    document["credentialSubject"]["grade"] = "A+"
    with pytest.raises(credential.BadCredential, match="do not define"):
        credential.check_json(document)


def _with_method(document: dict[str, Any], method: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    proofs = changed["proof"] if isinstance(changed["proof"], list) else [changed["proof"]]
    for proof in proofs:
        proof["verificationMethod"] = method
    return changed


def test_a_did_key_of_the_wrong_curve_is_refused() -> None:
    p256 = did_for(ec.generate_private_key(ec.SECP256R1()).public_key())
    document = _with_method(load("dcc-v2-eddsa-rdfc-2022-didkey.json"), f"{p256}#{p256[8:]}")
    with pytest.raises(credential.BadCredential, match="wrong kind"):
        credential.check_json(document)


def test_a_proof_whose_fragment_names_another_key_is_refused() -> None:
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    issuer = document["issuer"]["id"]
    other = did_for(ed25519.Ed25519PrivateKey.generate().public_key())
    with pytest.raises(credential.BadCredential, match="not the one its did:key names"):
        credential.check_json(_with_method(document, f"{issuer}#{other[8:]}"))


def test_a_proof_for_another_purpose_is_refused() -> None:
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    document["proof"]["proofPurpose"] = "authentication"
    with pytest.raises(credential.BadCredential, match="proofPurpose"):
        credential.check_json(document)


# ---- credentials made here, signed by the specification's steps ---------------------


def sign(document: dict[str, Any], key: Any, suite: str) -> dict[str, Any]:
    """A Data Integrity proof made step by step from the W3C text (hash the canonical
    proof options, then the canonical document; sign both hashes)."""
    public = key.public_key()
    did = did_for(public)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": suite,
        "created": "2026-11-30T10:00:00Z",
        "verificationMethod": f"{did}#{did[8:]}",
        "proofPurpose": "assertionMethod",
    }
    options = {**proof, "@context": document["@context"]}
    size = (
        384
        if isinstance(public, ec.EllipticCurvePublicKey) and public.curve.key_size == 384
        else 256
    )
    digest = hashlib.sha384 if size == 384 else hashlib.sha256
    data = (
        digest(rdfc.nquads(options).encode()).digest()
        + digest(rdfc.nquads(document).encode()).digest()
    )
    if suite == "ecdsa-rdfc-2019":
        r, s = decode_dss_signature(
            key.sign(data, ec.ECDSA(hashes.SHA384() if size == 384 else hashes.SHA256()))
        )
        order = data_integrity.P384_ORDER if size == 384 else P256_ORDER
        s = min(s, order - s)  # low-S, as a careful signer makes it
        raw = r.to_bytes(size // 8, "big") + s.to_bytes(size // 8, "big")
    else:
        raw = key.sign(data)
    return {**document, "proof": {**proof, "proofValue": "z" + b58encode(raw)}}


@pytest.mark.parametrize(
    ("suite", "key"),
    [
        ("eddsa-rdfc-2022", ed25519.Ed25519PrivateKey.generate()),
        ("ecdsa-rdfc-2019", ec.generate_private_key(ec.SECP256R1())),
        ("ecdsa-rdfc-2019", ec.generate_private_key(ec.SECP384R1())),
    ],
)
def test_a_badge_signed_by_its_did_key_issuer_verifies_with_each_suite(
    suite: str, key: Any
) -> None:
    did = did_for(key.public_key())
    verdict = credential.check_json(sign(badge(did), key, suite))
    assert verdict.status == credential.VERIFIED
    assert verdict.fingerprint == did


def test_a_badge_claiming_a_did_key_issuer_but_signed_by_another_key_is_refused() -> None:
    issuer = did_for(ed25519.Ed25519PrivateKey.generate().public_key())
    forged = sign(badge(issuer), ed25519.Ed25519PrivateKey.generate(), "eddsa-rdfc-2022")
    with pytest.raises(credential.BadCredential, match="another key"):
        credential.check_json(forged)


def test_a_badge_whose_p256_signature_was_turned_high_s_is_never_verified() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    signed = sign(badge(did_for(key.public_key())), key, "ecdsa-rdfc-2019")
    from exporters.credentials.didkey import b58decode

    raw = b58decode(signed["proof"]["proofValue"][1:])
    s = int.from_bytes(raw[32:], "big")
    order = P256_ORDER
    s = s if s > order // 2 else order - s  # the twin that is also valid
    signed["proof"]["proofValue"] = "z" + b58encode(raw[:32] + s.to_bytes(32, "big"))
    verdict = credential.check_json(signed)
    assert verdict.status == credential.NOT_VERIFIED_OFFLINE
    assert verdict.proofs[0].checked and not verdict.proofs[0].canonical


# ---- through the command line, as an advisor's script would -------------------------


def test_the_command_line_verifies_imports_and_refuses_without_touching_the_vault(
    tmp_path: Path, vault_files: VaultFiles
) -> None:
    genuine = tmp_path / "badge.json"
    genuine.write_text((DATA / "dcc-v2-eddsa-rdfc-2022-didkey.json").read_text("utf-8"), "utf-8")
    checked = musette("attest", "verify", str(genuine))
    assert checked.returncode == 0, checked.stderr
    said = json.loads(checked.stdout)
    assert said["status"] == "verified"
    assert said["said"] == "Signature valide, signataire pas encore confirmé"
    assert said["proofs"][0]["checked"] == "signature verified"
    assert (
        said["proofs"][0]["signed_by"] == load("dcc-v2-eddsa-rdfc-2022-didkey.json")["issuer"]["id"]
    )

    forged = tmp_path / "forged.json"
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    document["credentialSubject"]["achievement"]["name"] = "Master of Everything"
    forged.write_text(json.dumps(document), "utf-8")
    before = fingerprint(vault_files.path.parent)
    for command in (("attest", "verify", str(forged)),) + tuple(
        ("import", kind, str(forged), "--vault", str(vault_files.path))
        for kind in ("attestation", "badge")
    ):
        refused = musette(*command, MUSETTE_PASSPHRASE=vault_files.passphrase)
        assert refused.returncode == 5, (command, refused.stderr)
        assert "changed after it was signed" in refused.stderr + refused.stdout
    assert fingerprint(vault_files.path.parent) == before

    imported = musette(
        "import", "attestation", str(genuine), "--vault", str(vault_files.path),
        MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    with vault_files.open() as vault:
        (kept,) = vault.records.list(Attestation)
    assert kept.status == credential.VERIFIED
    assert kept.issuer_name == "Example Corp"
    assert json.loads(kept.payload) == load("dcc-v2-eddsa-rdfc-2022-didkey.json")


def test_1edtechs_did_key_example_verifies_and_a_changed_one_is_refused() -> None:
    document = json.loads((OB30 / "simple-did-key-method.json").read_text())
    (proof,) = data_integrity.check_all(document)
    assert proof.checked and proof.signer.startswith("did:key:z6Mk")
    with pytest.raises(data_integrity.ProofFailed, match="changed after it was signed"):
        data_integrity.check_all(one_character_changed(document))


def test_a_credential_stating_thousands_of_things_is_refused_not_canonicalized() -> None:
    document = load("dcc-v2-eddsa-rdfc-2022-didkey.json")
    document["credentialSubject"]["achievement"]["tag"] = [f"t{n}" for n in range(6_000)]
    with pytest.raises(credential.BadCredential, match="too many"):
        credential.check_json(document)

"""Attest: a signer identity, a request for a record, its signature, its verification, trust."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from vault.model import (
    Attestation,
    Certification,
    Contact,
    Education,
    Experience,
    Person,
    Record,
    Signer,
    Skill,
)

from ..credentials import credential, identity, issue
from ..words import dashed

if TYPE_CHECKING:
    from vault.vault import Vault

    from ..credentials.data_integrity import ProofCheck

CONFIRMED = "confirmed"  # signed with a did:key whose fingerprint the person checked in person
REQUESTABLE = (Skill, Experience, Education, Certification)


class NoSigner(LookupError):
    """This vault has no signer identity yet."""


class NothingToName(ValueError):
    """The person has neither a name nor an e-mail address to be named by."""


def signer_of(vault: Vault) -> Signer | None:
    found = vault.records.list(Signer)
    return found[0] if found else None


def create_signer(vault: Vault, name: str, organisation: str = "", role: str = "") -> Signer:
    """This vault's signer identity (one per vault; asking again returns the existing one)."""
    existing = signer_of(vault)
    if existing is not None:
        return existing
    pem, did = identity.new_signer_key()
    signer = Signer(name=name.strip(), organisation=organisation.strip(), role=role.strip(),
                    did=did, private_key=pem)  # fmt: skip
    vault.records.add(signer)
    return signer


def claim_for(record: Record) -> issue.Claim:
    """A first draft of what the signer will be asked to vouch for."""
    if isinstance(record, Skill):
        return issue.Claim(name=record.label, description=record.note, esco_uri=record.esco_uri)
    if isinstance(record, Experience):
        name = dashed(record.title, record.organisation)
        return issue.Claim(
            name=name,
            description=record.description,
            evidence=_period(record.start_date, record.end_date),
            achievement_type="Achievement",
        )
    if isinstance(record, Education):
        name = dashed(record.title, record.institution)
        return issue.Claim(
            name=name,
            description=record.description,
            evidence=_period(record.start_date, record.end_date),
            achievement_type="Course",
        )
    if isinstance(record, Certification):
        name = dashed(record.name, record.issuer)
        return issue.Claim(name=name, evidence=record.issued_on, achievement_type="Certificate")
    raise TypeError(f"cannot ask for an attestation of a {record.TYPE}")


def _period(start: str, end: str) -> str:
    return f"{start} – {end}" if start and end else start or end


def make_request(vault: Vault, record_id: str, *, use_email: bool = False) -> bytes:
    """An unsigned request for one record; its salt and id are kept in the record."""
    cls = vault.records.find_type(record_id)
    record = vault.records.get(cls, record_id)
    people = vault.records.list(Person)
    person = people[0] if people else None
    if person is None or not (person.display_name() or person.email):
        raise NothingToName("fill in your name in Identité first")
    if use_email and person.email:
        subject, identity_type = person.email, "emailAddress"
    elif person.display_name():
        subject, identity_type = person.display_name(), "name"
    else:
        subject, identity_type = person.email, "emailAddress"
    request, salt = issue.new_request(subject, identity_type, claim_for(record))
    extra = json.loads(record.extra)
    extra.setdefault("attestation_requests", {})[request.id] = {
        "salt": salt,
        "identity_type": identity_type,
        "identity_hash": request.identifier["identityHash"],
    }
    vault.records.update(dataclasses.replace(record, extra=json.dumps(extra, ensure_ascii=False)))
    return request.to_json()


JWT = "jwt"  # a compact VC-JWT (ES256): 1EdTech's validator, Musette
DATA_INTEGRITY = "data-integrity"  # JSON with eddsa-rdfc-2022 proofs: learner wallets
FORMS = (JWT, DATA_INTEGRITY)


def sign_request(
    vault: Vault,
    request: issue.Request,
    *,
    valid_until: datetime | None = None,
    now: datetime | None = None,
    form: str = JWT,
) -> str:
    """Sign a (possibly edited) request with this vault's signer identity, in `form`."""
    signer = signer_of(vault)
    if signer is None:
        raise NoSigner("create your signer identity first")
    profile = issue.SignerProfile(
        signer.did, signer.name, signer.organisation, signer.role, signer.private_key
    )
    if form == DATA_INTEGRITY:
        signed = issue.sign_data_integrity(request, profile, now=now, valid_until=valid_until)
        return json.dumps(signed, ensure_ascii=False, indent=2)
    return issue.sign(request, profile, now=now, valid_until=valid_until)


def confirmed_signers(vault: Vault) -> dict[str, Contact]:
    """did:key -> the contact whose fingerprint the person checked in person."""
    return {c.did: c for c in vault.records.list(Contact) if c.did and c.did_confirmed_on}


def trusted_status(status: str, did: str, confirmed: dict[str, Contact]) -> str:
    """A verified signature becomes "confirmed" when its signer is a confirmed contact."""
    if status in (credential.VERIFIED, CONFIRMED):
        return CONFIRMED if did in confirmed else credential.VERIFIED
    return status


def refresh_trust(vault: Vault) -> int:
    """Re-mark every attestation after a contact's confirmation changed; how many changed."""
    confirmed = confirmed_signers(vault)
    changed = 0
    with vault.batch() as batch:
        for attestation in batch.list(Attestation):
            status = trusted_status(attestation.status, attestation.issuer_fingerprint, confirmed)
            if status != attestation.status:
                batch.update(dataclasses.replace(attestation, status=status))
                changed += 1
    return changed


def confirm_signer(vault: Vault, attestation: Attestation, today: str) -> Contact:
    """The signer of `attestation`, marked as checked in person on `today` (found or added)."""
    did = attestation.issuer_fingerprint
    for contact in vault.records.list(Contact):
        if contact.did == did:
            confirmed = dataclasses.replace(contact, did_confirmed_on=today)
            vault.records.update(confirmed)
            return confirmed
    given, _, family = attestation.issuer_name.strip().partition(" ")
    contact = Contact(given_name=given, family_name=family, did=did, did_confirmed_on=today)
    if not (given or family):
        contact = dataclasses.replace(contact, family_name=did[-8:])
    vault.records.add(contact)
    return contact


def about_you(attestation: Attestation, vault: Vault) -> bool | None:
    """Whether the credential's identity hash names this person: None when nothing can tell.

    Checked against the salt of this vault's own request when it is one, else
    against the person's name and e-mail address (OB 3.0 IdentityObject).
    """
    objects = credential.identity_objects(attestation.payload)
    if not objects:
        return None
    request_id = json.loads(attestation.extra).get("badge", {}).get("id", "")
    asked = _request(vault, request_id)
    people = vault.records.list(Person)
    person = people[0] if people else None
    candidates = {
        "name": person.display_name() if person else "",
        "emailAddress": person.email if person else "",
    }
    compared = False
    for item in objects:
        kind, salt = str(item.get("identityType", "")), str(item.get("salt", ""))
        if asked is not None and asked.get("salt") != salt:
            continue  # another request's salt: this one was not made here
        if asked is not None and asked.get("identity_hash"):
            # The hash this vault asked for, whatever the name has become since.
            return bool(asked["identity_hash"] == item.get("identityHash"))
        value = candidates.get(kind, "")
        if not value:
            continue
        compared = True
        if issue.identity_hash(value, salt, kind) == item.get("identityHash"):
            return True
    return False if compared or asked is not None else None


def _request(vault: Vault, request_id: str) -> dict[str, Any] | None:
    """This vault's own request of that id (its salt and identity type), if it made one."""
    if not request_id:
        return None
    for cls in REQUESTABLE:
        for record in vault.records.list(cls):
            found = json.loads(record.extra).get("attestation_requests", {}).get(request_id)
            if isinstance(found, dict):
                return found
    return None


def set_apart_if_not_yours(attestation: Attestation, vault: Vault) -> Attestation:
    """A credential about someone else is kept apart: never verified, linked or printed."""
    if about_you(attestation, vault) is False:
        return dataclasses.replace(attestation, status=credential.NOT_ABOUT_YOU, record_id="")
    return attestation


def attach(attestation: Attestation, vault: Vault) -> Attestation:
    """Link an imported attestation to the record its request came from, and mark trust."""
    if about_you(attestation, vault) is False:
        return set_apart_if_not_yours(attestation, vault)
    request_id = json.loads(attestation.extra).get("badge", {}).get("id", "")
    record_id = attestation.record_id
    for cls in REQUESTABLE:
        for record in vault.records.list(cls):
            if request_id in json.loads(record.extra).get("attestation_requests", {}):
                record_id = record.id
    status = trusted_status(
        attestation.status, attestation.issuer_fingerprint, confirmed_signers(vault)
    )
    return dataclasses.replace(attestation, record_id=record_id, status=status)


def describe(verdict: credential.Verdict, trust: str, language: str = "en") -> dict[str, Any]:
    """What `musette attest verify` prints: the facts, and how far they were checked."""
    words = credential.STATUS_WORDS.get(trust, (trust, trust))
    return {
        "valid": True,
        "status": trust,
        "said": words[0] if language == "fr" else words[1],
        "format": verdict.format,
        "issuer": {"id": verdict.issuer_id, "name": verdict.issuer_name},
        "fingerprint": identity.fingerprint(verdict.fingerprint)
        if verdict.fingerprint.startswith("did:key:")
        else verdict.fingerprint,
        "name": verdict.name,
        "valid_from": verdict.valid_from,
        "valid_until": verdict.valid_until,
        "expired": verdict.expired,
        "revocation": "not checked offline" if verdict.revocable else "none declared",
        "proofs": [_proof_facts(proof) for proof in verdict.proofs],
        **_seal_facts(verdict, language),
    }


def _seal_facts(verdict: credential.Verdict, language: str) -> dict[str, Any]:
    """A European Digital Credential's seal, in the app's words (none for other formats)."""
    if verdict.format != "edc-jades":
        return {}
    from ..credentials.edc import SEAL_WORDS

    words = SEAL_WORDS[verdict.status == credential.SEALED]
    return {"seal": (words[0] if language == "fr" else words[1]).format(who=verdict.sealed_by)}


def _proof_facts(proof: ProofCheck) -> dict[str, Any]:
    """One embedded proof: its suite, its key, and what was checked of it."""
    if not proof.checked:
        checked = "not checked offline (its key is not in the file)"
    elif not proof.canonical:
        checked = "signature valid, but in ECDSA's high-S form: not counted as verified"
    else:
        checked = "signature verified"
    return {
        "suite": proof.suite,
        "verification_method": proof.method,
        "signed_by": proof.signer,
        "checked": checked,
        "expired": proof.expired,
    }

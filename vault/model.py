"""The domain model: one frozen dataclass per kind of record in a musette."""

from __future__ import annotations

import json
import os
import re
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import ClassVar

from .errors import InvalidRecord

DECLARED = "declared"
IMPORTED = "imported"
ATTESTED = "attested"
PROVENANCE_KINDS = (DECLARED, IMPORTED, ATTESTED)

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


# Random bytes for record ids, drawn 4 KiB at a time. os.urandom lets go of the
# interpreter lock on every call: a worker making thousands of records (an import) took
# it back each time before the GUI thread could, and the window froze for 100 ms and
# more. A forked child starts with none, so it never repeats its parent's ids.
_ID_POOL = bytearray()
_ID_POOL_LOCK = threading.Lock()
_ID_POOL_BYTES = 4096


def _forked() -> None:
    global _ID_POOL_LOCK
    _ID_POOL.clear()
    _ID_POOL_LOCK = threading.Lock()  # another thread may have held it at the fork


os.register_at_fork(after_in_child=_forked)


def new_id() -> str:
    """A new random (version 4) UUID, as text."""
    with _ID_POOL_LOCK:
        if not _ID_POOL:
            _ID_POOL.extend(os.urandom(_ID_POOL_BYTES))
        raw = bytes(_ID_POOL[-16:])
        del _ID_POOL[-16:]
    return str(uuid.UUID(bytes=raw, version=4))


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def check_date(name: str, value: str, *, required: bool = False, full: bool = False) -> None:
    """Accept '', 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (only the last when `full`)."""
    if not value:
        if required:
            raise InvalidRecord(name, "a date is required")
        return
    if not _PARTIAL_DATE.match(value) or (full and len(value) != 10):
        raise InvalidRecord(name, "expected a date such as 2024-03-15")
    if len(value) == 10:
        try:
            datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            raise InvalidRecord(name, "this day does not exist") from None


def check_period(start: str, end: str) -> None:
    check_date("start_date", start)
    check_date("end_date", end)
    # Partial ISO dates compare correctly as text on their common prefix.
    if start and end and end[: len(start)] < start[: len(end)]:
        raise InvalidRecord("end_date", "ends before it starts")


def check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise InvalidRecord(name, f"expected one of {', '.join(choices)}")


def check_required(name: str, value: str) -> None:
    if not value.strip():
        raise InvalidRecord(name, "cannot be empty")


@dataclass(frozen=True)
class Provenance:
    """Where a record comes from: the person, a named import, or a signer."""

    kind: str = DECLARED
    source: str = ""  # e.g. "linkedin", "json-resume", or the signer's name
    detail: str = ""  # e.g. the file name, or the signer's key fingerprint


@dataclass(frozen=True, kw_only=True)
class Record:
    """Fields every record has."""

    TYPE: ClassVar[str] = ""
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ()

    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now_utc)
    updated_at: str = field(default_factory=now_utc)
    provenance: Provenance = field(default_factory=Provenance)
    deleted_at: str | None = None
    # What an import brought that has no field here, as a JSON object, so that
    # exporting to the same format gives it back.
    extra: str = "{}"

    def display_name(self) -> str:
        """The one-line name lists and search results show."""
        return str(getattr(self, "title", ""))

    def validate(self) -> None:
        check_choice("provenance", self.provenance.kind, PROVENANCE_KINDS)
        for name in ("created_at", "updated_at"):
            try:
                datetime.fromisoformat(getattr(self, name))
            except ValueError:
                raise InvalidRecord(name, "not a timestamp") from None
        try:
            kept = json.loads(self.extra)
        except ValueError:
            kept = None
        if not isinstance(kept, dict):
            raise InvalidRecord("extra", "expected a JSON object")


@dataclass(frozen=True, kw_only=True)
class Person(Record):
    """The person whose musette this is: names, contact, photo."""

    TYPE = "person"
    SEARCH_FIELDS = ("headline", "summary", "city", "email")

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    birth_date: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    headline: str = ""
    summary: str = ""
    photo_document_id: str = ""

    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def validate(self) -> None:
        super().validate()
        check_date("birth_date", self.birth_date, full=True)
        if self.email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", self.email):
            raise InvalidRecord("email", "not an e-mail address")


@dataclass(frozen=True, kw_only=True)
class CpfReading(Record):
    """A CPF balance as the person read it on their official account, dated."""

    TYPE = "cpf_reading"
    SEARCH_FIELDS = ("note",)

    read_on: str
    balance_cents: int | None = None  # private sector: euros
    balance_hours: int | None = None  # public servants count in hours
    note: str = ""

    def display_name(self) -> str:
        if self.balance_cents is not None:
            return f"CPF {self.balance_cents / 100:.2f} € ({self.read_on})"
        return f"CPF {self.balance_hours} h ({self.read_on})"

    def validate(self) -> None:
        super().validate()
        check_date("read_on", self.read_on, required=True, full=True)
        if (self.balance_cents is None) == (self.balance_hours is None):
            raise InvalidRecord("balance", "give the balance in euros or in hours")
        for name in ("balance_cents", "balance_hours"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise InvalidRecord(name, "cannot be negative")


# The situations the rights rules know (vault/rights.py reads the same tuple).
SITUATION_STATUSES = (
    "employee_private",
    "public_servant",
    "job_seeker",
    "self_employed",
    "apprentice",
    "student",
    "young_no_job",
    "esat",  # a worker admitted in an ESAT (établissement d'accompagnement par le travail)
)
PUBLIC_CATEGORIES = ("", "A", "B", "C")
EMPLOYER_SIZES = ("", "under_11", "11_to_49", "50_to_249", "250_or_more")


@dataclass(frozen=True, kw_only=True)
class Situation(Record):
    """The person's working situation as the rights rules read it; one per musette, dated.

    The age comes from the birth date in Identité; `age` is kept only when that
    date was not given.
    """

    TYPE = "situation"

    status: str = "employee_private"
    working_time_percent: int = 100  # share of full time over the year
    months_in_activity: int = 12  # self-employed: months of the year in activity
    low_qualification: bool = False  # no level-3 (CAP/BEP) diploma or certification
    low_qualification_declared_on: str = ""  # declared on moncompteformation, from then on
    disability: bool = False  # recognised (RQTH, BOETH)
    disability_until: str = ""  # end of the recognition, when it has one
    public_category: str = ""  # A, B or C, for public agents
    employer_size: str = ""
    cadre: bool = False
    age: int | None = None
    since: str = ""  # in this situation since
    noted_on: str = ""  # when the person described it

    def display_name(self) -> str:
        return ""  # nothing to search for: the screens and documents say it in words

    def validate(self) -> None:
        super().validate()
        check_choice("status", self.status, SITUATION_STATUSES)
        check_choice("public_category", self.public_category, PUBLIC_CATEGORIES)
        check_choice("employer_size", self.employer_size, EMPLOYER_SIZES)
        if not 0 <= self.working_time_percent <= 100:
            raise InvalidRecord("working_time_percent", "a share of full time, from 0 to 100")
        if not 0 <= self.months_in_activity <= 12:
            raise InvalidRecord("months_in_activity", "a number of months, from 0 to 12")
        if self.age is not None and not 14 <= self.age <= 120:
            raise InvalidRecord("age", "expected an age from 14 to 120")
        for name in ("low_qualification_declared_on", "disability_until", "since"):
            check_date(name, getattr(self, name))
        check_date("noted_on", self.noted_on, full=True)


def latest_situation(records: Iterable[Record]) -> Situation | None:
    """The situation the person described last, among any records; None when there is none."""
    found = [r for r in records if isinstance(r, Situation)]
    return max(found, key=lambda s: s.updated_at) if found else None


SCHEME_STATUSES = ("to_explore", "in_progress", "done", "not_applicable")


@dataclass(frozen=True, kw_only=True)
class RightScheme(Record):
    """One scheme (CEP, VAE, bilan de compétences…) and where the person stands with it."""

    TYPE = "right_scheme"
    SEARCH_FIELDS = ("scheme", "note")

    scheme: str
    status: str = "to_explore"
    started_on: str = ""
    note: str = ""

    def display_name(self) -> str:
        return self.scheme

    def validate(self) -> None:
        super().validate()
        check_required("scheme", self.scheme)
        check_choice("status", self.status, SCHEME_STATUSES)
        check_date("started_on", self.started_on)


@dataclass(frozen=True, kw_only=True)
class Reminder(Record):
    """A dated reminder shown on the dashboard (next interview, a deadline)."""

    TYPE = "reminder"
    SEARCH_FIELDS = ("title", "note")

    title: str
    due_on: str
    done: bool = False
    related_id: str = ""
    note: str = ""

    def validate(self) -> None:
        super().validate()
        check_required("title", self.title)
        check_date("due_on", self.due_on, required=True, full=True)


EXPERIENCE_KINDS = ("job", "internship", "apprenticeship", "volunteering", "civic", "personal")


@dataclass(frozen=True, kw_only=True)
class Experience(Record):
    """A job, volunteering, civic or personal activity on the person's timeline."""

    TYPE = "experience"
    SEARCH_FIELDS = ("title", "organisation", "location", "description")

    kind: str = "job"
    title: str
    organisation: str = ""
    location: str = ""
    start_date: str = ""
    end_date: str = ""
    description: str = ""
    anonymise: bool = False  # hide the organisation's name in anonymised exports

    def validate(self) -> None:
        super().validate()
        check_choice("kind", self.kind, EXPERIENCE_KINDS)
        check_required("title", self.title)
        check_period(self.start_date, self.end_date)


EDUCATION_KINDS = ("degree", "training", "course")


@dataclass(frozen=True, kw_only=True)
class Education(Record):
    """A degree, a training course or any other learning."""

    TYPE = "education"
    SEARCH_FIELDS = ("title", "institution", "field_of_study", "description")

    kind: str = "degree"
    title: str
    institution: str = ""
    field_of_study: str = ""
    level: str = ""  # e.g. the French qualification level "5" (bac+2)
    start_date: str = ""
    end_date: str = ""
    description: str = ""

    def validate(self) -> None:
        super().validate()
        check_choice("kind", self.kind, EDUCATION_KINDS)
        check_required("title", self.title)
        check_period(self.start_date, self.end_date)


@dataclass(frozen=True, kw_only=True)
class Certification(Record):
    """A certificate or licence (CACES, TOEIC, permis…)."""

    TYPE = "certification"
    SEARCH_FIELDS = ("name", "issuer")

    name: str
    issuer: str = ""
    issued_on: str = ""
    expires_on: str = ""
    identifier: str = ""
    url: str = ""

    def display_name(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        check_required("name", self.name)
        check_period(self.issued_on, self.expires_on)


SKILL_CATEGORIES = ("skill", "knowledge", "language", "transversal")
CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


@dataclass(frozen=True, kw_only=True)
class Skill(Record):
    """A skill in free text or coded with its ESCO URI, with a level from 1 to 4."""

    TYPE = "skill"
    SEARCH_FIELDS = ("label", "note")

    label: str
    esco_uri: str = ""
    level: int | None = None
    category: str = "skill"
    note: str = ""
    last_used: str = ""  # 'YYYY', 'YYYY-MM' or a full date
    cefr: str = ""  # for a language: A1, A2, B1, B2, C1 or C2

    def display_name(self) -> str:
        return self.label

    def validate(self) -> None:
        super().validate()
        check_required("label", self.label)
        check_choice("category", self.category, SKILL_CATEGORIES)
        if self.level is not None and not 1 <= self.level <= 4:
            raise InvalidRecord("level", "expected a level from 1 to 4")
        if self.esco_uri and not self.esco_uri.startswith("http://data.europa.eu/esco/"):
            raise InvalidRecord("esco_uri", "not an ESCO address")
        check_date("last_used", self.last_used)
        if self.cefr and self.cefr not in CEFR_LEVELS:
            raise InvalidRecord("cefr", "expected a CEFR level from A1 to C2")


@dataclass(frozen=True, kw_only=True)
class SkillEvidence(Record):
    """A link from a skill to what shows it: an experience, a training, a document…"""

    TYPE = "skill_evidence"
    SEARCH_FIELDS = ("note",)

    skill_id: str
    record_id: str
    note: str = ""

    def validate(self) -> None:
        super().validate()
        check_required("skill_id", self.skill_id)
        check_required("record_id", self.record_id)


PROJECT_STATUSES = ("idea", "active", "paused", "done", "abandoned")
STEP_STATUSES = ("todo", "doing", "done")


@dataclass(frozen=True, kw_only=True)
class Project(Record):
    """A professional project: a target occupation and the plan to reach it."""

    TYPE = "project"
    SEARCH_FIELDS = ("title", "target_occupation", "description")

    title: str
    target_occupation: str = ""
    target_esco_uri: str = ""
    status: str = "idea"
    description: str = ""
    target_date: str = ""

    def validate(self) -> None:
        super().validate()
        check_required("title", self.title)
        check_choice("status", self.status, PROJECT_STATUSES)
        check_date("target_date", self.target_date)


@dataclass(frozen=True, kw_only=True)
class ProjectStep(Record):
    """One step of a project's action plan, with its date and funding."""

    TYPE = "project_step"
    SEARCH_FIELDS = ("title", "funding")

    project_id: str
    title: str
    due_on: str = ""
    status: str = "todo"
    funding: str = ""
    position: int = 0

    def validate(self) -> None:
        super().validate()
        check_required("project_id", self.project_id)
        check_required("title", self.title)
        check_choice("status", self.status, STEP_STATUSES)
        check_date("due_on", self.due_on)


@dataclass(frozen=True, kw_only=True)
class Document(Record):
    """An attachment kept inside the vault; its bytes live apart (see documents.py)."""

    TYPE = "document"
    SEARCH_FIELDS = ("name", "note")

    name: str
    media_type: str
    size: int
    sha256: str
    note: str = ""

    def display_name(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        check_required("name", self.name)


ORGANISATION_KINDS = ("company", "school", "association", "public", "other")


@dataclass(frozen=True, kw_only=True)
class Organisation(Record):
    """An employer, a school, an association, a public service."""

    TYPE = "organisation"
    SEARCH_FIELDS = ("name", "city", "note")

    name: str
    kind: str = "company"
    website: str = ""
    city: str = ""
    note: str = ""

    def display_name(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        check_required("name", self.name)
        check_choice("kind", self.kind, ORGANISATION_KINDS)


@dataclass(frozen=True, kw_only=True)
class Contact(Record):
    """A person in the network."""

    TYPE = "contact"
    SEARCH_FIELDS = ("given_name", "family_name", "organisation", "role", "note")

    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    note: str = ""
    did: str = ""  # their signer identity (did:key), when they sign attestations
    did_confirmed_on: str = ""  # when its fingerprint was checked with them in person

    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def validate(self) -> None:
        super().validate()
        if not (self.given_name.strip() or self.family_name.strip()):
            raise InvalidRecord("family_name", "a contact needs a name")
        if self.did and not re.match(r"^did:key:z[1-9A-HJ-NP-Za-km-z]{40,60}$", self.did):
            raise InvalidRecord("did", "not a signer identity (did:key:z…)")
        check_date("did_confirmed_on", self.did_confirmed_on, full=True)
        if self.did_confirmed_on and not self.did:
            raise InvalidRecord("did_confirmed_on", "there is no signer identity to confirm")


@dataclass(frozen=True, kw_only=True)
class Community(Record):
    """A community the person belongs to (alumni, professional network, forum)."""

    TYPE = "community"
    SEARCH_FIELDS = ("name", "kind", "note")

    name: str
    kind: str = ""
    url: str = ""
    note: str = ""

    def display_name(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        check_required("name", self.name)


@dataclass(frozen=True, kw_only=True)
class Interaction(Record):
    """A meeting, call or message with someone in the network."""

    TYPE = "interaction"
    SEARCH_FIELDS = ("channel", "summary")

    contact_id: str = ""
    occurred_on: str
    channel: str = ""
    summary: str = ""

    def display_name(self) -> str:
        return f"{self.occurred_on} {self.channel}".strip()

    def validate(self) -> None:
        super().validate()
        check_date("occurred_on", self.occurred_on, required=True)


@dataclass(frozen=True, kw_only=True)
class Attestation(Record):
    """A signed statement about one record (an Open Badges 3.0 JWT, see a later issue)."""

    TYPE = "attestation"
    SEARCH_FIELDS = ("issuer_name",)

    record_id: str = ""
    format: str = "ob3-jwt"
    payload: str
    issuer_name: str = ""
    issuer_fingerprint: str = ""
    status: str = "unverified"

    def display_name(self) -> str:
        badge = json.loads(self.extra).get("badge")
        name = str(badge.get("name", "")) if isinstance(badge, dict) else ""
        return " — ".join(p for p in (name, self.issuer_name) if p) or self.format

    def validate(self) -> None:
        super().validate()
        check_required("payload", self.payload)


@dataclass(frozen=True, kw_only=True)
class Signer(Record):
    """This vault's own signer identity: a P-256 key that never leaves the vault."""

    TYPE = "signer"
    SEARCH_FIELDS = ("name", "organisation", "role")

    name: str
    organisation: str = ""
    role: str = ""
    did: str
    private_key: str  # PKCS#8 PEM, protected by the vault's encryption

    def display_name(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        check_required("name", self.name)
        if not self.did.startswith("did:key:zDn"):
            raise InvalidRecord("did", "not a P-256 did:key")
        if not self.private_key.startswith("-----BEGIN PRIVATE KEY-----"):
            raise InvalidRecord("private_key", "not a PKCS#8 key")


@dataclass(frozen=True, kw_only=True)
class ShareProfile(Record):
    """A saved choice of what to share, for whom, in which language and template."""

    TYPE = "share_profile"
    SEARCH_FIELDS = ("name", "audience")

    name: str
    audience: str = ""
    language: str = "fr"
    template: str = "classique"
    sections: str = "[]"  # JSON list of section names
    options: str = "{}"  # JSON object of field choices

    def display_name(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        check_required("name", self.name)
        check_choice("language", self.language, ("fr", "en"))


@dataclass(frozen=True, kw_only=True)
class ExportLog(Record):
    """One export: what, when, for whom, with which profile, and the file's hash."""

    TYPE = "export_log"
    SEARCH_FIELDS = ("format", "audience", "file_name")

    exported_at: str = field(default_factory=now_utc)
    format: str
    profile_id: str = ""
    audience: str = ""
    file_name: str = ""
    sha256: str = ""
    application_id: str = ""  # the application it was sent for, when it was one's letter

    def display_name(self) -> str:
        return f"{self.format} {self.file_name}".strip()


@dataclass(frozen=True, kw_only=True)
class Note(Record):
    """A note or journal entry."""

    TYPE = "note"
    SEARCH_FIELDS = ("title", "body")

    title: str = ""
    body: str = ""
    occurred_on: str = ""
    related_id: str = ""

    def validate(self) -> None:
        super().validate()
        if not (self.title.strip() or self.body.strip()):
            raise InvalidRecord("body", "a note cannot be empty")
        check_date("occurred_on", self.occurred_on)


# Where an application stands, from the ad to the answer.
APPLICATION_STATUSES = (
    "to_prepare",
    "sent",
    "followed_up",
    "interview",
    "offer",
    "rejected",
    "abandoned",
)
APPLICATION_EVENT_KINDS = ("status", "call", "interview", "message", "meeting")
SKILL_FOUND_STATUSES = ("held", "partly", "missing")


@dataclass(frozen=True, kw_only=True)
class Application(Record):
    """A job applied for: the ad, where it stands, who to talk to and what comes next."""

    TYPE = "application"
    SEARCH_FIELDS = ("title", "employer", "ad_text", "note")

    title: str
    employer: str = ""
    organisation_id: str = ""  # the employer, when it is in Réseau
    contact_id: str = ""
    ad_text: str = ""
    ad_url: str = ""
    ad_document_id: str = ""  # the ad saved as a file (PDF, HTML) kept in the vault
    found_via: str = ""
    found_on: str = ""
    deadline: str = ""
    sent_on: str = ""
    status: str = "to_prepare"
    next_action: str = ""
    next_action_on: str = ""
    follow_up_days: int = 10
    # The skills the ad asks for, as the person corrected them: a JSON list of
    # {"label", "source" (ESCO, ROME or the person), "uri", "status" (held, partly, missing)}.
    skills: str = "[]"
    # The share profile made for this ad: the exports logged with it are what was sent.
    share_profile_id: str = ""
    note: str = ""

    def display_name(self) -> str:
        return " — ".join(part for part in (self.title, self.employer) if part)

    def validate(self) -> None:
        super().validate()
        check_required("title", self.title)
        check_choice("status", self.status, APPLICATION_STATUSES)
        for name in ("found_on", "deadline", "sent_on", "next_action_on"):
            check_date(name, getattr(self, name))
        if not 1 <= self.follow_up_days <= 90:
            raise InvalidRecord("follow_up_days", "expected 1 to 90 days")
        try:
            found = json.loads(self.skills)
        except ValueError:
            found = None
        if not isinstance(found, list) or not all(
            isinstance(s, dict) and str(s.get("label", "")).strip() for s in found
        ):
            raise InvalidRecord("skills", "expected a list of skills, each with its label")


@dataclass(frozen=True, kw_only=True)
class ApplicationEvent(Record):
    """What happened in an application: a status reached, a call, an interview, with notes."""

    TYPE = "application_event"
    SEARCH_FIELDS = ("summary",)

    application_id: str
    occurred_on: str
    kind: str = "status"
    status: str = ""  # the status reached, for a "status" event
    summary: str = ""

    def display_name(self) -> str:
        return f"{self.occurred_on} {self.status or self.kind}".strip()

    def validate(self) -> None:
        super().validate()
        check_required("application_id", self.application_id)
        check_date("occurred_on", self.occurred_on, required=True)
        check_choice("kind", self.kind, APPLICATION_EVENT_KINDS)
        if self.status:
            check_choice("status", self.status, APPLICATION_STATUSES)


LETTER_LANGUAGES = ("fr", "en")


@dataclass(frozen=True, kw_only=True)
class CoverLetter(Record):
    """One version of a cover letter for an application; saving a change adds the next version."""

    TYPE = "cover_letter"
    SEARCH_FIELDS = ("subject", "body")

    application_id: str
    lineage: str = ""  # the first version's id: the versions of one letter share it
    version: int = 1
    language: str = "fr"
    place: str = ""  # « À Lyon, le … »: the town the letter is written from
    written_on: str = ""
    recipient: str = ""  # the address block, one line per line
    subject: str = ""  # « Objet : … »
    salutation: str = ""  # « Madame, Monsieur, »
    body: str = ""  # paragraphs, separated by a blank line
    closing: str = ""  # the formule de politesse
    signature: str = ""

    def display_name(self) -> str:
        return f"{self.subject or self.application_id} (v{self.version})"

    def letter_id(self) -> str:
        """What every version of this letter shares."""
        return self.lineage or self.id

    def validate(self) -> None:
        super().validate()
        check_required("application_id", self.application_id)
        check_choice("language", self.language, LETTER_LANGUAGES)
        check_date("written_on", self.written_on)
        if self.version < 1:
            raise InvalidRecord("version", "expected 1 or more")


RECORD_TYPES: tuple[type[Record], ...] = (
    Person,
    Situation,
    CpfReading,
    RightScheme,
    Reminder,
    Experience,
    Education,
    Certification,
    Skill,
    SkillEvidence,
    Project,
    ProjectStep,
    Document,
    Organisation,
    Contact,
    Community,
    Interaction,
    Attestation,
    Signer,
    ShareProfile,
    ExportLog,
    Note,
    Application,
    ApplicationEvent,
    CoverLetter,
)
BY_TYPE: dict[str, type[Record]] = {cls.TYPE: cls for cls in RECORD_TYPES}

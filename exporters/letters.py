"""Cover letters: a first draft from the application and the person's own facts, and the page.

The draft says only what the musette holds — the post, where the ad was seen,
the person's latest job, the skills the ad asks for that the person has — and
leaves one passage in square brackets for what only the person can say (why
this post, why this employer). A letter still holding that passage is not
exported: `unfinished` names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vault.model import Application, Contact, CoverLetter, Experience, Organisation, Person

# What only the person can write: a passage the draft leaves between square brackets.
_TO_WRITE = re.compile(r"\[[^\]\n]{3,}\]")

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

_WORDS = {
    "fr": {
        "subject": "Candidature au poste de {title}",
        "subject_label": "Objet :",  # the no-break space comes with French typography
        "salutation": "Madame, Monsieur,",
        "attention": "À l'attention de {name}",
        "opening": "Votre annonce pour le poste de {title}{at}{via} a retenu toute mon attention.",
        "at": " chez {employer}",
        "via": ", vue sur {found_via}",
        "current": "J'occupe actuellement le poste de {title}{at} depuis {since}.",
        "current_undated": "J'occupe actuellement le poste de {title}{at}.",
        "past": "J'ai occupé le poste de {title}{at}{until}.",
        "until": " jusqu'en {until}",
        "skills": (
            "Parmi les compétences que demande le poste, voici celles que j'exerce déjà : {skills}."
        ),
        "to_write": "[Ce qui vous attire dans ce poste et chez cet employeur, avec vos mots.]",
        "ending": (
            "Je me tiens à votre disposition pour un entretien et vous remercie de l'attention "
            "que vous porterez à ma candidature."
        ),
        "closing": "Je vous prie d'agréer, {appel}, l'expression de mes salutations distinguées.",
        "and": " et ",
        "place_date": "{place}, le {date}",
    },
    "en": {
        "subject": "Application for the post of {title}",
        "subject_label": "",
        "salutation": "Dear Sir or Madam,",
        "named_salutation": "Dear {name},",
        "attention": "For the attention of {name}",
        "opening": "I am writing to apply for the post of {title}{at}{via}.",
        "at": " at {employer}",
        "via": ", which I saw on {found_via}",
        "current": "I have worked as {title}{at} since {since}.",
        "current_undated": "I currently work as {title}{at}.",
        "past": "I worked as {title}{at}{until}.",
        "until": " until {until}",
        "skills": "Among the skills the post asks for, these are ones I already use: {skills}.",
        "to_write": "[What draws you to this post and this employer, in your own words.]",
        "ending": (
            "I would welcome the opportunity to discuss my application with you at an interview. "
            "Thank you for considering it."
        ),
        "closing": "Yours faithfully,",
        "named_closing": "Yours sincerely,",
        "and": " and ",
        "place_date": "{date}",
    },
}


def written_date(iso: str, language: str) -> str:
    """'2026-12-02' -> '2 décembre 2026' / '2 December 2026': a letter spells the month out."""
    if len(iso) != 10:
        return iso
    day, month = int(iso[8:10]), int(iso[5:7])
    lang = "fr" if language == "fr" else "en"
    first = "1er" if day == 1 and lang == "fr" else str(day)
    return f"{first}\u00a0{_MONTHS[lang][month - 1]}\u00a0{iso[:4]}"


def written_month(iso: str, language: str) -> str:
    """'2018-09' or '2018-09-03' -> 'septembre 2018' / 'September 2018'."""
    if len(iso) < 7:
        return iso
    month = _MONTHS["fr" if language == "fr" else "en"][int(iso[5:7]) - 1]
    return f"{month}\u00a0{iso[:4]}"


def _listed(items: list[str], language: str) -> str:
    """'a, b et c' / 'a, b and c'."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + _WORDS[language]["and"] + items[-1]


def _in_sentence(title: str) -> str:
    """'Responsable d'entrepôt' -> 'responsable d'entrepôt' inside a French sentence;
    an acronym or a name in capitals ('DRH', 'SNCF') stays as written."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first[:1].isupper() and first[1:].islower():
        return title[:1].lower() + title[1:]
    return title


def _latest_job(experiences: list[Experience]) -> Experience | None:
    """The job held now, else the one that ended last."""
    jobs = [e for e in experiences if e.kind == "job" and e.title]
    if not jobs:
        return None
    current = [e for e in jobs if not e.end_date]
    if current:
        return max(current, key=lambda e: e.start_date)
    return max(jobs, key=lambda e: (e.end_date, e.start_date))


def draft(
    application: Application,
    *,
    person: Person | None,
    experiences: list[Experience],
    skills: list[str],
    contact: Contact | None = None,
    organisation: Organisation | None = None,
    language: str = "fr",
    today: str = "",
) -> CoverLetter:
    """A first version of a letter for this application, from what the musette holds.

    `skills` are the labels of the person's own skills the ad asks for, in the ad's order:
    their words, not the ad's, so the letter claims nothing the musette does not hold.
    """
    lang = "fr" if language == "fr" else "en"
    w = _WORDS[lang]
    today = today or date.today().isoformat()
    employer = organisation.name if organisation is not None else application.employer
    at = w["at"].format(employer=employer) if employer else ""
    via = w["via"].format(found_via=application.found_via) if application.found_via else ""
    post = _in_sentence(application.title) if lang == "fr" else application.title
    paragraphs = [w["opening"].format(title=post, at=at, via=via)]
    job = _latest_job(experiences)
    if job is not None:
        held = _in_sentence(job.title) if lang == "fr" else job.title
        job_at = w["at"].format(employer=job.organisation) if job.organisation else ""
        if not job.end_date and len(job.start_date) >= 7:
            since = written_month(job.start_date, lang)  # « depuis septembre 2018 »
            paragraphs.append(w["current"].format(title=held, at=job_at, since=since))
        elif not job.end_date:
            paragraphs.append(w["current_undated"].format(title=held, at=job_at))
        else:
            until = w["until"].format(until=job.end_date[:4])
            paragraphs.append(w["past"].format(title=held, at=job_at, until=until))
    if skills:
        paragraphs.append(w["skills"].format(skills=_listed(skills[:6], lang)))
    paragraphs.append(w["to_write"])
    paragraphs.append(w["ending"])

    contact_name = contact.display_name() if contact is not None else ""
    recipient = [employer] if employer else []
    if contact_name:
        recipient.append(w["attention"].format(name=contact_name))
    if organisation is not None and organisation.city:
        recipient.append(organisation.city)
    if lang == "en" and contact_name:
        salutation = w["named_salutation"].format(name=contact_name)
        closing = w["named_closing"]
    else:
        salutation = w["salutation"]
        closing = w["closing"].format(appel=salutation.rstrip(","))
    return CoverLetter(
        application_id=application.id,
        language=lang,
        place=person.city if person is not None else "",
        written_on=today,
        recipient="\n".join(recipient),
        subject=w["subject"].format(title=post),
        salutation=salutation,
        body="\n\n".join(paragraphs),
        closing=closing,
        signature=person.display_name() if person is not None else "",
    )


def unfinished(letter: CoverLetter) -> str:
    """The first passage still to write (between square brackets), or ""."""
    found = _TO_WRITE.search(letter.body)
    return found.group() if found else ""


@dataclass(frozen=True)
class LetterPage:
    """A letter as it is printed, in reading order, whatever the format."""

    language: str
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    place_date: str
    subject_label: str
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: str

    @property
    def title(self) -> str:
        """The document's title: its subject."""
        return self.subject or self.signature


def page(letter: CoverLetter, person: Person | None) -> LetterPage:
    """What the page shows: the sender's address block from Identité, then the letter."""
    lang = "fr" if letter.language == "fr" else "en"
    sender: list[str] = []
    if person is not None:
        town = " ".join(p for p in (person.postcode, person.city) if p)
        sender = [
            line
            for line in (person.display_name(), *person.address.splitlines(), town,
                         person.phone, person.email)
            if line.strip()
        ]  # fmt: skip
    when = written_date(letter.written_on, lang)
    if lang == "fr" and letter.place and when:
        place_date = _WORDS["fr"]["place_date"].format(place=letter.place, date=when)
    else:
        place_date = when or letter.place
    # A blank line parts paragraphs; a single line break stays one (a list, an address).
    paragraphs = tuple(
        block.strip() for block in re.split(r"\n\s*\n", letter.body) if block.strip()
    )
    return LetterPage(
        language=lang,
        sender=tuple(sender),
        recipient=tuple(line for line in letter.recipient.splitlines() if line.strip()),
        place_date=place_date,
        subject_label=_WORDS[lang]["subject_label"] if letter.subject else "",
        subject=letter.subject,
        salutation=letter.salutation,
        paragraphs=paragraphs,
        closing=letter.closing,
        signature=letter.signature,
    )

"""What an advisor meeting needs, in words: situation, CPF, schemes, project, steps, background.

The advisor brief prints it and meeting mode shows it: one place decides what
it says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault.applications import next_steps
from vault.model import (
    Application,
    CpfReading,
    Education,
    Experience,
    Project,
    ProjectStep,
    Reminder,
    RightScheme,
    Skill,
    latest_situation,
)
from vault.rights import Situation, rules_for

from .career import Career
from .words import capitalised, dashed, day_month_year, month_year, period, situation_lines

MAX_STEPS = 6
MAX_JOBS = 3
MAX_SKILLS = 8

_STATUSES: dict[str, dict[str, str]] = {
    "fr": {"to_explore": "à explorer", "in_progress": "en cours", "done": "fait",
           "not_applicable": "ne me concerne pas", "todo": "à faire", "doing": "en cours"},
    "en": {"to_explore": "to explore", "in_progress": "in progress", "done": "done",
           "not_applicable": "does not apply", "todo": "to do", "doing": "in progress"},
}  # fmt: skip

# The scheme codes RightScheme stores (ui/fields.py lists the same for the screens).
SCHEMES: dict[str, dict[str, str]] = {
    "fr": {
        "cep": "Conseil en évolution professionnelle (CEP)",
        "bilan_competences": "Bilan de compétences",
        "vae": "Validation des acquis de l'expérience (VAE)",
        "ptp": "Projet de transition professionnelle (PTP)",
        "reconversion": "Période de reconversion",
        "entretien_parcours": "Entretien de parcours professionnel",
        "cec": "Compte d'engagement citoyen (CEC)",
        "c2p": "Compte professionnel de prévention (C2P)",
        "cej": "Contrat d'engagement jeune (CEJ)",
        "poei": "Préparation opérationnelle à l'emploi (POEI)",
        "other": "Autre dispositif",
    },
    "en": {
        "cep": "Career development advice (CEP)",
        "bilan_competences": "Skills assessment (bilan de compétences)",
        "vae": "Accreditation of prior experience (VAE)",
        "ptp": "Career transition project (PTP)",
        "reconversion": "Retraining period (période de reconversion)",
        "entretien_parcours": "Career path interview",
        "cec": "Civic engagement account (CEC)",
        "c2p": "Occupational prevention account (C2P)",
        "cej": "Youth commitment contract (CEJ)",
        "poei": "Pre-employment training (POEI)",
        "other": "Other scheme",
    },
}

# Where an application in progress stands, as the brief says it.
_APPLICATION_STATUS = {
    "fr": {"to_prepare": "à préparer", "sent": "envoyée", "followed_up": "relancée",
           "interview": "entretien", "offer": "proposition reçue"},
    "en": {"to_prepare": "to prepare", "sent": "sent", "followed_up": "followed up",
           "interview": "interview", "offer": "offer received"},
}  # fmt: skip

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "situation": "Ma situation",
        "rights": "Mes droits",
        "cpf_euros": "Solde CPF : {amount} (relevé le {date})",
        "cpf_hours": "Solde CPF : {hours} heures (relevé le {date})",
        "no_cpf": "Solde CPF pas encore relevé sur moncompteformation.gouv.fr.",
        "fit": "Dispositifs qui correspondent à ma situation",
        "project": "Mon projet",
        "target": "Métier visé : {target}",
        "steps": "Prochaines étapes",
        "no_project": "Pas encore de projet écrit : c'est l'objet du rendez-vous.",
        "background": "Mon parcours en bref",
        "skills": "Compétences principales : {skills}",
        "current": "Poste actuel : {job}",
        "due": "à venir : {title} ({date})",
        "scheme": "{scheme} : {status}",
        "applications": "Mes candidatures en cours",
        "application": "{job} : {status}{since}{next}",
        "sent_on": " depuis le {date}",
        "next_on": " — {what} le {date}",
        "follow_up": "relance",
        "deadline": "date limite",
    },
    "en": {
        "situation": "My situation",
        "rights": "My rights",
        "cpf_euros": "CPF balance: {amount} (read on {date})",
        "cpf_hours": "CPF balance: {hours} hours (read on {date})",
        "no_cpf": "CPF balance not yet read on moncompteformation.gouv.fr.",
        "fit": "Schemes that fit my situation",
        "project": "My project",
        "target": "Target occupation: {target}",
        "steps": "Next steps",
        "no_project": "No written project yet: that is what the meeting is for.",
        "background": "My background in brief",
        "skills": "Main skills: {skills}",
        "current": "Current job: {job}",
        "due": "coming up: {title} ({date})",
        "scheme": "{scheme}: {status}",
        "applications": "My applications in progress",
        "application": "{job}: {status}{since}{next}",
        "sent_on": " since {date}",
        "next_on": " — {what} on {date}",
        "follow_up": "follow-up",
        "deadline": "deadline",
    },
}


@dataclass(frozen=True)
class AdvisorContent:
    """Each part as lines of plain text, in the order an advisor reads them."""

    situation: tuple[str, ...]
    cpf: str
    schemes: tuple[str, ...]  # the ones the person follows, with their status
    fitting: tuple[str, ...]  # the ones the rights engine finds, not followed yet
    project: tuple[str, ...]
    steps: tuple[str, ...]
    background: tuple[str, ...]
    applications: tuple[str, ...] = ()  # in progress, when the share profile lets them out


def words_for(language: str) -> dict[str, str]:
    return WORDS["fr" if language == "fr" else "en"]


def advisor_content(career: Career, language: str, today: date | None = None) -> AdvisorContent:
    """What the brief prints and meeting mode shows, for a career already filtered by `select`."""
    lang = "fr" if language == "fr" else "en"
    w = words_for(lang)
    person = career.person
    record = latest_situation(career.records)
    situation = list(situation_lines(record, lang)) if record is not None else []
    if person and person.headline:
        situation.append(person.headline)
    current = sorted(
        (
            r
            for r in career.records
            if isinstance(r, Experience) and r.kind == "job" and not r.end_date
        ),
        key=lambda j: j.start_date,
        reverse=True,
    )[:2]
    situation += [
        w["current"].format(job=dashed(j.title, j.organisation, period(j.start_date, "", lang)))
        for j in current
    ]

    statuses = _STATUSES[lang]
    followed: dict[str, str] = {}
    schemes: list[str] = []
    for scheme in sorted(
        (r for r in career.records if isinstance(r, RightScheme)), key=lambda r: r.scheme
    ):
        followed[scheme.scheme] = scheme.status
        if scheme.status != "not_applicable":
            name = SCHEMES[lang].get(scheme.scheme, scheme.scheme)
            schemes.append(w["scheme"].format(scheme=name, status=statuses[scheme.status]))
    fitting: list[str] = []
    if record is not None:
        # What the rights engine finds for this situation that the person does not follow
        # yet: what the advisor may open.
        rules = rules_for((today or date.today()).year)
        facts = Situation.of(record, person.birth_date if person else "", today)
        fitting = [
            f"{advice.title} — {advice.contact}"
            for advice in rules.schemes(facts, lang)
            if advice.code not in followed
        ]

    project: list[str] = []
    steps: list[str] = []
    projects = [
        r
        for r in career.records
        if isinstance(r, Project) and r.status in ("idea", "active", "paused")
    ]
    for chosen in sorted(projects, key=lambda r: (r.status != "active", r.title))[:1]:
        project.append(dashed(chosen.title, chosen.description))
        if chosen.target_occupation:
            project.append(w["target"].format(target=chosen.target_occupation))
        open_steps = sorted(
            (
                s
                for s in career.records
                if isinstance(s, ProjectStep) and s.project_id == chosen.id and s.status != "done"
            ),
            key=lambda s: (s.due_on or "9999", s.position),
        )
        steps += [
            dashed(s.title, day_month_year(s.due_on, lang), s.funding, statuses.get(s.status, ""))
            for s in open_steps[:MAX_STEPS]
        ]
    reminders = sorted(
        (r for r in career.records if isinstance(r, Reminder) and not r.done),
        key=lambda r: r.due_on,
    )
    steps += [
        w["due"].format(title=r.title, date=day_month_year(r.due_on, lang)) for r in reminders[:3]
    ]
    return AdvisorContent(
        situation=tuple(situation),
        cpf=_cpf(career, lang),
        schemes=tuple(schemes),
        fitting=tuple(fitting),
        project=tuple(project),
        steps=tuple(steps),
        background=_background(career, lang),
        applications=_applications(career, lang),
    )


def _applications(career: Career, lang: str) -> tuple[str, ...]:
    """« Cariste — Transports Martin : envoyée depuis le 24 nov. 2026 — relance le 4 déc. 2026 »."""
    w = WORDS[lang]
    said = _APPLICATION_STATUS[lang]
    applications = [r for r in career.records if isinstance(r, Application) and r.status in said]
    steps = {step.application.id: step for step in next_steps(applications)}
    lines = []
    for application in sorted(applications, key=lambda a: (a.status, a.title)):
        since = (
            w["sent_on"].format(date=day_month_year(application.sent_on, lang))
            if application.sent_on and application.status != "to_prepare"
            else ""
        )
        step = steps.get(application.id)
        upcoming = ""
        if step is not None:
            what = step.what or w.get(step.kind, "")
            upcoming = w["next_on"].format(what=what, date=day_month_year(step.on, lang))
        job = dashed(application.title, application.employer)
        lines.append(
            w["application"].format(
                job=job, status=said[application.status], since=since, next=upcoming
            )
        )
    return tuple(lines)


def _cpf(career: Career, lang: str) -> str:
    w = words_for(lang)
    readings = sorted(
        (r for r in career.records if isinstance(r, CpfReading)), key=lambda r: r.read_on
    )
    if not readings:
        return w["no_cpf"]
    last = readings[-1]
    when = day_month_year(last.read_on, lang)
    if last.balance_cents is None:
        return w["cpf_hours"].format(hours=last.balance_hours, date=when)
    if lang == "fr":  # 1 200,50 €
        amount = f"{last.balance_cents / 100:,.2f} €".replace(",", " ").replace(".", ",")
    else:  # €1,200.50, as in Britain
        amount = f"€{last.balance_cents / 100:,.2f}"
    return w["cpf_euros"].format(amount=amount, date=when)


def _background(career: Career, lang: str) -> tuple[str, ...]:
    """The last jobs, the diplomas and the main skills: what an advisor asks first."""
    w = words_for(lang)
    jobs = sorted(
        (r for r in career.records if isinstance(r, Experience) and r.kind == "job"),
        key=lambda e: (e.end_date == "", e.end_date, e.start_date),
        reverse=True,
    )[:MAX_JOBS]
    schools = sorted(
        (r for r in career.records if isinstance(r, Education)),
        key=lambda e: e.end_date,
        reverse=True,
    )[:2]
    skills = sorted(
        (r for r in career.records if isinstance(r, Skill) and r.category != "language"),
        key=lambda s: -(s.level or 0),
    )[:MAX_SKILLS]
    out = [dashed(j.title, j.organisation, period(j.start_date, j.end_date, lang)) for j in jobs]
    out += [dashed(e.title, e.institution, month_year(e.end_date, lang)) for e in schools]
    if skills:
        labels = ", ".join(capitalised(career.skill_label(s)) for s in skills)
        out.append(w["skills"].format(skills=labels))
    return tuple(out)

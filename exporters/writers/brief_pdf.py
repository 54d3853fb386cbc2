"""The advisor brief: one page with the situation, rights, project, next steps and questions."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from vault.model import (
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

from ..career import Career
from ..share import ShareChoice
from ..words import capitalised, dashed, day_month_year, month_year, period, situation_lines
from . import fonts, scripts
from .pdf_common import document_settings
from .typography import for_language

ACCENT = HexColor("#1d4f91")
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
_SCHEMES: dict[str, dict[str, str]] = {
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

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Fiche pour mon rendez-vous",
        "situation": "Ma situation",
        "rights": "Mes droits",
        "cpf_euros": "Solde CPF : {amount} (relevé le {date})",
        "cpf_hours": "Solde CPF : {hours} heures (relevé le {date})",
        "no_cpf": "Solde CPF pas encore relevé sur moncompteformation.gouv.fr.",
        "project": "Mon projet",
        "target": "Métier visé : {target}",
        "steps": "Prochaines étapes",
        "no_project": "Pas encore de projet écrit : c'est l'objet du rendez-vous.",
        "questions": "Mes questions",
        "background": "Mon parcours en bref",
        "fit": "Dispositifs qui correspondent à ma situation",
        "skills": "Compétences principales : {skills}",
        "current": "Poste actuel : {job}",
        "due": "à venir : {title} ({date})",
        "scheme": "{scheme} : {status}",
        "for": "Pour : {audience}",
    },
    "en": {
        "title": "Brief for my meeting",
        "situation": "My situation",
        "rights": "My rights",
        "cpf_euros": "CPF balance: {amount} (read on {date})",
        "cpf_hours": "CPF balance: {hours} hours (read on {date})",
        "no_cpf": "CPF balance not yet read on moncompteformation.gouv.fr.",
        "project": "My project",
        "target": "Target occupation: {target}",
        "steps": "Next steps",
        "no_project": "No written project yet: that is what the meeting is for.",
        "questions": "My questions",
        "background": "My background in brief",
        "fit": "Schemes that fit my situation",
        "skills": "Main skills: {skills}",
        "current": "Current job: {job}",
        "due": "coming up: {title} ({date})",
        "scheme": "{scheme}: {status}",
        "for": "For: {audience}",
    },
}


def export(career: Career, choice: ShareChoice) -> bytes:
    """One page (A4 or US Letter); the same career and choice give the same bytes."""
    fonts.register()
    lang = "fr" if choice.language == "fr" else "en"
    w = _WORDS[lang]
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
    heading = ParagraphStyle(
        "h",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=12.5,
        leading=16,
        textColor=ACCENT,
        spaceBefore=8,
        spaceAfter=2,
        keepWithNext=1,
    )
    title = ParagraphStyle("t", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22)
    subheading = ParagraphStyle("sub", parent=body, fontName=fonts.BOLD, spaceBefore=4)
    small_bullet = ParagraphStyle("small_bullet", parent=body, fontSize=9.5, leading=12.5,
                                  leftIndent=11, bulletIndent=1)  # fmt: skip

    bullet = ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=1)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5,
                           textColor=HexColor("#333333"))  # fmt: skip

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return scripts.paragraph(for_language(text, lang), style)

    def item(text: str, style: ParagraphStyle = bullet) -> Paragraph:
        """A bullet whose second line hangs under the first word, not under the bullet."""
        content = scripts.markup(for_language(text, lang))
        return Paragraph(content, scripts.shaped_style(style, content), bulletText="•")

    def when(iso: str) -> str:
        return day_month_year(iso, lang)

    person = career.person
    story: list[Flowable] = [
        p(w["title"] + (f" — {person.display_name()}" if person else ""), title)
    ]
    if person is not None:
        contact = [person.email, person.phone, person.city]
        if any(contact):
            story.append(p(" · ".join(c for c in contact if c), small))
    if choice.audience:
        story.append(p(w["for"].format(audience=choice.audience)))
    story.append(p(w["situation"], heading))
    situation = latest_situation(career.records)
    if situation is not None:
        story.extend(p(line) for line in situation_lines(situation, lang))
    if person and person.headline:
        story.append(p(person.headline))
    jobs = [
        r
        for r in career.records
        if isinstance(r, Experience) and r.kind == "job" and not r.end_date
    ]
    for job in sorted(jobs, key=lambda j: j.start_date, reverse=True)[:2]:
        what = dashed(job.title, job.organisation, period(job.start_date, "", lang))
        story.append(p(w["current"].format(job=what)))

    story.append(p(w["rights"], heading))
    readings = sorted(
        (r for r in career.records if isinstance(r, CpfReading)), key=lambda r: r.read_on
    )
    if readings:
        last = readings[-1]
        if last.balance_cents is not None:
            amount = f"{last.balance_cents / 100:,.2f} €".replace(",", " ")
            if lang == "fr":
                amount = amount.replace(".", ",")
            story.append(p(w["cpf_euros"].format(amount=amount, date=when(last.read_on))))
        else:
            hours = last.balance_hours
            story.append(p(w["cpf_hours"].format(hours=hours, date=when(last.read_on))))
    else:
        story.append(p(w["no_cpf"]))
    statuses = _STATUSES[lang]
    followed = {}
    for scheme in sorted(
        (r for r in career.records if isinstance(r, RightScheme)), key=lambda r: r.scheme
    ):
        followed[scheme.scheme] = scheme.status
        if scheme.status != "not_applicable":
            name = _SCHEMES[lang].get(scheme.scheme, scheme.scheme)
            story.append(item(w["scheme"].format(scheme=name, status=statuses[scheme.status])))
    if situation is not None:
        # The schemes the rights engine finds for this situation that the person does not
        # follow yet: what the advisor may open.
        birth = person.birth_date if person else ""
        fit = [
            advice
            for advice in rules_for(date.today().year).schemes(Situation.of(situation, birth), lang)
            if advice.code not in followed
        ]
        if fit:
            story.append(p(w["fit"], subheading))
            story.extend(item(f"{a.title} — {a.contact}", small_bullet) for a in fit)

    story.append(p(w["project"], heading))
    projects = [
        r
        for r in career.records
        if isinstance(r, Project) and r.status in ("idea", "active", "paused")
    ]
    if not projects:
        story.append(p(w["no_project"]))
    for project in sorted(projects, key=lambda r: (r.status != "active", r.title))[:1]:
        story.append(
            p(project.title + (f" — {project.description}" if project.description else ""))
        )
        if project.target_occupation:
            story.append(p(w["target"].format(target=project.target_occupation)))
        steps = sorted(
            (
                s
                for s in career.records
                if isinstance(s, ProjectStep) and s.project_id == project.id and s.status != "done"
            ),
            key=lambda s: (s.due_on or "9999", s.position),
        )
        if steps:
            story.append(p(w["steps"], heading))
        for step in steps[:MAX_STEPS]:
            line = dashed(
                step.title, when(step.due_on), step.funding, statuses.get(step.status, "")
            )
            story.append(item(line))
    reminders = sorted(
        (r for r in career.records if isinstance(r, Reminder) and not r.done),
        key=lambda r: r.due_on,
    )
    for reminder in reminders[:3]:
        story.append(item(w["due"].format(title=reminder.title, date=when(reminder.due_on))))

    story.extend(_background(career, lang, w, p(w["background"], heading), item))

    if choice.questions.strip():
        story.append(p(w["questions"], heading))
        for line in choice.questions.strip().splitlines():
            if line.strip():
                story.append(item(line.strip().lstrip("•-* ")))
    story.append(Spacer(1, 2))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        **document_settings(w["title"], lang, choice.paper),
    )
    doc.build(story)
    return buffer.getvalue()


def _background(
    career: Career,
    lang: str,
    w: dict[str, str],
    heading: Paragraph,
    item: Callable[[str], Paragraph],
) -> list[Flowable]:
    """The last jobs, the diplomas and the main skills: what an advisor asks first."""
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
    out: list[Flowable] = []
    for job in jobs:
        out.append(
            item(dashed(job.title, job.organisation, period(job.start_date, job.end_date, lang)))
        )
    for school in schools:
        out.append(
            item(dashed(school.title, school.institution, month_year(school.end_date, lang)))
        )
    if skills:
        labels = ", ".join(capitalised(career.skill_label(s)) for s in skills)
        out.append(item(w["skills"].format(skills=labels)))
    return [heading, *out] if out else []

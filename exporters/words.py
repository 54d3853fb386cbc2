"""The few words exporters print, in French and English, and dates as readers expect them."""

from __future__ import annotations

from vault.model import Situation

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "summary": "Profil",
        "experience": "Expérience professionnelle",
        "volunteering": "Engagements bénévoles",
        "projects": "Projets",
        "education": "Formation",
        "certifications": "Certifications et habilitations",
        "skills": "Compétences",
        "languages": "Langues",
        "attestations": "Attestations signées",
        "awards": "Distinctions",
        "contact": "Coordonnées",
        "publications": "Publications",
        "interests": "Centres d’intérêt",
        "additional": "Informations complémentaires",
        "references": "Références",
        "score": "Résultat : {score}",
        "present": "aujourd’hui",
        "expired_on": "expirée le {date}",
        "page": "Page {n} sur {total}",
        "page_short": "{n} / {total}",
        "key_skills": "Compétences clés",
        "level1": "Débutant",
        "level2": "Intermédiaire",
        "level3": "Avancé",
        "level4": "Expert",
        "language1": "Notions",
        "language2": "Intermédiaire",
        "language3": "Courant",
        "language4": "Langue maternelle ou bilingue",
        "cv": "CV",
        "since": "depuis",
        "anonymous": "Candidature anonyme",
        "empty_cv": "Ce CV est vide : la musette ne contient encore rien à y montrer, "
        "ou le profil de partage n'en laisse rien paraître.",
    },
    "en": {
        "summary": "Profile",
        "experience": "Work experience",
        "volunteering": "Volunteering",
        "projects": "Projects",
        "education": "Education",
        "certifications": "Certifications and licences",
        "skills": "Skills",
        "languages": "Languages",
        "attestations": "Signed attestations",
        "awards": "Awards",
        "contact": "Contact",
        "publications": "Publications",
        "interests": "Interests",
        "additional": "Additional information",
        "references": "References",
        "score": "Result: {score}",
        "present": "present",
        "expired_on": "expired on {date}",
        "page": "Page {n} of {total}",
        "page_short": "{n} / {total}",
        "key_skills": "Key skills",
        "level1": "Beginner",
        "level2": "Intermediate",
        "level3": "Advanced",
        "level4": "Expert",
        "language1": "Elementary",
        "language2": "Intermediate",
        "language3": "Fluent",
        "language4": "Native or bilingual",
        "cv": "CV",
        "since": "since",
        "anonymous": "Anonymous application",
        "empty_cv": "This CV is empty: the musette holds nothing to show on it yet, "
        "or the share profile lets nothing of it through.",
    },
}

_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip


def words(language: str) -> dict[str, str]:
    return WORDS["fr" if language == "fr" else "en"]


def month_year(iso: str, language: str) -> str:
    """'2019' -> '2019'; '2019-09' or '2019-09-02' -> 'sept. 2019' / 'Sep 2019'."""
    if len(iso) < 7:
        return iso
    month = int(iso[5:7])
    # A no-break space: a date is never cut at the end of a line.
    return f"{_MONTHS['fr' if language == 'fr' else 'en'][month - 1]}\u00a0{iso[:4]}"


def day_month_year(iso: str, language: str) -> str:
    """'2026-12-03' -> '3 déc. 2026' / '3 Dec 2026'; shorter dates as month_year says them."""
    if len(iso) < 10:
        return month_year(iso, language)
    day = int(iso[8:10])
    # French writes the first of the month as an ordinal: « 1er octobre ».
    first = "1er" if day == 1 and language == "fr" else str(day)
    return f"{first}\u00a0{month_year(iso, language)}"


def capitalised(text: str) -> str:
    """'gérer les stocks' -> 'Gérer les stocks', for display; what is stored stays as written."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def dashed(*parts: str) -> str:
    """The parts that are there, on one line: 'Cariste — Leroy Merlin — sept. 2019'."""
    return " — ".join(part for part in parts if part)


def period(start: str, end: str, language: str) -> str:
    """'sept. 2019 – juin 2021', 'mars 2022 – aujourd’hui', or one date.

    A line may break only after the dash, never inside a date.
    """
    first, last = month_year(start, language), month_year(end, language)
    if first and last:
        return first if first == last else f"{first}\u00a0– {last}"
    if first:
        return f"{first}\u00a0– {words(language)['present']}"
    return last


# The situation record's codes (vault.model.SITUATION_STATUSES, EMPLOYER_SIZES), in words.
_SITUATIONS: dict[str, dict[str, str]] = {
    "fr": {
        "employee_private": "Salarié(e) du privé",
        "public_servant": "Agent(e) public(que)",
        "job_seeker": "Demandeur(se) d'emploi",
        "self_employed": "Indépendant(e)",
        "apprentice": "Apprenti(e)",
        "student": "Étudiant(e)",
        "young_no_job": "Jeune sans emploi ni formation",
        "full_time": "à temps plein",
        "part_time": "à {percent} % d'un temps plein",
        "since": "depuis {date}",
        "low_qualification": "Sans diplôme de niveau CAP/BEP (niveau 3)",
        "low_qualification_declared": "Sans diplôme de niveau CAP/BEP (niveau 3), "
        "déclaré le {date}",
        "disability": "Reconnaissance de travailleur handicapé (RQTH)",
        "disability_until": "Reconnaissance de travailleur handicapé (RQTH) jusqu'au {date}",
        "cadre": "Cadre",
        "category": "Catégorie {category} de la fonction publique",
        "under_11": "Employeur de moins de 11 salariés",
        "11_to_49": "Employeur de 11 à 49 salariés",
        "50_to_249": "Employeur de 50 à 249 salariés",
        "250_or_more": "Employeur de 250 salariés ou plus",
        "noted": "Situation décrite le {date}.",
    },
    "en": {
        "employee_private": "Private-sector employee",
        "public_servant": "Public-sector employee",
        "job_seeker": "Job seeker",
        "self_employed": "Self-employed",
        "apprentice": "Apprentice",
        "student": "Student",
        "young_no_job": "Young person not in work or training",
        "full_time": "full time",
        "part_time": "at {percent}% of full time",
        "since": "since {date}",
        "low_qualification": "No diploma at CAP/BEP level (level 3)",
        "low_qualification_declared": "No diploma at CAP/BEP level (level 3), declared on {date}",
        "disability": "Recognised disabled worker (RQTH)",
        "disability_until": "Recognised disabled worker (RQTH) until {date}",
        "cadre": "Manager (cadre)",
        "category": "Public service category {category}",
        "under_11": "Employer with fewer than 11 employees",
        "11_to_49": "Employer with 11 to 49 employees",
        "50_to_249": "Employer with 50 to 249 employees",
        "250_or_more": "Employer with 250 employees or more",
        "noted": "Situation described on {date}.",
    },
}


def situation_lines(situation: Situation, lang: str) -> list[str]:
    """The situation record in the brief's words: status and time first, then what applies."""
    w = _SITUATIONS[lang]
    time = (
        w["full_time"]
        if situation.working_time_percent == 100
        else w["part_time"].format(percent=situation.working_time_percent)
    )
    first = f"{w[situation.status]}, {time}"
    if situation.since:
        first += ", " + w["since"].format(date=month_year(situation.since, lang))
    lines = [first]
    if situation.public_category:
        lines.append(w["category"].format(category=situation.public_category))
    if situation.employer_size:
        lines.append(w[situation.employer_size])
    if situation.cadre:
        lines.append(w["cadre"])
    if situation.low_qualification:
        declared = situation.low_qualification_declared_on
        lines.append(
            w["low_qualification_declared"].format(date=declared)
            if declared
            else w["low_qualification"]
        )
    if situation.disability:
        until = situation.disability_until
        lines.append(w["disability_until"].format(date=until) if until else w["disability"])
    return lines

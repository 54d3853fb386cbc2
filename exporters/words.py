"""The few words exporters print, in French and English, and dates as readers expect them."""

from __future__ import annotations

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
        "present": "aujourd'hui",
        "page": "Page {n} sur {total}",
        "page_short": "{n} / {total}",
        "level1": "Notions",
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
        "present": "present",
        "page": "Page {n} of {total}",
        "page_short": "{n} / {total}",
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
    return f"{_MONTHS['fr' if language == 'fr' else 'en'][month - 1]} {iso[:4]}"


def dashed(*parts: str) -> str:
    """The parts that are there, on one line: 'Cariste — Leroy Merlin — sept. 2019'."""
    return " — ".join(part for part in parts if part)


def period(start: str, end: str, language: str) -> str:
    """'sept. 2019 – juin 2021', 'mars 2022 – aujourd'hui', or one date."""
    first, last = month_year(start, language), month_year(end, language)
    if first and last:
        return first if first == last else f"{first} – {last}"
    if first:
        return f"{first} – {words(language)['present']}"
    return last

"""How a message names a record and one of its fields, in French or English."""

from __future__ import annotations

from vault.model import Person, Record

_KINDS = {
    "fr": {
        "Person": "Identité", "Experience": "Expérience", "Education": "Formation",
        "Certification": "Certification", "Skill": "Compétence", "Note": "Note",
        "Contact": "Contact", "Attestation": "Attestation", "Situation": "Situation",
        "Project": "Projet", "ProjectStep": "Étape de projet", "CpfReading": "CPF",
    },
    "en": {
        "Person": "Identity", "Experience": "Experience", "Education": "Education",
        "Certification": "Certification", "Skill": "Skill", "Note": "Note",
        "Contact": "Contact", "Attestation": "Attestation", "Situation": "Situation",
        "Project": "Project", "ProjectStep": "Project step", "CpfReading": "CPF",
    },
}  # fmt: skip
_FIELDS = {
    "fr": {
        "title": "intitulé", "organisation": "employeur", "description": "description",
        "summary": "présentation", "headline": "titre du profil", "label": "nom",
        "name": "nom", "given_name": "prénom", "family_name": "nom de famille",
        "highlights": "réalisations", "keywords": "mots-clés", "location": "lieu",
        "institution": "établissement", "field_of_study": "domaine", "issuer": "délivré par",
        "city": "ville", "address": "adresse", "body": "texte", "note": "note",
    },
    "en": {"given_name": "given name", "family_name": "family name",
           "field_of_study": "field of study"},
}  # fmt: skip


def kind_word(kind: str, language: str) -> str:
    """'Experience' -> 'Expérience' (the record type's class name in words)."""
    return _KINDS["fr" if language == "fr" else "en"].get(kind, kind)


def field_word(field: str, language: str) -> str:
    """'title' -> 'intitulé'; an English field name is its own word."""
    return _FIELDS["fr" if language == "fr" else "en"].get(field, field.replace("_", " "))


def record_title(record: Record) -> str:
    """What a person calls this record: its title, name or label (a person: their name)."""
    if isinstance(record, Person):
        return record.display_name()
    for name in ("title", "name", "label"):
        value = getattr(record, name, "")
        if isinstance(value, str) and value:
            return value[:60]
    return ""


def named(kind: str, title: str, field: str, language: str) -> str:
    """'Expérience « Cariste » (intitulé)' / 'Experience “Cariste” (title)'."""
    what = kind_word(kind, language)
    if title:
        what += f" « {title} »" if language == "fr" else f" “{title}”"
    return f"{what} ({field_word(field, language)})"

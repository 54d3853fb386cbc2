"""Names people understand for each kind of record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def record_type_label(record_type: str) -> str:
    """'experience' -> 'Expériences' (plural: these label counts)."""
    names = {
        "person": _tr("Identité"),
        "cpf_reading": _tr("Relevés CPF"),
        "right_scheme": _tr("Dispositifs"),
        "reminder": _tr("Rappels"),
        "experience": _tr("Expériences"),
        "education": _tr("Formations"),
        "certification": _tr("Certifications"),
        "skill": _tr("Compétences"),
        "skill_evidence": _tr("Preuves de compétences"),
        "project": _tr("Projets"),
        "project_step": _tr("Étapes de projet"),
        "document": _tr("Documents"),
        "organisation": _tr("Organisations"),
        "contact": _tr("Contacts"),
        "community": _tr("Communautés"),
        "interaction": _tr("Échanges"),
        "attestation": _tr("Attestations"),
        "share_profile": _tr("Profils de partage"),
        "export_log": _tr("Exports"),
        "note": _tr("Notes"),
    }
    return names.get(record_type, record_type)

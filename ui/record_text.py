"""How a record reads in a list: its kind in words and a short line of details."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from exporters.cv_content import ended, unread_dates
from vault import model
from vault.model import Record

from .fields import FIELDS
from .names import shown


def kind_label(cls: type[Record]) -> str:
    """The singular name of a record type, e.g. 'Expérience'."""
    names = {
        model.Person: QCoreApplication.translate("records", "Identité"),
        model.CpfReading: QCoreApplication.translate("records", "Relevé CPF"),
        model.RightScheme: QCoreApplication.translate("records", "Dispositif"),
        model.Reminder: QCoreApplication.translate("records", "Rappel"),
        model.Experience: QCoreApplication.translate("records", "Expérience"),
        model.Education: QCoreApplication.translate("records", "Formation"),
        model.Certification: QCoreApplication.translate("records", "Certification"),
        model.Skill: QCoreApplication.translate("records", "Compétence"),
        model.SkillEvidence: QCoreApplication.translate("records", "Preuve"),
        model.Project: QCoreApplication.translate("records", "Projet"),
        model.ProjectStep: QCoreApplication.translate("records", "Étape de projet"),
        model.Document: QCoreApplication.translate("records", "Document"),
        model.Organisation: QCoreApplication.translate("records", "Organisation"),
        model.Contact: QCoreApplication.translate("records", "Contact"),
        model.Community: QCoreApplication.translate("records", "Communauté"),
        model.Interaction: QCoreApplication.translate("records", "Échange"),
        model.Attestation: QCoreApplication.translate("records", "Attestation"),
        model.Signer: QCoreApplication.translate("records", "Identité de signataire"),
        model.ShareProfile: QCoreApplication.translate("records", "Profil de partage"),
        model.ExportLog: QCoreApplication.translate("records", "Export"),
        model.Note: QCoreApplication.translate("records", "Note"),
        model.Situation: QCoreApplication.translate("records", "Ma situation"),
        model.Application: QCoreApplication.translate("records", "Candidature"),
        model.ApplicationEvent: QCoreApplication.translate("records", "Suivi de candidature"),
        model.CoverLetter: QCoreApplication.translate("records", "Lettre de motivation"),
    }
    return names.get(cls, cls.TYPE)


def choice_label(cls: type[Record], field: str, value: str) -> str:
    for spec in FIELDS.get(cls, ()):
        if spec.name == field:
            for stored, label in spec.choices:
                if stored == value:
                    return QCoreApplication.translate("fields", label)
    return value


def human_date(iso: str) -> str:
    """'2019' stays, '2019-09' -> 'septembre 2019', '2026-10-01' -> '1 oct. 2026' (QLocale)."""
    locale = QLocale()
    if len(iso) == 7:
        parsed = QDate.fromString(iso + "-01", "yyyy-MM-dd")
        return locale.toString(parsed, "MMMM yyyy") if parsed.isValid() else iso
    if len(iso) == 10:
        parsed = QDate.fromString(iso, "yyyy-MM-dd")
        return locale.toString(parsed, "d MMM yyyy") if parsed.isValid() else iso
    return iso


def period(start: str, end: str) -> str:
    if not start and not end:
        return ""
    today = QCoreApplication.translate("records", "aujourd'hui")
    return f"{human_date(start) or '…'} – {human_date(end) if end else today}"


def record_period(record: model.Experience | model.Education) -> str:
    """The period as the exports print it: a date an import could not read is shown as
    written and marked to check, and never turned into "today"."""
    start_text, end_text = unread_dates(record)
    if not (start_text or end_text):
        if record.start_date and not record.end_date and ended(record):
            return human_date(record.start_date)
        return period(record.start_date, record.end_date)
    first = human_date(record.start_date) or start_text or "…"
    last = human_date(record.end_date) or end_text
    check = QCoreApplication.translate("records", "à vérifier")
    return f"{first} – {last} ({check})" if last else f"{first} ({check})"


def money(cents: int) -> str:
    return QLocale().toCurrencyString(cents / 100, "€")


def media_label(media_type: str) -> str:
    """'application/pdf' -> 'PDF': no jargon in lists."""
    names = {
        "application/pdf": "PDF",
        "image/png": QCoreApplication.translate("records", "Image"),
        "image/jpeg": QCoreApplication.translate("records", "Photo"),
        "image/gif": QCoreApplication.translate("records", "Image"),
        "image/webp": QCoreApplication.translate("records", "Image"),
        "text/plain": QCoreApplication.translate("records", "Texte"),
    }
    if media_type in names:
        return names[media_type]
    if "wordprocessing" in media_type or media_type.endswith(".text"):
        return QCoreApplication.translate("records", "Traitement de texte")
    if "spreadsheet" in media_type:
        return QCoreApplication.translate("records", "Tableur")
    if "presentation" in media_type:
        return QCoreApplication.translate("records", "Diaporama")
    return QCoreApplication.translate("records", "Document")


def title(record: Record) -> str:
    name = record.display_name()
    if isinstance(record, model.Attestation) and record.issuer_name:
        badge = json.loads(record.extra).get("badge", {})
        what = str(badge.get("name", "")) if isinstance(badge, dict) else ""
        return " — ".join(p for p in (what, shown(record.issuer_name)) if p)
    if isinstance(record, model.RightScheme):
        return choice_label(model.RightScheme, "scheme", record.scheme)
    if isinstance(record, model.CpfReading):
        if record.balance_cents is not None:
            return QCoreApplication.translate("records", "CPF : ") + money(record.balance_cents)
        return QCoreApplication.translate("records", "CPF : ") + f"{record.balance_hours} h"
    if isinstance(record, model.Interaction):
        return " — ".join(p for p in (human_date(record.occurred_on), record.channel) if p)
    if isinstance(record, model.Situation):
        from .wizards.rights.page_situation import status_label

        return f"{status_label(record.status)}, {record.working_time_percent}\u00a0%"
    return name or QCoreApplication.translate("records", "(sans titre)")


def details(record: Record) -> str:
    """A short second line: organisation and dates, level, status…"""
    parts: list[str] = []
    if isinstance(record, model.Experience):
        parts = [
            choice_label(model.Experience, "kind", record.kind),
            record.organisation,
            record_period(record),
        ]
    elif isinstance(record, model.Education):
        parts = [record.institution, record_period(record)]
    elif isinstance(record, model.Certification):
        parts = [record.issuer, human_date(record.issued_on)]
    elif isinstance(record, model.Skill):
        parts = [
            choice_label(model.Skill, "level", str(record.level or "")) if record.level else "",
            "ESCO" if record.esco_uri else "",
        ]
    elif isinstance(record, model.Project):
        parts = [record.target_occupation, choice_label(model.Project, "status", record.status)]
    elif isinstance(record, model.ProjectStep):
        parts = [
            human_date(record.due_on),
            choice_label(model.ProjectStep, "status", record.status),
        ]
    elif isinstance(record, model.RightScheme):
        parts = [choice_label(model.RightScheme, "status", record.status)]
    elif isinstance(record, model.ShareProfile):
        parts = [record.audience, choice_label(model.ShareProfile, "language", record.language)]
    elif isinstance(record, model.ExportLog):
        parts = [record.audience, human_date(record.exported_at[:10])]
    elif isinstance(record, model.Attestation):
        from exporters.share import expired_on

        until = expired_on(record)
        revocable = '"revocable": true' in record.extra
        sealed_by = _sealed_by(record)
        parts = [
            choice_label(model.Attestation, "status", record.status),
            QCoreApplication.translate("records", "expirée le %1").replace("%1", human_date(until))
            if until
            else "",
            QCoreApplication.translate("records", "révocation non vérifiée hors ligne")
            if revocable
            else "",
            QCoreApplication.translate("records", "scellé par %1").replace("%1", sealed_by)
            if sealed_by
            else "",
        ]
    elif isinstance(record, model.CpfReading):
        parts = [QCoreApplication.translate("records", "relevé du ") + human_date(record.read_on)]
    elif isinstance(record, model.Reminder):
        parts = [
            human_date(record.due_on),
            QCoreApplication.translate("records", "fait") if record.done else "",
        ]
    elif isinstance(record, model.Contact):
        parts = [record.role, record.organisation]
    elif isinstance(record, model.Interaction):
        parts = [record.summary[:60]]
    elif isinstance(record, model.Application):
        parts = [
            choice_label(model.Application, "status", record.status),
            human_date(record.sent_on),
            record.next_action,
        ]
    elif isinstance(record, model.ApplicationEvent):
        parts = [choice_label(model.ApplicationEvent, "kind", record.kind), record.summary[:60]]
    elif isinstance(record, model.CoverLetter):
        parts = [f"v{record.version}", human_date(record.written_on)]
    elif isinstance(record, model.Document):
        parts = [media_label(record.media_type), QLocale().formattedDataSize(record.size)]
    elif isinstance(record, model.Note):
        parts = [human_date(record.occurred_on), record.body[:60]]
    else:
        parts = []
    return " · ".join(p for p in parts if p)


def _sealed_by(attestation: model.Attestation) -> str:
    """Whose electronic seal a European Digital Credential carries ("" for other formats)."""
    import json

    try:
        seal = json.loads(attestation.extra or "{}").get("badge", {}).get("edc", {}).get("seal")
    except (ValueError, AttributeError):
        return ""
    return str(seal.get("sealed_by", "")) if isinstance(seal, dict) else ""

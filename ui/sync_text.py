"""The words of a sync: when each computer last synced, what came in, what was left alone."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from .i18n import plural

if TYPE_CHECKING:
    from vault.sync import SyncReport
    from vault.sync_folder import DeviceState


def moment(iso: str) -> str:
    """« aujourd'hui à 10:02 », « hier à 18:30 », or « le 3 décembre 2026 à 09:15 »."""
    when = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    when.setTimeZone(QDateTime.currentDateTimeUtc().timeZone())  # the state keeps UTC
    local = when.toLocalTime()
    hour = QLocale().toString(local.time(), "HH:mm")
    days = local.date().daysTo(QDate.currentDate())
    if days == 0:
        return QCoreApplication.translate("sync", "aujourd'hui à %1").replace("%1", hour)
    if days == 1:
        return QCoreApplication.translate("sync", "hier à %1").replace("%1", hour)
    day = QLocale().toString(local.date(), "d MMMM yyyy")
    return QCoreApplication.translate("sync", "le %1 à %2").replace("%1", day).replace("%2", hour)


def computers(state: DeviceState) -> list[str]:
    """One line per computer: this one first, then each other one this computer merged."""
    here = socket.gethostname()
    lines = [
        QCoreApplication.translate("sync", "Cet ordinateur (%1) : synchronisé %2")
        .replace("%1", here)
        .replace("%2", moment(state.last_synced))
        if state.last_synced
        else QCoreApplication.translate(
            "sync", "Cet ordinateur (%1) : pas encore synchronisé"
        ).replace("%1", here)
    ]
    for peer in sorted(state.peers.values(), key=lambda p: p.merged_at, reverse=True):
        name = peer.name or QCoreApplication.translate("sync", "un autre ordinateur")
        lines.append(
            QCoreApplication.translate("sync", "%1 : ses changements repris %2")
            .replace("%1", name)
            .replace("%2", moment(peer.merged_at))
        )
    return lines


def outcome(report: SyncReport) -> str:
    """What the last sync did, in a sentence (the choices waiting are said beside it)."""
    from vault.sync_folder import WHY_SKIPPED

    french = QLocale().language() == QLocale.Language.French
    if report.merged_from:
        changes = [
            plural(
                report.added,
                QCoreApplication.translate("sync", "%1 fiche ajoutée"),
                QCoreApplication.translate("sync", "%1 fiches ajoutées"),
            ),
            plural(
                report.updated,
                QCoreApplication.translate("sync", "%1 modifiée"),
                QCoreApplication.translate("sync", "%1 modifiées"),
            ),
            plural(
                report.deleted,
                QCoreApplication.translate("sync", "%1 mise à la corbeille"),
                QCoreApplication.translate("sync", "%1 mises à la corbeille"),
            ),
        ]
        said = [text for count, text in zip(
            (report.added, report.updated, report.deleted), changes, strict=True
        ) if count]  # fmt: skip
        text = (
            QCoreApplication.translate("sync", "Repris de %1 : %2.")
            .replace("%1", ", ".join(report.merged_from))
            .replace("%2", ", ".join(said) or QCoreApplication.translate("sync", "rien de nouveau"))
        )
    else:
        text = QCoreApplication.translate(
            "sync", "Votre musette est à jour dans le dossier ; rien de nouveau à reprendre."
        )
    for skipped in report.skipped:
        fr, en = WHY_SKIPPED.get(skipped.why, ("laissé de côté", "left alone"))
        text += "\n" + f"« {skipped.path.name} » : {fr if french else en}"
    return text

"""Page 2: the CPF balance read on the official account, and what it will be."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWizardPage,
)

from vault.rights import Rules, Situation, Source

from ...pages.common import paragraph, scrolled_column


def money(cents: int | None) -> str:
    if cents is None:
        return "—"
    return QLocale().toCurrencyString(cents / 100, "€")


def source_line(source: Source) -> str:
    """« Source : art. … », marked when the rule is to check on the official site."""
    mark = (
        QCoreApplication.translate("rights", " — à vérifier sur le site officiel")
        if source.to_check
        else ""
    )
    language = "fr" if QLocale().language() == QLocale.Language.French else "en"
    cited = source.cited(language)
    return QCoreApplication.translate("rights", "Source : %1").replace("%1", cited) + mark


class CpfPage(QWizardPage):
    def __init__(self, rules: Rules) -> None:
        super().__init__()
        self.rules = rules
        self.situation = Situation()
        self.language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.setTitle(self.tr("Mon compte personnel de formation (CPF)"))
        self.setSubTitle(
            self.tr(
                "Le solde se lit sur moncompteformation.gouv.fr. Recopiez-le avec la date du jour où vous l'avez lu."
            )
        )
        page = QVBoxLayout(self)
        form = QFormLayout()
        page.addLayout(form)
        self.balance = QDoubleSpinBox()
        self.balance.setRange(0, 100_000)
        self.balance.setDecimals(2)
        self.balance.setAccessibleName(self.tr("Solde lu"))
        self.read_on = QDateEdit(QDate.currentDate())
        self.read_on.setCalendarPopup(True)
        self.read_on.setAccessibleName(self.tr("Lu le"))
        self.projection_on = QDateEdit(QDate.currentDate().addYears(2))
        self.projection_on.setCalendarPopup(True)
        self.projection_on.setAccessibleName(self.tr("Projeter au"))
        self.balance_label = QLabel(self.tr("Solde lu (€)"))
        form.addRow(self.balance_label, self.balance)
        form.addRow(self.tr("Lu le"), self.read_on)
        form.addRow(self.tr("Ce que j'aurai au"), self.projection_on)
        # What follows from the reading scrolls at large text sizes, under the fields.
        below = scrolled_column(page)
        self.result = paragraph("")
        below.addWidget(self.result)
        self.rules_date = paragraph(
            self.tr(
                "Règles vérifiées le %1. Elles ont changé en 2025 et 2026 : en cas de doute, le site officiel fait foi."
            ).replace(
                "%1",
                QLocale().toString(
                    QDate.fromString(rules.checked_on, "yyyy-MM-dd"), QLocale.FormatType.LongFormat
                ),
            )
        )
        below.addWidget(self.rules_date)
        below.addStretch(1)
        for widget in (self.balance, self.read_on, self.projection_on):
            signal = (
                widget.valueChanged if isinstance(widget, QDoubleSpinBox) else widget.dateChanged
            )
            signal.connect(self.refresh)

    def set_situation(self, situation: Situation) -> None:
        self.situation = situation
        hours = self.rules.accrual(situation).in_hours
        self.balance_label.setText(
            self.tr("Solde lu (heures)") if hours else self.tr("Solde lu (€)")
        )
        self.refresh()

    def balance_value(self) -> int:
        """Cents, or hours for public servants."""
        value = self.balance.value()
        return round(value) if self.rules.accrual(self.situation).in_hours else round(value * 100)

    def refresh(self) -> None:
        accrual = self.rules.accrual(self.situation)
        read_on = self.read_on.date().toPython()
        target = self.projection_on.date().toPython()
        assert isinstance(read_on, date) and isinstance(target, date)
        projected = self.rules.projection(self.situation, self.balance_value(), read_on, target)
        lines = []
        if accrual.yearly_hours or accrual.yearly_cents:
            # Public servants count in hours, everyone else in euros.
            def amount(value: int | None) -> str:
                if accrual.in_hours:
                    return self.tr("%1 heures").replace("%1", str(value))
                return money(value)

            yearly = accrual.yearly_hours if accrual.in_hours else accrual.yearly_cents
            ceiling = accrual.ceiling_hours if accrual.in_hours else accrual.ceiling_cents
            when = QLocale().toString(self.projection_on.date(), QLocale.FormatType.ShortFormat)
            lines.append(
                self.tr("Chaque année : %1, jusqu'à %2.")
                .replace("%1", amount(yearly))
                .replace("%2", amount(ceiling))
            )
            lines.append(
                self.tr("Au %1 : environ %2.").replace("%1", when).replace("%2", amount(projected))
            )
        else:
            lines.append(
                self.tr(
                    "Pas de nouveaux droits pendant cette période, mais vos droits restent utilisables."
                )
            )
        lines.append(source_line(accrual.source))
        contribution, source = self.rules.flat_contribution(self.situation)
        if contribution:
            lines.append(
                self.tr("En utilisant votre CPF, vous payez une participation de %1.").replace(
                    "%1", money(contribution)
                )
            )
        else:
            lines.append(self.tr("Vous n'avez pas de participation forfaitaire à payer."))
        lines.append(source_line(source))
        names = {
            "bilan_competences": self.tr("bilan de compétences"),
            "repertoire_specifique": self.tr("certification du répertoire spécifique"),
            "driving_licence": self.tr("permis de conduire (groupe léger : voiture, moto)"),
            "vae": self.tr("VAE"),
        }
        uncapped = self.tr("sans plafond")
        # French puts a no-break space before the colon and spaces around the semicolon.
        colon, semicolon = ("\u00a0: ", " ; ") if self.language == "fr" else (": ", "; ")
        caps = [
            names.get(kind, kind) + colon + (money(cents) if cents is not None else uncapped)
            for kind, cents, _ in self.rules.caps()
        ]
        lines.append(self.tr("Plafonds 2026 par action : %1.").replace("%1", semicolon.join(caps)))
        lines.extend("• " + note for note in self.rules.notes(self.situation, self.language))
        self.result.setText("\n".join(lines))

    def answers(self) -> dict[str, Any]:
        return {
            "balance": self.balance.value(),
            "read_on": self.read_on.date().toString("yyyy-MM-dd"),
            "projection_on": self.projection_on.date().toString("yyyy-MM-dd"),
        }

    def restore(self, answers: dict[str, Any]) -> None:
        self.balance.setValue(float(answers.get("balance", 0)))
        for widget, key in ((self.read_on, "read_on"), (self.projection_on, "projection_on")):
            if answers.get(key):
                widget.setDate(QDate.fromString(answers[key], "yyyy-MM-dd"))

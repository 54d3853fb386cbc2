"""Page 1: the parts of life to explore — everyday life, volunteering, work — as boxes to tick."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLineEdit, QVBoxLayout, QWizardPage

from vault.diagoriente import Theme
from vault.model import Experience

from ...flow_layout import FlowLayout
from ...pages.common import paragraph, scrolled_column
from .common import check_box


class LifePage(QWizardPage):
    """Themes of everyday life and of volunteering, the person's jobs, and a job not yet noted."""

    def __init__(self, themes: dict[str, list[Theme]], jobs: list[Experience], credit: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Ce que j'ai vécu"))
        self.setSubTitle(
            self.tr(
                "Tout compte : la maison, la famille, le sport, les associations, le travail. "
                "Cochez ce dont vous voulez parler."
            )
        )
        column = scrolled_column(QVBoxLayout(self))
        self.boxes: dict[str, QCheckBox] = {}  # "theme:<id>" or "job:<experience id>"
        self.titles: dict[str, str] = {}
        groups = (
            ("personal", self.tr("Ma vie de tous les jours")),
            ("voluntary", self.tr("Mon engagement, le bénévolat")),
        )
        for domain, heading in groups:
            box = QGroupBox(heading)
            flow = FlowLayout(box)
            for theme in themes.get(domain, []):
                self._add(flow, f"theme:{theme.id}", theme.title)
            column.addWidget(box)
        work = QGroupBox(self.tr("Mon travail"))
        work_column = QVBoxLayout(work)
        jobs_flow = FlowLayout()
        for job in jobs:
            self._add(jobs_flow, f"job:{job.id}", job.title)
        work_column.addLayout(jobs_flow)
        self.other_job = QLineEdit()
        self.other_job.setPlaceholderText(
            self.tr("Un autre métier que j'ai fait, par exemple : cariste")
        )
        self.other_job.setAccessibleName(self.tr("Un autre métier"))
        self.other_job.textChanged.connect(self.completeChanged)
        work_column.addWidget(self.other_job)
        column.addWidget(work)
        column.addWidget(paragraph(self.tr("Listes : %1.").replace("%1", credit)))
        column.addStretch(1)

    def _add(self, flow: FlowLayout, key: str, title: str) -> None:
        box = check_box(title)
        box.toggled.connect(self.completeChanged)
        self.boxes[key] = box
        self.titles[key] = title
        flow.addWidget(box)

    def chosen(self) -> dict[str, str]:
        """Key -> title of each part ticked, then the job typed ("typed:<title>")."""
        found = {key: self.titles[key] for key, box in self.boxes.items() if box.isChecked()}
        typed = self.other_job.text().strip()
        if typed:
            found[f"typed:{typed}"] = typed
        return found

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.chosen())

    def answers(self) -> dict[str, Any]:
        return {
            "chosen": sorted(k for k, b in self.boxes.items() if b.isChecked()),
            "other_job": self.other_job.text(),
        }

    def restore(self, saved: dict[str, Any]) -> None:
        for key in saved.get("chosen", []):
            if key in self.boxes:
                self.boxes[key].setChecked(True)
        self.other_job.setText(str(saved.get("other_job", "")))

"""The whole LinkedIn archive: volunteering, honors and publications read; the rest named."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from exporters.actions import export, import_file
from exporters.share import ShareChoice
from tests.conftest import VaultFiles
from tests.support.archives import csv_text, linkedin_files, write_zip
from vault.model import Certification, Experience, Note, Skill


def _archive(tmp_path: Path) -> Path:
    files = linkedin_files()
    files["Volunteering.csv"] = csv_text(
        ["Company Name", "Role", "Cause", "Started On", "Finished On", "Description"],
        [["Restos du Cœur", "Bénévole logistique", "Pauvreté", "Jan 2019", "",
          "Tri des dons.\r\nLivraison aux centres."]],
    )  # fmt: skip
    files["Honors.csv"] = csv_text(
        ["Title", "Description", "Issued On"],
        [["Prix sécurité 2021", "Zéro accident sur le site", "Jun 2021"]],
    )
    files["Publications.csv"] = csv_text(
        ["Name", "Published On", "Description", "Publisher", "Url"],
        [["Le quai en sécurité", "Mar 2022", "Un article", "Logistique Mag", ""]],
    )
    files["Languages.csv"] = csv_text(
        ["Name", "Proficiency"], [["Anglais", "Full professional proficiency"]]
    )
    files["Ad_Targeting.csv"] = csv_text(["Member Age"], [["35 to 54"]])
    return write_zip(tmp_path / "Complete_LinkedInDataExport.zip", files)


def test_volunteering_honors_and_publications_come_in_and_the_rest_is_named(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    plan = import_file.read("linkedin", _archive(tmp_path), language="fr")
    said = [w.describe("fr") for w in plan.warnings]
    assert any("Ad_Targeting.csv n'a pas été lu" in line for line in said)
    with vault_files.open() as vault:
        import_file.apply(import_file.prepare(plan, vault), vault)
        (volunteering,) = [e for e in vault.records.list(Experience) if e.kind == "volunteering"]
        assert volunteering.organisation == "Restos du Cœur"
        assert volunteering.description == "Tri des dons.\nLivraison aux centres."  # no \r
        (honor,) = [c for c in vault.records.list(Certification) if c.name.startswith("Prix")]
        assert honor.issued_on == "2021-06"
        (publication,) = [n for n in vault.records.list(Note) if n.title == "Le quai en sécurité"]
        assert publication.occurred_on == "2022-03"
        (english,) = [s for s in vault.records.list(Skill) if s.label == "Anglais"]
        assert english.level == 3  # fluent, not native
        text = " ".join(
            " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
                export.build(vault, "cv", ShareChoice())
            )).pages).split()
        )  # fmt: skip
        exported = json.loads(export.build(vault, "json-resume", ShareChoice()))
    assert "Distinctions" in text and "Prix sécurité 2021" in text  # an honor is an award
    assert "Publications" in text and "Le quai en sécurité — Logistique Mag" in text
    assert "Engagements bénévoles" in text and "Bénévole logistique — Restos du Cœur" in text
    assert "Anglais — Full professional proficiency" in text  # LinkedIn's own words
    assert [a["title"] for a in exported["awards"]] == ["Prix sécurité 2021"]
    assert [p["name"] for p in exported["publications"]] == ["Le quai en sécurité"]

"""Render the demo career's exports to PNG pages, for a person to look at (docs/screenshots).

Usage: .venv/bin/python scripts/render_exports.py OUT_DIR   (needs pdftoppm, poppler-utils)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exporters.actions import export  # noqa: E402
from exporters.share import ShareChoice  # noqa: E402
from exporters.writers.cv_pdf import TEMPLATES  # noqa: E402
from vault import Vault, demo  # noqa: E402
from vault.kdf import cheap_params_for_tests  # noqa: E402
from vault.model import Document, Skill, SkillEvidence  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        created = Vault.create(folder / "demo.musette", "demo", kdf_params=cheap_params_for_tests())
        with created.vault as vault:
            demo.fill(vault)
            pdf = next(d for d in vault.records.list(Document) if d.media_type == "application/pdf")
            skill = next(
                s for s in vault.records.list(Skill) if "Management" in s.label or s.level == 3
            )
            vault.records.add(SkillEvidence(skill_id=skill.id, record_id=pdf.id, note="AFPA"))
            audience = {"fr": "Conseillère CEP", "en": "CEP advisor"}
            questions = {
                "fr": "Puis-je financer la licence QHSE avec mon CPF ?",
                "en": "Can my CPF pay for the QHSE degree?",
            }
            jobs = [
                (f"cv-{template}-{lang}", "cv", ShareChoice(template=template, language=lang))
                for lang in ("fr", "en")
                for template in TEMPLATES
            ]
            for lang in ("fr", "en"):
                jobs.append(
                    (f"portfolio-{lang}", "portfolio",
                     ShareChoice(audience=audience[lang], language=lang))
                )  # fmt: skip
                jobs.append(
                    (f"brief-{lang}", "brief",
                     ShareChoice(audience=audience[lang], questions=questions[lang],
                                 language=lang))
                )  # fmt: skip
            for old in out.glob("export-*.png"):  # pages that no longer exist go
                old.unlink()
            for name, kind, choice in jobs:
                target = folder / f"{name}.pdf"
                target.write_bytes(export.build(vault, kind, choice))
                subprocess.run(
                    ["pdftoppm", "-r", "70", "-png", str(target), str(out / f"export-{name}")],
                    check=True,
                )


if __name__ == "__main__":
    main()

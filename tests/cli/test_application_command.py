"""`musette application`: an advisor records an application from an ad file and reads it back."""

from __future__ import annotations

import json
import os
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from tests.cli.test_command_line import assert_one_clear_line, musette
from tests.conftest import VaultFiles, fingerprint

ADS = Path(__file__).resolve().parents[1] / "data" / "ads"
AD = (ADS / "plieur-regleur-167GHBR.txt").read_text("utf-8")


def _env(files: VaultFiles) -> dict[str, str]:
    return {
        "MUSETTE_PASSPHRASE": files.passphrase,
        "MUSETTE_REFERENCE": os.environ["MUSETTE_REFERENCE"],
        "MUSETTE_TAXONOMY": os.environ["MUSETTE_TAXONOMY"],
    }


def test_an_ad_in_text_becomes_an_application_with_the_skills_it_asks_for(
    demo_files: VaultFiles,
) -> None:
    env = _env(demo_files)
    vault = str(demo_files.path)
    added = musette(
        "application", "add", "--vault", vault, "--employer", "Adecco Bernay",
        "--title", "Plieur régleur", "--ad", str(ADS / "plieur-regleur-167GHBR.txt"), **env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    application_id = added.stdout.strip()
    shown = musette("application", "show", application_id, "--vault", vault, **env)
    assert shown.returncode == 0, shown.stderr
    said = json.loads(shown.stdout)
    assert (said["title"], said["employer"], said["status"]) == (
        "Plieur régleur",
        "Adecco Bernay",
        "to_prepare",
    )
    found = {s["label"]: s for s in said["skills_found"]}
    assert found["métrologie"] == {"label": "métrologie", "source": "ESCO", "status": "missing"}
    assert found["Commande numérique"]["source"] == "ROME"
    assert all(s["status"] in ("held", "partly", "missing") for s in said["skills_found"])
    assert said["events"][0]["status"] == "to_prepare"
    listed = json.loads(musette("application", "list", "--vault", vault, **env).stdout)
    assert [a["id"] for a in listed] == [application_id]


def test_a_saved_web_page_is_read_as_its_text_and_a_pdf_is_kept_in_the_vault(
    demo_files: VaultFiles, tmp_path: Path
) -> None:
    env = _env(demo_files)
    vault = str(demo_files.path)
    page = tmp_path / "annonce.html"
    items = "".join(f"<li>{line}</li>" for line in AD.splitlines() if line.strip())
    page.write_text(
        f"<html><head><script>var x = 'gestion des stocks';</script></head>"
        f"<body><ul>{items}</ul></body></html>",
        "utf-8",
    )
    from_page = musette(
        "application", "add", "--vault", vault, "--title", "Plieur", "--ad", str(page), **env
    )
    assert from_page.returncode == 0, from_page.stderr
    said = json.loads(
        musette("application", "show", from_page.stdout.strip(), "--vault", vault, **env).stdout
    )
    labels = [s["label"] for s in said["skills_found"]]
    assert "métrologie" in labels and "gérer les stocks" not in labels  # no script text
    assert not said["ad_document_id"]  # its text only: the vault keeps no HTML
    pdf = tmp_path / "annonce.pdf"
    canvas = Canvas(str(pdf))
    for n, line in enumerate(["Plieur régleur H/F", "Vos compétences : métrologie"]):
        canvas.drawString(72, 720 - 18 * n, line)
    canvas.save()
    from_pdf = musette(
        "application", "add", "--vault", vault, "--title", "Plieur", "--ad", str(pdf), **env
    )
    assert from_pdf.returncode == 0, from_pdf.stderr
    said = json.loads(
        musette("application", "show", from_pdf.stdout.strip(), "--vault", vault, **env).stdout
    )
    assert [s["label"] for s in said["skills_found"]] == ["métrologie"]
    assert said["ad_document_id"]  # the PDF as it was sent, kept with the application


def test_a_file_that_is_no_ad_is_refused_and_the_vault_is_untouched(
    demo_files: VaultFiles, tmp_path: Path
) -> None:
    env = _env(demo_files)
    before = fingerprint(demo_files.path.parent)
    picture = tmp_path / "annonce.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    refused = musette(
        "application", "add", "--vault", str(demo_files.path), "--title", "X",
        "--ad", str(picture), **env,
    )  # fmt: skip
    assert refused.returncode == 5
    assert_one_clear_line(refused)
    assert "annonce.png" in refused.stderr
    empty = tmp_path / "vide.pdf"
    Canvas(str(empty)).save()
    refused = musette(
        "application", "add", "--vault", str(demo_files.path), "--title", "X",
        "--ad", str(empty), **env,
    )  # fmt: skip
    assert refused.returncode == 5 and "copiez-collez" in refused.stderr
    unknown = musette("application", "show", "nope", "--vault", str(demo_files.path), **env)
    assert unknown.returncode == 2 and "nope" in unknown.stderr
    assert fingerprint(demo_files.path.parent) == before


def test_export_writes_the_tailored_cv_and_the_latest_letter_and_remembers_them(
    demo_files: VaultFiles, tmp_path: Path
) -> None:
    import dataclasses

    from exporters.actions import applications
    from exporters.letters import unfinished
    from vault.applications import save_letter

    env = _env(demo_files)
    vault = str(demo_files.path)
    application_id = musette(
        "application", "add", "--vault", vault, "--employer", "Adecco Bernay",
        "--title", "Plieur régleur", "--ad", str(ADS / "plieur-regleur-167GHBR.txt"), **env,
    ).stdout.strip()  # fmt: skip
    cv, letter = tmp_path / "cv.pdf", tmp_path / "lettre.pdf"
    before = fingerprint(demo_files.path.parent)
    refused = musette(
        "application", "export", application_id, "--vault", vault,
        "--cv", str(cv), "--letter", str(letter), **env,
    )  # fmt: skip
    assert refused.returncode == 1 and "pas encore de lettre" in refused.stderr
    assert_one_clear_line(refused)
    assert not cv.exists() and fingerprint(demo_files.path.parent) == before

    with demo_files.open() as opened:
        from vault.model import Application

        application = opened.records.get(Application, application_id)
        draft = save_letter(opened, applications.draft_letter(opened, application))
    unfinished_export = musette(
        "application", "export", application_id, "--vault", vault, "--letter", str(letter), **env
    )
    assert unfinished_export.returncode == 1 and "passage à écrire" in unfinished_export.stderr
    assert not letter.exists()

    with demo_files.open() as opened:
        mine = "J'ai appris la métrologie en atelier et je veux la pratiquer chez vous."
        save_letter(
            opened, dataclasses.replace(draft, body=draft.body.replace(unfinished(draft), mine))
        )
    done = musette(
        "application", "export", application_id, "--vault", vault,
        "--cv", str(cv), "--letter", str(letter), **env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["cv.pdf", "lettre.pdf"]
    assert cv.read_bytes().startswith(b"%PDF") and letter.read_bytes().startswith(b"%PDF")
    said = json.loads(
        musette("application", "show", application_id, "--vault", vault, **env).stdout
    )
    assert [f["file_name"] for f in said["sent_files"]] == ["cv.pdf", "lettre.pdf"]
    assert said["letters"][0]["version"] == 2 and not said["letters"][0]["to_write"]
    wrong = musette(
        "application", "export", application_id, "--vault", vault, "--cv", "cv.odt", **env
    )
    assert wrong.returncode == 2

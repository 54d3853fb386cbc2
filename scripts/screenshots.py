"""Render each screen of the app to PNG files, for a person to look at.

Usage: .venv/bin/python scripts/screenshots.py OUT_DIR [--lang fr|en] [--scale 2] [--contrast]
Runs on the platform Qt is given (xcb under Xvfb for `make screenshots`, or offscreen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.fonts import install_app_font
from ui.sections.index import SECTION_KEYS
from ui.settings import AppSettings
from ui.start_window import StartWindow
from vault import demo
from vault.kdf import cheap_params_for_tests
from vault.secret_store import MemorySecretStore


def wait_for_jobs() -> None:
    """Unlocking and creating run off the GUI thread: wait until they report back."""
    from ui import background

    background.wait_until(lambda: not background.RUNNING)


def same_every_run() -> None:
    """Screenshots only: the demo's keys and the backup's moment are the same on every run.

    `make screenshots` then changes no picture when nothing on screen changed: the
    recovery code, the signer's fingerprint and the backup's time are drawn from a
    fixed seed and a fixed clock instead of the system's randomness and time. Never
    done by the app; this script works on a throwaway demo musette in a scratch folder.
    """
    import random
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric import ec

    from vault import backup

    seeded = random.Random(2026)
    os.urandom = seeded.randbytes  # the data key (so the recovery code), record ids (uuid4)

    def same_key(curve: ec.EllipticCurve, backend: object = None) -> ec.EllipticCurvePrivateKey:
        return ec.derive_private_key(seeded.randrange(1, 2**255), curve)

    ec.generate_private_key = same_key  # the signer's key, so its fingerprint

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return datetime(2026, 11, 30, 9, 30, tzinfo=UTC)

    backup.datetime = Clock  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor, e.g. 2")
    parser.add_argument(
        "--size", default="", help="the window's size, e.g. 1366x768 (a small laptop screen)"
    )
    parser.add_argument("--contrast", action="store_true", help="high-contrast palette")
    args = parser.parse_args()
    same_every_run()
    args.out.mkdir(parents=True, exist_ok=True)
    from ui import dialogs

    # The wizards shown are closed by the script: no one is there to answer "keep?".
    dialogs.ask_leave_wizard = lambda *_args: "discard"
    app = QApplication([])
    install_app_font(app)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    # A fixed folder keeps the paths shown on screen the same from one run to the next.
    scratch = Path(tempfile.gettempdir()) / "musette-screenshots"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    settings = AppSettings(
        QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat), data_folder=scratch
    )
    settings.language = args.lang
    settings.high_contrast = args.contrast
    window = StartWindow(
        settings,
        default_folder=scratch,
        kdf_params=cheap_params_for_tests(),  # screenshots only: never the app's settings
        secret_store=MemorySecretStore(),
        idle_ms=0,
    )
    if args.size:
        width, height = (int(n) for n in args.size.lower().split("x"))
        # The whole screen, less a desktop's top bar and the window's title bar.
        window.resize(width, height - 60)
    else:
        window.resize(
            int(1280 * max(1.0, args.scale * 0.75)), int(800 * max(1.0, args.scale * 0.75))
        )
    window.show()
    suffix = (
        f"{args.lang}"
        + (f"-{args.size}" if args.size else "")
        + (f"-x{args.scale:g}" if args.scale != 1 else "")
        + ("-hc" if args.contrast else "")
    )

    def shoot(name: str) -> None:
        from ui import background
        from ui.sections.share_view import ShareView

        view = window.main_view.stack.currentWidget() if window.main_view else None
        if isinstance(view, ShareView):
            # The template thumbnails are drawn on a worker: the picture waits for them.
            background.wait_until(
                lambda: all(not b.icon().isNull() for b in view.template_buttons.values()),
                30_000,
            )
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(args.out / f"{name}-{suffix}.png"))

    shoot("01-welcome")
    window.welcome_page.create_button.click()
    window.create_page.passphrase_edit.setText("cheval agrafe batterie")
    window.create_page.confirm_edit.setText("cheval agrafe batterie")
    shoot("02-create")
    window.create_page.create_button.click()
    wait_for_jobs()
    shoot("03-recovery-code")
    window.recovery_page.noted_box.setChecked(True)
    window.recovery_page.continue_button.click()
    assert window.service is not None
    demo.fill(window.service._vault)
    window.lock()
    window.unlock_page.secret_edit.setText("pas la bonne")
    window.unlock_page.open_button.click()
    wait_for_jobs()
    shoot("04-unlock-error")
    window.unlock_page.secret_edit.setText("cheval agrafe batterie")
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.main_view is not None
    for number, key in enumerate(SECTION_KEYS, start=10):
        view = window.main_view.show_section(key)
        table = getattr(view, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        shoot(f"{number}-{key}")
    window.main_view.search_edit.setText("developpeur logistique")
    window.main_view.search_edit.setText("logistique")
    window.main_view.run_search()
    shoot("30-search")
    window.back_up_now()
    wait_for_jobs()
    dialog = window.show_backups()
    assert dialog is not None
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(args.out / f"31-backups-{suffix}.png"))
    dialog.close()
    from ui.rotate_key_dialog import RotateKeyDialog

    rotate = RotateKeyDialog(window)
    rotate.show()
    for _ in range(3):
        app.processEvents()
    rotate.grab().save(str(args.out / f"32-change-key-{suffix}.png"))
    rotate.close()
    shortcuts = window.show_shortcuts()
    for _ in range(3):
        app.processEvents()
    shortcuts.grab().save(str(args.out / f"33-shortcuts-{suffix}.png"))
    shortcuts.close()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the sample archive
    from tests.support.archives import linkedin_files, write_zip

    importer = window.show_import()
    assert importer is not None
    for _ in range(3):
        app.processEvents()
    importer.grab().save(str(args.out / f"34-import-choice-{suffix}.png"))
    archive = write_zip(
        scratch / "Basic_LinkedInDataExport.zip", linkedin_files(french=args.lang == "fr")
    )
    importer.load("linkedin", archive).wait()  # read on a worker
    for _ in range(3):
        app.processEvents()
    importer.grab().save(str(args.out / f"35-import-preview-{suffix}.png"))
    importer.close()
    signer_dialog = window.show_signer()
    assert signer_dialog is not None
    signer_dialog.name_edit.setText("Hélène Roux")
    signer_dialog.org_edit.setText("Entrepôts du Rhône")
    signer_dialog.role_edit.setText("Directrice de site" if args.lang == "fr" else "Site manager")
    signer_dialog.create_signer()
    for _ in range(3):
        app.processEvents()
    signer_dialog.grab().save(str(args.out / f"36-signer-identity-{suffix}.png"))
    signer_dialog.close()
    from exporters.readers.attestation_request import read as read_request
    from ui.sign_dialog import SignDialog
    from vault.model import Skill

    service = window.service
    assert service is not None
    skill = next(s for s in service.list(Skill) if s.esco_uri)
    request_path = scratch / "demande.json"
    request_path.write_bytes(service.attestation_request(skill))
    signing = SignDialog(service, read_request(request_path), window)
    signing.criteria_edit.setPlainText(
        "Vue pendant l'inventaire annuel 2024 : 3 200 références, zéro écart."
        if args.lang == "fr"
        else "Seen during the 2024 yearly stocktake: 3,200 items, no discrepancy."
    )
    signing.show()
    for _ in range(3):
        app.processEvents()
    signing.grab().save(str(args.out / f"37-sign-attestation-{suffix}.png"))
    signing.close()
    from vault.model import ShareProfile

    profile = ShareProfile(
        name="Conseillère CEP" if args.lang == "fr" else "CEP advisor",
        audience="Mme Martin, Transitions Pro" if args.lang == "fr" else "Ms Martin",
        language=args.lang,
    )
    service.save(profile, is_new=True)
    share = window.main_view.show_section("share")
    share.select_record(profile.id)
    for _ in range(3):
        app.processEvents()
    shoot("38-share")
    worker = share.preview("cv")
    worker.wait()
    for _ in range(5):
        app.processEvents()
    preview = share.preview_dialog
    preview.grab().save(str(args.out / f"39-share-preview-{suffix}.png"))
    preview.close()
    rights = window.main_view.show_section("rights")
    wizard = rights.open_wizard()
    wizard.situation_page.low_qualification.setChecked(True)
    for _ in range(3):
        app.processEvents()
    wizard.grab().save(str(args.out / f"42-rights-wizard-situation-{suffix}.png"))
    wizard.situation_page.low_qualification.setChecked(False)
    wizard.next()
    wizard.cpf_page.balance.setValue(3120)
    for _ in range(3):
        app.processEvents()
    wizard.grab().save(str(args.out / f"40-rights-wizard-cpf-{suffix}.png"))
    wizard.next()
    for _ in range(3):
        app.processEvents()
    wizard.grab().save(str(args.out / f"41-rights-wizard-schemes-{suffix}.png"))
    wizard.reject()
    esco = Path(__file__).resolve().parents[2] / "shared" / "data" / "esco"
    if esco.is_dir():  # as `make run` would have built it
        from vault import taxonomy

        os.environ["MUSETTE_TAXONOMY"] = str(scratch / "esco.sqlite")
        taxonomy.import_esco(esco, scratch / "esco.sqlite")
    skills_wizard = window.main_view.show_section("skills").open_wizard()
    skills_wizard.find_page.search.setText("chariot" if args.lang == "fr" else "forklift")
    skills_wizard.find_page.run_search()
    for _ in range(3):
        app.processEvents()
    skills_wizard.grab().save(str(args.out / f"42-skills-wizard-{suffix}.png"))
    skills_wizard.reject()
    rome = Path(__file__).resolve().parents[2] / "shared" / "data" / "rome-4.0"
    if rome.is_dir():  # with Diagoriente's lists beside it, as `make run` builds it
        from vault import reference

        os.environ["MUSETTE_REFERENCE"] = str(scratch / "reference.sqlite")
        reference.import_rome(rome, scratch / "reference.sqlite")
        discover = window.main_view.open_wizard("discover")
        life = discover.life_page
        for key, title in life.titles.items():
            if title in ("Véhicule", "Animation sportive"):
                life.boxes[key].setChecked(True)
        discover.next()
        for boxes in discover.activities_page.boxes.values():
            for box in list(boxes.values())[:2]:
                box.setChecked(True)
        for _ in range(3):
            app.processEvents()
        discover.grab().save(str(args.out / f"46-discover-activities-{suffix}.png"))
        discover.next()
        discover.next()
        first = discover.grades_page.groups[discover.competences[1].id]
        first.button(3).setChecked(True)
        for _ in range(3):
            app.processEvents()
        discover.grab().save(str(args.out / f"47-discover-sentences-{suffix}.png"))
        discover.reject()
        explorer = window.main_view.open_wizard("jobs")
        cards = list(explorer.cards.values())
        cards[0].click()
        cards[3].click()
        explorer.interest_jobs.setCurrentRow(0)
        for _ in range(3):
            app.processEvents()
        explorer.grab().save(str(args.out / f"48-jobs-interests-{suffix}.png"))
        explorer.tabs.setCurrentIndex(1)
        explorer.close_jobs.setCurrentRow(0)
        for _ in range(3):
            app.processEvents()
        explorer.grab().save(str(args.out / f"49-jobs-close-{suffix}.png"))
        explorer.reject()
    # Applications: a letter drafted for one, and the board of all three.
    import dataclasses as dc

    from ui.applications_board import ApplicationsBoard
    from ui.letter_dialog import LetterDialog
    from vault.model import Application

    service = window.service
    for title, employer, status in (
        ("Responsable logistique", "Transports Morel", "to_prepare"),
        ("Cheffe d'équipe entrepôt", "LogiSud", "sent"),
        ("Coordinatrice QHSE", "Valmont Industries", "interview"),
    ):
        made = service.save(Application(title=title, employer=employer), is_new=True)
        if status != "to_prepare":  # dated, so that the pictures are the same every run
            service.save(dc.replace(made, status=status, sent_on="2026-11-24"), is_new=False)
    first = next(a for a in service.list(Application) if a.status == "to_prepare")
    letter = LetterDialog(service, first, window)
    letter.written_on.setText("30/11/2026")
    letter.show()
    for _ in range(3):
        app.processEvents()
    letter.grab().save(str(args.out / f"50-letter-{suffix}.png"))
    letter.reject()
    board = window.main_view.open_wizard("board")
    assert isinstance(board, ApplicationsBoard)
    board.columns["sent"].setCurrentRow(0)
    for _ in range(3):
        app.processEvents()
    board.grab().save(str(args.out / f"51-board-{suffix}.png"))
    board.reject()
    from exporters.share import ShareChoice

    meeting = window.start_meeting(ShareChoice(language=args.lang, audience=profile.audience))
    assert meeting is not None
    shoot("43-meeting")
    meeting.show_section(meeting.sections.index("rights"))
    shoot("44-meeting-rights")
    meeting.show_section(meeting.sections.index("project"))
    shoot("45-meeting-project")
    meeting.leave_button.click()
    window.close()


if __name__ == "__main__":
    main()

"""Every screen, dialog and wizard page on the demo career, for checks that span them all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.sections.index import SECTION_KEYS
from ui.start_window import StartWindow


def sections(window: StartWindow) -> Iterator[str]:
    """Each section in turn, its first record open in the form (the window shows it)."""
    main = window.main_view
    assert main is not None
    for key in SECTION_KEYS:
        view = main.show_section(key)
        table = getattr(view, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        yield key


def dialogs(window: StartWindow, scratch: Path) -> list[tuple[str, QWidget]]:
    """Every dialog the main window opens, built as the menus build them."""
    from exporters.readers.attestation_request import read as read_request
    from exporters.registry import WRITERS
    from exporters.share import ShareChoice
    from ui.export_preview import PreviewDialog
    from ui.rotate_key_dialog import RotateKeyDialog
    from ui.share_options_dialog import ShareOptionsDialog
    from ui.sign_dialog import SignDialog
    from vault.model import ShareProfile, Skill

    service = window.service
    assert service is not None
    signer = window.show_signer()
    assert signer is not None
    signer.name_edit.setText("Hélène Roux")
    signer.org_edit.setText("Entrepôts du Rhône")
    signer.create_signer()  # the sign dialog needs the signer's identity
    skill = next(s for s in service.list(Skill) if s.esco_uri)
    request = scratch / "demande.json"
    request.write_bytes(service.attestation_request(skill))
    choice = ShareChoice(language="fr")
    cv = WRITERS["cv"].build(service.career_reader("cv", choice)(), choice, None)
    found: list[tuple[str, QWidget | None]] = [
        ("sauvegardes", window.show_backups()),
        ("changer de clé", RotateKeyDialog(window)),
        ("raccourcis", window.show_shortcuts()),
        ("importer", window.show_import()),
        ("signataire", signer),
        ("signer une attestation", SignDialog(service, read_request(request), window)),
        ("ce que ce profil montre", ShareOptionsDialog(ShareProfile(name="CEP"), None, window)),
        ("aperçu", PreviewDialog(cv, "CV", lambda: None, lambda: None, window, note="À relire.")),
        ("synchroniser", window.show_sync()),
        ("choisir entre les versions", window.show_conflicts()),
        ("rejoindre", window.show_join()),
    ]
    shown = []
    for name, dialog in found:
        assert dialog is not None, name
        dialog.show()
        shown.append((name, dialog))
    return shown


def wizard_pages(window: StartWindow, key: str) -> Iterator[tuple[str, QWidget]]:
    """Each page of a section's wizard, filled just enough to go on to the next one."""
    main = window.main_view
    assert main is not None
    wizard = main.show_section(key).open_wizard()
    assert wizard is not None
    number = 1
    while True:
        yield f"{key}, étape {number}", wizard
        page = wizard.currentPage()
        if key == "skills" and page is wizard.find_page:
            page.search.setText("chariot")
            page.run_search()
            page.results.item(0).setCheckState(Qt.CheckState.Checked)
        if key == "projects" and page is wizard.target_page:
            page._search("responsable qualite")
            page._pick(page.matches.item(0))
        if page.isFinalPage() or not page.isComplete():
            break
        wizard.next()
        number += 1
    wizard.reject()

"""The English translation is complete and follows the interface text."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "musette_en.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_english_string_is_translated_and_keeps_its_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 300
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        assert translation.text, (context, source)
        assert re.findall(r"%\d", source) == re.findall(r"%\d", translation.text), source


def test_the_translation_file_covers_all_interface_text(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(
        str(p) for folder in ("ui", "musette_desktop") for p in (ROOT / folder).rglob("*.py")
    )
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True
    )
    assert set(_messages(fresh)) == set(_messages(TS)), (
        "run `make translations-update` and translate"
    )


def test_qts_own_dialogs_speak_the_language_of_the_app(qapp) -> None:
    """The file chooser's « Voir dans : » beside Musette's « Nom de fichier », not « Look in: »."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import apply_language

    apply_language("fr")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:").startswith(
        "Fichiers de type"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    apply_language("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    apply_language("fr")


def test_no_interface_text_hides_inside_an_f_string() -> None:
    """lupdate does not see `self.tr("…")` written inside an f-string's braces: such a text
    would stay French in English (« Métiers proches » did)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    hidden = re.compile(r"""f["'][^"'\n]*\{[^}\n]*(self\.tr|QCoreApplication\.translate)\(""")
    found = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("ui", "musette_desktop")
        for path in sorted((root / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert found == []

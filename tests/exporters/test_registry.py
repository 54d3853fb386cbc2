"""The one list of formats: each reader and writer named once, files known by their content."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters import registry
from tests.conftest import SHARED
from tests.support.archives import linkedin_files, write_zip

BADGES = SHARED / "data" / "openbadges" / "1edtech-validator-vectors" / "ob30"


def test_each_reader_and_writer_has_a_name_and_suffixes() -> None:
    assert set(registry.READERS) == {"json-resume", "linkedin", "europass", "badge", "attestation"}
    assert set(registry.WRITERS) == {"cv", "portfolio", "brief", "json-resume", "docx", "europass"}
    for reader in registry.READERS.values():
        assert reader.suffixes and all(s.startswith(".") for s in reader.suffixes)
    assert registry.file_filter(registry.READERS["linkedin"], "LinkedIn") == "LinkedIn (*.zip)"


def test_real_files_are_recognised_by_their_content(tmp_path: Path) -> None:
    resume = SHARED / "data" / "json-resume" / "sample.resume.json"
    assert registry.sniff(resume) == "json-resume"
    renamed = tmp_path / "mon-cv.txt"  # the name says nothing; the content does
    renamed.write_bytes(resume.read_bytes())
    assert registry.sniff(renamed) == "json-resume"
    archive = write_zip(tmp_path / "Basic_LinkedInDataExport.zip", linkedin_files())
    assert registry.sniff(archive) == "linkedin"
    for badge in ("simple-jwt.png", "simple-jwt.svg", "simple.jwt", "simple.json"):
        assert registry.sniff(BADGES / badge) == "badge", badge


@pytest.mark.parametrize(
    "content",
    [b"Madame, Monsieur,", b'{"nom": "Dupont"}', b"PK\x03\x04 not a zip", b"", b"\x89PNG\r\n"],
)
def test_what_is_not_ours_is_recognised_by_no_reader(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fichier.json"
    path.write_bytes(content)
    assert registry.sniff(path) is None

"""Moving a career out of LinkedIn: the member's data archive, read whole or refused whole."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exporters.actions.import_file import apply, find_duplicates
from exporters.readers import linkedin
from exporters.readers.errors import ImportRefused
from exporters.readers.plan import SKIP
from tests.conftest import VaultFiles, fingerprint
from tests.support.archives import csv_text, linkedin_files, write_zip
from vault import Vault
from vault.model import Certification, Contact, Education, Experience, Note, Person, Skill


def _import(vault: Vault, path: Path) -> None:
    plan = linkedin.read(path)
    find_duplicates(plan, vault)
    apply(plan, vault)


def test_a_whole_archive_becomes_a_career(opened: Vault, tmp_path: Path) -> None:
    archive = write_zip(
        tmp_path / "Basic_LinkedInDataExport.zip",
        linkedin_files(),
        folder="Basic_LinkedInDataExport_01-02-2026/",
    )
    _import(opened, archive)
    (person,) = opened.records.list(Person)
    assert (person.given_name, person.family_name, person.city) == ("Karim", "Benali", "Lyon")
    assert person.country == "France"  # the last part of LinkedIn's location
    assert person.email == "karim.benali@example.org"
    assert person.birth_date == "1988-03-14"
    assert person.provenance.source == "linkedin"
    assert person.provenance.detail == "Basic_LinkedInDataExport.zip"
    jobs = {
        e.title: (e.organisation, e.start_date, e.end_date)
        for e in opened.records.list(Experience)
        if e.kind == "job"
    }
    assert jobs["Chef d'équipe"] == ("Entrepôts du Rhône", "2018-08", "")
    assert jobs["Cariste"] == ("Transports Martin", "2012-03", "2018-07")
    assert [e.title for e in opened.records.list(Education)] == [
        "Titre professionnel Agent magasinier"
    ]
    assert [c.identifier for c in opened.records.list(Certification)] == ["R489-123"]
    skills = {s.label: (s.category, s.level) for s in opened.records.list(Skill)}
    assert skills["Arabe"] == ("language", 4)
    assert skills["Anglais"] == ("language", 2)
    assert skills["Gestion des stocks"] == ("skill", None)
    assert "Management" in skills  # endorsed but not listed: still a skill
    assert len(opened.records.list(Contact)) == 4


def test_recommendations_attach_to_the_right_position(opened: Vault, tmp_path: Path) -> None:
    _import(opened, write_zip(tmp_path / "li.zip", linkedin_files()))
    chef = next(e for e in opened.records.list(Experience) if e.title == "Chef d'équipe")
    notes = {n.title: n for n in opened.records.list(Note)}
    helene = notes["Hélène Roux (Directrice de site, Entrepôts du Rhône)"]
    assert helene.related_id == chef.id
    assert helene.body == "Karim a transformé l'équipe de nuit."
    assert helene.occurred_on == "2021-07-14"
    assert notes["Paul Nguyen (Client, Ailleurs SA)"].related_id == ""


def test_a_french_linkedin_archive_reads_its_french_dates(opened: Vault, tmp_path: Path) -> None:
    _import(opened, write_zip(tmp_path / "li.zip", linkedin_files(french=True)))
    chef = next(e for e in opened.records.list(Experience) if e.title == "Chef d'équipe")
    assert chef.start_date == "2018-08"
    assert '"Connected On": "2023-03-12"' in opened.records.list(Contact)[0].extra


def test_connections_skip_the_notes_preamble(tmp_path: Path) -> None:
    plan = linkedin.read(
        write_zip(tmp_path / "li.zip", {"Connections.csv": linkedin_files()["Connections.csv"]})
    )
    assert [i.record.display_name() for i in plan.items] == [f"Prénom{n} Nom{n}" for n in range(4)]


def test_missing_files_and_extra_columns_are_normal(tmp_path: Path) -> None:
    files = {
        "Positions.csv": csv_text(
            ["Company Name", "Title", "Started On", "Finished On", "Colonne inconnue"],
            [["Boulangerie Paul", "Vendeuse", "Sep 2015", "Aug 2017", "?"]],
        )
    }
    (item,) = linkedin.read(write_zip(tmp_path / "li.zip", files)).items
    assert isinstance(item.record, Experience)
    assert (item.record.title, item.record.start_date) == ("Vendeuse", "2015-09")


def test_an_unknown_date_is_kept_aside_with_a_warning(tmp_path: Path) -> None:
    files = {
        "Positions.csv": csv_text(
            ["Company Name", "Title", "Started On"], [["A", "B", "Printemps 2015"]]
        )
    }
    plan = linkedin.read(write_zip(tmp_path / "li.zip", files))
    (warning,) = plan.warnings
    assert "Printemps 2015" in warning.describe("fr")
    assert "Positions.csv #1" in warning.describe("en")


def test_a_repeated_skill_is_added_once(opened: Vault, tmp_path: Path) -> None:
    _import(opened, write_zip(tmp_path / "li.zip", linkedin_files()))
    labels = [s.label for s in opened.records.list(Skill)]
    assert labels.count("Gestion des stocks") == 1


def test_importing_the_same_archive_twice_adds_nothing(opened: Vault, tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "li.zip", linkedin_files())
    _import(opened, archive)
    before = opened.stats()
    plan = linkedin.read(archive)
    find_duplicates(plan, opened)
    assert all(item.duplicate_of is not None for item in plan.items)
    apply(plan, opened)
    assert opened.stats() == before


def test_a_duplicate_can_be_skipped_instead_of_merged(opened: Vault, tmp_path: Path) -> None:
    opened.records.add(
        Experience(
            title="Cariste", organisation="Transports Martin", start_date="2012-03", description=""
        )
    )
    plan = linkedin.read(write_zip(tmp_path / "li.zip", linkedin_files()))
    find_duplicates(plan, opened)
    (duplicate,) = [i for i in plan.items if i.duplicate_of is not None]
    duplicate.action = SKIP
    apply(plan, opened)
    cariste = [e for e in opened.records.list(Experience) if e.title == "Cariste"]
    assert [c.description for c in cariste] == [""]


def test_an_unpacked_archive_folder_is_read_too(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Skills.csv").write_text(csv_text(["Name"], [["Soudure"]]), "utf-8")
    (item,) = linkedin.read(folder).items
    assert item.record.display_name() == "Soudure"


def _refused(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        linkedin.read(path)
    assert path.name in refused.value.describe("fr")
    return refused.value


def test_hostile_archives_are_refused_and_the_vault_is_untouched(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    before = fingerprint(vault_files.path.parent)
    traversal = write_zip(tmp_path / "a.zip", {"../../.bashrc": "echo", "Skills.csv": "Name\nx\n"})
    assert _refused(traversal).reason == "zip_unsafe"
    absolute = write_zip(tmp_path / "b.zip", {"/etc/passwd": "x"})
    assert _refused(absolute).reason == "zip_unsafe"
    link = tmp_path / "c.zip"
    with zipfile.ZipFile(link, "w") as archive:
        info = zipfile.ZipInfo("Skills.csv")
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/shadow")
    assert _refused(link).reason == "zip_unsafe"
    twice = tmp_path / "d.zip"
    with zipfile.ZipFile(twice, "w") as archive, pytest.warns(UserWarning):
        archive.writestr("Skills.csv", "Name\nA\n")
        archive.writestr("Skills.csv", "Name\nB\n")
    assert _refused(twice).reason == "zip_unsafe"
    assert fingerprint(vault_files.path.parent) == before


def test_a_zip_bomb_is_refused_without_being_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Positions.csv", b"Company Name,Title\n" + b"0" * (300 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    assert _refused(bomb).reason == "zip_bomb"


def test_a_member_that_lies_about_its_size_is_stopped(tmp_path: Path) -> None:
    liar = tmp_path / "liar.zip"
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Skills.csv", b"Name\n" + b"a\n" * 200_000)
    data = bytearray(liar.read_bytes())
    # Patch the uncompressed size in the central directory to claim 10 bytes.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    liar.write_bytes(bytes(data))
    assert _refused(liar).reason in ("zip_bomb", "zip_damaged")


def test_truncated_and_fake_archives_are_refused(tmp_path: Path) -> None:
    whole = write_zip(tmp_path / "whole.zip", linkedin_files())
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert _refused(cut).reason == "zip_damaged"
    fake = tmp_path / "fake.zip"
    fake.write_text("Name\nSoudure\n")
    assert _refused(fake).reason == "zip_damaged"
    empty = write_zip(tmp_path / "other.zip", {"photo.jpg": b"\xff\xd8"})
    assert _refused(empty).reason == "not_linkedin"


def test_a_csv_without_its_header_or_in_another_encoding_is_refused(tmp_path: Path) -> None:
    no_header = write_zip(tmp_path / "h.zip", {"Positions.csv": "Acme,Cariste\n"})
    refused = _refused(no_header)
    assert refused.reason == "csv_header"
    assert "Company Name" in refused.describe("en")
    # In a whole archive, a file whose header Musette does not know is named, not fatal.
    files = linkedin_files()
    files["Skills.csv"] = "Nom\nSoudure\n"
    mixed = linkedin.read(write_zip(tmp_path / "m.zip", files))
    (warning,) = [w for w in mixed.warnings if w.code == "header"]
    assert warning.path.endswith("Skills.csv") and "Name" in warning.describe("en")
    assert any(isinstance(i.record, Experience) for i in mixed.items)
    latin = write_zip(
        tmp_path / "l.zip", {"Skills.csv": "Name\nSoudure à l'arc\n".encode("latin-1")}
    )
    assert _refused(latin).reason == "encoding"


def test_a_language_also_listed_as_a_skill_keeps_its_level_and_a_second_level_is_named(
    tmp_path: Path,
) -> None:
    """Found by the property test: « English » in Skills.csv and in Languages.csv lost the
    language's proficiency; the same language twice with two levels lost the second."""
    files = {
        "Skills.csv": csv_text(["Name"], [["English"]]),
        "Languages.csv": csv_text(
            ["Name", "Proficiency"],
            [["English", "Full professional proficiency"], ["English", "Native or bilingual"]],
        ),
    }
    plan = linkedin.read(write_zip(tmp_path / "Basic_LinkedInDataExport.zip", files))
    (english,) = [item.record for item in plan.items]
    assert english.category == "language" and "Full professional" in english.extra
    said = " ".join(w.describe("fr") for w in plan.warnings)
    assert "Native or bilingual" in said and "le premier est gardé" in said

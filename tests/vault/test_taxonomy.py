"""The ESCO taxonomy: imported from the official CSVs, searched as you type, French or English."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from exporters.actions import export
from exporters.share import ShareChoice
from tests.cli.test_command_line import musette
from tests.conftest import SHARED, VaultFiles
from vault.taxonomy import Taxonomy, TaxonomyError, import_esco

ESCO = SHARED / "data" / "esco"


@pytest.fixture(scope="module")
def taxonomy(esco_taxonomy: Path) -> Taxonomy:
    return Taxonomy(esco_taxonomy)


def test_every_kind_of_concept_is_imported(taxonomy: Taxonomy) -> None:
    assert taxonomy.counts() == {
        "skill": 13485,
        "occupation": 2942,
        "skill_group": 17,
        "isco_group": 619,
    }


def test_search_ignores_accents_and_finds_either_language(taxonomy: Taxonomy) -> None:
    french = taxonomy.search("chariot elevateur")
    assert french[0].label == "utiliser un chariot élévateur"
    english = taxonomy.search("forklift", language="en")
    assert english[0].label == "operate forklift"
    assert english[0].uri == french[0].uri
    assert taxonomy.search("magasinier", kind="occupation")


def test_one_or_two_letters_typed_show_labels_that_begin_with_them(taxonomy: Taxonomy) -> None:
    from vault.reference import unaccented

    for typed in ("c", "ch", "é"):
        hits = taxonomy.search(typed)
        assert len(hits) == 20
        # The label shown is the preferred one; the one that matched begins with the letters.
        assert all(unaccented(hit.matched).startswith(unaccented(typed)) for hit in hits)
    # Three letters and more are ranked as before.
    assert taxonomy.search("chariot elevateur")[0].label == "utiliser un chariot élévateur"


def test_alternative_labels_are_searched_and_labels_shown_in_the_asked_language(
    taxonomy: Taxonomy,
) -> None:
    hit = taxonomy.search("gerer stocks entrepot")[0]
    assert hit.label == "gérer les stocks d'un entrepôt"
    assert taxonomy.label(hit.uri, "en") == "manage warehouse inventory"


def test_the_hierarchy_can_be_browsed(taxonomy: Taxonomy) -> None:
    roots = [g for g in taxonomy.narrower("http://data.europa.eu/esco/isco/C0")]
    assert roots and all(uri.startswith("http://data.europa.eu/esco/isco/") for uri in roots)


def test_an_import_from_the_zip_the_portal_gives(tmp_path: Path) -> None:
    archive = tmp_path / "ESCO dataset - v1.0.9 - classification - fr - csv.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name in ("skills_fr.csv", "skillGroups_fr.csv", "broaderRelationsSkillPillar.csv"):
            zipped.write(ESCO / name, f"v1.0.9/{name}")
    counts = import_esco(archive, tmp_path / "esco.sqlite")
    assert counts["skill"] == 13485 and counts["occupation"] == 0


def test_a_folder_without_esco_files_is_refused_and_the_old_taxonomy_kept(tmp_path: Path) -> None:
    target = tmp_path / "esco.sqlite"
    target.write_bytes(b"previous")
    (tmp_path / "rien").mkdir()
    with pytest.raises(TaxonomyError):
        import_esco(tmp_path / "rien", target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["esco.sqlite", "rien"]


def test_an_english_cv_uses_esco_english_names(demo_files: VaultFiles) -> None:
    import io

    from pypdf import PdfReader

    with demo_files.open() as vault:
        data = export.build(vault, "cv", ShareChoice(language="en"))
        french = export.build(vault, "cv", ShareChoice(language="fr"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Manage warehouse inventory" in " ".join(text.split())  # capitalised for display
    assert "English — Intermediate" in " ".join(text.split())  # the language, not ESCO's phrase
    assert "Logiciel de gestion d’entrepôt (WMS Reflex)" in " ".join(
        text.split()
    )  # the person's own words stay
    assert "Gérer les stocks d’un entrepôt" in " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(french)).pages).split()
    )


def test_musette_taxonomy_import(tmp_path: Path) -> None:
    result = musette("taxonomy", "import", str(ESCO), "--to", str(tmp_path / "esco.sqlite"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["skill"] == 13485
    again = musette(
        "taxonomy", "import", str(tmp_path), "--to", str(tmp_path / "esco.sqlite"), "--if-missing"
    )
    assert again.returncode == 0 and again.stdout == ""  # already there: nothing read
    refused = musette("taxonomy", "import", str(tmp_path), "--to", str(tmp_path / "x.sqlite"))
    assert refused.returncode == 5 and "ESCO" in refused.stderr


def test_occupation_skill_relations_are_used_when_the_download_has_them(tmp_path: Path) -> None:
    folder = tmp_path / "esco"
    folder.mkdir()
    for name in ("skills_fr.csv", "occupations_fr.csv"):
        (folder / name).write_bytes((ESCO / name).read_bytes())
    occupation = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
    skill = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"
    (folder / "occupationSkillRelations_en.csv").write_text(
        "occupationUri,relationType,skillType,skillUri\n"
        f"{occupation},essential,skill/competence,{skill}\n",
        "utf-8",
    )
    import_esco(folder, tmp_path / "esco.sqlite")
    found = Taxonomy(tmp_path / "esco.sqlite")
    assert found.skills_for(occupation) == [(skill, "essential")]


def test_the_installed_app_reads_the_taxonomy_it_ships_until_the_person_imports_their_own(
    esco_taxonomy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault import taxonomy

    monkeypatch.delenv("MUSETTE_TAXONOMY")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(taxonomy, "SHIPPED", esco_taxonomy)
    shipped = Taxonomy.open_default()
    assert shipped is not None and shipped.path == esco_taxonomy
    assert shipped.search("forklift", language="en")
    shipped.close()

    own = import_esco(ESCO, None)
    assert own["skill"] == 13485
    mine = Taxonomy.open_default()
    assert mine is not None and mine.path == tmp_path / "data" / "Musette" / "esco.sqlite"
    mine.close()


def test_without_any_taxonomy_the_wizard_gets_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault import taxonomy

    monkeypatch.delenv("MUSETTE_TAXONOMY")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(taxonomy, "SHIPPED", tmp_path / "absent.sqlite")
    assert Taxonomy.open_default() is None

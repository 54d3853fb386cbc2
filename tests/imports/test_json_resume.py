"""Bringing a JSON Resume in, and taking it out again without losing anything."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from exporters.actions.export import career_from
from exporters.actions.import_file import apply, find_duplicates
from exporters.readers import json_resume as reader
from exporters.readers.errors import ImportRefused
from exporters.readers.plan import MERGE
from exporters.writers import json_resume
from tests.conftest import SHARED, VaultFiles, fingerprint
from vault import Vault
from vault.model import Contact, Experience, Person, Skill

RESUME_DIR = SHARED / "data" / "json-resume"


@functools.cache
def schema() -> dict[str, Any]:
    """The official schema, read when a test needs it: without ../shared only those tests fail."""
    return dict(json.loads((RESUME_DIR / "schema.json").read_text("utf-8")))


def _import(vault: Vault, path: Path) -> None:
    plan = reader.read(path)
    find_duplicates(plan, vault)
    apply(plan, vault)


def _write(tmp_path: Path, document: Any, name: str = "cv.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_the_schema_sample_imports_with_its_provenance(opened: Vault) -> None:
    _import(opened, RESUME_DIR / "sample.resume.json")
    (person,) = opened.records.list(Person)
    assert (person.given_name, person.family_name) == ("Richard", "Hendriks")
    assert person.provenance.source == "json-resume"
    assert person.provenance.detail == "sample.resume.json"
    titles = {e.title: e.kind for e in opened.records.list(Experience)}
    assert titles == {
        "CEO/President": "job",
        "Teacher": "volunteering",
        "Miss Direction": "personal",
    }
    languages = [s for s in opened.records.list(Skill) if s.category == "language"]
    assert [(s.label, s.level) for s in languages] == [("English", 4)]
    assert [c.display_name() for c in opened.records.list(Contact)] == ["Erlich Bachman"]


def test_an_exported_file_comes_back_identical(demo_files: VaultFiles, tmp_path: Path) -> None:
    with demo_files.open() as vault:
        first = json_resume.export(career_from(vault))
    exported = tmp_path / "sophie.json"
    exported.write_bytes(first)
    fresh = Vault.create(tmp_path / "fresh.musette", "x" * 12, kdf_params=_cheap())
    with fresh.vault as vault:
        _import(vault, exported)
        assert json_resume.export(career_from(vault)) == first


def test_the_export_is_valid_against_the_official_schema(demo_files: VaultFiles) -> None:
    with demo_files.open() as vault:
        document = json.loads(json_resume.export(career_from(vault)))
    jsonschema.validate(document, schema())
    musette = document["meta"]["musette"]
    assert any(own.get("esco_uri") for own in musette["skills"])  # ESCO URIs travel too


def test_the_sample_round_trips_its_fields(opened: Vault) -> None:
    _import(opened, RESUME_DIR / "sample.resume.json")
    exported = json.loads(json_resume.export(career_from(opened)))
    original = json.loads((RESUME_DIR / "sample.resume.json").read_text("utf-8"))
    exported.pop("$schema")
    exported.get("meta", {}).pop("musette", None)
    original.pop("$schema", None)
    assert _sorted_lists(exported) == _sorted_lists(original)


def _sorted_lists(value: Any) -> Any:
    """Sections compared as sets of items: the export orders them by date."""
    if isinstance(value, dict):
        return {k: _sorted_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted(
            (_sorted_lists(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True)
        )
    return value


def _conformance(kind: str) -> list[tuple[str, Any]]:
    cases = []
    for path in sorted((RESUME_DIR / "conformance").glob("*.json")):
        if path.name in ("dates.json", "schema.json"):
            continue
        for name, document in json.loads(path.read_text("utf-8")).items():
            if name.endswith(kind):
                cases.append((f"{path.stem}.{name}", document))
    return cases


def test_every_conformance_document_is_there_to_be_tried() -> None:
    # The two tests below take one case each; without the fixtures they would have none.
    assert (len(_conformance("Valid")), len(_conformance("Invalid"))) == (95, 95)


@pytest.mark.parametrize(("case", "document"), _conformance("Valid"), ids=lambda v: str(v)[:40])
def test_every_valid_conformance_document_imports_and_its_fields_come_back(
    case: str, document: Any, opened: Vault, tmp_path: Path
) -> None:
    _import(opened, _write(tmp_path, document))
    exported = json.loads(json_resume.export(career_from(opened)))
    jsonschema.validate(exported, schema())
    for section, value in document.items():
        if isinstance(value, list):
            assert exported.get(section, []) == value or not any(value), case
        elif isinstance(value, dict) and value:
            for key, inner in value.items():
                assert exported[section][key] == inner, case


@pytest.mark.parametrize(("case", "document"), _conformance("Invalid"), ids=lambda v: str(v)[:40])
def test_every_invalid_conformance_document_is_refused_or_imported_with_a_warning(
    case: str, document: Any, vault_files: VaultFiles, tmp_path: Path
) -> None:
    path = _write(tmp_path, document)
    try:
        plan = reader.read(path)
    except ImportRefused as refusal:
        assert refusal.describe("fr").startswith("cv.json")
        return
    assert plan.warnings, case
    assert all(w.describe("fr") and w.describe("en") for w in plan.warnings)
    with vault_files.open() as vault:
        apply(plan, vault)
        exported = json.loads(json_resume.export(career_from(vault)))
    jsonschema.validate(exported, schema())


def test_unknown_fields_are_kept_and_written_back(opened: Vault, tmp_path: Path) -> None:
    document = {
        "basics": {"name": "Léa Martin", "x-pronouns": "elle", "location": {"region": "Bretagne"}},
        "work": [
            {"position": "Cariste", "name": "Entrepôt Ouest", "x-badge": 12, "startDate": "2019-04"}
        ],
        "x-custom": {"anything": [1, 2, 3]},
        "meta": {"version": "v1.0.0"},
    }
    _import(opened, _write(tmp_path, document))
    exported = json.loads(json_resume.export(career_from(opened)))
    assert exported["basics"]["x-pronouns"] == "elle"
    assert exported["basics"]["location"] == {"region": "Bretagne"}
    assert exported["work"] == [
        {"position": "Cariste", "name": "Entrepôt Ouest", "x-badge": 12, "startDate": "2019-04"}
    ]
    assert exported["x-custom"] == {"anything": [1, 2, 3]}
    assert exported["meta"]["version"] == "v1.0.0"


def test_a_date_that_is_not_a_date_is_left_out_with_a_warning(tmp_path: Path) -> None:
    plan = reader.read(
        _write(tmp_path, {"work": [{"position": "Soudeur", "startDate": "2013-12-021"}]})
    )
    (warning,) = plan.warnings
    assert "2013-12-021" in warning.describe("fr")
    (item,) = plan.items
    assert isinstance(item.record, Experience) and item.record.start_date == ""


def test_a_value_musette_refuses_is_set_aside_and_still_exported(
    opened: Vault, tmp_path: Path
) -> None:
    document = {
        "basics": {"name": "Ann Lee", "email": "ann at home"},
        "work": [{"position": "Vendeuse", "startDate": "2020-05", "endDate": "2019-01"}],
    }
    plan = reader.read(_write(tmp_path, document))
    assert {w.path for w in plan.warnings} == {"basics.email", "work[0].endDate"}
    apply(plan, opened)
    assert opened.records.list(Person)[0].email == ""
    exported = json.loads(json_resume.export(career_from(opened)))
    assert exported["basics"]["email"] == "ann at home"
    assert exported["work"][0]["endDate"] == "2019-01"


def test_importing_twice_merges_instead_of_duplicating(opened: Vault) -> None:
    _import(opened, RESUME_DIR / "sample.resume.json")
    before = opened.stats()
    plan = reader.read(RESUME_DIR / "sample.resume.json")
    find_duplicates(plan, opened)
    assert {item.action for item in plan.items} == {MERGE}
    apply(plan, opened)
    assert opened.stats() == before


def test_a_merge_fills_blanks_but_keeps_what_the_person_typed(
    opened: Vault, tmp_path: Path
) -> None:
    opened.records.add(Person(given_name="Richard", family_name="Hendriks", phone="06 12 34 56 78"))
    _import(opened, RESUME_DIR / "sample.resume.json")
    (person,) = opened.records.list(Person)
    assert person.phone == "06 12 34 56 78"
    assert person.email == "richard.hendriks@mail.com"
    assert person.provenance.kind == "declared"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[1, 2]", "wrong_shape"),
        ('{"work": "Cariste"}', "wrong_shape"),
        ('{"work": [{"position": 12}]}', "wrong_shape"),
        ('{"basics": {"name": "A", "name": "B"}}', "json_duplicate"),
        ('{"basics": {"label": NaN}}', "json_number"),
        ('{"meta": {"version": Infinity}}', "json_number"),
        ('{"x": ' + "9" * 5000 + "}", "json_number"),
        ("[" * 100_000 + "]" * 100_000, "json_depth"),
        ('{"basics": {"name": "Ann', "json_syntax"),
        ("", "json_syntax"),
    ],
)
def test_bad_json_is_refused_in_plain_words_and_the_vault_is_unchanged(
    content: str, reason: str, vault_files: VaultFiles, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    before = fingerprint(vault_files.path.parent)
    with pytest.raises(ImportRefused) as refused:
        reader.read(path)
    assert refused.value.reason == reason
    assert "bad.json" in refused.value.describe("fr")
    assert fingerprint(vault_files.path.parent) == before


def test_a_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.json"
    path.write_text('{\n  "basics": {\n    "name": "Ann",,\n  }\n}', "utf-8")
    with pytest.raises(ImportRefused) as refused:
        reader.read(path)
    assert refused.value.line == 3
    assert "ligne 3" in refused.value.describe("fr")


def test_a_bom_is_accepted_and_other_encodings_are_refused(tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"basics": {"name": "Zoé"}}).encode())
    assert reader.read(with_bom).items[0].record.display_name() == "Zoé"
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"basics": {"name": "Zoé"}}'.encode("latin-1"))
    with pytest.raises(ImportRefused) as refused:
        reader.read(latin1)
    assert refused.value.reason == "encoding"
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes('{"basics": {}}'.encode("utf-16"))
    with pytest.raises(ImportRefused):
        reader.read(utf16)


def test_a_file_bigger_than_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # 2 GB, sparse: nothing is really written
    with pytest.raises(ImportRefused) as refused:
        reader.read(huge)
    assert refused.value.reason == "too_big"


def test_a_lone_surrogate_becomes_printable_text(opened: Vault, tmp_path: Path) -> None:
    path = tmp_path / "cv.json"
    path.write_text('{"skills": [{"name": "Soudure \\ud800"}]}', "utf-8")
    _import(opened, path)
    assert opened.records.list(Skill)[0].label.startswith("Soudure")


def _cheap() -> Any:
    from vault.kdf import cheap_params_for_tests

    return cheap_params_for_tests()


def test_brackets_inside_text_are_not_nesting(tmp_path: Path) -> None:
    summary = "[" * 500 + " mes crochets {" * 100
    plan = reader.read(_write(tmp_path, {"basics": {"summary": summary}}))
    (item,) = plan.items
    assert isinstance(item.record, Person) and item.record.summary == summary


def test_a_title_borrowed_at_import_is_exported_once_the_person_writes_their_own(
    opened: Vault, tmp_path: Path
) -> None:
    import dataclasses

    _import(opened, _write(tmp_path, {"work": [{"name": "Pied Piper", "startDate": "2014"}]}))
    (job,) = opened.records.list(Experience)
    assert job.title == "Pied Piper"  # borrowed from the company name
    assert json.loads(json_resume.export(career_from(opened)))["work"] == [
        {"name": "Pied Piper", "startDate": "2014"}
    ]
    opened.records.update(dataclasses.replace(job, title="Développeuse"))
    exported = json.loads(json_resume.export(career_from(opened)))["work"][0]
    assert exported["position"] == "Développeuse"


CORPUS = Path(__file__).resolve().parents[1] / "data" / "resumes"


def _values(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [v for entry in value.values() for v in _values(entry)]
    if isinstance(value, list):
        return [v for entry in value for v in _values(entry)]
    return []


REAL = sorted(p.name for p in CORPUS.glob("*.json") if "not-json-resume" not in p.name)
NOT_RESUMES = sorted(p.name for p in CORPUS.glob("*.json") if "not-json-resume" in p.name)


def test_the_corpus_has_twenty_real_resumes_of_several_vintages_and_languages() -> None:
    assert len(REAL) >= 20
    old = [n for n in REAL if '"company"' in (CORPUS / n).read_text("utf-8")]
    assert len(old) >= 3  # the pre-1.0 schema
    languages = {n.split(".")[-2] for n in REAL if n.count(".") == 2}
    assert {"fr", "de", "es", "it", "pt", "ru", "zh", "ja"} <= languages


@pytest.mark.parametrize("name", REAL)
def test_a_real_resume_keeps_every_value_or_says_which_it_set_aside(
    vault_files: VaultFiles, tmp_path: Path, name: str
) -> None:
    """Every text the person wrote comes back in the export (under today's keys), or the
    import report names it; and export, import, export gives the same bytes."""
    source = json.loads((CORPUS / name).read_text("utf-8"))
    with vault_files.open() as vault:
        plan = reader.read(CORPUS / name)
        find_duplicates(plan, vault)
        apply(plan, vault)
        first = json_resume.export(career_from(vault))
        if any(key in source.get("basics", {}) for key in ("company", "website")):
            assert all(e.organisation for e in vault.records.list(Experience) if e.kind == "job")
    kept = _values(json.loads(first))
    reported = " ".join(w.detail + " " + w.path for w in plan.warnings)
    source.pop("$schema", None)  # the export names the schema it follows itself
    missing = [v for v in _values(source) if v not in kept and v not in reported]
    assert not missing  # every value the person wrote comes back, or is named in the report
    jsonschema.validate(json.loads(first), schema())
    again = tmp_path / "again.musette"
    with Vault.create(again, "une autre phrase de passe").vault as other:
        (tmp_path / "cv.json").write_bytes(first)
        _import(other, tmp_path / "cv.json")
        assert json_resume.export(career_from(other)) == first


PRE_1_0 = ["0xadada-resume.json", "1987cr-cv.json", "ayastrebov-resume.json"]


@pytest.mark.parametrize("name", PRE_1_0)
def test_a_pre_1_0_resume_keeps_its_employers(opened: Vault, name: str) -> None:
    """`company`, `website`, `picture`, `gpa`: the schema's first names for today's keys."""
    _import(opened, CORPUS / name)
    jobs = [e for e in opened.records.list(Experience) if e.kind == "job"]
    assert jobs and all(e.organisation for e in jobs)  # the employer, not a blank
    exported = json.loads(json_resume.export(career_from(opened)))
    assert all(item.get("name") for item in exported["work"])


@pytest.mark.parametrize("name", NOT_RESUMES)
def test_other_json_formats_found_as_resume_json_are_refused(name: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        reader.read(CORPUS / name)
    assert refused.value.reason in ("not_resume", "wrong_shape")


def test_json_that_is_not_a_resume_is_refused_and_the_vault_is_unchanged(
    vault_files: VaultFiles,
) -> None:
    """A real résumé in another format (sections named alike, other keys) is not guessed at."""
    from tests.cli.test_command_line import musette

    before = fingerprint(vault_files.path.parent)
    result = musette(
        "import", "json-resume", str(CORPUS / "131250131-not-json-resume.json"),
        "--vault", str(vault_files.path), MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert result.returncode == 5
    assert "n'est pas un CV au format JSON Resume" in result.stderr
    assert fingerprint(vault_files.path.parent) == before


def test_the_section_vocabulary_is_the_official_schema() -> None:
    properties = schema()["properties"]
    for section, keys in reader.VOCABULARY.items():
        official = set(properties[section]["items"]["properties"])
        assert keys == official, section


def test_the_order_the_person_gave_is_the_order_exported(opened: Vault) -> None:
    """Skills, languages, interests, jobs: the person's priorities, not the alphabet."""
    source = json.loads((CORPUS / "0xadada-resume.json").read_text("utf-8"))
    _import(opened, CORPUS / "0xadada-resume.json")
    exported = json.loads(json_resume.export(career_from(opened)))
    for section, key in (("skills", "name"), ("interests", "name"), ("work", "position")):
        assert [i[key] for i in exported[section]] == [i[key] for i in source[section]], section
    assert [s["name"] for s in exported["skills"]][:2] == ["Languages", "Frameworks / Libraries"]


def test_an_end_date_musette_cannot_read_is_kept_and_never_printed_as_today(
    opened: Vault, tmp_path: Path
) -> None:
    """ "2015-03（1年6个月）" stays the person's text: the job does not become current."""
    import io

    from pypdf import PdfReader

    from exporters.actions import export
    from exporters.share import ShareChoice

    document = {
        "basics": {"name": "Li Wei"},
        "work": [
            {"name": "Huawei", "position": "Ingénieur", "startDate": "2013-09",
             "endDate": "2015-03（1年6个月）"},
            {"name": "ZTE", "position": "Stagiaire", "startDate": "2012-05", "endDate": "2011-01"},
        ],
    }  # fmt: skip
    _import(opened, _write(tmp_path, document))
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
            export.build(opened, "cv", ShareChoice())
        )).pages).split()
    )  # fmt: skip
    assert "sept. 2013 – 2015-03（1年6个月）" in text
    assert "mai 2012 – 2011-01" in text  # an end before the start: printed as written
    assert "aujourd’hui" not in text  # neither job reads as current
    exported = json.loads(json_resume.export(career_from(opened)))
    assert [w["endDate"] for w in exported["work"]] == ["2015-03（1年6个月）", "2011-01"]

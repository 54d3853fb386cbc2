"""Every word a person holds reaches the page: résumés rendered in every template and read back."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from exporters.actions import export, import_file
from exporters.share import SECTIONS, ShareChoice
from exporters.writers.cannot_draw import CannotDraw
from exporters.writers.cv_pdf import TEMPLATES
from tests.conftest import VaultFiles

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "json-resume"
# Not printed on a CV, by design: the picture's address (Musette prints a photo it
# holds), region and country codes, dates (printed in words, checked apart),
# a profile's network and user name when its address is printed, and bookkeeping.
NOT_PRINTED = re.compile(
    r"^(\$schema|meta\..*|basics\.(image|picture)|basics\.location\.(countryCode|region)"
    r"|basics\.profiles\[\d+\]\.(network|username)"
    r"|.*\.(startDate|endDate|date|releaseDate))$"
)


def _fonts_with(char: str) -> str:
    found = subprocess.run(
        ["fc-list", f":charset={ord(char):x}", "file"], capture_output=True, text=True, check=True
    )
    return found.stdout.strip()


def _is_url(path: str) -> bool:
    return path.endswith((".url", ".website"))  # "website": the pre-1.0 schema's name


def _strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)] if value.strip() else []
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, f"{path}.{k}".lstrip("."))]
    if isinstance(value, list):
        return [s for i, v in enumerate(value) for s in _strings(v, f"{path}[{i}]")]
    return []


def _flat(text: str) -> str:
    """Compared as a reader would: letters and digits only, case and typography aside."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum())


def _pdf_text(data: bytes) -> str:
    """The text a person copies out of the PDF, in reading order: poppler's pdftotext,
    which reads shaped Arabic and Hebrew back in logical order (pypdf gives their words
    in the order they are drawn)."""
    return unicodedata.normalize("NFKC", _pdftotext(data))


def _pdftotext(data: bytes, *options: str) -> str:
    """What poppler's pdftotext prints for the PDF, as it prints it (presentation forms kept)."""
    read = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, "-", "-"],
        input=data, capture_output=True, check=True,
    )  # fmt: skip
    return read.stdout.decode()


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    links = ""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        links = archive.read("word/_rels/document.xml.rels").decode()
    return "\n".join(p.text for p in document.paragraphs) + links


def _résumés() -> list[tuple[str, dict[str, Any]]]:
    found = [("sample", json.loads((SHARED / "sample.resume.json").read_text()))]
    for path in sorted((SHARED / "conformance").glob("*.json")):
        for name, document in json.loads(path.read_text()).items():
            if name.endswith("Valid") and isinstance(document, dict):
                found.append((f"{path.stem}:{name}", document))
    # Real résumés from public repositories, of the pre-1.0 schema (tests/data/README.md).
    corpus = Path(__file__).resolve().parents[1] / "data" / "resumes"
    for path in sorted(corpus.glob("*.json")):
        if "not-json-resume" not in path.name:
            found.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
    own = Path(__file__).parent / "scripts.resume.json"  # every script the issue names
    found.append(("scripts", json.loads(own.read_text(encoding="utf-8"))))
    return found


RÉSUMÉS = _résumés()
EVERYTHING = ShareChoice(sections=SECTIONS, hide=frozenset())


@pytest.mark.parametrize(("name", "document"), RÉSUMÉS, ids=[n for n, _ in RÉSUMÉS])
def test_every_field_of_a_résumé_is_in_every_cv(
    name: str, document: dict[str, Any], vault_files: VaultFiles, tmp_path: Path
) -> None:
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    # A web address is printed as a reader reads it, without "https://www." (the link has it).
    expected = [
        (p, re.sub(r"^[a-z]+://(www\.)?", "", v.strip()).rstrip("/") if _is_url(p) else v)
        for p, v in _strings(document)
        if not NOT_PRINTED.match(p)
    ]
    with vault_files.open() as vault:
        plan = import_file.prepare(import_file.read("json-resume", source, language="fr"), vault)
        import_file.apply(plan, vault)
    # What the import report names (a value set aside, a key of no format) is excused.
    reported = tuple(w.path for w in plan.warnings)
    expected = [
        (p, v) for p, v in expected
        if not any(p == r or p.startswith((r + ".", r + "[")) for r in reported)
    ]  # fmt: skip
    with vault_files.open() as vault:
        try:
            outputs = {
                f"cv-{template}": _pdf_text(
                    export.build(vault, "cv", dataclasses.replace(EVERYTHING, template=template))
                )
                for template in TEMPLATES
            }
        except CannotDraw as refused:
            # The one refusal allowed: a character no font of this machine has (an emoji
            # newer than Symbola), named with its field; nothing is printed without it.
            assert refused.char in json.dumps(document, ensure_ascii=False)
            assert not _fonts_with(refused.char), refused
            return
        outputs["docx"] = _docx_text(export.build(vault, "docx", EVERYTHING))
    for output, text in outputs.items():
        flat = _flat(text)
        missing = [(p, v) for p, v in expected if _flat(v) not in flat]
        assert not missing, (output, missing)


def test_a_character_no_font_draws_is_refused_with_its_field_and_nothing_is_written(
    demo_files: VaultFiles, tmp_path: Path
) -> None:
    from tests.cli.test_command_line import musette
    from vault.model import Experience

    with demo_files.open() as vault:
        # The melting face (Unicode 14): newer than every font these machines have.
        vault.records.add(Experience(title="Serveuse \U0001fae0", organisation="Café des Arts"))
    before = demo_files.path.read_bytes()
    target = tmp_path / "cv.pdf"
    result = musette(
        "export", "cv", str(target), "--vault", str(demo_files.path),
        MUSETTE_PASSPHRASE=demo_files.passphrase,
    )  # fmt: skip
    assert result.returncode == 1
    assert "U+1FAE0" in result.stderr and "intitulé" in result.stderr
    assert "Serveuse" in result.stderr and "rien n’a été écrit" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()
    assert demo_files.path.read_bytes() == before


def test_names_in_every_script_are_in_the_text_of_every_pdf(demo_files: VaultFiles) -> None:
    import dataclasses as dc

    from vault.model import Person

    names = {
        "vietnamese": "Nguyễn Thị Minh Khai", "polish": "Łucja Wężyk", "turkish": "Ağrı Şahin",
        "romanian": "Ștefan Țurcanu", "czech": "Jiří Dvořák", "greek": "Ελένη Παπαδοπούλου",
        "russian": "Ирина Петрова", "arabic": "محمد علي", "hebrew": "שרה כהן",
        "chinese": "王小明", "japanese": "やまだ たろう", "korean": "김민준",
        "armenian": "Արամ Խաչատրյան", "georgian": "ნინო ბერიძე",
    }  # fmt: skip
    with demo_files.open() as vault:
        person = vault.records.list(Person)[0]
        vault.records.update(dc.replace(person, headline=" · ".join(names.values())))
        for format_name in ("cv", "portfolio", "brief"):
            for template in TEMPLATES if format_name == "cv" else ("",):
                choice = ShareChoice(template=template)
                text = _flat(_pdf_text(export.build(vault, format_name, choice)))
                missing = [k for k, v in names.items() if _flat(v) not in text]
                assert not missing, (format_name, template, missing)


def test_linkedin_languages_print_with_the_words_linkedin_gave(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    from tests.support.archives import linkedin_files, write_zip

    archive = write_zip(tmp_path / "Basic_LinkedInDataExport.zip", linkedin_files())
    with vault_files.open() as vault:
        plan = import_file.prepare(import_file.read("linkedin", archive, language="fr"), vault)
        import_file.apply(plan, vault)
        text = " ".join(_pdf_text(export.build(vault, "cv", EVERYTHING)).split())
    assert "Arabe — Native or bilingual proficiency" in text
    assert "Anglais — Limited working proficiency" in text  # never a level it did not say


def test_a_long_right_to_left_paragraph_reads_from_its_first_line(demo_files: VaultFiles) -> None:
    """Lines are cut in reading order: the first printed line holds the first words."""
    import dataclasses as dc

    from vault.model import Person

    middle = " ".join(["مسؤول عن الحسابات والميزانية في الشركة"] * 12)
    summary = f"بداية {middle} نهاية"
    with demo_files.open() as vault:
        person = vault.records.list(Person)[0]
        vault.records.update(dc.replace(person, summary=summary))
        text = _pdf_text(export.build(vault, "cv", ShareChoice(template="classique")))
    lines = text.splitlines()
    arabic = [n for n, line in enumerate(lines) if "الحسابات" in line]
    assert len(arabic) >= 3  # a paragraph of several lines
    first, last = lines[arabic[0]], lines[arabic[-1]]
    assert "بداية" in first and "نهاية" in last


def test_chinese_and_japanese_lines_break_between_characters_never_before_a_full_stop(
    demo_files: VaultFiles,
) -> None:
    """A line may break between any two ideographs, but never begins with 。、，」 (kinsoku)."""
    import dataclasses as dc

    from reportlab.lib.textsplit import ALL_CANNOT_START

    from vault.model import Person

    # Sentences of real CVs (tests/data/resumes: abramyang-resume.zh.json,
    # riankawahara-resume.ja.json): wrapped as one long word, the Chinese one's last line
    # was its full stop alone.
    sentence = (
        "为全球奢侈品和高端品牌提供服务，包括佳士得、爱马仕、卡莉斯塔、梅西卡、宝嘉尔、宝格丽等。"
    )
    japanese = "LINEとHubSpotを統合するLittle Help Connect SaaSでフルスタック開発。"
    with demo_files.open() as vault:
        person = vault.records.list(Person)[0]
        vault.records.update(dc.replace(person, summary=" ".join([sentence] * 3 + [japanese])))
        for template in TEMPLATES:
            text = _pdf_text(export.build(vault, "cv", ShareChoice(template=template)))
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            assert [line for line in lines if "奢侈品" in line], template
            assert not [line for line in lines if line[0] in ALL_CANNOT_START], template
            # Latin words inside the Japanese are never cut.
            for word in ("HubSpot", "Little", "Connect", "SaaS"):
                assert [line for line in lines if word in line], (template, word)


def test_arabic_and_hebrew_letters_are_joined_and_read_back_in_reading_order(
    demo_files: VaultFiles,
) -> None:
    """Shaped by HarfBuzz in every PDF: Arabic letters in their joined forms, words read
    back as written, and no optional ligature the person did not write (ﷴ, ﬁ)."""
    import dataclasses as dc

    from vault.model import Person

    headline = "Comptable, fichiers · (محمد) علي · שרה כהן · Nguyễn · 王小明"
    with demo_files.open() as vault:
        person = vault.records.list(Person)[0]
        vault.records.update(dc.replace(person, headline=headline))
        for format_name in ("cv", "portfolio", "brief"):
            for template in TEMPLATES if format_name == "cv" else ("",):
                data = export.build(vault, format_name, ShareChoice(template=template))
                raw = _pdftotext(data)
                where = (format_name, template)
                # Joined: initial, medial and final forms, never the isolated letters alone.
                assert "\ufee3\ufea4\ufee4\ufeaa" in raw, where  # محمد, letter by letter
                assert "\ufdf4" not in raw, where  # the ligature ﷴ
                assert "fichiers" in raw, where  # not « ﬁchiers », as other Latin words
                text = _flat(raw)
                assert _flat("محمد علي") in text and _flat("שרה כהן") in text, where


def test_a_right_to_left_paragraph_fills_its_lines_with_joined_letters() -> None:
    """Lines are cut at the width the joined letters take, as HarfBuzz sets them."""
    import fontpkg_ibm_plex_sans_arabic as plex
    import uharfbuzz
    from reportlab.lib.styles import ParagraphStyle

    from exporters.writers import fonts, scripts

    fonts.register()
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13)
    word = "والميزانية"
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(
        str(plex.ROOT / "files" / "IBMPlexSansArabic-Regular.ttf")
    ))  # fmt: skip
    font = uharfbuzz.Font(face)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    advance = sum(p.x_advance for p in buffer.glyph_positions) / face.upem * 10
    assert scripts._width(word, style, False) == pytest.approx(advance, rel=0.01)

    text = " ".join(["مسؤول عن الحسابات والميزانية في الشركة"] * 8)
    paragraph = scripts.paragraph(text, style)
    width = 300.0
    paragraph.wrap(width, 1000)
    lines = paragraph._lines(width)
    assert len(lines) >= 3
    for line, following in zip(lines, lines[1:], strict=False):
        assert scripts._width(line, style, False) <= width
        longer = f"{line} {following.split(' ')[0]}"
        assert scripts._width(longer, style, False) > width  # no room left for one more word


def test_an_arabic_name_heads_the_cv_where_a_latin_one_would(demo_files: VaultFiles) -> None:
    """A name or a headline keeps the template's place in any script; running text written
    right to left is set flush right. Neither touches the next line."""
    import dataclasses as dc

    from vault.model import Person

    summary = " ".join(["مسؤول عن الحسابات والميزانية في الشركة"] * 4)
    with demo_files.open() as vault:
        person = vault.records.list(Person)[0]
        vault.records.update(
            dc.replace(person, given_name="ليلى", family_name="بن علي", summary=summary)
        )
        data = export.build(vault, "cv", ShareChoice(template="moderne"))
    boxes = _pdftotext(data, "-bbox", "-l", "1")  # the first page's words, each with its box
    words = [
        (float(x0), float(y0), float(x1), float(y1), unicodedata.normalize("NFKC", text))
        for x0, y0, x1, y1, text in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', boxes
        )
    ]
    lines: dict[float, list[tuple[float, float, float, float, str]]] = {}
    for word in words:
        lines.setdefault(word[1], []).append(word)
    tops = sorted(lines)
    name, headline = lines[tops[0]], lines[tops[1]]
    assert all(re.search("[\u0600-\u06ff]", w[4]) for w in name)
    assert min(w[0] for w in name) == pytest.approx(min(w[0] for w in headline), abs=1)
    assert max(w[3] for w in name) <= min(w[1] for w in headline)  # the tails above it
    arabic = [
        top for top in tops[2:] if any(re.search("[\u0600-\u06ff]", w[4]) for w in lines[top])
    ]
    page_right = max(w[2] for top in tops for w in lines[top])
    # Flush right (poppler's boxes for joined Arabic letters stop a few points short).
    assert max(w[2] for w in lines[arabic[0]]) == pytest.approx(page_right, abs=10)
    assert min(w[0] for w in lines[arabic[-1]]) > min(w[0] for w in headline) + 50


def test_a_latin_name_and_its_number_keep_their_order_in_an_arabic_sentence() -> None:
    """Words in the order they are seen: « (Sage 100) » was drawn « 100). (Sage »."""
    from exporters.writers.scripts import visual_order

    assert visual_order("مسؤولة منذ 2019 (Sage 100).") == "(Sage 100). 2019 منذ مسؤولة"
    assert visual_order("شركة 12 النور") == "النور 12 شركة"  # between two Arabic words
    assert visual_order("Comptable chez شركة النور depuis 2019") == (
        "Comptable chez النور شركة depuis 2019"
    )

"""What a share choice hides is nowhere in any format: not in the text, not in the bytes."""

from __future__ import annotations

import base64
import dataclasses
import io
import json
import zipfile

import pytest
from PIL import Image
from pypdf import PdfReader

from exporters.actions import export
from exporters.registry import WRITERS
from exporters.share import HIDEABLE, ShareChoice
from tests.conftest import VaultFiles
from vault import Vault
from vault.model import Person

SECRETS = {
    "address": "17 impasse des Glycines",
    "birth_date": "1984-07-21",
    "phone": "06 12 34 56 78",
    "email": "sophie.lefevre@example.org",
    "links": "github.com/sophie-lefevre-logistique",
}


def _photo() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = "Photographe Indiscret"
    out = io.BytesIO()
    Image.new("RGB", (120, 160), (90, 60, 40)).save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture
def demo(demo_files: VaultFiles):  # type: ignore[no-untyped-def]
    with demo_files.open() as vault:
        photo = vault.documents.add("photo.jpg", _photo())
        person = vault.records.list(Person)[0]
        vault.records.update(
            dataclasses.replace(
                person,
                address=SECRETS["address"],
                birth_date=SECRETS["birth_date"],
                photo_document_id=photo.id,
                extra=json.dumps(
                    {
                        "json_resume": {
                            "keep": {
                                "profiles": [
                                    {"network": "GitHub", "url": "https://" + SECRETS["links"]}
                                ]
                            }
                        }
                    }
                ),
            )
        )
        yield vault


def _readable(format_name: str, data: bytes) -> str:
    """Everything a reader of the file could see, as text."""
    if data.startswith(b"%PDF"):
        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages) + str(reader.metadata)
    if format_name == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return data.decode("utf-8")


def _flat(text: str) -> str:
    return "".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("format_name", sorted(WRITERS))
@pytest.mark.parametrize("hidden", sorted(SECRETS))
def test_a_hidden_detail_is_nowhere_in_the_export(
    demo: Vault, format_name: str, hidden: str
) -> None:
    template = "moderne"
    shown = export.build(demo, format_name, ShareChoice(hide=frozenset(), template=template))
    secret = SECRETS[hidden]
    if format_name in ("cv", "docx", "json-resume", "europass") and hidden != "birth_date":
        assert _flat(secret) in _flat(_readable(format_name, shown))  # it is there when allowed
    if format_name == "europass" and hidden == "birth_date":
        assert 'year="1984"month="--07"day="---21"' in _flat(_readable(format_name, shown))
    data = export.build(demo, format_name, ShareChoice(hide=frozenset({hidden}), template=template))
    assert _flat(secret) not in _flat(_readable(format_name, data))
    assert secret.encode() not in data


@pytest.mark.parametrize("format_name", sorted(WRITERS))
def test_the_anonymous_version_has_no_contact_details(demo: Vault, format_name: str) -> None:
    data = export.build(demo, format_name, ShareChoice(hide=frozenset(), anonymise=True))
    text = _flat(_readable(format_name, data))
    for secret in [*SECRETS.values(), "Sophie", "Lefèvre"]:
        assert _flat(secret) not in text, secret


def test_the_photo_shows_only_when_allowed_and_without_its_exif(demo: Vault) -> None:
    with_photo = export.build(demo, "cv", ShareChoice(hide=frozenset(), template="moderne"))
    without = export.build(demo, "cv", ShareChoice(hide=frozenset({"photo"}), template="moderne"))
    assert b"/Subtype /Image" in with_photo and b"/Subtype /Image" not in without
    assert b"Photographe Indiscret" not in with_photo and b"Exif" not in with_photo
    europass = export.build(demo, "europass", ShareChoice(hide=frozenset()))
    photo = base64.b64decode(europass.split(b"<Data>")[1].split(b"</Data>")[0])
    assert photo.startswith(b"\x89PNG") and b"Photographe" not in photo
    assert set(HIDEABLE) == set(SECRETS) | {"photo", "disability"}

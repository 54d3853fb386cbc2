"""What a package installs: icons in every size, the MIME type, the desktop entry, one version."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

import musette_desktop

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"


def test_the_icon_exists_in_every_size_desktops_use() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ROOT / "resources" / "icons" / f"musette-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (ROOT / "resources" / "icons" / "musette.ico").exists()


def test_double_clicking_a_musette_file_opens_musette() -> None:
    mime = ET.parse(LINUX / "musette-mime.xml").getroot()
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", namespace)
    assert kind is not None and kind.get("type") == "application/x-musette"
    assert [g.get("pattern") for g in kind.findall("m:glob", namespace)] == ["*.musette"]
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "org.musette.Musette.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert "application/x-musette" in desktop["MimeType"].split(";")
    assert desktop["Exec"] == "musette %f"  # the app takes a vault path and opens its unlock page


def test_the_version_is_the_same_everywhere() -> None:
    version = musette_desktop.__version__
    metainfo = ET.parse(LINUX / "org.musette.Musette.metainfo.xml").getroot()
    assert metainfo.find("releases/release").get("version") == version  # type: ignore[union-attr]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## (\S+)", changelog, re.M).group(1) == version  # type: ignore[union-attr]

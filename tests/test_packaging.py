"""What a package installs: icons in every size, the MIME type, the desktop entry, one version."""

from __future__ import annotations

import argparse
import configparser
import importlib.util
import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

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


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def template_bundle(root: Path) -> Path:
    """A bundle root as Briefcase's template leaves it: a generic launcher and icons."""
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "org.musette.musette.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Musette\nExec=/usr/bin/musette %F\n"
    )
    for size in (16, 512):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "org.musette.musette.png"
        icon.parent.mkdir(parents=True)
        icon.write_bytes(b"template icon")
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "musette").write_bytes(b"\x7fELF launcher")
    return root


def test_the_package_carries_one_launcher_with_musettes_icon_mime_type_and_metadata(
    tmp_path: Path,
) -> None:
    integration = load_script("desktop_integration")
    project = template_bundle(tmp_path / "musette-1.0")
    integration.install(project)

    share = project / "usr" / "share"
    entries = list((share / "applications").glob("*.desktop"))
    assert [e.name for e in entries] == ["org.musette.Musette.desktop"]
    icon = integration.icon_name(entries[0])
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{icon}.png"
        assert QImage(str(png)).width() == size
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{icon}.svg").exists()
    assert not list(share.glob("icons/hicolor/*/apps/org.musette.musette.png"))
    metainfo = ET.parse(share / "metainfo" / "org.musette.Musette.metainfo.xml").getroot()
    assert metainfo.findtext("launchable") == entries[0].name
    mime = (share / "mime" / "packages" / "org.musette.Musette.xml").read_text()
    assert 'pattern="*.musette"' in mime and f'<icon name="{icon}"/>' in mime


def test_a_package_missing_what_people_need_is_named_line_by_line(tmp_path: Path) -> None:
    integration = load_script("desktop_integration")
    project = template_bundle(tmp_path / "root")
    deb = tmp_path / "musette.deb"
    (project / "DEBIAN").mkdir()
    (project / "DEBIAN" / "control").write_text(
        "Package: musette\nVersion: 1.0\nArchitecture: all\n"
        "Maintainer: Musette <m@example.org>\nDescription: test\n"
    )
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(project), str(deb)],
        check=True,
        capture_output=True,
    )
    problems = integration.check(deb)
    assert "missing usr/share/applications/org.musette.Musette.desktop" in problems
    assert "missing usr/lib/musette/app/resources/esco.sqlite" in problems
    assert "missing usr/lib/musette/app/resources/translations/musette_en.qm" in problems

    integration.install(project)
    app = project / "usr" / "lib" / "musette" / "app" / "resources"
    for relative in ("esco.sqlite", "translations/musette_en.qm", "rights/2026.json"):
        (app / relative).parent.mkdir(parents=True, exist_ok=True)
        (app / relative).write_bytes(b"data")
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(project), str(deb)],
        check=True,
        capture_output=True,
    )
    assert integration.check(deb) == []

    two_launchers = [
        *integration.required(),
        "./usr/share/applications/org.musette.musette.desktop",
    ]
    assert integration.missing_from(two_launchers) == [
        "2 desktop entries instead of one: ['usr/share/applications/org.musette.Musette.desktop', "
        "'usr/share/applications/org.musette.musette.desktop']"
    ]


def test_the_man_page_describes_every_command() -> None:
    from musette_desktop.cli import build_parser

    page = (LINUX / "musette.1").read_text(encoding="utf-8")
    commands = next(
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    for name in commands.choices:
        assert re.search(rf'^\.BI? "?{name} ', page, re.M), name


def test_the_licence_is_named_the_same_for_briefcase_and_appstream() -> None:
    briefcase = tomllib.loads((ROOT / "briefcase.toml").read_text())["tool"]["briefcase"]
    metainfo = ET.parse(LINUX / "org.musette.Musette.metainfo.xml").getroot()
    assert metainfo.findtext("project_license") == briefcase["license"]

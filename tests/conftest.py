"""Shared fixtures: a template vault built once per session and copied per test."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vault import Unlock, Vault  # noqa: E402

if TYPE_CHECKING:
    from ui.settings import AppSettings
from vault.kdf import cheap_params_for_tests  # noqa: E402

PASSPHRASE = "cheval agrafe batterie correcte"
# shared/ lies beside the checkout, for developers and for CI alike.
SHARED = Path(__file__).resolve().parents[2] / "shared"


@dataclass(frozen=True)
class VaultFiles:
    """A closed vault on disk and what opens it."""

    path: Path
    passphrase: str
    recovery_code: str
    recovery_hex: str

    @property
    def key_path(self) -> Path:
        return self.path.with_name(self.path.name + "-keys")

    def open(self, **kwargs: object) -> Vault:
        return Vault.open(self.path, Unlock(passphrase=self.passphrase), **kwargs)  # type: ignore[arg-type]


def fingerprint(folder: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file in a folder: proof that nothing changed."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@contextlib.contextmanager
def _public_file(variable: str, path: Path) -> Iterator[Path]:
    """The tests read `path` through `variable`, never the person's own file."""
    previous = os.environ.get(variable)
    os.environ[variable] = str(path)
    yield path
    if previous is None:
        os.environ.pop(variable, None)
    else:
        os.environ[variable] = previous


@pytest.fixture(scope="session", autouse=True)
def esco_taxonomy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The ESCO taxonomy built once from ../shared/data/esco, as `make run` builds it."""
    from vault import taxonomy

    path = tmp_path_factory.mktemp("esco") / "esco.sqlite"
    if (SHARED / "data" / "esco").is_dir():  # else only the tests that read ESCO fail, loudly
        taxonomy.import_esco(SHARED / "data" / "esco", path)
    with _public_file("MUSETTE_TAXONOMY", path):
        yield path


@pytest.fixture(scope="session", autouse=True)
def rome_reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """ROME 4.0 and Diagoriente's lists built once from ../shared/data, as `make run` does."""
    from vault import reference

    path = tmp_path_factory.mktemp("rome") / "reference.sqlite"
    if (SHARED / "data" / "rome-4.0").is_dir():  # else only the tests that read it fail
        reference.import_rome(SHARED / "data" / "rome-4.0", path)
    with _public_file("MUSETTE_REFERENCE", path):
        yield path


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> VaultFiles:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.musette"
    created = Vault.create(path, PASSPHRASE, kdf_params=cheap_params_for_tests())
    created.vault.close()
    return VaultFiles(path, PASSPHRASE, created.recovery_code, created.recovery_hex)


@pytest.fixture(scope="session")
def template_demo(tmp_path_factory: pytest.TempPathFactory) -> VaultFiles:
    from vault import demo

    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.musette"
    created = Vault.create(path, PASSPHRASE, kdf_params=cheap_params_for_tests())
    with created.vault as vault:
        demo.fill(vault)
    return VaultFiles(path, PASSPHRASE, created.recovery_code, created.recovery_hex)


def _copy(template: VaultFiles, folder: Path, name: str) -> VaultFiles:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.copy2(template.path, path)
    shutil.copy2(template.key_path, path.with_name(path.name + "-keys"))
    return VaultFiles(path, template.passphrase, template.recovery_code, template.recovery_hex)


@pytest.fixture
def vault_files(template_vault: VaultFiles, tmp_path: Path) -> VaultFiles:
    """A fresh empty vault of one's own, closed."""
    return _copy(template_vault, tmp_path / "vaults", "ma.musette")


@pytest.fixture
def demo_files(template_demo: VaultFiles, tmp_path: Path) -> VaultFiles:
    """A vault holding the demo career, closed."""
    return _copy(template_demo, tmp_path / "vaults", "demo.musette")


@pytest.fixture(autouse=True)
def _sync_state_of_this_test_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a computer remembers of its sync goes in the test's folder, never the tester's home."""
    monkeypatch.setenv("MUSETTE_SYNC_STATE", str(tmp_path / "sync-state"))


@pytest.fixture
def opened(vault_files: VaultFiles) -> Iterator[Vault]:
    with vault_files.open() as vault:
        yield vault


@pytest.fixture
def app_settings(tmp_path: Path) -> Iterator[AppSettings]:
    """App preferences in a scratch file, never the person's own."""
    from PySide6.QtCore import QSettings

    from ui.settings import AppSettings

    settings = AppSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        data_folder=tmp_path / "data",
    )
    settings.language = "fr"
    yield settings
    from ui.i18n import apply_language

    apply_language("fr")  # the next test starts in French whatever this one chose


# The fault and leak suite prints its numbers at the end of every run (kills
# survived, files mutated, markers searched): tests add a line here.
FAULT_REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FAULT_REPORT:
        terminalreporter.write_sep("-", "faults and leaks")
        for line in FAULT_REPORT:
            terminalreporter.write_line(line)

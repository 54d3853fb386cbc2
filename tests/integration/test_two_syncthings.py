"""Two real Syncthing instances carry the snapshots between a laptop and a home computer.

Debian's `syncthing`, started here on loopback ports with generated keys and a config
written by the test: no relay, no discovery, no upgrade, no usage report. Each computer's
Musette syncs into its own copy of the shared folder; Syncthing does the rest. A clash is
made on purpose (a clone of the laptop writing under its id while the two are apart), and
Syncthing's `.sync-conflict-…` copy is merged and tidied.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import VaultFiles
from tests.vault.test_sync import Computer
from vault import Unlock
from vault.model import Experience
from vault.sync import join

SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "musette"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Syncthing:
    """One Syncthing instance with its own home, on loopback only."""

    def __init__(self, home: Path, folder: Path, name: str) -> None:
        self.home, self.folder, self.name = home, folder, name
        self.port, self.gui = _free_port(), _free_port()
        self.api_key = f"musette-test-{name}"
        printed = subprocess.run(
            [SYNCTHING, "generate", f"--home={home}"], capture_output=True, text=True, check=True
        )
        found = re.search(r"Device ID: (\S+)", printed.stdout + printed.stderr)
        assert found, printed
        self.device_id = found.group(1)
        folder.mkdir(parents=True)
        (folder / ".stfolder").mkdir()
        self.process: subprocess.Popen[bytes] | None = None

    def configure(self, other: Syncthing) -> None:
        devices = "".join(
            f'<device id="{d.device_id}" name="{d.name}" compression="metadata">'
            f"<address>tcp://127.0.0.1:{d.port}</address></device>"
            for d in (self, other)
        )
        (self.home / "config.xml").write_text(
            f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="Musette" path="{self.folder}" type="sendreceive"
            rescanIntervalS="3600" fsWatcherEnabled="false">
        <device id="{self.device_id}"></device>
        <device id="{other.device_id}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
    </folder>
    {devices}
    <gui enabled="true" tls="false"><address>127.0.0.1:{self.gui}</address>
        <apikey>{self.api_key}</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{self.port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
""",
            encoding="utf-8",
        )

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1", "HOME": str(self.home)}
        self.process = subprocess.Popen(
            [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart"],
            env=env,
            stdout=(self.home / "log.txt").open("wb"),
            stderr=subprocess.STDOUT,
        )
        _wait(lambda: self._get("/rest/system/ping") == {"ping": "pong"}, "Syncthing to start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def scan(self) -> None:
        self._call("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def _get(self, path: str) -> object:
        try:
            return self._call("GET", path)
        except OSError:
            return None

    def _call(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            body = answer.read()
        return json.loads(body) if body.strip() else None


def _wait(condition: Callable[[], bool], what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"waited {timeout} s for {what}")


def _snapshots(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file() and ".musette-sync" in p.name and not p.name.endswith(".tmp")
    }


def _carry(a: Syncthing, b: Syncthing) -> None:
    """Scan both sides and wait until both folders hold the same snapshots."""

    def same() -> bool:
        a.scan()
        b.scan()
        return _snapshots(a.folder) == _snapshots(b.folder)

    _wait(same, "Syncthing to carry the snapshots")


@pytest.fixture
def syncthings(tmp_path: Path) -> Iterator[tuple[Syncthing, Syncthing]]:
    if SYNCTHING is None:
        pytest.fail("syncthing is not installed: `make test` installs it (scripts/sysdeps.sh)")
    laptop = Syncthing(tmp_path / "st-laptop", tmp_path / "laptop" / "Sync", "laptop")
    home = Syncthing(tmp_path / "st-home", tmp_path / "home" / "Sync", "home")
    laptop.configure(home)
    home.configure(laptop)
    laptop.start()
    home.start()
    try:
        yield laptop, home
    finally:
        laptop.stop()
        home.stop()


def test_two_syncthings_carry_the_musette_and_both_computers_end_the_same(
    syncthings: tuple[Syncthing, Syncthing], vault_files: VaultFiles, tmp_path: Path
) -> None:
    st_laptop, st_home = syncthings
    laptop = Computer(vault_files.path, tmp_path / "laptop-state", vault_files.passphrase)
    with laptop.open() as vault:
        vault.records.add(Experience(title="Cariste", organisation="LogiSud"))
    laptop.sync(st_laptop.folder)
    _carry(st_laptop, st_home)

    home = Computer(tmp_path / "home" / "ma.musette", tmp_path / "home-state", laptop.passphrase)
    join(st_home.folder, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    assert home.holds() == laptop.holds()

    # A day on each computer, then each syncs while Syncthing carries the files between.
    with laptop.open() as vault:
        vault.records.add(Experience(title="Préparatrice de commandes"))
    with home.open() as vault:
        vault.records.add(Experience(title="Magasinier"))
    for _ in range(2):
        laptop.sync(st_laptop.folder)
        home.sync(st_home.folder)
        _carry(st_laptop, st_home)
    laptop.sync(st_laptop.folder)
    assert laptop.holds() == home.holds()
    assert laptop.holds()["experience"] == ("Cariste", "Magasinier", "Préparatrice de commandes")

    # Apart: a clone of the laptop (same id) writes on the home side, the laptop on its own.
    st_home.stop()
    clone = Computer(tmp_path / "clone" / "ma.musette", tmp_path / "clone-state", laptop.passphrase)
    clone.vault.parent.mkdir()
    shutil.copy(laptop.vault, clone.vault)
    shutil.copy(f"{laptop.vault}-keys", f"{clone.vault}-keys")
    shutil.copytree(laptop.state, clone.state)
    with clone.open() as vault:
        vault.records.add(Experience(title="Chef d'équipe"))
    clone.sync(st_home.folder)
    with laptop.open() as vault:
        vault.records.add(Experience(title="Cariste de nuit"))
    laptop.sync(st_laptop.folder)
    st_home.start()
    _wait(
        lambda: (
            (st_laptop.scan(), st_home.scan())
            and any(".sync-conflict-" in p.name for p in st_laptop.folder.iterdir())
        ),
        "Syncthing's conflict copy",
    )
    _carry(st_laptop, st_home)

    with laptop.open() as vault:
        from vault.sync import sync_now

        report = sync_now(vault, st_laptop.folder, state_dir=laptop.state)
    assert any(".sync-conflict-" in p.name for p in report.tidied)
    _carry(st_laptop, st_home)
    home.sync(st_home.folder)
    _carry(st_laptop, st_home)
    laptop.sync(st_laptop.folder)
    assert laptop.holds() == home.holds()
    assert {"Chef d'équipe", "Cariste de nuit"} <= set(laptop.holds()["experience"])

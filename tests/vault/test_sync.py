"""One musette on a laptop and a home computer, synced through a folder their sync tool shares."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import VaultFiles
from vault import Unlock, Vault
from vault.model import Document, Experience, Skill
from vault.sync import SyncRefused, conflicts, join, leave, resolve, sync_now
from vault.sync_folder import snapshot_name


@dataclasses.dataclass
class Computer:
    """A computer with its own copy of the musette and its own sync state."""

    vault: Path
    state: Path
    passphrase: str

    def open(self) -> Vault:
        return Vault.open(self.vault, Unlock(passphrase=self.passphrase))

    def sync(self, folder: Path) -> dict[str, object]:
        with self.open() as vault:
            return sync_now(vault, folder, state_dir=self.state).as_json()

    def holds(self) -> dict[str, tuple[str, ...]]:
        """Every record the computer holds, by table, with what it says (times aside)."""
        with self.open() as vault:
            return {
                "experience": tuple(sorted(e.title for e in vault.records.list(Experience))),
                "skill": tuple(sorted(s.label for s in vault.records.list(Skill))),
            }


@pytest.fixture
def two_computers(vault_files: VaultFiles, tmp_path: Path) -> tuple[Computer, Computer, Path]:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Computer(vault_files.path, tmp_path / "laptop-state", vault_files.passphrase)
    with laptop.open() as vault:
        vault.records.add(Experience(title="Cariste", organisation="LogiSud"))
        vault.records.add(Skill(label="conduire un chariot élévateur"))
    laptop.sync(folder)
    home = Computer(tmp_path / "home" / "ma.musette", tmp_path / "home-state", laptop.passphrase)
    home.vault.parent.mkdir()
    join(folder, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    return laptop, home, folder


def test_a_new_computer_joins_from_the_folder_with_the_passphrase(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, _ = two_computers
    assert home.holds() == laptop.holds()
    assert home.holds()["experience"] == ("Cariste",)


def test_edits_on_both_computers_come_together_and_nothing_is_lost(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two_computers
    with laptop.open() as vault:
        vault.records.add(Experience(title="Préparatrice de commandes"))
        [cariste] = vault.records.list(Experience)[:1]
        vault.records.update(dataclasses.replace(cariste, location="Vénissieux"))
        vault.documents.add("caces.pdf", b"%PDF-1.4 CACES 3\n")
    with home.open() as vault:
        vault.records.add(Experience(title="Magasinier"))
        [skill] = vault.records.list(Skill)
        vault.records.move_to_trash(Skill, skill.id)

    first = laptop.sync(folder)
    assert first == {"merged_from": [], "added": 0, "updated": 0, "deleted": 0, "conflicts": 0}
    from_laptop = home.sync(folder)
    assert from_laptop["added"] == 2 and from_laptop["updated"] == 1  # a job and the PDF; Cariste
    from_home = laptop.sync(folder)
    assert from_home["added"] == 1 and from_home["deleted"] == 1 and from_home["conflicts"] == 0

    assert (
        laptop.holds()
        == home.holds()
        == {
            "experience": ("Cariste", "Magasinier", "Préparatrice de commandes"),
            "skill": (),
        }
    )
    with home.open() as vault:
        [cariste] = [e for e in vault.records.list(Experience) if e.title == "Cariste"]
        assert cariste.location == "Vénissieux"
        [document] = vault.records.list(Document)
        assert vault.documents.content(document.id) == b"%PDF-1.4 CACES 3\n"
        assert [hit.title for hit in vault.records.search("Venissieux")] == ["Cariste"]
    # The home computer takes in the laptop's last snapshot; then neither has anything new.
    assert home.sync(folder) == {**first, "merged_from": [_name(laptop)]}
    assert laptop.sync(folder)["merged_from"] == home.sync(folder)["merged_from"] == []


def test_the_same_field_changed_on_both_is_kept_both_ways_until_the_person_chooses(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two_computers
    for computer, title in ((laptop, "Cariste CACES 1, 3 et 5"), (home, "Cariste d'entrepôt")):
        with computer.open() as vault:
            [job] = vault.records.list(Experience)
            vault.records.update(dataclasses.replace(job, title=title))
    laptop.sync(folder)
    assert home.sync(folder)["conflicts"] == 1
    laptop.sync(folder)

    for computer in (laptop, home):
        with computer.open() as vault:
            [conflict] = conflicts(vault)
            assert conflict.column == "title"
            assert {conflict.first, conflict.second} == {
                "Cariste CACES 1, 3 et 5",
                "Cariste d'entrepôt",
            }
    assert laptop.holds() == home.holds()

    with laptop.open() as vault:
        resolve(vault, conflicts(vault)[0].id, "Cariste CACES 1, 3 et 5")
    laptop.sync(folder)
    home.sync(folder)
    for computer in (laptop, home):
        with computer.open() as vault:
            assert conflicts(vault) == []
        assert computer.holds()["experience"] == ("Cariste CACES 1, 3 et 5",)


def test_a_record_deleted_here_but_edited_there_is_kept(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two_computers
    with laptop.open() as vault:
        [job] = vault.records.list(Experience)
        vault.records.move_to_trash(Experience, job.id)
    with home.open() as vault:
        [job] = vault.records.list(Experience)
        vault.records.update(dataclasses.replace(job, description="Chargement des camions"))
    laptop.sync(folder)
    home.sync(folder)
    laptop.sync(folder)
    assert laptop.holds()["experience"] == home.holds()["experience"] == ("Cariste",)


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_what_cannot_be_merged_is_left_alone_with_its_reason(
    two_computers: tuple[Computer, Computer, Path], tmp_path: Path, vault_files: VaultFiles
) -> None:
    laptop, home, folder = two_computers
    home.sync(folder)
    [home_snapshot] = [p for p in folder.iterdir() if p.name != _laptop_name(laptop)]
    data = home_snapshot.read_bytes()
    (folder / "musette-abc (conflicted copy).musette-sync").write_bytes(data[: len(data) // 2])
    newer = folder / "musette-newer.musette-sync"
    _rewrite_manifest(home_snapshot, newer, schema=99)
    other = tmp_path / "other.musette"
    Vault.create(other, "autre phrase de passe assez longue").vault.close()
    with Vault.open(other, Unlock(passphrase="autre phrase de passe assez longue")) as vault:
        sync_now(vault, folder, state_dir=tmp_path / "other-state")

    with laptop.open() as vault:
        report = sync_now(vault, folder, state_dir=laptop.state)
    reasons = {s.path.name: s.why for s in report.skipped}
    assert reasons["musette-abc (conflicted copy).musette-sync"] == "unreadable"
    assert reasons["musette-newer.musette-sync"] == "newer_schema"
    assert "other_vault" in reasons.values()
    assert laptop.holds() == home.holds()


def test_a_manifest_that_lies_about_its_generation_is_refused(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two_computers
    home.sync(folder)
    laptop.sync(folder)
    with home.open() as vault:
        vault.records.add(Skill(label="gestes et postures"))
    home_file = next(p for p in folder.iterdir() if p.name != _laptop_name(laptop))
    before = json.loads(zipfile.ZipFile(home_file).read("manifest.json"))["sync"]["generation"]
    home.sync(folder)
    _rewrite_manifest(home_file, home_file, generation=before)  # new content, old number
    before_vault = _fingerprint(laptop.vault)

    with laptop.open() as vault:
        report = sync_now(vault, folder, state_dir=laptop.state)
    assert [s.why for s in report.skipped] == ["generation_reused"]
    assert report.merged_from == []
    assert _fingerprint(laptop.vault) == before_vault


def test_a_syncthing_conflict_copy_is_merged_then_tidied(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two_computers
    home.sync(folder)
    laptop.sync(folder)
    with home.open() as vault:
        vault.records.add(Experience(title="Cariste de nuit"))
    home.sync(folder)
    home_file = next(p for p in folder.iterdir() if p.name != _laptop_name(laptop))
    clash = folder / home_file.name.replace(
        ".musette-sync", ".sync-conflict-20261202-101010-ABCDEFG.musette-sync"
    )
    older = home_file.read_bytes()
    with home.open() as vault:  # the home computer goes on; its own file moves ahead
        vault.records.add(Skill(label="inventaire"))
    home.sync(folder)
    clash.write_bytes(older)  # Syncthing kept the version it could not reconcile

    with laptop.open() as vault:
        report = sync_now(vault, folder, state_dir=laptop.state)
    assert clash in report.tidied and not clash.exists()
    assert laptop.holds() == home.holds()
    assert "Cariste de nuit" in laptop.holds()["experience"]


def test_leaving_removes_this_computers_snapshot(
    two_computers: tuple[Computer, Computer, Path],
) -> None:
    laptop, _, folder = two_computers
    snapshot = folder / _laptop_name(laptop)
    assert snapshot.exists()
    with laptop.open() as vault:
        leave(vault, folder, state_dir=laptop.state)
    assert not snapshot.exists() and not list(laptop.state.iterdir())


def test_joining_an_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "Sync").mkdir()
    with pytest.raises(SyncRefused, match="no musette snapshot"):
        join(tmp_path / "Sync", tmp_path / "new.musette", Unlock(passphrase="x"))
    assert not (tmp_path / "new.musette").exists()


def _name(computer: Computer) -> str:
    import socket

    return socket.gethostname()


def _laptop_name(laptop: Computer) -> str:
    device = json.loads(next(laptop.state.glob("*/device.json")).read_text())["device"]
    return snapshot_name(device)


def _rewrite_manifest(source: Path, target: Path, **sync: object) -> None:
    """A copy of a snapshot whose manifest says something else (its members are unchanged)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["sync"].update(sync)
    members["manifest.json"] = json.dumps(manifest).encode()
    scratch = target.with_name(target.name + ".new")
    with zipfile.ZipFile(scratch, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    scratch.replace(target)


def test_a_cloned_computer_writing_under_the_same_id_is_merged_not_overwritten(
    two_computers: tuple[Computer, Computer, Path], tmp_path: Path
) -> None:
    laptop, _, folder = two_computers
    clone_dir = tmp_path / "clone"
    clone_dir.mkdir()
    clone = Computer(clone_dir / "ma.musette", tmp_path / "clone-state", laptop.passphrase)
    shutil.copy(laptop.vault, clone.vault)
    shutil.copy(f"{laptop.vault}-keys", f"{clone.vault}-keys")
    shutil.copytree(laptop.state, clone.state)  # the old laptop's disk, cloned
    with clone.open() as vault:
        vault.records.add(Experience(title="Chef d'équipe logistique"))
    clone.sync(folder)  # writes over the laptop's own file name

    laptop.sync(folder)

    assert "Chef d'équipe logistique" in laptop.holds()["experience"]
    assert set(clone.holds()["experience"]) <= set(laptop.holds()["experience"])

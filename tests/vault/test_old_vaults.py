"""Vaults made by every past version open today, migrate after a backup, and lose nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vault import Unlock, Vault, backup, migrations
from vault.model import Document, Person, Situation, Skill

DATA = Path(__file__).resolve().parents[1] / "data" / "vaults"
MANIFEST = json.loads((DATA / "manifest.json").read_text("utf-8"))


def _copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copy2(DATA / name, target)
    shutil.copy2(DATA / f"{name}-keys", folder / f"{name}-keys")
    return target


def test_there_is_a_vault_of_every_past_schema() -> None:
    versions = sorted(v["version"] for v in MANIFEST["vaults"].values())
    assert versions == list(range(1, migrations.CURRENT_VERSION))


@pytest.mark.parametrize("name", sorted(MANIFEST["vaults"]))
def test_an_old_vault_opens_migrates_after_a_backup_and_keeps_every_record(
    name: str, tmp_path: Path
) -> None:
    made = MANIFEST["vaults"][name]
    path = _copy(name, tmp_path)
    with Vault.open(path, Unlock(passphrase=MANIFEST["passphrase"])) as vault:
        assert vault.schema_version() == migrations.CURRENT_VERSION
        assert vault.check() == []
        stats = vault.stats()
        for record_type, count in made["stats"].items():
            assert stats[record_type] == count, record_type
        (person,) = vault.records.list(Person)
        assert person.display_name() == "Sophie Lefèvre"
        assert any(s.label == "utiliser un chariot élévateur" for s in vault.records.list(Skill))
        pdf = next(d for d in vault.records.list(Document) if d.name.endswith(".pdf"))
        assert vault.documents.content(pdf.id).startswith(b"%PDF")
        situations = vault.records.list(Situation)
        vault_id = vault.vault_id
    # The verified backup made before migrating lies beside the vault, at the old version.
    (before,) = backup.list_backups(tmp_path, vault_id)
    with Vault.open(path, Unlock(recovery_code=made["recovery_code"])):
        pass  # the recovery code printed by that version still opens it
    restored = tmp_path / "restored.musette"
    counts = backup.restore_as(before.path, restored, Unlock(passphrase=MANIFEST["passphrase"]))
    assert {k: v for k, v in counts.items() if k in made["stats"]} == made["stats"]
    if made.get("has_situation_draft"):  # that version's rights wizard left it as a draft
        (situation,) = situations
        assert situation.status == "employee_private"
        draft = MANIFEST["situation_draft"]
        assert situation.working_time_percent == draft["working_time"]
        assert situation.low_qualification and situation.age == draft["age"]
        with Vault.open(path, Unlock(passphrase=MANIFEST["passphrase"])) as vault:
            assert vault.drafts.get("rights-situation") is None  # the draft became the record
    else:  # no draft to carry over: only the situations the file already held
        assert len(situations) == made["stats"].get("situation", 0)

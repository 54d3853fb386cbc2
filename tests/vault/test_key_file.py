"""The key file: slots sealed with AES-256-GCM, bound to their vault and settings."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path

import pytest

from vault import kdf, keyfile
from vault.errors import KeyFileDamaged, KeyFileMissing, WrongKey

CHEAP = kdf.cheap_params_for_tests()


def _key_file(data_key: bytes, passphrase: str = "pw") -> keyfile.KeyFile:
    slot = keyfile.passphrase_slot("vault-1", passphrase, data_key, CHEAP)
    return keyfile.KeyFile(
        "vault-1", os.urandom(16), keyfile.key_check(data_key, "vault-1"), (slot,)
    )


def test_the_passphrase_unwraps_the_data_key_and_a_wrong_one_fails_the_tag() -> None:
    data_key = os.urandom(32)
    key_file = _key_file(data_key)
    assert keyfile.unwrap_passphrase(key_file, "pw") == data_key
    with pytest.raises(WrongKey):
        keyfile.unwrap_passphrase(key_file, "PW")


def test_a_slot_moved_to_another_vault_does_not_open() -> None:
    key_file = _key_file(os.urandom(32))
    moved = dataclasses.replace(key_file, vault_id="vault-2")
    with pytest.raises(WrongKey):
        keyfile.unwrap_passphrase(moved, "pw")


def test_lowering_the_stored_kdf_settings_breaks_the_slot() -> None:
    key_file = _key_file(os.urandom(32))
    slot = key_file.slots[0]
    assert slot.params is not None
    weaker = dataclasses.replace(slot, params=dataclasses.replace(slot.params, memory_kib=32))
    with pytest.raises(WrongKey):
        keyfile.unwrap_passphrase(key_file.with_slot(weaker), "pw")


def test_the_same_accented_passphrase_typed_in_another_unicode_form_opens() -> None:
    data_key = os.urandom(32)
    key_file = _key_file(data_key, passphrase="d\u00e9j\u00e0 vu")  # composed é, à
    assert keyfile.unwrap_passphrase(key_file, "de\u0301ja\u0300 vu") == data_key


def test_the_key_check_recognises_only_the_right_key() -> None:
    data_key = os.urandom(32)
    key_file = _key_file(data_key)
    assert key_file.matches(data_key)
    assert not key_file.matches(os.urandom(32))


def test_saved_key_files_are_private_and_read_back(tmp_path: Path) -> None:
    data_key = os.urandom(32)
    path = tmp_path / "a.musette-keys"
    keyfile.save(path, _key_file(data_key))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keyfile.unwrap_passphrase(keyfile.load(path), "pw") == data_key
    assert [p.name for p in tmp_path.iterdir()] == ["a.musette-keys"]


def test_the_key_file_holds_no_key_in_clear(tmp_path: Path) -> None:
    data_key = os.urandom(32)
    path = tmp_path / "k"
    keyfile.save(path, _key_file(data_key, passphrase="secret passphrase"))
    raw = path.read_bytes()
    assert data_key.hex().encode() not in raw
    assert b"secret passphrase" not in raw


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"format": "musette-keys", "version": 99}',
        b'{"format": "musette-keys", "version": 1, "vault_id": "x", "slots": "nope"}',
        b"[" * 100_000,
        b'{"a": NaN}',
    ],
)
def test_a_damaged_key_file_is_reported_as_such(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "k"
    path.write_bytes(content)
    with pytest.raises(KeyFileDamaged):
        keyfile.load(path)


def test_absurd_kdf_settings_in_a_tampered_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keyfile.save(path, _key_file(os.urandom(32)))
    data = json.loads(path.read_text())
    data["slots"][0]["kdf"]["memory_kib"] = 2**40
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        keyfile.load(path)


def test_a_missing_key_file_is_its_own_error(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing) as caught:
        keyfile.load(tmp_path / "absent")
    assert not isinstance(caught.value, KeyFileDamaged)


def test_calibration_never_goes_below_the_rfc_9106_floor() -> None:
    params = kdf.calibrate(target_seconds=0.01)
    assert params.meets_floor()
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3 and params.lanes >= 4
    assert not kdf.cheap_params_for_tests().meets_floor()


def test_kdf_settings_argon2_itself_would_refuse_are_a_damaged_key_file(tmp_path: Path) -> None:
    # Found by `make soak`'s fuzzing: 16 lanes need at least 128 KiB.
    path = tmp_path / "k"
    keyfile.save(path, _key_file(os.urandom(32)))
    data = json.loads(path.read_text())
    data["slots"][0]["kdf"].update(memory_kib=64, lanes=16)
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        keyfile.load(path)


@pytest.mark.parametrize(
    "settings",
    [
        {"memory_kib": 1024 * 1024, "iterations": 64, "lanes": 16},  # the review's 1 GiB × 64
        {"memory_kib": 512 * 1024, "iterations": 3, "lanes": 4},  # memory beyond 256 MiB
        {"memory_kib": 256 * 1024, "iterations": 64, "lanes": 4},  # more work than calibration
        {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 16},  # lanes beyond 8
    ],
)
def test_key_derivation_beyond_what_musette_ever_writes_is_refused_before_deriving(
    tmp_path: Path, settings: dict[str, int]
) -> None:
    path = tmp_path / "k"
    keyfile.save(path, _key_file(os.urandom(32)))
    data = json.loads(path.read_text())
    data["slots"][0]["kdf"].update(settings)
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):  # refused at reading: nothing derived
        keyfile.load(path)


def test_what_calibration_can_choose_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keyfile.save(path, _key_file(os.urandom(32)))
    data = json.loads(path.read_text())
    data["slots"][0]["kdf"].update(memory_kib=64 * 1024, iterations=kdf.MAX_ITERATIONS, lanes=4)
    path.write_text(json.dumps(data))
    keyfile.load(path)


@pytest.mark.parametrize("version", [True, 1.0, "1", 2])
def test_the_key_file_version_is_read_strictly(tmp_path: Path, version: object) -> None:
    path = tmp_path / "k"
    keyfile.save(path, _key_file(os.urandom(32)))
    data = json.loads(path.read_text())
    data["version"] = version
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        keyfile.load(path)

"""The recovery code a person writes down and types back."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vault import recovery
from vault.errors import RecoveryCodeMalformed, RecoveryCodeTypo


@given(st.binary(min_size=32, max_size=32))
def test_a_code_reads_back_as_the_same_key(key: bytes) -> None:
    code = recovery.encode(key)
    assert recovery.decode(code) == key
    assert recovery.decode(code.lower().replace("-", " ")) == key


def test_the_code_is_fourteen_groups_of_four_without_ambiguous_letters() -> None:
    code = recovery.encode(os.urandom(32))
    groups = code.split("-")
    assert [len(g) for g in groups] == [4] * 14
    assert not set(code) & set("ILOU")


def test_the_hex_form_printed_on_line_two_is_accepted() -> None:
    key = os.urandom(32)
    assert recovery.decode(key.hex()) == key


def test_letters_people_confuse_with_digits_are_read_as_digits() -> None:
    key = bytes(32)
    code = recovery.encode(key)
    assert "0" in code
    assert recovery.decode(code.replace("0", "O")) == key


@given(st.binary(min_size=32, max_size=32), st.integers(0, 55), st.integers(1, 31))
def test_any_single_mistyped_character_is_caught(key: bytes, where: int, shift: int) -> None:
    compact = recovery.encode(key).replace("-", "")
    wrong = recovery.ALPHABET[(recovery.ALPHABET.index(compact[where]) + shift) % 32]
    typo = compact[:where] + wrong + compact[where + 1 :]
    with pytest.raises(RecoveryCodeTypo):
        recovery.decode(typo)


@pytest.mark.parametrize("text", ["", "ABCD-EFGH", "U" * 56, "é" * 56, "0" * 57])
def test_malformed_codes_are_refused_before_anything_is_tried(text: str) -> None:
    with pytest.raises(RecoveryCodeMalformed):
        recovery.decode(text)

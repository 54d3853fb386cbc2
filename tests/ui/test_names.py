"""Names written by someone else cannot fool the eye: no reversed text, look-alikes flagged."""

from __future__ import annotations

from ui.names import is_mixed, shown
from vault.model import Attestation


def test_a_right_to_left_override_is_removed_and_the_name_isolated() -> None:
    # "Hélène Roux" followed by an override that would show the next words reversed.
    trick = "Hélène Roux\u202e Directrice\u202c"
    text = shown(trick)
    assert "\u202e" not in text and "\u202c" not in text
    assert text.startswith("\u2068") and "\u2069" in text


def test_look_alike_letters_from_another_script_are_flagged() -> None:
    look_alike = "\u041dél\u0435ne Roux"  # a Cyrillic Н and е in a Latin name
    assert is_mixed(look_alike)
    assert "⚠" in shown(look_alike)
    assert not is_mixed("Nguyễn Thị Hoa") and "⚠" not in shown("Nguyễn Thị Hoa")
    assert not is_mixed("Мария Иванова") and not is_mixed("مريم")


def test_lists_show_the_signer_isolated(views) -> None:  # type: ignore[no-untyped-def]
    from ui.record_text import title

    attestation = Attestation(
        payload="x.y.z",
        issuer_name="\u041dél\u0435ne Roux",
        extra='{"badge": {"name": "Gérer les stocks"}}',
    )
    line = title(attestation)
    assert line.startswith("Gérer les stocks — \u2068") and "⚠" in line

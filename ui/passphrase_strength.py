"""A plain-words estimate of how hard a passphrase is to guess."""

from __future__ import annotations

import math

MIN_LENGTH = 12


def entropy_bits(passphrase: str) -> float:
    """A rough upper bound: length times the size of the character classes used."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 40
    distinct = len(set(passphrase))
    return min(len(passphrase), distinct * 2) * math.log2(pool) if pool else 0.0


def level(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    bits = entropy_bits(passphrase)
    return 1 if bits < 60 else 2 if bits < 80 else 3

"""Argon2id settings for the passphrase slot, with calibration to the person's machine."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import asdict, dataclass

# RFC 9106's second recommended setting is the floor the app never goes below.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64
# What a key file may ask of this machine before the GCM tag can refuse it: a
# few times the floor's memory, and no more work than calibration itself can
# choose (64 passes of 64 MiB). A tampered file asking 1 GiB × 64 passes is
# damaged, refused before any derivation.
MAX_MEMORY_KIB = 4 * FLOOR_MEMORY_KIB
MAX_LANES = 8
MAX_WORK_KIB = FLOOR_MEMORY_KIB * MAX_ITERATIONS
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """How a passphrase becomes a key-wrapping key (the salt is stored per slot)."""

    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = FLOOR_LANES

    def to_json(self) -> dict[str, object]:
        return {"name": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        values = {k: data.get(k) for k in ("memory_kib", "iterations", "lanes")}
        if not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values.values()
        ):
            raise ValueError("bad key derivation settings")
        params = cls(**values)  # type: ignore[arg-type]
        if (
            params.memory_kib > MAX_MEMORY_KIB
            or params.iterations > MAX_ITERATIONS
            or params.lanes > MAX_LANES
            or params.memory_kib * params.iterations > MAX_WORK_KIB
            or params.memory_kib < 8 * params.lanes  # Argon2's own minimum
        ):
            raise ValueError("key derivation settings out of range")
        return params

    def meets_floor(self) -> bool:
        return (
            self.memory_kib >= FLOOR_MEMORY_KIB
            and self.iterations >= FLOOR_ITERATIONS
            and self.lanes >= FLOOR_LANES
        )


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Return the 32-byte key-wrapping key for a passphrase."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # The same words typed on another system may come in another Unicode form
    # ("é" as one character or as "e" plus an accent): compare them as NFC.
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick the passes so that one derivation takes about `target_seconds` here."""
    floor = KdfParams()
    start = time.perf_counter()
    derive("calibration", b"\0" * SALT_BYTES, floor)
    one_run = max(time.perf_counter() - start, 1e-3)
    per_pass = one_run / floor.iterations
    iterations = round(target_seconds / per_pass)
    return KdfParams(iterations=min(max(iterations, FLOOR_ITERATIONS), MAX_ITERATIONS))


def cheap_params_for_tests() -> KdfParams:
    """Settings far below the floor, for tests only (as KeePassXC's tests do)."""
    return KdfParams(memory_kib=64, iterations=1, lanes=1)

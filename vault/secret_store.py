"""Where "remember on this computer" keeps its device key: the OS keyring, never plaintext."""

from __future__ import annotations

import base64
from typing import Any, Protocol

from .errors import KeyringUnavailable

SERVICE = "Musette"

# Reasons "remember" can be unavailable; the UI turns them into words.
NO_BACKEND = "no_backend"
PLAINTEXT_ONLY = "plaintext_only"
LOCKED = "locked"
FAILED = "failed"


class SecretStore(Protocol):
    """A small place for one secret per vault id."""

    def check_available(self) -> None:
        """Raise KeyringUnavailable(reason) when secrets cannot be kept safely."""

    def get(self, vault_id: str) -> bytes | None: ...

    def set(self, vault_id: str, secret: bytes) -> None: ...

    def delete(self, vault_id: str) -> None: ...


class MemorySecretStore:
    """An in-memory store for unit tests; `unavailable` simulates a missing keyring."""

    def __init__(self, unavailable: str | None = None) -> None:
        self.secrets: dict[str, bytes] = {}
        self.unavailable = unavailable

    def check_available(self) -> None:
        if self.unavailable:
            raise KeyringUnavailable(self.unavailable)

    def get(self, vault_id: str) -> bytes | None:
        self.check_available()
        return self.secrets.get(vault_id)

    def set(self, vault_id: str, secret: bytes) -> None:
        self.check_available()
        self.secrets[vault_id] = secret

    def delete(self, vault_id: str) -> None:
        self.check_available()
        self.secrets.pop(vault_id, None)


class KeyringSecretStore:
    """The OS keyring through `keyring`; refuses plaintext and failing backends."""

    def __init__(self, backend: object | None = None) -> None:
        self._given = backend

    @property
    def _backend(self) -> Any:
        # Found on first use: importing keyring and probing D-Bus costs about
        # 200 ms, which the start-up of the app should not pay.
        if self._given is None:
            import keyring

            self._given = keyring.get_keyring()
        return self._given

    def _unsafe_reason(self) -> str | None:
        backend = self._backend
        module = type(backend).__module__
        name = type(backend).__name__
        if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
            return NO_BACKEND
        if module.startswith("keyrings.alt") or "Plaintext" in name:
            return PLAINTEXT_ONLY
        if module.startswith("keyring.backends.chainer"):
            # The chainer is only as safe as every keyring it may write to.
            for inner in getattr(backend, "backends", []):
                reason = KeyringSecretStore(inner)._unsafe_reason()
                if reason:
                    return reason
            if not getattr(backend, "backends", []):
                return NO_BACKEND
        return None

    def check_available(self) -> None:
        reason = self._unsafe_reason()
        if reason:
            raise KeyringUnavailable(reason)
        try:
            self._backend.get_password(SERVICE, "availability-check")
        except Exception as exc:  # keyring raises many kinds; each means "not usable now"
            raise KeyringUnavailable(_reason_for(exc)) from None

    def get(self, vault_id: str) -> bytes | None:
        self.check_available()
        try:
            text = self._backend.get_password(SERVICE, vault_id)
        except Exception as exc:
            raise KeyringUnavailable(_reason_for(exc)) from None
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def set(self, vault_id: str, secret: bytes) -> None:
        self.check_available()
        try:
            self._backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        except Exception as exc:
            raise KeyringUnavailable(_reason_for(exc)) from None

    def delete(self, vault_id: str) -> None:
        self.check_available()
        try:
            self._backend.delete_password(SERVICE, vault_id)
        except Exception as exc:
            if type(exc).__name__ == "PasswordDeleteError":
                return  # already gone: forgetting is done
            raise KeyringUnavailable(_reason_for(exc)) from None


def _reason_for(exc: Exception) -> str:
    return LOCKED if type(exc).__name__ == "KeyringLocked" else FAILED

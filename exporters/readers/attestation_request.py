"""Read an attestation request someone sent: untrusted input, refused in plain words."""

from __future__ import annotations

from pathlib import Path

from ..credentials import issue
from ..credentials.credential import BadCredential
from . import safe_json, safe_text
from .errors import ImportRefused


def read(path: Path) -> issue.Request:
    """The request in the file, or ImportRefused naming the file."""
    data = safe_text.read_bytes(path, limit=issue.MAX_REQUEST_BYTES)
    try:
        return issue.parse_request(safe_json.loads(safe_text.decode(data, path.name), path.name))
    except BadCredential as exc:
        raise ImportRefused(path.name, "badge_invalid", str(exc)) from None

"""The JSON-LD contexts credentials name, bundled with Musette: none is ever fetched.

A credential's meaning, and so what its signature covers, depends on its
contexts. Musette reads only the published contexts it carries
(`resources/jsonld/`, sources in its README); a credential naming any other is
refused with that context's address, never looked up on the network.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import resources

# Address -> bundled file. The Open Badges 3.0 contexts are published under
# several versions; each is its own file, as published.
BUNDLED: dict[str, str] = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://www.w3.org/2018/credentials/v1": "credentials-v1.jsonld",
    "https://www.w3.org/ns/credentials/examples/v2": "credentials-examples-v2.jsonld",
    "https://www.w3.org/2018/credentials/examples/v1": "credentials-examples-v1.jsonld",
    "https://www.w3.org/ns/credentials/status/v1": "credentials-status-v1.jsonld",
    "https://w3id.org/vc/status-list/2021/v1": "vc-status-list-2021-v1.jsonld",
    "https://w3id.org/security/data-integrity/v1": "data-integrity-v1.jsonld",
    "https://w3id.org/security/data-integrity/v2": "data-integrity-v2.jsonld",
    "https://w3id.org/security/multikey/v1": "multikey-v1.jsonld",
    "https://w3id.org/security/suites/ed25519-2020/v1": "ed25519-signature-2020-v1.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json": "ob-v3p0-context.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json": "ob-v3p0-context-3.0.1.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json": "ob-v3p0-context-3.0.2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json": "ob-v3p0-extensions.json",
}


class UnknownContext(ValueError):
    """A context Musette does not carry; `url` names it."""

    def __init__(self, url: str) -> None:
        super().__init__(f"it uses a JSON-LD context Musette does not know ({url[:200]})")
        self.url = url


@cache
def document(url: str) -> dict[str, Any]:
    """The parsed context published at `url` (read once per process)."""
    name = BUNDLED.get(url)
    if name is None:
        raise UnknownContext(url)
    found: dict[str, Any] = json.loads(resources.path("jsonld", name).read_text("utf-8"))
    return found


def load(url: str, _options: object = None) -> dict[str, Any]:
    """pyld's document loader: the bundled context, or a refusal naming the address."""
    return {"contextUrl": None, "documentUrl": url, "document": document(url)}

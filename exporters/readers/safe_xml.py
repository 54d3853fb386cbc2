"""XML parsing that refuses a DOCTYPE, so no entity is ever declared, expanded or fetched.

A Europass CV never needs a DTD; a file that has one is either not Europass or
is built to attack the reader (billion laughs, external entities). The parser
is expat, fed by hand, so the refusal happens at the declaration, before any
entity could be defined.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any
from xml.parsers import expat

from .errors import ImportRefused

MAX_DEPTH = 64  # a Europass CV needs about 10 levels


class _Refused(Exception):
    def __init__(self, detail: str) -> None:
        self.detail = detail


def parse(data: bytes, name: str) -> ET.Element:
    """The document's root element, namespaces written `{uri}local` as ElementTree does."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    depth = 0

    def doctype(*_: Any) -> None:
        raise _Refused("a DOCTYPE declaration")

    def entity(*_: Any) -> None:
        raise _Refused("an entity declaration")

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused("elements nested too deeply")
        builder.start(_qualified(tag), {_qualified(k): v for k, v in attributes.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(_qualified(tag))

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = entity  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except _Refused as refusal:
        raise ImportRefused(name, "xml_unsafe", refusal.detail) from None
    except expat.ExpatError as exc:
        detail = expat.ErrorString(exc.code) or "syntax error"
        raise ImportRefused(name, "xml_syntax", detail, line=exc.lineno) from None
    return builder.close()


def _qualified(tag: str) -> str:
    """expat writes 'uri}local'; ElementTree writes '{uri}local'."""
    return "{" + tag if "}" in tag else tag

"""Find the credential baked into a badge image (PNG iTXt/tEXt chunk, or SVG element)."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ElementTree
import zlib
from dataclasses import dataclass

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_OB3_NS = "https://purl.imsglobal.org/ob/v3p0"
_OB2_NS = "http://openbadges.org"
_KEYWORDS = (b"openbadgecredential", b"openbadges")


class BadBadgeImage(ValueError):
    """An image that is malformed, too big, or hostile."""


@dataclass(frozen=True)
class Baked:
    """What a badge image carries: the credential text, and its width and height."""

    text: str | None
    width: int = 0
    height: int = 0


def read_png(data: bytes, *, max_pixels: int, max_text: int) -> Baked:
    """Walk the PNG's chunks (checking each CRC); the baked text, if any."""
    if not data.startswith(PNG_SIGNATURE):
        raise BadBadgeImage("not a PNG image")
    position = len(PNG_SIGNATURE)
    width = height = 0
    found: list[str] = []
    while position < len(data):
        if position + 8 > len(data):
            raise BadBadgeImage("the image is cut short")
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        crc = data[position + 8 + length : position + 12 + length]
        if len(body) != length or len(crc) != 4:
            raise BadBadgeImage("the image is cut short")
        if zlib.crc32(kind + body) != struct.unpack(">I", crc)[0]:
            raise BadBadgeImage("the image is damaged (a checksum fails)")
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            if width * height > max_pixels:
                raise BadBadgeImage(f"the image is too large ({width} × {height} pixels)")
        elif kind in (b"iTXt", b"tEXt"):
            text = _text_chunk(kind, body, max_text)
            if text is not None:
                found.append(text)
        elif kind == b"IEND":
            break
        position += 12 + length
    else:
        raise BadBadgeImage("the image is cut short")
    if width == 0:
        raise BadBadgeImage("the image has no header")
    if len(found) > 1:
        raise BadBadgeImage("the image carries two badges")
    return Baked(found[0] if found else None, width, height)


def _text_chunk(kind: bytes, body: bytes, max_text: int) -> str | None:
    keyword, _, rest = body.partition(b"\0")
    if keyword not in _KEYWORDS:
        return None
    if kind == b"tEXt":
        raw = rest
    else:
        if len(rest) < 2:
            raise BadBadgeImage("a text chunk is malformed")
        compressed, _method = rest[0], rest[1]
        _language, _, rest = rest[2:].partition(b"\0")
        _translated, _, raw = rest.partition(b"\0")
        if compressed:
            inflater = zlib.decompressobj()
            try:
                raw = inflater.decompress(raw, max_text + 1)
            except zlib.error:
                raise BadBadgeImage("a text chunk is damaged") from None
            if len(raw) > max_text or inflater.unconsumed_tail:
                raise BadBadgeImage("the baked text is too long")
    if len(raw) > max_text:
        raise BadBadgeImage("the baked text is too long")
    try:
        return raw.decode("utf-8" if kind == b"iTXt" else "latin-1").strip()
    except UnicodeDecodeError:
        raise BadBadgeImage("the baked text is not UTF-8") from None


class _Declared(Exception):
    """A DOCTYPE or an entity: refused before the document is built."""


def _refuse_declarations(data: bytes) -> None:
    """Scan with expat itself, whatever the encoding (UTF-16 without BOM too).

    A regex on bytes misses a UTF-16 file; expat decodes first, and these
    handlers stop it at the first DOCTYPE or entity, before any expansion.
    """
    from xml.parsers import expat

    def refuse(*_args: object) -> None:
        raise _Declared()

    def doctype(_name: str, _system: str | None, _public: str | None, internal: int) -> None:
        # SVG 1.1 files often name their public DTD, which is never fetched;
        # an internal subset is where entities are declared.
        if internal:
            raise _Declared()

    scanner = expat.ParserCreate()
    scanner.StartDoctypeDeclHandler = doctype
    scanner.EntityDeclHandler = refuse
    scanner.UnparsedEntityDeclHandler = refuse
    scanner.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    try:
        scanner.Parse(data, True)
    except _Declared:
        raise BadBadgeImage("the SVG declares a DOCTYPE or entities") from None
    except expat.ExpatError as exc:
        raise BadBadgeImage(f"the SVG is not well formed ({exc})") from None


def read_svg(data: bytes) -> Baked:
    """The credential in an SVG badge; a DOCTYPE or entity is refused before parsing."""
    _refuse_declarations(data)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise BadBadgeImage(f"the SVG is not well formed ({exc})") from None
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        raise BadBadgeImage("not an SVG image")
    found: list[str] = []
    for element in root.iter():
        if element.tag in (f"{{{_OB3_NS}}}credential", f"{{{_OB2_NS}}}assertion"):
            text = element.get("verify") or (element.text or "").strip()
            if text:
                found.append(text.strip())
    if len(found) > 1:
        raise BadBadgeImage("the image carries two badges")
    return Baked(found[0] if found else None)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bake_png(image: bytes, token: str) -> bytes:
    """The PNG with one iTXt `openbadgecredential` chunk after IHDR; re-baking replaces it."""
    if not image.startswith(PNG_SIGNATURE):
        raise BadBadgeImage("not a PNG image")
    out = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    baked = False
    while position < len(image):
        length, kind = struct.unpack(">I4s", image[position : position + 8])
        whole = image[position : position + 12 + length]
        body = whole[8 : 8 + length]
        position += 12 + length
        if kind in (b"iTXt", b"tEXt") and body.partition(b"\0")[0] in _KEYWORDS:
            continue  # never two badges in one image
        out.append(whole)
        if kind == b"IHDR" and not baked:
            text = b"openbadgecredential\0\0\0\0\0" + token.encode("ascii")
            out.append(_chunk(b"iTXt", text))
            baked = True
    return b"".join(out)


def bake_svg(title: str, token: str) -> bytes:
    """A plain round SVG badge carrying the credential (3.0 namespace, `verify` attribute)."""
    from xml.sax.saxutils import escape, quoteattr

    return (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" viewBox="0 0 200 200">'
        f"<openbadges:credential verify={quoteattr(token)}/>"
        '<circle cx="100" cy="100" r="96" fill="#1d4f91"/>'
        '<circle cx="100" cy="100" r="84" fill="none" stroke="#ffffff" stroke-width="4"/>'
        f"<title>{escape(title)}</title>"
        '<text x="100" y="112" font-size="36" text-anchor="middle" fill="#ffffff" '
        'font-family="sans-serif">✓</text></svg>\n'
    ).encode()

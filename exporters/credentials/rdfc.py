"""RDF Dataset Canonicalization (W3C RDFC-1.0) of a credential, offline and bounded.

What a Data Integrity proof signs is the credential's canonical N-Quads. pyld
(Digital Bazaar's JSON-LD processor, by the authors of the JSON-LD algorithms)
expands the JSON-LD and turns it into RDF, with the bundled contexts only; the
canonicalization itself is written here from the RDFC-1.0 text, for two
reasons: its canonical N-Quads escape control characters as the recommendation
says (pyld follows the older URDNA2015 draft), and its work is bounded, as the
recommendation asks, so that a "poison" graph of look-alike blank nodes is
refused in milliseconds instead of running for hours.

The expansion is checked the way JSON-LD "safe mode" does: a property or type
the contexts do not define would be silently dropped from what is signed, so
a credential carrying one is refused (it could say anything there).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import contexts

# Work allowed to the N-degree hash (calls and permutations), per blank node and in
# all. Real credentials need a handful; a poison graph needs factorially many.
WORK_PER_BLANK_NODE = 50
WORK_AT_LEAST = 500
MAX_QUADS = 5_000
# Values a document may hold before pyld is given it: JSON-LD expansion grows faster
# than the document (6 000 values took 25 s, 1 000 about 1 s); the largest real one
# seen here holds about 100.
MAX_VALUES = 1_000

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Term = dict[str, str]
Quad = dict[str, Term]


class NotCanonicalizable(ValueError):
    """A document that cannot be canonicalized safely; the message says why."""


def nquads(document: dict[str, Any], hash_name: str = "sha256") -> str:
    """The document's canonical N-Quads (RDFC-1.0, with `hash_name` as its hash)."""
    return canonical(dataset(document), hash_name)


# ---- JSON-LD to RDF (pyld), checked like "safe mode" ------------------------------


def dataset(document: dict[str, Any]) -> list[Quad]:
    """The RDF quads a JSON-LD document states, with the bundled contexts only."""
    from pyld import jsonld

    _check_size(document)
    dropped: list[str] = []
    processor = jsonld.JsonLdProcessor(on_property_dropped=dropped.append)
    options = {"documentLoader": contexts.load, "base": ""}
    try:
        expanded = processor.expand(document, dict(options))
        _check_expanded(expanded, dropped)
        found = processor.to_rdf(expanded, dict(options))
    except jsonld.JsonLdError as exc:
        unknown = _unknown_context(exc)
        if unknown is not None:
            raise unknown from None
        raise NotCanonicalizable(f"its JSON-LD cannot be read ({_reason(exc)})") from None
    quads: list[Quad] = []
    for graph_name, triples in found.items():
        for triple in triples:
            quad: Quad = dict(triple)
            if graph_name != "@default":
                kind = "blank node" if graph_name.startswith("_:") else "IRI"
                quad["name"] = {"type": kind, "value": graph_name}
            quads.append(quad)
            if len(quads) > MAX_QUADS:
                raise NotCanonicalizable("it states too many things to be checked")
    return quads


def _check_size(document: Any) -> None:
    count = 0
    stack = [document]
    while stack:
        value = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise NotCanonicalizable("it states too many things to be checked")
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _check_expanded(expanded: Any, dropped: list[str]) -> None:
    if dropped:
        raise NotCanonicalizable(
            f"it uses terms its contexts do not define ({', '.join(sorted(set(dropped))[:3])})"
        )
    stack = [expanded]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key in ("@id", "@type"):
                    for iri in item if isinstance(item, list) else [item]:
                        if isinstance(iri, str) and not _absolute(iri):
                            raise NotCanonicalizable(f"its {key[1:]} {iri[:60]!r} is not defined")
                if not key.startswith("@") or key in ("@graph", "@list", "@set", "@included"):
                    stack.append(item)
                elif key == "@reverse":
                    stack.extend(item.values() if isinstance(item, dict) else [item])


def _absolute(iri: str) -> bool:
    scheme, colon, _ = iri.partition(":")
    return bool(colon) and scheme[:1].isalpha() or iri.startswith("_:")


def _unknown_context(exc: BaseException) -> contexts.UnknownContext | None:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, contexts.UnknownContext):
            return seen
        cause = getattr(seen, "cause", None)
        seen = cause if isinstance(cause, BaseException) else seen.__cause__ or seen.__context__
    return None


def _reason(exc: BaseException) -> str:
    code = getattr(exc, "code", "") or ""
    return str(code or exc)[:100]


# ---- RDFC-1.0 -------------------------------------------------------------------


@dataclass
class _Issuer:
    """Identifier issuer (RDFC-1.0 §4.3): issues prefix0, prefix1… in order."""

    prefix: str
    issued: dict[str, str] = field(default_factory=dict)  # existing -> issued, in order

    def issue(self, existing: str) -> str:
        found = self.issued.get(existing)
        if found is None:
            found = self.issued[existing] = f"{self.prefix}{len(self.issued)}"
        return found

    def copy(self) -> _Issuer:
        return _Issuer(self.prefix, dict(self.issued))


class _State:
    """The canonicalization state (RDFC-1.0 §4.2)."""

    def __init__(self, quads: list[Quad], hash_name: str) -> None:
        self.quads = quads
        self.hash_name = hash_name
        self.by_blank: dict[str, list[Quad]] = {}
        for quad in quads:
            for position in ("subject", "object", "name"):
                term = quad.get(position)
                if term is not None and term["type"] == "blank node":
                    self.by_blank.setdefault(term["value"], []).append(quad)
        self.canonical = _Issuer("c14n")
        self.first_degree: dict[str, str] = {}
        self.work_left = WORK_AT_LEAST + WORK_PER_BLANK_NODE * len(self.by_blank)

    def digest(self, text: str) -> str:
        return hashlib.new(self.hash_name, text.encode("utf-8")).hexdigest()

    def spend(self) -> None:
        self.work_left -= 1
        if self.work_left < 0:
            raise NotCanonicalizable("its blank nodes are too entangled to be checked")


def canonical(quads: list[Quad], hash_name: str = "sha256") -> str:
    """RDFC-1.0 §4.4: the canonical N-Quads of a dataset, lines sorted."""
    state = _State(quads, hash_name)
    # Steps 3-4: first-degree hashes, grouped.
    by_hash: dict[str, list[str]] = {}
    for blank in state.by_blank:
        by_hash.setdefault(_hash_first_degree(state, blank), []).append(blank)
    # Step 5: unique hashes name their blank node first.
    for digest in sorted(by_hash):
        if len(by_hash[digest]) == 1:
            state.canonical.issue(by_hash.pop(digest)[0])
    # Step 6: the others, through the N-degree hash.
    for digest in sorted(by_hash):
        paths: list[tuple[str, _Issuer]] = []
        for blank in by_hash[digest]:
            if blank in state.canonical.issued:
                continue
            temporary = _Issuer("b")
            temporary.issue(blank)
            paths.append(_hash_n_degree(state, blank, temporary))
        for _, issuer in sorted(paths, key=lambda found: found[0]):
            for existing in issuer.issued:
                state.canonical.issue(existing)
    # Step 7: the quads with their canonical blank node names.
    lines = sorted(_serialize(quad, lambda blank: state.canonical.issued[blank]) for quad in quads)
    return "".join(lines)


def _hash_first_degree(state: _State, reference: str) -> str:
    """§4.6: the hash of the quads around one blank node, itself _:a, others _:z."""
    found = state.first_degree.get(reference)
    if found is None:
        lines = sorted(
            _serialize(quad, lambda blank: "a" if blank == reference else "z")
            for quad in state.by_blank[reference]
        )
        found = state.first_degree[reference] = state.digest("".join(lines))
    return found


def _hash_related(state: _State, related: str, quad: Quad, issuer: _Issuer, position: str) -> str:
    """§4.7: the hash of a blank node related to another through one quad."""
    if related in state.canonical.issued:
        name = "_:" + state.canonical.issued[related]
    elif related in issuer.issued:
        name = "_:" + issuer.issued[related]
    else:
        name = _hash_first_degree(state, related)
    text = position
    if position != "g":
        text += f"<{quad['predicate']['value']}>"
    return state.digest(text + name)


def _hash_n_degree(state: _State, identifier: str, issuer: _Issuer) -> tuple[str, _Issuer]:
    """§4.8: the hash of a blank node with all the paths to its related blank nodes."""
    state.spend()
    related_by_hash: dict[str, list[str]] = {}
    for quad in state.by_blank[identifier]:
        for key, position in (("subject", "s"), ("object", "o"), ("name", "g")):
            term = quad.get(key)
            if term is None or term["type"] != "blank node" or term["value"] == identifier:
                continue
            digest = _hash_related(state, term["value"], quad, issuer, position)
            related_by_hash.setdefault(digest, []).append(term["value"])
    data = ""
    for digest in sorted(related_by_hash):
        data += digest
        chosen_path = ""
        chosen_issuer: _Issuer | None = None
        for permutation in itertools.permutations(related_by_hash[digest]):
            state.spend()
            issuer_copy = issuer.copy()
            path = ""
            recursion: list[str] = []
            longer = False
            for related in permutation:
                if related in state.canonical.issued:
                    path += "_:" + state.canonical.issued[related]
                else:
                    if related not in issuer_copy.issued:
                        recursion.append(related)
                    path += "_:" + issuer_copy.issue(related)
                if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                    longer = True
                    break
            if longer:
                continue
            for related in recursion:
                result, result_issuer = _hash_n_degree(state, related, issuer_copy)
                path += "_:" + issuer_copy.issue(related)
                path += f"<{result}>"
                issuer_copy = result_issuer
                if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                    longer = True
                    break
            if longer:
                continue
            if not chosen_path or path < chosen_path:
                chosen_path, chosen_issuer = path, issuer_copy
        data += chosen_path
        assert chosen_issuer is not None
        issuer = chosen_issuer
    return state.digest(data), issuer


# ---- canonical N-Quads ------------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def _escape(text: str) -> str:
    """A literal's characters as canonical N-Quads writes them (RDFC-1.0 §4.1, N-Triples)."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char < " " or char == "\x7f":
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return "".join(out)


def _term(term: Term, blank: Callable[[str], str]) -> str:
    if term["type"] == "IRI":
        return f"<{term['value']}>"
    if term["type"] == "blank node":
        return "_:" + blank(term["value"])
    text = f'"{_escape(term["value"])}"'
    datatype = term.get("datatype", XSD_STRING)
    if datatype == RDF_LANGSTRING:
        return text + "@" + term.get("language", "")
    return text if datatype == XSD_STRING else f"{text}^^<{datatype}>"


def _serialize(quad: Quad, blank: Callable[[str], str]) -> str:
    parts = [_term(quad["subject"], blank), _term(quad["predicate"], blank)]
    parts.append(_term(quad["object"], blank))
    if "name" in quad:
        parts.append(_term(quad["name"], blank))
    return " ".join(parts) + " .\n"

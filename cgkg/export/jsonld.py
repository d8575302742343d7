"""JSON-LD: a flattened ``@graph`` compacted against ``ontology/context.jsonld``, written without pyld.

Each subject is one node object, nodes sorted by their IRI, keys sorted within a node (``id`` and
``type`` first). A property gets its context term when every value fits the term's definition
(an IRI for ``"@type": "@id"`` terms, a language-tagged string for ``"@container": "@language"``
terms); otherwise its values are written in full (``{"@value": …, "@language"|"@type": …}`` or
``{"id": …}``) under the compact IRI, so that expanding the document always gives back exactly the
graph's triples. String values are copied from the canonical N-Triples, whose escapes are valid JSON.

pyld (the reference processor) would take minutes on a large graph; the tests expand this output
with pyld and compare the triples.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .. import paths
from ..prefixes import PREFIXES
from .graph import ALL_PREFIXES, ExportGraph

XSD_INTEGER = b"http://www.w3.org/2001/XMLSchema#integer"
RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_CANONICAL_INT = re.compile(rb'"-?(0|[1-9][0-9]{0,14})"')  # within JSON's exact-integer range

# Properties whose values are language-tagged text: a language map ({"en": …, "zh": …}) reads best.
LANGUAGE_MAPS = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2000/01/rdf-schema#comment",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2004/02/skos/core#hiddenLabel",
    "http://www.w3.org/2004/02/skos/core#editorialNote",
    "http://www.w3.org/2004/02/skos/core#definition",
    "http://www.w3.org/2004/02/skos/core#scopeNote",
    "http://www.w3.org/2004/02/skos/core#note",
    "http://purl.org/dc/terms/title",
    "http://purl.org/dc/terms/description",
    "https://w3id.org/cgkg/ontology#periodNote",
    "https://w3id.org/cgkg/ontology#printedLabel",
    "https://w3id.org/cgkg/ontology#roleText",
    "https://w3id.org/cgkg/ontology#unit",
}

# Terms of RDFS, OWL, Dublin Core and SKOS that the ontology uses without declaring them.
EXTRA_TERMS = {
    "http://www.w3.org/2000/01/rdf-schema#label": "lang",
    "http://www.w3.org/2000/01/rdf-schema#comment": "lang",
    "http://www.w3.org/2000/01/rdf-schema#subClassOf": "id",
    "http://www.w3.org/2000/01/rdf-schema#subPropertyOf": "id",
    "http://www.w3.org/2000/01/rdf-schema#domain": "id",
    "http://www.w3.org/2000/01/rdf-schema#range": "id",
    "http://www.w3.org/2000/01/rdf-schema#seeAlso": "id",
    "http://www.w3.org/2000/01/rdf-schema#isDefinedBy": "id",
    "http://www.w3.org/2002/07/owl#inverseOf": "id",
    "http://www.w3.org/2002/07/owl#imports": "id",
    "http://www.w3.org/2002/07/owl#versionIRI": "id",
    "http://www.w3.org/2002/07/owl#versionInfo": "plain",
    "http://purl.org/dc/terms/license": "id",
    "http://purl.org/dc/terms/source": "id",
    "http://purl.org/dc/terms/created": "plain",
    "http://purl.org/vocab/vann/preferredNamespacePrefix": "plain",
    "http://purl.org/vocab/vann/preferredNamespaceUri": "plain",
    "http://www.w3.org/2004/02/skos/core#scopeNote": "lang",
    "http://www.w3.org/2004/02/skos/core#narrower": "id",
    "http://www.w3.org/2004/02/skos/core#related": "id",
}

# Annotation properties whose values are IRIs (classes): declared as annotations so that a class stays
# only a class, but written as links ("@type": "@id") all the same.
IRI_ANNOTATIONS = {"https://w3id.org/cgkg/ontology#addressedToKind": "id"}


# The context ----------------------------------------------------------------------------------
def load_context(path: Path | None = None) -> dict:
    """The ``@context`` object of the context file cgkg ships."""
    document = json.loads((path or paths.CONTEXT_FILE).read_text(encoding="utf-8"))
    return document["@context"]


def derive_context(graph: ExportGraph) -> dict:
    """A context from the ontology's declared properties: how ``ontology/context.jsonld`` is made
    (``python -m cgkg.export.make_context > ontology/context.jsonld``).

    Each property's key is its local name, unless that name is an IRI prefix or a keyword alias
    (``cgkg:sector`` vs the ``sector:`` prefix), in which case the key is the compact IRI itself.
    """
    kinds = {**EXTRA_TERMS, **IRI_ANNOTATIONS}
    rows = graph.query(
        "SELECT ?p ?t WHERE { GRAPH <https://w3id.org/cgkg/ontology> { ?p a ?t "
        "VALUES ?t { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty } } }"
    )
    for row in rows:
        iri, kind = row["p"].value, row["t"].value
        if iri in LANGUAGE_MAPS:
            kinds[iri] = "lang"
        elif kind.endswith("ObjectProperty"):
            kinds[iri] = "id"
        else:
            kinds.setdefault(iri, "plain")
    # 1.1: a language map keeps the strings without a language under "@none" (hidden labels as printed).
    context: dict = {"@version": 1.1, "id": "@id", "type": "@type"}
    context.update(ALL_PREFIXES)
    taken = set(context)
    cgkg_ns = PREFIXES["cgkg"]
    # cgkg's own properties choose their names first, then the others, each in IRI order.
    order = sorted(kinds, key=lambda iri: (not iri.startswith(cgkg_ns), iri))
    terms = {}
    for iri in order:
        compact_iri = _compact(iri)
        if compact_iri is None:
            continue
        local = compact_iri.split(":", 1)[1]
        name = local if local not in taken and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", local) else compact_iri
        taken.add(name)
        definition: dict = {"@id": compact_iri}
        if kinds[iri] == "id":
            definition["@type"] = "@id"
        elif kinds[iri] == "lang":
            definition["@container"] = "@language"
        terms[name] = definition if len(definition) > 1 else compact_iri
    context.update(sorted(terms.items()))
    return context


class Terms:
    """How each property IRI is written: its key and what its values must be to use that key."""

    def __init__(self, context: dict):
        self.prefixes = {}
        self.by_iri: dict[str, tuple[str, str]] = {}
        self.coerced_keys = set()
        for name, definition in context.items():
            if name.startswith("@"):
                continue
            if isinstance(definition, str):
                if definition.startswith("@"):
                    continue
                if definition.endswith(("/", "#")) and ":" not in name:
                    self.prefixes[name] = definition
        for name, definition in context.items():
            if name.startswith("@") or (isinstance(definition, str) and definition.startswith("@")):
                continue
            if isinstance(definition, str):
                definition = {"@id": definition}
            if not isinstance(definition, dict) or name in self.prefixes:
                continue
            iri = self._expand(definition.get("@id", name))
            extra = set(definition) - {"@id", "@type", "@container"}
            mode = "plain"
            if definition.get("@type") == "@id" and "@container" not in definition:
                mode = "id"
            elif definition.get("@container") == "@language" and "@type" not in definition:
                mode = "lang"
            elif "@type" in definition or "@container" in definition:
                mode = None
            if mode is None or extra:
                self.coerced_keys.add(name)
                continue
            if mode != "plain":
                self.coerced_keys.add(name)
            current = self.by_iri.get(iri)
            # Prefer a bare name over a compact IRI when two terms map one IRI.
            if current is None or (":" in current[0] and ":" not in name):
                self.by_iri[iri] = (name, mode)
        # A prefix compacts an IRI when it is all of the IRI up to its last "/" or "#".
        self._by_namespace = {}
        for prefix, namespace in sorted(self.prefixes.items()):
            self._by_namespace.setdefault(namespace, prefix)
        self._cache: dict[bytes, bytes] = {}

    def _expand(self, value: str) -> str:
        prefix, sep, local = value.partition(":")
        if sep and prefix in self.prefixes and not local.startswith("//"):
            return self.prefixes[prefix] + local
        return value

    def compact(self, iri: str) -> str:
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._by_namespace.get(iri[:cut])
        return f"{prefix}:{iri[cut:]}" if prefix is not None and cut < len(iri) else iri

    def compact_json(self, term: bytes) -> bytes:
        """An N-Triples IRI or blank node -> its compact form as a JSON string.

        IRIs and blank node labels never hold the characters JSON escapes (quotes, backslashes,
        control characters), so the text is quoted as it is.
        """
        cached = self._cache.get(term)
        if cached is None:
            text = self.compact(term[1:-1].decode()) if term[0] == 60 else term.decode()
            cached = self._cache[term] = b'"' + text.encode() + b'"'
        return cached

    def key(self, predicate: str) -> tuple[str, str | None, str]:
        """(term key, its mode or None, key for the values written in full)."""
        term = self.by_iri.get(predicate)
        full = self.compact(predicate)
        if full in self.coerced_keys or full in self.prefixes:
            full = predicate
        if term is None:
            return full, None, full
        return term[0], term[1], full


def _compact(iri: str) -> str | None:
    for prefix, namespace in sorted(ALL_PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return None


# The writer -----------------------------------------------------------------------------------
def jsonld(graph: ExportGraph, part: str = "all", context: dict | None = None) -> bytes:
    context = load_context() if context is None else context
    # JSON has no \\UXXXXXXXX escape; only when some string uses one must values be re-encoded.
    long_escapes = b"\\U" in graph.ntriples(part)
    return JsonLdWriter(context).write(graph.lines(part), long_escapes)


class JsonLdWriter:
    def __init__(self, context: dict):
        self.context = context
        self.terms = Terms(context)
        self._keys: dict[bytes, tuple[bytes, bytes, str | None, bytes]] = {}
        self._long_escapes = True

    def write(self, lines: list[bytes], long_escapes: bool = True) -> bytes:
        """The document for sorted N-Triples lines (one subject's lines are consecutive)."""
        self._long_escapes = long_escapes
        nodes: list[tuple[str, bytes]] = []
        append_node = nodes.append
        render = self._render
        subject = predicate = None
        entries: list[tuple[bytes, bytes]] = []
        values: list[bytes] = []
        for line in lines:
            s, p, o = line.split(b" ", 2)
            if p != predicate or s != subject:
                if values:
                    entries.append(render(predicate, values))
                if s != subject:
                    if subject is not None:
                        append_node(self._node(subject, entries))
                    subject, entries = s, []
                predicate, values = p, [o[:-2]]
            else:
                values.append(o[:-2])
        if subject is not None:
            entries.append(render(predicate, values))
            append_node(self._node(subject, entries))
        nodes.sort()
        head = f'{{\n  "@context": {format_context(self.context, indent=2)},\n  "@graph": ['.encode()
        if not nodes:
            return head + b"]\n}\n"
        texts = [node for _, node in nodes]
        # Head and tail glued to the first and last nodes, so that the one join is the only big copy.
        texts[0] = head + texts[0]
        texts[-1] = texts[-1] + b"\n  ]\n}\n"
        return b",".join(texts)

    def _node(self, subject: bytes, entries: list[tuple[bytes, bytes]]) -> tuple[str, bytes]:
        entries.sort()
        text = (b'\n    {\n      "id": ' + self.terms.compact_json(subject) + b",\n      "
                + b",\n      ".join([entry for _, entry in entries]) + b"\n    }")
        sort_key = subject[1:-1].decode() if subject[0] == 60 else "~" + subject.decode()
        return sort_key, text

    def _key(self, predicate: bytes) -> tuple[bytes, bytes, str | None, bytes]:
        """(sort key, '"key": ', mode, '"full key": ') for a predicate."""
        known = self._keys.get(predicate)
        if known is None:
            key, mode, full = self.terms.key(predicate[1:-1].decode())
            if predicate == RDF_TYPE:
                key, mode = "type", "type"
            key_json = json.dumps(key, ensure_ascii=False).encode()
            known = (b"\x00" if mode == "type" else key_json, key_json + b": ", mode,
                     json.dumps(full, ensure_ascii=False).encode() + b": ")
            self._keys[predicate] = known
        return known

    def _render(self, predicate: bytes, values: list[bytes]) -> tuple[bytes, bytes]:
        """(sort key, '"key": value') for one property of one node."""
        sort_key, key, mode, full = self._keys.get(predicate) or self._key(predicate)
        compact = self.terms.compact_json
        if mode == "id" or mode == "type":
            if len(values) == 1:
                value = values[0]
                if value[0] == 60 or (value[0] == 95 and mode == "id"):
                    return sort_key, key + (self.terms._cache.get(value) or compact(value))
            elif all(v[0] == 60 or (v[0] == 95 and mode == "id") for v in values):
                return sort_key, key + b"[" + b", ".join([compact(v) for v in values]) + b"]"
        elif mode == "lang":
            by_language: dict[bytes, list[bytes]] = {}
            for v in values:
                end = v.rfind(b'"')
                if v[0] != 34 or (self._long_escapes and b"\\U" in v):
                    break
                if end == len(v) - 1:  # a plain string: JSON-LD 1.1 keeps it under "@none"
                    by_language.setdefault(b"@none", []).append(v)
                elif v[end + 1:end + 2] == b"@":
                    by_language.setdefault(v[end + 2:], []).append(v[:end + 1])
                else:  # a typed literal
                    break
            else:
                items = [b'"' + lang + b'": ' + _list(texts) for lang, texts in sorted(by_language.items())]
                return sort_key, key + b"{" + b", ".join(items) + b"}"
        elif mode == "plain":
            return sort_key, key + _list([self._value(v) for v in values])
        # The values do not fit the term (or there is none): write each in full under the IRI,
        # a key no context definition coerces.
        return full, full + _list([self._value(v) for v in values])

    def _value(self, v: bytes) -> bytes:
        """One object written so that it expands to itself under a key without coercion."""
        if v[0] != 34:  # an IRI or a blank node
            return b'{"id": ' + self.terms.compact_json(v) + b"}"
        end = v.rfind(b'"')
        text, suffix = v[:end + 1], v[end + 1:]
        if self._long_escapes and b"\\U" in text:
            text = _json_string(text)
        if not suffix:
            return text
        if suffix[0] == 64:  # @language
            return b'{"@value": ' + text + b', "@language": "' + suffix[1:] + b'"}'
        if suffix[3:-1] == XSD_INTEGER and _CANONICAL_INT.fullmatch(text):
            return text[1:-1]
        return b'{"@value": ' + text + b', "@type": ' + self.terms.compact_json(suffix[2:]) + b"}"


def format_context(context: dict, indent: int = 0) -> str:
    """The context object with one term per line, as ``ontology/context.jsonld`` is laid out."""
    pad = " " * (indent + 2)
    entries = [f"{pad}{_dump(name)}: {_dump(definition)}" for name, definition in context.items()]
    return "{\n" + ",\n".join(entries) + "\n" + " " * indent + "}"


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _list(rendered: list[bytes]) -> bytes:
    return rendered[0] if len(rendered) == 1 else b"[" + b", ".join(rendered) + b"]"


def _json_string(quoted: bytes) -> bytes:
    """An N-Triples string using \\UXXXXXXXX escapes (which JSON lacks) -> a JSON string."""
    def escape(match: re.Match) -> str:
        if match.group(1) is None:
            return match.group(0)  # any other escape, e.g. an escaped backslash, stays as it is
        code = int(match.group(1), 16)
        if code <= 0xFFFF:
            return f"\\u{code:04X}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}"

    text = re.sub(r"\\(?:U([0-9A-Fa-f]{8})|.)", escape, quoted.decode())
    return json.dumps(json.loads(text), ensure_ascii=False).encode()

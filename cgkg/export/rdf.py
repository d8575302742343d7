"""The RDF serializations: N-Triples, N-Quads, Turtle, TriG and RDF/XML, byte-identical for the same graph.

N-Triples and N-Quads are the canonical sorted lines themselves. Turtle, TriG and RDF/XML are written
by pyoxigraph's streaming serializers from those sorted lines, so subjects come in order and each
subject's statements are grouped; the prefix header is then replaced by one in a fixed order.
"""

from __future__ import annotations

import pyoxigraph as ox

from .graph import ALL_PREFIXES, GRAPHS, ExportGraph


def ntriples(graph: ExportGraph, part: str = "all") -> bytes:
    return graph.ntriples(part)


def nquads(graph: ExportGraph, part: str = "all") -> bytes:
    """Each part in its named graph: the ontology's quads first, then the data's, each sorted."""
    chunks = []
    for name in graph.parts_of(part):
        suffix = f"<{GRAPHS[name]}> .".encode()
        chunks.extend(line[:-1] + suffix for line in graph.lines(name))
    chunks.append(b"")
    return b"\n".join(chunks) if len(chunks) > 1 else b""


def turtle(graph: ExportGraph, part: str = "all", prefixes: dict[str, str] | None = None) -> bytes:
    return turtle_from_ntriples(graph.ntriples(part), prefixes)


def turtle_from_ntriples(text: bytes, prefixes: dict[str, str] | None = None, base_iri: str | None = None) -> bytes:
    """Sorted N-Triples -> Turtle, one subject block after another with a blank line between.

    With base_iri, IRIs under it are written relative and no @base is written: they resolve against
    wherever the file is read from.
    """
    prefixes = ALL_PREFIXES if prefixes is None else prefixes
    body = ox.serialize(_parse(text, ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=prefixes,
                        base_iri=base_iri)
    return _prefix_header(prefixes) + b"\n" + _spaced(_strip_directives(body))


def trig(graph: ExportGraph, part: str = "all") -> bytes:
    body = ox.serialize(_parse(nquads(graph, part), ox.RdfFormat.N_QUADS), format=ox.RdfFormat.TRIG,
                        prefixes=ALL_PREFIXES)
    blocks = _spaced(_strip_directives(body)).replace(b" .\n\n}", b" .\n}").replace(b"\n}\n", b"\n}\n\n")
    return _prefix_header(ALL_PREFIXES) + b"\n" + blocks.rstrip(b"\n") + b"\n"


def rdfxml(graph: ExportGraph, part: str = "all") -> bytes:
    return ox.serialize(_parse(graph.ntriples(part), ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.RDF_XML,
                        prefixes=ALL_PREFIXES)


def _parse(text: bytes, fmt: ox.RdfFormat):
    # The input is N-Triples/N-Quads that pyoxigraph itself wrote, so its IRIs and literals are already
    # valid: the lenient parser skips re-checking them (a third faster).
    return ox.parse(text, format=fmt, lenient=True)


def _prefix_header(prefixes: dict[str, str]) -> bytes:
    width = max((len(name) for name in prefixes), default=0) + 1
    return "".join(f"@prefix {name + ':':<{width}} <{ns}> .\n" for name, ns in prefixes.items()).encode()


def _strip_directives(body: bytes) -> bytes:
    """Drop pyoxigraph's own @prefix/@base lines, whose order is not ours."""
    start = 0
    while body.startswith((b"@prefix ", b"@base ", b"PREFIX ", b"BASE "), start):
        start = body.index(b"\n", start) + 1
    return body[start:]


def _spaced(body: bytes) -> bytes:
    # pyoxigraph writes every literal on one line (newlines escaped), so " .\n" only ends statements.
    return body.replace(b" .\n", b" .\n\n").rstrip(b"\n") + b"\n" if body else b""

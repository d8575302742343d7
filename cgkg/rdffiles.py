"""Reading RDF files into a pyoxigraph store, with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .errors import InputError

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{path}: unknown RDF file extension {path.suffix!r} (use one of {known})") from None


def read_quads(path: Path) -> list[ox.Quad]:
    """Parse one file; every quad is put in the default graph, which is what cgkg queries."""
    fmt = rdf_format(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    try:
        return [
            ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            for q in ox.parse(data, format=fmt, base_iri=path.resolve().as_uri())
        ]
    except SyntaxError as exc:
        raise InputError(f"{path}: line {_line_of(exc)}: syntax error: {_reason(exc)}") from None


def _line_of(exc: SyntaxError) -> int | str:
    if exc.lineno:
        return exc.lineno
    return "?"


def _reason(exc: SyntaxError) -> str:
    message = exc.msg or str(exc)
    # pyoxigraph prefixes a location ("Parser error between line 3 column 9 and ...: ") we already give.
    _, sep, rest = message.partition(": ")
    return rest if sep and message.startswith("Parser error") else message


def load_files(store: ox.Store, paths: list[Path]) -> int:
    """Parse every file first, so a syntax error leaves the store untouched; return the triple count."""
    quads: list[ox.Quad] = []
    for path in paths:
        quads.extend(read_quads(path))
    store.extend(quads)
    return len(store)

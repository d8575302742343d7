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


def read_quads(path: Path, graph: ox.NamedNode | None = None) -> list[ox.Quad]:
    """Parse one file; every quad is put in GRAPH, by default the default graph, which is what cgkg queries."""
    fmt = rdf_format(path)
    target = ox.DefaultGraph() if graph is None else graph
    try:
        return [
            ox.Quad(q.subject, q.predicate, q.object, target)
            for q in ox.parse(_without_bom(path.read_bytes()), format=fmt, base_iri=path.resolve().as_uri())
        ]
    except (SyntaxError, OSError) as exc:
        raise _input_error(path, exc) from None


_BOM = b"\xef\xbb\xbf"


def _starts_with_bom(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(_BOM)) == _BOM


def _without_bom(data: bytes) -> bytes:
    """The file without the UTF-8 byte-order mark some editors write first (the parsers refuse it)."""
    return data[len(_BOM):] if data.startswith(_BOM) else data


def _input_error(path: Path, exc: SyntaxError | OSError) -> InputError:
    if isinstance(exc, SyntaxError):
        # The RDF/XML parser reports some errors (a property outside any namespace) with no position.
        where = f" line {exc.lineno}:" if exc.lineno else ""
        return InputError(f"{path}:{where} syntax error: {_reason(exc)}")
    return InputError(f"{path}: cannot read the file ({exc.strerror or exc})")


def _reason(exc: SyntaxError) -> str:
    message = exc.msg or str(exc)
    # pyoxigraph prefixes a location ("Parser error between line 3 column 9 and ...: ") we already give,
    # and the RDF/XML parser some reasons with the "syntax error: " we already say.
    _, sep, rest = message.partition(": ")
    message = rest if sep and message.startswith("Parser error") else message
    return message.removeprefix("syntax error: ")


# Formats whose statements may sit in named graphs: parsed in Python and flattened into the default
# graph. Triple formats are parsed natively by Oxigraph, straight into the default graph.
_QUAD_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD}


def load_file(store: ox.Store, path: Path, *, bulk: bool = False, graph: ox.NamedNode | None = None) -> None:
    """Load one file into GRAPH (by default the store's default graph); bulk loading skips
    transactions (for new stores)."""
    fmt = rdf_format(path)
    if fmt in _QUAD_FORMATS:
        quads = read_quads(path, graph)
        (store.bulk_extend if bulk else store.extend)(quads)
        return
    loader = store.bulk_load if bulk else store.load
    try:
        # Read natively from the path (no copy of the file in Python), unless a byte-order mark must go.
        source = {"input": _without_bom(path.read_bytes())} if _starts_with_bom(path) else {"path": str(path)}
        loader(**source, format=fmt, base_iri=path.resolve().as_uri(),
               to_graph=ox.DefaultGraph() if graph is None else graph)
    except (SyntaxError, OSError) as exc:
        raise _input_error(path, exc) from None


def load_files(store: ox.Store, paths: list[Path], *, bulk: bool = False) -> int:
    """Load every file; return the triple count. On an error the caller discards the store."""
    for path in paths:
        load_file(store, path, bulk=bulk)
    return len(store)

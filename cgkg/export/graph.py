"""The graph to export: the ontology and the data as two named graphs, in one canonical order.

Every serializer works from the same canonical form: the sorted N-Triples lines of each part
(byte order, as ``LC_ALL=C sort`` gives), computed once per graph. Sorting is what makes the output
byte-identical for the same graph: pyoxigraph's in-memory store iterates in (reverse) insertion
order, so its own dumps depend on the order the files and their triples were read in. Blank nodes, if a file ever has any, get
stable labels from RDF canonicalization (RDFC-1.0) first.
"""

from __future__ import annotations

import io
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .. import paths
from ..prefixes import PREFIXES
from ..rdffiles import load_file

ONTOLOGY_GRAPH = "https://w3id.org/cgkg/ontology"
DATA_GRAPH = "https://w3id.org/cgkg/data"
GRAPHS = {"ontology": ONTOLOGY_GRAPH, "data": DATA_GRAPH}
PARTS = ("all", "ontology", "data")

# The project's prefixes plus the vocabularies the ontology header and the dataset description use.
EXTRA_PREFIXES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "vann": "http://purl.org/vocab/vann/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
}
ALL_PREFIXES = {**PREFIXES, **EXTRA_PREFIXES}


_OWL_IMPORTS = ox.NamedNode("http://www.w3.org/2002/07/owl#imports")
_OWL_ONTOLOGY = ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _merge_modules(store: ox.Store) -> None:
    """Make the exported ontology one ontology.

    In the repository the reused terms and the concept schemes are modules of their own, which the
    ontology imports and the schemes import back (a catalog finds them offline). An export holds them
    all in one graph: the modules' headers, and the imports that would send a reader of the dump looking
    for what it holds, are left out.
    """
    graph = ox.NamedNode(ONTOLOGY_GRAPH)  # also the IRI of the ontology itself, which stays
    imports = list(store.quads_for_pattern(None, _OWL_IMPORTS, None, graph))
    modules = {s.object for s in imports if ox.Quad(s.object, _RDF_TYPE, _OWL_ONTOLOGY, graph) in store}
    for statement in imports:
        if statement.object in modules or statement.object == graph:
            store.remove(statement)
    for module in modules - {graph}:
        for header in list(store.quads_for_pattern(module, None, None, graph)):
            store.remove(header)


class ExportGraph:
    """A pyoxigraph store whose named graphs hold the ontology and the data, plus their sorted lines."""

    def __init__(self, store: ox.Store):
        self.store = store
        self._lines: dict[str, list[bytes]] = {}
        self._text: dict[str, bytes] = {}

    # Building -----------------------------------------------------------------------------------
    @classmethod
    def from_files(cls, ontology_files: Iterable[Path], data_files: Iterable[Path]) -> ExportGraph:
        """Parse the files (errors name the file and line) into the two named graphs.

        Triple formats are parsed natively, straight into their graph: a large --data file never
        passes through Python one triple at a time.
        """
        store = ox.Store()
        for graph, files in ((ONTOLOGY_GRAPH, ontology_files), (DATA_GRAPH, data_files)):
            name = ox.NamedNode(graph)
            for path in files:
                load_file(store, Path(path), graph=name)
        _merge_modules(store)
        return cls(store)

    @classmethod
    def bundled(cls, extra_files: Iterable[Path] = ()) -> ExportGraph:
        """The graph cgkg ships (every ontology file without the shapes, every data file), plus the
        user's EXTRA_FILES in the data graph."""
        return cls.from_files(paths.ontology_files(), [*paths.data_files(), *map(Path, extra_files)])

    @classmethod
    def from_ntriples(cls, ontology: bytes, data: bytes) -> ExportGraph:
        """Two N-Triples documents, loaded by pyoxigraph's parser alone (used by the benchmark)."""
        store = ox.Store()
        store.load(ontology, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
        store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(DATA_GRAPH))
        return cls(store)

    # The canonical form -------------------------------------------------------------------------
    def lines(self, part: str = "all") -> list[bytes]:
        """The sorted, distinct N-Triples lines of a part, each without its newline."""
        if part not in PARTS:
            raise ValueError(f"unknown part {part!r}")
        if part not in self._lines:
            if part == "all":
                self._lines[part] = _union(self.lines("ontology"), self.lines("data"))
            else:
                self._lines[part] = self._graph_lines(GRAPHS[part])
        return self._lines[part]

    def prepare(self) -> ExportGraph:
        """Compute the canonical form of every part now (the benchmark times this apart)."""
        for part in PARTS:
            self.lines(part)
        self.ntriples("all")
        return self

    def ntriples(self, part: str = "all") -> bytes:
        """The canonical N-Triples document of a part (kept: several writers start from it)."""
        if part not in self._text:
            lines = self.lines(part)
            self._text[part] = b"\n".join(lines + [b""]) if lines else b""  # one copy, not two
        return self._text[part]

    def count(self, part: str = "all") -> int:
        return len(self.lines(part))

    def parts_of(self, part: str) -> list[str]:
        """The named graphs (ontology, data) a part covers, in that order."""
        return ["ontology", "data"] if part == "all" else [part]

    def _graph_lines(self, graph: str) -> list[bytes]:
        name = ox.NamedNode(graph)
        buffer = io.BytesIO()  # a little faster than letting dump() build the bytes itself
        self.store.dump(buffer, format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        text = buffer.getvalue()
        del buffer
        if _may_have_blank_nodes(text):
            text = _canonical_blank_nodes(self.store, name)
        lines = text.split(b"\n")
        if lines and not lines[-1]:
            lines.pop()
        lines.sort()
        return lines

    # Queries over the union of both graphs ------------------------------------------------------
    def query(self, sparql: str):
        from ..prefixes import sparql_prologue

        return self.store.query(sparql_prologue() + sparql, use_default_graph_as_union=True)

    def union_triples(self) -> Iterable[ox.Triple]:
        """Every distinct triple of the union, in canonical order, as pyoxigraph terms."""
        return ox.parse(self.ntriples("all"), format=ox.RdfFormat.N_TRIPLES, lenient=True)


def _union(first: list[bytes], second: list[bytes]) -> list[bytes]:
    """Merge two sorted lists of distinct lines into one sorted list without duplicates.

    The shorter list's lines are placed into the longer one by binary search, so merging the small
    ontology into a large data graph costs little more than copying the list.
    """
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    merged: list[bytes] = []
    start = 0
    for line in small:
        at = bisect_left(large, line, start)
        merged.extend(large[start:at])
        if at < len(large) and large[at] == line:
            at += 1  # in both: keep one
        merged.append(line)
        start = at
    merged.extend(large[start:])
    return merged


def _may_have_blank_nodes(text: bytes) -> bool:
    # One scan for "_:" settles almost every graph (cgkg's own name files with underscores, so a scan
    # for "_" alone does not): at 10^6 triples it takes 0.13 s, the two scans below 0.20 s.
    # A literal containing " _:" is a false positive, which only costs a canonicalization.
    if b"_:" not in text:
        return False
    return text.startswith(b"_:") or b"\n_:" in text or b" _:" in text


def _canonical_blank_nodes(store: ox.Store, graph: ox.NamedNode) -> bytes:
    dataset = ox.Dataset(store.quads_for_pattern(None, None, None, graph))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in dataset), format=ox.RdfFormat.N_TRIPLES)

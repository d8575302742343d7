"""A release folder: every format, the dataset description, the ontology's documentation, a README
saying how to load the dump into common triple stores, and SHA256SUMS.

The folder is built beside its target and renamed into place at the end, so a failed export leaves
no half-written release. Building it twice from the same graph gives identical bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__, paths
from . import docs, rdf, tables
from .graph import DATA_GRAPH, ONTOLOGY_GRAPH, ExportGraph
from .index import GraphIndex
from .jsonld import jsonld
from .network import build_network, gexf, graphml
from .output import RELEASE_TITLE, new_folder, write_into
from .void import DISTRIBUTIONS, SHAPES, void_turtle

CHECKSUMS = "SHA256SUMS"
CATALOG = "catalog-v001.xml"


@dataclass
class Release:
    folder: Path
    files: list[str] = field(default_factory=list)
    docs_skipped: str | None = None


def build_release(graph: ExportGraph, folder: Path, force: bool = False, with_docs: bool = True,
                  base_url: str | None = None) -> Release:
    release = Release(Path(folder))
    with new_folder(release.folder, force) as building:
        for name, data in iter_release(graph, with_docs, release, base_url):
            write_into(building, name, data)  # one at a time: a large graph's files need not all fit in memory
            release.files.append(name)
    release.files.sort()
    return release


def release_files(graph: ExportGraph, with_docs: bool = True, base_url: str | None = None) -> dict[str, bytes]:
    """Relative path -> bytes of every file of the release."""
    return dict(iter_release(graph, with_docs, base_url=base_url))


def iter_release(graph: ExportGraph, with_docs: bool = True, release: Release | None = None,
                 base_url: str | None = None):
    """(relative path, bytes) of every file of the release, README.md and SHA256SUMS last."""
    written: dict[str, tuple[int, str]] = {}  # name -> (size in bytes, SHA-256)

    def emit(name: str, data: bytes):
        written[name] = (len(data), hashlib.sha256(data).hexdigest())
        return name, data

    for fmt, writer in (("nquads", rdf.nquads), ("trig", rdf.trig), ("turtle", rdf.turtle),
                        ("ntriples", rdf.ntriples), ("rdfxml", rdf.rdfxml), ("jsonld", jsonld)):
        yield emit(DISTRIBUTIONS[fmt][0], writer(graph, "all"))
    yield emit(DISTRIBUTIONS["ontology"][0], rdf.turtle(graph, "ontology"))
    # As the repository has them: whoever adds to the data can validate against the shapes it meets.
    yield emit(SHAPES[0], paths.SHAPES_FILE.read_bytes())
    yield emit(CATALOG, catalog(graph).encode())
    index = GraphIndex(graph)
    network = build_network(graph, index)
    yield emit(DISTRIBUTIONS["graphml"][0], graphml(network))
    yield emit(DISTRIBUTIONS["gexf"][0], gexf(network))
    csv_folder = DISTRIBUTIONS["csv"][0]
    csv_tables = tables.tables(graph, index)
    del index
    for name, data in csv_tables.items():
        yield emit(csv_folder + name, data)
    # Every distribution is written by now, so the description gives each one's size and checksum.
    yield emit("void.ttl", void_turtle(graph, sorted(csv_tables), base_url, written))
    yield emit("context.jsonld", paths.CONTEXT_FILE.read_bytes())
    if with_docs:
        try:
            yield emit("ontology.html", docs.ontology_html(graph))
        except docs.DocsUnavailable as exc:
            if release is not None:
                release.docs_skipped = str(exc)
    names = sorted([*written, "README.md", CHECKSUMS])
    yield emit("README.md", readme(graph, names, len(network.nodes), len(network.edges)).encode())
    yield CHECKSUMS, "".join(f"{written[name][1]}  {name}\n" for name in sorted(written)).encode()


def catalog(graph: ExportGraph) -> str:
    """An OASIS XML catalog mapping the ontology's IRI and version IRI to the release's ontology file.

    The shapes import the ontology by its IRI: with this catalog beside them, Protégé, ROBOT and other
    OWL API tools open cgkg-shapes.ttl without the network.
    """
    # The ontology's named graph is named by the ontology's IRI.
    names = [ONTOLOGY_GRAPH] + sorted(row["v"].value for row in graph.query(
        f"SELECT ?v WHERE {{ <{ONTOLOGY_GRAPH}> owl:versionIRI ?v }}"))
    entries = "".join(f'        <uri name="{name}" uri="{DISTRIBUTIONS["ontology"][0]}"/>\n' for name in names)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<catalog prefer="public" xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n'
            '    <group id="cgkg" prefer="public" xml:base="">\n'
            f"{entries}"
            "    </group>\n</catalog>\n")


def readme(graph: ExportGraph, names: list[str], nodes: int, edges: int) -> str:
    described = {entry[0]: entry[1] for entry in (*DISTRIBUTIONS.values(), SHAPES)}
    rows = []
    for name in names:
        if name.startswith("csv/") or name == CHECKSUMS:
            continue
        what = described.get(name) or {
            "void.ttl": "Dataset description: VoID statistics and DCAT distributions (Turtle)",
            "context.jsonld": "The JSON-LD context that cgkg.jsonld is compacted with",
            CATALOG: "XML catalog: Protégé and other OWL API tools resolve the shapes' import of the ontology to cgkg-ontology.ttl offline",
            "ontology.html": "Documentation of the ontology's classes and properties (generated by pyLODE)",
            "README.md": "This file",
        }.get(name, "")
        rows.append(f"| `{name}` | {what} |")
    tables_list = ", ".join(f"`{name[4:]}`" for name in names if name.startswith("csv/"))
    rows.append(f"| `csv/` | {described['csv/']}: {tables_list} |")
    rows.append(f"| `{CHECKSUMS}` | SHA-256 of every other file: `sha256sum -c {CHECKSUMS}` |")
    table = "\n".join(rows)
    return f"""{RELEASE_TITLE} {__version__}

Who governs industrial clusters in Zhejiang and industrial districts in Italy, how the actors relate,
how that changed, and the exact source passage behind every fact.

- {graph.count('all'):,} triples: {graph.count('ontology'):,} in the ontology, {graph.count('data'):,} in the data.
- Named graphs (in `cgkg.nq` and `cgkg.trig`): `<{ONTOLOGY_GRAPH}>` holds the ontology,
  `<{DATA_GRAPH}>` the data. The other RDF files hold both in one graph.
- Actor network: {nodes:,} nodes and {edges:,} edges.
- Licence: data and ontology under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The
  quotations (`oa:exact` of each passage) are excerpts of the source texts, reproduced for provenance:
  they remain under their authors' and publishers' rights and the licence does not cover them.
- Every file is sorted, so two releases of the same graph are byte-identical and diff line by line.

## Files

| File | Content |
| --- | --- |
{table}

## Loading the dump into a triple store

Load `cgkg.nq` (or `cgkg.trig`) to keep the ontology and the data in their named graphs.

**Oxigraph**

    oxigraph load --location cgkg-db --file cgkg.nq
    oxigraph serve --location cgkg-db --union-default-graph    # SPARQL at http://localhost:7878/query

**Apache Jena (TDB2 and Fuseki)**

    tdb2.tdbloader --loc cgkg-db cgkg.nq
    fuseki-server --loc cgkg-db /cgkg    # SPARQL at http://localhost:3030/cgkg/sparql

or, in a running Fuseki, create a dataset in the web UI ("manage" > "new dataset") and upload
`cgkg.nq` under "add data".

**GraphDB**

In the Workbench: create a repository, then "Import" > "User data" > "Upload RDF files" and choose
`cgkg.nq` (or `cgkg.trig`). GraphDB's default ruleset (RDFS-Plus) also states what the ontology
entails: each superclass of an entity's class, every place that contains its place (`cgkg:locatedIn`
is transitive), the inverse of each relation. cgkg's canned queries give the same answers either way,
except `stats`, which counts what the repository holds; choose the ruleset "No inference" for a
repository that holds just the dump. From the command line,
with GraphDB stopped:

    importrdf load -c cgkg-repo-config.ttl -m parallel cgkg.nq

where `cgkg-repo-config.ttl` is the repository configuration the Workbench can export.

**Querying it with cgkg**

cgkg's canned queries read the default graph, so they need the ontology and the data there. Either
serve the named graphs of `cgkg.nq` as the default graph (Oxigraph's `--union-default-graph` above;
in Jena, `tdb2:unionDefaultGraph true` in the dataset's configuration; GraphDB's default graph
already holds every graph's statements), or load `cgkg.nt`, which holds both in one graph, into the
default graph (`oxigraph load --location cgkg-db --file cgkg.nt`, `tdb2.tdbloader --loc cgkg-db cgkg.nt`).
Then, for example:

    cgkg query clusters --endpoint http://localhost:7878/query

The ontology here is cgkg's three ontology modules merged into one, without the modules' headers and
imports, so `cgkg query stats` against the store counts a few triples fewer than `cgkg stats` does on
the repository's files; every other canned query gives the same rows.

**The dataset description on its own**

`void.ttl` links to the files of this folder by relative IRIs, so the folder can be hosted anywhere.
A parser resolves them against the file's location; to load the description alone into a store,
give that location as the base: `oxigraph load --location cgkg-db --file void.ttl --base
https://example.org/cgkg/`, or write the folder with `cgkg export --all DIR --base-url URL`, which
makes the links absolute.

**Validating additions**

`cgkg-shapes.ttl` holds the SHACL shapes the data conforms to; any SHACL processor applies them to the
ontology and the data together, e.g. `pyshacl -s cgkg-shapes.ttl cgkg.ttl` (the zero-row SPARQL checks
that `cgkg validate` runs as well are in the repository's `queries/checks/`).

**Others**

`cgkg.ttl`, `cgkg.nt`, `cgkg.rdf` and `cgkg.jsonld` hold the same triples for tools that read one
graph (Protégé, rdflib, Apache Jena `riot`, RDF4J). `cgkg-network.graphml` and `cgkg-network.gexf`
open in Gephi, Cytoscape, yEd, networkx and igraph; the CSV tables in any spreadsheet or data frame.
"""

"""Exporting the graph: RDF dumps, JSON-LD, the dataset description, the actor network, CSV tables, releases.

>>> from cgkg.export import ExportGraph, render, render_tables
>>> graph = ExportGraph.bundled()
>>> turtle = render(graph, "turtle")             # bytes, identical for the same graph
>>> files = render_tables(graph)                  # {"clusters.csv": b"...", ...}

Every output is deterministic: the same graph gives byte-identical files. The library never imports
Click; ``cgkg.cli_export`` is the command line over it.
"""

from __future__ import annotations

from .graph import DATA_GRAPH, ONTOLOGY_GRAPH, PARTS, ExportGraph
from .output import OutputError, OutputExistsError, new_folder, write_file
from .release import Release, build_release

RDF_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
FILE_FORMATS = RDF_FORMATS + ("void", "graphml", "gexf")
FORMATS = FILE_FORMATS + ("csv",)


def render(graph: ExportGraph, fmt: str, part: str = "all", base_url: str | None = None) -> bytes:
    """One format as bytes. ``part`` (all, ontology, data) applies to the RDF formats only, ``base_url``
    (where the release folder is published) to void only."""
    return render_described(graph, fmt, part, base_url)[0]


def render_described(graph: ExportGraph, fmt: str, part: str = "all",
                     base_url: str | None = None) -> tuple[bytes, str]:
    """One format as bytes, and what it holds in words ("10,911 triples", "459 nodes and 468 edges")."""
    from . import rdf
    from .jsonld import jsonld
    from .network import build_network, gexf, graphml
    from .void import void_turtle

    writers = {"turtle": rdf.turtle, "ntriples": rdf.ntriples, "nquads": rdf.nquads, "trig": rdf.trig,
               "rdfxml": rdf.rdfxml, "jsonld": jsonld}
    if fmt in writers:
        return writers[fmt](graph, part), f"{graph.count(part):,} triples"
    if fmt == "void":
        from .tables import table_names

        return void_turtle(graph, table_names(), base_url), "the dataset description"
    if fmt in ("graphml", "gexf"):
        network = build_network(graph)
        data = graphml(network) if fmt == "graphml" else gexf(network)
        return data, f"{len(network.nodes):,} nodes and {len(network.edges):,} edges"
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FILE_FORMATS)}")


def render_tables(graph: ExportGraph) -> dict[str, bytes]:
    from .tables import tables

    return tables(graph)


__all__ = [
    "DATA_GRAPH", "FILE_FORMATS", "FORMATS", "ONTOLOGY_GRAPH", "PARTS", "RDF_FORMATS", "ExportGraph", "OutputError",
    "OutputExistsError", "Release", "build_release", "new_folder", "render", "render_described", "render_tables",
    "write_file",
]

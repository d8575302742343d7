"""The dataset description: VoID statistics and a DCAT catalogue entry, computed from the graph.

Download URLs are relative IRIs (``<cgkg.nq>``) by default: they resolve against the place ``void.ttl``
is read from, i.e. the release folder, wherever it is hosted. Given the URL the folder is published at,
they are absolute IRIs under it, which a catalogue harvesting the description on its own needs.

Every figure comes from the graph itself, so the same graph gives the same description byte for byte
(an issue date is added only when SOURCE_DATE_EPOCH is set).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import datetime, timezone

import pyoxigraph as ox

from ..errors import ParameterError
from ..prefixes import check_http_url
from .graph import ALL_PREFIXES, DATA_GRAPH, ONTOLOGY_GRAPH, ExportGraph
from .rdf import turtle_from_ntriples

DATASET = "https://w3id.org/cgkg/dataset"
ID = "https://w3id.org/cgkg/id/"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
# The passages reproduce much of the two source texts (most of each chapter, in order): the licence cannot
# cover them, and the description says so.
RIGHTS = ("CC BY 4.0 covers cgkg's own statements. The quotations (oa:exact of each cgkg:Passage) are excerpts "
          "of third-party texts, reproduced for provenance; they remain under their authors' and publishers' "
          "rights and are not licensed by cgkg.")
_RELEASE = "file:///cgkg-release/"  # stands for the release folder; written out as relative IRIs

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
SPDX = "http://spdx.org/rdf/terms#"
PROV = "http://www.w3.org/ns/prov#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
IANA = "https://www.iana.org/assignments/media-types/"

# format -> (file in the release folder, title, media type, registered with IANA, W3C format IRI)
DISTRIBUTIONS = {
    "nquads": ("cgkg.nq", "N-Quads (ontology and data in two named graphs)", "application/n-quads", True, "N-Quads"),
    "trig": ("cgkg.trig", "TriG (ontology and data in two named graphs)", "application/trig", True, "TriG"),
    "turtle": ("cgkg.ttl", "Turtle", "text/turtle", True, "Turtle"),
    "ntriples": ("cgkg.nt", "N-Triples", "application/n-triples", True, "N-Triples"),
    "rdfxml": ("cgkg.rdf", "RDF/XML", "application/rdf+xml", True, "RDF_XML"),
    "jsonld": ("cgkg.jsonld", "JSON-LD, compacted with context.jsonld", "application/ld+json", True, "JSON-LD"),
    "ontology": ("cgkg-ontology.ttl", "The ontology alone (Turtle)", "text/turtle", True, None),
    "graphml": ("cgkg-network.graphml", "The actor network (GraphML)", "application/graphml+xml", False, None),
    "gexf": ("cgkg-network.gexf", "The actor network (GEXF 1.2)", "application/gexf+xml", False, None),
    "csv": ("csv/", "Tables, one per kind of entity, and relations.csv (CSV)", "text/csv", True, None),
}
# The shapes are not a representation of the dataset but the standard it conforms to (dct:conformsTo).
SHAPES = ("cgkg-shapes.ttl", "The SHACL shapes the data conforms to (Turtle)")
# The formats without an IANA media type: a dct:MediaTypeOrExtent node gives the name in use and the specification.
FORMAT_SPECS = {"graphml": "http://graphml.graphdrawing.org/", "gexf": "https://gexf.net/"}
DC_CREATOR = "http://purl.org/dc/elements/1.1/creator"
RDF_DUMPS = ("nquads", "trig", "turtle", "ntriples", "rdfxml", "jsonld")

TITLE = {"en": "Cluster Governance Knowledge Graph (cgkg)", "zh": "产业集群治理知识图谱"}
DESCRIPTION = (
    "Who governs industrial clusters in Zhejiang and industrial districts in Italy: the firms and lead firms, "
    "industry associations, chambers, consortia, service centres, unions, government bodies and committees, "
    "how they relate (membership, leadership, founding, lineage, location), the governance modes and "
    "institutional problems of the clusters, the instruments and events of their governance, and the exact "
    "source passage behind every fact. The ontology and the data are in two named graphs, "
    f"<{ONTOLOGY_GRAPH}> and <{DATA_GRAPH}>."
)
KEYWORDS = ("industrial clusters", "industrial districts", "governance", "Zhejiang", "Italy", "knowledge graph")
EXAMPLE_CLASSES = ("IndustrialCluster", "IndustrialDistrict", "IndustryAssociation", "Founding", "Passage")
PREFERRED_EXAMPLE = ID + "cluster/liushi-low-voltage-electrical"


def void_turtle(graph: ExportGraph, csv_files: list[str] | None = None, base_url: str | None = None,
                written: dict[str, tuple[int, str]] | None = None) -> bytes:
    """The description as Turtle. csv_files names the tables (e.g. ``clusters.csv``) for their download URLs;
    base_url, if given, is the URL of the release folder (ending in /), under which they are absolute;
    written gives the size in bytes and SHA-256 of each file of the release already written, by name."""
    triples = describe(graph, csv_files, base_url, written)
    lines = set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).split(b"\n")) - {b""}
    # The dataset itself first, then its subsets, partitions and distributions, each group sorted.
    main = f"<{DATASET}> ".encode()
    lines = sorted(lines, key=lambda line: (not line.startswith(main), line))
    prefixes = {**ALL_PREFIXES, "sd": SD, "formats": FORMATS_NS, "spdx": SPDX, "dataset": DATASET + "#"}
    return turtle_from_ntriples(b"\n".join(lines) + b"\n", prefixes, base_iri=None if base_url else _RELEASE)


def statistics(graph: ExportGraph) -> dict:
    """The VoID figures, computed in one pass over the canonical lines of the whole graph."""
    lines = graph.lines("all")
    subjects, objects = set(), set()
    predicates: Counter = Counter()
    instances: dict[bytes, set] = {}
    rdf_type = f"<{RDF}type>".encode()
    entity = f"<{ID}".encode()
    for line in lines:
        s, p, o = line.split(b" ", 2)
        subjects.add(s)
        predicates[p] += 1
        o = o[:-2]
        objects.add(o)
        if p == rdf_type:
            instances.setdefault(o, set()).add(s)
    # Entities are the typed resources in the uriSpace; classes and their partitions cover every typed
    # subject, the ontology's terms (owl:Class, owl:ObjectProperty, …) included, as void:classes is defined.
    entities = {s for members in instances.values() for s in members if s.startswith(entity)}
    return {
        "triples": len(lines),
        "ontology_triples": graph.count("ontology"),
        "data_triples": graph.count("data"),
        "distinct_subjects": len(subjects),
        "distinct_objects": len(objects),
        "properties": {p[1:-1].decode(): n for p, n in predicates.items()},
        "classes": {c[1:-1].decode(): len(s) for c, s in instances.items() if c.startswith(b"<")},
        "entities": len(entities),
        "declared_classes": sorted(c[1:-1].decode() for c in instances.get(f"<{OWL_CLASS}>".encode(), ())
                                   if c.startswith(b"<")),
    }


def describe(graph: ExportGraph, csv_files: list[str] | None = None, base_url: str | None = None,
             written: dict[str, tuple[int, str]] | None = None) -> list[ox.Triple]:
    release = base_url or _RELEASE
    stats = statistics(graph)
    dataset = ox.NamedNode(DATASET)
    triples: list[ox.Triple] = []

    def add(subject, predicate: str, value) -> None:
        triples.append(ox.Triple(subject, ox.NamedNode(predicate), value))

    def integer(number: int) -> ox.Literal:
        return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer"))

    add(dataset, RDF + "type", ox.NamedNode(VOID + "Dataset"))
    add(dataset, RDF + "type", ox.NamedNode(DCAT + "Dataset"))
    for language, title in TITLE.items():
        add(dataset, DCT + "title", ox.Literal(title, language=language))
    add(dataset, DCT + "description", ox.Literal(DESCRIPTION, language="en"))
    add(dataset, DCT + "license", ox.NamedNode(LICENSE))
    # dct:rights ranges over rights statements (DCAT 3), a node that carries the text.
    rights = ox.NamedNode(f"{DATASET}#rights")
    add(dataset, DCT + "rights", rights)
    add(rights, RDF + "type", ox.NamedNode(DCT + "RightsStatement"))
    add(rights, RDFS + "label", ox.Literal(RIGHTS, language="en"))
    add(dataset, DCT + "conformsTo", ox.NamedNode(release + SHAPES[0]))
    # dct:creator ranges over agents; a name as a literal is what Dublin Core's element set is for.
    add(dataset, DC_CREATOR, ox.Literal("cgkg contributors"))
    for keyword in KEYWORDS:
        add(dataset, DCAT + "keyword", ox.Literal(keyword, language="en"))
    header = _ontology_header(graph)
    if "created" in header:
        add(dataset, DCT + "created", header["created"])
    if "version" in header:
        add(dataset, DCAT + "version", header["version"])
        add(dataset, "http://www.w3.org/2002/07/owl#versionInfo", header["version"])
    issued = _issued()
    if issued is not None:
        add(dataset, DCT + "issued", ox.Literal(issued, datatype=ox.NamedNode(XSD + "date")))
    for source, labels in _sources(graph):
        add(dataset, DCT + "source", source)
        # The same link for PROV tools: every statement of the data is drawn from these texts.
        add(dataset, PROV + "wasDerivedFrom", source)
        for label in labels:
            add(source, "http://www.w3.org/2004/02/skos/core#prefLabel", label)

    add(dataset, VOID + "uriSpace", ox.Literal(ID))
    add(dataset, VOID + "triples", integer(stats["triples"]))
    add(dataset, VOID + "entities", integer(stats["entities"]))
    add(dataset, VOID + "distinctSubjects", integer(stats["distinct_subjects"]))
    add(dataset, VOID + "distinctObjects", integer(stats["distinct_objects"]))
    add(dataset, VOID + "properties", integer(len(stats["properties"])))
    add(dataset, VOID + "classes", integer(len(stats["classes"])))
    # Also a SPARQL service-description dataset, so that its two named graphs hang off it (sd:namedGraph).
    add(dataset, RDF + "type", ox.NamedNode(SD + "Dataset"))
    for name, graph_iri, count in (("ontology", ONTOLOGY_GRAPH, stats["ontology_triples"]),
                                   ("data", DATA_GRAPH, stats["data_triples"])):
        subset = ox.NamedNode(f"{DATASET}#{name}")
        add(dataset, VOID + "subset", subset)
        add(subset, RDF + "type", ox.NamedNode(VOID + "Dataset"))
        add(subset, DCT + "title", ox.Literal(f"The {name} (named graph <{graph_iri}>)", language="en"))
        add(subset, VOID + "triples", integer(count))
        # sd:name belongs to a named graph (its domain is sd:NamedGraph), which names the subset it holds:
        # on the subset itself, a reasoner would make the void:Dataset a named graph.
        named_graph = ox.NamedNode(f"{DATASET}#graph-{name}")
        add(named_graph, RDF + "type", ox.NamedNode(SD + "NamedGraph"))
        add(named_graph, SD + "name", ox.NamedNode(graph_iri))
        add(named_graph, SD + "graph", subset)
        add(dataset, SD + "namedGraph", named_graph)

    vocabularies = set()
    for cls, entities in stats["classes"].items():
        partition = ox.NamedNode(f"{DATASET}#class-{_slug(cls)}")
        add(dataset, VOID + "classPartition", partition)
        add(partition, VOID + "class", ox.NamedNode(cls))
        add(partition, VOID + "entities", integer(entities))
        vocabularies.add(_namespace(cls))
    for prop, count in stats["properties"].items():
        partition = ox.NamedNode(f"{DATASET}#property-{_slug(prop)}")
        add(dataset, VOID + "propertyPartition", partition)
        add(partition, VOID + "property", ox.NamedNode(prop))
        add(partition, VOID + "triples", integer(count))
        vocabularies.add(_namespace(prop))
    # The vocabularies whose terms the ontology declares or builds on (FOAF's agents, for one) are used too.
    for term in stats["declared_classes"]:
        vocabularies.add(_namespace(term))
    for vocabulary in vocabularies - {None}:
        add(dataset, VOID + "vocabulary", ox.NamedNode(vocabulary))
    for example in _examples(graph):
        add(dataset, VOID + "exampleResource", example)

    for name, (file, title, media_type, registered, w3c_format) in DISTRIBUTIONS.items():
        if name == "csv":
            # One distribution per table, each one file with its own size and checksum.
            for table in sorted(csv_files or ()):
                key = "csv-" + _slug(table.removesuffix(".csv"))
                _distribution(add, key, release, file + table, f"Table {table} (CSV)", media_type, registered, written)
        else:
            _distribution(add, name, release, file, title, media_type, registered, written)
        if name in RDF_DUMPS:
            add(dataset, VOID + "dataDump", ox.NamedNode(release + file))
        if w3c_format:
            add(dataset, VOID + "feature", ox.NamedNode(FORMATS_NS + w3c_format))
    return triples


def _distribution(add, name: str, release: str, file: str, title: str, media_type: str, registered: bool,
                  written: dict[str, tuple[int, str]] | None) -> None:
    dataset = ox.NamedNode(DATASET)
    distribution = ox.NamedNode(f"{DATASET}#distribution-{name}")
    add(dataset, DCAT + "distribution", distribution)
    add(distribution, RDF + "type", ox.NamedNode(DCAT + "Distribution"))
    add(distribution, DCT + "title", ox.Literal(title, language="en"))
    add(distribution, DCT + "license", ox.NamedNode(LICENSE))
    # dct:format ranges over media types and extents, never a string: IANA's IRI for a registered type,
    # else a node naming the type in use and its specification.
    if registered:
        add(distribution, DCT + "format", ox.NamedNode(IANA + media_type))
        add(distribution, DCAT + "mediaType", ox.NamedNode(IANA + media_type))
    else:
        media = ox.NamedNode(f"{DATASET}#format-{name}")
        add(distribution, DCT + "format", media)
        add(media, RDF + "type", ox.NamedNode(DCT + "MediaTypeOrExtent"))
        add(media, RDFS + "label", ox.Literal(media_type))
        add(media, RDFS + "seeAlso", ox.NamedNode(FORMAT_SPECS[name]))
    add(distribution, DCAT + "accessURL", ox.NamedNode(release + file))
    add(distribution, DCAT + "downloadURL", ox.NamedNode(release + file))
    if file in (written or {}):
        # So a downloader can check the file it got (DCAT 3; SPDX for the checksum).
        size, sha256 = written[file]
        add(distribution, DCAT + "byteSize", ox.Literal(str(size), datatype=ox.NamedNode(XSD + "nonNegativeInteger")))
        checksum = ox.NamedNode(f"{DATASET}#checksum-{name}")
        add(distribution, SPDX + "checksum", checksum)
        add(checksum, RDF + "type", ox.NamedNode(SPDX + "Checksum"))
        add(checksum, SPDX + "algorithm", ox.NamedNode(SPDX + "checksumAlgorithm_sha256"))
        add(checksum, SPDX + "checksumValue", ox.Literal(sha256, datatype=ox.NamedNode(XSD + "hexBinary")))


def release_url(text: str) -> str:
    """TEXT as the URL of a release folder: an absolute http(s) URL, given a final slash if it lacks one."""
    from urllib.parse import urlsplit

    check_http_url(text, "--base-url")
    parts = urlsplit(text)
    if parts.query or parts.fragment:
        raise ParameterError(f"--base-url {text!r} has a query or fragment; give the folder's URL "
                             "(such as https://example.org/cgkg/1.0/)")
    return text if text.endswith("/") else text + "/"


def _ontology_header(graph: ExportGraph) -> dict:
    rows = graph.query(f"SELECT ?created ?version WHERE {{ OPTIONAL {{ <{ONTOLOGY_GRAPH}> dct:created ?created }} "
                       f"OPTIONAL {{ <{ONTOLOGY_GRAPH}> owl:versionInfo ?version }} }}")
    header = {}
    for row in rows:
        for key in ("created", "version"):
            if row[key] is not None and key not in header:
                header[key] = row[key]
    return header


def _sources(graph: ExportGraph) -> list[tuple[ox.NamedNode, list[ox.Literal]]]:
    rows = graph.query("SELECT ?s ?label WHERE { ?s a cgkg:SourceText OPTIONAL { ?s skos:prefLabel ?label } }")
    sources: dict = {}
    for row in rows:
        labels = sources.setdefault(row["s"], [])
        if row["label"] is not None:
            labels.append(row["label"])
    return [(source, sources[source]) for source in sorted(sources, key=lambda term: term.value)
            if isinstance(source, ox.NamedNode)]


def _examples(graph: ExportGraph) -> list[ox.NamedNode]:
    examples = []
    for cls in EXAMPLE_CLASSES:
        rows = graph.query(f"SELECT ?s WHERE {{ ?s a cgkg:{cls} FILTER(isIRI(?s)) }} ORDER BY ?s")
        found = [row["s"] for row in rows]
        if not found:
            continue
        preferred = [term for term in found if term.value == PREFERRED_EXAMPLE]
        examples.append((preferred or found)[0])
    return examples


def _issued() -> str | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


def _namespace(iri: str) -> str | None:
    for namespace in sorted(ALL_PREFIXES.values(), key=len, reverse=True):
        if iri.startswith(namespace) and not namespace.startswith(ID):
            return namespace
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[:cut + 1] if cut > 0 else None


def _slug(iri: str) -> str:
    from ..prefixes import compact

    return re.sub(r"[^A-Za-z0-9_.-]+", "-", compact(iri)).strip("-")

"""`cgkg export`: every format read back by another parser, the network, the tables, the dataset
description, releases, determinism and the refusal to overwrite.

The reference graph is the bundled Turtle parsed by rdflib, so pyoxigraph (which writes the dumps)
never checks its own output; expectations for the network and the tables are SPARQL counts run by
rdflib over that reference.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
import subprocess
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest
import rdflib
from pyld import jsonld as pyld
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from cgkg import paths
from cgkg.cli import cli
from cgkg.export import ExportGraph, render, render_tables
from cgkg.export.graph import DATA_GRAPH, ONTOLOGY_GRAPH
from cgkg.export.jsonld import JsonLdWriter, load_context
from cgkg.serve import find_oxigraph
from cgkg.export.network import EDGE_TYPES
from cgkg.export.release import release_files
from cgkg.export.tables import RELATIONS_COLUMNS, TABLES, columns, table_names
from cgkg.export.void import DISTRIBUTIONS

LIUSHI = "clu:liushi-low-voltage-electrical"
CGKG = rdflib.Namespace("https://w3id.org/cgkg/ontology#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ID = "https://w3id.org/cgkg/id/"
PROLOGUE = """
PREFIX cgkg: <https://w3id.org/cgkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
NODE_ROOTS = "cgkg:TerritorialProductionSystem cgkg:GovernanceActor cgkg:Place cgkg:Event"


# Fixtures ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def graph() -> ExportGraph:
    return ExportGraph.bundled()


def _parse_files(files) -> rdflib.Graph:
    result = rdflib.Graph()
    for path in files:
        result.parse(path, format="turtle")
    return result


def _as_one_ontology(graph: rdflib.Graph) -> rdflib.Graph:
    """The ontology files as an export holds them: one ontology, without the headers of the modules
    cgkg.ttl imports (the reused terms, the concept schemes) and without the imports between them."""
    main = rdflib.URIRef(ONTOLOGY_GRAPH)
    for module in set(graph.objects(None, OWL.imports)):
        if (module, RDF.type, OWL.Ontology) in graph:
            graph.remove((None, OWL.imports, module))
            if module != main:
                graph.remove((module, None, None))
    return graph


def test_the_exported_ontology_is_one_ontology_without_imports(graph):
    # A reader of the dump must not go looking for modules the dump already holds.
    exported = rdflib.Graph().parse(data=render(graph, "turtle", part="ontology").decode("utf-8"), format="turtle")
    assert set(exported.subjects(RDF.type, OWL.Ontology)) == {rdflib.URIRef(ONTOLOGY_GRAPH)}
    assert not list(exported.objects(None, OWL.imports))
    # The modules' terms are all there: the reused ORG class and a governance-mode concept.
    assert (rdflib.URIRef("http://www.w3.org/ns/org#Membership"), RDF.type, OWL.Class) in exported
    assert (rdflib.URIRef(ID + "mode/leader-type"), RDF.type, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#Concept")) in exported


@pytest.fixture(scope="module")
def reference() -> dict[str, rdflib.Graph]:
    """The bundled files parsed by rdflib: the ontology (as one ontology), the data, and both."""
    ontology, data = _as_one_ontology(_parse_files(paths.ontology_files())), _parse_files(paths.data_files())
    both = rdflib.Graph()
    for part in (ontology, data):
        for triple in part:
            both.add(triple)
    return {"ontology": ontology, "data": data, "all": both}


def triples(g) -> set:
    """Triples as comparable values: language tags lowercased (RDF compares them case-insensitively)
    and numbers by value (pyoxigraph's store keeps them in canonical lexical form, "1.50" as "1.5")."""
    def norm(term):
        if isinstance(term, rdflib.Literal):
            if term.language:
                return rdflib.Literal(str(term), lang=term.language.lower())
            if term.datatype in NUMERIC and term.value is not None:
                return ("number", term.value)
        return term
    return {(s, p, norm(o)) for s, p, o in g}


NUMERIC = {rdflib.XSD[name] for name in ("integer", "decimal", "double", "float", "int", "long", "short",
                                          "nonNegativeInteger", "positiveInteger", "boolean")}


def assert_same(got: rdflib.Graph, expected: rdflib.Graph) -> None:
    """Set equality is isomorphism here: the bundled graph has no blank nodes (checked)."""
    assert not any(isinstance(term, rdflib.BNode) for triple in expected for term in triple)
    missing, extra = triples(expected) - triples(got), triples(got) - triples(expected)
    assert not missing and not extra, f"missing {sorted(missing, key=str)[:3]}, extra {sorted(extra, key=str)[:3]}"


def rdflib_graph(data: bytes, fmt: str) -> rdflib.Graph:
    result = rdflib.Graph()
    result.parse(data=data.decode("utf-8"), format=fmt)
    return result


def count(reference_graph: rdflib.Graph, query: str) -> int:
    return int(next(iter(reference_graph.query(PROLOGUE + query)))[0])



def invoke(runner, *args):
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def test_a_network_export_says_how_many_nodes_and_edges_it_wrote(runner, tmp_path):
    target = tmp_path / "actors.graphml"
    result = invoke(runner, "export", "--format", "graphml", "-o", str(target))
    network = nx.read_graphml(target, force_multigraph=True)
    assert result.exit_code == 0
    assert result.stderr == (f"Wrote {target} ({network.number_of_nodes():,} nodes and "
                             f"{network.number_of_edges():,} edges).\n")


def test_a_release_is_a_folder_not_standard_output(runner, tmp_path, monkeypatch):
    # "-o -" is standard output; a release is a folder of files, which "-" cannot be.
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "export", "--all", "-")
    assert result.exit_code == 2
    assert "--all writes a folder of files, not standard output" in result.stderr
    assert not (tmp_path / "-").exists()


# --data: the user's own files in the data graph ---------------------------------------------------
USERS_CLUSTER = """@prefix cgkg: <https://w3id.org/cgkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix pl: <https://w3id.org/cgkg/id/place/> .
<https://example.org/cluster/lishui-bamboo> a cgkg:IndustrialCluster ;
    skos:prefLabel "Lishui bamboo cluster"@en , "丽水竹制品"@zh ;
    cgkg:country pl:china .
"""


def test_export_data_adds_the_users_files_to_the_data_graph(runner, tmp_path):
    mine = tmp_path / "mine.ttl"
    mine.write_text(USERS_CLUSTER, encoding="utf-8")
    ours = invoke(runner, "export", "--format", "nquads")
    with_mine = invoke(runner, "export", "--format", "nquads", "--data", str(mine))
    assert ours.exit_code == with_mine.exit_code == 0, with_mine.output
    theirs = rdflib.Graph().parse(mine)
    added = set(with_mine.stdout.splitlines()) - set(ours.stdout.splitlines())
    assert set(ours.stdout.splitlines()) < set(with_mine.stdout.splitlines())
    assert len(added) == len(theirs) == 4 and all(line.endswith(f" <{DATA_GRAPH}> .") for line in added)
    # The ontology part is the ontology alone.
    assert (invoke(runner, "export", "--format", "ntriples", "--part", "ontology", "--data", str(mine)).stdout
            == invoke(runner, "export", "--format", "ntriples", "--part", "ontology").stdout)


def test_export_data_puts_the_users_cluster_in_the_network_and_the_tables(runner, tmp_path):
    mine = tmp_path / "mine.ttl"
    mine.write_text(USERS_CLUSTER, encoding="utf-8")
    network = nx.read_graphml(io.BytesIO(invoke(runner, "export", "--format", "graphml", "--data", str(mine)).stdout_bytes))
    node = network.nodes["https://example.org/cluster/lishui-bamboo"]
    assert (node["label_en"], node["label_zh"], node["country"]) == ("Lishui bamboo cluster", "丽水竹制品", "pl:china")
    assert invoke(runner, "export", "--format", "csv", "-o", str(tmp_path / "tables"), "--data", str(mine)).exit_code == 0
    with open(tmp_path / "tables" / "clusters.csv", encoding="utf-8", newline="") as table:
        assert "丽水竹制品" in {row["label_zh"] for row in csv.DictReader(table)}


def test_export_data_file_that_does_not_parse_names_its_line(runner, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text(USERS_CLUSTER.replace('"丽水竹制品"@zh ;', '"丽水竹制品@zh ;'), encoding="utf-8")
    result = invoke(runner, "export", "--format", "turtle", "--data", str(broken), "-o", str(tmp_path / "out.ttl"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {broken}: line 5")
    assert not (tmp_path / "out.ttl").exists()


# RDF formats, read back by rdflib ----------------------------------------------------------------
@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml")])
@pytest.mark.parametrize("part", ["all", "ontology", "data"])
def test_rdf_format_reads_back_as_the_graph(graph, reference, fmt, parser, part):
    assert_same(rdflib_graph(render(graph, fmt, part), parser), reference[part])


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_quad_formats_put_ontology_and_data_in_two_named_graphs(graph, reference, fmt):
    dataset = rdflib.Dataset()
    dataset.parse(data=render(graph, fmt).decode("utf-8"), format=fmt)
    names = {str(context.identifier) for context in dataset.contexts() if len(context)}
    assert names == {ONTOLOGY_GRAPH, DATA_GRAPH}
    for name, part in ((ONTOLOGY_GRAPH, "ontology"), (DATA_GRAPH, "data")):
        assert_same(dataset.graph(rdflib.URIRef(name)), reference[part])


def test_quad_formats_with_one_part_hold_one_named_graph(graph, reference):
    dataset = rdflib.Dataset()
    dataset.parse(data=render(graph, "nquads", "data").decode("utf-8"), format="nquads")
    assert {str(c.identifier) for c in dataset.contexts() if len(c)} == {DATA_GRAPH}
    assert_same(dataset.graph(rdflib.URIRef(DATA_GRAPH)), reference["data"])


def test_ntriples_are_sorted_and_distinct(graph):
    lines = render(graph, "ntriples").decode("utf-8").splitlines()
    assert lines == sorted(set(lines), key=lambda line: line.encode("utf-8"))


def test_turtle_groups_each_subject_once(graph):
    text = render(graph, "turtle").decode("utf-8")
    blocks = [block for block in text.split("\n\n") if block and not block.startswith("@prefix")]
    subjects = [block.split(" ", 1)[0] for block in blocks]
    assert len(subjects) == len(set(subjects))
    assert f"{LIUSHI} a cgkg:IndustrialCluster" in text


# JSON-LD ----------------------------------------------------------------------------------------
def expand_to_graph(document: dict) -> rdflib.Graph:
    nquads = pyld.to_rdf(document, {"format": "application/n-quads"})
    return rdflib_graph(nquads.encode("utf-8"), "nt")


@pytest.mark.parametrize("part", ["all", "data"])
def test_jsonld_expands_with_pyld_to_exactly_the_graph(graph, reference, part):
    document = json.loads(render(graph, "jsonld", part))
    assert_same(expand_to_graph(document), reference[part])


def test_jsonld_uses_the_shipped_context_and_readable_keys(graph):
    document = json.loads(render(graph, "jsonld"))
    assert document["@context"] == load_context()
    nodes = {node["id"]: node for node in document["@graph"]}
    ids = [node["id"] for node in document["@graph"]]
    assert len(ids) == len(set(ids))
    liushi = nodes[LIUSHI]
    assert liushi["type"] == "cgkg:IndustrialCluster"
    assert liushi["prefLabel"]["zh"] == "柳市低压电器"
    assert liushi["locatedIn"] == "pl:liushi"
    assert liushi["country"] == "pl:china"
    assert "psg:zj-liushi-pinghu-equity" in liushi["evidence"]
    passage = nodes["psg:zj-liushi-pinghu-equity"]
    assert passage["exact"].startswith("在柳市低压电器")
    assert isinstance(passage["start"], int)
    ontology = nodes["cgkg:IndustrialCluster"]
    assert ontology["label"]["en"] == "industrial cluster"
    context = load_context()
    for key in ("label", "type", "locatedIn", "evidence", "exact", "prefLabel", "member", "leadFirm"):
        assert key in context
    # Every property of the bundled graph has a key of the context or a compact IRI: none is written in full.
    assert not sorted({key for node in document["@graph"] for key in node if "://" in key})
    assert nodes["https://w3id.org/cgkg/ontology"]["creator"] == "cgkg contributors"
    # A name as printed, in no language ("PROM O T RADE每年组织两次…"), stays in the hidden labels' map.
    assert nodes["ag:promotrade"]["hiddenLabel"]["@none"] == "PROM O T RADE"


def test_the_shipped_context_covers_every_property_of_the_ontology():
    from cgkg.export.make_context import render_context

    assert paths.CONTEXT_FILE.read_text(encoding="utf-8") == render_context(), (
        "ontology/context.jsonld is out of date: run `python -m cgkg.export.make_context > ontology/context.jsonld`"
    )


def test_jsonld_writes_values_that_do_not_fit_a_term_in_full(tmp_path):
    """Plain and language strings mixed, an IRI property with a literal, odd numbers, typed dates."""
    sample = tmp_path / "sample.ttl"
    sample.write_text("""
@prefix cgkg: <https://w3id.org/cgkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
<https://w3id.org/cgkg/id/agent/x> a cgkg:Firm , <http://example.org/Thing/sub/> ;
    skos:prefLabel "X"@en , "叉"@zh-hans ;
    skos:hiddenLabel "raw" , "原"@zh ;
    cgkg:locatedIn "somewhere" ;
    cgkg:sector <https://w3id.org/cgkg/id/sector/s> , "sector as text" ;
    cgkg:year "0042"^^xsd:integer ;
    cgkg:fromYear 1990 , 99999999999999999999 ;
    dct:date "1990-05"^^xsd:gYearMonth ;
    dct:isPartOf "a book"@zh ;
    ex:note "line\\nbreak \\"quoted\\" tab\\t back\\\\slash \\u0001" ;
    <http://example.org/path/with#frag> <http://example.org/Thing/sub/> ;
    cgkg:evidence _:b1 .
_:b1 a cgkg:Passage ; <http://www.w3.org/ns/oa#exact> "q" .
""", encoding="utf-8")
    small = ExportGraph.from_files([], [sample])
    document = json.loads(render(small, "jsonld", "data"))
    expected = rdflib.Graph()
    expected.parse(sample, format="turtle")
    assert isomorphic(expand_to_graph(document), expected)
    node = next(n for n in document["@graph"] if n["id"] == "ag:x")
    assert node["prefLabel"] == {"en": "X", "zh-hans": "叉"}
    assert node["cgkg:locatedIn"] == "somewhere"  # not the coerced "locatedIn" term
    assert node["https://w3id.org/cgkg/ontology#sector"] == ["sector as text", {"id": "sector:s"}]
    assert node["hiddenLabel"] == {"@none": "raw", "zh": "原"}  # JSON-LD 1.1: a string without language
    assert node["year"] == 42  # pyoxigraph's store keeps integers in canonical form
    assert node["fromYear"] == [1990, {"@value": "99999999999999999999", "@type": "xsd:integer"}]
    assert node["date"] == {"@value": "1990-05", "@type": "xsd:gYearMonth"}
    assert node["type"] == ["http://example.org/Thing/sub/", "cgkg:Firm"]


def test_jsonld_writer_handles_long_unicode_escapes():
    """N-Triples may escape any character as \\UXXXXXXXX, which JSON has not: such strings are re-encoded."""
    line = rb'<https://w3id.org/cgkg/id/agent/x> <http://example.org/p> "a\\U0001F600 \U0001F600 \U00000022" .'
    document = json.loads(JsonLdWriter(load_context()).write([line], long_escapes=True))
    assert document["@graph"][0]["http://example.org/p"] == 'a\\U0001F600 \U0001F600 "'



# The dataset description ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def void(graph) -> rdflib.Graph:
    description = rdflib.Graph()
    description.parse(data=render(graph, "void").decode("utf-8"), format="turtle",
                      publicID="file:///release/void.ttl")
    return description


def test_void_counts_are_the_real_counts(void, reference):
    dataset = rdflib.URIRef("https://w3id.org/cgkg/dataset")
    everything = reference["all"]
    assert int(void.value(dataset, VOID.triples)) == len(everything)
    entities = count(everything, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c
        FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ID}")) }}""")
    assert int(void.value(dataset, VOID.entities)) == entities
    subjects = count(everything, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    assert int(void.value(dataset, VOID.distinctSubjects)) == subjects
    # Each subset is the content of a named graph (SPARQL 1.1 Service Description): sd:name and sd:graph
    # sit on an sd:NamedGraph, not on the void:Dataset, whose class sd:name's domain would change.
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    subsets = {str(void.value(g, sd.name)): int(void.value(void.value(g, sd.graph), VOID.triples))
               for g in void.subjects(rdflib.RDF.type, sd.NamedGraph)}
    assert subsets == {ONTOLOGY_GRAPH: len(reference["ontology"]), DATA_GRAPH: len(reference["data"])}
    assert set(void.objects(dataset, VOID.subset)) == {void.value(g, sd.graph) for g in void.subjects(rdflib.RDF.type, sd.NamedGraph)}
    assert not any((s, sd.name, None) in void for s in void.objects(dataset, VOID.subset))


def test_void_partitions(void, reference):
    dataset = rdflib.URIRef("https://w3id.org/cgkg/dataset")
    classes = {void.value(p, VOID["class"]): int(void.value(p, VOID.entities))
               for p in void.objects(dataset, VOID.classPartition)}
    clusters = count(reference["all"], f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a cgkg:IndustrialCluster
        FILTER(STRSTARTS(STR(?s), "{ID}")) }}""")
    assert classes[CGKG.IndustrialCluster] == clusters
    # void:classes counts every class with instances, the ontology's owl:Class among them.
    typed = count(reference["all"], "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }")
    assert int(void.value(dataset, VOID.classes)) == typed == len(classes)
    owl_classes = count(reference["all"], "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a owl:Class }")
    assert classes[rdflib.OWL.Class] == owl_classes
    properties = {void.value(p, VOID.property): int(void.value(p, VOID.triples))
                  for p in void.objects(dataset, VOID.propertyPartition)}
    assert sum(properties.values()) == len(reference["all"])
    assert properties[CGKG.evidence] == len(set(reference["all"].triples((None, CGKG.evidence, None))))
    vocabularies = {str(v) for v in void.objects(dataset, VOID.vocabulary)}
    assert {"https://w3id.org/cgkg/ontology#", "http://www.w3.org/2004/02/skos/core#",
            "http://www.w3.org/ns/org#"} <= vocabularies
    # FOAF gives the superclass of ORG's and cgkg's agents and a group's members: a vocabulary the dataset uses.
    assert "http://xmlns.com/foaf/0.1/" in vocabularies


def test_void_describes_licence_sources_examples_and_distributions(void, reference):
    dataset = rdflib.URIRef("https://w3id.org/cgkg/dataset")
    assert (dataset, rdflib.RDF.type, VOID.Dataset) in void and (dataset, rdflib.RDF.type, DCAT.Dataset) in void
    assert void.value(dataset, rdflib.DCTERMS.license) == rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")
    # The quotations reproduce much of the source texts: the description says the licence does not cover
    # them, in a rights statement (DCAT 3's range of dct:rights), not a bare string.
    rights = void.value(dataset, rdflib.DCTERMS.rights)
    assert (rights, rdflib.RDF.type, rdflib.DCTERMS.RightsStatement) in void
    assert "not licensed by cgkg" in str(void.value(rights, rdflib.RDFS.label))
    sources = set(reference["all"].subjects(rdflib.RDF.type, CGKG.SourceText))
    assert set(void.objects(dataset, rdflib.DCTERMS.source)) == sources and len(sources) >= 2
    assert set(void.objects(dataset, PROV.wasDerivedFrom)) == sources
    # The shapes are the standard the data conforms to, not one of its distributions.
    assert void.value(dataset, rdflib.DCTERMS.conformsTo) == rdflib.URIRef("file:///release/cgkg-shapes.ttl")
    # The two named graphs hang off the dataset.
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert {void.value(g, sd.name) for g in void.objects(dataset, sd.namedGraph)} == {
        rdflib.URIRef(ONTOLOGY_GRAPH), rdflib.URIRef(DATA_GRAPH)}
    assert void.value(dataset, rdflib.DCTERMS.created) is not None
    assert {str(t) for t in void.objects(dataset, rdflib.DCTERMS.title)} >= {"Cluster Governance Knowledge Graph (cgkg)"}
    assert rdflib.URIRef(ID + "cluster/liushi-low-voltage-electrical") in set(void.objects(dataset, VOID.exampleResource))
    distributions = list(void.objects(dataset, DCAT.distribution))
    # One per format, and one per CSV table rather than one with many files.
    assert len(distributions) == len(DISTRIBUTIONS) - 1 + len(table_names())
    assert all(len(list(void.objects(d, DCAT.downloadURL))) == 1 for d in distributions)
    assert "file:///release/csv/clusters.csv" in {str(void.value(d, DCAT.downloadURL)) for d in distributions}
    urls = {str(void.value(d, DCAT.downloadURL)) for d in distributions}
    assert "file:///release/cgkg.nq" in urls  # relative to the release folder
    media = {str(void.value(d, DCAT.mediaType)) for d in distributions}
    assert "https://www.iana.org/assignments/media-types/application/n-quads" in media
    assert len(list(void.objects(dataset, VOID.dataDump))) == 6
    # Dublin Core ranges: dct:format is a media type or extent (an IRI), dct:creator an agent, so a
    # creator's name goes in the element set's dc:creator.
    formats = {void.value(d, rdflib.DCTERMS["format"]) for d in distributions}
    assert all(isinstance(f, rdflib.URIRef) for f in formats), formats
    # GEXF and GraphML have no IANA media type: a node names the type in use, not a homepage as a format.
    unregistered = [f for f in formats if not str(f).startswith("https://www.iana.org/")]
    assert len(unregistered) == 2
    assert all((f, rdflib.RDF.type, rdflib.DCTERMS.MediaTypeOrExtent) in void for f in unregistered)
    assert {str(void.value(f, rdflib.RDFS.label)) for f in unregistered} == {"application/gexf+xml",
                                                                             "application/graphml+xml"}
    assert rdflib.URIRef("https://www.iana.org/assignments/media-types/text/turtle") in formats
    assert not any(isinstance(o, rdflib.Literal) for o in void.objects(None, rdflib.DCTERMS.creator))
    assert void.value(dataset, rdflib.DC.creator) == rdflib.Literal("cgkg contributors")


# The actor network ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def expected_network(reference) -> tuple[set, Counter]:
    """Nodes and edge counts per type, by SPARQL over the rdflib reference."""
    everything = reference["all"]
    nodes = {row[0] for row in everything.query(PROLOGUE + f"""SELECT DISTINCT ?n WHERE {{
        VALUES ?root {{ {NODE_ROOTS} }} ?n a/rdfs:subClassOf* ?root }}""")}
    edge_queries = {
        # A membership held in a group's organisations, a group's foaf:member and a founding that set up a
        # group are edges to the group.
        "membership": """{ ?via a/rdfs:subClassOf* org:Membership ; org:member ?s ; org:organization|cgkg:inEachOf ?t . }
                         UNION { ?t a cgkg:ActorGroup ; foaf:member ?s . }""",
        "leadFirm": "?via a/rdfs:subClassOf* cgkg:Leadership ; cgkg:leadFirm ?s ; cgkg:ledSystem ?t .",
        "founding": """?via a/rdfs:subClassOf* cgkg:Founding ; ?role ?s ; org:resultingOrganization|cgkg:resultingGroup ?t .
                       VALUES ?role { cgkg:founder cgkg:initiator cgkg:encouragedBy }""",
        "lineage": """?via a/rdfs:subClassOf* ?change ; org:originalOrganization ?s ; org:resultingOrganization ?t .
                      VALUES ?change { cgkg:Founding cgkg:Upgrade }""",
        "location": "?s cgkg:locatedIn ?t .",
        "participation": "?t cgkg:participant ?s . BIND(?t AS ?via)",
        "governs": "?s cgkg:governs ?t .",
    }
    assert set(edge_queries) == set(EDGE_TYPES)
    edges: Counter = Counter()
    for kind, pattern in edge_queries.items():
        role = "?role" if "?role" in pattern else ""
        via = "?via" if "?via" in pattern else ""
        rows = everything.query(PROLOGUE + f"SELECT DISTINCT ?s ?t {via} {role} WHERE {{ {pattern} }}")
        edges[kind] = sum(1 for row in rows if row[0] in nodes and row[1] in nodes)
    return nodes, edges


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_loads_in_networkx_with_expected_nodes_and_edges(graph, expected_network, fmt):
    data = io.BytesIO(render(graph, fmt))
    network = nx.read_graphml(data, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(data)
    nodes, edges = expected_network
    assert network.number_of_nodes() == len(nodes)
    assert network.number_of_edges() == sum(edges.values())
    assert Counter(d["type"] for _, _, d in network.edges(data=True)) == +edges
    liushi = network.nodes[LIUSHI]
    assert liushi["label_zh"] == "柳市低压电器"
    assert liushi["country"] == "pl:china"
    assert liushi["type"] == "cgkg:IndustrialCluster"
    assert liushi["label_en"]
    lead = [d for d in network.get_edge_data("ag:chint", LIUSHI).values() if d["type"] == "leadFirm"]
    # Chint led Liushi "在后续的演化中", a time the text gives no year: the edge has none.
    assert len(lead) == 1 and "year" not in lead[0]
    # "1988年6月半官方性质的温州市鹿城区鞋业协会宣告成立": the founding edge carries its year.
    founding = [d for d in network.get_edge_data("ag:lucheng-local-government", "ag:lucheng-footwear-association").values()
                if d["type"] == "founding"]
    assert len(founding) == 1 and founding[0]["year"] == 1988
    assert network.nodes["ag:chint"]["type"] == "cgkg:Firm"
    assert network.nodes["pl:liushi"]["country"] == "pl:china"  # through cgkg:locatedIn


# CSV tables -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def exported_tables(graph) -> dict[str, tuple[list[str], list[dict]]]:
    """File name -> (header, rows)."""
    result = {}
    for name, data in render_tables(graph).items():
        reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
        rows = list(reader)
        result[name] = (reader.fieldnames, rows)
    return result


def full_iri(compact: str) -> str:
    from cgkg.prefixes import expand

    return expand(compact) or compact


def test_tables_have_stable_columns_and_one_row_per_entity(exported_tables, reference):
    assert sorted(exported_tables) == table_names()
    for name, cls, spec in TABLES:
        header, rows = exported_tables[name]
        assert header == columns(spec), name
        expected = count(reference["all"], f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
            ?s a/rdfs:subClassOf* {cls} }}""")
        assert len(rows) == expected, name
        ids = [row["id"] for row in rows]
        assert ids == sorted(ids, key=full_iri) and len(ids) == len(set(ids)), name
    liushi = next(row for row in exported_tables["clusters.csv"][1] if row["id"] == LIUSHI)
    assert liushi["label_zh"] == "柳市低压电器" and liushi["country"] == "pl:china"
    assert liushi["located_in"] == "pl:liushi"
    assert liushi["type"] == "cgkg:IndustrialCluster"


def test_every_typed_entity_of_the_data_is_in_a_table(exported_tables, reference):
    # A class no table covers would drop its entities from the tables without a word (proposed bodies,
    # once no longer organisations, did).
    listed = {full_iri(row["id"]) for _, rows in exported_tables.values() for row in rows if "id" in row}
    data = reference["data"]
    # A concept scheme is named in its concepts' scheme column, not listed as a row of its own.
    schemes = set(data.subjects(RDF.type, rdflib.SKOS.ConceptScheme))
    typed = {str(s) for s in data.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef) and s not in schemes}
    assert len(typed) > 1000 and sorted(typed - listed) == []


def test_relations_table(exported_tables, reference):
    header, rows = exported_tables["relations.csv"]
    assert header == list(RELATIONS_COLUMNS)
    expected = count(reference["all"], f"""SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o
        FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ID}") && isIRI(?o)
               && ?p NOT IN (<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, cgkg:evidence)) }}""")
    assert len(rows) == expected
    lead = [r for r in rows if r["subject"] == "rel:chint-leads-liushi" and r["predicate"] == "cgkg:leadFirm"]
    # The passages are the graph's own; the year is empty, as the text gives this leadership none.
    passages = {f"psg:{row[0].split('/')[-1]}" for row in reference["all"].query(
        PROLOGUE + "SELECT ?p WHERE { <https://w3id.org/cgkg/id/relation/chint-leads-liushi> cgkg:evidence ?p }")}
    assert len(lead) == 1
    assert {key: lead[0][key] for key in ("subject", "predicate", "object", "year")} == {
        "subject": "rel:chint-leads-liushi", "predicate": "cgkg:leadFirm", "object": "ag:chint", "year": ""}
    assert set(lead[0]["evidence"].split(" | ")) == passages and "psg:zj-liushi-absorption" in passages
    # A dated relation carries the graph's year: all Lucheng's shoe firms joined the association of 1988.
    year, = (row[0] for row in reference["all"].query(
        PROLOGUE + "SELECT ?y WHERE { <https://w3id.org/cgkg/id/relation/lucheng-footwear-firms-membership> cgkg:fromYear ?y }"))
    member = [r for r in rows if r["subject"] == "rel:lucheng-footwear-firms-membership" and r["predicate"] == "org:member"]
    assert [r["year"] for r in member] == [str(year)] == ["1988"]
    keys = [(r["subject"], r["predicate"], r["object"]) for r in rows]
    assert keys == sorted(keys)


# Determinism ------------------------------------------------------------------------------------
FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml", "void", "graphml", "gexf")


def test_the_same_graph_read_in_another_order_gives_identical_bytes(graph):
    shuffled = ExportGraph.from_files(list(reversed(paths.ontology_files())), list(reversed(paths.data_files())))
    for fmt in FORMATS:
        assert render(shuffled, fmt) == render(graph, fmt), fmt
    assert render_tables(shuffled) == render_tables(graph)


def test_blank_nodes_get_stable_labels(tmp_path):
    sample = tmp_path / "bnodes.ttl"
    sample.write_text("""@prefix ex: <http://example.org/> .
ex:a ex:p [ ex:q "1" ; ex:r [ ex:s ex:b ] ] ; ex:list ( "x" "y" ) .
""", encoding="utf-8")
    first, second = (ExportGraph.from_files([], [sample]) for _ in range(2))
    assert render(first, "turtle") == render(second, "turtle")
    assert render(first, "ntriples") == render(second, "ntriples")
    expected = rdflib.Graph()
    expected.parse(sample, format="turtle")
    assert isomorphic(rdflib_graph(render(first, "turtle"), "turtle"), expected)
    assert isomorphic(expand_to_graph(json.loads(render(first, "jsonld"))), expected)


def test_an_empty_graph_exports_to_empty_documents():
    empty = ExportGraph.from_files([], [])
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml")):
        assert len(rdflib_graph(render(empty, fmt), parser)) == 0
    assert render(empty, "nquads") == b""
    assert json.loads(render(empty, "jsonld"))["@graph"] == []
    assert nx.read_graphml(io.BytesIO(render(empty, "graphml"))).number_of_nodes() == 0
    assert all(data.count(b"\n") == 1 for data in render_tables(empty).values())  # the header only


def test_exporting_twice_gives_identical_files(runner, tmp_path):
    for fmt in FORMATS:
        first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
        assert invoke(runner, "export", "--format", fmt, "-o", str(first)).exit_code == 0
        assert invoke(runner, "export", "--format", fmt, "-o", str(second)).exit_code == 0
        assert first.read_bytes() == second.read_bytes(), fmt
    assert invoke(runner, "export", "--format", "csv", "-o", str(tmp_path / "csv1")).exit_code == 0
    assert invoke(runner, "export", "--format", "csv", "-o", str(tmp_path / "csv2")).exit_code == 0
    for table in table_names():
        assert (tmp_path / "csv1" / table).read_bytes() == (tmp_path / "csv2" / table).read_bytes()


# The command line -------------------------------------------------------------------------------
def test_stdout_by_default(runner, graph):
    result = invoke(runner, "export", "--format", "ntriples", "--part", "ontology")
    assert result.exit_code == 0
    assert result.stdout_bytes == graph.ntriples("ontology")


def test_refuses_to_overwrite_without_force(runner, tmp_path):
    target = tmp_path / "cgkg.ttl"
    target.write_text("keep me", encoding="utf-8")
    result = invoke(runner, "export", "--format", "turtle", "-o", str(target))
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    result = invoke(runner, "export", "--format", "turtle", "-o", str(target), "--force")
    assert result.exit_code == 0
    assert target.read_bytes().startswith(b"@prefix cgkg:")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cgkg.ttl"]  # no temporary file left


def test_an_interrupted_write_leaves_the_old_file_whole_and_no_temporary_file(tmp_path, monkeypatch):
    from cgkg.export import output

    target = tmp_path / "cgkg.ttl"
    target.write_text("keep me", encoding="utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt  # Ctrl-C after the bytes are written, before they are in place

    monkeypatch.setattr(output.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.write_file(target, b"@prefix cgkg: <https://w3id.org/cgkg/ontology#> .\n", force=True)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cgkg.ttl"]


def test_an_interrupted_folder_leaves_the_old_folder_whole_and_no_temporary_folder(tmp_path):
    from cgkg.export import output

    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "old.csv").write_text("x", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), output.new_folder(folder, force=True) as building:
        output.write_into(building, "clusters.csv", b"cluster\n")
        raise KeyboardInterrupt  # Ctrl-C halfway through the tables
    assert sorted(p.name for p in folder.iterdir()) == ["old.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


def test_refuses_to_replace_a_folder_without_force(runner, tmp_path):
    folder = tmp_path / "tables"
    assert invoke(runner, "export", "--format", "csv", "-o", str(folder)).exit_code == 0
    assert invoke(runner, "export", "--format", "csv", "-o", str(folder)).exit_code == 2
    assert invoke(runner, "export", "--format", "csv", "-o", str(folder), "--force").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == table_names()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


@pytest.mark.parametrize("args", [("--format", "csv", "-o"), ("--all",)])
def test_a_file_where_a_folder_goes_is_named_as_such_at_once(runner, tmp_path, args):
    # It used to say "use --force", and then, with --force, that a file cannot be replaced by a folder.
    existing = tmp_path / "cgkg.ttl"
    existing.write_bytes(b"kept")
    for force in ((), ("--force",)):
        result = invoke(runner, "export", *args, str(existing), *force)
        assert result.exit_code == 2
        assert result.stderr == f"Error: {existing} is a file; give a folder for this export\n"
    assert existing.read_bytes() == b"kept"


@pytest.mark.parametrize("args, own", [
    (("--format", "csv", "-o"), "my-analysis.csv"),
    (("--all",), "csv/my-notes.csv"),
])
def test_force_keeps_a_users_csv_beside_the_tables(runner, tmp_path, args, own):
    # A .csv the export does not write is the user's (an analysis of the tables), not a stale table.
    folder = tmp_path / "out"
    assert invoke(runner, "export", *args, str(folder)).exit_code == 0
    (folder / own).write_text("mine", encoding="utf-8")
    result = invoke(runner, "export", *args, str(folder), "--force")
    assert result.exit_code == 2 and own in result.output
    assert (folder / own).read_text(encoding="utf-8") == "mine"


def test_force_renews_a_release_whose_files_have_changed(runner, tmp_path):
    # A file an earlier release wrote (listed in its SHA256SUMS) goes with it, though this version no longer writes it.
    folder = tmp_path / "release"
    assert invoke(runner, "export", "--all", str(folder)).exit_code == 0
    (folder / "csv" / "retired-table.csv").write_text("id\n", encoding="utf-8")
    with (folder / "SHA256SUMS").open("a", encoding="utf-8") as sums:
        sums.write(f"{hashlib.sha256(b'id' + bytes([10])).hexdigest()}  csv/retired-table.csv\n")
    assert invoke(runner, "export", "--all", str(folder), "--force").exit_code == 0
    assert not (folder / "csv" / "retired-table.csv").exists()


def test_force_keeps_files_the_export_does_not_write(runner, tmp_path):
    # --force renews an earlier export (a stale table goes with it); a user's own file is never deleted.
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "notes.md").write_text("mine", encoding="utf-8")
    result = invoke(runner, "export", "--format", "csv", "-o", str(folder), "--force")
    assert result.exit_code == 2 and "notes.md" in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["notes.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


def test_force_refuses_the_current_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "export", "--format", "csv", "-o", ".", "--force")
    assert result.exit_code == 2 and "current folder" in result.output
    assert list(tmp_path.iterdir()) == []


def test_force_never_replaces_a_link_or_a_pipe(runner, tmp_path):
    # Renaming over them would destroy the link or the pipe (or, as root, a device such as /dev/stdout).
    target = tmp_path / "real.nt"
    target.write_text("kept", encoding="utf-8")
    link = tmp_path / "link.nt"
    link.symlink_to(target)
    result = invoke(runner, "export", "--format", "ntriples", "-o", str(link), "--force")
    assert result.exit_code == 2 and "symbolic link" in result.output
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "kept"
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        result = invoke(runner, "export", "--format", "ntriples", "-o", str(pipe), "--force")
        assert result.exit_code == 2 and "not a regular file" in result.output
        assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_dash_is_standard_output(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "export", "--format", "ntriples", "-o", "-")
    assert result.exit_code == 0 and result.stdout.count("\n") > 9000
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, message", [
    ([], "either --format"),
    (["--format", "csv"], "-o DIR"),
    (["--format", "graphml", "--part", "data"], "--part applies"),
    (["--all", "x", "--format", "turtle"], "either --format"),
    (["--format", "yaml"], "yaml"),
])
def test_usage_errors_exit_2(runner, args, message):
    result = invoke(runner, "export", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_missing_output_folder_is_a_clear_error(runner, tmp_path):
    result = invoke(runner, "export", "--format", "turtle", "-o", str(tmp_path / "no" / "such.ttl"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


# Releases ---------------------------------------------------------------------------------------
def test_release_folder(runner, tmp_path, reference):
    folder = tmp_path / "release"
    result = invoke(runner, "export", "--all", str(folder))
    assert result.exit_code == 0, result.output
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    expected = {entry[0] for entry in DISTRIBUTIONS.values() if not entry[0].endswith("/")}
    expected |= {"cgkg-shapes.ttl", "catalog-v001.xml", "void.ttl", "context.jsonld", "ontology.html", "README.md",
                 "SHA256SUMS"}
    expected |= {f"csv/{name}" for name in table_names()}
    assert set(names) == expected
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(sums) == len(names) - 1
    for line in sums:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    # The shapes, as the repository has them, so that additions can be validated against the release.
    assert "cgkg-shapes.ttl" in names
    assert (folder / "cgkg-shapes.ttl").read_bytes() == paths.SHAPES_FILE.read_bytes()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "pyshacl -s cgkg-shapes.ttl cgkg.ttl" in readme
    for needle in ("oxigraph load --location", "--file cgkg.nq", "tdb2.tdbloader", "Fuseki", "GraphDB", "importrdf",
                   ONTOLOGY_GRAPH, DATA_GRAPH, "CC BY 4.0", 'ruleset "No inference"', "the licence does not cover them"):
        assert needle in readme
    # The README's command for loading the description alone, run as written (relative links need the base).
    oxigraph = find_oxigraph()
    assert oxigraph, "the oxigraph command (a test dependency) is not installed"
    command = re.search(r"`oxigraph (load --location cgkg-db --file void.ttl --base\s+\S+)`", readme)
    loading = tmp_path / "loading"  # the stores it makes stay out of the release folder
    loading.mkdir()
    (loading / "void.ttl").write_bytes((folder / "void.ttl").read_bytes())
    loaded = subprocess.run([oxigraph, *command[1].split()], cwd=loading, capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    bare = subprocess.run([oxigraph, "load", "--location", "bare-db", "--file", "void.ttl"], cwd=loading,
                          capture_output=True, text=True)
    assert bare.returncode != 0  # without the base, the relative links cannot be read
    html = (folder / "ontology.html").read_text(encoding="utf-8")
    assert "<html" in html and "IndustrialCluster" in html
    description = rdflib.Graph()
    description.parse(folder / "void.ttl", format="turtle")
    for url in description.objects(None, DCAT.downloadURL):
        assert Path(url.replace("file://", "")).is_file(), url
    # Each distribution is one file and gives its size and SHA-256 as the folder holds it.
    spdx = rdflib.Namespace("http://spdx.org/rdf/terms#")
    single_files = 0
    for distribution in description.subjects(rdflib.RDF.type, DCAT.Distribution):
        urls = list(description.objects(distribution, DCAT.downloadURL))
        assert len(urls) == 1, distribution
        data = Path(urls[0].replace("file://", "")).read_bytes()
        assert int(description.value(distribution, DCAT.byteSize)) == len(data), urls[0]
        checksum = description.value(distribution, spdx.checksum)
        assert description.value(checksum, spdx.algorithm) == spdx.checksumAlgorithm_sha256
        assert str(description.value(checksum, spdx.checksumValue)) == hashlib.sha256(data).hexdigest(), urls[0]
        single_files += 1
    assert single_files == len(DISTRIBUTIONS) - 1 + len(table_names())
    # The catalog maps the ontology IRI the shapes import to the ontology file of the folder.
    imported = {str(o) for o in rdflib.Graph().parse(folder / "cgkg-shapes.ttl").objects(None, rdflib.OWL.imports)}
    mapped = {entry.get("name"): entry.get("uri") for entry in
              ElementTree.parse(folder / "catalog-v001.xml").iter("{urn:oasis:names:tc:entity:xmlns:xml:catalog}uri")}
    assert imported and all(mapped.get(iri) == "cgkg-ontology.ttl" for iri in imported), (imported, mapped)
    dataset = rdflib.Dataset()
    dataset.parse(folder / "cgkg.nq", format="nquads")
    assert_same(dataset.graph(rdflib.URIRef(DATA_GRAPH)), reference["data"])
    assert invoke(runner, "export", "--all", str(folder)).exit_code == 2
    assert invoke(runner, "export", "--all", str(folder), "--force").exit_code == 0


def test_a_base_url_makes_the_description_links_absolute(graph, runner, tmp_path):
    published = "https://example.org/cgkg/1.0/"
    relative = render(graph, "void")
    # The description parsed with no base at all: every link is then an absolute IRI under the URL.
    description = rdflib.Graph().parse(data=render(graph, "void", base_url=published).decode("utf-8"), format="turtle")
    links = [*description.objects(None, DCAT.downloadURL), *description.objects(None, VOID.dataDump)]
    assert links and all(str(link).startswith(published) for link in links)
    assert rdflib.URIRef(published + "cgkg.nq") in set(description.objects(None, VOID.dataDump))
    assert rdflib.URIRef(published + "csv/clusters.csv") in set(description.objects(None, DCAT.downloadURL))
    # It says exactly what the default, relative description says when read from the published folder.
    read_there = rdflib.Graph().parse(data=relative.decode("utf-8"), format="turtle", publicID=published + "void.ttl")
    assert set(read_there) == set(description)
    # The CLI adds the final slash a folder URL needs, and refuses what is not one.
    folder = tmp_path / "release"
    assert invoke(runner, "export", "--all", str(folder), "--base-url", published.rstrip("/")).exit_code == 0
    assert f"<{published}cgkg.nq>".encode() in (folder / "void.ttl").read_bytes()
    for bad, message in ((("--format", "void", "--base-url", "ftp://example.org/"), "--base-url 'ftp://example.org/' is not an http(s) URL"),
                         (("--format", "void", "--base-url", "https://example.org/cgkg/?v=1"), "has a query or fragment"),
                         (("--format", "turtle", "--base-url", published), "--base-url applies to --all and --format void")):
        result = invoke(runner, "export", *bad)
        assert result.exit_code == 2 and message in result.output


def test_release_is_byte_identical_twice(graph):
    assert release_files(graph) == release_files(ExportGraph.bundled())


def test_the_ontology_page_anchors_each_term_at_its_hash_iri(graph, reference):
    import re

    from cgkg.export.docs import ontology_html

    html = ontology_html(graph).decode("utf-8")
    ids = re.findall(r'\bid="([^"]*)"', html)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    # https://w3id.org/cgkg/ontology#IndustrialCluster, read against the page, lands on its entry.
    terms = {s for s in reference["ontology"].subjects(rdflib.RDF.type, None)
             if isinstance(s, rdflib.URIRef) and str(s).startswith(str(CGKG)) and str(s) != str(CGKG)}
    assert terms
    missing = sorted(str(t) for t in terms if str(t)[len(str(CGKG)):] not in ids)
    assert not missing
    # One heading per term, its labels in English, Chinese and Italian as the ontology gives them.
    labels = {l.language: str(l) for l in reference["ontology"].objects(CGKG.IndustrialCluster, rdflib.RDFS.label)}
    assert f'<h3>{labels["en"]} ({labels["zh"]}; {labels["it"]})' in html


def test_release_without_pylode_skips_only_the_documentation(graph, monkeypatch, tmp_path):
    from cgkg.export import build_release, docs

    def missing():
        raise docs.DocsUnavailable("pyLODE is not installed (pip install 'cgkg[docs]')")

    monkeypatch.setattr(docs, "_import_pylode", missing)
    release = build_release(graph, tmp_path / "release")
    assert release.docs_skipped and "cgkg[docs]" in release.docs_skipped
    assert "ontology.html" not in release.files and "cgkg.nq" in release.files
    assert "ontology.html" not in (tmp_path / "release" / "README.md").read_text(encoding="utf-8")


def test_release_loads_into_an_oxigraph_server_store_and_opens_in_networkx(runner, tmp_path, reference):
    """The README's own command: `oxigraph load --location DIR --file cgkg.nq`, then the server's store."""
    import shutil
    import subprocess
    import sys

    import pyoxigraph as ox

    folder = tmp_path / "release"
    assert invoke(runner, "export", "--all", str(folder)).exit_code == 0
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    location = tmp_path / "oxigraph-db"
    subprocess.run([oxigraph, "load", "--location", str(location), "--file", str(folder / "cgkg.nq")],
                   check=True, capture_output=True)
    store = ox.Store.read_only(str(location))
    counts = {row["g"].value: int(row["n"].value) for row in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    assert counts == {ONTOLOGY_GRAPH: len(reference["ontology"]), DATA_GRAPH: len(reference["data"])}
    # Served as the union default graph (`oxigraph serve --union-default-graph`, as the README says),
    # the canned queries see what the embedded engine sees: kinds from the ontology, labels from the data.
    from cgkg import open_graph
    from cgkg.prefixes import PREFIXES
    from cgkg.sparqlforms import insert_values

    embedded = open_graph()
    query, bindings = embedded.bindings("clusters", lang="zh")
    served = [(row["cluster"].value, row["label"].value, row["kind"].value) for row in store.query(
        insert_values(query.text, bindings), prefixes=PREFIXES, use_default_graph_as_union=True)]
    expected = [(row["cluster"], row["label"], row["kind"]) for row in embedded.run("clusters", lang="zh")]
    assert served == expected and ("https://w3id.org/cgkg/id/cluster/liushi-low-voltage-electrical", "柳市低压电器", "产业集群") in served
    assert "oxigraph serve --location cgkg-db --union-default-graph" in (folder / "README.md").read_text(encoding="utf-8")
    network = nx.read_graphml(folder / "cgkg-network.graphml")
    # Node ids are compact IRIs; "柳市低压电器" is the cluster's label as printed.
    assert network.nodes["clu:liushi-low-voltage-electrical"]["label_zh"] == "柳市低压电器"

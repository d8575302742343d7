"""The canned queries give the same answers on a store that reasons.

GraphDB's default ruleset (RDFS-Plus), and any store that materialises what the ontology entails,
holds more than the files state: every entity is also a member of each superclass of its class (an
industry association is an org:Organization and a foaf:Agent), cgkg:locatedIn is transitive (the
Liushi cluster is also located in China), inverse and symmetric properties are stated both ways, and
SKOS's alternative labels are rdfs:labels too (IndustrialCluster is also labelled "block economy").
A query must read a thing's kind, its place and its name so that none of this changes its rows; search
finds the same, and a card names the same kinds and adds only the inferred statements.

The entailments here are OWL 2 RL's (owlrl, the RDFLib project's reasoner; RDFS-Plus is a subset of
OWL 2 RL), computed once over the bundled ontology and data and added to the graph as a --data file.
"""

from __future__ import annotations

import owlrl
import pytest
import rdflib
from rdflib.namespace import FOAF, RDF, RDFS

import cgkg
from cgkg import canned, paths
from cgkg.validation import validate

QUERIES = [query for query in canned.list_queries() if query.name != "stats"]
CGKG = rdflib.Namespace("https://w3id.org/cgkg/ontology#")
ID = "https://w3id.org/cgkg/id/"
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def closure(full_graph) -> tuple[rdflib.Graph, rdflib.Graph]:
    """(what the files state, that plus everything OWL 2 RL entails from it)."""
    stated = full_graph
    entailed = rdflib.Graph()
    for triple in stated:
        entailed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(entailed)
    return stated, entailed


@pytest.fixture(scope="module")
def entailments_file(closure, tmp_path_factory):
    stated, entailed = closure
    added = rdflib.Graph()
    for triple in entailed:
        # owlrl also derives "generalised" triples with a literal subject, which RDF does not allow.
        if triple not in stated and not isinstance(triple[0], rdflib.Literal):
            added.add(triple)
    path = tmp_path_factory.mktemp("entailed") / "entailments.nt"
    added.serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plain(in_memory) -> cgkg.Graph:
    return in_memory


@pytest.fixture(scope="module")
def reasoned(entailments_file) -> cgkg.Graph:
    return cgkg.open_graph([entailments_file], in_memory=True)


def test_the_entailments_are_those_that_mislead_a_naive_query(closure):
    # Without these the comparisons below would prove nothing.
    _, entailed = closure
    chint = rdflib.URIRef(ID + "agent/chint")
    liushi = rdflib.URIRef(ID + "cluster/liushi-low-voltage-electrical")
    assert (chint, RDF.type, FOAF.Agent) in entailed  # a firm, a governance actor, an org:Organization
    assert (liushi, CGKG.locatedIn, rdflib.URIRef(ID + "place/china")) in entailed  # Liushi town ... China
    assert (CGKG.IndustrialCluster, RDFS.label, rdflib.Literal("block economy", lang="en")) in entailed


def inconsistencies(graph: rdflib.Graph) -> list[str]:
    """What owlrl found inconsistent while expanding GRAPH: it records each as an error message."""
    return [str(message) for message in graph.objects(None, rdflib.URIRef("http://www.daml.org/2002/03/agents/agent-ont#error"))]


def test_owl_2_rl_finds_the_ontology_and_data_consistent(closure):
    _, entailed = closure
    assert not inconsistencies(entailed)


def test_owl_2_rl_finds_an_ill_typed_year_inconsistent():
    # The check above can fail: a cgkg:year that is no integer is an inconsistency under OWL 2 RL.
    graph = rdflib.Graph()
    for path in paths.ontology_files():
        graph.parse(path)
    graph.add((rdflib.URIRef(ID + "event/some-event"), CGKG.year,
               rdflib.Literal("一九九〇", datatype=rdflib.XSD.integer)))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    assert any("一九九〇" in message for message in inconsistencies(graph))


def test_the_entailed_graph_still_conforms_to_the_shapes_and_passes_the_checks(entailments_file):
    # A domain or range that types a resource wrongly would show here: the resource would meet the
    # shapes of a class it does not belong to.
    report = validate([*paths.data_files(), entailments_file])
    assert report.conforms, [v.line() for v in report.violations[:20]]


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_canned_query_gives_the_same_rows_on_a_reasoning_store(query, plain, reasoned, required_values):
    values = required_values(query)
    rows = plain.run(query.name, **values)
    assert rows, f"{query.name} answers nothing on the bundled graph with {values}"
    assert reasoned.run(query.name, **values) == rows


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_canned_query_example_gives_the_same_rows_on_a_reasoning_store(query, plain, reasoned, example_values):
    values, lang = example_values(query)
    assert reasoned.run(query.name, lang, **values) == plain.run(query.name, lang, **values)


def test_stats_counts_each_class_with_its_subclasses_on_a_reasoning_store(plain, reasoned):
    # stats counts what the store holds: there, an entity counts for its class and every superclass,
    # and the triples include the inferred ones. Each class keeps its own label.
    expected = {row["item"]: row["count"] for row in plain.sparql("""
        SELECT (MIN(?name) AS ?item) (COUNT(DISTINCT ?entity) AS ?count) WHERE {
          ?entity a/rdfs:subClassOf* ?class .
          ?class rdfs:label ?name . FILTER (langMatches(lang(?name), "en"))
          FILTER (!STRSTARTS(STR(?class), "http://www.w3.org/2002/07/owl#"))
        } GROUP BY ?class""").records()}
    counted = {row["item"]: row["count"] for row in reasoned.run("stats")
               if row["measure"] == "entities by class" and row["item"] is not None}
    assert counted == expected


def test_a_class_stated_equivalent_to_another_drops_no_entity(tmp_path, plain):
    # A store that maps one of cgkg's classes to a class of its own (owl:equivalentClass) makes each a
    # subclass of the other: "most specific" must mean strictly narrower, or both would rule each other
    # out and the association would vanish from the listing.
    mapping = tmp_path / "mapping.ttl"
    mapping.write_text("""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix cgkg: <https://w3id.org/cgkg/ontology#> .
        <https://example.org/vocab#TradeAssociation> rdfs:subClassOf cgkg:IndustryAssociation .
        cgkg:IndustryAssociation rdfs:subClassOf <https://example.org/vocab#TradeAssociation> .
        <https://w3id.org/cgkg/id/agent/lucheng-footwear-association> a <https://example.org/vocab#TradeAssociation> .
        """, encoding="utf-8")
    listed = [row["organisation"] for row in cgkg.open_graph([mapping], in_memory=True).run("associations")]
    assert listed == [row["organisation"] for row in plain.run("associations")]
    assert ID + "agent/lucheng-footwear-association" in listed


@pytest.mark.parametrize(("text", "lang"), [("协会", "zh"), ("prato", "it"), ("柳市", "en"), ("block economy", "en")])
def test_search_finds_the_same_on_a_reasoning_store(plain, reasoned, text, lang):
    # Each hit's label and type: its preferred name, not an alternative label that the store also
    # states as an rdfs:label ("block economy" finds the class industrial cluster), and its most
    # specific class, not owl:Thing.
    assert reasoned.search(text, lang=lang) == plain.search(text, lang=lang)


@pytest.mark.parametrize("term", ["ag:chint", "clu:liushi-low-voltage-electrical", "ev:liushi-rectification-1990"])
def test_a_card_on_a_reasoning_store_names_the_same_kinds_and_adds_only_inferred_facts(plain, reasoned, term):
    expected, card = plain.show(term), reasoned.show(term)
    for part in ("labels", "types", "relations", "evidence"):
        assert card[part] == expected[part], part
    # The facts are everything the store holds: what the files state, and what it inferred from them
    # (Liushi is also in Wenzhou, Zhejiang and China); nothing points to itself.
    for part in ("facts", "incoming"):
        assert all(fact in card[part] for fact in expected[part]), part
    assert all(fact.get("value", fact.get("subject")) != card["id"] for fact in card["facts"] + card["incoming"])


def test_the_readme_count_of_organisations_through_the_hierarchy_is_what_a_reasoning_store_counts(plain, reasoned):
    # README, "IRIs and vocabulary": on a plain store ask through rdfs:subClassOf*; a reasoning store
    # states the superclasses, so a bare type test finds the same things.
    through_hierarchy = "SELECT DISTINCT ?o WHERE { ?o a/rdfs:subClassOf* org:Organization }"
    bare = "SELECT DISTINCT ?o WHERE { ?o a org:Organization }"

    def found(graph, text):
        return {row["o"] for row in graph.sparql(text).records()}

    assert found(plain, bare) == set()
    organisations = found(plain, through_hierarchy)
    assert "https://w3id.org/cgkg/id/agent/chint" in organisations
    assert found(reasoned, bare) == organisations


def test_no_group_of_actors_is_entailed_an_organisation(closure):
    # "113位羊毛衫企业老板", "省内外专家", "意大利各产业区…产业区委员会": collectives the texts name without naming
    # their members. A reasoner must not count them as organisations, through the class hierarchy or
    # through the range of an ORG relation they take part in; they are groups of agents.
    stated, entailed = closure
    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    groups = set(stated.subjects(RDF.type, CGKG.ActorGroup))
    assert len(groups) > 40 and rdflib.URIRef(ID + "agent/italian-district-committees") in groups
    assert {g for g in groups if (g, RDF.type, org.Organization) in entailed} == set()
    assert all((g, RDF.type, FOAF.Group) in entailed and (g, RDF.type, PROV.Agent) in entailed for g in groups)
    # Every other actor still is one.
    actors = set(entailed.subjects(RDF.type, CGKG.GovernanceActor)) - groups
    assert actors and all((a, RDF.type, org.Organization) in entailed for a in actors)

"""The ontology, its concept schemes and its SHACL shapes: they load, they are documented, and the
shapes graph is itself valid SHACL."""

from __future__ import annotations

import functools
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from cgkg import paths

CGKG = rdflib.Namespace("https://w3id.org/cgkg/ontology#")
ONTOLOGY = rdflib.URIRef("https://w3id.org/cgkg/ontology")
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
MODE = rdflib.Namespace("https://w3id.org/cgkg/id/mode/")
GVC = rdflib.Namespace("https://w3id.org/cgkg/id/gvc/")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


@functools.lru_cache(maxsize=None)
def parse(*files: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def ontology() -> rdflib.Graph:
    return parse(*paths.ontology_files())


def shapes() -> rdflib.Graph:
    return parse(paths.SHAPES_FILE)


def languages(graph: rdflib.Graph, subject, predicate) -> list[str]:
    return [o.language for o in graph.objects(subject, predicate) if isinstance(o, rdflib.Literal)]


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def test_the_ontology_files_are_found():
    names = {path.name for path in paths.ontology_files()}
    assert {"cgkg.ttl", "cgkg-schemes.ttl", "cgkg-imports.ttl"} <= names, names
    assert paths.SHAPES_FILE.name not in names, "the shapes are not part of the ontology proper"
    assert paths.SHAPES_FILE.is_file()


@pytest.mark.parametrize("path", paths.ontology_files() + [paths.SHAPES_FILE], ids=lambda p: p.name)
def test_file_loads_with_rdflib(path):
    graph = parse(path)
    assert len(graph) > 0, f"{path.name} is empty"


# ---------------------------------------------------------------------------
# The ontology header
# ---------------------------------------------------------------------------


def _catalog() -> dict[str, Path]:
    """ontology/catalog-v001.xml as Protégé and ROBOT read it: ontology IRI -> local file."""
    import xml.etree.ElementTree as ET

    root = ET.parse(paths.ONTOLOGY_DIR / "catalog-v001.xml").getroot()
    return {entry.get("name"): paths.ONTOLOGY_DIR / entry.get("uri")
            for entry in root.iter("{urn:oasis:names:tc:entity:xmlns:xml:catalog}uri")}


def test_opening_cgkg_ttl_offline_imports_every_ontology_file_through_the_catalog():
    # What an OWL API tool does with cgkg.ttl from this folder: follow each owl:imports, through the
    # catalog, to a file with that ontology's header. The closure is the whole ontology, so cgkg.ttl
    # alone declares every term it uses.
    catalog = _catalog()
    assert all(path.is_file() for path in catalog.values()), catalog
    reached, waiting = set(), [ONTOLOGY]
    while waiting:
        iri = waiting.pop()
        path = catalog[str(iri)]
        graph = parse(path)
        assert (iri, RDF.type, OWL.Ontology) in graph or (None, OWL.versionIRI, iri) in graph, path
        reached.add(path)
        waiting += [o for o in graph.objects(None, OWL.imports) if catalog[str(o)] not in reached]
    assert reached == set(paths.ontology_files())
    # The shapes import the ontology, which the catalog resolves as well.
    assert {str(o) for o in shapes().objects(None, OWL.imports)} <= set(catalog)


def test_ontology_header():
    graph = ontology()
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY, VANN.preferredNamespacePrefix) == rdflib.Literal("cgkg")
    assert str(graph.value(ONTOLOGY, VANN.preferredNamespaceUri)) == str(CGKG)
    version = graph.value(ONTOLOGY, OWL.versionInfo)
    assert version is not None and str(version).strip(), "owl:versionInfo is missing"
    license_ = graph.value(ONTOLOGY, DCTERMS.license)
    assert isinstance(license_, rdflib.URIRef), "dct:license must be the IRI of a licence"
    assert set(languages(graph, ONTOLOGY, RDFS.label)) >= {"en", "zh"}


def test_ontology_cites_every_source_text():
    sources = set(parse(paths.DATA_DIR / "sources.ttl").subjects(RDF.type, CGKG.SourceText))
    assert len(sources) >= 2, sources
    cited = set(ontology().objects(ONTOLOGY, DCTERMS.source))
    assert sources <= cited, f"the ontology header lacks dct:source for {sorted(map(str, sources - cited))}"


# ---------------------------------------------------------------------------
# Terms and concepts are documented in English and Chinese
# ---------------------------------------------------------------------------


def cgkg_terms() -> set[rdflib.URIRef]:
    graph = ontology()
    return {
        term
        for kind in TERM_TYPES
        for term in graph.subjects(RDF.type, kind)
        if isinstance(term, rdflib.URIRef) and str(term).startswith(str(CGKG))
    }


def test_every_cgkg_term_has_en_and_zh_labels_and_a_comment():
    graph = ontology()
    terms = cgkg_terms()
    assert len(terms) >= 60, f"only {len(terms)} cgkg terms found"
    problems = []
    for term in sorted(terms):
        labels = languages(graph, term, RDFS.label)
        for lang in ("en", "zh"):
            if lang not in labels:
                problems.append(f"{term}: no rdfs:label @{lang}")
        if graph.value(term, RDFS.comment) is None:
            problems.append(f"{term}: no rdfs:comment")
        if graph.value(term, RDFS.isDefinedBy) != ONTOLOGY:
            problems.append(f"{term}: rdfs:isDefinedBy is not {ONTOLOGY}")
    assert not problems, "\n".join(problems)


def test_every_cgkg_term_has_one_label_per_language_including_italian():
    # Kind columns and the facts of a card read in the language asked for, Italian included (--lang it).
    graph = ontology()
    terms = cgkg_terms()
    problems = []
    for term in sorted(terms):
        labels = languages(graph, term, RDFS.label)
        for lang in ("en", "zh", "it"):
            if labels.count(lang) != 1:
                problems.append(f"{term}: {labels.count(lang)} rdfs:label @{lang}")
    assert len(terms) >= 110 and not problems, "\n".join(problems)


def test_every_imported_term_is_named_in_the_three_languages():
    # ontology/cgkg-imports.ttl names the SKOS, ORG, DCMI, OA … terms the data uses, so that
    # `cgkg stats --lang it` and the cards say "concetto" or "appartenenza" rather than nothing.
    graph = parse(paths.ONTOLOGY_DIR / "cgkg-imports.ttl")
    terms = set(graph.subjects(RDFS.isDefinedBy, None))
    wrong = [f"{term}: {languages(graph, term, RDFS.label)}" for term in sorted(terms)
             if sorted(languages(graph, term, RDFS.label)) != ["en", "it", "zh"]]
    assert len(terms) >= 36 and not wrong, wrong


def test_the_imported_org_classes_keep_orgs_own_hierarchy():
    # The ORG Recommendation: org:FormalOrganization and org:OrganizationalUnit are
    # subclasses of org:Organization, org:ChangeEvent of prov:Activity. Restated, a tool that loads
    # cgkg without ORG still classifies a chamber (a formal organisation) as an organisation.
    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    graph = parse(paths.ONTOLOGY_DIR / "cgkg-imports.ttl")
    assert (org.FormalOrganization, RDFS.subClassOf, org.Organization) in graph
    assert (org.OrganizationalUnit, RDFS.subClassOf, org.Organization) in graph
    assert (org.ChangeEvent, RDFS.subClassOf, prov.Activity) in graph


def test_every_concept_has_one_italian_preferred_label():
    # Sectors, modes, problems, functions, … label the listings too: --lang it shows them in Italian.
    graph = parse(*paths.graph_files())
    concepts = list(graph.subjects(RDF.type, SKOS.Concept))
    wrong = [f"{c}: {languages(graph, c, SKOS.prefLabel).count('it')}" for c in concepts
             if languages(graph, c, SKOS.prefLabel).count("it") != 1]
    assert len(concepts) >= 190 and not wrong, wrong


def test_every_concept_scheme_has_one_preferred_label_in_each_language():
    # SKOS browsers (Skosmos, VocBench) title a scheme by its preferred label in the reader's language.
    graph = parse(*paths.graph_files())
    schemes = list(graph.subjects(RDF.type, SKOS.ConceptScheme))
    wrong = [f"{s}: {sorted(languages(graph, s, SKOS.prefLabel))}" for s in schemes
             if sorted(languages(graph, s, SKOS.prefLabel)) != ["en", "it", "zh"]]
    assert len(schemes) == 9 and not wrong, wrong


def test_every_concept_has_one_en_and_one_zh_preferred_label():
    graph = parse(*paths.ontology_files(), paths.DATA_DIR / "sectors.ttl")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(concepts) >= 100 and len(schemes) >= 8, (len(concepts), len(schemes))
    problems = []
    for concept in sorted(concepts):
        labels = languages(graph, concept, SKOS.prefLabel)
        for lang in ("en", "zh"):
            if labels.count(lang) != 1:
                problems.append(f"{concept}: {labels.count(lang)} skos:prefLabel @{lang}, expected 1")
        in_schemes = set(graph.objects(concept, SKOS.inScheme))
        if not in_schemes or not in_schemes <= schemes:
            problems.append(f"{concept}: skos:inScheme {sorted(map(str, in_schemes))} is not a declared scheme")
    for scheme in sorted(schemes):
        for top in graph.objects(scheme, SKOS.hasTopConcept):
            if (top, SKOS.inScheme, scheme) not in graph:
                problems.append(f"{scheme}: top concept {top} is not in the scheme")
    assert not problems, "\n".join(problems)


def test_governance_modes_map_to_the_gvc_types():
    graph = ontology()
    assert (MODE["market-type"], SKOS.exactMatch, GVC.market) in graph
    assert (MODE.relational, SKOS.exactMatch, GVC.relational) in graph
    assert (MODE.modular, SKOS.exactMatch, GVC.modular) in graph
    assert (MODE.hierarchical, SKOS.exactMatch, GVC.hierarchy) in graph
    assert (MODE["leader-type"], SKOS.closeMatch, GVC.captive) in graph
    assert (MODE["market-competition"], SKOS.broadMatch, GVC.market) in graph

    mappings = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
    gvc_concepts = set(graph.subjects(SKOS.inScheme, GVC.scheme))
    assert len(gvc_concepts) == 5, sorted(map(str, gvc_concepts))
    problems = []
    for mode in sorted(graph.subjects(SKOS.inScheme, MODE.scheme)):
        targets = {t for m in mappings for t in graph.objects(mode, m)}
        if not targets:
            problems.append(f"{mode}: mapped to no GVC governance type")
        elif not targets <= gvc_concepts:
            problems.append(f"{mode}: mapped outside the GVC scheme: {sorted(map(str, targets - gvc_concepts))}")
    assert not problems, "\n".join(problems)


def test_every_membership_role_is_an_org_role(full_graph):
    # ORG gives org:role the range org:Role (a kind of skos:Concept): a consumer reasoning with ORG
    # would type the roles so anyway, and one querying ?role a org:Role should find them.
    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    roles = set(full_graph.objects(None, org.role))
    assert roles and all((role, rdflib.RDF.type, org.Role) in full_graph for role in roles)
    assert all((role, rdflib.RDF.type, SKOS.Concept) in full_graph for role in roles)


# ---------------------------------------------------------------------------
# The shapes graph
# ---------------------------------------------------------------------------


def shacl_shacl() -> rdflib.Graph:
    found = sorted(Path(pyshacl.__file__).parent.rglob("shacl-shacl.ttl"))
    assert found, "pyshacl ships no shacl-shacl.ttl"
    return parse(found[0])


def test_the_shapes_are_valid_shacl():
    conforms, _, text = pyshacl.validate(shapes(), shacl_graph=shacl_shacl(), inference="none")
    assert conforms, f"{paths.SHAPES_FILE.name} is not valid SHACL:\n{text}"


def test_shacl_shacl_rejects_a_broken_shapes_graph():
    """Control: the meta-validation above can fail."""
    broken = rdflib.Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:Shape a sh:NodeShape ; sh:targetClass ex:Thing ;
            sh:property [ sh:path ex:p ; sh:minCount "one" ; sh:maxCount 1 , 2 ] .
        """,
        format="turtle",
    )
    conforms, _, _ = pyshacl.validate(broken, shacl_graph=shacl_shacl(), inference="none")
    assert not conforms


# Parameters that make a node shape a constraint of its own (rather than a holder of property shapes).
NODE_CONSTRAINTS = (
    SH["class"], SH.datatype, SH.nodeKind, SH["not"], SH["and"], SH["or"], SH.xone, SH.node, SH["in"],
    SH.hasValue, SH.closed, SH.pattern, SH.minLength, SH.maxLength, SH.languageIn,
    SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
)


def test_every_shape_says_what_is_wrong():
    """Each result of a targeted node shape carries an sh:message: set on the node shape for its own
    constraints, and on each of its property shapes and SPARQL constraints."""
    graph = shapes()
    targeted = [
        s for s in set(graph.subjects(RDF.type, SH.NodeShape)) if graph.value(s, SH.targetClass) is not None
    ]
    assert len(targeted) >= 21, sorted(map(str, targeted))
    problems = []
    for shape in sorted(targeted):
        own = [p for p in NODE_CONSTRAINTS if graph.value(shape, p) is not None]
        parts = list(graph.objects(shape, SH.property)) + list(graph.objects(shape, SH.sparql))
        if own and graph.value(shape, SH.message) is None:
            problems.append(f"{shape}: has {', '.join(map(str, own))} but no sh:message")
        if not own and not parts:
            problems.append(f"{shape}: has no constraint at all")
        for part in parts:
            if graph.value(part, SH.message) is None:
                what = str(part) if isinstance(part, rdflib.URIRef) else f"its {graph.value(part, SH.path)} constraint"
                problems.append(f"{shape}: {what} has no sh:message")
    # Named property shapes, wherever they are used.
    for shape in sorted(set(graph.subjects(RDF.type, SH.PropertyShape))):
        if graph.value(shape, SH.message) is None:
            problems.append(f"{shape}: property shape without sh:message")
    assert not problems, "\n".join(problems)


def test_helper_node_shapes_are_used():
    """A node shape without a target only acts through sh:node; one nothing refers to is dead."""
    graph = shapes()
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    helpers = [
        s for s in set(graph.subjects(RDF.type, SH.NodeShape)) if all(graph.value(s, t) is None for t in targets)
    ]
    unused = [h for h in helpers if graph.value(None, SH.node, h) is None]
    assert not unused, f"node shapes neither targeted nor used by sh:node: {sorted(map(str, unused))}"
    missing = [h for h in helpers if graph.value(h, SH.message) is None]
    assert not missing, f"helper node shapes without sh:message: {sorted(map(str, missing))}"


def test_every_prefix_namespace_ends_in_a_slash_or_hash_so_compact_names_are_unambiguous():
    from cgkg.prefixes import PREFIXES, compact

    assert all(namespace.endswith(("/", "#")) for namespace in PREFIXES.values())
    assert len(set(PREFIXES.values())) == len(PREFIXES)
    assert compact("https://w3id.org/cgkg/id/cluster/prato-textiles") == "clu:prato-textiles"
    assert compact("http://www.w3.org/2004/02/skos/core#prefLabel") == "skos:prefLabel"
    # A local part with a slash, or none at all, does not compact.
    assert compact("https://w3id.org/cgkg/id/cluster/a/b") == "https://w3id.org/cgkg/id/cluster/a/b"
    assert compact("https://w3id.org/cgkg/id/cluster/") == "https://w3id.org/cgkg/id/cluster/"


# ---------------------------------------------------------------------------
# OWL 2 DL hygiene: what Protégé, the OWL API and reasoners need to read the graph as intended
# ---------------------------------------------------------------------------

BUILT_IN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#")
AXIOMS = (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf,
          OWL.equivalentClass, OWL.equivalentProperty, OWL.disjointWith)


def declared(graph: rdflib.Graph) -> dict[rdflib.URIRef, set]:
    kinds: dict[rdflib.URIRef, set] = {}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in graph.subjects(RDF.type, kind):
            kinds.setdefault(term, set()).add(kind)
    return kinds


def test_every_term_the_graph_uses_is_declared(full_graph):
    # OWL 2 DL wants every class and property declared; undeclared ones make the OWL API guess their
    # kind, and its profile check (Protégé, ROBOT validate-profile) fails.
    graph = ontology()
    kinds = declared(graph)
    used = {o for p in AXIOMS for o in graph.objects(None, p) if isinstance(o, rdflib.URIRef)}
    used |= {p for p in full_graph.predicates()}
    used |= {o for o in full_graph.objects(None, RDF.type)}
    missing = sorted(str(t) for t in used if not str(t).startswith(BUILT_IN) and t not in kinds)
    assert not missing, "used but not declared in ontology/: " + ", ".join(missing)


def test_no_reserved_term_is_declared_and_each_term_has_one_kind():
    # rdf:, rdfs:, owl: and xsd: terms may not be redeclared in OWL 2 DL ("use of reserved vocabulary"),
    # and a property that is both an object and a datatype (or annotation) property is illegal punning.
    kinds = declared(ontology())
    reserved = sorted(str(t) for t in kinds if str(t).startswith(BUILT_IN))
    punned = sorted(f"{t}: {sorted(map(str, k))}" for t, k in kinds.items() if len(k) > 1)
    assert not reserved and not punned, (reserved, punned)


def test_property_values_are_of_the_declared_kind(full_graph):
    # A literal on an object property (or an IRI on a datatype property) is punning the OWL API rejects.
    kinds = declared(ontology())
    problems = sorted(
        f"{s} {p} {o!r}"
        for s, p, o in full_graph
        if (OWL.ObjectProperty in kinds.get(p, ()) and isinstance(o, rdflib.Literal))
        or (OWL.DatatypeProperty in kinds.get(p, ()) and not isinstance(o, rdflib.Literal))
    )
    assert not problems, "\n".join(problems[:20])


def test_the_ontology_header_uses_annotation_properties_only():
    # Only annotation properties make ontology annotations; a data or object property on the ontology
    # IRI turns it into an individual, and its title and description vanish from Protégé's header.
    graph = ontology()
    kinds = declared(graph)
    wrong = sorted(str(p) for p in set(graph.predicates(ONTOLOGY, None))
                   if p not in (RDF.type, OWL.versionIRI, OWL.imports) and not str(p).startswith(BUILT_IN)
                   and kinds.get(p) != {OWL.AnnotationProperty})
    assert not wrong, wrong


def test_dates_that_owl_reasoners_cannot_read_are_annotations():
    # xsd:gYearMonth and xsd:gYear are not in the OWL 2 datatype map: as values of a data property they
    # stop HermiT, so dct:date (which carries them) is an annotation; cgkg:year is the reasoned value.
    kinds = declared(ontology())
    assert kinds.get(DCTERMS.date) == {OWL.AnnotationProperty}


def test_no_two_terms_share_a_label_in_a_language():
    # Protégé, the kind columns and the cards name terms by label: two terms with one label (the class
    # Place and the property place) cannot be told apart there.
    graph = ontology()
    terms = set(declared(graph)) | {t for t in graph.subjects(RDFS.isDefinedBy, None)}
    owners: dict[tuple[str, str], set] = {}
    for term in terms:
        for label in graph.objects(term, RDFS.label):
            owners.setdefault((str(label).casefold(), label.language), set()).add(term)
    shared = sorted(f"{label!r}@{lang}: {sorted(map(str, ts))}" for (label, lang), ts in owners.items() if len(ts) > 1)
    assert not shared, "\n".join(shared)


def test_no_term_repeats_its_label_as_an_alternative_one():
    # A store that reasons states every SKOS label as an rdfs:label too, so the canned queries name a
    # class by an rdfs:label that is not an alternative one: "consorzio"@it as both would leave the
    # class Consortium without an Italian name there.
    graph = ontology()
    repeated = sorted(f"{term} {label!r}@{label.language}" for term, label in graph.subject_objects(SKOS.altLabel)
                      if (term, RDFS.label, label) in graph)
    assert not repeated, repeated


def test_no_two_concepts_share_a_preferred_label_in_a_language(kg):
    # Search, cards and the kind columns name concepts by their preferred label: the Gereffi value-chain
    # types and the text's governance modes (模块型, 关系型, 市场型 in both) are told apart by "(GVC)".
    rows = kg.sparql("""SELECT ?label (COUNT(DISTINCT ?concept) AS ?n) WHERE {
                          ?concept a skos:Concept ; skos:prefLabel ?label }
                        GROUP BY ?label HAVING (COUNT(DISTINCT ?concept) > 1)""").records()
    assert rows == []


def test_sub_organisations_are_stated_with_org_so_org_queries_find_them(kg):
    # The chambers of commerce are "商会联合会(UNIONCAMERE)"'s members, the CCTV programme is CCTV's:
    # stated with org:subOrganizationOf, which ORG consumers query, not with the deprecated cgkg twin.
    assert kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?unit cgkg:parentOrganisation ?parent }").records() == [{"n": 0}]
    units = kg.sparql("SELECT ?unit WHERE { ?unit org:subOrganizationOf ag:cctv }").records()
    assert units == [{"unit": "https://w3id.org/cgkg/id/agent/cctv-weekly-quality-report"}]


def test_the_skos_labels_are_rdfs_labels_so_generic_tools_name_the_entities(kg):
    # SKOS makes prefLabel, altLabel and hiddenLabel sub-properties of rdfs:label; restated here, a tool that
    # shows rdfs:label (or an RDFS reasoner) names the entities of the data, which carry SKOS labels only.
    labels = kg.sparql("SELECT ?p WHERE { ?p rdfs:subPropertyOf rdfs:label } ORDER BY ?p").records()
    # cgkg:printedLabel, the names as the texts print them, is one too.
    assert [row["p"].rsplit("#", 1)[1] for row in labels] == ["altLabel", "hiddenLabel", "prefLabel", "printedLabel"]
    names = kg.sparql("""SELECT ?name WHERE { clu:liushi-low-voltage-electrical ?labelling ?name .
        ?labelling rdfs:subPropertyOf* rdfs:label FILTER (lang(?name) = "zh") } ORDER BY ?name""").records()
    assert {"name": "柳市低压电器"} in names


def test_the_schemes_module_declares_every_cgkg_property_it_uses():
    # Read alone (as OWL API 3 reads it before the module it imports back), an undeclared property would
    # be taken for an annotation property, and the full ontology would then pun it.
    schemes = parse(next(f for f in paths.ontology_files() if f.name == "cgkg-schemes.ttl"))
    cgkg = "https://w3id.org/cgkg/ontology#"
    used = {p for p in schemes.predicates() if str(p).startswith(cgkg)}
    assert used, "the schemes module uses no cgkg property"
    assert {p for p in used if (p, RDF.type, None) not in schemes} == set()

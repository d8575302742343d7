"""CSV tables: one per kind of entity, and relations.csv with every link between entities.

Each table has one row per entity (its class or any subclass), sorted by id, with stable column
names. IRIs are compact (``clu:liushi-low-voltage-electrical``); a cell with several values joins
them, sorted, with `` | ``. Files are UTF-8 with a header row and ``\\n`` line ends.
"""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox

from ..prefixes import expand
from .graph import ExportGraph
from .index import ID, RDF_TYPE, GraphIndex, cgkg, iri, join

LABELS = (("label_zh", "skos:prefLabel@zh"), ("label_en", "skos:prefLabel@en"))
EVIDENCE = ("evidence", "cgkg:evidence")
PERIOD = (("year", "cgkg:year"), ("from_year", "cgkg:fromYear"), ("to_year", "cgkg:toYear"), ("date", "dct:date"),
          ("period_note", "cgkg:periodNote"))

# file name, class (with its subclasses), columns after id and type: (column, predicate[@language])
TABLES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("clusters.csv", "cgkg:TerritorialProductionSystem", (
        *LABELS, ("label_it", "skos:prefLabel@it"), ("sector", "cgkg:sector"), ("located_in", "cgkg:locatedIn"),
        ("country", "country()"), EVIDENCE)),
    ("organisations.csv", "cgkg:GovernanceActor", (
        *LABELS, ("label_it", "skos:prefLabel@it"), ("sector", "cgkg:sector"), ("located_in", "cgkg:locatedIn"),
        ("jurisdiction", "cgkg:jurisdiction"), ("country", "country()"),
        ("parent_organisation", "org:subOrganizationOf"), ("each_sub_organisation_of", "cgkg:eachSubOrganizationOf"),
        ("group_member", "foaf:member"),
        ("owned_by", "cgkg:ownedBy"),
        ("governs", "cgkg:governs"), ("provides_function", "cgkg:providesFunction"), EVIDENCE)),
    ("people.csv", "cgkg:Person", (*LABELS, ("country", "country()"), EVIDENCE)),
    ("brands.csv", "cgkg:Brand", (*LABELS, ("concerns", "cgkg:concerns"), ("country", "country()"), EVIDENCE)),
    ("places.csv", "cgkg:Place", (
        *LABELS, ("label_it", "skos:prefLabel@it"), ("located_in", "cgkg:locatedIn"), ("country", "country()"),
        EVIDENCE)),
    ("events.csv", "cgkg:Event", (
        *LABELS, *PERIOD, ("place", "cgkg:place"), ("concerns", "cgkg:concerns"), ("system", "cgkg:system"),
        ("systems_of", "cgkg:systemsOf"), ("participant", "cgkg:participant"), ("founder", "cgkg:founder"), ("initiator", "cgkg:initiator"),
        ("original_organization", "org:originalOrganization"),
        ("resulting_organization", "org:resultingOrganization"), ("resulting_group", "cgkg:resultingGroup"),
        ("caused_by", "cgkg:causedBy"),
        ("outcome", "cgkg:outcome"), EVIDENCE)),
    ("instruments.csv", "cgkg:Instrument", (
        *LABELS, *PERIOD, ("target_year", "cgkg:targetYear"), ("issued_by", "cgkg:issuedBy"), ("signatory", "cgkg:signatory"),
        ("enforced_by", "cgkg:enforcedBy"), ("holder", "cgkg:holder"), ("concerns", "cgkg:concerns"),
        ("grants_function", "cgkg:grantsFunction"), EVIDENCE)),
    ("figures.csv", "cgkg:Figure", (
        ("describes", "cgkg:describes"), ("measure", "cgkg:measure"), ("value", "schema:value"),
        ("bound", "cgkg:bound"), ("min_value", "schema:minValue"), ("max_value", "schema:maxValue"), *PERIOD, EVIDENCE)),
    ("memberships.csv", "org:Membership", (
        ("member", "org:member"), ("organization", "org:organization"), ("in_each_of", "cgkg:inEachOf"),
        ("role", "org:role"),
        ("role_text", "cgkg:roleText"), *PERIOD, EVIDENCE)),
    ("leaderships.csv", "cgkg:Leadership", (
        ("lead_firm", "cgkg:leadFirm"), ("led_system", "cgkg:ledSystem"), ("means", "cgkg:means"), *PERIOD,
        EVIDENCE)),
    ("mode_assignments.csv", "cgkg:ModeAssignment", (
        ("system", "cgkg:system"), ("mode", "cgkg:mode"), *PERIOD, EVIDENCE)),
    ("problem_incidences.csv", "cgkg:ProblemIncidence", (
        ("problem", "cgkg:problem"), ("affects", "cgkg:affects"), ("systems_of", "cgkg:systemsOf"), *PERIOD, ("manifested_in", "cgkg:manifestedIn"),
        ("response", "cgkg:response"), EVIDENCE)),
    ("recommendations.csv", "cgkg:Recommendation", (
        *LABELS, ("recommended_for", "cgkg:recommendedFor"), ("addressed_to", "cgkg:addressedTo"), ("addressed_to_kind", "cgkg:addressedToKind"),
        ("recommends_function", "cgkg:recommendsFunction"), ("proposes_body", "cgkg:proposesBody"),
        ("draws_on", "cgkg:drawsOn"), EVIDENCE)),
    ("proposed-bodies.csv", "cgkg:ProposedBody", (
        *LABELS, ("located_in", "cgkg:locatedIn"), ("country", "country()"),
        ("provides_function", "cgkg:providesFunction"), EVIDENCE)),
    ("passages.csv", "cgkg:Passage", (
        ("source", "oa:hasSource"), ("exact", "oa:exact"), ("start", "oa:start"), ("end", "oa:end"))),
    ("sources.csv", "cgkg:SourceText", (
        *LABELS, ("title", "dct:title"), ("language", "dct:language"), ("file_name", "cgkg:fileName"),
        ("sha256", "cgkg:sha256"))),
    ("concepts.csv", "skos:Concept", (
        *LABELS, ("scheme", "skos:inScheme"), ("broader", "skos:broader"), ("definition_en", "skos:definition@en"),
        ("definition_zh", "skos:definition@zh"))),
)
RELATIONS_COLUMNS = ("subject", "predicate", "object", "year", "evidence")
_NOT_RELATIONS = {RDF_TYPE, cgkg("evidence")}


def table_names() -> list[str]:
    """The file names of the tables, sorted."""
    return sorted([name for name, _, _ in TABLES] + ["relations.csv"])


def columns(spec: tuple[tuple[str, str], ...]) -> list[str]:
    return ["id", "type", *(name for name, _ in spec)]


def tables(graph: ExportGraph, index: GraphIndex | None = None) -> dict[str, bytes]:
    """File name -> CSV bytes, for every entity table and relations.csv."""
    index = index or GraphIndex(graph)
    result = {}
    for name, cls, spec in TABLES:
        root = ox.NamedNode(expand(cls))
        getters = [_getter(index, source) for _, source in spec]
        rows = []
        for subject in index.instances_of(root):
            rows.append([iri(subject), join(index.most_specific_types(subject, within=root)),
                         *(get(subject) for get in getters)])
        result[name] = _csv(columns(spec), rows)
    result["relations.csv"] = _csv(list(RELATIONS_COLUMNS), relations(index))
    return result


def relations(index: GraphIndex) -> list[list[str]]:
    """Every triple between an entity (an IRI under /id/) and an IRI, with the subject's year and evidence."""
    rows = []
    for subject, properties in index.by_subject.items():
        if not (isinstance(subject, ox.NamedNode) and subject.value.startswith(ID)):
            continue
        year = index.year(subject)
        evidence = join(index.values(subject, cgkg("evidence")))
        for predicate, objects in properties.items():
            if predicate in _NOT_RELATIONS:
                continue
            for value in objects:
                if isinstance(value, ox.NamedNode):
                    rows.append([iri(subject), iri(predicate), iri(value), "" if year is None else str(year), evidence])
    rows.sort()
    return rows


def _getter(index: GraphIndex, source: str):
    if source == "country()":
        return index.country
    name, _, language = source.partition("@")
    predicate = ox.NamedNode(expand(name))
    return lambda subject: join(index.values(subject, predicate, language or None))


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")

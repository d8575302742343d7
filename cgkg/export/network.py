"""The actor network as GraphML and GEXF, for Gephi, Cytoscape, yEd, networkx or igraph.

Nodes are the clusters and districts, the organisations and groups of actors (every cgkg:GovernanceActor,
of kind ``organisation``; ``type`` tells a cgkg:ActorGroup from an organisation), the places and the
events. Edges are directed and typed:

=============  =================================================================  ============
type           from -> to                                                         year from
=============  =================================================================  ============
membership     org:Membership: org:member -> org:organization (or the group           the membership
               it is held in, cgkg:inEachOf); a foaf:member -> its group            -
leadFirm       cgkg:Leadership: cgkg:leadFirm -> cgkg:ledSystem                    the leadership
founding       cgkg:Founding: founder / initiator / encouragedBy -> the resulting  the founding
               organisation or group (``role`` says which)
lineage        cgkg:Founding or cgkg:Upgrade: org:originalOrganization ->          the event
               org:resultingOrganization
location       cgkg:locatedIn                                                     -
participation  cgkg:participant: the actor -> the event                           the event
governs        cgkg:governs                                                       -
=============  =================================================================  ============

The year is cgkg:year, else cgkg:fromYear, of the relation or event (``via``). Only edges between
nodes are kept. The XML is written with the standard library (no networkx needed at run time).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import pyoxigraph as ox

from .graph import ExportGraph
from .index import GraphIndex, cgkg, iri

ORG = "http://www.w3.org/ns/org#"
FOAF_MEMBER = "http://xmlns.com/foaf/0.1/member"

NODE_KINDS = (
    ("cluster", cgkg("TerritorialProductionSystem")),
    ("organisation", cgkg("GovernanceActor")),
    ("place", cgkg("Place")),
    ("event", cgkg("Event")),
)
NODE_ATTRIBUTES = (("kind", "string"), ("type", "string"), ("label_zh", "string"), ("label_en", "string"),
                   ("country", "string"), ("iri", "string"))
EDGE_ATTRIBUTES = (("type", "string"), ("year", "int"), ("role", "string"), ("via", "string"))
EDGE_TYPES = ("membership", "leadFirm", "founding", "lineage", "location", "participation", "governs")


@dataclass(frozen=True, order=True)
class Edge:
    type: str
    source: str
    target: str
    via: str = ""
    role: str = ""
    year: int | None = field(default=None, compare=False)


@dataclass
class Network:
    nodes: dict[str, dict[str, str]]  # node id (compact IRI) -> attributes
    edges: list[Edge]


def build_network(graph: ExportGraph, index: GraphIndex | None = None) -> Network:
    index = index or GraphIndex(graph)
    nodes: dict[str, dict[str, str]] = {}
    terms: dict[str, object] = {}
    for kind, root in NODE_KINDS:
        for subject in index.instances_of(root):
            node_id = iri(subject)
            if node_id in nodes:
                continue
            terms[node_id] = subject
            nodes[node_id] = {
                "kind": kind,
                "type": " ".join(index.most_specific_types(subject, within=root)),
                "label_zh": index.label(subject, "zh"),
                "label_en": index.label(subject, "en"),
                "country": index.country(subject),
                "iri": subject.value if isinstance(subject, ox.NamedNode) else node_id,
            }
    edges = set()

    def add(kind: str, sources, targets, via=None, role: str = "") -> None:
        year = index.year(via) if via is not None else None
        for source in sources:
            for target in targets:
                s, t = iri(source), iri(target)
                if s in nodes and t in nodes:
                    edges.add(Edge(kind, s, t, iri(via) if via is not None else "", role, year))

    for group in index.instances_of(cgkg("ActorGroup")):
        add("membership", index.objects(group, ox.NamedNode(FOAF_MEMBER)), [group])
    for membership in index.instances_of(ox.NamedNode(ORG + "Membership")):
        add("membership", index.objects(membership, ox.NamedNode(ORG + "member")),
            [*index.objects(membership, ox.NamedNode(ORG + "organization")),
             *index.objects(membership, cgkg("inEachOf"))], membership)
    for leadership in index.instances_of(cgkg("Leadership")):
        add("leadFirm", index.objects(leadership, cgkg("leadFirm")),
            index.objects(leadership, cgkg("ledSystem")), leadership)
    for founding in index.instances_of(cgkg("Founding")):
        for role in ("founder", "initiator", "encouragedBy"):
            add("founding", index.objects(founding, cgkg(role)),
                [*index.objects(founding, ox.NamedNode(ORG + "resultingOrganization")),
                 *index.objects(founding, cgkg("resultingGroup"))], founding, role)
    changes = {*index.instances_of(cgkg("Founding")), *index.instances_of(cgkg("Upgrade"))}
    for change in changes:
        add("lineage", index.objects(change, ox.NamedNode(ORG + "originalOrganization")),
            index.objects(change, ox.NamedNode(ORG + "resultingOrganization")), change)
    for node_id, subject in terms.items():
        add("location", [subject], index.objects(subject, cgkg("locatedIn")))
        add("governs", [subject], index.objects(subject, cgkg("governs")))
        if nodes[node_id]["kind"] == "event":
            add("participation", index.objects(subject, cgkg("participant")), [subject], subject)
    ordered = sorted(nodes.items(), key=lambda item: (item[1]["iri"], item[0]))
    return Network(dict(ordered), sorted(edges))


# Writers ----------------------------------------------------------------------------------------
_DESCRIPTION = "The actor network of the Cluster Governance Knowledge Graph (cgkg)"


def graphml(network: Network) -> bytes:
    root = ET.Element("graphml", {
        "xmlns": "http://graphml.graphdrawing.org/xmlns",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns "
                              "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    })
    for name, kind in NODE_ATTRIBUTES:
        ET.SubElement(root, "key", {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": kind})
    for name, kind in EDGE_ATTRIBUTES:
        ET.SubElement(root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "cgkg-actors", "edgedefault": "directed"})
    ET.SubElement(graph, "desc").text = _DESCRIPTION
    for node_id, attributes in network.nodes.items():
        node = ET.SubElement(graph, "node", {"id": node_id})
        for name, _ in NODE_ATTRIBUTES:
            if attributes.get(name):
                ET.SubElement(node, "data", {"key": f"n_{name}"}).text = attributes[name]
    for number, edge in enumerate(network.edges):
        element = ET.SubElement(graph, "edge", {"id": f"e{number}", "source": edge.source, "target": edge.target})
        for name, _ in EDGE_ATTRIBUTES:
            value = getattr(edge, name)
            if value not in (None, ""):
                ET.SubElement(element, "data", {"key": f"e_{name}"}).text = str(value)
    return _xml(root)


def gexf(network: Network) -> bytes:
    root = ET.Element("gexf", {
        "xmlns": "http://www.gexf.net/1.2draft",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd",
        "version": "1.2",
    })
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "cgkg"
    ET.SubElement(meta, "description").text = _DESCRIPTION
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    gexf_types = {"string": "string", "int": "integer"}
    node_attributes = ET.SubElement(graph, "attributes", {"class": "node"})
    for number, (name, kind) in enumerate(NODE_ATTRIBUTES):
        ET.SubElement(node_attributes, "attribute", {"id": str(number), "title": name, "type": gexf_types[kind]})
    edge_attributes = ET.SubElement(graph, "attributes", {"class": "edge"})
    for number, (name, kind) in enumerate(EDGE_ATTRIBUTES):
        ET.SubElement(edge_attributes, "attribute", {"id": str(number), "title": name, "type": gexf_types[kind]})
    nodes = ET.SubElement(graph, "nodes")
    for node_id, attributes in network.nodes.items():
        label = attributes.get("label_zh") or attributes.get("label_en") or node_id
        node = ET.SubElement(nodes, "node", {"id": node_id, "label": label})
        values = ET.SubElement(node, "attvalues")
        for number, (name, _) in enumerate(NODE_ATTRIBUTES):
            if attributes.get(name):
                ET.SubElement(values, "attvalue", {"for": str(number), "value": attributes[name]})
    edges = ET.SubElement(graph, "edges")
    for number, edge in enumerate(network.edges):
        element = ET.SubElement(edges, "edge", {"id": str(number), "source": edge.source, "target": edge.target,
                                                "label": edge.type})
        values = ET.SubElement(element, "attvalues")
        for index, (name, _) in enumerate(EDGE_ATTRIBUTES):
            value = getattr(edge, name)
            if value not in (None, ""):
                ET.SubElement(values, "attvalue", {"for": str(index), "value": str(value)})
    return _xml(root)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"

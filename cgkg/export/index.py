"""The graph as plain Python dictionaries, for the exports that are not RDF (network, tables).

Terms are kept as pyoxigraph terms; IRIs are written compactly (``clu:liushi-low-voltage-electrical``)
with the project's prefixes.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from ..prefixes import PREFIXES, compact
from .graph import ExportGraph

CGKG = PREFIXES["cgkg"]
ID = "https://w3id.org/cgkg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUBCLASS_OF = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def cgkg(local: str) -> ox.NamedNode:
    return ox.NamedNode(CGKG + local)


def iri(term) -> str:
    """A term as text: compact IRI, blank node label or literal's lexical value."""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


class GraphIndex:
    """subject -> predicate -> sorted objects, the types of each subject and the class hierarchy."""

    def __init__(self, graph: ExportGraph):
        by_subject: dict = defaultdict(lambda: defaultdict(list))
        shared: dict = {}  # one Python object per distinct predicate and IRI, not one per triple
        for triple in graph.union_triples():
            predicate, value = triple.predicate, triple.object
            predicate = shared.setdefault(predicate, predicate)
            if isinstance(value, ox.NamedNode):
                value = shared.setdefault(value, value)
            by_subject[triple.subject][predicate].append(value)
        self.by_subject = by_subject
        self._ancestors: dict = {}
        self.superclasses: dict = defaultdict(set)
        for subject, properties in by_subject.items():
            for parent in properties.get(SUBCLASS_OF, ()):
                self.superclasses[subject].add(parent)
        self._instances: dict | None = None

    def objects(self, subject, predicate) -> list:
        properties = self.by_subject.get(subject)
        return properties.get(predicate, []) if properties else []

    def types(self, subject) -> list:
        return self.objects(subject, RDF_TYPE)

    def ancestors(self, cls) -> set:
        """cls and every class above it (rdfs:subClassOf*)."""
        if cls in self._ancestors:
            return self._ancestors[cls]
        seen = {cls}
        todo = [cls]
        while todo:
            for parent in self.superclasses.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        self._ancestors[cls] = seen
        return seen

    def instances_of(self, root) -> list:
        """Subjects typed with root or a subclass of it, sorted by IRI."""
        if self._instances is None:
            instances: dict = defaultdict(set)
            for subject, properties in self.by_subject.items():
                for cls in properties.get(RDF_TYPE, ()):
                    for ancestor in self.ancestors(cls):
                        instances[ancestor].add(subject)
            self._instances = {cls: sorted(found, key=_sort_key) for cls, found in instances.items()}
        return self._instances.get(root, [])

    def most_specific_types(self, subject, within=None) -> list[str]:
        """The subject's types that no other of its types is a subclass of, compact and sorted."""
        types = [t for t in self.types(subject) if within is None or within in self.ancestors(t)]
        specific = [t for t in types if not any(other != t and t in self.ancestors(other) for other in types)]
        return sorted(iri(t) for t in specific)

    def label(self, subject, language: str) -> str:
        """The preferred label in a language (skos:prefLabel, else rdfs:label); '' when there is none."""
        for predicate in (PREF_LABEL, RDFS_LABEL):
            values = sorted(o.value for o in self.objects(subject, predicate)
                            if isinstance(o, ox.Literal) and (o.language or "").split("-")[0] == language)
            if values:
                return values[0]
        return ""

    def values(self, subject, predicate, language: str | None = None) -> list[str]:
        """The objects as text (compact IRIs, lexical values), sorted; only one language if given."""
        objects = self.objects(subject, predicate)
        if language is not None:
            objects = [o for o in objects if isinstance(o, ox.Literal) and (o.language or "").split("-")[0] == language]
        return sorted(iri(o) for o in objects)

    def year(self, subject) -> int | None:
        """cgkg:year, else cgkg:fromYear (the smallest when there are several)."""
        for predicate in ("year", "fromYear"):
            years = []
            for value in self.objects(subject, cgkg(predicate)):
                try:
                    years.append(int(value.value))
                except (AttributeError, ValueError):
                    continue
            if years:
                return min(years)
        return None

    def country(self, subject) -> str:
        """cgkg:country, else the Country the subject lies in (via cgkg:locatedIn, jurisdiction, place)."""
        direct = self.objects(subject, cgkg("country"))
        if direct:
            return sorted(iri(c) for c in direct)[0]
        country_class = cgkg("Country")
        seen, frontier = {subject}, [subject]
        while frontier:
            found, following = [], []
            for current in frontier:
                if any(country_class in self.ancestors(t) for t in self.types(current)):
                    found.append(iri(current))
                for predicate in ("locatedIn", "jurisdiction", "place"):
                    for parent in self.objects(current, cgkg(predicate)):
                        if parent not in seen:
                            seen.add(parent)
                            following.append(parent)
            if found:
                return sorted(found)[0]
            frontier = following
        return ""


def _sort_key(term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else "~" + str(term)


def join(values: list[str]) -> str:
    """Several values in one table cell."""
    return " | ".join(values)

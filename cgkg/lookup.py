"""Finding entities by IRI or label, and building entity cards; plain SPARQL, so any engine works."""

from __future__ import annotations

import difflib
import re
import shlex
import unicodedata

from .errors import ParameterError
from .prefixes import check_utf8, compact, expand, known_prefixes, unknown_prefix
from .terms import Term

_PROLOGUE = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX cgkg: <https://w3id.org/cgkg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# Labels are compared lower-cased, without whitespace and without the colons, brackets, commas and
# semicolons that Chinese labels print full-width (领导型：股权支配); the needle is also NFKC-normalised,
# which folds full-width letters and digits to their ordinary forms. SPARQL has no NFKC, so those marks
# are dropped on both sides rather than folded on one. So are hyphens and apostrophes, which labels
# print in typographic forms a keyboard does not type (Zegna‐Loro Piana with U+2010, Tod’s), and which
# a user may leave out (low voltage for low-voltage). The ASCII hyphen comes last: in a character class
# anywhere else it would make a range.
_IGNORED_MARKS = ":：(（)）,，;；'‘’‐‑–—-"
_IGNORED = f"[\\\\s\u3000{_IGNORED_MARKS}]+"
# A search lists at most this many entities; its query asks for one more, to tell when more matched.
SEARCH_LIMIT = 200
# An error lists at most this many candidates; more would bury the message.
LISTED = 10
_MATCH = _PROLOGUE + """
SELECT ?entity (MIN(?preferred) AS ?label) (MIN(STR(?class)) AS ?type) (MAX(?shown) AS ?byName) WHERE {
  # A hidden label (an OCR form, a generic phrase) is for search only: the graph does not display it as
  # a name, and a printed label is displayed only when it is one of the other labels too.
  VALUES (?labelProperty ?displayed) {
    (skos:prefLabel true) (skos:altLabel true) (rdfs:label true) (skos:hiddenLabel false) (cgkg:printedLabel false)
  }
  ?entity ?labelProperty ?name .
  FILTER (%s)
  # A store that reasons states every hidden label as an rdfs:label too, which is no more a name.
  BIND (IF(?labelProperty = rdfs:label, NOT EXISTS { ?entity skos:hiddenLabel ?name }, ?displayed) AS ?shown)
  # The terms of the ontology have an rdfs:label where the data has a skos:prefLabel. A store that
  # reasons makes every SKOS label an rdfs:label too: a term's alternative ones are not its name.
  OPTIONAL { ?entity skos:prefLabel ?preferred . FILTER (langMatches(lang(?preferred), ?lang)) }
  OPTIONAL { ?entity skos:prefLabel ?preferred . FILTER (langMatches(lang(?preferred), "en")) }
  OPTIONAL { ?entity rdfs:label ?preferred . FILTER (langMatches(lang(?preferred), ?lang))
             FILTER NOT EXISTS { ?entity skos:altLabel|skos:hiddenLabel ?preferred } }
  OPTIONAL { ?entity rdfs:label ?preferred . FILTER (langMatches(lang(?preferred), "en"))
             FILTER NOT EXISTS { ?entity skos:altLabel|skos:hiddenLabel ?preferred } }
  OPTIONAL {
    ?entity a ?class .
    FILTER (STRSTARTS(STR(?class), "https://w3id.org/cgkg/ontology#") || ?class = skos:Concept
            || STRSTARTS(STR(?class), "http://www.w3.org/2002/07/owl#"))
    # Its most specific class: a store that reasons also states each superclass (owl:Thing included).
    FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf ?class .
                        FILTER NOT EXISTS { ?class rdfs:subClassOf ?narrower } }
  }
}
GROUP BY ?entity
ORDER BY LCASE(?label) ?label ?entity
LIMIT """ + str(SEARCH_LIMIT + 1) + """
"""
_EXACT = _MATCH % f'REPLACE(LCASE(STR(?name)), "{_IGNORED}", "") = ?needle'
_CONTAINS = _MATCH % f'CONTAINS(REPLACE(LCASE(STR(?name)), "{_IGNORED}", ""), ?needle)'

_EXISTS = _PROLOGUE + "ASK WHERE { { ?entity ?p ?o } UNION { ?s ?p ?entity } }"

_LABELS = _PROLOGUE + """
SELECT ?property ?value WHERE {
  ?entity ?property ?value .
  FILTER (?property IN (skos:prefLabel, skos:altLabel, skos:hiddenLabel, cgkg:printedLabel, rdfs:label))
  # A store that reasons states each of these as an rdfs:label too: that copy is not shown again.
  FILTER (?property != rdfs:label
          || NOT EXISTS { ?entity skos:prefLabel|skos:altLabel|skos:hiddenLabel|cgkg:printedLabel ?value })
}
ORDER BY ?property LCASE(LANG(?value)) ?value
"""

_TYPES = _PROLOGUE + """
SELECT ?type (MIN(?name) AS ?label) WHERE {
  ?entity a ?type .
  # Its most specific classes: a store that reasons also states each superclass. A class is named by
  # an rdfs:label that is not one of its alternative labels (SKOS makes those rdfs:labels as well).
  FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf ?type .
                      FILTER NOT EXISTS { ?type rdfs:subClassOf ?narrower } }
  OPTIONAL { ?type rdfs:label ?name . FILTER (langMatches(lang(?name), ?lang))
             FILTER NOT EXISTS { ?type skos:altLabel|skos:hiddenLabel ?name } }
  OPTIONAL { ?type rdfs:label ?name . FILTER (langMatches(lang(?name), "en"))
             FILTER NOT EXISTS { ?type skos:altLabel|skos:hiddenLabel ?name } }
}
GROUP BY ?type ORDER BY ?type
"""

_FACTS = _PROLOGUE + """
SELECT ?property (MIN(?pname) AS ?propertyLabel) ?value (MIN(?vname) AS ?valueLabel) WHERE {
  ?entity ?property ?value .
  FILTER (?property NOT IN (rdf:type, cgkg:evidence, skos:prefLabel, skos:altLabel, skos:hiddenLabel, cgkg:printedLabel, rdfs:label))
  # Nothing in the graph points to itself; a store that reasons states owl:sameAs of every resource.
  FILTER (!sameTerm(?value, ?entity))
  OPTIONAL { ?property rdfs:label ?pname . FILTER (langMatches(lang(?pname), ?lang)) }
  OPTIONAL { ?property rdfs:label ?pname . FILTER (langMatches(lang(?pname), "en")) }
  OPTIONAL { ?value skos:prefLabel ?vname . FILTER (langMatches(lang(?vname), ?lang)) }
  OPTIONAL { ?value skos:prefLabel ?vname . FILTER (langMatches(lang(?vname), "en")) }
}
GROUP BY ?property ?value ORDER BY ?property STR(?value)
"""

_INCOMING = _PROLOGUE + """
SELECT ?subject (MIN(?sname) AS ?subjectLabel) ?property (MIN(?pname) AS ?propertyLabel)
       (MIN(COALESCE(STR(?date), STR(?year), ?period)) AS ?when) WHERE {
  ?subject ?property ?entity .
  ?subject skos:prefLabel ?any .
  FILTER (!sameTerm(?subject, ?entity))  # owl:sameAs of itself, in a store that reasons
  OPTIONAL { ?subject skos:prefLabel ?sname . FILTER (langMatches(lang(?sname), ?lang)) }
  OPTIONAL { ?subject skos:prefLabel ?sname . FILTER (langMatches(lang(?sname), "en")) }
  OPTIONAL { ?property rdfs:label ?pname . FILTER (langMatches(lang(?pname), ?lang)) }
  OPTIONAL { ?property rdfs:label ?pname . FILTER (langMatches(lang(?pname), "en")) }
  # When the referring thing is an event or instrument, its date says where it sits in the history.
  OPTIONAL { ?subject dct:date ?date }
  OPTIONAL { ?subject cgkg:year ?year }
  OPTIONAL { ?subject cgkg:fromYear ?from }
  OPTIONAL { ?subject cgkg:toYear ?to }
  BIND (IF(BOUND(?from) || BOUND(?to), CONCAT(COALESCE(STR(?from), ""), "–", COALESCE(STR(?to), "")), ?noPeriod) AS ?period)
}
GROUP BY ?subject ?property ORDER BY ?property ?subject
"""

# N-ary facts (memberships, leaderships, figures …) have no label: show what else they link.
_RELATIONS = _PROLOGUE + """
SELECT ?fact (MIN(STR(?class)) AS ?type) (MIN(?tname) AS ?typeLabel) ?role (MIN(?rname) AS ?roleLabel)
       ?property (MIN(?pname) AS ?propertyLabel) ?value (MIN(?vname) AS ?valueLabel) WHERE {
  ?fact ?role ?entity .
  FILTER NOT EXISTS { ?fact skos:prefLabel ?named }
  FILTER (?role != cgkg:evidence)
  ?fact a ?class .
  # Its most specific class: a store that reasons also states each superclass.
  FILTER NOT EXISTS { ?fact a ?narrower . ?narrower rdfs:subClassOf ?class .
                      FILTER NOT EXISTS { ?class rdfs:subClassOf ?narrower } }
  ?fact ?property ?value .
  FILTER (?property NOT IN (rdf:type, cgkg:evidence) && ?value != ?entity && !sameTerm(?value, ?fact))
  # The classes' names, from one table joined by hash rather than read for each statement (testing
  # each statement's class label against the alternative labels, which a store that reasons states as
  # rdfs:labels, made the card of a large cluster 0.82x as fast: benchmarks/lookup_ab.py).
  OPTIONAL { { SELECT ?class ?tname WHERE {
    ?class a owl:Class ; rdfs:label ?tname .
    FILTER (langMatches(lang(?tname), ?lang) || (langMatches(lang(?tname), "en") && NOT EXISTS { ?class rdfs:label ?tnameInLang . FILTER (langMatches(lang(?tnameInLang), ?lang)) }))
    FILTER NOT EXISTS { ?class skos:altLabel|skos:hiddenLabel ?tname } } } }
  OPTIONAL { ?role rdfs:label ?rname . FILTER (langMatches(lang(?rname), ?lang)) }
  OPTIONAL { ?role rdfs:label ?rname . FILTER (langMatches(lang(?rname), "en")) }
  OPTIONAL { ?property rdfs:label ?pname . FILTER (langMatches(lang(?pname), ?lang)) }
  OPTIONAL { ?property rdfs:label ?pname . FILTER (langMatches(lang(?pname), "en")) }
  OPTIONAL { ?value skos:prefLabel ?vname . FILTER (langMatches(lang(?vname), ?lang)) }
  OPTIONAL { ?value skos:prefLabel ?vname . FILTER (langMatches(lang(?vname), "en")) }
}
GROUP BY ?fact ?role ?property ?value ORDER BY ?fact ?property STR(?value)
"""

_EVIDENCE = _PROLOGUE + """
SELECT ?passage ?source ?start ?end ?quote WHERE {
  ?entity cgkg:evidence ?passage .
  ?passage oa:exact ?quote ; oa:hasSource ?source .
  OPTIONAL { ?passage oa:start ?start ; oa:end ?end }
}
ORDER BY ?source ?start ?passage
"""


def normalise(text: str) -> str:
    return re.sub(rf"[\s{_IGNORED_MARKS}]+", "", unicodedata.normalize("NFKC", text).lower())


def _nothing_to_match(what: str, text: str) -> str:
    if not text.strip():
        return f"{what} is empty"
    return (f"{what} {text!r} holds only characters that labels are compared without "
            f"(spaces and {' '.join(_IGNORED_MARKS)})")


# What a message calls the text it could not match, by command.
SEARCH_TEXT = "search text"
TERM_TO_LOOK_UP = "the term to look up"


def comparable_text(text: str, what: str) -> str:
    """TEXT as labels are compared, or a ParameterError when nothing of it is left to compare.

    Needs no graph: the CLI calls it before opening one, which a large --data file makes slow.
    """
    check_utf8(text, what)
    normalised = normalise(text)
    if not normalised:
        raise ParameterError(_nothing_to_match(what, text))
    return normalised


def check_term(term: str) -> None:
    """Raise the ParameterError resolve() would raise for a TERM that is no IRI and has nothing to match,
    or that is not UTF-8 (which no query can hold, IRI or label)."""
    check_utf8(term, TERM_TO_LOOK_UP)
    if expand(term) is None:
        comparable_text(term, TERM_TO_LOOK_UP)


def search(engine, text: str, lang: str = "en") -> list[dict]:
    """Entities with a label containing TEXT (case-, width- and space-insensitive)."""
    needle = comparable_text(text, SEARCH_TEXT)
    found = _matches(engine, _CONTAINS, needle, lang)
    hits = Matches(found[:SEARCH_LIMIT])
    hits.truncated = len(found) > SEARCH_LIMIT
    return hits


class Matches(list):
    """The first SEARCH_LIMIT entities found; `truncated` says whether more matched."""

    truncated = False


def _matches(engine, query: str, needle: str, lang: str) -> list[dict]:
    bindings = {"needle": Term.literal(needle), "lang": Term.literal(lang)}
    result = engine.query(query, bindings)
    return [
        {"id": row["entity"].value, "label": row["label"].value if "label" in row else "",
         "type": compact(row["type"].value) if "type" in row else "",
         "by_name": "byName" in row and row["byName"].value == "true"}
        for row in result.rows
    ]


def resolve(engine, term: str, lang: str = "en", classes: tuple[str, ...] = (),
            schemes: tuple[str, ...] = ()) -> tuple[list[dict], list[dict]]:
    """Candidates for TERM, and the entities it names that are not of the kind asked for.

    TERM is an IRI (the entity, if the graph has it), else a label: exact matches, else substrings
    (each candidate's "partial" says which). With CLASSES or SCHEMES only instances of those classes
    or concepts of those schemes are candidates, and substrings are tried when no exact match is of
    that kind.
    """
    constrained = bool(classes or schemes)
    iri = expand(term)
    if iri is not None:
        found = [{"id": iri, "label": "", "type": ""}]
        if constrained and _of_kind(engine, [iri], classes, schemes):
            return found, []  # an entity of the kind exists, so no separate existence check
        if not engine.query(_EXISTS, {"entity": Term.iri(iri)}).boolean:
            return [], []
        return ([], found) if constrained else (found, [])
    needle = comparable_text(term, TERM_TO_LOOK_UP)
    others: list[dict] = []
    for query in (_EXACT, _CONTAINS):
        matches = _matches(engine, query, needle, lang)
        if constrained and matches:
            fitting = _of_kind(engine, [m["id"] for m in matches], classes, schemes)
            others += [m for m in matches if m["id"] not in fitting]
            matches = [m for m in matches if m["id"] in fitting]
        if matches:
            for match in matches:
                match["partial"] = query is _CONTAINS
            return matches, []
    return [], others


def _values(variable: str, iris) -> str:
    # The IRIs are the graph's own (label matches, the classes and schemes of the query headers) or
    # one the user gave that expand() validated.
    return f"VALUES ?{variable} {{ {' '.join(Term.iri(i).n3() for i in iris)} }}"


def _of_kind_pattern(classes: tuple[str, ...], schemes: tuple[str, ...]) -> str:
    """A group pattern binding ?entity to the instances of CLASSES (or subclasses) and the concepts of SCHEMES."""
    branches = []
    if classes:
        branches.append(f"{{ {_values('class', classes)} ?entity a/rdfs:subClassOf* ?class }}")
    if schemes:
        branches.append(f"{{ {_values('scheme', schemes)} ?entity skos:inScheme ?scheme }}")
    return " UNION ".join(branches)


def _of_kind(engine, iris: list[str], classes: tuple[str, ...], schemes: tuple[str, ...]) -> set[str]:
    """Those of IRIS that are instances of CLASSES (or subclasses) or concepts of SCHEMES."""
    text = _PROLOGUE + f"SELECT DISTINCT ?entity WHERE {{ {_values('entity', iris)} {_of_kind_pattern(classes, schemes)} }}"
    return {row["entity"].value for row in engine.query(text).rows}


def _close_to(engine, needle: str, classes: tuple[str, ...], schemes: tuple[str, ...]) -> list[dict]:
    """The entities of the kind with a displayed label close to NEEDLE (Italia for Italy, a typo), best first.

    Asked only once a value has matched nothing of its kind, so the labels of the whole kind are read
    on the way to an error, never on the way to an answer.
    """
    text = _PROLOGUE + f"""SELECT ?entity ?name WHERE {{
      {_of_kind_pattern(classes, schemes)}
      VALUES ?labelProperty {{ skos:prefLabel skos:altLabel rdfs:label }}
      ?entity ?labelProperty ?name }}"""
    named: dict[str, dict] = {}
    for row in engine.query(text).rows:
        named.setdefault(normalise(row["name"].value), {"id": row["entity"].value, "label": row["name"].value})
    close = difflib.get_close_matches(needle, list(named), n=LISTED, cutoff=0.6)
    return list({named[label]["id"]: named[label] for label in close}.values())


def kind_in_words(classes: tuple[str, ...], schemes: tuple[str, ...]) -> str:
    """What CLASSES and SCHEMES admit, in words: 'a cgkg:Country', 'an org:Organization',
    'a concept of sector:scheme'."""
    kinds = [_with_article(compact(c)) for c in classes] + [f"a concept of {compact(s)}" for s in schemes]
    return " or ".join(kinds)


def _with_article(name: str) -> str:
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def resolve_one(engine, term: str, lang: str = "en", what: str = "term", classes: tuple[str, ...] = (),
                schemes: tuple[str, ...] = (), on_note=None, on_reading=None) -> str:
    """The IRI of the one entity TERM names, or a ParameterError that says why there is none.

    Whenever TERM does not name the entity alone and exactly (it is only part of its label, or it also
    matches others, which a rule below sets aside), on_note(message) is told which entity it chose and
    why, as a fragment or a typo can pick another entity than the one meant. When a label names the
    entity exactly, on_reading(message) is told which entity it was read as, for the caller to say if
    the answer turns out empty (柳市 is the town, not the Liushi cluster).
    """
    candidates, others = resolve(engine, term, lang, classes, schemes)
    if not candidates:
        kind = kind_in_words(classes, schemes)
        if others and expand(term) is not None:
            raise ParameterError(f"{what} {term!r} is not {kind}")
        close = _close_to(engine, normalise(term), classes, schemes) if expand(term) is None and (classes or schemes) else []
        hint = f" (did you mean {_listed(close[:3])}?)" if close else ""
        if others:
            listed = _listed(list({c["id"]: c for c in others}.values()))
            raise ParameterError(f"{what} {term!r} names no entity that is {kind}{hint}; it matches {listed} "
                                 "(try `cgkg search`)")
        unknown = unknown_prefix(term)
        if unknown:
            raise ParameterError(f"no entity matches {what} {term!r}, and {unknown + ':'!r} is not a prefix cgkg knows "
                                 f"({known_prefixes()}; or give the full IRI in <…>)")
        if close:
            raise ParameterError(f"no entity matches {what} {term!r}; did you mean {_listed(close[:3])}?")
        raise ParameterError(f"no entity matches {what} {term!r} (try `cgkg search`)")
    named = [c for c in candidates if c.get("by_name")]
    if len(candidates) > 1 and len(named) == 1 and not named[0].get("partial"):
        # One entity has TERM as a name it displays; the others only as a hidden form ("M aniago", the
        # OCR form in the text, beside the town Maniago): the name wins, and the note says what else matched.
        hidden = [c for c in candidates if c is not named[0]]
        if on_note is not None:
            on_note(f"{what} {term!r} is the name of {_listed(named)}, and only a hidden label of "
                       f"{_listed(hidden)}: using the name")
        candidates = named
    if len(candidates) > 1 and (classes or schemes):
        # "firms" for measure:firms, as the help's examples write parameters, when labels alone are
        # ambiguous ("number of firms", "firms declaring occupational hazards"). Only among candidates of
        # the kind a parameter asks for: `show liushi` still lists the town, the cluster, … to choose from.
        by_local_name = [c for c in candidates if re.split(r"[/#]", c["id"])[-1].lower() == term.strip().lower()]
        if len(by_local_name) == 1:
            if on_note is not None:
                on_note(f"{what} {term!r} matches the labels of {len(candidates)} entities and is the local name "
                           f"of {_listed(by_local_name)}: using it")
            return by_local_name[0]["id"]
    if len(candidates) > 1:
        more = ("" if len(candidates) <= LISTED
                else f" (`cgkg search {shlex.quote(term)}` lists every entity whose label contains it)")
        raise ParameterError(f"{what} {term!r} matches {len(candidates)} entities: {_listed(candidates)}; "
                             f"give one of these IRIs{more}")
    chosen = candidates[0]
    if chosen.get("partial") and on_note is not None:
        on_note(f"{what} {term!r} is part of the label of {_listed([chosen])}, the only match: using it")
    elif on_reading is not None and expand(term) is None:
        on_reading(f"{what} {term!r} was read as {_listed([chosen])}")
    return chosen["id"]


_CLASSES = _PROLOGUE + """PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?class (GROUP_CONCAT(?name; separator="\\u0001") AS ?names) WHERE {
  { ?class a owl:Class } UNION { ?class a rdfs:Class }
  FILTER (isIRI(?class))
  OPTIONAL { ?class rdfs:label ?name }
}
GROUP BY ?class
"""


def resolve_class(engine, term: str, what: str = "class", on_reading=None) -> str:
    """The class TERM names: its IRI, compact IRI or label in any language, if the graph declares it.

    A typo must not pass silently as a class nothing belongs to, which would answer with no rows. When a
    label names the class, on_reading(message) is told which class it was read as, as resolve_one does.
    """
    classes = {row["class"].value: row["names"].value.split("\u0001") if "names" in row else []
               for row in engine.query(_CLASSES).rows}
    iri = expand(term)
    if iri is not None:
        if iri in classes:
            return iri
        suggestion = difflib.get_close_matches(compact(iri), [compact(c) for c in classes], n=3, cutoff=0.8)
        hint = f"; did you mean {' or '.join(suggestion)}?" if suggestion else " (`cgkg sparql` can list them)"
        raise ParameterError(f"{what} {term!r} is not a class the graph declares{hint}")
    needle = normalise(term)
    named = sorted(c for c, names in classes.items() if any(normalise(n) == needle for n in names))
    if len(named) == 1:
        if on_reading is not None:
            on_reading(f"{what} {term!r} was read as {compact(named[0])}")
        return named[0]
    if named:
        raise ParameterError(f"{what} {term!r} is the label of {len(named)} classes: "
                             f"{'; '.join(compact(c) for c in named)}; give one of these IRIs")
    raise ParameterError(f"{what} {term!r} is neither a class IRI (such as cgkg:Firm) nor the label of a class "
                         "the graph declares")


def _listed(candidates: list[dict], shown: int = LISTED) -> str:
    """The first SHOWN candidates as 'iri (label)', and how many more there are."""
    names = "; ".join(f"{compact(c['id'])} ({c['label']})" if c["label"] else compact(c["id"])
                      for c in candidates[:shown])
    return names + (f" and {len(candidates) - shown} more" if len(candidates) > shown else "")


def card(engine, iri: str, lang: str = "en") -> dict:
    """Everything the graph says about one entity, with labels in LANG and the quoted evidence."""
    bindings = {"entity": Term.iri(iri), "lang": Term.literal(lang)}

    def rows(query):
        return engine.query(query, bindings).records()

    return {
        "id": iri,
        "labels": _labels(engine, bindings),
        "types": rows(_TYPES),
        "facts": rows(_FACTS),
        "incoming": rows(_INCOMING),
        "relations": rows(_RELATIONS),
        "evidence": rows(_EVIDENCE),
    }


def _labels(engine, bindings) -> list[dict]:
    """Every label, its language apart (None for a plain string), so JSON readers need not parse it."""
    return [{"property": row["property"].value, "value": row["value"].value, "lang": row["value"].lang}
            for row in engine.query(_LABELS, bindings).rows]

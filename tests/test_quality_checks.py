"""The zero-row SPARQL quality checks (queries/checks/*-violation.rq): silent on the bundled graph,
and each able to fail: one small violating fixture per branch of each check makes it return exactly
the rows that branch yields, so a branch deleted from a check fails its case."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from cgkg import paths
from cgkg.prefixes import compact
from cgkg.rdffiles import load_files
from cgkg.validation import _summary, run_quality_checks

CHECKS = sorted(paths.CHECKS_DIR.glob("*-violation.rq"))

PREFIXES = """\
@prefix cgkg: <https://w3id.org/cgkg/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix src:  <https://w3id.org/cgkg/id/source/> .
@prefix psg:  <https://w3id.org/cgkg/id/passage/> .
@prefix ag:   <https://w3id.org/cgkg/id/agent/> .
@prefix pl:   <https://w3id.org/cgkg/id/place/> .
@prefix sector: <https://w3id.org/cgkg/id/sector/> .

psg:zj-fixture a cgkg:Passage ; oa:hasSource src:zhejiang-clusters-ch22 ;
    oa:exact "通过整顿,柳市低压电器产品质量有所好转。" ; oa:start 2575 ; oa:end 2595 .
"""

ID = "https://w3id.org/cgkg/id/"


def firm(extra: str = "", labels: str = '"正泰"@zh , "Chint"@en', evidence: bool = True) -> str:
    tail = " ;\n    cgkg:evidence psg:zj-fixture ." if evidence else " ."
    return f"ag:chint a cgkg:Firm ;\n    skos:prefLabel {labels}{extra}{tail}\n"


PROBLEM = f"<{ID}problem/"


def problem_concept(slug: str, extra: str) -> str:
    return (f'{PROBLEM}{slug}> a skos:Concept ;\n    skos:inScheme {PROBLEM}scheme>{extra} ;\n'
            f'    skos:prefLabel "区域性假冒"@zh , "regional counterfeiting"@en .\n')


def incidence(period: str, event: str) -> str:
    """rel:liushi-quality, a problem incidence with the given period, manifested in ev:liushi-crisis."""
    return (f"<{ID}relation/liushi-quality> a cgkg:ProblemIncidence ;\n"
            f"    {period} ;\n"
            f"    cgkg:manifestedIn <{ID}event/liushi-crisis> .\n"
            f"<{ID}event/liushi-crisis> a cgkg:Crisis ; {event} .\n")


def minted(kind: str, slug: str, cls: str) -> str:
    """A real entity of the graph, typed cls, minted under the wrong IRI kind."""
    return f"<{ID}{kind}/{slug}> a {cls} .\n"


def company(*statements: str) -> str:
    """cgkg:Company, a term the ontology defines, with the given documentation."""
    return ("cgkg:Company a owl:Class ;\n"
            + "".join(f"    {statement} ;\n" for statement in statements)
            + "    rdfs:isDefinedBy <https://w3id.org/cgkg/ontology> .\n")


# The ?problem the branches of concept-hierarchy-violation report.
LISTED_NOT_TOP = "listed by its scheme with skos:hasTopConcept, but not skos:topConceptOf it"
TOP_NOT_LISTED = "skos:topConceptOf a scheme that does not list it with skos:hasTopConcept"
ORPHAN = "neither a top concept of its scheme nor narrower than a concept of it"
TOP_AND_NARROWER = "a top concept of its scheme, yet narrower than a concept of it"

# check name -> {case id: (Turtle loaded with the ontology, the exact rows the check must return)}.
# Each case trips one branch of its check (one arm of a UNION, of an ||, of a COALESCE or one row of
# a VALUES table), so that deleting that branch leaves the case without its rows.
VIOLATING: dict[str, dict[str, tuple[str, list[tuple[str, ...]]]]] = {
    "concept-hierarchy-violation": {
        # problem:scheme is in the ontology; the fixtures extend it as a data file would.
        "top-concept-not-listed": (
            problem_concept("fake", f" ;\n    skos:topConceptOf {PROBLEM}scheme>"),
            [("problem:fake", TOP_NOT_LISTED)],
        ),
        # Narrower than a concept of the scheme, so that it is not an orphan as well.
        "listed-not-top": (
            problem_concept("fake", f" ;\n    skos:broader {PROBLEM}regional-quality>")
            + f"{PROBLEM}scheme> skos:hasTopConcept {PROBLEM}fake> .\n",
            [("problem:fake", LISTED_NOT_TOP)],
        ),
        "orphan": (problem_concept("fake", ""), [("problem:fake", ORPHAN)]),
        "top-and-narrower": (
            problem_concept("fake", f" ;\n    skos:topConceptOf {PROBLEM}scheme> ;\n    skos:broader {PROBLEM}regional-quality>")
            + f"{PROBLEM}scheme> skos:hasTopConcept {PROBLEM}fake> .\n",
            [("problem:fake", TOP_AND_NARROWER)],
        ),
    },
    "domain-violation": {
        # An instrument with an initiator: cgkg:initiator's domain is cgkg:Event, a prov:Activity, and an
        # instrument is a prov:Entity, which PROV-O declares disjoint: a reasoner finds the graph inconsistent.
        "subject-outside-domain": (
            firm() + "<https://w3id.org/cgkg/id/instrument/pledge> a cgkg:Pledge ; cgkg:initiator ag:chint .\n",
            [("ins:pledge", "cgkg:initiator", "cgkg:Event")],
        ),
    },
    "range-violation": {
        # ORG's range of org:subOrganizationOf, restated in the imports: a cluster is no organisation.
        "object-outside-range": (
            firm(" ;\n    org:subOrganizationOf <https://w3id.org/cgkg/id/cluster/liushi>")
            + "<https://w3id.org/cgkg/id/cluster/liushi> a cgkg:IndustrialCluster .\n",
            [("ag:chint", "org:subOrganizationOf", "clu:liushi", "org:Organization")],
        ),
    },
    "property-kind-violation": {
        # cgkg:concerns is an object property; cgkg:roleText a datatype property.
        "literal-on-object-property": (firm(' ;\n    cgkg:concerns "silk"@en'), [("ag:chint", "cgkg:concerns", "silk")]),
        "iri-on-datatype-property": (
            firm(" ;\n    cgkg:roleText pl:liushi") + "pl:liushi a cgkg:Town .\n",
            [("ag:chint", "cgkg:roleText", "pl:liushi")],
        ),
    },
    "dangling-reference-violation": {
        "untyped-place": (firm(" ;\n    cgkg:locatedIn pl:liushi"), [("pl:liushi", "ag:chint")]),
    },
    "incidence-period-violation": {
        # The event starts before the incidence does: by its cgkg:year, or by its cgkg:fromYear.
        "event-before-incidence": (
            incidence("cgkg:fromYear 1990", "cgkg:year 1984"),
            [("rel:liushi-quality", "ev:liushi-crisis")],
        ),
        "event-period-starts-before-incidence": (
            incidence("cgkg:fromYear 1990", "cgkg:fromYear 1984 ; cgkg:toYear 1993"),
            [("rel:liushi-quality", "ev:liushi-crisis")],
        ),
        # The event ends after the incidence does: by its cgkg:toYear (the Liushi reading once had
        # exactly this: the incidence ends in 1990 but its crisis runs to 1993), by its cgkg:year, or,
        # when it has no end, by its cgkg:fromYear.
        "crisis-outlasts-incidence": (
            incidence("cgkg:fromYear 1980 ; cgkg:toYear 1990", "cgkg:fromYear 1990 ; cgkg:toYear 1993"),
            [("rel:liushi-quality", "ev:liushi-crisis")],
        ),
        "event-after-incidence": (
            incidence("cgkg:fromYear 1980 ; cgkg:toYear 1990", "cgkg:year 1993"),
            [("rel:liushi-quality", "ev:liushi-crisis")],
        ),
        "open-event-starts-after-incidence": (
            incidence("cgkg:fromYear 1980 ; cgkg:toYear 1990", "cgkg:fromYear 1993"),
            [("rel:liushi-quality", "ev:liushi-crisis")],
        ),
    },
    "iri-kind-violation": {
        # One case per family of the check's VALUES table: a real entity minted under a wrong kind.
        "agent-under-place": (firm().replace("ag:chint", "pl:chint"), [("pl:chint", "agent")]),
        "place-under-agent": (minted("agent", "liushi", "cgkg:Town"), [("ag:liushi", "place")]),
        "event-under-instrument": (
            minted("instrument", "liushi-rectification-1990", "cgkg:Rectification"),
            [("ins:liushi-rectification-1990", "event")],
        ),
        "cluster-under-place": (
            minted("place", "liushi-low-voltage-electrical", "cgkg:IndustrialCluster"),
            [("pl:liushi-low-voltage-electrical", "cluster")],
        ),
        "instrument-under-event": (
            minted("event", "liushi-production-licensing", "cgkg:Licence"),
            [("ev:liushi-production-licensing", "instrument")],
        ),
        "brand-under-instrument": (
            '<https://w3id.org/cgkg/id/instrument/jinhua-ham> a cgkg:Brand ;\n'
            '    skos:prefLabel "金华火腿"@zh , "Jinhua ham"@en ;\n    cgkg:evidence psg:zj-fixture .\n',
            [("ins:jinhua-ham", "brand")],
        ),
        "figure-under-relation": (
            minted("relation", "liushi-household-firms-1984", "cgkg:Figure"),
            [("rel:liushi-household-firms-1984", "figure")],
        ),
        "passage-under-source": (
            minted("source", "zj-liushi-improved", "cgkg:Passage"),
            [("src:zj-liushi-improved", "passage")],
        ),
        "source-under-passage": (
            minted("passage", "zhejiang-clusters-ch22", "cgkg:SourceText"),
            [("psg:zhejiang-clusters-ch22", "source")],
        ),
        "recommendation-under-instrument": (
            minted("instrument", "zhejiang-cluster-joint-conference", "cgkg:Recommendation"),
            [("ins:zhejiang-cluster-joint-conference", "recommendation")],
        ),
        "membership-under-agent": (
            minted("agent", "chint-liushi-electrical-association", "org:Membership"),
            [("ag:chint-liushi-electrical-association", "relation")],
        ),
        "leadership-under-agent": (
            minted("agent", "chint-leads-liushi", "cgkg:Leadership"),
            [("ag:chint-leads-liushi", "relation")],
        ),
        "mode-assignment-under-cluster": (
            minted("cluster", "liushi-mode-market", "cgkg:ModeAssignment"),
            [("clu:liushi-mode-market", "relation")],
        ),
        "problem-incidence-under-event": (
            minted("event", "liushi-regional-quality", "cgkg:ProblemIncidence"),
            [("ev:liushi-regional-quality", "relation")],
        ),
    },
    "printed-label-violation": {
        # The fixture passage quotes 通过整顿,柳市低压电器产品质量有所好转。
        "not-in-the-cited-quote": (
            firm(' ;\n    cgkg:printedLabel "柳市低压电器"@zh , "正泰集团"@zh'),
            [("ag:chint", "正泰集团")],
        ),
        "no-evidence-at-all": (
            firm(' ;\n    cgkg:printedLabel "正泰"@zh', evidence=False),
            [("ag:chint", "正泰")],
        ),
    },
    "malformed-label-violation": {
        # One case per kind of malformed label, spread over the four label properties.
        "doubled-space": (firm(labels='"正泰"@zh , "Chint  Group"@en'), [("ag:chint", "Chint  Group")]),
        "leading-space": (firm() + 'ag:chint rdfs:label " Chint Group"@en .\n', [("ag:chint", " Chint Group")]),
        "trailing-space": (firm(labels='"正泰 "@zh , "Chint"@en'), [("ag:chint", "正泰 ")]),
        "empty": (firm(labels='"正泰"@zh , "Chint"@en') + 'ag:chint skos:altLabel "" .\n', [("ag:chint", "")]),
        "iri-as-label": (
            firm(labels='"正泰"@zh , "https://w3id.org/cgkg/id/agent/chint"@en'),
            [("ag:chint", "https://w3id.org/cgkg/id/agent/chint")],
        ),
        "urn-as-label": (
            firm() + 'ag:chint skos:hiddenLabel "urn:cgkg:agent:chint" .\n',
            [("ag:chint", "urn:cgkg:agent:chint")],
        ),
    },
    "repeated-label-violation": {
        # Each branch: an alternative label repeating the preferred one, a hidden one repeating it, and
        # an alternative and a hidden label alike.
        "alt-repeats-preferred": (firm() + 'ag:chint skos:altLabel "Chint"@en .\n', [("ag:chint", "skos:altLabel", "Chint")]),
        "hidden-repeats-preferred": (
            firm() + 'ag:chint skos:hiddenLabel "正泰"@zh .\n', [("ag:chint", "skos:hiddenLabel", "正泰")],
        ),
        "alt-and-hidden-alike": (
            firm() + 'ag:chint skos:altLabel "正泰集团"@zh ; skos:hiddenLabel "正泰集团"@zh .\n',
            [("ag:chint", "skos:altLabel", "正泰集团"), ("ag:chint", "skos:hiddenLabel", "正泰集团")],
        ),
        # The same text in another language is another label.
        "same-text-other-language": (firm() + 'ag:chint skos:altLabel "Chint"@it .\n', []),
    },
    "missing-evidence-violation": {
        # Only the firm: the passage, the source texts, the concepts and schemes are exempt.
        "firm-without-evidence": (firm(evidence=False), [("ag:chint",)]),
    },
    "undeclared-term-violation": {
        "undeclared-property": (
            firm(" ;\n    cgkg:foundedIn 1990"),
            [("cgkg:foundedIn", "property used in data but not declared")],
        ),
        "undeclared-class": (
            firm() + "ag:chint a cgkg:Company .\n",
            [("cgkg:Company", "class used in data but not declared")],
        ),
    },
    "undocumented-term-violation": {
        "term-without-en-label": (
            company('rdfs:label "公司"@zh', 'rdfs:comment "A business enterprise."@en'),
            [("cgkg:Company", "no English rdfs:label")],
        ),
        "term-without-zh-label": (
            company('rdfs:label "company"@en', 'rdfs:comment "A business enterprise."@en'),
            [("cgkg:Company", "no Chinese rdfs:label")],
        ),
        "term-without-comment": (
            company('rdfs:label "company"@en , "公司"@zh'),
            [("cgkg:Company", "no rdfs:comment")],
        ),
    },
}

CASES = [(check, case) for check in sorted(VIOLATING) for case in sorted(VIOLATING[check])]


def rows(store: ox.Store, check: Path) -> list[list[str]]:
    solutions = store.query(check.read_text(encoding="utf-8"))
    names = [v.value for v in solutions.variables]
    return [[_show(solution[name]) for name in names] for solution in solutions]


def _show(term) -> str:
    if term is None:
        return "-"
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    return str(term.value)


@pytest.fixture(scope="module")
def bundled_store() -> ox.Store:
    store = ox.Store()
    load_files(store, paths.graph_files())
    return store


def test_the_checks_are_found():
    names = {check.stem for check in CHECKS}
    assert len(CHECKS) == 13, f"expected 13 checks, found {sorted(names)}"
    assert names == set(VIOLATING), (
        f"checks without a violating fixture: {sorted(names - set(VIOLATING))}; "
        f"fixtures for missing checks: {sorted(set(VIOLATING) - names)}"
    )


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_says_what_it_forbids_in_one_sentence(check):
    # `cgkg validate` shows a check's first comment line as the message of each violation it finds: a line
    # that breaks off mid-sentence ("…both ways (skos:hasTopConcept on the scheme,") would be shown so.
    first = next(line for line in check.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    sentence = first.lstrip("# ")
    assert sentence.endswith(".") and sentence.count("(") == sentence.count(")"), first
    assert _summary(check) == sentence.rstrip(".")


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_is_silent_on_the_bundled_graph(bundled_store, check):
    found = rows(bundled_store, check)
    assert found == [], f"{check.name} returns {len(found)} row(s) on the bundled graph:\n" + "\n".join(
        "  " + " | ".join(row) for row in found
    )


def store_with(fixture: Path, turtle: str) -> ox.Store:
    """The ontology, the source texts and TURTLE (written to FIXTURE) in a store."""
    fixture.write_text(PREFIXES + "\n" + turtle, encoding="utf-8")
    store = ox.Store()
    load_files(store, paths.ontology_files() + [paths.DATA_DIR / "sources.ttl", fixture])
    return store


@pytest.mark.parametrize(("check_name", "case"), CASES, ids=[f"{c}/{k}" for c, k in CASES])
def test_check_catches_its_violation(tmp_path, check_name, case):
    turtle, expected = VIOLATING[check_name][case]
    store = store_with(tmp_path / f"{case}.ttl", turtle)

    check = paths.CHECKS_DIR / f"{check_name}.rq"
    found = [tuple(row) for row in rows(store, check)]
    assert found == expected, f"{check.name} should return exactly {expected}; got {found} on:\n{turtle}"
    # The validate command reports them too, named after the check.
    reported = [v.focus for v in run_quality_checks(store) if v.source == check_name]
    assert reported == [row[0] for row in expected], f"validate reports {reported} for {check_name}"


def test_a_latest_year_alone_is_no_end_of_the_incidence(tmp_path):
    # "2004年10月…其中11个重点监管区涉及台州化工…": a toYear alone is the latest year the pollution can have
    # begun, so an event that shows it later is consistent with it.
    store = store_with(tmp_path / "latest-year.ttl", incidence("cgkg:toYear 2004", "cgkg:year 2008"))
    assert list(rows(store, paths.CHECKS_DIR / "incidence-period-violation.rq")) == []


def test_checks_exempt_concepts_passages_and_source_texts(tmp_path):
    """The evidence check leaves concepts, passages and source texts alone (they carry no evidence)."""
    fixture = tmp_path / "exempt.ttl"
    fixture.write_text(
        PREFIXES
        + 'sector:tea a skos:Concept ; skos:inScheme sector:scheme ; skos:prefLabel "tea"@en , "茶叶"@zh .\n',
        encoding="utf-8",
    )
    store = ox.Store()
    load_files(store, paths.ontology_files() + paths.vocabulary_files() + [fixture])
    assert rows(store, paths.CHECKS_DIR / "missing-evidence-violation.rq") == []

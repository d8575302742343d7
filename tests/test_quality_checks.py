"""The zero-row SPARQL quality checks (queries/checks/*-violation.rq): silent on the bundled graph,
and each able to fail: a small violating fixture makes it return at least one row."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from cgkg import paths
from cgkg.prefixes import compact
from cgkg.rdffiles import load_files
from cgkg.validation import run_quality_checks

CHECKS = sorted(paths.CHECKS_DIR.glob("*-violation.rq"))

PREFIXES = """\
@prefix cgkg: <https://w3id.org/cgkg/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix src:  <https://w3id.org/cgkg/id/source/> .
@prefix psg:  <https://w3id.org/cgkg/id/passage/> .
@prefix ag:   <https://w3id.org/cgkg/id/agent/> .
@prefix pl:   <https://w3id.org/cgkg/id/place/> .
@prefix sector: <https://w3id.org/cgkg/id/sector/> .

psg:zj-fixture a cgkg:Passage ; oa:hasSource src:zhejiang-clusters-ch22 ;
    oa:exact "通过整顿,柳市低压电器产品质量有所好转。" ; oa:start 2575 ; oa:end 2595 .
"""


def firm(extra: str = "", labels: str = '"正泰"@zh , "Chint"@en', evidence: bool = True) -> str:
    tail = " ;\n    cgkg:evidence psg:zj-fixture ." if evidence else " ."
    return f"ag:chint a cgkg:Firm ;\n    skos:prefLabel {labels}{extra}{tail}\n"


# check name -> {case id: (Turtle loaded with the ontology, compact IRI the first column must report)}
PROBLEM = "<https://w3id.org/cgkg/id/problem/"


def problem_concept(slug: str, extra: str) -> str:
    return (f'{PROBLEM}{slug}> a skos:Concept ;\n    skos:inScheme {PROBLEM}scheme>{extra} ;\n'
            f'    skos:prefLabel "区域性假冒"@zh , "regional counterfeiting"@en .\n')


VIOLATING: dict[str, dict[str, tuple[str, str]]] = {
    "concept-hierarchy-violation": {
        # problem:scheme is in the ontology; the fixtures extend it as a data file would.
        "top-concept-not-listed": (problem_concept("fake", f" ;\n    skos:topConceptOf {PROBLEM}scheme>"), "problem:fake"),
        "listed-not-top": (problem_concept("fake", "") + f"{PROBLEM}scheme> skos:hasTopConcept {PROBLEM}fake> .\n",
                           "problem:fake"),
        "orphan": (problem_concept("fake", ""), "problem:fake"),
        "top-and-narrower": (
            problem_concept("fake", f" ;\n    skos:topConceptOf {PROBLEM}scheme> ;\n    skos:broader {PROBLEM}regional-quality>")
            + f"{PROBLEM}scheme> skos:hasTopConcept {PROBLEM}fake> .\n",
            "problem:fake",
        ),
    },
    "dangling-reference-violation": {
        "untyped-place": (firm(" ;\n    cgkg:locatedIn pl:liushi"), "pl:liushi"),
    },
    "incidence-period-violation": {
        # The incidence ends in 1990 but its crisis runs to 1993 (the Liushi reading once had exactly this).
        "crisis-outlasts-incidence": (
            "<https://w3id.org/cgkg/id/relation/liushi-quality> a cgkg:ProblemIncidence ;\n"
            "    cgkg:fromYear 1980 ; cgkg:toYear 1990 ;\n"
            "    cgkg:manifestedIn <https://w3id.org/cgkg/id/event/liushi-crisis> .\n"
            "<https://w3id.org/cgkg/id/event/liushi-crisis> a cgkg:Crisis ; cgkg:fromYear 1990 ; cgkg:toYear 1993 .\n",
            "rel:liushi-quality",
        ),
        "event-before-incidence": (
            "<https://w3id.org/cgkg/id/relation/liushi-quality> a cgkg:ProblemIncidence ;\n"
            "    cgkg:fromYear 1990 ;\n"
            "    cgkg:manifestedIn <https://w3id.org/cgkg/id/event/liushi-crisis> .\n"
            "<https://w3id.org/cgkg/id/event/liushi-crisis> a cgkg:Crisis ; cgkg:year 1984 .\n",
            "rel:liushi-quality",
        ),
    },
    "iri-kind-violation": {
        # A firm minted under the place kind, and a brand under the instrument kind.
        "agent-under-place": (firm().replace("ag:chint", "pl:chint"), "pl:chint"),
        "brand-under-instrument": (
            '<https://w3id.org/cgkg/id/instrument/jinhua-ham> a cgkg:Brand ;\n'
            '    skos:prefLabel "金华火腿"@zh , "Jinhua ham"@en ;\n    cgkg:evidence psg:zj-fixture .\n',
            "ins:jinhua-ham",
        ),
    },
    "malformed-label-violation": {
        "doubled-space": (firm(labels='"正泰"@zh , "Chint  Group"@en'), "ag:chint"),
        "trailing-space": (firm(labels='"正泰 "@zh , "Chint"@en'), "ag:chint"),
        "empty": (firm(labels='"正泰"@zh , "Chint"@en') + 'ag:chint skos:altLabel "" .\n', "ag:chint"),
        "iri-as-label": (
            firm(labels='"正泰"@zh , "https://w3id.org/cgkg/id/agent/chint"@en'),
            "ag:chint",
        ),
    },
    "missing-evidence-violation": {
        "firm-without-evidence": (firm(evidence=False), "ag:chint"),
    },
    "undeclared-term-violation": {
        "undeclared-property": (firm(" ;\n    cgkg:foundedIn 1990"), "cgkg:foundedIn"),
        "undeclared-class": (firm() + "ag:chint a cgkg:Company .\n", "cgkg:Company"),
    },
    "undocumented-term-violation": {
        "term-without-zh-label-and-comment": (
            'cgkg:Company a owl:Class ;\n    rdfs:label "company"@en ;\n'
            "    rdfs:isDefinedBy <https://w3id.org/cgkg/ontology> .\n",
            "cgkg:Company",
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
    assert len(CHECKS) == 8, f"expected 8 checks, found {sorted(names)}"
    assert names == set(VIOLATING), (
        f"checks without a violating fixture: {sorted(names - set(VIOLATING))}; "
        f"fixtures for missing checks: {sorted(set(VIOLATING) - names)}"
    )


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_is_silent_on_the_bundled_graph(bundled_store, check):
    found = rows(bundled_store, check)
    assert found == [], f"{check.name} returns {len(found)} row(s) on the bundled graph:\n" + "\n".join(
        "  " + " | ".join(row) for row in found
    )


@pytest.mark.parametrize(("check_name", "case"), CASES, ids=[f"{c}/{k}" for c, k in CASES])
def test_check_catches_its_violation(tmp_path, check_name, case):
    turtle, focus = VIOLATING[check_name][case]
    fixture = tmp_path / f"{case}.ttl"
    fixture.write_text(PREFIXES + "\n" + turtle, encoding="utf-8")
    store = ox.Store()
    load_files(store, paths.ontology_files() + [paths.DATA_DIR / "sources.ttl", fixture])

    check = paths.CHECKS_DIR / f"{check_name}.rq"
    found = rows(store, check)
    assert len(found) >= 1, f"{check.name} returns no row on:\n{turtle}"
    assert focus in [row[0] for row in found], f"{check.name} should report {focus}; got {found}"
    # The validate command reports it too, named after the check.
    assert any(v.source == check_name and v.focus == focus for v in run_quality_checks(store))


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

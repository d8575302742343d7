"""Every node shape of ontology/cgkg-shapes.ttl accepts a conforming fixture and rejects violating ones.

Fixtures live in tests/shapes/<ShapeLocalName>/: ``valid.ttl`` and one or more ``invalid-<what>.ttl``
whose first line is ``# expect: <part of the expected sh:message>``. Each is validated the way
``cgkg validate FILE`` does it: with the ontology, data/sources.ttl and data/sectors.ttl.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH

from cgkg import paths
from cgkg.prefixes import compact
from cgkg.validation import Report, validate

FIXTURES_DIR = Path(__file__).parent / "shapes"
FIXTURES = sorted(FIXTURES_DIR.glob("*/*.ttl"))
CGSH = rdflib.Namespace("https://w3id.org/cgkg/shapes#")
EXPECT = "# expect: "
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@functools.lru_cache(maxsize=None)
def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(paths.SHAPES_FILE, format="turtle")


@functools.lru_cache(maxsize=None)
def ontology_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in paths.ontology_files():
        graph.parse(path, format="turtle")
    return graph


def targeted_node_shapes() -> dict[str, rdflib.URIRef]:
    """Local name -> IRI of every node shape that has a target, i.e. that validates data by itself."""
    shapes = shapes_graph()
    found = {}
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        if any(shapes.value(shape, target) is not None for target in TARGETS):
            assert isinstance(shape, rdflib.URIRef) and str(shape).startswith(str(CGSH)), shape
            found[str(shape)[len(str(CGSH)):]] = shape
    return found


def own_sources(shape: rdflib.URIRef) -> set[str]:
    """The names a violation found by this shape may carry as Violation.source: the shape itself, or a
    named (reusable) property shape or SPARQL constraint the shape uses."""
    shapes = shapes_graph()
    names = {compact(str(shape))}
    for predicate in (SH.property, SH.sparql):
        names |= {compact(str(o)) for o in shapes.objects(shape, predicate) if isinstance(o, rdflib.URIRef)}
    return names


def expected_message(fixture: Path) -> str | None:
    first = fixture.read_text(encoding="utf-8").splitlines()[0]
    return first[len(EXPECT):].strip() if first.startswith(EXPECT) else None


@functools.lru_cache(maxsize=None)
def report_for(fixture: Path) -> Report:
    """One pySHACL run per fixture, shared by every test that looks at it."""
    return validate(paths.vocabulary_files() + [fixture])


def fixture_id(fixture: Path) -> str:
    return f"{fixture.parent.name}/{fixture.stem}"


# ---------------------------------------------------------------------------
# The fixtures cover every shape
# ---------------------------------------------------------------------------


def test_every_targeted_node_shape_has_valid_and_invalid_fixtures():
    shapes = targeted_node_shapes()
    assert len(shapes) >= 21, f"expected the 21 targeted node shapes of the foundation, found {sorted(shapes)}"
    # A glob that matches nothing must not pass: at least one valid and one invalid fixture per shape.
    assert len(FIXTURES) >= 2 * len(shapes), f"{len(FIXTURES)} fixtures for {len(shapes)} node shapes"

    folders = {path.name for path in FIXTURES_DIR.iterdir() if path.is_dir()}
    assert folders == set(shapes), (
        f"node shapes without fixtures: {sorted(set(shapes) - folders)}; "
        f"fixture folders without a node shape: {sorted(folders - set(shapes))}"
    )
    for name in sorted(shapes):
        files = sorted(p.name for p in (FIXTURES_DIR / name).glob("*.ttl"))
        assert "valid.ttl" in files, f"{name}: no valid.ttl"
        assert any(f.startswith("invalid-") for f in files), f"{name}: no invalid-<what>.ttl"
        strays = [f for f in files if f != "valid.ttl" and not f.startswith("invalid-")]
        assert not strays, f"{name}: fixtures must be valid.ttl or invalid-<what>.ttl, found {strays}"


def message_pattern(message: str) -> re.Pattern:
    """A sh:message as the violations carry it: its {?var} and {$this} filled in, a "(value: …)" after it."""
    parts = re.split(r"\{[?$]\w+\}", message)
    return re.compile(".+".join(re.escape(part) for part in parts) + r"( \(value: .*\))?\Z", re.S)


def test_every_message_of_the_shapes_is_raised_by_an_invalid_fixture():
    """Each rule a user's file can break (each sh:message) has a fixture that breaks it and expects it.

    Messages of helper shapes reached only through sh:node are left out: their failures are reported
    with the message of the property shape that uses them.
    """
    shapes = shapes_graph()
    helpers = set(shapes.objects(None, SH.node))
    messages = {str(message) for shape, message in shapes.subject_objects(SH.message) if shape not in helpers}
    raised = {v.message for fixture in FIXTURES if (expect := expected_message(fixture))
              for v in report_for(fixture).violations if expect in v.message}
    untested = sorted(m for m in messages if not any(message_pattern(m).match(r) for r in raised))
    assert not untested, "sh:messages no invalid fixture raises and expects:\n" + "\n".join(untested)


@pytest.mark.parametrize("fixture", FIXTURES, ids=fixture_id)
def test_fixture_header_and_target(fixture: Path):
    """An invalid fixture names its expected message; every fixture has an instance the shape targets."""
    expect = expected_message(fixture)
    if fixture.stem == "valid":
        assert expect is None, f"{fixture_id(fixture)}: a valid fixture must not carry '{EXPECT}'"
    else:
        assert expect, f"{fixture_id(fixture)}: the first line must be '{EXPECT}<part of the sh:message>'"

    shape = targeted_node_shapes().get(fixture.parent.name)
    assert shape is not None, f"{fixture.parent.name} is not a targeted node shape of {paths.SHAPES_FILE.name}"
    data = rdflib.Graph().parse(fixture, format="turtle")
    ontology = ontology_graph()
    classes = set()
    for target in shapes_graph().objects(shape, SH.targetClass):
        classes |= set(ontology.transitive_subjects(RDFS.subClassOf, target))
    predicates = set(shapes_graph().objects(shape, SH.targetSubjectsOf))
    assert any((None, RDF.type, cls) in data for cls in classes) or any(
        (None, predicate, None) in data for predicate in predicates
    ), (
        f"{fixture_id(fixture)} has no instance of a class that {compact(str(shape))} targets"
    )


# ---------------------------------------------------------------------------
# Validation of each fixture
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", FIXTURES, ids=fixture_id)
def test_shape_fixture(fixture: Path):
    report = report_for(fixture)
    lines = "\n".join(v.line() for v in report.violations)
    expect = expected_message(fixture)
    if expect is None:
        assert report.conforms and not report.violations, (
            f"{fixture_id(fixture)} should conform, but has {len(report.violations)} violation(s):\n{lines}"
        )
        return
    assert not report.conforms, f"{fixture_id(fixture)} should not conform (expected: {expect!r})"
    shape = targeted_node_shapes()[fixture.parent.name]
    sources = own_sources(shape)
    matching = [v for v in report.violations if expect in v.message]
    assert matching, f"{fixture_id(fixture)}: no violation says {expect!r}; got:\n{lines}"
    assert any(v.source in sources for v in matching), (
        f"{fixture_id(fixture)}: the violation saying {expect!r} does not come from {compact(str(shape))} "
        f"(or its named constraints {sorted(sources)}); got:\n{lines}"
    )


def test_sh_node_failure_is_reported_once_on_the_focus_node():
    """A value that fails an sh:node helper shape is one violation of the property shape that uses it.

    pySHACL also attaches the nested result of the helper shape (here cgsh:FunctionConcept) under
    sh:detail; that nested result is not a result of the validation report and must not be listed
    as a violation of its own (with the concept as focus node and pySHACL's default message).
    """
    fixture = FIXTURES_DIR / "GovernanceActorShape" / "invalid-function-outside-scheme.ttl"
    report = report_for(fixture)
    lines = "\n".join(v.line() for v in report.violations)
    assert [v.focus for v in report.violations] == ["ag:liushi-electrical-testing-centre"], (
        f"expected exactly one violation, on ag:liushi-electrical-testing-centre; got:\n{lines}"
    )


def test_offsets_typed_as_the_web_annotation_vocabulary_types_them_conform(tmp_path):
    # The Web Annotation vocabulary gives oa:start and oa:end the range xsd:nonNegativeInteger;
    # Turtle's bare numbers are xsd:integer. Both are offsets; a decimal is not.
    passage = """@prefix cgkg: <https://w3id.org/cgkg/ontology#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix src:  <https://w3id.org/cgkg/id/source/> .
@prefix psg:  <https://w3id.org/cgkg/id/passage/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
psg:zj-liushi-improved a cgkg:Passage ;
    oa:hasSource src:zhejiang-clusters-ch22 ;
    oa:exact "通过整顿,柳市低压电器产品质量有所好转。" ;
    oa:start "2575"^^xsd:{start} ; oa:end "2595"^^xsd:nonNegativeInteger .
"""
    typed = tmp_path / "typed.ttl"
    typed.write_text(passage.replace("{start}", "nonNegativeInteger"), encoding="utf-8")
    report = validate(paths.vocabulary_files() + [typed])
    assert report.conforms, "\n".join(v.line() for v in report.violations)
    decimal = tmp_path / "decimal.ttl"
    decimal.write_text(passage.replace("{start}", "decimal"), encoding="utf-8")
    assert [v.message.split(" (value")[0] for v in validate(paths.vocabulary_files() + [decimal]).violations] == [
        "a passage needs exactly one start offset (oa:start, a non-negative xsd:integer or xsd:nonNegativeInteger)"]

"""`cgkg validate` through Click's test runner: exit codes 0/1/2 and readable output."""

from __future__ import annotations

import re

import rdflib

from cgkg.cli import cli

PREFIXES = """\
@prefix cgkg:   <https://w3id.org/cgkg/ontology#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix oa:     <http://www.w3.org/ns/oa#> .
@prefix src:    <https://w3id.org/cgkg/id/source/> .
@prefix psg:    <https://w3id.org/cgkg/id/passage/> .
@prefix clu:    <https://w3id.org/cgkg/id/cluster/> .
@prefix ag:     <https://w3id.org/cgkg/id/agent/> .
@prefix pl:     <https://w3id.org/cgkg/id/place/> .
@prefix sector: <https://w3id.org/cgkg/id/sector/> .
@prefix means:  <https://w3id.org/cgkg/id/means/> .
"""

# Three defects, each one violation: the cluster has no country, its sector is a concept of another
# scheme (an sh:node failure), and the firm governs a town instead of a cluster.
VIOLATING = PREFIXES + """
psg:zj-fixture a cgkg:Passage ; oa:hasSource src:zhejiang-clusters-ch22 ;
    oa:exact "通过整顿,柳市低压电器产品质量有所好转。" ; oa:start 2575 ; oa:end 2595 .

pl:china a cgkg:Country ; skos:prefLabel "中国"@zh , "China"@en ; cgkg:evidence psg:zj-fixture .

pl:liushi a cgkg:Town ; skos:prefLabel "柳市镇"@zh , "Liushi town"@en ;
    cgkg:locatedIn pl:china ; cgkg:evidence psg:zj-fixture .

clu:liushi-low-voltage-electrical a cgkg:IndustrialCluster ;
    skos:prefLabel "柳市低压电器"@zh , "Liushi low-voltage electrical cluster"@en ;
    cgkg:sector means:equity ;
    cgkg:locatedIn pl:liushi ;
    cgkg:evidence psg:zj-fixture .

ag:chint a cgkg:Firm ; skos:prefLabel "正泰"@zh , "Chint"@en ;
    cgkg:country pl:china ;
    cgkg:governs pl:liushi ;
    cgkg:evidence psg:zj-fixture .
"""
EXPECTED_FOCUS = ["ag:chint", "clu:liushi-low-voltage-electrical", "clu:liushi-low-voltage-electrical"]

PYTHON_REPRS = ("rdflib.term", "URIRef(", "Literal(", "BNode(", "Traceback")
# focus [path]: message [shape or check]
CURIE = r"[a-z]+:[A-Za-z0-9._-]+"
LINE = re.compile(rf"^(?P<focus>{CURIE})( (?P<path>{CURIE}))?: (?P<message>.+) \[(?P<source>[^\]]+)\]$")



def test_validate_the_bundled_graph_exits_0(runner):
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 0, result.output
    assert "Valid:" in result.output
    assert "Traceback" not in result.output


def test_turtle_syntax_error_exits_2_naming_file_and_line(runner, tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text(PREFIXES + "\nag:chint a cgkg:Firm ag:extra .\n", encoding="utf-8")
    bad_line = PREFIXES.count("\n") + 2
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 2, result.output
    assert str(bad) in result.output, result.output
    assert f"line {bad_line}" in result.output, result.output
    for text in PYTHON_REPRS:
        assert text not in result.output, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)


def test_a_violation_line_shows_control_characters_of_the_data_escaped(runner, tmp_path):
    # The printed-label check names the label it could not find; the label here would clear the screen.
    data = tmp_path / "control.ttl"
    data.write_text(PREFIXES + '\nag:chint cgkg:printedLabel "正泰\\u001b[2J"@zh .\n', encoding="utf-8")
    result = runner.invoke(cli, ["validate", "--data", str(data)])
    assert result.exit_code == 1, result.output
    assert "(正泰\\x1b[2J) [printed-label-violation]" in result.output
    assert "\x1b" not in result.output


def test_shape_violations_exit_1_one_compact_line_each(runner, tmp_path):
    data = tmp_path / "violating.ttl"
    data.write_text(VIOLATING, encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1, result.output
    for text in PYTHON_REPRS:
        assert text not in result.output, result.output

    lines = [line for line in result.stdout.splitlines() if line.strip()]
    parsed = [LINE.match(line) for line in lines]
    bad = [line for line, match in zip(lines, parsed) if match is None]
    assert not bad, "lines that are not 'focus [path]: message [source]' with compact IRIs:\n" + "\n".join(bad)
    full_iris = [line for line in lines if "<http" in line or "://" in line]
    assert not full_iris, "violation lines should name resources by compact IRIs:\n" + "\n".join(full_iris)

    assert sorted(m["focus"] for m in parsed) == EXPECTED_FOCUS, "expected one line per violation:\n" + "\n".join(lines)
    assert f"Invalid: {len(lines)} violation(s)" in result.output, result.output
    messages = "\n".join(lines)
    assert "needs exactly one country" in messages
    assert "needs a sector from the sector scheme" in messages
    assert "cgkg:governs must point to a cluster or district" in messages


def test_missing_evidence_is_reported_once_by_the_shape_or_else_by_the_check(runner, tmp_path):
    # An association is targeted by a shape that requires evidence: one line, the shape's (the
    # catch-all check used to report it a second time). A thing of a class no shape targets is still
    # caught by the check.
    data = tmp_path / "unsourced.ttl"
    data.write_text(PREFIXES + """
ag:unsourced-association a cgkg:IndustryAssociation ;
    skos:prefLabel "无出处协会"@zh , "unsourced association"@en ; cgkg:country pl:china .
ag:unsourced-thing a <http://example.org/Thing> .
""", encoding="utf-8")
    result = runner.invoke(cli, ["validate", "--data", str(data)])
    assert result.exit_code == 1, result.output
    about_evidence = [line for line in result.stdout.splitlines() if "evidence" in line]
    assert about_evidence == [
        "ag:unsourced-association cgkg:evidence: needs at least one evidence passage "
        "(cgkg:evidence pointing to a cgkg:Passage) [cgsh:evidence]",
        "ag:unsourced-thing: Every entity and n-ary fact of the data (not concepts, passages or source texts) "
        "cites a passage [missing-evidence-violation]",
    ]


def test_pyshacl_parses_each_sparql_constraint_once_not_once_per_focus_node(monkeypatch):
    # pySHACL asks rdflib the same constraint text for each focus node (250 passages, 87 places, …);
    # parsing it each time made `cgkg validate` about 4x slower (benchmarks/validate_bench.py).
    import rdflib.plugins.sparql.processor as processor

    from cgkg import paths, validation

    texts = []
    parse = processor.parseQuery
    monkeypatch.setattr(processor, "parseQuery", lambda text: texts.append(text) or parse(text))
    validation._prepared.cache_clear()
    report = validation.validate(paths.data_files())
    assert report.conforms
    # Each SPARQL constraint of the shapes file is parsed at most once.
    shapes = rdflib.Graph().parse(paths.SHAPES_FILE, format="turtle")
    constraints = len(set(shapes.objects(None, rdflib.URIRef("http://www.w3.org/ns/shacl#select"))))
    assert 0 < len(texts) <= constraints
    assert len(set(texts)) == len(texts)


def test_shapes_pyshacl_cannot_apply_give_one_sentence_not_a_traceback(runner, tmp_path, monkeypatch):
    # pySHACL returns, rather than raises, its ValidationFailure for a SPARQL constraint SHACL forbids
    # (a VALUES clause): that used to reach the report reader as an AttributeError.
    from cgkg import paths

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(paths.SHAPES_FILE.read_text(encoding="utf-8").replace(
        'FILTER (?to < ?from)', 'VALUES ?unused { 1 } FILTER (?to < ?from)', 1), encoding="utf-8")
    assert "VALUES ?unused" in shapes.read_text(encoding="utf-8")
    monkeypatch.setattr(paths, "SHAPES_FILE", shapes)
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 2, result.output
    assert "the shapes cannot be applied" in result.output and "VALUES" in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, (SystemExit, type(None)))

"""Recognising a query's form and its groups without a full parser: comments, strings and IRIs."""

from __future__ import annotations

import pytest

from cgkg.errors import QueryError
from cgkg.sparqlforms import code_only, in_query_order, insert_values, query_form, without_service_calls
from cgkg.terms import Term


def test_a_comment_after_a_prefix_declaration_is_no_query_text():
    text = "PREFIX ex: <http://example.org/> # the examples\nBASE <http://example.org/> # a base\nASK { ?s ?p ?o }"
    assert query_form(text) == "ASK"


@pytest.mark.parametrize("text", [
    '# SELECT in a comment\nINSERT DATA { <urn:a> <urn:b> "SELECT" }',
    'PREFIX select: <http://example.org/SELECT#> INSERT DATA { <urn:a> <urn:b> <urn:c> }',
])
def test_a_query_keyword_in_a_comment_string_or_iri_does_not_make_an_update_a_query(text):
    with pytest.raises(QueryError, match=r"SPARQL Update \(INSERT\) is refused"):
        query_form(text)


def test_parameters_go_into_where_groups_only_not_into_strings_comments_or_iris():
    text = ('SELECT ?x WHERE {\n  ?x <http://example.org/#WHERE> "WHERE { not a group" .\n'
            '  # WHERE { nor this\n  FILTER (?x != """\nWHERE {""")\n}')
    sent = insert_values(text, {"lang": Term("literal", "en")})
    assert sent.count("VALUES") == 1
    assert sent.startswith('SELECT ?x WHERE {\n  VALUES (?lang) { ("en") }\n')
    assert sent.replace('\n  VALUES (?lang) { ("en") }\n', "", 1) == text


def test_code_only_keeps_every_position_and_line():
    text = 'SELECT * WHERE { ?s <http://x/#a> """two\nlines""" } # comment\nLIMIT 1'
    code = code_only(text)
    assert len(code) == len(text) and code.count("\n") == text.count("\n")
    assert code == 'SELECT * WHERE { ?x <xxxxxxxxxxx> """xxx\nxxxxx""" }          \nLIMIT 1'


def test_service_clauses_become_graph_clauses_and_nothing_else_changes():
    text = ('SELECT * WHERE { ?service a <http://example.org/SERVICE> . ex:SERVICE ?p "SERVICE <x> {}" .\n'
            '  service SILENT <http://example.org/sparql> { ?a ?b ?c } SERVICE ?endpoint { ?d ?e ?f }\n'
            '  ex:a.SERVICE SERVICE:x ?o.SERVICE <http://example.org/q> { } }')
    assert without_service_calls(text) == (
        'SELECT * WHERE { ?service a <http://example.org/SERVICE> . ex:SERVICE ?p "SERVICE <x> {}" .\n'
        '  GRAPH          <http://example.org/sparql> { ?a ?b ?c } GRAPH   ?endpoint { ?d ?e ?f }\n'
        '  ex:a.SERVICE SERVICE:x ?o.GRAPH   <http://example.org/q> { } }')


def test_code_only_masks_variables_and_local_names_but_keeps_prefixes():
    assert code_only("PREFIX ex: <http://e/> SELECT ?where WHERE { ex:a.b ?p $o . }") == (
        "PREFIX ex: <xxxxxxxxx> SELECT ?xxxxx WHERE { ex:xxx ?x $x . }")


@pytest.mark.parametrize("text, expected", [
    ("SELECT * WHERE { ?s ?p ?o }", ["s", "p", "o"]),
    ("select distinct * { ?zeta <urn:p> ?alpha . OPTIONAL { ?zeta <urn:q> $m } }", ["zeta", "alpha", "m"]),
    # A "?" in a comment, an IRI or a string names no variable.
    ('# ?o first\nPREFIX ex: <http://example.org/?o>\nSELECT REDUCED * WHERE { ?s ex:p "?o" ; ex:q ?o . ?s ex:r ?p }',
     ["s", "o", "p"]),
])
def test_select_star_columns_come_in_the_order_the_query_names_them(text, expected):
    assert in_query_order(text, sorted(expected)) == expected


def test_a_projection_keeps_its_own_order_and_unknown_names_go_last():
    assert in_query_order("SELECT ?o ?s WHERE { ?s ?p ?o }", ["o", "s"]) == ["o", "s"]
    assert in_query_order("SELECT * WHERE { ?s ?p ?o }", ["zz", "o", "s"]) == ["s", "o", "zz"]

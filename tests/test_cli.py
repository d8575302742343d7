"""The CLI through CliRunner: every command, every output format, every error path."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys

import pytest

import cgkg
from cgkg import paths
from cgkg.cli import cli

SKOS = "http://www.w3.org/2004/02/skos/core#"
LIUSHI = "https://w3id.org/cgkg/id/cluster/liushi-low-voltage-electrical"



def run(runner, *args, input=None):
    result = runner.invoke(cli, list(args), input=input, catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def command_paths():
    return [[name] for name in sorted(cli.commands)]


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p))
def test_every_command_has_help(runner, path):
    result = run(runner, *path, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output or "cgkg query" in result.output


def test_group_help_lists_each_command_with_a_whole_sentence(runner):
    # Click cuts a summary that does not fit the line with "...": the reader would get half a sentence.
    listing = run(runner, "--help").output.split("Commands:", 1)[1].splitlines()
    summaries = [line.split(None, 1)[1] for line in listing if line.strip()]
    assert len(summaries) >= 12
    assert all(s.endswith(".") and not s.endswith("...") for s in summaries), summaries


def test_group_help_documents_exit_codes(runner):
    result = run(runner, "--help")
    assert "0 success" in result.output and "3 the SPARQL endpoint failed" in result.output


# -- queries ----------------------------------------------------------------------------------


def test_queries_lists_every_rq_file(runner):
    from cgkg import paths

    names = {p.stem for p in paths.QUERIES_DIR.glob("*.rq")}
    result = run(runner, "queries")
    listed = {line.split()[0] for line in result.output.splitlines()}
    assert names == listed
    assert len(names) >= 15


def test_queries_json_gives_name_summary_and_params(runner):
    entries = json.loads(run(runner, "queries", "--json").output)
    by_name = {e["name"]: e for e in entries}
    assert by_name["cluster-profile"]["params"][0]["name"] == "cluster"
    assert by_name["cluster-profile"]["params"][0]["required"] is True
    assert all(e["summary"] and e["example"].startswith("cgkg ") for e in entries)


def test_query_help_explains_from_the_header(runner):
    result = run(runner, "query", "associations", "--help")
    assert result.exit_code == 0
    assert "from (integer)" in result.output and "Example: cgkg query associations" in result.output


# -- output formats -----------------------------------------------------------------------------
# The text names Chint (正泰) and Delixi (德力西) as the lead firms of Liushi:
# "在柳市低压电器、平湖光机电等产业集群内部,正泰、德力西、日本芝浦等龙头企业往往通过各种股权关系,支配相关企业的生产运营。"

LEAD_ARGS = ("query", "lead-firms", "--param", "cluster", LIUSHI, "--lang", "zh")


def test_table_is_the_default_and_aligned(runner):
    out = run(runner, *LEAD_ARGS).output.splitlines()
    assert out[0].split()[:4] == ["firm", "firmLabel", "system", "systemLabel"]
    assert set(out[1].replace(" ", "")) == {"-"}
    assert any("正泰" in line and "clu:liushi-low-voltage-electrical" in line for line in out[2:])


def test_csv_and_tsv(runner):
    rows = list(csv.DictReader(io.StringIO(run(runner, *LEAD_ARGS, "--csv").output)))
    assert {r["firmLabel"] for r in rows} >= {"正泰", "德力西"}
    assert all(r["system"] == LIUSHI for r in rows)
    tsv = run(runner, *LEAD_ARGS, "--tsv").output.splitlines()
    assert tsv[0].split("\t")[:2] == ["firm", "firmLabel"]


def test_tsv_is_one_line_per_row_with_escapes_not_quotes(runner):
    query = r'SELECT ("say \"hi\"" AS ?quote) ("a\tb" AS ?tab) ("line\nbreak \\ slash" AS ?text) ?none {}'
    assert run(runner, "sparql", query, "--tsv").output == 'quote\ttab\ttext\tnone\nsay "hi"\ta\\tb\tline\\nbreak \\\\ slash\t\n'
    # The ontology's description runs over several lines; in TSV it is one.
    described = run(runner, "sparql", "SELECT ?d WHERE { <https://w3id.org/cgkg/ontology> dct:description ?d }", "--tsv")
    assert len(described.output.splitlines()) == 2 and "\\nthe territorial production systems" in described.output


def test_json_equals_the_library_call(runner):
    cli_rows = json.loads(run(runner, *LEAD_ARGS, "--json").output)
    library_rows = cgkg.open_graph().run("lead-firms", lang="zh", cluster=LIUSHI)
    assert cli_rows == library_rows
    assert len(cli_rows) >= 2


def test_jsonl(runner):
    lines = run(runner, *LEAD_ARGS, "--jsonl").output.splitlines()
    assert [json.loads(line) for line in lines] == json.loads(run(runner, *LEAD_ARGS, "--json").output)
    assert lines and all(json.loads(line)["system"] == LIUSHI for line in lines)


def test_sparql_results_json_and_xml(runner):
    data = json.loads(run(runner, *LEAD_ARGS, "--sparql-json").output)
    assert data["head"]["vars"][0] == "firm"
    assert data["results"]["bindings"][0]["system"] == {"type": "uri", "value": LIUSHI}
    xml = run(runner, *LEAD_ARGS, "--sparql-xml").output
    assert '<sparql xmlns="http://www.w3.org/2005/sparql-results#">' in xml and f"<uri>{LIUSHI}</uri>" in xml


def test_two_formats_at_once_is_a_usage_error(runner):
    result = run(runner, *LEAD_ARGS, "--csv", "--json")
    assert result.exit_code == 2
    assert "choose one output format" in result.output


# -- parameters and errors ----------------------------------------------------------------------


def test_entity_parameters_accept_labels(runner):
    # "柳市低压电器" is the cluster's Chinese label as printed.
    by_label = run(runner, "query", "cluster-profile", "--param", "cluster", "柳市低压电器", "--json").output
    by_iri = run(runner, "query", "cluster-profile", "--param", "cluster", "clu:liushi-low-voltage-electrical", "--json").output
    assert by_label == by_iri
    assert json.loads(by_label)


def test_an_entity_label_picks_an_entity_of_the_kind_the_parameter_names(runner):
    # "Prato" is exactly the town's label; of the entities whose labels contain it, the one cluster or
    # district is "Prato textile district" (普拉托毛纺产业区 in the text).
    by_label = run(runner, "query", "cluster-profile", "--param", "cluster", "Prato", "--json").stdout
    by_iri = run(runner, "query", "cluster-profile", "--param", "cluster", "clu:prato-textiles", "--json").stdout
    assert by_label == by_iri
    # "Liushi" is in 18 labels (town, government, firms …) but in one cluster's only.
    liushi = run(runner, "query", "problems", "--param", "cluster", "Liushi", "--json")
    assert liushi.exit_code == 0, liushi.output
    assert {row["clusterLabel"] for row in json.loads(liushi.stdout)} == {"Liushi low-voltage electrical cluster"}


def test_data_with_an_endpoint_from_the_environment_says_where_the_endpoint_came_from(runner, monkeypatch):
    monkeypatch.setenv("CGKG_ENDPOINT", "http://127.0.0.1:9/query")
    result = run(runner, "stats", "--data", str(paths.DATA_DIR / "sources.ttl"))
    assert result.exit_code == 2
    assert "the endpoint comes from CGKG_ENDPOINT: unset it to use --data" in result.output


def test_a_class_parameter_accepts_the_class_label_in_any_language(runner):
    by_iri = run(runner, "query", "recommendations", "--param", "addressee", "cgkg:IndustryAssociation", "--json")
    assert by_iri.exit_code == 0, by_iri.output
    assert json.loads(by_iri.output)
    for label in ("行业协会", "Industry Association", "associazione di categoria"):
        assert run(runner, "query", "recommendations", "--param", "addressee", label, "--json").output == by_iri.output


def test_param_lang_is_the_same_as_the_lang_option(runner):
    by_param = run(runner, "query", "lead-firms", "--param", "lang", "zh", "--param", "country", "pl:italy", "--json")
    by_option = run(runner, "query", "lead-firms", "--lang", "zh", "--param", "country", "pl:italy", "--json")
    assert by_param.exit_code == 0, by_param.output
    assert by_param.output == by_option.output
    assert "杰尼亚" in by_param.output  # 比耶拉毛纺产业区的杰尼亚(Zegna‐Loro Piana)公司
    both = run(runner, "query", "lead-firms", "--param", "lang", "zh", "--lang", "en")
    assert both.exit_code == 2 and "give the language once" in both.output
    # Either way, in any case, as --param lang always was.
    upper = run(runner, "query", "lead-firms", "--lang", "ZH", "--param", "country", "pl:italy", "--json")
    assert upper.exit_code == 0 and upper.output == by_option.output


def test_a_sparql_syntax_error_is_one_line(runner):
    result = run(runner, "sparql", "SELECT ?x WHERE { ?x")
    assert result.exit_code == 2
    # One line: where the parser stopped (the end of the text, column 21), and no character classes.
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: SPARQL syntax error: error at 1:21: expected one of ")
    assert "\\u{" not in lines[0]


@pytest.mark.parametrize("text, reason", [
    ("SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?p", "error at 1:41: The SELECT contains a variable that is unbound"),
    ("SELECT ?s ?s WHERE { ?s ?p ?o }", "error at 1:32: Duplicated variable name in SELECT"),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 99999999999999999999",
     "error at 1:56: The query limit should be a non negative integer"),
    ("SELECT ?x WHERE { BIND (1 AS ?x) BIND (2 AS ?x) }", "error at 1:50: the query is not valid SPARQL from this point on"),
])
def test_a_query_that_breaks_a_rule_of_sparql_says_which_rule(runner, text, reason):
    # The parser lists such a rule as one item among the tokens it expected; only the rule is shown.
    result = run(runner, "sparql", text)
    assert result.exit_code == 2
    assert result.output == f"Error: SPARQL syntax error: {reason}\n"


LIUSHI_IS_A_CLUSTER = "ASK { clu:liushi-low-voltage-electrical a cgkg:IndustrialCluster }"


def test_a_query_file_with_a_byte_order_mark_and_commented_prefixes_runs(runner, tmp_path):
    # Editors on Windows start UTF-8 files with a byte-order mark; the query was refused as "not a query".
    query = tmp_path / "liushi.rq"
    query.write_bytes(b"\xef\xbb\xbfPREFIX ex: <http://example.org/> # unused\n" + LIUSHI_IS_A_CLUSTER.encode())
    from_file = run(runner, "sparql", "-f", str(query))
    assert (from_file.exit_code, from_file.stdout) == (0, "true\n")
    from_stdin = runner.invoke(cli, ["sparql", "-"], input=query.read_bytes())
    assert (from_stdin.exit_code, from_stdin.stdout) == (0, "true\n")


@pytest.mark.parametrize("suffix, document", [
    (".ttl", b'@prefix ex: <http://example.org/> .\nex:bom ex:says "hello" .\n'),
    (".jsonld", b'{"@id": "http://example.org/bom", "http://example.org/says": "hello"}'),
])
def test_a_data_file_with_a_byte_order_mark_is_read(runner, tmp_path, suffix, document):
    data = tmp_path / f"bom{suffix}"
    data.write_bytes(b"\xef\xbb\xbf" + document)
    result = run(runner, "sparql", 'ASK { <http://example.org/bom> <http://example.org/says> "hello" }',
                 "--data", str(data))
    assert (result.exit_code, result.stdout) == (0, "true\n"), result.output


def test_a_part_of_a_label_picks_its_one_entity_and_says_so_on_stderr(runner):
    # "Liu" is part of one cluster's English label only: the answer is that cluster's, and the user
    # is told, as a fragment or a typo could pick another cluster than the one meant.
    result = run(runner, "query", "lead-firms", "--param", "cluster", "Liu", "--csv")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("Note: parameter 'cluster' value 'Liu' is part of the label of "
                             "clu:liushi-low-voltage-electrical (Liushi low-voltage electrical cluster), "
                             "the only match: using it\n")
    assert {row["firm"] for row in csv.DictReader(io.StringIO(result.stdout))} == {
        "https://w3id.org/cgkg/id/agent/chint", "https://w3id.org/cgkg/id/agent/delixi"}
    whole = run(runner, "query", "lead-firms", "--param", "cluster", "柳市低压电器", "--csv")
    assert (whole.exit_code, whole.stderr, whole.stdout) == (0, "", result.stdout)


def test_sparql_select_star_gives_the_columns_in_the_querys_order(runner):
    # Oxigraph orders SELECT *'s columns by name (country, district, label); the user wrote district first.
    result = run(runner, "sparql", "SELECT * WHERE { ?district a cgkg:IndustrialDistrict ; skos:prefLabel ?label ; "
                                   "cgkg:country ?country } LIMIT 1", "--csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "district,label,country"


def test_query_without_a_name_is_a_usage_error_with_the_help(runner):
    result = run(runner, "query")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "query [OPTIONS] [NAME]" in result.stderr
    helped = run(runner, "query", "--help")
    assert helped.exit_code == 0 and "query [OPTIONS] [NAME]" in helped.stdout


def test_query_help_says_what_an_entity_parameter_names(runner):
    output = run(runner, "query", "cluster-profile", "--help").output
    assert "cluster (entity, a cgkg:TerritorialProductionSystem)" in output
    assert "sector (entity, a concept of sector:scheme)" in run(runner, "query", "clusters", "--help").output


def test_query_help_is_wrapped_to_the_terminal(runner, monkeypatch):
    # timeline's description is one line of about 800 characters in its header.
    monkeypatch.setenv("COLUMNS", "60")
    lines = run(runner, "query", "timeline", "--help").output.splitlines()
    assert max(len(line) for line in lines if not line.startswith(("Example:", "Output:"))) <= 60
    assert any("Instruments (laws, notices" in line for line in lines)


def test_query_help_marks_the_required_parameters(runner):
    # compare.rq's header declares a and b required; lang has a default.
    lines = run(runner, "query", "compare", "--help").output.splitlines()
    marked = {line.split()[0] for line in lines if "[required]" in line}
    assert marked == {"a", "b"}


@pytest.mark.parametrize(
    "args, message",
    [
        (("query", "cluster-profile", "--param", "cluster", "pl:prato"),
         "parameter 'cluster' value 'pl:prato' is not a cgkg:TerritorialProductionSystem"),
        (("query", "clusters", "--param", "country", "Prato"),
         "parameter 'country' value 'Prato' names no entity that is a cgkg:Country; it matches pl:prato (Prato)"),
        # A typo, or the name in another language than the graph's labels: the closest labels of the kind.
        (("query", "clusters", "--param", "country", "Chna"),
         "no entity matches parameter 'country' value 'Chna'; did you mean pl:china (China)?"),
        (("query", "clusters", "--param", "country", "Italia"),
         "parameter 'country' value 'Italia' names no entity that is a cgkg:Country (did you mean pl:italy (Italy)?); "
         "it matches "),
        (("query", "cluster-profile", "--param", "cluster", "柳市低压電器"),  # 電, the traditional form
         "did you mean clu:liushi-low-voltage-electrical ("),
        (("query", "clusters", "--endpoint", "not-a-url"), "endpoint 'not-a-url' is not an http(s) URL"),
        (("query", "clusters", "--endpoint", "http://exa mple.org/sparql"), "contains a space or control character"),
        (("query", "clusters", "--endpoint", "http://[::1"), "is not a valid URL"),
        (("show", "ag:chint", "--endpoint", "http://127.0.0.1:99999/query"), "Port out of range"),
        (("publish", "--endpoint", "http://exa mple/query", "--graph", "urn:g"), "contains a space"),
        (("query", "clusters", "--endpoint", "http://127.0.0.1:9/query", "--graph", "not an iri"),
         "--graph 'not an iri' is not an absolute IRI"),
        (("query", "no-such-query"), "no canned query named 'no-such-query'"),
        (("query", "assocations"), "did you mean 'associations'?"),
        (("query", "cluster_profile"), "did you mean 'cluster-profile'"),
        # A reversed range used to answer with no rows and exit 0, as if nothing had been founded.
        (("query", "associations", "--param", "from", "1995", "--param", "to", "1988"),
         "parameter 'from' (1995) is after parameter 'to' (1988)"),
        (("query", "timeline", "--param", "from", "2000", "--param", "to", "1999"), "is after parameter 'to'"),
        (("query", "clusters", "--param", "colour", "red"), "has no parameter 'colour'"),
        (("query", "associations", "--param", "from", "nineteen"), "must be an integer"),
        (("query", "cluster-profile"), "needs --param cluster"),
        (("query", "cluster-profile", "--param", "cluster", "no such cluster at all"), "no entity matches"),
        (("query", "clusters", "--lang", "fr"), "Invalid value for '--lang'"),
        (("query", "clusters", "--param", "country", "pl:china", "--param", "country", "pl:italy"), "given twice"),
        (("sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"), "SPARQL Update (INSERT) is refused"),
        (("sparql", "SELECT ?x WHERE { ?x ?y }"), "SPARQL syntax error"),
        (("sparql",), "no query"),
        (("sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "--json"),
         "CONSTRUCT prints N-Triples; --json is for SELECT and ASK results"),
        (("show", "no such entity anywhere"), "no entity matches"),
        # Not empty, but made only of what labels are compared without.
        (("search", "("), "search text '(' holds only characters that labels are compared without"),
        (("query", "clusters", "--graph", "urn:g"), "--graph selects a named graph of an --endpoint"),
        (("stats", "--timeout", "5"), "--timeout limits the wait for an --endpoint"),
        (("sparql", "SELECT * WHERE { ?x foo:bar ?y }"), "the prefix 'foo:' of 'foo:bar' at 1:21 is not declared"),
        (("sparql", "SELECT *\nWHERE {\n  ?x a cgkg:Firm ;\n     orgg:memberOf ?y }"),
         "the prefix 'orgg:' of 'orgg:memberOf' at 4:6 is not declared"),
        (("show", "foo:bar"), "no entity matches term 'foo:bar', and 'foo:' is not a prefix cgkg knows"),
        (("query", "cluster-profile", "--param", "cluster", "zz:liushi"), "'zz:' is not a prefix cgkg knows"),
        # Options without the NAME: the help alone would not say what was missing.
        (("query", "--param", "country", "pl:italy"), "no query NAME: give the name of the canned query to run"),
        (("query", "--csv"), "no query NAME"),
        # Text in <…> is meant as an IRI: a relative one used to end in a syntax error of SPARQL the user never wrote.
        (("show", "<foo>"), "'<foo>' is not an absolute IRI: one in <…> starts with a scheme"),
        (("query", "lead-firms", "--param", "country", "<foo>"), "'<foo>' is not an absolute IRI"),
        (("show", "<http://exa mple.org/x>"), "is not an IRI: an IRI holds no space"),
        # A class parameter: a misspelt class would otherwise match nothing and answer with no rows.
        (("query", "recommendations", "--param", "addressee", "cgkg:IndustryAsociation"),
         "parameter 'addressee' value 'cgkg:IndustryAsociation' is not a class the graph declares; "
         "did you mean cgkg:IndustryAssociation"),
        (("query", "recommendations", "--param", "addressee", "ag:chint"), "is not a class the graph declares"),
        # members lists an organisation's members: a cluster has none, and used to answer with no rows.
        (("query", "members", "--param", "organisation", "clu:liushi-low-voltage-electrical"),
         "parameter 'organisation' value 'clu:liushi-low-voltage-electrical' is not an org:Organization"),
        (("query", "clusters", "--param", "country", " "),
         "parameter 'country' is empty: give an IRI or a label of a cgkg:Country"),
        (("query", "clusters", "--param", "country=pl:italy"), "Write KEY and VALUE apart: --param country pl:italy"),
        (("query", "clusters", "--param", "country=pl:italy", "--csv"),
         "write --param country VALUE, with a space, not 'country=pl:italy'"),
        # Eleven Wenzhou clusters: the message lists ten, and says where to find the eleventh.
        (("query", "cluster-profile", "--param", "cluster", "温州"),
         "matches 11 entities"),
        (("query", "cluster-profile", "--param", "cluster", "温州"),
         "and 1 more; give one of these IRIs (`cgkg search '温州'` lists every entity whose label contains it)"),
        (("query", "recommendations", "--param", "addressee", "industry associations"),
         "is neither a class IRI (such as cgkg:Firm) nor the label of a class"),
        # Values Python could not convert or send, which used to end in a traceback.
        (("query", "associations", "--param", "from", "9" * 4301), "must be an integer of at most 18 digits"),
        (("stats", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "nan"), "'nan' is not a number of seconds"),
        (("stats", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "inf"), "is not in the range"),
        (("stats", "--endpoint", "http://127.0.0.1:9/é"), "contains é; percent-encode it"),
        (("export", "--format", "void", "--base-url", "http://example.org/a{b}/"), "contains { }; percent-encode it"),
        # An empty --endpoint used to query the bundled graph as if it had not been given.
        (("stats", "--endpoint", ""), "--endpoint needs the URL of a SPARQL endpoint"),
        (("query", "clusters", "--endpoint", "  "), "--endpoint needs the URL of a SPARQL endpoint"),
        # --data with FILES used to be ignored: the files were validated without it.
        (("validate", str(paths.DATA_DIR / "sources.ttl"), "--data", str(paths.DATA_DIR / "sectors.ttl")),
         "--data adds files to the bundled graph"),
    ],
)
def test_user_mistakes_are_one_sentence_and_exit_2(runner, args, message):
    result = run(runner, *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("Error")]) == 1


@pytest.mark.parametrize(
    "value",
    [
        '"} } DELETE WHERE { ?s ?p ?o } #',
        "<http://x> } INSERT DATA { <urn:a> <urn:b> <urn:c> } #>",
        "clu:x> } ; DROP ALL ; SELECT * WHERE { <y",
        "') UNION { ?s ?p ?o } FILTER('",
        'a\\"} UNION { ?s ?p ?o } #',  # a backslash that would end an escape early
        "x\\",  # a trailing backslash that would escape the closing quote
        "x\n} UNION { ?s ?p ?o } #",  # a newline that would end a comment
    ],
)
def test_parameter_injection_is_just_a_value(runner, value):
    # Bound as a literal, the value is a label no entity has: a lookup error, and a search that finds nothing.
    result = run(runner, "query", "cluster-profile", "--param", "cluster", value)
    assert result.exit_code == 2 and "no " in result.output, result.output
    searched = run(runner, "search", value, "--json")
    assert searched.exit_code == 0 and json.loads(searched.stdout) == []


NASTY_LABEL = 'Nasty \\"} UNION { ?s ?p ?o } # cluster\nx\\'


def test_a_label_full_of_sparql_syntax_finds_exactly_its_entity(runner, tmp_path):
    # Pasted into the query text, this label would end the string, open a UNION over every triple or
    # comment the rest out; bound as a typed literal it only ever equals itself.
    escaped = NASTY_LABEL.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    data = tmp_path / "nasty.ttl"
    data.write_text(
        "@prefix cgkg: <https://w3id.org/cgkg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        f'<https://w3id.org/cgkg/id/cluster/nasty> a cgkg:IndustrialCluster ; skos:prefLabel "{escaped}"@en ;\n'
        "    cgkg:locatedIn <https://w3id.org/cgkg/id/place/prato> .\n",
        encoding="utf-8")
    nasty = "https://w3id.org/cgkg/id/cluster/nasty"
    found = run(runner, "search", NASTY_LABEL, "--data", str(data), "--json")
    assert found.exit_code == 0, found.output
    assert [row["id"] for row in json.loads(found.output)] == [nasty]
    shown = run(runner, "show", NASTY_LABEL, "--data", str(data), "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["id"] == nasty
    # The profile of that cluster, and of no other: its one place.
    profile = run(runner, "query", "cluster-profile", "--param", "cluster", NASTY_LABEL, "--data", str(data), "--json")
    assert profile.exit_code == 0, profile.output
    assert [(row["aspect"], row["item"]) for row in json.loads(profile.output)] == [
        ("place", "https://w3id.org/cgkg/id/place/prato")]


# A label from a user's file that would recolour the terminal (ESC [31m), reverse what follows it
# (U+202E, RIGHT-TO-LEFT OVERRIDE) and break a table row (a line break).
CONTROL_LABEL = "Red\x1b[31m alert\u202eevil\nnext"


def _file_with_control_label(tmp_path):
    data = tmp_path / "control.ttl"
    data.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/cgkg/id/agent/control> a <https://w3id.org/cgkg/ontology#Firm> ;\n"
        '    skos:prefLabel "Red\\u001b[31m alert\\u202eevil\\nnext"@en .\n', encoding="utf-8")
    return str(data)


def test_control_characters_in_a_label_are_shown_escaped_in_tables_and_cards(runner, tmp_path):
    data = _file_with_control_label(tmp_path)
    visible = "Red\\x1b[31m alert\\u202eevil next"
    table = run(runner, "search", "alert", "--data", data)
    card = run(runner, "show", "ag:control", "--data", data)
    for result in (table, card):
        assert result.exit_code == 0, result.output
        assert visible in result.output
        assert "\x1b" not in result.output and "\u202e" not in result.output
    row = table.output.splitlines()[2]
    assert row.startswith("ag:control  " + visible + "  ")


@pytest.mark.parametrize("fmt", ["--csv", "--tsv", "--json"])
def test_data_formats_keep_control_characters_as_they_are(runner, tmp_path, fmt):
    # Click strips ANSI sequences from output that is not a terminal: a CSV written to a file would
    # silently lose part of the label.
    result = run(runner, "search", "alert", "--data", _file_with_control_label(tmp_path), fmt)
    assert result.exit_code == 0, result.output
    if fmt == "--json":
        assert json.loads(result.output)[0]["label"] == CONTROL_LABEL
    elif fmt == "--csv":
        assert list(csv.DictReader(io.StringIO(result.output)))[0]["label"] == CONTROL_LABEL
    else:
        assert "Red\x1b[31m alert\u202eevil\\nnext" in result.output


# -- sparql, show, search, stats --------------------------------------------------------------


def test_sparql_select_ask_construct_and_stdin(runner, tmp_path):
    select = run(runner, "sparql", "SELECT ?c WHERE { ?c a cgkg:IndustrialCluster } ORDER BY ?c", "--csv")
    assert LIUSHI in select.output
    assert run(runner, "sparql", f"ASK {{ <{LIUSHI}> ?p ?o }}").output == "true\n"
    construct = run(runner, "sparql", f"CONSTRUCT {{ <{LIUSHI}> skos:prefLabel ?l }} WHERE {{ <{LIUSHI}> skos:prefLabel ?l }}")
    assert '"柳市低压电器"@zh' in construct.output
    query_file = tmp_path / "q.rq"
    query_file.write_text(f"ASK {{ <{LIUSHI}> a cgkg:IndustrialCluster }}", encoding="utf-8")
    assert run(runner, "sparql", "-f", str(query_file)).output == "true\n"
    assert run(runner, "sparql", "-", input=f"ASK {{ <{LIUSHI}> ?p ?o }}").output == "true\n"


@pytest.mark.parametrize("form", ["SELECT * WHERE", "ASK"])
def test_a_service_that_cannot_be_reached_fails_the_query_in_one_sentence(runner, form):
    """Oxigraph reaches SERVICE only while the answer is read, after the query has been accepted."""
    with socket.socket() as probe:  # a port nobody listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run(runner, "sparql", f"{form} {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: the query failed: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


def test_numbers_json_cannot_hold_and_ill_typed_literals_keep_their_lexical_form(runner):
    """NaN and the infinities are doubles without a JSON number; "abc"^^xsd:decimal is no number at all."""
    query = ("SELECT (xsd:double('NaN') AS ?nan) (xsd:double('-INF') AS ?negative) ('abc'^^xsd:decimal AS ?decimal) "
             "('abc'^^xsd:integer AS ?integer) (1.5 AS ?number) WHERE {}")
    result = run(runner, "sparql", query, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"nan": "NaN", "negative": "-INF", "decimal": "abc", "integer": "abc", "number": 1.5}]
    csv_result = run(runner, "sparql", query, "--csv")
    assert csv_result.exit_code == 0, csv_result.output
    assert csv_result.stdout.splitlines() == ["nan,negative,decimal,integer,number", "NaN,-INF,abc,abc,1.5"]


def test_show_by_label_in_any_language_and_by_iri(runner):
    # The cluster is "柳市低压电器" in the text; its card quotes the passage that names it.
    for term in ("柳市低压电器", "LIUSHI  low-voltage electrical cluster", "clu:liushi-low-voltage-electrical", f"<{LIUSHI}>"):
        result = run(runner, "show", term)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("clu:liushi-low-voltage-electrical")
        assert "Evidence" in result.output and "柳市低压电器" in result.output


def test_show_json_card(runner):
    card = json.loads(run(runner, "show", "ag:chint", "--json", "--lang", "zh").output)
    assert card["id"].endswith("/agent/chint")
    assert any(e["quote"].startswith("在柳市低压电器、平湖光机电") for e in card["evidence"])
    assert any(r["type"].endswith("#Leadership") for r in card["relations"])


def test_show_names_the_relations_by_the_ontologys_labels_in_the_language_asked(runner):
    # The Facts of a card were named in the language asked and its Relations by compact IRIs.
    import rdflib

    ontology = rdflib.Graph()
    for path in paths.ontology_files():
        ontology.parse(path)
    cgkg_ns = rdflib.Namespace("https://w3id.org/cgkg/ontology#")

    def label(term, lang):
        return next(str(o) for o in ontology.objects(term, rdflib.RDFS.label) if o.language == lang)

    # The card's own words are in the language asked too.
    for lang, cluster, (heading, next_heading, this) in (("zh", "柳市低压电器", ("关系", "被引用", "本实体")),
                                                         ("en", "Liushi low-voltage electrical cluster",
                                                          ("Relations", "Referenced by", "this"))):
        lines = run(runner, "show", "ag:chint", "--lang", lang).stdout.splitlines()
        relations = lines[lines.index(heading) + 1:lines.index(next_heading) - 1]
        assert (f"  rel:chint-leads-liushi [{label(cgkg_ns.Leadership, lang)}] "
                f"({label(cgkg_ns.leadFirm, lang)} {this})") in relations
        assert f"    {label(cgkg_ns.ledSystem, lang)}: {cluster} (clu:liushi-low-voltage-electrical)" in relations
        assert not [line for line in relations if line.lstrip().startswith(("cgkg:", "org:", "skos:"))]


def test_show_json_gives_each_label_its_language_apart(runner):
    # "比耶拉毛纺产业区的杰尼亚(Zegna‐Loro Piana)公司": the firm's Chinese name and, in brackets, its printed one.
    labels = json.loads(run(runner, "show", "ag:zegna", "--json").output)["labels"]
    assert {"property": SKOS + "prefLabel", "value": "杰尼亚", "lang": "zh"} in labels
    assert {"property": SKOS + "prefLabel", "value": "Zegna‐Loro Piana", "lang": "it"} in labels
    assert "  skos:prefLabel: Zegna‐Loro Piana@it" in run(runner, "show", "ag:zegna").output.splitlines()


def test_show_dates_the_events_that_refer_to_an_entity(runner):
    # "2003年,以海宁市经编协会为基础成立了浙江省经编行业协会。"
    output = run(runner, "show", "浙江省经编行业协会").output
    referred = output.split("Referenced by", 1)[1].split("Evidence", 1)[0]
    founding_line = next(line for line in referred.splitlines() if "ev:founding-zhejiang-warp-knitting-association" in line)
    assert "[2003]" in founding_line
    # "1990年5月30日国务院办公厅又转发了…的通知": an exact date wins over the year.
    card = json.loads(run(runner, "show", "clu:liushi-low-voltage-electrical", "--json").output)
    notice = next(i for i in card["incoming"] if i["subject"].endswith("/state-council-notice-1990"))
    assert notice["when"] == "1990-05-30"


def test_show_ambiguous_lists_candidates(runner):
    # "柳市" alone is Liushi town's alternative label (an exact match, so one card);
    # "liushi" is in the English labels of the town, the cluster, its government, … .
    assert run(runner, "show", "柳市").output.startswith("pl:liushi")
    result = run(runner, "show", "liushi")
    assert result.exit_code == 2
    assert "matches" in result.output and "clu:liushi-low-voltage-electrical" in result.output


def test_search_is_case_width_and_space_insensitive(runner):
    hits = json.loads(run(runner, "search", "ＣＨＩＮＴ", "--json").output)  # full-width letters
    assert any(h["id"].endswith("/agent/chint") and h["type"] == "cgkg:Firm" for h in hits)


def test_search_finds_ontology_terms_by_their_labels_and_names_them(runner):
    # The ontology labels its terms with rdfs:label: cgkg:IndustrialDistrict is "distretto industriale"@it.
    rows = json.loads(run(runner, "search", "distretto industriale", "--lang", "it", "--json").output)
    assert {"id": "https://w3id.org/cgkg/ontology#IndustrialDistrict", "label": "distretto industriale",
            "type": "owl:Class"} in rows
    assert "cgkg:IndustrialDistrict" in run(runner, "show", "industrial district").output.splitlines()[0]


def test_search_sorts_labels_regardless_of_case(runner):
    labels = [row["label"] for row in json.loads(run(runner, "search", "liushi", "--json").output)]
    assert labels == sorted(labels, key=lambda label: (label.lower(), label))
    assert any(label[0].islower() for label in labels) and any(label[0].isupper() for label in labels)


@pytest.mark.parametrize(("firms", "told"), [(200, False), (201, True)])
def test_search_says_when_it_lists_only_the_first_200_matches(runner, tmp_path, firms, told):
    extra = tmp_path / "many-firms.ttl"
    extra.write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n" + "".join(
        f'<https://w3id.org/cgkg/id/agent/probe-{i:03d}> skos:prefLabel "zzprobe {i:03d}"@en .\n' for i in range(firms)
    ), encoding="utf-8")
    result = runner.invoke(cli, ["search", "zzprobe", "--data", str(extra), "--csv"])
    assert result.exit_code == 0, result.output
    labels = [line.split(",")[1] for line in result.stdout.splitlines()[1:]]
    assert labels == [f"zzprobe {i:03d}" for i in range(200)]
    assert ("Only the first 200 matching entities are listed" in result.stderr) is told


def test_stats(runner):
    rows = json.loads(run(runner, "stats", "--json").output)
    triples = [r for r in rows if r["measure"] == "triples"][0]["count"]
    assert triples > 1000
    assert any(r["measure"] == "passages by source" and r["item"] == "001_b220d4c3d447b942.txt" for r in rows)


def test_stats_names_the_classes_in_the_language_asked_for(runner):
    def clusters(lang, label):
        rows = json.loads(run(runner, "stats", "--lang", lang, "--json").output)
        return [r["count"] for r in rows if r["measure"] == "entities by class" and r["item"] == label]

    # cgkg:IndustrialCluster is labelled "industrial cluster"@en and "产业集群"@zh in the ontology.
    assert clusters("zh", "产业集群") == clusters("en", "industrial cluster") != []


# -- --data -------------------------------------------------------------------------------------


def test_data_adds_a_users_file(runner, tmp_path):
    extra = tmp_path / "mine.ttl"
    extra.write_text(
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '<https://example.org/my-chamber> skos:prefLabel "Zzyzx chamber"@en .\n',
        encoding="utf-8",
    )
    hits = json.loads(run(runner, "search", "zzyzx", "--json", "--data", str(extra)).output)
    assert [h["id"] for h in hits] == ["https://example.org/my-chamber"]
    assert json.loads(run(runner, "search", "zzyzx", "--json").stdout) == []


def test_malformed_data_file_names_file_and_line(runner, tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n', encoding="utf-8")
    result = run(runner, "query", "clusters", "--data", str(bad))
    assert result.exit_code == 2
    assert "broken.ttl" in result.output and "line 3" in result.output


@pytest.mark.parametrize("args, message", [
    (("query", "members"), "query 'members' needs --param organisation"),
    (("query", "associations", "--param", "from", "1995", "--param", "to", "1988"), "is after parameter 'to'"),
    (("query", "associations", "--param", "from", "nineteen"), "must be an integer"),
    (("query", "clusters", "--param", "colour", "red"), "has no parameter 'colour'"),
    (("query", "lead-firms", "--param", "lang", "fr"), "parameter 'lang' must be one of en, zh, it, not 'fr'"),
    (("query", "no-such-query"), "no canned query named 'no-such-query'"),
    (("sparql", "SELECT ?x WHERE { ?x ?y }"), "SPARQL syntax error"),
    (("show", " "), "the term to look up is empty"),
    (("search", "("), "search text '(' holds only characters that labels are compared without"),
])
def test_a_mistake_that_needs_no_graph_is_reported_before_the_data_files_are_read(runner, tmp_path, args, message):
    # Reading a --data file of a million triples into a store takes seconds: a forgotten parameter or
    # a misspelt query is reported without it. The malformed file proves the graph was never opened.
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n', encoding="utf-8")
    result = run(runner, *args, "--data", str(bad))
    assert result.exit_code == 2
    assert message in result.output and "broken.ttl" not in result.output


def test_a_data_error_without_a_position_names_the_file_and_no_line(runner, tmp_path):
    # An RDF/XML property element outside any namespace: the parser gives no line for it.
    bad = tmp_path / "broken.rdf"
    bad.write_text('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                   '<rdf:Description rdf:about="http://example.org/a"><p>x</p></rdf:Description>\n</rdf:RDF>\n',
                   encoding="utf-8")
    result = runner.invoke(cli, ["stats", "--data", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {bad}: syntax error: XML namespaces are required in RDF/XML\n"


def test_unreadable_data_file(runner, tmp_path):
    result = run(runner, "stats", "--data", str(tmp_path / "missing.ttl"))
    assert result.exit_code == 2 and "missing.ttl" in result.output


@pytest.mark.parametrize("args", [
    ["stats", "--data"], ["query", "clusters", "--data"], ["validate", "--data"], ["validate"],
    ["publish", "--endpoint", "http://127.0.0.1:9/query", "--graph", "https://example.org/g", "--data"],
])
def test_a_folder_given_as_a_data_file_is_a_usage_error(runner, tmp_path, args):
    result = run(runner, *args, str(tmp_path))
    assert result.exit_code == 2
    assert f"'{tmp_path}' is a directory" in result.output and "Traceback" not in result.output


def test_a_file_of_unknown_format_names_the_formats_it_could_be(runner, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("ex:a ex:b ex:c .\n", encoding="utf-8")
    result = run(runner, "stats", "--data", str(notes))
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {notes}: unknown RDF file extension '.txt' "
                             "(use one of .json, .jsonld, .nq, .nt, .owl, .rdf, .trig, .ttl, .turtle, .xml)\n")


# -- query headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header, message",
    [
        ("SELECT * WHERE { ?s ?p ?o }\n", "no '#+' header"),
        ("#+ summary: x\n#+ params:\n#+   oops\n#+ example: cgkg query x\nSELECT ?lang WHERE { ?s ?p ?lang }\n",
         "header line 3: expected a list item"),
        ("#+ summary: x\n#+ params:\n#+   - name: n\n#+     type: colour\n#+ example: e\nSELECT ?n WHERE { ?s ?p ?n }\n",
         "unknown type 'colour'"),
        ("#+ summary: x\n#+ params:\n#+   - name: missing\n#+     type: string\n#+ example: e\nSELECT ?n WHERE { ?s ?p ?n }\n",
         "'missing' is not used as ?missing"),
        ("#+ params: []\n#+ example: e\nSELECT * WHERE { ?s ?p ?o }\n", "header has no 'summary'"),
    ],
)
def test_a_header_that_does_not_parse_names_the_file(tmp_path, header, message):
    from cgkg.canned import load_query
    from cgkg.errors import QueryError

    path = tmp_path / "broken.rq"
    path.write_text(header, encoding="utf-8")
    with pytest.raises(QueryError) as caught:
        load_query(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)


def test_a_query_file_that_is_not_utf8_is_named(runner, tmp_path):
    query = tmp_path / "latin1.rq"
    query.write_bytes('SELECT ?x WHERE { BIND("\u00e9" AS ?x) }'.encode("latin-1"))
    result = run(runner, "sparql", "-f", str(query))
    assert result.exit_code == 2, result.output
    assert "latin1.rq is not UTF-8 text (byte 0xe9 at offset 24)" in result.output
    assert "Traceback" not in result.output


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("args", [("query", "clusters"), ("show", "ag:chint"), ("export", "--format", "turtle"),
                                  ("--help",), ("--version",)])
def test_output_that_cannot_be_written_is_one_sentence(args):
    # A full disk is the user's environment: one sentence and exit 2, no traceback.
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "cgkg", *args], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == "Error: cannot read or write the output: No space left on device"


EVERY_LABEL = "SELECT ?thing ?label WHERE { ?thing skos:prefLabel ?label } ORDER BY ?thing ?label"


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_sparql_writes_rows_as_they_come_in_the_same_bytes(runner, fmt):
    # The streamed formats are written batch by batch (1,000 rows each); the bundled graph has over
    # 1,700 preferred labels, so the answer spans batches and must read as one answer in each format.
    from cgkg.api import open_graph
    from cgkg.output import render

    whole = open_graph().sparql(EVERY_LABEL)
    assert len(whole.rows) > 1000
    streamed = run(runner, "sparql", EVERY_LABEL, f"--{fmt}")
    assert streamed.exit_code == 0, streamed.output
    assert streamed.stdout == render(whole, fmt)
    empty = run(runner, "sparql", "SELECT ?s WHERE { ?s a <urn:cgkg:nothing> }", f"--{fmt}")
    assert empty.stdout == render(open_graph().sparql("SELECT ?s WHERE { ?s a <urn:cgkg:nothing> }"), fmt)


def test_a_query_that_fails_while_its_rows_are_read_is_one_sentence(runner):
    # Oxigraph evaluates as the answer is read: the SERVICE call fails in the reading, not before.
    result = run(runner, "sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "--csv")
    assert result.exit_code == 2
    assert result.stdout == "" and result.stderr.startswith("Error: the query failed: ")


@pytest.mark.parametrize("fmt", ["--csv", "--tsv", "--json", "--jsonl", "--table"])
def test_a_blank_node_is_written_as_a_blank_node_not_as_text(runner, fmt):
    # SPARQL 1.1's CSV and TSV results write a blank node _:label; a bare label reads as a literal.
    result = run(runner, "sparql", "SELECT ?b WHERE { BIND (BNODE() AS ?b) }", fmt)
    assert result.exit_code == 0, result.output
    assert re.search(r"(^|[\s\"])_:[0-9a-f]+", result.output), result.output


@pytest.mark.parametrize("args", [("queries",), ("query", "clusters")])
def test_a_reader_that_stops_reading_is_no_failure(args):
    # `cgkg queries | head -1`: queries writes line by line and met the closed pipe, which Click
    # reports with exit 1, while query clusters wrote its table at once; both now end as head does.
    process = subprocess.Popen([sys.executable, "-m", "cgkg", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # before the command writes anything, so that every write meets the closed pipe
    err = process.stderr.read()
    assert (process.wait(timeout=60), err) == (0, b"")


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT, as Ctrl-C does in a terminal")
def test_ctrl_c_stops_a_long_embedded_query():
    # A query that would run for days: every triple of the graph joined with every other, twice.
    # While the main thread waited inside Oxigraph's evaluator, Ctrl-C went unseen until the end.
    import time

    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    # As in a terminal, SIGINT is left at its default in the child: a shell that starts the tests in the
    # background passes it on ignored, and Python then installs no KeyboardInterrupt handler at all.
    process = subprocess.Popen([sys.executable, "-m", "cgkg", "sparql", endless],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(3)  # past the imports and the store's opening: into the query
    assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=60)  # a guard against a hang, not a speed claim
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the query went on after Ctrl-C")
    assert (process.returncode, out, err) == (1, "", "\nAborted!\n")  # Click's own answer to Ctrl-C


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_only_the_main_thread_can_receive_ctrl_c_while_a_query_runs():
    # Were SIGINT delivered to the thread that evaluates the query, the main thread, asleep in join(),
    # would not see it until the query ended: the test above then hangs, on a busy machine.
    from cgkg.engine import _interruptible

    blocked_in_worker = _interruptible(lambda: signal.pthread_sigmask(signal.SIG_BLOCK, []))
    assert signal.SIGINT in blocked_in_worker
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # the main thread still gets it


@pytest.mark.parametrize("typed, expected", [
    # The graph prints "Zegna‐Loro Piana" with U+2010, as the text does; a keyboard types "-".
    ("Zegna-Loro Piana", "https://w3id.org/cgkg/id/agent/zegna"),
    # "Tod's", as the graph's English label spells it, typed with a typographic apostrophe.
    ("Tod’s", "https://w3id.org/cgkg/id/agent/tods"),
    # "Liushi low-voltage electrical cluster" typed without its hyphen.
    ("Liushi low voltage electrical cluster", "https://w3id.org/cgkg/id/cluster/liushi-low-voltage-electrical"),
])
def test_a_label_is_found_whatever_hyphen_or_apostrophe_is_typed(runner, typed, expected):
    shown = run(runner, "show", typed, "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["id"] == expected


def test_a_local_name_settles_labels_that_all_contain_it(runner):
    # "firms" is part of "number of firms" and of "firms declaring occupational hazards", and the local
    # name of measure:firms, as the parameter's help writes it.
    result = run(runner, "query", "figures", "--param", "measure", "firms", "--csv")
    assert result.exit_code == 0, result.output
    measures = {row["measureLabel"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert measures == {"number of firms"}
    assert result.stderr.startswith("Note: parameter 'measure' value 'firms' matches the labels of 2 entities and is "
                                    "the local name of measure:firms (number of firms): using it")


def test_a_name_beats_the_same_letters_as_a_hidden_label(runner):
    # "Maniago" is the town's name; "M aniago", as the text prints it in "M aniago、Fanna和Sequais市镇政府", is
    # a hidden label of the municipal government, and reads the same once spaces are ignored.
    shown = run(runner, "show", "Maniago", "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["id"] == "https://w3id.org/cgkg/id/place/maniago"
    assert shown.stderr == ("Note: term 'Maniago' is the name of pl:maniago (Maniago), and only a hidden label of "
                            "ag:maniago-municipal-government (Maniago municipal government): using the name\n")


@pytest.mark.parametrize("spelling", ["领导型：股权支配", "领导型:股权支配", "领导型 ： 股权支配"])
def test_a_label_printed_with_full_width_punctuation_is_found_however_it_is_typed(runner, spelling):
    # cluster-profile --lang zh prints the mode of Liushi as "领导型：股权支配" (a full-width colon), as the
    # graph labels it; typed back, with either colon and any spacing, it names that mode.
    shown = run(runner, "show", spelling, "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["id"] == "https://w3id.org/cgkg/id/mode/leader-equity"
    found = json.loads(run(runner, "search", spelling, "--json").output)
    assert [row["id"] for row in found] == ["https://w3id.org/cgkg/id/mode/leader-equity"]


def test_an_empty_answer_says_which_entity_a_label_was_read_as(runner):
    # 柳市 is the name of the town (pl:liushi), which has no figures; the figures of Liushi are those of
    # the cluster 柳市低压电器. The empty answer says which entity the label named.
    result = run(runner, "query", "figures", "--param", "subject", "柳市", "--csv")
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1  # the header alone
    assert result.stderr == ("Note: the answer has no rows, and parameter 'subject' value '柳市' was read as "
                             "pl:liushi (Liushi town)\n")
    # Given as an IRI, the entity is the one meant: nothing to say.
    assert run(runner, "query", "figures", "--param", "subject", "pl:liushi", "--csv").stderr == ""
    # An answer with rows needs no note either.
    assert run(runner, "query", "figures", "--param", "subject", "柳市低压电器", "--csv").stderr == ""


def test_an_empty_answer_says_which_class_a_label_was_read_as(runner):
    # No recommendation is addressed to chambers of commerce as a kind of their own ("引导和支持产业集群发展
    # 行业协会(商会、同业公会)" is addressed to industry associations): the label 商会 names the class, and the
    # empty answer says which class, as it does for an entity's label.
    result = run(runner, "query", "recommendations", "--param", "addressee", "商会", "--csv")
    assert result.exit_code == 0 and result.stdout.count("\n") == 1
    assert result.stderr == ("Note: the answer has no rows, and parameter 'addressee' value '商会' was read as "
                             "cgkg:ChamberOfCommerce\n")
    assert run(runner, "query", "recommendations", "--param", "addressee", "cgkg:ChamberOfCommerce", "--csv").stderr == ""


def test_a_search_without_matches_says_so_on_stderr(runner):
    result = run(runner, "search", "zzyzx", "--csv")
    assert (result.exit_code, result.stdout) == (0, "id,label,type\n")
    assert result.stderr == "Note: no entity has a label containing 'zzyzx'\n"

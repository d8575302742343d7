"""Bad input and awkward outputs: bytes that are not UTF-8, files an export must not delete, cells that
must keep their RDF form, and outputs that cannot be written. Each is one sentence and the documented
exit code, never a traceback, and never a lost file.
"""

from __future__ import annotations

import csv
import hashlib
import http.server
import io
import json
import os
import shlex
import subprocess
import sys
import threading
from pathlib import Path
from xml.dom import minidom

import pytest
from click.testing import CliRunner

from cgkg.cli import cli

XSD = "http://www.w3.org/2001/XMLSchema#"
NOT_UTF8 = "abc\udcff"  # how Python hands on the argument bytes b"abc\xff" (PEP 383)


def run(*args, input=None, env=None):
    result = CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def cgkg(*args, input=None, shell_suffix="", env=None):
    """cgkg in a process of its own, as a shell runs it: `shell_suffix` is a redirection such as >&-."""
    command = " ".join(["exec", '"$0"', "-m", "cgkg", *map(shlex.quote, args), shell_suffix])
    return subprocess.run(["sh", "-c", command, sys.executable], input=input, capture_output=True,
                          env={**os.environ, **(env or {})}, cwd=Path(__file__).parent.parent, timeout=120)


@pytest.fixture(scope="module")
def bad_turtle(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bad") / "bad.ttl"
    path.write_text("this is not turtle\n", encoding="utf-8")
    return path


# A local SPARQL endpoint: answers every query with one row of literals written in non-canonical forms,
# and remembers each request.
ROW = {"int": ("007", XSD + "integer"), "dec": ("1.50", XSD + "decimal"), "dbl": ("1e3", XSD + "double"),
       "flag": ("true", XSD + "boolean")}


class _Endpoint(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def _answer(self):
        self.requests.append(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = json.dumps({"head": {"vars": list(ROW)}, "results": {"bindings": [
            {name: {"type": "literal", "value": value, "datatype": datatype} for name, (value, datatype) in ROW.items()}
        ]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def endpoint():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()
    server.server_close()


# 1. Arguments that are not UTF-8 -----------------------------------------------------------------


@pytest.mark.parametrize("args, named", [
    (["query", "clusters", "--param", "country", NOT_UTF8], "parameter 'country'"),
    (["search", NOT_UTF8], "search text"),
    (["show", NOT_UTF8], "the term to look up"),
    (["show", "ag:" + NOT_UTF8], "the term to look up"),
    (["sparql", 'ASK { ?s ?p "' + NOT_UTF8 + '" }'], "the query TEXT"),
])
def test_an_argument_that_is_not_utf8_is_named_before_any_data_is_read(args, named, bad_turtle):
    result = run(*args, "--data", str(bad_turtle))
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: {named} is not valid UTF-8: it holds the byte 0xff at character " \
                            f"{args[-1].index(chr(0xdcff)) + 1}\n"


@pytest.mark.parametrize("args", [
    ["query", "clusters", "--param", "country", NOT_UTF8],
    ["search", NOT_UTF8],
    ["show", NOT_UTF8],
    ["sparql", 'ASK { ?s ?p "' + NOT_UTF8 + '" }'],
    ["query", "clusters", "--graph", "urn:" + NOT_UTF8],
])
def test_an_argument_that_is_not_utf8_never_reaches_the_endpoint(args, endpoint):
    _Endpoint.requests.clear()
    result = run(*args, "--endpoint", endpoint)
    assert result.exit_code == 2, result.output
    assert "is not valid UTF-8: it holds the byte 0xff" in result.stderr
    assert _Endpoint.requests == []


def test_credentials_that_are_not_utf8_are_named(endpoint):
    result = run("query", "clusters", "--endpoint", endpoint, env={"CGKG_ENDPOINT_USER": "me\udcff"})
    assert result.exit_code == 2
    assert result.stderr == "Error: CGKG_ENDPOINT_USER is not valid UTF-8: it holds the byte 0xff at character 3\n"


def test_a_real_shell_argument_that_is_not_utf8_is_one_sentence():
    # The bytes as a shell passes them (printf 'abc\xff'), decoded by Python itself.
    done = subprocess.run([sys.executable, "-m", "cgkg", "query", "clusters", "--param", "country", b"abc\xff"],
                          capture_output=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == b"Error: parameter 'country' is not valid UTF-8: it holds the byte 0xff at character 4\n"


# 2. A query on standard input that is not UTF-8 ---------------------------------------------------


def test_a_query_on_stdin_that_is_not_utf8_is_one_sentence():
    done = cgkg("sparql", "-", input=b'ASK { ?s ?p "\xff" }', env={"PYTHONIOENCODING": "utf-8:strict"})
    assert done.returncode == 2, done.stderr
    assert b"Traceback" not in done.stderr
    assert done.stderr.endswith(b"Error: Invalid value for '-': standard input is not UTF-8 text "
                                b"(byte 0xff at offset 13)\n")


def test_a_query_on_stdin_is_read_as_utf8_whatever_the_locale():
    done = cgkg("sparql", "-", input="\ufeffASK { BIND(\"é\" AS ?x) FILTER(?x = \"\\u00e9\") }".encode(),
                env={"PYTHONIOENCODING": "ascii:strict", "LC_ALL": "C"})
    assert (done.returncode, done.stdout, done.stderr) == (0, b"true\n", b"")


def test_a_closed_stdin_is_one_sentence():
    done = cgkg("sparql", "-", shell_suffix="<&-")
    assert (done.returncode, done.stderr.splitlines()[-1]) == (
        2, b"Error: '-' reads the query from standard input, which is closed")


# 3. A data file whose name is not UTF-8 -----------------------------------------------------------


def test_a_data_file_whose_name_is_not_utf8_is_read(tmp_path):
    data = tmp_path / os.fsdecode(b"y\xff.ttl")
    data.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = run("sparql", "ASK { <urn:a> <urn:b> <urn:c> }", "--data", str(data))
    assert (result.exit_code, result.stdout) == (0, "true\n"), result.output


# 4. --force never deletes files another program listed in a SHA256SUMS ----------------------------


def _foreign_folder(folder: Path, name: str) -> Path:
    folder.mkdir()
    (folder / name).write_bytes(b"x\n")
    (folder / "SHA256SUMS").write_text(f"{hashlib.sha256(b'x' + bytes([10])).hexdigest()}  {name}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("args, name", [
    (["--all"], "ubuntu.iso"),
    (["--format", "csv", "-o"], "notes.txt"),
])
def test_force_keeps_the_files_a_foreign_sha256sums_lists(tmp_path, args, name):
    folder = _foreign_folder(tmp_path / "downloads", name)
    result = run("export", *args, str(folder), "--force")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {folder} holds files this export does not write (") and name in result.stderr
    assert (folder / name).read_bytes() == b"x\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["downloads"]


def test_force_keeps_the_files_a_release_lists_once_its_readme_is_not_cgkgs(tmp_path):
    folder = tmp_path / "release"
    assert run("export", "--all", str(folder)).exit_code == 0
    (folder / "csv" / "mine.csv").write_text("id\n", encoding="utf-8")
    (folder / "README.md").write_text("# My downloads\n", encoding="utf-8")
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    readme_sum = hashlib.sha256(b"# My downloads\n").hexdigest()
    lines = [f"{readme_sum}  README.md" if line.endswith("  README.md") else line for line in sums]
    lines.append(f"{hashlib.sha256(b'id' + bytes([10])).hexdigest()}  csv/mine.csv")
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("export", "--all", str(folder), "--force")
    assert result.exit_code == 2 and "csv/mine.csv" in result.stderr
    assert (folder / "csv" / "mine.csv").read_text(encoding="utf-8") == "id\n"


# 5. CSV and TSV cells are RDF lexical forms; JSON keeps typed values -------------------------------


def test_csv_and_tsv_write_a_boolean_as_rdf_writes_it():
    # As the table shows it, and as SPARQL 1.1's CSV and TSV results write it: true, not Python's True.
    query = "SELECT ?o WHERE { VALUES ?o { true } }"
    assert run("sparql", query).stdout.splitlines()[2] == "true"
    assert run("sparql", query, "--csv").stdout == "o\ntrue\n"
    assert run("sparql", query, "--tsv").stdout == "o\ntrue\n"
    assert json.loads(run("sparql", query, "--json").stdout) == [{"o": True}]


@pytest.mark.parametrize("command", [
    ["sparql", "SELECT * WHERE { ?s ?p ?o }"],
    ["query", "stats"],
])
def test_csv_and_tsv_keep_the_lexical_forms_an_endpoint_sends(command, endpoint):
    row = [value for value, _ in ROW.values()]
    result = run(*command, "--endpoint", endpoint, "--csv")
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [list(ROW), row]
    result = run(*command, "--endpoint", endpoint, "--tsv")
    assert result.stdout == "\t".join(ROW) + "\n" + "\t".join(row) + "\n"
    assert json.loads(run(*command, "--endpoint", endpoint, "--json").stdout) == [
        {"int": 7, "dec": 1.5, "dbl": 1000, "flag": True}]


# 6. Table columns line up after combining marks and zero-width characters ----------------------------


def test_a_table_lines_up_after_combining_marks_and_zero_width_characters():
    names = ["Nicolo\u0300 Zegna", "Niccolo Zegna", "Zegna\u200b"]
    values = " ".join(f'("{name}" {n})' for n, name in enumerate(names, 1))
    result = run("sparql", f"SELECT ?name ?n WHERE {{ VALUES (?name ?n) {{ {values} }} }}")
    assert result.stdout.splitlines() == [
        "name           n",
        "-------------  -",
        "Nicolo\u0300 Zegna   1",
        "Niccolo Zegna  2",
        "Zegna\u200b          3",
    ]


# 7. SPARQL XML never writes an ill-formed document ------------------------------------------------


def test_sparql_xml_refuses_a_character_xml_cannot_hold():
    result = run("sparql", 'SELECT ?x WHERE { VALUES ?x { "a\\u0001b" } }', "--sparql-xml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: the value of ?x holds the character U+0001, which XML 1.0 cannot represent, "
                             "so the answer cannot be written as --sparql-xml; use --sparql-json\n")


def test_sparql_xml_keeps_a_carriage_return():
    result = run("sparql", 'SELECT ?x WHERE { VALUES ?x { "a\\rb" } }', "--sparql-xml")
    literal = minidom.parseString(result.stdout_bytes).getElementsByTagName("literal")[0]
    assert literal.firstChild.data == "a\rb"


# 8. A malformed CGKG_ENDPOINT says where it came from -------------------------------------------


def test_a_malformed_endpoint_from_the_environment_names_the_variable():
    result = run("query", "clusters", env={"CGKG_ENDPOINT": "garbage"})
    assert result.exit_code == 2
    assert result.stderr == ("Error: endpoint 'garbage' is not an http(s) URL "
                             "(The endpoint is the value of CGKG_ENDPOINT.)\n")
    given = run("query", "clusters", "--endpoint", "garbage", env={"CGKG_ENDPOINT": ""})
    assert given.stderr == "Error: endpoint 'garbage' is not an http(s) URL\n"


# 9. --param lang ZH and --lang zh are the same language --------------------------------------------


def test_param_lang_in_capitals_agrees_with_lang():
    both = run("query", "lead-firms", "--param", "lang", "ZH", "--lang", "zh")
    assert both.exit_code == 0, both.output
    assert both.stdout == run("query", "lead-firms", "--lang", "zh").stdout
    assert run("query", "lead-firms", "--param", "lang", "ZH", "--lang", "en").exit_code == 2


# 10. A malformed IRI is reported before a --data file is parsed -------------------------------------


@pytest.mark.parametrize("args", [
    ["query", "clusters", "--param", "country", "<bad iri>"],
    ["query", "recommendations", "--param", "addressee", "<bad iri>"],
])
def test_a_malformed_iri_parameter_is_reported_before_the_data(args, bad_turtle):
    result = run(*args, "--data", str(bad_turtle))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: '<bad iri>' is not an absolute IRI"), result.stderr


# 11. A file name written as a folder's --------------------------------------------------------------


def test_a_file_format_refuses_a_name_ending_in_a_slash(tmp_path, bad_turtle):
    result = run("export", "--format", "turtle", "-o", f"{tmp_path / 'out'}/", "--data", str(bad_turtle))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'out'}/ names a folder; give a file name for this format\n"
    existing = tmp_path / "cgkg.ttl"
    existing.write_bytes(b"kept")
    result = run("export", "--format", "turtle", "-o", f"{existing}/", "--force")
    assert result.exit_code == 2 and "names a folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cgkg.ttl"] and existing.read_bytes() == b"kept"


# 12. A closed standard output ------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["queries"], ["export", "--format", "ntriples", "--part", "ontology"], ["--version"]])
def test_a_closed_stdout_is_an_output_error(args):
    done = cgkg(*args, shell_suffix=">&-")
    assert (done.returncode, done.stderr) == (2, b"Error: cannot read or write the output: standard output is closed\n")


def test_a_closed_stdout_does_not_stop_an_export_to_a_file(tmp_path):
    target = tmp_path / "ontology.nt"
    done = cgkg("export", "--format", "ntriples", "--part", "ontology", "-o", str(target), shell_suffix=">&-")
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().count(b"\n") > 100


# 13. Small ones ---------------------------------------------------------------------------------------


def test_an_rdf_xml_syntax_error_says_syntax_error_once(tmp_path):
    data = tmp_path / "cut.rdf"
    data.write_text('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                    '<rdf:Description rdf:about="urn:a"', encoding="utf-8")
    result = run("sparql", "ASK {}", "--data", str(data))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {data}: syntax error: tag not closed: `>` not found before end of input\n"


def test_an_endpoint_scheme_in_capitals_is_http(endpoint):
    result = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--csv", "--endpoint", endpoint.replace("http:", "HTTP:"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ",".join(ROW)


def test_cache_clear_counts_only_what_it_removed(tmp_path):
    (tmp_path / "store-notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "store-0123456789abcdef01234567").mkdir()
    result = run("cache", "--clear", env={"CGKG_CACHE_DIR": str(tmp_path)})
    assert result.stdout == f"Removed 1 cached store(s) from {tmp_path}.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["store-notes.txt"]

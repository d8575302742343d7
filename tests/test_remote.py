"""cgkg beyond one process, over real sockets: publish to a real Oxigraph server, then every canned
query and every lookup command gives the same answer embedded and remote; every way an endpoint
can fail is one sentence and exit code 3; ``cgkg serve`` answers SPARQL and stops cleanly on Ctrl-C.

The Oxigraph server is the ``oxigraph`` executable shipped by the ``oxigraph`` PyPI package.
Every server here listens on 127.0.0.1 only and stops with the module.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import re
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from cgkg import canned
from cgkg.api import open_graph
from cgkg.cli import cli
from cgkg.serve import find_oxigraph

GRAPH = "https://w3id.org/cgkg/test/graph"
OTHER_GRAPH = "https://w3id.org/cgkg/test/other-graph"
# A triple in the endpoint's default graph that would change every answer if --graph were ignored.
DECOY = ("<https://w3id.org/cgkg/id/cluster/decoy> a <https://w3id.org/cgkg/ontology#IndustrialCluster> ; "
         "<http://www.w3.org/2004/02/skos/core#prefLabel> \"decoy cluster\"@en , \"诱饵\"@zh .")

QUERIES = canned.list_queries()


# ---------------------------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_answers(url: str, process: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    query = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the oxigraph server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(query, timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"the oxigraph server did not answer at {url} within {seconds:g} s")


@contextlib.contextmanager
def oxigraph_server(location: Path | None = None):
    """An Oxigraph server on a free port of 127.0.0.1, in memory or over LOCATION: its base URL."""
    port = free_port()
    stored = ["--location", str(location)] if location else []
    process = subprocess.Popen(
        [find_oxigraph(), "serve", *stored, "--bind", f"127.0.0.1:{port}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base + "/query", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A writable Oxigraph server on a free port of 127.0.0.1: its base URL."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-store")) as base:
        yield base


def sparql_update(base: str, update: str) -> None:
    request = urllib.request.Request(base + "/update", data=update.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-update"}, method="POST")
    with urllib.request.urlopen(request, timeout=10):
        pass


def count_in(base: str, graph: str | None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    url = base + "/query?" + urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return int(json.load(answer)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def endpoint(oxigraph, tmp_path_factory) -> str:
    """The bundled graph published with `cgkg publish` into GRAPH; a decoy in the default graph and
    another named graph, so that a remote query that ignored --graph would give different answers."""
    sparql_update(oxigraph, f"INSERT DATA {{ {DECOY} }}")
    extra = tmp_path_factory.mktemp("extra") / "extra.ttl"
    extra.write_text(f"@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n{DECOY}\n", encoding="utf-8")
    url = oxigraph + "/query"
    other = CliRunner().invoke(cli, ["publish", "--endpoint", url, "--graph", OTHER_GRAPH, "--data", str(extra)])
    assert other.exit_code == 0, other.output
    result = CliRunner().invoke(cli, ["publish", "--endpoint", url, "--graph", GRAPH])
    assert result.exit_code == 0, result.output
    match = re.fullmatch(rf"Published (\d+) triples to <{re.escape(GRAPH)}> at {re.escape(url)}\n", result.stdout)
    assert match, result.output
    assert int(match.group(1)) == count_in(oxigraph, GRAPH) > 1000
    assert count_in(oxigraph, OTHER_GRAPH) == int(match.group(1)) + 3
    assert count_in(oxigraph, None) == 3
    return url


@pytest.fixture(scope="module")
def embedded():
    return open_graph()


@pytest.fixture(scope="module")
def remote(endpoint):
    return open_graph(endpoint=endpoint, graph=GRAPH, timeout=30)


class _Handler(http.server.BaseHTTPRequestHandler):
    status = 500
    content_type = "text/plain"
    body = b"internal error: the store is on fire\n"

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.received(self.rfile.read(length) if length else b"")
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = do_PUT = _answer

    def received(self, body: bytes) -> None:
        """What the server does with a request before it answers: nothing, unless it records."""

    def log_message(self, *args):
        pass


def _http_server(handler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


class _Recording(_Handler):
    """Answers every query with one SPARQL JSON row and remembers how each request came."""

    status = 200
    content_type = "application/sparql-results+json"
    body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {
        "type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode()
    seen: list[dict] = []

    def received(self, body: bytes) -> None:
        form = urllib.parse.parse_qs(body.decode())
        url_query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        self.seen.append({"method": self.command, "authorization": self.headers.get("Authorization"),
                          "query": (form.get("query") or url_query.get("query") or [""])[0]})


class _Forgetful(_Handler):
    """A store that accepts every upload, keeps none of it, and counts zero triples."""

    status = 200
    content_type = "application/sparql-results+json"
    body = json.dumps({"head": {"vars": ["triples"]}, "results": {"bindings": [{"triples": {
        "type": "literal", "value": "0", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode()

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(204)
        self.end_headers()


def _serving(handler):
    server, base = _http_server(handler)
    yield base + "/query"
    server.shutdown()
    server.server_close()


def _canned(status: int, body: bytes, content_type: str = "text/plain"):
    """A module-scoped fixture: the URL of a local server that answers every request with STATUS and BODY."""
    handler = type(f"_Answer{status}", (_Handler,), {"status": status, "body": body, "content_type": content_type})

    @pytest.fixture(scope="module")
    def url():
        yield from _serving(handler)

    return url


server_error_url = _canned(500, b"internal error: the store is on fire\n")
html_url = _canned(200, b"<!DOCTYPE html><html><body><h1>Welcome to our website</h1></body></html>\n",
                   "text/html; charset=utf-8")
not_found_url = _canned(404, b"no such page\n")
bad_request_url = _canned(400, b"Parse error: unexpected token at line 1\nmore details\n")
unavailable_url = _canned(503, b"down for maintenance\n")
unauthorized_url = _canned(401, b"credentials required\n")
forbidden_url = _canned(403, b"read-only\n")  # as `oxigraph serve-read-only` answers every write
# A web API that answers every request with JSON of its own, not SPARQL results.
json_url = _canned(200, b'{"status": "ok", "items": []}\n', "application/json")
# SPARQL JSON in shape, but a term's value is a number: not SPARQL results either.
numeric_value_url = _canned(200, b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", '
                                 b'"value": 123}}]}}\n', "application/sparql-results+json")
# Oxigraph's answer when a SERVICE call fails after the results have begun: its error text follows the JSON.
broken_off_url = _canned(200, b'{"head":{"vars":["s"]},"results":{"bindings":[Unsupported Content-Type returned by '
                              b'service <http://127.0.0.1:9/html>: text/html', "application/sparql-results+json")
cut_off_url = _canned(200, b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"urn:a"}},',
                      "application/sparql-results+json")


class _RawServer:
    """A listening socket whose connections are accepted and then held silent, cut, or refused early."""

    # What a server with an upload limit answers as soon as it has read the headers of a large PUT.
    EARLY_REFUSAL = (b"HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain\r\nContent-Length: 28\r\n"
                     b"Connection: close\r\n\r\nuploads are limited to 1 MB\n")

    def __init__(self, behaviour: str):
        self.behaviour = behaviour  # "silent", "cut" or "refuse-early"
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.1)
        self.stop = threading.Event()
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}/query"

    def _run(self):
        deadline = time.monotonic() + 120  # stops by itself whatever happens
        while not self.stop.is_set() and time.monotonic() < deadline:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            if self.behaviour == "cut":
                connection.settimeout(2)
                try:
                    connection.recv(4096)  # the request line and headers, then the connection is lost
                except OSError:
                    pass
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                connection.close()
            elif self.behaviour == "refuse-early":
                self._refuse_early(connection)
            else:
                self.held.append(connection)

    def _refuse_early(self, connection: socket.socket) -> None:
        # Answer once the headers are in, then close with the body unread, as nginx does past
        # client_max_body_size: the client's sending fails part-way, the answer is already sent.
        connection.settimeout(2)
        received = b""
        try:
            while b"\r\n\r\n" not in received:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                received += chunk
            connection.sendall(self.EARLY_REFUSAL)
        except OSError:
            pass
        connection.close()

    def close(self):
        self.stop.set()
        self.thread.join(timeout=5)
        for connection in self.held:
            connection.close()
        self.socket.close()


@pytest.fixture(scope="module")
def silent_url():
    server = _RawServer("silent")
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def cutting_url():
    server = _RawServer("cut")
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def refusing_early_url():
    server = _RawServer("refuse-early")
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/query"


def test_an_endpoint_error_names_the_variable_the_endpoint_came_from(closed_port_url):
    # A forgotten CGKG_ENDPOINT makes a query that looks like one of the bundled graph fail.
    from_env = CliRunner().invoke(cli, ["query", "clusters"], env={"CGKG_ENDPOINT": closed_port_url})
    assert from_env.exit_code == 3
    assert from_env.stderr.endswith(" (The endpoint is the value of CGKG_ENDPOINT.)\n"), from_env.stderr
    given = CliRunner().invoke(cli, ["query", "clusters", "--endpoint", closed_port_url], env={"CGKG_ENDPOINT": ""})
    assert given.exit_code == 3 and "CGKG_ENDPOINT" not in given.stderr, given.stderr


# ---------------------------------------------------------------------------------------------
# Parity: embedded and remote give the same answers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_canned_query_gives_the_same_rows_embedded_and_remote(query, embedded, remote, in_memory, required_values):
    assert "ORDER BY" in query.text.upper(), f"{query.name} has no ORDER BY, so its row order is not defined"
    values = required_values(query)
    rows = embedded.run(query.name, **values)
    assert rows, f"{query.name} answers nothing on the bundled graph with {values}"
    assert remote.run(query.name, **values) == rows
    # The in-memory store iterates in another order than the on-disk one: the rows must not care.
    assert in_memory.run(query.name, **values) == rows


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_canned_query_example_gives_the_same_rows_embedded_and_remote(query, embedded, remote, in_memory, example_values):
    values, lang = example_values(query)
    rows = embedded.run(query.name, lang, **values)
    assert rows, f"{query.example} answers nothing on the bundled graph"
    assert remote.run(query.name, lang, **values) == rows
    assert in_memory.run(query.name, lang, **values) == rows


CLI_CASES = {
    "sparql-select": ["sparql", "SELECT ?district ?label WHERE { ?district a cgkg:IndustrialDistrict ; "
                                "skos:prefLabel ?label } ORDER BY ?district ?label"],
    # SELECT *: Oxigraph names the columns alphabetically, other engines in the query's order; cgkg
    # gives the query's order on both.
    "sparql-star": ["sparql", "SELECT * WHERE { ?district a cgkg:IndustrialDistrict ; skos:prefLabel ?label ; "
                              "cgkg:country ?country } ORDER BY ?district ?label"],
    "sparql-ask": ["sparql", "ASK { clu:liushi-low-voltage-electrical cgkg:country pl:china }"],
    "sparql-construct": ["sparql", "CONSTRUCT { ?firm ?p ?o } WHERE { ?firm a cgkg:Firm ; ?p ?o }"],
    "show": ["show", "ag:chint"],
    "show-label-zh": ["show", "柳市低压电器", "--lang", "zh"],
    "search": ["search", "协会"],
    "search-it": ["search", "prato", "--lang", "it"],
    "stats": ["stats"],
}
FORMATS = {"table": [], "csv": ["--csv"], "json": ["--json"]}


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("case", list(CLI_CASES))
def test_command_prints_the_same_embedded_and_remote(case, fmt, endpoint):
    args = CLI_CASES[case]
    if args[0] == "show" and fmt == "csv":
        pytest.skip("show prints a card or JSON, not CSV")
    args = args + FORMATS[fmt]
    runner = CliRunner()
    local = runner.invoke(cli, args)
    if case == "sparql-construct" and fmt != "table":
        # A graph prints as N-Triples only; both engines refuse a results format for it alike.
        far = runner.invoke(cli, args + ["--endpoint", endpoint, "--graph", GRAPH])
        assert local.exit_code == far.exit_code == 2 and far.output == local.output
        assert "prints N-Triples" in local.output
        return
    assert local.exit_code == 0, local.output
    far = runner.invoke(cli, args + ["--endpoint", endpoint, "--graph", GRAPH])
    assert far.exit_code == 0, far.output
    assert far.stdout == local.stdout
    assert len(local.stdout.splitlines()) > 1 or case == "sparql-ask"


def test_graph_selects_the_named_graph(endpoint):
    """The check that --graph matters: without it the endpoint answers from its default graph."""
    runner = CliRunner()
    without = runner.invoke(cli, ["search", "decoy", "--endpoint", endpoint, "--csv"])
    assert without.exit_code == 0 and "cluster/decoy" in without.stdout, without.output
    within = runner.invoke(cli, ["search", "decoy", "--endpoint", endpoint, "--graph", GRAPH, "--csv"])
    assert within.exit_code == 0 and "cluster/decoy" not in within.stdout, within.output


def test_an_empty_answer_from_a_graph_that_holds_nothing_says_so(endpoint):
    # A misspelt --graph answers every query with no rows, as if the graph had no such clusters.
    missing = GRAPH + "-misspelt"
    result = CliRunner().invoke(cli, ["query", "clusters", "--csv", "--endpoint", endpoint, "--graph", missing])
    assert result.exit_code == 0, result.output
    assert result.stdout == "cluster,label,kind,place,countryLabel,sectorLabel\n"
    assert result.stderr == (f"Note: the graph <{missing}> of {endpoint} holds no triples: check the IRI given "
                             "to --graph (`cgkg publish` loads the graph into one)\n")
    # An empty answer from the published graph is an answer: no note about the graph, only search's own.
    empty = CliRunner().invoke(cli, ["search", "decoy", "--endpoint", endpoint, "--graph", GRAPH, "--csv"])
    assert (empty.exit_code, empty.stderr) == (0, "Note: no entity has a label containing 'decoy'\n")


def test_an_empty_answer_from_an_empty_default_graph_says_to_give_the_graph():
    # `cgkg publish` loads a named graph; Oxigraph's default graph is not their union, so a query
    # without --graph answers every query with no rows, as if the graph had no such clusters.
    with oxigraph_server() as base:
        url = base + "/query"
        published = CliRunner().invoke(cli, ["publish", "--endpoint", url, "--graph", GRAPH])
        assert published.exit_code == 0, published.output
        result = CliRunner().invoke(cli, ["query", "clusters", "--csv", "--endpoint", url])
        assert result.exit_code == 0, result.output
        assert result.stdout == "cluster,label,kind,place,countryLabel,sectorLabel\n"
        assert result.stderr == (f"Note: the default graph of {url} holds no triples: give --graph with the IRI of "
                                 "the named graph that holds cgkg (the one given to `cgkg publish`)\n")
        within = CliRunner().invoke(cli, ["query", "clusters", "--csv", "--endpoint", url, "--graph", GRAPH])
        assert (within.exit_code, within.stderr) == (0, "") and within.stdout.count("\n") > 10


# ---------------------------------------------------------------------------------------------
# Faults: one sentence, exit code 3, no traceback
# ---------------------------------------------------------------------------------------------


def assert_one_sentence_exit_3(result, *fragments):
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output and "Exception" not in result.output
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


FAULTS = {
    "closed-port": ("closed_port_url", "refused the connection"),
    "never-answers": ("silent_url", "did not answer within 1 s"),
    "http-500": ("server_error_url", "HTTP 500"),
    "http-404": ("not_found_url", "has no SPARQL endpoint at that URL (HTTP 404)"),
    "http-400": ("bad_request_url", "rejected the query as malformed (HTTP 400): Parse error: unexpected token at line 1"),
    "http-503": ("unavailable_url", "answered HTTP 503 Service Unavailable"),
    "http-401": ("unauthorized_url", "refused the credentials (HTTP 401); set CGKG_ENDPOINT_USER and CGKG_ENDPOINT_PASSWORD"),
    "html-page": ("html_url", "text/html"),
    "unknown-host": ("unknown_host_url", "unknown host"),
}


@pytest.fixture
def unknown_host_url(monkeypatch):
    """A host name the resolver does not know, without asking a real DNS server (the tests run offline)."""
    resolve = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host == "nonexistent.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return "http://nonexistent.invalid/query"


def fault_url(name, request):
    return request.getfixturevalue(FAULTS[name][0])


@pytest.mark.parametrize("fault", list(FAULTS))
def test_query_against_a_failing_endpoint_is_one_sentence_exit_3(fault, request):
    url = fault_url(fault, request)
    result = CliRunner().invoke(cli, ["query", "clusters", "--endpoint", url, "--timeout", "1"])
    assert_one_sentence_exit_3(result, FAULTS[fault][1])


def test_a_fraction_of_a_second_is_the_timeout_the_socket_gets(silent_url, monkeypatch):
    # SPARQLWrapper's setTimeout() keeps whole seconds (0.3 would become 0: no timeout at all), and
    # rounding up made 0.3 a full second while the error said 0.3 s. The socket gets what was asked.
    import SPARQLWrapper.Wrapper

    given = []
    urlopen = SPARQLWrapper.Wrapper.urlopener

    def recording_urlopen(request, timeout=None):
        given.append(timeout)
        return urlopen(request, timeout=timeout)

    monkeypatch.setattr(SPARQLWrapper.Wrapper, "urlopener", recording_urlopen)
    result = CliRunner().invoke(cli, ["query", "clusters", "--endpoint", silent_url, "--timeout", "0.3"])
    assert given == [0.3]
    assert_one_sentence_exit_3(result, "did not answer within 0.3 s")


@pytest.mark.parametrize("args, fragment", [
    (["query", "clusters"], "answered with JSON that is not SPARQL results"),
    (["sparql", "ASK { ?s ?p ?o }"], "did not answer the ASK query with a SPARQL boolean"),
    (["sparql", "CONSTRUCT WHERE { ?s ?p ?o }"], "answered with application/json, not RDF"),
])
def test_an_endpoint_answering_json_of_its_own_is_one_sentence_exit_3(args, fragment, json_url):
    result = CliRunner().invoke(cli, [*args, "--endpoint", json_url, "--timeout", "1"])
    assert_one_sentence_exit_3(result, fragment)


class _Dripping(_Handler):
    """Valid SPARQL JSON, sent one byte at a time, a byte every 0.1 s: each wait is short, the whole is not."""

    status = 200
    content_type = "application/sparql-results+json"
    body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": []}}).encode()

    def _answer(self):
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        try:
            for byte in self.body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client gave up

    do_GET = do_POST = _answer


@pytest.fixture(scope="module")
def dripping_url():
    yield from _serving(_Dripping)


def test_the_timeout_bounds_the_whole_answer_not_each_wait(dripping_url):
    # The 54 bytes take about 5 s to arrive, though no single wait lasts 1 s.
    result = CliRunner().invoke(cli, ["sparql", "SELECT ?n WHERE { ?n ?p ?o }", "--endpoint", dripping_url,
                                      "--timeout", "1"])
    assert_one_sentence_exit_3(result, "did not finish its answer within 1 s (use --timeout to wait longer)")


def test_results_that_break_off_say_why_in_one_sentence_exit_3(broken_off_url, cut_off_url):
    query = ["sparql", "SELECT ?s WHERE { ?s ?p ?o }"]
    broken = CliRunner().invoke(cli, [*query, "--endpoint", broken_off_url])
    assert_one_sentence_exit_3(broken, "broke off its SPARQL JSON results with: Unsupported Content-Type returned by "
                                       "service <http://127.0.0.1:9/html>: text/html")
    cut = CliRunner().invoke(cli, [*query, "--endpoint", cut_off_url])
    assert_one_sentence_exit_3(cut, "began SPARQL JSON results but its answer was cut off")


def test_a_term_value_that_is_not_a_string_is_one_sentence_exit_3(numeric_value_url):
    result = CliRunner().invoke(cli, ["sparql", "SELECT ?n WHERE { BIND(1 AS ?n) }", "--endpoint", numeric_value_url])
    assert_one_sentence_exit_3(result, "answered with JSON that is not SPARQL results")


@pytest.fixture()
def recording():
    """A fresh recording endpoint per test, and the list of the requests it received."""
    handler = type("_RecordingForTest", (_Recording,), {"seen": []})
    for url in _serving(handler):
        yield url, handler.seen


def test_credentials_come_from_the_environment_as_http_basic_auth(recording, monkeypatch):
    url, seen = recording
    monkeypatch.setenv("CGKG_ENDPOINT_USER", "reader")
    monkeypatch.setenv("CGKG_ENDPOINT_PASSWORD", "s3cret")
    result = CliRunner().invoke(cli, ["sparql", "SELECT ?n WHERE { BIND(1 AS ?n) }", "--endpoint", url, "--csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "1"]
    assert [request["authorization"] for request in seen] == ["Basic cmVhZGVyOnMzY3JldA=="]  # base64 of reader:s3cret


def test_without_credentials_in_the_environment_none_are_sent(recording, monkeypatch):
    url, seen = recording
    monkeypatch.delenv("CGKG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("CGKG_ENDPOINT_PASSWORD", raising=False)
    result = CliRunner().invoke(cli, ["sparql", "SELECT ?n WHERE { BIND(1 AS ?n) }", "--endpoint", url])
    assert result.exit_code == 0, result.output
    assert [request["authorization"] for request in seen] == [None]


def test_short_queries_go_by_get_and_long_ones_by_post(recording):
    url, seen = recording
    short = "SELECT ?n WHERE { BIND(1 AS ?n) }"
    long = short + "\n" + "# a long comment keeps the query valid\n" * 200
    for text in (short, long):
        result = CliRunner().invoke(cli, ["sparql", text, "--endpoint", url])
        assert result.exit_code == 0, result.output
    assert [request["method"] for request in seen] == ["GET", "POST"]
    assert seen[0]["query"].endswith(short) and seen[1]["query"].endswith(long)


def test_a_remote_query_with_a_service_clause_sends_no_request_from_the_client(recording):
    # The syntax check evaluates the query on an empty local store, where Oxigraph used to call the
    # SERVICE's URL itself: from the client, with no timeout, to whatever URL the query named.
    url, seen = recording
    service = type("_ServiceForTest", (_Recording,), {"seen": []})
    for service_url in _serving(service):
        text = f"SELECT ?n WHERE {{ SERVICE <{service_url}> {{ BIND(1 AS ?n) }} }}"
        result = CliRunner().invoke(cli, ["sparql", text, "--endpoint", url, "--csv"])
        assert result.exit_code == 0, result.output
        assert [request["query"].endswith(text) for request in seen] == [True]  # the endpoint got the query
        assert service.seen == []
        broken = CliRunner().invoke(cli, ["sparql", f"SELECT * WHERE {{ SERVICE <{service_url}> {{ ?n ?p }} }}",
                                          "--endpoint", url])
        assert broken.exit_code == 2 and "SPARQL syntax error" in broken.output  # still checked
        assert len(seen) == 1 and service.seen == []


def test_the_endpoint_can_come_from_cgkg_endpoint(recording, monkeypatch):
    url, seen = recording
    monkeypatch.setenv("CGKG_ENDPOINT", url)
    result = CliRunner().invoke(cli, ["sparql", "SELECT ?n WHERE { BIND(1 AS ?n) }", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": 1}]
    assert len(seen) == 1


@pytest.mark.parametrize("fault", list(FAULTS))
def test_publish_to_a_failing_endpoint_is_one_sentence_exit_3(fault, request):
    url = fault_url(fault, request)
    result = CliRunner().invoke(cli, ["publish", "--endpoint", url, "--graph", GRAPH + "/fault", "--timeout", "1"])
    assert_one_sentence_exit_3(result, FAULTS[fault][1])


UPLOAD_FAULTS = {
    "server_error_url": "HTTP 500 Internal Server Error (internal error: the store is on fire)",
    "cutting_url": "the connection was lost",
    # The bundled graph's N-Triples (over 1 MB) is more than the sockets buffer, so sending fails
    # part-way; the server's answer must still be what the user reads.
    "refusing_early_url": "HTTP 413 Payload Too Large (uploads are limited to 1 MB)",
    "silent_url": "the server did not answer within 1 s",
    "not_found_url": "there is no Graph Store there (HTTP 404 Not Found); give its URL with --store",
    "unauthorized_url": "the server refused the credentials (HTTP 401); set CGKG_ENDPOINT_USER and CGKG_ENDPOINT_PASSWORD",
    # No credentials were sent, so they are not what was refused.
    "forbidden_url": "the server refused the upload (HTTP 403): it may be read-only (as `cgkg serve` is), or need "
                     "credentials (CGKG_ENDPOINT_USER and CGKG_ENDPOINT_PASSWORD)",
}


@pytest.mark.parametrize("store", list(UPLOAD_FAULTS))
def test_a_failed_upload_says_why_and_what_the_graph_holds_and_touches_no_other_graph(store, request, endpoint, oxigraph):
    before = {graph: count_in(oxigraph, graph) for graph in (GRAPH, OTHER_GRAPH, None)}
    target = f"{GRAPH}/failed-{store}"
    gsp = request.getfixturevalue(store).replace("/query", "/store")
    result = CliRunner().invoke(cli, ["publish", "--endpoint", endpoint, "--store", gsp,
                                      "--graph", target, "--timeout", "1"])
    assert_one_sentence_exit_3(result, f"uploading graph <{target}> to {gsp} failed: {UPLOAD_FAULTS[store]}",
                               f"graph <{target}> is unchanged (0 triples; the upload had {before[GRAPH]})")
    assert {graph: count_in(oxigraph, graph) for graph in before} == before


def test_an_upload_the_server_accepts_but_does_not_keep_is_reported():
    server, base = _http_server(_Forgetful)
    try:
        result = CliRunner().invoke(cli, ["publish", "--endpoint", base + "/query", "--graph", GRAPH, "--timeout", "5"])
    finally:
        server.shutdown()
        server.server_close()
    expected = len(open_graph().engine.store)
    assert_one_sentence_exit_3(result, f"{base}/store accepted the upload, but graph <{GRAPH}> now holds 0 triples; "
                                       f"expected {expected}")


def test_publish_refuses_the_default_graph_without_the_flag(oxigraph):
    before = count_in(oxigraph, None)
    result = CliRunner().invoke(cli, ["publish", "--endpoint", oxigraph + "/query"])
    assert result.exit_code == 2, result.output
    assert "--default-graph" in result.stderr and len(result.stderr.splitlines()) == 1
    assert count_in(oxigraph, None) == before


def test_publish_to_the_default_graph_with_the_flag(tmp_path_factory, oxigraph):
    """A server of its own: replacing the default graph of the shared one would break the other tests."""
    port = free_port()
    process = subprocess.Popen(
        [find_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("default-graph")),
         "--bind", f"127.0.0.1:{port}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base + "/query", process)
        sparql_update(base, f"INSERT DATA {{ GRAPH <{OTHER_GRAPH}> {{ {DECOY} }} }}")
        result = CliRunner().invoke(cli, ["publish", "--endpoint", base + "/query", "--default-graph"])
        assert result.exit_code == 0, result.output
        published = int(re.fullmatch(r"Published (\d+) triples to the default graph at \S+\n", result.stdout).group(1))
        assert count_in(base, None) == published
        assert count_in(base, OTHER_GRAPH) == 3
        stats = CliRunner().invoke(cli, ["stats", "--endpoint", base + "/query", "--csv"])
        assert stats.exit_code == 0 and f"triples,all,{published}" in stats.stdout
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_publish_cannot_guess_the_graph_store_of_an_unusual_endpoint_url():
    result = CliRunner().invoke(cli, ["publish", "--endpoint", "http://127.0.0.1:9/repositories/x", "--graph", GRAPH])
    assert result.exit_code == 2, result.output
    assert "--store" in result.stderr


# ---------------------------------------------------------------------------------------------
# cgkg serve
# ---------------------------------------------------------------------------------------------


def read_line(process: subprocess.Popen, seconds: float) -> str:
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    try:
        if not selector.select(timeout=seconds):
            return ""
        return process.stdout.readline()
    finally:
        selector.close()


def test_serve_answers_sparql_and_stops_cleanly_on_ctrl_c(tmp_path):
    port = free_port()
    env = dict(os.environ, TMPDIR=str(tmp_path), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "cgkg", "serve", "--port", str(port)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = read_line(process, 60)
        url = f"http://127.0.0.1:{port}/query"
        assert line == f"Serving cgkg at {url} (Ctrl-C to stop)\n", line + (process.stderr.read() if process.poll() is not None else "")
        assert [p.name[:11] for p in tmp_path.iterdir()] == ["cgkg-serve-"]

        query = "SELECT ?label WHERE { <https://w3id.org/cgkg/id/agent/chint> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?label"
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            labels = [b["label"]["value"] for b in json.load(answer)["results"]["bindings"]]
        assert labels == ["Chint", "正泰"]
        # Read-only: an update is refused.
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"CLEAR DEFAULT",
                                        headers={"Content-Type": "application/sparql-update"}, method="POST")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)
        # The CLI's own stats through the served endpoint match the embedded ones.
        served = CliRunner().invoke(cli, ["stats", "--endpoint", url, "--csv"])
        local = CliRunner().invoke(cli, ["stats", "--csv"])
        assert served.exit_code == 0 and served.stdout == local.stdout

        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0, process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)


def test_serve_on_port_0_listens_on_a_free_port_and_says_which():
    from cgkg.serve import Server

    server = Server(port=0)
    try:
        server.start()
        assert server.port != 0 and server.url == f"http://127.0.0.1:{server.port}/query"
        with urllib.request.urlopen(server.url + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", timeout=10) as answer:
            assert json.load(answer)["boolean"] is True
    finally:
        server.stop()


def test_serve_on_a_busy_port_is_one_sentence_exit_3():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert_one_sentence_exit_3(result, f"127.0.0.1:{port}")

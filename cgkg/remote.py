"""Running cgkg queries against any SPARQL 1.1 endpoint, through SPARQLWrapper.

The queries and their VALUES-bound parameters are exactly those the embedded engine runs, and
answers come back as the same Terms, so rows and output formats are identical. Every way an
endpoint can fail becomes one EndpointError sentence (exit code 3).
"""

from __future__ import annotations

import ast
import json
import os
import socket
import time
import urllib.error

from .engine import Result, check_syntax
from .errors import EndpointError
from .gcpause import collector_paused
from .prefixes import check_graph_iri, check_http_url, check_utf8, sparql_prologue
from .sparqlforms import in_query_order, insert_values, query_form
from .terms import Term

USER_ENV = "CGKG_ENDPOINT_USER"
PASSWORD_ENV = "CGKG_ENDPOINT_PASSWORD"
# Longer queries go by POST: some servers and proxies cut GET URLs near 8 KB.
POST_THRESHOLD = 2000


class RemoteEngine:
    def __init__(self, endpoint: str, graph: str | None = None, timeout: float = 30.0):
        check_http_url(endpoint)
        check_graph_iri(graph)
        for variable in (USER_ENV, PASSWORD_ENV):
            check_utf8(os.environ.get(variable, ""), variable)  # else a traceback from the Authorization header
        self.endpoint = endpoint
        self.graph = graph
        self.timeout = timeout
        # Told when an empty answer comes from a graph that holds nothing (a misspelt --graph IRI, or
        # the default graph of a server cgkg was published to in a named graph, answers every query
        # with no rows, which looks like a real answer).
        self.on_note = None
        self._graph_checked = False

    def describe(self) -> str:
        return f"the SPARQL endpoint {self.endpoint}" + (f" (graph {self.graph})" if self.graph else "")

    def query(self, text: str, bindings: dict[str, Term] | None = None) -> Result:
        form = query_form(text)
        check_syntax(text)  # a user's syntax error is an input error (2), whatever the server says
        # The server knows none of cgkg's prefixes: declare them (a query may redeclare its own).
        body = sparql_prologue() + insert_values(text, bindings or {})
        if form in ("CONSTRUCT", "DESCRIBE"):
            return Result(form, triples=self._graph_result(body))
        data = self._json_result(body)
        if form == "ASK":
            if not isinstance(data.get("boolean"), bool):
                raise EndpointError(f"{self.endpoint} did not answer the ASK query with a SPARQL boolean")
            return Result(form, boolean=data["boolean"])
        try:
            variables = in_query_order(text, list(data["head"]["vars"]))
            with collector_paused():
                rows = _rows(data["results"]["bindings"])
        except (KeyError, TypeError, AttributeError):
            raise EndpointError(f"{self.endpoint} answered with JSON that is not SPARQL results") from None
        if not rows:
            self._check_graph()
        return Result(form, variables=variables, rows=rows)

    def _check_graph(self) -> None:
        if self.on_note is None or self._graph_checked:
            return
        self._graph_checked = True
        try:
            holds_triples = self._json_result("ASK { ?s ?p ?o }").get("boolean")
        except EndpointError:
            return  # the answer itself came through; a failed advisory check must not fail it
        if holds_triples is not False:
            return
        if self.graph:
            self.on_note(f"the graph <{self.graph}> of {self.endpoint} holds no triples: check the IRI given "
                         "to --graph (`cgkg publish` loads the graph into one)")
        else:
            # Servers whose default graph is not the union of their named graphs (Oxigraph's, Fuseki's by
            # default) answer from an empty one when cgkg was published into a named graph.
            self.on_note(f"the default graph of {self.endpoint} holds no triples: give --graph with the IRI of "
                         "the named graph that holds cgkg (the one given to `cgkg publish`)")

    # HTTP --------------------------------------------------------------------------------------
    def _wrapper(self, text: str, accept: str):
        from SPARQLWrapper import GET, POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.endpoint)
        wrapper.setQuery(text)
        # SPARQLWrapper guesses the form with a regex that skips only every other comment line, so a
        # header comment holding "add" (addressed), "load", "drop", … made it send a SELECT as an
        # UPDATE (POST update=…), which servers reject. The form is known: say it.
        wrapper.queryType = query_form(text)
        # setTimeout() truncates to whole seconds (0.5 would mean no timeout at all); the documented
        # attribute it sets takes the exact value, which urllib passes on to the socket.
        wrapper.timeout = self.timeout
        wrapper.setMethod(POST if len(text) > POST_THRESHOLD else GET)
        wrapper.setOnlyConneg(True)
        wrapper.addCustomHttpHeader("Accept", accept)
        if self.graph:
            wrapper.addDefaultGraph(self.graph)
        user = os.environ.get(USER_ENV)
        if user:
            wrapper.setCredentials(user, os.environ.get(PASSWORD_ENV, ""))
        return wrapper

    def _fetch(self, text: str, accept: str) -> tuple[bytes, str]:
        from SPARQLWrapper import SPARQLExceptions

        # --timeout bounds the whole answer: the socket's own timeout bounds each wait, so a server that
        # sends a byte now and then would otherwise hold the command for as long as it likes.
        deadline = time.monotonic() + self.timeout
        try:
            response = self._wrapper(text, accept).query().response
            return self._read_by(response, deadline), response.headers.get("Content-Type", "")
        except SPARQLExceptions.Unauthorized:
            raise EndpointError(f"{self.endpoint} refused the credentials (HTTP 401); set {USER_ENV} and {PASSWORD_ENV}") from None
        except SPARQLExceptions.EndPointNotFound:
            raise EndpointError(f"{self.endpoint} has no SPARQL endpoint at that URL (HTTP 404)") from None
        except SPARQLExceptions.QueryBadFormed as exc:
            raise EndpointError(f"{self.endpoint} rejected the query as malformed (HTTP 400): {_first_line(exc)}") from None
        except SPARQLExceptions.EndPointInternalError as exc:
            raise EndpointError(f"{self.endpoint} failed with a server error (HTTP 500): {_first_line(exc)}") from None
        except SPARQLExceptions.SPARQLWrapperException as exc:
            raise EndpointError(f"{self.endpoint} answered with an error: {_first_line(exc)}") from None
        except urllib.error.HTTPError as exc:
            raise EndpointError(f"{self.endpoint} answered HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise EndpointError(self._unreachable(exc.reason)) from None
        except (TimeoutError, socket.timeout):
            raise EndpointError(f"{self.endpoint} did not answer within {self.timeout:g} s (use --timeout to wait longer)") from None
        except (ConnectionError, OSError) as exc:
            raise EndpointError(self._unreachable(exc)) from None

    def _read_by(self, response, deadline: float) -> bytes:
        chunks = []
        while True:
            if time.monotonic() > deadline:
                raise EndpointError(f"{self.endpoint} did not finish its answer within {self.timeout:g} s "
                                    "(use --timeout to wait longer)")
            chunk = response.read1(1 << 16)  # whatever has arrived, up to 64 KiB: never waits for more
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)

    def _unreachable(self, reason) -> str:
        if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
            return f"{self.endpoint} did not answer within {self.timeout:g} s (use --timeout to wait longer)"
        if isinstance(reason, ConnectionRefusedError) or "refused" in str(reason).lower():
            return f"{self.endpoint} refused the connection: is the SPARQL server running?"
        if isinstance(reason, socket.gaierror):
            return f"cannot reach {self.endpoint}: unknown host"
        return f"cannot reach {self.endpoint}: {reason}"

    def _json_result(self, text: str) -> dict:
        payload, content_type = self._fetch(text, "application/sparql-results+json")
        kind = content_type.split(";")[0] or "an unknown type"
        try:
            body = payload.decode("utf-8")
            with collector_paused():
                data = json.loads(body)
        except UnicodeDecodeError:
            raise EndpointError(f"{self.endpoint} answered with {kind}, not SPARQL JSON results") from None
        except json.JSONDecodeError as exc:
            if "json" not in kind:
                raise EndpointError(f"{self.endpoint} answered with {kind}, not SPARQL JSON results") from None
            raise EndpointError(self._broken_off(body, exc.pos)) from None
        if not isinstance(data, dict):
            raise EndpointError(f"{self.endpoint} answered with JSON that is not SPARQL results")
        return data

    def _broken_off(self, body: str, position: int) -> str:
        """SPARQL JSON that stops being JSON: cut off, or (as Oxigraph does when a SERVICE call fails once
        the answer has begun) followed by the server's own error text, which says what went wrong."""
        rest = body[position:].strip()
        if not rest:
            return f"{self.endpoint} began SPARQL JSON results but its answer was cut off"
        return f"{self.endpoint} broke off its SPARQL JSON results with: {_first_line(rest)}"

    def _graph_result(self, text: str) -> list[tuple[Term, Term, Term]]:
        import pyoxigraph as ox

        from .engine import term_from_oxigraph

        payload, content_type = self._fetch(text, "application/n-triples, text/turtle;q=0.9")
        fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in content_type else ox.RdfFormat.TURTLE
        try:
            triples = list(ox.parse(payload, format=fmt))
        except SyntaxError:
            kind = content_type.split(";")[0] or "an unknown type"
            raise EndpointError(f"{self.endpoint} answered with {kind}, not RDF") from None
        return [(term_from_oxigraph(t.subject), term_from_oxigraph(t.predicate), term_from_oxigraph(t.object)) for t in triples]


def _rows(bindings: list[dict]) -> list[dict[str, Term]]:
    # Listings repeat the same labels on many rows: each distinct term is converted once.
    converted: dict[tuple, Term] = {}
    rows = []
    for binding in bindings:
        row = {}
        for name, value in binding.items():
            key = (value["type"], value["value"], value.get("datatype"), value.get("xml:lang"))
            term = converted.get(key)
            if term is None:
                term = converted[key] = _term(value)
            row[name] = term
        rows.append(row)
    return rows


def _term(value: dict) -> Term:
    if not isinstance(value["value"], str):
        raise TypeError("a term's value must be a string")  # reported as JSON that is not SPARQL results
    kind = value["type"]
    if kind == "typed-literal":  # SPARQL JSON as some older servers write it
        kind = "literal"
    if kind == "literal":
        return Term.literal(value["value"], value.get("datatype"), value.get("xml:lang"))
    return Term(kind, value["value"])


def _first_line(exc) -> str:
    # SPARQLWrapper puts the server's own reason after "Response:", as the repr of the body bytes.
    _, found, body = str(exc).partition("Response:\n")
    if found:
        body = body.strip()
        if body[:2] in ("b'", 'b"'):
            try:
                body = ast.literal_eval(body).decode("utf-8", "replace")
            except (ValueError, SyntaxError, UnicodeDecodeError):
                pass
        if "<html" not in body.lower():
            for line in body.splitlines():
                if line.strip():
                    return line.strip()[:200]
    text = str(getattr(exc, "msg", "") or exc).strip()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.lower().startswith(("endpointinternalerror", "querybadformed", "response:")):
            return line[:200]
    return text[:200]

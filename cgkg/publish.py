"""Publishing the bundled graph to a SPARQL server through the SPARQL 1.1 Graph Store HTTP Protocol.

One HTTP PUT of N-Triples to ``STORE?graph=IRI`` replaces that one named graph and nothing else;
the triples are then counted with a SPARQL query on the endpoint, so a publish is only reported
when the server really holds what was sent. HTTP goes through the standard library (urllib).

The Graph Store URL defaults to the endpoint URL with a trailing ``/query`` or ``/sparql``
replaced by ``/store``, which is Oxigraph's layout. Other servers need ``--store``:

* Apache Jena Fuseki: ``--endpoint http://host:3030/ds/sparql --store http://host:3030/ds/data``
* Ontotext GraphDB: ``--endpoint http://host:7200/repositories/X --store http://host:7200/repositories/X/rdf-graphs/service``
* Oxigraph: ``--endpoint http://host:7878/query`` (store: ``http://host:7878/store``)
"""

from __future__ import annotations

import base64
import http.client
import os
import shutil
import socket
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .errors import CgkgError, EndpointError
from .prefixes import check_graph_iri, check_http_url
from .remote import PASSWORD_ENV, USER_ENV, RemoteEngine

# How long to wait for the graph count that tells the state of the graph after a failed upload.
STATE_TIMEOUT = 10.0


@dataclass
class Published:
    triples: int
    graph: str | None  # None: the default graph
    endpoint: str
    store: str

    def message(self) -> str:
        where = f"<{self.graph}>" if self.graph else "the default graph"
        return f"Published {self.triples} triples to {where} at {self.endpoint}"


def graph_store_url(endpoint: str, store: str | None = None) -> str:
    """The Graph Store Protocol URL: STORE, else the endpoint's /query or /sparql turned into /store."""
    if store:
        check_http_url(store, "--store")
        return store
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last not in ("query", "sparql"):
        raise CgkgError(
            f"cannot tell the Graph Store URL of {endpoint} (it does not end in /query or /sparql): "
            "give it with --store URL (Fuseki: …/DATASET/data, GraphDB: …/repositories/X/rdf-graphs/service)"
        )
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{head}/store", "", ""))


def target_url(store: str, graph: str | None) -> str:
    """STORE?graph=IRI for a named graph, STORE?default for the default graph."""
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph}, quote_via=urllib.parse.quote)
    return store + ("&" if urllib.parse.urlsplit(store).query else "?") + query


def count_query(graph: str | None) -> str:
    if graph is None:
        return "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"
    return f"SELECT (COUNT(*) AS ?triples) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"


def count_triples(endpoint: str, graph: str | None, timeout: float) -> int:
    """The number of triples in GRAPH (None: the default graph) according to the endpoint."""
    result = RemoteEngine(endpoint, timeout=timeout).query(count_query(graph))
    try:
        return int(result.rows[0]["triples"].value)
    except (IndexError, KeyError, ValueError):
        raise EndpointError(f"{endpoint} did not answer the triple count with a number") from None


def publish(
    endpoint: str,
    graph: str | None,
    *,
    store: str | None = None,
    extra_files: list[Path] | tuple[Path, ...] = (),
    default_graph: bool = False,
    timeout: float = 60.0,
) -> Published:
    """Replace GRAPH at the endpoint with the bundled graph plus EXTRA_FILES; verify by counting."""
    check_http_url(endpoint)
    if graph is not None and default_graph:
        raise CgkgError("give either --graph IRI or --default-graph, not both")
    if graph is None and not default_graph:
        raise CgkgError(
            "publish replaces a whole graph: name it with --graph IRI, "
            "or pass --default-graph to replace the endpoint's default graph"
        )
    check_graph_iri(graph)
    gsp = graph_store_url(endpoint, store)

    from .store import open_store

    data = open_store(list(extra_files))  # parse errors name the file (exit 2) before any HTTP
    expected = len(data)
    # Is the endpoint there at all? Fails with the usual one-sentence endpoint errors.
    held = count_triples(endpoint, graph, timeout)

    workdir = Path(tempfile.mkdtemp(prefix="cgkg-publish-"))
    try:
        payload = workdir / "graph.nt"
        import pyoxigraph as ox

        ox.serialize((quad.triple for quad in data), output=str(payload), format=ox.RdfFormat.N_TRIPLES)
        del data
        try:
            _put(target_url(gsp, graph), payload, timeout)
        except _UploadFailed as failure:
            state = _graph_state(endpoint, graph, held, expected, timeout)
            raise EndpointError(f"uploading {_name(graph)} to {gsp} failed: {failure}; {state}") from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    found = count_triples(endpoint, graph, timeout)
    if found != expected:
        raise EndpointError(
            f"{gsp} accepted the upload, but {_name(graph)} now holds {found} triples; expected {expected}"
        )
    return Published(expected, graph, endpoint, gsp)


# HTTP ------------------------------------------------------------------------------------------


class _UploadFailed(Exception):
    """Why the PUT failed, as a clause of the final sentence."""


def _put(url: str, payload: Path, timeout: float) -> None:
    headers = {"Content-Type": "application/n-triples", "Content-Length": str(payload.stat().st_size)}
    user = os.environ.get(USER_ENV)
    if user:
        token = base64.b64encode(f"{user}:{os.environ.get(PASSWORD_ENV, '')}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    try:
        with payload.open("rb") as body:
            request = urllib.request.Request(url, data=body, headers=headers, method="PUT")
            with _OPENER.open(request, timeout=timeout) as response:
                response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 401 or (exc.code == 403 and user):
            raise _UploadFailed(
                f"the server refused the credentials (HTTP {exc.code}); set {USER_ENV} and {PASSWORD_ENV}"
            ) from None
        if exc.code == 403:
            raise _UploadFailed(
                f"the server refused the upload (HTTP 403): it may be read-only (as `cgkg serve` is), or need "
                f"credentials ({USER_ENV} and {PASSWORD_ENV})"
            ) from None
        if exc.code in (404, 405):
            raise _UploadFailed(
                f"there is no Graph Store there (HTTP {exc.code} {exc.reason}); give its URL with --store"
            ) from None
        detail = _body_line(exc)
        raise _UploadFailed(f"HTTP {exc.code} {exc.reason}" + (f" ({detail})" if detail else "")) from None
    except urllib.error.URLError as exc:
        raise _UploadFailed(_network_reason(exc.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise _UploadFailed(f"the server did not answer within {timeout:g} s (use --timeout to wait longer)") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise _UploadFailed(f"the connection was lost ({type(exc).__name__})") from None
    except OSError as exc:
        raise _UploadFailed(_network_reason(exc, timeout)) from None


class _EarlyAnswerMixin:
    """Keeps the connection readable when the server stops reading the body part-way.

    A server that refuses an upload (too large, no credentials) often answers before it has read the
    whole body and closes the connection; sending the rest then fails. The answer is already on its
    way, so the failure to send is passed over and urllib reads the answer as usual. If the server
    sent none, reading it fails in turn, and that is reported as a lost connection.
    """

    def request(self, *args, **kwargs):
        try:
            super().request(*args, **kwargs)
        except (BrokenPipeError, ConnectionResetError):
            pass


class _EarlyAnswerHTTPConnection(_EarlyAnswerMixin, http.client.HTTPConnection):
    pass


class _EarlyAnswerHTTPSConnection(_EarlyAnswerMixin, http.client.HTTPSConnection):
    pass


class _EarlyAnswerHTTPHandler(urllib.request.HTTPHandler):
    def do_open(self, http_class, req, **kwargs):
        return super().do_open(_EarlyAnswerHTTPConnection, req, **kwargs)


class _EarlyAnswerHTTPSHandler(urllib.request.HTTPSHandler):
    def do_open(self, http_class, req, **kwargs):
        return super().do_open(_EarlyAnswerHTTPSConnection, req, **kwargs)


# Proxies, HTTPS and error statuses as urllib handles them everywhere else; only the sending differs.
_OPENER = urllib.request.build_opener(_EarlyAnswerHTTPHandler, _EarlyAnswerHTTPSHandler)


def _network_reason(reason, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
        return f"the server did not answer within {timeout:g} s (use --timeout to wait longer)"
    if isinstance(reason, ConnectionRefusedError) or "refused" in str(reason).lower():
        return "the server refused the connection"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, (ConnectionError, http.client.HTTPException)):
        return f"the connection was lost ({type(reason).__name__})"
    return str(reason)


def _body_line(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(2000).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only a courtesy
        return ""
    if "<html" in text.lower():
        return ""
    for line in text.splitlines():
        if line.strip():
            return line.strip().rstrip(".")[:200]
    return ""


def _graph_state(endpoint: str, graph: str | None, held: int, expected: int, timeout: float) -> str:
    """What the target graph holds now, if the endpoint still answers, against what it held before."""
    try:
        found = count_triples(endpoint, graph, min(timeout, STATE_TIMEOUT))
    except EndpointError:
        return (
            f"the endpoint does not answer either, so the state of {_name(graph)} is unknown "
            "(no other graph was touched)"
        )
    if found == held:
        return f"{_name(graph)} is unchanged ({found} triples; the upload had {expected})"
    return f"{_name(graph)} now holds {found} triples (it held {held}; the upload had {expected})"


def _name(graph: str | None) -> str:
    return f"graph <{graph}>" if graph else "the default graph"

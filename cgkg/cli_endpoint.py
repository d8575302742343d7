"""The commands that take cgkg beyond one process: ``cgkg publish`` and ``cgkg serve``."""

from __future__ import annotations

import click

from .cli import DATA_FILE, DATA_HELP, SECONDS


@click.command()
@click.option("--endpoint", envvar="CGKG_ENDPOINT", required=True, metavar="URL",
              help="The server's SPARQL query endpoint (or set CGKG_ENDPOINT); used to count the triples. "
                   "HTTP basic auth comes from CGKG_ENDPOINT_USER and CGKG_ENDPOINT_PASSWORD.")
@click.option("--graph", "graph_iri", metavar="IRI", help="The named graph to replace.")
@click.option("--store", "store_url", metavar="URL",
              help="The Graph Store Protocol URL [default: the endpoint with /query or /sparql replaced "
                   "by /store, as on Oxigraph].")
@click.option("--data", "extra", multiple=True, type=DATA_FILE, metavar="FILE", help=DATA_HELP)
@click.option("--default-graph", is_flag=True, help="Replace the endpoint's default graph instead of a named graph.")
@click.option("--timeout", type=SECONDS, default=60.0, show_default=True,
              help="Seconds to wait for each request.")
def publish(endpoint, graph_iri, store_url, extra, default_graph, timeout):
    """Upload the bundled graph (plus --data files) to a SPARQL server.

    Sends the graph as N-Triples with one HTTP PUT of the SPARQL 1.1 Graph Store
    Protocol to STORE?graph=IRI, which replaces that one named graph and leaves
    every other graph alone, then counts the triples the endpoint holds in it.
    Exits 3 if the server fails or holds a different number of triples.

    \b
    Examples:
      cgkg publish --endpoint http://localhost:7878/query --graph https://w3id.org/cgkg/graph
      cgkg publish --endpoint http://localhost:3030/ds/sparql \\
                   --store http://localhost:3030/ds/data --graph https://w3id.org/cgkg/graph
      cgkg publish --endpoint http://localhost:7200/repositories/cgkg \\
                   --store http://localhost:7200/repositories/cgkg/rdf-graphs/service --graph …
    Then query it:
      cgkg query clusters --endpoint http://localhost:7878/query --graph https://w3id.org/cgkg/graph
    """
    from .publish import publish as run_publish

    done = run_publish(endpoint, graph_iri, store=store_url, extra_files=list(extra),
                       default_graph=default_graph, timeout=timeout)
    click.echo(done.message())


@click.command(short_help="Serve the bundled graph as a local read-only SPARQL endpoint.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on; 0 picks a free one (the URL printed says which).")
@click.option("--data", "extra", multiple=True, type=DATA_FILE, metavar="FILE", help=DATA_HELP)
def serve(host, port, extra):
    """Serve the bundled graph as a local read-only SPARQL endpoint (Oxigraph).

    \b
    Queries go to http://HOST:PORT/query (SPARQL 1.1 Protocol); the graph is
    the endpoint's default graph. Ctrl-C stops the server.

    \b
    Examples:
      cgkg serve
      cgkg serve --port 8080 --data my-notes.ttl
      cgkg serve --port 0
      cgkg query clusters --endpoint http://127.0.0.1:7878/query
    """
    from .serve import serve as run_server

    run_server(host, port, list(extra), announce=click.echo)

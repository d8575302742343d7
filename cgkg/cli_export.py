"""The ``cgkg export`` command: a thin Click layer over ``cgkg.export``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli import DATA_FILE
from .export import FORMATS, PARTS, RDF_FORMATS


@click.command(short_help="Export the graph: RDF, JSON-LD, network, tables, a release.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), metavar="FORMAT",
              help="turtle, ntriples, nquads, trig, jsonld, rdfxml (the graph); void (the dataset description, "
                   "Turtle); graphml, gexf (the actor network); csv (tables, needs -o DIR).")
# A string, not a Path: Path() drops the final slash that says out/ is a folder.
@click.option("-o", "--output", type=click.Path(), metavar="PATH",
              help="File to write (a folder for csv). Default, or '-': standard output.")
@click.option("--part", type=click.Choice(PARTS), default=None,
              help="For the RDF formats: the ontology, the data, or all (default).")
@click.option("--all", "release", type=click.Path(path_type=Path), metavar="DIR",
              help="Write a release folder with every format, the dataset description, the ontology's "
                   "HTML documentation (with the docs extra, which brings pyLODE), a README and SHA256SUMS.")
@click.option("--base-url", metavar="URL",
              help="With --all or --format void: the URL the release folder is published at. The dataset "
                   "description's download links become absolute IRIs under it (by default they are "
                   "relative to void.ttl).")
@click.option("--force", is_flag=True, help="Replace an existing output file or folder.")
@click.option("--data", "extra", multiple=True, type=DATA_FILE, metavar="FILE",
              help="Add your own Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD file to the data graph "
                   "(repeatable): every format, the tables and the dataset description include it.")
def export(fmt, output, part, release, base_url, force, extra):
    """Export the graph in every RDF format, as a network, as tables or as a release.

    \b
    Output is deterministic: the same graph gives byte-identical files.
    Files are written atomically; an existing one is replaced only with --force.
    nquads and trig keep the ontology and the data in two named graphs,
    <https://w3id.org/cgkg/ontology> and <https://w3id.org/cgkg/data>.

    \b
    Examples:
      cgkg export --format turtle > cgkg.ttl
      cgkg export --format nquads -o cgkg.nq
      cgkg export --format jsonld --part data -o data.jsonld
      cgkg export --format graphml -o actors.graphml
      cgkg export --format csv -o tables/
      cgkg export --all release/
      cgkg export --all release/ --base-url https://example.org/cgkg/1.0/
      cgkg export --format graphml --data my-clusters.ttl -o actors.graphml
    """
    from .export import ExportGraph, build_release, render_described, render_tables, write_file
    from .export.output import check_file_name, new_folder, write_into

    if (fmt is None) == (release is None):
        raise click.UsageError("give either --format FORMAT or --all DIR")
    if release is not None and str(release) == "-":
        raise click.UsageError("--all writes a folder of files, not standard output: give the folder's name")
    if release is not None and (output is not None or part is not None):
        raise click.UsageError("--all writes every format and both parts: it takes no -o or --part")
    if part is not None and fmt not in RDF_FORMATS:
        raise click.UsageError(f"--part applies to the RDF formats ({', '.join(RDF_FORMATS)}), not to {fmt}")
    if output is not None and str(output) == "-":
        output = None  # "-o -" is standard output, as for most Unix tools
    if fmt == "csv" and output is None:
        raise click.UsageError("--format csv writes one file per table: give the folder with -o DIR")
    if output is not None and fmt != "csv":
        check_file_name(output)  # before the graph is built, which --data files make slow
    if base_url is not None:
        from .export.void import release_url

        if release is None and fmt != "void":
            raise click.UsageError("--base-url applies to --all and --format void: the dataset description's links")
        base_url = release_url(base_url)

    graph = ExportGraph.bundled(extra)
    if release is not None:
        result = build_release(graph, release, force=force, base_url=base_url)
        if result.docs_skipped:
            click.echo(f"Warning: no ontology.html: {result.docs_skipped}", err=True)
        click.echo(f"Wrote {len(result.files)} files to {release} ({graph.count():,} triples).", err=True)
        return
    if fmt == "csv":
        files = render_tables(graph)
        with new_folder(output, force) as building:
            for name, data in files.items():
                write_into(building, name, data)
        click.echo(f"Wrote {len(files)} tables to {output}.", err=True)
        return
    data, contents = render_described(graph, fmt, part or "all", base_url)
    if output is None:
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
        return
    write_file(output, data, force=force)
    click.echo(f"Wrote {output} ({contents}).", err=True)

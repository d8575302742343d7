"""The cgkg command line: thin Click commands over the library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import CgkgError, ExitCode


class CgkgGroup(click.Group):
    """Turns library errors into one clear sentence and the documented exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CgkgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=CgkgGroup)
@click.version_option(__version__, prog_name="cgkg")
@click.option("--debug", is_flag=True, help="Show Python tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx, debug):
    """cgkg - the Cluster Governance Knowledge Graph.

    Who governs industrial clusters in Zhejiang and industrial districts in Italy, how they relate,
    how that changed, and the exact source passage behind every fact.

    \b
    Exit codes: 0 success, 1 the data violates the shapes or checks,
                2 usage or input error, 3 the SPARQL endpoint failed.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--data", "extra", multiple=True, type=click.Path(path_type=Path),
              help="Validate the bundled graph plus this file (repeatable).")
def validate(files, extra):
    """Check the graph against the SHACL shapes and the quality checks.

    \b
    With no FILES, validates the bundled graph (plus any --data files).
    With FILES, validates just those files, with the ontology loaded.
    Prints one line per violation: focus node, path, message, and the shape
    or check that found it. Exits 0 when the graph conforms, 1 when it does not.

    \b
    Examples:
      cgkg validate
      cgkg validate my-new-association.ttl
      cgkg validate --data my-new-association.ttl
    """
    from . import paths
    from .validation import validate as run_validation

    # Standalone files still see the source texts and sectors they refer to.
    vocabulary = [paths.DATA_DIR / "sources.ttl", paths.DATA_DIR / "sectors.ttl"]
    targets = vocabulary + list(files) if files else paths.data_files() + list(extra)
    report = run_validation(targets)
    for violation in report.violations:
        click.echo(violation.line())
    if report.conforms:
        click.echo(f"Valid: {report.triples} triples conform to the shapes and pass the quality checks.", err=True)
    else:
        click.echo(f"Invalid: {len(report.violations)} violation(s) in {report.triples} triples.", err=True)
        sys.exit(ExitCode.INVALID)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--sources", type=click.Path(file_okay=False, path_type=Path),
              help="Folder holding the source texts (default: $CGKG_SOURCES_DIR or shared/seeds).")
def anchor(files, sources):
    """Fill in oa:start and oa:end of passages that only have their quote.

    Curators write a passage with oa:hasSource and oa:exact; this command finds the quote
    in its source text and writes its 0-based code-point offsets into the file.
    """
    from .anchoring import anchor_file
    from .sources import read_sources
    from .store import open_store

    texts = read_sources(open_store(use_cache=False), sources)
    failed = False
    for path in files:
        report = anchor_file(path, texts)
        click.echo(f"{path}: anchored {len(report.anchored)} passage(s)")
        for problem in report.problems:
            click.echo(f"  {problem}", err=True)
            failed = failed or "not found" in problem or "write the quote" in problem
    if failed:
        sys.exit(ExitCode.USAGE)


def main():
    cli(prog_name="cgkg")

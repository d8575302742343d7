"""The cgkg command line: thin Click commands over the library."""

from __future__ import annotations

import errno
import io
import shutil
import sys
from pathlib import Path

import click

from . import __version__
from .errors import CgkgError, EndpointError, ExitCode, ParameterError

ENDPOINT_ENV = "CGKG_ENDPOINT"
ENDPOINT_FROM_ENV = "cgkg.endpoint_from_env"  # in click's Context.meta, which every nested context shares
FROM_ENV_NOTE = f" (The endpoint is the value of {ENDPOINT_ENV}.)"


class Seconds(click.FloatRange):
    """A wait in seconds: from a tenth of a second to a day (inf and nan are not waits)."""

    name = "seconds"

    def __init__(self):
        super().__init__(min=0.1, max=86400.0)

    def convert(self, value, param, ctx):
        seconds = super().convert(value, param, ctx)
        if seconds != seconds:  # nan passes every comparison of a range
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


SECONDS = Seconds()

# RDF files, not folders: a folder would otherwise be reported as a file of unknown format.
DATA_FILE = click.Path(dir_okay=False, path_type=Path)
DATA_HELP = "Add your own Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD file to the bundled graph (repeatable)."


class CgkgGroup(click.Group):
    """Turns library errors into one clear sentence and the documented exit code.

    Commands with heavy imports (export, publish, serve) live in their own modules and are
    imported only when used, so a lookup does not pay for them.
    """

    lazy_commands = {
        "export": "cgkg.cli_export:export",
        "publish": "cgkg.cli_endpoint:publish",
        "serve": "cgkg.cli_endpoint:serve",
    }

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx, name):
        if name in self.lazy_commands and name not in self.commands:
            import importlib

            module, _, attribute = self.lazy_commands[name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)

    def main(self, *args, **kwargs):
        _stand_in_for_closed_stdout()  # before Click writes anything, --help and --version included
        return super().main(*args, **kwargs)

    def invoke(self, ctx):
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk shows here, while it can still be reported
            return result
        except CgkgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            message = str(exc)
            if isinstance(exc, EndpointError) and ctx.meta.get(ENDPOINT_FROM_ENV):
                # A forgotten variable otherwise makes a query of the bundled graph fail for no visible reason.
                message += FROM_ENV_NOTE
            click.echo(f"Error: {message}", err=True)
            ctx.exit(exc.exit_code)
        except OSError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            if exc.errno == errno.EPIPE:
                # The reader stopped reading (| head): not a failure, whichever command it was and
                # whether its output went in one write or many.
                _silence_stdout()
                ctx.exit(0)
            # Any other failure to read or write a file or the terminal is the user's environment, not a
            # bug: one sentence, no traceback.
            _report_os_error(exc)
            ctx.exit(2)


class _ClosedOutput(io.RawIOBase):
    """Standard output that the shell closed (`cgkg queries >&-`).

    Python then leaves sys.stdout None, on which Click's echo silently writes nothing and every other
    write fails with an AttributeError. This stand-in fails the first write with the OSError it is, which
    is reported as one sentence as a full disk is; what comes after it is dropped, so that the
    interpreter's last flush does not report it a second time.
    """

    failed = False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.failed:
            return len(data)
        self.failed = True
        raise OSError(errno.EBADF, "standard output is closed")


def _stand_in_for_closed_stdout() -> None:
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedOutput()), encoding="utf-8")


def _report_os_error(exc: OSError) -> None:
    where = f" {exc.filename}" if exc.filename else " the output"
    click.echo(f"Error: cannot read or write{where}: {exc.strerror or exc}", err=True)
    _silence_stdout()


def _silence_stdout() -> None:
    """Drop what could not be written, so the interpreter's last flush does not fail a second time."""
    import os

    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (lives until exit)
    except OSError:
        pass


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
                2 usage, input or output error, 3 the SPARQL endpoint failed.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug



# ---------------------------------------------------------------------------------------------
# Shared options
# ---------------------------------------------------------------------------------------------

FORMAT_FLAGS = {
    "table": "An aligned table (the default).",
    "csv": "Comma-separated values with a header row.",
    "tsv": "Tab-separated values with a header row, one line per row: a tab, newline or backslash in a value is written \\t, \\n or \\\\.",
    "json": "A JSON array of objects.",
    "jsonl": "One JSON object per line.",
    "sparql-json": "SPARQL 1.1 Query Results JSON.",
    "sparql-xml": "SPARQL Query Results XML.",
}


def output_options(command):
    """--csv, --tsv, --json, … : one output format at a time."""
    for name in reversed(list(FORMAT_FLAGS)):
        command = click.option(f"--{name}", f"fmt_{name.replace('-', '_')}", is_flag=True, help=FORMAT_FLAGS[name])(command)
    return command


def chosen_format(params: dict) -> str:
    chosen = [name for name in FORMAT_FLAGS if params.pop(f"fmt_{name.replace('-', '_')}", False)]
    if len(chosen) > 1:
        raise click.UsageError(f"choose one output format, not {' and '.join('--' + c for c in chosen)}")
    return chosen[0] if chosen else "table"


def graph_options(command):
    """Where the graph comes from: the bundled data plus --data files, or --endpoint."""
    command = click.option("--timeout", type=SECONDS, default=30.0, show_default=True,
                           help="Seconds to wait for the endpoint's whole answer.")(command)
    command = click.option("--graph", "graph_iri", metavar="IRI",
                           help="Query only this named graph of the endpoint.")(command)
    command = click.option("--endpoint", envvar=ENDPOINT_ENV, metavar="URL",
                           help="Query this SPARQL 1.1 endpoint instead of the bundled graph "
                                "(or set CGKG_ENDPOINT). HTTP basic auth comes from "
                                "CGKG_ENDPOINT_USER and CGKG_ENDPOINT_PASSWORD.")(command)
    command = click.option("--data", "extra", multiple=True, type=DATA_FILE, metavar="FILE", help=DATA_HELP)(command)
    return command


def lang_option(command):
    # Case-insensitive, as --param lang is (ZH is zh); Click passes on the choice as listed.
    return click.option("--lang", type=click.Choice(["en", "zh", "it"], case_sensitive=False), default="en", show_default=True,
                        help="Language of the labels in the answer (English where a thing has none in it).")(command)


def open_from(params: dict):
    from .api import open_graph

    extra, endpoint = params.pop("extra"), params.pop("endpoint")
    graph_iri, timeout = params.pop("graph_iri"), params.pop("timeout")
    source = click.get_current_context().get_parameter_source
    if endpoint is not None and not endpoint.strip():
        # An empty CGKG_ENDPOINT reads as unset, as shells have it; an empty --endpoint is a mistake.
        if source("endpoint") == click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("--endpoint needs the URL of a SPARQL endpoint (leave it out to query the bundled graph)")
        endpoint = None
    if endpoint and extra:
        from_env = source("endpoint") == click.core.ParameterSource.ENVIRONMENT
        raise click.UsageError("--data adds files to the bundled graph; it cannot be combined with --endpoint"
                               + (" (the endpoint comes from CGKG_ENDPOINT: unset it to use --data)" if from_env else ""))
    if graph_iri and not endpoint:
        raise click.UsageError("--graph selects a named graph of an --endpoint")
    if source("timeout") == click.core.ParameterSource.COMMANDLINE and not endpoint:
        raise click.UsageError("--timeout limits the wait for an --endpoint; the bundled graph needs none")
    if endpoint and source("endpoint") == click.core.ParameterSource.ENVIRONMENT:
        click.get_current_context().meta[ENDPOINT_FROM_ENV] = True
        _check_endpoint_from_env(endpoint)
    graph = open_graph(extra, endpoint=endpoint, graph=graph_iri, timeout=timeout) if endpoint else open_graph(extra)
    graph.on_note = note
    return graph


def _check_endpoint_from_env(endpoint: str) -> None:
    """A malformed CGKG_ENDPOINT is a usage error (2), not an endpoint's failure (3): it needs the same
    pointer to the variable, which no option on the command line shows."""
    from .prefixes import check_http_url

    try:
        check_http_url(endpoint)
    except ParameterError as exc:
        raise ParameterError(f"{exc}{FROM_ENV_NOTE}") from None


def note(message: str) -> None:
    """Something the user should know about the answer, on stderr so that the answer stays clean."""
    click.echo(f"Note: {message}", err=True)


def emit(text: str) -> None:
    # color=True: Click would otherwise strip ANSI sequences from output that is not a terminal,
    # silently changing a label in a CSV or JSON written to a file; the human views escape them
    # themselves (output.shown).
    click.echo(text, nl=False, color=True)


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------


@cli.command(name="queries")
@click.option("--json", "as_json", is_flag=True, help="Name, summary, parameters and example of each, as JSON.")
def list_queries(as_json):
    """List the canned queries and what each answers.

    \b
    Run one with:    cgkg query NAME --param KEY VALUE
    Explain one with: cgkg query NAME --help
    """
    import json

    from .canned import list_queries as load_all

    queries = load_all()
    if as_json:
        emit(json.dumps([q.as_dict() for q in queries], ensure_ascii=False, indent=2) + "\n")
        return
    width = max(len(q.name) for q in queries)
    for q in queries:
        click.echo(f"{q.name.ljust(width)}  {q.summary}")


class QueryCommand(click.Command):
    """`cgkg query`, whose --param takes two values: a KEY=VALUE gets a hint, not only Click's count."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.BadOptionUsage as exc:
            if exc.option_name in ("-p", "--param"):
                exc.message += " Write KEY and VALUE apart: --param country pl:italy"
            raise


@cli.command(cls=QueryCommand, add_help_option=False)
@click.argument("name", required=False)
@click.option("--param", "-p", "params", nargs=2, multiple=True, metavar="KEY VALUE",
              help="A query parameter (repeatable). Values are bound as typed RDF terms, never spliced into the query.")
@lang_option
@output_options
@graph_options
@click.option("--help", "show_help", is_flag=True, help="Show this message, or with NAME explain that query.")
@click.pass_context
def query(ctx, name, params, lang, show_help, **options):
    """Run the canned query NAME.

    An entity parameter takes an IRI, a compact IRI or a label in any language (case-, width- and
    space-insensitive). A value that is only part of a label picks the one entity of the right
    kind whose label holds it, and a note on stderr names that entity.

    \b
    Examples:
      cgkg query clusters --param country pl:italy
      cgkg query cluster-profile --param cluster 柳市低压电器 --lang zh
      cgkg query associations --param from 1988 --param to 1995 --csv
      cgkg query NAME --help        explains NAME's parameters
    """
    from .canned import check, get_query, with_language

    if show_help:
        emit(explain(get_query(name)) if name else ctx.get_help() + "\n")
        return
    if not name:
        given = [p for p in ctx.params if ctx.get_parameter_source(p) is click.core.ParameterSource.COMMANDLINE]
        if given:
            # Options without a NAME: the NAME was forgotten, which forty lines of help would not say.
            raise click.UsageError("no query NAME: give the name of the canned query to run (`cgkg queries` lists them)")
        # As for `cgkg` without a command: the help, on stderr, and the usage exit code.
        click.echo(ctx.get_help(), err=True)
        ctx.exit(ExitCode.USAGE)
    fmt = chosen_format(options)
    values = {}
    for key, value in params:
        if key in values:
            raise click.UsageError(f"parameter {key!r} given twice")
        values[key] = value
    if "lang" in values:
        # `cgkg query NAME --help` lists lang among the parameters, so --param lang is the same as --lang.
        # Compared as convert() reads it, and as --lang's choice is made: ZH is zh.
        given_twice = values["lang"].strip().lower() != lang.lower()
        if ctx.get_parameter_source("lang") is not click.core.ParameterSource.DEFAULT and given_twice:
            raise click.UsageError("give the language once: --lang or --param lang, not both")
        lang = values.pop("lang")
    canned_query = get_query(name)
    # Before the graph is opened, which a large --data file makes slow: --param lang fr too.
    check(canned_query, with_language(canned_query, values, lang))
    graph = open_from(options)
    result = graph.result(name, lang, **values)
    emit(_render(result, fmt))
    if result.form == "SELECT" and not result.rows:
        for reading in graph.label_readings:
            note(f"the answer has no rows, and {reading}")


def explain(q) -> str:
    """A canned query's help, from its header, wrapped to the terminal as Click wraps its own help."""
    from click.formatting import wrap_text

    width = max(min(shutil.get_terminal_size().columns, 100) - 2, 40)

    def para(text: str, indent: str = "  ", hanging: str = "  ") -> str:
        return wrap_text(text, width, initial_indent=indent, subsequent_indent=hanging)

    lines = [f"cgkg query {q.name}", "", para(q.summary)]
    if q.description:
        lines += ["", para(q.description)]
    lines += ["", "Parameters (--param KEY VALUE):"]
    for p in q.params:
        default = f" [default: {p.default}]" if p.default else ""
        required = " [required]" if p.required else ""  # as Click marks a required option
        names = f", {p.kind}" if p.kind else ""
        lines.append(para(f"{p.name} ({p.type}{names}){required}{default}: {p.description}", hanging="      "))
    if q.tags:
        lines += ["", f"Tags: {', '.join(q.tags)}"]
    lines += ["", f"Example: {q.example}", f"File: {q.path.name}",
              "", "Output: a table, or --csv, --tsv, --json, --jsonl, --sparql-json, --sparql-xml (cgkg query --help)."]
    return "\n".join(lines) + "\n"


def _render(result, fmt):
    from .output import render

    return render(result, fmt)


@cli.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "query_file", type=click.File("rb"), help="Read the query from FILE.")
@output_options
@graph_options
def sparql(text, query_file, **options):
    """Run an ad-hoc SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE).

    \b
    The query comes from TEXT, from -f FILE, or from stdin with '-'.
    Common prefixes (cgkg:, clu:, ag:, pl:, skos:, org:, …) are predefined.
    Updates (INSERT, DELETE, LOAD, …) are refused. CONSTRUCT and DESCRIBE print N-Triples.
    SELECT * gives its columns in the order the query first names them, on every engine.

    \b
    Examples:
      cgkg sparql 'SELECT ?c WHERE { ?c a cgkg:IndustrialDistrict }'
      cgkg sparql -f my-query.rq --csv
      echo 'ASK { clu:liushi-low-voltage-electrical ?p ?o }' | cgkg sparql -
    """
    if query_file is not None and text is not None:
        raise click.UsageError("give the query as TEXT or with -f FILE, not both")
    if query_file is not None:
        text = _utf8_query(query_file.read(), query_file.name, "-f")
    elif text == "-":
        text = _read_stdin()
    elif text is not None:
        from .prefixes import check_utf8

        check_utf8(text, "the query TEXT")  # a byte the shell passed on undecoded: before any data is read
    if not text or not text.strip():
        raise click.UsageError("no query: give TEXT, -f FILE or '-' for stdin")
    from .sparqlforms import query_form

    fmt = chosen_format(options)
    form = query_form(text)
    if form in ("CONSTRUCT", "DESCRIBE") and fmt != "table":
        # Printing N-Triples under a --json flag would hand a JSON parser something else; refused before
        # the graph is opened or the endpoint asked.
        raise click.UsageError(f"{form} prints N-Triples; --{fmt} is for SELECT and ASK results")
    from .engine import check_syntax

    check_syntax(text)
    graph = open_from(options)
    from . import output

    if form == "SELECT" and fmt in output.STREAMED and hasattr(graph.engine, "stream"):
        # Written as the rows come: a query of millions of rows needs no memory for all of them.
        from .gcpause import collector_paused

        variables, batches = graph.engine.stream(text)
        with collector_paused():
            for piece in output.stream(variables, batches, fmt):
                emit(piece)
        return
    emit(_render(graph.sparql(text), fmt))


def _read_stdin() -> str:
    """The query on standard input, read as -f FILE reads a file.

    Read as bytes: the text layer decodes by the locale, and fails with a traceback on a byte that is
    not UTF-8 where the locale's codec is strict.
    """
    if sys.stdin is None:  # closed by the shell (<&-)
        raise click.UsageError("'-' reads the query from standard input, which is closed")
    return _utf8_query(sys.stdin.buffer.read(), "standard input", "'-'")


def _utf8_query(data: bytes, what: str, hint: str) -> str:
    """A query's bytes as UTF-8 text, a byte-order mark being no text; a byte that is not UTF-8 is named."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.BadParameter(f"{what} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} "
                                 f"at offset {exc.start})", param_hint=hint) from None


@cli.command(short_help="Show everything about one entity, and the passages behind it.")
@click.argument("term")
@lang_option
@click.option("--json", "as_json", is_flag=True, help="The card as a JSON object.")
@graph_options
def show(term, lang, as_json, **options):
    """Show everything about one entity: labels, types, facts, relations and evidence.

    \b
    TERM is an IRI, a compact IRI (clu:…, ag:…) or a label in any language;
    labels match case-, width- and space-insensitively, and part of a label
    does when no whole label matches. Several matches list the candidates.

    \b
    Examples:
      cgkg show 柳市低压电器
      cgkg show ag:chint --lang zh
      cgkg show "texma prato" --json
    """
    import json

    from .cards import format_card
    from .lookup import check_term

    check_term(term)  # before the graph is opened, as for every check that needs no graph
    graph = open_from(options)
    card = graph.show(term, lang)
    emit(json.dumps(card, ensure_ascii=False, indent=2) + "\n" if as_json else format_card(card, lang))


@cli.command()
@click.argument("text")
@lang_option
@output_options
@graph_options
def search(text, lang, **options):
    """List entities whose labels contain TEXT, with their type.

    Any label counts (preferred, alternative, hidden, as printed), and the
    ontology's own terms are found by theirs (distretto industriale finds
    cgkg:IndustrialDistrict). Lists at most 200 entities, sorted by label
    regardless of case, and says so when more match.

    \b
    Examples:
      cgkg search 协会
      cgkg search prato --json
    """
    from .engine import Result
    from .lookup import SEARCH_TEXT, comparable_text
    from .terms import Term

    fmt = chosen_format(options)
    comparable_text(text, SEARCH_TEXT)
    graph = open_from(options)
    hits = graph.search(text, lang)
    rows = [{k: Term.literal(v) if k != "id" else Term.iri(v) for k, v in hit.items()} for hit in hits]
    emit(_render(Result("SELECT", ["id", "label", "type"], rows), fmt))
    if not hits:
        note(f"no entity has a label containing {text!r}")
    if getattr(hits, "truncated", False):
        click.echo(f"Only the first {len(hits)} matching entities are listed: a longer TEXT narrows the search.", err=True)


@cli.command()
@lang_option
@output_options
@graph_options
def stats(lang, **options):
    """Count triples, entities by class, and passages by source text.

    \b
    Examples:
      cgkg stats
      cgkg stats --lang zh --csv
    """
    fmt = chosen_format(options)
    graph = open_from(options)
    emit(_render(graph.result("stats", lang), fmt))


@cli.command()
@click.argument("files", nargs=-1, type=DATA_FILE)
@click.option("--data", "extra", multiple=True, type=DATA_FILE,
              help="Validate the bundled graph plus this file (repeatable).")
@click.option("--engine", type=click.Choice(["pyshacl", "turbo"]), default="pyshacl", show_default=True,
              help="SHACL engine: pySHACL (the reference) or pyshacl-turbo (much faster; pip install 'cgkg[turbo]').")
def validate(files, extra, engine):
    """Check the graph against the SHACL shapes and the quality checks.

    \b
    With no FILES, validates the bundled graph (plus any --data files): use
    --data for a contribution that points to things the graph already has
    (pl:wenzhou, clu:prato-textiles, a passage). With FILES, validates just
    those files, with the ontology, the source texts and the sectors loaded:
    for a file that describes everything it points to.
    Prints one line per violation: focus node, path, message, and the shape
    or check that found it. Exits 0 when the graph conforms, 1 when it does not.

    \b
    Examples:
      cgkg validate
      cgkg validate --data my-new-association.ttl
      cgkg validate my-self-contained-graph.ttl
      cgkg validate --engine turbo
    """
    from . import paths
    from .output import shown
    from .validation import validate as run_validation

    if files and extra:
        raise click.UsageError("--data adds files to the bundled graph; to validate files on their own, "
                               "give them all as FILES")
    targets = paths.vocabulary_files() + list(files) if files else paths.data_files() + list(extra)
    report = run_validation(targets, engine=engine)
    for violation in report.violations:
        click.echo(shown(violation.line()))
    if report.conforms:
        click.echo(f"Valid: {report.triples} triples conform to the shapes and pass the quality checks.", err=True)
    else:
        click.echo(f"Invalid: {len(report.violations)} violation(s) in {report.triples} triples.", err=True)
        sys.exit(ExitCode.INVALID)


@cli.command()
@click.option("--clear", is_flag=True, help="Remove every cached store; each is rebuilt when next needed.")
def cache(clear):
    """Show or clear the cache of prebuilt stores.

    The first run on a set of data files parses them into an on-disk store
    under ~/.cache/cgkg (or $CGKG_CACHE_DIR); later runs reopen it in
    milliseconds. Editing a file, or adding --data files, builds another
    store: the 8 most recently used are kept, and a new build removes the
    others.

    \b
    Examples:
      cgkg cache
      cgkg cache --clear
    """
    import time

    from . import store

    root = store.cache_root()
    if clear:
        removed = store.clear_cache()
        click.echo(f"Removed {removed} cached store(s) from {root}.")
        return
    stores = [(cached, cached.size_bytes) for cached in store.cached_stores()]
    total = sum(size for _, size in stores)
    click.echo(f"{root}: {len(stores)} store(s), {_megabytes(total)} (the {store.KEPT_STORES} most recently used are kept)")
    for cached, size in stores:
        used = time.strftime("%Y-%m-%d %H:%M", time.localtime(cached.last_used))
        click.echo(f"  {cached.path.name}  {_megabytes(size):>9}  last used {used}")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


@cli.command(short_help="Fill in the offsets of passages that only have their quote.")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--sources", type=click.Path(file_okay=False, path_type=Path),
              help="Folder holding the source texts (default: $CGKG_SOURCES_DIR, else a shared/seeds folder beside the checkout).")
def anchor(files, sources):
    """Fill in oa:start and oa:end of passages that only have their quote.

    Curators write a passage with oa:hasSource and oa:exact; this command finds the quote
    in its source text and writes its 0-based code-point offsets into the file, right after
    the quote. A passage is left alone and reported (exit code 2) when its source is unknown,
    its quote is not in its source or is there more than once (lengthen it, or write the offsets
    yourself), or the file holds its quote more than once.

    \b
    Examples:
      cgkg anchor data/zhejiang/my-new-passages.ttl
      cgkg anchor --sources ~/texts my-passages.ttl
    """
    from .anchoring import anchor_file
    from .sources import read_sources
    from .store import open_store

    texts = read_sources(open_store(use_cache=False), sources)
    failed = False
    for path in files:
        report = anchor_file(path, texts)
        click.echo(f"{path}: anchored {len(report.anchored)} passage(s)")
        for problem in report.left_alone:
            click.echo(f"  {problem}", err=True)
        failed = failed or bool(report.left_alone)
    if failed:
        sys.exit(ExitCode.USAGE)


def main():
    try:
        cli(prog_name="cgkg")
    except OSError as exc:
        # Before any command runs (cgkg --help or --version into a full disk), Click writes outside
        # the group's own error handling.
        _report_os_error(exc)
        sys.exit(2)

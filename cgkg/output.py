"""Rendering results: aligned tables, CSV/TSV, JSON/JSON Lines, and the SPARQL results formats."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from html import escape

from .engine import Result
from .errors import OutputFormatError
from .gcpause import collector_paused
from .prefixes import compact
from .terms import Term

TABULAR = ("table", "csv", "tsv", "json", "jsonl", "sparql-json", "sparql-xml")


def render(result: Result, fmt: str = "table") -> str:
    if result.form == "ASK":
        return _render_boolean(result.boolean, fmt)
    with collector_paused():
        if result.form in ("CONSTRUCT", "DESCRIBE"):
            return render_triples(result.triples)
        return RENDERERS[fmt](result)


def _render_boolean(value: bool, fmt: str) -> str:
    if fmt == "sparql-json":
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    if fmt == "sparql-xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    if fmt in ("json", "jsonl"):
        return json.dumps(value) + "\n"
    return ("true" if value else "false") + "\n"


def render_triples(triples: list[tuple[Term, Term, Term]]) -> str:
    """N-Triples, sorted so that the same graph always prints the same way."""
    return "".join(sorted(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples))


def _cell(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        return compact(term.value)
    return term.to_python() if term.kind == "bnode" else term.value


# Control characters (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates: printed
# raw, a label from a --data file could recolour the terminal, move the cursor, or reorder what the
# reader sees (U+202E); line breaks and tabs would break the layout.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match) -> str:
    char = match.group()
    if char in "\t\n\r":
        return " "
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def shown(text: str) -> str:
    """Text for a terminal: line breaks and tabs as spaces, other control characters as visible escapes.

    Only the human views (tables, cards, validation lines) use it; CSV, TSV, JSON and the SPARQL
    results formats keep every character, since they are read by programs.
    """
    if text.isprintable():  # no control or format character at all: the common case, checked in C
        return text
    return _UNSHOWABLE.sub(_escaped, text)


def _width(text: str) -> int:
    # East Asian wide characters take two terminal columns; ASCII (most IRIs, English labels) never does.
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


def _char_width(char: str) -> int:
    # A combining mark (the grave of a decomposed "ò") is drawn over the character before it, and a
    # format character (a zero-width space or joiner) is not drawn: neither takes a column of its own.
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _table(result: Result) -> str:
    header = result.variables
    body = [[shown(_cell(row.get(name))) for name in header] for row in result.rows]
    body_widths = [[_width(cell) for cell in cells] for cells in body]
    widths = [max([_width(h)] + [r[i] for r in body_widths]) for i, h in enumerate(header)]

    def line(cells, cell_widths):
        return "  ".join(c + " " * (w - cw) for c, cw, w in zip(cells, cell_widths, widths)).rstrip()

    rule = ["-" * w for w in widths]
    out = [line(header, [_width(h) for h in header]), line(rule, widths)]
    out += [line(cells, cell_widths) for cells, cell_widths in zip(body, body_widths)]
    return "\n".join(out) + "\n"


def _lexical(term: Term | None) -> str:
    """A CSV or TSV cell as SPARQL 1.1's CSV and TSV results write it: a literal's lexical form (true, not
    Python's True; 1.50 as the engine gave it, not 1.5), an IRI whole, a blank node as _:label."""
    if term is None:
        return ""
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def _lexical_rows(result: Result):
    variables = result.variables
    return ([_lexical(row.get(name)) for name in variables] for row in result.rows)


def _csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows(_lexical_rows(result))
    return buffer.getvalue()


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv(result: Result) -> str:
    r"""One line per row and no quoting, as `cut` and `awk` expect: a tab, newline or backslash in a
    value is written \t, \n or \\ (the escapes of linear TSV, PostgreSQL's text COPY and MySQL)."""
    lines = ["\t".join(result.variables)]
    for cells in _lexical_rows(result):
        lines.append("\t".join(cell.translate(_TSV_ESCAPES) for cell in cells))
    return "\n".join(lines) + "\n"


def _json(result: Result) -> str:
    # One object per line, as sqlite-utils writes JSON: readable and diffable, and each row goes
    # through json's C encoder (indent= switches to the pure-Python one: 1.3x slower on 28,000 rows,
    # benchmarks/result_bench.py).
    records = result.records()
    if not records:
        return "[]\n"
    return "[" + ",\n ".join(json.dumps(record, ensure_ascii=False) for record in records) + "]\n"


def _jsonl(result: Result) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in result.records())


def _sparql_json(result: Result) -> str:
    def term(t: Term) -> dict:
        out = {"type": t.kind, "value": t.value}
        if t.lang:
            out["xml:lang"] = t.lang
        elif t.datatype:
            out["datatype"] = t.datatype
        return out

    bindings = [{name: term(value) for name, value in row.items()} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"


def quoteattr(value: str) -> str:
    return f'"{escape(value, quote=True)}"'


# The characters XML 1.0 cannot hold, even escaped (&#1; is ill-formed too): C0 controls other than tab,
# line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _refuse_unwritable_in_xml(result: Result) -> None:
    """An ill-formed document is no answer: say which character stops it, and the format that holds it."""
    for row in result.rows:
        for name, term in row.items():
            found = _NOT_IN_XML.search(term.value)
            if found:
                raise OutputFormatError(
                    f"the value of ?{name} holds the character U+{ord(found.group()):04X}, which XML 1.0 cannot "
                    "represent, so the answer cannot be written as --sparql-xml; use --sparql-json")


def _xml_text(value: str) -> str:
    # An XML parser reads a raw carriage return as a line feed: written as a reference, it survives.
    return escape(value, quote=False).replace("\r", "&#13;")


def _sparql_xml(result: Result) -> str:
    _refuse_unwritable_in_xml(result)
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"  <variable name={quoteattr(v)}/>" for v in result.variables]
    out += ["</head>", "<results>"]
    for row in result.rows:
        out.append("  <result>")
        for name, t in row.items():
            if t.kind == "uri":
                inner = f"<uri>{_xml_text(t.value)}</uri>"
            elif t.kind == "bnode":
                inner = f"<bnode>{_xml_text(t.value)}</bnode>"
            elif t.lang:
                inner = f"<literal xml:lang={quoteattr(t.lang)}>{_xml_text(t.value)}</literal>"
            elif t.datatype:
                inner = f"<literal datatype={quoteattr(t.datatype)}>{_xml_text(t.value)}</literal>"
            else:
                inner = f"<literal>{_xml_text(t.value)}</literal>"
            out.append(f"    <binding name={quoteattr(name)}>{inner}</binding>")
        out.append("  </result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


# The formats written as the rows come: a query with millions of rows needs no memory for all of them,
# and the first rows reach a pipe at once. The table has to see every row to size its columns, and the
# SPARQL results formats are written whole.
STREAMED = ("csv", "tsv", "json", "jsonl")


def stream(variables: list[str], batches, fmt: str):
    """The text render() gives for the rows of BATCHES (lists of rows), piece by piece, in the same bytes."""
    render_batch = RENDERERS[fmt]
    started = False
    for rows in batches:
        if not rows:
            continue
        text = render_batch(Result("SELECT", variables=variables, rows=rows))
        if fmt == "json":  # one array: "[" first, "," between the batches' objects, "]" at the end
            text = ("," + "\n " if started else "[") + text[1:-2]
        elif started and fmt in ("csv", "tsv"):
            text = text.split("\n", 1)[1]  # the header once (variable names hold no line break)
        started = True
        yield text
    if not started:
        yield render_batch(Result("SELECT", variables=variables, rows=[]))
    elif fmt == "json":
        yield "]\n"


RENDERERS = {
    "table": _table,
    "csv": _csv,
    "tsv": _tsv,
    "json": _json,
    "jsonl": _jsonl,
    "sparql-json": _sparql_json,
    "sparql-xml": _sparql_xml,
}

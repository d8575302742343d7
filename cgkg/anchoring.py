"""Filling in the character offsets of passages, so curators only write the quote.

A curator writes ``psg:x a cgkg:Passage ; oa:hasSource src:… ; oa:exact "…" .`` and runs
``cgkg anchor FILE``: the quote is looked up in its source text and ``oa:start``/``oa:end``
(0-based code points, end exclusive) are written right after it. Quotes that are not found, or
found more than once (the command cannot know which occurrence is meant), are reported and left alone.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .export.output import write_file
from .rdffiles import read_quads
from .terms import Term

_UNANCHORED = """
PREFIX cgkg: <https://w3id.org/cgkg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?passage ?source ?quote WHERE {
  ?passage a cgkg:Passage ; oa:hasSource ?source ; oa:exact ?quote .
  FILTER NOT EXISTS { ?passage oa:start ?start }
}
"""


@dataclass
class AnchorReport:
    path: Path
    anchored: list[str]
    left_alone: list[str]  # why each passage that still lacks its offsets was not anchored


def anchor_file(path: Path, sources: dict[str, str]) -> AnchorReport:
    store = ox.Store()
    store.extend(read_quads(path))
    text = path.read_bytes().decode("utf-8")  # not read_text: its universal newlines would turn CRLF into LF
    newline = "\r\n" if "\r\n" in text else "\n"
    report = AnchorReport(path, [], [])
    for row in store.query(_UNANCHORED):
        passage, quote = row["passage"].value, row["quote"].value
        source_text = sources.get(row["source"].value)
        if source_text is None:
            report.left_alone.append(f"{passage}: unknown source {row['source'].value}")
            continue
        starts = _occurrences(source_text, quote)
        if not starts:
            report.left_alone.append(f"{passage}: quote not found in its source: {quote[:40]}…")
            continue
        if len(starts) > 1:
            shown = ", ".join(map(str, starts[:SHOWN_OFFSETS])) + (", …" if len(starts) > SHOWN_OFFSETS else "")
            report.left_alone.append(f"{passage}: quote occurs {len(starts)} times in its source (at offsets {shown}); "
                                     "lengthen it until it occurs once, or write oa:start and oa:end yourself")
            continue
        start = starts[0]
        # The file may spell the quote as it is or escaped (a line break as \n), as Turtle allows;
        # it is anchored only where exactly one spelling occurs, exactly once. A spelling followed by a
        # language tag or a datatype is not the whole literal: offsets written after it would split it.
        spellings = dict.fromkeys(f"oa:exact {form}" for form in (f'"{quote}"', Term.literal(quote).n3()))
        whole = {spelling: re.compile(re.escape(spelling) + r"(?![@^])") for spelling in spellings}
        occurrences = {spelling: len(pattern.findall(text)) for spelling, pattern in whole.items()}
        if sum(occurrences.values()) != 1:
            if any(re.search(re.escape(spelling) + r"[@^]", text) for spelling in spellings):
                report.left_alone.append(f"{passage}: the quote has a language tag or a datatype; write it as a plain "
                                         "string, oa:exact \"…\", as the passage shape requires, to anchor it")
            else:
                report.left_alone.append(f"{passage}: write the quote once, as oa:exact \"…\" on its own, to anchor it")
            continue
        written = next(spelling for spelling, count in occurrences.items() if count == 1)
        offsets = f" ;{newline}    oa:start {start} ; oa:end {start + len(quote)}"
        text = whole[written].sub(lambda match: match.group() + offsets, text, count=1)
        report.anchored.append(passage)
    if report.anchored:
        _check_still_parses(path, text)
        # The file itself, where a link points to it (the link stays), with its own permissions; atomic,
        # so an interruption leaves it whole.
        target = path.resolve()
        write_file(target, text.encode("utf-8"), force=True, mode=stat.S_IMODE(target.stat().st_mode))
    return report


def _check_still_parses(path: Path, text: str) -> None:
    """The edited text must parse before it replaces the file: a curator's file is never left broken."""
    try:
        list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        raise InputError(f"{path}: anchoring would leave the file unreadable ({exc}); it was not changed") from None


SHOWN_OFFSETS = 5


def _occurrences(text: str, quote: str) -> list[int]:
    """Every offset the quote starts at, overlapping ones included (each is a possible anchor)."""
    starts, at = [], text.find(quote)
    while at >= 0:
        starts.append(at)
        at = text.find(quote, at + 1)
    return starts

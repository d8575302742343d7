"""Filling in the character offsets of passages, so curators only write the quote.

A curator writes ``psg:x a cgkg:Passage ; oa:hasSource src:… ; oa:exact "…" .`` and runs
``cgkg anchor FILE``: the quote is looked up in its source text and ``oa:start``/``oa:end``
(0-based code points, end exclusive) are written right after it. Quotes that are not found
are reported and left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .rdffiles import read_quads

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
    problems: list[str]


def anchor_file(path: Path, sources: dict[str, str]) -> AnchorReport:
    store = ox.Store()
    store.extend(read_quads(path))
    text = path.read_text(encoding="utf-8")
    anchored, problems = [], []
    for row in store.query(_UNANCHORED):
        passage, quote = row["passage"].value, row["quote"].value
        source_text = sources.get(row["source"].value)
        if source_text is None:
            problems.append(f"{passage}: unknown source {row['source'].value}")
            continue
        start = source_text.find(quote)
        if start < 0:
            problems.append(f"{passage}: quote not found in its source: {quote[:40]}…")
            continue
        if source_text.find(quote, start + 1) >= 0:
            problems.append(f"{passage}: quote occurs more than once in its source; anchored at the first")
        literal = f'oa:exact "{quote}"'
        if text.count(literal) != 1:
            problems.append(f"{passage}: write the quote once, as oa:exact \"…\" on its own, to anchor it")
            continue
        text = text.replace(literal, f"{literal} ;\n    oa:start {start} ; oa:end {start + len(quote)}")
        anchored.append(passage)
    if anchored:
        path.write_text(text, encoding="utf-8")
    return AnchorReport(path, anchored, problems)

"""The Python API under the CLI, for notebooks and scripts.

>>> from cgkg import open_graph
>>> kg = open_graph()                                  # the bundled graph, in-process
>>> kg.run("associations", country="pl:italy")[:1]     # rows as dicts
>>> kg.show("柳市低压电器")["evidence"][0]["quote"]
"""

from __future__ import annotations

from pathlib import Path

from . import canned, lookup
from .engine import EmbeddedEngine, Result


class Graph:
    """A cgkg graph behind one engine: embedded (default) or a SPARQL endpoint."""

    def __init__(self, engine, on_note=None):
        self.engine = engine
        self.on_note = on_note
        # Which entity each label among the last query's parameters was read as, in words: the CLI
        # says so when the answer is empty, as a label can name another entity than the one meant.
        self.label_readings: list[str] = []

    @property
    def on_note(self):
        """Told, in one sentence, what the caller should know about an answer: which entity part of a
        label picked, or that an endpoint's --graph holds nothing. The CLI writes it to stderr."""
        return self._on_note

    @on_note.setter
    def on_note(self, callback) -> None:
        self._on_note = callback
        if hasattr(self.engine, "on_note"):
            self.engine.on_note = callback

    # Canned queries -------------------------------------------------------------------------
    def queries(self) -> list[canned.CannedQuery]:
        return canned.list_queries()

    def bindings(self, name: str, lang: str = "en", **params: str) -> tuple[canned.CannedQuery, dict]:
        self.label_readings = []
        query = canned.get_query(name)
        given = {key: str(value) for key, value in params.items() if value is not None}
        values = canned.with_language(query, given, lang)
        return query, canned.bind(query, values, self._resolve_label(lang))

    def result(self, name: str, lang: str = "en", **params: str) -> Result:
        query, bindings = self.bindings(name, lang, **params)
        return canned.sort_lists(query, self.engine.query(query.text, bindings))

    def run(self, name: str, lang: str = "en", **params: str) -> list[dict]:
        """Run canned query NAME with parameters; rows as dicts of plain values."""
        return self.result(name, lang, **params).records()

    # Ad-hoc SPARQL and lookups ----------------------------------------------------------------
    def sparql(self, text: str) -> Result:
        return self.engine.query(text)

    def search(self, text: str, lang: str = "en") -> list[dict]:
        return lookup.search(self.engine, text, lang)

    def find(self, term: str, lang: str = "en") -> str:
        """The IRI of the one entity TERM names (IRI, compact IRI or label in any language)."""
        return lookup.resolve_one(self.engine, term, lang, on_note=self.on_note)

    def show(self, term: str, lang: str = "en") -> dict:
        return lookup.card(self.engine, self.find(term, lang), lang)

    def _resolve_label(self, lang: str):
        def resolve(param, raw: str) -> str:
            if param.type == "class":
                return lookup.resolve_class(self.engine, raw, what=f"parameter {param.name!r} value",
                                            on_reading=self.label_readings.append)
            return lookup.resolve_one(self.engine, raw, lang, what=f"parameter {param.name!r} value",
                                      classes=param.classes, schemes=param.schemes, on_note=self.on_note,
                                      on_reading=self.label_readings.append)

        return resolve


def open_graph(extra_files: list[Path] | tuple[Path, ...] = (), endpoint: str | None = None, *,
               in_memory: bool = False, **endpoint_options) -> Graph:
    """The bundled graph plus EXTRA_FILES in-process, or the graph at a SPARQL ENDPOINT.

    In-process, the graph is read from an on-disk store that is built once and reopened in
    milliseconds. With in_memory=True it is parsed into memory instead: slower to open (seconds for
    10^6 triples) but each query then runs several times faster, which pays off when a notebook or
    script runs many queries over a large graph (BENCHMARKS.md, Scale).
    """
    if endpoint:
        from .remote import RemoteEngine

        return Graph(RemoteEngine(endpoint, **endpoint_options))
    return Graph(EmbeddedEngine(extra_files, in_memory=in_memory))

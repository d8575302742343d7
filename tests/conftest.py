"""Shared fixtures: the bundled data as one rdflib graph, the source texts it quotes, the graph as
cgkg opens it, and a Click runner."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

import cgkg
from cgkg import paths, store

CGKG = rdflib.Namespace("https://w3id.org/cgkg/ontology#")


@pytest.fixture(scope="session", autouse=True)
def private_store_cache(tmp_path_factory):
    """Tests build stores of changed copies of the data: they go to a cache of their own, not the user's."""
    saved = os.environ.get(store.CACHE_ENV)
    os.environ[store.CACHE_ENV] = str(tmp_path_factory.mktemp("store-cache"))
    yield
    if saved is None:
        os.environ.pop(store.CACHE_ENV, None)
    else:
        os.environ[store.CACHE_ENV] = saved


@pytest.fixture(scope="session")
def data_graph() -> rdflib.Graph:
    """Every Turtle file under data/, parsed with rdflib into one graph."""
    graph = rdflib.Graph()
    files = paths.data_files()
    assert files, f"no data files found under {paths.DATA_DIR}"
    for path in files:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="session")
def full_graph() -> rdflib.Graph:
    """The whole bundled graph (ontology and data), parsed with rdflib: an engine independent of cgkg's."""
    graph = rdflib.Graph()
    for path in paths.graph_files():
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="session")
def sources_dir() -> Path:
    """The folder holding the source texts. Missing sources fail the tests that need them; they never skip."""
    directory = paths.sources_dir()
    if directory is None or not directory.is_dir():
        where = directory if directory is not None else "shared/seeds beside the checkout"
        pytest.fail(
            f"the source texts are missing (looked in {where}): set {paths.SOURCES_ENV} "
            "to the folder holding the files named by cgkg:fileName in data/sources.ttl",
            pytrace=False,
        )
    return directory


@pytest.fixture(scope="session")
def source_texts(sources_dir: Path, data_graph: rdflib.Graph) -> dict[str, str]:
    """File name -> full text of every source file the data declares (cgkg:fileName).

    Decoded from the raw bytes (no newline translation), so that indices are Unicode code points
    of the file exactly as distributed.
    """
    names = sorted({str(name) for name in data_graph.objects(None, CGKG.fileName)})
    if not names:
        pytest.fail("the data declares no source text (no cgkg:fileName in data/)", pytrace=False)
    missing = [name for name in names if not (sources_dir / name).is_file()]
    if missing:
        pytest.fail(f"source texts missing from {sources_dir}: {', '.join(missing)}", pytrace=False)
    return {name: (sources_dir / name).read_bytes().decode("utf-8") for name in names}


@pytest.fixture(scope="session")
def kg() -> cgkg.Graph:
    return cgkg.open_graph()


@pytest.fixture(scope="session")
def in_memory() -> cgkg.Graph:
    """The bundled graph parsed into memory: a store that iterates in another order than the on-disk one."""
    return cgkg.open_graph(in_memory=True)


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


def _example_values(query) -> tuple[dict[str, str], str]:
    """The parameters and language of a canned query's own header example."""
    words = shlex.split(query.example or "")
    values, lang = {}, "en"
    for i, word in enumerate(words):
        if word in ("--param", "-p"):
            values[words[i + 1]] = words[i + 2]
        elif word == "--lang":
            lang = words[i + 1]
    return values, lang


@pytest.fixture(scope="session")
def example_values():
    """example_values(query) -> (parameters, language) of the query's header example."""
    return _example_values


# Values for the required parameters of the canned queries, taken from the bundled graph.
REQUIRED_VALUES = {
    "cluster": "clu:liushi-low-voltage-electrical",
    "a": "clu:liushi-low-voltage-electrical",
    "b": "clu:prato-textiles",
    "organisation": "ag:liushi-work-group-1990",
    "entity": "ag:chint",
}


def _required_values(query) -> dict[str, str]:
    values = {}
    for param in query.params:
        if param.required:
            assert param.name in REQUIRED_VALUES, f"add an example value for {query.name}'s parameter {param.name!r}"
            values[param.name] = REQUIRED_VALUES[param.name]
    return values


@pytest.fixture(scope="session")
def required_values():
    """required_values(query) -> a value from the bundled graph for each of its required parameters."""
    return _required_values

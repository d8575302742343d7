"""The synthetic graph behind the scale benchmarks (benchmarks/synthetic.py) is what BENCHMARKS.md says it is.

Its figures mean something only if the generator is deterministic, hits the size asked for, keeps the
bundled graph's class proportions, conforms to the shapes and passes the quality checks like real
data, and gives every canned query something to answer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from cgkg import canned, paths

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import synthetic  # noqa: E402  (benchmarks/ is not a package)

SIZE = 10_000


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    info = synthetic.generate(SIZE, folder)
    return Path(info["file"]), info


@pytest.fixture(scope="module")
def synthetic_store(generated):
    from cgkg.rdffiles import load_files

    path, _ = generated
    store = ox.Store()
    load_files(store, synthetic.base_files() + [path])
    return store


def test_the_same_seed_and_size_give_the_same_bytes(generated, tmp_path):
    path, _ = generated
    again = Path(synthetic.generate(SIZE, tmp_path)["file"])
    assert again.read_bytes() == path.read_bytes()
    other_seed = Path(synthetic.generate(SIZE, tmp_path / "seed2", seed=2)["file"])
    assert other_seed.read_bytes() != path.read_bytes()


def test_the_graph_holds_about_the_triples_asked_for_and_says_how_many(generated, synthetic_store):
    _, info = generated
    assert len(synthetic_store) == info["triples"]
    assert abs(info["triples"] - SIZE) <= SIZE * 0.05


def test_each_class_has_as_many_instances_as_the_metadata_says_in_the_bundled_proportions(generated):
    path, info = generated
    synthetic_only = ox.Store()
    synthetic_only.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    rdf_type = ox.NamedNode(synthetic.RDF + "type")
    for local, unit in synthetic.UNIT.items():
        namespace = {"Concept": synthetic.SKOS, "Membership": synthetic.ORG}.get(local, synthetic.CGKG)
        count = len({quad.subject for quad in synthetic_only.quads_for_pattern(None, rdf_type, ox.NamedNode(namespace + local))})
        assert count == info["class_counts"][local] == max(1, round(unit * info["factor"])), local


def test_the_graph_conforms_to_the_shapes_and_passes_the_quality_checks(generated):
    from cgkg.validation import validate

    path, _ = generated
    report = validate(paths.vocabulary_files() + [path])
    assert report.conforms, "\n".join(v.line() for v in report.violations[:20])


def test_every_canned_query_answers_on_the_synthetic_graph(generated, monkeypatch):
    from cgkg.api import open_graph

    path, info = generated
    monkeypatch.setattr(paths, "graph_files", lambda: synthetic.base_files() + [path])
    graph = open_graph(in_memory=True)
    empty = []
    for query in canned.list_queries():
        values = {p.name: info["parameters"][p.name] for p in query.params if p.required}
        if not graph.run(query.name, **values):
            empty.append(query.name)
    # recommendations lists the texts' recommendations, which the synthetic graph does not imitate.
    assert empty == ["recommendations"]

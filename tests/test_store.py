"""The on-disk store cache: built once, reopened after, rebuilt when a file changes."""

from __future__ import annotations

import os
import time

import pytest

from cgkg import store as store_module

EXTRA = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/cgkg/id/agent/test-extra> skos:prefLabel "{label}"@en .
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv(store_module.CACHE_ENV, str(root))
    return root


def stores_in(root):
    return sorted(p.name for p in root.glob("store-*"))


def label_of_extra(store):
    rows = list(store.query(
        'SELECT ?l WHERE { <https://w3id.org/cgkg/id/agent/test-extra> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }'
    ))
    return [row["l"].value for row in rows]


def test_second_open_reuses_the_built_store(cache, tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text(EXTRA.format(label="first"), encoding="utf-8")
    first = store_module.open_store([extra])
    built = stores_in(cache)
    assert len(built) == 1
    del first
    again = store_module.open_store([extra])
    assert stores_in(cache) == built
    assert label_of_extra(again) == ["first"]


def test_editing_a_file_rebuilds_the_store_with_the_new_content(cache, tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text(EXTRA.format(label="first"), encoding="utf-8")
    store_module.open_store([extra])
    extra.write_text(EXTRA.format(label="second edition"), encoding="utf-8")
    later = time.time() + 5  # a different mtime even on coarse-grained file systems
    os.utime(extra, (later, later))
    rebuilt = store_module.open_store([extra])
    assert label_of_extra(rebuilt) == ["second edition"]
    assert len(stores_in(cache)) == 2


def test_abandoned_half_built_stores_are_removed_and_recent_ones_kept(cache, tmp_path):
    cache.mkdir()
    abandoned = cache / "building-killed"
    abandoned.mkdir()
    (abandoned / "000001.sst").write_bytes(b"partial")
    old = time.time() - store_module.ABANDONED_AFTER_SECONDS - 60
    os.utime(abandoned, (old, old))
    in_progress = cache / "building-running"
    in_progress.mkdir()
    store_module.open_store()
    assert not abandoned.exists()
    assert in_progress.exists()


def test_clear_cache_removes_every_store(cache):
    store_module.open_store()
    assert store_module.clear_cache() == 1
    assert stores_in(cache) == []


def test_an_in_memory_graph_answers_like_the_stored_one_and_writes_no_cache(cache, tmp_path):
    import cgkg

    extra = tmp_path / "extra.ttl"
    extra.write_text(EXTRA.format(label="first"), encoding="utf-8")
    in_memory = cgkg.open_graph([extra], in_memory=True)
    assert not cache.exists() or stores_in(cache) == []
    stored = cgkg.open_graph([extra])
    # The same rows, in the same order, whichever store answers.
    for name, params in (("associations", {"country": "pl:china"}), ("timeline", {"from": "1990", "to": "2000"})):
        rows = stored.run(name, **params)
        assert rows and in_memory.run(name, **params) == rows
    assert label_of_extra(in_memory.engine.store) == ["first"]


def test_a_corrupted_store_is_rebuilt(cache, tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text(EXTRA.format(label="first"), encoding="utf-8")
    del_me = store_module.open_store([extra])
    del del_me
    built, = cache.glob("store-*")
    for table in built.glob("*.sst"):  # a disk error or an interrupted copy: the tables are cut short
        table.write_bytes(table.read_bytes()[:100])
    assert label_of_extra(store_module.open_store([extra])) == ["first"]

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


def fake_store(root, name, last_used):
    """A cached store as eviction sees it: a folder with its ready marker, last used at that time."""
    folder = root / f"store-{name}"
    folder.mkdir(parents=True)
    marker = folder / store_module._READY
    marker.write_text("0")
    os.utime(marker, (last_used, last_used))
    return folder


def test_a_new_build_keeps_only_the_most_recently_used_stores(cache):
    hour = 3600
    now = time.time()
    # Older stores than the limit allows, each last used a day earlier than the one before.
    old = [fake_store(cache, f"old{i:02d}", now - (i + 1) * 24 * hour) for i in range(store_module.KEPT_STORES + 2)]
    store_module.open_store()  # builds the bundled graph's store, the most recent of all
    kept = stores_in(cache)
    assert len(kept) == store_module.KEPT_STORES
    # The new store and the KEPT_STORES - 1 most recently used of the old ones stay.
    assert [p.name for p in old[: store_module.KEPT_STORES - 1]] == [n for n in kept if n.startswith("store-old")]
    assert all(not p.exists() for p in old[store_module.KEPT_STORES - 1:])


def test_a_store_used_within_minutes_is_never_evicted(cache):
    now = time.time()
    for i in range(store_module.KEPT_STORES):
        fake_store(cache, f"recent{i}", now - 60 - i)
    store_module.open_store()
    # Over the limit, but every store may still be open in another process.
    assert len(stores_in(cache)) == store_module.KEPT_STORES + 1


def test_reopening_a_store_records_its_use(cache):
    store_module.open_store()
    built, = cache.glob("store-*")
    marker = built / store_module._READY
    long_ago = time.time() - 30 * 24 * 3600
    os.utime(marker, (long_ago, long_ago))
    store_module.open_store()
    assert marker.stat().st_mtime > long_ago + 29 * 24 * 3600


def test_the_cache_command_lists_the_stores_and_clears_them(cache, runner):
    from cgkg.cli import cli

    store_module.open_store()
    listed = runner.invoke(cli, ["cache"])
    assert listed.exit_code == 0, listed.output
    built, = cache.glob("store-*")
    assert listed.output.startswith(f"{cache}: 1 store(s), ")
    assert built.name in listed.output
    help_text = " ".join(runner.invoke(cli, ["cache", "--help"]).output.split())
    assert f"the {store_module.KEPT_STORES} most recently used are kept" in help_text
    cleared = runner.invoke(cli, ["cache", "--clear"])
    assert cleared.exit_code == 0 and "Removed 1 cached store(s)" in cleared.output
    assert stores_in(cache) == []

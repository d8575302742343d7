"""The embedded triple store: a pyoxigraph store on disk, rebuilt only when the data files change.

A lookup reopens the prebuilt store read-only (milliseconds) instead of reparsing Turtle; the cache key
covers every file's path, size and modification time, so editing a file rebuilds it on the next run.
Each edit or new set of --data files makes a new store, so the cache keeps only the KEPT_STORES most
recently used ones: a new build removes the rest.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import __version__, paths
from .rdffiles import load_files

CACHE_ENV = "CGKG_CACHE_DIR"
_READY = "cgkg-ready"

KEPT_STORES = 8
# The ready marker's modification time records the last use; it is refreshed at most once a minute,
# so a lookup does not write to the disk every time.
USE_RECORDED_EVERY_SECONDS = 60
# A store opened within the last ten minutes (as far as the marker can tell) may still be open in
# another process, so it is never evicted. A process that holds a store open for longer is protected
# only by the KEPT_STORES rule.
IN_USE_SECONDS = 600


def cache_root() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "cgkg"


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(f"{__version__} {ox.__version__}".encode())
    for path in files:
        stat = path.stat()
        # A file name is bytes to the system, and need not be UTF-8: os.fsencode gives those bytes back
        # (str.encode fails on the surrogates Python decodes such a name's bytes to).
        digest.update(b"\0" + os.fsencode(path.resolve()) + f"\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def open_store(extra_files: list[Path] | tuple[Path, ...] = (), *, use_cache: bool = True) -> ox.Store:
    """The bundled graph plus any extra files, in one store's default graph."""
    files = paths.graph_files() + [Path(p) for p in extra_files]
    if not use_cache:
        return _build_in_memory(files)
    try:
        for path in files:
            path.stat()
    except OSError:
        # Let the parser report the unreadable file by name.
        return _build_in_memory(files)
    target = cache_root() / f"store-{_fingerprint(files)}"
    if _record_use(target / _READY):
        try:
            return ox.Store.read_only(str(target))
        except (OSError, RuntimeError):
            pass  # unreadable, corrupted (RocksDB reports that as a RuntimeError) or from another version: rebuild it
    # Imported here, off the fast path of reopening a built store.
    import shutil
    import tempfile

    shutil.rmtree(target, ignore_errors=True)
    _remove_abandoned_builds(target.parent)

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix="building-", dir=target.parent))
    except OSError:
        return _build_in_memory(files)
    try:
        store = ox.Store(str(building))
        # Bulk loading skips transactions: safe, as the store is renamed into place only when complete.
        load_files(store, files, bulk=True)
        store.flush()
        # A bulk load leaves many overlapping files that every later index seek must consult;
        # compacting them once here makes the lookups faster (benchmarks/compaction_bench.py).
        store.optimize()
        del store
        (building / _READY).write_text(__version__)
        try:
            building.rename(target)
        except OSError:
            # Another process finished the same store first; use theirs.
            shutil.rmtree(building, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    _evict_least_recently_used(target.parent)
    return ox.Store.read_only(str(target))


def _record_use(marker: Path) -> bool:
    """Whether the store is built; if so, note that it is in use (for eviction)."""
    try:
        last_use = marker.stat().st_mtime
    except OSError:
        return False
    if time.time() - last_use > USE_RECORDED_EVERY_SECONDS:
        try:
            os.utime(marker)
        except OSError:
            pass  # a read-only cache still serves lookups; it only loses track of use
    return True


@dataclass(frozen=True)
class CachedStore:
    path: Path
    last_used: float

    @property
    def size_bytes(self) -> int:
        """Measured when asked (by `cgkg cache`), not for every eviction."""
        try:
            return sum(f.stat().st_size for f in self.path.iterdir() if f.is_file())
        except OSError:
            return 0  # removed meanwhile


def cached_stores(root: Path | None = None) -> list[CachedStore]:
    """The built stores in the cache, most recently used first."""
    root = cache_root() if root is None else root
    found = []
    try:
        entries = list(root.glob("store-*"))
    except OSError:
        return []
    for entry in entries:
        try:
            last_used = (entry / _READY).stat().st_mtime
        except OSError:
            continue  # being removed, or never finished (a build is renamed into place only when complete)
        found.append(CachedStore(entry, last_used))
    return sorted(found, key=lambda s: (-s.last_used, s.path.name))


def _evict_least_recently_used(root: Path) -> None:
    import shutil

    now = time.time()
    for stale in cached_stores(root)[KEPT_STORES:]:
        if now - stale.last_used > IN_USE_SECONDS:
            shutil.rmtree(stale.path, ignore_errors=True)


ABANDONED_AFTER_SECONDS = 6 * 3600


def _remove_abandoned_builds(root: Path) -> None:
    """Delete half-built stores left by killed processes; recent ones may still be building."""
    import shutil

    try:
        entries = list(root.glob("building-*"))
    except OSError:
        return
    for entry in entries:
        try:
            if time.time() - entry.stat().st_mtime > ABANDONED_AFTER_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass


def _build_in_memory(files: list[Path]) -> ox.Store:
    store = ox.Store()
    load_files(store, files)
    return store


def clear_cache() -> int:
    """Remove every cached store; return how many were removed."""
    import shutil

    root = cache_root()
    removed = 0
    if root.is_dir():
        for entry in root.iterdir():
            # cgkg's stores and builds are folders: a file or link of the same name is someone else's.
            if entry.name.startswith(("store-", "building-")) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
                removed += not os.path.lexists(entry)  # one that could not be removed is not reported as removed
    return removed

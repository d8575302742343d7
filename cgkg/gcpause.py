"""Pausing Python's cyclic garbage collector while a large, acyclic result is built.

Converting tens of thousands of rows creates hundreds of thousands of dicts and Terms, none of them
in a reference cycle; the collector would still rescan them all each time the young generations
overflow. Pausing it made listings of 6,000-28,000 rows 1.14-1.31x faster to run and convert
(benchmarks/result_bench.py; BENCHMARKS.md, Large answers).
Reference counting frees these objects as usual; only the search for cycles waits.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

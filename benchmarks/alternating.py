"""Timing variants of one piece of work alternately, so the machine's noise hits all of them alike."""

from __future__ import annotations

import statistics
import time


def alternate(runs: int, **variants) -> dict[str, tuple[float, object]]:
    """Each variant's median seconds over RUNS alternating runs, with the value its last run returned."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    values: dict[str, object] = {}
    for _ in range(runs):
        for name, work in variants.items():
            start = time.perf_counter()
            values[name] = work()
            times[name].append(time.perf_counter() - start)
    return {name: (statistics.median(times[name]), values[name]) for name in variants}

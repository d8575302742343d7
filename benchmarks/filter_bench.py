"""Every canned query with each of its optional filters, against its unfiltered form, as the graph grows.

    python benchmarks/filter_bench.py [--sizes 10000 100000 1000000] [--runs 3] [--data DIR]

The scale benchmark times each canned query without its optional parameters (the listing, the
largest answer). A filter should cost at most the time of its share of that answer; this benchmark
checks that it does at every size, so that a filter whose cost grows faster than the graph (a
FILTER EXISTS the engine evaluates from the wrong side, per row) shows up. For each size it opens the
persistent store of the synthetic graph (benchmarks/synthetic.py, built once in a temporary cache)
and runs each query unfiltered and then with each optional parameter that FILTERS below gives a
value for, one at a time, RUNS times; it prints the medians and the rows, and the ratio of the
filtered time to the unfiltered one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402  (after the sys.path inserts above)
from scale_bench import median_time  # noqa: E402

ID = "https://w3id.org/cgkg/id/"
# A value for each optional parameter that selects part of the synthetic graph at every size (pl:italy
# is one of its countries, with clusters, actors and events in it; syn-concept-0 one of its sectors).
# The entity parameters that name one cluster or actor take the synthetic graph's own
# (synthetic-N.json, "parameters").
FILTERS = {
    "country": ID + "place/italy",
    "place": ID + "place/italy",
    "sector": ID + "sector/syn-concept-0",
    "mode": ID + "mode/leader-type",
    "problem": ID + "problem/regional-quality",
    "function": ID + "function/testing-certification",
    "measure": ID + "measure/frequency",
    "from": "1990",
    "to": "1999",
}
FROM_SYNTHETIC = {"cluster": "cluster", "actor": "entity", "subject": "cluster"}


def median_run(graph, name: str, params: dict, runs: int) -> tuple[float, int]:
    """Median seconds and the number of rows (a run slower than scale_bench.SLOW is not repeated)."""
    return median_time(lambda: len(graph.run(name, **params)), runs)


def bench(size: int, data_dir: Path, runs: int) -> list[tuple]:
    found = []
    with synthetic.opened(size, data_dir) as (graph, info):
        chosen = dict(FILTERS, **{name: info["parameters"][key] for name, key in FROM_SYNTHETIC.items()})
        for query in graph.queries():
            required = {p.name: info["parameters"][p.name] for p in query.params if p.required}
            listing, listing_rows = median_run(graph, query.name, required, runs)
            found.append((size, query.name, "-", listing, listing_rows, 1.0))
            for param in query.params:
                if param.required or param.name not in chosen:
                    continue
                seconds, rows = median_run(graph, query.name, {**required, param.name: chosen[param.name]}, runs)
                found.append((size, query.name, param.name, seconds, rows, seconds / listing))
            print(f"{size}: {query.name} done", file=sys.stderr, flush=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    args = parser.parse_args()
    results = [row for size in args.sizes for row in bench(size, args.data, args.runs)]
    print(f"| triples (about) | canned query | filter | median (ms, {args.runs} runs) | rows | filtered / unfiltered |")
    print("|---:|---|---|---:|---:|---:|")
    for size, name, param, seconds, rows, ratio in results:
        print(f"| {size:,} | {name} | {param} | {seconds * 1000:.0f} | {rows:,} | {'' if param == '-' else f'{ratio:.2f}'} |")


if __name__ == "__main__":
    main()

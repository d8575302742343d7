"""What turning a large answer into rows and text costs, and what pausing the cyclic collector saves.

    python benchmarks/result_bench.py [--size 1000000] [--runs 5] [--in-memory] [NAME ...]

On the synthetic graph of about SIZE triples (benchmarks/synthetic.py; the persistent store as cgkg
builds it, or an in-memory store with --in-memory), each canned query NAME (default: the listings
clusters, providers, associations, timeline, figures and problems) runs through cgkg's embedded
engine (cgkg.api.Graph.result: run, convert every row) with the cyclic garbage collector paused
while rows are built, as cgkg does, and with it running, alternating RUNS times. Then the largest
answer is rendered in every output format both ways, and `--json`'s one-object-per-line layout is
timed against json.dumps(indent=2), the layout it replaced. Medians in ms, and ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

LISTINGS = ["clusters", "providers", "associations", "timeline", "figures", "problems"]


def _seconds(timed: dict) -> dict[str, float]:
    return {name: seconds for name, (seconds, _) in timed.items()}


def main() -> None:
    import synthetic

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", default=LISTINGS)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--in-memory", action="store_true")
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    args = parser.parse_args()

    with synthetic.opened(args.size, args.data, in_memory=args.in_memory) as (graph, _):
        report(args, graph)


def report(args, graph) -> None:
    from alternating import alternate

    from cgkg import engine, output

    paused = engine.collector_paused
    store = "in-memory" if args.in_memory else "on-disk"
    print(f"{len(graph.engine.store):,} triples, {store} store; median ms of {args.runs}\n")
    print("| canned query | rows | collector running | paused | running / paused |")
    print("|---|---:|---:|---:|---:|")
    largest = None

    def run(name, pause):
        engine.collector_paused = paused if pause else contextlib.nullcontext
        try:
            return graph.result(name)
        finally:
            engine.collector_paused = paused

    for name in args.names:
        result = run(name, True)
        if largest is None or len(result.rows) > len(largest.rows):
            largest = result
        medians = _seconds(alternate(args.runs, running=lambda: run(name, False), paused=lambda: run(name, True)))
        print(f"| {name} | {len(result.rows):,} | {medians['running'] * 1000:.0f} | {medians['paused'] * 1000:.0f} "
              f"| {medians['running'] / medians['paused']:.2f} |")

    print(f"\nRendering the largest answer ({len(largest.rows):,} rows):\n")
    print("| format | collector running | paused | running / paused |")
    print("|---|---:|---:|---:|")
    for fmt in output.RENDERERS:
        def render(pause, fmt=fmt):
            output.collector_paused = paused if pause else contextlib.nullcontext
            try:
                return output.render(largest, fmt)
            finally:
                output.collector_paused = paused
        medians = _seconds(alternate(args.runs, running=lambda: render(False), paused=lambda: render(True)))
        print(f"| {fmt} | {medians['running'] * 1000:.0f} | {medians['paused'] * 1000:.0f} "
              f"| {medians['running'] / medians['paused']:.2f} |")

    records = largest.records()
    one_per_line = lambda: "[" + ",\n ".join(json.dumps(r, ensure_ascii=False) for r in records) + "]\n"  # noqa: E731
    indented = lambda: json.dumps(records, ensure_ascii=False, indent=2) + "\n"  # noqa: E731
    assert json.loads(one_per_line()) == json.loads(indented())
    medians = _seconds(alternate(args.runs, indented=indented, one_per_line=one_per_line))
    print(f"\n--json layout: json.dumps(indent=2) {medians['indented'] * 1000:.0f} ms, one object per line "
          f"{medians['one_per_line'] * 1000:.0f} ms ({medians['indented'] / medians['one_per_line']:.1f}x)")


if __name__ == "__main__":
    main()

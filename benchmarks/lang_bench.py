"""What the language of the labels costs: each canned query in English, Chinese and Italian.

    python benchmarks/lang_bench.py [--size 1000000] [--runs 3] [--in-memory] [NAME ...]

Every canned query (or those named) runs with --lang en, zh and it, alternating RUNS times, on the
synthetic graph of about SIZE triples (benchmarks/synthetic.py), in a persistent store built once
as cgkg builds its cache (or in memory with --in-memory), with the required parameters from
synthetic-SIZE.json. The synthetic graph labels everything in English and Chinese and nothing in
Italian, as the real graph labels most things: Chinese needs no fallback and Italian falls back to
English for every label, the most the fallback can cost. Each median includes converting the rows
(cgkg's embedded engine and list sorting), as a CLI run does; the ratios are against English.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

LANGUAGES = ("en", "zh", "it")


def main() -> None:
    import synthetic

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="canned queries to time (default: all)")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--in-memory", action="store_true", help="parse the graph into memory instead of a store on disk")
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    args = parser.parse_args()

    with synthetic.opened(args.size, args.data, in_memory=args.in_memory) as (graph, info):
        run(args, graph, info["parameters"])


def run(args, graph, params: dict) -> None:
    from alternating import alternate

    from cgkg import canned

    where = "in memory" if args.in_memory else "on disk"
    print(f"{len(graph.engine.store):,} triples {where}; median ms of {args.runs}, rows converted\n")
    print("| canned query | rows | en (ms) | zh (ms) | it (ms) | zh / en | it / en |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for query in canned.list_queries():
        if args.names and query.name not in args.names:
            continue
        if not any(p.name == "lang" for p in query.params):
            continue
        values = {p.name: params[p.name] for p in query.params if p.required}
        timed = alternate(args.runs, **{lang: (lambda lang=lang, name=query.name, values=values:
                                              graph.result(name, lang, **values)) for lang in LANGUAGES})
        en, zh, it = (timed[lang][0] for lang in LANGUAGES)
        rows = len(timed["en"][1].rows)
        print(f"| {query.name} | {rows:,} | {en * 1000:.0f} | {zh * 1000:.0f} | {it * 1000:.0f} "
              f"| {zh / en:.2f} | {it / en:.2f} |")


if __name__ == "__main__":
    main()

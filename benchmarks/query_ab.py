"""Canned query texts of another git revision against the working tree's, on one synthetic store.

    python benchmarks/query_ab.py --against REV [--size 1000000] [--runs 3] [--data DIR] [--in-memory]
                                  [--param KEY VALUE ...] [NAME ...]

Both versions of each canned query (the one in REV's queries/, the one in queries/ now) run on the
same persistent store of the synthetic graph of about SIZE triples (built once, as
benchmarks/scale_bench.py builds it), with the same parameters (the required ones, from
synthetic-SIZE.json) and the same conversion of every row (cgkg's embedded engine and list
sorting), alternating old and new RUNS times, so machine noise hits both alike. It reports each
median and the ratio old / new, and checks that both versions give the same rows in the same order.
Queries that did not change between REV and now are skipped unless named. --param adds an optional
parameter (a filter: --param place https://w3id.org/cgkg/id/place/italy) to each query that has it.
With --in-memory the store is pyoxigraph's in-memory one (cgkg.open_graph(in_memory=True)) instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def old_text(revision: str, name: str) -> str | None:
    done = subprocess.run(["git", "show", f"{revision}:queries/{name}.rq"], cwd=HERE.parent,
                          capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def main() -> None:
    import synthetic

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="canned queries to compare (default: those that changed)")
    parser.add_argument("--against", required=True, metavar="REV", help="the git revision to compare with")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    parser.add_argument("--param", nargs=2, action="append", default=[], metavar=("KEY", "VALUE"),
                        help="an optional parameter for the queries that have it (repeatable)")
    parser.add_argument("--in-memory", action="store_true", help="query an in-memory store instead of the on-disk one")
    args = parser.parse_args()

    with synthetic.opened(args.size, args.data, in_memory=args.in_memory) as (graph, info):
        compare(args, graph, info["parameters"])


def compare(args, graph, params: dict) -> None:
    from alternating import alternate

    from cgkg import canned

    store = "in-memory" if args.in_memory else "on-disk"
    print(f"{len(graph.engine.store):,} triples, {store} store; old = {args.against}, new = working tree; "
          f"median ms of {args.runs}\n")
    print("| canned query | old (ms) | new (ms) | old / new | same rows |")
    print("|---|---:|---:|---:|---|")
    for query in canned.list_queries():
        before = old_text(args.against, query.name)
        if before is None or (not args.names and before == query.text) or (args.names and query.name not in args.names):
            continue
        filters = {key: value for key, value in args.param if any(p.name == key for p in query.params)}
        values = {p.name: params[p.name] for p in query.params if p.required} | filters
        _, bindings = graph.bindings(query.name, **values)
        versions = {"old": dataclasses.replace(query, text=before), "new": query}
        timed = alternate(args.runs, **{
            side: lambda version=version: canned.sort_lists(version, graph.engine.query(version.text, bindings))
            for side, version in versions.items()})
        (old, old_result), (new, new_result) = timed["old"], timed["new"]
        same = old_result.rows == new_result.rows
        name = query.name + "".join(f" {key}={value.rsplit('/', 1)[-1]}" for key, value in filters.items())
        print(f"| {name} | {old * 1000:.0f} | {new * 1000:.0f} | {old / new:.2f} | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()

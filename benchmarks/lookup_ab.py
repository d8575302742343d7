"""The lookups (`cgkg search`, `cgkg show`) of another git revision against the working tree's.

    python benchmarks/lookup_ab.py --against REV [--size 1000000] [--runs 5] [--data DIR]

The SPARQL texts of cgkg/lookup.py at REV and now run alternately on one persistent store of the
synthetic graph of about SIZE triples (built as benchmarks/scale_bench.py builds it), RUNS times each,
through the same Python code (the working tree's), so that only the query texts differ. It reports
the medians and the ratio old / new, and checks that both give the same answer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

# The module constants that hold the lookups' query texts.
TEXTS = ("_EXACT", "_CONTAINS", "_LABELS", "_TYPES", "_FACTS", "_INCOMING", "_RELATIONS")


def texts_at(revision: str) -> dict[str, str]:
    source = subprocess.run(["git", "show", f"{revision}:cgkg/lookup.py"], cwd=HERE.parent,
                            capture_output=True, text=True, check=True).stdout
    namespace = {"__name__": "cgkg._lookup_at_revision", "__package__": "cgkg"}
    exec(compile(source, f"{revision}:cgkg/lookup.py", "exec"), namespace)
    return {name: namespace[name] for name in TEXTS}


def main() -> None:
    import synthetic
    from alternating import alternate

    from cgkg import lookup

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", required=True, metavar="REV", help="the git revision to compare with")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    args = parser.parse_args()

    versions = {"old": texts_at(args.against), "new": {name: getattr(lookup, name) for name in TEXTS}}

    def using(side: str, work):
        for name, text in versions[side].items():
            setattr(lookup, name, text)
        return work()

    with synthetic.opened(args.size, args.data) as (graph, info):
        firm, cluster = info["parameters"]["entity"], info["parameters"]["cluster"]
        lookups = {
            "search prato": lambda: graph.search("prato"),
            "search cluster 12": lambda: graph.search("cluster 12"),
            f"show {firm.rsplit('/', 1)[-1]}": lambda: graph.show(firm),
            f"show {cluster.rsplit('/', 1)[-1]}": lambda: graph.show(cluster),
        }
        print(f"{len(graph.engine.store):,} triples; old = {args.against}, new = working tree; median ms of {args.runs}\n")
        print("| lookup | old (ms) | new (ms) | old / new | same answer |")
        print("|---|---:|---:|---:|---|")
        for name, work in lookups.items():
            timed = alternate(args.runs, old=lambda work=work: using("old", work), new=lambda work=work: using("new", work))
            (old, old_answer), (new, new_answer) = timed["old"], timed["new"]
            print(f"| {name} | {old * 1000:.0f} | {new * 1000:.0f} | {old / new:.2f} | "
                  f"{'yes' if old_answer == new_answer else 'NO'} |")


if __name__ == "__main__":
    main()

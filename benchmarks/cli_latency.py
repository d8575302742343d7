"""How long a CLI lookup takes, as medians over fresh processes, against two baselines.

    python benchmarks/cli_latency.py [--runs 21]

Baselines measured in the same run: `python -c pass` (interpreter start) and
`python -c "import rdflib"` (the cost the lookup path must stay under). The store cache is
warmed first, as it is for every lookup after the first.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

CLUSTER = "clu:liushi-low-voltage-electrical"


def commands(cgkg: str) -> list[tuple[str, list[str]]]:
    python = sys.executable
    return [
        ("python -c pass", [python, "-c", "pass"]),
        ('python -c "import rdflib"', [python, "-c", "import rdflib"]),
        (f"cgkg show {CLUSTER}", [cgkg, "show", CLUSTER]),
        (f"cgkg query cluster-profile -p cluster {CLUSTER}", [cgkg, "query", "cluster-profile", "-p", "cluster", CLUSTER]),
        ("cgkg query timeline", [cgkg, "query", "timeline"]),
        ("cgkg search 协会", [cgkg, "search", "协会"]),
    ]


def median_seconds(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    cgkg = shutil.which("cgkg") or str(Path(sys.executable).with_name("cgkg"))
    subprocess.run([cgkg, "stats"], stdout=subprocess.DEVNULL, check=True)  # warm the store cache
    results = [(label, median_seconds(argv, args.runs)) for label, argv in commands(cgkg)]
    rdflib_import = results[1][1]
    print(f"| command | median (ms, {args.runs} runs) | ÷ import rdflib |")
    print("|---|---:|---:|")
    for label, seconds in results:
        print(f"| `{label}` | {seconds * 1000:.0f} | {seconds / rdflib_import:.2f} |")


if __name__ == "__main__":
    main()

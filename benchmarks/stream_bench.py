"""How `cgkg sparql` writes a large answer: streamed (CSV) against written whole (the table), alternating.

    python benchmarks/stream_bench.py [--runs 3] [--limit 2000000]

The query pairs every typed resource of the bundled graph with every other (about 1.9 million rows at
the default LIMIT). Each run is a fresh `cgkg sparql … --csv` or `--table` process; the table has to see
every row to size its columns, so it is the whole-answer baseline measured in the same run. Reported,
as medians: seconds until the first data row reaches the pipe, seconds until the process ends, and
the process's peak resident memory (ru_maxrss of the child, from os.wait4).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def one_run(cgkg: str, query: str, fmt: str) -> tuple[float, float, float]:
    start = time.perf_counter()
    process = subprocess.Popen([cgkg, "sparql", query, f"--{fmt}"], stdout=subprocess.PIPE)
    process.stdout.readline()  # the header (and, for the table, its rule)
    if fmt == "table":
        process.stdout.readline()
    process.stdout.readline()
    first_row = time.perf_counter() - start
    while process.stdout.read(1 << 20):
        pass
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped by wait4
    return first_row, time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=2_000_000)
    args = parser.parse_args()
    cgkg = shutil.which("cgkg") or sys.exit("the cgkg command is not on PATH (pip install .)")
    query = f"SELECT ?s ?a WHERE {{ ?s a ?t . ?a a ?u }} LIMIT {args.limit}"
    subprocess.run([cgkg, "stats"], capture_output=True, check=True)  # the store cache, built once
    measured: dict[str, list[tuple[float, float, float]]] = {"csv": [], "table": []}
    for _ in range(args.runs):
        for fmt in measured:
            measured[fmt].append(one_run(cgkg, query, fmt))
    print(f"`cgkg sparql '{query}'`, medians of {args.runs} alternating runs\n")
    print("| output | first row (s) | whole answer (s) | peak RSS (MB) |")
    print("|---|---:|---:|---:|")
    for fmt, runs in measured.items():
        first, whole, peak = (statistics.median(r[i] for r in runs) for i in range(3))
        label = "CSV (streamed)" if fmt == "csv" else "table (written whole)"
        print(f"| {label} | {first:.2f} | {whole:.2f} | {peak:.0f} |")


if __name__ == "__main__":
    main()

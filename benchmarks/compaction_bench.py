"""What compacting the on-disk store after the bulk load buys the canned queries.

    python benchmarks/compaction_bench.py [--size 1000000] [--runs 3] [--data DIR]

Builds two persistent stores from the same synthetic graph (benchmarks/synthetic.py), one as
cgkg.store builds it (bulk load, then Store.optimize) and one without the compaction, then runs each
canned query on both, alternating between them, in one process. Prints each query's median on both
and the ratio (uncompacted / compacted), plus the build times.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def build(location: Path, files: list[Path], compact: bool) -> float:
    import pyoxigraph as ox

    from cgkg.rdffiles import load_files

    start = time.perf_counter()
    store = ox.Store(str(location))
    load_files(store, files, bulk=True)
    store.flush()
    if compact:
        store.optimize()
    del store
    return time.perf_counter() - start


def graph_over(location: Path):
    import pyoxigraph as ox

    from cgkg.api import Graph
    from cgkg.engine import EmbeddedEngine

    engine = EmbeddedEngine.__new__(EmbeddedEngine)
    engine.store = ox.Store.read_only(str(location))
    return Graph(engine)


def main() -> None:
    import synthetic
    from alternating import alternate

    from cgkg import canned

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=synthetic.default_out())
    args = parser.parse_args()

    nt, meta = args.data / f"synthetic-{args.size}.nt", args.data / f"synthetic-{args.size}.json"
    if not nt.exists() or not meta.exists():
        synthetic.generate(args.size, args.data)
    parameters = json.loads(meta.read_text(encoding="utf-8"))["parameters"]
    files = list(synthetic.base_files()) + [nt]

    root = Path(tempfile.mkdtemp(prefix="cgkg-compaction-"))
    try:
        seconds = {name: build(root / name, files, name == "compacted") for name in ("compacted", "bulk-loaded")}
        graphs = {name: graph_over(root / name) for name in seconds}
        print(f"build (s): compacted {seconds['compacted']:.2f}, without compaction {seconds['bulk-loaded']:.2f}\n")
        print("| canned query | compacted (ms) | without compaction (ms) | ratio |")
        print("|---|---:|---:|---:|")
        for query in canned.list_queries():
            values = {p.name: parameters[p.name] for p in query.params if p.required}
            timed = alternate(args.runs, **{name: lambda graph=graph: graph.result(query.name, **values)
                                            for name, graph in graphs.items()})
            fast, slow = (timed[n][0] for n in ("compacted", "bulk-loaded"))
            print(f"| {query.name} | {fast * 1000:.0f} | {slow * 1000:.0f} | {slow / fast:.2f} |", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

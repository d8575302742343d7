"""How cgkg scales: load, memory, every canned query (embedded and through an Oxigraph server), validate.

    python benchmarks/scale_bench.py [--sizes 10000 100000 1000000] [--runs 5]
                                     [--data DIR] [--validate-max 150000] [--limit 120] [--in-memory]
                                     [--json results.json]

For each size N it uses (or first writes, with benchmarks/synthetic.py) the synthetic graph of about
N triples: the ontology, data/sources.ttl and data/sectors.ttl plus DIR/synthetic-N.nt. Each
measurement runs in a fresh Python process, so its peak memory (ru_maxrss) is its own:

* load: pyoxigraph in-memory store, parse + insert (cgkg.rdffiles.load_files, as `cgkg validate`);
* build: the persistent store as cgkg.store.open_store builds it on a cache miss (first run);
* reopen: open_store on a cache hit (every later run), then each canned query's median over RUNS
  runs through the embedded engine (cgkg.api.Graph.result: bind, run, convert every row);
* memory (--in-memory): each canned query's median on a pyoxigraph in-memory store of the same files
  (loading not counted), to show what reading from the on-disk store costs a query;
* remote: `oxigraph serve-read-only` over that same store, each canned query's median over RUNS
  runs through cgkg's RemoteEngine (SPARQLWrapper, HTTP on 127.0.0.1, JSON to rows);
* server in memory (--in-memory): `oxigraph serve` with no --location (Oxigraph's in-memory store),
  loaded by cgkg.publish.publish into a named graph, as `cgkg publish --graph IRI` does; then each
  canned query's median through RemoteEngine with that graph (`cgkg query --endpoint URL --graph IRI`);
* validate: cgkg.validation.validate exactly as `cgkg validate synthetic-N.nt` runs it, with pySHACL
  (one run: it is slow) and with pyshacl-turbo when installed (median of 3), only up to
  --validate-max triples (pySHACL at 10^6 would take tens of minutes).

Canned queries get their required parameters from synthetic-N.json (the most-referenced synthetic
cluster, district, organisation and firm) and no optional ones: the listing form, the heavier one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


SLOW = 10.0  # a query slower than this once is not repeated


def median_time(fn, runs: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
        if times[-1] > SLOW:
            break
    return statistics.median(times), value


# ---------------------------------------------------------------------------------------------
# Workers: each runs in its own process and prints one JSON object
# ---------------------------------------------------------------------------------------------


def _patch_graph_files(files: list[Path]) -> None:
    from cgkg import paths

    paths.graph_files = lambda: list(files)


def worker_load(files: list[Path]) -> dict:
    import pyoxigraph as ox

    from cgkg.rdffiles import load_files

    start = time.perf_counter()
    triples = load_files(ox.Store(), files)
    return {"seconds": time.perf_counter() - start, "triples": triples, "peak_mb": peak_mb()}


def worker_build(files: list[Path]) -> dict:
    _patch_graph_files(files)
    from cgkg.store import open_store

    start = time.perf_counter()
    store = open_store()
    return {"seconds": time.perf_counter() - start, "triples": len(store), "peak_mb": peak_mb()}


def _run_all(graph, params: dict, runs: int, names: list[str] | None = None) -> dict:
    from cgkg import canned

    found = {}
    for query in canned.list_queries():
        if names and query.name not in names:
            continue
        values = {p.name: params[p.name] for p in query.params if p.required}
        seconds, result = median_time(lambda: graph.result(query.name, **values), runs)
        found[query.name] = {"seconds": seconds, "rows": len(result.rows)}
    return found


def worker_reopen(files: list[Path]) -> dict:
    _patch_graph_files(files)
    from cgkg.store import open_store

    start = time.perf_counter()
    open_store()
    return {"open_seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def worker_reopen_and_query(files: list[Path], params: dict, runs: int, names: list[str] | None = None) -> dict:
    _patch_graph_files(files)
    from cgkg.api import Graph
    from cgkg.engine import EmbeddedEngine
    from cgkg.store import open_store

    start = time.perf_counter()
    store = open_store()
    opened = time.perf_counter() - start
    engine = EmbeddedEngine.__new__(EmbeddedEngine)
    engine.store = store
    queries = _run_all(Graph(engine), params, runs, names)
    return {"open_seconds": opened, "queries": queries, "peak_mb": peak_mb()}


def worker_memory_query(files: list[Path], params: dict, runs: int, names: list[str] | None = None) -> dict:
    """The same queries on an in-memory store (load not counted): what the on-disk store costs them."""
    _patch_graph_files(files)
    from cgkg.api import open_graph

    graph = open_graph(in_memory=True)  # as a notebook opens it
    return {"queries": _run_all(graph, params, runs, names), "peak_mb": peak_mb()}


def worker_remote(url: str, params: dict, runs: int, names: list[str] | None = None, graph_iri: str | None = None) -> dict:
    from cgkg.api import open_graph

    graph = open_graph(endpoint=url, graph=graph_iri, timeout=LIMIT + 30)
    return {"queries": _run_all(graph, params, runs, names), "peak_mb": peak_mb()}


PUBLISHED_GRAPH = "https://w3id.org/cgkg/id/graph/scale-benchmark"


def worker_publish(url: str, files: list[Path]) -> dict:
    _patch_graph_files(files)
    from cgkg.publish import publish

    start = time.perf_counter()
    published = publish(url, PUBLISHED_GRAPH, timeout=LIMIT + 600)
    return {"seconds": time.perf_counter() - start, "triples": published.triples, "peak_mb": peak_mb()}


def worker_validate(files: list[Path], engine: str, runs: int) -> dict:
    from cgkg.validation import validate

    seconds, report = median_time(lambda: validate(files, engine=engine), runs)
    return {"seconds": seconds, "violations": len(report.violations), "triples": report.triples, "peak_mb": peak_mb()}


LIMIT = int(os.environ.get("CGKG_BENCH_LIMIT", "120"))  # seconds (--limit): a canned query still running then is stopped and reported as "> LIMIT s"


def run_worker(args: list[str], env: dict | None = None, timeout: float | None = None) -> dict:
    done = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)
    if done.returncode != 0:
        raise SystemExit(f"worker {args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_read_only(location: Path):
    return start_server(["serve-read-only", "--location", str(location)])


def serve_in_memory():
    """Oxigraph's read-write server on its in-memory store, empty until something is published to it."""
    return start_server(["serve"])


def start_server(command: list[str]):
    from cgkg.serve import find_oxigraph

    port = free_port()
    process = subprocess.Popen([find_oxigraph(), *command, "--bind", f"127.0.0.1:{port}", "--timeout-s", str(LIMIT)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=1):
                return process, url
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit("the oxigraph server did not start")


def server_peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def bench_size(size: int, data_dir: Path, runs: int, validate_max: int, in_memory: bool = False) -> dict:
    import synthetic

    graph_files, info = synthetic.graph(size, data_dir)
    files = [str(p) for p in graph_files]
    nt = graph_files[-1]
    params = json.dumps(info["parameters"])
    cache = Path(tempfile.mkdtemp(prefix="cgkg-scale-cache-"))
    env = {"CGKG_CACHE_DIR": str(cache)}
    result: dict = {"size": size, "file_bytes": nt.stat().st_size}
    try:
        print(f"[{size}] load", file=sys.stderr)
        result["load"] = run_worker(["load", *files])
        result["triples"] = result["load"]["triples"]
        print(f"[{size}] build", file=sys.stderr)
        result["build"] = run_worker(["build", *files], env)
        print(f"[{size}] reopen", file=sys.stderr)
        result["reopen"] = run_worker(["reopen", *files], env)
        location = next(cache.glob("store-*"))
        result["store_bytes"] = sum(p.stat().st_size for p in location.rglob("*") if p.is_file())
        # One process per query, so that one that never ends can be stopped.
        sides = ["embedded", "remote"] + (["memory", "server_memory"] if in_memory else [])
        for side in sides:
            result[side] = {"queries": {}, "peak_mb": 0.0}
        process, url = serve_read_only(location)
        memory_process = memory_url = None
        if in_memory:
            memory_process, memory_url = serve_in_memory()
            print(f"[{size}] publish to the in-memory server", file=sys.stderr)
            result["publish"] = run_worker(["publish", memory_url, *files], env)
        try:
            for name in query_names():
                for side, args in (("embedded", ["query", params, str(runs), name, *files]),
                                   ("remote", ["remote", url, params, str(runs), name]),
                                   ("memory", ["memory", params, str(runs), name, *files]),
                                   ("server_memory", ["remote", memory_url, params, str(runs), name, PUBLISHED_GRAPH])):
                    if side not in sides:
                        continue
                    print(f"[{size}] {side} {name}", file=sys.stderr)
                    try:
                        found = run_worker(args, env, timeout=LIMIT + 60)
                    except (subprocess.TimeoutExpired, SystemExit):
                        result[side]["queries"][name] = {"seconds": None, "rows": None}
                        if side == "remote":  # the server may still be busy with it: start afresh
                            process.kill()
                            process.wait()
                            process, url = serve_read_only(location)
                        if side == "server_memory":  # an in-memory server restarts empty: stop using it
                            sides.remove(side)
                        continue
                    result[side]["queries"].update(found["queries"])
                    result[side]["peak_mb"] = max(result[side]["peak_mb"], found["peak_mb"])
            result["server_peak_mb"] = server_peak_mb(process.pid)
            if memory_process is not None:
                result["memory_server_peak_mb"] = server_peak_mb(memory_process.pid)
        finally:
            for server in (process, memory_process):
                if server is not None:
                    server.terminate()
                    server.wait(timeout=30)
        if result["triples"] <= validate_max:
            vfiles = files[len(files) - 3:]  # sources.ttl, sectors.ttl, the synthetic file: as `cgkg validate FILE`
            print(f"[{size}] validate (pyshacl)", file=sys.stderr)
            result["validate_pyshacl"] = run_worker(["validate", "pyshacl", "1", *vfiles])
            try:
                import pyshacl_turbo  # noqa: F401

                print(f"[{size}] validate (turbo)", file=sys.stderr)
                result["validate_turbo"] = run_worker(["validate", "turbo", "3", *vfiles])
            except ImportError:
                pass
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return result


def query_names() -> list[str]:
    from cgkg import canned

    return [q.name for q in canned.list_queries()]


def _ms(entry: dict | None) -> str:
    if entry is None:
        return "-"  # not run: its server was given up after an earlier query ran out of time
    return f"> {LIMIT} s" if entry.get("seconds") is None else f"{entry['seconds'] * 1000:.0f}"


def report(results: list[dict]) -> str:
    lines = []
    head = "| | " + " | ".join(f"{r['triples']:,} triples" for r in results) + " |"
    lines += [head, "|---|" + "---:|" * len(results)]

    def row(label, fn):
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, TypeError):
                cells.append("-")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("N-Triples file (MB)", lambda r: f"{r['file_bytes'] / 1e6:.0f}")
    row("in-memory load (s)", lambda r: f"{r['load']['seconds']:.2f}")
    row("in-memory load, peak RSS (MB)", lambda r: f"{r['load']['peak_mb']:.0f}")
    row("build persistent store (s)", lambda r: f"{r['build']['seconds']:.2f}")
    row("build, peak RSS (MB)", lambda r: f"{r['build']['peak_mb']:.0f}")
    row("store on disk (MB)", lambda r: f"{r['store_bytes'] / 1e6:.0f}")
    row("reopen store (ms)", lambda r: f"{r['reopen']['open_seconds'] * 1000:.1f}")
    row("query process, peak RSS (MB)", lambda r: f"{r['embedded']['peak_mb']:.0f}")
    row("oxigraph server, peak RSS (MB)", lambda r: f"{r['server_peak_mb']:.0f}")
    row("publish to an in-memory server (s)", lambda r: f"{r['publish']['seconds']:.2f}")
    row("in-memory server, peak RSS (MB)", lambda r: f"{r['memory_server_peak_mb']:.0f}")
    row("validate, pySHACL (s)", lambda r: f"{r['validate_pyshacl']['seconds']:.1f}")
    row("validate, pySHACL, peak RSS (MB)", lambda r: f"{r['validate_pyshacl']['peak_mb']:.0f}")
    row("validate, pyshacl-turbo (s)", lambda r: f"{r['validate_turbo']['seconds']:.2f}")
    row("validate, pyshacl-turbo, peak RSS (MB)", lambda r: f"{r['validate_turbo']['peak_mb']:.0f}")
    lines.append("")
    sides = [side for side in ("embedded", "remote", "memory", "server_memory") if side in results[0]]
    titles = {"embedded": "embedded", "remote": "remote", "memory": "in memory", "server_memory": "server in memory"}
    lines.append(f"| canned query (median ms, {' / '.join(titles[s] for s in sides)}) | "
                 + " | ".join(f"{r['triples']:,}" for r in results) + " | rows at largest |")
    lines.append("|---|" + "---:|" * (len(results) + 1))
    for name in results[0]["embedded"]["queries"]:
        cells = [" / ".join(_ms(r[side]["queries"].get(name)) for side in sides) for r in results]
        counts = {side: results[-1][side]["queries"].get(name, {}).get("rows") for side in sides}
        rows = str(counts["embedded"])
        if any(n is not None and n != counts["embedded"] for n in counts.values()):
            rows += " (" + ", ".join(f"{titles[s]} {n}" for s, n in counts.items() if n != counts["embedded"]) + ")"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {rows} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        task, rest = sys.argv[2], sys.argv[3:]
        if task == "load":
            out = worker_load([Path(p) for p in rest])
        elif task == "build":
            out = worker_build([Path(p) for p in rest])
        elif task == "reopen":
            out = worker_reopen([Path(p) for p in rest])
        elif task == "query":
            out = worker_reopen_and_query([Path(p) for p in rest[3:]], json.loads(rest[0]), int(rest[1]), [rest[2]])
        elif task == "memory":
            out = worker_memory_query([Path(p) for p in rest[3:]], json.loads(rest[0]), int(rest[1]), [rest[2]])
        elif task == "remote":
            out = worker_remote(rest[0], json.loads(rest[1]), int(rest[2]), [rest[3]], *rest[4:5])
        elif task == "publish":
            out = worker_publish(rest[0], [Path(p) for p in rest[1:]])
        elif task == "validate":
            out = worker_validate([Path(p) for p in rest[2:]], rest[0], int(rest[1]))
        else:
            raise SystemExit(f"unknown worker task {task}")
        print(json.dumps(out))
        return
    import synthetic

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    parser.add_argument("--validate-max", type=int, default=150_000,
                        help="validate only graphs up to this many triples (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--limit", type=int, default=LIMIT, help="stop a canned query after this many seconds")
    parser.add_argument("--in-memory", action="store_true",
                        help="also run each canned query on an in-memory store (loading not counted) and "
                             "through an in-memory Oxigraph server that cgkg publish loaded")
    args = parser.parse_args()
    globals()["LIMIT"] = args.limit
    os.environ["CGKG_BENCH_LIMIT"] = str(args.limit)  # for the worker processes
    results = [bench_size(size, args.data, args.runs, args.validate_max, args.in_memory) for size in args.sizes]
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))


if __name__ == "__main__":
    main()

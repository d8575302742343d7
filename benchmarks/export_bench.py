"""How fast `cgkg export` writes a graph of 10^6 triples, against rdflib's serializers.

    python benchmarks/export_bench.py [--triples 1000000] [--runs 3] [--data DIR] [--skip-rdflib] [--pyld-triples 100000]
                                      [--command-runs 0]

The graph is the synthetic graph of about --triples triples that benchmarks/synthetic.py writes for
the scale benchmark (in --data, written first if missing): the real ontology as the ontology graph,
and data/sources.ttl, data/sectors.ttl and the synthetic data (clusters, districts, actors,
memberships, events, passages, figures in the bundled graph's proportions) as the data graph. Each
format is measured in a fresh subprocess that

  1. loads the two N-Triples files into pyoxigraph (``load``, not counted),
  2. writes the format --runs times from the loaded store (``cold``: includes the canonical sort every
     writer starts from, i.e. store dump, sort and the union of the two graphs),
  3. computes that canonical form once (``prepare``) and writes the format --runs times again
     (``warm``: what each further format costs in ``--all``),

and reports the medians and its peak resident memory (ru_maxrss, covering all three steps). rdflib is the baseline:
one subprocess parses the same files into an rdflib Graph once and serializes each format once
(one run only: it takes minutes). pyld, the reference JSON-LD processor, is timed on a smaller graph
(--pyld-triples) to show why cgkg writes its JSON-LD itself.

With --command-runs N, each format is also written N times by the command a user runs,
``cgkg export --format F --data <the synthetic data file> -o FILE --force``, in a fresh process each
time: the wall time (interpreter start, reading the bundled files and the data file, writing) and the
process's peak RSS, medians. The graph is then the bundled graph plus the synthetic data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402  (after the sys.path inserts above)

FORMATS = ("ntriples", "nquads", "turtle", "trig", "rdfxml", "jsonld", "void", "graphml", "gexf", "csv")
RDFLIB_FORMATS = (("ntriples", "nt"), ("nquads", "nquads"), ("turtle", "turtle"), ("trig", "trig"),
                  ("rdfxml", "xml"), ("jsonld", "json-ld"))
TARGETS = {"ntriples": 2.0, "turtle": 2.0, "jsonld": 5.0}
MEMORY_LIMIT_MB = 1536


# The synthetic graph ------------------------------------------------------------------------------
def write_inputs(folder: Path, size: int, data_dir: Path) -> tuple[Path, Path, int]:
    """The ontology and the data of the synthetic graph of about SIZE triples, as two N-Triples files.

    The triples stay in the order of their files, as `cgkg export` reads a user's files: writing them
    sorted would spare the export's own sort its work and flatter the figures.
    """
    import pyoxigraph as ox

    from cgkg import paths

    files, _ = synthetic.graph(size, data_dir)
    ontology_files = paths.ontology_files()
    documents: dict[str, list[bytes]] = {"ontology": [], "data": []}
    for path in files:
        if path.suffix == ".nt":
            text = path.read_bytes()
        else:
            text = ox.serialize(ox.parse(path=path), format=ox.RdfFormat.N_TRIPLES)
        documents["ontology" if path in ontology_files else "data"].append(text)
    joined = {part: b"".join(texts) for part, texts in documents.items()}
    for part, text in joined.items():
        (folder / f"{part}.nt").write_bytes(text)
    ontology_triples = len(set(joined["ontology"].splitlines()))  # a triple two ontology files share counts once
    return folder / "ontology.nt", folder / "data.nt", ontology_triples


# Workers (each runs in its own process) ---------------------------------------------------------
def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cgkg_worker(fmt: str, folder: Path, runs: int) -> dict:
    from cgkg.export import ExportGraph, render, render_tables

    def write(graph: ExportGraph) -> int:
        if fmt == "csv":
            return sum(len(data) for data in render_tables(graph).values())
        return len(render(graph, fmt))

    def timed(graph_for_run) -> tuple[list[float], list[float], int]:
        walls, cpus, size = [], [], 0
        for _ in range(runs):
            graph = graph_for_run()
            start, cpu = time.perf_counter(), time.process_time()
            size = write(graph)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        return walls, cpus, size

    start = time.perf_counter()
    loaded = ExportGraph.from_ntriples((folder / "ontology.nt").read_bytes(), (folder / "data.nt").read_bytes())
    load = time.perf_counter() - start
    # Cold: a fresh ExportGraph over the loaded store each run, so the canonical sort is counted.
    cold, cold_cpu, size = timed(lambda: ExportGraph(loaded.store))
    # Warm: the canonical form computed once beforehand (what every format after the first costs).
    start = time.perf_counter()
    loaded.prepare()
    prepare = time.perf_counter() - start
    warm, warm_cpu, _ = timed(lambda: loaded)
    return {"format": fmt, "triples": loaded.count(), "load": load, "prepare": prepare,
            "cold": statistics.median(cold), "cold_cpu": statistics.median(cold_cpu), "cold_runs": cold,
            "warm": statistics.median(warm), "warm_cpu": statistics.median(warm_cpu), "warm_runs": warm,
            "bytes": size, "peak_mb": peak_mb()}


def rdflib_worker(folder: Path) -> dict:
    import rdflib

    from cgkg.export.jsonld import load_context

    start = time.perf_counter()
    dataset = rdflib.Dataset()
    dataset.graph(rdflib.URIRef("https://w3id.org/cgkg/ontology")).parse(folder / "ontology.nt", format="nt")
    dataset.graph(rdflib.URIRef("https://w3id.org/cgkg/data")).parse(folder / "data.nt", format="nt")
    graph = rdflib.Graph()
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        graph.add((subject, predicate, obj))
    parse = time.perf_counter() - start
    results = {"parse": parse, "triples": len(graph)}
    for fmt, name in RDFLIB_FORMATS:
        start = time.perf_counter()
        if fmt in ("nquads", "trig"):
            data = dataset.serialize(format=name, encoding="utf-8")
        elif fmt == "jsonld":
            data = graph.serialize(format=name, context=load_context(), auto_compact=True, encoding="utf-8")
        else:
            data = graph.serialize(format=name, encoding="utf-8")
        results[fmt] = time.perf_counter() - start
        results[fmt + "_bytes"] = len(data)
        del data
    results["peak_mb"] = peak_mb()
    return results


def pyld_worker(folder: Path, triples: int) -> dict:
    """pyld's from_rdf + compact on the first `triples` lines of the graph, against cgkg's writer."""
    from pyld import jsonld

    from cgkg.export import ExportGraph, render
    from cgkg.export.jsonld import load_context

    lines = (folder / "data.nt").read_bytes().split(b"\n")[:triples]
    text = b"\n".join(lines) + b"\n"
    graph = ExportGraph.from_ntriples(b"", text).prepare()
    start = time.perf_counter()
    render(graph, "jsonld", "data")
    ours = time.perf_counter() - start
    start = time.perf_counter()
    expanded = jsonld.from_rdf(text.decode(), {"format": "application/n-quads"})
    jsonld.compact(expanded, {"@context": load_context()})
    return {"triples": len(lines), "pyld": time.perf_counter() - start, "cgkg": ours}


def command_runs(fmt: str, data_file: Path, folder: Path, runs: int) -> dict:
    """`cgkg export --format FMT --data DATA_FILE` in fresh processes: median wall time and peak RSS."""
    walls, peaks = [], []
    output = folder / f"out.{fmt}"
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "cgkg", "export", "--format", fmt, "--data", str(data_file),
                                    "-o", str(output), "--force"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        message = process.stderr.read().decode()
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"cgkg export --format {fmt} failed:\n{message}")
        peaks.append(usage.ru_maxrss / 1024)
    output.unlink(missing_ok=True)
    written = message.rpartition("(")[2].rstrip(").\n")  # "Wrote FILE (1,015,636 triples)."
    return {"format": fmt, "wall": statistics.median(walls), "walls": walls, "peak_mb": statistics.median(peaks),
            "written": written}


def command_report(results: list[dict], runs: int) -> str:
    lines = ["", f"The command (`cgkg export --format F --data <synthetic data> -o FILE --force`, a fresh process, "
                 f"median of {runs}):", "",
             "| format | wall (s) | peak RSS (MB) | graph |", "| --- | ---: | ---: | --- |"]
    lines += [f"| {r['format']} | {r['wall']:.2f} | {r['peak_mb']:.0f} | {r['written']} |" for r in results]
    return "\n".join(lines)


def run_worker(args: list[str], timeout: float = 3600) -> dict:
    completed = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{completed.stderr}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# Report -------------------------------------------------------------------------------------------
def report(ontology_count: int, ours: list[dict], baseline: dict | None, pyld: dict | None, runs: int) -> str:
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    load = statistics.median(r["load"] for r in ours)
    prepare = statistics.median(r["prepare"] for r in ours)
    lines = [
        f"Graph: {ours[0]['triples']:,} triples ({ontology_count:,} in the ontology graph, the rest synthetic data). "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load_average:.2f} at the end "
        "(the machine is shared).",
        "",
        f"- load: N-Triples into the pyoxigraph store, {load:.2f} s (median over the worker processes).",
        f"- cold: from the loaded store to the bytes of the format, including the canonical sort "
        f"(store dump, sort, union of the two graphs; {prepare:.2f} s of it), median of {runs} runs; "
        "CPU is the process time of those runs.",
        f"- warm: the canonical form already computed (what each further format costs, e.g. in `--all`), "
        f"median of {runs} runs.",
        "- peak RSS: the worker process's ru_maxrss (load, cold and warm runs).",
        "- rdflib: `Graph.serialize` (`Dataset.serialize` for the quad formats) of the same graph already parsed, "
        "one run; the ratio is rdflib over cgkg cold.",
        "",
        "| format | cold (s) | CPU (s) | warm (s) | target | peak RSS (MB) | size (MB) | rdflib (s) | rdflib / cgkg |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in ours:
        fmt = result["format"]
        target = f"< {TARGETS[fmt]:.0f} s" if fmt in TARGETS else ""
        theirs = baseline.get(fmt) if baseline else None
        ratio = f"{theirs / result['cold']:.0f}x" if theirs else ""
        lines.append(f"| {fmt} | {result['cold']:.2f} | {result['cold_cpu']:.2f} | {result['warm']:.2f} | {target} "
                     f"| {result['peak_mb']:.0f} | {result['bytes'] / 1e6:.0f} | {f'{theirs:.1f}' if theirs else ''} "
                     f"| {ratio} |")
    if baseline:
        lines += ["", f"rdflib parsed the same two files in {baseline['parse']:.1f} s (cgkg's load: {load:.1f} s); its "
                      f"peak RSS was {baseline['peak_mb']:.0f} MB. Its JSON-LD is `serialize(format='json-ld', "
                      "context=<cgkg context>, auto_compact=True)`."]
    if pyld:
        lines += ["", f"pyld (`from_rdf` + `compact` with the cgkg context) on the first {pyld['triples']:,} data "
                      f"triples: {pyld['pyld']:.1f} s, against {pyld['cgkg']:.2f} s for cgkg's writer "
                      f"({pyld['pyld'] / pyld['cgkg']:.0f}x)."]
    met = [r["format"] for r in ours if r["format"] in TARGETS and r["cold"] < TARGETS[r["format"]]]
    memory = max(r["peak_mb"] for r in ours)
    lines += ["", f"Cold times within target: {', '.join(met) or 'none'} (of {', '.join(TARGETS)}); "
                  f"highest peak RSS {memory:.0f} MB (limit {MEMORY_LIMIT_MB} MB)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=synthetic.default_out(),
                        help="folder of the synthetic graphs (written there first if missing)")
    parser.add_argument("--formats", nargs="*", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--pyld-triples", type=int, default=100_000, help="0 to skip")
    parser.add_argument("--command-runs", type=int, default=0,
                        help="also time `cgkg export --data` this many times per format (0 to skip)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        if args.worker == "rdflib":
            result = rdflib_worker(args.folder)
        elif args.worker == "pyld":
            result = pyld_worker(args.folder, args.pyld_triples)
        else:
            result = cgkg_worker(args.worker, args.folder, args.runs)
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory(prefix="cgkg-export-bench-") as temp:
        folder = Path(temp)
        start = time.perf_counter()
        _, _, ontology_count = write_inputs(folder, args.triples, args.data)
        print(f"wrote the inputs in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        ours = []
        for fmt in args.formats:
            result = run_worker(["--worker", fmt, "--folder", str(folder), "--runs", str(args.runs)])
            print(f"cgkg {fmt}: cold {result['cold']:.2f} s, warm {result['warm']:.2f} s, "
                  f"peak {result['peak_mb']:.0f} MB", file=sys.stderr)
            ours.append(result)
        baseline = None
        if not args.skip_rdflib:
            baseline = run_worker(["--worker", "rdflib", "--folder", str(folder)])
            print(f"rdflib: {baseline}", file=sys.stderr)
        pyld = None
        if args.pyld_triples:
            pyld = run_worker(["--worker", "pyld", "--folder", str(folder), "--pyld-triples", str(args.pyld_triples)])
            print(f"pyld: {pyld}", file=sys.stderr)
        text = report(ontology_count, ours, baseline, pyld, args.runs)
        if args.command_runs:
            data_file = synthetic.graph(args.triples, args.data)[0][-1]
            commands = []
            for fmt in args.formats:
                commands.append(command_runs(fmt, data_file, folder, args.command_runs))
                print(f"cgkg export --format {fmt} --data: {commands[-1]['wall']:.2f} s", file=sys.stderr)
            text += "\n" + command_report(commands, args.command_runs)
        print(text)


if __name__ == "__main__":
    main()

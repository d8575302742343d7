"""pySHACL as `cgkg validate` runs it, against pySHACL on a plain rdflib Graph, alternating.

    python benchmarks/validate_bench.py [--runs 5] [--sizes 10000 ...] [--data DIR]

Both sides validate the same graph against ontology/cgkg-shapes.ttl with the same options; they differ
only in the data graph pySHACL is given: cgkg's graph that parses each SPARQL text once (in place),
or a plain rdflib Graph that pySHACL copies and whose every query is parsed again. The graphs: the
bundled one (ontology and data, as `cgkg validate`), then, for each --sizes, the synthetic graph of
benchmarks/synthetic.py with the ontology, as `cgkg validate synthetic-N.nt` reads it. Each side runs
--runs times, alternating, so the machine's noise hits both alike; the table gives the medians, the
ratio, how many times a run of cgkg's side parsed SPARQL, and whether both reports are the same.
Only the SHACL step is timed: loading the files and the zero-row checks are the same on both sides.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def shacl_plain(store):
    """The pySHACL call cgkg made before: a plain rdflib Graph, which pySHACL copies."""
    import pyoxigraph as ox
    import pyshacl
    import rdflib

    from cgkg import paths, validation

    data = rdflib.Graph()
    data.parse(data=ox.serialize((q.triple for q in store), format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    shapes = rdflib.Graph().parse(paths.SHAPES_FILE, format="turtle")
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=False)
    return validation._violations(results, shapes)


def main() -> None:
    import pyoxigraph as ox
    import synthetic
    from alternating import alternate

    from cgkg import paths, validation
    from cgkg.rdffiles import load_files

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--data", type=Path, default=synthetic.default_out(), help="synthetic data folder")
    args = parser.parse_args()

    graphs = {"bundled": paths.ontology_files() + paths.data_files()}
    for size in args.sizes:
        files, _ = synthetic.graph(size, args.data)
        graphs[f"synthetic {size:,}"] = paths.ontology_files() + files[len(files) - 3:]

    print(f"median seconds of {args.runs} alternating runs (SHACL step only)\n")
    print("| graph | triples | plain Graph (s) | parsed once (s) | plain / parsed once | parses per run | same report |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, files in graphs.items():
        store = ox.Store()
        triples = load_files(store, files)
        validation._prepared.cache_clear()
        timed = alternate(args.runs, plain=lambda: shacl_plain(store), once=lambda: validation._shacl(store))
        (plain, plain_report), (once, once_report) = timed["plain"], timed["once"]
        parsed = validation._prepared.cache_info().misses / args.runs
        same = "yes" if plain_report == once_report else "NO"
        print(f"| {name} | {triples:,} | {plain:.2f} | {once:.2f} | {plain / once:.2f} | {parsed:g} | {same} |")


if __name__ == "__main__":
    main()

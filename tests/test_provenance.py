"""Every passage quotes its source text exactly at its offsets, and every source file is the one checksummed."""

from __future__ import annotations

import hashlib

import rdflib
from rdflib.namespace import RDF

from cgkg.prefixes import compact

CGKG = rdflib.Namespace("https://w3id.org/cgkg/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")


def _one(graph: rdflib.Graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    return values[0] if len(values) == 1 else None


def test_every_passage_quotes_its_source_at_its_offsets(data_graph, source_texts):
    passages = sorted(set(data_graph.subjects(RDF.type, CGKG.Passage)))
    assert len(passages) > 0, "the data has no cgkg:Passage"

    problems = []
    for passage in passages:
        name = compact(str(passage))
        counts = {p: len(list(data_graph.objects(passage, OA[p]))) for p in ("hasSource", "exact", "start", "end")}
        wrong = [f"{n} oa:{p}" for p, n in counts.items() if n != 1]
        if wrong:
            hint = " (run `cgkg anchor` on its file)" if counts["start"] == counts["end"] == 0 else ""
            problems.append(f"{name}: has {', '.join(wrong)}, needs exactly one of each{hint}")
            continue
        source = _one(data_graph, passage, OA.hasSource)
        quote = _one(data_graph, passage, OA.exact)
        start = _one(data_graph, passage, OA.start)
        end = _one(data_graph, passage, OA.end)
        file_name = _one(data_graph, source, CGKG.fileName)
        if file_name is None:
            problems.append(f"{name}: its source {compact(str(source))} has no single cgkg:fileName")
            continue
        text = source_texts[str(file_name)]
        start, end, quote = int(start), int(end), str(quote)
        found = text[start:end]
        if found != quote:
            at = text.find(quote)
            hint = f"; the quote occurs at {at}:{at + len(quote)}" if at >= 0 else "; the quote is not in the source"
            problems.append(
                f"{name}: {file_name}[{start}:{end}] is {found!r}, but oa:exact is {quote!r}{hint}"
            )

    assert not problems, f"{len(problems)} of {len(passages)} passages do not match their source:\n" + "\n".join(
        problems
    )


def test_every_source_file_has_its_declared_sha256(data_graph, sources_dir):
    sources = sorted(set(data_graph.subjects(RDF.type, CGKG.SourceText)))
    assert sources, "the data declares no cgkg:SourceText"
    problems = []
    for source in sources:
        file_name = _one(data_graph, source, CGKG.fileName)
        declared = _one(data_graph, source, CGKG.sha256)
        if file_name is None or declared is None:
            problems.append(f"{compact(str(source))}: needs exactly one cgkg:fileName and one cgkg:sha256")
            continue
        path = sources_dir / str(file_name)
        assert path.is_file(), f"{compact(str(source))}: source file {path} is missing"
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if actual != str(declared):
            problems.append(f"{compact(str(source))}: {path} has SHA-256 {actual}, the data declares {declared}")
    assert not problems, "\n".join(problems)

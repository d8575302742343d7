"""Every passage quotes its source text exactly at its offsets, and every source file is the one checksummed."""

from __future__ import annotations

import hashlib

import rdflib
from rdflib.namespace import RDF

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
        source = _one(data_graph, passage, OA.hasSource)
        quote = _one(data_graph, passage, OA.exact)
        start = _one(data_graph, passage, OA.start)
        end = _one(data_graph, passage, OA.end)
        if None in (source, quote, start, end):
            problems.append(f"{passage}: needs exactly one oa:hasSource, oa:exact, oa:start and oa:end")
            continue
        file_name = _one(data_graph, source, CGKG.fileName)
        if file_name is None:
            problems.append(f"{passage}: its source {source} has no single cgkg:fileName")
            continue
        text = source_texts[str(file_name)]
        start, end, quote = int(start), int(end), str(quote)
        found = text[start:end]
        if found != quote:
            at = text.find(quote)
            hint = f"; the quote occurs at {at}:{at + len(quote)}" if at >= 0 else "; the quote is not in the source"
            problems.append(
                f"{passage}: {file_name}[{start}:{end}] is {found!r}, but oa:exact is {quote!r}{hint}"
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
            problems.append(f"{source}: needs exactly one cgkg:fileName and one cgkg:sha256")
            continue
        path = sources_dir / str(file_name)
        assert path.is_file(), f"{source}: source file {path} is missing"
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if actual != str(declared):
            problems.append(f"{source}: {path} has SHA-256 {actual}, the data declares {declared}")
    assert not problems, "\n".join(problems)

"""cgkg anchor: a curator writes a passage's quote, the command writes where it sits in its source.

Every check reads the offsets back from the file and slices the source text with them, so what is
asserted is the fact a reader can check: the text between oa:start and oa:end is the quote.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from cgkg.cli import cli

OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
PASSAGE = rdflib.Namespace("https://w3id.org/cgkg/id/passage/")
ZHEJIANG_FILE = "001_b220d4c3d447b942.txt"
HEADER = """@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix cgkg: <https://w3id.org/cgkg/ontology#> .
@prefix src: <https://w3id.org/cgkg/id/source/> .
@prefix psg: <https://w3id.org/cgkg/id/passage/> .

"""
# Printed once in the Zhejiang text: the lead firms of Liushi and Pinghu.
LEAD_FIRMS = "正泰、德力西、日本芝浦等龙头企业"
# Printed once, across a paragraph break: a Turtle file writes it escaped, "…\n\n…".
ACROSS_PARAGRAPHS = "生产运营。\n\n随着市场环境与"


def passage(name: str, quote: str, source: str = "src:zhejiang-clusters-ch22") -> str:
    return f"psg:{name} a cgkg:Passage ;\n    oa:hasSource {source} ;\n    oa:exact {quote} .\n"


@pytest.fixture()
def zhejiang_text(sources_dir) -> str:
    return (sources_dir / ZHEJIANG_FILE).read_bytes().decode("utf-8")


def anchor(path: Path, sources_dir: Path):
    return CliRunner().invoke(cli, ["anchor", "--sources", str(sources_dir), str(path)])


def offsets(path: Path, name: str) -> tuple[int, int] | None:
    graph = rdflib.Graph().parse(path, format="turtle")
    start, end = graph.value(PASSAGE[name], OA.start), graph.value(PASSAGE[name], OA.end)
    return None if start is None else (int(start), int(end))


def test_the_offsets_written_select_the_quote_in_its_source(tmp_path, sources_dir, zhejiang_text):
    path = tmp_path / "passages.ttl"
    path.write_text(HEADER + passage("lead-firms", f'"{LEAD_FIRMS}"'), encoding="utf-8")
    result = anchor(path, sources_dir)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{path}: anchored 1 passage(s)\n"
    start, end = offsets(path, "lead-firms")
    assert zhejiang_text[start:end] == LEAD_FIRMS
    graph = rdflib.Graph().parse(path, format="turtle")
    assert str(graph.value(PASSAGE["lead-firms"], OA.exact)) == LEAD_FIRMS  # the quote itself is kept


def test_a_quote_printed_more_than_once_is_left_alone_with_its_offsets_and_exit_2(tmp_path, sources_dir, zhejiang_text):
    # "正泰、德力西" is printed in several sentences of the Zhejiang text: which one a passage means,
    # only its curator knows.
    quote = "正泰、德力西"
    starts = [i for i in range(len(zhejiang_text)) if zhejiang_text.startswith(quote, i)]
    assert len(starts) == 7  # more than the five offsets a message lists
    path = tmp_path / "passages.ttl"
    path.write_text(HEADER + passage("chint-delixi", f'"{quote}"'), encoding="utf-8")
    before = path.read_bytes()
    result = anchor(path, sources_dir)
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"  {PASSAGE['chint-delixi']}: quote occurs {len(starts)} times in its source "
                             f"(at offsets {', '.join(map(str, starts[:5]))}, …); lengthen it until it occurs once, "
                             "or write oa:start and oa:end yourself\n")
    assert path.read_bytes() == before


def test_a_quote_written_with_escapes_is_anchored(tmp_path, sources_dir, zhejiang_text):
    path = tmp_path / "passages.ttl"
    escaped = '"' + ACROSS_PARAGRAPHS.replace("\n", "\\n") + '"'
    path.write_text(HEADER + passage("across", escaped), encoding="utf-8")
    result = anchor(path, sources_dir)
    assert result.exit_code == 0, result.output
    start, end = offsets(path, "across")
    assert zhejiang_text[start:end] == ACROSS_PARAGRAPHS


def test_anchoring_again_changes_nothing(tmp_path, sources_dir):
    path = tmp_path / "passages.ttl"
    path.write_text(HEADER + passage("lead-firms", f'"{LEAD_FIRMS}"'), encoding="utf-8")
    assert anchor(path, sources_dir).exit_code == 0
    anchored = path.read_bytes()
    again = anchor(path, sources_dir)
    assert again.exit_code == 0 and again.stdout == f"{path}: anchored 0 passage(s)\n"
    assert path.read_bytes() == anchored


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symbolic links")
def test_anchoring_keeps_the_files_line_endings_permissions_and_links(tmp_path, sources_dir, zhejiang_text):
    # A curator's file written on Windows (CRLF), shared with a group (0664), reached through a link.
    path = tmp_path / "passages.ttl"
    path.write_bytes((HEADER + passage("lead-firms", f'"{LEAD_FIRMS}"')).replace("\n", "\r\n").encode("utf-8"))
    path.chmod(0o664)
    link = tmp_path / "link.ttl"
    link.symlink_to(path)
    result = anchor(link, sources_dir)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == path
    written = path.read_bytes()
    assert b"oa:start" in written and written.count(b"\n") == written.count(b"\r\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    start, end = offsets(path, "lead-firms")
    assert zhejiang_text[start:end] == LEAD_FIRMS


@pytest.mark.parametrize("text, reason", [
    (passage("invented", '"浙江省从未有过产业集群"'), "quote not found in its source"),
    (passage("elsewhere", f'"{LEAD_FIRMS}"', source="src:no-such-text"), "unknown source"),
    (passage("twice", f'"{LEAD_FIRMS}"') + passage("twice-again", f'"{LEAD_FIRMS}"'), "write the quote once"),
    # Offsets written after "…" would split the literal from its tag or datatype, and the file would no
    # longer parse.
    (passage("tagged", f'"{LEAD_FIRMS}"@zh'), "language tag or a datatype"),
    (passage("typed", f'"{LEAD_FIRMS}"^^<http://www.w3.org/2001/XMLSchema#string>'), "language tag or a datatype"),
])
def test_a_passage_that_cannot_be_anchored_is_left_alone_with_exit_2(tmp_path, sources_dir, text, reason):
    path = tmp_path / "passages.ttl"
    path.write_text(HEADER + text, encoding="utf-8")
    before = path.read_bytes()
    result = anchor(path, sources_dir)
    assert result.exit_code == 2, result.output
    assert reason in result.stderr
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_the_anchorable_passages_of_a_file_are_anchored_even_when_another_is_not(tmp_path, sources_dir, zhejiang_text):
    path = tmp_path / "passages.ttl"
    path.write_text(HEADER + passage("lead-firms", f'"{LEAD_FIRMS}"') + passage("invented", '"浙江省从未有过产业集群"'),
                    encoding="utf-8")
    result = anchor(path, sources_dir)
    assert result.exit_code == 2
    start, end = offsets(path, "lead-firms")
    assert zhejiang_text[start:end] == LEAD_FIRMS
    assert offsets(path, "invented") is None


def test_a_file_that_does_not_parse_names_its_line(tmp_path, sources_dir):
    path = tmp_path / "broken.ttl"
    path.write_text(HEADER + 'psg:x a cgkg:Passage ;\n    oa:exact "no end .\n', encoding="utf-8")
    before = path.read_bytes()
    result = anchor(path, sources_dir)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}: line 7")
    assert path.read_bytes() == before

"""Every passage quotes its source text exactly at its offsets, and every source file is the one checksummed."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from cgkg.prefixes import PREFIXES, compact

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


UNCITED = Path(__file__).parent / "uncited-sentences.txt"


def _sentences(text: str):
    """(start, end, sentence) of each sentence: text up to 。 or ; or a line break."""
    for match in re.finditer(r"[^。;\n]+[。;]?", text):
        if match.group().strip():
            yield match.start(), match.end(), match.group().strip()


def _reviewed_uncited() -> dict[str, set[str]]:
    reviewed, current = {}, None
    for line in UNCITED.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("[") and line.endswith("]"):
            current = reviewed.setdefault(line[1:-1], set())
        else:
            current.add(line)
    return reviewed


def test_every_sentence_no_passage_cites_is_one_reviewed_as_naming_nothing(data_graph, source_texts):
    # A sentence no passage cites is a fact the graph may have missed: 一些政府部门开始组织行业协会… went
    # uncited until the texts were marked passage by passage. Those left are listed and were read.
    reviewed = _reviewed_uncited()
    covered = {name: bytearray(len(text)) for name, text in source_texts.items()}
    for passage in data_graph.subjects(RDF.type, CGKG.Passage):
        name = str(_one(data_graph, _one(data_graph, passage, OA.hasSource), CGKG.fileName))
        start, end = int(_one(data_graph, passage, OA.start)), int(_one(data_graph, passage, OA.end))
        covered[name][start:end] = b"\x01" * (end - start)
    unreviewed = [f"{name}: {sentence}" for name, text in source_texts.items()
                  for start, end, sentence in _sentences(text)
                  if not any(covered[name][start:end]) and sentence not in reviewed.get(name, set())]
    assert not unreviewed, "sentences no passage cites:\n" + "\n".join(unreviewed)
    # The list holds only sentences of the texts, as printed.
    stale = [f"{name}: {s}" for name, listed in reviewed.items() for s in listed
             if s not in {sentence for _, _, sentence in _sentences(source_texts[name])}]
    assert not stale, "listed sentences the texts do not print:\n" + "\n".join(stale)


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


SKOS_NS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")


def _squeezed(text: str) -> str:
    """Lower case without whitespace, and the full stop of CJK typesetting as "." ("C。P。F" is C.P.F)."""
    return "".join(text.split()).lower().replace("。", ".")


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if "a" <= ch <= "z")


def _edits(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


@pytest.fixture(scope="module")
def printed(source_texts) -> str:
    """Both source texts as one string, squeezed as labels are, to test whether a label is printed."""
    return _squeezed("".join(source_texts.values()))


def _unprinted(graph: rdflib.Graph, predicate, printed: str, keep=lambda thing, value: True):
    """(thing, value) of each PREDICATE statement that KEEP selects and whose value neither text prints."""
    return [(thing, value) for thing, value in graph.subject_objects(predicate)
            if keep(thing, value) and _squeezed(str(value)) not in printed]


def test_every_italian_name_of_a_named_thing_is_printed_in_a_source(data_graph, printed):
    # Names in Italian (or another original language) are those the texts print, never a translation
    # made for the graph: "Promosedia" and "CITER" are printed; "distretto tessile di Prato" is not, so
    # the Prato district has only its Chinese and English names, and --lang it falls back to English.
    # A printed name with OCR artefacts counts through its hidden label, the raw printed form
    # ("PRT O EX‐PO" for PRATO EXPO, "Tod摧s" for Tod's): the same letters, up to two of them misread.
    problems = []
    for predicate in (SKOS_NS.prefLabel, SKOS_NS.altLabel):
        for thing, label in data_graph.subject_objects(predicate):
            # Concepts and their schemes are the graph's own vocabulary, labelled in every language it shows.
            vocabulary = any((thing, RDF.type, kind) in data_graph for kind in (SKOS_NS.Concept, SKOS_NS.ConceptScheme))
            if getattr(label, "language", None) != "it" or vocabulary:
                continue
            if _squeezed(str(label)) in printed:
                continue
            raw_forms = [str(h) for h in data_graph.objects(thing, SKOS_NS.hiddenLabel) if _squeezed(str(h)) in printed]
            if any(_edits(_letters(str(label)), _letters(raw)) <= 2 for raw in raw_forms):
                continue
            problems.append(f"{compact(str(thing))}: {label!r}@it is not printed in either text")
    assert not problems, "\n".join(problems)



def test_every_chinese_alternative_name_is_printed_in_a_source(data_graph, printed):
    # A visible Chinese name other than the preferred one is a name the texts use: "服装商会" for
    # 温州市服装商会 is printed; "卡多莱眼镜产业区" is not (the text prints "威尼托卡多莱(Cadore)眼镜产业区"),
    # nor "意大利中央政府" ("意大利的中央政府" is). Forms made for search belong in skos:hiddenLabel.
    problems = [
        f"{compact(str(thing))}: {str(label)!r}@zh is an alternative name that neither text prints"
        for thing, label in _unprinted(
            data_graph, SKOS_NS.altLabel, printed,
            lambda thing, label: getattr(label, "language", None) == "zh"
            and (thing, RDF.type, SKOS_NS.Concept) not in data_graph)
    ]
    assert not problems, "\n".join(problems)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def test_every_named_body_and_place_is_named_from_a_printed_phrase(data_graph, printed):
    # Every agent, cluster and place can be found in a text: one of its Chinese or raw labels (preferred,
    # alternative or hidden) is printed, or its preferred Chinese label is composed from phrases that its
    # editorial notes quote from the text: 旭春火腿厂 from "金华市永泰、旭春两家火腿厂", 兰溪锡箔 from
    # "绍兴、兰溪、浦江等地的锡箔产业". Every Chinese character of the label must occur in such a quote.
    import re

    quoted_run = re.compile(r"[\w、，。“”《》·‐]+")
    kinds = tuple(f"https://w3id.org/cgkg/id/{kind}/" for kind in ("agent", "cluster", "place"))
    problems = []
    for thing in sorted({s for s in data_graph.subjects(SKOS_NS.prefLabel, None) if str(s).startswith(kinds)}, key=str):
        labels = [
            str(label)
            for predicate in (SKOS_NS.prefLabel, SKOS_NS.altLabel, SKOS_NS.hiddenLabel)
            for label in data_graph.objects(thing, predicate)
            if getattr(label, "language", None) in ("zh", None)
        ]
        if any(_squeezed(label) in printed for label in labels):
            continue
        quotes = "".join(
            run
            for note in data_graph.objects(thing, SKOS_NS.editorialNote)
            for run in quoted_run.findall(str(note))
            if sum(map(_is_han, run)) >= 2 and _squeezed(run) in printed
        )
        chinese = [str(label) for label in data_graph.objects(thing, SKOS_NS.prefLabel) if label.language == "zh"]
        unquoted = sorted({ch for label in chinese for ch in label if _is_han(ch) and ch not in quotes})
        if not quotes or unquoted:
            problems.append(
                f"{compact(str(thing))}: no label of {labels} is printed, and its editorial notes quote no printed "
                f"phrase with {''.join(unquoted) or 'its name'}"
            )
    assert not problems, "\n".join(problems)


# A place's English name is its English label without the kind of place: "Liushi" of "Liushi town".
_PLACE_KIND_WORDS = re.compile(
    r"\b(the|of|town|county|city|district|province|prefecture|region|river|valley|area|municipality)\b", re.I)
_ZH_PLACE_SUFFIX = re.compile("(市|县|镇|区|省|大区|地区)$")
# Places a Chinese word implies, which the test cannot match to a place's labels: 中央 (central) in
# 中央电视台 is the Chinese state's, and China Central Television is the station's English name.
_IMPLIED_IN_CHINESE = {"中央电视台": "China"}


def _english_labels_adding_places_or_years(graph: rdflib.Graph) -> list[str]:
    """Each thing whose English preferred label names a place or a year that its Chinese one does not."""
    place_classes = set(graph.transitive_subjects(rdflib.RDFS.subClassOf, CGKG.Place))
    places = {p for kind in place_classes for p in graph.subjects(RDF.type, kind)}
    english_names, chinese_forms = {}, {}
    for place in places:
        english_names[place] = {
            re.sub(r"\s+", " ", _PLACE_KIND_WORDS.sub("", str(label))).strip()
            for label in graph.objects(place, SKOS.prefLabel) if getattr(label, "language", None) == "en"} - {""}
        forms = {str(label) for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                 for label in graph.objects(place, predicate) if getattr(label, "language", None) != "en"}
        chinese_forms[place] = {form for f in forms for form in (f, _ZH_PLACE_SUFFIX.sub("", f)) if form}
    found = []
    for thing, english in graph.subject_objects(SKOS.prefLabel):
        chinese = [str(label) for label in graph.objects(thing, SKOS.prefLabel) if getattr(label, "language", None) == "zh"]
        if getattr(english, "language", None) != "en" or thing in places or len(chinese) != 1:
            continue
        named = {(name, place) for place in places for name in english_names[place]
                 if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", str(english))}
        for name, place in named:
            # "northern Zhejiang" is one place (浙北), not Zhejiang: a name inside a longer one named is that one's.
            if any(name != longer and name in longer for longer, _ in named):
                continue
            implied = any(word in chinese[0] and place_name == name for word, place_name in _IMPLIED_IN_CHINESE.items())
            if not implied and not any(form in chinese[0] for form in chinese_forms[place]):
                found.append(f"{compact(str(thing))}: {str(english)!r} names {name}, {chinese[0]!r} does not")
        for year in re.findall(r"\b(?:1[89]|20)\d\d\b", str(english)):
            if year not in chinese[0]:
                found.append(f"{compact(str(thing))}: {str(english)!r} names {year}, {chinese[0]!r} does not")
    return sorted(found)


def test_no_english_label_adds_a_place_or_a_year_to_the_chinese_one(full_graph):
    # The English preferred label renders the Chinese one, which is the name as printed: where the
    # text prints 电器总厂, the English is "general electrical factory", not "Liushi general electrical
    # factory". Where a place is what tells a name apart, the Chinese label adds it too (温州市服装商会
    # for the printed 服装商会, "Wenzhou Clothing Chamber of Commerce"), and the graph's place for a
    # thing is stated once, with cgkg:locatedIn, where a note can say it is a reading.
    found = _english_labels_adding_places_or_years(full_graph)
    assert not found, "\n".join(found)


def _add_labels(graph: rdflib.Graph, thing: URIRef, zh: str, en: str) -> None:
    graph.add((thing, SKOS.prefLabel, rdflib.Literal(zh, lang="zh")))
    graph.add((thing, SKOS.prefLabel, rdflib.Literal(en, lang="en")))


def test_an_english_label_adding_a_place_or_a_year_is_found():
    graph = rdflib.Graph()
    town, county = URIRef("https://w3id.org/cgkg/id/place/liushi"), URIRef("https://w3id.org/cgkg/id/place/yueqing")
    graph.add((CGKG.Town, rdflib.RDFS.subClassOf, CGKG.Place))
    graph.add((CGKG.County, rdflib.RDFS.subClassOf, CGKG.Place))
    for place, kind, zh, en in ((town, CGKG.Town, "柳市镇", "Liushi town"), (county, CGKG.County, "乐清县", "Yueqing county")):
        graph.add((place, RDF.type, kind))
        _add_labels(graph, place, zh, en)
    labelled = {"factory": ("电器总厂", "Liushi general electrical factory"),
                "group": ("柳市整顿工作组", "1990 Liushi rectification work group"),
                "office": ("乐清县工办", "Yueqing county industry office"),
                "centre": ("柳市检测中心", "Liushi testing centre")}
    for slug, (zh, en) in labelled.items():
        _add_labels(graph, URIRef(f"https://w3id.org/cgkg/id/agent/{slug}"), zh, en)
    # 柳市 stands for Liushi town without its 镇, and 乐清县 is printed whole.
    assert _english_labels_adding_places_or_years(graph) == [
        "ag:factory: 'Liushi general electrical factory' names Liushi, '电器总厂' does not",
        "ag:group: '1990 Liushi rectification work group' names 1990, '柳市整顿工作组' does not",
    ]


# One English rendering for each of these Chinese terms, wherever a Chinese label holds it. 摩擦 is
# friction (the graph's "disputes" are 纠纷), 调查 an investigation, 烟具 smoking articles, and 中国轻纺城
# the market's own English name, China Textile City.
_GLOSSARY = {
    "贸易摩擦": "trade friction",
    "反倾销调查": "anti-dumping investigations",
    "烟具": "smoking articles",
    "轻纺城": "Textile City",
    "劳动部门": "labour department",
    "工商部门": "industry and commerce department",
}


def _loose(text: str) -> str:
    return text.lower().replace("-", " ")  # smoking-articles cluster, smoking articles


def _labels_breaking_the_glossary(graph: rdflib.Graph) -> list[str]:
    found = []
    for thing, chinese in graph.subject_objects(SKOS.prefLabel):
        if chinese.language != "zh":
            continue
        english = [str(label) for label in graph.objects(thing, SKOS.prefLabel) if label.language == "en"]
        for term, rendering in _GLOSSARY.items():
            if term in chinese and not any(_loose(rendering) in _loose(label) for label in english):
                found.append(f"{compact(str(thing))}: {str(chinese)!r} holds {term}, {english} lacks {rendering!r}")
    return sorted(found)


def test_each_glossary_term_has_one_english_rendering(full_graph):
    found = _labels_breaking_the_glossary(full_graph)
    assert not found, "\n".join(found)


def test_a_label_breaking_the_glossary_is_found():
    graph = rdflib.Graph()
    for slug, zh, en in (("problem", "反倾销调查", "anti-dumping cases"), ("function", "应对贸易摩擦", "response to trade friction")):
        _add_labels(graph, URIRef(f"https://w3id.org/cgkg/id/{slug}/x"), zh, en)
    assert _labels_breaking_the_glossary(graph) == [
        "problem:x: '反倾销调查' holds 反倾销调查, ['anti-dumping cases'] lacks 'anti-dumping investigations'"]


def test_every_period_note_is_printed_in_a_source(data_graph, printed):
    # A period note gives the text's own words for a vague time ("20世纪80年代中后期"), so a reader can
    # weigh the fromYear/toYear bounds read from it; words composed for the graph ("20世纪90年代初以后")
    # would pass a reading off as the text's. The reading itself belongs in the editorial note.
    problems = [
        f"{compact(str(thing))}: period note {str(note)!r} is not printed in either text"
        for thing, note in _unprinted(data_graph, CGKG.periodNote, printed)
    ]
    assert not problems, "\n".join(problems)


def _quotes_cited_by(graph: rdflib.Graph, thing) -> list[str]:
    return [str(quote) for passage in graph.objects(thing, CGKG.evidence) for quote in graph.objects(passage, OA.exact)]


def test_every_printed_label_is_in_a_passage_its_thing_cites_and_in_that_source(data_graph, source_texts):
    # Character for character, not squeezed: "W T O" and "PRT O EX‐PO" are what the texts print.
    printed_labels = list(data_graph.subject_objects(CGKG.printedLabel))
    assert len(printed_labels) > 400, f"only {len(printed_labels)} printed labels in the data"
    problems = []
    for thing, label in printed_labels:
        sources = {str(s) for p in data_graph.objects(thing, CGKG.evidence) for s in data_graph.objects(p, OA.hasSource)}
        files = {str(f) for s in sources for f in data_graph.objects(URIRef(s), CGKG.fileName)}
        if not any(str(label) in quote for quote in _quotes_cited_by(data_graph, thing)):
            problems.append(f"{compact(str(thing))}: printed label {str(label)!r} is in no passage it cites")
        elif not any(str(label) in source_texts[name] for name in files):
            problems.append(f"{compact(str(thing))}: printed label {str(label)!r} is not in its source text")
    assert not problems, "\n".join(problems)


def test_every_label_that_a_cited_passage_prints_is_marked_printed(data_graph):
    # The mark is complete, not a sample: a preferred, alternative or hidden label that occurs in a
    # passage its thing cites is also a cgkg:printedLabel, so "what does the text call it?" has one answer.
    problems = []
    for thing in sorted(set(data_graph.subjects(CGKG.evidence, None)), key=str):
        quotes = _quotes_cited_by(data_graph, thing)
        marked = {str(label) for label in data_graph.objects(thing, CGKG.printedLabel)}
        for predicate in (SKOS_NS.prefLabel, SKOS_NS.altLabel, SKOS_NS.hiddenLabel):
            for label in data_graph.objects(thing, predicate):
                if str(label) not in marked and any(str(label) in quote for quote in quotes):
                    problems.append(f"{compact(str(thing))}: {str(label)!r} is printed in a passage it cites "
                                    "but is not a cgkg:printedLabel")
    assert not problems, "\n".join(problems)


def _dangling_note_references(graph: rdflib.Graph) -> list[str]:
    """Compact IRIs (ag:…, ev:…) that an editorial note names but that the graph does not use."""
    mention = re.compile(r"\b(" + "|".join(map(re.escape, PREFIXES)) + r"):([A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9])")
    used = set(graph.subjects()) | set(graph.objects()) | set(graph.predicates())
    dangling = []
    for thing, note in graph.subject_objects(SKOS.editorialNote):
        for found in mention.finditer(str(note)):
            if URIRef(PREFIXES[found.group(1)] + found.group(2)) not in used:
                dangling.append(f"{compact(str(thing))} mentions {found.group(0)}")
    return sorted(dangling)


def test_every_resource_a_note_names_is_in_the_graph(full_graph):
    # Notes point readers to related resources ("see ag:texma-prato", "rel:knives-agency-chair"); a
    # renamed or removed node must not leave a note pointing nowhere.
    mentions = _dangling_note_references(full_graph)
    assert not mentions, "\n".join(mentions)


def test_a_note_naming_a_resource_that_does_not_exist_is_found():
    graph = rdflib.Graph()
    thing = URIRef("https://w3id.org/cgkg/id/agent/some-body")
    graph.add((thing, SKOS.editorialNote,
               rdflib.Literal("Founded by ag:some-body, see ev:no-such-founding.", lang="en")))
    assert _dangling_note_references(graph) == ["ag:some-body mentions ev:no-such-founding"]


# Chinese that a note, definition or comment writes but neither text prints. Each note says so itself:
# an expansion of a printed short form (汽摩配, 工办, 经济合作组织), a search form it calls unprinted, a
# name the text never prints (浙江省政府), the ontology's own label (发起者), or an ontology gloss.
UNPRINTED_CHINESE = {
    "经济合作与发展组织", "研究小组和产业咨询委员会", "工业办公室", "汽车摩托车配件", "浙江省政府",
    "发起者", "地级市", "县级市", "镇、乡", "温州市五金商会",
}


def _unprinted_chinese(graph: rdflib.Graph, texts: list[str]) -> list[str]:
    """Each run of Chinese in a note, definition or comment that neither text prints. A run is cut
    at Latin letters, digits and ASCII punctuation, and at "…", which marks an omission in a quote."""
    found = []
    for predicate in (SKOS.editorialNote, SKOS.definition, rdflib.RDFS.comment):
        for thing, note in graph.subject_objects(predicate):
            for run in re.findall(r"[\u3400-\u9fff][^\x00-\x7f]*", str(note)):
                for part in run.split("…"):
                    part = part.strip("（）“”‘’ ")
                    if len(part) >= 2 and part not in UNPRINTED_CHINESE and not any(part in text for text in texts):
                        found.append(f"{compact(str(thing))}: {part}")
    return sorted(found)


def test_the_chinese_a_note_quotes_is_printed_in_a_source(full_graph, source_texts):
    # Notes quote the text to show what a statement rests on; a quote that is not the text's own words
    # (a dropped 行业 in 行业自律、代表、服务、协调, a paraphrase) would send a reader looking for nothing.
    unprinted = _unprinted_chinese(full_graph, list(source_texts.values()))
    assert not unprinted, "\n".join(unprinted)


def test_a_note_quoting_words_the_text_does_not_print_is_found():
    graph = rdflib.Graph()
    graph.add((URIRef("https://w3id.org/cgkg/id/agent/some-body"), SKOS.editorialNote,
               rdflib.Literal("Founded in 2003 (2003年,当地113位企业老板联合成立了协会…并且统一工价).", lang="en")))
    text = "2003年,当地113位羊毛衫企业老板联合成立了温岭市羊毛衫协会,统一工价"
    # 当地 is printed; the run after 113 drops 羊毛衫 and the run after "…" adds 并且.
    assert _unprinted_chinese(graph, [text]) == ["ag:some-body: 位企业老板联合成立了协会", "ag:some-body: 并且统一工价"]

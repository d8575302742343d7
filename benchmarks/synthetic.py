"""Deterministic synthetic cluster-governance data, shaped like the bundled graph, at any size.

    python benchmarks/synthetic.py [--out DIR] [--seed 1] [--sizes 10000 100000 1000000]

Writes DIR/synthetic-N.nt (N-Triples) and DIR/synthetic-N.json (triple counts, class counts and
parameter values for the canned queries) for each size N. N counts the triples of the benchmark
graph: the ontology (ontology/*.ttl without the shapes), data/sources.ttl and data/sectors.ttl
(what `cgkg validate FILE` loads beside FILE) plus the synthetic file; DIR
defaults to $TMPDIR/cgkg-synthetic, never data/.

The data has the bundled graph's classes in the bundled graph's proportions (UNIT below is its
instance count per class when this was written, 6455 triples) and the same properties per class
at about the same rates, all chosen by a seeded random generator: the same seed and size always
give the same file. It conforms to the SHACL shapes and passes the quality checks: every entity
has Chinese and English labels and cites passages, every reference points to a typed entity of
the right class, concepts come from the ontology's schemes (sectors are synthetic, in the sector
scheme), and every passage quotes a synthetic source text at offsets whose span equals its
quote's length (no source file exists: the provenance tests read only data/).
tests/test_synthetic.py checks all of this at 10^4 triples.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cgkg.prefixes import ID, PREFIXES  # noqa: E402  (after the sys.path insert above)

CGKG, RDF, SKOS, ORG, OA, DCT, XSD, SCHEMA = (
    PREFIXES[p] for p in ("cgkg", "rdf", "skos", "org", "oa", "dct", "xsd", "schema")
)

# Instances per class in the bundled graph (one "unit"); the generator scales every count alike.
UNIT = {
    # places
    "Country": 3, "Region": 5, "Prefecture": 11, "County": 28, "Town": 30, "GeographicArea": 6,
    # clusters and districts
    "IndustrialCluster": 54, "IndustrialDistrict": 20,
    # governance actors
    "Firm": 20, "ActorGroup": 17, "GovernmentBody": 16, "BusinessFederation": 12, "Consortium": 7,
    "Committee": 6, "ChamberOfCommerce": 3, "ResearchInstitute": 3, "TradeUnion": 3, "TestingCentre": 3,
    "PublicAgency": 3, "MediaOutlet": 3, "Association": 2, "ServiceCentre": 2, "University": 2,
    "Museum": 2, "IndustryUnion": 1, "AdHocBody": 1, "InternationalOrganisation": 1, "School": 1,
    "ProfessionalMarket": 1, "Forum": 1,
    # other named things
    "Brand": 5, "Person": 2,
    # events
    "Crisis": 15, "Event": 4, "Founding": 5, "Rectification": 2, "MediaReport": 2, "TradeFair": 1,
    "GovernanceModeChange": 1,
    # instruments
    "Policy": 4, "Programme": 4, "Instrument": 2, "Licence": 2, "Law": 1, "Pledge": 1,
    # n-ary facts
    "Figure": 30, "ProblemIncidence": 30, "ModeAssignment": 18, "Leadership": 14, "Membership": 26,
    # concepts (sectors) and provenance
    "Concept": 69, "Passage": 135, "SourceText": 2,
}
PLACES = ("Country", "Region", "Prefecture", "County", "Town", "GeographicArea")
PLACE_PARENT = {"Region": "Country", "Prefecture": "Region", "County": "Prefecture", "Town": "County",
                "GeographicArea": "Region"}
SYSTEMS = ("IndustrialCluster", "IndustrialDistrict")
ACTORS = ("Firm", "ActorGroup", "GovernmentBody", "BusinessFederation", "Consortium", "Committee",
          "ChamberOfCommerce", "ResearchInstitute", "TradeUnion", "TestingCentre", "PublicAgency", "MediaOutlet",
          "Association", "ServiceCentre", "University", "Museum", "IndustryUnion", "AdHocBody",
          "InternationalOrganisation", "School", "ProfessionalMarket", "Forum")
# Organisations that have functions (associations, centres, committees, …): the others rarely do.
SERVING = {"ActorGroup", "BusinessFederation", "Consortium", "Committee", "ChamberOfCommerce", "ResearchInstitute",
           "TradeUnion", "TestingCentre", "PublicAgency", "ServiceCentre", "University", "IndustryUnion",
           "ProfessionalMarket", "Forum"}
EVENTS = ("Crisis", "Event", "Founding", "Rectification", "MediaReport", "TradeFair")
INSTRUMENTS = ("Policy", "Programme", "Instrument", "Licence", "Law", "Pledge")
ROLES = [ID + f"role/{r}" for r in ("member", "founding-member", "constituent", "chair")]
BOUNDS = [ID + f"bound/{b}" for b in ("exact", "more-than", "approximately", "range")]
SEGMENT = {"Country": "place", "Region": "place", "Prefecture": "place", "County": "place", "Town": "place",
           "GeographicArea": "place", "IndustrialCluster": "cluster", "IndustrialDistrict": "cluster",
           "Brand": "brand", "Person": "agent", "Figure": "figure", "Passage": "passage", "SourceText": "source",
           "Concept": "sector", "Membership": "relation", "Leadership": "relation", "ModeAssignment": "relation",
           "ProblemIncidence": "relation", "GovernanceModeChange": "event"}
SEGMENT.update({c: "agent" for c in ACTORS})
SEGMENT.update({c: "event" for c in EVENTS})
SEGMENT.update({c: "instrument" for c in INSTRUMENTS})

ZH_WORDS = "产业集群治理协会商会政府企业市场服务中心质量标准品牌技术创新合作区域发展整顿监管政策许可"
EN_WORDS = ("cluster governance association chamber government firm market service centre quality standard "
            "brand technology innovation cooperation regional development rectification supervision policy "
            "licence district consortium union exports workers").split()


def schemes() -> dict[str, list[str]]:
    """The concepts of each scheme the ontology defines (mode, problem, function, means, measure)."""
    import pyoxigraph as ox

    from cgkg import paths
    from cgkg.rdffiles import load_files

    store = ox.Store()
    load_files(store, paths.ontology_files())
    found: dict[str, list[str]] = {}
    for row in store.query(f"SELECT ?c ?s WHERE {{ ?c <{SKOS}inScheme> ?s }} ORDER BY ?c"):
        name = row["s"].value[len(ID):].split("/")[0]
        found.setdefault(name, []).append(row["c"].value)
    return found


def base_files() -> list[Path]:
    """What the benchmark graph holds besides the synthetic file: the ontology and the two vocabulary
    files of data/ that `cgkg validate FILE` loads with any file (the ontology cites the sources)."""
    from cgkg import paths

    return paths.ontology_files() + [paths.DATA_DIR / "sources.ttl", paths.DATA_DIR / "sectors.ttl"]


def base_triples() -> int:
    import pyoxigraph as ox

    from cgkg.rdffiles import load_files

    return load_files(ox.Store(), base_files())


class Writer:
    def __init__(self, out):
        self.out = out
        self.triples = 0

    def add(self, s: str, p: str, o: str) -> None:
        self.out.write(f"<{s}> <{p}> {o} .\n")
        self.triples += 1


def iri(value: str) -> str:
    return f"<{value}>"


def lit(text: str, lang: str | None = None) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def integer(n: int) -> str:
    return f'"{n}"^^<{XSD}integer>'


class Generator:
    """Entities for one scale factor: counts[class] = round(UNIT[class] * factor), at least 1."""

    def __init__(self, factor: float, seed: int, concept_schemes: dict[str, list[str]]):
        self.rng = random.Random(seed)
        self.spans: dict[str, tuple[int, int]] = {}  # the first and last year of each dated entity
        self.counts = {cls: max(1, round(n * factor)) for cls, n in UNIT.items()}
        self.schemes = concept_schemes
        self.ids = {cls: [self._iri(cls, i) for i in range(n)] for cls, n in self.counts.items()}
        self.actors = [a for cls in ACTORS for a in self.ids[cls]]
        self.systems = self.ids["IndustrialCluster"] + self.ids["IndustrialDistrict"]
        self.places = [p for cls in PLACES for p in self.ids[cls]]
        self.events = [e for cls in EVENTS for e in self.ids[cls]] + self.ids["GovernanceModeChange"]

    @staticmethod
    def _iri(cls: str, i: int) -> str:
        if cls == "Country" and i < 2:
            return ID + ("place/china", "place/italy")[i]  # the countries the canned queries name
        return f"{ID}{SEGMENT[cls]}/syn-{cls.lower()}-{i}"

    # helpers -----------------------------------------------------------------------------------
    def times(self, rate: float) -> int:
        whole = int(rate)
        return whole + (1 if self.rng.random() < rate - whole else 0)

    def pick(self, pool: list[str]) -> str:
        return pool[self.rng.randrange(len(pool))]

    def skewed(self, pool: list[str]) -> str:
        """A few popular targets and a long tail, as in the real graph (Liushi, Prato, …)."""
        return pool[min(len(pool) - 1, int(len(pool) * self.rng.random() ** 3))]

    def labels(self, w: Writer, s: str, cls: str, i: int, alt: float = 0.0, hidden: float = 0.0, note: float = 0.0):
        zh = "".join(self.pick(list(ZH_WORDS)) for _ in range(4))
        en = " ".join(self.pick(EN_WORDS) for _ in range(3))
        w.add(s, SKOS + "prefLabel", lit(f"{zh}{cls}{i}", "zh"))
        w.add(s, SKOS + "prefLabel", lit(f"{en} {cls} {i}", "en"))
        for n in range(self.times(alt)):
            w.add(s, SKOS + "altLabel", lit(f"{zh}{i}别名{n}", "zh"))
        for n in range(self.times(hidden)):
            w.add(s, SKOS + "hiddenLabel", lit(f"{zh[:2]}{i}简{n}", "zh"))
        if self.rng.random() < note:
            w.add(s, SKOS + "editorialNote", lit(f"Synthetic {cls} {i}: {en}.", "en"))

    def evidence(self, w: Writer, s: str, rate: float) -> None:
        for passage in {self.pick(self.ids["Passage"]) for _ in range(max(1, self.times(rate)))}:
            w.add(s, CGKG + "evidence", iri(passage))

    def choose(self, pool: list[str], rate: float, skew: bool = False) -> list[str]:
        return sorted({(self.skewed(pool) if skew else self.pick(pool)) for _ in range(self.times(rate))})

    def some(self, w: Writer, s: str, p: str, pool: list[str], rate: float, skew: bool = False) -> None:
        for target in self.choose(pool, rate, skew):
            w.add(s, p, iri(target))

    def year(self) -> int:
        return self.rng.randrange(1970, 2021)

    def period(self, w: Writer, s: str, year_rate: float, from_rate: float, to_rate: float, note: float = 0.0):
        self.write_period(w, s, self.draw_period(year_rate, from_rate, to_rate, note))

    def draw_period(self, year_rate: float, from_rate: float, to_rate: float, note: float = 0.0) -> dict[str, int]:
        start = self.year()
        drawn = {}
        if self.rng.random() < year_rate:
            drawn["year"] = start
        elif self.rng.random() < from_rate:
            drawn["fromYear"] = start
            if self.rng.random() < to_rate:
                drawn["toYear"] = start + self.rng.randrange(0, 15)
        if self.rng.random() < note:
            drawn["periodNote"] = start
        return drawn

    def write_period(self, w: Writer, s: str, drawn: dict[str, int]) -> None:
        for key in ("year", "fromYear", "toYear"):
            if key in drawn:
                w.add(s, CGKG + key, integer(drawn[key]))
        if "periodNote" in drawn:
            w.add(s, CGKG + "periodNote", lit(f"{drawn['periodNote']}年前后", "zh"))
        first = drawn.get("year", drawn.get("fromYear"))
        if first is not None:
            self.spans[s] = (first, drawn.get("year", drawn.get("toYear", first)))

    # the graph ---------------------------------------------------------------------------------
    def write(self, w: Writer) -> None:
        for cls in PLACES:
            for i, s in enumerate(self.ids[cls]):
                w.add(s, RDF + "type", iri(CGKG + cls))
                self.labels(w, s, cls, i, alt=0.2, hidden=0.05, note=0.2)
                if cls in PLACE_PARENT:
                    w.add(s, CGKG + "locatedIn", iri(self.pick(self.ids[PLACE_PARENT[cls]])))
                self.evidence(w, s, 1.4)
        for cls in SYSTEMS:
            for i, s in enumerate(self.ids[cls]):
                w.add(s, RDF + "type", iri(CGKG + cls))
                self.labels(w, s, cls, i, alt=0.5, hidden=0.05, note=0.4)
                self.some(w, s, CGKG + "locatedIn", self.ids["Town"] + self.ids["County"], 1.2)
                w.add(s, CGKG + "country", iri(self.ids["Country"][0 if cls == "IndustrialCluster" else 1]))
                self.some(w, s, CGKG + "sector", self.ids["Concept"], 1.05)
                self.evidence(w, s, 1.5)
        for cls in ACTORS:
            for i, s in enumerate(self.ids[cls]):
                w.add(s, RDF + "type", iri(CGKG + cls))
                self.labels(w, s, cls, i, alt=0.4, hidden=0.2, note=0.6)
                if cls != "InternationalOrganisation":
                    w.add(s, CGKG + "country", iri(self.ids["Country"][0 if self.rng.random() < 0.6 else 1]))
                self.some(w, s, CGKG + "locatedIn", self.ids["Town"], 0.4)
                if cls == "GovernmentBody":
                    w.add(s, CGKG + "jurisdiction", iri(self.pick(self.places)))
                if cls in ("Firm", "Consortium", "Museum", "ServiceCentre", "TestingCentre"):
                    self.some(w, s, CGKG + "sector", self.ids["Concept"], 0.9)
                if cls in SERVING:
                    self.some(w, s, CGKG + "providesFunction", self.schemes["function"], 2.0)
                    self.some(w, s, CGKG + "governs", self.systems, 0.4, skew=True)
                if cls in ("ActorGroup", "Committee", "Consortium") and self.rng.random() < 0.15:
                    w.add(s, CGKG + "fundedBy", iri(self.pick(self.ids["GovernmentBody"])))
                self.evidence(w, s, 1.5)
        for cls in ("Brand", "Person"):
            for i, s in enumerate(self.ids[cls]):
                w.add(s, RDF + "type", iri(CGKG + cls))
                self.labels(w, s, cls, i, note=0.8)
                if cls == "Brand":
                    w.add(s, CGKG + "country", iri(self.ids["Country"][0]))
                self.evidence(w, s, 1.4)
        self.write_events(w)
        self.write_instruments(w)
        self.write_facts(w)
        self.write_concepts_and_sources(w)

    def write_events(self, w: Writer) -> None:
        organisations = [a for cls in ACTORS if cls != "Firm" for a in self.ids[cls]]
        groups = set(self.ids["ActorGroup"])
        for cls in EVENTS:
            for i, s in enumerate(self.ids[cls]):
                w.add(s, RDF + "type", iri(CGKG + cls))
                self.labels(w, s, cls, i, alt=0.05, note=0.9)
                self.period(w, s, 0.3, 1.0, 0.4, note=0.6)
                self.some(w, s, CGKG + "concerns", self.systems, 1.1, skew=True)
                self.some(w, s, CGKG + "place", self.ids["Town"], 0.8)
                self.some(w, s, CGKG + "participant", self.actors, 0.6)
                if cls == "Founding":
                    # A group's members are set up together: ORG's property would make the group an organisation.
                    result = self.pick(organisations)
                    via = CGKG + "resultingGroup" if result in groups else ORG + "resultingOrganization"
                    w.add(s, via, iri(result))
                    self.some(w, s, CGKG + "founder", self.actors, 0.6)
                self.evidence(w, s, 1.4)
        modes = self.schemes["mode"]
        for i, s in enumerate(self.ids["GovernanceModeChange"]):
            w.add(s, RDF + "type", iri(CGKG + "GovernanceModeChange"))
            self.labels(w, s, "GovernanceModeChange", i)
            w.add(s, CGKG + "system", iri(self.skewed(self.systems)))
            start, end = self.rng.sample(modes, 2)
            w.add(s, CGKG + "fromMode", iri(start))
            w.add(s, CGKG + "toMode", iri(end))
            w.add(s, CGKG + "fromYear", integer(self.year()))
            self.some(w, s, CGKG + "mechanism", self.schemes["means"], 4.0)
            self.some(w, s, CGKG + "participant", self.actors, 2.0)
            w.add(s, CGKG + "periodNote", lit("20世纪90年代", "zh"))
            self.evidence(w, s, 3.0)

    def write_instruments(self, w: Writer) -> None:
        for cls in INSTRUMENTS:
            for i, s in enumerate(self.ids[cls]):
                w.add(s, RDF + "type", iri(CGKG + cls))
                self.labels(w, s, cls, i, alt=0.1, note=0.9)
                self.period(w, s, 0.4, 0.5, 0.8, note=0.3)
                self.some(w, s, CGKG + "issuedBy", self.ids["GovernmentBody"], 0.8)
                self.some(w, s, CGKG + "concerns", self.systems, 1.4, skew=True)
                self.some(w, s, CGKG + "grantsFunction", self.schemes["function"], 1.2)
                if cls == "Licence":
                    self.some(w, s, CGKG + "holder", self.ids["Firm"], 1.0)
                self.evidence(w, s, 1.4)

    def write_facts(self, w: Writer) -> None:
        for i, s in enumerate(self.ids["Figure"]):
            w.add(s, RDF + "type", iri(CGKG + "Figure"))
            w.add(s, CGKG + "describes", iri(self.skewed(self.systems)))
            w.add(s, CGKG + "measure", iri(self.pick(self.schemes["measure"])))
            value, bound = self.rng.randrange(1, 100000), self.pick(BOUNDS)
            if bound.endswith("/range"):  # a range has its two bounds and no schema:value, as in the real graph
                w.add(s, SCHEMA + "minValue", integer(value))
                w.add(s, SCHEMA + "maxValue", integer(value + self.rng.randrange(1, 1000)))
            else:
                w.add(s, SCHEMA + "value", integer(value))
            w.add(s, CGKG + "bound", iri(bound))
            self.period(w, s, 0.5, 0.5, 0.8, note=0.3)
            if self.rng.random() < 0.7:
                w.add(s, SKOS + "editorialNote", lit(f"Synthetic figure {i}.", "en"))
            self.evidence(w, s, 1.0)
        crises = self.ids["Crisis"]
        for i, s in enumerate(self.ids["ProblemIncidence"]):
            w.add(s, RDF + "type", iri(CGKG + "ProblemIncidence"))
            w.add(s, CGKG + "problem", iri(self.pick(self.schemes["problem"])))
            w.add(s, CGKG + "affects", iri(self.skewed(self.systems)))
            drawn = self.draw_period(0.05, 0.4, 0.2, note=0.45)
            manifestations = self.choose(crises, 0.55)
            # As the quality checks require, an incidence's period covers the years of the crises it
            # manifested in (queries/checks/incidence-period-violation.rq).
            spans = [self.spans[crisis] for crisis in manifestations if crisis in self.spans]
            if spans and "fromYear" in drawn:
                drawn["fromYear"] = min([drawn["fromYear"]] + [first for first, _ in spans])
            if spans and "toYear" in drawn:
                drawn["toYear"] = max([drawn["toYear"]] + [last for _, last in spans])
            self.write_period(w, s, drawn)
            for crisis in manifestations:
                w.add(s, CGKG + "manifestedIn", iri(crisis))
            self.some(w, s, CGKG + "response", self.ids["Rectification"] + self.ids["Policy"], 0.4)
            if self.rng.random() < 0.75:
                w.add(s, SKOS + "editorialNote", lit(f"Synthetic incidence {i}.", "en"))
            self.evidence(w, s, 2.0)
        for i, s in enumerate(self.ids["ModeAssignment"]):
            w.add(s, RDF + "type", iri(CGKG + "ModeAssignment"))
            w.add(s, CGKG + "system", iri(self.skewed(self.systems)))
            w.add(s, CGKG + "mode", iri(self.pick(self.schemes["mode"])))
            self.period(w, s, 0.0, 0.15, 0.5, note=0.1)
            self.evidence(w, s, 1.7)
        for i, s in enumerate(self.ids["Leadership"]):
            w.add(s, RDF + "type", iri(CGKG + "Leadership"))
            w.add(s, CGKG + "leadFirm", iri(self.skewed(self.ids["Firm"])))
            w.add(s, CGKG + "ledSystem", iri(self.skewed(self.systems)))
            self.some(w, s, CGKG + "means", self.schemes["means"], 2.9)
            if self.rng.random() < 0.8:
                w.add(s, SKOS + "editorialNote", lit(f"Synthetic leadership {i}.", "en"))
            self.period(w, s, 0.0, 0.15, 0.0, note=0.15)
            self.evidence(w, s, 3.4)
        organisations = [a for cls in ACTORS if cls not in ("Firm", "Person") for a in self.ids[cls]]
        groups = set(self.ids["ActorGroup"])
        for i, s in enumerate(self.ids["Membership"]):
            w.add(s, RDF + "type", iri(ORG + "Membership"))
            w.add(s, ORG + "member", iri(self.pick(self.actors)))
            organisation = self.skewed(organisations)
            w.add(s, CGKG + "inEachOf" if organisation in groups else ORG + "organization", iri(organisation))
            w.add(s, ORG + "role", iri(self.pick(ROLES)))
            if self.rng.random() < 0.4:
                w.add(s, CGKG + "year", integer(self.year()))
            self.evidence(w, s, 1.0)

    def write_concepts_and_sources(self, w: Writer) -> None:
        scheme = ID + "sector/scheme"  # declared by data/sectors.ttl, which the benchmark graph holds
        for i, s in enumerate(self.ids["Concept"]):
            w.add(s, RDF + "type", iri(SKOS + "Concept"))
            w.add(s, SKOS + "inScheme", iri(scheme))
            w.add(s, SKOS + "topConceptOf", iri(scheme))
            w.add(scheme, SKOS + "hasTopConcept", iri(s))
            w.add(s, SKOS + "prefLabel", lit(f"synthetic sector {i}", "en"))
            w.add(s, SKOS + "prefLabel", lit(f"合成产业{i}", "zh"))
        for i, s in enumerate(self.ids["SourceText"]):
            w.add(s, RDF + "type", iri(CGKG + "SourceText"))
            w.add(s, SKOS + "prefLabel", lit(f"synthetic source {i}", "en"))
            w.add(s, SKOS + "prefLabel", lit(f"合成文献{i}", "zh"))
            w.add(s, CGKG + "fileName", lit(f"synthetic-{i:04d}.txt"))
            w.add(s, CGKG + "sha256", lit(hashlib.sha256(f"synthetic source {i}".encode()).hexdigest()))
            w.add(s, DCT + "language", lit("zh"))
        offsets = {s: 0 for s in self.ids["SourceText"]}
        for i, s in enumerate(self.ids["Passage"]):
            source = self.pick(self.ids["SourceText"])
            quote = "".join(self.pick(list(ZH_WORDS)) for _ in range(self.rng.randrange(8, 80)))
            start = offsets[source] + self.rng.randrange(0, 200)
            offsets[source] = start + len(quote)
            w.add(s, RDF + "type", iri(CGKG + "Passage"))
            w.add(s, OA + "hasSource", iri(source))
            w.add(s, OA + "exact", lit(quote))
            w.add(s, OA + "start", integer(start))
            w.add(s, OA + "end", integer(start + len(quote)))

    def parameters(self) -> dict[str, str]:
        """Values for the canned queries' parameters: the most-referenced entities, as in the examples."""
        return {
            "cluster": self.systems[0],
            "a": self.systems[0],
            "b": self.ids["IndustrialDistrict"][0],
            "organisation": [a for cls in ACTORS if cls not in ("Firm", "Person") for a in self.ids[cls]][0],
            "entity": self.ids["Firm"][0],
        }


class _Counter:
    def write(self, text: str) -> None:
        pass


def generate(size: int, out_dir: Path, seed: int = 1) -> dict:
    """Write out_dir/synthetic-SIZE.nt so that it plus the ontology holds about SIZE triples."""
    concept_schemes = schemes()
    base = base_triples()
    probe = Writer(_Counter())
    Generator(1.0, seed, concept_schemes).write(probe)
    factor = max(0.01, (size - base) / probe.triples)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"synthetic-{size}.nt"
    generator = Generator(factor, seed, concept_schemes)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        writer = Writer(out)
        generator.write(writer)
    info = {
        "file": str(path),
        "generator": generator_version(),
        "seed": seed,
        "factor": round(factor, 4),
        "synthetic_triples": writer.triples,
        "base_triples": base,
        "base_files": [str(p) for p in base_files()],
        "triples": writer.triples + base,
        "class_counts": generator.counts,
        "parameters": generator.parameters(),
    }
    (out_dir / f"synthetic-{size}.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def generator_version() -> str:
    """A fingerprint of this file: data written by an older generator is written again."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def default_out() -> Path:
    return Path(tempfile.gettempdir()) / "cgkg-synthetic"


def graph(size: int, data_dir: Path) -> tuple[list[Path], dict]:
    """The files of the synthetic graph of about SIZE triples (written first if missing) and its metadata."""
    nt = data_dir / f"synthetic-{size}.nt"
    meta = data_dir / f"synthetic-{size}.json"
    info = json.loads(meta.read_text(encoding="utf-8")) if nt.exists() and meta.exists() else {}
    if info.get("generator") != generator_version() or info.get("seed") != 1:
        info = generate(size, data_dir)
    return base_files() + [nt], info


@contextlib.contextmanager
def opened(size: int, data_dir: Path, *, in_memory: bool = False):
    """cgkg's embedded graph over the synthetic graph of about SIZE triples, and its metadata.

    The persistent store is built in a cache folder of its own, removed afterwards, so a run never
    reuses or leaves behind a store of another graph.
    """
    from cgkg import paths
    from cgkg.api import open_graph

    files, info = graph(size, data_dir)
    cache = tempfile.mkdtemp(prefix="cgkg-synthetic-cache-")
    saved_env, saved_files = os.environ.get("CGKG_CACHE_DIR"), paths.graph_files
    os.environ["CGKG_CACHE_DIR"] = cache
    paths.graph_files = lambda: list(files)
    try:
        yield open_graph(in_memory=in_memory), info
    finally:
        paths.graph_files = saved_files
        if saved_env is None:
            os.environ.pop("CGKG_CACHE_DIR", None)
        else:
            os.environ["CGKG_CACHE_DIR"] = saved_env
        shutil.rmtree(cache, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=default_out(), help="output folder (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    if (ROOT / "data") in [args.out.resolve(), *args.out.resolve().parents]:
        parser.error("write synthetic data outside data/")
    for size in args.sizes:
        info = generate(size, args.out, args.seed)
        print(f"{info['file']}: {info['triples']} triples ({info['synthetic_triples']} synthetic, "
              f"factor {info['factor']:g})")


if __name__ == "__main__":
    main()

"""Validating the graph: SHACL shapes (pySHACL) and the zero-row SPARQL quality checks."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import paths
from .errors import InputError
from .prefixes import compact
from .rdffiles import load_files


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    source: str  # the shape, or the quality check, that found it

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.focus}{where}: {self.message} [{self.source}]"


@dataclass
class Report:
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    @property
    def conforms(self) -> bool:
        return not self.violations


def check_files() -> list[Path]:
    return sorted(paths.CHECKS_DIR.glob("*-violation.rq"))


def run_quality_checks(store: ox.Store) -> list[Violation]:
    """Every check is a SELECT that returns offending rows; its first variable names the focus.

    A second variable named ?path is the property the violation is about, shown as a shape's path is.
    """
    found = []
    for check in check_files():
        solutions = store.query(check.read_text(encoding="utf-8"))
        names = [v.value for v in solutions.variables]
        with_path = names[1:2] == ["path"]
        summary = _summary(check)
        for row in solutions:
            values = [_show(row[name]) for name in names]
            path, rest = (values[1], values[2:]) if with_path else ("", values[1:])
            detail = f" ({', '.join(rest)})" if rest else ""
            found.append(Violation(values[0], path, summary + detail, check.stem))
    return found


def _summary(check: Path) -> str:
    """The check's first comment line says what it forbids."""
    for line in check.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").rstrip(".")
    return "violates the check"


def _show(term) -> str:
    if term is None:
        return "-"
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    return str(term.value) if isinstance(term, ox.Literal) else str(term)


# SHACL engines: pySHACL is the reference; "turbo" is pyshacl-turbo (Rust, optional: cgkg[turbo]).
ENGINES = ("pyshacl", "turbo")


def validate(data_files: list[Path], *, ontology_files: list[Path] | None = None, engine: str = "pyshacl") -> Report:
    """Validate the given data (with the ontology mixed in) against the shapes and the checks."""
    if engine not in ENGINES:
        raise InputError(f"unknown SHACL engine {engine!r} (use one of {', '.join(ENGINES)})")
    ontology_files = paths.ontology_files() if ontology_files is None else ontology_files
    store = ox.Store()
    triples = load_files(store, ontology_files + data_files)
    report = Report(triples=triples)
    shape_violations = _shacl(store) if engine == "pyshacl" else _shacl_turbo(store)
    report.violations.extend(shape_violations)
    report.violations.extend(_not_restating(run_quality_checks(store), shape_violations))
    return report


# The missing-evidence check covers every entity, those of classes no shape targets included; where a
# shape has already reported an entity's evidence, the check's line would say the same thing again. So
# would a domain or range check's line where a shape has reported the same property of the same resource
# (a cgkg:governs pointing to a place is outside the range, and the shape says it must point to a cluster).
_RESTATED = {"missing-evidence-violation": "cgkg:evidence"}


def _not_restating(checks: list[Violation], shape_violations: list[Violation]) -> list[Violation]:
    reported = {(v.focus, v.path) for v in shape_violations}
    return [v for v in checks if (v.focus, v.path or _RESTATED.get(v.source)) not in reported]


def _shacl(store: ox.Store) -> list[Violation]:
    # pySHACL works on rdflib graphs; hand it the already-parsed store as N-Triples.
    import pyshacl
    import rdflib

    data = _parsed_once_graph()
    triples = ox.serialize((quad.triple for quad in store), format=ox.RdfFormat.N_TRIPLES)
    data.parse(data=triples.decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(paths.SHAPES_FILE, format="turtle")
    try:
        # In place: a copy pySHACL made of the data would be a plain rdflib Graph again. The graph is
        # this function's own and inference is off, so nothing is added to it.
        _, results, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=False, inplace=True
        )
    except pyshacl.errors.ReportableRuntimeError as exc:
        raise InputError(f"{paths.SHAPES_FILE}: the shapes cannot be applied: {exc.message}") from None
    return _violations(results, shapes)


def _parsed_once_graph():
    """An rdflib Graph that parses each SPARQL text it is asked once.

    pySHACL evaluates a SPARQL constraint once per focus node, handing rdflib the same text every
    time with $this bound, and rdflib parses the text anew each time: on the bundled graph 466 of 473
    parses were repeats, and pySHACL took 5.9 s against 1.5 s with each text parsed once
    (benchmarks/validate_bench.py).
    """
    import rdflib

    class ParsedOnceGraph(rdflib.Graph):
        def query(self, query_object, *args, **kwargs):
            if isinstance(query_object, str):
                query_object = _prepared(query_object)
            return super().query(query_object, *args, **kwargs)

    return ParsedOnceGraph()


@functools.lru_cache(maxsize=256)  # the texts of the shapes' SPARQL constraints: a handful
def _prepared(text: str):
    # A prepared query is rdflib's reusable form: each evaluation binds its own $this.
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


def _shacl_turbo(store: ox.Store) -> list[Violation]:
    """pyshacl-turbo on the store itself: no N-Triples round trip through rdflib.

    The shapes go in as a pyoxigraph store too: pyshacl-turbo 0.6.5 compares a store's plain
    literals ("zh", an xsd:string) unequal to an rdflib shapes graph's ("zh", no datatype), so
    sh:in ( "zh" "en" "it" ) failed on every value. An rdflib copy of that store, with the same
    blank-node ids, names the anonymous property shapes of the report.
    """
    try:
        import pyshacl_turbo
    except ImportError:
        raise InputError("the turbo SHACL engine needs pyshacl-turbo: pip install 'cgkg[turbo]'") from None
    shapes_store = ox.Store()
    shapes_store.load(path=str(paths.SHAPES_FILE), format=ox.RdfFormat.TURTLE)
    try:
        _, results, _ = pyshacl_turbo.validate(
            store, shacl_graph=shapes_store, inference="none", allow_warnings=True, advanced=False
        )
    except pyshacl_turbo.ReportableRuntimeError as exc:
        raise InputError(f"{paths.SHAPES_FILE}: the shapes cannot be applied: {getattr(exc, 'message', exc)}") from None
    return _violations(results, _rdflib_copy(shapes_store))


def _rdflib_copy(store: ox.Store):
    import rdflib

    def term(value):
        if isinstance(value, ox.NamedNode):
            return rdflib.URIRef(value.value)
        if isinstance(value, ox.BlankNode):
            return rdflib.BNode(value.value)
        if value.language:
            return rdflib.Literal(value.value, lang=value.language)
        datatype = value.datatype.value
        return rdflib.Literal(value.value, datatype=None if datatype.endswith("#string") else rdflib.URIRef(datatype))

    graph = rdflib.Graph()
    for quad in store:
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return graph


def _violations(results, shapes) -> list[Violation]:
    from rdflib import BNode
    from rdflib.namespace import SH

    if not hasattr(results, "objects"):
        # pySHACL returns (rather than raises) a ValidationFailure for a shape it cannot apply, such as a
        # SPARQL constraint with a VALUES clause, which SHACL forbids.
        raise InputError(f"{paths.SHAPES_FILE}: the shapes cannot be applied: {getattr(results, 'message', results)}")
    found = []
    # Only top-level results: those nested under sh:detail explain an sh:node failure already reported.
    for result in results.objects(None, SH.result):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        shape = results.value(result, SH.sourceShape)
        if isinstance(shape, BNode):
            # An anonymous property shape: name the node shape that holds it.
            shape = shapes.value(None, SH.property, shape) or shapes.value(None, SH.sparql, shape) or shape
        found.append(
            Violation(
                focus=_show_rdflib(focus),
                path=_show_rdflib(path) if path is not None else "",
                message=(str(message) if message is not None else "violates a shape")
                + (f" (value: {_show_rdflib(value)})" if value is not None and value != focus else ""),
                source=_show_rdflib(shape) if shape is not None else "shape",
            )
        )
    # One line per distinct violation: a value failing several constraints of one shape says it once.
    return sorted(set(found), key=lambda v: (v.focus, v.path, v.message, v.source))


def _show_rdflib(term) -> str:
    from rdflib import BNode, URIRef

    if isinstance(term, URIRef):
        return compact(str(term))
    if isinstance(term, BNode):
        return "[]"
    return str(term)

"""The canned queries in ``queries/``: one ``.rq`` file per question, documented by its header."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .errors import ParameterError, QueryError
from .header import parse_header
from .prefixes import check_utf8, expand
from .terms import XSD, Term

PARAM_TYPES = ("entity", "class", "iri", "string", "integer", "lang")
LANGUAGES = ("en", "zh", "it")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str
    description: str
    required: bool = False
    # An entity parameter may say what it names: instances of these classes (or their subclasses),
    # or concepts of these schemes. A label then picks only such entities, and an IRI must be one.
    classes: tuple[str, ...] = ()
    schemes: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "default": self.default,
                "required": self.required, "description": self.description,
                "class": list(self.classes), "scheme": list(self.schemes)}

    @property
    def kind(self) -> str:
        """What the parameter names, in words: 'a cgkg:Country', 'a concept of sector:scheme'."""
        from .lookup import kind_in_words

        return kind_in_words(self.classes, self.schemes)


LIST_SEPARATOR = "; "
# A column built as GROUP_CONCAT(DISTINCT ?x; separator="; ") AS ?column holds a set of values.
_LIST_COLUMN = re.compile(
    r'GROUP_CONCAT\s*\(\s*DISTINCT\s+[^;()]*;\s*separator\s*=\s*"; "\s*\)\s*AS\s+\?([A-Za-z_][A-Za-z0-9_]*)',
    re.IGNORECASE,
)
# ... and so does an outer column that only passes one on: (MIN(?names) AS ?actors).
_PASSED_ON = re.compile(r"\b(?:MIN|MAX|SAMPLE)\s*\(\s*\?([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*AS\s+\?([A-Za-z_][A-Za-z0-9_]*)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class CannedQuery:
    name: str
    path: Path
    summary: str
    description: str
    tags: tuple[str, ...]
    params: tuple[Param, ...]
    example: str
    text: str = field(repr=False)

    @property
    def list_columns(self) -> tuple[str, ...]:
        """The columns that join a set of values with "; " (GROUP_CONCAT DISTINCT)."""
        columns = list(_LIST_COLUMN.findall(self.text))
        passed_on = _PASSED_ON.findall(self.text)
        grown = True
        while grown:
            new = [outer for inner, outer in passed_on if inner in columns and outer not in columns]
            columns += new
            grown = bool(new)
        return tuple(columns)

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        known = ", ".join(p.name for p in self.params) or "none"
        key, equals, _ = name.partition("=")
        if equals and any(p.name == key for p in self.params):
            raise ParameterError(f"write --param {key} VALUE, with a space, not {name!r}")
        raise ParameterError(f"query {self.name!r} has no parameter {name!r} (its parameters: {known})")

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "summary": self.summary,
            "description": self.description,
            "tags": list(self.tags),
            "params": [p.as_dict() for p in self.params],
            "example": self.example,
        }


def load_query(path: Path) -> CannedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path}: cannot read the query ({exc.strerror or exc})") from None
    header = parse_header(path, text)
    for required in ("summary", "params", "example"):
        if required not in header:
            raise QueryError(f"{path}: header has no '{required}'")
    params = []
    for item in header["params"] if isinstance(header["params"], list) else []:
        if not isinstance(item, dict) or "name" not in item or "type" not in item:
            raise QueryError(f"{path}: every parameter needs a name and a type")
        if item["type"] not in PARAM_TYPES:
            raise QueryError(f"{path}: parameter {item['name']!r} has unknown type {item['type']!r} (use one of {', '.join(PARAM_TYPES)})")
        if not re.search(rf"\?{re.escape(item['name'])}\b", text):
            raise QueryError(f"{path}: parameter {item['name']!r} is not used as ?{item['name']} in the query")
        required = item.get("required", "no").lower() in ("yes", "true")
        classes, schemes = (_iris(path, item, key) for key in ("class", "scheme"))
        if (classes or schemes) and item["type"] != "entity":
            raise QueryError(f"{path}: parameter {item['name']!r} has a class or scheme but is not of type entity")
        params.append(Param(item["name"], item["type"], item.get("default", ""), item.get("description", ""), required,
                            classes, schemes))
    tags = header.get("tags", [])
    return CannedQuery(
        name=path.stem,
        path=path,
        summary=header["summary"],
        description=header.get("description", "") if isinstance(header.get("description", ""), str) else "",
        tags=tuple(tags if isinstance(tags, list) else [tags]),
        params=tuple(params),
        example=header["example"],
        text=text,
    )


def _iris(path: Path, item: dict, key: str) -> tuple[str, ...]:
    """The IRIs a parameter's 'class' or 'scheme' lists, space-separated compact or full IRIs."""
    iris = []
    for name in item.get(key, "").split():
        try:
            iri = expand(name)
        except ParameterError:
            iri = None  # a relative <IRI>: said below, with the file and the parameter
        if iri is None:
            raise QueryError(f"{path}: parameter {item['name']!r} has {key} {name!r}, which is not an IRI or compact IRI")
        iris.append(iri)
    return tuple(iris)


def list_queries(directory: Path | None = None) -> list[CannedQuery]:
    directory = directory or paths.QUERIES_DIR
    return [load_query(path) for path in sorted(directory.glob("*.rq"))]


def get_query(name: str, directory: Path | None = None) -> CannedQuery:
    directory = directory or paths.QUERIES_DIR
    path = directory / f"{name}.rq"
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name) or not path.is_file():
        names = [p.stem for p in sorted(directory.glob("*.rq"))]
        close = difflib.get_close_matches(name.lower().replace("_", "-"), names, n=3, cutoff=0.6)
        hint = f"did you mean {' or '.join(repr(n) for n in close)}? " if close else ""
        raise QueryError(f"no canned query named {name!r} ({hint}known: {', '.join(names)})")
    return load_query(path)


def convert(param: Param, raw: str, resolve_label=None) -> Term:
    """Turn a user's value into a typed RDF term, or say exactly what is wrong with it.

    resolve_label(param, raw), given an engine, turns an entity parameter's IRI or label into the IRI
    of the one entity of the parameter's kind it names, and a class parameter's into a class the graph
    declares.
    """
    value = raw.strip()
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise ParameterError(f"parameter {param.name!r} must be an integer, not {raw!r}")
        if len(value.lstrip("+-")) > 18:
            raise ParameterError(f"parameter {param.name!r} must be an integer of at most 18 digits, not {raw[:20]!r}…")
        return Term.literal(str(int(value)), XSD + "integer")
    if param.type == "lang":
        if value.lower() not in LANGUAGES:
            raise ParameterError(f"parameter {param.name!r} must be one of {', '.join(LANGUAGES)}, not {raw!r}")
        return Term.literal(value.lower())
    if param.type == "string":
        return Term.literal(raw)
    if param.type in ("entity", "class", "iri") and not value:
        raise ParameterError(f"parameter {param.name!r} is empty: give {_expected(param)}")
    if param.type in ("entity", "class") and resolve_label is not None:
        return Term.iri(resolve_label(param, raw))
    iri = expand(value)
    if iri is not None:
        return Term.iri(iri)
    raise ParameterError(f"parameter {param.name!r} must be an IRI or compact IRI such as clu:…, not {raw!r}")


def _expected(param: Param) -> str:
    if param.type == "class":
        return "a class IRI (such as cgkg:Firm) or a class label"
    if param.type == "entity":
        return f"an IRI or a label of {param.kind or 'an entity'}"
    return "an IRI or compact IRI"


_RESOLVED_BY_THE_GRAPH = ("entity", "class")


def with_language(query: CannedQuery, values: dict[str, str], lang: str) -> dict[str, str]:
    """VALUES plus the language of the labels, for a query that has a lang parameter and was not given one."""
    if any(p.name == "lang" for p in query.params):
        return {"lang": lang, **values}
    return dict(values)


def check(query: CannedQuery, values: dict[str, str]) -> dict[str, Term]:
    """Check all that needs no graph; return the bindings that need none (literals, defaults).

    Names, required parameters, integers, languages, the year range, the UTF-8 of every value and the
    form of every <IRI> are checked here, so the CLI reports such a mistake before it opens a graph,
    however long that takes (a large --data file is parsed into a store first, an endpoint may be slow
    to answer).
    """
    bindings: dict[str, Term] = {}
    for name, raw in values.items():
        param = query.param(name)
        check_utf8(raw, f"parameter {name!r}")
        if param.type not in _RESOLVED_BY_THE_GRAPH:
            bindings[name] = convert(param, raw)
        elif not raw.strip():
            raise ParameterError(f"parameter {param.name!r} is empty: give {_expected(param)}")
        else:
            # Whether it is an IRI at all needs no graph: a malformed <IRI> is refused here, not after a
            # --data file is parsed (whose own syntax error would then be reported instead).
            expand(raw)
    for param in query.params:
        if param.name in values:
            continue
        if param.default and param.type not in _RESOLVED_BY_THE_GRAPH:
            bindings[param.name] = convert(param, param.default)
        if param.required and not param.default:
            raise ParameterError(
                f"query {query.name!r} needs --param {param.name} VALUE ({param.description or param.type})"
            )
    _check_range(bindings)
    return bindings


def bind(query: CannedQuery, values: dict[str, str], resolve_label=None) -> dict[str, Term]:
    """Typed bindings for the given values plus the defaults of the parameters not given."""
    bindings = check(query, values)
    for name, raw in values.items():
        if name not in bindings:
            bindings[name] = convert(query.param(name), raw, resolve_label)
    for param in query.params:
        if param.name not in bindings and param.default:
            bindings[param.name] = convert(param, param.default, resolve_label)
    return bindings


def _check_range(bindings: dict[str, Term]) -> None:
    # A reversed year range matches nothing: almost always the two values swapped by mistake.
    start, end = bindings.get("from"), bindings.get("to")
    if start is None or end is None or any(term.datatype != XSD + "integer" for term in (start, end)):
        return
    if int(start.value) > int(end.value):
        raise ParameterError(f"parameter 'from' ({start.value}) is after parameter 'to' ({end.value}), "
                             "so no year is in the range")


def sort_lists(query: CannedQuery, result):
    """Put the items of each list column in one order, so every engine gives the same cells.

    SPARQL leaves the order of GROUP_CONCAT's values to the engine (Oxigraph's on-disk and in-memory
    stores already differ), so the values are sorted here, by code point.
    """
    columns = [name for name in query.list_columns if name in result.variables]
    if not columns:
        return result
    for row in result.rows:
        for name in columns:
            cell = row.get(name)
            if cell is not None and LIST_SEPARATOR in cell.value:
                items = sorted(cell.value.split(LIST_SEPARATOR))
                row[name] = Term.literal(LIST_SEPARATOR.join(items), cell.datatype, cell.lang)
    return result

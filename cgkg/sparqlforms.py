"""Recognising the form of a SPARQL request without a full parser."""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import QueryError
from .prefixes import is_valid_iri

_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.IGNORECASE)
# What may hold a keyword's letters without being one: IRIs, strings (long ones first), comments,
# variables and prefixed names (ex:SERVICE, or a local name with a dot inside, ex:a.SERVICE), tried in
# this order at each position as SPARQL's lexer does, so a "#" in an IRI or a string starts no comment.
_OPAQUE = re.compile(
    r'<[^<>"{}|^`\\\x00-\x20]*>'
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|#[^\n]*"
    r"|[?$]\w+"
    r"|(?:[^\W\d_][\w.-]*)?:(?:[\w:%-]|\.(?=[\w:%-]))*",
    re.DOTALL,
)
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; updates and anything else raise QueryError."""
    body = _PROLOGUE.sub("", code_only(text), count=1)
    match = re.match(r"\s*([A-Za-z]+)", body)
    keyword = match.group(1).upper() if match else ""
    if keyword in QUERY_FORMS:
        return keyword
    if keyword in UPDATE_FORMS:
        raise QueryError(
            f"SPARQL Update ({keyword}) is refused: cgkg only reads the graph; "
            "use SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE after the prologue")


_SELECT_STAR = re.compile(r"\s*SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)
_VARIABLE = re.compile(r"[?$]\w+")


def in_query_order(text: str, variables: list[str]) -> list[str]:
    """The columns of a SELECT * in the order the query first names them, as most engines give them.

    SPARQL leaves the order of SELECT *'s columns open, and engines differ (Oxigraph sorts them by
    name, Jena keeps the query's order): putting them in the query's order gives the same columns on
    every engine, in the order the user wrote. Any other query keeps its projection.
    """
    masked = code_only(text)
    star = _SELECT_STAR.match(masked, len(_PROLOGUE.match(masked).group()))
    if star is None:
        return variables
    first: dict[str, int] = {}
    for match in _VARIABLE.finditer(masked, star.end()):  # masked, so none in a string or comment
        first.setdefault(text[match.start() + 1:match.end()], match.start())
    return sorted(variables, key=lambda name: first.get(name, len(text)))


def insert_values(text: str, bindings: dict) -> str:
    """Bind parameters with a VALUES block at the top of every WHERE group (subqueries included).

    Values are serialised RDF terms (Term.n3 escapes them), never raw user text. A VALUES block
    at the top of a group, not the end, keeps rdflib-style engines fast, and putting it in every
    WHERE group lets subqueries see the parameters too.
    """
    if not bindings:
        return text
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        if term.kind == "uri" and not is_valid_iri(term.value):
            raise QueryError(f"{term.value!r} is not a valid IRI")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({values}) }}\n"
    pieces, last = [], 0
    for match in re.finditer(r"\bWHERE\s*\{", code_only(text), re.IGNORECASE):
        pieces += [text[last:match.end()], block]
        last = match.end()
    if not pieces:
        raise QueryError("cannot bind parameters: the query has no WHERE { … } group")
    return "".join(pieces) + text[last:]


@lru_cache(maxsize=32)  # a query's form, its WHERE groups and its SERVICE clauses are all found in one masking
def code_only(text: str) -> str:
    """The text with comments blanked and the insides of IRIs and strings filled with "x".

    Every character keeps its position, so a match in the result is a match of the same span of the
    query and keywords can be found with plain regular expressions; IRIs and strings keep their
    delimiters, so the result still has the query's shape.
    """
    def fill(match: re.Match) -> str:
        token = match.group()
        if token.startswith("#"):
            return " " * len(token)
        if token[0] in "?$":
            return token[0] + "x" * (len(token) - 1)
        if token[0] not in "<\"'":  # a prefixed name: its prefix, declared by that name, is kept
            prefix, colon, local = token.partition(":")
            return prefix + colon + "x" * len(local)
        quote = 3 if token[:3] in ('"""', "'''") else 1
        inside = re.sub(r"[^\n]", "x", token[quote:-quote])  # newlines kept: line numbers still hold
        return token[:quote] + inside + token[-quote:]

    return _OPAQUE.sub(fill, text)


def without_service_calls(text: str) -> str:
    """The query with each SERVICE [SILENT] turned into GRAPH, whose grammar is the same.

    Checking a query's syntax means evaluating it on an empty store (pyoxigraph has no parse-only
    call), and Oxigraph calls a SERVICE clause's URL even then: the check must not send requests of
    its own to whatever URL a query names.
    """
    pieces, last = [], 0
    for match in re.finditer(r"(?<![\w:?$-])SERVICE(\s+SILENT)?(?![\w:-])", code_only(text), re.IGNORECASE):
        pieces += [text[last:match.start()], "GRAPH".ljust(match.end() - match.start())]  # columns kept
        last = match.end()
    return "".join(pieces) + text[last:]

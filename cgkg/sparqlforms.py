"""Recognising the form of a SPARQL request without a full parser."""

from __future__ import annotations

import re

from .errors import QueryError
from .prefixes import is_valid_iri

_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*#[^\n]*$", re.MULTILINE)
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; updates and anything else raise QueryError."""
    body = _PROLOGUE.sub("", _COMMENT.sub("", text), count=1)
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
    for match in re.finditer(r"\bWHERE\s*\{", text, re.IGNORECASE):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start:match.start()].lstrip().startswith("#"):
            continue
        pieces += [text[last:match.end()], block]
        last = match.end()
    if not pieces:
        raise QueryError("cannot bind parameters: the query has no WHERE { … } group")
    return "".join(pieces) + text[last:]

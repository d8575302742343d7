"""RDF terms as plain values, the same whichever engine answered (embedded or a remote endpoint)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_DECIMALS = {XSD + t for t in ("decimal", "double", "float")}
_PLAIN = (None, XSD + "string")


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term in the shape of the SPARQL 1.1 JSON results format."""

    kind: str  # "uri", "literal" or "bnode"
    value: str
    datatype: str | None = None
    lang: str | None = None

    @classmethod
    def iri(cls, value: str) -> "Term":
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, lang: str | None = None) -> "Term":
        if lang:
            return cls("literal", value, None, lang.lower())
        # Plain literals are xsd:string in RDF 1.1; normalise so engines agree.
        return cls("literal", value, None if datatype in _PLAIN else datatype, None)

    def to_python(self):
        """A JSON-friendly value: numbers as numbers, a blank node as _:label (as SPARQL's CSV and TSV
        results write it, so it cannot be taken for a literal), everything else as its lexical form or IRI."""
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "literal" and self.datatype:
            try:
                if self.datatype in _INTEGERS:
                    return int(self.value)
                if self.datatype in _DECIMALS:
                    number = Decimal(self.value)
                    if not number.is_finite():
                        return self.value  # NaN, INF and -INF: JSON has no number for them
                    return int(number) if number == number.to_integral_value() and "." not in self.value else float(number)
                if self.datatype == XSD + "boolean":
                    return self.value in ("true", "1")
            except (ValueError, ArithmeticError):  # an ill-typed literal ("abc"^^xsd:decimal) keeps its form
                return self.value
        return self.value

    def n3(self) -> str:
        """The term in SPARQL/Turtle syntax, escaped, for a VALUES block or N-Triples."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = (
            self.value.replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        )
        if self.lang:
            return f'"{text}"@{self.lang}'
        if self.datatype:
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'

"""The prefixes cgkg data and queries use, for compacting and expanding IRIs, and the checks a user's IRI, URL or text must pass."""

import re

from .errors import ParameterError

BASE = "https://w3id.org/cgkg/"
ID = BASE + "id/"

PREFIXES = {
    "cgkg": BASE + "ontology#",
    "clu": ID + "cluster/",
    "ag": ID + "agent/",
    "pl": ID + "place/",
    "ev": ID + "event/",
    "ins": ID + "instrument/",
    "brand": ID + "brand/",
    "rel": ID + "relation/",
    "fig": ID + "figure/",
    "psg": ID + "passage/",
    "src": ID + "source/",
    "rec": ID + "recommendation/",
    "sector": ID + "sector/",
    "mode": ID + "mode/",
    "gvc": ID + "gvc/",
    "problem": ID + "problem/",
    "function": ID + "function/",
    "means": ID + "means/",
    "measure": ID + "measure/",
    "bound": ID + "bound/",
    "role": ID + "role/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "sh": "http://www.w3.org/ns/shacl#",
    "cgsh": BASE + "shapes#",
}

# Every namespace ends in "/" or "#" (tests/test_ontology.py checks it), and a compact name's local part
# holds neither, so the only namespace an IRI can compact to is the IRI up to its last "/" or "#".
_PREFIX_OF = {namespace: prefix for prefix, namespace in PREFIXES.items()}


def compact(iri: str) -> str:
    """``https://w3id.org/cgkg/id/cluster/x`` -> ``clu:x``; IRIs outside known namespaces stay whole."""
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = _PREFIX_OF.get(iri[:cut])
    if prefix is None or cut == len(iri):
        return iri
    return f"{prefix}:{iri[cut:]}"


# Characters RFC 3987 forbids in an IRI (and that would end an IRI in SPARQL or Turtle).
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def expand(text: str) -> str | None:
    """A compact IRI, ``<IRI>`` or absolute IRI -> the absolute IRI; None when it is not one.

    Text in angle brackets can only be meant as an IRI, so one that is not absolute is an error, not a label.
    """
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        iri = text[1:-1]
        if not _SCHEME.match(iri):
            raise ParameterError(f"{text!r} is not an absolute IRI: one in <…> starts with a scheme, such as "
                                 "<https://w3id.org/cgkg/id/cluster/prato-textiles>")
        if not is_valid_iri(iri):
            raise ParameterError(f"{text!r} is not an IRI: an IRI holds no space and none of the characters <>\"{{}}|^`\\")
    elif text.startswith(("http://", "https://", "urn:")):
        iri = text
    else:
        prefix, sep, local = text.partition(":")
        if not (sep and prefix in PREFIXES):
            return None
        iri = PREFIXES[prefix] + local
    return iri if is_valid_iri(iri) else None


def unknown_prefix(text: str) -> str | None:
    """The prefix of TEXT if it is written like a compact IRI (clu:x) but with a prefix cgkg does not know."""
    match = re.fullmatch(r"([A-Za-z][\w.-]*):[^\s/:]+", text.strip())
    return match[1] if match and match[1] not in PREFIXES else None


def known_prefixes() -> str:
    """The prefixes cgkg declares, as a reader would type them: 'cgkg:, clu:, …'."""
    return ", ".join(prefix + ":" for prefix in PREFIXES)


def is_valid_iri(iri: str) -> bool:
    """False when IRI holds a character that RFC 3987 forbids (and that would end it in SPARQL or Turtle)."""
    return bool(iri) and not _NOT_IN_IRI.search(iri)


def check_http_url(url: str, what: str = "endpoint") -> None:
    """A usage error (exit 2) for a URL that HTTP cannot even be attempted on, before any request."""
    import urllib.parse

    check_utf8(url, f"{what} URL")
    # Schemes are case-insensitive (RFC 3986): HTTP://host/ is an http URL, and urllib reads it as one.
    if not url.lower().startswith(("http://", "https://")):
        raise ParameterError(f"{what} {url!r} is not an http(s) URL")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise ParameterError(f"{what} {url!r} contains a space or control character; percent-encode it")
    # HTTP sends URLs as ASCII, and an IRI may not hold these characters: both must be percent-encoded.
    unsafe = sorted(set(_NOT_IN_IRI.findall(url)) | {ch for ch in url if ord(ch) > 126})
    if unsafe:
        raise ParameterError(f"{what} {url!r} contains {' '.join(unsafe)}; percent-encode it")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError as exc:
        raise ParameterError(f"{what} {url!r} is not a valid URL: {exc}") from None
    if not parts.hostname:
        raise ParameterError(f"{what} {url!r} names no host")


def check_utf8(text: str, what: str) -> None:
    """A usage error for TEXT that is not valid UTF-8, before it reaches a query or a request.

    Python hands on a command-line byte that is not UTF-8 as a lone surrogate (U+DC80..U+DCFF, PEP 383),
    which no query text or HTTP request can encode: it would fail deep inside the engine or SPARQLWrapper,
    naming a position in the generated query instead of the argument.
    """
    try:
        text.encode("utf-8")  # in C: a long query text costs nothing to check
    except UnicodeEncodeError as exc:
        char = text[exc.start]
        byte = f"the byte 0x{ord(char) - 0xDC00:02x}" if "\udc80" <= char <= "\udcff" else "a lone surrogate"
        raise ParameterError(f"{what} is not valid UTF-8: it holds {byte} at character {exc.start + 1}") from None


def check_graph_iri(graph: str | None) -> None:
    """--graph must be an absolute IRI: a bad one is the user's error (exit 2), not the endpoint's."""
    if graph is not None:
        check_utf8(graph, "--graph")
    if graph is not None and not (_SCHEME.fullmatch(graph) and is_valid_iri(graph)):
        raise ParameterError(f"--graph {graph!r} is not an absolute IRI")


# An absolute IRI as SPARQL and N-Triples accept it between < and >.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:.+")


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

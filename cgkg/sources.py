"""The source texts the graph quotes, found through their cgkg:fileName."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from . import paths
from .errors import InputError

_SOURCES_QUERY = """
PREFIX cgkg: <https://w3id.org/cgkg/ontology#>
SELECT ?source ?file WHERE { ?source a cgkg:SourceText ; cgkg:fileName ?file }
"""


def source_files(store: ox.Store) -> dict[str, str]:
    """Source IRI -> file name, as the graph declares them."""
    return {row["source"].value: row["file"].value for row in store.query(_SOURCES_QUERY)}


def read_sources(store: ox.Store, directory: Path | None = None) -> dict[str, str]:
    """Source IRI -> full text (decoded UTF-8, so offsets count code points)."""
    directory = directory or paths.sources_dir()
    if directory is None:
        raise InputError(
            f"cannot find the source texts: set {paths.SOURCES_ENV} to the folder holding them"
        )
    texts = {}
    for iri, name in source_files(store).items():
        path = directory / name
        try:
            # Decode the bytes as they are (read_text would turn \r\n into \n and shift offsets).
            texts[iri] = path.read_bytes().decode("utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot read the source text ({exc.strerror or exc})") from None
    return texts

"""Where the bundled ontology, data, queries and the source texts are."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLE = PACKAGE_DIR / "_bundle"
# An installed wheel carries the folders in cgkg/_bundle; a source checkout has them at the top.
ROOT = _BUNDLE if _BUNDLE.is_dir() else PACKAGE_DIR.parent

ONTOLOGY_DIR = ROOT / "ontology"
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
CHECKS_DIR = QUERIES_DIR / "checks"
SHAPES_FILE = ONTOLOGY_DIR / "cgkg-shapes.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"

SOURCES_ENV = "CGKG_SOURCES_DIR"


def ontology_files() -> list[Path]:
    """The ontology proper: classes, properties, concept schemes and declared imports (no shapes)."""
    return sorted(p for p in ONTOLOGY_DIR.glob("*.ttl") if p != SHAPES_FILE)


def data_files() -> list[Path]:
    return sorted(DATA_DIR.rglob("*.ttl"))


def vocabulary_files() -> list[Path]:
    """The data every other file refers to: the source texts and the sectors. `cgkg validate FILE`
    loads them with FILE so that a standalone file can cite passages and name sectors."""
    return [DATA_DIR / "sources.ttl", DATA_DIR / "sectors.ttl"]


def graph_files() -> list[Path]:
    """Every file of the bundled knowledge graph, ontology first."""
    return ontology_files() + data_files()


def sources_dir() -> Path | None:
    """The folder holding the source texts: $CGKG_SOURCES_DIR, else ``shared/seeds`` beside the checkout."""
    configured = os.environ.get(SOURCES_ENV)
    if configured:
        return Path(configured)
    # A checkout sits beside shared/; an installed wheel is found from the working directory.
    cwd = Path.cwd()
    for base in (ROOT.parent, ROOT.parent.parent, cwd.parent, cwd.parent.parent):
        candidate = base / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None

"""Regenerate the JSON-LD context from the ontology: ``python -m cgkg.export.make_context > ontology/context.jsonld``.

Run it after adding a property to the ontology; a test fails while the shipped context lags behind.
"""

import sys

from .graph import ExportGraph
from .jsonld import derive_context, format_context


def render_context() -> str:
    return '{\n  "@context": ' + format_context(derive_context(ExportGraph.bundled()), indent=2) + "\n}\n"


if __name__ == "__main__":
    sys.stdout.write(render_context())

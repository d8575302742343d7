"""cgkg: the Cluster Governance Knowledge Graph.

The package holds the library (no Click imports outside ``cli``); the knowledge graph itself lives in
the ``ontology/``, ``data/`` and ``queries/`` folders, shipped inside the wheel.

>>> import cgkg
>>> kg = cgkg.open_graph()
>>> rows = kg.run("associations", lang="en", country="pl:italy")
"""

__version__ = "0.1.0"

from .api import Graph, open_graph  # noqa: E402  (re-exported public API)

__all__ = ["Graph", "open_graph", "__version__"]

"""The interactive HTML viewer: an offline pyvis page with search, filters,
a neighbourhood toggle and the evidence of every fact.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("urn:p", type="Person", label="张三")
>>> "张三" in to_html_string(g)
True
"""

from __future__ import annotations

from zhkg.viewer.render import EDGE_LABEL_MAX, PHYSICS_MAX_NODES, render_html, to_html_string
from zhkg.viewer.select import cap, find_nodes, subgraph

__all__ = [
    "EDGE_LABEL_MAX",
    "PHYSICS_MAX_NODES",
    "cap",
    "find_nodes",
    "render_html",
    "subgraph",
    "to_html_string",
]

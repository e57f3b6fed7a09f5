"""Shared fixtures: where the annotated corpus is, and markers for tests that need it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ZHKG_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "dev"
FOUNDING = CORPUS / "000_7932ba9587a02844.txt"
CLUENER_DEV = SHARED / "data" / "cluener" / "dev.jsonl"

requires_corpus = pytest.mark.skipif(not FOUNDING.exists(), reason=f"annotated corpus not found at {CORPUS}")


VIEWER_GRAPH = ROOT / "tests" / "data" / "viewer" / "qingxi_graph.json"


def load_viewer_graph(path: Path = VIEWER_GRAPH):
    """The small invented Chinese graph the viewer tests draw (node-link JSON)."""
    import json

    import networkx as nx

    doc = json.loads(path.read_text(encoding="utf-8"))
    g = nx.MultiDiGraph()
    for n in doc["nodes"]:
        g.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for e in doc["edges"]:
        g.add_edge(e["source"], e["target"], key=e["predicate"], predicate=e["predicate"],
                   title=e["title"], evidence=e["evidence"])
    return g


def rdf_fixtures(name: str = "zhkg_test_rdf_fixtures"):
    """The hand-made articles of tests/data/rdf/fixtures.py, as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "data" / "rdf" / "fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def examples_kg():
    """The knowledge graph of the bundled example articles, built once (read it, do not change it)."""
    from importlib import resources

    import zhkg

    return zhkg.build([str(resources.files("zhkg") / "examples")])

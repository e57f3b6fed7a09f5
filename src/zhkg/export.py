"""Export the graph for other tools: GraphML, GEXF (Gephi), node-link JSON,
CSV of nodes and edges; and show the viewer inline in a notebook.

GraphML and GEXF hold only scalar attributes, so :func:`flat_graph` turns
the graph's lists and dicts (``aliases``, ``articles``, ``posts``,
``evidence``) into JSON strings, drops missing values, and adds
``evidence_count`` to every edge (and ``label``, the predicate or the post
title, which Gephi shows on the edge).  Node-link JSON keeps the graph as it
is.  Every file is written to a temporary file first and then renamed.

>>> import json, tempfile, pathlib
>>> from zhkg.analysis import toy_graph
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in export(toy_graph(), out / "toy.gexf")]
['toy.gexf']
>>> [p.name for p in export(toy_graph(), out / "csv", "csv")]
['nodes.csv', 'edges.csv']
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from zhkg.analysis import as_graph
from zhkg.errors import MissingDependency, ZhkgError
from zhkg.fsutil import atomic_path

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.kg import KnowledgeGraph

__all__ = [
    "EDGE_COLUMNS",
    "FORMATS",
    "NODE_COLUMNS",
    "export",
    "flat_graph",
    "flatten_attrs",
    "notebook_view",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_node_link",
    "xml_safe",
]

#: Export formats and the file suffix each is guessed from (csv writes a folder).
FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "csv": None}
#: The first columns of nodes.csv (other node attributes follow, sorted).
NODE_COLUMNS = ("id", "type", "label", "aliases", "articles", "posts", "parent", "member_count",
                "date", "kind", "venue")
#: The columns of edges.csv.
EDGE_COLUMNS = ("source", "target", "key", "predicate", "title", "source_label", "source_type",
                "target_label", "target_type", "evidence_count", "articles", "evidence")

#: Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold.

    >>> xml_safe("甲\\x00校\\x07")
    '甲校'
    """
    return _NOT_XML.sub("", text)


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict, set)):
        if isinstance(value, set):
            value = sorted(value)
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def flatten_attrs(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with None values dropped and lists/dicts as JSON strings.

    >>> flatten_attrs({"label": "甲校", "aliases": ["甲"], "parent": None})
    {'label': '甲校', 'aliases': '["甲"]'}
    """
    return {k: _scalar(v) for k, v in data.items() if v is not None}


def flat_graph(source: KnowledgeGraph | nx.MultiDiGraph, *, xml: bool = False) -> nx.MultiDiGraph:
    """A copy of the graph with scalar attributes only (see the module notes);
    with ``xml=True`` every string (ids and keys too) is passed through
    :func:`xml_safe`.

    >>> from zhkg.analysis import toy_graph
    >>> h = flat_graph(toy_graph())
    >>> h.nodes["urn:toy:p1"]["posts"]
    '[{"org": "云川职业技术学院", "title": "院长"}, {"org": "云川职教联盟", "title": "理事长"}]'
    >>> d = h.edges["urn:toy:p1", "urn:toy:u1", "holdsPosition:院长"]
    >>> d["label"], d["evidence_count"]
    ('院长', 1)
    """
    g = as_graph(source)

    def clean(value: Any) -> Any:
        return xml_safe(value) if xml and isinstance(value, str) else value

    def attrs_of(data: dict[str, Any]) -> dict[str, Any]:
        return {clean(k): clean(v) for k, v in flatten_attrs(data).items()}

    h = nx.MultiDiGraph()
    h.graph.update(attrs_of(dict(g.graph)))
    for n, d in g.nodes(data=True):
        h.add_node(clean(n), **attrs_of(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = attrs_of(d)
        attrs["evidence_count"] = len(d.get("evidence") or ())
        attrs["label"] = clean(d.get("title") or d.get("predicate") or str(k))
        h.add_edge(clean(u), clean(v), key=clean(k), **attrs)
    return h


def _atomic(target: Path, write: Callable[[Path], None]) -> Path:
    return atomic_path(target, write)


def write_graphml(source: KnowledgeGraph | nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write GraphML (read back with ``networkx.read_graphml``; yEd, Gephi, Cytoscape)."""
    h = flat_graph(source, xml=True)
    return _atomic(Path(path), lambda p: nx.write_graphml(h, p, encoding="utf-8"))


def write_gexf(source: KnowledgeGraph | nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write GEXF 1.2 for Gephi (node and edge labels set, other attributes as columns)."""
    h = flat_graph(source, xml=True)
    return _atomic(Path(path), lambda p: nx.write_gexf(h, p, encoding="utf-8"))


def write_node_link(source: KnowledgeGraph | nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write node-link JSON (``networkx.node_link_graph(data, edges="edges")``
    reads it back; d3 and most JavaScript graph libraries take it), lists and
    evidence kept as JSON."""
    g = as_graph(source)
    data = nx.node_link_data(g, edges="edges")
    text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
    return _atomic(Path(path), lambda p: p.write_text(text + "\n", encoding="utf-8"))


def _csv_text(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if r.get(k) is None else _scalar(r[k]) for k in columns})
    return buf.getvalue()


def write_csv(source: KnowledgeGraph | nx.MultiDiGraph, folder: str | os.PathLike[str]) -> list[Path]:
    """Write ``nodes.csv`` (:data:`NODE_COLUMNS` then any other attribute) and
    ``edges.csv`` (:data:`EDGE_COLUMNS`, one row per edge) into ``folder``.

    UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese
    right; lists and dicts are JSON, missing values empty.
    """
    g = as_graph(source)
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise ZhkgError(f"CSV export writes nodes.csv and edges.csv into a folder; {str(out)!r} is a file")
    extra = sorted({k for _, d in g.nodes(data=True) for k in d} - set(NODE_COLUMNS))
    node_cols = list(NODE_COLUMNS) + extra
    nodes = [{"id": n, **d} for n, d in g.nodes(data=True)]
    edges = []
    for u, v, k, d in g.edges(keys=True, data=True):
        ev = d.get("evidence") or []
        edges.append({
            "source": u, "target": v, "key": k, "predicate": d.get("predicate"), "title": d.get("title"),
            "source_label": g.nodes[u].get("label"), "source_type": g.nodes[u].get("type"),
            "target_label": g.nodes[v].get("label"), "target_type": g.nodes[v].get("type"),
            "evidence_count": len(ev),
            "articles": list(dict.fromkeys(e.get("article") for e in ev if e.get("article"))),
            "evidence": ev,
        })
    written = []
    for name, cols, rows in (("nodes.csv", node_cols, nodes), ("edges.csv", list(EDGE_COLUMNS), edges)):
        text = _csv_text(cols, rows)
        written.append(_atomic(out / name, lambda p, t=text: p.write_text(t, encoding="utf-8-sig")))
    return written


_WRITERS: dict[str, Callable[[Any, Path], Any]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_node_link,
    "csv": write_csv,
}


def export(
    source: KnowledgeGraph | nx.MultiDiGraph, path: str | os.PathLike[str], format: str | None = None
) -> list[Path]:
    """Write the graph to ``path`` in ``format`` (``graphml``, ``gexf``,
    ``json`` for node-link JSON, or ``csv`` for a folder with nodes.csv and
    edges.csv; ``node-link`` is accepted for ``json``).  Without ``format``
    it is guessed from the suffix (.graphml, .gexf, .json).  Returns the
    files written.

    >>> import tempfile, pathlib
    >>> from zhkg.analysis import toy_graph
    >>> export(toy_graph(), pathlib.Path(tempfile.mkdtemp()) / "g.txt")
    Traceback (most recent call last):
    ...
    zhkg.errors.ZhkgError: cannot tell the export format of 'g.txt' from its suffix; pass one of graphml, gexf, json, csv
    """
    target = Path(path)
    fmt = (format or "").strip().lower().replace("_", "-")
    fmt = {"node-link": "json", "nodelink": "json", "xml": "graphml"}.get(fmt, fmt)
    if not fmt:
        by_suffix = {s: f for f, s in FORMATS.items() if s}
        fmt = by_suffix.get(target.suffix.lower(), "")
        if not fmt:
            raise ZhkgError(f"cannot tell the export format of {target.name!r} from its suffix; "
                            f"pass one of {', '.join(FORMATS)}")
    if fmt not in _WRITERS:
        raise ZhkgError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    try:
        result = _WRITERS[fmt](source, target)
    except OSError as e:
        raise ZhkgError(f"cannot write {str(target)!r}: {e}") from e
    return list(result) if isinstance(result, list) else [result]


# --------------------------------------------------------------------------- notebooks


def notebook_view(
    source: KnowledgeGraph | nx.MultiDiGraph,
    *,
    path: str | os.PathLike[str] | None = None,
    height: int = 650,
    **options: Any,
) -> Any:
    """The interactive viewer as a notebook output.

    Without ``path``: an ``IPython.display.HTML`` holding the self-contained
    page in an ``<iframe srcdoc>`` (works in Jupyter, JupyterLab and VS Code,
    where pyvis's own notebook output stays blank; the page, about 1 MB with
    its scripts, is stored in the notebook when saved with outputs).  With
    ``path``: the page is written there and an ``IPython.display.IFrame`` of
    it is returned (give a path relative to the notebook, small notebooks).
    ``options`` go to :func:`zhkg.viewer.render_html` (``focus``, ``hops``,
    ``types``, ``relations``, ``max_nodes``, ``title``, ``physics``).

    >>> from zhkg.analysis import toy_graph
    >>> view = notebook_view(toy_graph(), focus="宋知行")
    >>> "<iframe srcdoc=" in view.data and "宋知行" in view.data
    True
    """
    try:
        from IPython.display import HTML, IFrame
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise MissingDependency("ipython", "notebook") from e
    from zhkg.viewer import render_html, to_html_string

    g = as_graph(source)
    if path is not None:
        out = render_html(g, path, **options)
        return IFrame(src=os.fspath(path), width="100%", height=height, extras=[f'title="{out.name}"'])
    page = to_html_string(g, **options)
    return HTML(  # in a div: IPython warns about bare iframes
        f'<div class="zhkg-view"><iframe srcdoc="{html.escape(page, quote=True)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;" '
        f'title="zhkg graph"></iframe></div>'
    )

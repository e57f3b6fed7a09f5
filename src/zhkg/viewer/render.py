"""Render a zhkg graph as one self-contained, offline HTML page with pyvis.

pyvis builds the page (a :class:`pyvis.network.Network` filled with nodes and
edges, rendered by its ``generate_html``) through our own Jinja template in
``static/viewer.html``, with autoescape on.  What pyvis does not do safely or
offline is avoided:

* ``Network.from_nx`` and ``add_node``/``add_edge`` are quadratic (a list
  membership test per call): nodes and edges are appended to the network's
  lists directly, once each;
* pyvis's own templates link bootstrap and vis-network from CDNs, insert
  ``heading`` unescaped and, when a title contains "href", set ``innerHTML``
  from it: our template inlines vis-network's JS and CSS, references nothing
  outside the file, and titles are plain text (vis-network shows them with
  ``innerText``); the panel script writes graph text with ``textContent`` only.

Big graphs get positions computed in Python (:mod:`zhkg.viewer.layout`) and
physics off, so the page is usable at once.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from zhkg.fsutil import atomic_write
from zhkg.viewer.layout import layout
from zhkg.viewer.select import cap, subgraph

__all__ = ["EDGE_LABEL_MAX", "PHYSICS_MAX_NODES", "build_network", "render_html", "to_html_string"]

#: Above this many nodes, physics is off and the Python layout is final.
PHYSICS_MAX_NODES = 200
#: Above this many edges, edges carry no drawn label (hover/click still tell).
EDGE_LABEL_MAX = 3000

_FONT = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif'
)
_GLYPHS = {
    "dot": "●", "square": "■", "hexagon": "⬢", "star": "★", "triangle": "▲",
    "diamond": "◆", "triangleDown": "▼", "box": "■", "ellipse": "⬬",
}


def _static() -> Path:
    return Path(str(resources.files("zhkg.viewer") / "static"))


@lru_cache(maxsize=1)
def _style() -> dict[str, Any]:
    return json.loads((_static() / "style.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _assets() -> dict[str, Markup]:
    """vis-network (shipped inside pyvis) and our script/style, to inline."""
    import pyvis

    vis = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    files = {
        "vis_js": vis / "vis-network.min.js",
        "vis_css": vis / "vis-network.css",
        "viewer_js": _static() / "viewer.js",
        "viewer_css": _static() / "viewer.css",
    }
    out = {}
    for key, path in files.items():
        text = path.read_text(encoding="utf-8")
        if "</script" in text.lower() or "</style" in text.lower():  # would end the element early
            raise RuntimeError(f"{path} cannot be inlined: it contains a closing tag")
        out[key] = Markup(text)
    return out


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(_static())), autoescape=True)
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def _type_style(t: str) -> dict[str, str]:
    st = _style()
    return st["types"].get(t, st["default_type"])


def _rel_style(r: str) -> dict[str, str]:
    st = _style()
    return st["relations"].get(r, st["default_relation"])


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _node_info(d: dict[str, Any]) -> list[list[str]]:
    """The facts shown on hover and in the panel: [label, value] rows."""
    rows: list[list[str]] = []
    t = d.get("type")
    posts = [p for p in d.get("posts") or () if isinstance(p, dict)]
    if posts:
        rows.append(["职务", "；".join(
            "".join(x for x in (_text(p.get("org")), _text(p.get("title"))) if x) for p in posts
        )])
    if d.get("parent"):
        rows.append(["上级单位", _text(d["parent"])])
    if d.get("date"):
        rows.append(["日期", _text(d["date"])])
    if d.get("venue"):
        rows.append(["地点", _text(d["venue"])])
    if d.get("kind"):
        rows.append(["类别", _text(d["kind"])])
    if d.get("member_count") not in (None, ""):
        rows.append(["成员数", _text(d["member_count"])])
    aliases = [_text(a) for a in d.get("aliases") or () if a]
    if aliases:
        rows.append(["简称" if t in ("Organization", "Community") else "别名", "、".join(aliases)])
    arts = d.get("articles") or ()
    if arts:
        rows.append(["文章", f"{len(arts)} 篇"])
    return rows


def _label(node: str, d: dict[str, Any]) -> str:
    label = _text(d.get("label")).strip()
    return label or node.rsplit("/", 1)[-1].rsplit("#", 1)[-1] or node


def _compact_evidence(ev: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = {"i": "article", "a": "article_title", "d": "published", "u": "url",
            "s": "sentence", "r": "rule", "c": "confidence"}
    out = []
    for e in ev or ():
        if not isinstance(e, dict):
            continue
        item = {}
        for short, long in keys.items():
            v = e.get(long)
            if v is None or v == "":
                continue
            item[short] = v if short == "c" and isinstance(v, (int, float)) else _text(v)
        out.append(item)
    return out


def _short(s: str, n: int = 120) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def build_network(
    g: nx.MultiDiGraph, *, physics: bool | None = None, note: str = "", title: str | None = None
) -> Network:
    """A pyvis Network for ``g`` (already cut to size), ready for ``generate_html``.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("urn:p", type="Person", label="张三")
    >>> build_network(g).num_nodes()
    1
    """
    n = g.number_of_nodes()
    m = g.number_of_edges()
    physics_on = n <= PHYSICS_MAX_NODES if physics is None else bool(physics)
    edge_labels = m <= EDGE_LABEL_MAX
    pos = layout(g)
    deg = dict(g.degree())

    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote", heading="")
    labels: dict[str, str] = {}
    type_count: Counter[str] = Counter()
    for node, d in g.nodes(data=True):
        t = _text(d.get("type")) or "?"
        type_count[t] += 1
        st = _type_style(t)
        label = labels[node] = _label(node, d)
        info = _node_info(d)
        hover = "\n".join([f"{label}（{st['zh']}）"] + [f"{k}：{v}" for k, v in info])
        x, y = pos[node]
        item = {
            "id": node, "label": label, "shape": st["shape"], "color": st["color"],
            "size": round(min(48.0, 12.0 + 5.0 * math.sqrt(deg[node])), 1),
            "title": hover, "x": x, "y": y, "t": t, "info": info,
            "al": [_text(a) for a in d.get("aliases") or () if a],
        }
        net.nodes.append(item)  # pyvis keeps these three in step (see add_node)
        net.node_ids.append(node)
        net.node_map[node] = item

    rel_count: Counter[str] = Counter()
    articles: dict[str, tuple[str, str]] = {}
    pair_seen: Counter[frozenset] = Counter()
    pair_total = Counter(frozenset((u, v)) for u, v in g.edges())
    for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        rel = _text(d.get("predicate") or k)
        rel_count[rel] += 1
        rst = _rel_style(rel)
        post = _text(d.get("title")).strip()
        ev = _compact_evidence(d.get("evidence"))
        for e in ev:
            if "i" in e:
                articles.setdefault(e["i"], (e.get("a", e["i"]), _text(e.get("d"))[:10]))
        text = f"{labels[u]} —{rst['zh']}{'：' + post if post else ''}→ {labels[v]}"
        if ev:
            text += "\n" + _short(_text(ev[0].get("s")))
            if len(ev) > 1:
                text += f"\n（共 {len(ev)} 条证据，点击查看）"
        item = {
            "id": f"e{i}", "from": u, "to": v, "rel": rel, "color": rst["color"],
            "title": text, "ev": ev,
        }
        if post:
            item["pt"] = post
        pair = frozenset((u, v))
        if pair_total[pair] > 1:  # bend parallel edges apart so each can be seen and clicked
            j = pair_seen[pair]
            pair_seen[pair] += 1
            item["smooth"] = {"enabled": True, "type": "curvedCW" if j % 2 == 0 else "curvedCCW",
                              "roundness": 0.15 + 0.15 * (j // 2)}
        if edge_labels:
            item["label"] = rst["zh"] + ("：" + post if post else "")
        net.edges.append(item)

    net.options = _options(physics_on, big=n > PHYSICS_MAX_NODES)
    st = _style()
    known = list(st["types"]) + sorted(set(type_count) - set(st["types"]))
    legend = [
        {"type": t, "zh": _type_style(t)["zh"] if t in st["types"] else t,
         "color": _type_style(t)["color"], "glyph": _GLYPHS.get(_type_style(t)["shape"], "●"),
         "count": type_count[t]}
        for t in known if type_count[t]
    ]
    known_rel = list(st["relations"]) + sorted(set(rel_count) - set(st["relations"]))
    relation_list = [
        {"predicate": r, "zh": _rel_style(r)["zh"] if r in st["relations"] else r,
         "color": _rel_style(r)["color"], "count": rel_count[r]}
        for r in known_rel if rel_count[r]
    ]
    notes = [note] if note else []
    if not edge_labels:
        notes.append(f"关系较多（{m} 条），图上不写关系名；悬停或点击关系可见。")
    meta = {
        "types": st["types"], "default_type": st["default_type"],
        "relations": st["relations"], "default_relation": st["default_relation"],
        "physics": physics_on,
        "articles": [[k, a, dt] for k, (a, dt) in sorted(articles.items(), key=lambda x: (x[1][1], x[1][0]))],
        "focus": [f for f in g.graph.get("focus") or () if f in g],
    }
    env = _environment()
    env.globals.update(
        _assets(), meta=meta, legend=legend, relation_list=relation_list,
        note=" ".join(notes), page_title=title or "zhkg 知识图谱",
    )
    net.templateEnv = env
    net.path = "viewer.html"
    return net


def _options(physics_on: bool, *, big: bool) -> dict[str, Any]:
    font = {"face": _FONT, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}
    physics: dict[str, Any] = {"enabled": physics_on}
    if physics_on:
        physics.update(
            solver="barnesHut",
            barnesHut={"gravitationalConstant": -6000, "springLength": 130,
                       "springConstant": 0.03, "damping": 0.3, "avoidOverlap": 0.3},
            stabilization={"enabled": True, "iterations": 300, "updateInterval": 50, "fit": True},
        )
    return {
        "autoResize": True,
        "nodes": {"font": font, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": True, "type": "continuous"} if physics_on else False,
            "font": {"face": _FONT, "size": 11, "align": "middle", "strokeWidth": 3,
                     "color": "#444444"},
            "width": 1.2,
            "selectionWidth": 2,
        },
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False},
        "physics": physics,
    }


def to_html_string(g: nx.MultiDiGraph, **kwargs: Any) -> str:
    """The page :func:`render_html` would write, as a string (same arguments)."""
    net = _prepare(g, **kwargs)
    return net.generate_html(name="graph.html")


def _prepare(
    g: nx.MultiDiGraph,
    *,
    title: str | None = None,
    focus: str | None = None,
    hops: int = 1,
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    max_nodes: int = 5000,
    physics: bool | None = None,
) -> Network:
    part = g
    if focus is not None or types is not None or relations is not None:
        part = subgraph(g, focus=focus, hops=hops, types=types, relations=relations)
    kept = cap(part, max_nodes)
    note = ""
    if kept.capped:
        h = kept.graph
        left = "、".join(
            f"{_type_style(t)['zh'] if t in _style()['types'] else t} {c}"
            for t, c in sorted(kept.dropped_by_type.items(), key=lambda x: -x[1])
        )
        note = (
            f"图太大，只画出 {h.number_of_nodes()} / {kept.total_nodes} 个节点、"
            f"{h.number_of_edges()} / {kept.total_edges} 条关系（保留连接最多的节点；"
            f"未画出：{left}）。用 zhkg view --focus 名称 --hops N 或按类型、关系筛选查看其余部分。"
        )
    return build_network(kept.graph, physics=physics, note=note, title=title)


def render_html(
    g: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    focus: str | None = None,
    hops: int = 1,
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    max_nodes: int = 5000,
    physics: bool | None = None,
) -> Path:
    """Write an offline, self-contained HTML view of ``g`` (or the part asked for).

    ``focus``/``hops``/``types``/``relations`` select a subgraph (see
    :func:`zhkg.viewer.subgraph`); at most ``max_nodes`` nodes are drawn, and
    the page says what was left out.  ``physics=None`` turns the simulation on
    only for graphs of up to :data:`PHYSICS_MAX_NODES` nodes.  The file is
    written atomically.  Returns its path.

    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("urn:p", type="Person", label="张三")
    >>> out = render_html(g, pathlib.Path(tempfile.mkdtemp()) / "g.html")
    >>> "张三" in out.read_text(encoding="utf-8")
    True
    """
    html = to_html_string(
        g, title=title, focus=focus, hops=hops, types=types, relations=relations,
        max_nodes=max_nodes, physics=physics,
    )
    return atomic_write(Path(path), html)

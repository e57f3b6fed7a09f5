"""Node positions computed in Python, so a big graph is drawn at once with
physics off instead of being simulated in the browser.

Each connected component gets a force-directed (Fruchterman-Reingold) layout:
exact repulsion for small components, repulsion from grid-cell centroids for
big ones (linear in the node count per step), then the components are packed
in rows, biggest first.  numpy makes this fast; without it, components are
laid out on a spiral in breadth-first order (neighbours stay close).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import networkx as nx

__all__ = ["SPACING", "layout"]

#: Pixels per unit of the ideal edge length.
SPACING = 110.0
#: Largest component given exact O(n^2) repulsion.
_DENSE_MAX = 500

try:  # numpy is optional: it only makes the layout better and faster
    import numpy as np
except ImportError:  # pragma: no cover - exercised when numpy is absent
    np = None  # type: ignore[assignment]


def layout(g: nx.Graph, *, seed: int = 0) -> dict[Hashable, tuple[float, float]]:
    """Positions in pixels for every node of ``g`` (deterministic for a seed).

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
    True
    """
    index = {n: i for i, n in enumerate(g.nodes)}
    adj: list[list[int]] = [[] for _ in index]
    for u, v in g.edges():
        if u != v:
            adj[index[u]].append(index[v])
            adj[index[v]].append(index[u])
    comps = _components(adj)
    placed: list[tuple[list[int], list[tuple[float, float]]]] = []
    for comp in comps:
        order = _bfs_order(comp, adj)
        placed.append((order, _layout_component(order, adj, seed)))
    coords = _pack(placed, len(index))
    names = list(index)
    return {names[i]: (round(x * SPACING, 1), round(y * SPACING, 1)) for i, (x, y) in coords.items()}


def _components(adj: list[list[int]]) -> list[list[int]]:
    seen = [False] * len(adj)
    comps = []
    for s in range(len(adj)):
        if seen[s]:
            continue
        seen[s] = True
        stack, comp = [s], []
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    stack.append(y)
        comps.append(comp)
    comps.sort(key=len, reverse=True)
    return comps


def _bfs_order(comp: list[int], adj: list[list[int]]) -> list[int]:
    """Breadth-first order from the best-connected node of the component."""
    start = max(comp, key=lambda x: (len(adj[x]), -x))
    order, seen, i = [start], {start}, 0
    while i < len(order):
        for y in adj[order[i]]:
            if y not in seen:
                seen.add(y)
                order.append(y)
        i += 1
    return order


def _spiral(n: int) -> list[tuple[float, float]]:
    """Points on a golden-angle spiral, about one unit apart."""
    golden = math.pi * (3 - math.sqrt(5))
    return [
        (0.6 * math.sqrt(i) * math.cos(i * golden), 0.6 * math.sqrt(i) * math.sin(i * golden))
        for i in range(n)
    ]


def _layout_component(
    order: list[int], adj: list[list[int]], seed: int
) -> list[tuple[float, float]]:
    n = len(order)
    start = _spiral(n)
    if n < 3 or np is None:
        return start
    local = {x: i for i, x in enumerate(order)}
    pairs = [(local[x], local[y]) for x in order for y in adj[x] if local[x] < local[y]]
    src = np.fromiter((a for a, _ in pairs), dtype=np.int64, count=len(pairs))
    dst = np.fromiter((b for _, b in pairs), dtype=np.int64, count=len(pairs))
    pos = np.array(start, dtype=np.float64)
    rng = np.random.default_rng(seed)
    pos += rng.uniform(-0.05, 0.05, pos.shape)
    iters = 80 if n <= _DENSE_MAX else 45
    temp = max(1.0, math.sqrt(n) * 0.15)
    cool = (0.05 / temp) ** (1.0 / iters)
    for _ in range(iters):
        disp = _repulsion(pos) if n <= _DENSE_MAX else _grid_repulsion(pos)
        d = pos[dst] - pos[src]
        dist = np.sqrt((d * d).sum(1)) + 1e-9
        f = d * dist[:, None]  # attraction d^2/k along the edge, k = 1
        for axis in (0, 1):
            disp[:, axis] += np.bincount(src, f[:, axis], minlength=n)
            disp[:, axis] -= np.bincount(dst, f[:, axis], minlength=n)
        disp -= pos * 0.01  # a little gravity keeps loose leaves in
        length = np.sqrt((disp * disp).sum(1)) + 1e-9
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp *= cool
    pos -= pos.mean(0)
    # scale so that a typical edge is about one unit long, whatever the size
    lengths = np.sqrt(((pos[dst] - pos[src]) ** 2).sum(1))
    typical = float(np.median(lengths)) if len(lengths) else 1.0
    if typical > 1e-6:
        pos *= 1.2 / typical
    return [(float(x), float(y)) for x, y in pos]


def _repulsion(pos: np.ndarray) -> np.ndarray:
    delta = pos[:, None, :] - pos[None, :, :]
    d2 = (delta * delta).sum(-1) + 1e-4
    return (delta / d2[..., None]).sum(1)


def _grid_repulsion(pos: np.ndarray, cells: int = 24, block: int = 4096) -> np.ndarray:
    """Repulsion from the mass centres of a grid of cells (softened nearby)."""
    lo = pos.min(0)
    span = max(float((pos.max(0) - lo).max()), 1e-6)
    size = span / cells
    ij = np.minimum(((pos - lo) / size).astype(np.int64), cells - 1)
    cell = ij[:, 0] * cells + ij[:, 1]
    mass = np.bincount(cell, minlength=cells * cells).astype(np.float64)
    full = mass > 0
    m = mass[full]
    cx = np.bincount(cell, pos[:, 0], minlength=cells * cells)[full] / m
    cy = np.bincount(cell, pos[:, 1], minlength=cells * cells)[full] / m
    soft = (0.5 * size) ** 2 + 1e-4
    out = np.empty_like(pos)
    for s in range(0, len(pos), block):
        p = pos[s : s + block]
        dx = p[:, 0:1] - cx[None, :]
        dy = p[:, 1:2] - cy[None, :]
        w = m[None, :] / (dx * dx + dy * dy + soft)
        out[s : s + block, 0] = (dx * w).sum(1)
        out[s : s + block, 1] = (dy * w).sum(1)
    return out


def _pack(
    placed: Sequence[tuple[list[int], list[tuple[float, float]]]], total: int
) -> dict[int, tuple[float, float]]:
    """Shelf-pack component layouts, biggest first, in rows of a square-ish page."""
    width = max(4.0, math.sqrt(total) * 2.2)
    coords: dict[int, tuple[float, float]] = {}
    x = y = row_h = 0.0
    gap = 1.5
    for order, pts in placed:
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        ox, oy = x - min(xs), y - min(ys)
        for node, (px, py) in zip(order, pts):
            coords[node] = (px + ox, py + oy)
        x += w + gap
        row_h = max(row_h, h)
    if coords:  # centre the page on the origin
        mx = sum(c[0] for c in coords.values()) / len(coords)
        my = sum(c[1] for c in coords.values()) / len(coords)
        coords = {k: (a - mx, b - my) for k, (a, b) in coords.items()}
    return coords

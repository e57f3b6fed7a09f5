"""Loading a built graph back from disk for querying and viewing.

>>> from pathlib import Path
>>> load_graph(Path("no/such/dir"))
Traceback (most recent call last):
...
zhkg.errors.StoreError: no/such/dir: no such file or folder
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from zhkg.errors import StoreError

__all__ = ["load_graph"]

_FORMATS = {".trig": "trig", ".ttl": "turtle", ".jsonld": "json-ld", ".nq": "nquads", ".nt": "nt"}


def load_graph(path: str | Path) -> Dataset:
    """A Dataset (``default_union=True``) read from an output folder (its
    graph.trig) or from one .trig, .ttl, .jsonld, .nq or .nt file."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.trig"
    if not p.exists():
        raise StoreError(f"{path}: no such file or folder")
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise StoreError(f"{p}: unknown graph format (use .trig, .ttl, .jsonld, .nq or .nt)")
    ds = Dataset(default_union=True)
    try:
        if fmt in ("turtle", "nt"):
            ds.default_graph.parse(p, format=fmt)
        else:
            ds.parse(p, format=fmt)
    except Exception as e:
        raise StoreError(f"{p}: cannot parse as {fmt}: {e}") from e
    return ds

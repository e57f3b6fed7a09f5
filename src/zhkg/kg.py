"""The built knowledge graph: articles, failures, the networkx graph, the RDF
Dataset, SPARQL, the HTML view and the output files.

Cheap to import: networkx, the viewer and the RDF layer are imported only
when first used.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zhkg.errors import ZhkgError
from zhkg.model import Article, Failure
from zhkg.resolve import DEFAULT_BASE_IRI, Overrides, Resolved, resolve

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    from rdflib import Dataset
    from rdflib.query import Result

__all__ = ["OUTPUT_FILES", "KnowledgeGraph"]

#: The files :meth:`KnowledgeGraph.write` produces, by format name.
OUTPUT_FILES = {"turtle": "graph.ttl", "jsonld": "graph.jsonld", "trig": "graph.trig"}


class KnowledgeGraph:
    """A knowledge graph built from extracted articles.

    >>> from zhkg.model import Article, Entity
    >>> kg = KnowledgeGraph.from_articles([Article(path="a.txt", text="",
    ...     entities=[Entity("Person", "张三")])])
    >>> kg.summary()["entities"]
    {'Person': 1}
    """

    def __init__(self, resolved: Resolved, failures: Iterable[Failure] = ()) -> None:
        self.resolved = resolved
        self.failures: list[Failure] = list(failures)
        self._nx: nx.MultiDiGraph | None = None
        self._rdf: Dataset | None = None

    @classmethod
    def from_articles(
        cls,
        articles: Sequence[Article],
        failures: Iterable[Failure] = (),
        base_iri: str = DEFAULT_BASE_IRI,
        overrides: Overrides | str | Path | None = None,
    ) -> KnowledgeGraph:
        """Resolve ``articles`` (entities merged across articles, IRIs under
        ``base_iri``, a user override file or object applied) into a graph."""
        return cls(resolve(list(articles), base_iri=base_iri, overrides=overrides), failures)

    @property
    def articles(self) -> list[Article]:
        """The articles read."""
        return self.resolved.articles

    @property
    def nx(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph (built on first use); see :mod:`zhkg.graph`."""
        if self._nx is None:
            from zhkg.graph import to_networkx

            self._nx = to_networkx(self.resolved)
        return self._nx

    @property
    def rdf(self) -> Dataset:
        """The rdflib Dataset (``default_union=True``), one named graph per article."""
        if self._rdf is None:
            from zhkg.rdf.build import build_dataset

            self._rdf = build_dataset(self.resolved)
        return self._rdf

    def query(self, sparql: str, **bindings: Any) -> Result:
        """Run SPARQL text, or a ready query by name, over every graph.

        Keyword arguments bind variables: ``kg.query("person-posts",
        personLabel="张三")``.
        """
        from zhkg.rdf.query import run_query

        return run_query(self.rdf, sparql, bindings)

    def to_html(self, path: str | Path, **options: Any) -> Path:
        """Write the interactive HTML view (see :mod:`zhkg.viewer`)."""
        from zhkg.viewer import render_html

        out = render_html(self.nx, path, **options)
        return Path(out) if out is not None else Path(path)

    def write(self, out_dir: str | Path) -> dict[str, Path]:
        """Write graph.ttl (union, Turtle), graph.jsonld and graph.trig (named
        graphs) into ``out_dir``; each goes to a temporary file first and is
        then renamed, so a crash never leaves a half-written output."""
        from zhkg.rdf.build import union_graph

        out = Path(out_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ZhkgError(f"cannot create output folder {str(out)!r}: {e}") from e
        ds = self.rdf
        payloads = {
            "turtle": lambda: union_graph(ds).serialize(format="turtle", encoding="utf-8"),
            "jsonld": lambda: ds.serialize(format="json-ld", encoding="utf-8", indent=1),
            "trig": lambda: ds.serialize(format="trig", encoding="utf-8"),
        }
        written: dict[str, Path] = {}
        for fmt, name in OUTPUT_FILES.items():
            target = out / name
            _atomic_write(target, payloads[fmt]())
            written[fmt] = target
        return written

    def summary(self) -> dict[str, Any]:
        """Counts: articles read/failed (with reasons), entities by type, facts
        by relation (distinct subject, relation, object, title)."""
        entities = Counter(e.type for e in self.resolved.entities.values())
        facts = Counter(p for (_, _, p, _) in {(f.s, f.o, f.p, f.title) for f in self.resolved.facts})
        return {
            "articles": {
                "read": len(self.articles),
                "failed": len(self.failures),
                "failures": [f.to_json() for f in self.failures],
            },
            "entities": dict(sorted(entities.items())),
            "facts": dict(sorted(facts.items())),
            "merges": len(self.resolved.merges),
        }

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {len(self.articles)} articles, "
                f"{len(self.resolved.entities)} entities, {len(self.resolved.facts)} facts>")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise

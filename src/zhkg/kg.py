"""The built knowledge graph: articles, failures, the networkx graph, the RDF
Dataset, SPARQL, the HTML view and the output files.

Cheap to import: networkx, the viewer and the RDF layer are imported only
when first used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zhkg.errors import ZhkgError
from zhkg.fsutil import write_files
from zhkg.model import Article, Failure
from zhkg.resolve import DEFAULT_BASE_IRI, Overrides, Resolved, resolve

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
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
        graphs) into ``out_dir``: all three are serialised and written to
        temporary files first, then renamed, so a crash leaves either the old
        three files or the new three (see :mod:`zhkg.fsutil`)."""
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
        data = {fmt: payloads[fmt]() for fmt in OUTPUT_FILES}  # serialise all before renaming any
        write_files({out / name: data[fmt] for fmt, name in OUTPUT_FILES.items()})
        return {fmt: out / name for fmt, name in OUTPUT_FILES.items()}

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

    # ------------------------------------------------------------------ analyst API
    # Thin methods over zhkg.frames (DataFrames, needs pandas: the "notebook"
    # extra), zhkg.analysis (networkx) and zhkg.export.

    def entities(self, type: str | Iterable[str] | None = None) -> pd.DataFrame:
        """Entities as a DataFrame with their first mention as evidence (see
        :func:`zhkg.frames.entities_frame`); ``type`` keeps one type or several.

        >>> import zhkg
        >>> kg = zhkg.build_texts(["云川市教育局局长柯远出席云川职教联盟成立大会。"])
        >>> kg.entities("Person")[["label", "posts", "mentions"]].values.tolist()
        [['柯远', ['局长@云川市教育局'], 1]]
        """
        from zhkg.frames import entities_frame

        return entities_frame(self, type)

    def mentions(self) -> pd.DataFrame:
        """Every mention of every entity, with its article and sentence (see
        :func:`zhkg.frames.mentions_frame`)."""
        from zhkg.frames import mentions_frame

        return mentions_frame(self)

    def facts(self, predicate: str | Iterable[str] | None = None) -> pd.DataFrame:
        """Facts with their evidence, one row per source (see
        :func:`zhkg.frames.facts_frame`); ``predicate`` keeps one relation or several.

        >>> import zhkg
        >>> kg = zhkg.build_texts(["云川市教育局局长柯远出席云川职教联盟成立大会。"])
        >>> kg.facts("attended")[["subject_label", "object_label", "rule"]].shape
        (1, 3)
        """
        from zhkg.frames import facts_frame

        return facts_frame(self, predicate)

    def find(self, name: str, *, type: str | Iterable[str] | None = None,
             partial: bool = False) -> list[str]:
        """IRIs of the nodes whose label or alias is ``name`` (see
        :func:`zhkg.analysis.find_nodes`); ``partial=True`` also finds names
        containing it."""
        from zhkg.analysis import find_nodes

        return find_nodes(self, name, type=type, partial=partial)

    def node(self, name: str, *, type: str | Iterable[str] | None = None) -> dict[str, Any]:
        """The attributes (and ``iri``) of the one node named ``name`` (label,
        alias or IRI); a :class:`~zhkg.errors.ZhkgError` lists the candidates
        when there are none or several.

        >>> import zhkg
        >>> kg = zhkg.build_texts(["云川市教育局局长柯远出席云川职教联盟成立大会。"])
        >>> kg.node("柯远")["posts"]
        [{'title': '局长', 'org': '云川市教育局'}]
        """
        from zhkg.frames import node_info

        return node_info(self, name, type=type)

    def posts(self, person: str | None = None) -> pd.DataFrame:
        """A person's posts with dates and evidence (every person's when None;
        see :func:`zhkg.frames.person_posts`)."""
        from zhkg.frames import person_posts

        return person_posts(self, person)

    def members(self, community: str | None = None, *, people: bool = True) -> pd.DataFrame:
        """A community's lead units, member units and post holders (every
        community's when None; see :func:`zhkg.frames.community_members`)."""
        from zhkg.frames import community_members

        return community_members(self, community, people=people)

    def ego(self, name: str, radius: int = 1, *,
            type: str | Iterable[str] | None = None) -> nx.MultiDiGraph:
        """The neighbourhood of a node, ``radius`` steps either way, as a new
        graph (see :func:`zhkg.analysis.ego_graph`); draw it with
        ``kg.show(...)``-like :func:`zhkg.export.notebook_view`."""
        from zhkg.analysis import ego_graph

        return ego_graph(self, name, radius, type=type)

    def sparql(self, query: str, **bindings: Any) -> pd.DataFrame:
        """:meth:`query` with the result as a DataFrame (see
        :func:`zhkg.frames.sparql_frame`).

        >>> import zhkg
        >>> kg = zhkg.build_texts(["云川市教育局局长柯远出席云川职教联盟成立大会。"])
        >>> kg.sparql("person-posts", personLabel="柯远")[["title", "unitLabel"]].values.tolist()
        [['局长', '云川市教育局']]
        """
        from zhkg.frames import sparql_frame

        return sparql_frame(self, query, **bindings)

    def show(self, *, path: str | Path | None = None, height: int = 650, **options: Any) -> Any:
        """The viewer inline in a notebook: an HTML output with the page in a
        ``srcdoc`` iframe, or with ``path`` an IFrame of the written file;
        ``options`` (focus, hops, types, relations, max_nodes, title) select
        what to draw (see :func:`zhkg.export.notebook_view`)."""
        from zhkg.export import notebook_view

        return notebook_view(self, path=path, height=height, **options)

    def export(self, path: str | Path, format: str | None = None) -> list[Path]:
        """Write GraphML, GEXF, node-link JSON or CSV (nodes.csv and edges.csv
        in a folder); ``format`` is guessed from the suffix when not given.
        Returns the files written (see :func:`zhkg.export.export`)."""
        from zhkg.export import export

        return export(self, path, format)

    def central(self, *, types: Iterable[str] = ("Organization", "Community", "Person"),
                by: str = "betweenness", top: int | None = 10) -> pd.DataFrame:
        """The most central units and people by ``degree`` or ``betweenness``
        (see :func:`zhkg.analysis.central_nodes`)."""
        from zhkg.analysis import central_nodes
        from zhkg.frames import records_frame

        return records_frame(central_nodes(self, types=types, by=by, top=top),
                             ["iri", "label", "type", "degree", "degree_centrality", "betweenness"])

    def bridges(self, *, min_communities: int = 2) -> pd.DataFrame:
        """Units and people tied to several communities (see
        :func:`zhkg.analysis.community_bridges`)."""
        from zhkg.analysis import community_bridges
        from zhkg.frames import records_frame

        return records_frame(community_bridges(self, min_communities=min_communities),
                             ["iri", "label", "type", "n_communities", "communities", "how"])

    def shared_people(self, *, min_people: int = 1) -> pd.DataFrame:
        """Pairs of units joined by people holding posts in both (see
        :func:`zhkg.analysis.shared_people`)."""
        from zhkg.analysis import shared_people
        from zhkg.frames import records_frame

        return records_frame(shared_people(self, min_people=min_people),
                             ["unit_a", "unit_a_label", "unit_b", "unit_b_label", "n_people",
                              "people", "parent_child"])

    def overlaps(self, *, include_empty: bool = False) -> pd.DataFrame:
        """Communities' overlap in member units and people (see
        :func:`zhkg.analysis.community_overlap`)."""
        from zhkg.analysis import community_overlap
        from zhkg.frames import records_frame

        return records_frame(community_overlap(self, include_empty=include_empty),
                             ["community_a", "community_a_label", "community_b",
                              "community_b_label", "units_a", "units_b", "shared_units",
                              "shared_people", "jaccard"])

    def timeline(self, unit: str | None = None) -> pd.DataFrame:
        """Events per unit in date order, with how each is linked (see
        :func:`zhkg.analysis.timeline`); ``unit`` keeps one unit."""
        from zhkg.analysis import timeline
        from zhkg.frames import records_frame

        return records_frame(timeline(self, unit),
                             ["unit", "unit_label", "unit_type", "date", "event", "event_label",
                              "kind", "links"])

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {len(self.articles)} articles, "
                f"{len(self.resolved.entities)} entities, {len(self.resolved.facts)} facts>")



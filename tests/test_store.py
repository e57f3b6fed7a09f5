"""The on-disk Oxigraph store: incremental builds, crash safety, queries.

Real components throughout: the bundled examples are read and extracted,
built into a store in a temporary folder, and compared with the in-memory
rdflib Dataset of the same articles.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

pytest.importorskip("pyoxigraph", reason="pyoxigraph is not installed (pip install 'zhkg[store]')")

from click.testing import CliRunner
from rdflib.compare import isomorphic

from zhkg.api import build
from zhkg.cli import main
from zhkg.errors import MissingDependency, StoreError
from zhkg.kg import KnowledgeGraph
from zhkg.rdf.build import entities_graph_iri, graph_iri, union_graph
from zhkg.rdf.query import list_queries
from zhkg.rdf.store import load_graph, open_source, query_source
from zhkg.store import OxStore, build_store, is_store
from zhkg.store.terms import to_ox_quad

EXAMPLES = Path(str(resources.files("zhkg").joinpath("examples")))
# An invented sentence (no corpus name): a new unit, a new person, a post.
ADDED = "青禾市教育局局长林晓峰出席仪式。"


def _copy_examples(dst: Path) -> Path:
    shutil.copytree(EXAMPLES, dst)
    return dst


def _store_quads(st: OxStore) -> set[str]:
    """The named graphs' quads, after checking the union default graph."""
    _check_union(st)
    return {str(q) for q in st.ox_quads()}


def _check_union(st: OxStore) -> None:
    """The default graph holds each triple of the named graphs once, and
    nothing else."""
    import pyoxigraph

    union = {(q.subject, q.predicate, q.object) for q in st.ox_quads()}
    default = [(q.subject, q.predicate, q.object)
               for q in st.ox.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())]
    assert len(default) == len(set(default)) and set(default) == union


def _graph_quads(st: OxStore) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for q in st.ox_quads():
        out.setdefault(str(q.graph_name), set()).add(str(q))
    return out


def _dataset_quads(ds) -> set[str]:
    """The in-memory Dataset's quads, in Oxigraph's canonical term form."""
    import pyoxigraph

    mem = pyoxigraph.Store()
    mem.extend(to_ox_quad(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None)))
    return {str(q) for q in mem}


def _in_memory(folder: Path) -> KnowledgeGraph:
    kg = build([str(folder)])
    return KnowledgeGraph.from_articles(sorted(kg.articles, key=lambda a: a.id), kg.failures)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The examples copied to a folder, built into a store, and in memory."""
    root = tmp_path_factory.mktemp("store")
    arts = _copy_examples(root / "articles")
    result = build_store([str(arts)], root / "kg.store")
    return arts, root / "kg.store", result, _in_memory(arts)


def test_store_build_gives_the_quads_of_the_in_memory_dataset(built):
    _, store, result, kg = built
    assert is_store(store)
    assert sorted(result.added) == sorted(a.id for a in kg.articles) and not result.failures
    with OxStore(store, create=False) as st:
        quads = _store_quads(st)
        assert quads == _dataset_quads(kg.rdf)
        names = st.graph_names()
    assert names == {graph_iri(kg.resolved.base_iri, a) for a in kg.articles} | {
        entities_graph_iri(kg.resolved.base_iri)}


def test_store_load_graph_is_isomorphic_to_the_in_memory_graph(built):
    _, store, _, kg = built
    assert isomorphic(union_graph(load_graph(store)), union_graph(kg.rdf))


def test_store_rebuild_unchanged_changes_nothing(built):
    arts, store, _, _ = built
    with OxStore(store, create=False) as st:
        before, states = _store_quads(st), st.states()
    again = build_store([str(arts)], store)
    assert (again.added, again.changed, again.moved) == ([], [], [])
    assert sorted(again.unchanged) == sorted(states) and not again.entities_rewritten
    with OxStore(store, create=False) as st:
        assert _store_quads(st) == before
        assert st.states() == states and st.consistent


@pytest.mark.parametrize("name", list_queries())
def test_store_ready_queries_give_the_in_memory_rows(built, name):
    _, store, _, kg = built
    with open_source(store) as st:
        on_store = [tuple(r) for r in query_source(st, name)]
    in_memory = [tuple(r) for r in query_source(kg.rdf, name)]
    assert Counter(on_store) == Counter(in_memory)


def test_store_triples_stated_by_many_articles_count_once(tmp_path):
    """Two copies of the examples state every post twice: queries still see
    each triple once (Oxigraph's union-of-graphs mode would see it twice)."""
    for name in ("a", "b"):
        _copy_examples(tmp_path / name)
    store = tmp_path / "kg.store"
    build_store([str(tmp_path / "a"), str(tmp_path / "b")], store)
    q = "SELECT ?post ?p ?o WHERE { ?post a zhkg:Post ; ?p ?o }"
    with OxStore(store) as st:
        _check_union(st)
        rows = [tuple(r) for r in st.query(q)]
        assert rows and len(rows) == len(set(rows))
        named = st.query("SELECT ?g WHERE { GRAPH ?g { ?post a zhkg:Post } }")
        assert len({r.g for r in named}) > 1  # the copies are in many named graphs
        st.remove_article(next(iter(st.states())))
        _check_union(st)


def test_store_query_bindings_work_in_oxigraph(built):
    _, store, _, kg = built
    post = next(f for f in kg.resolved.facts if f.p == "holdsPosition" and f.title)
    label = kg.resolved.entities[post.s].label
    with open_source(store) as st:
        rows = list(query_source(st, "person-posts", {"personLabel": label}))
    assert rows and {str(r.personLabel) for r in rows} == {label}
    assert post.title in {str(r.title) for r in rows}


def test_store_changed_article_replaces_only_its_graph(tmp_path):
    arts = _copy_examples(tmp_path / "articles")
    store = tmp_path / "kg.store"
    first = build_store([str(arts)], store)
    with OxStore(store) as st:
        before = _graph_quads(st)
    target = min(arts.glob("*.txt"), key=lambda p: p.stat().st_size)
    lines = target.read_text(encoding="utf-8").splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += ADDED
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")

    second = build_store([str(arts)], store)
    aid = next(a for a in first.added if a.endswith(target.name))
    assert second.changed == [aid] and second.added == [] and second.moved == []
    with OxStore(store) as st:
        after = _graph_quads(st)
    base = second.resolved.base_iri
    own, entities = f"<{graph_iri(base, aid)}>", f"<{entities_graph_iri(base)}>"
    changed = {g for g in before.keys() | after.keys() if before.get(g) != after.get(g)}
    assert own in changed and changed <= {own, entities}
    assert any("林晓峰" in q for q in after[own]) and not any("林晓峰" in q for q in before[own])
    with OxStore(store) as st:  # and the store is still the one-shot build
        assert _store_quads(st) == _dataset_quads(_in_memory(arts).rdf)


def test_store_error_inside_an_article_transaction_writes_nothing(built, tmp_path):
    _, store, _, kg = built
    copy = tmp_path / "copy.store"
    shutil.copytree(store, copy)
    art = kg.articles[0]
    g = graph_iri(kg.resolved.base_iri, art)
    triples = list(kg.rdf.graph(g))

    def crashing(n):
        yield from triples[:n]
        raise RuntimeError("simulated crash mid-article")

    with OxStore(copy) as st:
        before, states = _store_quads(st), st.states()
        # a new article: stays out whole (no graph, no state)
        new_g = graph_iri(kg.resolved.base_iri, "new-article.txt")
        with pytest.raises(RuntimeError, match="simulated crash"):
            st.write_graph(new_g, crashing(len(triples) // 2), key="k",
                           article=("new-article.txt", "stamp", {"path": "new-article.txt"}))
        # an existing article being replaced: keeps its old graph whole
        with pytest.raises(RuntimeError, match="simulated crash"):
            st.write_graph(g, crashing(3), key="k", article_id=art.id)
        assert _store_quads(st) == before
        assert st.states() == states and "new-article.txt" not in st.states()


def test_store_graph_left_dirty_by_a_crash_is_repaired(built, tmp_path):
    """The state after a kill between "mark dirty" and the Oxigraph write:
    the article's record is stored, its graph is gone. The next build writes
    the graph again without extracting the article again."""
    arts, store, _, kg = built
    copy = tmp_path / "copy.store"
    shutil.copytree(store, copy)
    art = kg.articles[-1]
    with OxStore(copy) as st:
        full = _store_quads(st)
        st.write_graph(graph_iri(st.base_iri, art), [], key="x", article_id=art.id)
        with st._db:
            st._db.execute("UPDATE articles SET graph_key = NULL WHERE id = ?", (art.id,))
        st.mark_consistent(False)
        assert _store_quads(st) != full and not st.consistent
    again = build_store([str(arts)], copy)
    assert again.moved == [art.id] and again.added == again.changed == []
    with OxStore(copy) as st:
        assert _store_quads(st) == full and st.consistent


def test_store_refuses_another_base_iri(built):
    _, store, _, _ = built
    with pytest.raises(StoreError, match="base IRI"):
        OxStore(store, base_iri="https://other.example.org/id/")


def test_store_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not an empty folder or a zhkg store"):
        OxStore(tmp_path)
    with pytest.raises(StoreError, match="not a zhkg store"):
        OxStore(tmp_path / "missing", create=False)


def test_store_without_pyoxigraph_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pyoxigraph", None)  # import pyoxigraph now fails
    with pytest.raises(MissingDependency, match=r"zhkg\[store\]"):
        OxStore(tmp_path / "s")


def test_store_cli_build_query_and_view(tmp_path):
    runner = CliRunner()
    store = tmp_path / "kg.store"
    first = runner.invoke(main, ["build", "--examples", "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "7 added" in first.output or "added" in first.output
    second = runner.invoke(main, ["build", "--examples", "--store", str(store)])
    assert second.exit_code == 0 and " 0 added, 0 changed" in second.output
    assert (store / "report.json").is_file() and not list(store.glob("graph.*"))
    res = runner.invoke(main, ["query", str(store), "--name", "community-members", "--format", "csv"])
    out = runner.invoke(main, ["build", "--examples", "-o", str(tmp_path / "out"), "--no-html"])
    mem = runner.invoke(main, ["query", str(tmp_path / "out"), "--name", "community-members",
                               "--format", "csv"])
    assert res.exit_code == 0 and out.exit_code == 0 and mem.exit_code == 0
    assert sorted(res.output.splitlines()) == sorted(mem.output.splitlines())
    assert len(res.output.splitlines()) > 1
    view = runner.invoke(main, ["view", str(store), "-o", str(tmp_path / "v.html")])
    assert view.exit_code == 0 and (tmp_path / "v.html").stat().st_size > 1000
    bad = runner.invoke(main, ["query", str(store), "SELEC nothing"])
    assert bad.exit_code != 0 and "cannot parse SPARQL" in bad.output


def test_store_graphs_written_by_worker_processes_equal_one_process(built, tmp_path, monkeypatch):
    """With --jobs 2 the article graphs are made in a process pool (small
    chunks here so that the pool runs) and the entities graph is loaded in
    many small pieces: the store holds the same quads."""
    import zhkg.store.incremental as inc

    arts, store, _, _ = built
    monkeypatch.setattr(inc, "_CHUNK", 2)
    monkeypatch.setattr(inc, "_ENTITY_CHUNK", 7)
    monkeypatch.setattr(inc, "_LOAD_ARTICLES", 3)
    pooled = build_store([str(arts)], tmp_path / "pooled.store", jobs=2)
    assert not pooled.failures
    with OxStore(store, create=False) as one, OxStore(tmp_path / "pooled.store", create=False) as two:
        assert _store_quads(two) == _store_quads(one)


def test_store_entities_graph_rewrite_keeps_the_union_exact(tmp_path):
    """An article removed from the input of a rebuild keeps its graph, but
    an article whose text changes drops entities: the entities graph is
    rewritten, the triples that only it stated leave the default graph and
    those other graphs state stay."""
    arts = _copy_examples(tmp_path / "articles")
    store = tmp_path / "kg.store"
    extra = arts / "zz-extra.txt"
    extra.write_text("2024年5月6日\n" + ADDED + "\n", encoding="utf-8")
    build_store([str(arts)], store)
    with OxStore(store) as st:
        assert any("林晓峰" in q for q in _store_quads(st))
    extra.write_text("2024年5月6日\n青禾市教育局召开会议。\n", encoding="utf-8")
    second = build_store([str(arts)], store)
    assert second.entities_rewritten and second.changed
    with OxStore(store) as st:
        quads = _store_quads(st)  # checks the union default graph too
        assert not any("林晓峰" in q for q in quads)
        assert quads == _dataset_quads(_in_memory(arts).rdf)


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld", ".ttl"])
def test_store_export_rdf_streams_the_whole_graph(built, tmp_path, suffix):
    """`zhkg export STORE -o graph.jsonld` (and TriG, N-Quads, Turtle) writes
    the store's graph: it reads back as the in-memory build's graph."""
    from rdflib import Graph

    _, store, _, kg = built
    out = tmp_path / f"graph{suffix}"
    res = CliRunner().invoke(main, ["export", str(store), "-o", str(out)])
    assert res.exit_code == 0, res.output
    got = Graph().parse(out) if suffix == ".ttl" else union_graph(load_graph(out))
    assert isomorphic(got, union_graph(kg.rdf))


def test_store_bulk_batches_stay_under_one_ingestion(monkeypatch):
    """Graphs are bulk-loaded in batches small enough for one (atomic) RocksDB
    ingestion; a graph larger than that alone goes through a transaction."""
    from zhkg.store import oxstore

    monkeypatch.setattr(oxstore, "BULK_QUADS", 5)
    items = [(f"a{i}", None, "k", "q .\n" * n) for i, n in enumerate([2, 2, 2, 9, 1])]
    batches = list(oxstore._bulk_batches(items))
    assert sorted(aid for b, _ in batches for aid, *_ in b) == ["a0", "a1", "a2", "a3", "a4"]
    for batch, bulk in batches:
        quads = sum(text.count("\n") for *_, text in batch)
        assert (bulk and quads <= 5) or (not bulk and [aid for aid, *_ in batch] == ["a3"])

"""RDF: golden output, determinism, hostile names, SHACL, provenance, queries."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from zhkg.errors import QueryError
from zhkg.rdf import (
    ZHKG,
    article_iri,
    build_dataset,
    entities_graph_iri,
    graph_iri,
    list_queries,
    run_query,
    union_graph,
    validate,
)
from zhkg.resolve import resolve

DATA = Path(__file__).parent / "data" / "rdf"
_spec = importlib.util.spec_from_file_location("zhkg_test_rdf_fixtures", DATA / "fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

#: Set ZHKG_REGEN_GOLDEN=1 to rewrite the golden files (then review the diff).
REGEN = os.environ.get("ZHKG_REGEN_GOLDEN") == "1"
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return build_dataset(resolve(fx.articles()))


def _rows(result, *names):
    return sorted(tuple(None if r[n] is None else str(r[n]) for n in names) for r in result)


# ---------------------------------------------------------------- golden and determinism

def test_rdf_golden_turtle_is_isomorphic(ds):
    golden = DATA / "golden.ttl"
    got = union_graph(ds)
    if REGEN:
        golden.write_bytes(got.serialize(format="turtle", encoding="utf-8"))
    assert isomorphic(got, Graph().parse(golden, format="turtle"))


def test_rdf_golden_trig_keeps_named_graphs(ds):
    golden = DATA / "golden.trig"
    if REGEN:
        golden.write_bytes(ds.serialize(format="trig", encoding="utf-8"))
    want = Dataset()
    want.parse(golden, format="trig")
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {g.identifier for g in want.graphs() if len(g)}
    for name in names:
        assert isomorphic(ds.graph(name), want.graph(name)), name


def test_rdf_same_input_twice_gives_identical_graphs(ds):
    again = build_dataset(resolve(fx.articles()))
    assert isomorphic(union_graph(ds), union_graph(again))
    assert set(union_graph(ds).all_nodes()) == set(union_graph(again).all_nodes())


# ---------------------------------------------------------------- hostile names

@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml"])
def test_rdf_hostile_names_round_trip_graph_formats(fmt):
    g = union_graph(build_dataset(resolve([fx.hostile_article()])))
    back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
    assert isomorphic(g, back)
    labels = {str(o) for o in back.objects(None, RDFS.label)}
    assert 'Quote"Inside' in labels and "Angle<script>&</script>" in labels and "New\nLine\r\tTab" in labels


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_rdf_hostile_names_round_trip_dataset_formats(fmt):
    ds = build_dataset(resolve([fx.hostile_article()]))
    back = Dataset()
    back.parse(data=ds.serialize(format=fmt), format=fmt)
    assert isomorphic(union_graph(ds), union_graph(back))


def test_rdf_hostile_iris_have_no_unsafe_characters():
    g = union_graph(build_dataset(resolve([fx.hostile_article()])))
    for node in g.all_nodes():
        if isinstance(node, URIRef):
            assert not set(str(node)) & set(' <>"{}|^`\\\n'), node


# ---------------------------------------------------------------- SHACL

def test_rdf_fixture_graph_conforms_to_shapes(ds):
    conforms, report = validate(ds)
    assert conforms, report


def test_rdf_hostile_graph_conforms_to_shapes():
    conforms, report = validate(build_dataset(resolve([fx.hostile_article()])))
    assert conforms, report


@pytest.mark.parametrize("breakage", ["no-label", "post-without-direct-triple", "fact-without-sentence"])
def test_rdf_shapes_catch_broken_graphs(ds, breakage):
    g = union_graph(ds)
    if breakage == "no-label":
        person = next(g.subjects(RDF.type, ZHKG.Person))
        g.remove((person, RDFS.label, None))
    elif breakage == "post-without-direct-triple":
        g.remove((None, ZHKG.holdsPosition, None))
    else:
        g.remove((None, ZHKG.sentence, None))
    conforms, _ = validate(g)
    assert not conforms


# ---------------------------------------------------------------- provenance and layout

def test_rdf_one_named_graph_per_article_plus_entities(ds):
    names = {g.identifier for g in ds.graphs() if len(g)}
    base = "https://zhkg.example.org/id/"
    assert names == {graph_iri(base, a) for a in fx.articles()} | {entities_graph_iri(base)}


def test_rdf_default_union_sees_every_named_graph(ds):
    assert ds.default_union
    res = run_query(ds, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a zhkg:Fact }")
    assert int(next(iter(res))[0]) == sum(len(a.relations) for a in fx.articles()) - 1
    res = run_query(ds, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?f a zhkg:Fact } }")
    assert len(res) == 3


def test_rdf_every_fact_traces_to_article_sentence_rule_confidence(ds):
    arts = {a.id: a for a in fx.articles()}
    rows = list(run_query(ds, "fact-evidence"))
    assert len(rows) == sum(len(a.relations) for a in arts.values()) - 1
    for r in rows:
        art = arts[str(r.articleId)]
        assert str(r.sentence) == art.text[int(r.start):int(r.end)]
        assert str(r.headline) == art.metadata["title"]
        assert str(r.published) == art.metadata["published"]
        assert (str(r.url) if r.url else None) == art.url
        assert r.rule is not None and 0 <= float(r.confidence) <= 1
        assert r.graph == graph_iri("https://zhkg.example.org/id/", art)


def test_rdf_holds_position_is_post_node_and_direct_triple(ds):
    g = union_graph(ds)
    posts = list(g.subjects(RDF.type, ZHKG.Post))
    assert posts
    for post in posts:
        person, unit = g.value(post, ZHKG.person), g.value(post, ZHKG.unit)
        assert (person, ZHKG.holdsPosition, unit) in g
        assert g.value(post, ZHKG.title).language == "zh"


def test_rdf_merges_are_visible_with_reasons(ds):
    q = """
    PREFIX zhkg: <https://zhkg.example.org/ns#>
    SELECT ?reason ?label WHERE {
      ?m a zhkg:MergeDecision ; zhkg:mergeReason ?reason ; zhkg:merges ?a .
      ?a zhkg:resolvesTo ?e . ?e rdfs:label ?label .
    }"""
    got = {(str(r.reason), str(r.label)) for r in run_query(ds, q)}
    assert ("shared-unit", "贺知远") in got
    assert ("alias", fx.COMPANY) in got
    assert ("same-name-and-date", fx.EVENT) in got


def test_rdf_labels_are_zh_and_aliases_alt_labels(ds):
    g = union_graph(ds)
    company = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == fx.COMPANY
                   and (s, RDF.type, ZHKG.Organization) in g)
    assert g.value(company, RDFS.label) == Literal(fx.COMPANY, lang="zh")
    assert Literal(fx.COMPANY_SHORT, lang="zh") in set(g.objects(company, URIRef("http://www.w3.org/2004/02/skos/core#altLabel")))


# ---------------------------------------------------------------- ready queries

def test_rdf_ready_queries_listed():
    assert set(list_queries()) >= {"community-leaders", "community-members", "unveilings",
                                   "person-posts", "event-participants", "unit-at-event", "units-two-hops",
                                   "fact-evidence", "event-roles"}


def test_rdf_query_community_leaders(ds):
    rows = _rows(run_query(ds, "community-leaders"), "communityLabel", "leaderLabel", "leaderType", "title")
    assert rows == sorted([(fx.COMMUNITY, fx.SCHOOL, "Organization", None),
                           (fx.COMMUNITY, "贺知远", "Person", "理事长")])


def test_rdf_query_community_members(ds):
    rows = _rows(run_query(ds, "community-members", {"communityLabel": fx.COMMUNITY}), "memberLabel", "role")
    assert rows == sorted([(fx.SCHOOL, "lead"), (fx.COMPANY, "member")])


def test_rdf_query_unveilings(ds):
    rows = _rows(run_query(ds, "unveilings"), "targetLabel", "personLabel", "eventLabel", "date")
    assert rows == sorted([(fx.COMMUNITY, "林默涵", fx.EVENT, "2024-12-20"),
                           (fx.COMMUNITY, "贺知远", fx.EVENT, "2024-12-20")])


def test_rdf_query_person_posts_over_time(ds):
    rows = _rows(run_query(ds, "person-posts", {"personLabel": "贺知远"}),
                 "title", "unitLabel", "start", "end", "removed", "published")
    assert rows == sorted([
        ("理事长", fx.COMMUNITY, None, None, None, "2024-12-22"),
        ("院长", fx.SCHOOL, None, "2025-03-01", "true", "2024-12-22"),
        ("院长", fx.SCHOOL, None, "2025-03-01", "true", "2025-03-01"),
        ("党委书记", fx.SCHOOL, "2025-03-01", None, None, "2025-03-01"),
    ])


def test_rdf_query_event_participants(ds):
    res = run_query(ds, "event-participants", {"eventLabel": fx.EVENT})
    roles = {(str(r.personLabel), str(r.role)) for r in res}
    assert roles == {("林默涵", "attended"), ("苏云起", "attended"), ("苏云起", "chaired"),
                     ("贺知远", "attended"), ("贺知远", "spokeAt"),
                     ("董晴川", "attended"), ("董晴川", "spokeAt")}


@pytest.mark.parametrize("unit, people", [
    (fx.COMPANY, {("董晴川", "attended"), ("董晴川", "spokeAt")}),
    (fx.DIVISION, {("苏云起", "attended"), ("苏云起", "chaired")}),
    (fx.SCHOOL2, set()),
])
def test_rdf_query_everyone_from_a_unit_at_an_event(ds, unit, people):
    res = run_query(ds, "unit-at-event", {"eventLabel": fx.EVENT, "unitLabel": unit})
    assert {(str(r.personLabel), str(r.role)) for r in res} == people


def test_rdf_query_units_two_hops_from_school(ds):
    rows = _rows(run_query(ds, "units-two-hops", {"schoolLabel": fx.SCHOOL}), "unitLabel", "viaLabel")
    assert rows == sorted([(fx.COMPANY, fx.COMMUNITY), (fx.COMMUNITY, fx.COMPANY), (fx.BUREAU, fx.EVENT)])


def test_rdf_query_binding_by_iri(ds):
    g = union_graph(ds)
    school = next(s for s in g.subjects(RDF.type, ZHKG.School) if str(g.value(s, RDFS.label)) == fx.SCHOOL)
    rows = _rows(run_query(ds, "units-two-hops", {"school": str(school)}), "unitLabel")
    assert len(rows) == 3


@pytest.mark.parametrize("query, problem", [
    ("no-such-query", "no ready query"),
    ("SELECT ?x WHERE {", "cannot parse"),
])
def test_rdf_query_errors(ds, query, problem):
    with pytest.raises(QueryError, match=problem):
        run_query(ds, query)


# ---------------------------------------------------------------- the dev corpus (gold as extraction)

@pytest.fixture(scope="module")
def corpus():
    if not fx.CORPUS_DEV.is_dir():
        pytest.skip("the shared corpus is not available")
    arts = fx.gold_articles()
    return arts, build_dataset(resolve(arts))


def _norm(*names):
    from zhkg.resolve import normalize_name

    return tuple(normalize_name(str(n)) for n in names)


def _gold(arts, *preds):
    return {(a.id, r.p, r.s, r.o, r.title) for a in arts for r in a.relations if r.p in preds}


def test_rdf_corpus_graph_conforms_to_shapes(corpus):
    conforms, report = validate(corpus[1])
    assert conforms, report[:2000]


def test_rdf_corpus_founding_article_four_officials_unveiled_the_community(corpus):
    arts, ds = corpus
    founding = next(a for a in arts if a.id.startswith("000_"))
    want = {_norm(r.s, r.o) for r in founding.relations if r.p == "officiatesUnveiling"}
    assert len(want) == 4
    res = run_query(ds, "unveilings")
    mine = article_iri("https://zhkg.example.org/id/", founding)
    got = {_norm(r.personLabel, r.targetLabel) for r in res if r.article == mine}
    assert got == want


@pytest.mark.parametrize("query, preds, cols", [
    ("community-members", ("leadsCommunity", "memberOf"), ("memberLabel", "communityLabel")),
    ("unveilings", ("officiatesUnveiling",), ("personLabel", "targetLabel")),
    ("event-participants", ("attended", "spokeAt", "chaired"), ("personLabel", "eventLabel")),
])
def test_rdf_corpus_ready_queries_return_the_gold_facts(corpus, query, preds, cols):
    arts, ds = corpus
    want = {_norm(s, o) for _, _, s, o, _ in _gold(arts, *preds)}
    got = {_norm(r[cols[0]], r[cols[1]]) for r in run_query(ds, query)}
    assert got == want


def test_rdf_corpus_person_posts_are_the_gold_posts(corpus):
    arts, ds = corpus
    want = {_norm(s, t, o) for _, _, s, o, t in _gold(arts, "holdsPosition")}
    got = {_norm(r.personLabel, r.title, r.unitLabel) for r in run_query(ds, "person-posts")}
    assert got == want


def test_rdf_corpus_every_fact_has_provenance(corpus):
    arts, ds = corpus
    rows = list(run_query(ds, "fact-evidence"))
    assert {str(r.articleId) for r in rows} == {a.id for a in arts if a.relations}
    assert len(rows) == len({(a.id,) + k for a in arts for k in
                             {(r.s, r.p, r.o, r.title) for r in a.relations}})


def test_rdf_article_names_its_site():
    """The site's name over a page's nav bar is the article's ``zhkg:site``;
    a page without one has none."""
    from zhkg.extract import extract_article
    from zhkg.ingest import read_article_text

    with_nav = read_article_text("汶水大学材料学院\n首页　学院概况　新闻动态\n学院召开教学工作会议\n"
                                 "发布时间：2024-03-15\n3月14日，学院召开教学工作会议。", path="a.txt")
    bare = read_article_text("学院召开教学工作会议\n发布时间：2024-03-15\n3月14日，学院召开教学工作会议。", path="b.txt")
    g = union_graph(build_dataset(resolve([extract_article(with_nav), extract_article(bare)])))
    sites = {(str(s), str(o)) for s, o in g.subject_objects(ZHKG.site)}
    assert sites == {(str(s), "汶水大学材料学院") for s in g.subjects(ZHKG.path, Literal("a.txt"))}
    assert len(sites) == 1

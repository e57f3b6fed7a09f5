"""zhkg.frames and the KnowledgeGraph analyst methods: DataFrames with
evidence, lookups, posts, members, SPARQL, the notebook view, and a clear
error when pandas is missing."""

from __future__ import annotations

import sys

import pytest

from .conftest import rdf_fixtures

pd = pytest.importorskip("pandas")

from zhkg import frames as F
from zhkg.analysis import toy_graph
from zhkg.errors import MissingDependency, QueryError, ZhkgError
from zhkg.kg import KnowledgeGraph
from zhkg.rdf.namespace import ZHKG
from zhkg.rdf.query import list_queries

fx = rdf_fixtures("zhkg_test_rdf_fixtures_frames")


@pytest.fixture(scope="module")
def kg(examples_kg):
    return examples_kg


@pytest.fixture(scope="module")
def fkg():
    return KnowledgeGraph.from_articles(fx.articles())


def _texts(kg):
    return {a.id: a.text for a in kg.articles}


# --------------------------------------------------------------------------- entities


def test_frames_entities_one_row_per_node_with_first_mention(kg):
    df = kg.entities()
    g = kg.nx
    assert len(df) == g.number_of_nodes() and df["iri"].is_unique
    assert set(df["type"]) == {d["type"] for _, d in g.nodes(data=True)}
    texts = _texts(kg)
    for r in df.itertuples():
        assert r.label == g.nodes[r.iri]["label"]
        assert r.n_articles == len(g.nodes[r.iri]["articles"])
        if r.mentions:
            assert r.sentence == texts[r.article][r.start:r.end]
            assert r.published == next(a.metadata.get("published") for a in kg.articles if a.id == r.article)
    assert (df["mentions"] > 0).mean() > 0.9  # nearly every entity is mentioned in its text


@pytest.mark.parametrize("types", ["Person", ["Organization", "Community"]])
def test_frames_entities_type_filter(kg, types):
    df = kg.entities(types)
    want = {types} if isinstance(types, str) else set(types)
    assert set(df["type"]) == want
    assert len(df) == sum(1 for _, d in kg.nx.nodes(data=True) if d["type"] in want)


def test_frames_mentions_quote_the_article(kg):
    df = kg.mentions()
    texts = _texts(kg)
    assert len(df) > len(kg.entities())
    for r in df.itertuples():
        text = texts[r.article]
        assert r.start <= r.mention_start < r.mention_end <= max(r.end, r.mention_end)
        assert r.sentence == text[r.start:r.end]
        assert r.sentence.find(text[r.mention_start:r.mention_end]) >= 0


def test_frames_mentions_need_a_knowledge_graph():
    with pytest.raises(ZhkgError, match="mentions need a KnowledgeGraph"):
        F.mentions_frame(toy_graph())


# --------------------------------------------------------------------------- facts


def test_frames_facts_one_row_per_evidence(kg):
    df = kg.facts()
    g = kg.nx
    assert len(df) == sum(len(d["evidence"]) for _, _, d in g.edges(data=True))
    assert list(df.columns[-len(F.EVIDENCE_COLUMNS):]) == list(F.EVIDENCE_COLUMNS)
    texts = _texts(kg)
    for r in df.itertuples():
        assert g.has_edge(r.subject, r.object)
        assert r.sentence == texts[r.article][r.start:r.end] != ""
        assert 0 < r.confidence <= 1 and r.rule
        assert (r.predicate == "holdsPosition") == isinstance(r.title, str)


def test_frames_facts_predicate_filter(kg):
    df = kg.facts(["spokeAt", "chaired"])
    assert set(df["predicate"]) == {"spokeAt", "chaired"}
    assert (df["subject_type"] == "Person").all() and (df["object_type"] == "Event").all()


def test_frames_facts_two_sources_two_rows(fkg):
    df = fkg.facts("attended")
    rows = df[df["subject_label"] == "董晴川"]
    # sorted by publication date: the earlier report comes first
    assert rows["article"].tolist() == ["fixtures/c.jsonl#3", "fixtures/a.txt"]
    assert rows["published"].tolist() == ["2024-12-21", "2024-12-22"]


# --------------------------------------------------------------------------- lookups


def test_frames_node_and_find(fkg):
    info = fkg.node(fx.COMPANY_SHORT)
    assert (info["label"], info["type"]) == (fx.COMPANY, "Organization")
    assert fkg.find(fx.COMPANY_SHORT) == [info["iri"]]
    assert fkg.node(info["iri"])["label"] == fx.COMPANY
    assert set(fkg.find("青禾市", partial=True, type="Organization")) == {
        fkg.node(n)["iri"] for n in (fx.BUREAU, fx.DIVISION, fx.SCHOOL2)}


def test_frames_node_ambiguous_lists_candidates(fkg):
    with pytest.raises(ZhkgError) as e:
        fkg.node("林默涵")  # two people of that name at unrelated units
    assert "names 2 nodes" in str(e.value) and fx.SCHOOL2 in str(e.value)
    assert fkg.node(fkg.find("林默涵")[0])["type"] == "Person"


# --------------------------------------------------------------------------- posts, members


def test_frames_posts_carry_dates_and_evidence(fkg):
    df = fkg.posts("贺知远")
    by_title = {r.title: r for r in df.itertuples()}
    assert set(by_title) == {"院长", "党委书记", "理事长"}
    assert by_title["党委书记"].start_date == "2025-03-01"
    assert by_title["党委书记"].rule == "appoint"
    removed = df[df["removed"]]
    assert removed[["title", "article"]].values.tolist() == [["院长", "fixtures/b.txt"]]
    assert (df["unit_label"] != "").all()


def test_frames_posts_same_name_two_people(fkg):
    df = fkg.posts("林默涵")
    assert df["person"].nunique() == 2
    assert set(df["unit_label"]) == {fx.BUREAU, fx.SCHOOL2}


def test_frames_posts_every_person_matches_edges(kg):
    df = kg.posts()
    g = kg.nx
    expected = sum(len(d["evidence"]) for u, _, d in g.edges(data=True)
                   if d["predicate"] == "holdsPosition" and g.nodes[u]["type"] == "Person")
    assert len(df) == expected > 0
    assert (df["person_label"] == df["person"].map(lambda p: g.nodes[p]["label"])).all()


def test_frames_posts_unknown_person():
    with pytest.raises(ZhkgError, match="no Person is named '云川市教育局'"):
        F.person_posts(toy_graph(), "云川市教育局")


def test_frames_members_roles(fkg):
    df = fkg.members(fx.COMMUNITY)
    assert df[["member_label", "role"]].values.tolist() == [
        [fx.SCHOOL, "lead"], [fx.COMPANY, "member"], ["贺知远", "post"]]
    assert df["sources"].tolist() == [1, 1, 1]
    assert df["title"].dropna().tolist() == ["理事长"]
    assert fkg.members(fx.COMMUNITY, people=False)["role"].tolist() == ["lead", "member"]


def test_frames_members_all_communities_agree_with_sparql(kg):
    mine = kg.members(people=False)
    ours = {(r.community, r.member, r.role) for r in mine.itertuples()}
    sparql = kg.sparql("community-members")
    theirs = {(r.community, r.member, r.role) for r in sparql.itertuples()}
    assert ours == theirs and ours


# --------------------------------------------------------------------------- SPARQL


@pytest.mark.parametrize("name", list_queries())
def test_frames_sparql_ready_queries_as_frames(kg, name):
    res = kg.query(name)
    df = kg.sparql(name)
    assert list(df.columns) == [str(v) for v in res.vars]
    assert len(df) == len(res)


def test_frames_sparql_bindings_and_values(kg):
    person = kg.posts().iloc[0]
    df = kg.sparql("person-posts", person=person["person"])
    assert set(df["personLabel"]) == {person["person_label"]}
    ev = kg.sparql("fact-evidence", predicate=ZHKG.chaired)
    assert len(ev) == len(kg.facts("chaired"))
    assert ev["start"].dtype.kind == "i" and ev["confidence"].dtype.kind == "f"
    counts = kg.sparql("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)")
    assert counts["n"].dtype.kind == "i" and counts["n"].is_monotonic_decreasing
    ask = kg.sparql("ASK { ?s a zhkg:Person }")
    assert ask.values.tolist() == [[True]]
    triples = kg.sparql("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a zhkg:Community ; rdfs:label ?l }")
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert len(triples) == len(kg.entities("Community"))


def test_frames_sparql_errors(kg):
    with pytest.raises(QueryError, match="cannot parse SPARQL"):
        kg.sparql("SELECT WHERE {")
    with pytest.raises(QueryError, match="no ready query named"):
        kg.sparql("no-such-query")


# --------------------------------------------------------------------------- analyses as frames


def test_frames_analysis_methods_return_frames(kg):
    assert kg.central(top=3)["betweenness"].is_monotonic_decreasing
    assert len(kg.central(top=3)) == 3
    assert list(kg.bridges().columns)[:3] == ["iri", "label", "type"]
    assert len(kg.shared_people()) == len(kg.shared_people(min_people=1))
    assert len(kg.overlaps(include_empty=True)) >= len(kg.overlaps())
    tl = kg.timeline()
    assert len(tl) and set(tl.columns) >= {"unit_label", "date", "event_label", "links"}
    ego = kg.ego(kg.central(top=1)["iri"].iloc[0], 1)
    assert ego.number_of_nodes() > 1


def test_frames_empty_results_keep_columns():
    kg = KnowledgeGraph.from_articles([])
    assert list(kg.bridges().columns) == ["iri", "label", "type", "n_communities", "communities", "how"]
    assert kg.facts().empty and "sentence" in kg.facts().columns
    assert kg.entities().empty and "aliases" in kg.entities().columns


# --------------------------------------------------------------------------- notebook view


def test_frames_show_inline_srcdoc_and_iframe(fkg, tmp_path, monkeypatch):
    view = fkg.show(focus=fx.SCHOOL, height=300)
    assert '<iframe srcdoc="' in view.data and "height: 300px" in view.data
    assert "<script" not in view.data.split('srcdoc="', 1)[1].split('"', 1)[0]  # escaped
    assert "&lt;script" in view.data
    monkeypatch.chdir(tmp_path)
    frame = fkg.show(path="view.html", types=["Person"])
    assert (tmp_path / "view.html").exists() and frame.src == "view.html"
    assert "IFrame" in type(frame).__name__


# --------------------------------------------------------------------------- optional pandas


def test_frames_missing_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependency, match=r"pip install 'zhkg\[notebook\]'"):
        F.facts_frame(toy_graph())
    assert F.node_info(toy_graph(), "柯远")["type"] == "Person"  # lookups need no pandas

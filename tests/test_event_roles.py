"""Event roles in RDF and networkx: officiants, what was unveiled, agreements.

The bundled examples are read and extracted for real; person names are
never written here: the expected officiants are read from the article text
at run time.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from zhkg.graph import from_rdf, to_networkx
from zhkg.model import Article, Entity, Evidence, Relation
from zhkg.rdf import ZHKG, build_dataset, run_query, union_graph, validate
from zhkg.rdf.build import agreement_iri
from zhkg.resolve import resolve

from .conftest import rdf_fixtures

EXAMPLES = Path(str(resources.files("zhkg").joinpath("examples")))
COLLEGE = "恒越智能制造产业学院"
SIGNING_PARTIES = {"桐川职业技术学院", "桐川恒越数控科技有限公司"}

fx = rdf_fixtures("zhkg_test_rdf_fixtures")


@pytest.fixture(scope="module")
def kg(examples_kg):
    return examples_kg


@pytest.fixture(scope="module")
def fixture_ds() -> Dataset:
    return build_dataset(resolve(fx.articles()))


def _label(g: Graph, node) -> str:
    return str(g.value(node, RDFS.label))


def _events(g: Graph, kind_class) -> list[URIRef]:
    return sorted(set(g.subjects(RDF.type, kind_class)))


def _officiants_in_text(text: str, target: str) -> set[str]:
    """The names listed before ``(共同)为“target”揭牌`` in ``text``."""
    m = re.search(r"([^，。；：\n]+?)(?:共同)?为[“\"]?" + re.escape(target) + r"[”\"]?揭牌", text)
    assert m, "the example no longer says who unveiled the plate"
    names = re.sub(r"^(?:随后|最后|接着)", "", m[1])
    return {n.strip() for n in re.split(r"[、和与及]", names) if n.strip()}


# ---------------------------------------------------------------- the bundled examples

def test_event_roles_unveiling_has_the_officiants_and_unveils_the_college(kg):
    g = union_graph(kg.rdf)
    college = [e for e in _events(g, ZHKG.Unveiling)
               if any(_label(g, t) == COLLEGE for t in g.objects(e, ZHKG.unveils))]
    assert len(college) == 1
    event = college[0]
    art = next(a for a in kg.articles if "industry-college" in a.id)
    officiants = {_label(g, p) for p in g.objects(event, ZHKG.officiant)}
    assert officiants == _officiants_in_text(art.text, COLLEGE)
    assert len(officiants) == 2
    for p in g.objects(event, ZHKG.officiant):
        assert (p, RDF.type, ZHKG.Person) in g
        assert (p, ZHKG.attended, event) in g
        assert any(_label(g, t) == COLLEGE for t in g.objects(p, ZHKG.officiatesUnveiling))


def test_event_roles_unveiling_event_has_its_agreement_titled(kg):
    g = union_graph(kg.rdf)
    event = next(e for e in _events(g, ZHKG.Unveiling)
                 if any(_label(g, t) == COLLEGE for t in g.objects(e, ZHKG.unveils)))
    titles = {_label(g, a) for a in g.objects(event, ZHKG.agreementSigned)}
    assert titles == {COLLEGE + "共建协议"}


def test_event_roles_signing_event_has_an_agreement_with_two_parties(kg):
    g = union_graph(kg.rdf)
    found = []
    for event in _events(g, ZHKG.Signing):
        for agreement in g.objects(event, ZHKG.agreementSigned):
            assert (agreement, RDF.type, ZHKG.Agreement) in g
            parties = {_label(g, p) for p in g.objects(agreement, ZHKG.party)}
            assert len(parties) == 2
            found.append(parties)
    assert SIGNING_PARTIES in found


def test_event_roles_every_agreement_traces_to_its_fact_and_article(kg):
    g = union_graph(kg.rdf)
    agreements = set(g.subjects(RDF.type, ZHKG.Agreement))
    assert agreements
    for agreement in agreements:
        facts = list(g.subjects(ZHKG.agreement, agreement))
        assert facts
        for fact in facts:
            assert g.value(fact, RDF.predicate) == ZHKG.signedAgreement
            assert {g.value(fact, RDF.subject), g.value(fact, RDF.object)} == set(g.objects(agreement, ZHKG.party))
            assert (g.value(fact, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")), RDF.type, ZHKG.Article) in g
            event = g.value(fact, ZHKG.event)
            if event is not None:
                assert (event, ZHKG.agreementSigned, agreement) in g


def test_event_roles_examples_conform_to_shapes(kg):
    conforms, report = validate(kg.rdf)
    assert conforms, report[:2000]


def test_event_roles_query_on_the_examples(kg):
    g = union_graph(kg.rdf)
    event = next(e for e in _events(g, ZHKG.Unveiling)
                 if any(_label(g, t) == COLLEGE for t in g.objects(e, ZHKG.unveils)))
    by_label = {(str(r.role), str(r.valueLabel), str(r.agreementLabel))
                for r in run_query(kg.rdf, "event-roles", {"eventLabel": _label(g, event)})}
    by_iri = {(str(r.role), str(r.valueLabel), str(r.agreementLabel))
              for r in run_query(kg.rdf, "event-roles", {"event": str(event)})}
    assert by_label == by_iri
    assert ("unveiled", COLLEGE, "None") in by_label
    assert {v for r, v, _ in by_label if r == "officiant"} == {
        _label(g, p) for p in g.objects(event, ZHKG.officiant)}
    assert {(v, a) for r, v, a in by_label if r == "party"} == {
        (_label(g, p), COLLEGE + "共建协议")
        for ag in g.objects(event, ZHKG.agreementSigned) for p in g.objects(ag, ZHKG.party)}


def test_event_roles_nx_round_trips_unveiled_and_agreements(kg, tmp_path):
    from zhkg.rdf.store import load_graph

    kg.write(tmp_path)
    back = from_rdf(load_graph(tmp_path))
    events = [(n, d) for n, d in kg.nx.nodes(data=True) if d["type"] == "Event"]
    assert any(d["unveiled"] == [COLLEGE] and d["agreements"] == [COLLEGE + "共建协议"] for _, d in events)
    for n, d in events:
        assert (back.nodes[n]["unveiled"], back.nodes[n]["agreements"]) == (d["unveiled"], d["agreements"])


# ---------------------------------------------------------------- the hand-made fixtures

def test_event_roles_query_on_the_fixtures(fixture_ds):
    rows = {(str(r.role), str(r.valueLabel), str(r.agreementLabel), str(r.date))
            for r in run_query(fixture_ds, "event-roles", {"eventLabel": fx.EVENT})}
    d = "2024-12-20"
    assert rows == {
        ("venue", fx.SCHOOL, "None", d), ("organizer", fx.BUREAU, "None", d),
        ("chair", "苏云起", "None", d),
        ("speaker", "贺知远", "None", d), ("speaker", "董晴川", "None", d),
        *{("attendee", p, "None", d) for p in ("林默涵", "苏云起", "贺知远", "董晴川")},
        ("officiant", "林默涵", "None", d), ("officiant", "贺知远", "None", d),
        ("unveiled", fx.COMMUNITY, "None", d),
        ("party", fx.SCHOOL, fx.AGREEMENT, d), ("party", fx.COMPANY, fx.AGREEMENT, d),
    }


def test_event_roles_query_lists_events_without_roles():
    art = Article(path="x.txt", text="", entities=[Entity("Event", "某某论坛", attrs={"date": "2024-01-02"})])
    rows = [(str(r.eventLabel), r.role, str(r.date)) for r in run_query(build_dataset(resolve([art])), "event-roles")]
    assert rows == [("某某论坛", None, "2024-01-02")]


def test_event_roles_nx_from_fixtures():
    g = to_networkx(resolve(fx.articles()))
    ev = next(d for _, d in g.nodes(data=True) if d["label"] == fx.EVENT)
    assert (ev["unveiled"], ev["agreements"]) == ([fx.COMMUNITY], [fx.AGREEMENT])


# ---------------------------------------------------------------- edge cases, invented names

def _article(rel_attrs: dict, unveil_attrs: dict, names: dict[str, str] | None = None) -> Article:
    n = {"event": "甲乙合作签约揭牌仪式", "a": "甲市职业学校", "b": "乙科技有限公司",
         "p": "王小二", "c": "甲乙产业学院", **(names or {})}
    ev = Evidence(0, 0, "test", 0.8)
    return Article(
        path="t/x.txt", text="",
        entities=[Entity("Event", n["event"], attrs={"kind": "signing", "date": "2024-05-06"}),
                  Entity("Organization", n["a"]), Entity("Organization", n["b"]),
                  Entity("Organization", n["c"]), Entity("Person", n["p"])],
        relations=[
            Relation(n["a"], "signedAgreement", n["b"], "Organization", "Organization", ev,
                     attrs=rel_attrs),
            Relation(n["p"], "officiatesUnveiling", n["c"], "Person", "Organization", ev,
                     attrs=unveil_attrs),
        ])


def test_event_roles_without_event_keep_the_agreement_but_no_event_links():
    g = union_graph(build_dataset(resolve([_article({}, {})])))
    agreements = list(g.subjects(RDF.type, ZHKG.Agreement))
    assert len(agreements) == 1 and g.value(agreements[0], RDFS.label) is None
    assert not list(g.triples((None, ZHKG.agreementSigned, None)))
    assert not list(g.triples((None, ZHKG.officiant, None)))
    assert not list(g.triples((None, ZHKG.unveils, None)))
    assert not list(g.triples((None, ZHKG.event, None)))
    assert validate(g)[0]


def test_event_roles_event_not_in_article_is_not_linked():
    g = union_graph(build_dataset(resolve([_article({"event": "别的会议"}, {"event": "别的会议"})])))
    assert not list(g.triples((None, ZHKG.agreementSigned, None)))
    assert not list(g.triples((None, ZHKG.officiant, None)))


def test_event_roles_agreement_iri_ignores_party_order_and_depends_on_title():
    base = "https://zhkg.example.org/id/"
    p, q = base + "org/1", base + "org/2"
    assert agreement_iri(base, "a.txt", [p, q], "协议") == agreement_iri(base, "a.txt", [q, p], "协议")
    assert agreement_iri(base, "a.txt", [p, q], "协议") != agreement_iri(base, "a.txt", [p, q], None)
    assert agreement_iri(base, "a.txt", [p, q], None) != agreement_iri(base, "b.txt", [p, q], None)


def test_event_roles_agreement_iri_is_stable_across_builds():
    attrs = {"event": "甲乙合作签约揭牌仪式", "agreement": "共建协议"}
    one = union_graph(build_dataset(resolve([_article(attrs, {"event": "甲乙合作签约揭牌仪式"})])))
    two = union_graph(build_dataset(resolve([_article(attrs, {"event": "甲乙合作签约揭牌仪式"})])))
    assert isomorphic(one, two)
    assert set(one.subjects(RDF.type, ZHKG.Agreement)) == set(two.subjects(RDF.type, ZHKG.Agreement))


HOSTILE = {"event": 'Ev"ent<x>\n签约', "a": "A{}|^`学校", "b": "B\\'''公司", "p": "P\x00\x07 人", "c": "C\u2028学院"}


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_event_roles_hostile_names_and_title_round_trip_and_conform(fmt):
    title = '《"协议"<script>\n\x01》'
    ds = build_dataset(resolve([_article({"event": HOSTILE["event"], "agreement": title},
                                         {"event": HOSTILE["event"]}, HOSTILE)]))
    g = union_graph(ds)
    agreement = next(g.subjects(RDF.type, ZHKG.Agreement))
    assert g.value(agreement, RDFS.label) == Literal('《"协议"<script>\n》', lang="zh")
    event = next(g.subjects(ZHKG.agreementSigned, agreement))
    assert len(list(g.objects(event, ZHKG.officiant))) == 1
    for node in g.all_nodes():
        if isinstance(node, URIRef):
            assert not set(str(node)) & set(' <>"{}|^`\\\n'), node
    back = Dataset()
    back.parse(data=ds.serialize(format=fmt), format=fmt)
    assert isomorphic(g, union_graph(back))
    conforms, report = validate(ds)
    assert conforms, report


# ---------------------------------------------------------------- the shapes catch broken event roles

@pytest.mark.parametrize("breakage, message", [
    ("officiant-without-direct-triple", "an event's officiant must officiate"),
    ("agreement-one-party", "zhkg:party"),
    ("agreement-without-direct-triple", "an agreement's parties must have signed"),
    ("agreement-without-fact", "zhkg:agreement"),
    ("unveils-a-person", "zhkg:unveils"),
])
def test_event_roles_shapes_catch_broken_graphs(fixture_ds, breakage, message):
    g = union_graph(fixture_ds)
    assert validate(g)[0]
    agreement = next(g.subjects(RDF.type, ZHKG.Agreement))
    if breakage == "officiant-without-direct-triple":
        g.remove((None, ZHKG.officiatesUnveiling, None))
    elif breakage == "agreement-one-party":
        g.remove((agreement, ZHKG.party, next(g.objects(agreement, ZHKG.party))))
    elif breakage == "agreement-without-direct-triple":
        g.remove((None, ZHKG.signedAgreement, None))
    elif breakage == "agreement-without-fact":
        g.remove((None, ZHKG.agreement, agreement))
    else:
        event = next(g.subjects(ZHKG.unveils, None))
        g.add((event, ZHKG.unveils, next(g.subjects(RDF.type, ZHKG.Person))))
    conforms, report = validate(g)
    assert not conforms
    assert message in report, report

"""Resolution: merging entities across articles, IRIs, merge log, overrides."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from zhkg.errors import InputError, ZhkgError
from zhkg.model import Article, Entity, Evidence, Relation
from zhkg.resolve import DEFAULT_BASE_IRI, Overrides, Ref, load_overrides, resolve

_spec = importlib.util.spec_from_file_location(
    "zhkg_test_rdf_fixtures", Path(__file__).parent / "data" / "rdf" / "fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

SAFE_IRI = re.compile(r"^https://zhkg\.example\.org/id/[a-z]+/[0-9a-f]{20}$")


def _art(path: str, entities: list[Entity], relations: list[Relation] = ()) -> Article:
    return Article(path=path, text="x" * 20, entities=list(entities), relations=list(relations))


def _post(person: str, unit: str, title: str = "校长", pred: str = "holdsPosition") -> Relation:
    return Relation(person, pred, unit, "Person", "Organization", Evidence(0, 5, "r"),
                    title=title if pred == "holdsPosition" else None)


def _people(r, name: str) -> set[str]:
    return {iri for iri, e in r.entities.items() if e.type == "Person" and e.label == name}


def test_resolve_fixture_merges_and_keeps_apart():
    r = resolve(fx.articles())
    assert len(_people(r, "贺知远")) == 1      # shared unit 青禾职业技术学院
    assert len(_people(r, "林默涵")) == 2      # bureau vs another school: nothing links them
    assert len(_people(r, "董晴川")) == 1      # no unit in C, one unit group in A
    company = [e for e in r.entities.values() if e.label == fx.COMPANY]
    assert len(company) == 1 and company[0].articles == ["fixtures/a.txt", "fixtures/b.txt"]
    assert fx.COMPANY_SHORT in company[0].aliases
    events = [e for e in r.entities.values() if e.type == "Event"]
    assert len(events) == 1 and events[0].articles == ["fixtures/a.txt", "fixtures/c.jsonl#3"]
    assert not any(e.type in ("Place", "Position", "Date") for e in r.entities.values())


def test_resolve_merge_log_gives_reasons():
    r = resolve(fx.articles())
    reasons = {(m.a.name, m.reason) for m in r.merges}
    assert ("贺知远", "shared-unit") in reasons
    assert ("董晴川", "same-name-one-unit-group") in reasons
    assert (fx.COMPANY, "alias") in reasons
    assert (fx.EVENT, "same-name-and-date") in reasons
    assert all(m.detail for m in r.merges)


@pytest.mark.parametrize("name_a, name_b, merged", [
    ("甲市教育局", "甲市 教育局", True),
    ("“甲”联盟", "甲联盟", True),
    ("ＡＢＣ学院", "abc学院", True),
    ("甲市教育局", "乙市教育局", False),
])
def test_resolve_units_merge_by_normalised_name(name_a, name_b, merged):
    r = resolve([_art("a", [Entity("Organization", name_a)]), _art("b", [Entity("Organization", name_b)])])
    assert (len(r.entities) == 1) is merged


@pytest.mark.parametrize("date_a, date_b, merged", [
    ("2024-05-01", "2024-05-01", True),
    ("2024-05-01", "2023-05-01", False),
    (None, None, False),
])
def test_resolve_events_merge_by_name_and_date(date_a, date_b, merged):
    a = _art("a", [Entity("Event", "年会", attrs={"date": date_a})])
    b = _art("b", [Entity("Event", "年会", attrs={"date": date_b})])
    assert (len(resolve([a, b]).entities) == 1) is merged


def test_resolve_person_with_post_in_sub_unit_merges_with_parent_unit():
    a = _art("a", [Entity("Person", "王一"), Entity("Organization", "甲局"), Entity("Organization", "甲局乙处")],
             [_post("王一", "甲局乙处", "处长"),
              Relation("甲局乙处", "subOrganizationOf", "甲局", "Organization", "Organization",
                       Evidence(0, 5, "r"))])
    b = _art("b", [Entity("Person", "王一"), Entity("Organization", "甲局")], [_post("王一", "甲局", "副局长")])
    r = resolve([a, b])
    assert len(_people(r, "王一")) == 1
    assert [m.reason for m in r.merges if m.a.type == "Person"] == ["shared-unit"]


def test_resolve_represents_counts_as_unit():
    a = _art("a", [Entity("Person", "王一"), Entity("Organization", "甲公司")],
             [_post("王一", "甲公司", pred="represents")])
    b = _art("b", [Entity("Person", "王一"), Entity("Organization", "甲公司")], [_post("王一", "甲公司")])
    assert len(_people(resolve([a, b]), "王一")) == 1


def test_resolve_unitless_person_stays_apart_when_two_unit_groups():
    a = _art("a", [Entity("Person", "王一"), Entity("Organization", "甲校")], [_post("王一", "甲校")])
    b = _art("b", [Entity("Person", "王一"), Entity("Organization", "乙校")], [_post("王一", "乙校")])
    c = _art("c", [Entity("Person", "王一")])
    d = _art("d", [Entity("Person", "王一")])
    r = resolve([a, b, c, d])
    people = _people(r, "王一")
    assert len(people) == 3
    assert r.iri_of(c, "Person", "王一") == r.iri_of(d, "Person", "王一")


def test_resolve_relation_naming_an_alias_maps_to_the_unit():
    a = _art("a", [Entity("Person", "王一"), Entity("Organization", "甲乙科技有限公司", attrs={"aliases": ["甲乙科技"]})],
             [_post("王一", "甲乙科技", "总经理")])
    r = resolve([a])
    assert len(r.entities) == 2 and len(r.facts) == 1
    assert r.entities[r.facts[0].o].label == "甲乙科技有限公司"


def test_resolve_iris_stable_opaque_and_order_independent():
    first = resolve(fx.articles())
    again = resolve(fx.articles())
    backwards = resolve(list(reversed(fx.articles())))
    assert sorted(first.entities) == sorted(again.entities) == sorted(backwards.entities)
    assert first.index == again.index
    assert all(SAFE_IRI.match(iri) for iri in first.entities)


def test_resolve_hostile_names_give_safe_iris():
    r = resolve([fx.hostile_article()])
    assert len(r.entities) == 2 * len(fx.HOSTILE_NAMES)
    assert all(SAFE_IRI.match(iri) for iri in r.entities)


def test_resolve_base_iri_is_configurable():
    r = resolve(fx.articles(), base_iri="urn:x-test:")
    assert all(iri.startswith("urn:x-test:") for iri in r.entities)
    assert not any(iri.startswith(DEFAULT_BASE_IRI) for iri in r.entities)


@pytest.mark.parametrize("base", ["", "no scheme", "https://x.org/a b/", "https://x.org/<id>/"])
def test_resolve_rejects_unsafe_base_iri(base):
    with pytest.raises(ZhkgError, match="base IRI"):
        resolve([], base_iri=base)


def test_resolve_override_merges_and_separates():
    arts = fx.articles()
    ov = Overrides(
        merge=[(Ref("Person", "林默涵", "fixtures/a.txt"), Ref("Person", "林默涵", "fixtures/b.txt"))],
        separate=[(Ref("Person", "贺知远", "fixtures/a.txt"), Ref("Person", "贺知远", "fixtures/b.txt"))],
    )
    r = resolve(arts, overrides=ov)
    assert len(_people(r, "林默涵")) == 1
    assert len(_people(r, "贺知远")) == 2
    assert any(m.reason == "override" and m.a.name == "林默涵" for m in r.merges)
    assert any(m.a.name == "贺知远" for m in r.blocked)


def test_resolve_override_naming_nothing_changes_nothing():
    ov = Overrides(merge=[(Ref("Person", "无此人"), Ref("Person", "林默涵"))])
    assert sorted(resolve(fx.articles(), overrides=ov).entities) == sorted(resolve(fx.articles()).entities)


def test_resolve_override_conflict_is_an_error():
    ref_a, ref_b = Ref("Person", "林默涵", "fixtures/a.txt"), Ref("Person", "林默涵", "fixtures/b.txt")
    with pytest.raises(ZhkgError, match="林默涵"):
        resolve(fx.articles(), overrides=Overrides(merge=[(ref_a, ref_b)], separate=[(ref_a, ref_b)]))


def test_resolve_override_files_json_and_csv(tmp_path):
    j = tmp_path / "o.json"
    j.write_text(json.dumps({
        "merge": [[{"type": "Person", "name": "林默涵", "article": "fixtures/a.txt"},
                   {"type": "Person", "name": "林默涵", "article": "fixtures/b.txt"}]],
        "separate": [[{"type": "Person", "name": "贺知远", "article": "fixtures/a.txt"},
                      {"type": "Person", "name": "贺知远", "article": "fixtures/b.txt"}]],
    }, ensure_ascii=False), encoding="utf-8")
    c = tmp_path / "o.csv"
    c.write_text("action,type,name,article,other_name,other_article\n"
                 "merge,Person,林默涵,fixtures/a.txt,林默涵,fixtures/b.txt\n"
                 "separate,Person,贺知远,fixtures/a.txt,贺知远,fixtures/b.txt\n", encoding="utf-8")
    assert load_overrides(j) == load_overrides(c)
    for path in (j, c):
        r = resolve(fx.articles(), overrides=path)
        assert (len(_people(r, "林默涵")), len(_people(r, "贺知远"))) == (1, 2)


@pytest.mark.parametrize("name, content, problem", [
    ("bad.json", "{not json", "invalid JSON"),
    ("bad2.json", '{"merge": [[{"type": "Person"}, {"type": "Person", "name": "x"}]]}', "'type' and 'name'"),
    ("bad3.json", '{"merge": [], "split": []}', "unknown keys"),
    ("bad4.json", '{"merge": [[{"type": "Robot", "name": "x"}, {"type": "Robot", "name": "y"}]]}', "unknown entity type"),
    ("bad.csv", "a,b\n1,2\n", "CSV header"),
    ("bad2.csv", "action,type,name,other_name\njoin,Person,x,y\n", "action must be"),
])
def test_resolve_override_file_errors_name_the_file(tmp_path, name, content, problem):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)) as info:
        load_overrides(p)
    assert str(p) in str(info.value)


def test_resolve_duplicate_article_ids_rejected():
    with pytest.raises(ZhkgError, match="a.txt"):
        resolve([_art("a.txt", []), _art("a.txt", [])])


def _part_of(unit: str, parent: str) -> Relation:
    return Relation(unit, "subOrganizationOf", parent, "Organization", "Organization", Evidence(0, 5, "r"))


def test_resolve_bare_parts_of_units_merge_only_under_one_parent():
    # 教务处 at two schools is two units, and the two 王立新 who head them are two people
    a = _art("a", [Entity("Organization", "青州大学"), Entity("Organization", "教务处"), Entity("Person", "王立新")],
             [_part_of("教务处", "青州大学"), _post("王立新", "教务处", "处长")])
    b = _art("b", [Entity("Organization", "岷江职业技术学院"), Entity("Organization", "教务处"), Entity("Person", "王立新")],
             [_part_of("教务处", "岷江职业技术学院"), _post("王立新", "教务处", "处长")])
    r = resolve([a, b])
    assert len([e for e in r.entities.values() if e.label == "教务处"]) == 2
    assert len(_people(r, "王立新")) == 2
    # the same school in a third article: its 教务处 and its 处长 are the first article's
    c = _art("c", [Entity("Organization", "青州大学"), Entity("Organization", "教务处"), Entity("Person", "王立新")],
             [_part_of("教务处", "青州大学"), _post("王立新", "教务处", "处长")])
    r = resolve([a, b, c])
    assert len([e for e in r.entities.values() if e.label == "教务处"]) == 2
    assert r.iri_of(a, "Organization", "教务处") == r.iri_of(c, "Organization", "教务处")
    assert r.iri_of(a, "Person", "王立新") == r.iri_of(c, "Person", "王立新") != r.iri_of(b, "Person", "王立新")
    assert ("教务处", "same-name-same-parent") in {(m.a.name, m.reason) for m in r.merges}


def test_resolve_bare_part_without_parent_stays_in_its_article():
    # 人力资源部 named with no company in two articles: nothing says it is one department
    a = _art("a", [Entity("Organization", "人力资源部"), Entity("Person", "周明")], [_post("周明", "人力资源部", "经理")])
    b = _art("b", [Entity("Organization", "人力资源部"), Entity("Person", "周明")], [_post("周明", "人力资源部", "经理")])
    r = resolve([a, b])
    assert len([e for e in r.entities.values() if e.label == "人力资源部"]) == 2
    assert len(_people(r, "周明")) == 2


@pytest.mark.parametrize("name", ["青州理工学院", "青州大学教务处", "“未来工匠”产业学院", "青州市职业教育中心"])
def test_resolve_whole_bodies_and_full_names_still_merge_by_name(name):
    # a 学院 or 中心 with no parent named may be a whole school; a part named with its unit is one
    r = resolve([_art("a", [Entity("Organization", name)]), _art("b", [Entity("Organization", name)])])
    assert len(r.entities) == 1


def test_resolve_same_parent_merge_is_published_and_conforms():
    from zhkg.rdf import ZHKG, build_dataset, union_graph, validate

    arts = [_art(p, [Entity("Organization", "青州大学"), Entity("Organization", "科研处")], [_part_of("科研处", "青州大学")])
            for p in ("a", "b")]
    g = union_graph(build_dataset(resolve(arts)))
    assert "same-name-same-parent" in {str(o) for o in g.objects(None, ZHKG.mergeReason)}
    conforms, report = validate(g)
    assert conforms, report[:2000]


def test_resolve_bare_part_without_parent_joins_on_the_same_site():
    # a school's own news names its 教务处 bare: two pages of one site mean one 教务处
    def page(path: str, site: str) -> Article:
        a = _art(path, [Entity("Organization", "教务处"), Entity("Person", "王立新")], [_post("王立新", "教务处", "处长")])
        a.metadata["site"] = site
        return a

    a, b, c = page("a", "青州大学新闻网"), page("b", "青州大学新闻网"), page("c", "岷江职业技术学院")
    r = resolve([a, b, c])
    assert r.iri_of(a, "Organization", "教务处") == r.iri_of(b, "Organization", "教务处") != r.iri_of(c, "Organization", "教务处")
    assert r.iri_of(a, "Person", "王立新") == r.iri_of(b, "Person", "王立新") != r.iri_of(c, "Person", "王立新")
    assert ("教务处", "same-name-same-site") in {(m.a.name, m.reason) for m in r.merges}
    from zhkg.rdf import ZHKG, build_dataset, union_graph, validate

    g = union_graph(build_dataset(r))
    assert "same-name-same-site" in {str(o) for o in g.objects(None, ZHKG.mergeReason)}
    assert validate(g)[0]


def test_resolve_unit_named_by_its_level_alone_is_no_one_unit_across_sites():
    # 市教育局 on two cities' pages is two bureaus, and the two 韩立平 who head them two people;
    # two pages of one site mean one 市教育局 (its 局长 one person)
    def page(path: str, site: str | None, unit: str = "市教育局") -> Article:
        a = _art(path, [Entity("Organization", unit), Entity("Person", "韩立平")], [_post("韩立平", unit, "局长")])
        if site:
            a.metadata["site"] = site
        return a

    a, b, c, d = page("a", "青州市人民政府"), page("b", "青州市人民政府"), page("c", "岷江市教育局"), page("d", None)
    r = resolve([a, b, c, d])
    assert len([e for e in r.entities.values() if e.label == "市教育局"]) == 3
    assert r.iri_of(a, "Person", "韩立平") == r.iri_of(b, "Person", "韩立平")
    assert len(_people(r, "韩立平")) == 3
    # a level with a body (市委组织部) too; a word that only starts like a level (市场监管局) merges by name
    r = resolve([page("e", None, "县委组织部"), page("f", None, "县委组织部")])
    assert len(r.entities) == 4
    r = resolve([page("g", None, "市场监管局"), page("h", None, "市场监管局")])
    assert len([e for e in r.entities.values() if e.label == "市场监管局"]) == 1

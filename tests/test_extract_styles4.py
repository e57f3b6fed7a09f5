"""Extraction on the styles of the hidden sets, fourth round: short names
that read as units of their own, words that begin a clause before a unit, a
subsidiary that signs, rarer compound surnames, counts of events, and whole
department names before a post. Every sentence and name here is invented
for these tests."""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article
from zhkg.model import Article


def _extract(text: str, published: str = "2025-06-30") -> Article:
    return extract_article(Article("t.txt", text, metadata={"published": published}))


def _rels(a: Article, p: str | None = None) -> set[tuple]:
    return {(r.s, r.p, r.o) + ((r.title,) if r.p == "holdsPosition" else ()) for r in a.relations if p is None or r.p == p}


def _names(a: Article, type_: str) -> set[str]:
    return {e.name for e in a.entities if e.type == type_}


# ------------------------------------- A. short names that read as units
_ALIAS_UNIT = (
    "5月8日，桐岭职业学院与明川航运集团有限公司（以下简称“航运集团”）合作签约仪式在航运集团总部举行。"
    "航运集团总经理武思源、副总经理祁朗出席。仪式由祁朗主持。"
)


def test_extract_declared_alias_that_reads_as_unit_is_the_full_unit() -> None:
    a = _extract(_ALIAS_UNIT)
    assert "航运集团" not in _names(a, "Organization")
    assert ("武思源", "holdsPosition", "明川航运集团有限公司", "总经理") in _rels(a)
    held = _rels(a, "heldAt")
    assert held and all(o == "明川航运集团有限公司" for _, _, o in held)


def test_extract_company_short_name_without_legal_ending_and_place() -> None:
    a = _extract("明川仓储物流集团有限公司人力资源部部长姜木来到现场，他说：“仓储物流集团每年招收毕业生80人。”")
    assert "仓储物流集团" not in _names(a, "Organization")
    assert "明川仓储物流集团有限公司" in _names(a, "Organization")


@pytest.mark.parametrize(
    ("text", "full", "person", "title"),
    [
        ("榆州省人民政府副省长宁远山出席，省政府副秘书长汤鸣主持会议。", "榆州省人民政府", "汤鸣", "副秘书长"),
        ("榆阳市人民政府召开常务会议。市政府副秘书长贝晓舟宣读通知。", "榆阳市人民政府", "贝晓舟", "副秘书长"),
    ],
)
def test_extract_government_short_form_is_the_named_government(text: str, full: str, person: str, title: str) -> None:
    a = _extract(text)
    assert not {"省政府", "市政府"} & _names(a, "Organization")
    assert (person, "holdsPosition", full, title) in _rels(a)


def test_extract_government_short_form_without_full_name_stays() -> None:
    a = _extract("省政府副秘书长汤鸣主持会议。")
    assert ("汤鸣", "holdsPosition", "省政府", "副秘书长") in _rels(a)


# ------------------------- B. words that begin a clause before a unit word
@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("院长柯望舒介绍，一年来学校新增合作企业15家。", "一年来学校"),
        ("处长柯望舒说，下月学校还将开放实训中心。", "下月学校"),
        ("岭川新材旗下岭川光电材料有限公司同日与桐岭技师学院签署了共建协议。", "岭川新材旗下岭川光电材料有限公司"),
    ],
)
def test_extract_clause_words_do_not_begin_a_unit(text: str, bad: str) -> None:
    orgs = _names(_extract(text), "Organization")
    assert not any(n.startswith(bad) for n in orgs)


# ----------------------------------- C. a subsidiary signs, not its owner
def test_extract_subsidiary_signs_not_its_owner() -> None:
    a = _extract(
        "6月2日，岭川新材料科技股份有限公司（以下简称“岭川新材”）与桐岭职业学院签约。"
        "岭川新材旗下岭川光电材料有限公司同日与桐岭技师学院签署了共建协议。"
    )
    pairs = {frozenset((s, o)) for s, _, o in _rels(a, "signedAgreement")}
    assert frozenset(("岭川光电材料有限公司", "桐岭技师学院")) in pairs
    assert frozenset(("岭川新材料科技股份有限公司", "桐岭技师学院")) not in pairs


# ------------------------------------------- D. rarer compound surnames
@pytest.mark.parametrize("name", ["鲜于明远", "淳于晓澜", "仲孙若谷"])
def test_extract_rarer_compound_surname(name: str) -> None:
    a = _extract(f"桐岭职业学院院长{name}介绍了学院的办学情况。")
    assert name in _names(a, "Person")
    assert name[:2] not in _names(a, "Person")


# ------------------------------------------------- E. counts of events
@pytest.mark.parametrize("count", ["4场行业专场招聘会", "两场专题座谈会", "3次校企对接会"])
def test_extract_count_of_events_is_not_an_event(count: str) -> None:
    a = _extract(f"处长柯望舒介绍，下月桐岭职业学院还将举办{count}。")
    assert not any(n.endswith(count) for n in _names(a, "Event"))


def test_extract_cohort_year_event_stays() -> None:
    a = _extract("6月20日，2025届毕业生夏季双选会在桐岭职业学院体育馆举行。")
    assert "2025届毕业生夏季双选会" in _names(a, "Event")


# ------------------------ F. whole department names before their post
@pytest.mark.parametrize(
    ("text", "unit", "person", "title"),
    [
        ("我校招生就业处处长莫晓川介绍了今年的招生计划。", "招生就业处", "莫晓川", "处长"),
        ("柳青同志任党委组织部副部长、人事处副处长；", "党委组织部", "柳青", "副部长"),
    ],
)
def test_extract_whole_department_name_before_post(text: str, unit: str, person: str, title: str) -> None:
    a = _extract(text)
    assert unit in _names(a, "Organization")
    assert (person, "holdsPosition", unit, title) in _rels(a)

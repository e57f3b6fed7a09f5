"""Extraction of a school's own page: 我校/本校/学校 stand for the school, not
for a college inside it (a college's site says 由我校主办、某学院承办), 我院
for the college; and the titles a school's own site gives without a unit go
to that school only when the text does speak of itself. Every sentence and
name here is invented for these tests."""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article
from zhkg.model import Article


def _extract(text: str, published: str = "2025-05-20") -> Article:
    return extract_article(Article("t.txt", text, metadata={"published": published}))


def _rels(a: Article, p: str | None = None) -> set[tuple]:
    return {(r.s, r.p, r.o) + ((r.title,) if r.p == "holdsPosition" else ()) for r in a.relations if p is None or r.p == p}


def _objects(a: Article, p: str) -> set[str]:
    return {r.o for r in a.relations if r.p == p}


# ------------------------------------------ A. 我校 on a college's page
_COLLEGE_PAGE = (
    "我院举办第三届新材料青年学者论坛\n2025-05-18\n"
    "5月16日，由我校主办、材料科学与工程学院承办的第三届新材料青年学者论坛在我校明德楼报告厅召开。"
    "栖川理工大学副校长严书朗，材料科学与工程学院院长骆知衡、副院长岑雨桐出席论坛。"
    "论坛由骆知衡主持。严书朗代表学校致辞。"
)


def test_extract_ownschool_my_school_on_college_page_is_the_university() -> None:
    a = _extract(_COLLEGE_PAGE)
    assert _objects(a, "heldAt") == {"栖川理工大学"}
    organisers = _objects(a, "organizedBy")
    assert "栖川理工大学" in organisers and "材料科学与工程学院" in organisers


def test_extract_ownschool_school_as_self_reference_is_not_the_college() -> None:
    a = _extract(_COLLEGE_PAGE)
    assert ("严书朗", "represents", "材料科学与工程学院") not in _rels(a)
    assert ("严书朗", "holdsPosition", "栖川理工大学", "副校长") in _rels(a)


def test_extract_ownschool_guest_university_is_not_my_school() -> None:
    text = (
        "我院举办先进制造技术研讨会\n2025-05-18\n"
        "5月16日，由我校主办、机电工程学院承办的第二届先进制造技术研讨会在我校启航楼会议室召开。"
        "来自澜山科技大学的专家冉知远教授，澜山科技大学智能制造研究所所长蒲望舒，"
        "汀州工业大学副校长殷泊然，机电工程学院院长濮晓川出席会议。"
        "冉知远介绍了澜山科技大学的经验。"
    )
    a = _extract(text)
    assert _objects(a, "heldAt") == {"汀州工业大学"}
    assert "澜山科技大学" not in _objects(a, "organizedBy")
    assert "机电工程学院" not in _objects(a, "heldAt")


def test_extract_ownschool_two_host_candidates_give_no_venue() -> None:
    text = (
        "我院举办数字设计工作坊\n2025-05-18\n"
        "5月16日，由我校主办、设计艺术学院承办的数字设计工作坊在我校知行楼召开。"
        "汀州工业大学副校长殷泊然，澜山科技大学副校长蒲望舒，设计艺术学院院长濮晓川出席。"
    )
    a = _extract(text)
    assert "设计艺术学院" not in _objects(a, "heldAt")
    assert not ({"汀州工业大学", "澜山科技大学"} & _objects(a, "heldAt"))


def test_extract_ownschool_my_college_is_the_college() -> None:
    text = (
        "5月16日，栖川理工大学副校长严书朗来到材料科学与工程学院调研。"
        "座谈会在我院三楼会议室召开，材料科学与工程学院院长骆知衡主持座谈会。"
    )
    a = _extract(text)
    assert "栖川理工大学" not in _objects(a, "heldAt")


@pytest.mark.parametrize("school", ["桐岭职业技术学院", "栖川师范学院"])
def test_extract_ownschool_college_that_is_a_school_stays_my_school(school: str) -> None:
    text = (
        f"5月16日，由我校主办的职业教育活动周启动仪式在我校体育馆举行。"
        f"{school}党委书记贺知远、院长左向晨出席仪式。"
    )
    a = _extract(text)
    assert _objects(a, "heldAt") == {school}


# ------------------------- B. titles without a unit need a self-reference
@pytest.mark.parametrize(
    "visit",
    [
        "检查安全校园建设工作",  # 全校 only across two words
        "检查兄弟院校领导班子建设工作",  # 校领导 only across two words
        "调研",  # 学校党委 only inside the school's name (某职业学校党委书记)
    ],
)
def test_extract_ownschool_report_on_a_school_gives_it_no_bare_posts(visit: str) -> None:
    text = (
        f"5月16日，澄湾市教育局局长宁致远到澄湾市第二职业学校{visit}。"
        "澄湾市第二职业学校党委书记柏清如陪同。座谈会上，校长鄢少卿汇报了工作。"
    )
    a = _extract(text)
    assert ("鄢少卿", "holdsPosition", "澄湾市第二职业学校", "校长") not in _rels(a)


def test_extract_ownschool_self_reference_gives_bare_posts_to_the_school() -> None:
    text = (
        "5月16日，澄湾市教育局局长宁致远到澄湾市第二职业学校调研，全校师生热烈欢迎。"
        "座谈会上，校长鄢少卿汇报了工作。"
    )
    a = _extract(text)
    assert ("鄢少卿", "holdsPosition", "澄湾市第二职业学校", "校长") in _rels(a)

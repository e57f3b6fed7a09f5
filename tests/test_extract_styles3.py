"""Extraction on the styles of the hidden sets, third round: programme lines
of long reports, departments of companies and schools, posts of a
community, and spurious entities. Every sentence and name here is invented
for these tests."""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article
from zhkg.model import Article


def _extract(text: str, published: str = "2024-12-01") -> Article:
    return extract_article(Article("t.txt", text, metadata={"published": published}))


def _rels(a: Article, p: str | None = None) -> set[tuple]:
    return {(r.s, r.p, r.o) + ((r.title,) if r.p == "holdsPosition" else ()) for r in a.relations if p is None or r.p == p}


def _names(a: Article, type_: str) -> set[str]:
    return {e.name for e in a.entities if e.type == type_}


# ------------------------------------------------- A. events in long reports
_PROGRAMME = (
    "6月3日上午，第二届枫岭职业教育数字化研讨会在枫岭职业技术学院开幕。\n"
    "主持人：枫岭市教育局副局长柯望舒\n"
    "主旨报告：\n"
    "钟离晚晴（枫岭大学教育学院院长）：《课堂里的数字孪生》\n"
    "甘棠溪（枫岭职业技术学院副院长）：《校企共建课程的路径》\n"
)


@pytest.mark.parametrize(
    ("person", "p"),
    [
        ("柯望舒", "chaired"),
        ("柯望舒", "attended"),
        ("钟离晚晴", "spokeAt"),
        ("甘棠溪", "spokeAt"),
        ("甘棠溪", "attended"),
    ],
)
def test_extract_styles3_programme_lines_give_roles(person: str, p: str) -> None:
    a = _extract(_PROGRAMME)
    assert (person, p, "第二届枫岭职业教育数字化研讨会") in _rels(a, p)


def test_extract_styles3_guest_list_under_heading_attends() -> None:
    text = (
        "第三届枫岭产教融合论坛于5月8日在枫岭职业技术学院举行。\n"
        "出席嘉宾：\n"
        "枫岭市教育局局长 顾千帆\n"
        "枫岭大学副校长 乐正弦\n"
        "\n"
        "论坛围绕校企合作展开讨论。\n"
    )
    att = _rels(_extract(text), "attended")
    assert ("顾千帆", "attended", "第三届枫岭产教融合论坛") in att
    assert ("乐正弦", "attended", "第三届枫岭产教融合论坛") in att


def test_extract_styles3_held_at_a_unit_is_not_organised_by_it() -> None:
    a = _extract("第三届枫岭产教融合论坛于5月8日在枫岭职业技术学院举办。")
    assert ("第三届枫岭产教融合论坛", "heldAt", "枫岭职业技术学院") in _rels(a, "heldAt")
    assert not _rels(a, "organizedBy")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the community's whole name fronts its founding meeting
        ("9月2日，枫岭智能制造产教融合共同体成立大会在枫岭技师学院举行。", "枫岭智能制造产教融合共同体成立大会"),
        # 首届 is part of the occasion's name
        ("4月10日，枫岭市首届数控技能大赛开幕式在枫岭技师学院举行。", "枫岭市首届数控技能大赛开幕式"),
    ],
)
def test_extract_styles3_event_name_keeps_its_front(text: str, event: str) -> None:
    assert event in _names(_extract(text), "Event")


# ------------------------------------------------ B. departments as sub-units
@pytest.mark.parametrize(
    ("text", "person", "unit", "title", "parent"),
    [
        ("枫岭锻压机床有限公司人力资源部经理方若谷出席。", "方若谷", "枫岭锻压机床有限公司人力资源部", "经理", "枫岭锻压机床有限公司"),
        ("枫岭县教育局职成股股长容与之出席。", "容与之", "枫岭县教育局职成股", "股长", "枫岭县教育局"),
    ],
)
def test_extract_styles3_company_department_holds_the_post(text, person, unit, title, parent) -> None:
    rels = _rels(_extract(text))
    assert (person, "holdsPosition", unit, title) in rels
    assert (unit, "subOrganizationOf", parent) in rels


def test_extract_styles3_department_named_alone_in_a_run() -> None:
    a = _extract("枫岭锻压机床有限公司人力资源部经理方若谷、市场部经理闻人语出席。")
    assert ("闻人语", "holdsPosition", "市场部", "经理") in _rels(a, "holdsPosition")


def test_extract_styles3_office_of_the_school_referred_back() -> None:
    a = _extract("枫岭职业技术学院党委书记乔木森，该校国际合作办公室主任温以宁出席。")
    rels = _rels(a)
    assert ("温以宁", "holdsPosition", "国际合作办公室", "主任") in rels
    assert ("国际合作办公室", "subOrganizationOf", "枫岭职业技术学院") in rels


# -------------------------------------------------- C. posts of a community
def test_extract_styles3_elected_posts_of_the_community() -> None:
    text = (
        "11月2日，枫岭智能制造产教融合共同体成立大会在枫岭技师学院举行。会上，枫岭技师学院院长乔木森"
        "当选共同体首届理事长，枫岭锻压机床有限公司总经理方若谷当选副理事长，枫岭技师学院副院长温以宁当选秘书长。"
    )
    hp = _rels(_extract(text), "holdsPosition")
    comm = "枫岭智能制造产教融合共同体"
    assert ("乔木森", "holdsPosition", comm, "理事长") in hp
    assert ("方若谷", "holdsPosition", comm, "副理事长") in hp
    assert ("温以宁", "holdsPosition", comm, "秘书长") in hp


def test_extract_styles3_elected_post_after_an_association_is_not_the_community() -> None:
    text = (
        "枫岭智能制造产教融合共同体去年成立。枫岭市机械工程学会召开年会，枫岭技师学院院长乔木森当选副理事长。"
    )
    hp = _rels(_extract(text), "holdsPosition")
    assert not any(r[2] == "枫岭智能制造产教融合共同体" for r in hp)


# --------------------------------------------------- D. spurious entities
@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("年内计划联合开发新形态教材12部。", "年内计划联合开发新形态教材12部"),
        ("区县（市）人民政府要加强统筹。", "区县（市）人民政府"),
        ("鼓励公立医院参与护理专业建设。", "公立医院"),
        ("根据枫人社任〔2025〕3号文件，枫岭技师学院开展培训。", "枫人社"),
    ],
)
def test_extract_styles3_no_unit_from_counts_kinds_or_document_numbers(text: str, not_org: str) -> None:
    assert not_org not in _names(_extract(text), "Organization")


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("本报讯（记者 包星澜）3月5日上午，枫岭市职业教育工作会议召开。", "包星澜"),
        ("新华社枫岭3月5日电（记者 包星澜 通讯员 宓远舟）枫岭市职业教育工作会议5日召开。", "宓远舟"),
        ("嘉宾齐聚鹤川 共话职教发展", "齐聚鹤"),
        ("专家齐聚云溪共话产教融合", "齐聚云"),
    ],
)
def test_extract_styles3_no_person_from_bylines_or_headings(text: str, not_person: str) -> None:
    assert not_person not in _names(_extract(text), "Person")


def test_extract_styles3_foreign_surname_is_no_unit() -> None:
    a = _extract("枫岭大学邀请Anna Hofer教授讲学。Hofer教授作了报告。")
    assert not {"Hofer", "Anna Hofer"} & _names(a, "Organization")

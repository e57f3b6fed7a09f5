"""Where an event is held, and how far a quoted ``A暨B`` name reaches.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article
from zhkg.model import Article


def _run(text: str, title: str | None = None) -> Article:
    meta = {"published": "2026-05-20"}
    if title:
        meta["title"] = title
    return extract_article(Article(path="x.txt", text=text, metadata=meta))


def _events(a: Article) -> set[str]:
    return {e.name for e in a.entities if e.type == "Event"}


def _held(a: Article) -> set[tuple[str, str]]:
    return {(r.s, r.o) for r in a.relations if r.p == "heldAt"}


@pytest.mark.parametrize("facility", ["图文信息中心一楼报告厅", "图书馆三层多功能厅"])
def test_extract_events4_room_of_a_facility_is_held_at_its_school(facility: str) -> None:
    text = (
        f"4月9日上午，云帆智慧港口产业学院揭牌仪式在临霞职业技术学院{facility}举行。"
        "临霞职业技术学院院长柯望舒出席仪式并致辞。"
    )
    a = _run(text)
    assert ("云帆智慧港口产业学院揭牌仪式", "临霞职业技术学院") in _held(a)


def test_extract_events4_bare_campus_room_is_held_at_the_school_that_names_the_meeting() -> None:
    text = (
        "3月2日下午，澄川市商贸职业学校党委（扩大）会议在综合楼四楼会议室召开，"
        "专题研究校企合作工作。党委书记司徒青岩主持会议。"
    )
    a = _run(text, title="澄川市商贸职业学校召开党委（扩大）会议")
    assert ("澄川市商贸职业学校党委（扩大）会议", "澄川市商贸职业学校") in _held(a)


def test_extract_events4_bare_room_gives_no_venue_for_an_event_named_otherwise() -> None:
    text = (
        "澄川市商贸职业学校新闻网\n3月2日下午，“青苗计划”校企联合培养项目启动仪式在综合楼四楼会议室举行，"
        "澄川市商贸职业学校校长司徒青岩主持仪式。"
    )
    a = _run(text)
    assert not any(s.endswith("启动仪式") for s, _ in _held(a))


def test_extract_events4_past_occasions_held_elsewhere_are_not_this_events_venue() -> None:
    text = (
        "11月3日，“2026年第五届全国职教论坛”在澄川大学开幕。"
        "澄川大学副校长龚明远在开幕式上介绍了一年来研究会先后在临霞大学举办“职教青年学者成果”评选活动，"
        "在溪山大学举办“2026年职教师资高级研修班”的情况。"
    )
    a = _run(text)
    assert not any(o == "溪山大学" for _, o in _held(a))


def test_extract_events4_quoted_joint_name_keeps_its_second_part() -> None:
    text = (
        "5月8日至9日，“2026年第三届全国职业教育学年会暨全国职教研究会第一届三次理事会”在临霞大学举行。"
        "来自全国的百余名学者参加会议。"
    )
    a = _run(text)
    assert "“2026年第三届全国职业教育学年会暨全国职教研究会第一届三次理事会”" in _events(a) or \
        "2026年第三届全国职业教育学年会暨全国职教研究会第一届三次理事会" in _events(a)

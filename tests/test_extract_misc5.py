"""Technical words inside event names, reporters at work, dashed joint unit
names and Latin names before an honorific.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article
from zhkg.model import Article


def _run(text: str) -> Article:
    return extract_article(Article(path="x.txt", text=text, metadata={"published": "2026-05-20"}))


def _names(a: Article, kind: str) -> set[str]:
    return {e.name for e in a.entities if e.type == kind}


def _rel(a: Article, p: str) -> set[tuple[str, str]]:
    return {(r.s, r.o) for r in a.relations if r.p == p}


@pytest.mark.parametrize(
    "event",
    ["第二届先进焊接技术研讨会", "首届数控加工技能大赛", "第三届精密检测技术论坛", "首届工业机器人装配与编程大赛"],
)
def test_extract_misc5_technical_verb_inside_event_name(event: str) -> None:
    a = _run(f"5月8日，{event}在澄川职业技术学院举行。院长柯望舒出席并致辞。")
    assert event in _names(a, "Event")
    assert (event, "澄川职业技术学院") in _rel(a, "heldAt")
    assert ("柯望舒", event) in _rel(a, "attended")


@pytest.mark.parametrize(
    "after",
    ["会后，记者司徒青岩采访了与会代表。", "会后，本报通讯员 司徒青岩专访了与会嘉宾。", "会议间隙，柯望舒接受记者司徒青岩采访。"],
)
def test_extract_misc5_reporter_at_work_is_no_attendee(after: str) -> None:
    a = _run(f"5月8日，第二届先进焊接技术研讨会在澄川职业技术学院举行。院长柯望舒出席会议并致辞。{after}")
    att = _rel(a, "attended")
    assert ("柯望舒", "第二届先进焊接技术研讨会") in att
    assert not any(s == "司徒青岩" for s, _ in att)


def test_extract_misc5_reporter_as_guest_still_attends() -> None:
    a = _run("5月8日，第二届先进焊接技术研讨会在澄川职业技术学院举行。青年记者司徒青岩出席会议。")
    assert ("司徒青岩", "第二届先进焊接技术研讨会") in _rel(a, "attended")


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_extract_misc5_dashed_joint_unit_name_is_one_unit(dash: str) -> None:
    unit = f"澄川大学{dash}临霞大学智能制造联合研究院"
    a = _run(f"5月8日，{unit}揭牌仪式举行。")
    assert unit in _names(a, "Organization")
    assert f"{unit}揭牌仪式" in _names(a, "Event")


def test_extract_misc5_verb_inside_unit_name_before_unit_word() -> None:
    a = _run("5月8日，澄川大学智能制造联合研究院揭牌仪式举行。")
    assert "澄川大学智能制造联合研究院" in _names(a, "Organization")


@pytest.mark.parametrize("person,word", [("Karl Brenner", "教授"), ("Anna Keller", "博士"), ("Tom Weiss", "先生")])
def test_extract_misc5_latin_name_before_honorific_is_person(person: str, word: str) -> None:
    a = _run(f"5月8日，第二届先进焊接技术研讨会在澄川职业技术学院举行。会上，{person}{word}作主旨报告。")
    assert person in _names(a, "Person")
    assert (person, "第二届先进焊接技术研讨会") in _rel(a, "spokeAt")


def test_extract_misc5_long_latin_run_names_no_person() -> None:
    a = _run("会上，来自Hohenstein Textil Institut Karl Brenner教授作报告。")
    assert not any("Brenner" in n for n in _names(a, "Person"))

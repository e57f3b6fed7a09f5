"""Event names that reach past verbs and alias declarations.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article, find_mentions
from zhkg.model import Article


def _events(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if m.kind == "event"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb that ends clauses elsewhere (对接, 签署, 联合) inside the name
        ("2026清河职业教育与产业发展对接大会5日在清河会展中心举行。", "2026清河职业教育与产业发展对接大会"),
        ("当天上午，松原大学机械学院与北港科技大学合作备忘录签署仪式在学院报告厅举行。",
         "松原大学机械学院与北港科技大学合作备忘录签署仪式"),
        ("当天下午，“明日工匠”中德联合培养项目启动仪式在学院会议室举行。", "“明日工匠”中德联合培养项目启动仪式"),
        # a verb of a field's name (智能制造) inside the name
        ("由我校主办的2026智能制造工程教育国际研讨会在图书馆报告厅召开。", "2026智能制造工程教育国际研讨会"),
    ],
)
def test_extract_events2_name_reaches_past_inner_verb(text: str, name: str) -> None:
    assert name in _events(text)


def test_extract_events2_two_alias_declarations_before_signing() -> None:
    text = (
        "3月2日，青禾港务集团有限公司（以下简称“青禾港务”）与青禾技师学院（以下简称“青禾技院”）"
        "校企合作框架协议签约仪式在青禾港务总部举行。"
    )
    assert "青禾港务集团有限公司与青禾技师学院校企合作框架协议签约仪式" in _events(text)


@pytest.mark.parametrize(
    "text",
    ["双方签约仪式在学院举行。", "会上，双方代表对接会议安排。"],
)
def test_extract_events2_leading_verb_names_no_event(text: str) -> None:
    """A verb before the head word with nothing named before it is no name."""
    assert _events(text) == []


def test_extract_events2_attendees_reach_the_named_ceremony() -> None:
    text = (
        "当天上午，松原大学机械学院与北港科技大学合作备忘录签署仪式在学院报告厅举行。"
        "松原大学副校长欧阳明远参加仪式。"
    )
    art = extract_article(Article(path="t.txt", text=text))
    ev = "松原大学机械学院与北港科技大学合作备忘录签署仪式"
    assert any(r.p == "attended" and r.o == ev for r in art.relations)

"""Error classes of session 4, found on two new written sets (heldout15,
heldout16): rooms whose word holds an event head, short names of
development zones, names that are words, foreign companies with a place in
brackets, and more.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from .extract_helpers import names, posts, rel, run, run_page


@pytest.mark.parametrize("room", ["五楼会议中心", "国际会议中心", "一号会议中心"])
def test_extract_styles6_event_head_inside_a_room_word(room: str) -> None:
    """会议 in 会议中心 names the room, not the occasion; the occasion is the
    named one before its alias declaration."""
    a = run(f"5月8日，汀州数控装备产教融合共同体（以下简称“共同体”）成立大会在汀州职业技术学院{room}举行。"
            "汀州市教育局局长蒙慧远出席大会并讲话。")
    event = "汀州数控装备产教融合共同体成立大会"
    assert names(a, "Event") == {event}
    assert (event, "汀州职业技术学院") in rel(a, "heldAt")
    assert ("蒙慧远", event) in rel(a, "spokeAt")


COUNTY_PAGE = (
    "汀山县人民政府\n首页 | 走进汀山 | 政务公开\n当前位置：首页 > 政务公开\n\n"
    "县领导到县职业中专调研\n\n发布时间：2026-03-13 09:15\n\n"
    "3月12日，汀山县委书记庞启越到汀山县职业中等专业学校调研。县委副书记、县长蒙慧远，"
    "县委常委、常务副县长房书言陪同调研。"
)


def test_extract_styles6_county_heads_hold_posts_at_the_sites_government() -> None:
    """县委副书记、县长某某: the bare 县委 is the county committee the page names
    in full, and 县长 (carried over the 、) is a post in the county's people's
    government, the page's own site, not in the party committee."""
    a = run_page(COUNTY_PAGE)
    got = posts(a)
    assert ("蒙慧远", "汀山县委", "副书记") in got
    assert ("蒙慧远", "汀山县人民政府", "县长") in got
    assert ("房书言", "汀山县人民政府", "常务副县长") in got
    assert not any(o == "汀山县委" and t.endswith("县长") for _, o, t in got)


@pytest.mark.parametrize(("text", "name"), [
    ("汀山县委书记高远到汀山县职业中等专业学校调研。", "高远"),
    ("汀山县职业中等专业学校校长何方，副校长蒙慧远出席。", "何方"),
    ("汀山县职业中等专业学校校长何方代表学校发言。", "何方"),
])
def test_extract_styles6_word_like_name_right_after_a_title(text: str, name: str) -> None:
    """何方, 高远 are words too; right after a title and before punctuation, a
    trigger or a preposition, they are the post holder's name."""
    assert name in names(run(text), "Person")


@pytest.mark.parametrize("text", ["汀山县职业中等专业学校校长表示，要抓好教学。", "学院院长高度重视此项工作。"])
def test_extract_styles6_verbs_after_a_title_stay_words(text: str) -> None:
    assert not names(run(text), "Person")

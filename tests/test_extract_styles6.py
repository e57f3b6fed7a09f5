"""Error classes of session 4, found on two new written sets (heldout15,
heldout16): rooms whose word holds an event head, short names of
development zones, names that are words, foreign companies with a place in
brackets, and more.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from .extract_helpers import names, rel, run


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

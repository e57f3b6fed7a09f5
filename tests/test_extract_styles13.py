"""Error classes found on the written sets of session 11 (and heldout122 of
session 10, studied after its first measurement), each in our own invented
wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, run


def test_vocational_education_centre_is_the_school_we_are():
    # 某县职业技术教育中心 is a school: 我校 on its page, and 我校校长 its head
    a = run("4月26日，青禾县职业技术教育中心开放日活动在我校举行。县教育局副局长张三，我校校长李四、副校长王五出席。")
    assert ("李四", "青禾县职业技术教育中心", "校长") in posts(a)
    assert ("王五", "青禾县职业技术教育中心", "副校长") in posts(a)


def test_town_party_committee_before_its_secretary():
    # 某镇党委书记某某: the town's party committee is the unit, even where the
    # segmenter's word 党委书记 runs over its end
    a = run("6月13日，溪口镇座谈会召开。溪口镇党委书记邓林主持会议，镇党委副书记王刚出席。")
    assert "溪口镇党委" in names(a, "Organization")
    assert ("邓林", "溪口镇党委", "书记") in posts(a)
    assert ("王刚", "溪口镇党委", "副书记") in posts(a)
    # a township's too
    a = run("石门乡党委书记刘成出席。")
    assert ("刘成", "石门乡党委", "书记") in posts(a)

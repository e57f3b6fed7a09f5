"""Error classes found on the written sets of session 11 (and heldout122 of
session 10, studied after its first measurement), each in our own invented
wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run


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


def _counts(a):
    return {e.name: e.attrs.get("member_count") for e in a.entities if e.type == "Community"}


def test_member_count_written_as_so_many_member_units():
    # 共有73家成员单位 / 首批共有41家成员单位: the count before the word for members
    a = run("5月8日，青州现代物流产教联盟成立大会召开。联盟首批共有41家成员单位，其中企业26家。")
    assert _counts(a) == {"青州现代物流产教联盟": 41}
    a = run("5月8日，青州电子信息职业教育集团年会召开。经过换届，集团共有58家成员单位。")
    assert _counts(a) == {"青州电子信息职业教育集团": 58}
    # guard: members' representatives counted at a meeting are attendance
    a = run("5月8日，青州现代物流产教联盟年会召开，共有40余家成员单位代表参加会议。")
    assert _counts(a) == {"青州现代物流产教联盟": None}


def test_secretary_general_unit_is_a_member():
    # 某学院为秘书长单位: it holds an office of the council, as a member, not a leader
    a = run("6月1日，青州现代物流产教联盟成立大会召开。远达物流集团有限公司为理事长单位，"
            "青州职业技术学院为秘书长单位，青州技师学院为副理事长单位。")
    assert ("青州职业技术学院", "青州现代物流产教联盟") in rel(a, "memberOf")
    assert ("青州职业技术学院", "青州现代物流产教联盟") not in rel(a, "leadsCommunity")
    assert ("远达物流集团有限公司", "青州现代物流产教联盟") in rel(a, "leadsCommunity")

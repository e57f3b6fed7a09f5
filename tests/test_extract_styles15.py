"""Error classes found on the written sets of session 13, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, run


def test_development_zone_short_form_is_one_word():
    # 经开区管委会: 经 is not the verb 经 (经…研究决定), the body's name keeps it
    a = run("会议由青州经济技术开发区管理委员会（以下简称“经开区管委会”）承办。"
            "青州市副市长李明远，经开区管委会主任孙立广出席会议。")
    assert "开区管委会" not in names(a, "Organization")
    assert ("孙立广", "青州经济技术开发区管理委员会", "主任") in posts(a)
    # and with no declaration, the short form is a unit of its own, never cut
    a = run("经开区管委会副主任周晓川介绍了园区的用工需求。")
    assert "开区管委会" not in names(a, "Organization")


def test_own_school_reference_on_a_line_of_its_own_is_no_parent():
    # 我校某某学院 alone on a page's first line is a part of the school, not the
    # school's name: no fact may point to a unit that is not an entity
    a = run("我校校长学院")
    orgs = names(a, "Organization")
    assert "我校校长学院" not in orgs
    assert all(r.o in orgs for r in a.relations if r.p == "subOrganizationOf")

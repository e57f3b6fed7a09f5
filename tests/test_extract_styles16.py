"""Error classes found on the written sets of session 14, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


def test_group_of_leaders_before_a_title_run():
    # 校领导党委书记甲，…: 校领导 names the group, the title after it is still the
    # school's post, as it is with no role word before it
    a = run_page("青州机电职业学院新闻网\n首页 > 学院新闻\n3月2日下午，我院在图书馆报告厅召开新学期工作会议。"
                 "校领导党委书记上官明远，党委副书记、院长孙立广出席会议。")
    p = posts(a)
    assert ("上官明远", "青州机电职业学院", "党委书记") in p
    assert ("孙立广", "青州机电职业学院", "院长") in p
    # guard: a role word that is no leader group (校友) gives the title after it no unit
    a = run_page("青州机电职业学院新闻网\n首页 > 学院新闻\n3月2日下午，我院召开校友座谈会。"
                 "校友董事长周晓川发言。")
    assert not any(x[0] == "周晓川" and x[1] == "青州机电职业学院" for x in posts(a))


def test_team_leader_is_a_role_before_a_name():
    # 班组长 is a role in a workshop, not a post of the unit before it; the
    # name after it is a person who speaks
    a = run_page("7月1日，青州远航物流集团有限公司与青州机电职业学院联合开展“红色引擎”主题党日活动。"
                 "学院教师吴晓岚和集团仓储中心班组长蔡立舟先后发言。")
    assert "蔡立舟" in names(a, "Person")
    assert any(s == "蔡立舟" for s, _ in rel(a, "spokeAt"))

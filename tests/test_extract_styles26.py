"""Error classes found on the written sets of session 25, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import rel, run


def test_officials_touring_the_booths_of_a_job_fair_attend_it():
    # 甲、乙等深入各展位 / 走访企业展位 / 在某公司展位前: touring the booths of a
    # fair is being at it (triggers.json attend)
    a = run("11月6日上午，涟州职业技术学院2027届毕业生冬季双选会在学院体育馆举行。"
            "开幕后，涟州市人社局副局长鄢蕴和，学院党委书记龚屿帆、副院长濮望舒等深入各展位，"
            "与用人单位负责人亲切交流。")
    fair = "涟州职业技术学院2027届毕业生冬季双选会"
    assert {("鄢蕴和", fair), ("龚屿帆", fair), ("濮望舒", fair)} <= rel(a, "attended")
    a = run("11月6日上午，涟州职业技术学院2027届毕业生冬季双选会在学院体育馆举行。"
            "在涟州精工机械有限公司展位前，副院长濮望舒详细询问了岗位需求。")
    assert ("濮望舒", fair) in rel(a, "attended")
    # guard: a booth named in passing says nothing of who was there
    a = run("11月6日上午，涟州职业技术学院2027届毕业生冬季双选会在学院体育馆举行。"
            "副院长濮望舒此前带队赴省城洽谈展位布置。")
    assert ("濮望舒", fair) not in rel(a, "attended")

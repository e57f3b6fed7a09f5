"""Error classes found on the written sets of session 28, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run


def test_a_part_named_in_full_only_in_a_meetings_name_keeps_that_name():
    # 某职业技术学院某产业学院揭牌仪式, then 产业学院 / 某产业学院 alone: the part is the
    # full name the meeting's name gives it, a part of that school
    a = run("6月2日上午，涟州职业技术学院与涟州市汽车行业协会合作签约暨涟州职业技术学院新能源汽车产业学院揭牌仪式"
            "在涟州职业技术学院实训中心举行。根据协议，双方将共建新能源汽车产业学院。"
            "新能源汽车产业学院院长由鄢蕴和兼任。龚屿帆、鄢蕴和共同为新能源汽车产业学院揭牌。")
    assert "涟州职业技术学院新能源汽车产业学院" in names(a, "Organization")
    assert "新能源汽车产业学院" not in names(a, "Organization")
    assert ("涟州职业技术学院新能源汽车产业学院", "涟州职业技术学院") in rel(a, "subOrganizationOf")
    assert ("鄢蕴和", "涟州职业技术学院新能源汽车产业学院", "院长") in posts(a)
    # guard: a part two parties build (某大学—某公司某中心, A与B某中心) is not the second party's
    a = run("6月2日上午，涟州理工大学—涟州精工机械有限公司智能装备联合研发中心揭牌仪式在涟州理工大学举行。"
            "智能装备联合研发中心主任由鄢蕴和兼任。")
    assert "涟州精工机械有限公司智能装备联合研发中心" not in names(a, "Organization")

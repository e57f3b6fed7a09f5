"""Error classes found on the written sets of session 19, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run, run_page


def test_an_alumni_association_elects_its_own_officers():
    # 选举产生了某校友会第一届理事会。甲当选为会长: the post is the alumni
    # association's, not the 工商联 where 甲 is a 副主席
    a = run("6月2日，禾川理工大学澄州校友会成立大会在澄州举行。澄州市工商业联合会副主席、澄州恒诺机械有限公司董事长"
            "闵朝阳出席大会。大会选举产生了澄州校友会第一届理事会。闵朝阳当选为会长，澄州恒诺机械有限公司副总经理"
            "宓书远当选为秘书长。")
    p = posts(a)
    assert ("闵朝阳", "禾川理工大学澄州校友会", "会长") in p
    assert ("宓书远", "禾川理工大学澄州校友会", "秘书长") in p
    assert not any(o == "澄州市工商业联合会" and t in ("会长", "秘书长") for _, o, t in p)
    # guard: a federation's own election still gives its own posts
    a = run("澄州市工商业联合会第五次会员代表大会召开。大会选举产生了新一届执行委员会。闵朝阳当选为会长。")
    assert ("闵朝阳", "澄州市工商业联合会", "会长") in posts(a)


def test_a_college_inside_the_school_is_not_the_short_form_of_an_industry_college():
    # 智能制造学院 is a college of its own, no short form of 某某智能制造产业学院
    # (it keeps no 产业); 在我院智能制造学院实训大楼举行 is held at that college
    a = run_page("澄州职业技术学院\n发布时间：2026-05-08　来源：党委宣传部\n"
                 "5月7日上午，恒诺智能制造产业学院揭牌仪式在我院智能制造学院实训大楼举行。澄州恒诺机械有限公司董事长闵朝阳，"
                 "我院党委书记宓书远，智能制造学院院长亓望舒出席仪式。闵朝阳、宓书远共同为恒诺智能制造产业学院揭牌。")
    assert ("亓望舒", "智能制造学院", "院长") in posts(a)
    assert ("智能制造学院", "澄州职业技术学院") in rel(a, "subOrganizationOf")
    assert ("恒诺智能制造产业学院揭牌仪式", "智能制造学院") in rel(a, "heldAt")
    assert not any(o == "恒诺智能制造产业学院" and t == "院长" for _, o, t in posts(a))
    # guard: a short form that keeps every word's kind still abbreviates
    a = run("澄州恒诺机械有限公司（以下简称恒诺机械）与学院签约。恒诺机械董事长闵朝阳致辞。")
    assert ("闵朝阳", "澄州恒诺机械有限公司", "董事长") in posts(a)


def test_a_members_word_before_an_association_belongs_to_its_name():
    # 企业家协会, 校友会企业家分会: the members' word is part of the association's
    # name; the posts elected at the 分会's founding are the 分会's
    a = run("澄州市企业家协会会长闵朝阳出席。澄州市志愿者协会秘书长亓望舒出席。")
    p = posts(a)
    assert ("闵朝阳", "澄州市企业家协会", "会长") in p
    assert ("亓望舒", "澄州市志愿者协会", "秘书长") in p
    a = run("6月2日，禾川理工大学校友会企业家分会成立大会在学术中心举行。大会选举产生了分会首届理事会：澄州恒诺机械有限公司"
            "董事长闵朝阳当选会长。")
    assert ("闵朝阳", "禾川理工大学校友会企业家分会", "会长") in posts(a)
    assert ("禾川理工大学校友会企业家分会", "禾川理工大学校友会") in rel(a, "subOrganizationOf")
    # guard: 代表 before 协会 is the verb, no part of a name
    a = run("澄州市机械行业协会第二次会员大会召开。秘书长亓望舒代表协会第一届理事会作工作报告。")
    assert "代表协会" not in " ".join(names(a, "Organization"))


def test_a_roll_under_headings_names_the_leaders_and_members():
    # 二、理事长单位 / 四、副理事长单位 / 五、成员单位（部分） on lines of their own, the
    # units on the lines under them (kind sub-headings between); 集团理事长：甲（某学院院长）
    # is the group's post, whatever unit the brackets give
    a = run("澄州现代物流职业教育集团\n澄州现代物流职业教育集团成员单位名单\n一、集团负责人\n"
            "集团理事长：闵朝阳（澄州职业技术学院院长）\n集团秘书长：宓书远（澄州职业技术学院校企合作处处长）\n"
            "二、理事长单位\n澄州职业技术学院（牵头组建单位）\n三、副理事长单位\n澄州恒诺物流有限公司、澄州市商贸学校\n"
            "四、成员单位（部分）\n（一）院校\n澄州市职业教育中心\n（二）企业\n澄州驿达冷链有限公司、澄州禾川仓储有限公司\n"
            "注：名单按单位名称排列。")
    comm = "澄州现代物流职业教育集团"
    assert ("澄州职业技术学院", comm) in rel(a, "leadsCommunity")
    members = {s for s, o in rel(a, "memberOf") if o == comm}
    assert {"澄州恒诺物流有限公司", "澄州市商贸学校", "澄州市职业教育中心", "澄州驿达冷链有限公司", "澄州禾川仓储有限公司"} <= members
    assert "澄州职业技术学院" not in members
    p = posts(a)
    assert ("闵朝阳", comm, "理事长") in p
    assert ("宓书远", comm, "秘书长") in p
    assert ("闵朝阳", "澄州职业技术学院", "院长") in p
    # guard: a line of units under a heading that names no role joins nothing
    a = run("澄州现代物流职业教育集团召开理事会。\n二、参会单位\n澄州恒诺物流有限公司、澄州市商贸学校\n")
    assert not rel(a, "memberOf")


def test_the_meeting_that_decided_is_not_the_occasion_reported():
    # 经某会议研究，同意…: a later 仪式上 and 致欢迎辞 belong to the occasion reported;
    # 全体委员会议 is an occasion's head (委员会 does not take its first three characters);
    # 入盟的还有 names members; 当场与 begins no unit's name
    a = run("5月20日，澄州市物流产教融合共同体新成员授牌仪式在澄州恒诺物流有限公司举行。共同体秘书长宓书远出席。"
            "5月8日，经共同体理事长办公会议研究，同意公司等5家单位加入共同体。仪式上，宓书远授予公司成员单位牌匾。"
            "公司总经理闵朝阳致欢迎辞。与公司一同入盟的还有澄州驿达冷链有限公司等4家单位。学生亓望舒当场与澄州禾川仓储有限公司达成就业意向。")
    ev = "澄州市物流产教融合共同体新成员授牌仪式"
    spoke = rel(a, "spokeAt")
    assert ("闵朝阳", ev) in spoke
    assert not any(o == "共同体理事长办公会议" for _, o in spoke)
    assert ("澄州驿达冷链有限公司", "澄州市物流产教融合共同体") in rel(a, "memberOf")
    assert "澄州禾川仓储有限公司" in names(a, "Organization")
    assert not any("当场" in n for n in names(a, "Organization"))
    a = run("昨天上午，全国物流职业教育教学指导委员会2026年全体委员会议在澄州职业技术学院召开。会议由闵朝阳主持。")
    assert "全国物流职业教育教学指导委员会2026年全体委员会议" in names(a, "Event")
    assert ("闵朝阳", "全国物流职业教育教学指导委员会2026年全体委员会议") in rel(a, "chaired")


def test_the_organiser_named_before_a_count_of_schools():
    # 由甲主办，乙等5所院校承办: 乙 organises too
    a = run("5月8日，2026年澄州市职业院校技能大赛开幕。本届大赛由澄州市教育局主办，澄州职业技术学院等5所院校承办。")
    org = rel(a, "organizedBy")
    assert ("2026年澄州市职业院校技能大赛", "澄州职业技术学院") in org
    assert ("2026年澄州市职业院校技能大赛", "澄州市教育局") in org

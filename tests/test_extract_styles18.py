"""Error classes found on the written sets of session 16, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


def test_neighbourhood_and_its_party_committee_are_units():
    # a 社区 before a post or its service centre is a unit, and so is a 街道's
    # 党工委; an occasion at the 社区's service centre is held at the 社区
    a = run_page("11月3日上午，青溪街道老年学校开学典礼在柳湾社区党群服务中心举行。"
                 "青溪街道党工委书记卓文涛，柳湾社区党委书记费雅琴出席典礼。")
    orgs = names(a, "Organization")
    assert {"青溪街道党工委", "柳湾社区"} <= orgs
    p = posts(a)
    assert ("卓文涛", "青溪街道党工委", "书记") in p
    assert ("费雅琴", "柳湾社区", "党委书记") in p
    assert ("青溪街道老年学校开学典礼", "柳湾社区") in rel(a, "heldAt")
    # guard: 社区 inside a school's name or as a plain word is no unit
    a = run_page("11月3日上午，青溪街道社区教育学院与柳湾社区卫生服务站签约。活动旨在建设和谐社区、服务城乡社区。")
    orgs = names(a, "Organization")
    assert not {"青溪街道社区", "和谐社区", "城乡社区"} & orgs


def test_study_session_and_verbs_inside_a_meeting_name():
    # a party committee's 集体学习会 is an occasion, and 贯通 (through-training)
    # sits inside a meeting's name like 衔接 does
    a = run_page("11月5日下午，青州工业大学党委理论学习中心组2025年第三次集体学习会在学校行政楼第二会议室举行。"
                 "校党委书记闻溪岳主持会议。随后，双方召开校企贯通培养座谈会，座谈会由副校长卓远舟主持。")
    events = names(a, "Event")
    assert "青州工业大学党委理论学习中心组2025年第三次集体学习会" in events
    assert "校企贯通培养座谈会" in events
    assert ("闻溪岳", "青州工业大学党委理论学习中心组2025年第三次集体学习会") in rel(a, "chaired")
    # guard: 学习 and 会议 in 学习会议精神 name no occasion
    a = run_page("11月5日，青州工业大学召开党委会，传达学习会议精神。")
    assert not any(n.endswith("学习会") for n in names(a, "Event"))


def test_while_walking_ends_a_two_character_name():
    # 边走边介绍 (explained while walking) after a one-character given name
    a = run_page("11月5日，考察团参观了青州机电职业学院实训中心。机电工程系主任闻昶边走边介绍了实训中心建设情况。")
    assert "闻昶" in names(a, "Person")
    assert ("闻昶", "机电工程系", "主任") in posts(a)


def test_a_verb_and_kinds_of_university_name_no_unit():
    # 建设高水平研究型大学: what a school aims to become, not a unit
    a = run_page("11月5日，青州工业大学召开工作会议。会议强调，要加快建设高水平研究型大学，"
                 "建设国内一流应用型大学，打造高水平研究型大学。青州工业大学地方合作处处长闻溪岳出席。")
    orgs = names(a, "Organization")
    assert not any("研究型" in o or "应用型" in o for o in orgs)
    # guard: an office named with generic words is still a unit
    assert ("闻溪岳", "青州工业大学地方合作处", "处长") in posts(a)


def test_doctoral_supervisor_between_a_post_and_a_name():
    # 院长、博士生导师某某教授: the supervisor role is no post and no break in the run
    a = run_page("5月14日，青州工业大学机械工程学院院长、博士生导师闻溪岳教授应邀来校作学术报告。")
    assert ("闻溪岳", "青州工业大学机械工程学院", "院长") in posts(a)


def test_lecture_title_after_the_verb_of_giving_it():
    # 在某楼报告厅作“…”专题讲座: the occasion is named by its quoted title, not the room
    a = run_page("5月14日下午，闻溪岳教授在青州工业大学明理楼学术报告厅作“工业机器人精度标定”专题讲座。")
    assert "“工业机器人精度标定”专题讲座" in names(a, "Event")


def test_courtesy_meeting_paragraph_is_no_part_of_the_later_meeting():
    # 会见 first, its words of welcome, then a 座谈会: those at the courtesy
    # meeting alone are not at the 座谈会, however long the paragraph
    a = run_page("10月20日上午，芬兰北湾应用科学大学副校长Aino Lehtola一行4人访问青州工业大学。"
                 "校长闻溪岳在行政楼贵宾室会见了代表团一行。\n"
                 "闻溪岳代表学校对代表团的来访表示热烈欢迎，介绍了学校的办学历史、学科特色和国际化发展情况，"
                 "希望双方在已有交流基础上进一步拓展学生联合培养和教师互访。Aino Lehtola感谢学校的热情接待，表示该校高度重视与中国高校的合作。\n"
                 "随后，双方在行政楼第二会议室举行中芬合作办学座谈会。副校长卓远舟主持座谈会，国际交流处处长蔺若川介绍了学校国际合作情况。")
    ev = "中芬合作办学座谈会"
    assert ev in names(a, "Event")
    assert ("蔺若川", ev) in rel(a, "spokeAt")
    assert ("闻溪岳", ev) not in rel(a, "attended")
    assert ("Aino Lehtola", ev) not in rel(a, "spokeAt")


def test_verb_mistagged_as_noun_ends_a_unit_name():
    # jieba tags 投身 as a noun: 以主人翁姿态投身学院改革 names no unit
    a = run_page("3月14日，青州机电职业学院召开教代会。党委书记闻溪岳强调，全体教职工要以主人翁姿态投身学院改革发展。")
    assert not any("投身" in o for o in names(a, "Organization"))


def test_trade_union_named_on_the_page_is_a_unit():
    # a page that names the 工会 as a body of its own (与工会联合主办, 学院工会):
    # 工会主席/工会副主席 there is the post of that 工会
    a = run_page("3月14日，青州远帆装备集团有限公司“远帆工匠班”开班仪式在公司培训中心举行。"
                 "本次仪式由公司人力资源部与工会联合主办。公司副总裁卓远舟，工会主席闻溪岳出席仪式。")
    assert ("闻溪岳", "工会", "主席") in posts(a)
    a = run_page("3月14日下午，青州机电职业学院第二届教职工代表大会在学院图书馆报告厅召开。"
                 "学院工会主席闻溪岳作提案工作报告。工会副主席卓远舟宣读了大会决议。")
    assert ("卓远舟", "工会", "副主席") in posts(a)
    # guard: in a run of the body's posts, on a page that names no 工会 of its
    # own, 工会主席 stays the body's post
    a = run_page("3月14日，青州远帆装备集团有限公司举行开班仪式。集团党委副书记、工会主席闻溪岳出席。")
    assert ("闻溪岳", "青州远帆装备集团有限公司", "工会主席") in posts(a)

"""Error classes found on the written sets of session 23, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, rel, run, run_page


def test_an_occasion_held_whose_name_has_verbs_inside():
    # 在某处召开班子调整宣布大会: the whole object of 召开 names the occasion,
    # though 调整 and 宣布 are verbs that stop a name elsewhere
    a = run("11月4日上午，该校在行政楼三楼会议室召开校领导班子调整宣布大会。中共涟州市委组织部副部长濮望舒出席会议并讲话。")
    ev = "校领导班子调整宣布大会"
    assert ev in names(a, "Event")
    assert ("濮望舒", ev) in rel(a, "attended")
    # guard: a second clause after 并 is no part of what is held
    a = run("上午，大赛在市体育中心举行开幕式并宣布大会开幕。")
    assert not any("宣布" in n for n in names(a, "Event"))


def test_an_occasion_held_at_a_venue_named_by_a_clause_ending_in_a_verb():
    # 我校某学年班主任聘任大会在报告厅召开: the clause before the venue names it,
    # the verb before the head word included
    a = run("本周一下午，我校2026—2027学年班主任聘任大会在学校报告厅召开。校长龚屿帆出席会议。")
    evs = names(a, "Event")
    assert any(n.endswith("2026—2027学年班主任聘任大会") for n in evs)
    # guard: a clause that ends with 的 says who hosts it, it is no part of the name
    a = run("当天，由涟州市教育局主办，涟州职业技术学院承办的洽谈会在该院体育馆举行。")
    assert not any("承办的" in n for n in names(a, "Event"))


def test_a_ceremony_chaired_by_a_named_person():
    # 某某主持宪法宣誓仪式: the ceremony is named by what its chair holds
    a = run("会议结束后，涟州市人大常委会主任鄢蕴和主持宪法宣誓仪式，新任命的濮望舒进行了宪法宣誓。")
    ev = "宪法宣誓仪式"
    assert ev in names(a, "Event")
    assert ("鄢蕴和", ev) in rel(a, "chaired")


def test_after_an_occasion_ends_the_sentence_is_about_the_next_one():
    # 会议结束后，甲主持某仪式: the chair and those present belong to the ceremony
    a = run("3月2日上午，涟州市第十六届人民代表大会常务委员会第九次会议在常委会会议室举行。涟州市人大常委会主任鄢蕴和主持会议。\n"
            "会议结束后，鄢蕴和主持宪法宣誓仪式。")
    ev = "宪法宣誓仪式"
    assert ("鄢蕴和", ev) in rel(a, "chaired")
    assert any(p == "鄢蕴和" and o != ev for p, o in rel(a, "chaired"))


def test_a_standing_committee_written_short_is_the_body_named_in_full():
    # 市人大常委会主任某某 on a page that names 某某市人民代表大会常务委员会 on its own
    a = run_page("涟州人大网\n涟州市人民代表大会常务委员会\n首页　常委会动态　人事任免\n当前位置：首页 > 常委会动态\n\n"
                 "市人大常委会召开主任会议\n发布时间：2026-03-03　　来源：办公室\n\n"
                 "　　3月2日上午，市人大常委会主任鄢蕴和主持召开主任会议，副主任濮望舒出席会议。\n")
    assert {("鄢蕴和", "涟州市人民代表大会常务委员会"), ("濮望舒", "涟州市人民代表大会常务委员会")} <= rel(a, "holdsPosition")
    # guard: with no body named in full, the short form stays as written
    a = run("3月2日上午，市人大常委会主任鄢蕴和主持召开主任会议。")
    assert ("鄢蕴和", "市人大常委会") in rel(a, "holdsPosition")


def test_bare_posts_at_a_meeting_of_the_bureau_itself():
    # 某市教育局干部大会 … 副局长甲、乙，二级调研员丙参加会议: the bureau's own officers
    a = run("昨天上午，涟州市教育局干部大会在五楼会议室召开。副市长戚晚澄出席会议并讲话。\n"
            "副局长鄢蕴和、濮望舒，二级调研员龚屿帆参加会议。")
    held = {(p, o) for p, o in rel(a, "holdsPosition")}
    assert {("鄢蕴和", "涟州市教育局"), ("濮望舒", "涟州市教育局"), ("龚屿帆", "涟州市教育局")} <= held
    # guard: two bureaus' meetings reported, a bare deputy is neither's
    a = run("昨天上午，涟州市教育局干部大会召开；下午，涟州市财政局干部大会召开。副局长鄢蕴和参加会议。")
    assert not any(p == "鄢蕴和" for p, _ in rel(a, "holdsPosition"))


def test_a_departments_page_with_directly_affiliated_units():
    # 直属甲院、乙院2个事业单位 names the units without 直属; under a heading of another
    # kind, a line that begins with a unit's name is that unit's (甲院　　院　长：某某)
    a = run_page("涟州市教育局\n首页　机构设置\n机构设置\n发布时间：2026-03-20　来源：人事科\n"
                 "　　涟州市教育局内设办公室、人事科2个科室，直属涟州市教育评估院、涟州市电化教育馆2个事业单位。\n"
                 "一、办公室\n　　主　任：濮望舒\n　　分管局领导：党组书记、局长龚屿帆\n"
                 "二、人事科\n　　科　长：鄢蕴和\n\n直属单位\n"
                 "涟州市教育评估院　　院　长：戚晚澄\n")
    orgs = names(a, "Organization")
    assert "涟州市教育评估院" in orgs and not any(n.startswith("直属") for n in orgs)
    held = rel(a, "holdsPosition")
    assert ("濮望舒", "办公室") in held and ("鄢蕴和", "人事科") in held
    assert ("戚晚澄", "涟州市教育评估院") in held
    assert ("戚晚澄", "人事科") not in held


def test_a_name_that_is_a_word_ends_a_labelled_line_of_posts():
    # 分管局领导：党组书记、局长全景 — a word (全景) after the posts, at the line's end
    a = run("涟州市教育局机构设置\n一、办公室\n　　主　任：濮望舒\n　　分管局领导：党组书记、局长全景\n")
    assert "全景" in names(a, "Person")
    # guard: in running prose a word after a title at the line's end is no name
    a = run("会议强调，要把握教育发展全局，服务学校全局。")
    assert "全局" not in names(a, "Person")


def test_a_post_held_from_a_date_on():
    # 甲自2026年3月起任某公司（以下简称“某某”）总经理: the date sits between the name and 任
    a = run("经董事会研究决定，东方璟澜自2026年4月起任涟州镌峰精密机械有限公司（以下简称“镌峰精密”）总经理。")
    assert "东方璟澜" in names(a, "Person")
    assert ("东方璟澜", "涟州镌峰精密机械有限公司") in rel(a, "holdsPosition")
    assert not any(n.startswith(("起任", "任")) for n in names(a, "Organization"))


def test_a_list_elected_with_nested_brackets_after_a_name():
    # 甲（某大学校长）、乙（某某（中国）有限公司总经理）、丙（某公司）当选副会长: all three
    a = run("大会选举产生了涟州市智能制造行业协会第二届理事会。龚屿帆（涟州理工学院院长）、"
            "Matteo Ricciardi（镌峰传动（涟州）有限公司总经理）、濮望舒（涟州镌峰新材料有限公司）当选副会长。")
    body = "涟州市智能制造行业协会"
    vice = {p for p, o in rel(a, "holdsPosition") if o == body}
    assert {"龚屿帆", "Matteo Ricciardi", "濮望舒"} <= vice


def test_a_partner_school_word_is_no_part_of_its_name():
    # 合作院校某学院副院长某某: 合作院校 says what the school is to the company
    a = run("公司董事长龚屿帆主持会议，合作院校涟州职业技术学院副院长濮望舒应邀参加。")
    assert ("濮望舒", "涟州职业技术学院") in rel(a, "holdsPosition")
    assert not any(n.startswith("合作") for n in names(a, "Organization"))


def test_a_field_jieba_reads_as_a_verb_inside_a_department_name():
    # 会计事务专业部, 导游专业部: the field is part of the name
    a = run("聘任名单如下：郇雨棠任会计事务专业部主任，禚晓岚任旅游服务专业部主任。")
    assert {"郇雨棠", "禚晓岚"} <= names(a, "Person")
    assert ("郇雨棠", "会计事务专业部") in rel(a, "holdsPosition")


def test_a_place_named_with_its_level_is_no_person_elsewhere():
    # 由韶岭某某集团牵头 in an article that names 韶岭省: 韶岭 is the province, not a person
    a = run("联盟由韶岭镌峰智能装备集团有限公司牵头组建。韶岭省教育厅副厅长濮望舒出席会议。")
    assert "韶岭" not in names(a, "Person")
    assert {"韶岭镌峰智能装备集团有限公司", "韶岭省教育厅"} <= names(a, "Organization")
    assert "濮望舒" in names(a, "Person")


def test_one_title_shared_by_names_each_with_posts_in_brackets():
    # 共同体副秘书长甲（某学院副院长）、乙（某公司部长）: the title is all of theirs
    a = run("全国数控装备行业产教融合共同体秘书处工作会议在涟州理工学院召开。共同体副秘书长龚屿帆（涟州职业技术学院副院长）、"
            "濮望舒（涟州镌峰集团人力资源部部长），秘书处工作人员参加会议。")
    comm = "全国数控装备行业产教融合共同体"
    held = rel(a, "holdsPosition")
    assert ("龚屿帆", comm) in held and ("濮望舒", comm) in held
    assert ("龚屿帆", "涟州职业技术学院") in held and ("濮望舒", "涟州职业技术学院") not in held


def test_a_venue_named_after_the_word_for_where():
    # 在秘书处所在地某大学某学院召开: the unit after 所在地 is the venue, and no unit starts with it
    a = run("涟州数控产业联盟2026年工作会议在秘书处所在地涟州理工学院机电工程学院召开。院长龚屿帆主持会议。")
    assert ("涟州数控产业联盟2026年工作会议", "涟州理工学院机电工程学院") in rel(a, "heldAt")
    assert not any("所在地" in n for n in names(a, "Organization"))


def test_the_chair_who_also_gives_the_work_report():
    # 某某主持会议并作工作报告: chairing, and speaking; 主持…工作 here is no post held
    a = run("涟州数控产业联盟2026年工作会议在涟州理工学院召开。院长龚屿帆主持会议并作秘书处工作报告。")
    ev = "涟州数控产业联盟2026年工作会议"
    assert ("龚屿帆", ev) in rel(a, "chaired")
    assert ("龚屿帆", ev) in rel(a, "spokeAt")
    # guard: presiding over the work of a body is how a post is held, no occasion chaired
    a = run("涟州数控产业联盟2026年工作会议在涟州理工学院召开。会议对龚屿帆主持学院党委工作九年来的贡献表示感谢。")
    assert ("龚屿帆", ev) not in rel(a, "chaired")


def test_board_posts_of_a_unit_unveiled_with_its_first_board_meeting():
    # 某产业学院揭牌仪式暨第一届理事会第一次会议 … 甲任理事长，乙任秘书长: the college's board
    a = run("5月8日，涟州职业技术学院镌峰智能产业学院揭牌仪式暨第一届理事会第一次会议在学院举行。\n"
            "随后召开的理事会会议审议通过了章程：龚屿帆任理事长，濮望舒任秘书长。")
    college = "涟州职业技术学院镌峰智能产业学院"
    held = rel(a, "holdsPosition")
    assert ("龚屿帆", college) in held and ("濮望舒", college) in held


def test_a_run_of_posts_through_a_short_word_for_a_body():
    # 联合体理事长、经开区党工委书记、管委会主任某某: the run goes on past 经开区
    a = run("实践中心由涟州经开区数控装备市域产教联合体统筹。副市长戚晚澄，联合体理事长、经开区党工委书记、管委会主任龚屿帆出席仪式。")
    assert ("龚屿帆", "涟州经开区数控装备市域产教联合体") in rel(a, "holdsPosition")


def test_a_word_that_begins_two_units_names_is_a_place():
    # 韶岭交通职业技术学院, 韶岭电子信息职业教育集团: 韶岭 begins both, it is no person
    a = run("全省职教集团名单：\n1　韶岭交通运输职业教育集团　韶岭交通职业技术学院\n2　韶岭电子信息职业教育集团　韶岭信息职业技术学院\n"
            "会上，涟州技师学院院长龚屿帆、韶岭交通职业技术学院院长濮望舒先后发言。")
    assert "韶岭" not in names(a, "Person")
    assert ("濮望舒", "韶岭交通职业技术学院") in rel(a, "holdsPosition")
    # guard: a person who speaks of two units is still a person
    a = run("院长符号在致辞中回顾了公司与学校的合作。符号一行参观了学校工程训练中心。")
    assert "符号" in names(a, "Person")


def test_no_unit_begins_with_the_word_unit():
    # 联盟现有成员单位甲、乙: 单位 is the role's, not the school's name
    a = run("联盟现有成员单位涟州技师学院、涟州市机电工程学校等32家。")
    orgs = names(a, "Organization")
    assert "涟州技师学院" in orgs and not any(n.startswith("单位") for n in orgs)


def test_a_name_before_yu_and_a_delegation():
    # 常务副院长某某与代表团全体成员参加座谈: 与 joins a group, it ends the name
    a = run("研究生院常务副院长邝璟与代表团全体成员参加座谈。")
    assert "邝璟" in names(a, "Person") and "邝璟与" not in names(a, "Person")


def test_board_posts_go_to_the_board_the_sentence_names_not_the_alliance_before():
    # 某联盟 named in the paragraph before; 会议审议通过了《产业学院理事会章程》…：甲当选理事长
    a = run("上周二，涟州职业技术学院镌峰储能产业学院理事会成立大会召开。\n"
            "龚屿帆在致辞中介绍，2024年由我院牵头组建的涟州储能产教联盟，目前成员单位已达64家。\n"
            "会议审议通过了《产业学院理事会章程》，选举产生了第一届理事会：龚屿帆当选理事长，濮望舒当选秘书长。")
    college = "涟州职业技术学院镌峰储能产业学院"
    held = rel(a, "holdsPosition")
    assert ("龚屿帆", college) in held and ("濮望舒", college) in held
    assert ("龚屿帆", "涟州储能产教联盟") not in held


def test_the_head_of_the_school_after_a_post_of_an_unnamed_committee():
    # 校学位评定委员会主任委员、校长某某 on the university's page: 校长 is the university's
    a = run_page("涟州理工大学新闻网\n首页　学校要闻\n学校召开学位评定委员会会议\n发布时间：2026-06-12　来源：学位办公室\n\n"
                 "　　6月10日下午，涟州理工大学第九届学位评定委员会第十二次会议在行政楼召开。校学位评定委员会主任委员、校长龚屿帆主持会议。\n")
    assert ("龚屿帆", "涟州理工大学") in rel(a, "holdsPosition")
    # guard: a community's committee and its head, no school's post
    a = run_page("涟州市商贸学校新闻网\n首页　学校要闻\n学校走进社区\n发布时间：2026-06-12　来源：办公室\n\n"
                 "　　6月10日，涟州市商贸学校校长龚屿帆，社区党委书记、主任濮望舒出席活动。\n")
    assert ("濮望舒", "涟州市商贸学校") not in rel(a, "holdsPosition")


def test_an_occasion_in_a_campus_room_named_by_the_schools_own_word():
    # 校党委中心组…会议在行政楼第一会议室召开, 某大学…大会在学术交流中心报告厅召开: at the school
    page = ("涟州理工大学新闻网\n首页　学校要闻\n{title}\n发布时间：2026-06-12　来源：党委宣传部\n\n　　本周三下午，{body}\n")
    a = run_page(page.format(title="校党委中心组开展集体学习",
                             body="校党委理论学习中心组2026年第三次集体学习（扩大）会议在行政楼第一会议室召开。党委书记龚屿帆主持会议。"))
    assert any(o == "涟州理工大学" for _, o in rel(a, "heldAt"))
    a = run_page(page.format(title="我校召开校长任职宣布大会",
                             body="涟州理工大学校长任职宣布大会在学术交流中心报告厅召开。党委书记龚屿帆主持会议。"))
    assert ("涟州理工大学校长任职宣布大会", "涟州理工大学") in rel(a, "heldAt")
    # guard: a school–enterprise meeting named by 校企 is not named by the school's own word
    a = run_page(page.format(title="校企合作座谈会召开",
                             body="校企合作座谈会在行政楼第一会议室召开。党委书记龚屿帆主持会议。"))
    assert not rel(a, "heldAt")


def test_a_joint_institute_referred_to_by_its_kind():
    # “某大学—某集团某某联合研究院” … 联合研究院依托…建设，院长由甲兼任: the institute's head
    a = run("双方共建“涟州理工学院—镌峰集团智能装备联合研究院”。联合研究院依托学校机电工程学院建设，院长由龚屿帆兼任，副院长由濮望舒担任。")
    inst = "涟州理工学院—镌峰集团智能装备联合研究院"
    held = rel(a, "holdsPosition")
    assert ("龚屿帆", inst) in held and ("濮望舒", inst) in held


def test_the_institute_unveiled_is_the_one_the_occasion_names():
    # 科学技术研究院 named earlier; …暨某大学某某研究院揭牌仪式 … 甲、乙共同为研究院揭牌: the new one
    a = run("上午，涟州理工学院—涟州市人民政府全面战略合作协议签约暨涟州理工学院镌峰智能制造研究院揭牌仪式在市政府举行。"
            "市长龚屿帆，校长濮望舒，科学技术研究院院长戚晚澄出席。随后，龚屿帆、濮望舒共同为研究院揭牌。")
    unveiled = {o for _, o in rel(a, "officiatesUnveiling")}
    assert "涟州理工学院镌峰智能制造研究院" in unveiled and "科学技术研究院" not in unveiled


def test_a_ceremony_after_the_meeting_ends_is_on_the_meetings_day():
    # 3月2日…会议举行。会议结束后，甲主持宪法宣誓仪式: the ceremony is on 3月2日 too
    a = run("3月2日上午，涟州市第十六届人民代表大会常务委员会第九次会议在常委会会议室举行。\n"
            "会议结束后，涟州市人大常委会主任鄢蕴和主持宪法宣誓仪式。", published="2026-03-03")
    dates = {e.name: e.attrs.get("date") for e in a.entities if e.type == "Event"}
    assert dates.get("宪法宣誓仪式") == "2026-03-02"


def test_the_verb_of_a_proposed_post_in_a_table_row_is_no_name():
    # 6　某某　男　1979.08　大学　某镇党委书记　拟提名为某县人民政府副县长人选
    a = run("序号　姓名　性别　出生年月　学历　现任职务　拟任职务\n"
            "6　司马砺寒　男　1979.08　大学　涟山县镌峰镇党委书记　拟提名为涟山县人民政府副县长人选\n")
    assert "拟提名" not in names(a, "Person")
    assert "司马砺寒" in names(a, "Person")


def test_jituan_on_a_company_groups_page_after_a_community():
    # 共同体理事长、集团党委书记、董事长某某 on the group's own page: 集团 is the company group
    a = run_page("韶岭镌峰智能装备集团有限公司\n首页　走进镌峰　新闻中心\n新闻中心 > 集团要闻\n\n某大学加入共同体\n"
                 "发布日期：2026-09-24　来源：集团党群工作部\n\n"
                 "昨天上午，涟州大学加入全国数控装备行业产教融合共同体签约仪式在集团总部举行。\n\n"
                 "共同体理事长、集团党委书记、董事长司马璟川，集团总经理伏敬岚出席仪式。\n"
                 "集团简介：韶岭镌峰智能装备集团有限公司（以下简称“镌峰集团”）是一家国有控股企业集团。\n")
    group = "韶岭镌峰智能装备集团有限公司"
    held = rel(a, "holdsPosition")
    assert ("司马璟川", group) in held and ("伏敬岚", group) in held
    assert ("司马璟川", "全国数控装备行业产教融合共同体") in held
    assert "国有控股企业集团" not in names(a, "Organization")


def test_a_centre_unveiled_by_its_kind_word_is_the_one_the_occasion_names():
    # 某某实践中心揭牌仪式 … 甲、乙共同为实践中心揭牌: the centre is named by the occasion only
    a = run("9月11日上午，涟州经开区数控装备产教融合实践中心揭牌仪式在涟州镌峰精密机械有限公司举行。"
            "副市长龚屿帆，管委会主任濮望舒出席仪式。龚屿帆、濮望舒共同为实践中心揭牌。")
    centre = "涟州经开区数控装备产教融合实践中心"
    assert centre in names(a, "Organization")
    assert ("龚屿帆", centre) in rel(a, "officiatesUnveiling")


def test_a_town_head_holds_the_post_at_the_towns_government_named_with_its_county():
    # 粹某镇镇长甲 in an article that names 某县粹某镇人民政府: that government
    a = run("涟山县镌蒂镇人民政府、涟山县峤铬镇人民政府为副理事长单位。镌蒂镇镇长阙宁远，峤铬镇副镇长郜思屺出席大会。")
    held = rel(a, "holdsPosition")
    assert ("阙宁远", "涟山县镌蒂镇人民政府") in held and ("郜思屺", "涟山县峤铬镇人民政府") in held


def test_an_office_after_the_sites_short_name_is_the_sites_part():
    # 研究生院学位办公室 on 某大学研究生院's own site: the 学位办公室 of the graduate school
    a = run_page("涟州理工大学研究生院\n首页　|　学位管理\n当前位置：首页 > 学位管理\n\n学校召开学位评定委员会会议\n\n"
                 "发布时间：2026-06-12　　来源：学位办公室\n\n"
                 "　　6月10日下午，涟州理工大学学位评定委员会会议在行政楼召开。研究生院学位办公室有关人员列席会议。\n")
    sub = rel(a, "subOrganizationOf")
    assert ("学位办公室", "涟州理工大学研究生院") in sub
    assert ("涟州理工大学研究生院", "涟州理工大学") in sub
    assert "研究生院学位办公室" not in names(a, "Organization")


def test_an_occasion_whose_plan_is_discussed_is_not_held():
    # 会议研究了共同体2026年年会筹备方案: a plan for an occasion to come, no occasion held here
    a = run("上周四，涟州数控产业联盟秘书处工作会议在涟州理工学院召开。会议研究了联盟2026年年会筹备方案，确定年会于11月举办。")
    assert not any("年会" in n for n in names(a, "Event"))


def test_a_communitys_committee_and_office_are_neither_its_leaders_nor_members():
    # …专业委员会由甲、乙共同牵头: they lead the committee; 共同体秘书处…成员单位: the office, no member
    a = run("上周四，全国数控装备行业产教融合共同体秘书处工作会议在涟州理工学院召开。"
            "共同体成立以来，秘书处完成了成员单位信息库建设，共同体成员单位增至171家；"
            "其中“精密减速器”专业委员会由涟州镌峰集团有限公司、涟州职业技术学院共同牵头。")
    comm = "全国数控装备行业产教融合共同体"
    assert not any(o == comm for _, o in rel(a, "leadsCommunity"))
    assert not any(s.startswith(comm) and o == comm for s, o in rel(a, "memberOf"))
    # guard: the community itself led by 由…牵头
    a = run("全国数控装备行业产教融合共同体由涟州镌峰集团有限公司牵头组建。")
    assert ("涟州镌峰集团有限公司", "全国数控装备行业产教融合共同体") in rel(a, "leadsCommunity")


def test_the_sections_a_leader_is_in_charge_of_include_bare_office_words():
    # 分管办公室、人事科; 分管教务处、图书馆: each is a section, however generic its word
    a = run("主持局党组和局行政全面工作。分管办公室、人事科。负责教学工作，分管教务处、图书馆，联系汽车工程学院。")
    orgs = names(a, "Organization")
    assert {"办公室", "人事科", "教务处", "图书馆"} <= orgs
    # guard: a bare office word elsewhere is no unit
    a = run("会议结束后，与会人员回到办公室继续工作。")
    assert "办公室" not in names(a, "Organization")


def test_an_appointment_to_the_office_with_no_unit_before_it():
    # 聘任名单：甲任办公室主任，乙任教务处主任: 办公室 is the school's office
    a = run("校长宣读了聘任名单：宫雪禾任办公室主任，詹楷澧任教务处主任。")
    held = rel(a, "holdsPosition")
    assert ("宫雪禾", "办公室") in held and ("詹楷澧", "教务处") in held


def test_a_service_centre_named_with_an_idiom_jieba_reads_as_one_word():
    # 某市人才交流服务中心协办: jieba reads 人才交流 as an idiom; it is inside the name
    a = run("双选会由学院招生就业处承办，涟州市人才交流服务中心协办。")
    assert "涟州市人才交流服务中心" in names(a, "Organization")

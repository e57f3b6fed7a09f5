"""Error classes found on the written sets of session 15, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


def test_latin_honorific_is_not_part_of_the_name():
    # Dr./Prof. before a Latin name after a post is a form of address, as 博士
    # after a Chinese name is: the person is the name without it
    a = run_page("4月9日，青州国际职业教育论坛在青州机电职业学院开幕。"
                 "荷兰瓦尔登应用科学大学副校长Prof. Pieter Hoogland，新加坡南岸理工学院院长Dr. Lydia Tan出席论坛。")
    people = names(a, "Person")
    assert {"Pieter Hoogland", "Lydia Tan"} <= people
    assert not any(n.startswith(("Prof", "Dr")) for n in people)
    p = posts(a)
    assert ("Lydia Tan", "新加坡南岸理工学院", "院长") in p
    # guard: a name that only starts like an honorific keeps its letters
    a = run_page("4月9日，青州国际职业教育论坛在青州机电职业学院开幕。"
                 "新加坡南岸理工学院院长Drew Morgan出席论坛。")
    assert "Drew Morgan" in names(a, "Person")


def test_cantonese_surname_qu_after_a_title():
    # 区 (Ou) is a surname in Hong Kong and Guangdong names; after a title it
    # starts a name, while 区 as a district word is untouched
    a = run_page("4月7日，本院校长区卓谦博士率领代表团访问青州职业技术学院。"
                 "青州市教育局副局长区志坚出席座谈会。副区长王明出席。")
    people = names(a, "Person")
    assert {"区卓谦", "区志坚", "王明"} <= people
    assert ("区志坚", "青州市教育局", "副局长") in posts(a)
    # guard: in free text (no title before it) 区 stays a district word
    a = run_page("4月7日，区卓越学校联盟在青州职业技术学院成立。")
    assert not any(n.startswith("区") for n in names(a, "Person"))


def test_version_number_and_simulation_words_inside_an_occasion_name():
    # 2.0 in a product's name is one number, not a full stop; 虚拟仿真 qualifies
    # the platform (jieba tags 虚拟 as a verb and cuts 仿|真实|训)
    a = run_page("5月6日，青州远帆教育科技有限公司在青州会展中心举行“匠心云”虚拟仿真实训系统2.0发布会。"
                 "公司董事长韦成林在发布会上致辞。")
    events = names(a, "Event")
    assert "“匠心云”虚拟仿真实训系统2.0发布会" in events
    assert ("韦成林", "“匠心云”虚拟仿真实训系统2.0发布会") in rel(a, "spokeAt")
    # guard: a full stop after a number still ends the sentence before a new one
    a = run_page("5月6日，青州远帆教育科技有限公司营收增长12.5%。新品发布会在青州会展中心举行。")
    assert not any("12" in n for n in names(a, "Event"))


def test_board_notice_lines_give_each_holder_the_post():
    # a listed company's notice: one post a line, its holders after the colon,
    # at the company whose site it is; the board's officers are posts too
    a = run_page("青州远帆科技股份有限公司\n首页 > 投资者关系 > 公司公告\n"
                 "青州远帆科技股份有限公司关于董事会换届的公告\n"
                 "一、第五届董事会组成情况\n（一）董事长：程立远先生\n"
                 "（二）独立董事：韦思齐先生（会计专业人士）、孔令瑶女士\n（三）职工代表董事：柯景明先生\n"
                 "二、聘任情况\n聘任贾若水女士为公司董事会秘书；聘任沈砚秋女士为公司证券事务代表。")
    p = posts(a)
    co = "青州远帆科技股份有限公司"
    assert {("程立远", co, "董事长"), ("韦思齐", co, "独立董事"), ("孔令瑶", co, "独立董事"),
            ("柯景明", co, "职工代表董事"), ("贾若水", co, "董事会秘书"), ("沈砚秋", co, "证券事务代表")} <= p
    # guard: a post line whose holder carries a unit of her own names whose post it is elsewhere
    a = run_page("青州远帆科技股份有限公司\n首页 > 新闻中心\n"
                 "青州智能制造产教联盟成立\n理事长：孔令瑶（青州机电职业学院院长）\n")
    assert not any(x[0] == "孔令瑶" and x[1] == co for x in posts(a))


def test_a_post_kept_after_leaving_another():
    # 离任后继续担任…董事长: the post after the adverbs is still taken
    a = run_page("青州远帆科技股份有限公司\n首页 > 公司公告\n"
                 "董事长邵正平任期届满。邵正平先生离任后继续担任公司全资子公司青州远帆装备有限公司董事长。"
                 "祁明远同时兼任青州远帆物流有限公司总经理。")
    p = posts(a)
    assert ("邵正平", "青州远帆装备有限公司", "董事长") in p
    assert ("祁明远", "青州远帆物流有限公司", "总经理") in p


def test_hospital_departments_are_units():
    # 骨科, 心血管内科, 重症医学科: jieba keeps the department's word whole, so
    # 科 alone never ended these names; a 三级甲等综合医院 is a kind of hospital
    a = run_page("青州市第一人民医院\n首页 | 医院概况 | 新闻中心 | 科室导航\n当前位置：首页 > 新闻中心 > 医院新闻\n"
                 "我院与青州卫生职业学院签署临床教学合作协议\n来源：党委宣传科　发布时间：2026-03-06\n"
                 "3月5日，我院与青州卫生职业学院签署临床教学合作协议。我院是一所三级甲等综合医院。"
                 "青州市第一人民医院骨科主任王立军、我院心血管内科主任邵清远出席。")
    orgs = names(a, "Organization")
    assert {"青州市第一人民医院骨科", "心血管内科"} <= orgs
    assert "三级甲等综合医院" not in orgs
    p = posts(a)
    assert ("王立军", "青州市第一人民医院骨科", "主任") in p
    assert ("邵清远", "心血管内科", "主任") in p
    assert ("心血管内科", "青州市第一人民医院") in rel(a, "subOrganizationOf")


def test_a_team_of_names_in_one_table_cell():
    # a text page's table: one full-width space between a team's names, more
    # between the cells; each member is a person (党 is a surname here)
    a = run_page("青州市教育局\n首页 > 通知公告\n青州市教育局关于公布教学能力比赛获奖名单的通知\n"
                 "现将一等奖获奖名单公布如下：\n"
                 "序号　参赛学校　　　　　　　教学团队成员　　　　　奖项\n"
                 "1　　青州市机电工程学校　　　甘立群　党文博　宋青禾　　一等奖\n"
                 "2　　青州市商贸学校　　　　　邹明轩　蓝思雨　符嘉怡　　一等奖\n")
    people = names(a, "Person")
    assert {"甘立群", "党文博", "宋青禾", "邹明轩", "蓝思雨", "符嘉怡"} <= people
    assert "参赛学校" not in names(a, "Organization")
    # guard: a row with more cells than the heading and no wide gaps is no row
    a = run_page("青州市教育局\n首页 > 通知公告\n序号　学校　奖项\n1　青州市商贸学校　一等奖　邹明轩　蓝思雨\n")
    assert "邹明轩" not in names(a, "Person")


def test_inspection_and_survey_words_inside_a_meeting_name():
    # 工作视察座谈会, 工作调研座谈会: the visit's verb is part of the meeting's name
    a = run_page("6月5日，市政协副主席王立新带领视察组到青州技师学院视察。"
                 "随后，视察组在该院会议室召开职业教育产教融合工作视察座谈会。座谈会由蔡书宁主持。")
    assert "职业教育产教融合工作视察座谈会" in names(a, "Event")
    assert ("蔡书宁", "职业教育产教融合工作视察座谈会") in rel(a, "chaired")
    a = run_page("6月5日，调研组在青州技师学院会议室召开职业教育工作调研座谈会。")
    assert "职业教育工作调研座谈会" in names(a, "Event")


def test_training_director_and_worker_before_names():
    # 培训总监 is a post (so the centre before it is a unit named with its post);
    # 工人 is a role word before a worker's name
    a = run_page("6月5日，青州技师学院产业工人培训基地揭牌仪式举行。青州市副市长李明远，"
                 "德国汉堡职业培训中心培训总监Anke Vogel等出席。装配车间工人吕文涛作为学员代表发言。")
    assert "德国汉堡职业培训中心" in names(a, "Organization")
    assert ("Anke Vogel", "德国汉堡职业培训中心", "培训总监") in posts(a)
    assert "吕文涛" in names(a, "Person")


def test_a_centres_own_word_on_its_own_page():
    # on a 职业教育中心's own account, 中心主任 is that centre's post, and 我中心/中心
    # before an occasion's year says who holds it, not its name
    page = ("开放日｜走进青山职教\n\n原创　青山职教　青山县职业教育中心　2026年03月28日 18:20\n\n"
            "3月28日上午，我中心2026年家长开放日活动在中心田径场拉开帷幕。"
            "县教育局局长周立新，中心主任欧阳景明、副主任韩书瑶出席活动。"
            "当天下午，中心2026年校企合作对接会在中心会议室召开。")
    a = run_page(page)
    p = posts(a)
    assert ("欧阳景明", "青山县职业教育中心", "主任") in p
    assert ("韩书瑶", "青山县职业教育中心", "副主任") in p
    events = names(a, "Event")
    assert {"2026年家长开放日活动", "2026年校企合作对接会"} <= events
    assert ("2026年家长开放日活动", "青山县职业教育中心") in rel(a, "heldAt")


def test_a_two_character_function_word_after_a_name():
    # 关于 after a one-character given name begins the next phrase, it is not
    # the name's last character
    a = run_page("3月12日，青山县职业教育中心召开工作会议。会议听取了中心主任东方毅关于实训基地建设进展的汇报，"
                 "副主任马骏对于下一步工作作了部署。")
    people = names(a, "Person")
    assert {"东方毅", "马骏"} <= people
    assert not {"东方毅关", "马骏对"} & people


def test_the_school_that_built_an_industry_college_hosts_its_unveiling():
    # 该校 after 某学校与某公司共建的某某产业学院 is the school, not the industry
    # college; 这所产业学院 points back to the college as 该产业学院 would
    a = run_page("4月10日，青州市商贸学校与青州舆通物流有限公司（以下简称“舆通物流”）共建的舆通智慧物流产业学院揭牌仪式在该校实训楼举行。"
                 "该校校长冯启明、副校长陶一鸣出席仪式。这所产业学院实行理事会领导下的院长负责制，院长由舆通物流总经理彭立川兼任。")
    p = posts(a)
    assert ("冯启明", "青州市商贸学校", "校长") in p
    assert ("陶一鸣", "青州市商贸学校", "副校长") in p
    assert ("彭立川", "舆通智慧物流产业学院", "院长") in p
    assert any(o == "青州市商贸学校" and "揭牌仪式" in s for s, o in rel(a, "heldAt"))


def test_with_the_consent_of_a_government_begins_no_name():
    # 经某省人民政府同意: 经 (with the consent of) is no part of the body after
    # it; 经开区 (a development zone's short name) still is
    a = run_page("大会经青江省人民政府同意，由青江省教育厅主办。出席大会的有：省政府副秘书长叶承钧。"
                 "青州经开区市域产教联合体理事长曹明远致辞。")
    orgs = names(a, "Organization")
    assert "青江省人民政府" in orgs
    assert not any(n.startswith(("大会", "经青江")) for n in orgs)
    assert ("叶承钧", "青江省人民政府", "副秘书长") in posts(a)
    assert "青州经开区市域产教联合体" in names(a, "Community")


def test_fire_rescue_brigade_and_its_commander():
    # 某区消防救援大队大队长: a unit by 大队, a post by 大队长
    a = run_page("3月2日，青州技师学院召开2026年春季开学安全工作会议。"
                 "青州市青湖区消防救援大队大队长邝启帆应邀出席会议并作消防安全讲座。")
    assert "青州市青湖区消防救援大队" in names(a, "Organization")
    assert ("邝启帆", "青州市青湖区消防救援大队", "大队长") in posts(a)


def test_our_occasion_in_a_room_is_held_at_our_school():
    # 我院…会议在实训大楼一楼报告厅召开: a room of the college the page is written by
    a = run_page("青州技师学院新闻网\n首页 > 学院新闻\n我院召开春季开学安全工作会议\n发布时间：2026-02-28\n"
                 "2月27日下午，我院2026年春季开学安全工作会议在实训大楼一楼报告厅召开。院长司徒骏出席会议并讲话。")
    assert ("2026年春季开学安全工作会议", "青州技师学院") in rel(a, "heldAt")


def test_word_like_name_at_the_end_of_a_roster_line():
    # 某局局长　简明 on a line of its own (a press conference's speakers): the
    # word after a title and a space, at the line's end, is a name
    a = run_page("5月9日上午，青州市人民政府新闻办公室举行新闻发布会。\n发布人：\n"
                 "青州市教育局党组书记、局长　简明\n青州职业技术学院院长　查明\n主持人：\n青州市人民政府新闻办公室副主任　宓婉清\n")
    people = names(a, "Person")
    assert {"简明", "查明"} <= people
    assert ("简明", "青州市教育局", "局长") in posts(a)
    # guard: the same word inside a sentence's end is no name
    a = run_page("5月9日，青州市教育局召开会议。会议要求材料简明\n")
    assert "简明" not in names(a, "Person")


def test_transcript_with_names_on_lines_of_their_own():
    # a press conference's record: 主持人： over the one who chairs, and each
    # answer under a line of the speaker's name and a colon, at the conference
    # (not at an occasion an answer names)
    a = run_page("青州市人民政府\n首页 > 新闻发布\n2025年青州市职业教育活动周新闻发布会实录\n发布时间：2025-05-09\n"
                 "5月9日上午，青州市人民政府新闻办公室举行2025年青州市职业教育活动周新闻发布会。\n"
                 "发布人：\n青州市教育局局长　邱立言\n青州职业技术学院院长　韩书远\n"
                 "主持人：\n青州市人民政府新闻办公室副主任　宓婉清\n\n"
                 "宓婉清：\n各位记者朋友，大家上午好！首先请邱立言局长介绍有关情况。\n\n"
                 "邱立言：\n今年活动周期间将举办技能展演和校园开放日等四大类126项活动，欢迎市民参加。\n\n"
                 "韩书远：\n谢谢您的提问。我院始终把产教融合作为办学的生命线，与企业共建了产业学院。\n")
    ev = "2025年青州市职业教育活动周新闻发布会"
    assert ("宓婉清", ev) in rel(a, "chaired")
    spoke = rel(a, "spokeAt")
    assert {("邱立言", ev), ("韩书远", ev)} <= spoke
    assert not any(o != ev for s, o in spoke if s == "韩书远")


def test_a_department_named_by_a_field_that_jieba_tags_as_a_verb():
    # 烹饪系, 护理系: a field's department (jieba tags 烹饪 and 护理 as verbs)
    a = run_page("4月9日，考察团到青州技师学院考察交流。该院烹饪系主任喻清欢、护理系主任邝立群介绍了情况。")
    p = posts(a)
    assert ("喻清欢", "烹饪系", "主任") in p
    assert ("邝立群", "护理系", "主任") in p
    assert ("烹饪系", "青州技师学院") in rel(a, "subOrganizationOf")
    # guard: a verb before a kind of unit is still no unit (建议学校, 有学校)
    a = run_page("4月9日，青州技师学院召开会议，建议学校加强实训管理。")
    assert "建议学校" not in names(a, "Organization")


def test_chamber_of_commerce_referred_back_to():
    # 商会常务副会长 after 某市某商会会长: the chamber named before, as 协会 is
    a = run_page("4月9日，敦阳市青州商会会长、敦阳漂远建设有限公司董事长令狐川泽率队赴青州技师学院考察交流，"
                 "商会常务副会长、敦阳幽远食品有限公司总经理池映川等随同考察。")
    assert ("池映川", "敦阳市青州商会", "常务副会长") in posts(a)


def test_a_courtesy_meeting_before_the_ceremony_is_no_part_of_it():
    # 院长某某会见了代表团一行 before the signing ceremony is named: those at the
    # meeting are not, by that, at the ceremony
    a = run_page("10月14日，瑞士洛特职业学院副校长Anna Keller一行3人来访我院。"
                 "当天上午，院长司马崧在行政楼贵宾室会见了代表团一行，国际交流处处长邵景远参加会见。"
                 "司马崧介绍了学院的办学情况。\n"
                 "随后，中瑞合作办学项目签约仪式在我院行政楼第一会议室举行。青州市教育局副局长华立新出席并致辞。")
    att = {s for s, _ in rel(a, "attended")}
    assert "华立新" in att
    assert not {"司马崧", "邵景远"} & att


def test_words_told_to_the_interviewee_are_not_said_at_the_occasion():
    # in an interview: 某公司总经理某某跟我说 is told to the one interviewed, not a
    # speech at the meeting the answer mentioned before
    a = run_page("记者：企业参与的积极性怎么样？\n"
                 "端木清：去年12月，集团2024年年会在青州远帆智能装备有限公司召开。"
                 "远帆智能总经理卓一鸣跟我说，过去是学校求企业，现在是企业主动上门。\n")
    assert not any(s == "卓一鸣" for s, _ in rel(a, "spokeAt"))

"""Error classes found on the written sets of session 12, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run, run_page


def test_wei_after_a_name_is_the_verb_not_the_units_first_character():
    # 聘任某某为某学院兼职副院长: 为 is the verb, the unit is 新能源学院
    a = run("聘任青州远航科技有限公司储能事业部总工程师孙立广为新能源学院兼职副院长，聘期三年。")
    assert "为新能源学院" not in names(a, "Organization")
    assert ("孙立广", "新能源学院", "兼职副院长") in posts(a)
    # and in a notice's list, the other lines keep the same unit
    a = run("上官清禾同志任新能源学院院长；\n聘任孙一鸣为新能源学院副院长；")
    assert "为新能源学院" not in names(a, "Organization")
    assert ("孙一鸣", "新能源学院", "副院长") in posts(a)


def test_bare_post_in_a_list_of_appointments_is_at_the_unit_before():
    # 甲兼任某产业学院院长，乙任执行院长，丙任常务副院长
    a = run("会上宣读了管理机构名单：副校长路远之兼任澄江理工大学智慧物流产业学院院长，"
            "澄江远达物流有限公司副总经理沈青禾任执行院长，交通运输学院院长周晓川任常务副院长。")
    assert ("沈青禾", "澄江理工大学智慧物流产业学院", "执行院长") in posts(a)
    assert ("周晓川", "澄江理工大学智慧物流产业学院", "常务副院长") in posts(a)
    assert ("周晓川", "交通运输学院", "院长") in posts(a)
    # guard: a head of another kind of unit is not carried (a 处长 of a 学院)
    a = run("张三兼任澄江理工大学智慧物流产业学院院长，李四任处长。")
    assert not any(p[0] == "李四" for p in posts(a))
    # guard: nor over a new line of a notice (聘任某某为校长助理 is the school's)
    a = run("聘任戴书遥为机械工程学院院长；\n聘任康宁川为教务处副处长；")
    assert ("康宁川", "机械工程学院", "副处长") not in posts(a)


def test_wentu_credit_names_the_author():
    a = run_page("我校举行开放日活动\n\n5月19日上午，开放日活动在我校举行。\n\n文图：殷雨涵\n编辑：方晓川\n")
    assert a.metadata["author"] == "殷雨涵"


def test_international_conference_hall_is_a_room_of_the_unit():
    # 在某大学图书馆国际会议厅举行: held at the university, 图书馆 is no unit here
    a = run("11月15日，智慧物流国际学术研讨会在澄江理工大学图书馆国际会议厅举行。")
    assert ("智慧物流国际学术研讨会", "澄江理工大学") in rel(a, "heldAt")
    assert "澄江理工大学图书馆" not in names(a, "Organization")


def test_verb_jieba_tags_as_a_noun_ends_an_event_name():
    # 某公司亮相第三届某博览会: 亮相 is a verb (jieba: n), the fair's name starts after it
    a = run("9月26日，远达食品亮相第三届澄江职业教育博览会。")
    assert names(a, "Event") == {"第三届澄江职业教育博览会"}


def test_ceremony_held_in_a_room_is_what_the_next_sentences_are_about():
    # 9月26日至28日，某博览会在…举行 (dated); 当天下午，某签约仪式在会展中心2号馆举行。
    # 甲、乙出席: the ceremony held in its own room, not the dated fair
    text = ("9月26日至28日，第三届澄江职业教育博览会在澄阳国际会展中心举行。\n"
            "博览会开幕当天下午，远达食品校企合作签约仪式在会展中心2号馆举行。"
            "远达食品股份有限公司董事长祁湛川，澄阳职业技术学院院长吕晓禾出席。吕晓禾代表学校发言。")
    a = run(text, published="2025-09-29")
    assert ("祁湛川", "远达食品校企合作签约仪式") in rel(a, "attended")
    assert ("吕晓禾", "远达食品校企合作签约仪式") in rel(a, "spokeAt")
    assert ("祁湛川", "第三届澄江职业教育博览会") not in rel(a, "attended")
    # guard: held in a city, not a room, leaves the next sub-forum the current occasion
    text = ("澄江职业教育发展大会在澄阳举行。下午，大会设两场分论坛。\n"
            "“现代学徒制”分论坛由处长邵知行主持。远达公司部长齐飞作报告。")
    a = run(text, published="2025-05-21")
    assert ("齐飞", "“现代学徒制”分论坛") in rel(a, "spokeAt")


def test_awards_meeting_about_a_competition_is_named():
    # 学院召开技能大赛总结表彰会: the meeting, named with the competition it is about
    text = ("日前，2025年青江省职业院校技能大赛落下帷幕。\n"
            "11月3日下午，学院召开技能大赛总结表彰会。院长韩立川出席并讲话，副院长周明主持会议。")
    a = run(text, published="2025-11-06")
    assert "技能大赛总结表彰会" in names(a, "Event")
    assert ("周明", "技能大赛总结表彰会") in rel(a, "chaired")
    assert ("韩立川", "2025年青江省职业院校技能大赛") not in rel(a, "attended")
    # guard: a bare 总结会 after a verb of attending names no occasion
    a = run("会后，他出席了总结会。")
    assert names(a, "Event") == set()


def _dates(a):
    return {e.name: e.attrs.get("date") for e in a.entities if e.type == "Event"}


def test_meeting_after_a_visit_paragraph_takes_the_visits_day():
    # 11月5日下午，某校一行来我院调研。\n座谈会在…举行: the day of the visit
    text = ("11月5日下午，青州职业技术学院院长亓明带队来我院调研交流，该院教务处处长杨若川随同调研。\n"
            "产教融合工作交流座谈会在学院图书馆五楼会议室举行。副院长祖明主持会议。")
    a = run(text, published="2025-11-07")
    assert _dates(a)["产教融合工作交流座谈会"] == "2025-11-05"
    # guard: a heading over a later dated paragraph takes that paragraph's day, not the visit's
    text = ("10月21日，学院与某集团签订校企合作协议，双方将共建订单班，首批招收学员40人，培养城市轨道交通运营人才。\n"
            "■第二届“匠心杯”创新创业大赛决赛举行\n"
            "10月28日，第二届“匠心杯”创新创业大赛决赛在学院图书馆报告厅举行。")
    a = run(text, published="2025-10-30")
    assert _dates(a)["第二届“匠心杯”创新创业大赛决赛"] == "2025-10-28"


def test_dateline_without_a_year_dates_the_page_by_the_year_it_names():
    page = ("青江：食品产业校企人才对接会搭起桥梁\n\n"
            "东南新闻网青阳10月18日电（记者 甄怀远）在18日举行的2025青阳食品产业校企人才供需对接会上，"
            "青阳禾丰食品有限公司人力资源总监蓝映秋告诉记者，公司今年带来了48个岗位。\n\n"
            "本次对接会由青阳市教育局主办，力争到2027年让学生本地就业率超过七成。（完）\n")
    a = run_page(page)
    assert a.metadata["published"] == "2025-10-18"
    # the one who told the reporter at the fair was there
    assert ("蓝映秋", "2025青阳食品产业校企人才供需对接会") in rel(a, "attended")
    # guard: a page that names no year keeps no date
    a = run_page("青江：对接会搭起桥梁\n\n东南新闻网青阳10月18日电（记者 甄怀远）对接会在青阳职业技术学院举行。\n")
    assert a.metadata["published"] is None


def test_youth_league_committee_written_short():
    # 团市委副书记某某 for 共青团某市委员会 (or 共青团某市委) named in the article
    a = run("活动由青州市教育局、共青团青州市委员会联合主办。团市委副书记孟书川等参加活动。")
    assert ("孟书川", "共青团青州市委员会", "副书记") in posts(a)
    a = run("活动由青州市教育局、共青团青州市委主办。团市委副书记孟书川等参加活动。")
    assert ("孟书川", "共青团青州市委", "副书记") in posts(a)
    # guard: the party's city committee is not the league's
    a = run("活动由中共青州市委员会主办。团市委副书记孟书川等参加活动。")
    assert ("孟书川", "中共青州市委员会", "副书记") not in posts(a)


def test_institution_line_over_the_headline_names_the_site():
    # 某某职业技术学院　通知公告 (or the name alone) over a notice: 副院长某某 is that school's
    page = ("青州职业技术学院　通知公告\n\n关于孟嘉川等同志拟任职务的公示\n\n发布时间：2026-05-20　　来源：组织人事部\n\n"
            "另，经学院党委研究，副院长上官雨林兼任学院精密制造产业学院院长。\n")
    a = run_page(page)
    assert a.metadata["site"] == "青州职业技术学院"
    assert ("上官雨林", "青州职业技术学院", "副院长") in posts(a)
    # guard: a headline-like first line is no site
    a = run_page("学院召开表彰大会\n\n发布时间：2026-05-20\n\n副院长上官雨林出席。\n")
    assert a.metadata.get("site") is None


def test_party_committee_office_is_a_department():
    # 党委办公室 is a unit word of its own, though 党委 and 办公室 are each generic
    a = run("张三现任学院党委办公室副主任，拟任党委宣传部部长。")
    assert ("张三", "党委办公室", "副主任") in posts(a)
    a = run("党委办公室主任李四主持会议。")
    assert ("李四", "党委办公室", "主任") in posts(a)


def test_sent_to_a_company_is_no_part_of_its_name():
    # 拟派往某公司挂职: the company, not 拟派往某公司
    a = run("王五现任教务处副处长，拟派往青州远达精密机械有限公司挂职。")
    assert "青州远达精密机械有限公司" in names(a, "Organization")
    assert not any(n.startswith(("拟派往", "派往")) for n in names(a, "Organization"))


def test_under_a_bodys_guidance_is_no_venue():
    # 大会在省教育厅指导下召开: the bureau guides it, the meeting is not held there
    a = run("24日，青江省智能装备行业产教融合共同体成立大会在青阳举行。大会在青江省教育厅指导下召开，由青阳职业技术学院承办。")
    assert ("青江省智能装备行业产教融合共同体成立大会", "青江省教育厅") not in rel(a, "heldAt")
    assert ("青江省智能装备行业产教融合共同体成立大会", "青阳职业技术学院") in rel(a, "organizedBy")
    # guard: held at the bureau itself
    a = run("24日，全省职业教育工作会议在青江省教育厅召开。")
    assert ("全省职业教育工作会议", "青江省教育厅") in rel(a, "heldAt")


def test_industry_community_by_its_kind_is_the_one_founded():
    # 行业共同体要…; 共同为共同体揭牌: the community founded, not a second one called 行业共同体
    text = ("24日，青江省智能装备行业产教融合共同体成立大会在青阳举行。"
            "副厅长诸葛明川在讲话中表示，行业共同体要打通人才培养和产业需求之间的“最后一公里”。"
            "现场，诸葛明川、费曈林共同为共同体揭牌。")
    a = run(text, published="2026-04-25")
    assert names(a, "Community") == {"青江省智能装备行业产教融合共同体"}
    assert ("费曈林", "青江省智能装备行业产教融合共同体") in rel(a, "officiatesUnveiling")


def test_demand_inside_an_occasions_name():
    # 产业需求对接座谈会: 需求 (a verb to jieba) and 对接 both sit inside the name
    a = run("6月5日，省教育厅召开全省职业院校专业设置与产业需求对接座谈会。")
    assert names(a, "Event") == {"全省职业院校专业设置与产业需求对接座谈会"}
    a = run("5月8日，双方在青州技师学院第二会议室召开课程衔接座谈会。")
    assert names(a, "Event") == {"课程衔接座谈会"}
    # guard: no unit reaches back over 需求
    a = run("调研组了解了企业用工需求及与区内学校合作情况。")
    assert names(a, "Organization") == set()


def test_a_kind_of_unit_then_a_verb_is_no_unit():
    # 要求产业学院建立健全理事会治理机制; 以建设省级优质技师学院为目标
    a = run("他要求产业学院建立健全理事会治理机制，真正做到共建共管。")
    assert names(a, "Organization") == set()
    a = run("要以建设省级优质技师学院为目标，推动青州技师学院高质量发展。")
    assert names(a, "Organization") == {"青州技师学院"}


def test_kindergarten_head_after_its_place_clause():
    # 在某幼儿园，园长某某介绍了…
    a = run("在青南区实验幼儿园，园长罗念川介绍了该园开展自然游戏课程的情况。")
    assert ("罗念川", "青南区实验幼儿园", "园长") in posts(a)


def test_member_of_the_public_quoted_is_there_but_no_speaker():
    text = ("5月12日，青州市2025年职业教育活动周启动仪式在青州技师学院举行。"
            "带着女儿前来参观的青州市民蔡雨林说，今天看了才知道职业学校的学习前景这么好。")
    a = run(text, published="2025-05-13")
    assert "蔡雨林" in names(a, "Person")
    assert ("蔡雨林", "青州市2025年职业教育活动周启动仪式") in rel(a, "attended")
    assert ("蔡雨林", "青州市2025年职业教育活动周启动仪式") not in rel(a, "spokeAt")


def test_competition_set_up_at_two_venues():
    # 比赛分设甲、乙两个赛区: held at both, and 分设 begins no unit
    a = run("2025年青江省职业院校技能大赛20日落下帷幕。本届大赛设23个赛项，比赛分设青州职业技术学院、青阳技师学院两个赛区。")
    assert names(a, "Organization") == {"青州职业技术学院", "青阳技师学院"}
    assert ("2025年青江省职业院校技能大赛", "青州职业技术学院") in rel(a, "heldAt")
    assert ("2025年青江省职业院校技能大赛", "青阳技师学院") in rel(a, "heldAt")


def test_visiting_party_attends_the_meeting_that_follows():
    # 某校院长甲带队来我院调研，乙、丙随同调研。座谈会在…举行: the party attends it
    text = ("11月5日下午，青州职业技术学院院长亓明带队来我院调研交流，该院教务处处长杨若川、汽车工程学院院长柯松随同调研。\n"
            "产教融合工作交流座谈会在学院图书馆五楼会议室举行。我院副院长祖明主持会议。")
    a = run(text, published="2025-11-07")
    for p in ("亓明", "杨若川", "柯松"):
        assert (p, "产教融合工作交流座谈会") in rel(a, "attended")
    # guard: a meeting only planned, not held, is attended by no one
    text = ("11月5日下午，青州职业技术学院院长亓明带队来我院调研交流。\n"
            "双方商定下月召开产教融合工作交流座谈会。")
    a = run(text, published="2025-11-07")
    assert not rel(a, "attended")


def test_site_name_before_its_breadcrumb_and_a_bare_dateline():
    # 某某网　首页 > 地方 > 某地 over the headline; 某某社某地11月6日电　2025年11月5日，…
    page = ("远通网　首页 > 地方 > 青州\n\n青州理工大学远达新材料产业学院揭牌\n\n"
            "远通社青阳11月6日电　2025年11月5日，青州理工大学与青州远达新材料集团有限公司共建的"
            "远达新材料产业学院在该校材料科学与工程学院揭牌成立。\n")
    a = run_page(page)
    assert a.metadata["site"] == "远通网"
    assert a.metadata["title"] == "青州理工大学远达新材料产业学院揭牌"
    assert a.metadata["source"] == "远通社"
    assert a.metadata["published"] == "2025-11-06"
    assert a.text.splitlines()[1].startswith("2025年11月5日")


def test_words_around_a_ceremony_that_name_nothing():
    # 这场拜师仪式太有仪式感了 (a feeling, not a ceremony); 拜入某公司 (a verb);
    # 校外实训基地 (a kind of base)
    a = run("敬茶、拜师、赠工具！这场拜师仪式太有仪式感了。32名学徒正式拜入青州远达智能装备有限公司。")
    assert not any(n.endswith("仪式感") or "太有" in n for n in names(a, "Event"))
    assert "青州远达智能装备有限公司" in names(a, "Organization")
    assert not any(n.startswith("拜入") for n in names(a, "Organization"))
    a = run("12月2日上午，青州远达物流有限公司校外实训基地授牌仪式在公司分拨中心举行。")
    assert "校外实训基地" not in names(a, "Organization")


def test_crawled_lines_broken_inside_a_name_are_joined():
    # 学生刘子 / 砚、陈某某组成的…; …金某 / 。在…赛项中，黄某某 / 等三名同学…
    page = ("青州职业技术学院  首页 | 学院概况 | 新闻中心\n我院学子在技能大赛中获佳绩\n发布时间：2026-04-23\n"
            "    在“工业网络智能控制与维护”赛项中，智能制造学院学生刘子\n砚、陈昕悦组成的代表队获得一等奖，指导教师为汪梓林、金石\n"
            "。在“移动机器人”赛项中，黄嘉树\n等三名同学获得一等奖。\n")
    a = run_page(page)
    assert a.metadata["site"] == "青州职业技术学院"
    assert "学生刘子砚、陈昕悦" in a.text and "金石。在" in a.text and "黄嘉树等三名" in a.text
    assert {"刘子砚", "汪梓林", "黄嘉树"} <= names(a, "Person")
    # guard: a line after one that ends a sentence stays a line of its own
    a = run_page("标题一则\n发布时间：2026-04-23\n学院召开会议。\n张三、李四出席。\n")
    assert "学院召开会议。\n张三" in a.text


def test_college_credit_is_not_we_when_the_text_names_its_head():
    # （医药健康学院 某某） under a 我院 page that names 医药健康学院院长某某 apart from 院长某某:
    # 我院 is the whole school named in the text, the credit one of its colleges
    text = ("某公司来我院考察洽谈校企合作\n2026-07-10\n"
            "7月8日上午，青江远达生物医药股份有限公司董事长滕书远一行来我院考察。院长诸葛聿川，副院长邵海林，"
            "医药健康学院院长温砚秋陪同考察。随后，诸葛聿川介绍了青阳职业技术学院的办学历史。\n（医药健康学院 庞晓川）\n")
    a = run_page(text)
    assert ("诸葛聿川", "青阳职业技术学院", "院长") in posts(a)
    assert ("温砚秋", "医药健康学院", "院长") in posts(a)


def test_city_party_committee_is_no_short_form_of_another_committee():
    # 某市委副书记、市长某某 beside 某市发展和改革委员会: the party committee, not the commission
    a = run("青州市发展和改革委员会主任张三，青州市委副书记、市长黎晰林，副市长诸葛朔川出席。")
    assert ("黎晰林", "青州市委", "副书记") in posts(a)
    assert ("黎晰林", "青州市发展和改革委员会", "副书记") not in posts(a)
    # a place at a crossing of roads is no unit (交会处 as 交汇处)
    a = run("青川地处三条国道交会处，仓储物流业发达。")
    assert names(a, "Organization") == set()


def test_section_written_short_by_single_characters():
    # 厅职成处副处长某某 after 厅职业教育与成人教育处处长某某: the same section
    a = run("青江省教育厅召开推进会。厅职业教育与成人教育处处长欧阳清川主持会议，厅职成处副处长戴若林解读了文件。",
            published="2025-04-18")
    assert ("戴若林", "职业教育与成人教育处", "副处长") in posts(a)
    assert "职成处" not in names(a, "Organization")


def test_surname_and_a_form_of_address_is_no_name():
    # 市民胡女士带着儿子…: no name to record
    a = run("前来观看的市民胡女士带着读初三的儿子参观了实训室。")
    assert names(a, "Person") == set()


def test_industry_college_named_back_right_after_the_verb_of_taking_a_post():
    # 某某任产业学院院长，某某任执行院长: 产业学院 is the one unveiled
    a = run("青江理工大学远星集成电路产业学院揭牌。谭振川任产业学院院长，骆思林任执行院长。")
    assert ("谭振川", "青江理工大学远星集成电路产业学院", "院长") in posts(a)
    assert ("骆思林", "青江理工大学远星集成电路产业学院", "执行院长") in posts(a)
    # 所在学校 is no unit
    a = run("苏晴川、梁宏林分别代表所在学校发言。")
    assert names(a, "Organization") == set()


def test_a_list_of_names_after_a_role_word_goes_on_before_any_verb():
    # 学生甲、乙组成的代表队: 乙 is in the list, whatever verb follows (组成 begins with a group word)
    a = run("智能制造学院学生刘子林、陈昕月组成的代表队获得一等奖。")
    assert {"刘子林", "陈昕月"} <= names(a, "Person")
    # guard: a word after 、 that is no name stays out
    a = run("智能制造学院学生刘子林、学院领导出席。")
    assert names(a, "Person") == {"刘子林"}


def test_who_tells_the_reporter_is_at_the_occasion():
    # a wire report on a fair: 某公司人力资源总监某某告诉记者 (in the gold of 67 of 68 such cases)
    text = ("新华网青阳10月18日电（记者 甄怀远）18日，2025青阳食品产业校企人才供需对接会在青阳职业技术学院举行。\n"
            "“我们今天带来了48个岗位。”青阳禾丰食品有限公司人力资源总监蓝映秋告诉记者。\n"
            "青江省教育科学研究院职业教育研究所所长虞思林在接受记者电话采访时分析说，中职毕业生升学比例逐年提高。\n")
    a = run_page(text)
    assert ("蓝映秋", "2025青阳食品产业校企人才供需对接会") in rel(a, "attended")
    # guard: on the phone is not there
    assert not any(p == "虞思林" for p, _ in rel(a, "attended"))


def test_who_comments_on_the_reports_speaks():
    # 某某逐一点评: speech at the occasion (12 of 12 such sentences in the gold; 讲解 was tried and lowered four sets)
    a = run("5月8日，全市现代学徒制推进会在青州技师学院召开。企业导师代表齐飞作报告，市教育局副局长黎清川逐一点评。",
            published="2025-05-09")
    assert ("黎清川", "全市现代学徒制推进会") in rel(a, "spokeAt")

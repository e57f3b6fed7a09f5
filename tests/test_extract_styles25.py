"""Error classes found on the written sets of session 24, each in our own
invented wording, with guard cases that keep a rule from over-reaching; and the
word lists behind older rules, now read from data files."""

from __future__ import annotations

from .extract_helpers import names, rel, run, run_page


def test_a_civil_servants_rank_on_a_bureaus_own_page():
    # ``civil_ranks.txt``: a bare 一级调研员/二级巡视员 on a bureau's own page is a
    # rank at that bureau, as its head's bare title is
    page = ("涟州市人力资源和社会保障局\n首页　工作动态\n局领导到企业调研\n发布时间：2026-03-20　来源：办公室\n"
            "　　3月18日，一级调研员鄢蕴和带队到涟州精工机械有限公司调研，二级巡视员龚屿帆参加调研。\n")
    held = rel(run_page(page), "holdsPosition")
    assert {("鄢蕴和", "涟州市人力资源和社会保障局"), ("龚屿帆", "涟州市人力资源和社会保障局")} <= held
    # guard: a rank on a school's page is not put at a bureau
    page = page.replace("涟州市人力资源和社会保障局", "涟州职业技术学院").replace("局领导", "校领导")
    assert not any(o.endswith("局") for _, o in rel(run_page(page), "holdsPosition"))


def test_a_meeting_held_within_a_fair_is_what_its_speakers_speak_at():
    # 博览会在某中心开幕。某公司在博览会期间举行发布会…出席发布会。甲致辞。: the
    # meeting named last, not the fair that has a date and venue
    a = run("5月9日上午，2026涟州智能制造博览会在涟州会展中心开幕。涟州精工机械有限公司在博览会期间举行新品发布会。\n"
            "涟州市工信局副局长鄢蕴和、涟州职业技术学院副院长龚屿帆出席发布会。\n鄢蕴和致辞。龚屿帆介绍了合作情况。")
    spoke = rel(a, "spokeAt")
    assert {("鄢蕴和", "新品发布会"), ("龚屿帆", "新品发布会")} <= spoke
    # guard: a ceremony within the fair is part of it; the speech is at the fair
    a = run("5月9日上午，2026涟州智能制造博览会在涟州会展中心开幕。开幕式由涟州市副市长濮望舒主持。\n鄢蕴和致辞。")
    assert ("鄢蕴和", "2026涟州智能制造博览会") in rel(a, "spokeAt")


def test_an_adjective_that_begins_a_unveiled_units_name():
    # 共建的精密制造产业学院揭牌仪式: 精密 (an adjective) begins the unit's name
    # and stays in the occasion's
    a = run("6月3日，涟州精工机械有限公司（以下简称“精工机械”）与涟州职业技术学院共建的精密制造产业学院"
            "揭牌仪式在公司总部二楼会议厅举行。")
    assert "精密制造产业学院揭牌仪式" in names(a, "Event")
    # guard: an adjective before the verb of holding is no part of the name
    a = run("6月3日，涟州职业技术学院隆重举行智能制造产业学院揭牌仪式。")
    assert "智能制造产业学院揭牌仪式" in names(a, "Event")


def test_a_trip_reported_after_the_meeting_is_no_part_of_it():
    # 另悉，会前一天，甲到某公司调研，该公司董事长乙介绍了…: the trip is its own; 乙
    # neither speaks at nor attends the meeting reported before
    a = run("4月2日，涟州县县长鄢蕴和主持召开县政府第五次常务会议。副县长濮望舒出席会议。\n"
            "另悉，会前一天，濮望舒到涟州禾丰农业有限公司调研，该公司董事长龚屿帆介绍了校企合作情况。")
    ev = "县政府第五次常务会议"
    assert ("濮望舒", ev) in rel(a, "attended")
    assert not any(p == "龚屿帆" for p, _ in rel(a, "spokeAt") | rel(a, "attended"))
    # guard: what is said at the meeting about a trip is said there
    a = run("4月2日，涟州县县长鄢蕴和主持召开县政府第五次常务会议。\n"
            "会上，副县长濮望舒介绍了到涟州禾丰农业有限公司调研的情况。")
    assert ("濮望舒", "县政府第五次常务会议") in rel(a, "spokeAt")


def test_a_datelines_year_is_not_taken_from_a_past_years_report():
    # 某网某地3月18日电: no year; the meeting's 2026年 counts over the 2025年度 report
    page = ("韶江：职业院校校长谈产教融合\n\n"
            "涟州网涟州3月18日电（记者鄢蕴和）18日，在2026年全省职业教育工作推进会上，"
            "省教育厅职业教育处处长濮望舒通报了2025年度全省职业院校质量报告的编制情况。\n")
    a = run_page(page)
    assert a.metadata["published"] == "2026-03-18"


def test_a_list_of_four_character_aims_names_no_occasion():
    # “组织联建、队伍联育、项目联推、活动联办”: 活动 begins the last aim, no occasion
    a = run("双方将围绕“组织联建、队伍联育、项目联推、活动联办”深化合作。")
    assert not names(a, "Event")
    # guard: an occasion named by a list of what it shows is still read
    a = run("5月9日，涟州职业技术学院举办“技能展示、岗位推介”系列活动。")
    assert "“技能展示、岗位推介”系列活动" in names(a, "Event")


def test_names_in_a_list_of_name_comma_post():
    # 出席的有：甲，副市长；乙，某局局长；: the post after the comma is the cue,
    # with a unit or without, and for a surname that is also a word (蒿)
    a = run("出席活动的有：濮望舒，副市长；蒿立恒，涟州市教育局局长；龚屿帆，涟州市人力资源和社会保障局局长。")
    assert {"濮望舒", "蒿立恒", "龚屿帆"} <= names(a, "Person")
    # guard: a word after the comma that is no post leaves a word surname unread
    a = run("主要内容有：蒿草，一种植物；")
    assert "蒿草" not in names(a, "Person")


def test_a_nav_bar_whose_items_read_as_a_label_and_its_value():
    # 首页 | 时政 | 视频 | 专题: 视频 | 专题 looks like a credit, the line is a nav bar
    page = ("韶江新闻网\n首页 | 要闻 | 教育 | 视频 | 专题 | 客户端\n当前位置：首页 > 教育\n"
            "涟州职业教育联盟成立　首批成员单位40家\n2026-03-05 19:42　来源：新华社\n"
            "新华社涟州3月5日电（记者 鄢蕴和）涟州职业教育联盟成立大会5日举行。\n")
    a = run_page(page)
    assert a.metadata["title"] == "涟州职业教育联盟成立\u3000首批成员单位40家"
    assert a.metadata["author"] == "鄢蕴和"


def test_a_newspapers_e_paper_page():
    # 某某日报数字报 / 某某日报　日期　第05版：…　本版责任编辑：… / 上一版　下一版: the
    # paper is the source, the headline follows the page's furniture
    page = ("韶江日报数字报\n韶江日报　2026年4月22日　星期三　第05版：教育·人才　本版责任编辑：龚屿帆\n"
            "上一版　下一版　本版标题导航\n涟州市技能大赛开赛\n——9个赛项418名选手同台竞技\n"
            "本报讯（记者 濮望舒　通讯员 戚晚澄）昨天上午，涟州市技能大赛开幕式在涟州技师学院举行。\n")
    a = run_page(page)
    assert (a.metadata["title"], a.metadata["source"], a.metadata["author"], a.metadata["editor"]) == \
        ("涟州市技能大赛开赛", "韶江日报", "濮望舒", "龚屿帆")
    # the page's header alone at the top, no masthead over it
    page = ("韶江日报　2026年4月24日　星期五　第05版：教育·科技\n上一版　下一版　｜　本版导读　｜　PDF版\n\n"
            "企业高管走进职业学院课堂\n\n本报讯（记者 濮望舒 通讯员 戚晚澄）4月22日下午，一场讲座在涟州职业技术学院举行。\n")
    a = run_page(page)
    assert (a.metadata["title"], a.metadata["source"]) == ("企业高管走进职业学院课堂", "韶江日报")


def test_a_papers_reporters_named_with_the_paper():
    # 某某日报记者　甲　通讯员　乙 on a line of its own, 某某晚报全媒体记者 甲 before the
    # date and 来源：; a reading count after the source is no part of it
    page = ("韶江日报客户端\n首页　要闻　教育\n职教集团成员单位增至76家\n韶江日报记者　濮望舒　通讯员　戚晚澄\n"
            "2026-11-27 20:15　来源：韶江日报客户端　阅读 3.2万\n前天下午，涟州物流职业教育集团年会召开。\n")
    a = run_page(page)
    assert (a.metadata["author"], a.metadata["source"], a.metadata["title"]) == ("濮望舒", "韶江日报客户端", "职教集团成员单位增至76家")
    page = ("涟州晚报网\n首页 | 教育 | 民生\n职业教育活动周启动\n"
            "涟州晚报全媒体记者 濮望舒　通讯员 戚晚澄　2026-05-12 07:50　来源：涟州晚报\n昨天上午，活动周启动仪式举行。\n")
    a = run_page(page)
    assert (a.metadata["author"], a.metadata["source"]) == ("濮望舒", "涟州晚报")


def test_a_sites_short_name_and_the_bureau_that_owns_it():
    # 某州教育网 over a footer 版权所有：某州市教育局: the bureau is the site's, so 市教育局
    # in the text is that bureau
    page = ("涟州教育网\n首页 ┃ 教育要闻 ┃ 通知公告\n当前位置：首页 > 教育要闻\n副市长到技师学院调研\n"
            "2026年05月20日　来源：职成科\n昨天下午，副市长濮望舒到涟州技师学院调研，市教育局局长鄢蕴和陪同调研。\n"
            "上一篇：全市校长培训班开班\n版权所有：涟州市教育局　地址：涟州市人民路9号\n")
    a = run_page(page)
    assert ("鄢蕴和", "涟州市教育局") in rel(a, "holdsPosition")
    # guard: a footer owner whose words the site's name does not shorten gives nothing
    a = run_page(page.replace("版权所有：涟州市教育局", "版权所有：涟州市人民政府办公室"))
    assert ("鄢蕴和", "市教育局") in rel(a, "holdsPosition")


def test_a_meeting_convened_and_named_by_its_head_word_alone():
    # 调研…随后主持召开座谈会: with no meeting named otherwise, 座谈会 is the occasion,
    # and a tour before it (察看…) is no part of it
    a = run("昨天下午，副市长濮望舒到涟州技师学院调研。濮望舒一行来到实训楼，察看实训教学情况，该院党委书记龚屿帆边走边介绍。\n"
            "随后，濮望舒在该院会议室主持召开座谈会。该院院长鄢蕴和汇报了办学情况。", published="2026-05-20")
    assert "座谈会" in names(a, "Event")
    assert ("濮望舒", "座谈会") in rel(a, "chaired")
    assert ("鄢蕴和", "座谈会") in rel(a, "spokeAt")
    assert ("龚屿帆", "座谈会") not in rel(a, "spokeAt")
    # guard: a meeting named in full before is what 召开座谈会 refers to
    a = run("5月19日，全市技工教育工作座谈会在涟州技师学院举行。副市长濮望舒主持召开座谈会，院长鄢蕴和汇报了情况。")
    assert "座谈会" not in names(a, "Event")
    assert ("鄢蕴和", "全市技工教育工作座谈会") in rel(a, "spokeAt")


def test_a_standing_committee_on_its_own_site_is_named_as_the_site_writes_it():
    # 某某人大网　某市人大常委会主办: 市人大常委会, and the full name inside the meeting's
    # name (某市第十届人民代表大会常务委员会第五次会议), are the body the site names
    page = ("涟州人大网　　涟州市人大常委会主办\n首页　常委会动态　人事任免\n当前位置：首页 > 常委会动态\n"
            "市十届人大常委会举行第五次会议\n发布时间：2026-06-26　来源：常委会办公室\n"
            "6月25日上午，涟州市第十届人民代表大会常务委员会第五次会议在市人大常委会会议室举行。"
            "市人大常委会主任鄢蕴和主持会议，副主任濮望舒出席会议。\n")
    a = run_page(page)
    orgs = names(a, "Organization")
    assert "涟州市人大常委会" in orgs and "涟州市人民代表大会常务委员会" not in orgs
    assert ("鄢蕴和", "涟州市人大常委会") in rel(a, "holdsPosition")
    # guard: where the page names the body in full on its own, the full name stays
    a = run_page(page.replace("涟州人大网　　涟州市人大常委会主办", "涟州人大网\n涟州市人民代表大会常务委员会"))
    assert ("鄢蕴和", "涟州市人民代表大会常务委员会") in rel(a, "holdsPosition")


def test_a_section_word_inside_a_word_is_no_front_of_a_body():
    # 市教育科学研究院: 科 of 科学 ends no section (市教育科) whose part is 学研究院
    a = run("副局长濮望舒，市教育局职业教育与成人教育科科长鄢蕴和，市教育科学研究院副院长龚屿帆出席。")
    assert ("龚屿帆", "市教育科学研究院") in rel(a, "holdsPosition")
    # guard: a bureau's short name before its office still splits there
    a = run("副局长濮望舒，涟州市教育局职业教育与成人教育科科长鄢蕴和，市教育局办公室主任龚屿帆出席。")
    assert ("涟州市教育局办公室", "涟州市教育局") in rel(a, "subOrganizationOf")


def test_an_alias_that_ends_inside_a_word_begins_no_part_of_its_company():
    # 某某新材料有限公司（以下简称“某某新材”）… 某某新材料产业学院: 新材|料 ends inside 材料,
    # so the industry college is named whole, not 料产业学院 of the company
    a = run("上周五，涟州禾丰新材料有限公司（以下简称“禾丰新材”）与涟州职业技术学院共建的禾丰新材料产业学院揭牌。"
            "禾丰新材总经理濮望舒任禾丰新材料产业学院院长。")
    assert "禾丰新材料产业学院" in names(a, "Organization")
    assert "料产业学院" not in names(a, "Organization")


def test_a_leaders_page_with_an_information_catalogue_and_a_qualified_post():
    # 信息公开目录：… over the headline is the site's furniture; a leader whose post
    # line reads 副市长（挂职） is listed like the others
    page = ("涟州市人民政府门户网站\n首页 | 政务公开 | 政务服务\n当前位置：首页 > 政务公开 > 领导信息\n"
            "信息公开目录：领导信息 ｜ 机构职能 ｜ 政策文件 ｜ 人事信息\n\n涟州市人民政府领导班子成员及工作分工\n"
            "发布时间：2026-01-09　　来源：市政府办公室\n"
            "　　根据市政府领导班子成员变动情况，现将市政府领导工作分工调整如下。\n\n"
            "鄢蕴和\n职　务：市委副书记、市长\n分　工：主持市政府全面工作。\n\n"
            "濮望舒\n职　务：副市长\n分　工：负责教育方面工作。\n\n"
            "乜怀远\n职　务：副市长（挂职）\n分　工：协助濮望舒同志负责产教融合方面工作。\n")
    a = run_page(page)
    assert a.metadata["title"] == "涟州市人民政府领导班子成员及工作分工"
    assert ("乜怀远", "涟州市人民政府") in rel(a, "holdsPosition")


def test_a_two_character_name_with_a_word_surname_after_a_role_word():
    # 学员代表 贝丛 表示: 贝 is a surname that is also a word, and 丛, a surname too, is
    # only the given name of a two-character name
    a = run("昨天上午，涟州镇技能培训班开班仪式举行。学员代表 贝丛 表示，自己想学一门电工手艺。")
    assert "贝丛" in names(a, "Person")
    # guard: a verb before a name is still no surname (嘉宾有王某…)
    a = run("昨天上午，涟州镇技能培训班开班仪式举行。嘉宾有王晓峰等人。")
    assert "有王晓" not in names(a, "Person")


def test_a_schools_section_site_and_an_e_paper_breadcrumb():
    # 某某职业技术学院 工会之家: the school's site, whose section names the pages; bare
    # titles are the school's
    page = ("涟州职业技术学院 工会之家\n网站首页　工会概况　教代会　职工之家\n\n学院教职工代表大会召开\n"
            "作者：学院工会　　发布时间：2026-03-16\n"
            "　　3月13日下午，涟州职业技术学院第四届教职工代表大会在学院图书馆报告厅召开。\n"
            "　　院长鄢蕴和代表学院作了工作报告。党委书记濮望舒作总结讲话。\n")
    a = run_page(page)
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", "涟州职业技术学院"), ("濮望舒", "涟州职业技术学院")} <= held
    # 某某新闻网 > 某某日报 > 第02版：要闻: the paper in a breadcrumb is the source
    page = ("涟州新闻网 > 涟州日报 > 第02版：要闻\n2026年09月10日 星期四　　　　上一版　下一版\n\n"
            "我市教育系统表彰大会举行\n\n　　本报讯（记者 龚屿帆　通讯员 戚晚澄）9日上午，涟州市教育系统表彰大会在涟州大剧院举行。\n")
    a = run_page(page)
    assert (a.metadata["title"], a.metadata["source"], a.metadata["author"]) == ("我市教育系统表彰大会举行", "涟州日报", "龚屿帆")


def test_a_section_of_the_bureau_named_before_by_gai():
    # 某省人力资源和社会保障厅厅长甲，该厅职业能力建设处处长乙: 该厅 is the bureau named before
    a = run("韶江省人力资源和社会保障厅党组书记、厅长鄢蕴和，该厅职业能力建设处处长濮望舒出席开幕式。")
    assert ("职业能力建设处", "韶江省人力资源和社会保障厅") in rel(a, "subOrganizationOf")
    assert ("濮望舒", "职业能力建设处") in rel(a, "holdsPosition")
    # 该局 before a section's name written in full: the bureau named before
    a = run("涟州市教育局副局长鄢蕴和，该局职业教育与成人教育科科长濮望舒出席会议。")
    assert ("职业教育与成人教育科", "涟州市教育局") in rel(a, "subOrganizationOf")


def test_a_word_surname_with_a_place_word_as_given_name():
    # 校长 全洛川: 全 is a surname that is also a word, 洛川 a place's name used as a
    # given name
    a = run("莪湾县技工学校校长 全洛川，涟州市交通技工学校校长 鄢蕴和出席会议。")
    assert ("全洛川", "莪湾县技工学校") in rel(a, "holdsPosition")
    # guard: a word surname before a common word is still no name
    a = run("会上，校长鄢蕴和对全体教师提出要求。")
    assert not any(n.startswith("全体") for n in names(a, "Person"))


def test_the_partys_congress_of_a_school_names_no_body():
    # 中国共产党某职业技术学院第三次代表大会: a congress; 中国共产党某学院 is no unit
    a = run("昨天上午，中国共产党涟州职业技术学院第三次代表大会开幕式在学院体育馆举行。")
    assert "中国共产党涟州职业技术学院" not in names(a, "Organization")
    # guard: the party committee of a school is a body
    a = run("昨天上午，中共涟州职业技术学院委员会书记鄢蕴和出席会议。")
    assert ("鄢蕴和", "中共涟州职业技术学院委员会") in rel(a, "holdsPosition")


def test_names_a_space_apart_and_an_invited_unit():
    # 副院长甲 乙以及…: the second name of the run, a space after the first
    a = run("我院院长鄢蕴和、副院长濮望舒 阙望蘅以及80余名师生聆听了报告。")
    assert {"濮望舒", "阙望蘅"} <= names(a, "Person")
    # 会议特邀某党校某教研部主任甲: 特邀 (invited) is no part of the unit's name
    a = run("会议特邀中共韶江省委党校党史党建教研部主任龚屿帆作专题辅导报告。")
    assert ("龚屿帆", "中共韶江省委党校党史党建教研部") in rel(a, "holdsPosition")
    # guard: a space before a word that is no name adds nobody
    a = run("副院长濮望舒 主持会议。")
    assert names(a, "Person") == {"濮望舒"}


def test_a_rare_word_surname_and_trade_words_before_names():
    # 副市长过灏: 过 is a surname that is also a word; 数控车工甲: a trade before a name
    a = run("涟州市人民政府副市长过灏，市教育局局长鄢蕴和出席。随后，选手代表、涟州精工数控车工缪禾丰宣誓。")
    assert {"过灏", "缪禾丰"} <= names(a, "Person")
    assert ("过灏", "涟州市人民政府") in rel(a, "holdsPosition")
    # guard: 过 as a verb begins no name
    a = run("会议审议通过了决议。经过讨论，大家表示同意。")
    assert not names(a, "Person")


def test_those_who_discuss_at_a_round_table_are_there():
    # 在圆桌对话环节，甲担任主持人，乙、丙围绕…展开讨论: the discussants attend
    a = run("4月18日，2026涟州职业教育协同发展论坛在涟州工程大学举行。"
            "在圆桌对话环节，涟州职业技术学院院长鄢蕴和、涟州市教育局副局长濮望舒围绕“跨省域资源共享”展开讨论。")
    ev = "2026涟州职业教育协同发展论坛"
    assert {("鄢蕴和", ev), ("濮望舒", ev)} <= rel(a, "attended")


def test_a_wechat_posts_follow_line_is_furniture():
    # 点击上方蓝字“某某人社”关注我们: the account's call to follow, no unit named
    page = ("186家企业带来4300个岗位\n\n原创　涟州发布　2026年6月6日 18:05\n\n点击上方蓝字“涟州人社”关注我们\n\n"
            "　　昨天上午，涟州市高校毕业生夏季专场招聘会在涟州职业技术学院体育馆举行。\n")
    a = run_page(page)
    assert "涟州人社" not in a.text


def test_representing_a_list_of_units():
    # 甲代表镇党委、镇政府致辞: each unit of the list is represented
    a = run("昨天上午，涟湾镇技能人才培训班开班仪式在涟湾镇人民政府三楼会议室举行。涟湾镇党委书记鄢蕴和出席。\n"
            "鄢蕴和代表镇党委、镇政府致辞。")
    assert {("鄢蕴和", "涟湾镇党委"), ("鄢蕴和", "涟湾镇人民政府")} <= rel(a, "represents")
    # guard: 代表 one unit and then another clause names no second one
    a = run("昨天上午，涟湾镇技能人才培训班开班仪式在涟湾镇人民政府三楼会议室举行。涟湾镇党委书记鄢蕴和出席。\n"
            "鄢蕴和代表镇政府致辞，涟州职业技术学院院长濮望舒介绍了课程。")
    assert rel(a, "represents") == {("鄢蕴和", "涟湾镇人民政府")}


def test_a_company_site_named_by_its_brand_and_latin_name():
    # 某某智能　SOME BRAND over a footer Copyright © 某地某某智能装备股份有限公司: the
    # site is the company, and 公司 in the text is that company, not a subsidiary named since
    page = ("禾丰智能　HEFENG INTELLIGENT\n首页 | 关于我们 | 新闻中心\n新闻中心 > 公司新闻\n\n公司召开校企合作大会\n\n"
            "发布时间：2026-10-23　来源：人力资源部\n"
            "　　10月21日下午，公司全资子公司涟州禾丰精密传动有限公司（以下简称“禾丰传动”）总经理鄢蕴和介绍了人才需求。"
            "会上，公司与涟州职业技术学院签订了校企合作协议。\n\n"
            "Copyright © 韶江禾丰智能装备股份有限公司　韶ICP备18007736号\n")
    a = run_page(page)
    assert a.metadata["site"] == "韶江禾丰智能装备股份有限公司"
    assert ("韶江禾丰智能装备股份有限公司", "涟州职业技术学院") in rel(a, "signedAgreement")


def test_an_occasion_announced_to_be_held_is_no_event():
    # 集团明年将举办首届某竞赛; 两市将…，并联合举办某邀请赛: announced, not reported
    a = run("11月25日，涟州物流职业教育集团2026年年会召开。据悉，集团明年将举办首届全市物流服务技能竞赛。")
    assert names(a, "Event") == {"涟州物流职业教育集团2026年年会"}
    a = run("5月8日，涟州·韶州职业教育交流座谈会召开。根据协议，两市将每年互派骨干教师，并联合举办中职学生技能邀请赛。")
    assert "中职学生技能邀请赛" not in names(a, "Event")
    # guard: one held, with what is to come said in another sentence, stays
    a = run("5月8日，中职学生技能邀请赛在涟州技师学院举行。两市将继续举办交流活动。")
    assert "中职学生技能邀请赛" in names(a, "Event")


def test_units_admitted_to_a_group_are_members():
    # 会议审议通过了甲、乙等6家单位的入会申请: those admitted are members
    a = run("11月25日，涟州物流职业教育集团2026年年会召开。会议审议通过了涟州冷链运输有限公司、涟州市商贸学校等6家单位的入会申请，"
            "集团成员单位由70家增至76家。")
    comm = "涟州物流职业教育集团"
    assert {("涟州冷链运输有限公司", comm), ("涟州市商贸学校", comm)} <= rel(a, "memberOf")
    # guard: a body that approves is not among those admitted
    a = run("11月25日，涟州物流职业教育集团2026年年会召开。涟州职业技术学院理事会审议通过了涟州冷链运输有限公司的入会申请。")
    assert ("涟州职业技术学院", comm) not in rel(a, "memberOf")


def test_a_body_that_will_join_in_holding_another_occasion_organises_none_now():
    # 培训结束后，镇里将联合某公司等企业举办专场招聘会: yet to come, not the course's organiser
    a = run("昨天上午，涟湾镇技能人才培训班开班仪式在涟湾镇人民政府举行。培训班由涟湾镇人民政府主办。\n"
            "据悉，培训结束后，镇里将联合涟州禾丰新材料有限公司等企业举办专场招聘会。")
    assert not any(o == "涟州禾丰新材料有限公司" for _, o in rel(a, "organizedBy"))
    assert any(o == "涟湾镇人民政府" for _, o in rel(a, "organizedBy"))


def test_contestants_at_an_opening_take_part_in_the_contest():
    # 裁判员代表甲、选手代表某校学生乙宣誓 at …大赛开幕式: both take part in the 大赛
    a = run("5月12日上午，2026年涟州市中职学生技能大赛开幕式在涟州技师学院体育馆举行。"
            "本届大赛由涟州市教育局主办，设12个赛项。\n出席开幕式的有：市教育局副局长 濮望舒。\n"
            "濮望舒致辞。裁判员代表鄢蕴和、选手代表涟州市商贸学校学生龚屿帆分别宣誓。")
    whole = "2026年涟州市中职学生技能大赛"
    assert whole in names(a, "Event")
    assert {("鄢蕴和", whole), ("龚屿帆", whole)} <= rel(a, "attended")
    # guard: an official at the opening is not thereby at the whole contest
    assert ("濮望舒", whole) not in rel(a, "attended")


def test_a_count_written_in_characters_before_bodies_names_none():
    # 技术服务三个工作委员会, 智能产线两大事业部: kinds counted, no unit named
    a = run("共同体下一步将组建专业建设、实习就业、技术服务三个工作委员会。公司下设精密机床、智能产线两大事业部。")
    assert not names(a, "Organization")
    # guard: an ordinal inside a name stays (第二重型机械集团)
    a = run("涟州第二重型机械集团有限公司副总经理濮望舒出席。")
    assert "涟州第二重型机械集团有限公司" in names(a, "Organization")


def test_names_after_an_honour_a_further_list_and_a_space():
    # 首席技师、全国技术能手甲以《…》为题: an honour between the role word and the name
    a = run("公司首席技师、全国技术能手端木惟清以《一根焊丝里的工匠精神》为题作报告。")
    assert "端木惟清" in names(a, "Person")
    # 参加仪式的还有甲（某公司某中心经理）: the name after 的还有, its post in brackets
    a = run("参加仪式的还有禚立新（涟州禾丰汽车售后服务中心经理）、濮望舒（涟州精工机械有限公司经理）。")
    assert {"禚立新", "濮望舒"} <= names(a, "Person")
    # 副校长甲 江堤，: a word-like name a space after a titled name
    a = run("座谈会在学校会议室举行。副校长鄢蕴和 江堤，国际交流处处长濮望舒出席座谈会。")
    assert "江堤" in names(a, "Person")
    # guard: a word after a space that no punctuation closes is no name
    a = run("座谈会在学校会议室举行。副校长鄢蕴和 高度评价了合作成果。")
    assert names(a, "Person") == {"鄢蕴和"}


def test_an_announcement_meeting_named_as_the_subject_held_at_a_venue():
    # 某学院领导班子调整宣布大会在某楼报告厅召开: 宣布 right before the head word is
    # the meeting's own, the whole clause names it
    a = run("本周二上午，涟州职业技术学院领导班子调整宣布大会在学院行政楼一楼报告厅召开。"
            "中共韶江省委组织部副部长鄢蕴和出席会议并宣读了决定。")
    ev = "涟州职业技术学院领导班子调整宣布大会"
    assert ev in names(a, "Event")
    assert ("鄢蕴和", ev) in rel(a, "attended")
    # guard: 宣布大会开幕 announces the opening, names no occasion
    a = run("副市长濮望舒宣布大会开幕。")
    assert not names(a, "Event")


def test_a_talk_meeting_and_a_name_after_de_with_its_post_in_brackets():
    # 某局新提任干部任前集体谈话会在…召开 (谈话会 a head word); 新交流任职的甲（某中心主任）
    a = run("昨天下午，涟州市人力资源和社会保障局2026年第二批新提任干部任前集体谈话会在局机关四楼会议室召开。"
            "新交流任职的褚望峄（涟州市职业技能鉴定指导中心主任）一并参加谈话。")
    assert "涟州市人力资源和社会保障局2026年第二批新提任干部任前集体谈话会" in names(a, "Event")
    assert "褚望峄" in names(a, "Person")
    # guard: a thing after 的 with brackets is no person
    a = run("学院的教学楼（一号楼）已投入使用。")
    assert not names(a, "Person")


def test_a_groups_board_on_its_own_announcement():
    # （以下简称“某某集团”或“集团”）: bare board titles are the group's; the list of names
    # goes on after a bracketed post; 某某因到龄退休: 因 ends the name
    a = run("本周三下午，涟州禾丰装备集团有限公司（以下简称“禾丰集团”或“集团”）第二届董事会第一次会议在集团总部召开。"
            "董事鄢蕴和、濮望舒，外部董事宰父临溪（涟州理工大学教授）、蒲晏之，职工董事鲁芷汀出席会议。"
            "会议同意欧阳弘翊因到龄退休，不再担任集团董事职务。")
    group = "涟州禾丰装备集团有限公司"
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", group), ("濮望舒", group), ("蒲晏之", group), ("鲁芷汀", group)} <= held
    assert "欧阳弘翊" in names(a, "Person")


def test_a_schools_short_form_after_its_place():
    # 某县职业中等专业学校 … 某某职专党总支书记甲: 职专 after the place is that school
    a = run("联盟由涟溪县职业中等专业学校牵头组建。涟溪职专党总支书记钮清嘉、校长巴映雪出席大会。")
    held = rel(a, "holdsPosition")
    assert {("钮清嘉", "涟溪县职业中等专业学校"), ("巴映雪", "涟溪县职业中等专业学校")} <= held
    # guard: a short form whose school the article does not name in full is no unit
    a = run("韶州职院副院长濮望舒出席大会。")
    assert not names(a, "Organization")


def test_a_kind_of_school_to_become_is_no_unit():
    # 加快推进高水平理工大学建设, 入选省高水平中职学校: a kind of school, no name
    a = run("希望新的领导班子加快推进高水平理工大学建设。学校入选省高水平中职学校建设单位。")
    assert not names(a, "Organization")
    # guard: a school named in full is read
    a = run("涟州理工大学校长鄢蕴和出席。")
    assert "涟州理工大学" in names(a, "Organization")


def test_a_name_before_the_words_of_leaving_a_post():
    # 二、免职 / 甲不再担任某学院院长职务（到龄退休）；: a name at the line's start
    a = run("二、免职\n严晞不再担任机械工程学院院长职务（到龄退休）；\n鲍沁岚不再担任图书馆副馆长职务，另有任用。\n")
    assert {"严晞", "鲍沁岚"} <= names(a, "Person")


def test_a_situation_and_a_body_joined_name_no_unit():
    # 介绍了某某的基本情况和省委的考虑: 情况和 is never inside a unit's name
    a = run("钟离峻衡介绍了宿晏清同志的基本情况和省委的考虑。邰宛宁介绍了涟州大学教育发展基金会的基本情况和基金管理办法。")
    assert not any("情况" in n for n in names(a, "Organization"))
    assert "涟州大学教育发展基金会" in names(a, "Organization")


def test_a_verbs_complement_and_a_verb_of_using_outside_a_bodys_name():
    # 做实某州某某共同体: the complement 实 is the verb's; 某公司要继续用好共同体平台: 用好 is
    # never inside a name
    a = run("协会将与涟州职业技术学院一道，做实涟州智能制造产教融合共同体。该共同体由协会与涟州职业技术学院共同牵头组建。"
            "涟州精工要继续用好共同体平台。")
    assert names(a, "Community") == {"涟州智能制造产教融合共同体"}


def test_a_leaders_pages_closing_notes_name_no_unit_or_occasion():
    # 另见学院党政办公室通知: 另见 (see also) begins no name; （按党委会议排序）: a sort order
    a = run("学院各部门对口联系校领导的具体安排，另见学院党政办公室通知。\n（按党委会议排序，如有变动以学院正式发文为准。）")
    assert "党政办公室" in names(a, "Organization")
    assert not any(n.startswith("另见") for n in names(a, "Organization"))
    assert not names(a, "Event")


def test_a_wechat_header_dated_without_its_year():
    # 原创　人力资源部　某某新能源　9月18日 16:48　某地: the post's header, its year the one the
    # report names (not a founding year: 公司成立于2015年); 👆点击蓝字 关注我们 is furniture
    page = ("涟州新能源\n签约！涟州新能源与两所职业院校携手共育技能人才\n原创　人力资源部　涟州新能源　9月18日 16:48　韶江\n\n"
            "👆点击蓝字 关注我们\n\n✍ 9月16日下午，2026年校企合作签约仪式在涟州新能源科技有限公司总部举行。"
            "公司成立于2015年，现有员工2300余人。\n")
    a = run_page(page)
    assert a.metadata["title"] == "签约！涟州新能源与两所职业院校携手共育技能人才"
    assert a.metadata["published"] == "2026-09-18"
    assert "关注我们" not in a.text


def test_a_credit_names_a_short_unit_before_its_writer():
    # 文字｜团委　某某: 团委 is the writer's unit, the author is the name
    page = ("涟州职院\n劳模工匠进校园\n原创　团委　涟州职院　2026年05月12日 09:30\n\n"
            "5月10日，“劳模工匠进校园”宣讲活动在学院报告厅举行。\n\n文字｜团委　邰芊\n编辑｜冷雨笙\n")
    a = run_page(page)
    assert a.metadata["author"] == "邰芊"


def test_a_wechat_account_by_a_schools_short_form():
    # 原创　教务处　某州职院: the account is the school the post names in full, so 我院 is it
    # (not the college named last)
    page = ("涟州职院\n喜报｜我院在技能大赛中斩获11个一等奖\n原创　教务处　涟州职院　2026-05-25 18:02\n\n"
            "5月22日下午，涟州市职业技能大赛闭幕式在涟州职业技术学院图书馆报告厅举行。选手的指导教师为智能制造学院教师乜知微。\n"
            "市人社局局长欧阳砺川，我院党委书记司马璟澄、院长郗昀峤出席闭幕式。\n")
    a = run_page(page)
    held = rel(a, "holdsPosition")
    assert {("司马璟澄", "涟州职业技术学院"), ("郗昀峤", "涟州职业技术学院")} <= held

"""Error classes found on the written sets of session 21, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run, run_page


def test_a_member_roll_headed_with_a_note_in_brackets():
    # 成员单位（部分）：甲、乙 (a roll only partly given): each listed unit is a member
    a = run("上周五，滦江省智能装备行业产教融合共同体成立大会在滦江理工大学召开。\n"
            "理事长单位：滦江恒拓机电股份有限公司\n"
            "成员单位（部分）：滦州技师学院、滦州市机电工程学校、滦州锐芯电子有限公司")
    comm = "滦江省智能装备行业产教融合共同体"
    members = {s for s, o in rel(a, "memberOf") if o == comm}
    assert {"滦州技师学院", "滦州市机电工程学校", "滦州锐芯电子有限公司"} <= members


def test_a_speaker_who_sent_a_written_speech_did_not_attend():
    # 副市长某某因另有公务未能到会，向会议作了书面讲话: 因 begins the reason, not the
    # name, and a speech sent is no attendance
    a = run("3月5日，2026年全市技工教育工作会议在滦州市召开。滦州市人民政府副市长欧阳珞因另有公务未能到会，"
            "向会议作了书面讲话。市人社局局长符嘉树出席会议并讲话。")
    ev = "2026年全市技工教育工作会议"
    assert "欧阳珞" in names(a, "Person")
    assert "欧阳珞因" not in names(a, "Person")
    assert ("欧阳珞", ev) not in rel(a, "attended")
    assert ("符嘉树", ev) in rel(a, "attended")
    # guard: 因病 after a two-character name also ends it
    a = run("副校长李因因病请假，未出席会议。")
    assert "李因" in names(a, "Person")


def test_a_place_after_he_begins_the_second_party():
    # 某公司装配车间和某州职业技术学院高新区实训基地: two places visited, not one unit
    a = run("会前，与会人员观摩了锐芯新能源电池装配车间和奎州职业技术学院高新区实训基地。")
    assert "奎州职业技术学院" in names(a, "Organization")
    assert not any("车间和" in n for n in names(a, "Organization"))
    # guard: 和 inside a government body's name
    a = run("滦州市人力资源和社会保障局局长符嘉树出席会议。")
    assert "滦州市人力资源和社会保障局" in names(a, "Organization")


def test_an_occasion_word_split_across_two_words_names_no_occasion():
    # 用好理事会议事机制: 理事会|议事, no 理事会议
    a = run("符嘉树在总结时表示，共同体要用好理事会议事机制，推动成员单位共享资源。")
    assert not names(a, "Event")
    # guard: 研讨会上 (where something happened at the occasion) keeps the occasion
    a = run("5月8日，滦江理工大学职业教育专题研讨会在学术中心举行。符嘉树在专题研讨会上作报告。")
    assert "滦江理工大学职业教育专题研讨会" in names(a, "Event")


def test_every_school_of_a_kind_is_no_unit():
    a = run("全县各中小学、职业学校和合作企业负责人60余人参加会议。巡察组下沉了解直属学校6所。")
    assert not names(a, "Organization")


def test_an_occasion_in_a_building_of_a_college_is_held_at_that_college():
    # 在学院某学院实训楼: 学院 is the school, the college after it owns the building
    a = run("滦州职业技术学院食品工程学院供稿。本周二下午，滦江省食品行业产教融合共同体2026年第一次理事会会议"
            "在学院食品工程学院实训楼三楼会议室召开。")
    ev = "滦江省食品行业产教融合共同体2026年第一次理事会会议"
    assert (ev, "食品工程学院") in rel(a, "heldAt") or (ev, "滦州职业技术学院食品工程学院") in rel(a, "heldAt")
    # a school's training base named with the school in front: held at the school too
    a = run("上周五，全县职业教育校企协同育人现场推进会在滦山县职业中等专业学校新能源汽车实训基地召开。")
    assert ("全县职业教育校企协同育人现场推进会", "滦山县职业中等专业学校") in rel(a, "heldAt")


def test_a_page_of_leaders_one_name_over_each_line_of_posts():
    page = ("滦州市教育局\n首页　机构概况　政务公开　教育动态\n滦州市教育局领导班子成员\n发布时间：2026-07-20\n"
            "符　安\n党组书记、局长\n主持局党组和局行政全面工作。\n"
            "蓝语桐\n党组成员、副局长\n负责职业教育工作。分管职业教育与成人教育科、教育督导室。\n"
            "祁望川\n副局长\n负责基础教育工作。分管基础教育科。\n")
    a = run_page(page)
    p = posts(a)
    assert ("符安", "滦州市教育局", "局长") in p
    assert ("蓝语桐", "滦州市教育局", "副局长") in p
    assert ("祁望川", "滦州市教育局", "副局长") in p
    # the sections a leader is in charge of (分管甲科、乙室) are units
    assert {"职业教育与成人教育科", "教育督导室", "基础教育科"} <= names(a, "Organization")
    # guard: one name over one post is no list of leaders
    a = run_page("滦州市教育局\n首页　机构概况　政务公开\n校园动态\n发布时间：2026-07-20\n会议由局长主持。\n"
                 "符　安\n副局长\n")
    assert not posts(a)


def test_a_congress_named_with_its_term():
    # 某县十八届人大常委会: the standing committee itself; its posts are the committee's
    a = run("昨天上午，滦山县十八届人大常委会第二十三次会议召开。县人大常委会主任长孙岱钧主持会议，"
            "副主任符嘉树出席会议。")
    assert "滦山县人大常委会" in names(a, "Organization")
    assert not any("十八届人大常委会" == n[-9:] for n in names(a, "Organization"))
    assert ("长孙岱钧", "滦山县人大常委会", "主任") in posts(a)


def test_a_village_party_branch_and_its_secretary():
    a = run("滦山镇党委书记符嘉树，翠川村党支部书记蓝语桐，以及村民代表参加会议。")
    assert ("蓝语桐", "翠川村党支部", "书记") in posts(a)
    assert ("符嘉树", "滦山镇党委", "书记") in posts(a)


def test_the_consultative_conference_by_its_short_name():
    # 市政协 for 中国人民政治协商会议某市委员会 (named in the site's header), its committee a part of it
    page = ("滦州政协网\n中国人民政治协商会议滦州市委员会\n首页　政协要闻　协商议政　视察调研\n"
            "市政协视察滦山县职业教育\n发布时间：2026-06-29\n"
            "上周四，市政协副主席冀盼带领视察组赴滦山县开展专题视察。市政协教科卫体委员会主任符嘉树参加视察。\n")
    a = run_page(page)
    body = "中国人民政治协商会议滦州市委员会"
    assert ("冀盼", body, "副主席") in posts(a)
    assert ("符嘉树", "教科卫体委员会", "主任") in posts(a)
    assert ("教科卫体委员会", body) in rel(a, "subOrganizationOf")
    # the body's full name is no occasion (会议 is its head word only in appearance)
    a = run("中国人民政治协商会议滦山县委员会主席符嘉树主持会议。")
    assert not names(a, "Event")
    assert ("符嘉树", "中国人民政治协商会议滦山县委员会", "主席") in posts(a)


def test_one_class_in_each_town_is_a_kind_of_occasion():
    a = run("2026年3月2日，符嘉树通报了各镇“技能进村”培训班开班情况。")
    assert not names(a, "Event")


def test_a_word_surname_he_with_a_given_name_that_is_no_word():
    a = run("恒拓机电董事长冷鹤鸣、总经理和润之、技术中心主任蓝语桐出席仪式。")
    assert "和润之" in names(a, "Person")
    # guard: 和 joining a post and a role word stays a conjunction
    a = run("校长和老师们一起参加活动。院长和教授，书记和同学。")
    assert not names(a, "Person")
    # guard: a word surname and an adverb of degree is a verb phrase (有更宽的通道)
    a = run("市政协委员、滦州职业技术学院院长端木叙白建议，让县域学生有更宽的成长通道。")
    assert names(a, "Person") == {"端木叙白"}


def test_a_quoted_joint_lab_unveiled_and_its_deputies_named_together():
    a = run("殷伯涛与冷鹤鸣共同为“精密传动与智能制造联合实验室”揭牌。据介绍，实验室设在机械工程学院。"
            "实验室主任由雍伯言兼任，副主任由仇继光和机械工程学院教授麦思衡担任。")
    lab = "精密传动与智能制造联合实验室"
    assert lab in names(a, "Organization")
    p = posts(a)
    assert ("雍伯言", lab, "主任") in p
    assert ("仇继光", lab, "副主任") in p
    assert ("麦思衡", lab, "副主任") in p
    # a quoted base whose name joins two parties with a middle dot is one unit
    a = run("皇甫晴岚与郜望川共同为“恒拓·滦州职院党建共建实践基地”揭牌。")
    assert names(a, "Organization") == {"恒拓·滦州职院党建共建实践基地"}


def test_a_college_after_the_short_name_of_a_school_named_in_full():
    # 某州职院汽车工程学院 with 某州职业技术学院 named: the school's college
    a = run("3月5日，招聘会在滦州职业技术学院体育馆举行。滦州职院汽车工程学院2026届毕业生符嘉树在现场和企业达成意向。")
    assert ("汽车工程学院", "滦州职业技术学院") in rel(a, "subOrganizationOf")
    assert "滦州职院汽车工程学院" not in names(a, "Organization")


def test_a_department_after_you_and_every_department_of_a_kind():
    a = run("2月6日晚，滦州恒拓机电有限公司年会在公司总部举行。公司董事长冷鹤鸣，智能装备事业部总经理蓝语桐，"
            "以及各事业部、中心负责人200余人参加。年会由人力资源中心总监祁望川主持。")
    assert ("祁望川", "人力资源中心", "总监") in posts(a)
    assert "事业部" not in names(a, "Organization")
    assert "智能装备事业部" in names(a, "Organization")


def test_a_subsidiary_in_a_run_belongs_to_the_company_the_run_began_with():
    a = run("2月6日晚，滦江恒拓机电股份有限公司（以下简称“恒拓机电”）年会在公司总部举行。公司董事长冷鹤鸣，"
            "研发中心主任蓝语桐，全资子公司滦州恒拓精密制造有限公司总经理祁望川参加。")
    assert ("滦州恒拓精密制造有限公司", "滦江恒拓机电股份有限公司") in rel(a, "subOrganizationOf")


def test_officers_elected_with_their_units_in_brackets():
    # 甲（某公司董事长）当选会长；乙（…）、丙（…）当选副会长: both posts, and the list's names
    a = run("12月26日下午，滦州市智能制造行业协会第三届会员大会在滦州召开。大会选举产生了第三届理事会。"
            "冷鹤鸣（滦州恒拓机电有限公司董事长）当选会长；蓝语桐（滦州职业技术学院院长）、"
            "祁望川（滦州锐芯电子有限公司总经理）当选副会长；宓蓁连任秘书长。")
    assoc = "滦州市智能制造行业协会"
    p = posts(a)
    assert ("冷鹤鸣", "滦州恒拓机电有限公司", "董事长") in p
    assert ("冷鹤鸣", assoc, "会长") in p
    assert ("蓝语桐", assoc, "副会长") in p and ("祁望川", assoc, "副会长") in p
    # 连任 after a name begins the verb, not a third character of the name
    assert ("宓蓁", assoc, "秘书长") in p


def test_an_associations_page_listing_its_officers():
    page = ("滦州市校企协同发展促进会\n首页　促进会概况　新闻动态　会员服务\n促进会第二届理事会领导成员名单\n"
            "发布时间：2026-03-23\n"
            "会　长：冷鹤鸣（滦州恒拓机电有限公司董事长）\n"
            "副会长（按姓氏笔画排序）：\n蓝语桐（滦州职业技术学院院长）\n祁望川（滦州锐芯电子有限公司总经理）\n"
            "秘书长：符嘉树（滦州职业技术学院合作发展处处长）\n")
    a = run_page(page)
    assoc = "滦州市校企协同发展促进会"
    p = posts(a)
    assert ("冷鹤鸣", assoc, "会长") in p
    assert ("蓝语桐", assoc, "副会长") in p and ("祁望川", assoc, "副会长") in p
    assert ("符嘉树", assoc, "秘书长") in p
    assert ("冷鹤鸣", "滦州恒拓机电有限公司", "董事长") in p


def test_a_leaders_page_with_labelled_posts_and_a_street_office():
    # 某某 / 职务：街道党工委副书记、办事处主任: 街道党工委 and 办事处 are the street's own
    page = ("滦州市滦山区翠川街道办事处\n首页　街道概况　街道动态　便民服务\n翠川街道领导班子\n发布时间：2026-01-19\n"
            "冷鹤鸣\n职务：翠川街道党工委书记\n分工：主持街道党工委全面工作。\n"
            "蓝语桐\n职务：街道党工委副书记、办事处主任\n分工：主持街道办事处全面工作。\n")
    a = run_page(page)
    p = posts(a)
    assert ("冷鹤鸣", "翠川街道党工委", "书记") in p
    assert ("蓝语桐", "翠川街道党工委", "副书记") in p
    assert ("蓝语桐", "滦州市滦山区翠川街道办事处", "主任") in p
    assert "街道办事处" not in names(a, "Organization")


def test_departments_under_numbered_headings_with_their_heads():
    page = ("滦州市滦山区教育局\n首页　机构概况　政务公开\n区教育局机构设置\n发布时间：2026-03-03\n"
            "区教育局内设办公室、人事科、计划财务科3个科室。\n"
            "一、人事科\n负责干部人事工作。\n科　长：冷鹤鸣\n"
            "二、计划财务科\n负责教育经费工作。\n科　长：蓝语桐　副科长：祁望川\n")
    a = run_page(page)
    p = posts(a)
    assert ("冷鹤鸣", "人事科", "科长") in p
    assert ("蓝语桐", "计划财务科", "科长") in p
    assert ("祁望川", "计划财务科", "副科长") in p
    assert ("计划财务科", "滦州市滦山区教育局") in rel(a, "subOrganizationOf")
    assert not any(n.startswith("内设") for n in names(a, "Organization"))
    # the next label's post is not the name before it
    assert ("蓝语桐", "滦州市滦山区教育局", "副科长") not in p


def test_a_session_of_a_congress_is_no_unit_and_two_elections_are_two_occasions():
    a = run("县政协十一届十二次常委会议召开\n昨天上午，政协滦山县第十一届委员会常务委员会第十二次会议在县政协会议室召开。")
    assert not any("十二次" in n for n in names(a, "Organization"))
    # 政协某县第十一届委员会: the conference's county committee, by its full name without the term
    assert any(n.startswith("中国人民政治协商会议滦山县委员会") for n in names(a, "Organization"))
    assert not any("十一届" in n for n in names(a, "Organization"))
    a = run("上周六上午，翠川村党支部换届选举党员大会在村党群服务中心召开。\n"
            "本周一上午，翠川村村民委员会换届选举大会在村文化广场举行。街道党工委副书记冷鹤鸣出席大会并讲话。",
            published="2026-04-22")
    ev = names(a, "Event")
    assert {"翠川村党支部换届选举党员大会", "翠川村村民委员会换届选举大会"} <= ev
    assert ("冷鹤鸣", "翠川村村民委员会换届选举大会") in rel(a, "spokeAt")


def test_a_name_in_bold_before_its_posts_on_a_page():
    from zhkg.ingest.html import read_article_html

    html = ("<html><head><title>集团领导班子</title></head><body><h1>集团领导班子</h1>"
            "<p>滦州恒拓建设集团有限公司是市属国有企业。</p><ul>"
            "<li><strong>冷鹤鸣</strong><span>党委书记、董事长</span><p>主持集团全面工作。</p></li>"
            "<li><strong>蓝语桐</strong><span>副总经理</span><p>负责市场开发工作。</p></li></ul></body></html>")
    art = read_article_html(html, "x.html")
    assert "冷鹤鸣\u3000党委书记、董事长" in art.text


def test_bare_posts_of_a_bureaus_head_on_its_own_page():
    page = ("滦州市滦山区教育局\n首页　机构概况　政务公开\n区教育局召开2026年工作会议\n发布时间：2026-03-03\n"
            "会议由党组书记、局长冷鹤鸣主持。党组成员、副局长蓝语桐出席。\n")
    a = run_page(page)
    p = posts(a)
    assert ("冷鹤鸣", "滦州市滦山区教育局", "局长") in p
    assert ("冷鹤鸣", "滦州市滦山区教育局", "党组书记") in p
    assert ("蓝语桐", "滦州市滦山区教育局", "副局长") in p
    # guard: a head's title that is not the bureau's (校长) is not given to it
    a = run_page(page.replace("党组成员、副局长蓝语桐出席", "校长蓝语桐出席"))
    assert not any(s == "蓝语桐" for s, _, _ in posts(a))


def test_a_committee_member_in_charge_of_organisation_and_a_leaders_lead():
    a = run("翠川镇党委委员、组织委员冷鹤鸣主持会议。")
    assert ("冷鹤鸣", "翠川镇党委", "组织委员") in posts(a)
    a = run("冷鹤鸣　市委副书记、市长\n领导市政府全面工作。\n蓝语桐　副市长\n负责教育工作。")
    assert not any(n.startswith("领导") for n in names(a, "Organization"))

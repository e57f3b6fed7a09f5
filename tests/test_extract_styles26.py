"""Error classes found on the written sets of session 25, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, rel, run, run_page


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


def test_a_deputy_detachment_head_is_a_title_not_part_of_the_unit():
    # 某支队副支队长: 支队长 is one word (titles.txt), though 支 ends 村党总支; the
    # unit ends before 副 (segment.py keeps a glued word that is a title itself)
    a = run("任命鄢蕴和为涟州市交通运输局综合行政执法支队副支队长。")
    assert ("鄢蕴和", "涟州市交通运输局综合行政执法支队") in rel(a, "holdsPosition")
    assert not any("副支队" in o for _, o in rel(a, "holdsPosition"))
    # guard: a department's 系 before 主任 still ends the unit (机电工程系|主任)
    a = run("涟州职业技术学院机电工程系主任龚屿帆出席。")
    assert any(p == "龚屿帆" and o.endswith("机电工程系") for p, o in rel(a, "holdsPosition"))


def test_a_bodys_one_character_name_before_a_part_of_it():
    # 局人事科, 院党委宣传部 (own_prefixes.txt): the part of the one bureau or
    # college the text names, under its own name
    a = run("涟州市交通运输局关于鄢蕴和等同志职务任免的通知\n"
            "经局党组研究决定：任命鄢蕴和为局综合规划科副科长；任命龚屿帆为局财务审计科科长。")
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", "综合规划科"), ("龚屿帆", "财务审计科")} <= held
    assert ("综合规划科", "涟州市交通运输局") in rel(a, "subOrganizationOf")
    # guard: with two bureaus named, 局 stands for neither
    a = run("涟州市交通运输局、涟州市教育局联合发文。任命鄢蕴和为局综合规划科副科长。")
    assert ("综合规划科", "涟州市交通运输局") not in rel(a, "subOrganizationOf")
    assert ("综合规划科", "涟州市教育局") not in rel(a, "subOrganizationOf")


def test_a_leaders_page_whose_byline_names_the_school():
    # 学校领导 / 某学院　　发布时间：…　　来源：…: the byline under the headline
    # names the school whose page it is; a leader's bare title is that school's
    # (not the college of its 最新动态 list's 我院)
    page = ("学校领导\n涟州职业技术学院　　发布时间：2026-03-03　　来源：党委办公室\n"
            "党委书记　鄢蕴和\n主持学院党委全面工作。联系机电工程学院。\n"
            "党委副书记、院长　龚屿帆\n主持学院行政全面工作。联系商贸学院。\n"
            "最新动态\n· 我院召开新学期工作部署会\n· 我院学子在技能大赛中获奖\n")
    held = rel(run_page(page), "holdsPosition")
    assert {("鄢蕴和", "涟州职业技术学院"), ("龚屿帆", "涟州职业技术学院")} <= held
    # guard: a department before the date is no site of the page
    page = page.replace("涟州职业技术学院　　发布时间", "教务处　　发布时间")
    assert not any(o == "教务处" for _, o in rel(run_page(page), "holdsPosition"))


def test_the_sections_a_leader_is_in_charge_of_are_units():
    # 分管甲处、团委、工会、实训中心、巡察工作办公室: every item of the list after
    # 分管 is a section, short (团委), generic-sounding (实训中心) or named with a
    # verb (巡察工作办公室)
    a = run("涟州职业技术学院副院长鄢蕴和分管学生工作处、团委、工会、实训中心。"
            "纪委书记龚屿帆分管纪委办公室、巡察工作办公室。")
    units = names(a, "Organization")
    assert {"学生工作处", "团委", "工会", "实训中心", "纪委办公室", "巡察工作办公室"} <= units
    # guard: a unit word that begins the next one is no item of its own (纪委|办公室)
    assert "纪委" not in units
    # guard: outside such a list, building a training centre names no unit
    a = run("涟州职业技术学院将投入资金建设实训中心，副院长鄢蕴和出席。")
    assert "实训中心" not in names(a, "Organization")


def test_a_byline_of_the_school_its_department_and_the_date():
    # 某职业技术学院　教务处　　2026-02-27 under the headline: the school's own page;
    # a run of bare titles with spaces is the school's
    page = ("学院召开2026年教学工作会议\n涟州职业技术学院　教务处　　2026-02-27　　浏览：\n"
            "本周二，学院2026年教学工作会议在图书馆报告厅召开。党委书记 鄢蕴和　党委副书记、院长 龚屿帆　"
            "副院长 濮望舒 出席会议。\n")
    held = rel(run_page(page), "holdsPosition")
    assert {("鄢蕴和", "涟州职业技术学院"), ("龚屿帆", "涟州职业技术学院"), ("濮望舒", "涟州职业技术学院")} <= held


def test_our_college_is_the_host_not_the_visiting_college():
    # 甲职业技术学院院长某某一行来我院考察。我院党委书记乙…介绍了丙职业技术学院的办学情况:
    # 我院 is the host named later, never the guests' school named before it
    a = run("12月30日上午，涟州职业技术学院院长鄢蕴和一行6人来我院考察交流。我院党委书记龚屿帆，副院长濮望舒出席座谈会。"
            "龚屿帆代表学院对来宾表示欢迎，并介绍了溧阳职业技术学院的办学情况。\n"
            "鄢蕴和介绍了涟州职业技术学院在泰国设立分院的做法。我院国际交流与合作处处长宁远舟作了交流。")
    held = rel(a, "holdsPosition")
    assert {("龚屿帆", "溧阳职业技术学院"), ("濮望舒", "溧阳职业技术学院"), ("鄢蕴和", "涟州职业技术学院")} <= held
    assert ("国际交流与合作处", "溧阳职业技术学院") in rel(a, "subOrganizationOf")
    # guard: with no other school named, 我院 stays what it was found to be
    a = run("12月30日上午，涟州职业技术学院院长鄢蕴和一行6人来我院考察交流。我院党委书记龚屿帆出席座谈会。")
    assert ("龚屿帆", "溧阳职业技术学院") not in rel(a, "holdsPosition")


def test_a_byline_of_the_school_its_college_and_labelled_fields():
    # 某职业技术学院　经济管理学院　　发布时间：…: the school's page, posted by its college;
    # 我院副院长 is the school's
    page = ("经济管理学院与企业签约\n涟州职业技术学院　经济管理学院　　发布时间：2026-11-06　　阅读量：\n"
            "本周四下午，经济管理学院订单班开班仪式在我院知新楼报告厅举行。我院副院长鄢蕴和，"
            "经济管理学院院长龚屿帆参加仪式。\n")
    held = rel(run_page(page), "holdsPosition")
    assert ("鄢蕴和", "涟州职业技术学院") in held
    assert ("鄢蕴和", "经济管理学院") not in held


def test_an_e_paper_pages_section_line_is_no_headline():
    # 某日报数字报 / 第03版：要闻　上一版　下一版 / headline: the section line with
    # its page buttons is chrome (boilerplate.json junk)
    page = ("涟州日报数字报　　2026年04月09日　星期四\n第03版：要闻　　　上一版　下一版\n\n"
            "行业协会发布年度人才需求报告\n\n　　本报讯（记者 鄢蕴和）昨天上午，涟州市机器人行业协会召开发布会。\n")
    assert run_page(page).metadata["title"] == "行业协会发布年度人才需求报告"
    # guard: the body's sentences stay (the pattern is anchored to the whole line)
    assert "涟州市机器人行业协会" in run_page(page).text


def test_a_short_name_declared_with_a_stock_code():
    # 某股份有限公司（以下简称“某某”，股票代码：688317）: the short name is declared
    # though a tail follows it in the brackets
    a = run("上周五，涟州鼎衡数字科技股份有限公司（以下简称“鼎衡数科”，股票代码：688317）与涟州职业技术学院签约。"
            "鼎衡数科董事长鄢蕴和、首席技术官龚屿帆出席。")
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", "涟州鼎衡数字科技股份有限公司"), ("龚屿帆", "涟州鼎衡数字科技股份有限公司")} <= held
    assert "鼎衡数科" not in names(a, "Organization")


def test_a_district_sites_government_named_with_its_city_in_the_text():
    # 某区人民政府门户网站 over 某市某区人民政府…区长某某: one government, named in full
    page = ("溧湖区人民政府门户网站\n首页　政务公开　新闻中心　政务服务\n当前位置：首页 > 新闻中心 > 溧湖要闻\n\n"
            "区政府与涟州职院签署合作协议\n发布时间：2026-09-10 16:20　来源：涟州日报\n\n"
            "　　本周二下午，涟州市溧湖区人民政府与涟州职业技术学院合作签约仪式举行。区委副书记、区长鄢蕴和，"
            "涟州职业技术学院院长龚屿帆出席仪式。\n")
    a = run_page(page)
    assert ("鄢蕴和", "涟州市溧湖区人民政府") in rel(a, "holdsPosition")
    assert "溧湖区人民政府" not in names(a, "Organization")


def test_four_signers_each_for_a_unit_sign_one_agreement():
    # 甲、乙、丙、丁分别代表A、B、C和D签署协议 (agreements.json each_represents):
    # the four units' one agreement gives every pair
    a = run("本周二下午，四方合作签约仪式举行。鄢蕴和、龚屿帆、濮望舒、宁远舟分别代表涟州市溧湖区人民政府、"
            "涟州经济开发区管理委员会、涟州职业技术学院和涟州精工机械有限公司签署协议。")
    signed = {frozenset(p) for p in rel(a, "signedAgreement")}
    units = ["涟州市溧湖区人民政府", "涟州经济开发区管理委员会", "涟州职业技术学院", "涟州精工机械有限公司"]
    assert {frozenset((x, y)) for i, x in enumerate(units) for y in units[i + 1 :]} <= signed
    # guard: two signers, one for each side, still give the one pair
    a = run("鄢蕴和、龚屿帆分别代表涟州职业技术学院和涟州精工机械有限公司签署协议。")
    assert {frozenset(p) for p in rel(a, "signedAgreement")} == {frozenset(("涟州职业技术学院", "涟州精工机械有限公司"))}


def test_a_credited_name_is_whole_where_the_story_names_it():
    # 作者：甲乙丙 on the page, 秘书长甲乙丙作财务工作报告 in the text: the name is
    # the credited one (丙作 is no 耕作-like word break), not 甲乙 + 丙作
    page = ("协会召开会员大会\n时间：2026-03-18　来源：协会秘书处　作者：冯砚耕\n\n"
            "3月16日，涟州市装备制造行业协会第四届会员大会召开。协会秘书长冯砚耕作财务工作报告。\n")
    a = run_page(page)
    assert "冯砚耕" in names(a, "Person") and "冯砚" not in names(a, "Person")
    # guard: a credited name that the story names only in its credit line is no person of it
    page = ("协会召开会员大会\n时间：2026-03-18　来源：协会秘书处\n\n"
            "3月16日，涟州市装备制造行业协会第四届会员大会召开。协会秘书长宁远舟作报告。\n"
            "（作者：鄢蕴和）\n")
    assert "鄢蕴和" not in names(run_page(page), "Person")


def test_the_head_of_a_bodys_numbered_board_heads_the_body():
    # 某协会第三届理事会会长某某: a term of the body's board; its head is the body's 会长
    a = run("3月16日上午，涟州市装备制造行业协会（以下简称“协会”）第四届会员大会召开。"
            "协会第三届理事会会长鄢蕴和代表第三届理事会作工作报告。")
    assert ("鄢蕴和", "涟州市装备制造行业协会") in rel(a, "holdsPosition")


def test_a_communitys_chair_who_heads_a_school_signs_for_the_school():
    # 集团第二届理事会理事长、我院党委书记甲 … 乙与甲代表双方签署: 甲 signs for the
    # school, not for the community he chairs
    a = run("11月22日，涟州现代物流职业教育集团理事会换届大会召开。集团第二届理事会理事长、"
            "涟州职业技术学院党委书记鄢蕴和，涟州泗航物流集团有限公司董事长龚屿帆参加会议。"
            "会上，龚屿帆与鄢蕴和代表双方签署了合作协议。")
    signed = {frozenset(p) for p in rel(a, "signedAgreement")}
    assert frozenset(("涟州泗航物流集团有限公司", "涟州职业技术学院")) in signed
    assert not any("职业教育集团" in u for p in signed for u in p)


def test_an_appointed_name_with_a_note_in_brackets():
    # 聘任某某（挪威籍）为某公司首席技术官: the note between the name and 为 keeps
    # the appointment (a Latin-letter name too)
    a = run("经集团董事会研究决定：聘任Gunnhild Sæverud（挪威籍）为涟州精密机械有限公司首席技术官。")
    assert ("Gunnhild Sæverud", "涟州精密机械有限公司") in rel(a, "holdsPosition")


def test_a_decision_heading_opens_a_list_of_appointments():
    # 经某会议研究决定： / 巴某同志任…；: each line names its person first, even one
    # whose surname is also a word (triggers.json decision_heads)
    text = ("经2026年4月7日学院党委会议研究决定：\n"
            "宁远舟同志任智能制造学院院长；\n巴芷同志任学院纪委办公室主任；\n")
    a = run(text)
    assert "巴芷" in names(a, "Person")
    assert ("巴芷", "纪委办公室") in rel(a, "holdsPosition")
    # guard: without the heading, a word-surname at a line's start begins no name
    a = run(text.replace("经2026年4月7日学院党委会议研究决定：\n", "会议要求：\n"))
    assert "巴芷" not in names(a, "Person")


def test_a_list_of_those_present_begins_after_de_you():
    # 出席仪式的有某市某局某科科长某某: 有 begins no unit's name
    a = run("11月6日，涟州精工机械有限公司举行开放日活动。出席仪式的有涟州市人力资源和社会保障局局长鄢蕴和，"
            "涟州技师学院院长龚屿帆。")
    assert ("鄢蕴和", "涟州市人力资源和社会保障局") in rel(a, "holdsPosition")
    assert not any(n.startswith("有") for n in names(a, "Organization"))


def test_a_zones_committee_written_short_on_its_own_site():
    # 某某高新技术产业开发区管理委员会's site: 高新区管委会主任某某 is the site's body
    # (abbreviations.txt: 高新区, 管委会)
    page = ("涟州高新技术产业开发区管理委员会\n网站首页　园区概况　政务公开　招商引资\n"
            "您现在的位置：首页 > 政务公开 > 领导活动\n\n主任调研园区企业\n"
            "发布日期：2026-11-06　信息来源：产业发展局\n\n"
            "　　11月4日，高新区管委会主任鄢蕴和、副主任龚屿帆一行到园区企业调研。\n")
    held = rel(run_page(page), "holdsPosition")
    assert {("鄢蕴和", "涟州高新技术产业开发区管理委员会"), ("龚屿帆", "涟州高新技术产业开发区管理委员会")} <= held


def test_a_name_ending_in_he_before_leaving_a_post():
    # 柏景和不再担任…职务: 和 ends the name (no conjunction before 不再担任)
    a = run("经研究决定：\n宁远舟任汽车工程学院院长；\n柏景和不再担任汽车工程学院副院长职务，到龄退休。")
    assert "柏景和" in names(a, "Person")
    # guard: 和 between two names still joins them
    a = run("副院长宁远舟和柏景出席会议。")
    assert "柏景" in names(a, "Person") and "宁远舟和" not in names(a, "Person")


def test_the_meeting_that_decided_a_notice_is_no_event_of_it():
    # 经某会议研究决定：…；任职时间自学院党委会议研究决定之日起计算: the deciding
    # meeting and the time counted from it name no occasion, no unit
    a = run("经2026年4月7日学院党委会议研究决定：\n宁远舟同志任智能制造学院院长；\n"
            "以上同志任职时间自学院党委会议研究决定之日起计算。")
    assert not names(a, "Event")
    assert not any("时间" in n for n in names(a, "Organization"))
    # guard: a meeting the story reports on stays an event
    a = run("4月7日，涟州职业技术学院召开党委会议。党委书记宁远舟主持会议。")
    assert names(a, "Event")


def test_units_counted_as_new_or_acting_within_a_term_are_no_names():
    # 新建产业学院5个, 聘期内学院将每年考核 (generic_prefixes.txt): a kind, not a unit
    a = run("2025年全市职业院校新增订单班41个，新建产业学院5个。企业导师聘期三年，聘期内学院将每年开展一次考核。")
    orgs = names(a, "Organization")
    assert not any(n.startswith(("新建", "聘期内")) for n in orgs)
    # guard: a named college built anew keeps its name
    a = run("涟州职业技术学院新建的智能制造产业学院揭牌，院长宁远舟出席。")
    assert not any(n.startswith("新建") for n in names(a, "Organization"))


def test_a_preformatted_table_of_an_html_notice():
    # <pre> keeps its lines and spaces: the rows of a 任前公示 table (序号  姓名 …
    # 现任职务  拟任职务) are read as a table, each name with its current post
    from zhkg.extract import extract_article
    from zhkg.ingest import read_article_html

    page = ("<html><head><title>组工网</title></head><body><h1>干部任前公示公告</h1>"
            "<div class='content'><p>经市委研究，现将下列同志拟任职情况予以公示：</p><pre>\n"
            "序号  姓名    性别  出生年月  现任职务                          拟任职务\n"
            "1     鄢蕴和  男    1979.05   涟州市教育局人事科科长            涟州市教育局副局长\n"
            "2     龚屿帆  女    1983.11   涟州职业技术学院教务处处长        涟州职业技术学院副院长\n"
            "</pre><p>公示时间：2026年7月8日至7月14日。</p></div></body></html>")
    article = read_article_html(page, "p.html")
    assert "\n1     鄢蕴和  男" in article.text
    a = extract_article(article)
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", "涟州市教育局人事科"), ("龚屿帆", "涟州职业技术学院教务处")} <= held


def test_a_notice_line_of_a_name_then_its_post():
    # 庞某某，我院某学院副院长，挂职任…；: the line names the person first, then the
    # post after the comma
    a = run("现将校企双向挂职人员公告如下：\n一、我院选派到企业挂职人员\n"
            "宁远舟，涟州职业技术学院现代物流学院副院长，挂职任涟州精工机械有限公司仓储运营部副经理；\n")
    assert "宁远舟" in names(a, "Person")
    assert any(p == "宁远舟" and o.endswith("现代物流学院") for p, o in rel(a, "holdsPosition"))
    # guard: a line that opens with a name and no post after the comma gives none
    a = run("公告如下：\n宁远舟，请于9月1日前报到。\n")
    assert not rel(a, "holdsPosition")


def test_a_communitys_occasion_named_after_its_short_name_declaration():
    # 某职教集团（以下简称“集团”）2026年换届大会在…召开: the community and the words
    # after the declaration name the occasion (the declaration left out)
    a = run("上周五下午，涟州智能装备职业教育集团（以下简称“集团”）2026年换届大会在我院图书馆报告厅召开。"
            "大会由集团秘书长宁远舟主持。")
    ev = "涟州智能装备职业教育集团2026年换届大会"
    assert ev in names(a, "Event")
    assert ("宁远舟", ev) in rel(a, "chaired")


def test_a_spaced_list_after_a_name_known_from_elsewhere():
    # 《关于甲等同志…的通知》 … 有：甲 乙 丙 丁: the list after a name found elsewhere
    # goes on over single spaces, a compound surname's four characters too
    a = run("5月12日下午，学院召开2026年新任中层干部集体谈话会。党委书记宁远舟出席会议。"
            "会议宣读了《关于郗朗等同志职务任免的通知》。参加谈话的新任中层干部有：郗朗 公孙慕言 汤芫 阎书翊。")
    assert {"郗朗", "公孙慕言", "汤芫", "阎书翊"} <= names(a, "Person")


def test_activities_listed_before_an_occasions_head_word_name_no_occasion():
    # 在教学、科研和技能竞赛中发挥作用, 专业学习、技能竞赛等方面: a list of activities
    a = run("他要求广大教师在教学、科研和技能竞赛中发挥骨干作用，奖学金重点奖励在专业学习、技能竞赛等方面表现突出的学生。")
    assert not names(a, "Event")
    # guard: a list inside quotes, or an occasion held at a venue, is still named
    a = run("5月9日，“技能、创新、创业”主题竞赛在涟州职业技术学院举行。")
    assert names(a, "Event")


def test_a_bare_board_title_in_a_report_on_one_community():
    # 常务副理事长、某公司董事长某某 at the start of a clause, in a report that names
    # one community: the community's post
    a = run("3月15日上午，涟州智能制造产教融合共同体理事会在涟州职业技术学院召开。"
            "常务副理事长、涟州精工机械有限公司董事长诸葛昱珩在发言中表示，企业愿意拿出更多项目。")
    held = rel(a, "holdsPosition")
    assert ("诸葛昱珩", "涟州智能制造产教融合共同体") in held and ("诸葛昱珩", "涟州精工机械有限公司") in held
    # guard: with two communities named, the bare title goes to neither
    a = run("3月15日上午，涟州智能制造产教融合共同体与涟州现代物流职业教育集团联席会议在涟州职业技术学院召开。"
            "常务副理事长、涟州精工机械有限公司董事长诸葛昱珩在发言中表示，企业愿意拿出更多项目。")
    assert not any(o.endswith(("共同体", "集团")) for p, o in rel(a, "holdsPosition") if p == "诸葛昱珩")


def test_a_towns_party_committee_written_with_its_level_first():
    # 某镇党委书记 … 镇党委副书记 某某: 镇党委 is the committee of the town the report is
    # about, named in full first (not of another town named later in a career line)
    a = run("上周五下午，鳜潭镇全镇干部大会在鳜潭镇人民政府四楼会议室召开。根据决定：宁远舟任鳜潭镇党委书记；"
            "原镇党委书记 卞知珩 调任县农业农村局党组书记。宁远舟此前任骊泉镇党委副书记。镇党委副书记 聂舒禾 提名为镇长候选人。"
            "会议由镇党委副书记 闵若汀 主持。")
    held = rel(a, "holdsPosition")
    assert ("聂舒禾", "鳜潭镇党委") in held
    assert "镇党委" not in names(a, "Organization")


def test_a_notices_distribution_line_names_no_units():
    # 抄送：学院领导，学院纪委办公室，各党总支: the addressees of a notice are no facts
    # of it (boilerplate.json junk)
    page = ("关于宁远舟等同志任职的通知\n发布时间：2026-04-09　来源：党委组织部\n\n"
            "经学院党委研究决定：\n宁远舟任汽车工程学院院长；\n\n抄送：学院领导，学院纪委办公室，各党总支\n")
    a = run_page(page)
    assert "纪委办公室" not in names(a, "Organization")
    assert "抄送" not in a.text


def test_an_adverb_before_yu_begins_no_units_name():
    # 目前正与某技师学院商谈, 公司的母公司: neither 正与 nor 母公司 names a unit
    a = run("该公司总经理宁远舟介绍，公司急需设备运维人员40名，目前正与涟州技师学院商谈开设订单班。")
    assert "涟州技师学院" in names(a, "Organization")
    assert not any(n.startswith("正与") for n in names(a, "Organization"))
    a = run("该子公司的母公司是涟州精工机械有限公司。")
    assert "母公司" not in names(a, "Organization")
    # guard: a joint field keeps its 与 (机械与智能制造学院)
    a = run("涟州职业技术学院机械与智能制造学院院长宁远舟出席。")
    assert any(n.endswith("机械与智能制造学院") for n in names(a, "Organization"))


def test_two_bodies_by_their_level_joined_after_a_time_word():
    # 近期县人大常委会和县人民政府分别作出…: a time word, then two bodies, the second
    # named by its level alone after 和
    a = run("近期县人大常委会和县人民政府分别作出人事任免决定。")
    orgs = names(a, "Organization")
    assert not any(n.startswith("近期") or "和" in n for n in orgs)


def test_a_schools_branch_abroad_is_a_part_of_it():
    # 某职业技术学院泰国某某分院揭牌仪式 (org_suffixes.txt 分院): the branch is a unit of the school
    a = run("当地时间10月21日上午，涟州职业技术学院泰国槟榔分院揭牌仪式在泰国某某理工学院举行。")
    assert ("涟州职业技术学院泰国槟榔分院", "涟州职业技术学院") in rel(a, "subOrganizationOf")


def test_an_industry_colleges_company_dean_is_a_post_of_its_own():
    # 院长由甲兼任，企业院长由乙担任 (titles.txt 企业院长): the company's dean, not 院长
    a = run("双方共建的涟州职业技术学院精工智能制造产业学院揭牌。产业学院院长由宁远舟兼任，企业院长由龚屿帆担任。")
    titled = {(r.s, r.title) for r in a.relations if r.p == "holdsPosition"}
    assert ("龚屿帆", "企业院长") in titled and ("龚屿帆", "院长") not in titled


def test_more_posts_of_companies_and_governments():
    # titles.txt: 财务负责人 (a 公告's officer), 工艺总监, 局长助理 are posts
    a = run("经董事会审议，聘任宁远舟为涟州精工机械有限公司财务负责人。涟州精工机械有限公司工艺总监龚屿帆，"
            "涟州市教育局局长助理濮望舒出席。")
    titled = {(r.s, r.title) for r in a.relations if r.p == "holdsPosition"}
    assert {("宁远舟", "财务负责人"), ("龚屿帆", "工艺总监"), ("濮望舒", "局长助理")} <= titled


def test_a_townships_offices_are_units():
    # 分管财政所、人力社保所 (org_suffixes.txt 财政所, 社保所): a township's offices
    a = run("鳜潭镇党委委员、副镇长宁远舟分管财政所、人力社保所、司法所。")
    assert {"财政所", "人力社保所", "司法所"} <= names(a, "Organization")


def test_a_short_company_name_with_a_school_after_yu():
    # 某某智能与某州技师学院签约: the school's name starts after 与 (a place begins it)
    a = run("5月9日，精工智能与鳜州技师学院签订订单班协议。")
    orgs = names(a, "Organization")
    assert "鳜州技师学院" in orgs and not any("与" in n for n in orgs)
    # guard: a joint field keeps its 与
    a = run("涟州职业技术学院电子与信息工程学院院长宁远舟出席。")
    assert any(n.endswith("电子与信息工程学院") for n in names(a, "Organization"))


def test_a_bureaus_account_name_is_no_unit():
    # 某州人社 (a WeChat account), 市人社部门: 人社 is the bureau's short name, no 社
    page = ("鳜州人社\n原创　鳜州人社　2026年5月20日 08:15\n\n全市技能大赛开幕\n"
            "　　5月19日，全市职业技能大赛开幕式在涟州技师学院举行。市人社部门负责人宁远舟出席。\n")
    assert not any(n.endswith("人社") for n in names(run_page(page), "Organization"))


def test_a_listed_companys_notice_title_on_two_lines():
    # 某某股份有限公司 / 第五届董事会第一次会议决议公告: one title on two lines
    page = ("首页 > 投资者关系 > 公司公告\n\n证券代码：603917　　证券简称：精工智能　　公告编号：2026-041\n\n"
            "涟州精工智能装备股份有限公司\n第五届董事会第一次会议决议公告\n\n"
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n一、董事会会议召开情况\n"
            "公司第五届董事会第一次会议于2026年6月24日召开。\n")
    assert run_page(page).metadata["title"] == "涟州精工智能装备股份有限公司第五届董事会第一次会议决议公告"


def test_a_datelines_year_is_the_leads_over_a_year_recalled():
    # 某网某地5月28日消息 … 5月27日，2025年全省某会议召开 … 2024年全省新增…: the lead's
    # year, not the earlier one the report recalls (each named once)
    page = ("全省职业教育工作会议召开\n\n涟州网涟州5月28日消息（记者宁远舟）5月27日，2025年全省职业教育工作会议在涟州召开。"
            "副省长龚屿帆出席会议并讲话。\n\n工作报告介绍，2024年全省新增专业点217个。\n")
    assert run_page(page).metadata["published"] == "2025-05-28"

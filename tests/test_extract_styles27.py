"""Error classes found on the written sets of session 26, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, rel, run, run_page


def test_a_rule_line_around_the_headline_is_no_headline():
    # ==== / headline / ==== / 作者：…: a line of one repeated symbol is page
    # furniture (boilerplate.json junk), the headline is the text between
    page = ("涟州教育网\n首页 > 工作动态\n================================\n"
            "全市中职学校班主任能力比赛举行\n================================\n"
            "作者：鄢蕴和　　来源：职成科　　发布时间：2026-05-11\n\n"
            "　　5月9日上午，全市中职学校班主任能力比赛在涟州职业技术学院举行。\n")
    a = run_page(page)
    assert a.metadata["title"] == "全市中职学校班主任能力比赛举行"
    assert a.metadata["published"] == "2026-05-11"
    # guard: a line of prose with a dash stays in the body
    page = ("全市中职学校班主任能力比赛举行\n作者：鄢蕴和　　发布时间：2026-05-11\n\n"
            "　　5月9日上午，全市中职学校班主任能力比赛——“育人故事”专场在涟州职业技术学院举行。\n")
    assert "育人故事" in run_page(page).text


def test_a_sites_name_and_column_under_the_headline_is_no_headline():
    # headline / 某市人民政府　领导活动 / 来源：…: the site's name and its column
    # (boilerplate.json section_words) stand between the headline and its byline
    page = ("龚屿帆到涟州职业技术学院调研产教融合工作\n涟州市人民政府　领导活动\n\n"
            "来源：市政府办公室　作者：鄢蕴和　发布时间：2026-04-09 16:20\n\n"
            "4月8日，市长龚屿帆到涟州职业技术学院调研产教融合工作。\n")
    a = run_page(page)
    assert a.metadata["title"] == "龚屿帆到涟州职业技术学院调研产教融合工作"
    assert a.metadata["author"] == "鄢蕴和"
    # guard: a headline that is a body's name and a report (no column word) stays the headline
    page = ("涟州市人民政府　召开常务会议\n\n来源：市政府办公室　发布时间：2026-04-09 16:20\n\n"
            "4月8日，市政府召开常务会议。\n")
    assert run_page(page).metadata["title"] == "涟州市人民政府　召开常务会议"


def test_byline_fields_in_full_width_square_brackets():
    # ［发布日期：…］［来源：…］［作者：…］: full-width brackets around each field
    page = ("全省技工院校招生工作视频会议召开\n\n"
            "［发布日期：2026-06-18］［来源：技工院校管理处］［作者：鄢蕴和］［字体：大 中 小］\n\n"
            "6月16日下午，全省技工院校招生工作视频会议召开。\n")
    a = run_page(page)
    assert (a.metadata["published"], a.metadata["source"], a.metadata["author"]) == \
        ("2026-06-18", "技工院校管理处", "鄢蕴和")
    assert any(e.type == "Event" and e.attrs.get("date") == "2026-06-16" for e in a.entities)


def test_background_under_further_reading_stays_in_the_body():
    # 【延伸阅读】 over a paragraph of prose: a WeChat post's background, which
    # may still name people; over headlines it ends the body as before
    page = ("校企签约｜共育数控工匠\n原创　品牌部　涟州精工　4月10日\n\n"
            "4月8日下午，涟州精工机械有限公司与涟州技师学院校企合作签约仪式在公司举行。\n\n"
            "【延伸阅读】\n\n"
            "据了解，涟州精工是省级专精特新企业，近年来先后与多所职业院校开展订单培养。"
            "仪式结束后，公司技术中心主任龚屿帆现场讲解了五轴加工中心的操作要点。\n\n-END-\n")
    assert "龚屿帆" in names(run_page(page), "Person")
    page = ("校企签约｜共育数控工匠\n原创　品牌部　涟州精工　4月10日\n\n"
            "4月8日下午，涟州精工机械有限公司与涟州技师学院校企合作签约仪式在公司举行。\n\n"
            "【延伸阅读】\n\n鄢蕴和：技能人才是企业的底气\n涟州精工举办第五届职工技能比武\n")
    assert "鄢蕴和" not in run_page(page).text


def test_you_before_a_place_begins_no_companys_name():
    # 企业中，有某州…有限公司、…等: 有 (there are) before a place's name is no
    # part of the company's name
    a = run("参会的46家企业中，有涟州精工机械有限公司、涟州恒远物流有限公司等区内重点企业。")
    assert {"涟州精工机械有限公司", "涟州恒远物流有限公司"} <= names(a, "Organization")
    assert not any(n.startswith("有") for n in names(a, "Organization"))
    # and after a word of units: 新吸纳的成员单位有某某职业技术学院、…等9家
    a = run("今年新吸纳的成员单位有溪川职业技术学院、涟州恒远物流有限公司等9家。")
    assert {"溪川职业技术学院", "涟州恒远物流有限公司"} <= names(a, "Organization")
    # guard: a name whose first word has 有 in it keeps it
    a = run("涟州有色金属研究院院长鄢蕴和出席。")
    assert "涟州有色金属研究院" in names(a, "Organization")
    a = run("合作单位有色金属研究院院长鄢蕴和出席。")
    assert "有色金属研究院" in names(a, "Organization")


def test_a_partners_conference_is_an_occasion():
    # 合作伙伴 (a word names stop at elsewhere) inside an occasion's name before
    # its head word (triggers.json event_name_verbs): 某公司2026年校企合作伙伴大会
    a = run("本周三上午，涟州精工机械有限公司（以下简称“涟州精工”）2026年校企合作伙伴大会在公司总部举行。"
            "副市长鄢蕴和出席大会并致辞。")
    ev = next(n for n in names(a, "Event") if n.endswith("合作伙伴大会"))
    assert ("鄢蕴和", ev) in rel(a, "attended")
    # guard: partners named before a meeting are not its name
    a = run("公司与合作伙伴召开座谈会，副市长鄢蕴和出席。")
    assert not any("合作伙伴" in n for n in names(a, "Event"))


def test_the_citys_bureau_by_its_level_is_not_a_districts():
    # 市人社局 on a page naming 某州市某川区人力资源和社会保障局 is the city's
    # bureau, not the district's (a district named after the city)
    a = run("会议在市人社局召开。市人社局党组书记、局长鄢蕴和出席。"
            "涟州市溪川区人力资源和社会保障局局长龚屿帆作交流发言。")
    held = rel(a, "holdsPosition")
    assert ("鄢蕴和", "涟州市溪川区人力资源和社会保障局") not in held
    assert ("龚屿帆", "涟州市溪川区人力资源和社会保障局") in held
    # the city's bureau named in full still stands for 市人社局
    a = run("涟州市人力资源和社会保障局召开会议。市人社局党组书记、局长鄢蕴和出席。"
            "涟州市溪川区人力资源和社会保障局局长龚屿帆作交流发言。")
    assert ("鄢蕴和", "涟州市人力资源和社会保障局") in rel(a, "holdsPosition")


def test_a_list_of_units_each_with_its_people_and_their_posts_in_brackets():
    # 参加会议的有： / 某技师学院　甲（院长）　乙（党委书记） / 某局　丙（局长): the
    # posts are at the line's unit, and the people attended the meeting
    a = run("2月25日上午，涟州市2026年技工教育工作会议在涟州市人力资源和社会保障局召开。\n"
            "参加会议的有：\n涟州技师学院　鄢蕴和（院长）　龚屿帆（党委书记）\n"
            "涟州市溪川区人力资源和社会保障局　濮望舒（局长）\n")
    meeting = "涟州市2026年技工教育工作会议"
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", "涟州技师学院"), ("龚屿帆", "涟州技师学院"),
            ("濮望舒", "涟州市溪川区人力资源和社会保障局")} <= held
    assert ("濮望舒", "涟州市人力资源和社会保障局") not in held
    assert {("鄢蕴和", meeting), ("濮望舒", meeting)} <= rel(a, "attended")
    # guard: under a heading that is no list of those present, no one attended
    a = run("2月25日上午，涟州市2026年技工教育工作会议在涟州市人力资源和社会保障局召开。\n"
            "获评先进集体的有：\n涟州技师学院　鄢蕴和（院长）\n涟州市职业技术学院　濮望舒（院长）\n")
    assert ("鄢蕴和", meeting) not in rel(a, "attended")


def test_a_commissions_own_page_gives_its_head_and_party_group():
    # 某市发展和改革委员会 / … 委党组书记、主任甲…，党组成员、副主任乙: 委 is the
    # commission whose page it is, and 主任 on its page is its head
    page = ("涟州市发展和改革委员会\n首页 › 委内动态\n\n全市产教融合型企业培育工作推进会召开\n\n"
            "发布时间：2026年03月26日　　来源：社会发展科\n\n"
            "3月24日下午，全市产教融合型企业培育工作推进会在市发展改革委会议室召开。"
            "委党组书记、主任鄢蕴和出席会议并讲话，党组成员、副主任龚屿帆主持会议。委二级调研员濮望舒通报了有关情况。\n")
    held = {(s, o, t) for s, o, t in ((r.s, r.o, r.title) for r in run_page(page).relations if r.p == "holdsPosition")}
    body = "涟州市发展和改革委员会"
    assert {("鄢蕴和", body, "党组书记"), ("鄢蕴和", body, "主任"), ("龚屿帆", body, "副主任"),
            ("濮望舒", body, "二级调研员")} <= held
    # guard: on a bureau's page, 主任 alone is not the bureau's
    page = ("涟州市教育局\n首页 › 局内动态\n\n全市中职招生工作会议召开\n\n发布时间：2026年03月26日\n\n"
            "3月24日下午，全市中职招生工作会议在市教育局召开。主任龚屿帆主持会议。\n")
    assert not any(r.s == "龚屿帆" and r.p == "holdsPosition" and r.o == "涟州市教育局" for r in run_page(page).relations)


def test_each_countys_bureau_written_with_the_levels_in_brackets_is_no_unit():
    # 各县（市、区）发展改革局: every county's bureau, none named
    a = run("各县（市、区）发展改革局分管负责同志，企业代表共60余人参加会议。")
    assert "发展改革局" not in names(a, "Organization")
    a = run("涟州市发展改革局分管负责同志参加会议。")
    assert "涟州市发展改革局" in names(a, "Organization")


def test_a_district_governments_short_form_on_its_site_named_with_the_city():
    # 某市某区人民政府 (the site) / text: 某区人民政府 …, 区政府提供…: 区政府 is
    # the government the text names, not a unit of its own
    page = ("涟州市溪川区人民政府\n网站首页 | 政务公开 | 政务动态\n您的位置：政务动态 > 区政府动态\n\n"
            "区校企三方签约共建产业学院\n\n作者：鄢蕴和　　发布时间：2026-10-22\n\n"
            "10月20日，溪川区人民政府、涟州职业技术学院和涟州精工机械有限公司签署三方合作协议。"
            "根据协议，区政府提供实训场地和政策支持。\n")
    assert "区政府" not in names(run_page(page), "Organization")


def test_xi_is_before_a_place_ends_no_department():
    # 某某系某市教育局发展规划科科长: 系 (is) before a place is no department's
    # 系, and the unit begins after it; 2025年8月起挂任…: since, then the verb
    a = run("会上，鄢蕴和系涟州市教育局发展规划科科长，2025年8月起挂任溪川县人民政府副县长。")
    orgs = names(a, "Organization")
    assert {"涟州市教育局发展规划科", "涟州市教育局", "溪川县人民政府"} <= orgs
    assert not any(n.startswith(("鄢蕴和", "起", "挂任")) for n in orgs)
    # guard: a college's department (系) stays one
    a = run("涟州职业技术学院机电工程系主任龚屿帆出席。")
    assert ("龚屿帆", "涟州职业技术学院机电工程系") in rel(a, "holdsPosition")


def test_a_wechat_headers_school_named_as_a_middle_school():
    # 原创　某某职中　某县职业中学　日期: the account's school (中学, boilerplate.json
    # unit_suffixes) is the page's own, so 我校 is it
    page = ("东西协作｜职院来校开展招生宣讲\n\n原创　溪川职中　溪川县职业中学　2027年01月05日 18:20\n\n"
            "12月30日下午，2027年东西部协作招生宣讲会在我校报告厅举行。涟州职业技术学院招生就业处处长鄢蕴和，"
            "我校校长龚屿帆出席。\n")
    a = run_page(page)
    assert a.metadata.get("site") == "溪川县职业中学"
    assert ("龚屿帆", "溪川县职业中学") in rel(a, "holdsPosition")


def test_tibetan_and_mongolian_names_without_a_surname():
    # 学生扎西卓玛发言, 学生萨如拉作为代表发言, 副校长哈斯朝鲁主持: parts of Tibetan and
    # Mongolian given names run together (minority_name_parts.txt), no surname
    a = run("5月20日，溪川职业中学开学典礼举行。学员代表、学生扎西卓玛发言。副校长哈斯朝鲁主持典礼。"
            "学生萨如拉作为新生代表发言。")
    assert {"扎西卓玛", "哈斯朝鲁", "萨如拉"} <= names(a, "Person")
    # guard: a place that begins with such a part stays a place
    a = run("乌兰察布市教育局局长鄢蕴和出席。")
    assert names(a, "Person") == {"鄢蕴和"}
    assert "乌兰察布市教育局" in names(a, "Organization")


def test_a_trainer_before_a_latin_name():
    # 培训师 (person_cues.txt: a trade, no post) before a name, Latin letters too
    a = run("讲座由涟州市人社局主办，德国某手工业协会培训中心汽车专业培训师Hildburg Brandtner主讲。"
            "职业指导师鄢蕴和作了点评。")
    assert {"Hildburg Brandtner", "鄢蕴和"} <= names(a, "Person")
    assert not any(s == "鄢蕴和" for s, _ in rel(a, "holdsPosition"))


def test_a_democratic_partys_city_committee_and_its_chair():
    # 民进某市委主委甲, 九三学社某市委副主委乙: the party's committee (民进 and
    # 民建 tagged as nouns in pos_tags.txt, so the name keeps them) and its
    # chair's titles (titles.txt 主委, 副主委)
    a = run("市政协常委、民进涟州市委主委鄢蕴和，市政协委员、九三学社涟州市委副主委龚屿帆出席座谈会。")
    held = rel(a, "holdsPosition")
    assert {("鄢蕴和", "民进涟州市委"), ("龚屿帆", "九三学社涟州市委")} <= held
    assert "涟州市委" not in names(a, "Organization")


def test_a_schools_website_is_no_unit():
    # 学校官网 (not_unit_ends.txt): where something is posted
    a = run("招生咨询电话已在学校官网公布。")
    assert not names(a, "Organization")


def test_a_pages_owner_from_its_footer_or_its_breadcrumbs_first_step():
    # no header, a footer 某某大学　版权所有: 我校 is that university
    page = ("某学会理事会会议在我校召开\n2026-04-17\n来源：党委宣传部　作者：鄢蕴和\n"
            "本周三，某学会理事会会议在我校召开。我校校长龚屿帆、副校长濮望舒出席会议。\n"
            "【相关新闻】\n我校与企业共建产业学院\n学会学术年会筹备会召开\n涟州理工大学　版权所有　涟ICP备2025004721号\n")
    a = run_page(page)
    assert a.metadata.get("site") == "涟州理工大学"
    assert ("龚屿帆", "涟州理工大学") in rel(a, "holdsPosition")
    # 某某职业教育中心 >> 校园动态 >> 正文: the breadcrumb's first step is the site
    page = ("涟州市溪川区职业教育中心 >> 校园动态 >> 正文\n\n市教育局视导组来我校开展教学工作视导\n\n"
            "发布时间：2026-11-06　作者：鄢蕴和\n\n11月4日下午，反馈会召开。我校校长龚屿帆参加会议。\n")
    a = run_page(page)
    assert a.metadata.get("site") == "涟州市溪川区职业教育中心"
    assert ("龚屿帆", "涟州市溪川区职业教育中心") in rel(a, "holdsPosition")

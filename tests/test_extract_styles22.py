"""Error classes found on the written sets of session 20, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run, run_page


def test_a_college_named_only_at_the_front_of_its_committee():
    # 某学院电子信息学院专业建设指导委员会: 电子信息学院 alone later is that college;
    # 委员会 refers back to the committee, and the bare posts elected after the
    # first one in the same sentence are the committee's too
    a = run("上周三，渭川职业技术学院电子信息学院专业建设指导委员会成立大会在行政楼召开。渭川职业技术学院副院长房清越，"
            "电子信息学院院长符嘉树出席会议。经全体委员审议，卓一帆当选委员会主任委员，蓝语桐、祁望川当选副主任委员，"
            "符嘉树兼任秘书长。")
    college = "渭川职业技术学院电子信息学院"
    committee = college + "专业建设指导委员会"
    p = posts(a)
    assert ("符嘉树", college, "院长") in p
    assert (college, "渭川职业技术学院") in rel(a, "subOrganizationOf")
    assert "电子信息学院" not in names(a, "Organization")
    assert ("卓一帆", committee, "主任委员") in p
    assert ("蓝语桐", committee, "副主任委员") in p
    assert ("祁望川", committee, "副主任委员") in p
    assert ("符嘉树", committee, "秘书长") in p
    # guard: a bare post elected in another sentence, about another body, is not the committee's
    a = run("渭川职业技术学院电子信息学院专业建设指导委员会成立。卓一帆当选委员会主任委员。"
            "渭川恒拓机电有限公司召开职工代表大会，蓝语桐当选副主任委员。")
    assert not any(s == "蓝语桐" for s, _, _ in posts(a))


def test_who_went_with_a_visit_and_who_received_it_attend_the_meeting_of_both_sides():
    # 甲带队赴某公司…。乙、丙一同前往。丁、戊热情接待。…随后，双方…召开座谈会
    a = run("本周二上午，渭川职业技术学院党委书记房清越带队赴渭川恒拓机电有限公司开展访企拓岗活动。学院副院长符嘉树、"
            "招生就业处处长卓一帆一同前往。公司董事长蓝语桐、人力资源部经理祁望川热情接待。房清越一行参观了生产车间。"
            "随后，双方在公司二楼会议室召开校企合作座谈会。座谈会由蓝语桐主持。")
    att = {s for s, o in rel(a, "attended") if o == "校企合作座谈会"}
    assert {"房清越", "符嘉树", "卓一帆", "蓝语桐", "祁望川"} <= att
    # guard: a sentence after the party's that says nothing of going with it adds no one
    a = run("本周二上午，渭川职业技术学院党委书记房清越带队赴渭川恒拓机电有限公司开展访企拓岗活动。公司董事长蓝语桐"
            "去年获评全省优秀企业家。随后，双方在公司二楼会议室召开校企合作座谈会。")
    assert ("蓝语桐", "校企合作座谈会") not in rel(a, "attended")


def test_an_alias_declared_inside_the_parties_of_a_signing():
    # A与B（以下简称“乙”）科研成果转化签约仪式在…举行: the parties name it, the declaration left out
    a = run("本周一上午，渭川理工大学与渭川恒拓机电有限公司（以下简称“恒拓机电”）科研成果转化签约仪式在学术中心举行。"
            "恒拓机电董事长蓝语桐、渭川理工大学副校长房清越出席仪式。")
    ev = "渭川理工大学与渭川恒拓机电有限公司科研成果转化签约仪式"
    assert ev in names(a, "Event")
    assert ("蓝语桐", ev) in rel(a, "attended")
    # guard: after 的 the occasion's own name begins (A与B（简称乙）合作开办的“某某班”开班仪式)
    a = run("5月8日上午，渭川技师学院与渭川恒拓机电有限公司（以下简称“恒拓机电”）合作开办的“恒拓机电班”开班仪式在学院举行。"
            "恒拓机电董事长蓝语桐出席仪式。")
    assert "“恒拓机电班”开班仪式" in names(a, "Event")
    # guard: a person between the declaration and the head word: no name reaches over the declaration
    a = run("渭川恒拓机电有限公司（以下简称“恒拓机电”）董事长蓝语桐出席签约仪式。")
    assert not any("恒拓机电有限公司" in n for n in names(a, "Event"))


def test_a_plaque_given_to_another_unit_is_no_part_of_the_school_it_names():
    # 为某公司授予“某学院校外实习基地”牌匾: the school's plaque, hung at the company
    a = run("仪式上，渭川职业技术学院副院长符嘉树为渭川恒拓机电有限公司授予“渭川职业技术学院校外实习基地”牌匾。"
            "渭川职业技术学院机电工程学院院长卓一帆出席。")
    sub = rel(a, "subOrganizationOf")
    assert ("渭川职业技术学院校外实习基地", "渭川职业技术学院") not in sub
    # guard: a college of the school keeps its parent
    assert ("渭川职业技术学院机电工程学院", "渭川职业技术学院") in sub


def test_who_organises_the_whole_contest_spoken_of_at_its_opening():
    # 他介绍，本届大赛由学校教务处主办，我院承办: the whole contest's organisers,
    # while the speech is given at the opening ceremony
    a = run_page("渭川职业技术学院\n发布时间：2026-04-20　来源：机电工程学院\n"
                 "4月18日上午，渭川职业技术学院第三届工业机器人技能大赛开幕式在实训中心举行。机电工程学院院长卓一帆致辞，"
                 "他介绍，本届大赛由学校教务处主办，机电工程学院承办，渭川恒拓机电有限公司协办。")
    contest = "渭川职业技术学院第三届工业机器人技能大赛"
    org = rel(a, "organizedBy")
    assert (contest, "教务处") in org
    assert (contest, "渭川恒拓机电有限公司") in org
    assert not any(s == contest + "开幕式" for s, _ in org)
    assert ("卓一帆", contest + "开幕式") in rel(a, "spokeAt")


def test_a_bureau_written_after_a_development_zones_short_form():
    # 开发区管委会人才发展局局长: the bureau of the zone's committee named in full
    a = run("渭川经济技术开发区管理委员会与渭川职业技术学院签约仪式在学院举行。开发区管委会人才发展局局长蓝语桐出席仪式。")
    assert ("蓝语桐", "人才发展局", "局长") in posts(a)
    assert ("人才发展局", "渭川经济技术开发区管理委员会") in rel(a, "subOrganizationOf")
    # guard: a generic part (办公室) keeps the body's full name in front
    a = run("渭川经济技术开发区管理委员会与学院签约。开发区管委会办公室主任祁望川出席。")
    assert "办公室" not in names(a, "Organization")


def test_a_mayor_after_the_citys_party_committee():
    # 某市委副书记、市长甲，副市长乙 in a report naming two cities' governments
    a = run("渭川市人民政府与祁阳市人民政府代表出席会议。渭川市委副书记、市长房清越，副市长卓一帆，祁阳市人民政府副市长"
            "蓝语桐出席会议。")
    p = posts(a)
    assert ("房清越", "渭川市人民政府", "市长") in p
    assert ("卓一帆", "渭川市人民政府", "副市长") in p
    assert ("房清越", "渭川市委", "副书记") in p
    assert ("蓝语桐", "祁阳市人民政府", "副市长") in p


def test_a_bureaus_offices_in_a_run_and_its_own_building():
    # 局某某股股长甲、人事股股长乙: the run's later 股 are the bureau's too;
    # 在局机关会议室召开 is held at the bureau
    a = run_page("祁阳县教育体育局\n发布时间：2026-06-10　来源：局办公室\n"
                 "昨天上午，祁阳县教育体育局在局机关三楼会议室召开2026年全县职业教育工作会议。局职业与成人教育股股长房清越、"
                 "人事股股长卓一帆、计划财务股股长蓝语桐参加会议。")
    sub = rel(a, "subOrganizationOf")
    bureau = "祁阳县教育体育局"
    assert {("职业与成人教育股", bureau), ("人事股", bureau), ("计划财务股", bureau)} <= sub
    assert ("2026年全县职业教育工作会议", bureau) in rel(a, "heldAt")


def test_words_of_prose_in_names_and_occasions():
    # 门 is a surname right after a title; 反馈会 is an occasion's head; 各…教研室主任
    # names no unit; 上学年 begins no unit's name
    a = run("渭川恒拓机电有限公司董事长蓝语桐、总经理门思远出席。")
    assert ("门思远", "渭川恒拓机电有限公司", "总经理") in posts(a)
    a = run("上周四下午，祁阳县职业教育专项督导反馈会在县政府召开。副县长房清越主持会议。")
    assert "祁阳县职业教育专项督导反馈会" in names(a, "Event")
    assert ("房清越", "祁阳县职业教育专项督导反馈会") in rel(a, "chaired")
    a = run("各二级学院院长、教研室主任参加会议。报告总结了上学年学院教学工作的成效。")
    assert not names(a, "Organization") & {"教研室", "上学年学院"}
    # guard: 门 after no title is no surname (大门口)
    a = run("学生们在学校大门口迎接嘉宾。")
    assert not names(a, "Person")


def test_a_committee_of_a_county_congress_written_after_its_short_name():
    # 某县人大常委会教育科学文化卫生工作委员会主任: the 工作委员会 of the standing
    # committee named in full in the notice; the short name alone stays as written
    a = run("祁阳县人民代表大会常务委员会任免名单\n任命房清越为祁阳县人大常委会教育科学文化卫生工作委员会主任；\n"
            "祁阳县人大常委会办公室\n祁阳县人民代表大会常务委员会\n2026年3月26日")
    assert ("房清越", "教育科学文化卫生工作委员会", "主任") in posts(a)
    assert ("教育科学文化卫生工作委员会", "祁阳县人民代表大会常务委员会") in rel(a, "subOrganizationOf")
    # guard: a generic part (办公室) keeps the body's short name in front
    assert "祁阳县人大常委会办公室" in names(a, "Organization")


def test_a_branch_school_and_an_open_university():
    # 某老年大学某某分校: a part of the school, with its own 校长 (分校校长由某某兼任);
    # 开放大学 is a school's name (开放 is no verb that ends a name there)
    a = run("上周五上午，祁阳老年大学渭川分校揭牌仪式在渭川县职业教育中心举行。祁阳开放大学党委书记、校长房清越出席仪式。"
            "分校校长由卓一帆兼任。随后，房清越为祁阳老年大学渭川分校揭牌。")
    branch = "祁阳老年大学渭川分校"
    assert (branch, "祁阳老年大学") in rel(a, "subOrganizationOf")
    assert ("卓一帆", branch, "校长") in posts(a)
    assert ("房清越", "祁阳开放大学", "校长") in posts(a)
    assert ("房清越", branch) in rel(a, "officiatesUnveiling")


def test_posts_and_parts_of_a_company_and_an_association():
    # 质量安全部 is a department (安全部, not 全部); 首席质量官 and 首席安全官 are posts;
    # 某某连任秘书长 at an association's re-election holds the post
    a = run("渭川恒拓建设集团有限公司董事长祁望川，首席质量官Ingrid Vallot，首席安全官Henrik Solberg出席。"
            "渭川恒拓建设集团有限公司质量安全部副部长房清越介绍了情况。")
    p = posts(a)
    assert ("房清越", "渭川恒拓建设集团有限公司质量安全部", "副部长") in p
    assert ("Ingrid Vallot", "渭川恒拓建设集团有限公司", "首席质量官") in p
    assert ("Henrik Solberg", "渭川恒拓建设集团有限公司", "首席安全官") in p
    a = run("渭川市物流行业协会第五届会员大会召开。大会选举产生了协会第五届理事会。卓一帆当选会长；蓝语桐连任秘书长。")
    assert ("蓝语桐", "渭川市物流行业协会", "秘书长") in posts(a)
    # guard: 全部 still ends no unit
    a = run("渭川职业技术学院全部专业参加评估。")
    assert not any(n.endswith("全部") for n in names(a, "Organization"))


def test_a_short_bureau_department_and_a_college_after_its_school():
    # 省教育厅职成处 is the 职业教育与成人教育处 the article names in full; 该院智能制造学院
    # after an industry college named is the school's college, not the industry college's
    a = run("昨天，渭川省教育厅职业教育与成人教育处处长房清越来校调研。省教育厅职成处副处长卓一帆参加调研。")
    assert ("卓一帆", "渭川省教育厅职业教育与成人教育处", "副处长") in posts(a)
    assert "职成处" not in names(a, "Organization")
    a = run("调研组来到祁阳职业技术学院智能制造学院，察看了恒拓智能制造产业学院建设情况。该院智能制造学院院长蓝语桐介绍了情况。")
    assert ("蓝语桐", "祁阳职业技术学院智能制造学院", "院长") in posts(a)
    assert not any(o == "恒拓智能制造产业学院" for s, o in rel(a, "subOrganizationOf") if "智能制造学院" in s and "产业" not in s)


def test_a_table_of_officials_keeps_its_rows_apart():
    # 姓名｜…｜现任职务｜拟任职务 rows whose last cell ends in a Chinese character: each
    # row stays a line of its own (no row glued to the next one's name)
    page = ("渭川组工网\n发布时间：2026-05-11　来源：干部监督科\n"
            "经市委研究，现将下列同志拟任职情况予以公示：\n"
            "姓名｜性别｜出生年月｜现任职务｜拟任职务\n"
            "房清越｜女｜1977.09｜渭川市教育局副局长｜渭川职业技术学院党委书记\n"
            "卓一帆｜男｜1980.03｜渭川职业技术学院副院长｜渭川技师学院院长\n"
            "公示时间：2026年5月11日至5月15日。\n")
    a = run_page(page)
    p = posts(a)
    assert ("房清越", "渭川市教育局", "副局长") in p
    assert ("卓一帆", "渭川职业技术学院", "副院长") in p
    assert not any(s == "卓一帆" and t in ("党委书记", "院长") for s, _, t in p)
    assert not any(s == "房清越" and t == "党委书记" for s, _, t in p)


def test_a_group_list_under_role_labels():
    # 组　长：甲　市长 / 副组长：乙　副市长 / 成　员：丙　丁　市教育局局长 (a spaced name), and a
    # Latin-letter name in a roster line; the list's role is no post of the government
    a = run("渭川市人民政府办公室关于调整渭川市产教融合工作领导小组组成人员的通知\n"
            "组　长：房清越　市长\n副组长：卓一帆　副市长\n成　员：蓝　桐　市教育局局长\n"
            "Leander Holm　　渭川恒拓机电有限公司技术总监\n")
    p = posts(a)
    assert ("房清越", "渭川市人民政府", "市长") in p
    assert ("卓一帆", "渭川市人民政府", "副市长") in p
    assert ("蓝桐", "市教育局", "局长") in p
    assert ("Leander Holm", "渭川恒拓机电有限公司", "技术总监") in p
    assert not any(t in ("组长", "副组长") and o == "渭川市人民政府" for _, o, t in p)


def test_a_governments_inspection_office_and_a_verb_jieba_misreads():
    # 市政府督查室主任: the office keeps its government's name (a generic part, like
    # 办公室); 某学校深化与某公司的合作: 深化 is a verb, no part of a name
    a = run("渭川市人民政府办公室印发通知。由市政府督查室主任房清越任组长。"
            "渭川县职业中等专业学校深化与渭川恒拓机电有限公司的订单培养合作。")
    assert ("房清越", "渭川市人民政府督查室", "主任") in posts(a)
    assert ("渭川市人民政府督查室", "渭川市人民政府") in rel(a, "subOrganizationOf")
    orgs = names(a, "Organization")
    assert {"渭川县职业中等专业学校", "渭川恒拓机电有限公司"} <= orgs
    assert not any("深化" in n for n in orgs)
    # guard: a place word after a title and a word surname is no name (校长门前讲话)
    assert not names(run("校长门前讲话，同学们认真聆听。"), "Person")


def test_the_head_of_the_school_a_sentence_opens_in_and_a_share_of_schools():
    # 在某学院，甲察看了…，院长乙介绍了…: the head of that school; 个别学校 names no unit
    a = run("在渭川职业技术学院，房清越察看了新能源汽车实训中心，院长卓一帆介绍了学校情况。督查发现，个别学校协议内容空泛。")
    assert ("卓一帆", "渭川职业技术学院", "院长") in posts(a)
    assert "个别学校" not in names(a, "Organization")
    # guard: a 校长 fits no 学院 the sentence opens in
    a = run("在渭川职业技术学院，房清越察看了实训中心，校长卓一帆介绍了情况。")
    assert not any(o == "渭川职业技术学院" and t == "校长" for _, o, t in posts(a))


def test_signing_pairs_listed_one_a_line_and_a_roll_under_colon_headings():
    # 签约双方如下： then 甲——乙 lines: each line's units sign with each other;
    # 理事长单位： / 副理事长单位： headings with a colon head a community's roll
    a = run("本周三，渭川市校企合作对接会举行。签约环节，三组项目现场签约，签约双方如下：\n"
            "渭川职业技术学院——渭川恒拓机电有限公司\n渭川技师学院——渭川禾丰食品有限公司\n\n"
            "渭川市新能源汽车职业教育联盟成立。联盟首届理事会单位名单如下：\n理事长单位：\n渭川技师学院\n"
            "副理事长单位：\n渭川职业技术学院\n渭川恒拓机电有限公司\n")
    signed = rel(a, "signedAgreement")
    assert ("渭川职业技术学院", "渭川恒拓机电有限公司") in signed or ("渭川恒拓机电有限公司", "渭川职业技术学院") in signed
    assert ("渭川技师学院", "渭川禾丰食品有限公司") in signed or ("渭川禾丰食品有限公司", "渭川技师学院") in signed
    comm = "渭川市新能源汽车职业教育联盟"
    assert ("渭川技师学院", comm) in rel(a, "leadsCommunity")
    assert {("渭川职业技术学院", comm), ("渭川恒拓机电有限公司", comm)} <= rel(a, "memberOf")
    # guard: dash lines under a line that says nothing of signing pair no one
    a = run("参会单位如下：\n渭川职业技术学院——渭川恒拓机电有限公司\n")
    assert not rel(a, "signedAgreement")


def test_a_research_station_a_company_hosts_and_a_year_inside_a_name():
    # “某某新材院士工作站” after the company's declared short name: a name of its own, the
    # company's; 工作站 refers back to it; 某学院2026年校外实训基地授牌仪式 names no unit
    a = run("渭川恒拓新材料科技股份有限公司（以下简称“恒拓新材”）院士工作站揭牌仪式举行。渭川市科学技术局副局长房清越、"
            "渭川理工大学教授卓一帆出席仪式。房清越、卓一帆共同为"
            "“恒拓新材院士工作站”揭牌。根据协议，卓一帆任工作站首席专家。"
            "5月13日，渭川技师学院2026年校外实训基地授牌仪式举行。")
    st = "恒拓新材院士工作站"
    assert (st, "渭川恒拓新材料科技股份有限公司") in rel(a, "subOrganizationOf")
    assert ("房清越", st) in rel(a, "officiatesUnveiling")
    assert ("卓一帆", st, "首席专家") in posts(a)
    assert not any("2026年" in n for n in names(a, "Organization"))

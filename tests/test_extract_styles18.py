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


def test_appointment_list_under_a_heading_of_the_verb():
    # a 人大常委会 list: the verb is the heading, each line names a person first;
    # courts and procuratorates are bodies, 审判员 and 检察员 their posts
    a = run_page("青川县人大常委会任免名单\n发布时间：2026-05-29\n"
                 "一、决定任命\n欧阳明澈为青川县教育局局长；\n杜衡远为青川县人力资源和社会保障局局长；\n"
                 "二、决定免去\n韦立山的青川县教育局局长职务；\n"
                 "三、任命\n彭书岚为青川县人大常委会预算工作委员会副主任；\n郝正衡为青川县人民法院审判员；\n"
                 "柯思源为青川县人民检察院检察员。\n"
                 "会议审议了县人民政府关于提请任免的议案和县人民法院、县人民检察院关于提请任免的报告。")
    assert {"欧阳明澈", "杜衡远", "韦立山", "彭书岚", "郝正衡", "柯思源"} <= names(a, "Person")
    p = posts(a)
    assert ("杜衡远", "青川县人力资源和社会保障局", "局长") in p
    assert ("彭书岚", "青川县人大常委会预算工作委员会", "副主任") in p
    assert ("郝正衡", "青川县人民法院", "审判员") in p
    assert ("柯思源", "青川县人民检察院", "检察员") in p
    assert not any(o.startswith("议案") for o in names(a, "Organization"))
    # guard: lines under a heading that is no verb of appointing name no one
    a = run_page("青川县教育局工作要点\n发布时间：2026-05-29\n一、工作目标\n王道为先，质量立校；\n")
    assert not names(a, "Person")


def test_listed_company_notice_header_and_board_lines():
    # the site section 投资者关系 is no part of the company's name, the 证券代码
    # line is no headline, a 非独立董事 holds the post 董事, and 祁某和先生 keeps 和
    a = run_page("青川远帆智能装备股份有限公司　投资者关系\n"
                 "证券代码：6881xx　　证券简称：远帆智能　　公告编号：2026-011\n"
                 "青川远帆智能装备股份有限公司关于董事会完成换届选举的公告\n"
                 "发布时间：2026-04-17\n"
                 "一、第四届董事会组成情况\n非独立董事：祁明和先生、柯思源女士\n"
                 "二、董事届满离任情况\n"
                 "公司第三届董事会副董事长卓远舟先生任期届满，不再担任公司副董事长职务，"
                 "离任后继续担任公司全资子公司青川远帆精密机械有限公司董事长。独立董事蔺若川女士现任青川理工大学经济管理学院院长。")
    assert a.metadata["title"] == "青川远帆智能装备股份有限公司关于董事会完成换届选举的公告"
    co = "青川远帆智能装备股份有限公司"
    p = posts(a)
    assert ("祁明和", co, "董事") in p
    assert ("柯思源", co, "董事") in p
    assert ("卓远舟", "青川远帆精密机械有限公司", "董事长") in p
    assert ("蔺若川", "青川理工大学经济管理学院", "院长") in p
    assert "届满离" not in names(a, "Person")
    assert not any(o.endswith("投资者关系") for o in names(a, "Organization"))


def test_notice_lines_after_a_heading_that_ends_with_a_colon():
    # 经研究，决定聘任： then one appointment a line
    a = run_page("关于聘任中层干部的通知\n发布时间：2026-03-02\n经研究，决定聘任：\n"
                 "柯思源为教务处处长（试用期一年）；\n卓远舟为学院招生就业处副处长（主持工作）；\n")
    p = posts(a)
    assert ("柯思源", "教务处", "处长") in p
    assert ("卓远舟", "招生就业处", "副处长") in p


def test_presiding_over_work_is_no_chairing():
    # 主持学校党委工作九年来: presiding over the committee's work, not chairing the meeting
    a = run_page("学校召开干部大会\n2026-03-30\n上周五下午，青川理工大学干部大会在学校行政楼一楼报告厅召开。"
                 "学校党委副书记、校长卓远舟主持会议。省委教育工委副书记柯思源在讲话中对蔺若川同志主持学校党委工作九年来的贡献给予充分肯定。")
    chairs = {s for s, _ in rel(a, "chaired")}
    assert chairs == {"卓远舟"}
    # guard: 主持 a meeting whose name holds 工作 is chairing it
    a = run_page("县政府召开专题会议\n2026-03-30\n3月27日，副县长卓远舟主持召开县政府职业教育工作专题会议。")
    assert ("卓远舟", "县政府职业教育工作专题会议") in rel(a, "chaired")


def test_ji_joins_two_posts_but_may_begin_a_name():
    # 兼职副院长暨产业导师: 暨 (and) before a common word; 暨 is also a rare surname
    a = run_page("4月9日下午，青川技师学院企业兼职副院长暨产业导师聘任仪式在学院报告厅举行。")
    assert not any(n.startswith("暨") for n in names(a, "Person"))
    a = run_page("4月9日下午，青川市教育局局长暨远帆出席仪式并讲话。")
    assert ("暨远帆", "青川市教育局", "局长") in posts(a)


def test_bracketed_province_inside_a_company_name():
    # 某某（盐江）传动系统有限公司: the province the page names, in brackets, is part of the name
    a = run_page("漪江省产教融合推进会召开\n2026-05-12\n5月11日，漪江省产教融合推进会召开。"
                 "远帆（漪江）传动系统有限公司总经理Joran Wester出席会议。")
    assert ("Joran Wester", "远帆（漪江）传动系统有限公司", "总经理") in posts(a)


def test_our_college_stays_the_whole_college_once_it_was():
    # 会议由我院承办 right after the college is named: 我院 is the college; a bare
    # college of it named later (智能制造学院院长) does not become 我院
    a = run_page("青川市智能制造产教联盟召开年会\n2025-12-27\n"
                 "12月26日，青川市智能制造产教联盟2025年年会在青川机电职业学院图书馆报告厅召开，会议由我院承办。"
                 "联盟理事长、我院院长卓远舟，我院副院长柯思源，智能制造学院院长蔺若川以及联盟成员单位代表100余人参加会议。\n"
                 "据悉，青川市智能制造产教联盟于2021年由我院牵头组建，我院为理事长单位。")
    assert ("青川机电职业学院", "青川市智能制造产教联盟") in rel(a, "leadsCommunity")
    assert ("智能制造学院", "青川市智能制造产教联盟") not in rel(a, "leadsCommunity")


def test_our_college_on_a_school_of_its_own_page():
    # a school of a college writes its own page: the college is 学校, the school 我院
    a = run_page("我院与远帆食品签署校企合作协议\n2025-12-08\n"
                 "上周五下午，青川机电职业学院食品工程学院与青川远帆食品有限公司校企合作签约仪式在我院食品楼二楼会议室举行。"
                 "青川机电职业学院副院长卓远舟，学校教务处处长柯思源，我院院长蔺若川、党委书记闻溪岳出席仪式。卓远舟代表学校致辞。")
    p = posts(a)
    assert ("蔺若川", "青川机电职业学院食品工程学院", "院长") in p
    assert ("卓远舟", "青川机电职业学院", "副院长") in p
    # guard: without 学校 for the college, 我院 beside its school is the college itself
    a = run_page("我院与远帆食品签署校企合作协议\n2025-12-08\n"
                 "上周五下午，青川机电职业学院食品工程学院与青川远帆食品有限公司校企合作签约仪式在我院食品楼二楼会议室举行。"
                 "我院院长蔺若川、党委书记闻溪岳出席仪式。")
    assert ("蔺若川", "青川机电职业学院", "院长") in posts(a)


def test_one_guest_coming_to_us_marks_a_guest_school():
    # 某大学某某教授来到我院: that university is a guest's, so 学校 is ours, not it
    a = run_page("漪江大学卓远舟教授应邀来我院作专题讲座\n2025-05-15\n"
                 "本周三下午，应青川理工大学机械工程学院邀请，漪江大学机械学院院长卓远舟教授来到我院，"
                 "在明理楼学术报告厅作“工业机器人精度标定”专题讲座。学校副校长柯思源，我院院长蔺若川聆听讲座。")
    assert ("柯思源", "青川理工大学", "副校长") in posts(a)


def test_asking_a_question_is_being_there():
    # 某某就…提问: those who ask at a lecture attended it; a reporter asking is the press
    a = run_page("5月14日下午，卓远舟教授在青川理工大学明理楼学术报告厅作“工业机器人精度标定”专题讲座。"
                 "在互动环节，青年教师柯思源、博士研究生蔺若川分别就标定误差的来源提问，卓远舟一一作了解答。")
    ev = "“工业机器人精度标定”专题讲座"
    att = rel(a, "attended")
    assert ("柯思源", ev) in att and ("蔺若川", ev) in att
    a = run_page("5月14日上午，青川市职业教育活动周新闻发布会在市政府新闻发布厅举行。"
                 "青川日报记者闻溪岳就活动周的安排提问，市教育局副局长卓远舟作了回答。")
    assert ("闻溪岳", "青川市职业教育活动周新闻发布会") not in rel(a, "attended")


def test_held_at_a_unit_named_by_its_role_in_the_group():
    # 在集团副理事长单位某公司召开: the community's word and the role come before the host
    a = run_page("本周二下午，青川智能装备职业教育集团第三届理事会换届大会在集团副理事长单位青川远帆汽车零部件有限公司召开。"
                 "青川市教育局局长卓远舟出席会议。")
    assert ("青川智能装备职业教育集团第三届理事会换届大会", "青川远帆汽车零部件有限公司") in rel(a, "heldAt")


def test_exhorting_is_speaking():
    # 勉励学弟学妹…: the alumnus speaks at the ceremony
    a = run_page("6月20日上午，青川机电职业学院2025届毕业典礼在学院体育馆举行。"
                 "校友代表、青川远帆科技有限公司生产部经理卓远舟结合自己的成长经历，勉励学弟学妹脚踏实地。")
    ev = "青川机电职业学院2025届毕业典礼"
    assert ("卓远舟", ev) in rel(a, "spokeAt")


def test_what_the_chair_says_while_chairing_is_speech():
    # 某某在主持时要求: chairing, and speaking too
    a = run_page("2月28日，青川机电职业学院教学工作会议在学院行政楼召开。会议由副院长柯思源主持。\n"
                 "柯思源在主持时要求，各系要在会后及时组织传达会议精神。")
    ev = "青川机电职业学院教学工作会议"
    assert ("柯思源", ev) in rel(a, "chaired")
    assert ("柯思源", ev) in rel(a, "spokeAt")


def test_a_role_of_every_section_names_no_unit():
    # 各系教学副主任、教研室主任参加会议: no name after the post, so no 教研室 is named;
    # a department in a run with its head's name after the post stays a unit
    a = run_page("2月28日，青川机电职业学院教学工作会议召开。各系教学副主任、专业带头人、教研室主任参加会议。")
    assert "教研室" not in names(a, "Organization")
    a = run_page("2月28日，青川远帆科技有限公司举行开班仪式。公司总经理卓远舟、 生产部经理 柯思源出席。")
    assert ("柯思源", "生产部", "经理") in posts(a)


def test_member_list_after_a_verb_that_opens_it():
    # 共有理事单位3家，分别是：A、B、C and 成员单位有：A、B, with the community named before
    for lead in ("理事会共有理事单位3家，分别是：", "成员单位有："):
        a = run_page("3月21日，青川机电职业学院校企合作理事会第二届第一次全体会议在学院召开。\n"
                     + lead + "青川远帆建设集团有限公司、青川溯溪冷链物流有限公司、青川禾田农业发展有限公司。")
        members = {s for s, o in rel(a, "memberOf") if o == "青川机电职业学院校企合作理事会"}
        assert members == {"青川远帆建设集团有限公司", "青川溯溪冷链物流有限公司", "青川禾田农业发展有限公司"}, lead


def test_committee_study_group_and_verbs_name_no_unit():
    # 某大学党委理论学习中心组…学习会: the occasion's name, no 党委 unit of its own;
    # 在导师指导下学会: the verb 学会
    a = run_page("11月5日下午，青川理工大学党委理论学习中心组2025年第三次集体学习会在学校行政楼举行。"
                 "研究生在导师指导下学会了独立开展研究。")
    orgs = names(a, "Organization")
    assert "青川理工大学党委" not in orgs
    assert "青川理工大学" in orgs
    assert not any(o.endswith("学会") for o in orgs)


def test_a_company_centre_that_organises_is_a_unit():
    # 由公司人力资源中心与某学院招生就业处联合举办: the company's centre, with no post after it
    a = run_page("10月9日，青川远帆数字科技股份有限公司2026届校园招聘宣讲会在青川机电职业学院举行。"
                 "本次宣讲会由公司人力资源中心与青川机电职业学院招生就业处联合举办。")
    assert "人力资源中心" in names(a, "Organization")
    assert ("人力资源中心", "青川远帆数字科技股份有限公司") in rel(a, "subOrganizationOf")

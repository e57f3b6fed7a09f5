"""Error classes found on the written sets of session 18, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run, run_page

_NOTICE = ("禾川恒诺精工股份有限公司（以下简称“公司”）于2026年4月8日召开第二届董事会第九次会议。\n")


def test_company_notice_keeps_the_post_named_after_the_one_left():
    # 不再兼任A，继续担任B: B is still held; 经董事长某某提名 on the company's
    # own notice is the company's 董事长; 总经理助理 is one post
    a = run(_NOTICE + "因工作调整，栾思远先生不再兼任公司总经理职务，继续担任公司董事长。"
            "经董事长栾思远先生提名，董事会同意聘任蒯明川先生为公司总经理。\n"
            "附件：简历\n蔺秋实，女，1986年出生，中国国籍。历任公司财务部部长，现任公司总经理助理。")
    p = posts(a)
    assert ("栾思远", "禾川恒诺精工股份有限公司", "董事长") in p
    assert ("蒯明川", "禾川恒诺精工股份有限公司", "总经理") in p
    assert ("蔺秋实", "禾川恒诺精工股份有限公司", "总经理助理") in p
    assert ("蔺秋实", "禾川恒诺精工股份有限公司", "总经理") not in p
    # guard: with no company declared as 公司, a bare 董事长 names no company
    a = run("会议由董事长栾思远主持。禾川职业技术学院院长蒯明川出席。")
    assert not any(t == "董事长" for _, _, t in posts(a))


def test_the_alias_inside_a_generic_word_is_not_the_alias():
    # 公司 declared, then 公司全资子公司某某: the second company is part of the first,
    # and an occasion 在公司全资子公司某某举行 is held at the subsidiary
    a = run(_NOTICE + "蒯明川现任公司董事，兼任公司全资子公司禾川恒诺模具有限公司执行董事。"
            "4月9日，实训基地揭牌仪式在公司全资子公司禾川恒诺模具有限公司举行，蒯明川出席。")
    assert ("禾川恒诺模具有限公司", "禾川恒诺精工股份有限公司") in rel(a, "subOrganizationOf")
    held = rel(a, "heldAt")
    assert any(o == "禾川恒诺模具有限公司" for _, o in held)
    assert not any(o == "禾川恒诺精工股份有限公司" for _, o in held)


def test_a_list_of_appointments_names_each_person():
    # 聘任甲为某科主任，乙为某科主任，丙为某科副主任（主持工作）: every clause names
    # its person, and a hospital's 急诊科 after 为 is a unit
    a = run("3月2日，禾川市中心医院召开中层干部大会。医院党委副书记晏知秋宣读了聘任决定：聘任慕容遥为心血管内科主任，"
            "阚星野为急诊科主任，禤佩兰为重症医学科副主任（主持工作），聘期四年。")
    p = posts(a)
    assert ("慕容遥", "心血管内科", "主任") in p
    assert ("阚星野", "急诊科", "主任") in p
    assert ("禤佩兰", "重症医学科", "副主任") in p
    assert not any(s == "慕容遥" and o != "心血管内科" for s, o, _ in p)
    # guard: without a verb of appointing, a clause after a comma names nobody new
    a = run("会上，禾川市中心医院院长晏知秋介绍了情况，成效为近年最好。")
    assert "成效" not in names(a, "Person")


def test_a_hospital_page_speaks_of_itself():
    # 我院 on a hospital's page is the hospital, 医院党委书记 its own post, and the
    # meeting 我院在某楼召开 is held there; 作离任讲话 is a speech
    a = run_page("医院召开中层干部大会\n2026-03-16\n\n3月13日上午，我院在门诊楼十楼会议室召开中层干部大会。"
                 "医院党委书记訾青崖主持会议。钟离静任禾川市第一人民医院院长。缪守拙因到龄退休，不再担任禾川市第一人民医院院长职务。"
                 "缪守拙作离任讲话。")
    p = posts(a)
    assert ("訾青崖", "禾川市第一人民医院", "党委书记") in p
    assert any(o == "禾川市第一人民医院" for _, o in rel(a, "heldAt"))
    assert any(s == "缪守拙" for s, _ in rel(a, "spokeAt"))


def test_no_unit_across_an_address_or_a_meeting_count():
    # 某路1号市委组织部: the address is no part of the unit; 某局2026年第十四次局务
    # 会议: the count belongs to the meeting
    a = run("来信请寄：禾川市民主路1号市委组织部干部监督科。")
    orgs = names(a, "Organization")
    # (the section after the department's short name by its level is named alone, a part of it)
    assert ("干部监督科", "市委组织部") in rel(a, "subOrganizationOf")
    assert not any("1号" in n for n in orgs)
    a = run("上周五，禾川市教育局2026年第十四次局务会议召开。局长晏知秋主持会议。")
    assert not any("次" in n for n in names(a, "Organization"))
    assert "禾川市教育局2026年第十四次局务会议" in names(a, "Event")
    a = run("各县（市、区）人民政府，市各委办局，市各直属单位：现将有关事项通知如下。")
    assert not names(a, "Organization") & {"委办局", "直属单位"}
    # guard: a school numbered by 第 is still a unit
    a = run("禾川市第三中学校长晏知秋出席。")
    assert "禾川市第三中学" in names(a, "Organization")


def test_removal_line_with_a_word_surname():
    # 免去丰某某的…职务: 丰 is a word, but the removal names a person
    a = run("经研究决定：\n免去丰知远的信息工程学院党委书记职务。", published="2026-04-24")
    assert "丰知远" in names(a, "Person")
    # guard: 免去 then an ordinary word and 的 names nobody
    a = run("免去繁琐的审批职务流程，提高效率。")
    assert not names(a, "Person")


def test_topics_of_a_report_are_no_occasions():
    # 通报了活动周开展情况, 就技能大赛备赛工作作了部署: topics, not occasions
    a = run("上周五，禾川市教育局召开局务会议。会上，尉迟青通报了2026年全市职业教育活动周开展情况。"
            "严清就做好职业院校技能大赛备赛工作作了部署。")
    ev = names(a, "Event")
    assert not any(e.endswith(("活动周", "技能大赛")) for e in ev)


def test_a_company_department_named_with_the_company_word():
    # 公司制造部副部长, 该公司运营中心主任, 公司研发中心工程师某某
    a = run("禾川恒诺精工股份有限公司举行开放日活动。公司制造部副部长单于明作为企业导师代表发言。"
            "在分拣中心，该公司运营中心主任雷远山向大家讲解了设备原理。公司研发中心工程师梁子墨发言。")
    subs = rel(a, "subOrganizationOf")
    for dept in ("制造部", "运营中心", "研发中心"):
        assert (dept, "禾川恒诺精工股份有限公司") in subs
    assert ("单于明", "制造部", "副部长") in posts(a)
    # guard: a verb before a kind of unit with no post after it is no unit
    a = run("禾川恒诺精工股份有限公司将建设中心，推动发展。")
    assert "建设中心" not in names(a, "Organization")


def test_site_name_under_a_welcome_banner_and_service_sites():
    a = run_page("欢迎访问禾川市教育局门户网站　　今天是：　　站内搜索：　　无障碍浏览\n禾川市教育局\n"
                 "首页　机构设置　政务公开　教育快讯\n当前位置：首页 > 教育快讯\n\n座谈会召开\n\n"
                 "发布时间：2026-05-21 09:12\n\n5月20日下午，全市职业教育校企合作座谈会在市教育局三楼会议室召开。"
                 "市教育局局长晏知秋主持会议。")
    assert a.metadata.get("site") == "禾川市教育局"
    assert ("晏知秋", "禾川市教育局", "局长") in posts(a)
    a = run_page("禾川职业技术学院就业信息网\n首页　通知公告　招聘信息\n当前位置：首页 > 就业动态\n\n宣讲会在我院举行\n\n"
                 "发布时间：2026-10-23\n\n昨天下午，禾川恒诺精工股份有限公司专场宣讲会在学院图书馆报告厅举行。"
                 "学院副院长郗清和出席宣讲会。郗清和致辞，代表学院对企业来校招聘表示欢迎。")
    assert ("郗清和", "禾川职业技术学院", "副院长") in posts(a)
    assert ("郗清和", "禾川职业技术学院") in rel(a, "represents")


def test_announced_occasions_and_award_winners():
    # 第二期培训班将于5月开班: announced only, no event; 登台领奖: there
    a = run("4月10日，禾川恒诺精工股份有限公司首期技能培训班在禾川技师学院开班。据了解，第二期培训班将于5月开班。")
    ev = names(a, "Event")
    assert "第二期培训班" not in ev
    assert any(e.endswith("首期技能培训班") for e in ev)
    a = run("6月12日下午，禾川市技能大赛颁奖典礼在禾川技师学院举行。获得电工项目一等奖的禾川恒诺精工股份有限公司员工练远帆登台领奖。")
    assert any(s == "练远帆" for s, _ in rel(a, "attended"))
    # guard: an occasion held in the story and said to go on is kept
    a = run("4月10日，2026年禾川市职业技能大赛在禾川技师学院开幕。本届职业技能大赛将于4月12日闭幕。")
    assert "2026年禾川市职业技能大赛" in names(a, "Event")


def test_a_list_of_aims_names_no_occasion_and_a_board_reports():
    a = run("6月30日，禾川恒诺精工股份有限公司党委与南塘社区党委签约。栾思远表示，双方将在组织共建、阵地共用、活动共办上深度合作。")
    assert not any(e.startswith(("、", "阵地")) for e in names(a, "Event"))
    # 代表协会第二届理事会作工作报告: the board's term reports, no one represents the 协会
    a = run("上周五，禾川市物流行业协会第三次会员大会召开。协会会长宓远舟代表协会第二届理事会作工作报告。")
    assert ("宓远舟", "禾川市物流行业协会") not in rel(a, "represents")
    # guard: 代表协会 with no term after it is represented
    a = run("上周五，禾川市物流行业协会与禾川职业技术学院签约。协会会长宓远舟代表协会签约。")
    assert ("宓远舟", "禾川市物流行业协会") in rel(a, "represents")


def test_a_congress_committee_keeps_its_stop_words():
    # 人事代表选举工作委员会, 代表工作委员会: 代表 and 选举 inside a committee's name;
    # after 省人大常委会 the committee is part of the congress's standing committee
    a = run("禾川省人民代表大会常务委员会任免名单\n三、任命\n晏知秋为省人大常委会人事代表选举工作委员会主任；\n"
            "蒯明川为省人大常委会代表工作委员会副主任；\n栾思远为省人大常委会法制工作委员会副主任。")
    p = posts(a)
    assert ("晏知秋", "人事代表选举工作委员会", "主任") in p
    assert ("蒯明川", "代表工作委员会", "副主任") in p
    subs = rel(a, "subOrganizationOf")
    for c in ("人事代表选举工作委员会", "代表工作委员会", "法制工作委员会"):
        assert (c, "禾川省人民代表大会常务委员会") in subs
    # guard: 选举 as a verb before a committee's members names no committee
    a = run("禾川市物流行业协会召开会员大会，大会选举工作委员会委员五名。会员代表工作认真。")
    assert not any(n.startswith(("大会", "会员")) for n in names(a, "Organization"))


def test_an_appointment_meeting_and_a_quoted_studio_are_occasions():
    # 某校校长任职宣布大会: 任职 and 宣布 inside the occasion's name; 省级“某某工作室”揭牌仪式:
    # a level before a quoted name is no kind of occasions
    a = run("本周四下午，禾川市机电工程学校校长任职宣布大会在该校报告厅召开。市教育局局长晏知秋出席会议并讲话。")
    assert "禾川市机电工程学校校长任职宣布大会" in names(a, "Event")
    assert any(s == "晏知秋" for s, _ in rel(a, "spokeAt"))
    a = run("昨天上午，省级“栾思远技能大师工作室”揭牌仪式在禾川恒诺精工股份有限公司举行。禾川市人社局局长晏知秋出席仪式。")
    assert "省级“栾思远技能大师工作室”揭牌仪式" in names(a, "Event")
    # guard: a level before a kind of occasions still names none
    a = run("该校学生在省级技能竞赛中获奖十余项。")
    assert not names(a, "Event")


def test_township_and_county_speak_of_themselves():
    # 镇政府 on a township's page is its 镇人民政府; 我县与某学院: the county, then the college
    a = run_page("禾川县南塘镇人民政府\n\n培训班结业\n2026-06-20\n\n上周五上午，南塘镇2026年电工技能培训班结业仪式在镇政府三楼会议室举行。"
                 "禾川县人社局局长晏知秋出席仪式。")
    assert any(o == "禾川县南塘镇人民政府" for _, o in rel(a, "heldAt"))
    assert "镇政府" not in names(a, "Organization")
    a = run("我县与禾川职业技术学院签订校地合作框架协议。")
    assert not any(n.startswith("县与") for n in names(a, "Organization"))
    assert "禾川职业技术学院" in names(a, "Organization")


def test_parts_named_after_a_declared_government_body():
    # 高新区管委会人才发展局 after the committee's declared short name
    a = run("由禾川高新技术产业开发区管理委员会（以下简称“高新区管委会”）主办，高新区管委会人才发展局承办。"
            "高新区管委会人才发展局局长晏知秋致辞。")
    assert ("晏知秋", "人才发展局", "局长") in posts(a)
    assert ("人才发展局", "禾川高新技术产业开发区管理委员会") in rel(a, "subOrganizationOf")
    # guard: a company's declared name owns a department only with a unit word after it
    a = run("禾川恒诺精工股份有限公司（以下简称“恒诺精工”）举行年会。恒诺精工董事长晏知秋致辞。")
    assert not any(s.startswith("恒诺精工") for s, _ in rel(a, "subOrganizationOf"))


def test_names_after_an_honour_or_before_a_verb_of_leading():
    # 副院长、“某江工匠”某某: the post reaches the name past the quoted honour;
    # 副主席应然带领…: a rare verb after a post, then a verb of leading, is a name
    a = run("座谈会上，禾川职业技术学院汽车工程学院副院长、“禾江工匠”殳清远分享了经验。")
    assert ("殳清远", "禾川职业技术学院汽车工程学院", "副院长") in posts(a)
    a = run("本周二，禾川市政协副主席应然带领视察组视察我市职业教育工作。")
    assert "应然" in names(a, "Person")
    # guard: a plain verb after a post with no verb of the person after it is no name,
    # nor is the word after a quoted honour (“杰出校友”荣誉证书)
    a = run("会议要求，副主席应当带头落实。")
    assert "应当" not in names(a, "Person")
    a = run("学院向三位校友颁发“杰出校友”荣誉证书。")
    assert not names(a, "Person")


def test_a_hospital_department_and_a_company_notice():
    # 医院科教科科长某某: the hospital's 科教科; 辞职后继续担任: the post kept; 对甲、乙表示感谢:
    # both spoken to; 收到…辞职报告: no speech; 尚需提交公司股东大会审议: no unit, no occasion
    a = run("第一临床学院设在禾川市第一人民医院，副院长由医院科教科科长鲍清和担任。")
    assert ("鲍清和", "科教科", "科长") in posts(a)
    assert ("科教科", "禾川市第一人民医院") in rel(a, "subOrganizationOf")
    a = run(_NOTICE + "公司董事会收到董事会秘书眭清和女士的书面辞职报告。眭清和女士申请辞去公司董事会秘书职务，辞职后继续担任公司副总经理。"
            "公司董事长栾思远先生代表董事会对冼文远先生、眭清和女士任职期间的贡献表示感谢。"
            "该议案尚需提交公司股东大会审议。")
    assert ("眭清和", "禾川恒诺精工股份有限公司", "副总经理") in posts(a)
    speakers = {s for s, _ in rel(a, "spokeAt")}
    assert not speakers & {"眭清和", "冼文远"}
    assert not any("议案" in n for n in names(a, "Organization") | names(a, "Event"))
    assert not any(e.endswith("股东大会") for e in names(a, "Event"))


def test_a_power_company_department_and_a_worker():
    a = run("禾川恒诺电力工程有限公司（以下简称“恒诺电力”）举行揭牌仪式。恒诺电力输电运检部副主任宇文清出席。"
            "二车间操作工缑清远作为获奖选手代表发言。")
    assert ("宇文清", "输电运检部", "副主任") in posts(a)
    assert "缑清远" in names(a, "Person")


def test_crawled_college_news_of_set_201():
    # 我院校企合作处 (jieba: 我|院校…): the college's office, named after 我院; 同学们珍惜大学时光:
    # no unit with 们; 新生庄严宣誓: an adjective after a role word is no name; 参赛二级学院: the
    # colleges that take part; 中共某省委党校党史教研部: the party school's department
    a = run_page("禾川职业技术学院新闻网\n首页 | 学院要闻\n\n联盟年会召开\n2025-12-22\n\n"
                 "会议由联盟秘书长、我院校企合作处处长仉书远主持。希望同学们珍惜大学时光。随后，学生工作处处长卢景言带领全体新生庄严宣誓。"
                 "阙远航代表参赛二级学院发言。中共禾江省委党校党史教研部主任诸葛远出席。")
    orgs = names(a, "Organization")
    assert ("仉书远", "校企合作处", "处长") in posts(a)
    assert ("校企合作处", "禾川职业技术学院") in rel(a, "subOrganizationOf")
    assert not any("们" in n or n.startswith(("院校", "参赛")) for n in orgs)
    assert "庄严" not in names(a, "Person")
    assert ("中共禾江省委党校党史教研部", "中共禾江省委党校") in rel(a, "subOrganizationOf")
    # guard: a party committee's department keeps no parent the text never names
    a = run("中共禾江省委组织部部长李远山出席。")
    assert not rel(a, "subOrganizationOf")


def test_encouragement_and_a_look_back_are_speech():
    a = run("6月20日上午，禾川职业技术学院2025届毕业典礼在学院体育馆举行。教师代表、汽车工程学院教师秦清和结合自身经历，鼓励毕业生终身学习。"
            "毕业生代表、智能制造学院学生俞清远回顾了三年的学习生活。")
    speakers = {s for s, _ in rel(a, "spokeAt")}
    assert {"秦清和", "俞清远"} <= speakers


def test_a_notice_table_by_name_and_a_board_by_labels():
    # 姓名　性别　…　现任职务: a 公示's rows each begin with a name, and its 现任职务 cell
    # holds the posts; 董事长：某某先生 on a company's notice is the company's
    a = run_page("禾川市委组织部\n\n干部任前公示\n2026-01-12\n\n经市委研究，现将拟任职干部有关情况予以公示。\n\n"
                 "姓名　性别　出生年月　学历学位　现任职务　拟任职务\n"
                 "诸葛清　男　1976.03　研究生　禾川技师学院党委委员、副院长　禾川技师学院院长\n"
                 "郁南舟　女　1979.11　大学　禾川市教育局职业教育与成人教育科科长　禾川市教育局副局长\n\n"
                 "公示时间：2026年1月12日至1月18日。")
    p = posts(a)
    assert ("诸葛清", "禾川技师学院", "副院长") in p
    assert {"诸葛清", "郁南舟"} <= names(a, "Person")
    a = run(_NOTICE + "一、第三届董事会组成情况\n董事长：栾思远先生\n独立董事：尉迟清先生、桓若水女士\n"
            "二、聘任高级管理人员情况\n聘任庹晓川女士为公司财务总监。")
    p = posts(a)
    assert ("栾思远", "禾川恒诺精工股份有限公司", "董事长") in p
    assert ("桓若水", "禾川恒诺精工股份有限公司", "独立董事") in p
    assert ("庹晓川", "禾川恒诺精工股份有限公司", "财务总监") in p
    # guard: a 姓名 heading over prose is no table
    a = run("姓名　性别　年龄\n本次活动共有120名学生参加。")
    assert not names(a, "Person")


def test_a_bank_branch_signs_for_itself():
    # 甲与乙分别代表双方签署: 甲 heads a 支行, which signs, not the bank above it
    a = run("本周三上午，禾丰银行禾川分行南塘支行（以下简称“南塘支行”）与禾川职业技术学院银校合作协议签约仪式在该院举行。"
            "南塘支行行长印远山、禾川职业技术学院院长端木清出席。随后，印远山与端木清分别代表双方签署《银校合作协议》。")
    signed = rel(a, "signedAgreement") | {(o, s) for s, o in rel(a, "signedAgreement")}
    assert ("禾丰银行禾川分行南塘支行", "禾川职业技术学院") in signed
    assert not any("禾丰银行" in (s, o) for s, o in signed)
    # guard: an office still signs for its parent (某公司人力资源部部长代表公司签约)
    a = run("禾川恒诺精工股份有限公司（以下简称“恒诺精工”）与禾川职业技术学院校企合作签约仪式在学院举行。"
            "恒诺精工人力资源部部长栾远、禾川职业技术学院院长端木清出席。随后，栾远与端木清分别代表双方签署合作协议。")
    signed = rel(a, "signedAgreement") | {(o, s) for s, o in rel(a, "signedAgreement")}
    assert ("禾川恒诺精工股份有限公司", "禾川职业技术学院") in signed
    assert not any(x.endswith("人力资源部") for pair in signed for x in pair)

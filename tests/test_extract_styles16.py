"""Error classes found on the written sets of session 14, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


def test_group_of_leaders_before_a_title_run():
    # 校领导党委书记甲，…: 校领导 names the group, the title after it is still the
    # school's post, as it is with no role word before it
    a = run_page("青州机电职业学院新闻网\n首页 > 学院新闻\n3月2日下午，我院在图书馆报告厅召开新学期工作会议。"
                 "校领导党委书记上官明远，党委副书记、院长孙立广出席会议。")
    p = posts(a)
    assert ("上官明远", "青州机电职业学院", "党委书记") in p
    assert ("孙立广", "青州机电职业学院", "院长") in p
    # guard: a role word that is no leader group (校友) gives the title after it no unit
    a = run_page("青州机电职业学院新闻网\n首页 > 学院新闻\n3月2日下午，我院召开校友座谈会。"
                 "校友董事长周晓川发言。")
    assert not any(x[0] == "周晓川" and x[1] == "青州机电职业学院" for x in posts(a))


def test_team_leader_is_a_role_before_a_name():
    # 班组长 is a role in a workshop, not a post of the unit before it; the
    # name after it is a person who speaks
    a = run_page("7月1日，青州远航物流集团有限公司与青州机电职业学院联合开展“红色引擎”主题党日活动。"
                 "学院教师吴晓岚和集团仓储中心班组长蔡立舟先后发言。")
    assert "蔡立舟" in names(a, "Person")
    assert any(s == "蔡立舟" for s, _ in rel(a, "spokeAt"))


def test_people_who_escort_the_visit_throughout_attend():
    # 全程陪同 at the end of a list: those named before it were there all along
    a = run_page("5月20日，青州远航纺织有限公司2026年“企业开放日”活动在公司生产基地举行。"
                 "青州机电职业学院教师白晓帆带领学生走进工厂，公司总经理蒋立涛、工艺部工程师陶晓瑜全程陪同。")
    att = {s for s, _ in rel(a, "attended")}
    assert {"蒋立涛", "陶晓瑜"} <= att


def test_consultation_meeting_is_an_event():
    # 专题协商会 of a political consultative body is a meeting like any other
    a = run_page("7月29日，青山县政协在县政协四楼会议室召开“做强县域职业教育”专题协商会。"
                 "县政协主席夏立钧主持会议并讲话，副县长田晓言到会听取意见并讲话。")
    assert "“做强县域职业教育”专题协商会" in names(a, "Event")
    assert ("夏立钧", "“做强县域职业教育”专题协商会") in rel(a, "chaired")


def test_table_of_communities_without_rules_gives_their_leaders():
    # a notice's list of communities as a text table: cells apart by full-width
    # spaces under a 序号 heading; the units under 牵头单位 lead the row's community
    a = run_page("青州省教育厅关于公布省级行业产教融合共同体名单的通知\n"
                 "各设区市教育局，各高等学校：\n"
                 "序号　共同体名称　牵头单位\n"
                 "1　青州省智能装备行业产教融合共同体　青州理工大学、青州远航智能装备股份有限公司\n"
                 "2　青州省现代物流行业产教融合共同体　青州职业技术学院\n"
                 "各牵头单位要切实履行牵头责任。")
    leads = rel(a, "leadsCommunity")
    assert ("青州理工大学", "青州省智能装备行业产教融合共同体") in leads
    assert ("青州远航智能装备股份有限公司", "青州省智能装备行业产教融合共同体") in leads
    assert ("青州职业技术学院", "青州省现代物流行业产教融合共同体") in leads
    assert ("青州职业技术学院", "青州省智能装备行业产教融合共同体") not in leads
    assert "高等学校" not in names(a, "Organization")  # 各高等学校: the kind, no unit


def test_html_data_table_row_reads_as_one_line():
    # a notice's HTML table (序号｜姓名｜工作单位及职务): each row is one line with
    # its cells apart, so the person cell and the post cell stay together
    from zhkg.extract.assemble import extract_article
    from zhkg.ingest.html import read_article_html

    page = ("<html><head><title>关于认定市级技能大师工作室的公告</title></head><body><div class='content'>"
            "<h1>关于认定市级技能大师工作室的公告</h1>"
            "<p>经单位申报、专家评审和社会公示，决定认定以下工作室为市级技能大师工作室，现予公告。</p>"
            "<table><tr><th>序号</th><th>工作室名称</th><th>领办人</th><th>工作单位及职务</th></tr>"
            "<tr><td>1</td><td>杜立远数控加工技能大师工作室</td><td>杜立远</td><td>青州技师学院数控技术系主任</td></tr>"
            "<tr><td>2</td><td>甘晓峰智能装配技能大师工作室</td><td>甘晓峰</td><td>青州远航智能装备股份有限公司总装部部长</td></tr>"
            "</table><p>青州市人力资源和社会保障局</p></div></body></html>")
    art = read_article_html(page, "notice.html")
    assert "1｜杜立远数控加工技能大师工作室｜杜立远｜青州技师学院数控技术系主任" in art.text
    p = posts(extract_article(art))
    assert ("杜立远", "青州技师学院数控技术系", "主任") in p
    assert ("甘晓峰", "青州远航智能装备股份有限公司总装部", "部长") in p
    # a layout table (one cell per row, or a long cell) keeps its cells as lines
    layout = ("<html><body><table><tr><td><p>" + "某校举行活动。" * 30 + "</p></td><td>右栏</td></tr></table></body></html>")
    assert "｜" not in read_article_html(layout, "layout.html").text


def test_first_graduation_ceremony_is_named():
    # 首届 before the head word is the occasion's ordinal, part of its name
    a = run_page("6月26日下午，青州远航物流集团有限公司与青州职业技术学院联合开办的“远航订单班”首届毕业典礼"
                 "在学院报告厅举行。集团副总裁上官晓彤、学院副院长司徒立楠参加典礼。")
    ev = next(n for n in names(a, "Event") if n.endswith("“远航订单班”首届毕业典礼"))
    assert ("上官晓彤", ev) in rel(a, "attended")


def test_bare_group_word_is_the_company_named_before():
    # 集团副总裁某某 after 某某物流集团有限公司（以下简称“远航集团”）: the company, not a
    # 职教集团 the text names only later
    a = run_page("6月26日下午，青州远航物流集团有限公司（以下简称“远航集团”）与青州职业技术学院联合开办的"
                 "“远航订单班”毕业典礼在学院报告厅举行。集团副总裁上官晓彤参加典礼。"
                 "据悉，远航集团是青州现代物流职业教育集团的理事长单位。")
    assert ("上官晓彤", "青州远航物流集团有限公司", "副总裁") in posts(a)
    assert not any(x[0] == "上官晓彤" and x[1] == "青州现代物流职业教育集团" for x in posts(a))
    # guard: with the 职教集团 named before, 集团 is still the 职教集团
    a = run_page("青州现代物流职业教育集团2026年年会在青州职业技术学院举行。集团理事长孙立广作工作报告。")
    assert ("孙立广", "青州现代物流职业教育集团", "理事长") in posts(a)


def test_elected_posts_of_the_one_association_named_before():
    # 某商会换届大会 … paragraphs later, 某某当选会长: the association the text names,
    # also for a list ending in 等9人
    a = run_page("12月28日，青州市装备制造业商会第三届会员大会暨换届选举大会在会员企业总部召开。\n"
                 "会议审议通过了工作报告和财务报告。\n"
                 "会议以无记名投票方式选举产生了第三届理事会和监事会。青州远航智能装备股份有限公司董事长慕容立峻当选会长，"
                 "青州宏达精密机械有限公司董事长吴秉立、青州明远电子科技有限公司总经理唐晓淼等9人当选副会长，洪立福当选秘书长。")
    p = posts(a)
    assert ("慕容立峻", "青州市装备制造业商会", "会长") in p
    assert ("吴秉立", "青州市装备制造业商会", "副会长") in p
    assert ("唐晓淼", "青州市装备制造业商会", "副会长") in p
    assert ("洪立福", "青州市装备制造业商会", "秘书长") in p
    # guard: with two associations named, nothing is guessed
    a = run_page("青州市装备制造业商会与青州市物流协会联合召开座谈会。\n会议通报了全年工作。\n"
                 "会议决定，洪立福当选秘书长。")
    assert not any(x[0] == "洪立福" for x in posts(a))


def test_board_posts_of_a_unit_named_inside_its_meeting_name():
    # 选举甲为理事长 after 某产业学院第一届理事会第一次会议 (the unit is inside the
    # occasion's name, not marked on its own): the posts are that college's
    a = run_page("10月22日，青州职业技术学院远航智能制造产业学院第一届理事会第一次会议在学院召开。"
                 "公司董事长慕容立峻、副总经理俞景立，学院院长孔德立参加会议。"
                 "会议选举慕容立峻为理事长，孔德立为常务副理事长，俞景立为副理事长。")
    p = posts(a)
    assert any(x[0] == "慕容立峻" and x[1].endswith("智能制造产业学院") and x[2] == "理事长" for x in p)
    assert any(x[0] == "孔德立" and x[1].endswith("智能制造产业学院") and x[2] == "常务副理事长" for x in p)


def test_name_before_a_verb_of_going():
    # 董事长某某赴某学院…: 赴 (and 前往) begins the predicate, never ends a name
    a = run_page("董事长慕容峻赴青州职业技术学院出席产业学院理事会会议")
    assert "慕容峻" in names(a, "Person")
    assert "慕容峻赴" not in names(a, "Person")
    a = run_page("10月22日，公司总经理王小峻前往青州职业技术学院调研。")
    assert "王小峻" in names(a, "Person")


def test_spirit_of_a_meeting_is_a_topic_not_the_occasion():
    # 专题学习全国教育大会精神: the 大会 is what is studied; the occasion is the
    # study session named before it
    a = run_page("10月23日下午，青州职业技术大学党委理论学习中心组2026年第八次集体学习会议在行政楼第一会议室召开，"
                 "专题学习全国教育大会精神。校党委书记司徒文远主持会议并讲话。")
    evs = names(a, "Event")
    assert "青州职业技术大学党委理论学习中心组2026年第八次集体学习会议" in evs
    assert not any("全国教育大会" in e for e in evs)
    assert ("司徒文远", "青州职业技术大学党委理论学习中心组2026年第八次集体学习会议") in rel(a, "chaired")


def test_members_of_a_study_group_before_a_title_run():
    # 中心组成员党委副书记甲、乙: the group's role word does not hide the school's posts
    a = run_page("青州职业技术大学\n当前位置：首页 > 新闻中心 > 校园要闻\n"
                 "10月23日下午，学校党委理论学习中心组集体学习会议在行政楼召开。\n"
                 "中心组成员党委副书记俞景立、姜沛远，副校长龚若立参加学习。")
    p = posts(a)
    assert ("俞景立", "青州职业技术大学", "党委副书记") in p
    assert ("姜沛远", "青州职业技术大学", "党委副书记") in p


def test_names_after_leaders_still_listed():
    # 出席典礼的校领导还有甲、乙、丙: a list of names after the role word and 还有
    a = run_page("9月6日上午，青州理工大学2026级本科生开学典礼在体育馆举行。校长程立昶出席典礼。"
                 "出席典礼的校领导还有韦棠立、冯砺远、邵明晖。")
    assert {"韦棠立", "冯砺远", "邵明晖"} <= names(a, "Person")


def test_each_name_of_a_list_after_its_college():
    # 某学院甲、某学院乙等152名同学: a name right after its unit, in a list closed by a count
    a = run_page("6月20日，青州职业技术学院2026届毕业典礼举行。会上宣读了表彰决定，智能制造学院许亦立、"
                 "食品工程学院戴欣远、财经商贸学院甘若立等152名同学获评校级优秀毕业生。")
    assert {"许亦立", "戴欣远", "甘若立"} <= names(a, "Person")
    # guard: a unit with no list and no count after it gives no name
    a = run_page("智能制造学院师生参加了典礼。")
    assert not names(a, "Person")


def test_press_conference_speakers_and_answers():
    # 出席嘉宾： then one official a line (unit, titles, name): they attended; in the
    # transcript, 某某：… at a line's start is that person answering; 新闻发布厅 is a room
    page = ("青州市人民政府\n首页 > 政务公开 > 新闻发布\n\n“技能青州”新闻发布会实录\n\n"
            "6月12日上午，青州市人民政府新闻办公室在市政府新闻发布厅举行“技能青州”新闻发布会。\n\n"
            "出席嘉宾：\n青州市教育局党组书记、局长惠立风\n青州市发展和改革委员会副主任谭嘉立\n"
            "主持人：市政府新闻办公室副主任程雨立\n\n"
            "答记者问\n\n青州日报记者：在引导企业参与职业教育方面，我市有哪些支持政策？\n"
            "谭嘉立：我们对纳入产教融合型企业培育库的企业，在项目申报、用地保障等方面给予倾斜。\n")
    a = run_page(page)
    ev = "“技能青州”新闻发布会"
    att = rel(a, "attended")
    assert ("惠立风", ev) in att and ("谭嘉立", ev) in att
    assert ("谭嘉立", ev) in rel(a, "spokeAt")
    assert ("惠立风", ev) not in rel(a, "spokeAt")
    assert "新闻发布厅" not in names(a, "Organization")


def test_management_committee_word_before_its_department():
    # 开发区管委会 named before, then 管委会人才服务中心: the committee's part, and
    # 管委会为理事长单位: the committee leads; 人才驿站 is a unit that is unveiled
    a = run_page("9月25日上午，青州经济技术开发区管理委员会人才驿站揭牌仪式在管委会政务服务大厅举行。"
                 "管委会人才服务中心主任温可立介绍了驿站的运行机制。随后，管委会主任沈啸立为“青州经济技术开发区人才驿站”揭牌。"
                 "据了解，青州经开区智能装备市域产教联合体由管委会牵头组建，管委会为理事长单位。")
    assert ("温可立", "人才服务中心", "主任") in posts(a)
    assert ("人才服务中心", "青州经济技术开发区管理委员会") in rel(a, "subOrganizationOf")
    assert "管委会人才服务中心" not in names(a, "Organization")
    assert ("青州经济技术开发区管理委员会", "青州经开区智能装备市域产教联合体") in rel(a, "leadsCommunity")
    assert ("沈啸立", "青州经济技术开发区人才驿站") in rel(a, "officiatesUnveiling")


def test_supplementary_report_is_speech():
    # 分别作补充汇报: those named report at the meeting
    a = run_page("21日下午，检查组在市政府第一会议室召开职业教育法执法检查座谈会。"
                 "市人力资源和社会保障局副局长龙则立作补充汇报。")
    assert ("龙则立", "职业教育法执法检查座谈会") in rel(a, "spokeAt")


def test_signing_pairs_listed_over_commas():
    # 甲公司副总经理A与乙学院副院长B，丙公司…C与丁学院…D，…分别代表双方签署: each pair signs
    a = run_page("上午，市属国有企业与驻青高校校企战略合作集中签约仪式在市国资委会议室举行。"
                 "签约环节，青州远航物流集团有限公司副总经理易振立与青州职业技术学院副院长林絮立，"
                 "青州宏达食品集团有限公司副总经理许知立与明阳职业技术学院副院长段知立，"
                 "青州明远能源集团有限公司副总经理彭书亦与青州理工大学副校长顾清立分别代表双方签署战略合作协议。")
    signed = {frozenset(p) for p in rel(a, "signedAgreement")}
    assert frozenset(("青州远航物流集团有限公司", "青州职业技术学院")) in signed
    assert frozenset(("青州宏达食品集团有限公司", "明阳职业技术学院")) in signed
    assert frozenset(("青州明远能源集团有限公司", "青州理工大学")) in signed
    assert frozenset(("青州远航物流集团有限公司", "明阳职业技术学院")) not in signed
    # 彭书亦: 亦 before 与 is the name's last character, not the adverb
    assert "彭书亦" in names(a, "Person")
    # guard: 亦 before a verb is the adverb
    assert "王明亦" not in names(run_page("校长王明亦表示支持。"), "Person")


def test_elected_posts_of_the_association_whose_meeting_it_is():
    # two associations named (商会, 工商业联合会): the posts go to the one the
    # meeting is named after; 会员企业 before a company is its role, not its name
    a = run_page("12月28日，青州市装备制造业商会第三届会员大会暨换届选举大会在会员企业青州远航智能装备股份有限公司总部召开。"
                 "青州市工商业联合会副主席钟离振立出席会议。\n会议审议通过了工作报告。\n"
                 "会议选举产生了第三届理事会。青州远航智能装备股份有限公司董事长慕容立峻当选会长。")
    assert ("慕容立峻", "青州市装备制造业商会", "会长") in posts(a)
    assert not any(x[0] == "慕容立峻" and x[1] == "青州市工商业联合会" for x in posts(a))
    assert "会员企业青州远航智能装备股份有限公司" not in names(a, "Organization")


def test_declared_short_name_already_inside_the_name():
    # 甲学院是某某新能源科技有限公司（以下简称“某某新能源”）: the short name's words are
    # in the company's name already; its name does not reach back over 是 to the 学院
    a = run_page("9月24日，远航学院与三所职业院校人才培养合作协议签约仪式在公司研发中心举行。"
                 "远航学院是青州远航新能源科技有限公司（以下简称“远航新能源”）于2023年创办的企业大学。"
                 "远航新能源总经理萧卫立出席仪式。")
    orgs = names(a, "Organization")
    assert "青州远航新能源科技有限公司" in orgs
    assert not any("是" in o for o in orgs)
    assert ("萧卫立", "青州远航新能源科技有限公司", "总经理") in posts(a)


def test_name_before_ji_and_a_group():
    # 人事处处长尚立及相关职能部门负责人: 及 joins the name to a group, it is no name's character
    a = run_page("8月25日上午，青州理工大学新进教职工入职培训班开班仪式举行。人事处处长尚立及相关职能部门负责人出席仪式。")
    assert "尚立" in names(a, "Person")
    assert "尚立及" not in names(a, "Person")


def test_visiting_party_attends_the_meeting_some_sentences_later():
    # 校长甲带领乙、丙一行赴某公司调研 … (visits, a host shows them round) … 随后，双方
    # 召开校企合作座谈会: the party attends the meeting held a few sentences on
    a = run_page("本周三，学校校长甘立举带领副校长闵晓立、实训处主任祝立一行，赴青州远航智能装备有限公司开展调研。"
                 "县教育局股长鲍立棠一同参加调研。公司总经理高立铁热情接待了调研组一行。"
                 "调研组先后参观了公司智能装配车间。郝立煜边走边介绍了公司主要产品。"
                 "随后，双方在该公司三楼会议室召开校企合作座谈会。")
    att = rel(a, "attended")
    assert ("闵晓立", "校企合作座谈会") in att
    assert ("祝立", "校企合作座谈会") in att


def test_bare_college_word_at_a_paragraph_start_before_a_post():
    # 研究生院副院长某某 at a paragraph's start, after 学校研究生院 named before: the unit
    a = run_page("9月19日下午，学校研究生院举办2026年研究生导师培训会。\n\n研究生院副院长罗立明围绕管理办法作了解读。")
    assert ("罗立明", "研究生院", "副院长") in posts(a)


def test_list_of_names_goes_on_after_a_name_found():
    # 由甲、乙、丙组成的参赛队: the list after a name found goes on to the name before 组成
    a = run_page("在“工业机器人系统集成”赛项中，由潘子立、沈屹立、顾晨立组成的参赛队获得一等奖。")
    assert {"潘子立", "沈屹立", "顾晨立"} <= names(a, "Person")


def test_our_department_on_a_hospital_site():
    # 我院科教科 on a hospital's own site, in a report that names a 卫生职业学院:
    # the department is the hospital's
    page = ("青州市人民医院\n首页　医院概况　新闻中心\n当前位置：首页 > 新闻中心 > 医院新闻\n\n"
            "我院与青州卫生职业学院签约共建附属医院\n\n"
            "7月10日下午，青州卫生职业学院附属医院共建签约仪式在我院门诊楼学术报告厅举行。"
            "青州卫生职业学院院长钱韶立出席仪式。\n"
            "根据协议，临床教学工作由我院科教科归口管理。")
    assert ("科教科", "青州市人民医院") in rel(run_page(page), "subOrganizationOf")


def test_words_to_new_students_are_speech():
    # 某某院士寄语新生: a speech at the ceremony
    a = run_page("9月6日上午，青州理工大学2026级本科生开学典礼在体育馆举行。中国工程院院士葛颂立出席典礼。"
                 "葛颂立院士寄语新生，鼓励同学们保持好奇心。")
    assert ("葛颂立", "青州理工大学2026级本科生开学典礼") in rel(a, "spokeAt")


def test_site_name_of_a_group_brand_and_a_company():
    # 中国远航　远航青州电力工程有限公司 over the nav bar: the site is the company's
    # own (its legal name), not one unit glued from both parts
    page = ("中国远航　远航青州电力工程有限公司\n首页　新闻动态　基层动态\n当前位置：首页 > 新闻动态\n\n"
            "公司与青州技师学院共建实训基地\n\n"
            "4月16日上午，公司与青州技师学院共建电力施工实训基地揭牌仪式在青州技师学院举行。"
            "公司副总经理孟繁立出席仪式。")
    a = run_page(page)
    assert "中国远航远航青州电力工程有限公司" not in names(a, "Organization")
    assert ("孟繁立", "远航青州电力工程有限公司", "副总经理") in posts(a)


def test_seated_on_the_rostrum_attend():
    # 大会主席团成员甲、乙在主席台就座: they are at the meeting
    a = run_page("12月30日，青州职业技术学院第三届教职工代表大会第四次会议在学术报告厅召开。"
                 "大会主席团成员聂鸿立、柯鼎立、武静立在主席台就座。")
    att = rel(a, "attended")
    assert {("聂鸿立", "青州职业技术学院第三届教职工代表大会第四次会议"),
            ("武静立", "青州职业技术学院第三届教职工代表大会第四次会议")} <= att


def test_release_label_over_officials_is_a_heading_in_the_body():
    # 发布人： inside the body, over one official a line, is no byline credit: the
    # officials under it attended the press conference
    page = ("青州市人民政府\n首页 > 政务公开 > 新闻发布\n\n“技能青州”新闻发布会实录\n\n"
            "6月12日上午，青州市人民政府新闻办公室在市政府新闻发布厅举行“技能青州”新闻发布会。\n\n"
            "发布人：\n青州市教育局党组书记、局长惠立风\n青州市发展和改革委员会副主任谭嘉立\n")
    a = run_page(page)
    att = rel(a, "attended")
    assert ("惠立风", "“技能青州”新闻发布会") in att and ("谭嘉立", "“技能青州”新闻发布会") in att
    assert a.metadata.get("author") is None


def test_first_ordinal_before_a_quoted_title_is_the_name():
    # 首届“某某订单班”开班仪式: the ordinal before the quoted title belongs to the name
    # (also when a short-name declaration stands between the partners and the name)
    a = run_page("9月3日上午，青州职业技术学院与青州远航供应链管理有限公司（以下简称“远航物流”）合作开办的首届“远航物流订单班”开班仪式"
                 "在学院报告厅举行。学院副院长汪立川出席仪式。")
    assert any(e.endswith("首届“远航物流订单班”开班仪式") for e in names(a, "Event"))

"""Error classes found on the written sets of session 17, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run, run_page


def test_bank_branches_are_parts_of_the_bank():
    # 某银行某分行某支行: each branch is part of the one before it, the full
    # name is one unit, and 分行 alone on the page is that branch
    a = run_page("本网讯　9日，禾川银行栖州分行南湖支行（以下简称“南湖支行”）与栖州职业技术学院签署银校合作协议。"
                 "分行副行长滕晓岚，南湖支行行长芮思远出席仪式。")
    orgs = names(a, "Organization")
    assert {"禾川银行", "禾川银行栖州分行", "禾川银行栖州分行南湖支行"} <= orgs
    assert "南湖支行" not in orgs  # the alias is the full name
    subs = rel(a, "subOrganizationOf")
    assert ("禾川银行栖州分行南湖支行", "禾川银行栖州分行") in subs
    assert ("禾川银行栖州分行", "禾川银行") in subs
    p = posts(a)
    assert ("芮思远", "禾川银行栖州分行南湖支行", "行长") in p
    assert ("滕晓岚", "禾川银行栖州分行", "副行长") in p
    assert ("禾川银行栖州分行南湖支行", "栖州职业技术学院") in rel(a, "signedAgreement")
    # guard: 分行 as a verb (to break a line) names no unit
    a = run_page("9日，栖州职业技术学院召开排版培训会。报名表请按栏目分行填写，参赛诗歌须分行排列。")
    assert not any(n.endswith("分行") for n in names(a, "Organization"))


def test_bare_college_on_our_page_is_ours_not_a_guest_school():
    # the headline says 在我院; a guest school named with its post just before
    # 学院党委书记 in the same run is not the 学院 meant
    a = run_page("2025年栖州市职业院校教师教学能力比赛颁奖典礼在我院举行\n2025-06-13\n\n"
                 "昨天下午，颁奖典礼在栖州职业技术学院体育馆举行。栖州市教育局副局长尉迟昕，"
                 "南塘职业技术学院副院长韦叙白，学院党委书记钮清和、院长谌一帆出席典礼。")
    p = posts(a)
    assert ("韦叙白", "南塘职业技术学院", "副院长") in p
    assert ("钮清和", "栖州职业技术学院", "党委书记") in p
    assert ("谌一帆", "栖州职业技术学院", "院长") in p
    # guard: the school named with its post is ours when it is the one 我院 stands for
    a = run_page("学院召开2025年安全工作会议\n2025-06-13\n\n昨天下午，我院召开安全工作会议。"
                 "栖州职业技术学院党委书记钮清和，学院院长谌一帆出席会议。")
    assert ("谌一帆", "栖州职业技术学院", "院长") in posts(a)


def test_alma_mater_and_a_hall_visited_begin_no_unit_name():
    a = run_page("5月17日上午，2006届校友、栖州云岫科技有限公司董事长宓知远回访母校栖州职业技术学院。"
                 "校友一行还参观了学院校史馆和信息工程学院大数据实训中心。")
    orgs = names(a, "Organization")
    assert "栖州职业技术学院" in orgs
    assert not any(n.startswith(("母校", "校史馆")) for n in orgs)


def test_a_common_verb_after_a_title_is_no_name():
    a = run_page("本周一，栖州工业大学召开新生大会。新生说：“书记讲的校史故事让我很受触动。”"
                 "此次报告会是学校“书记校长讲思政课”系列活动的第一讲。")
    assert not {"讲的", "讲思政"} & names(a, "Person")


def test_role_word_inside_a_department_does_not_break_a_double_post():
    # 学生 inside 学生工作处 is no cue of a person: both posts are held
    a = run_page("本周一，栖州工业大学召开会议。党委学生工作部部长、学生工作处处长奚望川出席。")
    p = posts(a)
    assert ("奚望川", "党委学生工作部", "部长") in p
    assert ("奚望川", "学生工作处", "处长") in p


def test_an_occasion_in_the_school_building_makes_the_page_the_schools():
    # 在学校体育馆举行: the school's own report; posts with no unit are the
    # university's, not those of its college named most
    a = run_page("党委书记封沐阳为新生讲授开学第一课\n2025年09月17日\n"
                 "本周一下午，栖州工业大学新生开学第一课报告会在学校体育馆举行。党委书记封沐阳作报告。"
                 "副校长冼知秋，马克思主义学院院长仉若川出席。马克思主义学院将把报告内容转化为教学案例，"
                 "马克思主义学院教师代表作交流发言。")
    p = posts(a)
    assert ("封沐阳", "栖州工业大学", "党委书记") in p
    assert ("冼知秋", "栖州工业大学", "副校长") in p
    assert ("仉若川", "马克思主义学院", "院长") in p


def test_two_fields_and_a_college_is_a_college_not_a_school():
    # 计算机科学与技术学院: 与 joins two fields, the unit word is 学院 (a
    # college), not 技术学院 (a school); 学校 and 该校 never stand for it
    a = run_page("我校举办2025年校企合作大会\n2025-12-12\n"
                 "12月10日，栖州工业大学2025年校企合作大会在学校学术交流中心举行。计算机科学与技术学院院长仉若川参加会议。"
                 "会上，我校机械工程学院与栖州云岫科技有限公司签订联合实验室共建协议。")
    subs = rel(a, "subOrganizationOf")
    assert ("机械工程学院", "栖州工业大学") in subs
    assert not any(o == "计算机科学与技术学院" for _, o in subs)
    # a foreign university's college after its vice-president in a run is part of it,
    # and the colleges of two schools sign for themselves
    a = run_page("10月21日上午，芬兰北岬应用科学大学副校长Aino Lehtola、工程与技术学院院长Eero Saarinen一行来访我校。"
                 "座谈会上，双方签署了《栖州工业大学与芬兰北岬应用科学大学合作备忘录》。"
                 "我校机械工程学院与该校工程与技术学院还签署了《学生交换项目备忘录》。"
                 "栖州工业大学机械工程学院院长封沐阳参加座谈。")
    subs = rel(a, "subOrganizationOf")
    assert ("工程与技术学院", "芬兰北岬应用科学大学") in subs
    assert ("工程与技术学院", "机械工程学院") not in subs
    signed = rel(a, "signedAgreement")
    assert ("栖州工业大学机械工程学院", "工程与技术学院") in signed
    assert ("栖州工业大学", "工程与技术学院") not in signed


def test_the_schools_own_office_organises_not_the_school():
    a = run_page("本周三下午，栖州工业大学材料学院举办专题讲座。本次讲座由我院主办，学校研究生院协办。")
    org = {o for s, o in rel(a, "organizedBy")}
    assert "研究生院" in org
    assert "栖州工业大学" not in org


def test_guest_school_is_never_the_school_of_the_page():
    # 某大学某教授应邀来我院: the guest's university; 学校副校长 is our university's
    a = run_page("南塘大学凤知远教授应邀来我院作学术讲座\n2025年05月22日\n\n"
                 "本周三下午，应栖州工业大学材料科学与工程学院邀请，南塘大学化学化工学院院长凤知远教授在我院作专题讲座。"
                 "学校副校长冼知秋，我院院长仉若川出席讲座。")
    p = posts(a)
    assert ("冼知秋", "栖州工业大学", "副校长") in p
    assert ("冼知秋", "南塘大学", "副校长") not in p


def test_after_the_courtesy_meeting_the_talks_take_its_day():
    a = run("10月21日上午，南塘大学副校长凤知远一行来访栖州工业大学。校长冼知秋在学校行政楼贵宾室会见了代表团一行。\n"
            "冼知秋代表学校对代表团的来访表示欢迎。凤知远感谢学校的热情接待，并介绍了该校的办学特色。\n"
            "会见后，双方在学校行政楼第二会议室举行合作办学座谈会。副校长仉若川参加座谈。", published="2025-10-22")
    dates = {e.name: e.attrs.get("date") for e in a.entities if e.type == "Event"}
    assert dates.get("合作办学座谈会") == "2025-10-21"


def test_a_conjunction_ends_a_four_character_name_and_plans_name_no_unit():
    a = run_page("会见后，双方举行座谈会。机械工程学院院长诸葛明远、党委书记夏侯瑾与代表团全体成员参加座谈。")
    assert "夏侯瑾" in names(a, "Person")
    assert not any(n.endswith("与") for n in names(a, "Person"))
    # 建设|高水平|工业|大学: a verb, generic words and a field: the kind of school aimed at
    a = run_page("12月10日，栖州工业大学召开大会。校长冼知秋强调，校企合作是学校建设高水平工业大学的必由之路。")
    assert names(a, "Organization") == {"栖州工业大学"}


def test_a_word_like_name_before_the_topic_or_at_a_roster_line_end():
    # 明示 (a verb) after a title, then 就 and the topic: a name
    a = run_page("本周一，市政府召开常务会议。栖州市人力资源和社会保障局党组书记、局长明示就学徒制补贴政策作了补充说明。")
    assert ("明示", "栖州市人力资源和社会保障局", "局长") in posts(a)
    a = run_page("栖州市新闻发布会实录\n发布时间：2025-04-29\n【发布人】\n"
                 "栖州市人力资源和社会保障局党组书记、局长　明示\n栖州技师学院院长　宓知远\n【主持人】\n"
                 "栖州市人民政府新闻办公室副主任　封沐阳\n【实　录】\n"
                 "封沐阳：各位记者朋友，上午好！欢迎参加今天的新闻发布会。首先，请明示局长介绍有关情况。\n"
                 "明示：今年以来，全市新增技能人才两万余人，我们将继续抓好企业新型学徒制培训。\n")
    assert ("明示", "栖州市人力资源和社会保障局", "局长") in posts(a)
    assert {p for p, _ in rel(a, "chaired")} == {"封沐阳"}
    assert "宓知远" in {p for p, _ in rel(a, "attended")}


def test_doing_two_things_at_once_is_no_name():
    a = run_page("4月28日，栖州云岫科技有限公司与栖州技师学院签订新型学徒制培养协议，首批学徒边上岗边学习。")
    assert not any(n.startswith("边") for n in names(a, "Person"))


def test_a_resident_speaking_for_the_trainees_speaks_at_the_occasion():
    a = run_page("本周三上午，青溪社区公益技能培训启动仪式在青溪社区党群服务中心举行。"
                 "青溪社区党委书记、居委会主任尉迟兰出席启动仪式。居民柏秋云作为学员代表发言。"
                 "居民金小满说，家门口的培训很方便。")
    spoke = {p for p, _ in rel(a, "spokeAt")}
    assert "柏秋云" in spoke and "金小满" not in spoke
    assert ("尉迟兰", "青溪社区", "党委书记") in posts(a)


def test_a_training_point_is_a_unit_of_the_body_it_is_named_after():
    a = run_page("本周三上午，青溪社区公益技能培训启动仪式举行。栖州市职业教育中心主任宓知远、青溪街道党工委书记封沐阳"
                 "共同为“栖州市职业教育中心青溪社区技能培训点”揭牌。")
    unit = "栖州市职业教育中心青溪社区技能培训点"
    assert (unit, "栖州市职业教育中心") in rel(a, "subOrganizationOf")
    assert {p for p, o in rel(a, "officiatesUnveiling") if o == unit} == {"宓知远", "封沐阳"}


def test_related_information_list_is_page_furniture():
    a = run_page("县人社局举办食品加工技能提升培训班\n发布时间：2025-03-12\n\n"
                 "3月11日上午，2025年柳溪县食品加工职业技能提升培训班在县职业中专开班。\n\n"
                 "相关信息\n· 柳溪县2025年春风行动专场招聘会成功举办\n· 关于公布职业技能培训机构目录的通知\n")
    assert not any("招聘会" in n for n in names(a, "Event"))


def test_verbs_jieba_reads_as_nouns_begin_no_unit():
    # 督导 (to inspect) and 申报 (to apply for) before a kind of school or a community
    a = run_page("3月3日，局领导带队督导中职学校春季开学工作。市教育局教育督导科科长封沐阳参加督导。"
                 "座谈中，副市长宓知远对栖州申报省级市域产教联合体提出了具体要求。"
                 "会议要求，让学生在真实岗位中学本领。")
    orgs = names(a, "Organization")
    assert "教育督导科" in orgs
    assert not any(n.startswith("督导") or n.endswith("岗位中学") for n in orgs)
    assert not any("申报" in n for n in names(a, "Community"))


def test_a_visit_day_reaches_the_meeting_after_a_paragraph_without_occasions():
    a = run("上周五，栖州市工业和信息化局局长封沐阳带队到栖州新材料产业园调研企业用工工作。\n"
            "随后，调研组来到栖州云岫科技有限公司，察看了智能检测车间。\n"
            "在产业园管委会三楼会议室，封沐阳主持召开产业园校企人才对接座谈会。", published="2025-05-19")
    dates = {e.name: e.attrs.get("date") for e in a.entities if e.type == "Event"}
    assert dates.get("产业园校企人才对接座谈会") == "2025-05-16"


def test_who_speaks_on_a_tour_before_the_meeting_does_not_speak_at_it():
    a = run_page("5月8日，市人大代表视察栖州技师学院技工教育工作。视察组一行察看了该院数控加工实训中心。"
                 "该院院长宓知远边走边介绍学院办学情况。\n随后，视察组召开技工教育工作视察座谈会。座谈会由封沐阳主持。"
                 "市人大代表、栖州市机电工程学校教师尉迟兰建议，进一步打通中职学校与技工院校之间的升学通道。")
    spoke = {p for p, _ in rel(a, "spokeAt")}
    assert "宓知远" not in spoke
    assert "尉迟兰" in spoke


def test_a_companys_department_named_with_its_post_in_a_run():
    a = run_page("4月3日，栖州云岫物流有限公司校园宣讲会在栖州职业技术学院举行。云岫物流人力资源总监宓知远，"
                 "运营中心经理封沐阳，学院招生就业处副处长尉迟兰出席宣讲会。")
    assert ("封沐阳", "运营中心", "经理") in posts(a)
    # guard: a verb before a kind of unit in prose is still none
    a = run_page("4月3日，会议建议集团加快发展。")
    assert not names(a, "Organization")


def test_joining_a_company_is_no_part_of_its_name():
    a = run_page("5月8日，栖州理工大学2025年新进教职工入职培训班开班。"
                 "校友宓知远毕业后入职栖州云岫电子科技有限公司，他入职后很快成为技术骨干。")
    orgs = names(a, "Organization")
    assert "栖州云岫电子科技有限公司" in orgs
    assert not any("入职" in n for n in orgs)
    assert any(n.endswith("入职培训班") for n in names(a, "Event"))


def test_a_companys_annex_of_profiles_gives_the_current_posts():
    a = run_page("栖州云岫智能装备股份有限公司关于聘任公司高级管理人员的公告\n"
                 "栖州云岫智能装备股份有限公司（以下简称“公司”）于2026年3月27日召开第三届董事会第九次会议。"
                 "董事会同意聘任Leifur Brandvik先生、宓知远女士为公司副总经理。\n附件：相关人员简历\n"
                 "Leifur Brandvik先生：1975年出生，挪威国籍，博士研究生学历。2021年加入公司，现任公司首席技术专家。\n"
                 "宓知远女士：1983年出生，中国国籍，硕士研究生学历。2012年加入公司，现任公司人力资源部部长。\n")
    p = posts(a)
    company = "栖州云岫智能装备股份有限公司"
    assert ("Leifur Brandvik", company, "副总经理") in p
    assert ("Leifur Brandvik", company, "首席技术专家") in p
    assert ("宓知远", "人力资源部", "部长") in p


def test_a_views_count_label_ends_the_source():
    a = run_page("医校合作签约\n发布时间：2026-06-12　来源：党委宣传科　点击次数：904\n\n6月11日，签约仪式举行。")
    assert a.metadata["source"] == "党委宣传科"


def test_an_adverb_after_a_role_word_is_no_name():
    a = run_page("5月8日，社区技能培训点揭牌。市职教中心选派12名专业教师常年授课。技能大师常新作为领办人代表发言。")
    people = names(a, "Person")
    assert "常年" not in people and "常新" in people


def test_a_banks_corporate_department_keeps_its_name():
    # 公司金融部 (corporate banking) is a bank's department: 公司 is part of its name,
    # not the company the department belongs to
    a = run_page("本网讯　9日，禾川银行栖州分行与栖州职业技术学院签署银校合作协议。"
                 "分行副行长滕晓岚，公司金融部总经理芮思远出席仪式。")
    assert ("芮思远", "公司金融部", "总经理") in posts(a)
    # guard: a company's own department after 公司 is still the company's
    a = run_page("9日，栖州云岫科技有限公司与栖州职业技术学院签约。公司人力资源部部长芮思远出席。")
    assert ("芮思远", "人力资源部", "部长") in posts(a)

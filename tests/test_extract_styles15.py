"""Error classes found on the written sets of session 13, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, run, run_page


def test_development_zone_short_form_is_one_word():
    # 经开区管委会: 经 is not the verb 经 (经…研究决定), the body's name keeps it
    a = run("会议由青州经济技术开发区管理委员会（以下简称“经开区管委会”）承办。"
            "青州市副市长李明远，经开区管委会主任孙立广出席会议。")
    assert "开区管委会" not in names(a, "Organization")
    assert ("孙立广", "青州经济技术开发区管理委员会", "主任") in posts(a)
    # and with no declaration, the short form is a unit of its own, never cut
    a = run("经开区管委会副主任周晓川介绍了园区的用工需求。")
    assert "开区管委会" not in names(a, "Organization")


def test_own_school_reference_on_a_line_of_its_own_is_no_parent():
    # 我校某某学院 alone on a page's first line is a part of the school, not the
    # school's name: no fact may point to a unit that is not an entity
    a = run("我校校长学院")
    orgs = names(a, "Organization")
    assert "我校校长学院" not in orgs
    assert all(r.o in orgs for r in a.relations if r.p == "subOrganizationOf")


def test_company_brand_read_as_verb_after_subsidiary_word():
    # 集团所属某某智能铸造有限公司: 铸造 is a verb to jieba, but the legal name runs
    # from the place to 有限公司, after the word that says the group owns it
    a = run("青州远航控股集团有限公司董事长李明远致辞。随后，来宾参观了集团所属珂泷远航智能铸造有限公司的数字化车间，"
            "该公司总经理孙立广陪同参观。")
    assert "珂泷远航智能铸造有限公司" in names(a, "Organization")
    assert ("孙立广", "珂泷远航智能铸造有限公司", "总经理") in posts(a)
    # a legal name of up to ten characters before the verb, at a clause's start
    a = run("珂泷宏达智能铸造有限公司总经理孙立广介绍了企业用工情况。")
    assert ("孙立广", "珂泷宏达智能铸造有限公司", "总经理") in posts(a)
    # guard: a clause's own verb before a company stays outside its name
    a = run("会议同意增补青州宏达科技有限公司为理事单位。")
    assert not any(n.startswith("会议") or n.startswith("同意") for n in names(a, "Organization"))


def test_post_taken_by_name_after_you():
    # 院长由甲兼任，执行院长由乙担任: each post is the one before 由, at the unit
    # the text is about, not the school 副校长 is of, nor 甲's own 学院
    a = run("10月16日，副校长李明远为青州理工大学智能装备产业学院揭牌。"
            "产业学院依托学校机电工程学院建设，实行理事会领导下的院长负责制。"
            "院长由机电工程学院院长周晓川兼任，执行院长由青州恒越科技有限公司研发部经理孙立广担任。")
    p = posts(a)
    assert ("周晓川", "青州理工大学智能装备产业学院", "院长") in p
    assert ("孙立广", "青州理工大学智能装备产业学院", "执行院长") in p
    assert ("周晓川", "青州理工大学", "院长") not in p
    assert ("孙立广", "机电工程学院", "执行院长") not in p
    # the verb ends its clause: 兼任， gives 甲 no post named after the comma
    a = run("智能装备产业学院设在学校机电工程学院，院长由周晓川兼任，执行院长由孙立广担任。")
    assert not any(x[0] == "周晓川" and x[2] == "执行院长" for x in posts(a))
    # guard: 兼任 right before a post still appoints it
    a = run("会议决定，周晓川兼任智能装备产业学院执行院长。")
    assert ("周晓川", "智能装备产业学院", "执行院长") in posts(a)


def test_surname_he_after_a_title():
    # 和 is a surname too (副院长和煦): after a title, a two-character name
    # closed by punctuation; never the conjunction before a word or a title
    a = run("青州职业技术学院副院长和畅，青州市第二职业中等专业学校校长周晓川出席会议。")
    assert ("和畅", "青州职业技术学院", "副院长") in posts(a)
    a = run("青州职业技术学院院长周晓川、副院长和畅参加论证会。")
    assert ("和畅", "青州职业技术学院", "副院长") in posts(a)  # (a verb of the sentence after it)
    for text in ("学院院长和副院长出席会议。", "校长和蔼地与同学们交流。", "校长和学生参加。", "处长和科员参加。",
                 "他向远道而来的外方教授和营员表示欢迎。", "党委书记和校长分别讲话。"):
        assert not names(run(text), "Person"), text


def test_on_site_meeting_is_an_occasion():
    # 现场会 (a meeting held at a school to show its work), 汇报会, 协调会 …
    a = run("12月3日，全市中职学校产教融合工作现场会在青州市第二职业中等专业学校召开。"
            "市教育局副局长周晓川出席会议。")
    assert "全市中职学校产教融合工作现场会" in names(a, "Event")
    assert ("周晓川", "全市中职学校产教融合工作现场会") in {(r.s, r.o) for r in a.relations if r.p == "attended"}


def test_site_name_as_first_step_of_a_breadcrumb():
    # 某某学院新闻网 >> 综合新闻 over the headline: the page is the college's own,
    # so 我院 and a bare 院长 are that college's
    a = run_page("青州职业技术学院新闻网 >> 综合新闻\n\n我院召开教学工作会议\n\n发布时间：2025-10-22\n\n"
                 "10月20日上午，我院教学工作会议在行政楼召开。院长周晓川，副院长孙立广，"
                 "智能制造学院院长李明远出席会议。\n")
    assert a.metadata.get("site") == "青州职业技术学院新闻网"
    p = posts(a)
    assert ("周晓川", "青州职业技术学院", "院长") in p
    assert ("孙立广", "智能制造学院", "副院长") not in p


def test_expert_panel_line_lists_attendees():
    # 专家组成员：甲（…），乙（…）: a programme line of who was there
    a = run("12月16日，青州市智能装备产教联合体建设方案论证会在青州职业技术学院召开。\n"
            "专家组成员：周晓川（青州理工大学机械工程学院院长、教授），孙立广（青州恒越科技有限公司董事长）。\n"
            "专家组听取汇报、审阅材料后，一致同意方案通过论证。\n")
    att = {s for s, _ in {(r.s, r.o) for r in a.relations if r.p == "attended"}}
    assert {"周晓川", "孙立广"} <= att
    # 听取汇报: 汇报 ends in 报 but is no newspaper
    assert not any(n.endswith("汇报") for n in names(a, "Organization"))


def test_elected_to_an_association_named_in_the_sentence_before():
    # 会议选举产生了协会新一届理事会。甲公司董事长A当选会长，乙公司总经理B、丙学院院长C当选副会长
    a = run("12月27日，青州市数控技术协会2025年年会在青州职业技术学院召开。"
            "会议选举产生了协会第三届理事会。青州恒越科技有限公司董事长周晓川当选会长，"
            "青州远达物流有限公司总经理孙立广、青州职业技术学院院长李明远当选副会长。")
    p = {(x[0], x[1], x[2]) for x in posts(a)}
    assert ("周晓川", "青州市数控技术协会", "会长") in p
    assert ("孙立广", "青州市数控技术协会", "副会长") in p
    assert ("李明远", "青州市数控技术协会", "副会长") in p
    assert ("李明远", "青州职业技术学院", "院长") in p
    # guard: a name before a clause break is no part of the list
    a = run("青州恒越科技有限公司董事长周晓川出席。青州职业技术学院院长李明远当选副会长。")
    assert not any(x[0] == "周晓川" and x[2] == "副会长" for x in posts(a))


def test_leaders_word_before_names_lists_people_not_a_post():
    # 校领导甲、乙出席 and a crawled 校领导  甲  乙  出席: names after a word for
    # the school's leaders, who hold no post called 校领导
    for text in ("青州市教育局局长袁明哲，校领导韩立岑、司徒雅琪出席。",
                 "青州市教育局局长袁明哲 ，校领导  韩立岑  司徒雅琪  出席 。"):
        a = run(text)
        assert {"韩立岑", "司徒雅琪"} <= names(a, "Person"), text
        assert not any(x[2].endswith("领导") for x in posts(a))
    # 不占学校领导职数: no post of a unit 不占学校
    a = run("青州恒越科技有限公司副经理栾一川挂职任青州市机电工程学校副校长（挂职期一年，不占学校领导职数）；")
    assert not any(x[2].endswith("领导") for x in posts(a))
    # guard: 在校领导的关心下 names no one
    assert not names(run("在校领导的关心下，学院发展迅速。"), "Person")


def test_joint_base_named_in_quotes_with_a_dash_is_one_unit():
    # 为“甲公司—乙学院党建共建基地”揭牌: the quoted name holds a dash, and is one unit;
    # 甲公司—乙学院 inside it is none, nor is a unit named from the dash on
    a = run("青州远达物流集团有限公司（以下简称“远达物流”）党委与青州职业技术学院物流管理学院党总支联合开展主题党日活动。"
            "随后，集团董事长周晓川与党总支书记孙立广共同为“远达物流—物流管理学院党建共建基地”揭牌。")
    orgs = names(a, "Organization")
    assert "远达物流—物流管理学院党建共建基地" in orgs
    assert not any(n.startswith("—") or n == "远达物流—物流管理学院" for n in orgs)
    assert ("周晓川", "远达物流—物流管理学院党建共建基地") in {(r.s, r.o) for r in a.relations if r.p == "officiatesUnveiling"}


def test_counted_group_of_speakers_is_not_the_chair():
    # 由甲主持，四位专家先后作主旨报告: the experts report, the chair does not
    a = run("3月5日，2025职业教育产教融合论坛在青州职业技术学院举行。"
            "主旨报告环节由副院长周晓川主持，四位专家先后作主旨报告。")
    spoke = {s for s, _ in {(r.s, r.o) for r in a.relations if r.p == "spokeAt"}}
    assert "周晓川" not in spoke
    # guard: names in the clause itself still speak in turn
    a = run("3月5日，2025职业教育产教融合论坛在青州职业技术学院举行。"
            "青州理工大学教授周晓川、青州恒越科技有限公司总经理孙立广先后作主旨报告。")
    spoke = {s for s, _ in {(r.s, r.o) for r in a.relations if r.p == "spokeAt"}}
    assert {"周晓川", "孙立广"} <= spoke


def test_word_surname_name_in_a_list_after_a_titled_name():
    # 副院长甲某、和畅，: the list after a titled name goes on with a name whose
    # surname is also a word (和, 时, 向), closed by punctuation
    a = run("青州职业技术学院党委书记李明远，副院长温如玥、和畅，党委副书记卜新桐出席会议。")
    assert {"温如玥", "和畅", "卜新桐"} <= names(a, "Person")
    assert ("和畅", "副院长") in {(x[0], x[2]) for x in posts(a)}
    # guard: a word after 、 is no name (学生甲、和同学们一起)
    a = run("学生李明远、和同学们一起，参加活动。教师李明远、安全员，出席。")
    assert names(a, "Person") == {"李明远"}


def test_department_named_with_a_verb_first_at_a_sentence_start():
    # 。合作发展处处长某某介绍…: 合作 reads as a verb, but a department with its
    # post after it begins the sentence
    a = run("慕容清远在讲话中提出了希望。合作发展处处长周晓川介绍了建设方案。")
    assert ("周晓川", "合作发展处", "处长") in posts(a)
    # guard: a verb phrase before a unit word and a title mid-clause is no department
    assert not any(n.startswith("加强") for n in names(run("会议要求加强发展处处长队伍建设。"), "Organization"))

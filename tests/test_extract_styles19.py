"""Error classes found on the written sets of session 17, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


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

"""Error classes of session 4, found on two new written sets (heldout15,
heldout16): rooms whose word holds an event head, short names of
development zones, names that are words, foreign companies with a place in
brackets, and more.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from .extract_helpers import names, posts, rel, run, run_page


@pytest.mark.parametrize("room", ["五楼会议中心", "国际会议中心", "一号会议中心"])
def test_extract_styles6_event_head_inside_a_room_word(room: str) -> None:
    """会议 in 会议中心 names the room, not the occasion; the occasion is the
    named one before its alias declaration."""
    a = run(f"5月8日，汀州数控装备产教融合共同体（以下简称“共同体”）成立大会在汀州职业技术学院{room}举行。"
            "汀州市教育局局长蒙慧远出席大会并讲话。")
    event = "汀州数控装备产教融合共同体成立大会"
    assert names(a, "Event") == {event}
    assert (event, "汀州职业技术学院") in rel(a, "heldAt")
    assert ("蒙慧远", event) in rel(a, "spokeAt")


COUNTY_PAGE = (
    "汀山县人民政府\n首页 | 走进汀山 | 政务公开\n当前位置：首页 > 政务公开\n\n"
    "县领导到县职业中专调研\n\n发布时间：2026-03-13 09:15\n\n"
    "3月12日，汀山县委书记庞启越到汀山县职业中等专业学校调研。县委副书记、县长蒙慧远，"
    "县委常委、常务副县长房书言陪同调研。"
)


def test_extract_styles6_county_heads_hold_posts_at_the_sites_government() -> None:
    """县委副书记、县长某某: the bare 县委 is the county committee the page names
    in full, and 县长 (carried over the 、) is a post in the county's people's
    government, the page's own site, not in the party committee."""
    a = run_page(COUNTY_PAGE)
    got = posts(a)
    assert ("蒙慧远", "汀山县委", "副书记") in got
    assert ("蒙慧远", "汀山县人民政府", "县长") in got
    assert ("房书言", "汀山县人民政府", "常务副县长") in got
    assert not any(o == "汀山县委" and t.endswith("县长") for _, o, t in got)


@pytest.mark.parametrize(("text", "name"), [
    ("汀山县委书记高远到汀山县职业中等专业学校调研。", "高远"),
    ("汀山县职业中等专业学校校长何方，副校长蒙慧远出席。", "何方"),
    ("汀山县职业中等专业学校校长何方代表学校发言。", "何方"),
])
def test_extract_styles6_word_like_name_right_after_a_title(text: str, name: str) -> None:
    """何方, 高远 are words too; right after a title and before punctuation, a
    trigger or a preposition, they are the post holder's name."""
    assert name in names(run(text), "Person")


@pytest.mark.parametrize("text", ["汀山县职业中等专业学校校长表示，要抓好教学。", "学院院长高度重视此项工作。"])
def test_extract_styles6_verbs_after_a_title_stay_words(text: str) -> None:
    assert not names(run(text), "Person")


def test_extract_styles6_foreign_company_with_a_place_in_brackets() -> None:
    """某某（涢州）有限公司 with a place no dictionary knows (two characters
    ending in 州/县/区), and 中国区总经理: a post of that company for its region."""
    a = run("汀州精工机械有限公司董事长闻人岳，博格韦尔传动技术（汀州）有限公司中国区总经理Jonas Lindqvist出席。")
    assert "博格韦尔传动技术（汀州）有限公司" in names(a, "Organization")
    assert ("Jonas Lindqvist", "博格韦尔传动技术（汀州）有限公司", "总经理") in posts(a)


def test_extract_styles6_one_character_in_brackets_is_no_place() -> None:
    a = run("各县（区）教育局分管负责同志参加会议。")
    assert not any(n.startswith("（") for n in names(a, "Organization"))


def test_extract_styles6_bare_management_committee_before_a_post() -> None:
    """管委会主任某某 with the zone's 管理委员会 named in full: the post is there."""
    a = run("大会由汀州高新技术产业开发区管理委员会主办。高新区党工委副书记、管委会主任闻人岳，"
            "管委会副主任蒙慧远出席大会。")
    assert ("闻人岳", "汀州高新技术产业开发区管理委员会", "主任") in posts(a)
    assert ("蒙慧远", "汀州高新技术产业开发区管理委员会", "副主任") in posts(a)


def test_extract_styles6_quoted_figure_of_speech_is_no_community() -> None:
    a = run("要把联合体建成校企“命运共同体”，双方结成利益共同体。")
    assert not names(a, "Community")


@pytest.mark.parametrize("group", ["企业成员单位", "新加入成员单位", "会员单位"])
def test_extract_styles6_speaking_for_the_members_represents_no_unit(group: str) -> None:
    a = run(f"汀州精工机械有限公司董事长闻人岳代表{group}发言。")
    assert not rel(a, "represents")


def test_extract_styles6_speaking_for_the_company_still_represents_it() -> None:
    a = run("汀州精工机械有限公司董事长闻人岳代表公司致辞。")
    assert rel(a, "represents") == {("闻人岳", "汀州精工机械有限公司")}


ROSTER_PAGE = (
    "汀州市第二职业学校\n首页　学校概况　校园新闻\n当前位置：首页 >> 校园新闻\n\n"
    "我校举行2026届毕业典礼\n\n发布时间：2026-06-26\n\n"
    "6月25日上午，汀州市第二职业学校2026届毕业典礼在学校体育馆举行。\n\n"
    "出席典礼的嘉宾有：\n"
    "蒙慧远　汀州市教育局副局长\n"
    "房书言　汀州市教育局职业教育科科长\n"
    "闻人岳　　汀州精工机械有限公司总经理\n\n"
    "出席典礼的学校领导有：\n"
    "庞启越　党委书记\n"
    "方圆　　副校长\n\n"
    "典礼由副校长方圆主持。"
)


def test_extract_styles6_roster_lines_with_unit_and_post_glued() -> None:
    """姓名　单位职务 (two fields) and 姓名　职务 (the school's own leaders):
    each line's posts, and attendance under an 出席 heading."""
    a = run_page(ROSTER_PAGE)
    got = posts(a)
    assert ("蒙慧远", "汀州市教育局", "副局长") in got
    assert ("房书言", "汀州市教育局职业教育科", "科长") in got
    assert ("闻人岳", "汀州精工机械有限公司", "总经理") in got
    assert ("庞启越", "汀州市第二职业学校", "党委书记") in got
    assert ("方圆", "汀州市第二职业学校", "副校长") in got
    event = "汀州市第二职业学校2026届毕业典礼"
    assert {"蒙慧远", "房书言", "闻人岳", "庞启越", "方圆"} <= {s for s, o in rel(a, "attended") if o == event}


PAPER_PAGE = (
    "汀州日报\n2026年1月16日　星期五　农历乙巳年十一月廿八\n"
    "第05版：教育·科技　　　　本版责任编辑：乔映雪　　美术编辑：石嘉言\n\n"
    "汀州职院牵手芬兰北岸应用科学大学\n——我市高职院校首个中外合作办学项目今秋招生\n\n"
    "本报讯（记者 沈知秋 通讯员 孔令仪）1月14日，汀州职业技术学院（以下简称“汀州职院”）与芬兰北岸应用科学大学"
    "中外合作办学项目签约仪式在汀州职院举行。\n"
    "芬兰北岸应用科学大学副校长Aino Virtanen出席签约仪式。蒙慧远希望汀州职院用好优质资源。\n"
    "记者从该校国际交流合作处了解到，该处处长孔令仪介绍了课程安排。\n\n"
    "本版导读\n· 全市中小学寒假安全教育工作部署会召开\n· 汀州师范大学两项成果获奖\n"
)


def test_extract_styles6_newspaper_masthead_page_line_and_digest() -> None:
    """某某日报 over its date and 第05版 lines is the source, not the headline;
    本版责任编辑 is the editor; the 本版导读 list after the report is no body."""
    a = run_page(PAPER_PAGE)
    md = a.metadata
    assert md["title"] == "汀州职院牵手芬兰北岸应用科学大学"
    assert (md["source"], md["author"], md["editor"], md["published"]) == ("汀州日报", "沈知秋", "乔映雪", "2026-01-16")
    assert "汀州师范大学" not in names(a, "Organization")
    assert not any("部署会" in e for e in names(a, "Event"))


def test_extract_styles6_back_reference_after_a_declared_alias() -> None:
    """该校 after 汀州职院 (a declared alias) is that school, not the foreign
    university named before the alias; 该处 is the 处 just named."""
    a = run_page(PAPER_PAGE)
    assert ("国际交流合作处", "汀州职业技术学院") in rel(a, "subOrganizationOf")
    assert ("孔令仪", "国际交流合作处", "处长") in posts(a)


def test_extract_styles6_district_bodies_by_their_level() -> None:
    """区教育局, 区职业高中 after the full names (某某市某某区教育局, 某某区职业高级中学):
    the posts, the venue and the agreements go to the full names."""
    a = run("11月18日，岵川区2025年校企合作洽谈会在区职业高中举行。洽谈会由汀州市岵川区教育局主办，"
            "汀州市岵川区职业高级中学承办。区教育局局长蒙慧远，区职业高中校长庞启越、副校长房书言参加。"
            "洽谈会上，区职业高中与汀州精工机械有限公司签订了校企合作协议。")
    school = "汀州市岵川区职业高级中学"
    assert ("蒙慧远", "汀州市岵川区教育局", "局长") in posts(a)
    assert ("庞启越", school, "校长") in posts(a)
    assert ("房书言", school, "副校长") in posts(a)
    assert ("岵川区2025年校企合作洽谈会", school) in rel(a, "heldAt")
    assert {frozenset(p) for p in rel(a, "signedAgreement")} == {frozenset((school, "汀州精工机械有限公司"))}


def test_extract_styles6_our_college_is_not_a_guests_college_in_the_same_run() -> None:
    """我院院长 after a run of guests (某学院副院长某某，某大学某学院原院长某某，我院院长…):
    the guests' colleges in the same run are not 我院; the college named before is."""
    a = run("4月19日，学术研讨会在我院举行。本次研讨会由汀州工程大学职业技术教育学院主办。"
            "汀州交通职业技术学院副院长俞晓岑，岵川大学教育学院原院长房书言教授，我院院长蒙慧远教授、党委书记庞启越出席研讨会。")
    own = "汀州工程大学职业技术教育学院"
    assert ("蒙慧远", own, "院长") in posts(a)
    assert ("庞启越", own, "党委书记") in posts(a)
    assert ("俞晓岑", "汀州交通职业技术学院", "副院长") in posts(a)


def test_extract_styles6_school_enterprise_council_is_a_community() -> None:
    """某大学校企合作理事会 led by the school with 理事单位 is a multi-member body;
    a bare 理事会 in a run of posts is that body, not a company's board."""
    a = run("12月18日，汀州工业大学校企合作理事会2024年年会在我校召开。汀州精工机械股份有限公司董事长兼总裁、"
            "理事会副理事长闻人岳，我校校长、理事会理事长蒙慧远出席会议。报告显示，理事会由我校于2016年牵头成立，"
            "理事单位由79家增至86家。")
    council = "汀州工业大学校企合作理事会"
    assert council in names(a, "Community")
    assert not any(n.endswith("理事会") for n in names(a, "Organization"))
    assert ("闻人岳", council, "副理事长") in posts(a)
    assert ("蒙慧远", council, "理事长") in posts(a)
    assert ("汀州工业大学", council) in rel(a, "leadsCommunity")
    assert next(e for e in a.entities if e.name == council).attrs.get("member_count") == 86


def test_extract_styles6_second_batch_of_bodies_is_a_kind_not_a_name() -> None:
    """入选第二批国家级行业产教融合共同体名单: a batch of bodies, not the community."""
    a = run("汀州数控装备行业产教融合共同体成立大会在汀州工业大学举行。该共同体由汀州工业大学牵头组建，"
            "入选第二批国家级行业产教融合共同体名单。")
    assert names(a, "Community") == {"汀州数控装备行业产教融合共同体"}


def test_extract_styles6_former_unit_and_department_named_alone_in_a_run() -> None:
    """原某某大学副校长: the unit is named after 原 (the former post is kept, as
    原《某报》总编辑 is); 、合作发展处处长: a department whose name starts with a
    verb, alone in a run."""
    a = run("汀州省机械工程学会会长、原汀州工业大学副校长房书言教授，材料科学与工程学院院长、"
            "原合作发展处处长庞启越，合作发展处处长蒙慧远出席。")
    orgs = names(a, "Organization")
    assert {"汀州工业大学", "合作发展处"} <= orgs and not any(n.startswith("原") for n in orgs)
    got = posts(a)
    assert ("庞启越", "材料科学与工程学院", "院长") in got
    assert ("蒙慧远", "合作发展处", "处长") in got
    assert ("房书言", "汀州工业大学", "副校长") in got


def test_extract_styles6_surname_yu_after_a_title() -> None:
    """于 is a preposition and a common surname: after a title it begins a name."""
    a = run("汀州职业技术学院党委书记于海澄、院长庞启越出席。")
    assert ("于海澄", "汀州职业技术学院", "党委书记") in posts(a)
    assert not names(run("会议于上午九时召开。"), "Person")


def test_extract_styles6_event_named_after_an_alias_with_a_verb() -> None:
    """X（以下简称“集团”）换届大会暨…会议 in a library's lecture hall: the whole name
    without the declaration, held at the school (图书馆 is part of the room)."""
    a = run("11月7日，汀州智能制造职业教育集团（以下简称“集团”）换届大会暨第三届理事会第一次会议"
            "在汀州职业技术学院图书馆报告厅召开。汀州市教育局副局长蒙慧远出席会议。")
    event = "汀州智能制造职业教育集团换届大会暨第三届理事会第一次会议"
    assert names(a, "Event") == {event}
    assert rel(a, "heldAt") == {(event, "汀州职业技术学院")}
    assert "汀州职业技术学院图书馆" not in names(a, "Organization")


GROUP_TERM = (
    "11月7日，汀州智能制造职业教育集团换届大会召开。江澈当选理事长，房书言、庞启越、蒙慧远当选副理事长，"
    "闻人岳当选秘书长。\n第三届理事会组成单位如下——\n🔹理事长单位：汀州职业技术学院\n"
    "🔹副理事长单位：汀州精工机械有限公司、汀州技师学院\n"
)


def test_extract_styles6_several_names_elected_to_one_post() -> None:
    a = run(GROUP_TERM)
    group = "汀州智能制造职业教育集团"
    assert {(p, group, "副理事长") for p in ("房书言", "庞启越", "蒙慧远")} <= posts(a)
    assert ("闻人岳", group, "秘书长") in posts(a)


def test_extract_styles6_role_label_lines() -> None:
    """🔹理事长单位：A / 🔹副理事长单位：B、C: the label, then its units after the colon."""
    a = run(GROUP_TERM)
    group = "汀州智能制造职业教育集团"
    assert rel(a, "leadsCommunity") == {("汀州职业技术学院", group)}
    assert rel(a, "memberOf") == {("汀州精工机械有限公司", group), ("汀州技师学院", group)}


def test_extract_styles6_a_list_named_before_its_roles_is_no_label() -> None:
    """宣读了首批成员单位名单：A为理事长单位，B为副理事长单位: each its own role."""
    a = run("汀州新能源汽车产教融合共同体成立。会上宣读了首批成员单位名单：汀州职业技术学院为理事长单位，"
            "汀州技师学院为副理事长单位。")
    comm = "汀州新能源汽车产教融合共同体"
    assert rel(a, "leadsCommunity") == {("汀州职业技术学院", comm)}
    assert rel(a, "memberOf") == {("汀州技师学院", comm)}


BUREAU_PAGE = (
    "汀州省人力资源和社会保障厅\n首页　机构概况　政务公开\n您现在的位置：首页 > 工作动态\n\n"
    "全省技工院校校长培训班开班\n\n发布时间：2025-07-08 16:20\n\n"
    "7月7日上午，2025年全省技工院校校长培训班开班仪式在汀州技师学院举行。厅二级巡视员孟庆垚主持开班仪式。"
    "厅职业能力建设处处长汤立峥、副处长卫思彤出席开班仪式。汀州技师学院院长鲁一鸣介绍了学院在"
    "一体化课程教学改革和世界技能大赛集训基地建设方面的经验，以及学生技能竞赛获奖情况。"
)


def test_extract_styles6_bureaus_own_department_after_its_one_character_name() -> None:
    """厅职业能力建设处 on the 厅's own page: the 处 is the bureau's."""
    a = run_page(BUREAU_PAGE)
    assert ("汤立峥", "职业能力建设处", "处长") in posts(a)
    assert ("职业能力建设处", "汀州省人力资源和社会保障厅") in rel(a, "subOrganizationOf")
    assert "厅职业能力建设处" not in names(a, "Organization")


def test_extract_styles6_event_words_that_qualify_something_else() -> None:
    """技能大赛集训基地, 技能竞赛获奖情况: no occasion is named there."""
    events = names(run_page(BUREAU_PAGE), "Event")
    assert not any("大赛" in e or e.endswith("竞赛") for e in events)


NOTICE = (
    "经2025年4月3日学校党委常委会会议研究决定：\n"
    "任命彭晓澄为合作发展处处长（试用期一年）；\n"
    "任命段启越为校长办公室副主任（试用期一年）。\n"
    "经学校党委研究，选派材料科学与工程学院副院长苏昀到汀州经济技术开发区管理委员会挂职，任副主任，挂职期限一年。"
)


def test_extract_styles6_appointment_notice_units_and_posts() -> None:
    """为合作发展处处长 (a department whose name starts with a verb), 校长办公室副主任
    (校长 is part of the office's name, no post), 选派 before a unit (a verb),
    任副主任 (no name)."""
    a = run(NOTICE)
    got = posts(a)
    assert ("彭晓澄", "合作发展处", "处长") in got
    assert ("段启越", "校长办公室", "副主任") in got
    assert not any(t == "校长" for _, _, t in got)
    assert ("苏昀", "材料科学与工程学院", "副院长") in got
    assert names(a, "Person") == {"彭晓澄", "段启越", "苏昀"}


def test_extract_styles6_generic_part_after_a_level_short_name() -> None:
    """区政府办公室副主任 with 某市某区人民政府 named: the office is named in full."""
    a = run("副区长田园，区政府办公室副主任尚子墨陪同调研。会议议定：由汀州市岵南区人民政府牵头推进新校区建设。")
    assert ("尚子墨", "汀州市岵南区人民政府办公室", "副主任") in posts(a)
    assert "办公室" not in names(a, "Organization")


@pytest.mark.parametrize("text", [
    "一、开幕式暨大会主旨报告\n22日上午，汀州省机械工程学会2025年学术年会开幕式在汀州工业大学举行。",
    "23日，年会分设三个分论坛，与会代表围绕各自方向展开研讨。",
])
def test_extract_styles6_headings_and_counts_name_no_event(text: str) -> None:
    events = names(run(text), "Event")
    assert not any(e.startswith("一、") or "分设" in e for e in events)


ALUMNI_PAGE = (
    "汀州职业技术学院智能制造学院\n首页　学院概况　校友之窗\n当前位置：首页 > 学院新闻\n\n"
    "智能制造学院举办首届校友发展论坛\n\n发布时间：2025-04-28\n\n"
    "4月26日，汀州职业技术学院智能制造学院首届校友发展论坛在学院报告厅举行。论坛由智能制造学院主办，"
    "汀州职业技术学院校友会承办。校友代表方正、龚晓澜作主题分享。\n\n"
    "嘉宾名单：\n姓名　单位　职务\n"
    "龚晓澜　汀州精工机械有限公司　质量部部长\n"
    "钱沐阳　汀州职业技术学院招生就业处　处长\n"
)


def test_extract_styles6_alumni_association_and_a_part_named_with_the_post() -> None:
    """某学院校友会 is a unit of the school; 某公司　质量部部长 on a roster line is a
    post in the company's 质量部; 作主题分享 is speaking."""
    a = run_page(ALUMNI_PAGE)
    forum = "汀州职业技术学院智能制造学院首届校友发展论坛"
    assert ("汀州职业技术学院校友会", "汀州职业技术学院") in rel(a, "subOrganizationOf")
    assert (forum, "汀州职业技术学院校友会") in rel(a, "organizedBy")
    assert ("龚晓澜", "质量部", "部长") in posts(a)
    assert ("质量部", "汀州精工机械有限公司") in rel(a, "subOrganizationOf")
    assert {("方正", forum), ("龚晓澜", forum)} <= rel(a, "spokeAt")


def test_extract_styles6_names_each_representing_a_unit_in_turn() -> None:
    """甲、乙、丙分别代表A、B、C: pairs in order; 某某在致辞中代表学校: the school."""
    a = run("汀州工业大学校长龚文博、汀州职业技术学院院长周卓然、汀山县职业中等专业学校校长何方出席。"
            "龚文博、周卓然、何方分别代表汀州工业大学、汀州职业技术学院、汀山县职业中等专业学校作交流发言。"
            "周卓然在致辞中代表学院向来宾表示欢迎。")
    assert rel(a, "represents") == {("龚文博", "汀州工业大学"), ("周卓然", "汀州职业技术学院"),
                                    ("何方", "汀山县职业中等专业学校")}
    b = run("汀州工业大学校长龚文博、汀州职业技术学院院长周卓然出席。龚文博、周卓然分别代表汀州工业大学签约。")
    assert not rel(b, "represents")


def test_extract_styles6_group_company_by_its_bare_word() -> None:
    """集团党委书记、董事长某某 with no 职教集团 named: the company group; 集团人力资源部
    and 公司人力资源部: the company's department."""
    a = run("汀州精工建设集团有限公司与汀州职业技术学院共建产业学院。集团党委书记、董事长曾国栋，"
            "集团人力资源部部长韦诗澄出席。")
    group = "汀州精工建设集团有限公司"
    assert {("曾国栋", group, "党委书记"), ("曾国栋", group, "董事长"), ("韦诗澄", "人力资源部", "部长")} <= posts(a)
    assert ("人力资源部", group) in rel(a, "subOrganizationOf")


def test_extract_styles6_vocational_group_keeps_its_bare_word() -> None:
    """In a report on a 职教集团, 集团 is that community, and 集团秘书处 no company part."""
    a = run("汀州智能制造职业教育集团年会召开。集团理事长庞启越作工作报告，集团秘书处负责会务。")
    assert ("庞启越", "汀州智能制造职业教育集团", "理事长") in posts(a)


@pytest.mark.parametrize(("text", "name"), [
    ("汀州技师学院党委书记宋承泽、院长向前、副院长何静仪出席。", "向前"),
    ("汀州市人力资源和社会保障局党组书记、局长万里，副局长韦俊熙出席。", "万里"),
])
def test_extract_styles6_more_word_like_names_after_a_title(text: str, name: str) -> None:
    assert name in names(run(text), "Person")


def test_extract_styles6_numerals_after_a_title_are_no_name() -> None:
    assert "万一" not in names(run("汀州市教育局局长万一，副局长韦俊熙出席。"), "Person")


@pytest.mark.parametrize("field", ["智能建造", "装配式建筑施工", "轨道交通运维"])
def test_extract_styles6_field_verbs_inside_a_community_name(field: str) -> None:
    """建造, 施工, 运维 are verbs that name a field inside a body's name."""
    comm = f"汀州省{field}行业产教融合共同体"
    a = run(f"12月29日，{comm}2025年度工作会议在汀州交通职业技术学院召开。")
    assert comm in names(a, "Community")


def test_extract_styles6_follow_on_event_after_a_visit_takes_the_reports_date() -> None:
    """6月5日，某公司一行走访某学院（no event）…随后，双方召开座谈会: that day."""
    a = run("6月5日，汀州精工机械有限公司董事长闻人岳带队走访汀州技师学院。\n"
            "双方参观了实训中心。\n随后，双方在该校行政楼二楼会议室召开校企合作座谈会。", published="2026-06-08")
    ev = next(e for e in a.entities if e.type == "Event")
    assert ev.name == "校企合作座谈会" and ev.attrs.get("date") == "2026-06-05"


def test_extract_styles6_library_building_of_the_venue_is_no_unit() -> None:
    """在某学院图书馆一楼报告厅举行: held at the school; but 前往某大学图书馆一层大厅参观
    names the library (a unit of the university)."""
    a = run("9月12日，汀州职业技术学院精工智能建造产业学院揭牌仪式在汀州职业技术学院图书馆一楼报告厅举行。"
            "学院将在师资、场地、招生等方面全力保障产业学院建设。")
    assert rel(a, "heldAt") == {("汀州职业技术学院精工智能建造产业学院揭牌仪式", "汀州职业技术学院")}
    assert names(a, "Organization") == {"汀州职业技术学院", "汀州职业技术学院精工智能建造产业学院"}
    b = run("随后，与会嘉宾前往汀州大学图书馆一层大厅参观成果展。")
    assert "汀州大学图书馆" in names(b, "Organization")


def test_extract_styles6_selection_contest_head_word() -> None:
    a = run("今年7月，由汀州省人力资源和社会保障厅主办、汀州技师学院承办的第48届世界技能大赛汀州省选拔赛在汀州技师学院举行。")
    event = "第48届世界技能大赛汀州省选拔赛"
    assert names(a, "Event") == {event}
    assert rel(a, "organizedBy") == {(event, "汀州省人力资源和社会保障厅"), (event, "汀州技师学院")}


def test_extract_styles6_walking_the_fair_is_attending() -> None:
    """局长某某…等到招聘会现场巡馆; 某某在现场与企业达成意向: present at the fair."""
    a = run("3月7日上午，2026年汀州市技能人才专场招聘会在汀州技师学院体育馆举行。\n"
            "市人社局局长蒙慧远，汀州技师学院院长雷振邦等到招聘会现场巡馆。\n"
            "汀州技师学院应届毕业生吕梓航在现场与两家企业达成了初步意向。")
    fair = "2026年汀州市技能人才专场招聘会"
    assert {("蒙慧远", fair), ("雷振邦", fair), ("吕梓航", fair)} <= rel(a, "attended")


def test_extract_styles6_unit_written_after_a_declared_alias() -> None:
    """（以下简称“鹔羽智能”）… 鹔羽智能人力资源部经理: the company's 人力资源部."""
    a = run("4月18日，汀州鹔羽智能装备有限公司（以下简称“鹔羽智能”）校企合作开放日活动在公司总部举行。\n"
            "主持人：江晚舟（鹔羽智能人力资源部经理）")
    assert ("江晚舟", "人力资源部", "经理") in posts(a)
    assert ("人力资源部", "汀州鹔羽智能装备有限公司") in rel(a, "subOrganizationOf")


def test_extract_styles6_group_short_name_without_its_industry_word() -> None:
    """焓光集团 for 某地焓光能源集团有限公司; 焓光集团愿与某学院: the adverb ends the name."""
    a = run("6月5日，汀州焓光能源集团有限公司（以下简称“焓光集团”）董事长马骁腾带队走访汀州技师学院。"
            "马骁腾表示，焓光集团愿与汀州技师学院在订单培养方面深化合作。谭翀说，焓光集团今年将拿出120个岗位。")
    assert names(a, "Organization") == {"汀州焓光能源集团有限公司", "汀州技师学院"}
    b = run("汀州燊达智能装备集团有限公司总经理谭翀出席。谭翀表示，燊达集团已与两所院校开展订单培养。")
    assert "燊达集团" not in names(b, "Organization")


PAPER_CONTEST = (
    "11月19日，2026年汀州市“汀匠杯”职工职业技能竞赛颁奖典礼在汀州技师学院学术报告厅举行。"
    "本届竞赛由汀州市总工会主办，汀州技师学院承办。\n"
    "本届竞赛设6个工种。经过企业初赛、行业复赛，最终146名选手进入决赛。146名决赛选手中36人获表彰。"
)


def test_extract_styles6_occasion_named_only_inside_its_ceremony() -> None:
    """本届竞赛由…主办 after …竞赛颁奖典礼: the competition is an event of its own
    (named inside its ceremony's name), and the organisers are its."""
    a = run(PAPER_CONTEST, published="2026-11-20")
    contest = "2026年汀州市“汀匠杯”职工职业技能竞赛"
    assert names(a, "Event") == {contest, contest + "颁奖典礼"}
    assert {(contest, "汀州市总工会"), (contest, "汀州技师学院")} <= rel(a, "organizedBy")


def test_extract_styles6_talks_still_to_come_are_not_given() -> None:
    """培训期间，甲、乙还将分别围绕…授课: the talks are announced, not given at the opening."""
    a = run("7月7日上午，2025年全省技工院校校长培训班开班仪式在汀州技师学院举行。汀州技师学院院长鲁一鸣致欢迎辞。"
            "培训期间，汀州工业大学教授晏书珩、汀州省职业技能鉴定指导中心主任杭启明还将分别围绕发展战略和等级认定等内容授课。")
    assert {s for s, _ in rel(a, "spokeAt")} == {"鲁一鸣"}
    assert not {"晏书珩", "杭启明"} & {s for s, _ in rel(a, "attended")}


WECHAT_HEADER = (
    "技耀汀州 匠心筑梦｜汀州市第十届中职学校技能大赛圆满闭幕\n\n"
    "原创　汀州教育　汀州市教育局\n2025年12月08日 18:06　汀州\n\n"
    "🏆 12月5日下午，汀州市第十届中等职业学校技能大赛闭幕式在汀州市机电工程学校体育馆举行。"
)


def test_extract_styles6_wechat_account_header_on_its_own_line() -> None:
    """原创　作者　公众号 on a line of its own between the title and the date:
    the title stays the headline, the date is the publication date."""
    a = run_page(WECHAT_HEADER)
    assert a.metadata["title"] == "技耀汀州 匠心筑梦｜汀州市第十届中职学校技能大赛圆满闭幕"
    assert a.metadata["published"] == "2025-12-08"
    assert not any("第十届" in n for n in names(a, "Organization"))


def test_extract_styles6_mayor_after_the_party_secretary() -> None:
    """汀州市委书记甲、市长乙、副市长丙: the mayors are the city government's (named
    as a host), the secretary the committee's; 成员单位已由86家增加到142家 counts 142."""
    a = run("会议由汀州市人民政府承办。汀州市委书记田牧之、市长范承霖、副市长程思妤出席。"
            "汀州高新区智能制造市域产教联合体成员单位已由组建之初的86家增加到142家。")
    got = posts(a)
    assert ("田牧之", "汀州市委", "书记") in got
    assert {("范承霖", "汀州市人民政府", "市长"), ("程思妤", "汀州市人民政府", "副市长")} <= got
    comm = next(e for e in a.entities if e.type == "Community")
    assert comm.attrs.get("member_count") == 142


def test_extract_styles6_the_rest_have_the_role_too() -> None:
    """其中A为常务副理事长单位，其余为B、C和D: all members; …年会暨三届三次理事会 is an occasion."""
    a = run("汀州装备制造职业教育集团2025年年会暨三届三次理事会在汀州职业技术学院召开。"
            "至此，集团副理事长单位增至4家，其中汀州精工机械有限公司为常务副理事长单位，"
            "其余为汀州技师学院、汀州市装备制造业协会和汀州交通职业技术学院。")
    group = "汀州装备制造职业教育集团"
    assert {o for o, c in rel(a, "memberOf") if c == group} == {
        "汀州精工机械有限公司", "汀州技师学院", "汀州市装备制造业协会", "汀州交通职业技术学院"}
    assert not any("理事会" in n for n in names(a, "Organization"))


@pytest.mark.parametrize(("text", "name"), [
    ("来自汀州市职业教育中心的夏朗获得工业机器人赛项一等奖。", "夏朗"),
    ("随后，蒙慧远为邵远航等4位工作室领办人授牌。", "邵远航"),
])
def test_extract_styles6_names_from_a_unit_and_before_a_count(text: str, name: str) -> None:
    """来自某单位的某某; 某某等4位…: names with no title."""
    a = run("汀州市职业教育中心举行活动。" + text)
    assert name in names(a, "Person")


@pytest.mark.parametrize("text", ["学员毕业后经考核可直接入职公司。", "来自各地的学生参加活动。", "炅辰智能是一家民营上市公司。"])
def test_extract_styles6_role_words_and_kinds_name_nobody(text: str) -> None:
    a = run(text)
    assert not names(a, "Person") and "民营上市公司" not in names(a, "Organization")


def test_extract_styles6_posts_of_an_industry_colleges_board() -> None:
    """《某产业学院理事会章程》…甲、乙任理事长: posts of the 产业学院, and its 理事会
    is no unit of its own; 汇报产业学院建设方案: 汇报 is a verb, not a name."""
    a = run("4月18日，汀州职业技术学院精工新能源产业学院理事会成立大会召开。产业学院院长陆喆汇报产业学院建设方案。"
            "大会审议通过了《汀州职业技术学院精工新能源产业学院理事会章程》。根据章程，林彦博、沈砚舟任理事长，"
            "熊启航、陆喆任副理事长。")
    college = "汀州职业技术学院精工新能源产业学院"
    assert {(p, college, "理事长") for p in ("林彦博", "沈砚舟")} <= posts(a)
    assert {(p, college, "副理事长") for p in ("熊启航", "陆喆")} <= posts(a)
    assert not any(n.endswith("理事会") or n.startswith("汇报") for n in names(a, "Organization"))


def test_extract_styles6_japanese_names_in_kanji() -> None:
    a = run("英国北岸大学国际项目主任藤原直树、教授渡边圭介出席仪式并致辞。")
    assert {"藤原直树", "渡边圭介"} <= names(a, "Person")


VISIT = (
    "3月11日，区长姜以宁带队调研全区职业教育工作，先后走访汀湖区职业教育中心和汀州技师学院。"
    "汀州市汀湖区教育局局长石砚耕陪同调研。\n"
    "在汀州技师学院，院长鲍承志介绍了学院高技能人才培养情况。\n"
    "调研结束后，姜以宁在区政府三楼会议室主持召开全区职业教育高质量发展专题会议。"
    "区教育局局长石砚耕汇报了全区职业教育发展情况。"
)


def test_extract_styles6_visit_then_meeting() -> None:
    """在某学院，院长某某: that school's head; 调研结束后…召开…会议: the visit's day;
    某某汇报了…: speaking at the meeting."""
    a = run(VISIT, published="2026-03-12")
    meeting = "全区职业教育高质量发展专题会议"
    assert ("鲍承志", "汀州技师学院", "院长") in posts(a)
    assert next(e for e in a.entities if e.name == meeting).attrs.get("date") == "2026-03-11"
    assert ("石砚耕", meeting) in rel(a, "spokeAt")


def test_extract_styles6_video_meeting_main_venue_and_dated_name() -> None:
    """主会场设在某学院: held there; a full day before an occasion's name is no part of it."""
    a = run("6月19日下午，全省产教融合工作推进会以视频会议形式召开。会议由汀州省教育厅主办，主会场设在汀州职业技术学院。"
            "汀州数字科技集团有限公司董事长邱振宇从企业角度谈了参与职业教育的体会。")
    meeting = "全省产教融合工作推进会"
    assert (meeting, "汀州职业技术学院") in rel(a, "heldAt")
    assert ("邱振宇", meeting) in rel(a, "spokeAt")
    b = run("2025年7月8日全市职业教育工作推进会在汀州职业技术学院召开。")
    assert names(b, "Event") == {"全市职业教育工作推进会"}


def test_extract_styles6_bare_college_is_the_whole_college_not_its_department() -> None:
    """学院党委书记某某 after 某职业技术学院 and its 食品工程学院 were named: the whole
    college (a department is always named in full)."""
    a = run("3月18日，汀州精工食品股份有限公司董事长郁承平一行到汀州职业技术学院参访交流。"
            "在食品检测实训中心，食品工程学院院长龙泉介绍了实训项目设置情况。"
            "随后，校企合作座谈会在学院行政楼三楼会议室举行。学院党委书记夏正扬，院长韩立川参加座谈。")
    got = posts(a)
    assert {("夏正扬", "汀州职业技术学院", "党委书记"), ("韩立川", "汀州职业技术学院", "院长")} <= got
    assert ("龙泉", "食品工程学院", "院长") in got
    assert ("校企合作座谈会", "汀州职业技术学院") in rel(a, "heldAt")


SITE_SPACE = (
    "汀州职业技术学院　新闻网\n首页　学院概况　学院新闻\n当前位置：首页 > 学院新闻\n\n"
    "我院召开教学工作会议\n\n发布时间：2025-09-05\n\n"
    "9月4日下午，我院教学工作会议在学院图书馆一楼报告厅召开。学院党委书记何晋川，党委副书记、院长欧阳以宁出席会议。"
    "交流发言环节，智能制造学院院长钟昇先后发言。"
)


def test_extract_styles6_site_name_with_a_space_before_its_site_word() -> None:
    a = run_page(SITE_SPACE)
    assert {("何晋川", "汀州职业技术学院", "党委书记"), ("欧阳以宁", "汀州职业技术学院", "院长")} <= posts(a)


def test_extract_styles6_government_portal_site_word() -> None:
    """某市人民政府门户网站: the site is the city government; 市长某某, 市政府秘书长 are its."""
    a = run_page("汀州市人民政府门户网站\n首页 | 政务公开 | 政务服务\n当前位置：首页 > 政务动态\n\n"
                 "梁启川调研职业教育工作\n\n发布时间：2025-03-13 09:26　来源：市政府办公室\n\n"
                 "3月12日上午，市长梁启川到汀州技师学院调研。副市长孔映雪，市政府秘书长蒋立峥参加调研。")
    gov = "汀州市人民政府"
    assert {("梁启川", gov, "市长"), ("孔映雪", gov, "副市长"), ("蒋立峥", gov, "秘书长")} <= posts(a)


def test_extract_styles6_site_named_in_full_in_its_footer() -> None:
    """A district bureau's site titled by its short name, its footer 主办单位：the full
    name: the site is the full name, and 区人力资源和社会保障局 its posts' unit."""
    page = ("汀湖区人力资源和社会保障局\n首页 | 工作动态 | 政务公开\n当前位置：首页 > 工作动态\n\n"
            "全区职业技能等级认定工作推进会召开\n\n发布时间：2024-10-18\n\n"
            "10月17日，全区职业技能等级认定工作推进会召开。会议由区人力资源和社会保障局主办。"
            "区人社局党组书记、局长方立衡出席会议。\n\n"
            "主办单位：汀州市汀湖区人力资源和社会保障局　　地址：汀州市汀湖区政务中心")
    a = run_page(page)
    full = "汀州市汀湖区人力资源和社会保障局"
    assert a.metadata["site"] == full
    assert ("方立衡", full, "局长") in posts(a)


def test_extract_styles6_units_beginning_with_a_role_word() -> None:
    """校友工作办公室, 学生工作处: a role word (校友, 学生) and 工作 begin the unit's name."""
    a = run("我校党委书记钱承岳，校友工作办公室主任、教育发展基金会秘书长蔡一苇，学生工作处处长王大海出席。学生刘晓岚发言。")
    assert {("蔡一苇", "校友工作办公室", "主任"), ("王大海", "学生工作处", "处长")} <= posts(a)
    assert "刘晓岚" in names(a, "Person")


def test_extract_styles6_second_occasion_of_the_day() -> None:
    """当天下午，某捐赠仪式在某楼报告厅举行: the afternoon's sentences are about it,
    not about the morning's 座谈会."""
    a = run("5月17日上午，汀州科技大学2025年校友企业家座谈会在我校行政楼第一会议室举行。校长冯嘉澍致辞。"
            "机械工程学院院长吕慎之，计算机学院院长郑可馨出席座谈会。\n"
            "当天下午，校友企业捐赠仪式在我校图书馆报告厅举行，仪式由蔡一苇主持。副校长亓鸣远介绍了基金会的运行情况。"
            "吕慎之、郑可馨等学院负责人及师生代表100余人参加捐赠仪式。", published="2025-05-18")
    cer = "校友企业捐赠仪式"
    assert {("蔡一苇", cer), ("亓鸣远", cer), ("吕慎之", cer), ("郑可馨", cer)} <= rel(a, "attended")
    assert ("亓鸣远", cer) in rel(a, "spokeAt")
    assert ("蔡一苇", cer) in rel(a, "chaired")


def test_extract_styles6_dotted_name_after_its_unit_and_new_members() -> None:
    """某大学工业工程系卢卡·马尔蒂尼教授: the name after the unit; X、Y等8家单位成为集团新成员:
    members; 公司人力资源中心总监: the company's centre."""
    a = run("意大利维拉诺理工大学工业工程系卢卡·马尔蒂尼教授出席开营仪式。")
    assert "卢卡·马尔蒂尼" in names(a, "Person")
    b = run("汀州精工食品集团有限公司总裁邵北辰，公司人力资源中心总监上官瑄出席汀州现代食品产业职业教育集团年会。"
            "本次年会审议通过了议案，汀州鲜禾乳业有限公司、汀山县职业中等专业学校等8家单位成为集团新成员。")
    group = "汀州现代食品产业职业教育集团"
    assert {("汀州鲜禾乳业有限公司", group), ("汀山县职业中等专业学校", group)} <= rel(b, "memberOf")
    assert ("上官瑄", "人力资源中心", "总监") in posts(b)


def test_extract_styles6_public_notice_units() -> None:
    """某省教育评估院副院长 (评估院 ends a body's name); 厅机关纪委或厅人事处: two units
    joined by 或, the second the bureau's own."""
    a = run_page("汀州省教育厅\n首页　政务公开\n当前位置：首页 > 公示公告\n\n干部任前公示\n\n发布时间：2025-06-30\n\n"
                 "现任职务：汀州省教育评估院副院长\n拟任职务：汀州省教育评估院院长\n"
                 "如有问题，请向厅机关纪委或厅人事处反映。")
    assert {"汀州省教育评估院", "人事处"} <= names(a, "Organization")
    assert ("人事处", "汀州省教育厅") in rel(a, "subOrganizationOf")
    assert not any("或" in n for n in names(a, "Organization"))


def test_extract_styles6_job_fair_named_with_verbs_and_walked() -> None:
    """…毕业生就业双选会 (就业 inside the name), 巡场 (present), 应届毕业生 (no post)."""
    a = run("5月16日，由汀州市人力资源和社会保障局主办、汀州技师学院承办的“技能成才·就业启航”2025届技工院校毕业生就业双选会"
            "在汀州技师学院体育馆举行。市人社局局长邓立川在汀州技师学院院长袁承泽的陪同下巡场。"
            "汀州技师学院应届毕业生钱沐川说，收获很大。", published="2025-05-17")
    fair = "“技能成才·就业启航”2025届技工院校毕业生就业双选会"
    assert fair in names(a, "Event")
    assert {("邓立川", fair), ("袁承泽", fair)} <= rel(a, "attended")
    assert not any(t == "应届毕业生" for _, _, t in posts(a))


COMPANY_POST = (
    "校企携手话合作｜汀州职业技术学院参访团来公司交流\n"
    "原创 琭源数控 汀州琭源数控科技有限公司 2025年03月20日 17:42 汀州\n\n"
    "3月18日，汀州职业技术学院副院长施云舟率参访团一行10人来公司参观交流，公司副总经理凌子航全程陪同。"
    "随后，校企合作座谈会在公司二楼会议室召开。合作单位：汀州市第二人民医院。"
)


def test_extract_styles6_company_account_post() -> None:
    """On a company's account, 公司 is that company; 率参访团一行10人来公司 names no
    unit; 第二人民医院 keeps its number."""
    a = run_page(COMPANY_POST)
    company = "汀州琭源数控科技有限公司"
    assert ("凌子航", company, "副总经理") in posts(a)
    assert ("校企合作座谈会", company) in rel(a, "heldAt")
    assert names(a, "Organization") == {company, "汀州职业技术学院", "汀州市第二人民医院"}


def test_extract_styles6_part_after_a_level_short_name_with_no_full_name() -> None:
    """省商务厅现代物流发展处副处长 with no full name of the 厅 in the text: the part is
    named without the front and linked to 省商务厅 as written."""
    a = run("省商务厅现代物流发展处副处长左立恒出席会议。")
    assert ("左立恒", "现代物流发展处", "副处长") in posts(a)
    assert ("现代物流发展处", "省商务厅") in rel(a, "subOrganizationOf")


def test_extract_styles6_company_institute_after_its_alias() -> None:
    """栒川汽车动力电池研究院 after （以下简称“栒川汽车”）: the company's institute; the
    full name that begins with the alias (汇澄智能装备股份有限公司) stays whole."""
    a = run("汀州栒川新能源汽车有限公司（以下简称“栒川汽车”）与汀州理工大学共建行业学院。"
            "栒川汽车动力电池研究院院长侯景川出席。栒川汽车合作伙伴瑞典诺德林动力系统有限公司代表出席。")
    assert ("侯景川", "动力电池研究院", "院长") in posts(a)
    assert ("动力电池研究院", "汀州栒川新能源汽车有限公司") in rel(a, "subOrganizationOf")
    assert "瑞典诺德林动力系统有限公司" in names(a, "Organization")
    b = run("汇澄智能装备股份有限公司（以下简称“汇澄智能”）董事长禚永泰出席。汇澄智能装备股份有限公司副总裁晁思源致辞。")
    assert ("晁思源", "汇澄智能装备股份有限公司", "副总裁") in posts(b)


def test_extract_styles6_parent_quoted_by_name() -> None:
    a = run("“孩子在这里能学到真本事。”陪女儿前来参加活动的家长岑晓梅说。")
    assert "岑晓梅" in names(a, "Person") and not posts(a)


def test_extract_styles6_this_lecture_after_an_afternoon_meeting() -> None:
    """本期讲座由…联合主办 at the end, after the afternoon's 座谈会: the lecture's organisers."""
    a = run("10月15日上午，“致知讲堂”2024年第9期学术讲座在我院报告厅举行。讲座由我院院长卞文渊主持。\n"
            "当天下午，中荷职业教育合作交流座谈会在学院会议室召开。\n"
            "本期讲座由汀州师范大学职业技术教育学院与汀州师范大学国际合作与交流处联合主办。", published="2024-10-17")
    lecture = "“致知讲堂”2024年第9期学术讲座"
    assert {"汀州师范大学职业技术教育学院", "汀州师范大学国际合作与交流处"} <= {o for e, o in rel(a, "organizedBy") if e == lecture}
    assert not any(e.startswith("中荷") for e, _ in rel(a, "organizedBy"))


def test_extract_styles6_subsidiaries() -> None:
    """某集团（以下简称“暻华集团”）…暻华集团全资子公司某公司; 集团所属某公司: parts of the group."""
    a = run("汀州暻华智能装备集团有限公司（以下简称“暻华集团”）与汀州市人民政府签约。"
            "暻华集团全资子公司汀州暻华精密制造有限公司总经理王大海出席。集团所属汀州焓光热电有限公司经理李思远出席。")
    group = "汀州暻华智能装备集团有限公司"
    assert {("汀州暻华精密制造有限公司", group), ("汀州焓光热电有限公司", group)} <= rel(a, "subOrganizationOf")
    assert ("王大海", "汀州暻华精密制造有限公司", "总经理") in posts(a)
    assert not any("全资子公司" in n for n in names(a, "Organization"))


@pytest.mark.parametrize("text", ["学校将全力建设高水平理工大学。", "企业将在汀州布局更多实训基地。"])
def test_extract_styles6_aims_name_no_unit(text: str) -> None:
    assert not names(run(text), "Organization")


def test_extract_styles6_speakers_in_turn_and_meeting_after_inspection() -> None:
    """甲院长某，乙院长某，丙院长某先后发言: each speaks; 督导结束后…召开…座谈会: that day."""
    a = run("9月4日下午，2025—2026学年第一学期教学工作会议在学院报告厅召开。交流发言环节，智能制造学院院长钟昇，"
            "汽车工程学院院长郝晴川，财经商贸学院院长潘亦诺先后发言。", published="2025-09-05")
    meeting = next(e.name for e in a.entities if e.type == "Event")
    assert {("钟昇", meeting), ("郝晴川", meeting), ("潘亦诺", meeting)} <= rel(a, "spokeAt")
    b = run("9月1日，副区长文明带队督导三所学校开学工作。\n督导结束后，文明在区教育局三楼会议室主持召开秋季开学工作座谈会。",
            published="2026-09-02")
    assert next(e for e in b.entities if e.type == "Event").attrs.get("date") == "2026-09-01"


def test_extract_styles6_kind_of_events_after_and() -> None:
    """做好期初教学检查和省级教学能力比赛准备: 省级…比赛 is a kind of competitions."""
    a = run("副院长笪文韬部署了期初教学检查和省级教学能力比赛准备工作。")
    assert not names(a, "Event")


TABLE = (
    "一、技能大师工作室（3个）\n"
    "序号｜工作室名称｜领办人｜工作单位及职务｜职业（工种）及等级\n"
    "1｜钟建勋技能大师工作室｜钟建勋｜汀州杧源智能装备股份有限公司工艺部部长｜装配钳工　高级技师\n"
    "2｜江帆技能大师工作室｜江帆｜汀州槚华食品集团有限公司质量总监｜西式面点师　高级技师\n"
    "3｜亓永康技能大师工作室｜亓永康｜汀州柲达交通投资集团有限公司养护工程分公司副经理｜公路养护工　高级技师\n\n"
    "二、高技能人才培训基地（2个）\n"
    "序号｜依托单位｜基地负责人\n"
    "1｜汀州交通职业技术学院｜萧景行（副院长）\n"
    "2｜汀州柲达交通投资集团有限公司｜雷鸿达（党委书记、董事长）\n"
)


def test_extract_styles6_tables_with_person_and_post_columns() -> None:
    """序号｜…｜领办人｜工作单位及职务: each row's person and post; 依托单位｜基地负责人
    with 某某（副院长）: the post in brackets at the unit of the row."""
    a = run(TABLE)
    got = posts(a)
    assert ("钟建勋", "工艺部", "部长") in got or ("钟建勋", "汀州杧源智能装备股份有限公司工艺部", "部长") in got
    assert ("江帆", "汀州槚华食品集团有限公司", "质量总监") in got
    assert ("亓永康", "汀州柲达交通投资集团有限公司养护工程分公司", "副经理") in got
    assert ("萧景行", "汀州交通职业技术学院", "副院长") in got
    assert {("雷鸿达", "汀州柲达交通投资集团有限公司", "党委书记"), ("雷鸿达", "汀州柲达交通投资集团有限公司", "董事长")} <= got


def test_extract_styles6_author_field_with_role_words() -> None:
    """作者：本报记者 某某 通讯员 某某: the author is the first reporter's name alone."""
    a = run_page("渏江交通运输行业产教融合共同体成立\n2025-05-22 08:47　作者：本报记者 魏小川 通讯员 尹嘉恬　来源：中国教育报\n\n"
                 "5月20日，共同体成立大会在汀州交通职业技术学院举行。")
    assert a.metadata["author"] == "魏小川"


def test_extract_styles6_title_with_its_abbreviation_before_a_latin_name() -> None:
    a = run("汀州棤川新能源科技有限公司总经理欧阳静姝、首席技术官（CTO）Elias Marchetti出席。")
    assert ("Elias Marchetti", "汀州棤川新能源科技有限公司", "首席技术官") in posts(a)
    assert not any(t == "CTO" for _, _, t in posts(a))


def test_extract_styles6_typical_speeches_in_turn() -> None:
    a = run("3月6日，2025年全市职业教育工作会议在汀州市教育局召开。汀州职业技术学院院长何绍钧，"
            "汀州市机电工程学校校长彭立峰，汀山县职业中等专业学校校长曹文杰先后作典型发言。", published="2025-03-07")
    meeting = "2025年全市职业教育工作会议"
    assert {("何绍钧", meeting), ("彭立峰", meeting), ("曹文杰", meeting)} <= rel(a, "spokeAt")


def test_extract_styles6_a_table_ends_at_its_last_row() -> None:
    """Lines with ｜ after the table (a footer) are no rows of it."""
    a = run("序号｜姓名｜工作单位及职务\n1｜钟建勋｜汀州杧源智能装备股份有限公司工艺部部长\n\n"
            "会议由汀州市教育局主办。\n主办｜汀州市人民政府办公室｜技术支持\n")
    assert names(a, "Person") == {"钟建勋"}


def test_extract_styles6_long_role_before_a_member_name() -> None:
    """集团常务副理事长单位某公司: the role, then the company (a member)."""
    a = run("汀州智能制造职业教育集团2025年年会在集团常务副理事长单位汀州棤川新能源科技有限公司召开。")
    assert names(a, "Organization") == {"汀州棤川新能源科技有限公司"}
    assert ("汀州棤川新能源科技有限公司", "汀州智能制造职业教育集团") in rel(a, "memberOf")


def test_extract_styles6_two_occasions_in_a_headline_and_after_the_first() -> None:
    """我院举办…座谈会及“某奖学金”捐赠仪式: two occasions; 座谈会结束后，某仪式在…举行: the
    sentences after it are about the ceremony; 我院2024年… starts after 我院."""
    a = run("我院举办2024年校友返校座谈会及“璒峰奖学金”捐赠仪式\n"
            "5月18日上午，我院2024年校友返校座谈会在学院报告厅举行。院长常胜致辞。\n"
            "座谈会结束后，“璒峰奖学金”捐赠仪式在学院图书馆一楼报告厅举行。学院党委书记郭砚秋出席仪式并讲话。",
            published="2024-05-20")
    assert names(a, "Event") == {"2024年校友返校座谈会", "“璒峰奖学金”捐赠仪式"}
    assert ("郭砚秋", "“璒峰奖学金”捐赠仪式") in rel(a, "spokeAt")
    assert ("郭砚秋", "2024年校友返校座谈会") not in rel(a, "attended")

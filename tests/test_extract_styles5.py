"""Error classes of session 3: words of a field inside names, what is held
named by its description, occasions of several days, a page's own site,
own-school titles, programme lines and page furniture.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

import pytest

from zhkg.ingest.html import read_article_html
from zhkg.ingest.text import read_article_text

from .extract_helpers import names, posts, rel, run, run_page


@pytest.mark.parametrize(
    "event",
    ["2026年全市职业教育与继续教育工作会议", "全区教师能力提升培训班", "汀州市企业技能人才自主评价工作推进会"],
)
def test_extract_styles5_field_words_inside_event_names(event: str) -> None:
    """继续教育, 能力提升, 自主评价: words jieba reads as verbs sit inside the name."""
    a = run(f"4月9日，{event}在汀州职业技术学院召开。汀州市教育局副局长蒙慧远出席并讲话。")
    assert event in names(a, "Event")
    assert (event, "汀州职业技术学院") in rel(a, "heldAt")
    assert ("蒙慧远", event) in rel(a, "spokeAt")


def test_extract_styles5_verb_inside_unit_name() -> None:
    a = run("会上，汀州市职业技能鉴定指导中心主任桑景明介绍了备案流程。")
    assert ("桑景明", "汀州市职业技能鉴定指导中心", "主任") in posts(a)


@pytest.mark.parametrize("where", ["在公司展厅举行", "于6月3日举行", "3日上午举办"])
def test_extract_styles5_what_is_held_is_named_by_its_description(where: str) -> None:
    """举行产教融合签约仪式: a short description before the head word names the
    occasion when it is what a date or a place holds."""
    a = run(f"6月3日，汀州精工机械有限公司{where}产教融合签约仪式。公司董事长闻人岳出席签约仪式并致辞。")
    assert "产教融合签约仪式" in names(a, "Event")
    assert ("闻人岳", "产教融合签约仪式") in rel(a, "attended")


def test_extract_styles5_bare_ceremony_after_held_stays_generic() -> None:
    a = run("6月3日，双方举行签约仪式。公司董事长闻人岳出席。")
    assert "签约仪式" not in names(a, "Event")


COMPETITION = (
    "2026年汀州市中职学校技能大赛落下帷幕\n"
    "5月11日上午，2026年汀州市中职学校技能大赛开幕式在汀州职业技术学院举行。汀州市教育局局长蒙慧远致辞。\n"
    "本届大赛由汀州市教育局主办，汀州职业技术学院承办，共设12个赛项。\n"
    "5月13日下午，大赛闭幕式在汀州市技工学校举行。汀州市教育局副局长房书言宣读获奖名单。"
)


def test_extract_styles5_occasion_of_several_days_is_its_own_event() -> None:
    """A competition whose opening and closing the body names on two days is an
    event of its own, and 本届大赛由…主办 is said of it, not of its opening."""
    a = run(COMPETITION, title="2026年汀州市中职学校技能大赛落下帷幕")
    whole, opening = "2026年汀州市中职学校技能大赛", "2026年汀州市中职学校技能大赛开幕式"
    assert {whole, opening, "大赛闭幕式"} <= names(a, "Event")
    assert (whole, "汀州市教育局") in rel(a, "organizedBy")
    assert (opening, "汀州市教育局") not in rel(a, "organizedBy")
    assert ("蒙慧远", opening) in rel(a, "spokeAt")
    assert ("房书言", "大赛闭幕式") in rel(a, "attended")


def test_extract_styles5_one_day_ceremony_under_headline_is_that_ceremony() -> None:
    """A headline occasion the body names only as the front of one ceremony
    stays that ceremony (no second event)."""
    a = run("汀州市启动2026年职业教育活动周\n5月8日，汀州市2026年职业教育活动周启动仪式在汀州广场举行。副市长房书言出席。",
            title="汀州市启动2026年职业教育活动周")
    assert names(a, "Event") == {"汀州市2026年职业教育活动周启动仪式"}


COLLEGE_PAGE = (
    "汀州大学材料科学与工程学院\n"
    "学院首页　学院概况　师资队伍　人才培养　学院新闻　党建工作\n"
    "当前位置：首页 > 学院新闻\n"
    "溱川工业大学化工学院代表团访问我院\n"
    "发布者：宁可欣　　发布时间：2026-04-02\n"
    "3月31日，溱川工业大学化工学院院长韦思远一行来我院访问。\n"
    "当天上午，座谈会在我院一楼会议室举行。座谈会由我院院长尉迟峻主持。\n"
    "下午，访问团参观了学校分析测试中心。"
)


def test_extract_styles5_our_college_is_the_site_not_the_guests() -> None:
    """我院 on a college's own site is that college (named over its nav bar),
    even right after a visiting college is named; 学校 is its university."""
    a = run_page(COLLEGE_PAGE)
    assert a.metadata["site"] == "汀州大学材料科学与工程学院"
    assert a.metadata["author"] == "宁可欣"  # 发布者 naming a person, with no other author
    assert ("尉迟峻", "汀州大学材料科学与工程学院", "院长") in posts(a)
    assert ("汀州大学材料科学与工程学院", "汀州大学") in rel(a, "subOrganizationOf")
    assert {(p, o) for p, o, _ in posts(a) if o.startswith("溱川")} == {("韦思远", "溱川工业大学化工学院")}


def test_extract_styles5_poster_unit_is_a_source() -> None:
    a = read_article_text("学院召开教学工作会议\n发布者：党委宣传部　发布时间：2026-03-15\n3月14日，学院召开教学工作会议。")
    assert (a.metadata["author"], a.metadata["source"]) == (None, "党委宣传部")


def test_extract_styles5_school_prefix_before_own_title() -> None:
    """校党委书记某某 on a school's own site: 校 alone stands for the school."""
    page = ("汀州职业技术学院新闻网\n首页 | 学校要闻 | 综合新闻\n学校召开教学工作会议\n时间：2026-03-02\n"
            "3月1日，我校召开教学工作会议。校党委书记葛望川出席并讲话。")
    a = run_page(page)
    assert ("葛望川", "汀州职业技术学院", "党委书记") in posts(a)


@pytest.mark.parametrize(
    "text, unit, not_unit",
    [
        ("政府、园区和汀州云图信息技术有限公司三方将联合设立实训中心。", "汀州云图信息技术有限公司", "园区和汀州云图信息技术有限公司"),
        ("大会表决通过了联盟章程和第二届理事会选举办法。", None, "联盟章程和第二届理事会"),
    ],
)
def test_extract_styles5_conjunction_after_a_generic_word_joins_two_things(text, unit, not_unit) -> None:
    a = run(text)
    if unit:
        assert unit in names(a, "Organization")
    assert not_unit not in names(a, "Organization")


def test_extract_styles5_chair_named_after_zhuchiren_wei() -> None:
    a = run("4月9日，汀州职教集团年会在汀州宾馆召开。本次年会的主持人为秘书处处长颜书南。")
    assert ("颜书南", "汀州职教集团年会") in rel(a, "chaired")


def test_extract_styles5_programme_line_name_with_a_word_surname() -> None:
    """谈/滑 are words too; a programme line 某某（单位职务）：《题目》 still names a person."""
    a = run("5月6日，第三届汀州产教融合论坛在汀州大学开幕。主旨报告如下：\n"
            "谈若溪（汀州芯联科技有限公司首席人才官）：《产业人才的需求变化》；\n"
            "滑明远（汀州市职业教育学会会长）：《职业教育的评价改革》。")
    assert {"谈若溪", "滑明远"} <= names(a, "Person")
    assert ("谈若溪", "汀州芯联科技有限公司", "首席人才官") in posts(a)
    assert ("滑明远", "第三届汀州产教融合论坛") in rel(a, "spokeAt")


def test_extract_styles5_vocational_secondary_school_endings() -> None:
    a = run("汀州市第二职业中专校长戚远山、汀州市第一职业高中校长费雨桐出席。")
    assert {"汀州市第二职业中专", "汀州市第一职业高中"} <= names(a, "Organization")


def test_extract_styles5_html_title_with_site_first() -> None:
    """<title>站名_栏目_标题</title>: the headline is the longest part, and a
    sidebar heading is not it."""
    html = ("<html><head><title>汀州市人社局_工作动态_我市举行技能人才评价授牌仪式</title></head><body>"
            "<h2>我市举行技能人才评价授牌仪式</h2><p>7月3日，授牌仪式在汀州市实训基地举行。</p>"
            "<div class='side'><h3>热点信息</h3><ul><li>其他新闻</li></ul></div></body></html>")
    assert read_article_html(html, "x.html").metadata["title"] == "我市举行技能人才评价授牌仪式"


def test_extract_styles5_wechat_title_under_original_header() -> None:
    page = ("汀州市技工学校\n原创 汀州技工 汀州技工微讯 2026-10-15 17:26 汀江\n"
            "开班啦｜“精工订单班”正式启航！\n10月14日下午，汀州市技工学校订单班开班仪式举行。\n图文：童书言")
    a = read_article_text(page)
    assert a.metadata["title"] == "开班啦｜“精工订单班”正式启航！"
    assert a.metadata["published"] == "2026-10-15"
    assert a.metadata["author"] == "童书言"


def test_extract_styles5_font_controls_end_a_byline_value() -> None:
    a = read_article_text("全省推进会召开\n发布日期：2026-04-18　来源：汀江省教育厅　作者：郎书言　【大】【中】【小】\n4月17日，全省推进会召开。")
    assert a.metadata["author"] == "郎书言"


def test_extract_styles5_applied_university_and_visitors_are_not_our_school() -> None:
    """应用技术大学 is one name; a school whose people visit 我校 (一行…访问我校)
    is the guests', so 我校 and 校长 are not theirs; an agreement's title names
    the parties, our school among them."""
    a = run("5月6日，瑞士贝恩应用技术大学副校长Lena Vogt一行五人到访我校。校长鄢书同主持座谈会。"
            "鄢书同与Lena Vogt分别代表两校签署了《汀州工程大学与瑞士贝恩应用技术大学合作协议》。")
    assert {"瑞士贝恩应用技术大学", "汀州工程大学"} <= names(a, "Organization")
    assert ("鄢书同", "汀州工程大学", "校长") in posts(a)
    assert ("鄢书同", "瑞士贝恩应用技术大学", "校长") not in posts(a)


def test_extract_styles5_parties_hold_a_described_signing_on_the_same_day() -> None:
    """双方举行合作协议签约仪式 names the signing; 座谈会后 puts it on the
    座谈会's day; the signers in the next sentence attended it."""
    a = run("6月9日，汀州工程大学与溱川精工有限公司在汀州举行产教融合座谈会。"
            "交流会后，双方举行框架协议签约仪式。校长鄢书同与溱川精工有限公司总经理戈明远签署协议。", published="2026-06-10")
    ev = {e.name: e for e in a.entities if e.type == "Event"}
    assert ev["框架协议签约仪式"].attrs.get("date") == "2026-06-09"
    assert {("鄢书同", "框架协议签约仪式"), ("戈明远", "框架协议签约仪式")} <= rel(a, "attended")


def test_extract_styles5_counts_and_spans_begin_what_follows() -> None:
    a = run("目前，集团下辖汀州精工机械有限公司和溱川铸造有限公司两家全资子公司及一家分公司。近五年集团技能岗位缺口较大。"
            "子公司汀州精工机械有限公司总经理戈明远介绍了实习安排。")
    orgs = names(a, "Organization")
    assert {"汀州精工机械有限公司", "溱川铸造有限公司"} <= orgs
    assert not any(o.startswith(("集团下辖", "子公司", "近五年")) or "两家" in o for o in orgs)
    assert ("戈明远", "汀州精工机械有限公司", "总经理") in posts(a)


def test_extract_styles5_parallel_sub_forums_and_their_day() -> None:
    """Two 分论坛 after a one-line paragraph 当天下午，…: both take its day; a
    unit's name does not run back over a forum's name (…分论坛移至某学院)."""
    a = run("6月12日，2026汀江校企合作大会在汀州举行。\n当日下午，两个分论坛分别开讲。\n"
            "先进材料产教融合分论坛在汀州会展中心举行，由汀州工程大学副校长鄢书同主持。\n"
            "数字商贸产教融合分论坛移至汀州职业技术学院举行，由该院副院长戈明远主持。\n"
            "次日上午，大会重点项目集中签约仪式在汀州经济技术开发区管理委员会举行。", published="2026-06-14")
    ev = {e.name: e.attrs.get("date") for e in a.entities if e.type == "Event"}
    assert ev.get("先进材料产教融合分论坛") == ev.get("数字商贸产教融合分论坛") == "2026-06-12"
    assert ev.get("大会重点项目集中签约仪式") == "2026-06-13"
    assert ("数字商贸产教融合分论坛", "汀州职业技术学院") in rel(a, "heldAt")
    assert ("戈明远", "数字商贸产教融合分论坛") in rel(a, "chaired")


def test_extract_styles5_information_disclosure_page() -> None:
    """A government page: site name over its nav bar, then 索 引 号 … lines
    spread out with spaces, then the notice's title."""
    page = ("汀州市西岭区人民政府\n首页 | 走进西岭 | 政务公开 | 政务服务 | 政民互动\n当前位置：首页 > 政务公开 > 人事信息\n"
            "索 引 号：11320105MB0K43217X/2026-00012\n发布机构：西岭区人民政府办公室\n发布日期：2026-04-01\n"
            "汀州市西岭区人民政府关于戈明远等同志职务任免的通知\n经区政府研究，决定：任命戈明远为西岭区教育局局长。")
    a = read_article_text(page)
    assert a.metadata["title"] == "汀州市西岭区人民政府关于戈明远等同志职务任免的通知"
    assert a.metadata["published"] == "2026-04-01"


def test_extract_styles5_post_title_ending_in_exclamation_above_its_header() -> None:
    page = ("巧手筑梦丨我校第三届工匠文化节启幕啦！\n原创 校团委 汀州机电微校园 2026年05月20日 18:06 汀江\n"
            "5月19日下午，汀州市机电学校第三届工匠文化节开幕式在学校体育馆举行。")
    a = read_article_text(page)
    assert a.metadata["title"] == "巧手筑梦丨我校第三届工匠文化节启幕啦！"
    assert a.metadata["published"] == "2026-05-20"


@pytest.mark.parametrize(
    "event",
    ["汀州市职业本科贯通培养（4+0）试点签约仪式", "第二届“精工杯”无人机应用技能竞赛颁奖典礼", "全区深化校企合作骨干教师研修班结业式"],
)
def test_extract_styles5_subject_clause_held_at_a_venue_is_the_name(event: str) -> None:
    """DATE，NAME在VENUE举行: the whole clause before the venue names the
    event, verbs (贯通, 应用, 深化) and a bracketed qualifier included."""
    a = run(f"6月3日下午，{event}在汀州职业技术学院举行。副市长房书言出席并讲话。", published="2026-06-04")
    assert event in names(a, "Event")
    assert ("房书言", event) in rel(a, "spokeAt")


def test_extract_styles5_subject_clause_stops_at_people() -> None:
    a = run("6月3日，副市长房书言等出席的签约仪式在汀州职业技术学院举行。")
    assert not any("房书言" in e for e in names(a, "Event"))


def test_extract_styles5_relative_clause_names_what_was_held() -> None:
    a = run("在学校图书馆三楼报告厅召开的产教融合座谈会上，诸葛远和介绍了合作进展。")
    assert "产教融合座谈会" in names(a, "Event")
    assert "诸葛远和" in names(a, "Person")  # 和 then a verb: the name goes on


def test_extract_styles5_training_course_and_its_closing() -> None:
    """A headline course over 本期培训班由…主办: the course is an event of its
    own, organised by the units, and its experts who 授课 spoke at it."""
    page = ("全省提升职业院校治理能力专题培训班结业\n发布时间：2026-06-28\n"
            "6月27日下午，全省提升职业院校治理能力专题培训班结业式在汀州市委党校举行。市委组织部副部长房书言主持结业式。\n"
            "本期培训班由汀州市委组织部主办，汀州工程大学承办，为期一周。培训班邀请汀州工程大学教授鄢书同、汀州市职业教育研究所所长戈明远等专家授课。")
    a = run_page(page)
    course = "全省提升职业院校治理能力专题培训班"
    assert {course, course + "结业式"} <= names(a, "Event")
    assert (course, "汀州市委组织部") in rel(a, "organizedBy")
    assert {("鄢书同", course), ("戈明远", course)} <= rel(a, "spokeAt")
    assert ("房书言", course + "结业式") in rel(a, "chaired")


def test_extract_styles5_html_site_from_logo() -> None:
    html = ("<html><head><title>【学院新闻】技能竞赛圆满落幕 - 汀州职业技术学院</title></head><body>"
            "<div class='header'><a class='logo' href='/'><img src='l.png' alt='汀州职业技术学院'></a></div>"
            "<h1>技能竞赛圆满落幕</h1><p>5月29日，技能竞赛颁奖典礼在我院举行。院长房书言出席。</p></body></html>")
    assert read_article_html(html, "x.html").metadata["site"] == "汀州职业技术学院"


@pytest.mark.parametrize("role", ["教授", "院长", "校长"])
def test_extract_styles5_unit_word_glued_to_a_role(role: str) -> None:
    """jieba has 大学教授, 学院院长 as words: the unit's end and the role stay apart."""
    unit = "汀州工程学院" if role == "院长" else "汀州工程大学"
    a = run(f"{unit}{role}鄢书同出席并讲话。")
    assert unit in names(a, "Organization")
    assert "鄢书同" in names(a, "Person")


def test_extract_styles5_final_round_its_ceremonies_and_organisers() -> None:
    """决赛开幕式 is the final's opening; 本届大赛由…主办 is said of the final
    the headline names (…大赛决赛), not of a ceremony; a role word before a
    venue (在理事长单位某学院) is no part of the venue's name."""
    a = run("第三届汀州市职业技能大赛决赛落幕\n25日下午，第三届汀州市职业技能大赛决赛颁奖仪式在汀州技师学院举行。\n"
            "本届大赛由汀州市人力资源和社会保障局主办，汀州技师学院承办。\n"
            "23日上午，决赛开幕式在理事长单位汀州职业技术学院举行。副市长房书言宣布大赛开幕。",
            published="2026-05-26", title="第三届汀州市职业技能大赛决赛落幕")
    final = "第三届汀州市职业技能大赛决赛"
    assert {final, "决赛开幕式"} <= names(a, "Event")
    assert (final, "汀州市人力资源和社会保障局") in rel(a, "organizedBy")
    assert ("决赛开幕式", "汀州职业技术学院") in rel(a, "heldAt")
    assert not any(o.startswith("理事长单位") for o in names(a, "Organization"))


def test_extract_styles5_newspaper_page_header_and_subtitle() -> None:
    """某某日报　date　版面 over the headline gives the source and date; a
    subtitle under the headline does not hide the 本报讯（记者 …） dateline."""
    page = ("汀州晚报　2026年5月26日　A05版　教育周刊\n第三届汀州市职业技能大赛落幕\n百余名选手同场竞技\n"
            "本报讯（记者 鄢书同 通讯员 戈明远）25日下午，颁奖仪式在汀州技师学院举行。")
    a = read_article_text(page)
    assert (a.metadata["source"], a.metadata["published"], a.metadata["author"]) == ("汀州晚报", "2026-05-26", "鄢书同")
    assert "本报讯" not in a.text


@pytest.mark.parametrize(
    "line, want",
    [("来源：汀州日报　记者 鄢书同　通讯员 戈明远", ("汀州日报", "鄢书同", None)),
     ("来源：材料学院　文/鄢书同　审核/戈明远", ("材料学院", "鄢书同", "戈明远"))],
)
def test_extract_styles5_credits_run_on_inside_a_source(line: str, want) -> None:
    a = read_article_text(f"学院召开教学工作会议\n{line}　发布时间：2026-03-15\n3月14日，学院召开教学工作会议。")
    assert (a.metadata["source"], a.metadata["author"], a.metadata["reviewer"]) == want


def test_extract_styles5_past_year_begins_what_follows() -> None:
    a = run("过去一年集团新增成员单位12家。")
    assert not any(o.startswith("过去") for o in names(a, "Organization"))


def test_extract_styles5_parts_written_after_a_level_short_name() -> None:
    """省教育厅职业教育与成人教育处 in an article that names 汀江省教育厅: the 处
    is named as written after the short front and is part of the full body;
    省发展改革委 is 汀江省发展和改革委员会."""
    a = run("会议由汀江省发展和改革委员会、汀江省教育厅主办。省发展改革委副主任房书言，"
            "省教育厅职业教育与成人教育处处长戈明远，省发展改革委社会发展处处长鄢书同出席会议。")
    assert ("戈明远", "职业教育与成人教育处", "处长") in posts(a)
    assert ("职业教育与成人教育处", "汀江省教育厅") in rel(a, "subOrganizationOf")
    assert ("社会发展处", "汀江省发展和改革委员会") in rel(a, "subOrganizationOf")
    assert ("房书言", "汀江省发展和改革委员会", "副主任") in posts(a)
    assert not any(o.startswith("省") for o in names(a, "Organization"))


def test_extract_styles5_declared_short_name_before_a_part() -> None:
    a = run("汀州市人民政府副市长诸葛远清，汀州市人力资源和社会保障局（以下简称“市人社局”）局长房书言，"
            "市人社局职业能力建设科科长戈明远出席。")
    assert ("房书言", "汀州市人力资源和社会保障局", "局长") in posts(a)
    assert ("戈明远", "职业能力建设科", "科长") in posts(a)
    assert ("职业能力建设科", "汀州市人力资源和社会保障局") in rel(a, "subOrganizationOf")


def test_extract_styles5_a_place_in_zhou_is_no_name() -> None:
    """由莘州经济技术开发区管理委员会…牵头: 莘 is a surname, but 莘州 followed by
    the rest of a unit's name is a place."""
    a = run("联合体于2024年5月由莘州经济技术开发区管理委员会、莘州职业技术学院共同牵头组建。")
    assert "莘州" not in names(a, "Person")
    assert {"莘州经济技术开发区管理委员会", "莘州职业技术学院"} <= names(a, "Organization")


def test_extract_styles5_form_notice_of_candidates() -> None:
    """姓　　名：某某 … 现任职务：某单位某科科长: the current post is held;
    an address before a unit is no part of it."""
    a = run("一、\n姓　　名：房书言\n性　　别：女\n现任职务：汀州市教育局职业教育与成人教育科科长\n拟任职务：汀州市第一职业中专校长\n"
            "二、\n姓　　名：戈明远\n现任职务：汀州市信息技术学校教务处主任\n"
            "联系地址：汀州市崇文路21号汀州市教育局组织人事科。")
    assert {"房书言", "戈明远"} <= names(a, "Person")
    assert ("房书言", "汀州市教育局职业教育与成人教育科", "科长") in posts(a)
    assert ("戈明远", "汀州市信息技术学校教务处", "主任") in posts(a)
    assert ("房书言", "汀州市第一职业中专", "校长") not in posts(a)
    assert not any("崇文路" in o for o in names(a, "Organization"))


def test_extract_styles5_winners_listed_with_their_units() -> None:
    a = run("获得一等奖的选手为：焊工房书言（汀州建工集团有限公司）、电工戈明远（汀州电力运维有限公司）。")
    assert {"房书言", "戈明远"} <= names(a, "Person")


def test_extract_styles5_one_character_unit_word_inside_a_word() -> None:
    """网 ends 新闻网, but not 智能网|联汽车: the pair 网联 is a word."""
    a = run("汀江省智能网联汽车产教融合共同体成立。汀江新闻网记者鄢书同报道。")
    assert "汀江省智能网联汽车产教融合共同体" in names(a, "Community")
    assert not any(o.endswith("智能网") for o in names(a, "Organization"))


def test_extract_styles5_a_term_of_a_named_body_is_no_unit() -> None:
    a = run("汀州产教融合共同体第一届理事会第三次会议在汀州职业技术学院召开。")
    assert not any(o.endswith("届理事会") for o in names(a, "Organization"))


@pytest.mark.parametrize("text", ["全市也有中职学校参加。", "企业要把自己当成半个学校。"])
def test_extract_styles5_verb_or_count_before_a_kind_of_unit(text: str) -> None:
    assert names(run(text), "Organization") == set()


@pytest.mark.parametrize("front", ["我院", "汀州区"])
def test_extract_styles5_own_word_or_district_before_yu_joins_two(front: str) -> None:
    a = run(f"{front}与溱川精工装备股份有限公司签署合作协议。")
    assert "溱川精工装备股份有限公司" in names(a, "Organization")
    assert not any(o.startswith(("与", front + "与")) for o in names(a, "Organization"))


def test_extract_styles5_meeting_named_after_its_office_holder() -> None:
    """市长雍某主持召开市长办公会议: the post before 办公会议 names the meeting."""
    a = run("3月2日，市长房书言主持召开市长办公会议，研究职业教育工作。副市长戈明远参加会议。", published="2026-03-03")
    assert "市长办公会议" in names(a, "Event")
    assert ("房书言", "市长办公会议") in rel(a, "chaired")
    assert ("戈明远", "市长办公会议") in rel(a, "attended")


@pytest.mark.parametrize("head", ["工作总结会", "项目论证会", "校企恳谈会"])
def test_extract_styles5_more_meeting_heads(head: str) -> None:
    a = run(f"1月10日下午，汀州智能制造产业学院2025年度{head}在实训大楼报告厅召开。院长房书言讲话。", published="2026-01-12")
    assert f"汀州智能制造产业学院2025年度{head}" in names(a, "Event")


def test_extract_styles5_a_level_of_competitions_is_no_event() -> None:
    a = run("学生在省级以上技能竞赛中获奖17项。")
    assert names(a, "Event") == set()


def test_extract_styles5_two_fields_in_a_college_name() -> None:
    a = run("5月6日，汀州工程大学材料与运载工程学院与溱川工业大学签署合作协议。")
    assert "汀州工程大学材料与运载工程学院" in names(a, "Organization")


def test_extract_styles5_the_guests_college_is_not_ours() -> None:
    """我院 after 该校某学院 (the visiting school's college) is the page's own college."""
    a = run("我院与溱川工业大学签署合作协议\n5月6日，汀州工程大学机电学院与溱川工业大学签约仪式在我院举行。"
            "溱川工业大学副校长鄢书同，该校材料学院院长戈明远，我院院长房书言出席仪式。", published="2026-05-07")
    assert ("房书言", "汀州工程大学机电学院", "院长") in posts(a)
    assert ("房书言", "材料学院", "院长") not in posts(a)


@pytest.mark.parametrize("name", ["完颜书言", "公仪明远", "雒书同"])
def test_extract_styles5_more_surnames(name: str) -> None:
    a = run(f"汀州职业技术学院副院长{name}出席并讲话。")
    assert name in names(a, "Person")


def test_extract_styles5_he_before_punctuation_ends_a_name() -> None:
    a = run("汀州职业技术学院党委书记鄢书同、副院长房清和，汀州精工董事长戈明远出席。")
    assert "房清和" in names(a, "Person")


def test_extract_styles5_guest_list_one_person_a_line() -> None:
    """出席嘉宾 / 姓名　单位　职务 on each line: posts, and attendance of the
    event the post is about."""
    a = run("3月2日，汀州电子信息产教融合共同体成立大会在汀州职业技术学院举行。\n出席嘉宾\n"
            "鄢书同　汀州市人民政府　副市长\n戈明远　汀州职业技术学院　党委书记、院长\n"
            "主持人：房书言　汀州职业技术学院副院长", published="2026-03-03")
    ev = "汀州电子信息产教融合共同体成立大会"
    assert {("鄢书同", "汀州市人民政府", "副市长"), ("戈明远", "汀州职业技术学院", "院长")} <= posts(a)
    assert {("鄢书同", ev), ("戈明远", ev)} <= rel(a, "attended")


def test_extract_styles5_names_with_their_post_in_brackets_in_a_list() -> None:
    """蒿某某（某局局长）、…: a word-like surname before a bracketed post."""
    a = run("出席座谈会的有：蒿书同（汀州市教育局局长）、能明远（汀州精工有限公司总经理）。")
    assert {"蒿书同", "能明远"} <= names(a, "Person")


def test_extract_styles5_latin_names_with_accents() -> None:
    a = run("瑞士贝恩应用技术大学副校长Jürgen Bäumler、芬兰奥卢大学教授Sirpa Mäkelä出席。Bäumler教授致辞。")
    assert {"Jürgen Bäumler", "Sirpa Mäkelä"} <= names(a, "Person")


@pytest.mark.parametrize("name", ["贺兰明远", "即墨文涛", "东野清扬", "相里远山", "南荣书言"])
def test_extract_styles5_compound_surnames_of_old_families(name: str) -> None:
    a = run(f"汀州精工科技有限公司人力资源总监{name}作专场宣讲。")
    assert name in names(a, "Person")


def test_extract_styles5_role_word_and_company_word_before_units() -> None:
    """合作企业某某公司 is that company; 公司某事业部 is a part of the company
    the article is about."""
    a = run("10月15日，汀州精工科技股份有限公司校园招聘宣讲会举行。公司工业互联网事业部总经理戈明远出席，"
            "合作企业溱川物流有限公司派人参加。", published="2026-10-16")
    assert ("戈明远", "工业互联网事业部", "总经理") in posts(a)
    assert ("工业互联网事业部", "汀州精工科技股份有限公司") in rel(a, "subOrganizationOf")
    assert "溱川物流有限公司" in names(a, "Organization")


def test_extract_styles5_meeting_named_after_its_participants() -> None:
    """召开某某企业代表座谈会: 代表 before the head word names who meets."""
    a = run("4月16日上午，汀州市教育局在汀州职业技术学院召开校企合作企业代表座谈会。副局长房书言出席。", published="2026-04-17")
    assert "校企合作企业代表座谈会" in names(a, "Event")
    assert ("房书言", "校企合作企业代表座谈会") in rel(a, "attended")


def test_extract_styles5_programme_lines_with_speaking_labels() -> None:
    a = run("7月3日，汀江省高职专业群建设研讨会在汀州职业技术学院举行。\n【主旨报告】\n"
            "报告一：Jonas Lindqvist（溱川自动化（中国）有限公司技术总监，线上）《岗位能力的变化》\n"
            "报告二：弓书言（汀州工程学院副院长）《专业群的组织》\n致辞：房书言（汀州职业技术学院党委书记）\n"
            "　　　戈明远（汀江省职业技术教育学会副会长）", published="2026-07-04")
    ev = "汀江省高职专业群建设研讨会"
    assert {("Jonas Lindqvist", ev), ("弓书言", ev), ("房书言", ev), ("戈明远", ev)} <= rel(a, "spokeAt")
    assert ("弓书言", "汀州工程学院", "副院长") in posts(a)


def test_extract_styles5_a_school_abroad_is_never_ours() -> None:
    """我校党委书记某某 after a foreign partner's school is named: 我校 is the
    page's own school (``nlp/data/countries.txt``)."""
    a = run("5月20日，汀州工程大学国际合作办学推进会在我校图书馆举行。瑞典隆恩应用科学大学副校长Jonas Lindqvist，"
            "我校党委书记房书言，副校长戈明远出席会议。", published="2026-05-21")
    assert ("房书言", "汀州工程大学", "党委书记") in posts(a)
    assert not any(o.startswith("瑞典") for p, o, _ in posts(a) if p in ("房书言", "戈明远"))


def test_extract_styles5_a_list_of_name_then_post_items() -> None:
    """出席的有：某某，单位职务；某某，单位职务。: posts and attendance of each item."""
    a = run("3月2日，汀州市招聘会启动仪式在汀州会展中心举行。出席启动仪式的有：房书言，汀州市人民政府副市长；"
            "戈明远，汀州市人力资源和社会保障局局长；鄢书同，汀州精工有限公司总经理。", published="2026-03-03")
    assert {("房书言", "汀州市人民政府", "副市长"), ("戈明远", "汀州市人力资源和社会保障局", "局长"),
            ("鄢书同", "汀州精工有限公司", "总经理")} <= posts(a)
    ev = "汀州市招聘会启动仪式"
    assert {("房书言", ev), ("戈明远", ev), ("鄢书同", ev)} <= rel(a, "attended")


def test_extract_styles5_bureau_alone_before_its_posts() -> None:
    """局党组书记、局长某某 on a bureau's page: 局 is the bureau itself."""
    page = ("汀州市人力资源和社会保障局\n首页 | 工作动态 | 政务公开 | 办事服务\n全市就业工作会议召开\n发布时间：2026-03-05\n"
            "3月4日，全市就业工作会议召开。局党组书记、局长房书言出席会议并讲话。")
    a = run_page(page)
    assert ("房书言", "汀州市人力资源和社会保障局", "局长") in posts(a)


def test_extract_styles5_one_gaixiao_covers_a_list_of_colleges() -> None:
    a = run("汀州职业技术学院副院长房书言出席。该校信息工程学院、智能制造学院280余名毕业生参加。")
    assert {("信息工程学院", "汀州职业技术学院"), ("智能制造学院", "汀州职业技术学院")} <= rel(a, "subOrganizationOf")


def test_extract_styles5_a_yearly_council_of_a_body_is_no_unit() -> None:
    a = run("4月25日，汀州现代物流职业教育集团2026年理事会工作会议在汀州技师学院召开。", published="2026-04-26")
    assert not any(o.endswith("年理事会") for o in names(a, "Organization"))


def test_extract_styles5_company_headquarters_is_the_company() -> None:
    a = run("6月9日，汀州精工装备股份有限公司在公司总部举行产教融合签约仪式。董事长房书言出席。", published="2026-06-10")
    assert "公司总部" not in names(a, "Organization")
    assert ("产教融合签约仪式", "汀州精工装备股份有限公司") in rel(a, "heldAt")


@pytest.mark.parametrize(
    "text, want",
    [
        ("汀州智能制造产教联盟年会召开。会议审议通过新成员申请，5家单位正式加入，联盟成员单位由此增至61家。", 61),
        ("汀州智能制造产教联盟年会召开。三年来联盟成员单位由成立之初的40家增至95家。", 95),
        ("汀州经开区市域产教联合体成立大会召开，成员单位代表近200人参加。首批成员单位共73家，涵盖院校12所、企业54家。", 73),
    ],
)
def test_extract_styles5_member_counts_written_other_ways(text: str, want: int) -> None:
    a = run(text)
    counts = [e.attrs.get("member_count") for e in a.entities if e.type == "Community"]
    assert counts == [want]


def test_extract_styles5_tongbao_is_speaking_and_ends_a_name() -> None:
    a = run("3月18日，全省职业教育推进会在汀州召开。省教育厅职业教育与成人教育处处长房晓光通报了年度报告的编制情况。",
            published="2026-03-19")
    assert "房晓光" in names(a, "Person")


def test_extract_styles5_district_bureau_by_its_short_name() -> None:
    """区人社局 in an article that names 汀州市溱湾区人力资源和社会保障局."""
    a = run("3月1日，招聘会由汀州市溱湾区人力资源和社会保障局主办。区人社局党组书记、局长房书言致辞。", published="2026-03-02")
    assert ("房书言", "汀州市溱湾区人力资源和社会保障局", "局长") in posts(a)


def test_extract_styles5_wechat_account_that_is_a_school_owns_woyuan() -> None:
    page = ("喜报！我院学子在省赛中获一等奖3项\n原创　教务处　汀州职业技术学院　2026年06月06日 18:30　汀江\n"
            "近日，省职业院校技能大赛落下帷幕。我院副院长房书言带队参加闭幕式，鄢书同、戈明远作为学生代表登台领奖。")
    a = run_page(page)
    assert a.metadata["site"] == "汀州职业技术学院"
    assert ("房书言", "汀州职业技术学院", "副院长") in posts(a)
    assert {"鄢书同", "戈明远"} <= names(a, "Person")


def test_extract_styles5_social_security_bureau_written_without_he() -> None:
    """省人力资源社会保障厅 (no 和) for 汀江省人力资源和社会保障厅."""
    a = run("培训班由汀江省人力资源和社会保障厅主办。省人力资源社会保障厅职业能力建设处处长房书言出席。")
    assert ("房书言", "职业能力建设处", "处长") in posts(a)
    assert ("职业能力建设处", "汀江省人力资源和社会保障厅") in rel(a, "subOrganizationOf")


def test_extract_styles5_at_the_invitation_of_a_unit() -> None:
    """应某学院邀请: 应 is no part of the unit's name (应某某 after a title is still a name)."""
    a = run("应汀州工业大学材料学院邀请，溱川大学代表团来访。汀州市人社局局长应书言出席。")
    assert "汀州工业大学材料学院" in names(a, "Organization")
    assert not any(o.startswith("应") for o in names(a, "Organization"))
    assert "应书言" in names(a, "Person")


def test_extract_styles5_woyuan_before_an_occasions_name() -> None:
    a = run("10月22日下午，我院“明德讲坛”第36期学术报告会在学院一号楼学术报告厅举行。院长房书言主持。", published="2026-10-23")
    assert "“明德讲坛”第36期学术报告会" in names(a, "Event")


@pytest.mark.parametrize("text, name", [("校长办公室主任房可为出席会议。", "房可为"), ("免去戈致和的机械工程学院党委书记职务。", "戈致和"),
                                        ("决定任命鄢可为副院长。", "鄢可")])
def test_extract_styles5_wei_and_he_inside_a_name(text: str, name: str) -> None:
    """为/和 end a given name when a verb, 的 or punctuation follows, not before a post."""
    assert name in names(run(text), "Person")


def test_extract_styles5_office_named_after_its_head() -> None:
    a = run("汀州工程大学党委书记鄢书同，校长办公室主任房书言出席会议。")
    assert ("房书言", "校长办公室", "主任") in posts(a)


def test_extract_styles5_unveiling_a_training_base() -> None:
    """为“某某实训基地”揭牌 and 为基地揭牌: the base is a unit, unveiled even in a
    report that names no occasion."""
    a = run("6月3日，副市长房书言、院长戈明远来校调研。随后，房书言、戈明远共同为“汀州精工智能装备产教融合实训基地”揭牌。",
            published="2026-06-04")
    base = "汀州精工智能装备产教融合实训基地"
    assert {("房书言", base), ("戈明远", base)} <= rel(a, "officiatesUnveiling")
    b = run("6月3日，汀州市新能源汽车公共实训基地揭牌仪式举行。汀州市人社局局长房书言、院长戈明远共同为基地揭牌。",
            published="2026-06-04")
    assert ("房书言", "汀州市新能源汽车公共实训基地") in rel(b, "officiatesUnveiling")


def test_extract_styles5_heads_of_government_without_a_unit() -> None:
    """副省长某某 in a report naming 某省人民政府; 某市市长某某: that city's government."""
    a = run("会议由汀江省人民政府主办，汀州市人民政府、溱川市人民政府承办。副省长房书言出席会议并讲话。溱川市市长戈明远出席。")
    assert {("房书言", "汀江省人民政府", "副省长"), ("戈明远", "溱川市人民政府", "市长")} <= posts(a)


def test_extract_styles5_a_visit_named_with_guanmo_inside() -> None:
    a = run("25日上午，与会代表分两组开展产教融合现场观摩活动。", published="2026-09-26")
    assert "产教融合现场观摩活动" in names(a, "Event")


def test_extract_styles5_our_school_hosts_the_occasion_named_after_it() -> None:
    """我校 after other schools are named: the school the occasion is named after."""
    a = run("5月20日，汀州工程大学2026年校地企产教融合推进会在我校图书馆举行。汀州职业技术学院院长鄢书同，"
            "我校党委书记房书言、校长戈明远出席会议。", published="2026-05-21")
    assert {("房书言", "汀州工程大学", "党委书记"), ("戈明远", "汀州工程大学", "校长")} <= posts(a)


def test_extract_styles5_the_groups_subsidiary() -> None:
    a = run("溱川精工装备集团有限公司与汀州职业技术学院签约。集团全资子公司汀州精工数控机床有限公司总经理房书言出席。")
    assert ("房书言", "汀州精工数控机床有限公司", "总经理") in posts(a)
    assert not any(o.startswith("集团") for o in names(a, "Organization"))


@pytest.mark.parametrize("text", ["学校与德国应用型大学开展合作。", "全省高等职业学校和中等职业学校参加评估。", "成员学校代表发言。"])
def test_extract_styles5_more_kinds_of_school_are_no_units(text: str) -> None:
    assert names(run(text), "Organization") == set()


def test_extract_styles5_role_words_and_label_lines_before_names() -> None:
    """应届毕业生某某 (a word-like surname), 学生某某、某某 and 参赛学生：/指导教师：
    label lines name people; 嘉宾有某某 does not swallow 有."""
    a = run("信息工程学院学生卞书琪获一等奖。应届毕业生井悦安在现场与企业交流。\n参赛学生：邱子涵、赖思雨\n指导教师：贺文之、苏曼卿\n"
            "出席仪式的企业嘉宾有王书珺（汀州精工有限公司总经理）。")
    assert {"卞书琪", "井悦安", "邱子涵", "赖思雨", "贺文之", "苏曼卿", "王书珺"} <= names(a, "Person")
    assert not any(n.startswith("有") for n in names(a, "Person"))

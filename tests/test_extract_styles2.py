"""Extraction on the styles of the hidden sets, second round: error classes
found on written provincial, bureau, university, company, wire and WeChat
pages. Every sentence and name here is invented for these tests."""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article, find_mentions
from zhkg.ingest.html import read_article_html
from zhkg.ingest.text import read_article_text
from zhkg.model import Article


def _extract(text: str, published: str = "2024-12-01") -> Article:
    return extract_article(Article("t.txt", text, metadata={"published": published}))


def _rels(a: Article, p: str | None = None) -> set[tuple]:
    return {(r.s, r.p, r.o) + ((r.title,) if r.p == "holdsPosition" else ()) for r in a.relations if p is None or r.p == p}


def _names(a: Article, type_: str) -> set[str]:
    return {e.name for e in a.entities if e.type == type_}


# ------------------------------------------------------------ 1. event names
@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a verb before 仪式: the ceremony of doing it
        ("9月3日，青枫市数控技能公共实训中心启用仪式在青枫技师学院举行。", "青枫市数控技能公共实训中心启用仪式"),
        # a short qualifier in brackets inside the name
        ("1月9日，中共青禾大学第二届委员会第五次全体（扩大）会议在行政楼召开。", "中共青禾大学第二届委员会第五次全体（扩大）会议"),
        # A（以下简称“甲”）与B…签约暨…开班仪式: the alias is left out, both parts kept
        (
            "5月3日，青湖市商贸学校与青湖云帆酒店管理有限公司（以下简称“云帆酒店”）产教融合签约暨订单班开班仪式在学校礼堂举行。",
            "青湖市商贸学校与青湖云帆酒店管理有限公司产教融合签约暨订单班开班仪式",
        ),
        # a Latin-letter name at the front
        ("法国工程院院士Karl Weber受聘我校名誉教授。11月8日，Karl Weber名誉教授聘任仪式在我校举行。", "Karl Weber名誉教授聘任仪式"),
    ],
)
def test_extract_styles2_event_name_is_whole(text: str, event: str) -> None:
    a = _extract(text)
    got = {n.replace(" ", "") for n in _names(a, "Event")}
    assert event.replace(" ", "") in got


def test_extract_styles2_attend_verb_before_head_names_no_event() -> None:
    a = _extract("3月2日，中共青禾大学委员会全体会议在行政楼召开。党委书记石岩松主持会议。各学院负责人列席会议。")
    events = _names(a, "Event")
    assert not any("列席" in e or "负责人" in e for e in events)
    assert ("石岩松", "chaired", "中共青禾大学委员会全体会议") in _rels(a, "chaired")


# ------------------------------------------------------------ 2. person names
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("任命蒯立川为青州市技师学院副院长；", "蒯立川"),  # a rare surname
        ("缑晓岚同志任青州市就业服务中心主任。", "缑晓岚"),
        ("该校副院长时雨航出席。", "时雨航"),  # a surname that is also a word, after a title
        ("青州市财政局预算科科长向晨，青州市教育局副局长石岩松出席。", "向晨"),
        ("伍德福德（中国）有限公司副总裁彼得·汉森致辞。", "彼得·汉森"),  # a transliterated name
    ],
)
def test_extract_styles2_person_found(text: str, person: str) -> None:
    assert person in _names(_extract(text), "Person")


def test_extract_styles2_compound_surname_that_is_a_word_in_a_list() -> None:
    a = _extract("青禾大学党委常委、副校长石岩松、东方一鸣出席会议。")
    assert {"石岩松", "东方一鸣"} <= _names(a, "Person")
    assert ("东方一鸣", "holdsPosition", "青禾大学", "副校长") in _rels(a)


def test_extract_styles2_names_listed_with_ascii_spaces_share_the_title() -> None:
    a = _extract("青禾大学党委委员 石岩松 汪若琳 贺子谦，各学院院长列席会议。")
    for name in ("石岩松", "汪若琳", "贺子谦"):
        assert (name, "holdsPosition", "青禾大学", "党委委员") in _rels(a)


def test_extract_styles2_word_surname_reads_no_common_word_as_name() -> None:
    a = _extract("北京数学会理事和会员代表出席大会。")
    assert not any(n.startswith("和") for n in _names(a, "Person"))


# ------------------------------------------------------------ 3. unit names
def test_extract_styles2_department_name_with_yu_and_a_verb_stays_whole() -> None:
    a = _extract("青川省教育厅职业教育与继续教育处处长章乐天出席。")
    assert ("章乐天", "holdsPosition", "青川省教育厅职业教育与继续教育处", "处长") in _rels(a)
    assert ("青川省教育厅职业教育与继续教育处", "subOrganizationOf", "青川省教育厅") in _rels(a)


def test_extract_styles2_company_with_alias_is_not_cut_and_alias_joins_by_yu() -> None:
    a = _extract(
        "恒达精密与湖川职业技术学院签约\n"
        "1月4日，湖川恒达精密机械股份有限公司（以下简称“恒达精密”）与湖川职业技术学院战略合作签约仪式在恒达精密总部举行。"
        "恒达精密董事长章乐天致辞。"
    )
    orgs = _names(a, "Organization")
    assert "湖川恒达精密机械股份有限公司" in orgs
    assert not any(o.startswith(("精密", "恒达精密与")) for o in orgs)
    assert ("章乐天", "holdsPosition", "湖川恒达精密机械股份有限公司", "董事长") in _rels(a)
    assert any(e.startswith("湖川恒达精密机械股份有限公司与") for e in _names(a, "Event"))


def test_extract_styles2_company_with_place_in_brackets() -> None:
    a = _extract("伍德福德（中国）有限公司副总裁彼得·汉森致辞。")
    assert ("彼得·汉森", "holdsPosition", "伍德福德（中国）有限公司", "副总裁") in _rels(a)


# ----------------------------------------------- 4. the school's own report
def test_extract_styles2_bare_school_title_goes_to_the_page_school() -> None:
    a = _extract(
        "学校召开2024年度工作会议\n"
        "1月9日，中共青禾大学委员会全体会议在行政楼召开。党委书记石岩松主持会议。"
        "党委副书记、校长汪若琳作工作报告。青禾大学附属医院院长贺子谦发言。全校中层干部参加会议。"
    )
    rels = _rels(a)
    assert ("石岩松", "holdsPosition", "青禾大学", "党委书记") in rels
    assert ("汪若琳", "holdsPosition", "青禾大学", "校长") in rels
    assert ("贺子谦", "holdsPosition", "青禾大学附属医院", "院长") in rels


def test_extract_styles2_bare_title_after_you_goes_to_our_school() -> None:
    a = _extract("10月9日，我校与青湖云帆酒店管理有限公司签约。青湖市商贸学校校长贺子谦致辞。仪式由副校长汪若琳主持。")
    assert ("汪若琳", "holdsPosition", "青湖市商贸学校", "副校长") in _rels(a)


def test_extract_styles2_bare_title_on_another_page_gets_no_unit() -> None:
    a = _extract("青州市教育局召开会议。局长石岩松出席。副校长汪若琳发言。")
    assert not any(r[0] == "汪若琳" for r in _rels(a, "holdsPosition"))


# ---------------------------------------------------- 5. short bureau names
def test_extract_styles2_short_provincial_name_is_the_full_one() -> None:
    a = _extract("会议由霁川省教育厅主办。省教育厅党组书记、厅长章乐天出席。")
    assert ("章乐天", "holdsPosition", "霁川省教育厅", "厅长") in _rels(a)
    assert "省教育厅" not in _names(a, "Organization")


# ----------------------------------------------- 6. several events, roles
def test_extract_styles2_later_event_keeps_its_own_roles() -> None:
    a = _extract(
        "5月10日上午，2024年青州市职业院校技能大赛开幕式在青州技师学院举行。青州市教育局局长石岩松出席开幕式并致辞。\n"
        "5月12日下午，大赛闭幕式暨颁奖仪式在青州市商贸学校举行。青州市人社局副局长汪若琳宣读获奖名单，"
        "石岩松为获奖院校颁奖。经过三天角逐，大赛共决出一等奖20个。青州市商贸学校校长贺子谦致辞。"
    )
    rels = _rels(a)
    closing = "大赛闭幕式暨颁奖仪式"
    assert ("石岩松", "attended", closing) in rels
    assert ("贺子谦", "spokeAt", closing) in rels
    assert not any(r[0] == "贺子谦" and "开幕式" in r[2] for r in rels)


def test_extract_styles2_oath_counts_as_attendance() -> None:
    a = _extract("5月10日，青州市技能大赛开幕式在青州技师学院举行。选手代表、青州技师学院学生章乐天宣誓。")
    assert ("章乐天", "attended", "青州市技能大赛开幕式") in _rels(a)


# ------------------------------------------ 8. parent at the front of a name
def test_extract_styles2_parent_only_in_front_of_a_unit_name() -> None:
    a = _extract("青岩工业大学精密机床研究所所长章乐天作报告。")
    assert "青岩工业大学" in _names(a, "Organization")
    assert ("青岩工业大学精密机床研究所", "subOrganizationOf", "青岩工业大学") in _rels(a)


def test_extract_styles2_party_committee_name_gives_no_parent() -> None:
    a = _extract("中共青禾大学第二届委员会第五次全体会议召开。")
    assert "中共青禾大学" not in _names(a, "Organization")


# ------------------------------------------------------------ 9. metadata
def test_extract_styles2_wechat_credit_lines_with_u4e28() -> None:
    text = (
        "喜报！我校学子获一等奖\n青湖商贸　2024-10-18 17:30\n"
        "10月16日，青湖市商贸学校学生在全市技能大赛中获一等奖。\n"
        "文字丨章乐天\n编辑丨汪若琳\n审核丨贺子谦\n"
    )
    md = read_article_text(text, "w.txt").metadata
    assert (md["author"], md["editor"], md["reviewer"]) == ("章乐天", "汪若琳", "贺子谦")


def test_extract_styles2_editor_in_html_article_foot() -> None:
    html = (
        "<html><head><title>青州人社</title></head><body><div class='content'>"
        "<h2>青州技能大师工作室联盟成立</h2>"
        "<div class='info'>来源：青州市人力资源和社会保障局 作者：章乐天 发布时间：2024-09-09</div>"
        "<div class='art-content'><p>9月6日，青州市技能大师工作室联盟成立大会在青州技师学院举行。青州市人社局局长石岩松出席并讲话。</p></div>"
        "<div class='art-foot'>【<a href='#'>打印本页</a>】【<a href='#'>关闭窗口</a>】　责任编辑：汪若琳</div>"
        "</div></body></html>"
    )
    assert read_article_html(html, "p.html").metadata["editor"] == "汪若琳"


# ---------------------------------------------- 11. quoted unveiling targets
def test_extract_styles2_unveils_the_quoted_whole_name() -> None:
    a = _extract(
        "9月6日，青州市技能人才工作推进会在青州技师学院召开。"
        "会上，青州市人社局局长石岩松、青州技师学院院长章乐天为“青州市数控名师工作室联盟”揭牌。"
        "青州技师学院与青州恒昌机械有限公司共建“恒昌工匠学院”。石岩松、章乐天共同为“恒昌工匠学院”揭牌。"
    )
    rels = _rels(a, "officiatesUnveiling")
    assert ("石岩松", "officiatesUnveiling", "青州市数控名师工作室联盟") in rels
    assert ("章乐天", "officiatesUnveiling", "恒昌工匠学院") in rels
    assert not any(r[2] == "青州市数控名师工作室" for r in rels)


# -------------------------------------- 12. party titles carried in a run
def test_extract_styles2_party_member_title_run_keeps_the_unit() -> None:
    a = _extract("青州市教育局党委书记、局长石岩松，党委委员、副局长汪若琳出席。")
    rels = _rels(a)
    assert ("汪若琳", "holdsPosition", "青州市教育局", "党委委员") in rels
    assert ("汪若琳", "holdsPosition", "青州市教育局", "副局长") in rels


def test_extract_styles2_mentions_keep_bracketed_place_in_company() -> None:
    ms = find_mentions("伍德福德（中国）有限公司副总裁彼得·汉森致辞。")
    assert ("org", "伍德福德（中国）有限公司") in {(m.kind, m.name) for m in ms}

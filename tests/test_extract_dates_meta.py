"""Event dates relative to the publication date or to the date named before
them, metadata of WeChat posts, wire reports and site pages, member counts,
牵头 units that are not members, and link lists at the foot of a post.
Every sentence and name here is invented for these tests."""

from __future__ import annotations

import pytest

from zhkg.extract import dates as _dates
from zhkg.extract import extract_article
from zhkg.ingest.html import read_article_html
from zhkg.ingest.text import read_article_text
from zhkg.model import Article


def _extract(text: str, published: str | None = "2024-11-20") -> Article:
    return extract_article(Article("t.txt", text, metadata={"published": published}))


def _event_dates(a: Article) -> dict[str, str | None]:
    return {e.name: e.attrs.get("date") for e in a.entities if e.type == "Event"}


def _date_of(a: Article, head: str) -> str | None:
    found = [d for n, d in _event_dates(a).items() if n.endswith(head)]
    assert found, f"no event ending in {head}: {_event_dates(a)}"
    return found[0]


# ------------------------------------------------------ 1. relative dates
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("3月8日至10日举行。", "2024-03-12", [("3月8日", "2024-03-08")]),
        ("3月8日，大会开幕。次日上午，分论坛举行。", "2024-03-12", [("3月8日", "2024-03-08"), ("次日", "2024-03-09")]),
        ("3月8日，大会开幕。第二天上午参观。", "2024-03-12", [("3月8日", "2024-03-08"), ("第二天", "2024-03-09")]),
        ("16日下午，会议召开。", "2024-03-18", [("16日", "2024-03-16")]),
        ("28日下午，会议召开。", "2024-03-05", [("28日", "2024-02-28")]),
        ("上周四，学校召开会议。", "2024-03-20", [("上周四", "2024-03-14")]),
        ("须在15日内报名；每月5日开放。", "2024-03-20", []),
        ("当天，学校召开会议。", "2024-03-20", []),  # nothing named before: leave it
        ("数据不同日期不一。", "2024-03-20", []),
    ],
)
def test_dates_relative_resolution(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.iso) for d in _dates.find_event_dates(text, published)] == expected


def test_dates_event_takes_the_day_of_its_own_paragraph() -> None:
    a = _extract(
        "云岚职业教育活动周落幕\n"
        "11月12日至14日，云岚市职业教育活动周在云岚职业技术学院举行。\n"
        "12日上午，活动周开幕式在学院体育馆举行，市教育局局长贺知远出席。\n"
        "次日，云岚市产教融合推进会在学院报告厅召开。\n"
        "14日下午，活动周闭幕式暨表彰大会举行。"
    )
    assert _date_of(a, "推进会") == "2024-11-13"
    assert _date_of(a, "表彰大会") == "2024-11-14"


def test_dates_same_day_follows_the_wire_day() -> None:
    a = _extract(
        "新华社云岚11月18日电（记者 贺知远）云岚数字经济产教联盟18日在云岚成立。\n"
        "联盟成立大会当天在云岚职业技术学院举行。",
        published="2024-11-18",
    )
    assert _date_of(a, "成立大会") == "2024-11-18"


def test_dates_section_heading_gives_the_date() -> None:
    a = _extract(
        "云岚职业技术学院举办校园开放周\n"
        "校园开放周期间，学院安排了丰富的活动。\n"
        "11月6日 开幕日\n"
        "云岚职业技术学院第三届科技文化节开幕式在图书馆前广场举行，院长贺知远致辞。\n"
        "11月8日 企业日\n"
        "云岚职业技术学院与云岚数控有限公司校企合作签约仪式在学院举行，副院长柳青禾主持。"
    )
    assert _date_of(a, "开幕式") == "2024-11-06"
    assert _date_of(a, "签约仪式") == "2024-11-08"


# ------------------------------------------------------------ 2. metadata
@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("学院举办技能节\n岚湖职教公众号\n2024年11月18日 17:30\n11月17日，学院举办技能节。", "title", "学院举办技能节"),
        ("学院举办技能节\n岚湖职教 2024-11-18 17:30\n11月17日，学院举办技能节。", "published", "2024-11-18"),
        ("学院举办技能节\n本报讯（记者 宁远舟 通讯员 石青萝）11月17日，学院举办技能节。", "author", "宁远舟"),
        ("学院举办技能节\n岚湖日报讯（记者宁远舟）11月17日，学院举办技能节。", "author", "宁远舟"),
        ("学院举办技能节\n时间：2024-11-18  稿源：岚湖职院\n11月17日，学院举办技能节。", "published", "2024-11-18"),
        ("学院举办技能节\n时间：2024-11-18  稿源：岚湖职院\n11月17日，学院举办技能节。", "source", "岚湖职院"),
        ("学院举办技能节\n来源 | 岚湖职院  发布时间 | 2024-11-18\n11月17日，学院举办技能节。", "source", "岚湖职院"),
        ("学院举办技能节\n【来源：岚湖职院】【时间：２０２４年１１月１８日】\n11月17日，学院举办技能节。", "published", "2024-11-18"),
    ],
)
def test_ingest_metadata_variants(text: str, field: str, expected: str) -> None:
    assert read_article_text(text).metadata[field] == expected


def test_ingest_notice_time_line_stays_in_body() -> None:
    a = read_article_text("关于举办技能节的通知\n各系部：\n学院定于近期举办技能节。\n时间：11月20日下午\n地点：学院体育馆")
    assert "时间：11月20日下午" in a.text
    assert a.metadata["published"] is None


def test_ingest_wechat_account_line_is_not_body() -> None:
    a = read_article_text("学院举办技能节\n岚湖职教公众号\n2024年11月18日 17:30\n11月17日，学院举办技能节。")
    assert "公众号" not in a.text


@pytest.mark.parametrize(
    "html",
    [
        ('<html><head><title>岚湖职业技术学院官网</title></head><body><div class="logo"><h1>岚湖职业技术学院</h1></div>'
        '<div class="article"><h1>学院举办技能节</h1><p>11月17日，学院举办技能节，全院师生参加。</p></div></body></html>'),
        ('<html><head><title>岚湖职业技术学院</title></head><body><nav><h2>岚湖职业技术学院</h2></nav>'
        '<div class="article"><h2>学院举办技能节</h2><p>11月17日，学院举办技能节，全院师生参加。</p></div></body></html>'),
    ],
)
def test_ingest_html_headline_not_the_site_logo(html: str) -> None:
    assert read_article_html(html).metadata["title"] == "学院举办技能节"


# -------------------------------------------------------- 3. member counts
def _count(text: str) -> int | None:
    a = _extract(text)
    return next((e.attrs.get("member_count") for e in a.entities if e.type == "Community"), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("岚湖智能制造产教联盟由岚湖职业技术学院牵头，首批吸纳27个单位。", 27),
        ("岚湖智能制造产教联盟现有成员单位90余家。", 90),
        ("岚湖智能制造产教联盟成员单位已达48家。", 48),
        ("岚湖智能制造产教联盟由33家单位组成。", 33),
        ("岚湖智能制造产教联盟年会召开，参会单位40余家。", None),
    ],
)
def test_communities_member_count_forms(text: str, expected: int | None) -> None:
    assert _count(text) == expected


# ------------------------------------------------ 4. the lead is not a member
def test_communities_lead_unit_not_member_unless_listed() -> None:
    a = _extract(
        "岚湖经开区市域产教联合体成立\n"
        "该联合体由岚湖经济技术开发区管理委员会、岚湖职业技术学院作为牵头单位共同组建，"
        "首批成员单位共40家，包括岚湖职业技术学院、岚湖理工学院等5所院校。"
    )
    members = {r.s for r in a.relations if r.p == "memberOf"}
    leads = {r.s for r in a.relations if r.p == "leadsCommunity"}
    assert "岚湖经济技术开发区管理委员会" in leads
    assert "岚湖经济技术开发区管理委员会" not in members
    assert "岚湖职业技术学院" in members


# ------------------------------------------------- 5. link lists at the foot
@pytest.mark.parametrize(
    "foot",
    [
        "▼往期推荐▼\n岚湖职院召开教学工作会议\n校长宁远舟走访合作企业\n学院获评省级示范校",
        "岚湖职院召开教学工作会议 2024-10-08\n校长宁远舟走访合作企业 2024-09-30\n副院长石青萝带队赴企业调研 2024-09-12",
        "热门推荐\n岚湖职院召开教学工作会议\n校长宁远舟走访合作企业",
    ],
)
def test_ingest_link_list_after_post_is_cut(foot: str) -> None:
    a = read_article_text(
        "学院举办技能节\n岚湖职教 2024-11-18 17:30\n11月17日，学院举办第五届技能节，副院长柳青禾出席并致辞。\n" + foot
    )
    assert "宁远舟" not in a.text
    assert "柳青禾" in a.text

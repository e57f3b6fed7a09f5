"""How real university news reports are written, one error class per test:
long lists of officials with titles carried across 、, a second unit or a
role between a title and its name, media and fund names, Latin-letter and
short company names, 该校/我院 references, who chairs and who speaks. All
sentences and names are invented for these tests."""

from __future__ import annotations

import pytest

from zhkg.extract import extract_article
from zhkg.model import Article


def _run(text: str, published: str = "2024-05-20") -> Article:
    return extract_article(Article("t.txt", text, metadata={"published": published}))


def _facts(a: Article) -> set[tuple]:
    return {(r.s, r.p, r.o, r.title) for r in a.relations}


def _orgs(a: Article) -> set[str]:
    return {e.name for e in a.entities if e.type == "Organization"}


def _persons(a: Article) -> set[str]:
    return {e.name for e in a.entities if e.type == "Person"}


# ------------------------------------------------------------ units


@pytest.mark.parametrize("name", ["新京报", "南方都市报", "半月谈"])
def test_extract_realnews_known_media_in_a_list(name: str) -> None:
    a = _run(f"委员来自光明日报、{name}、青岚晚报等媒体。")
    assert name in _orgs(a)


def test_extract_realnews_newspaper_in_book_marks_before_a_post() -> None:
    a = _run("原《江川日报》总编辑、《澜沧商报》总编辑柯望舒先生作了演讲。")
    assert {"江川日报", "澜沧商报"} <= _orgs(a)
    assert ("柯望舒", "holdsPosition", "江川日报", "总编辑") in _facts(a)


def test_extract_realnews_latin_company_before_founder() -> None:
    a = _run("BlueHeronLimited创办人郑一鸣在会上发言。")
    assert ("郑一鸣", "holdsPosition", "BlueHeronLimited", "创办人") in _facts(a)


def test_extract_realnews_company_short_name_before_a_post() -> None:
    a = _run("澜沧资本创始人兼CEO、青岚大学校友苏明远出席大会。")
    facts = _facts(a)
    assert ("苏明远", "holdsPosition", "澜沧资本", "CEO") in facts
    # 校友 is no post at the university
    assert not any(f[0] == "苏明远" and f[2] == "青岚大学" for f in facts)


def test_extract_realnews_department_of_a_centre_keeps_the_chain() -> None:
    a = _run("江川日报社新媒体中心市场拓展部主任邹明远发言。")
    facts = _facts(a)
    unit = "江川日报社新媒体中心市场拓展部"
    assert ("邹明远", "holdsPosition", unit, "主任") in facts
    assert (unit, "subOrganizationOf", "江川日报社新媒体中心", None) in facts


def test_extract_realnews_fund_named_after_a_person() -> None:
    a = _run("青岚大学副校长柯望舒出席仪式。该奖项由柯望舒基金委员会设立。")
    assert "柯望舒基金委员会" in _orgs(a)
    assert "柯望舒" in _persons(a)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("学院一定努力用好基金，使其发挥作用。", "好基金"),
        ("制定了管理办法，并报学校审批。", "报学校"),
        ("多位教师获国家科研基金项目资助。", "国家科研基金"),
        ("他们探讨了互联网时代的新闻教育。", "互联网"),
    ],
)
def test_extract_realnews_no_unit_from_common_words(text: str, wrong: str) -> None:
    assert wrong not in _orgs(_run(text))


def test_extract_realnews_association_abbreviated_to_its_first_characters() -> None:
    a = _run("青岚市科学技术协会主办本次论坛。青岚市科协副主席邵明川出席。")
    assert ("邵明川", "holdsPosition", "青岚市科学技术协会", "副主席") in _facts(a)
    assert "青岚市科协" not in _orgs(a)


# ------------------------------------------------------------ posts


def test_extract_realnews_title_reaches_a_name_past_a_second_unit() -> None:
    a = _run("青岚数学会理事长、青岚大学数学学院韩子墨教授出席会议。")
    assert ("韩子墨", "holdsPosition", "青岚数学会", "理事长") in _facts(a)


def test_extract_realnews_one_title_for_names_with_honorifics() -> None:
    a = _run("青岚大学文学院副院长童书言教授、柏云舟教授、闻一苇教授出席。")
    facts = _facts(a)
    for name in ("童书言", "柏云舟", "闻一苇"):
        assert (name, "holdsPosition", "青岚大学文学院", "副院长") in facts


def test_extract_realnews_title_reaches_a_name_past_a_role() -> None:
    a = _run("青岚大学文学院执行院长童书言，院长助理、青年教师发展项目负责人贺知秋出席。")
    facts = _facts(a)
    assert ("贺知秋", "holdsPosition", "青岚大学文学院", "院长助理") in facts
    assert not any(f[0] == "贺知秋" and f[3] == "负责人" for f in facts)


def test_extract_realnews_kind_of_unit_in_a_run_is_the_institutions_own() -> None:
    a = _run(
        "青岚大学党委书记、教育基金会理事长杭远山出席仪式；"
        "党委常务副书记、教育基金会副理事长单如海致辞；副校长、教育基金会秘书长柏云舟主持。"
    )
    facts = _facts(a)
    fund = "青岚大学教育基金会"
    assert ("杭远山", "holdsPosition", fund, "理事长") in facts
    assert ("单如海", "holdsPosition", "青岚大学", "党委常务副书记") in facts
    assert ("单如海", "holdsPosition", fund, "副理事长") in facts
    assert ("柏云舟", "holdsPosition", "青岚大学", "副校长") in facts
    assert ("柏云舟", "holdsPosition", fund, "秘书长") in facts
    assert (fund, "subOrganizationOf", "青岚大学", None) in facts


def test_extract_realnews_role_word_is_not_followed_by_a_word_as_name() -> None:
    a = _run("青岚大学举行青年记者访学项目结业仪式，记者访学期间收获很多。")
    assert "访学" not in _persons(a)


# ----------------------------------------------------------- events


def test_extract_realnews_chair_is_the_name_after_you() -> None:
    a = _run(
        "5月8日，青岚大学校友论坛在青岚大学举行。副校长杭远山与童书言教授签署协议仪式由青岚大学校友会秘书长柏云舟主持。"
    )
    chairs = {f[0] for f in _facts(a) if f[1] == "chaired"}
    assert chairs == {"柏云舟"}


def test_extract_realnews_not_held_at_a_unit_that_begins_an_event() -> None:
    a = _run("5月8日，青岚大学数字学院成立大会举行。实验室揭牌仪式在青岚大学数字学院成立大会上举行。")
    assert not any(f[1] == "heldAt" and f[2] == "青岚大学数字学院" for f in _facts(a))


def test_extract_realnews_later_name_in_a_clause_says_it() -> None:
    a = _run(
        "5月8日，青岚大学校友论坛在青岚大学举行。青岚数学会会长韩子墨代表学会向童书言教授颁发感谢状韩子墨教授表示，感谢大家。"
    )
    assert ("韩子墨", "spokeAt", "青岚大学校友论坛", None) in _facts(a)


def test_extract_realnews_listed_names_share_what_follows() -> None:
    a = _run(
        "5月8日，青岚大学校友论坛在青岚大学举行。青岚日报社总编辑邹明远、江川电视台台长柯望舒、"
        "澜沧资本创始人苏明远等结合各自经历，介绍了行业的探索。"
    )
    speakers = {f[0] for f in _facts(a) if f[1] == "spokeAt"}
    assert {"邹明远", "柯望舒", "苏明远"} <= speakers


def test_extract_realnews_unit_then_date_then_organises() -> None:
    a = _run("青岚大学数字学院于5月8日举办“首届数字治理论坛”，校长杭远山出席。")
    assert any(f[1] == "organizedBy" and f[2] == "青岚大学数字学院" for f in _facts(a))


def test_extract_realnews_this_school_is_the_university_not_its_college() -> None:
    a = _run("5月8日，青岚大学新闻学院媒体融合指导委员会成立仪式在该校明德楼举行。青岚大学新闻学院执行院长童书言出席。")
    assert any(f[1] == "heldAt" and f[2] == "青岚大学" for f in _facts(a))


def test_extract_realnews_spoke_freely_is_speech() -> None:
    a = _run("5月8日，青岚大学校友论坛在青岚大学举行。会上，江川电视台副台长柯望舒畅言：“欢迎同学们。”")
    assert ("柯望舒", "spokeAt", "青岚大学校友论坛", None) in _facts(a)

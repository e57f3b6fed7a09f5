"""Which occasion a role belongs to: headline events read against the body,
ceremonies held within a longer occasion, and names inside reported speech.

Every sentence here is invented; each case failed before the rule it tests.
"""

from __future__ import annotations

from zhkg.extract import extract_article
from zhkg.model import Article


def _run(text: str, title: str | None = None) -> Article:
    meta = {"published": "2026-05-20"}
    if title:
        meta["title"] = title
    return extract_article(Article(path="x.txt", text=text, metadata=meta))


def _events(a: Article) -> set[str]:
    return {e.name for e in a.entities if e.type == "Event"}


def _roles(a: Article, p: str) -> set[tuple[str, str]]:
    return {(r.s, r.o) for r in a.relations if r.p == p}


def test_extract_events3_headline_joined_events_split_when_body_names_both() -> None:
    title = "我院召开2026年校企合作大会暨2027届毕业生春季双选会"
    text = (
        f"{title}\n2026-05-20\n\n"
        "5月18日上午，青禾职业学院2026年校企合作大会在学院报告厅召开。学院院长钟望川主持大会。"
        "当天下午，2027届高校毕业生春季双选会在学院体育馆举行，钟望川到场巡馆。\n"
    )
    names = _events(_run(text, title))
    assert not any("暨" in n for n in names)
    assert "青禾职业学院2026年校企合作大会" in names
    assert "2027届高校毕业生春季双选会" in names


def test_extract_events3_headline_one_event_with_ji_kept() -> None:
    title = "青禾职业学院与北港物流集团有限公司校企合作签约暨揭牌仪式举行"
    text = (
        f"{title}\n2026-05-20\n\n"
        "5月18日，青禾职业学院与北港物流集团有限公司校企合作签约暨揭牌仪式在学院举行。"
        "院长钟望川在仪式上致辞。\n"
    )
    names = _events(_run(text, title))
    assert any("签约暨揭牌仪式" in n for n in names)


_DAYS = (
    "2026年青禾市职业院校技能大赛圆满落幕\n2026-05-20\n\n"
    "2026年青禾市职业院校技能大赛5月16日至18日在青禾技师学院举行。\n\n"
    "第一天上午，2026年青禾市职业院校技能大赛开幕式在青禾技师学院体育馆举行。"
    "青禾市教育局副局长钟望川宣布大赛开幕，青禾技师学院院长闻书远致欢迎辞。"
    "开幕式由青禾技师学院党委书记卜清禾主持。\n\n"
    "18日下午，青禾市职业院校技能大赛闭幕式暨颁奖典礼在该院报告厅举行。"
    "青禾市副市长庄映雪出席并讲话。闭幕式由钟望川主持。\n"
)


def test_extract_events3_roles_go_to_the_ceremony_not_the_competition() -> None:
    a = _run(_DAYS, "2026年青禾市职业院校技能大赛圆满落幕")
    opening = "2026年青禾市职业院校技能大赛开幕式"
    closing = "青禾市职业院校技能大赛闭幕式暨颁奖典礼"
    assert ("卜清禾", opening) in _roles(a, "chaired")
    assert ("闻书远", opening) in _roles(a, "spokeAt")
    assert ("钟望川", closing) in _roles(a, "chaired")
    assert not any(o == "2026年青禾市职业院校技能大赛" for _, o in _roles(a, "chaired"))


def test_extract_events3_headline_week_is_the_launch_ceremony() -> None:
    title = "我市启动2026年职业教育活动周"
    text = (
        f"{title}\n2026-05-20\n\n"
        "5月12日上午，青禾市2026年职业教育活动周启动仪式在青禾技师学院举行。"
        "青禾市副市长庄映雪出席并讲话。\n"
    )
    names = _events(_run(text, title))
    assert names == {"青禾市2026年职业教育活动周启动仪式"}


def test_extract_events3_names_in_reported_speech_are_not_participants() -> None:
    text = (
        "青禾大学论坛举行\n2026-05-20\n\n"
        "5月18日，青禾大学第二届新闻史论坛在青禾大学举行。"
        "青禾大学校长张明华在致辞中指出，陆知秋先生是新闻教育的开拓者。"
        "闻书远作了题为《庄映雪与近代报业》的报告。\n"
    )
    a = _run(text)
    people = {s for s, _ in _roles(a, "attended") | _roles(a, "spokeAt")}
    assert "张明华" in people and "闻书远" in people
    assert "陆知秋" not in people
    assert "庄映雪" not in people

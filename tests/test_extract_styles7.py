"""Error classes found on the written sets of session 5 (heldout24 onwards),
each in our own invented wording, with guard cases that keep a rule from
over-reaching."""

from __future__ import annotations

from .extract_helpers import names, run_page


def _page(body: str, site: str = "青州科技学院", title: str = "新闻") -> str:
    return f"{site}\n首页 学院概况 新闻中心\n{title}\n发布时间：2025年5月12日 来源：学术事务部\n\n{body}\n"


def test_own_school_named_in_an_occasion_with_a_partner():
    # 我校与某学院…签约仪式: the occasion names both parties, 我校 by its name
    a = run_page(_page("5月10日上午，我校与沧州职业技术学院合作协议签约仪式在我校行政楼会议室举行。校长黄德伟出席。"))
    assert names(a, "Event") == {"青州科技学院与沧州职业技术学院合作协议签约仪式"}


def test_partner_named_first_keeps_its_own_name():
    a = run_page(_page("5月10日上午，沧州职业技术学院与我校合作协议签约仪式在我校行政楼会议室举行。校长黄德伟出席。"))
    assert not any(n.startswith(("与", "和")) for n in names(a, "Event"))
    assert any(n.startswith("沧州职业技术学院与") for n in names(a, "Event"))

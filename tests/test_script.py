"""Pages in traditional characters: read through a simplified twin of the same
length, names and posts given back as the page writes them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhkg.nlp.script import Restorer, simplified_twin, to_simplified

from .extract_helpers import names, posts, rel, run, run_page

_PAGE = """澳門科藝學院
首頁 ｜ 學院概況 ｜ 新聞中心
本院與滄州職業技術學院簽署合作協議

發佈時間：2025年5月12日　來源：學術事務部　作者：陳曉彤

5月10日上午，本院與滄州職業技術學院合作協議簽約儀式在該院行政樓會議室舉行。本院院長黃德偉、副院長（學術）蘇嘉敏教授，滄州職業技術學院黨委書記孫立群、院長鄭海濤出席儀式。鄭海濤主持儀式並致歡迎辭。黃德偉代表本院致辭。

責任編輯：梁嘉欣　審核：何志強
"""


def test_traditional_page_gives_names_and_posts_as_written():
    a = run_page(_PAGE)
    people = names(a, "Person")
    assert {"黃德偉", "蘇嘉敏", "孫立群", "鄭海濤"} <= people
    assert not people & {"黄德伟", "苏嘉敏", "孙立群", "郑海涛"}  # never the simplified form
    got = posts(a)
    assert ("孫立群", "滄州職業技術學院", "黨委書記") in got
    assert ("鄭海濤", "滄州職業技術學院", "院長") in got
    # 本院 is the page's own institute, named in the occasion as written
    assert ("鄭海濤", "澳門科藝學院與滄州職業技術學院合作協議簽約儀式") in rel(a, "chaired")
    # every mention is the page's own text at its offsets
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text
    for r in a.relations:
        assert 0 <= r.evidence.start < r.evidence.end <= len(a.text)


def test_traditional_and_simplified_pages_give_the_same_facts():
    trad = run(_PAGE.split("\n\n", 2)[2])
    simp = run(to_simplified(_PAGE.split("\n\n", 2)[2]))
    assert {(r.p, to_simplified(r.s), to_simplified(r.o), r.title and to_simplified(r.title))
            for r in trad.relations} == {(r.p, r.s, r.o, r.title) for r in simp.relations}


def test_simplified_page_is_not_converted():
    # 於 is a surname and 乾 a given-name character: a simplified page keeps them
    text = "渔阳职业技术学院副院长於乾坤出席会议并讲话。学院党委书记赵明主持会议。"
    assert simplified_twin(text) is None
    a = run(text)
    assert "於乾坤" in names(a, "Person")


def test_twin_needs_a_share_of_changed_characters():
    assert simplified_twin("學") is None  # one character is not a page
    assert simplified_twin("Hello, world.") is None
    assert simplified_twin("本院院長黃德偉出席會議。") == "本院院长黄德伟出席会议。"


def test_restorer_prefers_the_place_and_then_the_commonest_form():
    page = "後勤處處長皇甫後出席。王后街"
    twin = to_simplified(page)
    back = Restorer(page, twin)
    assert back.restore("后勤处") == "後勤處"  # found in the twin: the page's own characters
    assert back.restore("后勤处长") == "後勤處長"  # put together: each character's commonest form
    assert back.restore("王后街") == "王后街"
    assert back.restore("abc") == "abc"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=40))
def test_twin_keeps_the_length(s):
    assert len(to_simplified(s)) == len(s)

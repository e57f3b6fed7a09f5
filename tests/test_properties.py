"""Property tests (hypothesis): any Unicode input, biased towards Chinese
institutional prose, never crashes ingestion or extraction; every mention
and evidence offset points into the text; the RDF of any extracted article
serialises to Turtle, N-Triples and JSON-LD and parses back isomorphic.

The strategies mix what the extractor keys on (titles such as 校长/局长,
unit words such as 学院/局/处, surnames, dates, event words, 《》 and “”
quotes, full-width spaces and punctuation, Latin names) with arbitrary
Unicode, so that the rules fire on odd neighbours.
"""

from __future__ import annotations

import os

import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

import zhkg
from zhkg.errors import InputError
from zhkg.extract import extract_article
from zhkg.ingest import read_article_html, read_article_text
from zhkg.model import Article
from zhkg.rdf.build import union_graph

_TITLES = ["校长", "副校长", "局长", "副局长", "院长", "党委书记", "书记", "主任", "处长",
           "理事长", "秘书长", "会长", "董事长", "总经理", "厅长", "副主任", "教授"]
_UNITS = ["学院", "大学", "职业技术学院", "教育局", "局", "处", "厅", "集团", "有限公司",
          "委员会", "联盟", "共同体", "研究院", "中心", "协会", "学校", "教务处", "办公室"]
_PLACES = ["青州", "澄江市", "云川省", "北溪区", "南屏县", "全国", "省"]
_SURNAMES = list("王李张刘陈杨赵黄周吴岑闵鲁祁欧阳司马")
_GIVEN = list("望舒书衡清和安澜子墨远明华")
_WORDS = ["出席", "主持", "致辞", "讲话", "签署", "合作协议", "揭牌", "成立大会", "举行", "在",
          "与", "和", "及", "代表", "当选", "任命", "免去", "担任", "兼任", "为", "是", "的",
          "会议", "仪式", "产教融合", "我校", "该校", "其", "他", "她", "等", "家", "首批",
          "2024年5月8日", "3月14日", "上午", "来源：", "作者：", "编辑：", "记者", "【关闭窗口】"]
_PUNCT = list("，。、；：！？“”‘’《》（）()【】—…·,.;:!?\"'<>&") + ["\u3000", " ", "\n", "\n\n", "\t",
                                                                 "\r\n", "\u00a0", "\ufeff"]
_LATIN = ["Tom", "O'Brien", "ABC", "IT", "AI", "x", "<script>", "</b>", "5G", "Ｘ", "ｉ"]

_piece = st.one_of(
    st.sampled_from(_TITLES),
    st.sampled_from(_UNITS),
    st.sampled_from(_PLACES),
    st.builds(lambda s, g: s + "".join(g), st.sampled_from(_SURNAMES),
              st.lists(st.sampled_from(_GIVEN), min_size=0, max_size=3)),
    st.sampled_from(_WORDS),
    st.sampled_from(_PUNCT),
    st.sampled_from(_LATIN),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4),
    st.text(max_size=3),  # anything at all, surrogates and controls included
)

#: Text biased towards Chinese institutional prose, with arbitrary Unicode mixed in.
institutional_text = st.lists(_piece, max_size=60).map("".join)

#: ZHKG_HYPOTHESIS_SCALE=20 runs twenty times as many examples (a deeper search).
_SCALE = max(1, int(os.environ.get("ZHKG_HYPOTHESIS_SCALE", "1")))
_FAST = settings(max_examples=300 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_RDF = settings(max_examples=50 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(text: str, article: Article) -> None:
    n = len(text)
    names = {(e.type, e.name) for e in article.entities}
    for e in article.entities:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= n, (e.name, m)
            assert text[m.start:m.end] == m.text, (e.name, m)
    for r in article.relations:
        ev = r.evidence
        assert 0 <= ev.start <= ev.end <= n, (r.s, r.p, r.o, ev)
        assert (r.s_type, r.s) in names and (r.o_type, r.o) in names, (r.s, r.p, r.o)
    for s, e in article.sentences:
        assert 0 <= s <= e <= n


@_FAST
@given(institutional_text)
@example("青州市教育局局长岑望舒出席会议。")
@example("\ud800校长\udfff")
def test_properties_reading_any_text_never_crashes(text: str) -> None:
    article = read_article_text(text, "p.txt")
    assert isinstance(article.text, str)
    article.text.encode("utf-8")  # no lone surrogates get through
    for key, value in article.metadata.items():
        assert value is None or isinstance(value, str), key


_markup = st.lists(
    st.one_of(_piece, st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>",
                                       "<script>", "</script>", "<title>", "</title>", "<a href='x'>",
                                       "</a>", "<!--", "-->", "<meta name='author' content='",
                                       "'>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "<?xml ?>"])),
    max_size=60,
).map("".join)


@_FAST
@given(_markup)
@example("<html><body><p>青州市教育局局长岑望舒出席会议。</p></body></html>")
def test_properties_reading_any_html_never_crashes(html: str) -> None:
    try:
        article = read_article_html(html, "p.html")
    except InputError as e:  # the one allowed way to refuse a page: named and explained
        assert e.path == "p.html" and e.problem
        return
    assert isinstance(article.text, str)
    article.text.encode("utf-8")


@_FAST
@given(institutional_text)
@example("校长")
@example("青州市教育局局长岑望舒出席青州市职业教育集团成立大会并讲话，青州职业技术学院院长闵书衡主持。")
@example("“<script>alert(1)</script>峰会”")
def test_properties_extraction_never_crashes_and_offsets_slice_the_text(text: str) -> None:
    article = extract_article(Article("p.txt", text))
    _check_offsets(text, article)


@_FAST
@given(institutional_text)
@example("他是校长")
def test_properties_offsets_hold_after_ingestion(text: str) -> None:
    article = read_article_text(text, "p.txt")
    extract_article(article)
    _check_offsets(article.text, article)


def _round_trip(g: rdflib.Graph) -> None:
    for fmt in ("turtle", "nt", "json-ld"):
        data = g.serialize(format=fmt, encoding="utf-8")
        back = rdflib.Graph().parse(data=data, format=fmt)
        assert isomorphic(g, back), fmt


@_RDF
@given(institutional_text)
@example("青州市教育局局长Tom出席“<script>alert(1)</script>峰会”。\n澄江市人社局副局长O'Brien出席“职教</script>联盟”成立大会。")
@example("青州市教育局局长岑望舒出席青州市职业教育集团成立大会并讲话。")
def test_properties_rdf_of_any_article_round_trips(text: str) -> None:
    kg = zhkg.build_texts([text])  # an extraction crash is a Failure (tested above)
    _round_trip(union_graph(kg.rdf))


@_RDF
@given(st.lists(institutional_text, min_size=2, max_size=3))
def test_properties_rdf_of_several_articles_round_trips_as_a_dataset(texts: list[str]) -> None:
    kg = zhkg.build_texts(texts)
    ds = kg.rdf
    _round_trip(union_graph(ds))
    back = rdflib.Dataset()
    back.parse(data=ds.serialize(format="trig", encoding="utf-8"), format="trig")
    for g in ds.graphs():
        if len(g):
            assert isomorphic(g, back.graph(g.identifier)), g.identifier


@pytest.mark.parametrize("text", ["校长", "他是校长", "党委书记", "新闻稿的最后一个词是主任"])
def test_properties_title_at_the_very_end_stays_inside_the_text(text: str) -> None:
    from zhkg.extract import find_mentions

    assert all(m.end <= len(text) for m in find_mentions(text))
    extract_article(Article("p.txt", text))


def test_properties_strategy_reaches_the_rules() -> None:
    """Guard against a strategy that never makes the extractor fire."""
    found = 0
    for text in ("青州市教育局局长岑望舒出席会议。", "澄江技师学院院长祁安澜主持会议。"):
        found += len(extract_article(Article("p.txt", text)).relations)
    assert found >= 2
    assert all(w in "".join(_TITLES + _UNITS) for w in ("校长", "局长", "学院", "局", "处"))


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q"])

"""zhkg's word spans are jieba's words (no HMM), found faster."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhkg.nlp.segment import tokenizer, tokens, word_boundaries


def _jieba_spans(text: str) -> list[tuple[int, int]]:
    out, i = [], 0
    for w in tokenizer().cut(text, HMM=False):
        out.append((i, i + len(w)))
        i += len(w)
    return out


_ALPHABET = st.sampled_from(list("教育局局长副校长职业技术学院有限公司科技中华人民共和国年月日的了在为和"
                                 "abcXYZ019+#&._%-，。、：（）“”《》 \t\r\n\u3000😀"))


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
@example("湖州市教育局党委副书记、副局长出席会议")
@example("ABB公司与SAP-2024年3月\r\n签约 ab c1")
@example("")
def test_segment_tokens_are_jiebas_words(text: str) -> None:
    assert tokens(text) == _jieba_spans(text)


def test_segment_spans_cover_the_text_in_order() -> None:
    text = "市教育局局长王某出席2024年会议，ABC科技有限公司\r\n代表发言。"
    spans = tokens(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert (text.index("ABC"), text.index("ABC") + 3) in spans  # single letters joined, as jieba does
    assert word_boundaries("教育局局长") == {0, 3, 5}

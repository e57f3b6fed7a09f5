"""Tests for the statistical name tagger (zhkg.nlp.tagger)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from zhkg.nlp import tagger as tg
from zhkg.nlp.tagger_eval import evaluate, read_cluener
from zhkg.nlp.tagger_features import char_class, load_surnames, sentence_features

CLUENER_DEV = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cluener" / "dev.jsonl"
)
TYPES = {"Person", "Organization", "Position"}
needs_dev = pytest.mark.skipif(not CLUENER_DEV.exists(), reason="CLUENER dev file not available")


def _found(text: str, mention: str, typ: str) -> bool:
    s = text.index(mention)
    return any((a, b, t) == (s, s + len(mention), typ) for a, b, t, _ in tg.tag(text))


def _assert_valid(text: str, spans: list) -> None:
    for s, e, t, conf in spans:
        assert 0 <= s < e <= len(text), (s, e, len(text))
        assert t in TYPES
        assert 0.0 <= conf <= 1.0
        assert text[s:e].strip(), (s, e)


def test_tagger_loads_packaged_model_once():
    t = tg.get_tagger()
    assert t is tg.get_tagger()
    assert {"PER", "ORG", "POS"} <= set(t.model.types)
    assert len(t.model.weights) > 10_000
    assert len(t.trans) == len(t.tags)


# Invented people, units and posts (none from any corpus).
@pytest.mark.parametrize(
    ("text", "mention", "typ"),
    [
        ("市教育局副局长王建平出席会议", "王建平", "Person"),
        ("市教育局副局长王建平出席会议", "副局长", "Position"),
        ("记者刘晓梅从省交通厅获悉，新线路将于年底通车。", "刘晓梅", "Person"),
        pytest.param(
            "记者刘晓梅从省交通厅获悉，新线路将于年底通车。",
            "省交通厅",
            "Organization",
            marks=pytest.mark.xfail(reason="known miss: unit right after 从 without a title"),
        ),
        ("华宏科技股份有限公司董事长欧阳振东表示，公司将加大研发投入。", "欧阳振东", "Person"),
        (
            "华宏科技股份有限公司董事长欧阳振东表示，公司将加大研发投入。",
            "华宏科技股份有限公司",
            "Organization",
        ),
        ("华宏科技股份有限公司董事长欧阳振东表示，公司将加大研发投入。", "董事长", "Position"),
        ("据悉，外交部发言人张国华表示反对。", "张国华", "Person"),
        ("据悉，外交部发言人张国华表示反对。", "发言人", "Position"),
        ("市交通局局长李卫东、省交通厅副厅长陈志刚出席。", "陈志刚", "Person"),
        ("市交通局局长李卫东、省交通厅副厅长陈志刚出席。", "市交通局", "Organization"),
        pytest.param(
            "据新华社报道，外交部发言人周立新在例行记者会上回答了提问。",
            "周立新",
            "Person",
            marks=pytest.mark.xfail(reason="known miss: given name that is a common word (立新)"),
        ),
    ],
)
def test_tagger_finds_invented_entities(text, mention, typ):
    assert _found(text, mention, typ), tg.tag(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "，。！？、；：“”《》（）",
        "hello world, this is latin text only.",
        "a" * 5000,
        "王" * 3000,
        "1234567890" * 100,
        "\n\n\t  \u3000\u3000",
        "😀🙂 emoji 和 中文 混排 🚀",
        "\x00\x01\x02\x03",
        "局长" * 500,
    ],
)
def test_tagger_odd_input_does_not_crash(text):
    spans = tg.tag(text)
    _assert_valid(text, spans)


def test_tagger_long_text_offsets_match_each_copy():
    sentence = "市教育局副局长王建平出席会议。"
    text = sentence * 40
    spans = tg.tag(text)
    _assert_valid(text, spans)
    names = [(s, e) for s, e, t, _ in spans if t == "Person"]
    assert len(names) == 40
    assert all(text[s:e] == "王建平" for s, e in names)


def test_tagger_rejects_non_str():
    with pytest.raises(TypeError):
        tg.tag(None)  # type: ignore[arg-type]


def test_score_name_prefers_names_to_other_spans():
    text = "市教育局副局长王建平出席会议"
    name = tg.score_name(text, 7, 10)
    assert name > 0.5
    assert tg.score_name(text, 8, 12) < 0.5  # "建平出席" crosses the name boundary
    assert tg.score_name(text, 10, 12) < name  # "出席" is a verb
    assert tg.score_name(text, 4, 7, kind="Position") > 0.5


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 3), (0, 99)])
def test_score_name_rejects_bad_spans(start, end):
    with pytest.raises(ValueError):
        tg.score_name("王建平出席会议", start, end)


def test_tagger_bioes_transitions_forbid_broken_entities():
    tags = tg.make_tags(["PER", "ORG"])
    start, follow, end = tg.allowed_transitions(tags)
    i = {t: k for k, t in enumerate(tags)}
    assert not start[i["I-PER"]] and start[i["B-PER"]] and start[i["S-ORG"]]
    assert not follow[i["O"]][i["I-PER"]]
    assert not follow[i["B-PER"]][i["E-ORG"]]
    assert follow[i["B-PER"]][i["E-PER"]]
    assert not end[i["B-ORG"]] and end[i["E-ORG"]]
    path = [i[t] for t in ["O", "B-PER", "I-PER", "E-PER", "S-ORG", "O"]]
    assert tg.spans_from_tags(path, tags) == [(1, 4, "PER"), (4, 5, "ORG")]


def test_tagger_model_roundtrip(tmp_path):
    model = tg.TaggerModel(
        ["PER"],
        {
            123: (0.0, 1.5, -0.25, 0.0, 0.0),
            4_000_000_000: (0.001, 0.0, 0.0, 0.0, 2.0),
            7: (0.0,) * 5,
        },
        [[0.1 * (p + q) for q in range(5)] for p in range(5)],
        {"note": "test"},
    )
    path = tmp_path / "m.gz"
    model.save(path)
    back = tg.TaggerModel.load(path)
    assert back.types == ["PER"]
    assert set(back.weights) == {123, 4_000_000_000}  # all-zero rows are dropped
    assert back.weights[123] == pytest.approx(model.weights[123], abs=1e-3)
    assert back.weights[4_000_000_000] == pytest.approx(model.weights[4_000_000_000], abs=1e-3)
    assert back.trans == model.trans


def test_tagger_model_load_names_bad_file(tmp_path):
    bad = tmp_path / "bad.gz"
    bad.write_bytes(gzip.compress(b"not a model"))
    with pytest.raises(tg.ZhkgError, match="bad.gz"):
        tg.TaggerModel.load(bad)


@pytest.mark.parametrize(
    ("ch", "cls"),
    [
        ("7", "D"),
        ("７", "D"),
        ("a", "L"),
        ("Ｚ", "L"),
        ("局", "H"),
        ("三", "C"),
        ("，", "P"),
        ("\u3000", "S"),
    ],
)
def test_tagger_char_class(ch, cls):
    assert char_class(ch) == cls


def test_tagger_surnames_include_compound():
    single, compound = load_surnames()
    assert {"王", "李", "张"} <= single
    assert {"欧阳", "司马", "上官"} <= compound


def test_tagger_features_one_list_per_char():
    text = "a  b\r\n c，王建平\u3000出席"
    feats = sentence_features(text)
    assert len(feats) == len(text)
    assert all(isinstance(h, int) and 0 <= h < 2**32 for hs in feats for h in hs)


@needs_dev
@pytest.mark.parametrize("backend", sorted(tg.BACKENDS))
def test_tagger_model_file_holds_no_readable_names(backend):
    raw = gzip.decompress((Path(tg.__file__).parent / "data" / tg.BACKENDS[backend]).read_bytes())
    names = set()
    for text, spans in read_cluener(CLUENER_DEV, limit=300):
        names |= {
            text[s:e]
            for s, e, t in spans
            if t == "Person" and len(text[s:e]) >= 2 and not text[s:e].isascii()
        }
    assert len(names) > 50
    leaked = [n for n in names if n.encode("utf-8") in raw]
    assert not leaked


@needs_dev
def test_tagger_cluener_dev_sample_person_f1():
    res = evaluate(read_cluener(CLUENER_DEV, limit=300), tg.tag)
    assert res["Person"]["f1"] >= 0.70, res
    assert res["Organization"]["f1"] >= 0.65, res
    assert res["Position"]["f1"] >= 0.65, res


@pytest.mark.slow
@needs_dev
def test_tagger_cluener_full_dev():
    res = evaluate(read_cluener(CLUENER_DEV), tg.tag)
    print(json.dumps(res, indent=1))
    assert res["Person"]["f1"] >= 0.77, res
    assert res["Organization"]["f1"] >= 0.76, res
    assert res["Position"]["f1"] >= 0.74, res


def test_tagger_gazetteer_marks_longest_match_per_type():
    import zlib

    from zhkg.nlp.tagger_features import gazetteer_marks, gazetteer_value

    def h(s: str) -> int:
        return zlib.crc32(s.encode("utf-8"))

    gaz = {
        h("林远舟"): gazetteer_value("PER", 3, 3),
        h("远舟"): gazetteer_value("PER", 1, 9),
        h("董事长"): gazetteer_value("POS", 2, 4),
    }
    text = "董事长林远舟说"
    marks = gazetteer_marks(text, gaz)
    assert len(marks) == len(text)
    per = [m[:3] for m in marks]
    pos = [m[6:] for m in marks]
    assert per[3:6] == ["B3c", "M3c", "E3c"]  # the longer, mostly-a-name match wins
    assert pos[0:3] == ["B3b", "M3b", "E3b"]
    assert marks[6] == "_" * 9
    assert gazetteer_marks(text, None) == ["_" * 9] * len(text)


@pytest.mark.parametrize(
    ("labelled", "occurs", "level"), [(5, 5, 3), (7, 10, 3), (3, 10, 2), (1, 10, 1), (2, 0, 3)]
)
def test_tagger_gazetteer_value_levels(labelled, occurs, level):
    from zhkg.nlp.tagger_features import GAZ_BITS, gazetteer_value

    for code, shift in GAZ_BITS.items():
        assert gazetteer_value(code, labelled, occurs) == level << shift


def test_tagger_gazetteer_changes_features():
    import zlib

    text = "董事长林远舟说"
    gaz = {zlib.crc32("林远舟".encode()): 3}
    with_gaz = sentence_features(text, gaz)
    without = sentence_features(text)
    assert len(with_gaz) == len(without) == len(text)
    assert set(with_gaz[3]) != set(sentence_features(text, {})[3])
    assert all(set(a) >= set(b) for a, b in zip(with_gaz, without))


def test_tagger_model_roundtrip_keeps_gazetteer(tmp_path):
    model = tg.TaggerModel(
        ["PER"],
        {5: (0.0, 1.0, 0.0, 0.0, 0.0)},
        [[0.0] * 5 for _ in range(5)],
        {},
        {4_000_000_000: 3, 17: 48},
    )
    path = tmp_path / "m.gz"
    model.save(path)
    assert tg.TaggerModel.load(path).gazetteer == {4_000_000_000: 3, 17: 48}


def test_tagger_packaged_model_has_gazetteer():
    model = tg.get_tagger().model
    assert len(model.gazetteer) > 1000
    assert model.meta.get("trained_on") == "CLUENER2020 train"

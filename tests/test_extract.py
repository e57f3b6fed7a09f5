"""Extraction behaviour: title runs, names, units, events, and the founding article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from zhkg import evaluate as ev
from zhkg.extract import extract_article, find_mentions
from zhkg.ingest import iter_articles
from zhkg.model import Article

from .conftest import CORPUS, FOUNDING, requires_corpus


def _facts(text: str, published: str | None = "2024-03-20") -> set[tuple]:
    a = extract_article(Article("t.txt", text, metadata={"published": published}))
    return {(r.s, r.p, r.o, r.title) for r in a.relations}


def _people(text: str) -> set[str]:
    a = extract_article(Article("t.txt", text, metadata={"published": "2024-03-20"}))
    return {e.name for e in a.entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two titles on one name, unit before them
        ("青州市教育局党委副书记、副局长耿子墨出席。", {("耿子墨", "holdsPosition", "青州市教育局", "党委副书记"), ("耿子墨", "holdsPosition", "青州市教育局", "副局长")}),
        # missing punctuation between two title+name runs
        ("青州市教育局副局长耿子墨青州市第三幼儿园园长覃一苇出席。", {("耿子墨", "holdsPosition", "青州市教育局", "副局长"), ("覃一苇", "holdsPosition", "青州市第三幼儿园", "园长")}),
        # the unit carried over to the next name, and 该校
        ("会议在青州市信息工程学校举行。该校党委书记蔺志安，党委副书记、校长晁雨桐出席。", {("蔺志安", "holdsPosition", "青州市信息工程学校", "党委书记"), ("晁雨桐", "holdsPosition", "青州市信息工程学校", "党委副书记"), ("晁雨桐", "holdsPosition", "青州市信息工程学校", "校长")}),
        # a name in brackets after the person
        ("出席仪式的有：阚文博（青州理工大学副校长）。", {("阚文博", "holdsPosition", "青州理工大学", "副校长")}),
        # an appointment notice
        ("任命耿子墨为青州市商贸职业学校校长。", {("耿子墨", "holdsPosition", "青州市商贸职业学校", "校长")}),
    ],
)
def test_extract_title_runs_give_posts(text: str, expected: set[tuple]) -> None:
    assert expected <= _facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青州市教育局局长欧阳文清出席。", "欧阳文清"),  # compound surname
        ("学院党委书记韩　弢出席会议。", "韩弢"),  # full-width space inside a name
        ("青州市教育局副局长覃一苇致欢迎辞。", "覃一苇"),  # name followed by a verb
        ("青州市民政局科长邬晓致辞。", "邬晓"),  # two-character name before a verb
    ],
)
def test_extract_person_names_are_sized_right(text: str, name: str) -> None:
    assert name in _people(text)


def test_extract_generic_words_are_not_units() -> None:
    a = extract_article(Article("t.txt", "高校、行业协会、企业等50家单位代表出席。"))
    assert not [e for e in a.entities if e.type == "Organization"]


def test_extract_sub_unit_gets_its_parent() -> None:
    facts = _facts("青州市教育局职业教育处处长耿子墨出席。")
    assert ("青州市教育局职业教育处", "subOrganizationOf", "青州市教育局", None) in facts
    assert ("耿子墨", "holdsPosition", "青州市教育局职业教育处", "处长") in facts


def test_extract_event_roles_and_date() -> None:
    text = (
        "3月18日上午，青州数字产教联盟成立大会在青州职业技术学院举行。青州市教育局副局长耿子墨、"
        "青州职业技术学院院长覃一苇出席。会议由覃一苇主持。耿子墨致辞。耿子墨、覃一苇共同为青州数字产教联盟揭牌。"
    )
    a = extract_article(Article("t.txt", text, metadata={"published": "2024-03-20"}))
    events = [e for e in a.entities if e.type == "Event"]
    assert [e.name for e in events] == ["青州数字产教联盟成立大会"]
    assert events[0].attrs["date"] == "2024-03-18"
    facts = {(r.s, r.p, r.o) for r in a.relations}
    ev_name = events[0].name
    assert ("覃一苇", "chaired", ev_name) in facts
    assert ("耿子墨", "spokeAt", ev_name) in facts
    assert ("耿子墨", "attended", ev_name) in facts
    assert (ev_name, "heldAt", "青州职业技术学院") in facts
    assert ("耿子墨", "officiatesUnveiling", "青州数字产教联盟") in facts


def test_extract_alias_stands_for_the_unit() -> None:
    text = "青州现代商贸职业教育集团（以下简称“集团”）召开年会。青州悦购商业连锁有限公司等5家单位正式加入集团。"
    a = extract_article(Article("t.txt", text))
    facts = {(r.s, r.p, r.o) for r in a.relations}
    assert ("青州悦购商业连锁有限公司", "memberOf", "青州现代商贸职业教育集团") in facts
    assert "集团" not in {e.name for e in a.entities}


def test_extract_mentions_are_exact_slices() -> None:
    text = "青州市教育局副局长耿子墨出席青州数字产教联盟成立大会。"
    a = extract_article(Article("t.txt", text, metadata={"published": "2024-03-20"}))
    for e in a.entities:
        assert e.mentions, e
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    for r in a.relations:
        assert 0 <= r.evidence.start < r.evidence.end <= len(text)


def test_extract_find_mentions_has_no_side_effects() -> None:
    text = "青州市教育局副局长耿子墨出席。"
    assert [(m.kind, m.text) for m in find_mentions(text)] == [(m.kind, m.text) for m in find_mentions(text)]


# ----------------------------------------------------------------- founding article

def _score(path: Path, gold: dict, text_override: str | None = None) -> ev.ArticleScore:
    article = next(a for a in iter_articles([path]))
    if text_override is not None:
        article.text = text_override
    pred = extract_article(article).to_json()
    return ev.score_article(pred, gold)


@requires_corpus
def test_extract_founding_article_reaches_targets() -> None:
    gold = json.loads(FOUNDING.with_suffix(".gold.json").read_text("utf-8"))
    s = _score(FOUNDING, gold)
    assert s.relation_total.f1 >= 0.90
    assert s.entity_total.f1 >= 0.90


# Invented names, none of them in the corpus: surname + given name.
_UNSEEN = ["尉迟明岚", "阚书屹", "晁若溪", "蔺泊舟", "琚嘉禾", "訾云帆", "逄子衿", "郦牧之", "褚望舒", "亓星澜"]


@requires_corpus
def test_extract_founding_article_with_unseen_names() -> None:
    gold_text = FOUNDING.with_suffix(".gold.json").read_text("utf-8")
    gold = json.loads(gold_text)
    people = [e["name"] for e in gold["entities"] if e["type"] == "Person"]
    article = next(iter_articles([FOUNDING]))
    text = article.text
    mapping = dict(zip(sorted(people, key=len, reverse=True), _UNSEEN))
    for old, new in mapping.items():
        text = text.replace(old, new)
        gold_text = gold_text.replace(old, new)
    assert not any(old in text for old in mapping)
    s = _score(FOUNDING, json.loads(gold_text), text_override=text)
    assert s.relation_total.f1 >= 0.90


@requires_corpus
def test_extract_founding_article_ignores_trailing_headlines() -> None:
    raw = FOUNDING.read_text("utf-8")
    tail = raw[raw.find("阅读更多") :]
    headline_names = set(re.findall(r"^\s*([\u4e00-\u9fff]{2,3})[：:]", tail, flags=re.M))
    assert headline_names, "the founding article should have a headline list after its body"
    article = extract_article(next(iter_articles([FOUNDING])))
    people = {e.name for e in article.entities if e.type == "Person"}
    assert not people & headline_names


@requires_corpus
def test_extract_no_corpus_person_name_in_lexicons_or_rules() -> None:
    names: set[str] = set()
    for gold in CORPUS.glob("*.gold.json"):
        data = json.loads(gold.read_text("utf-8"))
        names |= {e["name"] for e in data["entities"] if e["type"] == "Person"}
    src = Path(__file__).resolve().parents[1] / "src" / "zhkg"
    offenders = []
    for path in src.rglob("*"):
        if not path.is_file() or "examples" in path.parts or path.suffix in (".gz", ".bin", ".pyc"):
            continue
        try:
            content = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        offenders += [(path.name, n) for n in names if n in content]
    assert not offenders


def test_extract_output_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    import zhkg

    examples = Path(zhkg.__file__).parent / "examples"
    code = "import sys; from zhkg.cli import main; main(sys.argv[1:])"
    outs = []
    for seed in ("1", "2"):
        r = subprocess.run([sys.executable, "-c", code, "extract", str(examples)], capture_output=True,
                           text=True, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert r.returncode == 0, r.stderr[-1000:]
        outs.append(r.stdout)
    assert outs[0] == outs[1]


def test_extract_event_name_skips_an_alias_declaration() -> None:
    text = "12月26日，青州现代商贸职业教育集团（以下简称“集团”）2023年年会暨二届三次理事会议在青州市商贸职业学校召开。"
    a = extract_article(Article("t.txt", text, metadata={"published": "2023-12-28"}))
    events = [e for e in a.entities if e.type == "Event"]
    assert [e.name for e in events] == ["青州现代商贸职业教育集团2023年年会暨二届三次理事会议"]
    assert events[0].attrs["date"] == "2023-12-26"
    for m in events[0].mentions:
        assert text[m.start : m.end] == m.text


def test_extract_post_given_after_an_honorific() -> None:
    facts = _facts("青州大学信息学院院长晁若溪教授担任青瓴人工智能学院执行院长。")
    assert ("晁若溪", "holdsPosition", "青州大学信息学院", "院长", ) in {f[:4] for f in facts}
    assert ("晁若溪", "holdsPosition", "青瓴人工智能学院", "执行院长") in facts

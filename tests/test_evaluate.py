"""Tests of zhkg.evaluate: the scoring rules of shared/corpus/README.md."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from zhkg.errors import InputError
from zhkg.evaluate import (
    ArticleScore,
    CorpusScore,
    align_events,
    article_name,
    cluener_gold,
    dice,
    format_article,
    format_report,
    format_span_report,
    gold_pairs,
    normalize,
    pred_spans,
    read_gold,
    score_article,
    score_corpus,
    score_spans,
)
from zhkg.model import PREDICATES, SCORED_TYPES

DATA = Path(__file__).parent / "data" / "evaluate"
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
CLUENER_DEV = SHARED / "data" / "cluener" / "dev.jsonl"


# ------------------------------------------------------------------ helpers


def P(name: str, **kw) -> dict:
    return {"type": "Person", "name": name, **kw}


def O(name: str, **kw) -> dict:
    return {"type": "Organization", "name": name, **kw}


def C(name: str, **kw) -> dict:
    return {"type": "Community", "name": name, **kw}


def E(name: str, **kw) -> dict:
    return {"type": "Event", "name": name, **kw}


def R(s: str, p: str, o: str, **kw) -> dict:
    return {"s": s, "p": p, "o": o, **kw}


def doc(entities=(), relations=(), metadata=None) -> dict:
    return {"metadata": metadata or {}, "entities": list(entities), "relations": list(relations)}


def as_prediction(gold: dict, path: str = "x.txt", keep_optional: bool = True) -> dict:
    """A gold object in `zhkg extract` shape: path, text, mentions, evidence,
    no `optional` flags."""
    ents, rels = [], []
    for e in gold["entities"]:
        if e.get("optional") and not keep_optional:
            continue
        e = {k: v for k, v in e.items() if k != "optional"}
        e["mentions"] = []
        ents.append(e)
    for r in gold["relations"]:
        if r.get("optional") and not keep_optional:
            continue
        r = {k: v for k, v in r.items() if k != "optional"}
        r["evidence"] = {"start": 0, "end": 1, "rule": "gold", "confidence": 1.0}
        rels.append(r)
    meta = {
        k: gold.get("metadata", {}).get(k)
        for k in ("title", "source", "published", "author", "editor", "reviewer")
    }
    return {"path": path, "metadata": meta, "text": "", "entities": ents, "relations": rels}


def counts(c) -> tuple[int, int, int]:
    return (c.tp, c.fp, c.fn)


def all_perfect(score: ArticleScore | CorpusScore) -> bool:
    rows = list(score.entities.values()) + list(score.relations.values())
    rows += [score.entity_total, score.relation_total]
    shares = [score.metadata, score.event_dates, score.member_counts]
    return all(c.f1 == 1.0 and c.fp == 0 and c.fn == 0 for c in rows) and all(
        s.value in (None, 1.0) for s in shares
    )


# ------------------------------------------------------------------ normalize / dice


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("“最美湖州”共同体", "最美湖州共同体"),
        ('"最美湖州"共同体', "最美湖州共同体"),
        ("「最美湖州」共同体", "最美湖州共同体"),
        ("『最美』‘湖州’共同体", "最美湖州共同体"),
        ("《职业教育法》宣讲会", "职业教育法宣讲会"),
        ("＂某市＂学院", "某市学院"),  # full-width quote: NFKC, then removed
        ("某市 职业\u3000学院\n", "某市职业学院"),
        ("ＡＢＣ科技", "abc科技"),  # full-width Latin: NFKC then case fold
        ("Huzhou ART", "huzhouart"),
        ("O'Neil", "oneil"),
        ("ΣΑ", "ΣΑ"),  # only ASCII letters are case-folded
        ("第１届", "第1届"),
    ],
)
def test_evaluate_normalize_cases(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [("ab", "ab", 1.0), ("ab", "cd", 0.0), ("aab", "ab", 0.8), ("ab", "bc", 0.5), ("", "", 0.0)],
)
def test_evaluate_dice_multisets(a, b, expected):
    assert dice(a, b) == pytest.approx(expected)


def test_evaluate_align_events_greedy_prefers_highest_dice():
    # pred 0 is close to gold 1 (dice 1.0) and fairly close to gold 0; greedy
    # must give it to gold 1 and leave gold 0 to pred 1.
    gold = ["某市学院产业学院揭牌仪式", "某市学院产业学院成立大会"]
    pred = ["某市学院产业学院成立大会", "产业学院揭牌仪式"]
    assert [(g, p) for g, p, _ in align_events(gold, pred)] == [(0, 1), (1, 0)]


def test_evaluate_align_events_threshold_and_one_to_one():
    assert align_events(["成立大会"], ["签约仪式"]) == []
    # two predictions for one gold event: only the better one aligns
    out = align_events(["某校成立大会"], ["某校成立大会", "某校成立"])
    assert [(g, p) for g, p, _ in out] == [(0, 0)]


@pytest.mark.parametrize(
    "gold, pred, aligned",
    [
        ("甲乙丙丁", "甲乙戊己", True),  # dice exactly 0.5
        ("甲乙丙丁大会", "甲乙丙戊己庚辛壬", False),  # 6/14
        ("甲乙丙丁", "甲戊己庚", False),  # 0.25
    ],
)
def test_evaluate_align_events_threshold_is_inclusive(gold, pred, aligned):
    assert bool(align_events([gold], [pred])) is aligned
    s = score_article(doc([E(pred)]), doc([E(gold)]))
    assert counts(s.entities["Event"]) == ((1, 0, 0) if aligned else (0, 1, 1))


def test_evaluate_align_events_tie_prefers_required_gold():
    out = align_events(["甲乙大会", "甲乙大会"], ["甲乙大会"], optional=[True, False])
    assert [(g, p) for g, p, _ in out] == [(1, 0)]


# ------------------------------------------------------------------ entities


def test_evaluate_entities_match_by_name_and_type():
    gold = doc([P("李四"), O("某市学院"), C("某市产教联盟")])
    pred = doc([P("李四"), P("某市学院"), O("某市产教联盟")])
    s = score_article(pred, gold)
    assert counts(s.entities["Person"]) == (1, 1, 0)
    assert counts(s.entities["Organization"]) == (0, 1, 1)
    assert counts(s.entities["Community"]) == (0, 0, 1)
    assert counts(s.entity_total) == (1, 2, 2)


def test_evaluate_entities_quote_and_space_normalisation_matches():
    gold = doc([C("“最美某市”产教融合共同体"), O("某市 职业学院")])
    pred = doc([C('"最美某市"产教融合共同体'), O("某市职业学院"), C("「最美某市」产教融合共同体")])
    s = score_article(pred, gold)
    assert counts(s.entity_total) == (2, 0, 0)


def test_evaluate_entities_duplicates_count_once():
    gold = doc([P("李四")])
    pred = doc([P("李四"), P("李四"), P(" 李四"), P("王五"), P("王五")])
    s = score_article(pred, gold)
    assert counts(s.entities["Person"]) == (1, 1, 0)


@pytest.mark.parametrize("unscored", ["Position", "Place", "Date"])
def test_evaluate_entities_unscored_types_ignored(unscored):
    gold = doc([P("李四")])
    pred = doc([P("李四"), {"type": unscored, "name": "院长"}])
    s = score_article(pred, gold)
    assert counts(s.entity_total) == (1, 0, 0)
    assert unscored not in s.entities


def test_evaluate_entities_unknown_predicted_type_is_false_positive():
    s = score_article(doc([{"type": "Persn", "name": "李四"}]), doc([P("李四")]))
    assert counts(s.entity_total) == (0, 1, 1)


def test_evaluate_entities_optional_counts_neither_way():
    gold = doc([P("李四"), O("理事会", optional=True), P("王五", optional=True)])
    predicted_optional = score_article(doc([P("李四"), O("理事会")]), gold)
    missed_optional = score_article(doc([P("李四")]), gold)
    for s in (predicted_optional, missed_optional):
        assert counts(s.entity_total) == (1, 0, 0)
        assert s.mistakes == []


def test_evaluate_entities_required_wins_over_optional_duplicate():
    gold = doc([P("李四", optional=True), P("李四")])
    assert counts(score_article(doc([]), gold).entity_total) == (0, 0, 1)


# ------------------------------------------------------------------ events


def test_evaluate_events_aligned_by_dice():
    gold = doc([E("某市职业学院校企合作签约仪式")])
    close = score_article(doc([E("校企合作签约仪式")]), gold)  # dice 16/22
    far = score_article(doc([E("某市教育工作会议")]), gold)
    assert counts(close.entities["Event"]) == (1, 0, 0)
    assert close.alignments[0].dice == pytest.approx(16 / 22)
    assert counts(far.entities["Event"]) == (0, 1, 1)


def test_evaluate_events_two_similar_events_each_get_their_own():
    gold = doc(
        [
            E("某市产教联盟成立大会", date="2024-03-01"),
            E("某市产教联盟揭牌仪式", date="2024-03-02"),
        ],
        [
            R("李四", "attended", "某市产教联盟成立大会"),
            R("王五", "attended", "某市产教联盟揭牌仪式"),
        ],
    )
    pred = doc(
        # listed in the other order, names shortened differently
        [E("产教联盟揭牌仪式", date="2024-03-02"), E("联盟成立大会", date="2024-03-01")],
        [R("李四", "attended", "联盟成立大会"), R("王五", "attended", "产教联盟揭牌仪式")],
    )
    s = score_article(pred, gold)
    assert counts(s.entities["Event"]) == (2, 0, 0)
    assert counts(s.relations["attended"]) == (2, 0, 0)
    assert (s.event_dates.right, s.event_dates.total) == (2, 2)
    assert {(a.gold, a.pred) for a in s.alignments} == {
        ("某市产教联盟成立大会", "联盟成立大会"),
        ("某市产教联盟揭牌仪式", "产教联盟揭牌仪式"),
    }


def test_evaluate_events_relation_of_crossed_event_does_not_match():
    # The person attended the founding meeting; the prediction says the unveiling.
    gold = doc(
        [E("某市产教联盟成立大会"), E("某市产教联盟揭牌仪式")],
        [R("李四", "attended", "某市产教联盟成立大会")],
    )
    pred = doc(
        [E("某市产教联盟成立大会"), E("某市产教联盟揭牌仪式")],
        [R("李四", "attended", "某市产教联盟揭牌仪式")],
    )
    assert counts(score_article(pred, gold).relations["attended"]) == (0, 1, 1)


def test_evaluate_events_unaligned_prediction_relations_match_nothing():
    # Two predicted events compete for one gold event; the loser is a false
    # positive and so are its relations, even though its name is similar.
    gold = doc([E("某校成立大会")], [R("李四", "spokeAt", "某校成立大会")])
    pred = doc(
        [E("某校成立大会"), E("某校成立大会暨揭牌")],
        [R("李四", "spokeAt", "某校成立大会暨揭牌")],
    )
    s = score_article(pred, gold)
    assert counts(s.entities["Event"]) == (1, 1, 0)
    assert counts(s.relations["spokeAt"]) == (0, 1, 1)


def test_evaluate_events_relations_use_event_as_subject():
    gold = doc(
        [E("职业教育座谈会"), O("某区教育局")],
        [
            R("职业教育座谈会", "heldAt", "某区教育局"),
            R("职业教育座谈会", "organizedBy", "某区教育局"),
        ],
    )
    pred = doc(
        [E("某区职业教育座谈会"), O("某区教育局")],
        [
            R("某区职业教育座谈会", "heldAt", "某区教育局"),
            R("某区职业教育座谈会", "organizedBy", "某区教育局"),
        ],
    )
    s = score_article(pred, gold)
    assert counts(s.relation_total) == (2, 0, 0)


def test_evaluate_events_optional_event_aligns_without_counting():
    gold = doc([E("某校成立大会"), E("某校授牌仪式", optional=True, date="2024-01-01")])
    s = score_article(doc([E("某校成立大会"), E("授牌仪式")]), gold)
    assert counts(s.entities["Event"]) == (1, 0, 0)
    assert s.event_dates.total == 0  # the optional event's date is not scored


def test_evaluate_events_duplicate_predictions_count_once():
    gold = doc([E("某校成立大会")])
    s = score_article(doc([E("某校成立大会"), E("“某校”成立大会")]), gold)
    assert counts(s.entities["Event"]) == (1, 0, 0)


# ------------------------------------------------------------------ dates and member counts


@pytest.mark.parametrize(
    "pred_events, right",
    [
        ([E("某校成立大会", date="2024-03-15")], 1),
        ([E("某校成立大会", date="2024-03-16")], 0),
        ([E("某校成立大会")], 0),  # aligned, no date
        ([E("年度工作会议", date="2024-03-15")], 0),  # unmatched event counts as wrong
        ([], 0),
    ],
)
def test_evaluate_event_dates_share(pred_events, right):
    gold = doc([E("某校成立大会", date="2024-03-15"), E("某校揭牌仪式")])  # second has no date
    s = score_article(doc(pred_events), gold)
    assert (s.event_dates.right, s.event_dates.total) == (right, 1)
    if not right:
        (m,) = [m for m in s.mistakes if m.category == "event_date"]
        assert m.expected == "2024-03-15"


def test_evaluate_event_date_unmatched_is_reported_as_unmatched():
    s = score_article(doc([]), doc([E("某校成立大会", date="2024-03-15")]))
    (m,) = [m for m in s.mistakes if m.category == "event_date"]
    assert m.got is None and m.item.get("unmatched")
    assert "no predicted event matched" in m.describe()


@pytest.mark.parametrize(
    "pred_entity, right",
    [
        (C("某市产教联盟", member_count=40), 1),
        (C("某市产教联盟", member_count="40"), 1),
        (C("某市产教联盟", member_count="４０"), 1),
        (C("某市产教联盟", member_count=41), 0),
        (C("某市产教联盟", member_count=40.5), 0),
        (C("某市产教联盟", member_count="40余"), 0),
        (C("某市产教联盟"), 0),
        (O("某市产教联盟", member_count=40), 0),  # wrong type: unmatched
    ],
)
def test_evaluate_member_counts_share(pred_entity, right):
    gold = doc(
        [
            C("某市产教联盟", member_count=40),
            C("某市职教集团"),
            C("某县联盟", member_count=9, optional=True),
        ]
    )
    s = score_article(doc([pred_entity]), gold)
    assert (s.member_counts.right, s.member_counts.total) == (right, 1)


# ------------------------------------------------------------------ relations


def test_evaluate_relations_holds_position_needs_title():
    gold = doc(relations=[R("李四", "holdsPosition", "某市学院", title="院长")])
    wrong = score_article(
        doc(relations=[R("李四", "holdsPosition", "某市学院", title="副院长")]), gold
    )
    none = score_article(doc(relations=[R("李四", "holdsPosition", "某市学院")]), gold)
    spaced = score_article(
        doc(relations=[R("李四", "holdsPosition", "某市学院", title=" 院长 ")]), gold
    )
    assert counts(wrong.relations["holdsPosition"]) == (0, 1, 1)
    assert counts(none.relations["holdsPosition"]) == (0, 1, 1)
    assert counts(spaced.relations["holdsPosition"]) == (1, 0, 0)


def test_evaluate_relations_two_titles_are_two_relations():
    gold = doc(
        relations=[
            R("李四", "holdsPosition", "某市教育局", title="党委副书记"),
            R("李四", "holdsPosition", "某市教育局", title="副局长"),
        ]
    )
    pred = doc(relations=[R("李四", "holdsPosition", "某市教育局", title="副局长")])
    assert counts(score_article(pred, gold).relations["holdsPosition"]) == (1, 0, 1)


def test_evaluate_relations_title_ignored_for_other_predicates():
    gold = doc(relations=[R("李四", "represents", "某市学院")])
    pred = doc(relations=[R("李四", "represents", "某市学院", title="院长")])
    assert counts(score_article(pred, gold).relations["represents"]) == (1, 0, 0)


def test_evaluate_relations_signed_agreement_undirected():
    gold = doc(relations=[R("某市学院", "signedAgreement", "某科技公司")])
    reversed_ = doc(relations=[R("某科技公司", "signedAgreement", "某市学院")])
    both = doc(
        relations=[
            R("某科技公司", "signedAgreement", "某市学院"),
            R("某市学院", "signedAgreement", "某科技公司"),
        ]
    )
    assert counts(score_article(reversed_, gold).relations["signedAgreement"]) == (1, 0, 0)
    assert counts(score_article(both, gold).relations["signedAgreement"]) == (1, 0, 0)


def test_evaluate_relations_directed_predicates_keep_direction():
    gold = doc(relations=[R("某学院智能制造学院", "subOrganizationOf", "某学院")])
    pred = doc(relations=[R("某学院", "subOrganizationOf", "某学院智能制造学院")])
    assert counts(score_article(pred, gold).relations["subOrganizationOf"]) == (0, 1, 1)


def test_evaluate_relations_duplicates_and_extra_keys_ignored():
    gold = doc(relations=[R("李四", "chaired", "某会")])
    pred = doc(
        entities=[E("某会")],
        relations=[
            R(
                "李四",
                "chaired",
                "某会",
                evidence={"start": 0, "end": 3, "rule": "a", "confidence": 0.9},
            ),
            R(
                "李四",
                "chaired",
                "某会",
                evidence={"start": 9, "end": 12, "rule": "b", "confidence": 0.5},
            ),
            R("李四", "chaired", "“某会”", start="2024-01-01"),
        ],
    )
    gold["entities"] = [E("某会")]
    assert counts(score_article(pred, gold).relations["chaired"]) == (1, 0, 0)


def test_evaluate_relations_optional_counts_neither_way():
    gold = doc(
        relations=[R("李四", "attended", "某会"), R("李四", "represents", "某校", optional=True)],
        entities=[E("某会")],
    )
    with_opt = doc([E("某会")], [R("李四", "attended", "某会"), R("李四", "represents", "某校")])
    without = doc([E("某会")], [R("李四", "attended", "某会")])
    for pred in (with_opt, without):
        s = score_article(pred, gold)
        assert counts(s.relation_total) == (1, 0, 0)
        assert not [m for m in s.mistakes if m.category == "relation"]


def test_evaluate_relations_unknown_predicate_is_false_positive():
    s = score_article(doc(relations=[R("李四", "worksAt", "某校")]), doc())
    assert counts(s.relation_total) == (0, 1, 0)
    assert s.relations["worksAt"].fp == 1


# ------------------------------------------------------------------ metadata


def test_evaluate_metadata_counts_only_gold_values():
    gold_meta = {
        "title": "某校 举行 签约仪式",
        "source": None,
        "published": "2024-03-15",
        "author": "张三",
        "editor": "",
    }
    pred_meta = {
        "title": "某校举行签约仪式",
        "source": "宣传部",
        "published": "2024-03-15",
        "author": "张三 宣传部",
        "reviewer": "x",
    }
    s = score_article(doc(metadata=pred_meta), doc(metadata=gold_meta))
    assert (s.metadata.right, s.metadata.total) == (2, 3)
    (m,) = [m for m in s.mistakes if m.category == "metadata"]
    assert (m.label, m.expected, m.got) == ("author", "张三", "张三 宣传部")


def test_evaluate_metadata_missing_prediction_is_wrong():
    s = score_article(doc(), doc(metadata={"title": "标题", "published": "2024-01-01"}))
    assert (s.metadata.right, s.metadata.total) == (0, 2)


def test_evaluate_metadata_all_null_gives_no_share():
    s = score_article(doc(metadata={"title": "x"}), doc(metadata={"title": None, "author": None}))
    assert s.metadata.total == 0 and s.metadata.value is None


# ------------------------------------------------------------------ a realistic fixture


@pytest.fixture
def signing():
    pred = json.loads((DATA / "signing.pred.json").read_text("utf-8"))
    gold = read_gold(DATA / "mini" / "signing.gold.json")
    return pred, gold


def test_evaluate_fixture_counts(signing):
    # Expected figures worked out by hand in the fixture's terms:
    # persons 李四 王五 right, "院长" wrong; 某市恒远科技有限公司 missed;
    # 理事会 optional; community matches despite " vs “”; event aligned
    # (dice 16/22) with its date; 王五's title wrong; 王五 attended, the
    # community's leader and the venue missed; represents is optional;
    # 李四 memberOf is wrong; source is missing, editor not scored.
    s = score_article(*signing)
    assert counts(s.entities["Person"]) == (2, 1, 0)
    assert counts(s.entities["Organization"]) == (1, 0, 1)
    assert counts(s.entities["Community"]) == (1, 0, 0)
    assert counts(s.entities["Event"]) == (1, 0, 0)
    assert counts(s.entity_total) == (5, 1, 1)
    assert counts(s.relations["holdsPosition"]) == (1, 1, 1)
    assert counts(s.relations["attended"]) == (1, 0, 1)
    assert counts(s.relations["spokeAt"]) == (1, 0, 0)
    assert counts(s.relations["signedAgreement"]) == (1, 0, 0)
    assert counts(s.relations["leadsCommunity"]) == (0, 0, 1)
    assert counts(s.relations["heldAt"]) == (0, 0, 1)
    assert counts(s.relations["represents"]) == (0, 0, 0)
    assert counts(s.relations["memberOf"]) == (0, 1, 0)
    assert counts(s.relation_total) == (4, 2, 4)
    assert (s.metadata.right, s.metadata.total) == (3, 4)
    assert (s.event_dates.right, s.event_dates.total) == (1, 1)
    assert (s.member_counts.right, s.member_counts.total) == (1, 1)
    assert s.name == "mini/signing.txt"


def test_evaluate_fixture_mistakes_list_what_went_wrong(signing):
    s = score_article(*signing)
    fps = {m.describe() for m in s.false_positives}
    fns = {m.describe() for m in s.false_negatives}
    assert fps == {
        "FP entity Person 院长",
        "FP relation 王五 holdsPosition 某市恒远科技有限公司 [总经理]",
        "FP relation 李四 memberOf “某市”智能制造产教融合共同体",
    }
    assert fns == {
        "FN entity Organization 某市恒远科技有限公司",
        "FN relation 王五 holdsPosition 某市恒远科技有限公司 [董事长]",
        "FN relation 王五 attended 某市职业学院校企合作签约仪式",
        "FN relation 某市职业学院 leadsCommunity “某市”智能制造产教融合共同体",
        "FN relation 某市职业学院校企合作签约仪式 heldAt 某市职业学院",
    }
    assert [(m.label, m.expected, m.got) for m in s.wrong_values] == [
        ("source", "党委宣传部", None)
    ]
    text = format_article(s)
    assert "aligned event 校企合作签约仪式 -> gold 某市职业学院校企合作签约仪式" in text
    for line in fps | fns:
        assert line in text


def test_evaluate_fixture_json_is_consistent(signing):
    s = score_article(*signing)
    j = json.loads(json.dumps(s.to_json(), ensure_ascii=False))
    overall = j["relations"]["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == counts(s.relation_total)
    assert overall["precision"] == pytest.approx(4 / 6, abs=1e-4)
    assert overall["recall"] == pytest.approx(4 / 8, abs=1e-4)
    assert overall["f1"] == pytest.approx(2 * (4 / 6) * 0.5 / (4 / 6 + 0.5), abs=1e-4)
    assert set(j["entities"]["by_type"]) == set(SCORED_TYPES)
    assert set(j["relations"]["by_predicate"]) == set(PREDICATES)
    assert j["metadata"] == {"share": 0.75, "right": 3, "total": 4}
    assert len(j["mistakes"]) == len(s.mistakes)
    assert j["event_alignment"][0]["pred"] == "校企合作签约仪式"


# ------------------------------------------------------------------ corpus


def test_evaluate_corpus_micro_average(signing):
    pred, gold = signing
    small = doc([P("赵六")])
    c = score_corpus([("a", pred, gold), ("b", doc([P("赵六"), P("钱七")]), small)])
    a, b = c.articles
    assert counts(c.entity_total) == tuple(
        x + y for x, y in zip(counts(a.entity_total), counts(b.entity_total))
    )
    assert c.entity_total.precision == pytest.approx(
        6 / 8
    )  # totals, not the mean of article scores
    assert c.entities["Person"].tp == 3
    assert (c.metadata.right, c.metadata.total) == (3, 4)
    j = c.to_json()
    assert j["articles_scored"] == 2 and [x["name"] for x in j["articles"]] == ["a", "b"]
    assert j["corpus"]["entities"]["overall"]["tp"] == 6
    assert "articles" not in c.to_json(per_article=False)


def test_evaluate_corpus_failed_prediction_scores_as_empty():
    gold = doc([P("李四")], [R("李四", "attended", "某会")], {"title": "t"})
    c = score_corpus(
        [("bad", {"path": "bad.txt", "error": "undecodable"}, gold), ("none", None, gold)]
    )
    assert [a.failure for a in c.articles] == ["undecodable", "no prediction"]
    assert counts(c.entity_total) == (0, 0, 2)
    assert counts(c.relation_total) == (0, 0, 2)
    assert "FAILED: undecodable" in format_report(c, per_article=True)
    assert "2 failed" in format_report(c)


def test_evaluate_report_layout(signing):
    pred, gold = signing
    c = score_corpus([("signing", pred, gold)])
    short = format_report(c)
    full = format_report(c, per_article=True)
    assert "signing:" not in short and "FP entity Person 院长" not in short
    assert full.startswith("Per article") and "FP entity Person 院长" in full
    for text in (short, full):
        lines = text.splitlines()
        assert lines[-6].startswith("Corpus totals (1 articles")
        assert lines[-5].split()[:2] == ["entities", "P"]
        assert "metadata         0.750 (3/4)" in text
        for name in list(SCORED_TYPES) + list(PREDICATES):
            assert any(line.split() and line.split()[0] == name for line in lines), name
        assert (
            text.index("Entities")
            < text.index("Relations")
            < text.index("Values")
            < text.index("Corpus totals")
        )


def test_evaluate_empty_rows_conventions():
    s = score_article(doc(), doc())
    assert all_perfect(s)
    assert s.metadata.value is None
    only_gold = score_article(doc(), doc([P("李四")]))
    assert (
        only_gold.entity_total.precision,
        only_gold.entity_total.recall,
        only_gold.entity_total.f1,
    ) == (1.0, 0.0, 0.0)
    only_pred = score_article(doc([P("李四")]), doc())
    assert (
        only_pred.entity_total.precision,
        only_pred.entity_total.recall,
        only_pred.entity_total.f1,
    ) == (0.0, 1.0, 0.0)


# ------------------------------------------------------------------ gold files


def test_evaluate_gold_pairs_fixture_directory():
    pairs = gold_pairs(DATA / "mini")
    assert [(a.name, g.name) for a, g in pairs] == [
        ("forum.html", "forum.gold.json"),
        ("signing.txt", "signing.gold.json"),
    ]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".htm", ".jsonl", ".TXT"])
def test_evaluate_gold_pairs_article_suffixes(tmp_path, suffix):
    (tmp_path / "a.gold.json").write_text("{}", "utf-8")
    (tmp_path / f"a{suffix}").write_text("x", "utf-8")
    (tmp_path / "a.pred.json").write_text("{}", "utf-8")  # not an article
    assert gold_pairs(tmp_path) == [(tmp_path / f"a{suffix}", tmp_path / "a.gold.json")]


def test_evaluate_gold_pairs_orphan_raises_naming_it(tmp_path):
    (tmp_path / "lonely.gold.json").write_text("{}", "utf-8")
    (tmp_path / "lonely.json").write_text("{}", "utf-8")
    with pytest.raises(InputError) as exc:
        gold_pairs(tmp_path)
    assert "lonely.gold.json" in str(exc.value) and "no article" in str(exc.value)


def test_evaluate_gold_pairs_orphan_collected_when_asked(tmp_path):
    (tmp_path / "lonely.gold.json").write_text("{}", "utf-8")
    (tmp_path / "b.gold.json").write_text("{}", "utf-8")
    (tmp_path / "b.txt").write_text("x", "utf-8")
    missing: list[Path] = []
    pairs = gold_pairs(tmp_path, missing)
    assert [a.name for a, _ in pairs] == ["b.txt"]
    assert missing == [tmp_path / "lonely.gold.json"]


def test_evaluate_gold_pairs_two_articles_is_an_error(tmp_path):
    (tmp_path / "a.gold.json").write_text("{}", "utf-8")
    (tmp_path / "a.txt").write_text("x", "utf-8")
    (tmp_path / "a.html").write_text("x", "utf-8")
    with pytest.raises(InputError, match=r"a\.html, a\.txt"):
        gold_pairs(tmp_path)


def test_evaluate_gold_pairs_not_a_directory(tmp_path):
    with pytest.raises(InputError, match="not a directory"):
        gold_pairs(tmp_path / "nope")


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not a JSON gold file"),
        ('{"entities": {}}', "'entities' and 'relations' lists"),
        ("[]", "must be an object"),
    ],
)
def test_evaluate_read_gold_errors_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.gold.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError) as exc:
        read_gold(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


@pytest.mark.parametrize(
    "path, name",
    [
        ("d/x.gold.json", "x"),
        ("d/x.txt", "x"),
        ("x.HTML", "x"),
        ("a.b.htm", "a.b"),
        ("x.jsonl", "x"),
    ],
)
def test_evaluate_article_name(path, name):
    assert article_name(path) == name


# ------------------------------------------------------------------ dev corpus against itself

DEV_GOLDS = sorted(DEV.glob("*.gold.json")) if DEV.is_dir() else []


@pytest.mark.skipif(not DEV_GOLDS, reason="shared dev corpus not available")
@pytest.mark.parametrize("keep_optional", [True, False])
def test_evaluate_dev_gold_against_itself_is_perfect(keep_optional):
    pairs = gold_pairs(DEV)
    assert len(pairs) == len(DEV_GOLDS)
    items = []
    for article, gold_path in pairs:
        gold = read_gold(gold_path)
        items.append(
            (article_name(article), as_prediction(gold, str(article), keep_optional), gold)
        )
    c = score_corpus(items)
    for a in c.articles:
        assert all_perfect(a), (a.name, [m.describe() for m in a.mistakes])
        assert a.mistakes == []
    assert all_perfect(c)
    assert c.entity_total.tp > 0 and c.relation_total.tp > 0
    assert c.metadata.value == 1.0 and c.event_dates.value == 1.0 and c.member_counts.value == 1.0


@pytest.mark.skipif(not DEV_GOLDS, reason="shared dev corpus not available")
def test_evaluate_dev_gold_with_event_names_shortened_still_aligns():
    """Predicted event names that drop their quotes or lose a few characters
    still align (and carry their relations) when Dice stays >= 0.5."""
    for gold_path in DEV_GOLDS:
        gold = read_gold(gold_path)
        pred = as_prediction(gold)
        renamed = {}
        for e in pred["entities"]:
            if e["type"] == "Event":
                new = normalize(e["name"])[1:]
                renamed[e["name"]] = new
                e["name"] = new
        for r in pred["relations"]:
            r["s"], r["o"] = renamed.get(r["s"], r["s"]), renamed.get(r["o"], r["o"])
        s = score_article(pred, gold)
        assert all_perfect(s), (gold_path.name, [m.describe() for m in s.mistakes])


@pytest.mark.skipif(not DEV_GOLDS, reason="shared dev corpus not available")
def test_evaluate_dev_gold_dropping_items_is_seen():
    gold = read_gold(DEV_GOLDS[0])
    pred = as_prediction(gold, keep_optional=False)
    dropped_rel = pred["relations"].pop()
    dropped_ent = next(e for e in pred["entities"] if e["type"] == "Person")
    pred["entities"].remove(dropped_ent)
    s = score_article(pred, gold)
    assert counts(s.relation_total)[1:] == (0, 1)
    assert counts(s.entity_total)[1:] == (0, 1)
    assert {m.item.get("name") for m in s.false_negatives if m.category == "entity"} == {
        dropped_ent["name"]
    }
    (fn_rel,) = [m for m in s.false_negatives if m.category == "relation"]
    assert (fn_rel.item["s"], fn_rel.label, fn_rel.item["o"]) == (
        dropped_rel["s"],
        dropped_rel["p"],
        dropped_rel["o"],
    )


# ------------------------------------------------------------------ CLUENER


def test_evaluate_cluener_gold_maps_kinds_and_ends():
    rec = {
        "text": "某市教育局局长李四在某科技公司调研",
        "label": {
            "government": {"某市教育局": [[0, 4]]},
            "position": {"局长": [[5, 6]]},
            "name": {"李四": [[7, 8]]},
            "company": {"某科技公司": [[10, 14]]},
            "organization": {"某协会": [[20, 22], [30, 32]]},
            "address": {"某市": [[0, 1]]},
            "game": {"某游戏": [[40, 42]]},
        },
    }
    g = cluener_gold(rec)
    assert g == {
        "Person": {(7, 9)},
        "Organization": {(0, 5), (10, 15), (20, 23), (30, 33)},
        "Position": {(5, 7)},
    }
    text = rec["text"]
    assert text[slice(*next(iter(g["Person"])))] == "李四"


def test_evaluate_pred_spans_from_extract_shape():
    pred = {
        "entities": [
            P(
                "李四",
                mentions=[
                    {"start": 7, "end": 9, "text": "李四"},
                    {"start": 20, "end": 22, "text": "李四"},
                ],
            ),
            O("某市教育局", mentions=[{"start": 0, "end": 5, "text": "某市教育局"}]),
            C("某产教联盟", mentions=[{"start": 30, "end": 35, "text": "某产教联盟"}]),
            {
                "type": "Position",
                "name": "局长",
                "mentions": [{"start": 5, "end": 7, "text": "局长"}],
            },
            {"type": "Place", "name": "某市", "mentions": [{"start": 0, "end": 2, "text": "某市"}]},
            E("某会", mentions=[{"start": 40, "end": 42, "text": "某会"}]),
        ]
    }
    assert pred_spans(pred) == {
        "Person": {(7, 9), (20, 22)},
        "Organization": {(0, 5), (30, 35)},
        "Position": {(5, 7)},
    }


def test_evaluate_score_spans_exact_match():
    gold = {"Person": {(7, 9)}, "Organization": {(0, 5)}, "Position": {(5, 7)}}
    pred = {"Person": {(7, 9), (1, 3)}, "Organization": {(0, 4)}, "Position": set()}
    s = score_spans([(pred, gold), (gold, gold)])
    assert s.records == 2
    assert counts(s.types["Person"]) == (2, 1, 0)
    assert counts(s.types["Organization"]) == (1, 1, 1)  # off-by-one end is wrong
    assert counts(s.types["Position"]) == (1, 0, 1)
    assert counts(s.total) == (4, 2, 2)
    j = s.to_json()
    assert j["by_type"]["Organization"]["f1"] == pytest.approx(0.5)
    assert j["overall"]["tp"] == 4
    report = format_span_report(s)
    assert (
        "2 records" in report
        and "Organization" in report
        and report.splitlines()[-1].split()[0] == "overall"
    )


@pytest.mark.skipif(not CLUENER_DEV.is_file(), reason="CLUENER dev set not available")
def test_evaluate_cluener_dev_gold_as_prediction_is_perfect():
    pairs = []
    with CLUENER_DEV.open(encoding="utf-8") as f:
        for _, line in zip(range(300), f):
            rec = json.loads(line)
            gold = cluener_gold(rec)
            ents = [
                {
                    "type": t,
                    "name": rec["text"][s:e],
                    "mentions": [{"start": s, "end": e, "text": rec["text"][s:e]}],
                }
                for t, spans in gold.items()
                for s, e in spans
            ]
            for e in ents:  # offsets are exclusive: the slice is the labelled mention
                m = e["mentions"][0]
                assert m["text"] and len(m["text"]) == m["end"] - m["start"]
            pairs.append((pred_spans({"entities": ents}), gold))
    s = score_spans(pairs)
    assert s.total.tp > 100 and s.total.f1 == 1.0
    assert all(c.fp == 0 and c.fn == 0 for c in s.types.values())


def test_evaluate_inputs_not_mutated(signing):
    pred, gold = signing
    before = (copy.deepcopy(pred), copy.deepcopy(gold))
    score_article(pred, gold)
    assert (pred, gold) == before

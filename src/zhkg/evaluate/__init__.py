"""Scoring against gold, exactly as ``shared/corpus/README.md`` defines it
("Matching" and "Scores"), and exact-span scoring on CLUENER2020.

Typical use (what ``zhkg eval DIR`` does)::

    pairs = gold_pairs(DIR)                      # [(article path, gold path)]
    preds = ...                                  # zhkg extract output per article
    score = score_corpus((article_name(a), preds[a], read_gold(g)) for a, g in pairs)
    print(format_report(score, per_article=True))
    json.dumps(score.to_json())

Modules: :mod:`.match` (normalisation, Dice, event alignment), :mod:`.counts`
(P/R/F1 and shares), :mod:`.score` (article and corpus scores, mistakes),
:mod:`.gold` (finding and reading gold files), :mod:`.report` (text report),
:mod:`.cluener` (span scoring).
"""

from __future__ import annotations

from zhkg.evaluate.cluener import (
    CLUENER_KINDS,
    SpanScore,
    cluener_gold,
    format_span_report,
    pred_spans,
    score_spans,
)
from zhkg.evaluate.counts import Counts, Share
from zhkg.evaluate.gold import article_name, gold_pairs, read_gold
from zhkg.evaluate.match import align_events, dice, normalize
from zhkg.evaluate.report import format_article, format_report
from zhkg.evaluate.score import (
    Alignment,
    ArticleScore,
    CorpusScore,
    Mistake,
    score_article,
    score_corpus,
)

__all__ = [
    "CLUENER_KINDS",
    "Alignment",
    "ArticleScore",
    "CorpusScore",
    "Counts",
    "Mistake",
    "Share",
    "SpanScore",
    "align_events",
    "article_name",
    "cluener_gold",
    "dice",
    "format_article",
    "format_report",
    "format_span_report",
    "gold_pairs",
    "normalize",
    "pred_spans",
    "read_gold",
    "score_article",
    "score_corpus",
    "score_spans",
]

"""Plain-text report of a :class:`~zhkg.evaluate.score.CorpusScore`."""

from __future__ import annotations

from zhkg.evaluate.counts import Counts, Share
from zhkg.evaluate.match import normalize
from zhkg.evaluate.score import ArticleScore, CorpusScore

__all__ = ["format_article", "format_report"]

_HEAD = f"{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"


def _prf(c: Counts) -> str:
    if c.empty:
        return f"{'-':>7}{'-':>7}{'-':>7}{0:6d}{0:6d}{0:6d}"
    return f"{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6d}{c.fp:6d}{c.fn:6d}"


def _short(c: Counts) -> str:
    return "-" if c.empty else f"P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f}"


def _share(s: Share) -> str:
    return "-" if s.value is None else f"{s.value:.3f} ({s.right}/{s.total})"


def _frac(s: Share) -> str:
    return "-" if not s.total else f"{s.right}/{s.total}"


def format_article(a: ArticleScore) -> str:
    """One article: a summary line, then every mistake and every event
    alignment whose names differ."""
    head = (
        f"{a.name}: entities {_short(a.entity_total)} | relations {_short(a.relation_total)}"
        f" | metadata {_frac(a.metadata)} | dates {_frac(a.event_dates)}"
        f" | members {_frac(a.member_counts)}"
    )
    lines = [head]
    if a.failure is not None:
        lines.append(f"    FAILED: {a.failure}")
    for al in a.alignments:
        if normalize(al.gold) != normalize(al.pred):
            lines.append(f"    aligned event {al.pred} -> gold {al.gold} (dice {al.dice:.2f})")
    order = {"false_negative": 0, "false_positive": 1, "wrong": 2}
    cats = {"entity": 0, "relation": 1, "metadata": 2, "event_date": 3, "member_count": 4}
    for m in sorted(a.mistakes, key=lambda m: (cats.get(m.category, 9), order.get(m.kind, 9))):
        lines.append(f"    {m.describe()}")
    return "\n".join(lines)


def _table(title: str, rows: dict[str, Counts], total: Counts) -> list[str]:
    lines = [f"{title:<22}{_HEAD}"]
    for k, c in rows.items():
        lines.append(f"  {k:<20}{_prf(c)}")
    lines.append(f"  {'overall':<20}{_prf(total)}")
    return lines


def format_report(score: CorpusScore, per_article: bool = False) -> str:
    """A readable plain-text report: per-article lines with their mistakes
    (if ``per_article``), then entities per type, relations per predicate,
    metadata / event-date / member-count shares, and the corpus totals last.

    >>> from zhkg.evaluate.score import score_corpus
    >>> g = {"entities": [{"type": "Person", "name": "张三"}], "relations": []}
    >>> print(format_report(score_corpus([("a", {"entities": []}, g)])).splitlines()[-5])
      entities         P 1.000 R 0.000 F1 0.000  (tp 0, fp 0, fn 1)
    """
    out: list[str] = []
    if per_article:
        out.append("Per article")
        for a in score.articles:
            out.append("  " + format_article(a).replace("\n", "\n  "))
        out.append("")
    out += _table("Entities", score.entities, score.entity_total)
    out.append("")
    out += _table("Relations", score.relations, score.relation_total)
    out.append("")
    out.append(f"{'Values':<22}{'right':>7}{'total':>7}{'share':>8}")
    for label, s in (
        ("metadata", score.metadata),
        ("event dates", score.event_dates),
        ("member counts", score.member_counts),
    ):
        v = "-" if s.value is None else f"{s.value:.3f}"
        out.append(f"  {label:<20}{s.right:7d}{s.total:7d}{v:>8}")
    out.append("")
    failed = len(score.failures)
    out.append(
        f"Corpus totals ({len(score.articles)} articles"
        + (f", {failed} failed" if failed else "")
        + ", micro-averaged)"
    )
    for label, c in (("entities", score.entity_total), ("relations", score.relation_total)):
        out.append(
            f"  {label:<16} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}"
            f"  (tp {c.tp}, fp {c.fp}, fn {c.fn})"
        )
    out.append(f"  {'metadata':<16} {_share(score.metadata)}")
    out.append(f"  {'event dates':<16} {_share(score.event_dates)}")
    out.append(f"  {'member counts':<16} {_share(score.member_counts)}")
    return "\n".join(out)

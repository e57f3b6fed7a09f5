"""Exact-span scoring on CLUENER2020 (``zhkg eval --cluener FILE``).

CLUENER records are ``{"text": ..., "label": {KIND: {MENTION: [[start,
end_inclusive], ...]}}}``.  Their kinds map to ours: ``name`` -> Person;
``organization``, ``government``, ``company`` -> Organization; ``position``
-> Position; the others are ignored.  Spans here are Python slices
``(start, end)`` with ``end`` exclusive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zhkg.evaluate.counts import Counts

__all__ = [
    "CLUENER_KINDS",
    "SPAN_TYPES",
    "SpanScore",
    "Spans",
    "cluener_gold",
    "format_span_report",
    "pred_spans",
    "score_spans",
]

#: CLUENER kind -> our entity type.
CLUENER_KINDS = {
    "name": "Person",
    "organization": "Organization",
    "government": "Organization",
    "company": "Organization",
    "position": "Position",
}
#: Our types scored on CLUENER, in report order.
SPAN_TYPES = ("Person", "Organization", "Position")
#: Predicted types counted as one of SPAN_TYPES (CLUENER has no communities).
_PRED_TYPES = {
    "Person": "Person",
    "Organization": "Organization",
    "Community": "Organization",
    "Position": "Position",
}

Spans = dict[str, set[tuple[int, int]]]
SpanMap = Mapping[str, set[tuple[int, int]]]


def _empty() -> Spans:
    return {t: set() for t in SPAN_TYPES}


def cluener_gold(record: Mapping[str, Any]) -> Spans:
    """Gold spans of one CLUENER record, by our type, ends made exclusive.

    >>> rec = {"text": "张三任某公司经理", "label": {"name": {"张三": [[0, 1]]},
    ...        "company": {"某公司": [[3, 5]]}, "game": {"x": [[6, 6]]}}}
    >>> g = cluener_gold(rec)
    >>> g["Person"], g["Organization"], g["Position"]
    ({(0, 2)}, {(3, 6)}, set())
    """
    out = _empty()
    for kind, mentions in (record.get("label") or {}).items():
        t = CLUENER_KINDS.get(kind)
        if t is None:
            continue
        for spans in mentions.values():
            for start, end in spans:
                out[t].add((int(start), int(end) + 1))
    return out


def pred_spans(pred: Mapping[str, Any]) -> Spans:
    """Predicted spans of an extract-shaped object: every mention's
    ``(start, end)`` of its Person, Organization (Community counted as
    Organization) and Position entities.

    >>> pred_spans({"entities": [{"type": "Person", "name": "张三",
    ...     "mentions": [{"start": 0, "end": 2, "text": "张三"}]}]})["Person"]
    {(0, 2)}
    """
    out = _empty()
    for e in pred.get("entities") or []:
        t = _PRED_TYPES.get(e.get("type"))
        if t is None:
            continue
        for m in e.get("mentions") or []:
            out[t].add((int(m["start"]), int(m["end"])))
    return out


@dataclass(slots=True)
class SpanScore:
    """Per-type exact-span counts over a set of sentences."""

    types: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in SPAN_TYPES})
    records: int = 0

    @property
    def total(self) -> Counts:
        out = Counts()
        for c in self.types.values():
            out = out + c
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "by_type": {t: c.to_json() for t, c in self.types.items()},
            "overall": self.total.to_json(),
        }


def score_spans(
    pairs: Iterable[tuple[SpanMap, SpanMap]],
) -> SpanScore:
    """Score ``(predicted_spans, gold_spans)`` pairs, one per record, by exact match.

    >>> pred = {"Person": {(0, 2), (5, 7)}}
    >>> gold = {"Person": {(0, 2)}, "Position": {(3, 5)}}
    >>> s = score_spans([(pred, gold)])
    >>> s.types["Person"].tp, s.types["Person"].fp, s.types["Position"].fn
    (1, 1, 1)
    """
    score = SpanScore()
    for pred, gold in pairs:
        score.records += 1
        for t in set(pred) | set(gold):
            p, g = set(pred.get(t, ())), set(gold.get(t, ()))
            c = score.types.setdefault(t, Counts())
            c.tp += len(p & g)
            c.fp += len(p - g)
            c.fn += len(g - p)
    return score


def format_span_report(score: SpanScore) -> str:
    """A plain-text table of a :class:`SpanScore`."""
    lines = [f"CLUENER exact-span scores over {score.records} records", ""]
    lines.append(f"  {'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'FP':>7}{'FN':>7}")
    for t, c in list(score.types.items()) + [("overall", score.total)]:
        lines.append(
            f"  {t:<14}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:7d}{c.fp:7d}{c.fn:7d}"
        )
    return "\n".join(lines)

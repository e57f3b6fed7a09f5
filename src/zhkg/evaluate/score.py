"""Score one prediction against its gold file, and a corpus of them.

A prediction is a ``zhkg extract`` object (:meth:`zhkg.model.Article.to_json`);
gold is a ``NAME.gold.json`` object.  The rules are those of
``shared/corpus/README.md`` ("Matching" and "Scores"):

- Persons, Organizations and Communities match by normalised name and type;
  entities of type Position, Place and Date are not scored.  Any other
  predicted type is scored (and so, having no gold, is a false positive).
- Events are aligned one to one within the article, greedily by Dice
  coefficient of normalised names (>= 0.5); a relation end that is a
  predicted event is replaced by the name of the gold event it is aligned to
  (or by a name matching nothing when it is not aligned) before relations are
  compared.  Event ends are the objects of attended/spokeAt/chaired and the
  subjects of heldAt/organizedBy, plus any end named like a predicted event
  (and like no other predicted entity).
- A relation matches on ``p``, ``s``, ``o`` and, for holdsPosition only,
  ``title`` (normalised); signedAgreement ignores direction.  Other keys
  (evidence, start/end dates ...) are ignored.  Every predicted predicate is
  scored, so an unknown one is a false positive.
- Duplicate predictions count once.  Gold items marked ``"optional": true``
  count neither way.
- Metadata: the share of the fields the gold gives a non-null value that the
  prediction gives equal after normalisation.  Event dates and member counts:
  the share of non-optional gold events/communities having one whose matched
  prediction carries the same value (no match counts as wrong).

A prediction carrying ``"error"`` (a file ``zhkg extract`` could not read),
or ``None``, is scored as an empty prediction and keeps the message in
:attr:`ArticleScore.failure`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zhkg.evaluate.counts import Counts, Share
from zhkg.evaluate.match import align_events, normalize
from zhkg.model import PREDICATES, SCORED_TYPES

__all__ = [
    "EVENT_SLOTS",
    "UNDIRECTED",
    "UNSCORED_TYPES",
    "Alignment",
    "ArticleScore",
    "CorpusScore",
    "Mistake",
    "score_article",
    "score_corpus",
]

#: Entity types that ``zhkg extract`` emits but the gold does not score.
UNSCORED_TYPES = frozenset({"Position", "Place", "Date"})
#: For each predicate, the ends ("s"/"o") that are events.
EVENT_SLOTS: dict[str, tuple[str, ...]] = {
    "attended": ("o",),
    "spokeAt": ("o",),
    "chaired": ("o",),
    "heldAt": ("s",),
    "organizedBy": ("s",),
}
#: Predicates whose direction does not count.
UNDIRECTED = frozenset({"signedAgreement"})

_UNALIGNED = "\x00unaligned:"  # prefix that no normalised gold name carries

RelKey = tuple[str, str, str, str | None]


@dataclass(slots=True)
class Mistake:
    """One thing the prediction got wrong in one article.

    ``category`` is ``entity``, ``relation``, ``metadata``, ``event_date`` or
    ``member_count``; ``kind`` is ``false_positive``, ``false_negative`` or
    ``wrong`` (a value that differs or whose item was not found);
    ``label`` is the entity type, predicate or metadata field; ``item`` the
    fields of the entity/relation as given (gold for false negatives,
    prediction for false positives).
    """

    category: str
    kind: str
    label: str
    item: dict[str, Any]
    expected: Any = None
    got: Any = None

    def describe(self) -> str:
        """One readable line, e.g. ``FN relation 张三 holdsPosition 某局 [局长]``.

        >>> m = Mistake("entity", "false_positive", "Person", {"type": "Person", "name": "张三"})
        >>> m.describe()
        'FP entity Person 张三'
        """
        tag = {"false_positive": "FP", "false_negative": "FN"}.get(self.kind, "WRONG")
        if self.category == "entity":
            return f"{tag} entity {self.label} {self.item.get('name')}"
        if self.category == "relation":
            title = f" [{self.item['title']}]" if self.item.get("title") else ""
            return f"{tag} relation {self.item.get('s')} {self.label} {self.item.get('o')}{title}"
        what = self.item.get("name", self.label)
        got = "nothing" if self.got is None else repr(self.got)
        if self.item.get("unmatched"):
            got += (
                f" (no predicted {'event' if self.category == 'event_date' else 'entity'} matched)"
            )
        return f"{tag} {self.category} {what}: expected {self.expected!r}, got {got}"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": self.category,
            "kind": self.kind,
            "label": self.label,
            "item": dict(self.item),
        }
        if self.kind == "wrong":
            out["expected"] = self.expected
            out["got"] = self.got
        return out


@dataclass(frozen=True, slots=True)
class Alignment:
    """A gold event and the predicted event aligned to it."""

    gold: str
    pred: str
    dice: float
    optional: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "dice": round(self.dice, 4),
            "optional": self.optional,
        }


def _empty_rows(keys: Iterable[str]) -> dict[str, Counts]:
    return {k: Counts() for k in keys}


def _sum_rows(rows: Iterable[dict[str, Counts]], base: Iterable[str]) -> dict[str, Counts]:
    out = _empty_rows(base)
    for r in rows:
        for k, c in r.items():
            out[k] = out.get(k, Counts()) + c
    return out


def _total(rows: Mapping[str, Counts]) -> Counts:
    out = Counts()
    for c in rows.values():
        out = out + c
    return out


class _Scores:
    """What article and corpus scores share: totals and JSON."""

    entities: dict[str, Counts]
    relations: dict[str, Counts]
    metadata: Share
    event_dates: Share
    member_counts: Share

    @property
    def entity_total(self) -> Counts:
        """Entities over all scored types (micro-averaged)."""
        return _total(self.entities)

    @property
    def relation_total(self) -> Counts:
        """Relations over all predicates (micro-averaged)."""
        return _total(self.relations)

    def _scores_json(self) -> dict[str, Any]:
        return {
            "entities": {
                "overall": self.entity_total.to_json(),
                "by_type": {k: c.to_json() for k, c in self.entities.items()},
            },
            "relations": {
                "overall": self.relation_total.to_json(),
                "by_predicate": {k: c.to_json() for k, c in self.relations.items()},
            },
            "metadata": self.metadata.to_json(),
            "event_dates": self.event_dates.to_json(),
            "member_counts": self.member_counts.to_json(),
        }


@dataclass(slots=True)
class ArticleScore(_Scores):
    """The scores of one article and what went wrong in it."""

    name: str
    entities: dict[str, Counts] = field(default_factory=lambda: _empty_rows(SCORED_TYPES))
    relations: dict[str, Counts] = field(default_factory=lambda: _empty_rows(PREDICATES))
    metadata: Share = field(default_factory=Share)
    event_dates: Share = field(default_factory=Share)
    member_counts: Share = field(default_factory=Share)
    mistakes: list[Mistake] = field(default_factory=list)
    alignments: list[Alignment] = field(default_factory=list)
    failure: str | None = None

    @property
    def false_positives(self) -> list[Mistake]:
        return [m for m in self.mistakes if m.kind == "false_positive"]

    @property
    def false_negatives(self) -> list[Mistake]:
        return [m for m in self.mistakes if m.kind == "false_negative"]

    @property
    def wrong_values(self) -> list[Mistake]:
        """Metadata, event-date and member-count mismatches."""
        return [m for m in self.mistakes if m.kind == "wrong"]

    def to_json(self, *, with_mistakes: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.failure is not None:
            out["failure"] = self.failure
        out.update(self._scores_json())
        if with_mistakes:
            out["mistakes"] = [m.to_json() for m in self.mistakes]
            out["event_alignment"] = [a.to_json() for a in self.alignments]
        return out


@dataclass(slots=True)
class CorpusScore(_Scores):
    """Micro-averaged totals over articles, keeping each article's score."""

    articles: list[ArticleScore] = field(default_factory=list)

    @property
    def entities(self) -> dict[str, Counts]:  # type: ignore[override]
        return _sum_rows((a.entities for a in self.articles), SCORED_TYPES)

    @property
    def relations(self) -> dict[str, Counts]:  # type: ignore[override]
        return _sum_rows((a.relations for a in self.articles), PREDICATES)

    @property
    def metadata(self) -> Share:  # type: ignore[override]
        return sum((a.metadata for a in self.articles), Share())

    @property
    def event_dates(self) -> Share:  # type: ignore[override]
        return sum((a.event_dates for a in self.articles), Share())

    @property
    def member_counts(self) -> Share:  # type: ignore[override]
        return sum((a.member_counts for a in self.articles), Share())

    @property
    def failures(self) -> list[ArticleScore]:
        """Articles whose prediction was an error."""
        return [a for a in self.articles if a.failure is not None]

    def to_json(self, *, per_article: bool = True, with_mistakes: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles_scored": len(self.articles),
            "articles_failed": len(self.failures),
        }
        if per_article:
            out["articles"] = [a.to_json(with_mistakes=with_mistakes) for a in self.articles]
        out["corpus"] = self._scores_json()
        return out


# ---------------------------------------------------------------- helpers


def _name(e: Mapping[str, Any]) -> str:
    return normalize(str(e.get("name") or ""))


def _value(v: Any) -> str:
    return normalize(str(v))


def _as_int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and normalize(v).isdigit():
        return int(normalize(v))
    return None


def _same_count(a: Any, b: Any) -> bool:
    """Member counts are equal as integers ("40" == 40; 40.5 != 40)."""
    x, y = _as_int(a), _as_int(b)
    if x is not None and y is not None:
        return x == y
    return a is not None and b is not None and _value(a) == _value(b)


def _rel_key(r: Mapping[str, Any], ends: Mapping[str, str] | None = None) -> RelKey:
    """The comparable form of a relation; ``ends`` maps its s/o (normalised)."""
    p = str(r.get("p") or "")
    s, o = normalize(str(r.get("s") or "")), normalize(str(r.get("o") or ""))
    if ends is not None:
        s, o = ends["s"], ends["o"]
    title = normalize(str(r["title"])) if p == "holdsPosition" and r.get("title") else None
    if p in UNDIRECTED and o < s:
        s, o = o, s
    return (p, s, o, title)


def _rel_item(r: Mapping[str, Any]) -> dict[str, Any]:
    item = {"s": r.get("s"), "p": r.get("p"), "o": r.get("o")}
    if r.get("p") == "holdsPosition" and r.get("title"):
        item["title"] = r["title"]
    return item


def _score_entities(
    pred_ents: list[Mapping[str, Any]],
    gold_ents: list[Mapping[str, Any]],
    score: ArticleScore,
) -> tuple[dict[str, str], set[str]]:
    """Fill entity counts and mistakes; return the predicted-event name map
    (normalised predicted name -> normalised gold name or an unmatched marker)
    and the normalised names of the other predicted entities."""
    # Non-event entities: match by (type, normalised name).
    gold_req: dict[tuple[str, str], Mapping[str, Any]] = {}
    gold_opt: dict[tuple[str, str], Mapping[str, Any]] = {}
    for e in gold_ents:
        if e.get("type") == "Event" or e.get("type") in UNSCORED_TYPES:
            continue
        key = (str(e.get("type")), _name(e))
        (gold_opt if e.get("optional") else gold_req).setdefault(key, e)
    for key in gold_req:
        gold_opt.pop(key, None)
    pred_by_key: dict[tuple[str, str], Mapping[str, Any]] = {}
    for e in pred_ents:
        if e.get("type") == "Event" or e.get("type") in UNSCORED_TYPES:
            continue
        pred_by_key.setdefault((str(e.get("type")), _name(e)), e)

    def row(t: str) -> Counts:
        return score.entities.setdefault(t, Counts())

    for key, e in pred_by_key.items():
        if key in gold_req:
            row(key[0]).tp += 1
        elif key not in gold_opt:
            row(key[0]).fp += 1
            score.mistakes.append(
                Mistake("entity", "false_positive", key[0], {"type": key[0], "name": e.get("name")})
            )
    for key, e in gold_req.items():
        if key not in pred_by_key:
            row(key[0]).fn += 1
            score.mistakes.append(
                Mistake("entity", "false_negative", key[0], {"type": key[0], "name": e.get("name")})
            )

    # Member counts: non-optional gold (non-event) entities that give one.
    for key, e in gold_req.items():
        if e.get("member_count") is None:
            continue
        score.member_counts.total += 1
        p = pred_by_key.get(key)
        got = p.get("member_count") if p is not None else None
        if p is not None and _same_count(got, e["member_count"]):
            score.member_counts.right += 1
        else:
            item = {"type": key[0], "name": e.get("name")}
            if p is None:
                item["unmatched"] = True
            score.mistakes.append(
                Mistake("member_count", "wrong", key[0], item, e["member_count"], got)
            )

    # Events: one-to-one alignment by Dice.
    gold_events: dict[str, Mapping[str, Any]] = {}
    for e in gold_ents:
        if e.get("type") == "Event":
            prev = gold_events.get(_name(e))
            if prev is None or (prev.get("optional") and not e.get("optional")):
                gold_events[_name(e)] = e
    pred_events: dict[str, Mapping[str, Any]] = {}
    for e in pred_ents:
        if e.get("type") == "Event":
            n = _name(e)
            if n not in pred_events or (pred_events[n].get("date") is None and e.get("date")):
                pred_events[n] = e
    gnames, pnames = list(gold_events), list(pred_events)
    gflags = [bool(gold_events[g].get("optional")) for g in gnames]
    pairs = align_events(
        [str(gold_events[g].get("name")) for g in gnames],
        [str(pred_events[p].get("name")) for p in pnames],
        optional=gflags,
    )
    event_map = {p: _UNALIGNED + p for p in pnames}
    aligned_gold: dict[int, int] = {}
    for gi, pi, d in pairs:
        event_map[pnames[pi]] = gnames[gi]
        aligned_gold[gi] = pi
        score.alignments.append(
            Alignment(
                str(gold_events[gnames[gi]].get("name")),
                str(pred_events[pnames[pi]].get("name")),
                d,
                gflags[gi],
            )
        )
    ev = row("Event")
    aligned_pred = set(aligned_gold.values())
    for pi, p in enumerate(pnames):
        if pi not in aligned_pred:
            ev.fp += 1
            score.mistakes.append(
                Mistake(
                    "entity",
                    "false_positive",
                    "Event",
                    {"type": "Event", "name": pred_events[p].get("name")},
                )
            )
    for gi, g in enumerate(gnames):
        e = gold_events[g]
        if gflags[gi]:
            continue
        if gi in aligned_gold:
            ev.tp += 1
        else:
            ev.fn += 1
            score.mistakes.append(
                Mistake(
                    "entity", "false_negative", "Event", {"type": "Event", "name": e.get("name")}
                )
            )
        if e.get("date") is not None:
            score.event_dates.total += 1
            p = pred_events[pnames[aligned_gold[gi]]] if gi in aligned_gold else None
            got = p.get("date") if p is not None else None
            if got is not None and _value(got) == _value(e["date"]):
                score.event_dates.right += 1
            else:
                item = {"type": "Event", "name": e.get("name")}
                if p is None:
                    item["unmatched"] = True
                else:
                    item["pred"] = p.get("name")
                score.mistakes.append(Mistake("event_date", "wrong", "date", item, e["date"], got))

    return event_map, {n for (_, n) in pred_by_key}


def _score_relations(
    pred_rels: list[Mapping[str, Any]],
    gold_rels: list[Mapping[str, Any]],
    event_map: dict[str, str],
    others: set[str],
    score: ArticleScore,
) -> None:
    """Fill relation counts and mistakes.  A predicted end named like a
    predicted event is mapped through ``event_map`` when it is an event slot
    of its predicate, or when no other predicted entity (``others``) has
    that name."""
    gold_req: dict[RelKey, Mapping[str, Any]] = {}
    gold_opt: dict[RelKey, Mapping[str, Any]] = {}
    for r in gold_rels:
        key = _rel_key(r)
        (gold_opt if r.get("optional") else gold_req).setdefault(key, r)
    for key in gold_req:
        gold_opt.pop(key, None)

    pred_by_key: dict[RelKey, Mapping[str, Any]] = {}
    for r in pred_rels:
        p = str(r.get("p") or "")
        ends = {}
        for slot in ("s", "o"):
            n = normalize(str(r.get(slot) or ""))
            if n in event_map and (slot in EVENT_SLOTS.get(p, ()) or n not in others):
                n = event_map[n]
            ends[slot] = n
        pred_by_key.setdefault(_rel_key(r, ends), r)

    def row(p: str) -> Counts:
        return score.relations.setdefault(p, Counts())

    for key, r in pred_by_key.items():
        if key in gold_req:
            row(key[0]).tp += 1
        elif key not in gold_opt:
            row(key[0]).fp += 1
            score.mistakes.append(Mistake("relation", "false_positive", key[0], _rel_item(r)))
    for key, r in gold_req.items():
        if key not in pred_by_key:
            row(key[0]).fn += 1
            score.mistakes.append(Mistake("relation", "false_negative", key[0], _rel_item(r)))


def _score_metadata(
    pred_meta: Mapping[str, Any], gold_meta: Mapping[str, Any], score: ArticleScore
) -> None:
    for k, v in gold_meta.items():
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        score.metadata.total += 1
        got = pred_meta.get(k)
        if got is not None and _value(got) == _value(v):
            score.metadata.right += 1
        else:
            score.mistakes.append(Mistake("metadata", "wrong", k, {"field": k}, v, got))


# ---------------------------------------------------------------- public


def score_article(
    pred: Mapping[str, Any] | None, gold: Mapping[str, Any], *, name: str | None = None
) -> ArticleScore:
    """Score one prediction (``zhkg extract`` object) against one gold object.

    ``name`` labels the article in reports (default: the prediction's
    ``path``).

    >>> gold = {"entities": [{"type": "Person", "name": "张三"}], "relations": []}
    >>> pred = {"entities": [{"type": "Person", "name": "张三"},
    ...                      {"type": "Place", "name": "某市"}], "relations": []}
    >>> s = score_article(pred, gold)
    >>> s.entity_total.tp, s.entity_total.fp, s.entity_total.fn
    (1, 0, 0)
    """
    failure = None
    if pred is None:
        pred, failure = {}, "no prediction"
    elif pred.get("error") is not None:
        failure = str(pred["error"])
    if name is None:
        name = str(pred.get("path") or "")
    score = ArticleScore(name=name, failure=failure)
    event_map, others = _score_entities(
        list(pred.get("entities") or []), list(gold.get("entities") or []), score
    )
    _score_relations(
        list(pred.get("relations") or []),
        list(gold.get("relations") or []),
        event_map,
        others,
        score,
    )
    _score_metadata(pred.get("metadata") or {}, gold.get("metadata") or {}, score)
    return score


def score_corpus(
    items: Iterable[tuple[str, Mapping[str, Any] | None, Mapping[str, Any]]],
) -> CorpusScore:
    """Score ``(name, prediction, gold)`` triples; totals are micro-averaged.

    >>> g = {"entities": [{"type": "Person", "name": "张三"}], "relations": []}
    >>> c = score_corpus([("a", g, g), ("b", {"entities": []}, g)])
    >>> c.entity_total.tp, c.entity_total.fn, len(c.articles)
    (1, 1, 2)
    """
    return CorpusScore(articles=[score_article(p, g, name=n) for n, p, g in items])

"""Reading CLUENER2020 files and scoring a tagger on them (exact span match).

CLUENER records are ``{"text": ..., "label": {KIND: {MENTION: [[start,
end_inclusive], ...]}}}``. ``name`` is a Person, ``position`` a Position and
``organization``/``government``/``company`` are all Organizations; other kinds
are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from zhkg.errors import InputError

__all__ = ["CLUENER_KINDS", "evaluate", "prf", "read_cluener"]

CLUENER_KINDS = {
    "name": "Person",
    "position": "Position",
    "organization": "Organization",
    "government": "Organization",
    "company": "Organization",
}

Span = tuple[int, int, str]


def read_cluener(
    path: str | Path, limit: int | None = None, kinds: dict[str, str] | None = None
) -> Iterator[tuple[str, set[Span]]]:
    """(text, {(start, end exclusive, type)}) for each record of a CLUENER JSONL file."""
    kinds = CLUENER_KINDS if kinds is None else kinds
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if limit is not None and lineno > limit:
                return
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["text"]
                spans: set[Span] = set()
                for kind, mentions in rec.get("label", {}).items():
                    typ = kinds.get(kind)
                    if typ is None:
                        continue
                    for mention, offsets in mentions.items():
                        for s, e in offsets:
                            if text[s : e + 1] != mention:
                                raise ValueError(f"offsets {s},{e} do not give {mention!r}")
                            spans.add((s, e + 1, typ))
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(str(path), f"bad CLUENER record: {e}", lineno) from e
            yield text, spans


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 (0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def evaluate(
    records: Iterable[tuple[str, set[Span]]],
    tag_fn: Callable[[str], Iterable[tuple]],
    types: Iterable[str] = ("Person", "Organization", "Position"),
) -> dict[str, dict[str, float]]:
    """Per-type and micro-averaged P/R/F1 of ``tag_fn`` on ``records``."""
    types = list(types)
    tp = dict.fromkeys(types, 0)
    npred = dict.fromkeys(types, 0)
    ngold = dict.fromkeys(types, 0)
    for text, gold in records:
        pred = {(s, e, t) for s, e, t, *_ in tag_fn(text) if t in tp}
        for s, e, t in gold:
            if t in ngold:
                ngold[t] += 1
        for s, e, t in pred:
            npred[t] += 1
            if (s, e, t) in gold:
                tp[t] += 1
    out = {t: prf(tp[t], npred[t], ngold[t]) for t in types}
    out["micro"] = prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    return out

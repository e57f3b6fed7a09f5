"""Train zhkg's statistical name tagger on CLUENER2020 and print dev figures.

Usage (from the repository root)::

    .venv/bin/python tools/train_tagger.py \
        --train ../shared/data/cluener/train.jsonl \
        --dev ../shared/data/cluener/dev.jsonl \
        --out src/zhkg/nlp/data/tagger.model.gz

An averaged structured perceptron (Collins 2002) over BIOES tags, pure
Python. Deterministic: the sentence order of every epoch comes from
``random.Random(seed)``, and features are CRC-32 hashes (no Python ``hash``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from zhkg.nlp.tagger import Tagger, TaggerModel, allowed_transitions, make_tags, viterbi
from zhkg.nlp.tagger_eval import CLUENER_KINDS, evaluate, read_cluener
from zhkg.nlp.tagger_features import sentence_features

TYPE_CODES = {"Person": "PER", "Organization": "ORG", "Position": "POS", "Place": "LOC"}


def bioes(n: int, spans, tag_index: dict[str, int]) -> list[int]:
    """Gold tag ids for a sentence of length ``n``; overlapping spans: first one wins."""
    out = [0] * n
    for s, e, typ in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if any(out[i] for i in range(s, e)):
            continue
        code = TYPE_CODES[typ]
        if e - s == 1:
            out[s] = tag_index[f"S-{code}"]
        else:
            out[s] = tag_index[f"B-{code}"]
            for i in range(s + 1, e - 1):
                out[i] = tag_index[f"I-{code}"]
            out[e - 1] = tag_index[f"E-{code}"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--train", default="../shared/data/cluener/train.jsonl")
    ap.add_argument("--dev", default="../shared/data/cluener/dev.jsonl")
    ap.add_argument("--out", default="src/zhkg/nlp/data/tagger.model.gz")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument(
        "--min-count", type=int, default=2, help="drop features seen fewer times in training"
    )
    ap.add_argument(
        "--loc",
        action="store_true",
        help="also learn CLUENER 'address' as an auxiliary type (not output; slower tagging)",
    )
    ap.add_argument(
        "--eval-every",
        type=int,
        default=1,
        help="print dev figures every N epochs (0: only at the end)",
    )
    args = ap.parse_args(argv)

    kinds = dict(CLUENER_KINDS)
    types = ["PER", "ORG", "POS"]
    if args.loc:
        kinds["address"] = "Place"
        types.append("LOC")
    tags = make_tags(types)
    T = len(tags)
    tag_index = {t: i for i, t in enumerate(tags)}
    start_ok, follow, end_ok = allowed_transitions(tags)
    preds = [[p for p in range(T) if follow[p][c]] for c in range(T)]

    t0 = time.time()
    records = list(read_cluener(args.train, kinds=kinds))
    feats_h = [sentence_features(text) for text, _ in records]
    golds = [bioes(len(text), spans, tag_index) for text, spans in records]
    counts: Counter[int] = Counter(h for sent in feats_h for hs in sent for h in hs)
    keep = {h for h, c in counts.items() if c >= args.min_count}
    index: dict[int, int] = {}
    feats: list[list[list[int]]] = []
    for sent in feats_h:
        feats.append([[index.setdefault(h, len(index)) for h in hs if h in keep] for hs in sent])
    del feats_h, counts
    hashes = [0] * len(index)
    for h, i in index.items():
        hashes[i] = h
    nF = len(index)
    print(
        f"{len(records)} sentences, {sum(map(len, golds))} chars, {nF} features (min count {args.min_count}), "
        f"{T} tags; features in {time.time() - t0:.1f}s",
        flush=True,
    )

    W = [[0.0] * T for _ in range(nF)]
    U = [[0.0] * T for _ in range(nF)]
    TW = [[0.0] * T for _ in range(T)]
    TU = [[0.0] * T for _ in range(T)]
    c = 1
    rng = random.Random(args.seed)
    order = list(range(len(records)))
    dev = list(read_cluener(args.dev)) if args.dev else []

    def averaged() -> TaggerModel:
        weights = {}
        for i in range(nF):
            w, u = W[i], U[i]
            row = tuple(w[t] - u[t] / c for t in range(T))
            if any(row):
                weights[hashes[i]] = row
        trans = [[TW[p][q] - TU[p][q] / c for q in range(T)] for p in range(T)]
        return TaggerModel(
            types,
            weights,
            trans,
            {
                "trained_on": "CLUENER2020 train",
                "epochs": args.epochs,
                "seed": args.seed,
                "min_count": args.min_count,
            },
        )

    def report(model: TaggerModel, label: str) -> None:
        t1 = time.time()
        res = evaluate(dev, Tagger(model).tag)
        dt = time.time() - t1
        chars = sum(len(t) for t, _ in dev)
        line = "  ".join(
            f"{k} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}" for k, v in res.items()
        )
        print(f"[{label}] dev: {line}  ({chars / dt:,.0f} chars/s)", flush=True)

    for epoch in range(1, args.epochs + 1):
        t1 = time.time()
        rng.shuffle(order)
        errors = 0
        for k in order:
            fs = feats[k]
            gold = golds[k]
            em = []
            for hs in fs:
                rows = [W[f] for f in hs]
                em.append([sum(col) for col in zip(*rows)] if rows else [0.0] * T)
            path, _ = viterbi(em, TW, preds, start_ok, end_ok)
            if path != gold:
                errors += 1
                for i, (g, p) in enumerate(zip(gold, path)):
                    if g != p:
                        for f in fs[i]:
                            wf, uf = W[f], U[f]
                            wf[g] += 1.0
                            wf[p] -= 1.0
                            uf[g] += c
                            uf[p] -= c
                    if i:
                        gp, pp = gold[i - 1], path[i - 1]
                        if gp != pp or g != p:
                            TW[gp][g] += 1.0
                            TW[pp][p] -= 1.0
                            TU[gp][g] += c
                            TU[pp][p] -= c
            c += 1
        print(f"epoch {epoch}: {errors} sentences wrong, {time.time() - t1:.1f}s", flush=True)
        if dev and args.eval_every and epoch % args.eval_every == 0 and epoch != args.epochs:
            report(averaged(), f"epoch {epoch}")

    model = averaged()
    if dev:
        report(model, "final")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    if dev:
        report(TaggerModel.load(out), "saved file")
    print(
        f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(model.weights)} features); "
        f"total {time.time() - t0:.0f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

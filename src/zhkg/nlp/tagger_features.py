"""Feature extraction for the statistical name tagger (:mod:`zhkg.nlp.tagger`).

Each character of a sentence gets a list of feature *hashes*: the feature is
written as a short string (``"b0:局长"``), encoded as UTF-8 and hashed with
``zlib.crc32``, so the same feature has the same integer in every process and
the trained model file holds only integers, never the text it was trained on.

The same function serves training (``tools/train_tagger.py``) and tagging, so
the two can never drift apart.
"""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
import zlib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

__all__ = [
    "GAZ_BITS",
    "GAZ_MAXLEN",
    "char_class",
    "gazetteer_marks",
    "lac_strings",
    "load_surnames",
    "load_word_tags",
    "segmenter",
    "sentence_features",
]

_PAD_L = "\x02"
_PAD_R = "\x03"
_SURNAMES_FILE = "tagger.surnames.txt"
_jieba_lock = threading.Lock()
_DATA_DIR = Path(__file__).resolve().parent / "data"


def char_class(ch: str) -> str:
    """One-letter class of a character.

    ``D`` digit, ``L`` Latin letter, ``H`` Han character, ``C`` Chinese
    numeral, ``P`` punctuation, ``S`` space, ``O`` anything else.

    >>> char_class("7"), char_class("局"), char_class("，")
    ('D', 'H', 'P')
    """
    if ch in "零〇一二三四五六七八九十百千万亿两":
        return "C"
    if ch.isdigit():
        return "D"
    if ch.isspace():
        return "S"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isalpha():
        return (
            "L"
            if ch.isascii() or unicodedata.name(ch, "").startswith(("LATIN", "FULLWIDTH LATIN"))
            else "O"
        )
    cat = unicodedata.category(ch)
    if cat.startswith(("P", "S")):
        return "P"
    return "O"


@cache
def load_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single and compound surnames from the package data file."""
    text = (_DATA_DIR / _SURNAMES_FILE).read_text(encoding="utf-8")
    single: set[str] = set()
    compound: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for item in line.split():
            (single if len(item) == 1 else compound).add(item)
    return frozenset(single), frozenset(compound)


@cache
def load_word_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's main dictionary (word -> tag)."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    return tags


_LEX_TAGS = ("nr", "nrt", "nrfg", "ns", "nt", "nz")


def _bucket(x: float) -> str:
    return "0" if x <= 0 else "1" if x < 0.05 else "2" if x < 0.15 else "3" if x < 0.35 else "4"


@cache
def char_profiles() -> dict[str, str]:
    """Per character, a 3-letter profile from jieba's dictionary.

    The letters bucket how often the character is (1) the first character of
    a person-name entry, (2) a later character of one, (3) in a transliterated
    name (``nrt``). Generalises to name characters never seen in training.
    """
    from collections import Counter

    total: Counter[str] = Counter()
    first: Counter[str] = Counter()
    given: Counter[str] = Counter()
    translit: Counter[str] = Counter()
    for word, t in load_word_tags().items():
        for k, ch in enumerate(word):
            total[ch] += 1
            if t in ("nr", "nrfg") and 2 <= len(word) <= 4:
                if k == 0:
                    first[ch] += 1
                else:
                    given[ch] += 1
            elif t == "nrt":
                translit[ch] += 1
    return {
        ch: _bucket(first[ch] / n) + _bucket(given[ch] / n) + _bucket(translit[ch] / n)
        for ch, n in total.items()
    }


@cache
def _lexicon() -> tuple[dict[str, str], int]:
    """Dictionary words with an entity tag (word -> tag), and the longest length kept."""
    lex = {w: t for w, t in load_word_tags().items() if t in _LEX_TAGS and 2 <= len(w) <= 8}
    return lex, 8


@cache
def segmenter():
    """A private jieba tokenizer (user words added elsewhere do not change features)."""
    import jieba

    with _jieba_lock:
        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
    return tok


def _word_features(text: str) -> list[tuple[str, str, str, str, str]]:
    """Per character: (position in word + length, word, dict tag, previous word tag, next word tag)."""
    tags = load_word_tags()
    words = list(segmenter().cut(text, HMM=True))
    wtags = []
    for w in words:
        t = tags.get(w)
        if t is None:
            t = "new" if len(w) > 1 and all("\u4e00" <= c <= "\u9fff" for c in w) else "x"
        wtags.append(t)
    out: list[tuple[str, str, str, str, str]] = []
    n = len(words)
    for k, w in enumerate(words):
        length = len(w)
        lc = str(min(length, 5))
        prev_t = wtags[k - 1] if k > 0 else "^"
        next_t = wtags[k + 1] if k + 1 < n else "$"
        t = wtags[k]
        if length == 1:
            out.append(("S" + lc, w, t, prev_t, next_t))
        else:
            for j in range(length):
                pos = "B" if j == 0 else ("E" if j == length - 1 else "M")
                out.append((pos + lc, w, t, prev_t, next_t))
    return out


GAZ_BITS = {"PER": 0, "ORG": 2, "POS": 4}  # bit offset of each type's 2-bit field
GAZ_MAXLEN = 12


def gazetteer_value(code: str, labelled: int, occurs: int) -> int:
    """Gazetteer bits for a string seen ``labelled`` times as type ``code``
    among ``occurs`` occurrences: 3 (mostly that type), 2 (often) or 1."""
    r = labelled / max(occurs, labelled, 1)
    level = 3 if r >= 0.7 else 2 if r >= 0.3 else 1
    return level << GAZ_BITS[code]


def gazetteer_marks(text: str, gazetteer: Mapping[int, int] | None) -> list[str]:
    """Per character, where it sits in the longest known entity of each type.

    ``gazetteer`` maps the CRC-32 of an entity string (UTF-8) to a bit mask of
    :data:`GAZ_BITS` (the types it was seen as in training). For each type the
    mark is ``B``/``M``/``E`` plus the match length (``_`` when no match), so
    a character gets e.g. ``"B3_E4"``-like strings, one slot per type.
    """
    n = len(text)
    slots = len(GAZ_BITS)
    best = [[0] * n for _ in range(slots)]  # longest covering match length
    where = [[""] * n for _ in range(slots)]
    if gazetteer:
        crc = zlib.crc32
        get = gazetteer.get
        shifts = list(GAZ_BITS.values())
        for i in range(n):
            top = min(GAZ_MAXLEN, n - i)
            for L in range(2, top + 1):
                m = get(crc(text[i : i + L].encode("utf-8")))
                if not m:
                    continue
                for k, sh in enumerate(shifts):
                    level = (m >> sh) & 3
                    if level:
                        row = best[k]
                        pos = where[k]
                        for j in range(i, i + L):
                            if L > row[j]:
                                row[j] = L
                                pos[j] = (
                                    ("B" if j == i else "E" if j == i + L - 1 else "M")
                                    + str(min(L, 6))
                                    + "_abc"[level]
                                )
    return ["".join((where[k][i] or "___") for k in range(slots)) for i in range(n)]


def lac_strings(text: str, tags: Sequence[str]) -> list[list[str]]:
    """Per character, the features of LAC's reading (:mod:`zhkg.nlp.lac`):
    its tag there and beside it, the character with it, the whole LAC word,
    the labels of the words either side, and the word's length."""
    n = len(text)
    out: list[list[str]] = []
    a = 0
    for i in range(n):
        tg = tags[i]
        if tg[0] in "BS":
            a = i
        b = i
        while b < n - 1 and tags[b][0] in "BM" and tags[b + 1][0] in "ME":
            b += 1
        p = tags[i - 1] if i else "^"
        q = tags[i + 1] if i + 1 < n else "$"
        pl = tags[a - 1][2:] if a else "^"
        nl = tags[b + 1][2:] if b + 1 < n else "$"
        out.append([
            "L0:" + tg,
            "L-1:" + p + tg,
            "L1:" + tg + q,
            "Lc:" + tg + text[i],
            "Lw:" + tg + text[a : b + 1],
            "Lpn:" + pl + "|" + tg + "|" + nl,
            "Ll:" + tg[0] + str(min(b - a + 1, 5)) + tg[2:],
        ])
    return out


def sentence_features(
    text: str, gazetteer: Mapping[int, int] | None = None, lac: Sequence[str] | None = None
) -> list[list[int]]:
    """Feature hashes for every character of ``text`` (one list per character).

    ``gazetteer`` (hash of an entity string -> type bits, see
    :func:`gazetteer_marks`) adds features for known entity strings; ``lac``
    (LAC's tag of each character, :func:`zhkg.nlp.lac.char_tags`) adds
    LAC's reading (:func:`lac_strings`), and LAC's tag paired with jieba's
    word position, jieba's word tag and the surname flags of the character
    and the one before. A model must be trained and used
    with the same kinds of features.
    """
    n = len(text)
    if n == 0:
        return []
    single, compound = load_surnames()
    s = _PAD_L * 3 + text + _PAD_R * 3
    cls = _PAD_L * 3 + "".join(char_class(c) for c in text) + _PAD_R * 3
    words = _word_features(text)
    prof = char_profiles()
    lex, maxlen = _lexicon()
    starts = [""] * n
    ends = [""] * n
    for i in range(n):
        for L in range(min(maxlen, n - i), 1, -1):
            t = lex.get(text[i : i + L])
            if t is not None:
                starts[i] = starts[i] or f"{t}{min(L, 5)}"
                ends[i + L - 1] = ends[i + L - 1] or f"{t}{min(L, 5)}"
                break
    bigram_count: dict[str, int] = {}
    for i in range(n - 1):
        b = text[i : i + 2]
        bigram_count[b] = bigram_count.get(b, 0) + 1
    rep = ["1" if bigram_count.get(text[i : i + 2], 0) > 1 else "0" for i in range(n)] + ["0"]
    pr = ["___"] * 2 + [prof.get(ch, "___") for ch in text] + ["___"] * 2
    gz = gazetteer_marks(text, gazetteer) if gazetteer is not None else None
    if lac is not None and len(lac) != n:
        raise ValueError(f"{len(lac)} LAC tags for {n} characters")
    lx = lac_strings(text, lac) if lac is not None else None
    crc = zlib.crc32
    feats: list[list[int]] = []
    for i in range(n):
        j = i + 3
        c = s[j]
        p1, p2, n1, n2 = s[j - 1], s[j - 2], s[j + 1], s[j + 2]
        wpos, word, wtag, ptag, ntag = words[i]
        sur = (
            ("1" if c in single else "0")
            + ("1" if s[j : j + 2] in compound else "0")
            + ("1" if s[j - 1 : j + 1] in compound else "0")
            + ("1" if p1 in single else "0")
        )
        strs = (
            "bias",
            "u0:" + c,
            "u-1:" + p1,
            "u1:" + n1,
            "u-2:" + p2,
            "u2:" + n2,
            "u-3:" + s[j - 3],
            "u3:" + s[j + 3],
            "b-2:" + p2 + p1,
            "b-1:" + p1 + c,
            "b0:" + c + n1,
            "b1:" + n1 + n2,
            "t-2:" + p2 + p1 + c,
            "t-1:" + p1 + c + n1,
            "t0:" + c + n1 + n2,
            "k:" + cls[j - 1 : j + 2],
            "k5:" + cls[j - 2 : j + 3],
            "s:" + sur,
            "su:" + sur + c,
            "wp:" + wpos,
            "w:" + wpos + word,
            "wt:" + wpos + wtag,
            "wtt:" + ptag + "|" + wtag + "|" + ntag + wpos,
            "wc:" + wpos + c,
            "p0:" + pr[i + 2],
            "p-1:" + pr[i + 1] + pr[i + 2],
            "p1:" + pr[i + 2] + pr[i + 3],
            "p3:" + pr[i + 1] + pr[i + 2] + pr[i + 3] + sur,
            "ls:" + starts[i],
            "le:" + ends[i],
            "lse:" + (ends[i - 1] if i else "^") + "|" + starts[i],
            "r:" + (rep[i - 1] if i else "^") + rep[i] + cls[j],
        )
        if gz is not None:
            g = gz[i]
            strs = (
                *strs,
                "g:" + g,
                "g-1:" + (gz[i - 1] if i else "^") + g,
                "g1:" + g + (gz[i + 1] if i + 1 < n else "$"),
                "gc:" + g + c,
            )
        if lx is not None:
            tg = lac[i]  # LAC's tag with jieba's word position and tag, and with the surname flags
            lsur = ("1" if c in single else "0") + ("1" if p1 in single else "0")
            strs = (*strs, *lx[i], "Ljb:" + tg + wpos, "Ljt:" + tg + wtag, "Ls:" + tg + lsur)
        feats.append([crc(x.encode("utf-8")) for x in strs])
    return feats

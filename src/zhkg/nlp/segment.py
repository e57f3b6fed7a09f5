"""jieba, set up once per process, with zhkg's lexicon words added.

zhkg uses its own ``jieba.Tokenizer`` so that adding titles and unit
suffixes never changes the user's global jieba. Segmentation serves one
purpose here: word boundaries, so that a unit suffix is only taken where a
word ends (局 in 教育局局长 ends a word, 科 in 科技 does not).

>>> sorted(word_boundaries("教育局局长")), sorted(word_boundaries("数控科技有限公司"))
([0, 3, 5], [0, 2, 4, 8])
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
import threading
from functools import cache
from pathlib import Path

import jieba

from .lexicon import get_lexicon, read_words

__all__ = ["pos_tag", "tokenizer", "tokens", "word_boundaries", "word_freq"]

_lock = threading.Lock()


def _private_cache_dir() -> Path:
    """A cache folder only this user can write: $XDG_CACHE_HOME/zhkg or ~/.cache/zhkg."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "zhkg"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.stat()
        if st.st_uid != os.getuid() or st.st_mode & 0o022:
            raise PermissionError(f"{folder} is writable by others")
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="zhkg-jieba-"))  # 0700, new each run
    return folder


@cache
def tokenizer() -> jieba.Tokenizer:
    """A private jieba tokenizer with titles, unit suffixes and the words
    ``pos_tags.txt`` tags as words."""
    with _lock:
        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        # jieba caches its dictionary with marshal in the shared temp folder by
        # default, where anyone could plant a file: keep ours private (0700)
        tk.tmp_dir = str(_private_cache_dir())
        tk.initialize()
        lex = get_lexicon()
        for w in lex.titles.words:
            tk.add_word(w, freq=50000)
        for w in lex.org_suffixes.words:
            if len(w) >= 2:
                tk.add_word(w, freq=20000)
        for w in read_words("community_heads.txt"):
            tk.add_word(w, freq=20000)
        for w in lex.event_heads.words:
            tk.add_word(w, freq=20000)
        # a word pos_tags.txt tags that jieba does not know is a word (入职: not 入|职)
        tagged = read_words("pos_tags.txt")
        for w in tagged[::2]:
            if len(w) >= 2 and not tk.FREQ.get(w):
                tk.add_word(w, freq=2000)
        # short forms inside bodies' names are words (经开区管委会: not 经|开区, whose 经 reads as a verb)
        for w in lex.abbreviations:
            if len(w) >= 3:
                tk.add_word(w, freq=20000)
        # words that glue a unit word to a title (局局长, 处处长) hide the
        # end of the unit: drop them, unless the glued word is a title itself
        # and its first character alone is no unit word (支队长: 支 only ends
        # 村党总支; but 系主任 is 系|主任, 机电系 being a unit)
        keep = set(lex.titles.words)
        ends = {w[-1] for w in lex.org_suffixes.words}
        for title in lex.titles.words:
            for c in ends:
                if tk.FREQ.get(c + title) and not (c + title in keep and c not in lex.org_suffixes.words):
                    tk.del_word(c + title)
            # and a unit word's last character doubled by the title (处处 in 汽车产业处处长毛某)
            if title[0] in ends and tk.FREQ.get(title[0] * 2):
                tk.del_word(title[0] * 2)
        # so do unit words glued to a title or a role word (大学教授, 学院院长,
        # 医院院长), unless the glued word is a title itself (党委书记)
        for unit in (w for w in lex.org_suffixes.words if len(w) >= 2):
            for role in (*lex.titles.words, *lex.person_cues.words):
                w = unit + role
                if w not in keep and tk.FREQ.get(w):
                    tk.del_word(w)
        return tk


def tokens(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each jieba word of ``text`` (no HMM: unknown
    characters stay single, names are zhkg's job).

    The same words as ``tokenizer().cut(text, HMM=False)`` (a test checks
    it), found without building word strings, the DAG and route dicts and
    the log calls per candidate that jieba's pure-Python path pays.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for blk in _RE_HAN.split(text):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            _cut_block(blk, pos, out)
        else:  # outside Chinese runs jieba keeps \r\n together, else one character a word
            i, n = 0, len(blk)
            while i < n:
                step = 2 if blk.startswith("\r\n", i) else 1
                out.append((pos + i, pos + i + step))
                i += step
        pos += len(blk)
    return out


_RE_HAN = jieba.re_han_default
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@cache
def _weights() -> tuple[dict[str, int], dict[str, float], float]:
    tk = tokenizer()
    return tk.FREQ, {}, math.log(tk.total)


def _cut_block(s: str, pos: int, out: list[tuple[int, int]]) -> None:
    """jieba's ``__cut_DAG_NO_HMM`` of one Chinese run ``s`` (at ``pos``):
    the most probable route through the dictionary DAG, then runs of
    single Latin letters or digits joined, as spans."""
    freq, weight, logtotal = _weights()
    n = len(s)
    score = [0.0] * (n + 1)
    end = list(range(n))
    for k in range(n - 1, -1, -1):
        best = None
        i = k
        frag = s[k]
        found = False
        while i < n and frag in freq:
            if freq[frag]:
                found = True
                w = weight.get(frag)
                if w is None:
                    w = weight[frag] = math.log(freq[frag]) - logtotal
                sc = w + score[i + 1]
                if best is None or sc >= best:  # ties: the longer word, as jieba's max
                    best, end[k] = sc, i
            i += 1
            frag = s[k:i + 1]
        if not found:  # a character outside the dictionary is a word of its own
            score[k] = -logtotal + score[k + 1]
        else:
            score[k] = best
    x = 0
    run = -1  # start of a run of single Latin letters or digits
    while x < n:
        y = end[x] + 1
        if y - x == 1 and s[x] in _ENG:
            if run < 0:
                run = x
        else:
            if run >= 0:
                out.append((pos + run, pos + x))
                run = -1
            out.append((pos + x, pos + y))
        x = y
    if run >= 0:
        out.append((pos + run, pos + n))


def word_boundaries(text: str) -> set[int]:
    """Offsets where a jieba word starts or ends."""
    b = {0, len(text)}
    for s, e in tokens(text):
        b.add(s)
        b.add(e)
    return b


@cache
def _tags() -> dict[str, str]:
    """jieba's tags, with the corrections of ``pos_tags.txt`` (jieba's own table is left as it is)."""
    import jieba.posseg

    words = read_words("pos_tags.txt")
    tags = dict(jieba.posseg.dt.word_tag_tab)
    tags.update(zip(words[::2], words[1::2]))
    return tags


def pos_tag(word: str) -> str:
    """jieba's dictionary part-of-speech tag of ``word`` ('' when unknown)."""
    return _tags().get(word, "")


def word_freq(word: str) -> int:
    """jieba's dictionary frequency of ``word`` (0 when unknown)."""
    return tokenizer().FREQ.get(word, 0)

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
import os
import tempfile
import threading
from functools import cache
from pathlib import Path

import jieba

from .lexicon import get_lexicon, read_words

__all__ = ["tokenizer", "word_boundaries", "tokens", "pos_tag", "word_freq"]

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
    """A private jieba tokenizer with titles and unit suffixes as words."""
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
        # words that glue a unit word to a title (局局长, 处处长) hide the
        # end of the unit: drop them
        ends = {w[-1] for w in lex.org_suffixes.words}
        for title in lex.titles.words:
            for c in ends:
                if tk.FREQ.get(c + title):
                    tk.del_word(c + title)
        return tk


def tokens(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each jieba word of ``text`` (no HMM: unknown
    characters stay single, names are zhkg's job)."""
    out = []
    i = 0
    for w in tokenizer().cut(text, HMM=False):
        out.append((i, i + len(w)))
        i += len(w)
    return out


def word_boundaries(text: str) -> set[int]:
    """Offsets where a jieba word starts or ends."""
    b = {0, len(text)}
    for s, e in tokens(text):
        b.add(s)
        b.add(e)
    return b


@cache
def _tags() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def pos_tag(word: str) -> str:
    """jieba's dictionary part-of-speech tag of ``word`` ('' when unknown)."""
    return _tags().get(word, "")


def word_freq(word: str) -> int:
    """jieba's dictionary frequency of ``word`` (0 when unknown)."""
    return tokenizer().FREQ.get(word, 0)

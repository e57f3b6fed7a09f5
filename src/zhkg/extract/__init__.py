"""Extraction: entities, relations, back-references and aliases.

>>> from zhkg.model import Article
>>> a = extract_article(Article("x.txt", "青州市教育局副局长耿子墨出席。"))
>>> [(r.s, r.p, r.o, r.title) for r in a.relations]
[('耿子墨', 'holdsPosition', '青州市教育局', '副局长')]
"""

from __future__ import annotations

from .assemble import extract_article, split_sentences
from .mentions import Mention, find_mentions

__all__ = ["extract_article", "split_sentences", "find_mentions", "Mention"]

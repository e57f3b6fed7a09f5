"""Ingestion: article files to :class:`~zhkg.model.Article` objects.

Reads .txt, .html/.htm and .jsonl files in any encoding zhkg supports (UTF-8
with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5), finds the headline
and the body, cuts the page furniture around them (nav bars, breadcrumbs,
bylines, print/close links, prev/next, related-news lists, footers) and reads
the metadata (title, source, published, author, editor, reviewer).

>>> a = read_article_text("学院召开工作会议\\n来源：党委办公室 作者：王小明\\n3月14日，学院召开工作会议。")
>>> a.text, a.metadata["source"]
('学院召开工作会议\\n3月14日，学院召开工作会议。', '党委办公室')
"""

from __future__ import annotations

from zhkg.ingest.encoding import decode, replace_surrogates
from zhkg.ingest.html import read_article_html
from zhkg.ingest.readers import ARTICLE_SUFFIXES, MAX_FILE_BYTES, MAX_TEXT_CHARS, iter_articles, iter_file
from zhkg.ingest.text import read_article_text

__all__ = [
    "iter_articles",
    "iter_file",
    "read_article_text",
    "read_article_html",
    "decode",
    "replace_surrogates",
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
]

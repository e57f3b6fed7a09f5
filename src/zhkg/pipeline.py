"""The pipeline: read articles, extract from each, in a stream.

A file that cannot be read, or an article on which extraction fails, gives a
:class:`~zhkg.model.Failure` in its place; the batch goes on.

>>> from zhkg.model import Article
>>> a = extract_one(Article("x.txt", "青州市教育局局长耿子墨出席。"))
>>> a.relations[0].title
'局长'
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from .errors import ExtractionError, InputError
from .extract import extract_article
from .model import Article, Failure

__all__ = ["iter_extracted", "extract_one"]

log = logging.getLogger(__name__)


def extract_one(article: Article) -> Article | Failure:
    """Extract entities and facts from one article; a crash becomes a Failure."""
    try:
        return extract_article(article)
    except Exception as e:  # a bug must not stop a batch of a million articles
        log.exception("extraction failed on %s", article.id)
        return Failure(article.path, f"extraction failed: {type(e).__name__}: {e}", article.line)


def iter_extracted(
    paths: Iterable[str | os.PathLike[str]], *, fail_fast: bool = False
) -> Iterator[Article | Failure]:
    """Read every article under ``paths`` and extract from each, in input order.

    Args:
        paths: files and folders, as for :func:`zhkg.ingest.iter_articles`.
        fail_fast: stop at the first failure instead of yielding it: an
            input that cannot be read raises :class:`~zhkg.errors.InputError`
            (path, problem, line), a crash in extraction raises
            :class:`~zhkg.errors.ExtractionError` naming the article.

    >>> import tempfile, pathlib
    >>> missing = str(pathlib.Path(tempfile.mkdtemp()) / "gone.txt")
    >>> [f.error for f in iter_extracted([missing])]
    ['no such file or directory']
    >>> next(iter_extracted([missing], fail_fast=True))
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: ...gone.txt: no such file or directory
    """
    from .ingest import iter_articles

    for item in iter_articles(paths):
        if isinstance(item, Failure):
            if fail_fast:
                raise InputError(item.path, item.error, item.line)
            yield item
        elif fail_fast:
            try:
                done = extract_article(item)
            except Exception as e:
                raise ExtractionError(
                    f"{item.id}: extraction failed: {type(e).__name__}: {e}"
                ) from e
            yield done
        else:
            yield extract_one(item)

"""The pipeline: read articles, extract from each, in a stream.

A file that cannot be read, or an article on which extraction fails, gives a
:class:`~zhkg.model.Failure` in its place; the batch goes on. Extraction
runs in this process, in a pool of local processes (``jobs``) or on a Dask
cluster (``engine="dask"``), see :mod:`zhkg.parallel`; the results are the
same, in the same order.

>>> from zhkg.model import Article
>>> a = extract_one(Article("x.txt", "青州市教育局局长耿子墨出席。"))
>>> a.relations[0].title
'局长'
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from .extract import extract_article
from .model import Article, Failure

__all__ = ["extract_one", "iter_extracted"]

log = logging.getLogger(__name__)


def extract_one(article: Article) -> Article | Failure:
    """Extract entities and facts from one article; a crash becomes a Failure."""
    try:
        return extract_article(article)
    except Exception as e:  # a bug must not stop a batch of a million articles
        log.exception("extraction failed on %s", article.id)
        return Failure(article.path, f"extraction failed: {type(e).__name__}: {e}", article.line)


def iter_extracted(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fail_fast: bool = False,
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Article | Failure]:
    """Read every article under ``paths`` and extract from each, in input order.

    Articles are read, extracted and yielded one by one (a few chunks ahead
    with ``jobs`` > 1): memory does not grow with the number of articles.

    Args:
        paths: files and folders, as for :func:`zhkg.ingest.iter_articles`.
        fail_fast: stop at the first failure instead of yielding it: an
            input that cannot be read raises :class:`~zhkg.errors.InputError`
            (path, problem, line), a crash in extraction raises
            :class:`~zhkg.errors.ExtractionError` naming the article.
        jobs: local processes extracting (None: all cores; 1: this process).
        engine: ``"local"`` (processes on this machine) or ``"dask"``.
        scheduler: with ``engine="dask"``, a Dask scheduler address (None:
            a LocalCluster of ``jobs`` workers).

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
    from .parallel import extract_stream

    yield from extract_stream(iter_articles(paths), jobs=jobs, engine=engine,
                              scheduler=scheduler, fail_fast=fail_fast)

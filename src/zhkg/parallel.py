"""Extraction on many cores or on a cluster, in a stream, in input order.

:func:`extract_stream` takes read articles (and the :class:`~zhkg.model.Failure`
of inputs that could not be read) and yields each extracted, in the order
given, whatever the engine:

* ``jobs=1``: in this process;
* ``jobs=N``: a pool of N local processes (``engine="local"``); articles go
  out in chunks, at most a few chunks per process wait at a time, so memory
  stays bounded on any input size; each process sets up jieba and the
  lexicons once;
* ``engine="dask"``: chunks are tasks on a Dask cluster (``scheduler`` is
  its address; without one a ``LocalCluster`` is started), needs the
  optional ``dask[distributed]`` package (``pip install 'zhkg[dask]'``).

Extraction is a pure function of an article, so every engine gives the same
results as ``jobs=1``, in the same order.

>>> from zhkg.model import Article
>>> [a.relations[0].title for a in extract_stream([Article("x.txt", "青州市教育局局长耿子墨出席。")])]
['局长']
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from .errors import ExtractionError, InputError, MissingDependency, ZhkgError
from .model import Article, Failure

__all__ = ["ENGINES", "Progress", "default_jobs", "extract_stream", "pool_context", "progress_enabled"]

log = logging.getLogger(__name__)

#: The engines :func:`extract_stream` knows.
ENGINES = ("local", "dask")
#: Articles per task sent to a worker.
CHUNK = 16
#: Chunks waiting per worker (bounds the memory of a stream).
_AHEAD = 4

Item = Article | Failure
# A worker's answer for one article: the extracted article, a Failure, or
# (fail_fast only) the error message of a crash.
_Result = Article | Failure | str


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def extract_stream(
    items: Iterable[Item],
    *,
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    fail_fast: bool = False,
    chunk_size: int = CHUNK,
) -> Iterator[Item]:
    """Extract every :class:`~zhkg.model.Article` of ``items``, in order;
    a :class:`~zhkg.model.Failure` passes through in its place.

    Args:
        items: read articles and failures (e.g. :func:`zhkg.ingest.iter_articles`).
        jobs: local processes (None: all cores; 1: this process). With
            ``engine="dask"``: the workers of the LocalCluster started when no
            ``scheduler`` is given.
        engine: ``"local"`` or ``"dask"``.
        scheduler: with ``engine="dask"``, the address of a running Dask
            scheduler (``tcp://host:8786``); None starts a LocalCluster.
        fail_fast: a Failure raises :class:`~zhkg.errors.InputError` and a
            crash in extraction :class:`~zhkg.errors.ExtractionError` (naming
            the article) instead of being yielded.
        chunk_size: articles per task.
    """
    if engine not in ENGINES:
        raise ZhkgError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    if scheduler is not None and engine != "dask":
        raise ZhkgError("a scheduler address is for engine 'dask'")
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ZhkgError(f"jobs must be at least 1, got {jobs}")
    chunk_size = max(1, chunk_size)
    it = iter(items)
    if engine == "local":
        # a small input is done here: a pool would only add its start-up
        head = list(islice(it, 2 * chunk_size))
        if jobs == 1 or len(head) < 2 * chunk_size:
            yield from _in_process(_chain(head, it), fail_fast)
            return
        yield from _pooled(_chain(head, it), jobs, fail_fast, chunk_size)
    else:
        yield from _dask(it, jobs, scheduler, fail_fast, chunk_size)


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest


# --------------------------------------------------------------------------- the work


def _extract(article: Article, fail_fast: bool) -> _Result:
    """One article in a worker: the extracted article, or its Failure (or
    the crash message when ``fail_fast``)."""
    from . import pipeline  # its extract_article: one place to find (and to patch in tests)

    try:
        return pipeline.extract_article(article)
    except Exception as e:  # a bug must not stop a batch of a million articles
        if fail_fast:
            return f"{type(e).__name__}: {e}"
        log.exception("extraction failed on %s", article.id)
        return Failure(article.path, f"extraction failed: {type(e).__name__}: {e}", article.line)


def extract_chunk(articles: list[Article], fail_fast: bool = False) -> list[_Result]:
    """A worker's task: extract each article of a chunk."""
    return [_extract(a, fail_fast) for a in articles]


def warm_up() -> None:
    """Set up jieba, the lexicons and the tagger in this process (once)."""
    from .extract import extract_article

    extract_article(Article("<warm-up>", "青州市教育局局长耿子墨出席会议。"))


def die_with_parent() -> None:
    """In a pool worker: end when the process that started it dies, even by
    SIGKILL (Linux ``PR_SET_PDEATHSIG``), so a killed build leaves no idle
    workers behind holding memory. Elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return  # pragma: no cover
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
        return
    if os.getppid() == 1:
        os._exit(0)  # the parent died before the signal was set


def _worker_start() -> None:
    die_with_parent()
    warm_up()


def code_fingerprint() -> str:
    """A hash of the reading and extraction code of this process's zhkg."""
    from .store.records import extractor_fingerprint

    return extractor_fingerprint()


def _same_code(fingerprints: dict[str, str]) -> None:
    """Refuse a cluster whose workers run other extraction code than here:
    their output would differ, and a store would record the wrong stamp."""
    mine = code_fingerprint()
    other = sorted(addr for addr, fp in fingerprints.items() if fp != mine)
    if other:
        raise ZhkgError(f"Dask workers {', '.join(other)} run other zhkg extraction code than this "
                        f"client: install the same zhkg version on every worker")


def _settle(item: Item, result: _Result | None, fail_fast: bool) -> Item:
    """What the stream yields for ``item`` (or raises, when ``fail_fast``)."""
    if isinstance(item, Failure):
        if fail_fast:
            raise InputError(item.path, item.error, item.line)
        return item
    if isinstance(result, str):
        raise ExtractionError(f"{item.id}: extraction failed: {result}")
    assert result is not None
    return result


def _in_process(items: Iterator[Item], fail_fast: bool) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Failure):
            yield _settle(item, None, fail_fast)
        else:
            yield _settle(item, _extract(item, fail_fast), fail_fast)


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk


def _ordered(
    items: Iterator[Item],
    submit: Callable[[list[Article]], Any],
    result: Callable[[Any], list[_Result]],
    window: int,
    fail_fast: bool,
    chunk_size: int,
) -> Iterator[Item]:
    """Send chunks of articles out with ``submit`` (a future), at most
    ``window`` at a time, and yield the results in input order."""
    pending: deque[tuple[list[Item], Any]] = deque()
    chunks = _chunks(items, chunk_size)
    done = False
    while True:
        while not done and len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                done = True
                break
            arts = [x for x in chunk if isinstance(x, Article)]
            pending.append((chunk, submit(arts) if arts else None))
        if not pending:
            return
        chunk, fut = pending.popleft()
        results = iter(result(fut) if fut is not None else ())
        for item in chunk:
            yield _settle(item, None if isinstance(item, Failure) else next(results), fail_fast)


def pool_context() -> multiprocessing.context.BaseContext:
    # fork shares what this process has loaded (jieba's dictionary) and
    # starts at once; elsewhere the platform's default
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover


def _pooled(items: Iterator[Item], jobs: int, fail_fast: bool, chunk_size: int) -> Iterator[Item]:
    from concurrent.futures import ProcessPoolExecutor

    ctx = pool_context()
    if ctx.get_start_method() == "fork":
        warm_up()  # once here: every forked worker shares jieba and the lexicons
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start)
    try:
        yield from _ordered(items, lambda arts: pool.submit(extract_chunk, arts, fail_fast),
                            lambda fut: fut.result(), jobs * _AHEAD, fail_fast, chunk_size)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask(items: Iterator[Item], jobs: int, scheduler: str | None, fail_fast: bool,
          chunk_size: int) -> Iterator[Item]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise MissingDependency("dask", "dask") from e

    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler)
    except (OSError, TimeoutError) as e:
        if cluster is not None:
            cluster.close()
        raise ZhkgError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {e}") from e
    try:
        _same_code(client.run(code_fingerprint))
        client.run(warm_up)  # jieba and the lexicons, once per worker
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(items, lambda arts: client.submit(extract_chunk, arts, fail_fast, pure=False),
                            lambda fut: fut.result(), workers * _AHEAD, fail_fast, chunk_size)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- progress


def progress_enabled(stream: Any = None) -> bool:
    """Whether to draw a progress bar on ``stream`` (stderr): only on a
    terminal, and never in CI (``CI`` set to true/1)."""
    stream = sys.stderr if stream is None else stream
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Progress:
    """A progress bar of articles read (articles/s, failures) on stderr,
    drawn by tqdm when :func:`progress_enabled`; otherwise silent.

    Call it with each article or failure; use it as a context manager.
    """

    def __init__(self, *, enabled: bool | None = None, desc: str = "articles",
                 stream: Any = None) -> None:
        self.count = 0
        self.failed = 0
        self._bar = None
        stream = sys.stderr if stream is None else stream
        if enabled if enabled is not None else progress_enabled(stream):
            try:
                import tqdm
            except ImportError:  # pragma: no cover - tqdm is a dependency
                return
            tqdm.tqdm.monitor_interval = 0  # no monitor thread (processes fork)
            self._bar = tqdm.tqdm(desc=desc, unit=" art", file=stream, mininterval=0.5,
                                  dynamic_ncols=True, postfix={"failed": 0})

    def __call__(self, item: Item) -> None:
        self.count += 1
        if isinstance(item, Failure):
            self.failed += 1
            if self._bar is not None:
                self._bar.set_postfix(failed=self.failed, refresh=False)
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

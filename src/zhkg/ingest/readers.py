"""Files and folders to articles: .txt, .html/.htm and .jsonl, in a stable order.

Files are read in the order given; a folder is searched recursively, its
entries in sorted order (hidden ones skipped), taking only ``.txt``, ``.html``,
``.htm`` and ``.jsonl`` files. A file named explicitly is read whatever its
extension (``.html``/``.htm`` as HTML, ``.jsonl`` as JSON lines, anything
else as text). Anything that cannot be read becomes a :class:`Failure` with a
one-line reason, and the iteration goes on: missing files, broken links and
link loops, folders with no article files, FIFOs, sockets and devices
(opened without blocking and never read), files over :data:`MAX_FILE_BYTES` (each line
of a .jsonl file counts alone) and texts over :data:`MAX_TEXT_CHARS`.
Lone UTF-16 surrogates (only JSON escapes can make them) become U+FFFD, so
every text encodes as UTF-8.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from zhkg.errors import InputError
from zhkg.ingest.dates import parse_date
from zhkg.ingest.encoding import decode, looks_binary, replace_surrogates
from zhkg.ingest.html import read_article_html
from zhkg.ingest.text import read_article_text
from zhkg.model import METADATA_KEYS, Article, Failure

__all__ = [
    "iter_articles",
    "iter_file",
    "iter_jsonl_lines",
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
]

#: A .txt/.html file (or one .jsonl line) larger than this is not read.
MAX_FILE_BYTES = 16 * 1024 * 1024
#: An article text longer than this (in characters) is not passed on: about
#: four times the longest real reports (government work reports, ~50,000),
#: and a bound on extraction time (see benchmarks/adversarial.py).
MAX_TEXT_CHARS = 200_000

#: The extensions taken from folders (compared case-insensitively).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_HTML_SUFFIXES = (".html", ".htm")
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_JSON_TEXT_FIELDS = ("title", "source", "author", "editor", "reviewer")


def _kind_of(path: str) -> str:
    low = path.lower()
    if low.endswith(_HTML_SUFFIXES):
        return "html"
    if low.endswith(".jsonl"):
        return "jsonl"
    return "text"


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {e.strerror or e}"


def _link_problem(path: str) -> str:
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        if e.errno == errno.ENOENT:
            return "broken symbolic link"
        return _os_reason(e)
    return "broken symbolic link"


def _open_problem(path: str, e: OSError) -> str:
    """Why ``path`` could not be read: a dangling link, a special file that
    cannot even be opened (a socket), or the OS error."""
    if os.path.islink(path) and not os.path.exists(path):
        return _link_problem(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return _os_reason(e)
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return f"not a regular file but {_kind_of_mode(mode)}: skipped"
    return _os_reason(e)


def _kind_of_mode(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def _walk(folder: str, seen: set[str]) -> Iterator[str | Failure]:
    """Article files under ``folder``, depth first, entries in sorted name
    order; a subfolder that cannot be listed is a Failure and the walk goes on."""
    real = os.path.realpath(folder)
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Failure(folder, f"cannot list folder: {_os_reason(e)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
            yield path


def _check_length(article: Article, max_chars: int | None) -> Article:
    n = len(article.text)
    if max_chars is not None and n > max_chars:
        raise InputError(
            article.path,
            f"article text too long ({n:,} characters, the limit is {max_chars:,}): skipped",
            article.line,
        )
    return article


def _article_from_text(text: str, path: str, kind: str) -> Article:
    article = read_article_html(text, path) if kind == "html" else read_article_text(text, path)
    if not article.text.strip():
        raise InputError(path, "no article text (only page furniture)")
    return article


def _too_big(size: int, limit: int, what: str) -> str:
    return f"{what} too large ({size:,} bytes, the limit is {limit:,}): skipped"


def _json_metadata(obj: dict[str, Any]) -> dict[str, str | None]:
    md: dict[str, str | None] = {k: None for k in METADATA_KEYS}
    for key in _JSON_TEXT_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            md[key] = replace_surrogates(value.strip())
    published = obj.get("published")
    if isinstance(published, str):
        md["published"] = parse_date(published)
    return md


def _article_from_json(line_text: str, path: str, line: int) -> Article:
    try:
        obj = json.loads(line_text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"invalid JSON: {e.msg} (column {e.colno})", line) from e
    if not isinstance(obj, dict):
        raise InputError(path, f"a JSON line must be an object, not {type(obj).__name__}", line)
    text, html = obj.get("text"), obj.get("html")
    fields = _json_metadata(obj)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    if isinstance(text, str) and text.strip():
        return Article(path=path, line=line, text=replace_surrogates(text), metadata=fields,
                       url=replace_surrogates(url) if url else url)
    if isinstance(html, str) and html.strip():
        article = read_article_html(replace_surrogates(html), path)
        article.line = line
        for key, value in fields.items():
            if value is not None:
                article.metadata[key] = value
        article.url = replace_surrogates(url) if url else article.url
        if not article.text.strip():
            raise InputError(path, "no article text in the 'html' field", line)
        return article
    raise InputError(path, "line has neither a 'text' nor an 'html' string field", line)


def iter_jsonl_lines(
    lines: Iterable[tuple[int, bytes | int]],
    path: str,
    *,
    max_chars: int | None = MAX_TEXT_CHARS,
    max_bytes: int | None = MAX_FILE_BYTES,
) -> Iterator[Article | Failure]:
    """Articles from numbered raw JSON lines; blank lines skipped, bad ones failed.

    A line given as an int instead of bytes is a line that was too long to
    read (its length in bytes).
    """
    for number, raw in lines:
        if isinstance(raw, int):
            yield Failure(path, _too_big(raw, max_bytes or 0, "line"), number)
            continue
        raw = raw.rstrip(b"\r\n")
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            try:
                line_text = raw.decode("utf-8")
            except UnicodeDecodeError:
                line_text = decode(raw, path)
            yield _check_length(_article_from_json(line_text, path, number), max_chars)
        except InputError as e:
            yield Failure(path, e.problem, number)
        except Exception as e:  # a bug must not stop the batch
            yield Failure(path, f"unexpected error: {type(e).__name__}: {e}", number)


def _bounded_lines(fh: BinaryIO, limit: int | None) -> Iterator[tuple[int, bytes | int]]:
    """Numbered lines of ``fh``; a line longer than ``limit`` bytes is given
    as its length (an int) and never held in memory whole."""
    if limit is None:
        yield from enumerate(fh, 1)
        return
    number = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield number, line
            continue
        size = len(line)
        while not line.endswith(b"\n"):  # skip the rest of the long line
            line = fh.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield number, size - (1 if line.endswith(b"\n") else 0)


def _iter_jsonl_file(
    fh: BinaryIO, path: str, max_bytes: int | None, max_chars: int | None
) -> Iterator[Article | Failure]:
    head = fh.read(65536)
    if not head.strip():
        yield Failure(path, "empty file")
        return
    reason = looks_binary(head)
    if reason:
        yield Failure(path, reason)
        return
    fh.seek(0)
    numbered: Iterable[tuple[int, bytes | int]]
    if head.startswith(_UTF16_32_BOMS):
        raw = _read_bounded(fh, path, max_bytes, "UTF-16/32 JSON-lines file")
        text = decode(raw, path)
        numbered = ((i, s.encode("utf-8")) for i, s in enumerate(text.split("\n"), 1))
    else:
        numbered = _bounded_lines(fh, max_bytes)
    yield from iter_jsonl_lines(numbered, path, max_chars=max_chars, max_bytes=max_bytes)


def _read_bounded(fh: BinaryIO, path: str, limit: int | None, what: str = "file") -> bytes:
    if limit is None:
        return fh.read()
    raw = fh.read(limit + 1)
    if len(raw) > limit:
        size = len(raw) + len(fh.read())  # only reached for files whose size stat did not tell
        raise InputError(path, _too_big(size, limit, what))
    return raw


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _open_regular(path: str) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file; never blocks on a FIFO."""
    fh = open(path, "rb", opener=_nonblocking)  # noqa: SIM115 - closed below or by the caller
    try:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(path, f"not a regular file but {_kind_of_mode(mode)}: skipped")
        os.set_blocking(fh.fileno(), True)
        return fh
    except BaseException:
        fh.close()
        raise


def iter_file(
    path: str,
    *,
    max_bytes: int | None = MAX_FILE_BYTES,
    max_chars: int | None = MAX_TEXT_CHARS,
) -> Iterator[Article | Failure]:
    """The article(s) of one file (several for .jsonl), or Failures.

    ``max_bytes`` bounds the file (each line of a .jsonl file), ``max_chars``
    the article text; None lifts a bound.
    """
    kind = _kind_of(path)
    try:
        with _open_regular(path) as fh:
            if kind == "jsonl":
                yield from _iter_jsonl_file(fh, path, max_bytes, max_chars)
                return
            size = os.fstat(fh.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise InputError(path, _too_big(size, max_bytes, "file"))
            raw = _read_bounded(fh, path, max_bytes)
        if not raw.strip():
            yield Failure(path, "empty file")
            return
        text = decode(raw, path)
        if not text.strip(" \t\r\n\f\v\u3000\u00a0\ufeff"):
            yield Failure(path, "empty file")
            return
        yield _check_length(_article_from_text(text, path, kind), max_chars)
    except InputError as e:
        yield Failure(path, e.problem, e.line)
    except OSError as e:
        yield Failure(path, _open_problem(path, e))
    except Exception as e:  # a bug must not stop the batch
        yield Failure(path, f"unexpected error: {type(e).__name__}: {e}")




def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int | None = MAX_FILE_BYTES,
    max_chars: int | None = MAX_TEXT_CHARS,
) -> Iterator[Article | Failure]:
    """Articles from files and folders, in order, with a Failure for each unreadable input.

    Args:
        paths: files (read whatever their extension) and folders (searched
            recursively in sorted order for .txt, .html, .htm and .jsonl).
        max_bytes: skip (as a Failure) a file, or a .jsonl line, larger than
            this; None reads anything.
        max_chars: skip (as a Failure) an article whose text is longer than
            this many characters; None passes anything on.

    Yields:
        One :class:`Article` per article (one per line of a .jsonl file), or a
        :class:`Failure` naming the file (and line) with the reason.
    """
    for p in paths:
        path = os.fspath(p)
        if not isinstance(path, str):
            path = os.fsdecode(path)
        if os.path.isdir(path):
            found_any = False
            for found in _walk(path, set()):
                found_any = True
                if isinstance(found, Failure):
                    yield found
                else:
                    yield from iter_file(found, max_bytes=max_bytes, max_chars=max_chars)
            if not found_any:
                yield Failure(path, "no article files (.txt, .html, .htm, .jsonl) in this folder")
        elif os.path.lexists(path) and not os.path.exists(path):
            yield Failure(path, _link_problem(path))
        else:
            yield from iter_file(path, max_bytes=max_bytes, max_chars=max_chars)

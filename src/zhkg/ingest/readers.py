"""Files and folders to articles: .txt, .html/.htm and .jsonl, in a stable order.

Files are read in the order given; a folder is searched recursively, its
entries in sorted order (hidden ones skipped), taking only ``.txt``, ``.html``,
``.htm`` and ``.jsonl`` files. A file named explicitly is read whatever its
extension (``.html``/``.htm`` as HTML, ``.jsonl`` as JSON lines, anything
else as text). Anything that cannot be read becomes a :class:`Failure` with a
one-line reason, and the iteration goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from zhkg.errors import InputError
from zhkg.ingest.dates import parse_date
from zhkg.ingest.encoding import decode, looks_binary
from zhkg.ingest.html import read_article_html
from zhkg.ingest.text import read_article_text
from zhkg.model import METADATA_KEYS, Article, Failure

__all__ = ["iter_articles", "iter_file", "iter_jsonl_lines", "ARTICLE_SUFFIXES"]

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
    return f"cannot read: {e.strerror or e}"


def _walk(folder: str, seen: set[str]) -> Iterator[str]:
    """Article files under ``folder``, depth first, entries in sorted name order."""
    real = os.path.realpath(folder)
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
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


def _article_from_text(text: str, path: str, kind: str) -> Article:
    article = read_article_html(text, path) if kind == "html" else read_article_text(text, path)
    if not article.text.strip():
        raise InputError(path, "no article text (only page furniture)")
    return article


def _json_metadata(obj: dict[str, Any]) -> dict[str, str | None]:
    md: dict[str, str | None] = {k: None for k in METADATA_KEYS}
    for key in _JSON_TEXT_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            md[key] = value.strip()
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
        return Article(path=path, line=line, text=text, metadata=fields, url=url)
    if isinstance(html, str) and html.strip():
        article = read_article_html(html, path)
        article.line = line
        for key, value in fields.items():
            if value is not None:
                article.metadata[key] = value
        article.url = url or article.url
        if not article.text.strip():
            raise InputError(path, "no article text in the 'html' field", line)
        return article
    raise InputError(path, "line has neither a 'text' nor an 'html' string field", line)


def iter_jsonl_lines(lines: Iterable[tuple[int, bytes]], path: str) -> Iterator[Article | Failure]:
    """Articles from numbered raw JSON lines; blank lines skipped, bad ones failed."""
    for number, raw in lines:
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
            yield _article_from_json(line_text, path, number)
        except InputError as e:
            yield Failure(path, e.problem, number)
        except Exception as e:  # a bug must not stop the batch
            yield Failure(path, f"unexpected error: {type(e).__name__}: {e}", number)


def _iter_jsonl_file(path: str) -> Iterator[Article | Failure]:
    with open(path, "rb") as fh:
        head = fh.read(65536)
        if not head.strip():
            yield Failure(path, "empty file")
            return
        reason = looks_binary(head)
        if reason:
            yield Failure(path, reason)
            return
        fh.seek(0)
        if head.startswith(_UTF16_32_BOMS):
            text = decode(fh.read(), path)
            numbered = ((i, s.encode("utf-8")) for i, s in enumerate(text.split("\n"), 1))
        else:
            numbered = enumerate(fh, 1)
        yield from iter_jsonl_lines(numbered, path)


def iter_file(path: str) -> Iterator[Article | Failure]:
    """The article(s) of one file (several for .jsonl), or Failures."""
    kind = _kind_of(path)
    try:
        if kind == "jsonl":
            yield from _iter_jsonl_file(path)
            return
        with open(path, "rb") as fh:
            raw = fh.read()
        if not raw.strip():
            yield Failure(path, "empty file")
            return
        text = decode(raw, path)
        if not text.strip(" \t\r\n\f\v\u3000\u00a0\ufeff"):
            yield Failure(path, "empty file")
            return
        yield _article_from_text(text, path, kind)
    except InputError as e:
        yield Failure(path, e.problem, e.line)
    except OSError as e:
        yield Failure(path, _os_reason(e))
    except Exception as e:  # a bug must not stop the batch
        yield Failure(path, f"unexpected error: {type(e).__name__}: {e}")


def iter_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | Failure]:
    """Articles from files and folders, in order, with a Failure for each unreadable input.

    Args:
        paths: files (read whatever their extension) and folders (searched
            recursively in sorted order for .txt, .html, .htm and .jsonl).

    Yields:
        One :class:`Article` per article (one per line of a .jsonl file), or a
        :class:`Failure` naming the file (and line) with the reason.
    """
    for p in paths:
        path = os.fspath(p)
        if not isinstance(path, str):
            path = os.fsdecode(path)
        if os.path.isdir(path):
            try:
                for found in _walk(path, set()):
                    yield from iter_file(found)
            except OSError as e:
                yield Failure(path, _os_reason(e))
        elif os.path.lexists(path) and not os.path.exists(path):
            yield Failure(path, "broken symbolic link")
        else:
            yield from iter_file(path)

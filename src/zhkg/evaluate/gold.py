"""Find and read gold files: ``NAME.gold.json`` beside its article
``NAME.txt`` / ``NAME.html`` / ``NAME.htm`` / ``NAME.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from zhkg.errors import InputError

__all__ = ["ARTICLE_SUFFIXES", "GOLD_SUFFIX", "article_name", "gold_pairs", "read_gold"]

GOLD_SUFFIX = ".gold.json"
#: Article file suffixes looked for beside a gold file, in this order.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


def article_name(path: str | Path) -> str:
    """The NAME that pairs an article or gold file with the other.

    >>> article_name("dev/dev01-signing.gold.json"), article_name("/x/dev01-signing.txt")
    ('dev01-signing', 'dev01-signing')
    """
    name = Path(path).name
    if name.endswith(GOLD_SUFFIX):
        return name[: -len(GOLD_SUFFIX)]
    for suffix in ARTICLE_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem


def gold_pairs(directory: str | Path, missing: list[Path] | None = None) -> list[tuple[Path, Path]]:
    """``(article, gold)`` paths for every ``NAME.gold.json`` in ``directory``
    (not recursive) with an article beside it, sorted by NAME.

    A gold file without an article is an error: :class:`~zhkg.errors.InputError`
    naming it, unless a ``missing`` list is passed, in which case such gold
    files are appended to it and skipped.  Two articles for one NAME (e.g.
    ``NAME.txt`` and ``NAME.html``) is always an InputError.
    """
    root = Path(directory)
    if not root.is_dir():
        raise InputError(str(root), "not a directory")
    pairs = []
    for gold in sorted(root.glob("*" + GOLD_SUFFIX)):
        stem = gold.name[: -len(GOLD_SUFFIX)]
        found = [
            p
            for p in sorted(root.iterdir())
            if p.name.startswith(stem + ".")
            and p.is_file()
            and p.name[len(stem) :].lower() in ARTICLE_SUFFIXES
        ]
        if len(found) > 1:
            names = ", ".join(p.name for p in found)
            raise InputError(str(gold), f"more than one article beside it: {names}")
        if not found:
            if missing is None:
                raise InputError(
                    str(gold), f"no article {stem}.txt/.html/.htm/.jsonl beside this gold file"
                )
            missing.append(gold)
            continue
        pairs.append((found[0], gold))
    return pairs


def read_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold file; an unreadable or malformed one is an InputError."""
    p = Path(path)
    try:
        data = json.loads(p.read_text("utf-8-sig"))
    except OSError as e:
        raise InputError(str(p), f"cannot read gold file: {e.strerror or e}") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(str(p), f"not a JSON gold file: {e}") from e
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("entities", []), list)
        or not isinstance(data.get("relations", []), list)
    ):
        raise InputError(str(p), "gold must be an object with 'entities' and 'relations' lists")
    return data

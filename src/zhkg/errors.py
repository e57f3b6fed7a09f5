"""One root error and a few named kinds. Messages name the file, line or value."""

from __future__ import annotations

__all__ = ["ZhkgError", "InputError", "ExtractionError", "StoreError", "QueryError", "MissingDependency"]


class ZhkgError(Exception):
    """Root of every error zhkg raises on purpose."""


class InputError(ZhkgError):
    """An article file or line that cannot be read: names the path and the problem."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {problem}")


class ExtractionError(ZhkgError):
    """Extraction failed on an article (a bug: reported per article, the batch goes on)."""


class StoreError(ZhkgError):
    """An RDF store could not be opened, read or written."""


class QueryError(ZhkgError):
    """A SPARQL query could not be parsed or run."""


class MissingDependency(ZhkgError):
    """An optional backend was asked for but its package is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"this needs the optional package {package!r}: pip install 'zhkg[{extra}]'"
        )

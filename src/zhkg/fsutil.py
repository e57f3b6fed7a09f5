"""Writing outputs so that a crash never leaves one half-written or a set of
outputs half-updated: each file goes to a temporary file beside its target,
is flushed to disk, then renamed over the target.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in write_files({d / "a.txt": "甲", d / "b.txt": b"b"})]
['a.txt', 'b.txt']
>>> (d / "a.txt").read_text(encoding="utf-8")
'甲'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

__all__ = ["atomic_path", "atomic_write", "write_files"]


def _mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask  # mkstemp makes 0600; outputs are ordinary files


def _temp_for(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(tmp)


def _fill(tmp: Path, data: bytes | str) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with open(tmp, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, _mode())


def write_files(files: Mapping[Path, bytes | str]) -> list[Path]:
    """Write several files as one step: every temporary file is written and
    synced first, and only then are they renamed, so a failure while writing
    leaves every target as it was."""
    temps: dict[Path, Path] = {}
    try:
        for target, data in files.items():
            tmp = temps[Path(target)] = _temp_for(Path(target))
            _fill(tmp, data)
        for target, tmp in temps.items():
            os.replace(tmp, target)
    except BaseException:
        for tmp in temps.values():
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise
    return list(temps)


def atomic_write(target: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write one file through a temporary file and a rename."""
    return write_files({Path(target): data})[0]


def atomic_path(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary path (for writers that want a file name,
    like networkx's), then rename it over ``target``."""
    target = Path(target)
    tmp = _temp_for(target)
    try:
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target

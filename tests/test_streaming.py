"""Builds stream: memory does not grow with the number of articles; the
progress bar shows only on a terminal, never in CI."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.model import Article
from zhkg.parallel import Progress, progress_enabled, warm_up
from zhkg.pipeline import iter_extracted

N = 2000


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """N small articles, each with its own invented names, as JSON lines."""
    surnames, given = "柯廖苗岑邬蓝", "远川宁澄岚舟逸衡"
    path = tmp_path_factory.mktemp("stream") / "feed.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(N):
            name = surnames[i % 6] + given[i // 6 % 8] + given[i // 48 % 8]
            city = "云川溪岚桐澜"[i % 6] + "阳江源"[i // 6 % 3]
            f.write(json.dumps({"text": f"{city}市教育局第{i}期工作会议召开，局长{name}出席并讲话。"},
                               ensure_ascii=False) + "\n")
    return path


def test_streaming_iterating_articles_keeps_memory_flat(feed: Path) -> None:
    warm_up()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        kept = [a for _, a in zip(range(100), iter_extracted([feed]))]
        per_article = (tracemalloc.get_traced_memory()[0] - base) / len(kept)
        del kept
        marks = []
        for i, _ in enumerate(iter_extracted([feed]), 1):
            if i in (N // 10, N):
                marks.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    held = per_article * (N - N // 10)  # what the articles after the first tenth would hold
    assert per_article > 500 and len(marks) == 2
    assert marks[1] - marks[0] < held / 10, (marks, per_article)


def test_streaming_progress_silent_when_not_a_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    assert not progress_enabled(io.StringIO())
    assert progress_enabled(Tty())
    quiet = io.StringIO()
    with Progress(stream=quiet) as bar:
        for _ in range(3):
            bar(Article("a.txt", "x"))
    assert quiet.getvalue() == "" and bar.count == 3
    shown = Tty()
    with Progress(stream=shown) as bar:
        bar(Article("a.txt", "x"))
    assert "art" in shown.getvalue()
    monkeypatch.setenv("CI", "true")
    assert not progress_enabled(Tty())


def test_streaming_cli_writes_no_progress_bar_off_a_tty(feed: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text("".join(feed.read_text(encoding="utf-8").splitlines(True)[:40]), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--no-html", "-o", str(tmp_path / "out"), str(small)])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output and "art/s" not in result.output
    assert result.output.startswith("articles: 40 read, 0 failed")

"""Extraction in a pool of processes: the same lines, the same graph, the
same failures as in one process."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.compare import isomorphic

import zhkg
from zhkg.cli import main
from zhkg.errors import ExtractionError, InputError, ZhkgError
from zhkg.model import Article, Failure
from zhkg.parallel import default_jobs, extract_stream
from zhkg.pipeline import iter_extracted
from zhkg.rdf.build import union_graph

ROOT = Path(__file__).resolve().parents[1]
N = 70  # more than two chunks of 16, so the pool really runs


def load_make_corpus():
    """benchmarks/make_corpus.py as a module (benchmarks is no package)."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "news"
    counts = load_make_corpus().write_corpus(N, out, seed=11)
    assert counts["txt"] and counts["html"] and counts["jsonl"]
    (out / "000" / "a0000005.txt").write_text("   \n", encoding="utf-8")  # no text: a Failure
    with (out / "000" / "feed.jsonl").open("a", encoding="utf-8") as f:
        f.write("{not json\n")
    return out


def test_parallel_extract_lines_identical_to_one_process(corpus: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(main, ["extract", "--jobs", "1", str(corpus)])
    two = runner.invoke(main, ["extract", "--jobs", "2", str(corpus)])
    assert one.exit_code == two.exit_code == 1  # the two bad inputs
    lines1, lines2 = one.stdout.splitlines(), two.stdout.splitlines()
    assert len(lines1) == N + 1  # the empty article is a failure line, the bad JSON one more
    assert lines1 == lines2
    assert sum("error" in json.loads(x) for x in lines2) == 2


def test_parallel_build_graph_isomorphic_to_one_process(corpus: Path) -> None:
    one = zhkg.build([corpus], jobs=1)
    two = zhkg.build([corpus], jobs=2)
    assert [a.id for a in one.articles] == [a.id for a in two.articles]
    assert [f.path for f in one.failures] == [f.path for f in two.failures]
    assert len(two.failures) == 2
    assert one.summary() == two.summary()
    assert isomorphic(union_graph(one.rdf), union_graph(two.rdf))
    assert {g.identifier for g in one.rdf.graphs()} == {g.identifier for g in two.rdf.graphs()}


def test_parallel_crash_is_a_failure_of_its_article_in_order(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhkg import pipeline

    real = pipeline.extract_article

    def flaky(article: Article) -> Article:
        if article.path.endswith(("a0000040.txt", "a0000041.txt")):
            raise RuntimeError("boom")
        return real(article)

    order = [Path(x.path).name for x in iter_extracted([corpus], jobs=1)]
    monkeypatch.setattr(pipeline, "extract_article", flaky)  # forked workers inherit it
    items = list(iter_extracted([corpus], jobs=2))
    crashed = [x for x in items if isinstance(x, Failure) and "boom" in x.error]
    assert [Path(x.path).name for x in crashed] == ["a0000040.txt", "a0000041.txt"]
    assert crashed[0].error == "extraction failed: RuntimeError: boom"
    assert [Path(x.path).name for x in items] == order
    assert sum(isinstance(x, Article) for x in items) == N - 1 - 2


def test_parallel_fail_fast_raises_naming_the_article(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhkg import pipeline

    real = pipeline.extract_article

    def flaky(article: Article) -> Article:
        if article.path.endswith("a0000033.txt"):
            raise RuntimeError("boom")
        return real(article)

    good = [p for p in sorted((corpus / "000").glob("*.txt")) if p.name != "a0000005.txt"]
    monkeypatch.setattr(pipeline, "extract_article", flaky)
    with pytest.raises(ExtractionError, match=r"a0000033\.txt: extraction failed: RuntimeError: boom"):
        list(iter_extracted(good, jobs=2, fail_fast=True))
    monkeypatch.setattr(pipeline, "extract_article", real)
    seen = []
    with pytest.raises(InputError, match=r"a0000005\.txt"):
        for item in iter_extracted([corpus], jobs=2, fail_fast=True):
            seen.append(Path(item.path).name)
    assert seen == [f"a000000{i}.txt" for i in range(5)]


def test_parallel_store_build_matches_one_process(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyoxigraph")
    from zhkg.store import OxStore, build_store

    one = build_store([corpus], tmp_path / "one", jobs=1, batch_size=7)
    two = build_store([corpus], tmp_path / "two", jobs=2, batch_size=7)
    assert sorted(one.added) == sorted(two.added) and len(two.added) == N - 1
    assert len(two.failures) == 2 and one.summary()["entities"] == two.summary()["entities"]
    with OxStore(tmp_path / "one") as a, OxStore(tmp_path / "two") as b:
        assert len(a) > 0
        assert set(a.quads()) == set(b.quads())


@pytest.mark.parametrize("kwargs, problem", [
    ({"jobs": 0}, "jobs must be at least 1"),
    ({"engine": "spark"}, "unknown engine"),
    ({"scheduler": "tcp://x:1"}, "for engine 'dask'"),
])
def test_parallel_bad_settings_are_refused(kwargs: dict, problem: str) -> None:
    with pytest.raises(ZhkgError, match=problem):
        list(extract_stream([Article("a.txt", "x")], **kwargs))


def test_parallel_default_jobs_is_every_usable_core() -> None:
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)
    result = CliRunner().invoke(main, ["build", "--scheduler", "tcp://x:1", "--examples"])
    assert result.exit_code == 2 and "--scheduler is for --engine dask" in result.output

"""Extraction on a Dask cluster (a LocalCluster here): the same lines and
graph as in one process. Skipped without the optional dask[distributed]."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

import zhkg
from zhkg.errors import MissingDependency
from zhkg.model import Article
from zhkg.parallel import extract_stream
from zhkg.pipeline import iter_extracted
from zhkg.rdf.build import union_graph

from .test_parallel import load_make_corpus

N = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dask") / "news"
    load_make_corpus().write_corpus(N, out, seed=5)
    (out / "000" / "a0000002.txt").write_text("\n", encoding="utf-8")  # a Failure
    return out


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("dask.distributed", reason="needs the optional dask[distributed] (pip install 'zhkg[dask]')")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_extract_same_items_in_same_order(corpus: Path, scheduler: str) -> None:
    local = [x.to_json() for x in iter_extracted([corpus], jobs=1)]
    remote = [x.to_json() for x in iter_extracted([corpus], engine="dask", scheduler=scheduler)]
    assert remote == local
    assert sum("error" in x for x in remote) == 1


def test_dask_build_graph_isomorphic_to_one_process(corpus: Path, scheduler: str) -> None:
    one = zhkg.build([corpus], jobs=1)
    dk = zhkg.build([corpus], engine="dask", scheduler=scheduler)
    assert one.summary() == dk.summary()
    assert isomorphic(union_graph(one.rdf), union_graph(dk.rdf))


def test_dask_store_build_matches_one_process(corpus: Path, scheduler: str, tmp_path: Path) -> None:
    pytest.importorskip("pyoxigraph")
    from zhkg.store import OxStore, build_store

    one = build_store([corpus], tmp_path / "one", jobs=1)
    dk = build_store([corpus], tmp_path / "dask", engine="dask", scheduler=scheduler)
    assert sorted(one.added) == sorted(dk.added) and len(dk.failures) == 1
    with OxStore(tmp_path / "one") as a, OxStore(tmp_path / "dask") as b:
        assert set(a.quads()) == set(b.quads())


def test_dask_cli_engine_with_scheduler(corpus: Path, scheduler: str) -> None:
    from click.testing import CliRunner

    from zhkg.cli import main

    runner = CliRunner()
    local = runner.invoke(main, ["extract", "--jobs", "1", "--no-text", str(corpus)])
    dk = runner.invoke(main, ["extract", "--engine", "dask", "--scheduler", scheduler, "--no-text", str(corpus)])
    assert dk.exit_code == local.exit_code == 1
    assert dk.stdout == local.stdout and dk.stdout.count("\n") == N


def test_dask_missing_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(MissingDependency, match=r"zhkg\[dask\]"):
        list(extract_stream([Article("a.txt", "青州市教育局局长耿子墨出席。")], engine="dask"))


def test_dask_workers_with_other_code_are_refused() -> None:
    from zhkg.errors import ZhkgError
    from zhkg.parallel import _same_code, code_fingerprint

    _same_code({"tcp://a:1": code_fingerprint()})
    with pytest.raises(ZhkgError, match=r"tcp://b:2 run other zhkg extraction code"):
        _same_code({"tcp://a:1": code_fingerprint(), "tcp://b:2": "0" * 64})

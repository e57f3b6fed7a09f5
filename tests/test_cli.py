"""The zhkg command end to end: build, extract, eval, query, and their help."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from zhkg.cli import main

from .conftest import CORPUS, FOUNDING, requires_corpus


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", ["build", "extract", "eval", "query", "view", "serve", "export"])
def test_cli_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"zhkg {command}" in result.output


def test_cli_build_examples_writes_every_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", "--examples", "-o", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html", "report.json"):
        assert (out / name).stat().st_size > 0, name
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["articles"]["read"] >= 5 and report["articles"]["failed"] == 0
    assert report["entities"]["Person"] > 10
    assert "articles:" in result.output and "facts:" in result.output
    html = (out / "graph.html").read_text("utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", html)


def test_cli_build_reports_bad_files_and_builds_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("青州市教育局副局长耿子墨出席青州数字产教联盟成立大会。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "bad.jsonl").write_text('{"text": "青州市教育局局长晁若溪出席。"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "binary.txt" in result.output and "bad.jsonl:2" in result.output
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["articles"] == {**report["articles"], "read": 2, "failed": 3}
    g = rdflib.Graph().parse(out / "graph.ttl")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert {"耿子墨", "晁若溪"} <= labels


def test_cli_extract_one_line_per_article_with_offsets(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    lines = ["青州市教育局副局长耿子墨出席。", "青州理工大学校长晁若溪致辞。"]
    f.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in lines), encoding="utf-8")
    result = runner.invoke(main, ["extract", str(f)])
    assert result.exit_code == 0
    records = [json.loads(x) for x in result.output.splitlines()]
    assert [r["line"] for r in records] == [1, 2]
    for rec, text in zip(records, lines):
        assert rec["text"] == text
        for e in rec["entities"]:
            for m in e["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
        for r in rec["relations"]:
            assert {"start", "end", "rule"} <= set(r["evidence"])


@requires_corpus
def test_cli_founding_article_turtle_finds_the_four_officiants(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(FOUNDING), "-o", str(out)]).exit_code == 0
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    rows = g.query(
        """
        PREFIX zhkg: <https://zhkg.example.org/ns#>
        SELECT DISTINCT ?name WHERE {
          ?f rdf:subject ?p ; rdf:predicate zhkg:officiatesUnveiling ; rdf:object ?c .
          ?c a zhkg:Community .
          ?p rdfs:label ?name .
        }"""
    )
    names = {str(r.name) for r in rows}
    gold = json.loads(FOUNDING.with_suffix(".gold.json").read_text("utf-8"))
    expected = {r["s"] for r in gold["relations"] if r["p"] == "officiatesUnveiling"}
    assert len(expected) == 4 and names == expected


@requires_corpus
def test_cli_eval_prints_corpus_totals_last(runner: CliRunner) -> None:
    result = runner.invoke(main, ["eval", str(CORPUS)])
    assert result.exit_code == 0
    tail = result.output.strip().splitlines()[-6:]
    assert any(line.strip().startswith("relations") for line in tail)
    js = runner.invoke(main, ["eval", str(CORPUS), "--json"])
    data = json.loads(js.output)
    assert data["corpus"]["relations"]["overall"]["f1"] > 0.7


def test_cli_query_ready_query_and_formats(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", "--examples", "-o", str(out), "--no-html"]).exit_code == 0
    listed = runner.invoke(main, ["query", str(out), "--list"]).output.split()
    assert "community-leaders" in listed
    res = runner.invoke(main, ["query", str(out), "--name", "community-leaders", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)
    bad = runner.invoke(main, ["query", str(out), "SELECT WHERE {"])
    assert bad.exit_code != 0


def test_cli_view_draws_a_built_graph_and_its_parts(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", "--examples", "-o", str(out), "--no-html"]).exit_code == 0
    page = tmp_path / "view.html"
    res = runner.invoke(main, ["view", str(out), "-o", str(page), "--types", "Person,Organization"])
    assert res.exit_code == 0, res.output
    html = page.read_text("utf-8")
    assert "vis.Network" in html or "vis-network" in html
    missing = runner.invoke(main, ["view", str(out), "--focus", "没有这个名字", "-o", str(tmp_path / "x.html")])
    assert missing.exit_code != 0 and "没有这个名字" in missing.output


def test_cli_export_writes_gephi_and_tables(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", "--examples", "-o", str(out), "--no-html"]).exit_code == 0
    res = runner.invoke(main, ["export", str(out), "-o", str(tmp_path / "g.gexf")])
    assert res.exit_code == 0, res.output
    import networkx as nx

    g = nx.read_gexf(tmp_path / "g.gexf")
    assert g.number_of_nodes() > 50
    res = runner.invoke(main, ["export", str(out), "--format", "csv", "-o", str(tmp_path / "tables")])
    assert res.exit_code == 0 and (tmp_path / "tables" / "nodes.csv").exists()


def test_cli_fail_fast_stops_at_the_first_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("青州市教育局副局长耿子墨出席。", encoding="utf-8")
    res = runner.invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "out"), "--fail-fast"])
    assert res.exit_code == 1 and "a.txt" in res.output
    assert not (tmp_path / "out" / "graph.ttl").exists()
    res = runner.invoke(main, ["extract", str(tmp_path), "--fail-fast"])
    assert res.exit_code == 1 and "a.txt" in res.output


def test_cli_overrides_keep_two_people_apart(runner: CliRunner, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("青州市教育局局长耿子墨出席。", encoding="utf-8")
    b.write_text("青州市教育局局长耿子墨致辞。", encoding="utf-8")
    over = tmp_path / "over.json"
    over.write_text(json.dumps({"separate": [[{"type": "Person", "name": "耿子墨", "article": str(a)},
                                              {"type": "Person", "name": "耿子墨", "article": str(b)}]]},
                               ensure_ascii=False), encoding="utf-8")
    merged = json.loads(runner.invoke(main, ["build", str(a), str(b), "-o", str(tmp_path / "m"), "--no-html"]).exit_code == 0
                        and (tmp_path / "m" / "report.json").read_text("utf-8"))
    apart = runner.invoke(main, ["build", str(a), str(b), "-o", str(tmp_path / "s"), "--no-html", "--overrides", str(over)])
    assert apart.exit_code == 0, apart.output
    kept = json.loads((tmp_path / "s" / "report.json").read_text("utf-8"))
    assert merged["entities"]["Person"] == 1 and kept["entities"]["Person"] == 2

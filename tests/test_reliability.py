"""Reliability: bad input gives one clear Failure and the batch goes on, the
CLI counts failures and exits non-zero, ``fail_fast`` stops at the first,
outputs are replaced atomically, and building twice gives the same graph.

Big and special inputs (a 50 MB text, a million nested tags, FIFOs, sockets,
link loops) are made at test time in ``tmp_path``; small fixtures live in
tests/data/reliability/ (invented names only).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

import zhkg
from zhkg.cli import main
from zhkg.errors import ExtractionError, InputError
from zhkg.ingest import iter_articles, read_article_html
from zhkg.kg import OUTPUT_FILES
from zhkg.model import Article, Failure
from zhkg.pipeline import iter_extracted
from zhkg.rdf.build import union_graph

DATA = Path(__file__).parent / "data" / "reliability"
GOOD = DATA / "good.txt"
SECOND = DATA / "second.txt"
LINES = DATA / "lines.jsonl"
EXAMPLES = Path(zhkg.__file__).parent / "examples"


# --- bad input: one Failure each, the batch goes on ------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _big_text(tmp: Path) -> Path:
    line = "青州市教育局局长岑望舒出席会议并讲话。\n".encode()
    path = tmp / "big.txt"
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // (len(line) * 1000) + 1):
            fh.write(line * 1000)
    assert path.stat().st_size >= 50 * 1024 * 1024
    return path


def _symlink(tmp: Path, name: str, target: str) -> Path:
    link = tmp / name
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("cannot make symbolic links here")
    return link


def _loop(tmp: Path) -> Path:
    _symlink(tmp, "b.txt", str(tmp / "a.txt"))
    return _symlink(tmp, "a.txt", str(tmp / "b.txt"))


def _fifo(tmp: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    path = tmp / "pipe.txt"
    os.mkfifo(path)  # opening it for reading the ordinary way would block for ever
    return path


def _socket(tmp: Path) -> Path:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets on this system")
    path = tmp / "s.txt"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(str(path))
    except OSError:
        pytest.skip("cannot bind a Unix socket here")
    finally:
        s.close()
    return path  # open() fails with ENXIO even for root


def _device(_tmp: Path) -> Path:
    path = Path("/dev/zero")  # reading it would never end
    if not path.exists():
        pytest.skip("no /dev/zero")
    return path


def _proc_mem(_tmp: Path) -> Path:
    path = Path("/proc/self/mem")  # a regular file whose read fails with EIO, for root too
    if not path.exists():
        pytest.skip("no /proc/self/mem")
    return path


def _empty_folder(tmp: Path) -> Path:
    folder = tmp / "nothing.txt"  # a folder, whatever its name says
    folder.mkdir()
    (folder / "notes.md").write_text("不是文章", "utf-8")
    return folder


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "png image": (lambda t: _write(t / "x.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), "binary file (PNG image)"),
    "pdf": (lambda t: _write(t / "x.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "binary file (PDF document)"),
    "nul bytes": (lambda t: _write(t / "x.txt", "学院".encode() + b"\x00\x01\x02" * 50), "binary file (contains NUL bytes)"),
    "control bytes": (lambda t: _write(t / "x.txt", bytes(range(1, 9)) * 200), "binary file"),
    "empty": (lambda t: _write(t / "x.txt", b""), "empty file"),
    "blank": (lambda t: _write(t / "x.txt", b" \r\n\t\n" + "\u3000\n".encode()), "empty file"),
    "50 MB text": (_big_text, "file too large"),
    "mixed encodings": (
        lambda t: _write(t / "x.txt", "学院召开会议。".encode() + "教务处处长出席。".encode("gb18030") * 3 + b"\xff\xfe\xfd"),
        "cannot decode",
    ),
    "bad utf-16 after its BOM": (lambda t: _write(t / "x.txt", b"\xff\xfe" + "学院".encode("utf-16-le") + b"\x00\xd8"), "cannot decode as utf-16"),
    "html without text": (lambda t: _write(t / "x.html", b"<html><head><style>p{}</style></head><body> </body></html>"), "no text"),
    "page furniture only": (lambda t: _write(t / "x.txt", "【打印本页】【关闭窗口】\n".encode()), "no article text"),
    "missing": (lambda t: t / "missing.txt", "no such file or directory"),
    "broken link": (lambda t: _symlink(t, "dangling.txt", str(t / "gone.txt")), "broken symbolic link"),
    "link loop": (_loop, "symbolic link loop"),
    "fifo": (_fifo, "not a regular file but a named pipe"),
    "socket": (_socket, "not a regular file but a socket"),
    "device": (_device, "not a regular file but a character device"),
    "read error": (_proc_mem, "cannot read: Input/output error"),
    "folder without articles": (_empty_folder, "no article files"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_reliability_bad_input_is_one_failure_and_the_batch_goes_on(tmp_path: Path, case: str) -> None:
    make, reason = BAD_INPUTS[case]
    bad = make(tmp_path)
    items = list(iter_articles([GOOD, bad, SECOND]))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"], items
    failure = items[1]
    assert failure.path == str(bad)
    assert reason in failure.error
    assert "\n" not in failure.error and len(failure.error) < 200
    assert [items[0].path, items[2].path] == [str(GOOD), str(SECOND)]


def test_reliability_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("running as root, which reads a chmod 000 file anyway; the socket, device, "
                    "FIFO and /proc/self/mem cases above cover input that root cannot read")
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD.read_text("utf-8"), "utf-8")
    secret.chmod(0)
    try:
        items = list(iter_articles([secret, GOOD]))
    finally:
        secret.chmod(0o644)
    assert items[0] == Failure(str(secret), "permission denied")
    assert isinstance(items[1], Article)


def test_reliability_folder_walk_reports_every_bad_entry_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD.read_text("utf-8"), "utf-8")
    (folder / "b_binary.txt").write_bytes(b"\x00\x01binary")
    _symlink(folder, "c_dangling.txt", str(folder / "gone.txt"))
    _symlink(folder, "d_loop1.txt", str(folder / "d_loop2.txt"))
    _symlink(folder, "d_loop2.txt", str(folder / "d_loop1.txt"))
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "e_pipe.txt")
    (folder / "f_sub").mkdir()
    (folder / "f_sub" / "up").symlink_to(folder, target_is_directory=True)  # a folder loop
    (folder / "z_good.txt").write_text(SECOND.read_text("utf-8"), "utf-8")
    items = list(iter_articles([folder]))
    got = [(Path(i.path).name, i.error if isinstance(i, Failure) else "ok") for i in items]
    expected = [
        ("a_good.txt", "ok"),
        ("b_binary.txt", "binary file (contains NUL bytes)"),
        ("c_dangling.txt", "broken symbolic link"),
        ("d_loop1.txt", "symbolic link loop"),
        ("d_loop2.txt", "symbolic link loop"),
        ("e_pipe.txt", "not a regular file but a named pipe: skipped"),
        ("z_good.txt", "ok"),
    ]
    if not hasattr(os, "mkfifo"):
        expected.remove(("e_pipe.txt", "not a regular file but a named pipe: skipped"))
    assert got == expected


def test_reliability_jsonl_bad_lines_name_their_line() -> None:
    items = list(iter_articles([LINES]))
    got = [(i.line, i.error if isinstance(i, Failure) else "ok") for i in items]
    assert got[0] == (1, "ok") and got[-1] == (6, "ok")
    assert [line for line, _ in got[1:-1]] == [2, 3, 4]
    assert got[1][1].startswith("invalid JSON") and "column" in got[1][1]
    assert "must be an object, not list" in got[2][1]
    assert "neither a 'text' nor an 'html'" in got[3][1]
    assert all(i.path == str(LINES) for i in items)


def test_reliability_long_jsonl_line_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    good = json.dumps({"text": "青州市教育局局长岑望舒出席会议。"}, ensure_ascii=False)
    long = json.dumps({"text": "学院" * 20000}, ensure_ascii=False)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([good, long, good, long]) + "\n", "utf-8")
    items = list(iter_articles([path], max_bytes=4096))
    assert [(i.line, type(i).__name__) for i in items] == [
        (1, "Article"), (2, "Failure"), (3, "Article"), (4, "Failure")
    ]
    size = len(long.encode())
    assert items[1].error == f"line too large ({size:,} bytes, the limit is 4,096): skipped"


def test_reliability_text_limit_and_no_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD.read_text("utf-8") * 3, "utf-8")
    (item,) = iter_articles([path], max_chars=100)
    assert isinstance(item, Failure) and "article text too long" in item.error and "limit is 100" in item.error
    (item,) = iter_articles([path], max_chars=None, max_bytes=None)
    assert isinstance(item, Article) and len(item.text) > 100


def test_reliability_million_nested_tags_keep_the_text_after_them() -> None:
    n = 1_000_000
    page = ("<html><head><title>澄江职教联盟揭牌</title></head><body><h1>澄江职教联盟揭牌</h1>"
            + "<div><span>" * n + "<p>深处的正文，澄江技师学院党委书记祁安澜致辞。</p>" + "</span></div>" * n
            + "<p>后面的正文，澄江市人社局副局长鲁清和出席仪式。</p></body></html>")
    article = read_article_html(page, "deep.html")
    assert article.text.startswith("澄江职教联盟揭牌")
    assert "深处的正文" in article.text and "后面的正文" in article.text


def test_reliability_html_with_only_a_title_is_read_as_its_headline(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.html", "<html><head><title>澄江职教联盟揭牌</title></head></html>".encode())
    (item,) = iter_articles([path])
    assert isinstance(item, Article) and item.text == "澄江职教联盟揭牌"


def test_reliability_lone_surrogates_from_json_escapes_do_not_break_outputs(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "\\ud800青州市教育局局长岑望舒出席会议。", "title": "\\udfff标题"}\n', "utf-8")
    kg = zhkg.build([path])
    assert not kg.failures
    assert kg.articles[0].text[0] == "\ufffd" and kg.articles[0].metadata["title"] == "\ufffd标题"
    kg.write(tmp_path / "out")
    kg.to_html(tmp_path / "out" / "graph.html")
    assert rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")


# --- the CLI counts failures and exits non-zero ----------------------------------------------


def _mixed_folder(tmp: Path) -> tuple[Path, int]:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD.read_text("utf-8"), "utf-8")
    (folder / "lines.jsonl").write_text(LINES.read_text("utf-8"), "utf-8")  # 3 bad lines
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    return folder, 5


def test_reliability_cli_build_counts_failures_and_exits_non_zero(tmp_path: Path) -> None:
    folder, n_bad = _mixed_folder(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1, result.output
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["articles"]["failed"] == n_bad + 1
    assert report["articles"]["read"] == 3  # good.txt and two good JSON lines
    errors = [line for line in result.stderr.splitlines() if line.startswith("zhkg: ")]
    assert len(errors) == n_bad + 1
    assert any(line.startswith(f"zhkg: {folder / 'lines.jsonl'}:2: invalid JSON") for line in errors)
    assert any(line == f"zhkg: {tmp_path / 'missing.txt'}: no such file or directory" for line in errors)
    assert f"{n_bad + 1} failed" in result.stdout
    for name in OUTPUT_FILES.values():
        assert (out / name).stat().st_size > 0


def test_reliability_cli_extract_exits_non_zero_and_prints_the_failures(tmp_path: Path) -> None:
    folder, n_bad = _mixed_folder(tmp_path)
    result = CliRunner().invoke(main, ["extract", "--no-text", str(folder)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sum("error" in r for r in records) == n_bad
    assert sum("entities" in r for r in records) == 3
    assert len(result.stderr.strip().splitlines()) == n_bad


def test_reliability_cli_build_clean_input_exits_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(GOOD), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output


# --- fail_fast ------------------------------------------------------------------------------


def test_reliability_fail_fast_stops_at_the_first_bad_input(tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"")
    it = iter_extracted([GOOD, empty, SECOND], fail_fast=True)
    first = next(it)
    assert isinstance(first, Article) and first.relations
    with pytest.raises(InputError) as info:
        next(it)
    assert (info.value.path, info.value.problem) == (str(empty), "empty file")
    assert str(info.value) == f"{empty}: empty file"


def test_reliability_fail_fast_names_the_jsonl_line() -> None:
    with pytest.raises(InputError) as info:
        list(iter_extracted([LINES], fail_fast=True))
    assert (info.value.path, info.value.line) == (str(LINES), 2)
    assert str(info.value).startswith(f"{LINES}:2: invalid JSON")


def test_reliability_extraction_crash_is_a_failure_or_with_fail_fast_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhkg import pipeline

    real = pipeline.extract_article

    def flaky(article: Article) -> Article:
        if article.path == str(GOOD):
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    items = list(iter_extracted([GOOD, SECOND]))
    assert isinstance(items[0], Failure) and items[0].error == "extraction failed: RuntimeError: boom"
    assert isinstance(items[1], Article) and items[1].relations
    with pytest.raises(ExtractionError, match=r"good\.txt: extraction failed: RuntimeError: boom"):
        list(iter_extracted([GOOD, SECOND], fail_fast=True))


# --- faults: outputs are replaced whole or not at all ----------------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def two_graphs() -> tuple[zhkg.KnowledgeGraph, zhkg.KnowledgeGraph]:
    return zhkg.build([GOOD]), zhkg.build([GOOD, SECOND])


def test_reliability_serializer_crash_leaves_previous_outputs_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_graphs
) -> None:
    from rdflib.plugins.serializers.turtle import TurtleSerializer

    old, new = two_graphs
    old.write(tmp_path)
    before = _snapshot(tmp_path)

    def half_then_crash(self, stream, *args, **kwargs):  # type: ignore[no-untyped-def]
        stream.write(b"@prefix zhkg: <https://zhkg.example.org/ontology#> .\n<urn:half")
        raise RuntimeError("serializer crashed mid-way")

    monkeypatch.setattr(TurtleSerializer, "serialize", half_then_crash)
    with pytest.raises(RuntimeError, match="mid-way"):
        new.write(tmp_path)
    assert _snapshot(tmp_path) == before


def test_reliability_disk_error_while_writing_leaves_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_graphs
) -> None:
    from zhkg import fsutil

    old, new = two_graphs
    old.write(tmp_path)
    before = _snapshot(tmp_path)

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        new.write(tmp_path)
    assert _snapshot(tmp_path) == before  # the half-written temp file is gone too


def test_reliability_failed_write_changes_no_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_graphs
) -> None:
    from rdflib.plugins.serializers.jsonld import JsonLDSerializer

    old, new = two_graphs
    old.write(tmp_path)
    before = _snapshot(tmp_path)

    def crash(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("json-ld serializer crashed")

    monkeypatch.setattr(JsonLDSerializer, "serialize", crash)
    with pytest.raises(RuntimeError):
        new.write(tmp_path)
    assert _snapshot(tmp_path) == before


def test_reliability_viewer_write_failure_leaves_previous_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_graphs
) -> None:
    from zhkg.viewer import render

    old, new = two_graphs
    page = tmp_path / "graph.html"
    old.to_html(page)
    before = _snapshot(tmp_path)

    def rename_fails(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(render.os, "replace", rename_fails)
    with pytest.raises(OSError):
        new.to_html(page)
    assert _snapshot(tmp_path) == before


def test_reliability_cli_build_crash_keeps_previous_report_and_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(GOOD), "-o", str(out)]).exit_code == 0
    report, page = (out / "report.json").read_bytes(), (out / "graph.html").read_bytes()

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("viewer crashed")

    monkeypatch.setattr("zhkg.viewer.render.to_html_string", crash)
    result = runner.invoke(main, ["build", str(GOOD), str(SECOND), "-o", str(out)])
    assert result.exit_code != 0
    assert (out / "report.json").read_bytes() == report
    assert (out / "graph.html").read_bytes() == page
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["graph.html", "report.json", *OUTPUT_FILES.values()]
    )


# --- idempotency ----------------------------------------------------------------------------


def _iris(g: rdflib.Graph) -> set[str]:
    return {str(n) for n in g.all_nodes() if isinstance(n, rdflib.URIRef)}


def test_reliability_building_twice_gives_isomorphic_graphs_and_the_same_iris() -> None:
    paths = sorted(str(p) for p in EXAMPLES.iterdir())
    a, b, c = zhkg.build(paths), zhkg.build(paths), zhkg.build(list(reversed(paths)))
    ga, gb, gc = (union_graph(k.rdf) for k in (a, b, c))
    assert len(ga) > 500
    assert isomorphic(ga, gb) and isomorphic(ga, gc)
    assert _iris(ga) == _iris(gb) == _iris(gc)
    names = {str(g.identifier) for g in a.rdf.graphs()}
    assert names == {str(g.identifier) for g in b.rdf.graphs()}
    for g in a.rdf.graphs():
        assert isomorphic(g, b.rdf.graph(g.identifier)), g.identifier


def test_reliability_same_graph_under_different_hash_seeds(tmp_path: Path) -> None:
    script = (
        "import sys, zhkg\n"
        "from zhkg.rdf.build import union_graph\n"
        "kg = zhkg.build(sys.argv[2:])\n"
        "union_graph(kg.rdf).serialize(sys.argv[1], format='nt', encoding='utf-8')\n"
    )
    paths = sorted(str(p) for p in EXAMPLES.iterdir())
    procs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / f"seed{seed}.nt"
        procs.append((out, subprocess.Popen([sys.executable, "-c", script, str(out), *paths], env=env)))
    graphs = []
    for out, proc in procs:
        assert proc.wait(timeout=120) == 0
        graphs.append(rdflib.Graph().parse(out, format="nt"))
    assert isomorphic(graphs[0], graphs[1])
    assert _iris(graphs[0]) == _iris(graphs[1])

"""Security: hostile names and sentences cannot break the RDF outputs or the
HTML viewer; the package evaluates, unpickles and unmarshals nothing; it makes
no network calls while reading, extracting, building, serialising, querying
and drawing.

(The SPARQL endpoint's binding, read-only mode, timeout and result limit are
not tested here yet: see SECURITY.md.)
"""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

import zhkg
from zhkg.cli import main
from zhkg.rdf.build import union_graph

PACKAGE = Path(zhkg.__file__).parent
EXAMPLES = PACKAGE / "examples"
DATA = Path(__file__).parent / "data" / "reliability"

# --- hostile content -------------------------------------------------------------------------

#: Markers that must never reach the page as markup.
XSS = "<script>alert(1)</script>"
BREAKOUT = "</script><img src=x onerror=alert(2)>"

#: Articles whose extracted names carry markup, quotes, ">" and newlines: a Latin
#: name after a title, event names in quotes, and metadata fields that are
#: copied as they are (headline, source, author, URL).
HOSTILE_LINES = [
    {
        "text": f"青州市教育局局长Tom出席“{XSS}峰会”。\n"
                f"澄江市人社局副局长O'Brien出席“职教{BREAKOUT}联盟”成立大会并讲话。\n"
                "青州职业技术学院院长闵书衡出席“青州'>\"联盟”成立大会。\n"
                "澄江技师学院院长祁安澜主持“第二届\\\"}]}峰会”。",
        "title": f"标题{XSS}\"'>\n第二行",
        "source": "</title><script>alert(3)</script>",
        "author": "Bob\"><svg onload=alert(4)>",
        "url": "javascript:alert(5)",
        "published": "2024-05-08",
    },
    {
        "text": "青州市教育局局长Tom出席青州职教联盟成立大会。\r\n他说：\"<b>加油</b>\" ]]> --> <!-- \u2028\u2029 end",
        "title": "]]><![CDATA[ x ]]>",
        "url": "https://example.org/a?b=<c>&d=\"e\"",
    },
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[zhkg.KnowledgeGraph, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in HOSTILE_LINES), "utf-8")
    html = folder / f"page{XSS[:7]}.html"  # markup in the file name, which becomes the article id
    html.write_text(
        "<html><head><title>澄江职教联盟揭牌</title><meta name='author' content='&lt;script&gt;x'></head>"
        "<body><h1>澄江职教联盟揭牌</h1><p>澄江市人社局副局长Eve出席“&lt;script&gt;alert(6)&lt;/script&gt;"
        "联盟”揭牌仪式。</p></body></html>", "utf-8")
    kg = zhkg.build([feed, html])
    assert not kg.failures, kg.failures
    out = folder / "out"
    kg.write(out)
    kg.to_html(out / "graph.html", title=f"</title>{XSS}")
    return kg, out


def _labels(g: rdflib.Graph) -> set[str]:
    return {str(o) for o in g.objects(None, rdflib.RDFS.label)} | {
        str(o) for _, _, o in g if isinstance(o, rdflib.Literal)
    }


def test_security_hostile_names_reach_the_graph(hostile) -> None:
    kg, _ = hostile
    labels = _labels(union_graph(kg.rdf))
    assert any(XSS in s for s in labels), "the test must feed markup into entity names"
    assert any(BREAKOUT in s for s in labels)
    assert any("O'Brien" in s for s in labels)
    assert any("\n" in s for s in labels)


@pytest.mark.parametrize(("name", "fmt"), [("graph.ttl", "turtle"), ("graph.jsonld", "json-ld"), ("graph.trig", "trig")])
def test_security_hostile_outputs_parse_back_to_the_same_graph(hostile, name: str, fmt: str) -> None:
    kg, out = hostile
    expected = union_graph(kg.rdf)
    if fmt == "turtle":
        back = rdflib.Graph().parse(out / name, format=fmt)
    else:
        ds = rdflib.Dataset(default_union=True)
        ds.parse(out / name, format=fmt)
        back = rdflib.Graph()
        for triple in ds.triples((None, None, None)):
            back.add(triple)
    assert isomorphic(expected, back), name


@pytest.mark.parametrize("fmt", ["nt", "xml"])
def test_security_hostile_graph_round_trips_in_line_formats(hostile, fmt: str) -> None:
    kg, _ = hostile
    g = union_graph(kg.rdf)
    data = g.serialize(format=fmt, encoding="utf-8")
    assert isomorphic(g, rdflib.Graph().parse(data=data, format=fmt))
    if fmt == "nt":  # one triple per line: no raw newline escapes a literal
        assert all(line.endswith(" .") for line in data.decode("utf-8").splitlines() if line)


def test_security_hostile_dataset_round_trips_as_nquads(hostile) -> None:
    kg, _ = hostile
    back = rdflib.Dataset()
    back.parse(data=kg.rdf.serialize(format="nquads", encoding="utf-8"), format="nquads")
    graphs = [g for g in kg.rdf.graphs() if len(g)]
    assert len(graphs) >= 3
    for g in graphs:
        assert isomorphic(g, back.graph(g.identifier)), g.identifier


def test_security_viewer_page_has_no_markup_from_data(hostile) -> None:
    from zhkg.viewer import render_html

    _, out = hostile
    page = (out / "graph.html").read_text("utf-8")
    benign = render_html(zhkg.build([DATA / "good.txt"]).nx, out / "benign.html").read_text("utf-8")
    # data never opens or closes an element: the page has the template's tags only
    for tag in ("<script", "</script", "<img", "<svg", "</title", "<title", "<b>", "<!--", "<![CDATA["):
        assert page.lower().count(tag) == benign.lower().count(tag), tag
    for marker in ("alert(1)", "alert(2)", "alert(6)"):
        assert marker in page, "the hostile text must be on the page, as data"
    assert "\\u003cscript\\u003ealert(1)" in page  # escaped inside the JSON data
    from lxml import html as lxml_html

    assert not [a.get("href") for a in lxml_html.fromstring(page).iter("a") if a.get("href")]


def test_security_viewer_script_writes_text_only_and_links_only_http() -> None:
    """The panel script never turns data into markup, and makes a link of an
    article URL only when it is http(s) (a ``javascript:`` URL stays text)."""
    import re

    js = (PACKAGE / "viewer" / "static" / "viewer.js").read_text("utf-8")
    code = re.sub(r"/\*.*?\*/", "", js, flags=re.DOTALL)
    code = re.sub(r"(?m)^\s*//.*$", "", code)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink
    hrefs = [m.start() for m in re.finditer(r"\.href\s*=", code)]
    assert hrefs, "the panel links articles to their URL"
    for at in hrefs:
        before = code[max(0, at - 200):at]
        assert re.search(r"/\^https\?:\\/\\//i\.test\(", before), code[at - 200:at + 20]


def test_security_viewer_title_is_escaped(hostile) -> None:
    _, out = hostile
    page = (out / "graph.html").read_text("utf-8")
    assert f"</title>{XSS}" not in page
    assert "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_security_viewer_data_parses_back_to_the_hostile_names(hostile) -> None:
    """The JSON inside the page is valid and gives back the very names."""
    import re

    kg, out = hostile
    page = (out / "graph.html").read_text("utf-8")
    m = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);\n", page, re.DOTALL)
    assert m, "node data not found in the page"
    labels = {n["label"] for n in json.loads(m.group(1))}
    assert labels == {kg.nx.nodes[n].get("label") or n for n in kg.nx.nodes} - {None}
    assert any(XSS in s for s in labels)


def test_security_cli_build_of_hostile_input(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in HOSTILE_LINES), "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(feed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    json.loads((out / "report.json").read_text("utf-8"))
    q = CliRunner().invoke(main, ["query", str(out), "SELECT ?l WHERE { ?s rdfs:label ?l }", "--format", "json"])
    assert q.exit_code == 0, q.output
    assert any(XSS in row["l"] for row in json.loads(q.stdout))


# --- nothing is evaluated, unpickled or unmarshalled ------------------------------------------

#: Calls that run or deserialise code or objects: (module or None for a builtin, name).
_FORBIDDEN_CALLS = {
    (None, "eval"), (None, "exec"), (None, "compile"), (None, "__import__"),
    ("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"),
    ("marshal", "load"), ("marshal", "loads"), ("shelve", "open"),
    ("yaml", "load"), ("yaml", "unsafe_load"), ("yaml", "full_load"),
    ("os", "system"), ("os", "popen"), ("subprocess", "run"), ("subprocess", "Popen"),
    ("subprocess", "call"), ("subprocess", "check_output"), ("subprocess", "check_call"),
    ("importlib", "import_module"),
}
_FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "joblib", "yaml",
                      "subprocess", "urllib.request", "http.client", "requests", "httpx", "socket"}


def _package_sources() -> Iterator[Path]:
    yield from sorted(PACKAGE.rglob("*.py"))


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name in _FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom):
            if node.module in _FORBIDDEN_MODULES:
                found.append(f"from {node.module} import ...")
        elif isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and (None, f.id) in _FORBIDDEN_CALLS:
                found.append(f"{f.id}()")
            elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) \
                    and (f.value.id, f.attr) in _FORBIDDEN_CALLS:
                found.append(f"{f.value.id}.{f.attr}()")
    return [f"{path.relative_to(PACKAGE)}:{o}" for o in found]


def test_security_package_evaluates_and_unpickles_nothing() -> None:
    sources = list(_package_sources())
    assert len(sources) > 20
    offences = [o for p in sources for o in _offences(p)]
    assert offences == []


def test_security_the_source_scan_catches_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle, yaml\nfrom marshal import loads\nx = eval('1')\npickle.loads(b'')\n", "utf-8")
    got = [o.split(":", 1)[1] for o in _offences_at(bad)]
    assert got == ["import pickle", "import yaml", "from marshal import ...", "eval()", "pickle.loads()"]


def _offences_at(path: Path) -> list[str]:
    global PACKAGE
    saved, PACKAGE = PACKAGE, path.parent
    try:
        return _offences(path)
    finally:
        PACKAGE = saved


def test_security_package_data_has_no_pickles() -> None:
    magic = (b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05")
    for p in PACKAGE.rglob("*"):
        if p.is_file() and p.suffix not in (".py", ".pyc"):
            assert p.suffix not in (".pkl", ".pickle", ".joblib", ".npy", ".marshal"), p
            head = p.read_bytes()[:2]
            assert head not in magic, p


def test_security_jieba_cache_is_not_read_from_the_shared_temp_dir() -> None:
    from zhkg.nlp.segment import tokenizer

    tk = tokenizer()
    folder = tk.tmp_dir or tempfile.gettempdir()
    assert tk.cache_file is not None and os.path.isabs(tk.cache_file) or \
        os.path.realpath(folder) != os.path.realpath(tempfile.gettempdir())


# --- no network at run time -------------------------------------------------------------------


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Any socket made, connected or resolved raises and is recorded."""
    attempts: list[tuple] = []

    def refuse(what: str):
        def f(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append((what, args[1:] if what.startswith("socket.") else args))
            raise NetworkUsed(f"network call at run time: {what}{args[1:] if what.startswith('socket.') else args}")
        return f

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket.socket"))
    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_security_network_guard_is_armed(no_network: list[tuple]) -> None:
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    assert len(no_network) == 2


def test_security_whole_pipeline_runs_without_network(no_network: list[tuple], tmp_path: Path) -> None:
    from zhkg.extract import extract_article
    from zhkg.ingest import iter_articles
    from zhkg.rdf.shacl import validate
    from zhkg.rdf.store import load_graph
    from zhkg.viewer import render_html

    articles = [a for a in iter_articles([EXAMPLES, DATA]) if not hasattr(a, "error")]
    assert len(articles) >= 8
    for a in articles:
        extract_article(a)
    kg = zhkg.build([EXAMPLES, DATA / "good.txt"])
    assert len(kg.articles) >= 8 and not kg.failures
    written = kg.write(tmp_path)
    g = union_graph(kg.rdf)
    for fmt in ("turtle", "nt", "json-ld", "xml"):
        rdflib.Graph().parse(data=g.serialize(format=fmt), format=fmt)
    for fmt in ("trig", "nquads"):
        kg.rdf.serialize(format=fmt)
    back = load_graph(written["trig"])
    assert len(back) > 100
    load_graph(written["jsonld"])  # our own JSON-LD: contexts inline, nothing fetched
    assert len(list(kg.query("SELECT ?s WHERE { ?s a zhkg:Person }"))) > 5
    render_html(kg.nx, tmp_path / "graph.html")
    try:
        validate(kg.rdf)
    except zhkg.errors.MissingDependency:
        pass
    kg.summary()
    assert no_network == []


def test_security_cli_runs_without_network_from_interpreter_start(tmp_path: Path) -> None:
    """Sockets are disabled before zhkg is even imported, in a fresh interpreter."""
    prelude = (
        "import socket, sys\n"
        "def refuse(*a, **k):\n"
        "    sys.stderr.write('NETWORK %r\\n' % (a[1:],)); raise OSError('network disabled by the test')\n"
        "socket.socket.__init__ = refuse; socket.socket.connect = refuse\n"
        "socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from zhkg.cli import main\n"
        "main(sys.argv[1:], prog_name='zhkg', standalone_mode=True)\n"
    )
    out = tmp_path / "out"
    for args in (["build", "--examples", "-o", str(out)],
                 ["query", str(out), "--name", "community-leaders", "--format", "csv"],
                 ["view", str(out), "-o", str(tmp_path / "v.html")]):
        r = subprocess.run([sys.executable, "-c", prelude, *args], capture_output=True, text=True, timeout=180)
        assert r.returncode == 0, (args, r.stderr[-2000:])
        assert "NETWORK" not in r.stderr, args


def test_security_loading_jsonld_fetches_no_remote_context(no_network: list[tuple], tmp_path: Path) -> None:
    from zhkg.errors import StoreError
    from zhkg.rdf.store import load_graph

    doc = tmp_path / "remote.jsonld"
    doc.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "urn:x",
                               "name": "y"}), "utf-8")
    with pytest.raises(StoreError, match="context elsewhere"):
        load_graph(doc)
    assert no_network == []

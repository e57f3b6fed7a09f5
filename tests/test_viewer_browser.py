"""The viewer in a real headless Chromium (Debian's ``chromium`` driven by the
Playwright Python package): no JS errors, the right counts, search, evidence on
click, filters, the neighbourhood toggle, inert XSS names and no network use.

Skipped, with the reason, when playwright or the browser is missing.  Set
ZHKG_CHROMIUM to use another Chromium binary than /usr/bin/chromium.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from zhkg.viewer import render_html

from .conftest import load_viewer_graph

pytestmark = pytest.mark.browser

DATA = Path(__file__).parent / "data" / "viewer" / "qingxi_graph.json"
B = "https://example.org/zhkg/"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Each payload sets a global flag (and calls alert) if it ever runs.
XSS_NAMES = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=2</script>",
    '"><svg onload=window.__pwned=3>',
]


def _chromium() -> str | None:
    path = os.environ.get("ZHKG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).exists() else None


def load_graph(path: Path = DATA) -> nx.MultiDiGraph:
    return load_viewer_graph(path)


def xss_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("urn:org", type="Organization", label="某学院", aliases=["<b>x</b>"], articles=["a"])
    for i, name in enumerate(XSS_NAMES):
        g.add_node(f"urn:p{i}", type="Person", label=name, aliases=[f"别名{i}", name],
                   posts=[{"title": name, "org": "<a href=javascript:alert(1)>x</a>"}], articles=["a"])
        sent = f"{name}出席。"
        g.add_edge(f"urn:p{i}", "urn:org", key="holdsPosition", predicate="holdsPosition", title=name,
                   evidence=[{"article": "a", "article_title": name, "published": "2024-01-01",
                              "url": "javascript:window.__pwned=9", "sentence": sent, "start": 0,
                              "end": len(sent), "rule": name, "confidence": 0.5}])
    return g


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed (pip install playwright)")
    exe = _chromium()
    if exe is None:
        pytest.skip("no Chromium binary (apt-get install chromium, or set ZHKG_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A loaded viewer page with everything it logged and requested."""

    def __init__(self, browser, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 860})
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.route("**/*", lambda route: route.continue_()
                        if route.request.url.startswith("file:") else route.abort())
        self.page.add_init_script(
            "window.__alerts = 0; window.alert = window.confirm = window.prompt ="
            " function () { window.__alerts++; };"
        )
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.zhkgStable != null", timeout=20000)

    def js(self, expr: str):
        return self.page.evaluate(expr)

    def visible(self) -> tuple[int, int]:
        return tuple(self.js(
            "[nodes.get({filter: n => !n.hidden}).length, edges.get({filter: e => !e.hidden}).length]"
        ))

    def node_xy(self, node: str) -> tuple[float, float]:
        return self._to_page(f"network.getPositions([{json.dumps(node)}])[{json.dumps(node)}]")

    def _to_page(self, canvas_expr: str) -> tuple[float, float]:
        p = self.js(
            f"(() => {{ const c = {canvas_expr}; const d = network.canvasToDOM(c);"
            " const r = document.getElementById('mynetwork').getBoundingClientRect();"
            " return [r.left + d.x, r.top + d.y]; })()"
        )
        return float(p[0]), float(p[1])

    def search(self, text: str) -> None:
        self.page.fill("#zk-search", text)
        self.page.press("#zk-search", "Enter")

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return load_graph()


@pytest.fixture
def qingxi(browser, graph, tmp_path):
    page = Page(browser, render_html(graph, tmp_path / "qingxi.html", title="青溪", physics=False))
    yield page
    page.close()


def test_viewer_browser_loads_clean_with_all_nodes_and_edges(qingxi, graph):
    assert qingxi.js("[nodes.length, edges.length]") == [graph.number_of_nodes(), graph.number_of_edges()]
    assert qingxi.visible() == (graph.number_of_nodes(), graph.number_of_edges())
    drawn = qingxi.js("Object.keys(network.getPositions()).length")
    assert drawn == graph.number_of_nodes()
    assert qingxi.errors == [] and qingxi.js("window.zhkgErrors") == []
    assert f"{graph.number_of_nodes()} / {graph.number_of_nodes()}" in qingxi.page.inner_text("#zk-counts")


def test_viewer_browser_makes_no_network_request(qingxi):
    assert qingxi.requests == [qingxi.url]


@pytest.mark.parametrize(("query", "node"), [
    ("林思远", "person/lin-siyuan"),
    ("青溪职院", "org/qx-poly"),  # an alias
    ("智能制造有限", "org/qx-smart"),  # part of a name
])
def test_viewer_browser_search_focuses_the_node(qingxi, graph, query, node):
    qingxi.search(query)
    assert qingxi.js("network.getSelectedNodes()") == [B + node]
    assert qingxi.page.inner_text("#zk-panel .zk-name") == graph.nodes[B + node]["label"]
    qingxi.page.wait_for_timeout(400)  # the focus animation
    x, y = qingxi.node_xy(B + node)
    box = qingxi.page.locator("#mynetwork").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < 5 and abs(y - (box["y"] + box["height"] / 2)) < 5


def test_viewer_browser_click_node_shows_its_evidence(qingxi):
    x, y = qingxi.node_xy(B + "person/he-wenbo")
    qingxi.page.mouse.click(x, y)
    panel = qingxi.page.locator("#zk-panel")
    assert panel.get_attribute("data-id") == B + "person/he-wenbo"
    text = panel.inner_text()
    assert "副市长何文博出席会议并讲话。" in text and "青溪市人民政府副市长" in text
    assert "《青溪市域智能制造产教融合共同体成立》" in text and "2024-05-20" in text
    assert set(qingxi.page.locator("#zk-panel mark").all_inner_texts()) >= {"何文博"}
    assert qingxi.page.locator("#zk-panel a").first.get_attribute("href") == \
        "https://news.example.org/qx-001.html"


def test_viewer_browser_click_edge_shows_its_evidence(qingxi):
    a = qingxi.node_xy(B + "person/zhou-yutong")
    b = qingxi.node_xy(B + "event/qx-founding")
    t = 0.35
    qingxi.page.mouse.click(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
    panel = qingxi.page.locator("#zk-panel")
    assert panel.get_attribute("data-kind") == "edge"
    edge = qingxi.js(f"edges.get({json.dumps(panel.get_attribute('data-id'))})")
    assert (edge["from"], edge["to"]) == (B + "person/zhou-yutong", B + "event/qx-founding")
    assert "会议由周雨桐主持。" in panel.inner_text()
    assert "周雨桐" in qingxi.page.locator("#zk-panel mark").all_inner_texts()


def test_viewer_browser_type_and_relation_filters(qingxi, graph):
    qingxi.page.uncheck("input.zk-type[value=Person]")
    keep = {n for n, d in graph.nodes(data=True) if d["type"] != "Person"}
    edges = [(u, v) for u, v in graph.edges() if u in keep and v in keep]
    keep = {n for n in keep if any(n in e for e in edges) or graph.degree(n) == 0}
    assert qingxi.visible() == (len(keep), len(edges))
    qingxi.page.check("input.zk-type[value=Person]")
    qingxi.page.uncheck("input.zk-rel[value=holdsPosition]")
    edges = [(u, v) for u, v, k in graph.edges(keys=True) if k != "holdsPosition"]
    keep = {n for n in graph if any(n in e for e in edges) or graph.degree(n) == 0}
    assert qingxi.visible() == (len(keep), len(edges))
    qingxi.page.uncheck("input.zk-rel[value=represents]")  # 许嘉禾's last relation goes too
    assert "person/xu-jiahe" not in " ".join(qingxi.js("nodes.getIds({filter: n => !n.hidden})"))
    qingxi.page.click("#zk-fit")
    assert qingxi.visible() == (graph.number_of_nodes(), graph.number_of_edges())


def test_viewer_browser_article_filter(qingxi, graph):
    qingxi.page.select_option("#zk-article", "qx-002")
    edges = [d for *_, d in graph.edges(data=True) if any(e["article"] == "qx-002" for e in d["evidence"])]
    assert qingxi.visible()[1] == len(edges)


def test_viewer_browser_neighbourhood_toggle(qingxi):
    qingxi.search("许嘉禾")
    qingxi.page.click("#zk-hood")
    assert qingxi.page.get_attribute("#zk-hood", "aria-pressed") == "true"
    assert qingxi.visible() == (2, 2)  # 许嘉禾, the company; holdsPosition and represents
    qingxi.page.select_option("#zk-hops", "2")
    shown = set(qingxi.js("nodes.getIds({filter: n => !n.hidden})"))
    assert shown == {B + x for x in ("person/xu-jiahe", "org/qx-smart", "org/qx-poly", "community/qx-im")}
    qingxi.page.click("#zk-hood")
    assert qingxi.visible()[0] == qingxi.js("nodes.length")


def test_viewer_browser_xss_names_stay_inert(browser, tmp_path):
    g = xss_graph()
    page = Page(browser, render_html(g, tmp_path / "xss.html", title=XSS_NAMES[3], physics=False))
    try:
        assert page.page.title() == XSS_NAMES[3]
        for i, name in enumerate(XSS_NAMES):
            page.search(f"别名{i}")
            assert page.js("network.getSelectedNodes()") == [f"urn:p{i}"]
            assert page.page.inner_text("#zk-panel .zk-name") == name
            assert name in page.page.inner_text("#zk-panel blockquote")
        page.js("network.fit({animation: false})")
        x, y = page.node_xy("urn:p2")  # hover: the tooltip shows the name as text
        for attempt in range(3):  # (a loaded machine may miss the first hover; the tooltip has a delay)
            page.page.mouse.move(x - 30, y - 30)
            page.page.mouse.move(x, y, steps=5)
            try:
                page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=3000)
                break
            except Exception as e:  # (playwright's TimeoutError; playwright is imported lazily)
                if attempt == 2 or type(e).__name__ != "TimeoutError":
                    raise
                x, y = page.node_xy("urn:p2")
        assert XSS_NAMES[2] in page.page.inner_text("div.vis-tooltip")
        tags = page.js("[...document.querySelector('div.vis-tooltip').children].map(c => c.tagName)")
        assert set(tags) <= {"BR"}  # innerText turns newlines into <br>; nothing else is markup
        page.page.mouse.click(x, y)
        page.page.wait_for_timeout(200)
        assert page.js("window.__pwned") is None and page.js("window.__alerts") == 0
        assert page.js("document.querySelectorAll('img, svg, b, #zk-panel a').length") == 0
        assert page.errors == [] and page.requests == [page.url]
    finally:
        page.close()


def test_viewer_browser_physics_page_stabilises(browser, graph, tmp_path):
    page = Page(browser, render_html(graph, tmp_path / "p.html"))  # small: physics on
    try:
        assert page.js("ZHKG.physics") is True
        assert page.js("network.physics.stabilized") is not False
        assert page.errors == []
    finally:
        page.close()


def test_viewer_browser_capped_page_shows_note(browser, graph, tmp_path):
    page = Page(browser, render_html(graph, tmp_path / "c.html", max_nodes=6))
    try:
        assert page.js("nodes.length") == 6
        assert f"6 / {graph.number_of_nodes()}" in page.page.inner_text("#zk-note")
    finally:
        page.close()

"""Viewer benchmark: Python render time, HTML size and time to the first
stable drawing in headless Chromium, for synthetic graphs of 1k, 5k and 20k
nodes.  Prints a table; not a test.

    .venv/bin/python benchmarks/viewer_bench.py [--sizes 1000 5000 20000] [--chromium /usr/bin/chromium]
    .venv/bin/python benchmarks/viewer_bench.py --screenshot docs/viewer.png   # the README picture

"Stable draw" is the page's ``window.zhkgStable``: ``performance.now()`` (ms
since navigation start) at the first ``afterDrawing`` once the layout is
final (physics off: the first drawing; physics on: after ``stabilized``).
Needs the ``playwright`` Python package and a Chromium binary; without
them only the Python figures are printed.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from zhkg.viewer import render_html

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红"
_UNITS = ["职业技术学院", "教育局", "人力资源和社会保障局", "经济开发区管委会", "技师学院", "中等职业学校"]
_CITIES = ["东湖", "南川", "西岭", "北塘", "青溪", "云港", "临江", "石门"]
_TITLES = ["党委书记", "校长", "副局长", "局长", "副院长", "主任", "处长"]
_EVENTS = ["产教融合推进会", "校企合作签约仪式", "共同体揭牌仪式", "职业教育工作会议", "技能大赛开幕式"]


def synthetic_graph(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """A zhkg-shaped graph of about ``n`` nodes with invented Chinese names."""
    r = random.Random(seed)
    g = nx.MultiDiGraph()
    kinds = [("Person", 0.5), ("Organization", 0.3), ("Event", 0.15), ("Community", 0.05)]
    by_type: dict[str, list[str]] = {t: [] for t, _ in kinds}
    for i in range(n):
        t = r.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        iri = f"https://example.org/zhkg/{t.lower()}/{i}"
        if t == "Person":
            label = r.choice(_SURNAMES) + r.choice(_GIVEN) + r.choice(_GIVEN) + str(i)
        elif t == "Organization":
            label = f"{r.choice(_CITIES)}{r.choice(_UNITS)}{i}"
        elif t == "Event":
            label = f"{r.choice(_CITIES)}{r.choice(_EVENTS)}{i}"
        else:
            label = f"{r.choice(_CITIES)}市域产教联合体{i}"
        g.add_node(iri, type=t, label=label, aliases=[], articles=[f"a{i % 500}"])
        by_type[t].append(iri)

    def ev(u: str, v: str) -> list[dict]:
        a = r.randrange(500)
        s = f"{g.nodes[u]['label']}与{g.nodes[v]['label']}相关。"
        return [{"article": f"a{a}", "article_title": f"新闻{a}", "published": f"2024-{1 + a % 12:02d}-15",
                 "url": f"https://news.example.org/{a}.html", "sentence": s, "start": 0,
                 "end": len(s), "rule": "synthetic", "confidence": 0.8}]

    def link(u: str, v: str, pred: str, title: str | None = None) -> None:
        g.add_edge(u, v, key=pred, predicate=pred, title=title, evidence=ev(u, v))

    orgs, people, events, comms = (by_type[t] for t in ("Organization", "Person", "Event", "Community"))
    for o in orgs[1:]:
        if r.random() < 0.6:
            link(o, r.choice(orgs), "subOrganizationOf")
    for p in people:
        title = r.choice(_TITLES)
        link(p, r.choice(orgs), "holdsPosition", title)
        g.nodes[p]["posts"] = [{"title": title, "org": "某单位"}]
        for _ in range(r.randint(0, 2)):
            link(p, r.choice(events), r.choice(["attended", "spokeAt", "chaired"]))
    for e in events:
        link(e, r.choice(orgs), "organizedBy")
        g.nodes[e]["date"] = "2024-05-01"
    for c in comms:
        link(r.choice(orgs), c, "leadsCommunity")
        for _ in range(r.randint(1, 4)):
            link(r.choice(orgs), c, "memberOf")
    return g


def browser_time(page_path: Path, chromium: str, timeout_s: float = 180) -> tuple[float, float]:
    """(ms from navigation start to stable drawing, wall seconds until then)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t0 = time.perf_counter()
        page.goto(page_path.as_uri(), timeout=timeout_s * 1000)
        page.wait_for_function("window.zhkgStable !== null && window.zhkgStable !== undefined",
                               timeout=timeout_s * 1000, polling=50)
        wall = time.perf_counter() - t0
        stable = page.evaluate("window.zhkgStable")
        browser.close()
    return float(stable), wall


def screenshot(out: Path, chromium: str) -> None:
    """Render the invented 青溪 test graph, select a node, and save a PNG."""
    import json

    from playwright.sync_api import sync_playwright

    doc = json.loads((Path(__file__).parents[1] / "tests/data/viewer/qingxi_graph.json").read_text("utf-8"))
    g = nx.MultiDiGraph()
    for n in doc["nodes"]:
        g.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for e in doc["edges"]:
        g.add_edge(e["source"], e["target"], key=e["predicate"], predicate=e["predicate"],
                   title=e["title"], evidence=e["evidence"])
    with tempfile.TemporaryDirectory() as tmp:
        page_path = render_html(g, Path(tmp) / "qingxi.html", title="青溪市产教融合知识图谱")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 860}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            page.wait_for_function("window.zhkgStable != null", timeout=30000)
            page.fill("#zk-search", "周雨桐")
            page.press("#zk-search", "Enter")
            page.wait_for_timeout(300)
            page.evaluate("network.fit({animation: false})")
            page.wait_for_timeout(200)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()
    print(f"wrote {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--max-nodes", type=int, default=20000)
    ap.add_argument("--screenshot", type=Path, help="only write a screenshot of a small graph here")
    args = ap.parse_args()
    if args.screenshot:
        screenshot(args.screenshot, args.chromium)
        return
    try:
        import playwright  # noqa: F401
        have_browser = Path(args.chromium).exists()
    except ImportError:
        have_browser = False
    print(f"{'nodes':>7} {'edges':>7} {'physics':>7} {'render s':>9} {'html MB':>8} "
          f"{'stable ms':>10} {'wall s':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            g = synthetic_graph(n)
            out = Path(tmp) / f"g{n}.html"
            t = time.perf_counter()
            render_html(g, out, title=f"bench {n}", max_nodes=args.max_nodes)
            render_s = time.perf_counter() - t
            size_mb = out.stat().st_size / 1e6
            physics = "on" if n <= 200 else "off"
            stable = wall = float("nan")
            if have_browser:
                stable, wall = browser_time(out, args.chromium)
            print(f"{g.number_of_nodes():>7} {g.number_of_edges():>7} {physics:>7} {render_s:>9.2f} "
                  f"{size_mb:>8.2f} {stable:>10.0f} {wall:>7.2f}", flush=True)


if __name__ == "__main__":
    main()

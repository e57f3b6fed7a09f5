"""The ``zhkg`` command: a thin layer over the library.

Every command prints one-line errors and exits non-zero when something failed.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from . import __version__
from .errors import ZhkgError
from .model import Failure

__all__ = ["main"]


def _examples_dir() -> Path:
    return Path(str(resources.files("zhkg").joinpath("examples")))


def _paths(articles: tuple[str, ...], examples: bool) -> list[str]:
    paths = list(articles)
    if examples:
        paths.insert(0, str(_examples_dir()))
    if not paths:
        raise click.UsageError("give article files or folders, or --examples")
    return paths


def _scale_options(f):
    """--jobs, --engine, --scheduler and --progress/--no-progress."""
    f = click.option("--progress/--no-progress", "progress", default=None,
                     help="Progress bar on stderr [default: only on a terminal, never with CI=true].")(f)
    f = click.option("--scheduler", default=None, metavar="ADDRESS",
                     help="With --engine dask: the Dask scheduler (tcp://host:8786) [default: a local cluster of --jobs workers].")(f)
    f = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Where extraction runs: local processes, or a Dask cluster (pip install 'zhkg[dask]').")(f)
    f = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Processes extracting in parallel [default: all cores]; 1: in this process.")(f)
    return f


def _check_scale(engine: str, scheduler: str | None) -> None:
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")


class _Group(click.Group):
    """Library errors become one-line messages and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ZhkgError as e:
            raise click.ClickException(str(e)) from e


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="zhkg")
def main() -> None:
    """zhkg: knowledge graphs from Chinese institutional news.

    \b
    Example:
      zhkg build --examples -o out/
      zhkg extract article.txt
      zhkg eval corpus/dev
    """


@main.command()
@click.argument("articles", nargs=-1, type=click.Path())
@click.option("--examples", is_flag=True, help="Add the bundled example articles.")
@click.option("--mentions", is_flag=True, help="Every person, organisation and post mention (CLUENER sense), before article-level filters.")
@click.option("--backend", type=click.Choice(["jieba", "lac"]), default="jieba", show_default=True,
              help="With --mentions: the name tagger's features; 'lac' adds Baidu LAC's reading (pip install 'zhkg[lac]').")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the output.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be read or extracted (exit 1).")
@_scale_options
def extract(articles: tuple[str, ...], examples: bool, mentions: bool, backend: str, no_text: bool, fail_fast: bool,
            jobs: int | None, engine: str, scheduler: str | None, progress: bool | None) -> None:
    """Print one JSON object per article: entities with mentions, relations with evidence.

    Lines come in input order whatever --jobs and --engine.

    \b
    Example:
      zhkg extract news/ article.html feed.jsonl > facts.jsonl
      zhkg extract crawl/ --jobs 8 > facts.jsonl
      zhkg extract --mentions --backend lac article.txt
    """
    from .parallel import Progress
    from .pipeline import iter_extracted

    _check_scale(engine, scheduler)
    if backend != "jieba" and not mentions:
        raise click.UsageError("--backend chooses the tagger of --mentions; give --mentions too")

    failed = 0
    if mentions:
        from .extract.cluener import iter_mention_records

        for rec in iter_mention_records(_paths(articles, examples), backend):
            failed += "error" in rec
            click.echo(json.dumps(rec, ensure_ascii=False))
    else:
        with Progress(enabled=progress) as bar:
            for item in iter_extracted(_paths(articles, examples), fail_fast=fail_fast, jobs=jobs,
                                       engine=engine, scheduler=scheduler):
                bar(item)
                if isinstance(item, Failure):
                    failed += 1
                    click.echo(f"zhkg: {item.path}{'' if item.line is None else f':{item.line}'}: {item.error}", err=True)
                    click.echo(json.dumps(item.to_json(), ensure_ascii=False))
                else:
                    click.echo(json.dumps(item.to_json(with_text=not no_text), ensure_ascii=False))
    if failed:
        sys.exit(1)


@main.command(name="eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--per-article", is_flag=True, help="Show scores and mistakes article by article.")
@click.option("--cluener", "cluener", type=click.Path(exists=True, dir_okay=False), help="Score mention finding on a CLUENER2020 JSON-lines file instead.")
@click.option("--limit", type=int, default=None, help="With --cluener: score only the first N records.")
@click.option("--backend", type=click.Choice(["jieba", "lac"]), default="jieba", show_default=True,
              help="With --cluener: the name tagger's features; 'lac' adds Baidu LAC's reading (pip install 'zhkg[lac]').")
def eval_(directory: str | None, as_json: bool, per_article: bool, cluener: str | None, limit: int | None,
          backend: str) -> None:
    """Score extraction against NAME.gold.json files (precision / recall / F1).

    \b
    Example:
      zhkg eval corpus/dev --per-article
      zhkg eval --cluener cluener/dev.jsonl
      zhkg eval --cluener cluener/dev.jsonl --backend lac
    """
    from . import evaluate as ev

    if cluener:
        from .extract.cluener import score_cluener_file

        score = score_cluener_file(cluener, limit=limit, backend=backend)
        click.echo(json.dumps(score.to_json(), ensure_ascii=False, indent=1) if as_json else ev.format_span_report(score))
        return
    if directory is None:
        raise click.UsageError("give a DIRECTORY of articles with NAME.gold.json files, or --cluener FILE")
    if backend != "jieba":
        raise click.UsageError("--backend chooses the tagger of --cluener; the article scores use the default")
    from .pipeline import iter_extracted

    missing: list[Path] = []
    pairs = ev.gold_pairs(directory, missing=missing)
    for m in missing:
        click.echo(f"zhkg: {m}: gold file without an article, skipped", err=True)
    preds = list(iter_extracted([str(a) for a, _ in pairs]))
    items = []
    for (article, gold), pred in zip(pairs, preds):
        items.append((ev.article_name(article), pred.to_json(), ev.read_gold(gold)))
    score = ev.score_corpus(items)
    if as_json:
        click.echo(json.dumps(score.to_json(per_article=per_article), ensure_ascii=False, indent=1))
    else:
        click.echo(ev.format_report(score, per_article=per_article))


@main.command()
@click.argument("articles", nargs=-1, type=click.Path())
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False), default=None, help="Output folder [default: out; with --store: report.json goes into the store folder].")
@click.option("--examples", is_flag=True, help="Add the bundled example articles.")
@click.option("--base-iri", default=None, help="Base IRI of the entities (default https://zhkg.example.org/id/).")
@click.option("--no-html", is_flag=True, help="Do not write the HTML viewer.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=None, help="Add the articles to an on-disk Oxigraph store (created if missing); only new or changed articles are extracted and rewritten.")
@click.option("--overrides", type=click.Path(exists=True, dir_okay=False), help="A JSON or CSV file of entities to merge or keep apart (see ontology/README.md).")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be read or extracted; nothing is written.")
@_scale_options
def build(articles: tuple[str, ...], out_dir: str | None, examples: bool, base_iri: str | None, no_html: bool,
          store_dir: str | None, overrides: str | None, fail_fast: bool,
          jobs: int | None, engine: str, scheduler: str | None, progress: bool | None) -> None:
    """Build the graph: graph.ttl, graph.jsonld, graph.trig, graph.html, report.json.

    With --store DIR the articles go into an on-disk store instead, built
    incrementally (query it with `zhkg query DIR`, serve it with `zhkg serve DIR`);
    only report.json is written.

    \b
    Example:
      zhkg build --examples -o out/
      zhkg build crawl/ -o out/
      zhkg build crawl/ --store kg.store --jobs 8
      zhkg build crawl/ --store kg.store --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .parallel import Progress

    _check_scale(engine, scheduler)
    paths = _paths(articles, examples)
    scale = {"jobs": jobs, "engine": engine, "scheduler": scheduler}
    if store_dir is not None:
        if fail_fast:
            raise click.UsageError("--fail-fast is for builds without --store (a store keeps what each article added)")
        with Progress(enabled=progress) as bar:
            _build_store(paths, store_dir, out_dir, base_iri, overrides, scale, bar)
        return
    from .api import build as build_kg

    out_dir = out_dir or "out"
    with Progress(enabled=progress) as bar:
        kg = build_kg(paths, base_iri=base_iri, overrides=overrides, fail_fast=fail_fast,
                      progress=bar, **scale)
    out = Path(out_dir)
    written = kg.write(out)
    if not no_html:
        written["html"] = kg.to_html(out / "graph.html", title="zhkg")
    summary = kg.summary()
    written["report"] = _write_report(out / "report.json", summary)
    for f in kg.failures:
        click.echo(f"zhkg: {f.path}{'' if f.line is None else f':{f.line}'}: {f.error}", err=True)
    click.echo(_format_summary(summary, written))
    if kg.failures:
        sys.exit(1)


def _write_report(report: Path, summary: dict) -> Path:
    from .fsutil import atomic_write

    return atomic_write(report, json.dumps(summary, ensure_ascii=False, indent=1))


def _build_store(paths: list[str], store_dir: str, out_dir: str | None, base_iri: str | None, overrides: str | None,
                 scale: dict, bar) -> None:
    """`zhkg build --store`: an incremental build into an Oxigraph store."""
    from .store import build_store

    result = build_store(paths, store_dir, base_iri=base_iri, overrides=overrides, progress=bar, **scale)
    bar.close()
    summary = result.summary()
    written = {"store": Path(store_dir),
               "report": _write_report(Path(out_dir or store_dir) / "report.json", summary)}
    for f in result.failures:
        click.echo(f"zhkg: {f.path}{'' if f.line is None else f':{f.line}'}: {f.error}", err=True)
    st = summary["store"]
    click.echo(_format_summary(summary, written))
    click.echo(f"store: {st['articles']} articles, {st['quads']} quads; this build: {st['added']} added, "
               f"{st['changed']} changed, {st['unchanged']} unchanged, "
               f"{st['graphs_rewritten_for_moved_iris']} graphs rewritten for merged entities "
               f"({st['seconds']:.2f} s)")
    if result.failures:
        sys.exit(1)


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.argument("sparql", required=False)
@click.option("--file", "qfile", type=click.Path(exists=True, dir_okay=False), help="Read the query from a .rq file.")
@click.option("--name", "qname", help="Run a ready query by name (see --list).")
@click.option("--bind", "binds", multiple=True, metavar="VAR=VALUE", help="Give a query variable a value (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the ready queries and exit.")
def query(graph: str, sparql: str | None, qfile: str | None, qname: str | None, binds: tuple[str, ...], fmt: str, list_: bool) -> None:
    """Run SPARQL over a built graph (an output folder, .trig, .ttl or .jsonld)
    or a store folder (zhkg build --store; the query runs inside Oxigraph).

    \b
    Example:
      zhkg query out/ --name community-leaders
      zhkg query out/graph.trig 'SELECT ?s WHERE { ?s a zhkg:Person }' --format csv
      zhkg query kg.store --name person-posts --bind personLabel=张三
    """
    from rdflib import Graph

    from .rdf.query import list_queries, load_query
    from .rdf.store import open_source, query_source

    if list_:
        click.echo("\n".join(list_queries()))
        return
    given = [x for x in (sparql, qfile, qname) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: SPARQL text, --file, --name")
    text = sparql or (Path(qfile).read_text(encoding="utf-8") if qfile else load_query(qname))
    bindings = {}
    for b in binds:
        k, sep, v = b.partition("=")
        if not sep:
            raise click.UsageError(f"--bind wants VAR=VALUE, got {b!r}")
        bindings[k] = v
    source = open_source(graph)
    try:
        result = query_source(source, text, bindings)
    finally:
        if not isinstance(source, Graph):  # an OxStore: release its lock
            source.close()
    click.echo(_format_result(result, fmt))


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False), default="view.html", show_default=True)
@click.option("--focus", help="Draw only the neighbourhood of this name (or alias).")
@click.option("--hops", type=int, default=1, show_default=True, help="Neighbourhood size with --focus.")
@click.option("--types", help="Comma-separated node types to keep (Person,Organization,Community,Event).")
@click.option("--relations", help="Comma-separated relations to keep (holdsPosition,attended,…).")
@click.option("--max-nodes", type=int, default=5000, show_default=True, help="Draw at most this many nodes.")
@click.option("--title", default=None, help="Page title.")
def view(graph: str, out_path: str, focus: str | None, hops: int, types: str | None, relations: str | None, max_nodes: int, title: str | None) -> None:
    """Draw a built graph (an output folder, a .trig/.ttl/.jsonld file or a store folder) as an HTML page.

    \b
    Example:
      zhkg view out/ -o view.html
      zhkg view out/graph.trig --focus 青岚大学 --hops 2 -o qinglan.html
    """
    from .graph import from_rdf
    from .rdf.store import load_graph
    from .viewer import render_html

    g = from_rdf(load_graph(graph))
    split = (lambda v: [x.strip() for x in v.split(",") if x.strip()] if v else None)
    path = render_html(
        g, out_path, title=title, focus=focus, hops=hops,
        types=split(types), relations=split(relations), max_nodes=max_nodes,
    )
    click.echo(f"wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges in the graph)")


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (another than localhost exposes the graph to the network).")
@click.option("--port", type=int, default=7878, show_default=True, help="Port (0: any free port).")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-rows", type=int, default=10000, show_default=True, help="Rows (or triples) returned at most per query.")
def serve(graph: str, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve a built graph or a store as a read-only SPARQL 1.1 endpoint at /sparql.

    \b
    Example:
      zhkg serve kg.store
      curl 'http://127.0.0.1:7878/sparql' --data-urlencode 'query=SELECT * { ?s a zhkg:Person } LIMIT 5'
    """
    from .rdf.serve import make_server, run

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"zhkg: warning: listening on {host}: the graph is readable from the network", err=True)
    srv = make_server(graph, host, port, timeout=timeout, max_rows=max_rows)
    click.echo(f"zhkg: serving {graph} ({srv.endpoint.backend}) at {srv.url} (Ctrl-C stops)", err=True)
    run(srv)


@main.command(name="export")
@click.argument("graph", type=click.Path(exists=True))
@click.option("-o", "--out", "out_path", type=click.Path(), required=True,
              help="Output file (.graphml, .gexf, .json, .trig, .nq, .jsonld, .ttl) or, "
                   "with --format csv, a folder.")
@click.option("--format", "fmt", default=None,
              type=click.Choice(["graphml", "gexf", "json", "csv", "trig", "nquads", "jsonld", "turtle"]),
              help="Export format (default: from the suffix of --out).")
def export_(graph: str, out_path: str, fmt: str | None) -> None:
    """Export a built graph (an output folder, a graph file or a store) for other
    tools: GraphML, GEXF (Gephi), node-link JSON, CSV of nodes and edges; or RDF as
    TriG, N-Quads, JSON-LD (one named graph per article) or Turtle (their union).
    From a store, RDF is streamed, never held in memory.

    \b
    Example:
      zhkg export out/ -o graph.gexf
      zhkg export out/graph.trig --format csv -o tables/
      zhkg export kg.store -o graph.jsonld
    """
    from .rdf.store import RDF_EXPORTS, export_rdf

    if fmt is None:
        fmt = next((f for f, suffix in RDF_EXPORTS.items() if out_path.lower().endswith(suffix)), None)
    if fmt in RDF_EXPORTS:
        click.echo(f"wrote {export_rdf(graph, out_path, fmt)}")
        return
    from .export import export
    from .graph import from_rdf
    from .rdf.store import load_graph

    for p in export(from_rdf(load_graph(graph)), out_path, fmt):
        click.echo(f"wrote {p}")


def _format_result(result, fmt: str) -> str:
    import csv
    import io

    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    names = [str(v) for v in result.vars]
    rows = [["" if v is None else str(v) for v in row] for row in result]
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    def line(cells):
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out)


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _format_summary(summary: dict, written: dict) -> str:
    lines = [f"articles: {summary['articles']['read']} read, {summary['articles']['failed']} failed"]
    ents = ", ".join(f"{k} {v}" for k, v in sorted(summary.get("entities", {}).items()))
    facts = ", ".join(f"{k} {v}" for k, v in sorted(summary.get("facts", {}).items()))
    lines.append(f"entities: {ents or 'none'}")
    lines.append(f"facts: {facts or 'none'}")
    lines.append("wrote: " + ", ".join(str(p) for p in written.values()))
    return "\n".join(lines)


def run() -> None:  # pragma: no cover - the console entry point
    main(prog_name="zhkg")

"""A read-only SPARQL 1.1 Protocol endpoint over a built graph or a store.

``GET /sparql?query=…`` and ``POST /sparql`` (form ``query=…`` or a body of
type ``application/sparql-query``) answer SELECT and ASK as
``application/sparql-results+json`` (default), ``+xml``, ``text/csv`` or
``text/tab-separated-values``, and CONSTRUCT/DESCRIBE as ``text/turtle``
(default) or ``application/n-triples``, chosen by the Accept header or a
``format=`` parameter (json, xml, csv, tsv, turtle, ntriples).

Safety: it binds 127.0.0.1 unless told otherwise; SPARQL Update is refused
(403); federated ``SERVICE`` calls are refused (400), so the endpoint makes
no outbound request; each query has a time limit (503 when exceeded) and a
row limit (answers are cut, with the header ``Zhkg-Truncated: true``).

The source is a zhkg store folder (queried in Oxigraph), an Oxigraph
store, an rdflib Graph/Dataset, or a graph file/output folder (loaded into
an in-memory Oxigraph store when pyoxigraph is installed, else rdflib).

>>> srv = make_server(__import__("rdflib").Dataset(), port=0)
>>> srv.server_address[0]
'127.0.0.1'
>>> srv.server_close()
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from zhkg.errors import QueryError, ZhkgError
from zhkg.rdf.namespace import PREFIXES

__all__ = [
    "Answer",
    "Endpoint",
    "QueryTimeout",
    "SparqlServer",
    "UpdateRefused",
    "check_query",
    "make_server",
    "render",
    "run",
    "serve",
]

log = logging.getLogger(__name__)

#: Largest request body read (bytes).
MAX_BODY = 1 << 20

_RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_GRAPH_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples"}
_BY_MEDIA = {v: k for k, v in {**_RESULT_TYPES, **_GRAPH_TYPES}.items()}
_BY_MEDIA.update({"application/json": "json", "application/xml": "xml", "text/xml": "xml",
                  "text/plain": "ntriples", "application/x-turtle": "turtle"})

_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\b(?!:)", re.IGNORECASE)
_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^\s<>"{}|^`\\]*>|#[^\n]*'
)


_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*|BASE\s*)\S+\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


class QueryTimeout(ZhkgError):
    """A query ran past the endpoint's time limit."""


class UpdateRefused(QueryError):
    """SPARQL Update sent to the read-only endpoint."""


@dataclass
class Answer:
    """A query's answer, cut at the row limit: ``kind`` is SELECT, ASK or
    CONSTRUCT (also for DESCRIBE); ``rows`` hold rdflib terms (None when
    unbound), ``triples`` the CONSTRUCT triples."""

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool = False
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)
    truncated: bool = False


def check_query(text: str) -> None:
    """Refuse what a read-only, offline endpoint must not run: an empty
    query, or a federated SERVICE call (comments, strings and IRIs are
    ignored when looking for it).

    >>> check_query("SELECT * { SERVICE <http://x.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    zhkg.errors.QueryError: SERVICE (federated query) is disabled: this endpoint makes no outbound requests
    >>> check_query('SELECT * { ?s ?p "SERVICE" }')
    >>> check_query("PREFIX x: <http://x.org/> DELETE WHERE { ?s x:p ?o }")
    Traceback (most recent call last):
    ...
    zhkg.rdf.serve.UpdateRefused: this endpoint is read-only: SPARQL Update is refused
    """
    if not text.strip():
        raise QueryError("empty query")
    if _UPDATE.match(_STRIP.sub(lambda m: m[0] if m[0].startswith("<") else " ", text)):
        raise UpdateRefused("this endpoint is read-only: SPARQL Update is refused")
    if _SERVICE.search(_STRIP.sub(" ", text)):
        raise QueryError("SERVICE (federated query) is disabled: this endpoint makes no outbound requests")


class Endpoint:
    """Runs queries on one source with a time limit and a row limit.

    Args:
        source: an :class:`~zhkg.store.OxStore`, a ``pyoxigraph.Store``, an
            rdflib Graph/Dataset, or a path (store folder, output folder or
            graph file).
        timeout: seconds a query may run (503 past it).
        max_rows: rows (or CONSTRUCT triples) returned at most.
        workers: queries run at once; more wait their turn.
        engine: for an rdflib graph or a graph file, ``"oxigraph"`` (copy it
            into an in-memory Oxigraph store), ``"rdflib"`` (query it with
            rdflib, one query at a time) or None (Oxigraph if installed).
    """

    def __init__(self, source: Any, *, timeout: float = 30.0, max_rows: int = 10_000,
                 workers: int = 4, engine: str | None = None) -> None:
        if timeout <= 0 or max_rows <= 0 or workers <= 0:
            raise ZhkgError("timeout, max_rows and workers must be positive")
        if engine not in (None, "oxigraph", "rdflib"):
            raise ZhkgError(f"unknown SPARQL engine {engine!r} (oxigraph or rdflib)")
        self._engine = engine
        self._union = False
        self.timeout = timeout
        self.max_rows = max_rows
        self._owned: Any = None
        self._lock: threading.Lock | None = None
        self.backend, self._source = self._open(source)
        self._pool = ThreadPoolExecutor(max_workers=workers if self.backend == "oxigraph" else 1,
                                        thread_name_prefix="zhkg-sparql")

    def _open(self, source: Any) -> tuple[str, Any]:
        if isinstance(source, (str, Path)):
            from zhkg.rdf.store import open_source

            source = open_source(source)
            if not isinstance(source, Graph):
                self._owned = source
        if isinstance(source, Graph):
            from zhkg.store.terms import oxigraph, to_ox_quad

            try:
                ox = None if self._engine == "rdflib" else oxigraph()
            except ZhkgError:  # no pyoxigraph: answer with rdflib, unless Oxigraph was asked for
                if self._engine == "oxigraph":
                    raise
                ox = None
            if ox is None:
                import rdflib.plugins.sparql as rsparql

                rsparql.SPARQL_LOAD_GRAPHS = False  # FROM <iri> must not fetch from the web
                return "rdflib", source
            # named graphs as they are, and their union once in the default graph
            store = ox.Store()
            store.extend(to_ox_quad(s, p, o, _graph_id(g)) for s, p, o, g in _quads(source))
            store.extend({ox.Quad(q.subject, q.predicate, q.object) for q in store})
            return "oxigraph", store
        if not hasattr(source, "ox"):  # a user's pyoxigraph Store: query the union of its graphs
            self._union = True
        store = getattr(source, "ox", source)  # an OxStore, or a pyoxigraph Store
        if self._engine == "rdflib":
            raise ZhkgError("a store is queried with Oxigraph, not rdflib")
        if not hasattr(store, "query"):
            raise ZhkgError(f"cannot serve {source!r}: give a graph, a store or a path")
        return "oxigraph", store

    def close(self) -> None:
        """Stop the workers and close a store this endpoint opened."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def execute(self, text: str, *, default_graphs: list[str] | None = None,
                named_graphs: list[str] | None = None) -> Answer:
        """Run a query: an :class:`Answer`, :class:`QueryError` (bad query)
        or :class:`QueryTimeout`."""
        check_query(text)
        cancel = threading.Event()
        deadline = time.monotonic() + self.timeout
        fut = self._pool.submit(self._run, text, default_graphs, named_graphs, cancel, deadline)
        try:
            return fut.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            cancel.set()
            fut.cancel()
            raise QueryTimeout(f"query ran past the {self.timeout:g} s limit") from None

    def _run(self, text: str, default_graphs: list[str] | None, named_graphs: list[str] | None,
             cancel: threading.Event, deadline: float) -> Answer:
        if cancel.is_set() or time.monotonic() > deadline:
            raise QueryTimeout("query waited past the time limit")
        if self.backend == "oxigraph":
            return self._run_ox(text, default_graphs, named_graphs, cancel)
        return self._run_rdflib(text, default_graphs, named_graphs, cancel)

    def _run_ox(self, text: str, dg: list[str] | None, ng: list[str] | None,
                cancel: threading.Event) -> Answer:
        from zhkg.store.oxstore import ox_prefixes
        from zhkg.store.terms import oxigraph

        ox = oxigraph()
        kwargs: dict[str, Any] = {"prefixes": ox_prefixes()}
        if dg:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in dg]
        elif self._union:
            kwargs["use_default_graph_as_union"] = True
        if ng:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in ng]
        # pyoxigraph results must be dropped on this thread: no exception that
        # leaves this method may hold a frame that holds them.
        message = None
        try:
            ans = _collect_ox(self._source.query(text, **kwargs), self.max_rows, cancel)
        except SyntaxError as e:
            message = f"cannot parse the query: {e}"
        except (OSError, ValueError, RuntimeError) as e:
            message = f"query failed: {e}"
        if message is not None:
            raise QueryError(message)
        if ans is None:
            raise QueryTimeout("query cancelled at the time limit")
        return ans

    def _run_rdflib(self, text: str, dg: list[str] | None, ng: list[str] | None,
                    cancel: threading.Event) -> Answer:
        if dg or ng:
            raise QueryError("default-graph-uri / named-graph-uri need the Oxigraph backend "
                             "(pip install 'zhkg[store]')")
        from rdflib.plugins.sparql import prepareQuery

        try:
            q = prepareQuery(text, initNs=PREFIXES)
        except Exception as e:  # pyparsing and rdflib raise several kinds
            raise QueryError(f"cannot parse the query: {e}") from e
        try:
            res = self._source.query(q)
            if res.type == "ASK":
                return Answer("ASK", boolean=bool(res.askAnswer))
            if res.type == "SELECT":
                names = [str(v) for v in res.vars]
                ans = Answer("SELECT", vars=names)
                for row in _cut(res, self.max_rows, ans, cancel):
                    ans.rows.append(tuple(row))
            else:
                ans = Answer("CONSTRUCT")
                for t in _cut(iter(res.graph), self.max_rows, ans, cancel):
                    ans.triples.append(t)
        except Exception as e:
            raise QueryError(f"query failed: {e}") from e
        if cancel.is_set():
            raise QueryTimeout("query cancelled at the time limit")
        return ans


def _collect_ox(res: Any, limit: int, cancel: threading.Event) -> Answer | None:
    """A pyoxigraph answer as an :class:`Answer` (None if cancelled)."""
    from zhkg.store.terms import from_ox, oxigraph

    ox = oxigraph()
    if isinstance(res, ox.QueryBoolean):
        return Answer("ASK", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        ans = Answer("SELECT", vars=names)
        for sol in _cut(res, limit, ans, cancel):
            ans.rows.append(tuple(from_ox(sol[n]) for n in names))
    else:
        ans = Answer("CONSTRUCT")
        for t in _cut(res, limit, ans, cancel):
            ans.triples.append((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return None if cancel.is_set() else ans


def _graph_id(g: Any) -> Node | None:
    ident = getattr(g, "identifier", g)
    if ident is None or str(ident) == "urn:x-rdflib:default":
        return None
    return ident


def _quads(source: Graph) -> Iterator[tuple[Node, Node, Node, Any]]:
    if hasattr(source, "quads") and hasattr(source, "graphs"):
        yield from source.quads((None, None, None, None))
    else:
        for s, p, o in source:
            yield s, p, o, None


def _cut(items: Any, limit: int, ans: Answer, cancel: threading.Event) -> Iterator[Any]:
    """The first ``limit`` items (marks ``ans.truncated`` if there are more);
    stops early once ``cancel`` is set."""
    for i, item in enumerate(items):
        if cancel.is_set():
            return
        if i >= limit:
            ans.truncated = True
            return
        yield item


# ---------------------------------------------------------------------- formats


def _negotiate(accept: str, fmt: str | None, kind: str) -> str:
    choices = _GRAPH_TYPES if kind == "CONSTRUCT" else _RESULT_TYPES
    if kind == "ASK":
        choices = {k: v for k, v in choices.items() if k in ("json", "xml")}
    default = "turtle" if kind == "CONSTRUCT" else "json"
    if fmt:
        return fmt if fmt in choices else default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        m = re.search(r"q=([0-9.]+)", params)
        if m:
            try:
                q = float(m[1])
            except ValueError:
                q = 0.0
        ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        name = _BY_MEDIA.get(media)
        if name in choices:
            return name
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def _json_term(t: Node) -> dict[str, str]:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if isinstance(t, Literal) and t.language:
        out["xml:lang"] = t.language
    elif isinstance(t, Literal) and t.datatype is not None:
        out["datatype"] = str(t.datatype)
    return out


def _tsv_term(t: Node | None) -> str:
    if t is None:
        return ""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    s = (str(t).replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
         .replace("\n", "\\n").replace("\r", "\\r"))
    if t.language:
        return f'"{s}"@{t.language}'
    if t.datatype is not None:
        return f'"{s}"^^<{t.datatype}>'
    return f'"{s}"'


def _xml_term(t: Node) -> str:
    if isinstance(t, URIRef):
        return f"<uri>{xml_escape(str(t))}</uri>"
    if isinstance(t, BNode):
        return f"<bnode>{xml_escape(str(t))}</bnode>"
    attrs = ""
    if t.language:
        attrs = f' xml:lang="{xml_escape(t.language)}"'
    elif t.datatype is not None:
        attrs = f' datatype="{xml_escape(str(t.datatype))}"'
    return f"<literal{attrs}>{xml_escape(str(t))}</literal>"


def render(ans: Answer, fmt: str) -> bytes:
    """An answer in one of the formats (json, xml, csv, tsv, turtle, ntriples)."""
    if ans.kind == "CONSTRUCT":
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True, replace=True)
        for t in ans.triples:
            g.add(t)
        return g.serialize(format="nt" if fmt == "ntriples" else "turtle", encoding="utf-8")
    if fmt == "json":
        if ans.kind == "ASK":
            doc: dict[str, Any] = {"head": {}, "boolean": ans.boolean}
        else:
            doc = {"head": {"vars": ans.vars}, "results": {"bindings": [
                {v: _json_term(t) for v, t in zip(ans.vars, row) if t is not None}
                for row in ans.rows]}}
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
        if ans.kind == "ASK":
            out.append(f"<head/><boolean>{'true' if ans.boolean else 'false'}</boolean>")
        else:
            out.append("<head>" + "".join(f'<variable name="{v}"/>' for v in ans.vars) + "</head>")
            out.append("<results>")
            for row in ans.rows:
                cells = "".join(f'<binding name="{v}">{_xml_term(t)}</binding>'
                                for v, t in zip(ans.vars, row) if t is not None)
                out.append(f"<result>{cells}</result>")
            out.append("</results>")
        out.append("</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(ans.vars)
        for row in ans.rows:
            w.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in ans.vars)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in ans.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _content_type(fmt: str) -> str:
    media = {**_RESULT_TYPES, **_GRAPH_TYPES}[fmt]
    return f"{media}; charset=utf-8"


# ---------------------------------------------------------------------- HTTP

_HELP = """zhkg SPARQL endpoint (read-only)

GET  /sparql?query=...           SELECT, ASK, CONSTRUCT, DESCRIBE
POST /sparql  query=... (form) or a body of type application/sparql-query
Results: application/sparql-results+json (default), +xml, text/csv,
text/tab-separated-values; graphs: text/turtle, application/n-triples.
Pick one with Accept or format=json|xml|csv|tsv|turtle|ntriples.
SPARQL Update is refused. Limits: {timeout:g} s per query, {rows} rows.
"""


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "zhkg-sparql"

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s - %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", ""):
            ep = self.server.endpoint
            self._error(200, _HELP.format(timeout=ep.timeout, rows=ep.max_rows))
            return
        if url.path != "/sparql":
            self._error(404, f"no such resource {url.path!r}; the endpoint is /sparql")
            return
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        self._answer(params)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"no such resource {url.path!r}; the endpoint is /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(413, f"request body over {MAX_BODY} bytes")
            self.close_connection = True
            return
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._error(403, "this endpoint is read-only: SPARQL Update is refused")
                return
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            params["query"] = [body]
        else:
            self._error(415, "POST a form (application/x-www-form-urlencoded) or "
                             "application/sparql-query")
            return
        self._answer(params)

    def do_PUT(self) -> None:
        self._error(405, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    def _answer(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query") or []
        if len(queries) != 1:
            self._error(400, "give exactly one 'query' parameter")
            return
        fmt = (params.get("format") or params.get("output") or [None])[0]
        ep = self.server.endpoint
        t0 = time.perf_counter()
        try:
            ans = ep.execute(queries[0], default_graphs=params.get("default-graph-uri"),
                             named_graphs=params.get("named-graph-uri"))
        except QueryTimeout as e:
            self._error(503, str(e))
            return
        except UpdateRefused as e:
            self._error(403, str(e))
            return
        except QueryError as e:
            self._error(400, str(e))
            return
        chosen = _negotiate(self.headers.get("Accept") or "*/*", fmt, ans.kind)
        body = render(ans, chosen)
        extra = {"Zhkg-Truncated": "true" if ans.truncated else "false",
                 "Zhkg-Query-Seconds": f"{time.perf_counter() - t0:.4f}"}
        self._send(200, body, _content_type(chosen), extra)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``endpoint`` runs the queries."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """The endpoint's URL (``http://host:port/sparql``)."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.close()


def make_server(source: Any, host: str = "127.0.0.1", port: int = 7878, *,
                timeout: float = 30.0, max_rows: int = 10_000, workers: int = 4,
                engine: str | None = None) -> SparqlServer:
    """A read-only SPARQL endpoint over ``source`` (see :class:`Endpoint`)
    bound to ``host:port`` (port 0: any free port), not yet serving: call
    ``serve_forever()`` (e.g. in a thread), then ``shutdown()`` and
    ``server_close()``."""
    ep = Endpoint(source, timeout=timeout, max_rows=max_rows, workers=workers, engine=engine)
    try:
        return SparqlServer((host, port), ep)
    except OSError as e:
        ep.close()
        raise ZhkgError(f"cannot listen on {host}:{port}: {e}") from e


def run(srv: Any) -> None:
    """Serve with a server from :func:`make_server` until interrupted (Ctrl-C), then close it."""
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


def serve(source: Any, host: str = "127.0.0.1", port: int = 7878, **options: Any) -> None:
    """Serve until interrupted (Ctrl-C)."""
    run(make_server(source, host, port, **options))

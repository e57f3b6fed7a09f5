"""The read-only SPARQL endpoint, over real HTTP on a free localhost port.

Each engine is served in a thread and queried with urllib: Oxigraph over a
store built from the bundled examples, and rdflib over the in-memory Dataset.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from zhkg.api import build
from zhkg.rdf.query import load_query, run_query
from zhkg.rdf.serve import check_query, make_server

EXAMPLES = Path(str(resources.files("zhkg").joinpath("examples")))
PERSONS = "SELECT ?p ?label WHERE { ?p a zhkg:Person ; rdfs:label ?label }"


def _has_pyoxigraph() -> bool:
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        return False
    return True


needs_ox = pytest.mark.skipif(not _has_pyoxigraph(),
                              reason="pyoxigraph is not installed (pip install 'zhkg[store]')")


@pytest.fixture(scope="module")
def kg():
    return build([str(EXAMPLES)])


@pytest.fixture(scope="module")
def store(kg, tmp_path_factory):
    if not _has_pyoxigraph():
        pytest.skip("pyoxigraph is not installed (pip install 'zhkg[store]')")
    from zhkg.store import build_store

    path = tmp_path_factory.mktemp("serve") / "kg.store"
    build_store([str(EXAMPLES)], path)
    return path


class Running:
    """A server in a thread, and a small urllib client for it."""

    def __init__(self, source, **options):
        self.srv = make_server(source, port=0, **options)
        self.thread = threading.Thread(target=self.srv.serve_forever, daemon=True)
        self.thread.start()
        self.url = self.srv.url

    def close(self):
        self.srv.shutdown()
        self.srv.server_close()

    def request(self, query=None, *, accept="*/*", method="GET", body=None, ctype=None, **params):
        if query is not None:
            params["query"] = query
        url = self.url + ("?" + urllib.parse.urlencode(params) if params and method == "GET" else "")
        data = None
        if method == "POST":
            data = body if body is not None else urllib.parse.urlencode(params).encode("utf-8")
        headers = {"Accept": accept}
        if ctype:
            headers["Content-Type"] = ctype
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.headers, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8")


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def server(request, kg):
    if request.param == "oxigraph":
        source, options = request.getfixturevalue("store"), {}
    else:
        source, options = kg.rdf, {"engine": "rdflib"}
    running = Running(source, max_rows=50, **options)
    assert running.srv.endpoint.backend == request.param
    yield running
    running.close()


def _rows_json(body: str) -> list[dict[str, str]]:
    doc = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


def test_serve_binds_localhost_by_default(server):
    assert server.srv.server_address[0] == "127.0.0.1"


def test_serve_select_json_gives_the_in_memory_rows(server, kg):
    status, headers, body = server.request(load_query("community-members"),
                                           accept="application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    doc = json.loads(body)
    expected = run_query(kg.rdf, "community-members")
    assert doc["head"]["vars"] == [str(v) for v in expected.vars]
    got = Counter(tuple(sorted(r.items())) for r in _rows_json(body))
    want = Counter(tuple(sorted((str(k), str(v)) for k, v in r.asdict().items())) for r in expected)
    assert got == want and got
    label = next(b["communityLabel"] for b in doc["results"]["bindings"])
    assert label["type"] == "literal" and label["xml:lang"] == "zh"


def test_serve_select_csv(server, kg):
    status, headers, body = server.request(PERSONS, accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["p", "label"]
    want = {(str(r.p), str(r.label)) for r in run_query(kg.rdf, PERSONS)}
    assert {tuple(r) for r in rows[1:]} == want and len(rows) - 1 == len(want)


def test_serve_post_form_and_sparql_query_body(server):
    status, _, body = server.request(method="POST", query=PERSONS,
                                     ctype="application/x-www-form-urlencoded")
    status2, _, body2 = server.request(method="POST", body=PERSONS.encode("utf-8"),
                                       ctype="application/sparql-query")
    assert status == status2 == 200
    assert sorted(map(str, _rows_json(body))) == sorted(map(str, _rows_json(body2)))


@pytest.mark.parametrize("query, answer", [
    ("ASK { ?p a zhkg:Person }", True),
    ("ASK { ?p a zhkg:Person ; rdfs:label \"无此人\"@zh }", False),
])
def test_serve_ask(server, query, answer):
    status, headers, body = server.request(query)
    assert status == 200 and "sparql-results+json" in headers["Content-Type"]
    assert json.loads(body)["boolean"] is answer


def test_serve_construct_turtle_is_the_in_memory_graph(server, kg):
    q = "CONSTRUCT { ?c a zhkg:Community ; rdfs:label ?l } WHERE { ?c a zhkg:Community ; rdfs:label ?l }"
    status, headers, body = server.request(q, accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    got = Graph().parse(data=body, format="turtle")
    assert len(got) > 0 and isomorphic(got, run_query(kg.rdf, q).graph)


@pytest.mark.parametrize("how", ["form", "body", "query-param"])
def test_serve_refuses_sparql_update(server, how):
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    if how == "form":
        status, _, body = server.request(method="POST", update=update,
                                         ctype="application/x-www-form-urlencoded")
    elif how == "body":
        status, _, body = server.request(method="POST", body=update.encode(),
                                         ctype="application/sparql-update")
    else:
        status, _, body = server.request(update)
    assert status == 403 and "read-only" in body
    _, _, ask = server.request("ASK { <urn:x:a> ?p ?o }")
    assert json.loads(ask)["boolean"] is False


def test_serve_row_limit_cuts_and_says_so(server):
    status, headers, body = server.request("SELECT * { ?s ?p ?o }")
    assert status == 200 and len(_rows_json(body)) == 50
    assert headers["Zhkg-Truncated"] == "true"
    _, small, body = server.request("SELECT * { ?s ?p ?o } LIMIT 3")
    assert len(_rows_json(body)) == 3 and small["Zhkg-Truncated"] == "false"


@pytest.mark.parametrize("query, status, words", [
    ("SELEC ?x WHERE { ?x ?p ?o }", 400, "cannot parse"),
    ("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400, "SERVICE"),
    ("", 400, "empty query"),
])
def test_serve_bad_query_is_400_with_a_message(server, query, status, words):
    code, headers, body = server.request(query)
    assert code == status and words in body and headers["Content-Type"].startswith("text/plain")


def test_serve_other_paths_and_methods(server):
    assert server.request()[0] == 400  # /sparql without a query
    with urllib.request.urlopen(server.url.rsplit("/", 1)[0] + "/", timeout=10) as r:
        assert r.status == 200 and b"read-only" in r.read()
    req = urllib.request.Request(server.url.rsplit("/", 1)[0] + "/nope")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 404
    status, _, _ = server.request(method="PUT", body=b"x", ctype="text/turtle")
    assert status == 405


@pytest.mark.parametrize("engine", [pytest.param("oxigraph", marks=needs_ox), "rdflib"])
def test_serve_query_timeout_is_503(kg, engine):
    running = Running(kg.rdf, timeout=0.3, max_rows=10**9, engine=engine)
    try:
        t0 = time.perf_counter()
        status, _, body = running.request("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        assert status == 503 and "limit" in body
        assert time.perf_counter() - t0 < 5
    finally:
        running.close()


def test_serve_check_query_ignores_service_in_strings_and_names():
    check_query('PREFIX s: <http://x.org/SERVICE> SELECT * { ?service s:p "SERVICE" } # SERVICE')

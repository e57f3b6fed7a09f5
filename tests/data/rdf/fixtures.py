"""Hand-made extracted articles for the resolve / graph / rdf / kg tests.

All names are invented. Three articles:

* A (a.txt): the founding meeting of a community, with every one of the
  twelve relations; the company has a short name (alias); the unveiling and
  the signed agreement name their event (and the agreement its title).
* B (b.txt): an appointment notice; one person (贺知远) shares a unit with A
  (merges), one (林默涵) only has a different unit (stays apart), the company
  is named by its short name (merges by alias).
* C (c.jsonl line 3): the same event (same name and date: merges) and a person
  with no unit information (董晴川: joins A's only 董晴川).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from zhkg.model import Article, Entity, Evidence, Relation, Span

SCHOOL = "青禾职业技术学院"
BUREAU = "青禾市教育局"
DIVISION = "青禾市教育局职业教育处"
COMPANY = "青禾农机有限公司"
COMPANY_SHORT = "青禾农机"
SCHOOL2 = "青禾市第二职业学校"
COMMUNITY = "“青禾”现代农业产教融合共同体"
EVENT = "“青禾”现代农业产教融合共同体成立大会"
AGREEMENT = "合作协议"

TEXT_A = (
    "12月20日，“青禾”现代农业产教融合共同体成立大会在青禾职业技术学院举行。"
    "青禾市教育局党委书记、局长林默涵，青禾市教育局职业教育处处长苏云起出席。"
    "青禾职业技术学院院长、共同体理事长贺知远致辞。"
    "大会由苏云起主持。"
    "林默涵、贺知远共同为“青禾”现代农业产教融合共同体揭牌。"
    "共同体由青禾职业技术学院牵头，青禾农机有限公司（简称青禾农机）等86家单位加入。"
    "青禾农机有限公司代表董晴川发言。"
    "青禾职业技术学院与青禾农机有限公司签订合作协议。"
    "会议由青禾市教育局主办。"
)

TEXT_B = (
    "青禾市教育局关于贺知远等同志职务任免的通知。"
    "任命贺知远为青禾职业技术学院党委书记；免去其青禾职业技术学院院长职务。"
    "任命林默涵为青禾市第二职业学校校长。"
    "苏云起任青禾农机副总经理。"
)

TEXT_C = "2024年12月20日，“青禾”现代农业产教融合共同体成立大会召开，董晴川出席。"


def sentence(text: str, fragment: str) -> tuple[int, int]:
    """The [start, end) offsets of the sentence of ``text`` holding ``fragment``."""
    i = text.index(fragment)
    starts = [m.end() for m in re.finditer("[。！？；]", text[:i])]
    start = starts[-1] if starts else 0
    m = re.search("[。！？；]", text[i:])
    end = i + m.end() if m else len(text)
    return start, end


def ent(text: str, type_: str, name: str, **attrs) -> Entity:
    e = Entity(type_, name, attrs=attrs)
    for m in re.finditer(re.escape(name), text):
        e.add_mention(Span(m.start(), m.end(), name))
    return e


def rel(text: str, s: str, p: str, o: str, st: str, ot: str, where: str,
        title: str | None = None, rule: str = "test-rule", conf: float = 0.9, **attrs) -> Relation:
    start, end = sentence(text, where)
    return Relation(s, p, o, st, ot, Evidence(start, end, rule, conf), title=title, attrs=attrs)


def article_a() -> Article:
    t = TEXT_A
    P, O, C, E = "Person", "Organization", "Community", "Event"
    return Article(
        path="fixtures/a.txt",
        text=t,
        url="https://news.example.cn/qinghe/a.html",
        metadata={"title": "青禾现代农业产教融合共同体成立", "source": "青禾教育网",
                  "published": "2024-12-22", "author": "陆一鸣", "editor": None, "reviewer": None},
        entities=[
            ent(t, P, "林默涵"), ent(t, P, "苏云起"), ent(t, P, "贺知远"), ent(t, P, "董晴川"),
            ent(t, O, BUREAU), ent(t, O, DIVISION), ent(t, O, SCHOOL),
            ent(t, O, COMPANY, aliases=[COMPANY_SHORT]),
            ent(t, C, COMMUNITY, member_count=86),
            ent(t, E, EVENT, date="2024-12-20", kind="founding"),
            ent(t, "Place", "会场"), ent(t, "Position", "局长"), ent(t, "Date", "12月20日", date="2024-12-20"),
        ],
        relations=[
            rel(t, "林默涵", "holdsPosition", BUREAU, P, O, "局长林默涵", title="党委书记"),
            rel(t, "林默涵", "holdsPosition", BUREAU, P, O, "局长林默涵", title="局长"),
            rel(t, "苏云起", "holdsPosition", DIVISION, P, O, "处长苏云起", title="处长"),
            rel(t, "贺知远", "holdsPosition", SCHOOL, P, O, "院长、共同体", title="院长"),
            rel(t, "贺知远", "holdsPosition", COMMUNITY, P, C, "理事长贺知远", title="理事长"),
            rel(t, DIVISION, "subOrganizationOf", BUREAU, O, O, "处长苏云起", rule="prefix-unit"),
            rel(t, SCHOOL, "leadsCommunity", COMMUNITY, O, C, "牵头"),
            rel(t, COMPANY, "memberOf", COMMUNITY, O, C, "家单位加入", conf=0.75),
            *[rel(t, p, "attended", EVENT, P, E, w) for p, w in
              (("林默涵", "出席"), ("苏云起", "出席"), ("贺知远", "致辞"), ("董晴川", "代表董晴川"))],
            rel(t, "贺知远", "spokeAt", EVENT, P, E, "致辞"),
            rel(t, "董晴川", "spokeAt", EVENT, P, E, "代表董晴川"),
            rel(t, "苏云起", "chaired", EVENT, P, E, "主持"),
            rel(t, "林默涵", "officiatesUnveiling", COMMUNITY, P, C, "揭牌", event=EVENT),
            rel(t, "贺知远", "officiatesUnveiling", COMMUNITY, P, C, "揭牌", event=EVENT),
            rel(t, "董晴川", "represents", COMPANY, P, O, "代表董晴川"),
            rel(t, EVENT, "heldAt", SCHOOL, E, O, "举行"),
            rel(t, EVENT, "organizedBy", BUREAU, E, O, "主办"),
            rel(t, SCHOOL, "signedAgreement", COMPANY, O, O, "签订", event=EVENT, agreement=AGREEMENT),
            # A relation to a Place is kept out of the graph (not a node type).
            rel(t, EVENT, "heldAt", "会场", E, "Place", "举行"),
        ],
    )


def article_b() -> Article:
    t = TEXT_B
    P, O = "Person", "Organization"
    return Article(
        path="fixtures/b.txt",
        text=t,
        metadata={"title": "青禾市教育局关于贺知远等同志职务任免的通知", "source": "人事科",
                  "published": "2025-03-01"},
        entities=[
            ent(t, P, "贺知远"), ent(t, P, "林默涵"), ent(t, P, "苏云起"),
            ent(t, O, BUREAU), ent(t, O, SCHOOL), ent(t, O, SCHOOL2), ent(t, O, COMPANY_SHORT),
        ],
        relations=[
            rel(t, "贺知远", "holdsPosition", SCHOOL, P, O, "党委书记；", title="党委书记",
                rule="appoint", start="2025-03-01"),
            rel(t, "贺知远", "holdsPosition", SCHOOL, P, O, "免去其", title="院长",
                rule="remove", removed=True),
            rel(t, "林默涵", "holdsPosition", SCHOOL2, P, O, "林默涵为", title="校长", rule="appoint"),
            rel(t, "苏云起", "holdsPosition", COMPANY_SHORT, P, O, "副总经理", title="副总经理"),
        ],
    )


def article_c() -> Article:
    t = TEXT_C
    return Article(
        path="fixtures/c.jsonl",
        line=3,
        text=t,
        url="https://news.example.cn/qinghe/c.html",
        metadata={"title": "共同体成立大会召开", "published": "2024-12-21"},
        entities=[ent(t, "Person", "董晴川"), ent(t, "Event", EVENT, date="2024-12-20")],
        relations=[rel(t, "董晴川", "attended", EVENT, "Person", "Event", "出席")],
    )


def articles() -> list[Article]:
    """The three fixture articles, fresh objects on each call."""
    return [article_a(), article_b(), article_c()]


HOSTILE_NAMES = [
    'Quote"Inside',
    "Angle<script>&</script>",
    "New\nLine\r\tTab",
    "Back\\slash '''tri\"\"\"ple",
    "Ctrl\x00\x07\x1bchars",
    "Braces{}|^`",
    "空格 名字 ",
    "é\u200b\u2028\ufeff",
]


def hostile_article() -> Article:
    """An article whose names and metadata are hostile to every RDF syntax."""
    names = HOSTILE_NAMES
    text = "。".join(names) + "。"
    ents = [Entity("Person", n) for n in names] + [
        Entity("Organization", n + "学校", attrs={"aliases": [n]}) for n in names]
    rels = [Relation(n, "holdsPosition", n + "学校", "Person", "Organization",
                     Evidence(0, len(text), 'rule"<>\n'), title=n) for n in names]
    return Article(path='dir with space/"<weird>\n.txt', text=text,
                   url="http://x.example/a b?<q>=\"1\"",
                   metadata={"title": "</script><b>\"t\"", "published": "2024-01-02",
                             "author": "a\nb"},
                   entities=ents, relations=rels)


CORPUS_DEV = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "dev"


def gold_articles(folder: Path = CORPUS_DEV) -> list[Article]:
    """Articles built from the corpus gold files (read at run time), as if
    extraction were perfect: entities, relations and metadata, evidence
    pointing at the whole (empty) text."""
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        d = json.loads(gold.read_text(encoding="utf-8"))
        types: dict[str, str] = {}
        ents = []
        for e in d["entities"]:
            attrs = {k: v for k, v in e.items() if k not in ("type", "name", "optional")}
            ents.append(Entity(e["type"], e["name"], attrs=attrs))
            types.setdefault(e["name"], e["type"])
        rels = []
        for r in d["relations"]:
            if r["s"] in types and r["o"] in types:
                attrs = {k: v for k, v in r.items() if k in ("start", "end", "removed")}
                rels.append(Relation(r["s"], r["p"], r["o"], types[r["s"]], types[r["o"]],
                                     Evidence(0, 0, "gold", 1.0), title=r.get("title"), attrs=attrs))
        out.append(Article(path=gold.name.replace(".gold.json", ""), text="",
                           metadata=d.get("metadata") or {}, entities=ents, relations=rels))
    return out

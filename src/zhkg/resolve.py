"""Merge the entities of many articles into global entities with stable IRIs.

Within one article one (type, name) is one entity. Across articles:

* Organizations and Communities merge by normalised name, and when one's
  alias (short name) is the other's name; but a part of a unit named bare
  (教务处, 人力资源部, or a 机械工程学院 whose article names its parent) merges
  only with a same-named part of the same parent (or, named with no parent,
  with one named so on the same site): 教务处 at two schools is two. So does
  a unit named by its level alone (市教育局, 县委组织部: the bureau of whatever
  place its page is about): 市教育局 on two cities' sites is two;
* Events merge by normalised name *and* date (an undated event stays with its
  article);
* Persons merge by name when they share a unit (a unit one of them holds a
  post in or represents is a unit, or a parent unit, of the other's), or,
  when only one group of same-named people has unit information, the
  unit-less ones join it. The same name at two unrelated units stays two.

A user override file (JSON or CSV, see :func:`load_overrides`) can force a
merge or keep two entities apart. Every merge is logged with its reason
(:attr:`Resolved.merges`), and the RDF layer publishes that log.

IRIs are ``BASE + type + "/" + hash`` where the hash is a SHA-256 prefix of
the normalised type, name and disambiguator: the same input gives the same
IRIs on any machine, any name is safe in any RDF syntax, and nothing in the
IRI needs parsing.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhkg.errors import InputError, ZhkgError
from zhkg.model import SCORED_TYPES, Article, Entity, Relation

__all__ = [
    "DEFAULT_BASE_IRI",
    "GlobalEntity",
    "LocalKey",
    "MergeRecord",
    "Overrides",
    "Ref",
    "Resolved",
    "ResolvedFact",
    "load_overrides",
    "mint_iri",
    "normalize_name",
    "resolve",
]

#: Base of every IRI zhkg mints unless the caller gives another.
DEFAULT_BASE_IRI = "https://zhkg.example.org/id/"

#: Relations whose object is a unit the (person) subject belongs to.
_UNIT_PREDICATES = ("holdsPosition", "represents")

_DROP = re.compile(r"[\s“”‘’\"'「」『』《》]")
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def normalize_name(name: str) -> str:
    """Normalise a name the way the corpus README compares names: NFKC, no
    white space, no quotation marks, ASCII lower case.

    >>> normalize_name("“最美湖州” 共同体")
    '最美湖州共同体'
    >>> normalize_name("ＡＢＣ　学院")
    'abc学院'
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", name)).translate(_ASCII_FOLD)


def mint_iri(base: str, kind: str, *parts: str) -> str:
    """An opaque, stable IRI: ``base + kind + "/" + sha256(parts)[:20]``.

    >>> mint_iri("https://x.org/id/", "person", "张三")
    'https://x.org/id/person/bd21e4823b35b0aeaeae'
    >>> mint_iri("https://x.org/id/", "person", "张三") == mint_iri("https://x.org/id/", "person", "张三")
    True
    """
    digest = hashlib.sha256("\x1f".join((kind,) + parts).encode("utf-8")).hexdigest()
    return f"{base}{kind}/{digest[:20]}"


# --------------------------------------------------------------------------- overrides


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to entities in an override file: a type and a name, and
    optionally the article id it must come from."""

    type: str
    name: str
    article: str | None = None

    def matches(self, key: LocalKey) -> bool:
        return (
            key.type == self.type
            and normalize_name(key.name) == normalize_name(self.name)
            and (self.article is None or key.article == self.article)
        )

    def __str__(self) -> str:
        where = f"@{self.article}" if self.article else ""
        return f"{self.type}:{self.name}{where}"


@dataclass(slots=True)
class Overrides:
    """Pairs of entity references to merge, and pairs to keep apart."""

    merge: list[tuple[Ref, Ref]] = field(default_factory=list)
    separate: list[tuple[Ref, Ref]] = field(default_factory=list)


def _ref(obj: Any, path: str, line: int | None) -> Ref:
    if not isinstance(obj, dict) or not obj.get("type") or not obj.get("name"):
        raise InputError(path, f"an entity reference needs 'type' and 'name', got {obj!r}", line)
    if obj["type"] not in SCORED_TYPES:
        raise InputError(path, f"unknown entity type {obj['type']!r} (one of {SCORED_TYPES})", line)
    return Ref(str(obj["type"]), str(obj["name"]), obj.get("article") or None)


def load_overrides(path: str | Path) -> Overrides:
    """Read a user override file.

    JSON::

        {"merge":    [[{"type": "Person", "name": "张三"}, {"type": "Person", "name": "张叁"}]],
         "separate": [[{"type": "Person", "name": "王五", "article": "a.txt"},
                       {"type": "Person", "name": "王五", "article": "b.txt"}]]}

    CSV (header required)::

        action,type,name,article,other_name,other_article
        merge,Person,张三,,张叁,
        separate,Person,王五,a.txt,王五,b.txt

    ``article`` is optional: without it a reference means every entity of
    that type and (normalised) name.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise InputError(str(p), f"cannot read override file: {e}") from e
    out = Overrides()
    if p.suffix.lower() == ".csv":
        rows = csv.DictReader(text.splitlines())
        need = {"action", "type", "name", "other_name"}
        if not rows.fieldnames or not need <= set(rows.fieldnames):
            raise InputError(str(p), f"CSV header must have columns {sorted(need)}", 1)
        for i, row in enumerate(rows, start=2):
            action = (row.get("action") or "").strip()
            a = _ref({"type": row.get("type"), "name": row.get("name"),
                      "article": row.get("article")}, str(p), i)
            b = _ref({"type": row.get("type"), "name": row.get("other_name"),
                      "article": row.get("other_article")}, str(p), i)
            if action == "merge":
                out.merge.append((a, b))
            elif action in ("separate", "split"):
                out.separate.append((a, b))
            else:
                raise InputError(str(p), f"action must be 'merge' or 'separate', got {action!r}", i)
        return out
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(str(p), f"invalid JSON: {e.msg}", e.lineno) from e
    if not isinstance(data, dict):
        raise InputError(str(p), "override JSON must be an object with 'merge'/'separate' lists")
    for action in ("merge", "separate"):
        for pair in data.get(action, []):
            if not isinstance(pair, list) or len(pair) != 2:
                raise InputError(str(p), f"each {action!r} item must be a pair, got {pair!r}")
            getattr(out, action).append((_ref(pair[0], str(p), None), _ref(pair[1], str(p), None)))
    unknown = set(data) - {"merge", "separate"}
    if unknown:
        raise InputError(str(p), f"unknown keys {sorted(unknown)} (expected 'merge', 'separate')")
    return out


# --------------------------------------------------------------------------- result types


@dataclass(frozen=True, slots=True, order=True)
class LocalKey:
    """One entity of one article."""

    article: str
    type: str
    name: str


@dataclass(slots=True)
class GlobalEntity:
    """An entity after merging: its IRI, label, aliases and sources."""

    iri: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    members: list[LocalKey] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """Why two article-level entities became one: ``a`` and ``b`` joined ``iri``."""

    iri: str
    a: LocalKey
    b: LocalKey
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ResolvedFact:
    """One relation of one article with its ends resolved to global IRIs."""

    s: str
    p: str
    o: str
    title: str | None
    article: Article
    relation: Relation


@dataclass(slots=True)
class Resolved:
    """The merged view of a set of articles."""

    articles: list[Article]
    base_iri: str
    entities: dict[str, GlobalEntity]
    index: dict[LocalKey, str]
    facts: list[ResolvedFact]
    merges: list[MergeRecord]
    blocked: list[MergeRecord] = field(default_factory=list)

    def iri_of(self, article: Article | str, type_: str, name: str) -> str | None:
        """The global IRI of an article's entity, or None."""
        aid = article if isinstance(article, str) else article.id
        return self.index.get(LocalKey(aid, type_, name))

    def local_iri(self, key: LocalKey) -> str:
        """The IRI of an article-level entity (stable: article id, type, name)."""
        return mint_iri(self.base_iri, "mention", key.article, key.type, key.name)


# --------------------------------------------------------------------------- union-find


class _UnionFind:
    def __init__(self, keys: Iterable[LocalKey], apart: list[tuple[set[LocalKey], set[LocalKey]]]):
        self.parent = {k: k for k in keys}
        self.apart = apart
        self.log: list[tuple[LocalKey, LocalKey, str, str]] = []
        self.blocked: list[tuple[LocalKey, LocalKey, str, str]] = []

    def find(self, k: LocalKey) -> LocalKey:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def _forbidden(self, ra: LocalKey, rb: LocalKey) -> bool:
        for xs, ys in self.apart:
            fx = {self.find(x) for x in xs}
            fy = {self.find(y) for y in ys}
            if (ra in fx and rb in fy) or (rb in fx and ra in fy):
                return True
        return False

    def union(self, a: LocalKey, b: LocalKey, reason: str, detail: str = "") -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._forbidden(ra, rb):
            self.blocked.append((a, b, reason, detail))
            return False
        lo, hi = sorted((ra, rb))
        self.parent[hi] = lo
        self.log.append((a, b, reason, detail))
        return True


# --------------------------------------------------------------------------- resolution

_IRI_KIND = {"Person": "person", "Organization": "org", "Community": "community", "Event": "event"}


# endings of a part that may also end a whole body's name (某某学院, 某某中心): a
# name with one is taken as bare only when its article names its parent
_WHOLE_OR_PART = ("学院", "中心", "书院", "基地", "实验室", "工作室", "档案馆", "理事会", "研究生院")
_PLACE_FRONT = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市县区州]")


@lru_cache(maxsize=65536)
def bare_unit_name(name: str) -> bool:
    """Whether ``name`` names a part of a unit without naming the unit
    (教务处, 机械工程学院, 人力资源部): a part's ending (``org_suffixes.txt``
    kind unit) after words that hold no place, no whole body's name, no quoted
    title and no Latin letters. Such a name is no one unit across articles.

    >>> bare_unit_name("教务处"), bare_unit_name("青州大学教务处"), bare_unit_name("青州市教育局")
    (True, False, False)
    """
    from zhkg.nlp.lexicon import get_lexicon

    lex = get_lexicon()
    n = lex.org_suffixes.ending_at(name, len(name))
    if not n or lex.org_kind.get(name[len(name) - n :]) != "unit":
        return False
    front = name[: len(name) - n]
    if not front:
        return True
    if not all("\u4e00" <= c <= "\u9fff" for c in front) or _PLACE_FRONT.match(front):
        return False  # “未来工匠”产业学院, ABB学院, 青州市某某中心
    return not any(lex.org_suffixes.ending_at(front, e) for e in range(2, len(front) + 1))  # (某大学教务处)


@lru_cache(maxsize=65536)
def level_unit_name(name: str) -> bool:
    """Whether ``name`` names a unit by its level alone (市教育局, 县委组织部,
    市政府): a level front from ``level_fronts.txt`` that the segmenter keeps
    a word of its own (not 市场监管局), then a unit's name with no place. It
    is the unit of whatever place its page is about, so, like a bare part, no
    one unit across articles.

    >>> level_unit_name("市教育局"), level_unit_name("市委组织部"), level_unit_name("市场监管局")
    (True, True, False)
    >>> level_unit_name("岚州市教育局"), level_unit_name("镇江市教育局")
    (False, False)
    """
    from zhkg.nlp.lexicon import get_lexicon
    from zhkg.nlp.segment import tokens

    lex = get_lexicon()
    if not name or name[0] not in lex.level_fronts and name[:2] not in lex.level_fronts:
        return False
    spans = tokens(name)
    front = name[: spans[0][1]] if spans else ""
    if front not in lex.level_fronts:
        return False
    rest = name[len(front) :]
    if not rest:
        return len(front) > 1  # 市政府, 县委 (a bare 市 is no unit)
    if not all("\u4e00" <= c <= "\u9fff" for c in rest) or _PLACE_FRONT.match(rest):
        return False
    return bool(lex.org_suffixes.ending_at(rest, len(rest)))


def _article_entities(article: Article) -> dict[tuple[str, str], Entity]:
    """The article's scored entities, plus any named only by a relation."""
    ents: dict[tuple[str, str], Entity] = {}
    for e in article.entities:
        if e.type in SCORED_TYPES:
            ents.setdefault((e.type, e.name), e)
    for r in article.relations:
        for t, n in ((r.s_type, r.s), (r.o_type, r.o)):
            if t in SCORED_TYPES and (t, n) not in ents and _by_alias(ents, t, n) is None:
                ents[(t, n)] = Entity(type=t, name=n)
    return ents


def _by_alias(ents: dict[tuple[str, str], Entity], type_: str, name: str) -> Entity | None:
    norm = normalize_name(name)
    for (t, _), e in ents.items():
        if t == type_ and norm in {normalize_name(a) for a in e.attrs.get("aliases") or ()}:
            return e
    return None


def _local(article: Article, ents: dict[tuple[str, str], Entity], type_: str, name: str) -> LocalKey | None:
    if type_ not in SCORED_TYPES:
        return None
    e = ents.get((type_, name)) or _by_alias(ents, type_, name)
    return LocalKey(article.id, e.type, e.name) if e is not None else None


def resolve(
    articles: Sequence[Article],
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    overrides: Overrides | str | Path | None = None,
) -> Resolved:
    """Merge the entities of ``articles`` into global entities.

    >>> from zhkg.model import Article, Entity
    >>> a = Article(path="a.txt", text="", entities=[Entity("Organization", "甲市教育局")])
    >>> b = Article(path="b.txt", text="", entities=[Entity("Organization", "甲市 教育局")])
    >>> r = resolve([a, b])
    >>> len(r.entities), r.iri_of(a, "Organization", "甲市教育局") == r.iri_of(b, "Organization", "甲市 教育局")
    (1, True)
    """
    if not base_iri or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*$", base_iri):
        raise ZhkgError(f"base IRI {base_iri!r} is not an absolute IRI without spaces")
    if isinstance(overrides, (str, Path)):
        overrides = load_overrides(overrides)
    overrides = overrides or Overrides()

    per_article: dict[str, dict[tuple[str, str], Entity]] = {}
    local_ents: dict[LocalKey, Entity] = {}
    for art in articles:
        if art.id in per_article:
            raise ZhkgError(f"two articles share the id {art.id!r}")
        ents = _article_entities(art)
        per_article[art.id] = ents
        for (t, n), e in ents.items():
            local_ents[LocalKey(art.id, t, n)] = e
    keys = sorted(local_ents)

    def refs(r: Ref) -> set[LocalKey]:
        return {k for k in keys if r.matches(k)}

    apart: list[tuple[set[LocalKey], set[LocalKey]]] = []
    for a, b in overrides.separate:
        xs, ys = refs(a), refs(b)
        if xs & ys:
            raise ZhkgError(f"override keeps {a} apart from {b}, but both name the same entity")
        apart.append((xs, ys))
    uf = _UnionFind(keys, apart)

    for a, b in overrides.merge:
        if a.type != b.type:
            raise ZhkgError(f"override merges {a} and {b}: different entity types")
        xs, ys = sorted(refs(a)), sorted(refs(b))
        if not xs or not ys:  # names no entity of this input: nothing to merge
            continue
        for x in xs[1:] + ys:
            merged = uf.union(xs[0], x, "override", f"user override merges {a} and {b}")
            if not merged and uf.find(xs[0]) != uf.find(x):
                raise ZhkgError(f"override merges {a} and {b} but another override keeps them apart")

    # Units and events: by normalised name (+ alias), events by name + date;
    # a part of a unit named bare (教务处, 机械工程学院) by name and parent, below.
    org_parents: dict[LocalKey, set[LocalKey]] = defaultdict(set)
    for art in articles:
        for r in art.relations:
            if r.p == "subOrganizationOf" and r.s_type == "Organization":
                s_k = _local(art, per_article[art.id], r.s_type, r.s)
                o_k = _local(art, per_article[art.id], r.o_type, r.o)
                if s_k is not None and o_k is not None and o_k != s_k:
                    org_parents[s_k].add(o_k)
    bare = {k for k in keys if k.type == "Organization" and (
        (bare_unit_name(k.name) and (k in org_parents or not k.name.endswith(_WHOLE_OR_PART)))
        or level_unit_name(k.name))}
    by_name: dict[tuple[str, str], list[LocalKey]] = defaultdict(list)
    for k in keys:
        if k.type in ("Organization", "Community") and k not in bare:
            by_name[(k.type, normalize_name(k.name))].append(k)
        elif k.type == "Event":
            date = local_ents[k].attrs.get("date")
            if date:
                by_name[(k.type, normalize_name(k.name) + "\x1f" + str(date))].append(k)
    for (t, _), group in sorted(by_name.items()):
        reason = "same-name-and-date" if t == "Event" else "same-name"
        for k in group[1:]:
            uf.union(group[0], k, reason, f"{t} {k.name!r} has the same normalised name"
                     + (" and date" if t == "Event" else ""))
    for k in keys:
        if k.type not in ("Organization", "Community"):
            continue
        for alias in local_ents[k].attrs.get("aliases") or ():
            for other in by_name.get((k.type, normalize_name(alias)), ()):
                uf.union(k, other, "alias", f"{alias!r} is a short name of {k.name!r}")

    # Bare parts of units (教务处 at two schools are two): one when their parents are one.
    bare_parents = {k: ps for k, ps in org_parents.items() if k in bare}
    articles_by_id = {a.id: a for a in articles}
    for _ in range(4):  # a bare part of a bare part (某系教研室) joins once its parent has
        groups: dict[tuple[str, LocalKey], list[LocalKey]] = defaultdict(list)
        for k in sorted(bare_parents):
            for p in bare_parents[k]:
                groups[(normalize_name(k.name), uf.find(p))].append(k)
        joined = False
        for (_, root), group in sorted(groups.items()):
            for k in group[1:]:
                if uf.find(k) != uf.find(group[0]):
                    joined |= uf.union(group[0], k, "same-name-same-parent",
                                       f"{k.name!r} is a part of {local_ents[root].name!r} in both")
        if not joined:
            break
    # a bare part with no parent named: one with the same-named part of another
    # article from the same site (a school's own news: its 教务处), else its own
    sites = {a.id: normalize_name(str(a.metadata.get("site") or "")) for a in articles}
    by_site: dict[tuple[str, str], list[LocalKey]] = defaultdict(list)
    for k in sorted(bare - set(bare_parents)):
        if sites.get(k.article):
            by_site[(normalize_name(k.name), sites[k.article])].append(k)
    for group in by_site.values():
        for k in group[1:]:
            site = articles_by_id[k.article].metadata.get("site")
            uf.union(group[0], k, "same-name-same-site", f"{k.name!r} named with no parent on the same site {site!r}")

    # Unit structure, on unit components.
    def unit_root(art: Article, t: str, n: str) -> LocalKey | None:
        lk = _local(art, per_article[art.id], t, n)
        return uf.find(lk) if lk is not None and lk.type in ("Organization", "Community") else None

    parents: dict[LocalKey, set[LocalKey]] = defaultdict(set)
    person_units: dict[LocalKey, set[LocalKey]] = defaultdict(set)
    for art in articles:
        ents = per_article[art.id]
        for r in art.relations:
            if r.p == "subOrganizationOf":
                s, o = unit_root(art, r.s_type, r.s), unit_root(art, r.o_type, r.o)
                if s is not None and o is not None and s != o:
                    parents[s].add(o)
            elif r.p in _UNIT_PREDICATES and r.s_type == "Person":
                lk, o = _local(art, ents, "Person", r.s), unit_root(art, r.o_type, r.o)
                if lk is not None and o is not None:
                    person_units[lk].add(o)

    def ancestors(u: LocalKey) -> set[LocalKey]:
        seen: set[LocalKey] = set()
        todo = [u]
        while todo:
            for p in parents.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    # Persons: by name, linked by a shared unit; unit-less ones join a lone group.
    persons: dict[str, list[LocalKey]] = defaultdict(list)
    for k in keys:
        if k.type == "Person":
            persons[normalize_name(k.name)].append(k)
    for _, group in sorted(persons.items()):
        with_units = [k for k in group if person_units.get(k)]
        for i, a in enumerate(with_units):
            ua = person_units[a]
            wide_a = ua | set().union(*(ancestors(u) for u in ua))
            for b in with_units[i + 1:]:
                ub = person_units[b]
                wide_b = ub | set().union(*(ancestors(u) for u in ub))
                shared = (ua & wide_b) | (ub & wide_a)
                if shared:
                    label = min(local_ents[u].name for u in shared)
                    uf.union(a, b, "shared-unit", f"both named {a.name!r} with a post at or "
                             f"representing {label!r}")
        without = [k for k in group if not person_units.get(k)]
        for k in without[1:]:
            uf.union(without[0], k, "same-name-no-unit", f"{k.name!r} with no unit in either article")
        unit_groups = sorted({uf.find(k) for k in with_units})
        if without and len(unit_groups) == 1:
            uf.union(unit_groups[0], without[0], "same-name-one-unit-group",
                     f"{without[0].name!r} has no unit; the only {without[0].name!r} with units joins it")

    # Components -> global entities.
    comps: dict[LocalKey, list[LocalKey]] = defaultdict(list)
    for k in keys:
        comps[uf.find(k)].append(k)
    unit_iri: dict[LocalKey, str] = {}
    entities: dict[str, GlobalEntity] = {}
    index: dict[LocalKey, str] = {}
    article_order = {a.id: i for i, a in enumerate(articles)}

    def make(root: LocalKey, members: list[LocalKey], disamb: str) -> str:
        t = root.type
        names = Counter(m.name for m in members)
        label = min(names, key=lambda n: (-names[n], -len(n), n))
        iri = mint_iri(base_iri, _IRI_KIND[t], t, normalize_name(label), disamb)
        if iri in entities:  # kept apart by an override, or a rare disambiguator tie
            iri = mint_iri(base_iri, _IRI_KIND[t], t, normalize_name(label), disamb,
                           *[f"{m.article}\x1e{m.name}" for m in members])
        aliases: list[str] = []
        for m in members:
            for a in [m.name] + list(local_ents[m].attrs.get("aliases") or ()):
                if a != label and a not in aliases:
                    aliases.append(a)
        attrs: dict[str, Any] = {}
        for m in sorted(members, key=lambda m: article_order[m.article]):
            for k2, v in local_ents[m].attrs.items():
                if k2 != "aliases" and v not in (None, "", []) and k2 not in attrs:
                    attrs[k2] = v
        arts = sorted({m.article for m in members}, key=article_order.__getitem__)
        entities[iri] = GlobalEntity(iri, t, label, aliases, attrs, list(members), arts)
        for m in members:
            index[m] = iri
        return iri

    roots = sorted(comps)
    for root in roots:  # units first: person IRIs use them
        if root.type in ("Organization", "Community"):
            unit_iri[root] = make(root, comps[root], "")
    for root in roots:
        members = comps[root]
        if root.type == "Event":
            dates = sorted({str(local_ents[m].attrs["date"]) for m in members
                            if local_ents[m].attrs.get("date")})
            disamb = dates[0] if dates else "@" + min(m.article for m in members)
            make(root, members, disamb)
        elif root.type == "Person":
            units = [unit_iri[u] for m in members for u in person_units.get(m, ())]
            make(root, members, min(units, default=""))

    facts: list[ResolvedFact] = []
    for art in articles:
        ents = per_article[art.id]
        for r in art.relations:
            s, o = _local(art, ents, r.s_type, r.s), _local(art, ents, r.o_type, r.o)
            if s is None or o is None:
                continue
            facts.append(ResolvedFact(index[s], r.p, index[o], r.title, art, r))

    def record(entry: tuple[LocalKey, LocalKey, str, str]) -> MergeRecord:
        a, b, reason, detail = entry
        return MergeRecord(index[a], a, b, reason, detail)

    merges = [record(e) for e in uf.log]
    blocked = [MergeRecord(index[a], a, b, reason, detail + " (kept apart by override)")
               for a, b, reason, detail in uf.blocked]
    return Resolved(list(articles), base_iri, entities, index, facts, merges, blocked)

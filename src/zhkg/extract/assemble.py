"""From mentions to entities and facts.

Resolves what each mention stands for (short names and aliases, 该校/我校
back-references, 仪式/会上 for the current event) and applies the relation
rules clause by clause. Every fact keeps its sentence and rule name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Article, Entity, Evidence, Relation, Span
from ..nlp.lexicon import get_lexicon
from .mentions import PUNCT, Mention, find_mentions, is_cjk

__all__ = ["extract_article", "split_sentences"]

_SENT_END = re.compile(r"[。！？!?；;\n]+")
_CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]+")
_ALIAS = re.compile(r"[（(]\s*(?:以下|下文)?简称\s*[“\"「『]?([^”\"」』）)]{1,12})[”\"」』]?\s*[）)]")
_COMPANY_TAIL = re.compile(r"(?:(?:科技|技术|信息技术|网络科技|电子|实业|发展|服务|管理|贸易|集团)?(?:股份)?有限(?:责任)?公司|集团有限公司|集团)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (a sentence ends at 。！？；, or a line end)."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


@dataclass(frozen=True)
class _Ref:
    """What a mention stands for: an entity key."""

    type: str
    name: str


class _Assembler:
    def __init__(self, article: Article):
        self.a = article
        self.t = article.text
        self.lex = get_lexicon()
        self.published = article.metadata.get("published")
        self.entities: dict[tuple[str, str], Entity] = {}
        self.relations: dict[tuple, Relation] = {}
        self.sentences = split_sentences(self.t)
        self._sent_starts = [a for a, _ in self.sentences]
        self.held: set[str] = set()  # events with a venue (main occasions)
        self._main_unit: dict[tuple, _Ref | None] = {}

    # ------------------------------------------------------------ helpers
    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and self.sentences[k][0] <= pos < self.sentences[k][1]:
            return self.sentences[k]
        return (0, len(self.t))

    def _index(self) -> None:
        """Keep the mentions sorted with their starts, for :meth:`between`."""
        self.ms.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.ms]

    def between(self, a: int, b: int) -> list[Mention]:
        """The mentions that start in ``[a, b)``, in text order."""
        return self.ms[bisect.bisect_left(self._starts, a) : bisect.bisect_left(self._starts, b)]

    def entity(self, type_: str, name: str, m: Mention | None = None, span: tuple[int, int] | None = None) -> Entity:
        key = (type_, name)
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = Entity(type_, name)
        if m is not None:
            e.add_mention(Span(m.start, m.end, self.t[m.start : m.end]))
        elif span is not None:
            e.add_mention(Span(span[0], span[1], self.t[span[0] : span[1]]))
        return e

    def fact(self, s: _Ref, p: str, o: _Ref, at: int, rule: str, title: str | None = None, conf: float = 0.85, **attrs) -> None:
        if s.name == o.name and s.type == o.type:
            return
        if p == "signedAgreement" and (o.name, p, s.name, None) in self.relations:
            return
        if p == "heldAt":
            self.held.add(s.name)
        key = (s.name, p, o.name, title)
        if key in self.relations:
            return
        ss, se = self.sentence_of(at)
        self.relations[key] = Relation(
            s.name, p, o.name, s.type, o.type, Evidence(ss, se, rule, conf), title, dict(attrs)
        )

    # ------------------------------------------------------------ entities
    def run(self) -> Article:
        self.ms = find_mentions(self.t, self.published)
        self._index()
        self._pdt_ends = {m.end for m in self.ms if m.kind in ("person", "date", "title")}
        self._resolve_units()
        self._resolve_events()
        self._posts()
        self._event_roles()
        self._community_roles()
        self._representation()
        self._agreements()
        self._members_count()
        a = self.a
        a.sentences = self.sentences
        a.entities = list(self.entities.values())
        a.relations = list(self.relations.values())
        return a

    def _resolve_units(self) -> None:
        t, lex = self.t, self.lex
        self.ref: dict[int, _Ref] = {}  # id(mention) -> ref
        units = [m for m in self.ms if m.kind in ("org", "community")]
        full = {m.name for m in units}
        # short names: a unit name that ends a longer one (机械工程学院 -> X大学机械工程学院)
        canon: dict[str, str] = {}
        kinds = {m.name: lex.org_kind.get(m.info.get("suffix", ""), "institution") for m in units}
        for name in full:
            longer = [f for f in full if f != name and f.endswith(name) and "-" not in f]
            if kinds.get(name) != "unit":
                # an institution's short name drops a place or its parent:
                # 人民大学 for 中国人民大学, not 理工大学 for any X理工大学
                longer = [f for f in longer if _is_place_or_unit(f[: -len(name)], full)]
            if longer:
                canon[name] = min(longer, key=len)
        # the same name with and without its quote marks (a dropped “): one unit
        by_bare: dict[str, list[str]] = {}
        for name in full:
            by_bare.setdefault(_norm(name), []).append(name)
        for variants in by_bare.values():
            if len(variants) > 1:
                best = max(variants, key=lambda v: (v.count("“") == v.count("”"), len(v)))
                for v in variants:
                    if v != best:
                        canon[v] = best
        # abbreviations: 人大新闻学院 / 中国科协 / 高新区管委会 for the full names
        for name in full:
            if name in canon:
                continue
            fulls = [f for f in full if f != name and _abbreviates(name, f)]
            if len(fulls) == 1:
                canon[name] = fulls[0]
        # a community named only in the headline, by a short name (江城职教联盟),
        # is the body's community with the same head word
        head_end = t.find("\n") if "\n" in t else 0
        comms = [m for m in units if m.kind == "community"]
        for m in comms:
            if m.name in canon or any(c.name == m.name and c.start >= head_end for c in comms):
                continue
            body = [c.name for c in comms if c.start >= head_end and c.name[-2:] == m.name[-2:]]
            if len(set(body)) == 1:
                canon[m.name] = body[0]
        # community types win over org for the same name
        for name in list(canon):  # follow chains: 新闻学院 -> 人大新闻学院 -> 中国人民大学新闻学院
            seen = {name}
            while canon[name] in canon and canon[name] not in seen:
                seen.add(canon[name])
                canon[name] = canon[canon[name]]
        for m in units:
            name = canon.get(m.name, m.name)
            typ = "Community" if m.kind == "community" else "Organization"
            self.ref[id(m)] = _Ref(typ, name)
            self.entity(typ, name, m)
        # parents: the longest unit that starts a unit's name
        for m in units:
            r = self.ref[id(m)]
            if r.type != "Organization" or "-" in r.name or "—" in r.name:
                continue
            inner = [f for f in full if r.name.startswith(f) and len(f) < len(r.name) and f in self._orgnames()]
            if inner:
                parent = max(inner, key=len)
                self.entity("Organization", parent)
                self.fact(r, "subOrganizationOf", _Ref("Organization", parent), m.start, "unit-prefix", conf=0.95)
            elif m.name != r.name:  # short name resolved to a longer one
                pass
        # aliases: （以下简称“集团”）
        aliases: dict[str, _Ref] = {}
        for am in _ALIAS.finditer(t):
            before = [m for m in units if m.end <= am.start() and am.start() - m.end <= 2]
            if before:
                aliases[am.group(1)] = self.ref[id(before[-1])]
        # company short forms: 恒越数控 for 桐川恒越数控科技有限公司
        for r in dict.fromkeys(self.ref[id(m)] for m in units):  # each unit once, in order
            if r.type != "Organization":
                continue
            core = _COMPANY_TAIL.sub("", r.name)
            if core == r.name or len(core) < 4:
                continue
            for cut in (2, 3):
                short = core[cut:]
                if len(short) >= 3 and short not in aliases and t.count(short) > t.count(r.name):
                    aliases[short] = r
                    break
        for alias, r in aliases.items():
            e = self.entity(r.type, r.name)
            e.attrs.setdefault("aliases", [])
            if alias not in e.attrs["aliases"]:
                e.attrs["aliases"].append(alias)
        self.aliases = aliases
        # alias and back-reference mentions
        covered = bytearray(len(t) + 1)
        for m in self.ms:
            if m.kind in ("org", "community", "person", "event", "title"):
                for k in range(m.start, m.end):
                    covered[k] = 1
        words = dict((w, ("ana", ends)) for w, ends in lex.anaphora.items())
        for w in ("共同体", "该共同体", "联合体", "该联合体", "集团", "该集团", "联盟", "该联盟", "职教集团"):
            words[w] = ("community", (w.lstrip("该"),))
        for w in ("产业学院", "该产业学院"):
            words[w] = ("ana", ("产业学院",))
        for alias, r in aliases.items():
            words[alias] = ("alias", r)
        extra: list[Mention] = []
        for w in sorted(words, key=len, reverse=True):
            start = 0
            while (i := t.find(w, start)) >= 0:
                start = i + 1
                if any(covered[k] for k in range(i, i + len(w))):
                    continue
                prev = t[i - 1] if i else "。"
                nxt = t[i + len(w) : i + len(w) + 1]
                kind, data = words[w]
                if kind != "alias" and is_cjk(prev) and not w.startswith(("该", "我", "本")) and not self._boundary_before(i):
                    continue
                if kind != "alias" and nxt in ("们",):
                    continue
                r = self._resolve_ref(kind, data, i)
                if r is None:
                    continue
                mm = Mention("ref", i, i + len(w), w, w)
                self.ref[id(mm)] = r
                self.entity(r.type, r.name, mm)
                extra.append(mm)
                for k in range(i, i + len(w)):
                    covered[k] = 1
        self.ms = self.ms + extra
        self._index()

    def _orgnames(self) -> set[str]:
        return {n for (ty, n) in self.entities if ty == "Organization"}

    def _boundary_before(self, i: int) -> bool:
        t = self.t
        if i == 0 or t[i - 1] in PUNCT:
            return True
        lex = self.lex
        if lex.stopwords.ending_at(t, i) or lex.title_at(t, i - 2) == 2 or lex.titles.ending_at(t, i):
            return True
        return i in self._pdt_ends

    def _resolve_ref(self, kind: str, data, i: int) -> _Ref | None:
        if kind == "alias":
            return data
        ends = data
        want = "Community" if kind == "community" else "Organization"

        def fits(r: _Ref | None) -> bool:
            return r is not None and r.type == want and (kind == "community" or r.name.endswith(tuple(ends)))

        for m in reversed(self.between(0, i)):  # the last fitting unit named before
            if fits(self.ref.get(id(m))):
                return self.ref[id(m)]
        # 我校/学院 before any name: the unit the article names most
        key = (want, kind, tuple(ends))
        if key not in self._main_unit:
            counts = Counter(r for m in self.ms if fits(r := self.ref.get(id(m))))
            self._main_unit[key] = counts.most_common(1)[0][0] if counts else None
        return self._main_unit[key]

    # -------------------------------------------------------------- events
    def _resolve_events(self) -> None:
        evs = [m for m in self.ms if m.kind == "event"]
        groups: list[list[Mention]] = []
        for m in evs:
            for g in groups:
                if self._same_event(g[0], m):
                    g.append(m)
                    break
            else:
                groups.append([m])
        self.event_refs: list[tuple[int, _Ref]] = []
        dates = [m for m in self.ms if m.kind == "date" and m.info.get("iso")]
        for g in groups:
            name = max((m.name for m in g), key=len)
            e = self.entity("Event", name)
            e.attrs["kind"] = g[0].info.get("kind")
            for m in g:
                e.add_mention(Span(m.start, m.end, m.text))
                self.ref[id(m)] = _Ref("Event", name)
                self.event_refs.append((m.start, self.ref[id(m)]))
            if "date" not in e.attrs:
                for m in g:
                    ss, se = self.sentence_of(m.start)
                    ds = [d for d in dates if ss <= d.start < se]
                    if ds:
                        before = [d for d in ds if d.start < m.start] or ds
                        e.attrs["date"] = before[-1].info["iso"]
                        break
            if "date" not in e.attrs and g is groups[0]:
                # the first event of a report takes the lead's date when its own
                # sentence has none (12月24日，X成立。……出席X成立仪式)
                first = min(m.start for m in g)
                para = self.t.rfind("\n", 0, first) + 1
                lead = [d for d in dates if para <= d.start < first]
                if lead:
                    e.attrs["date"] = lead[0].info["iso"]
        for m in self.ms:
            if m.kind == "anaphor":
                cur = self.current_event(m.start, m.info.get("head"))
                if cur:
                    self.ref[id(m)] = cur
                    self.entities[(cur.type, cur.name)].add_mention(Span(m.start, m.end, m.text))
                    self.event_refs.append((m.start, cur))
        self.event_refs.sort(key=lambda x: x[0])
        for (ty, name), ent in self.entities.items():
            if ty == "Date":
                pass
        for d in dates:
            self.entity("Date", d.info["iso"], d)

    def _same_event(self, a: Mention, b: Mention) -> bool:
        if a.info.get("head") != b.info.get("head") and a.info.get("kind") != b.info.get("kind"):
            return False
        x, y = sorted((_norm(a.name), _norm(b.name)), key=len)
        if x in y:
            return True
        common = sum(min(x.count(c), y.count(c)) for c in set(x))
        return common >= 0.7 * len(x)

    def current_event(self, pos: int, head: str | None = None) -> _Ref | None:
        """The event a sentence at ``pos`` is about: the last one named
        before it, preferring one with a date or venue (the main occasion)
        over a ceremony held during it."""
        cur = anchored = None
        for p, r in getattr(self, "event_refs", []):
            if p <= pos:
                cur = r
                e = self.entities.get((r.type, r.name))
                if e is not None and (e.attrs.get("date") or r.name in self.held):
                    anchored = r
        cur = anchored or cur
        if cur is None and getattr(self, "event_refs", None):
            cur = self.event_refs[0][1]
        return cur

    # --------------------------------------------------------------- posts
    def _posts(self) -> None:
        """Title runs: ``[unit] title(、title)* name``, several segments in a
        run, the unit carried to the next run when a run starts with a bare
        title (``该校党委书记A，党委副书记、校长B``)."""
        t = self.t
        self.person_units: dict[str, list[_Ref]] = {}
        for ss, se in self.sentences:
            ms = self.between(ss, se)
            pending: list[tuple[Mention, _Ref | None, bool]] = []  # (mention, unit, is a post)
            carry: dict[str, _Ref] = {}  # title family -> unit of the run before
            last_unit: Mention | None = None
            last_person: Mention | None = None
            shared: tuple[int, list] | None = None  # the titles of the last name, for a list of names
            for m in ms:
                r = self.ref.get(id(m))
                if m.kind == "person":
                    self.entity("Person", m.name, m)
                if m.kind in ("org", "community", "ref") and r is not None and r.type != "Event":
                    if last_unit is None or m.start >= last_unit.end:
                        last_unit = m
                    continue
                adjacent_unit = last_unit is not None and t[last_unit.end : m.start].strip(" \u3000的原") == ""
                if m.kind == "cue":
                    if m.name != "代表" and adjacent_unit:
                        m = Mention("title", m.start, m.end, m.text, m.name)  # X报社记者: a post there
                    elif pending and t[pending[-1][0].end : m.start].strip() in ("、", ""):
                        pending.append((m, None, False))  # 院长、教授X: the run goes on
                        continue
                    else:
                        continue
                if m.kind == "title":
                    sep = t[pending[-1][0].end : m.start].strip() if pending else None
                    if pending and re.search(r"[，,；;：:。]", sep):
                        self._flush_appointment(pending, last_person, m.start)
                        pending = []
                        sep = None
                    if adjacent_unit:
                        org = self.ref[id(last_unit)]
                    elif pending and sep in ("、", "兼", "和", "及", ""):
                        org = next((o for _, o, post in reversed(pending) if post), None)
                    else:
                        org = None
                    if pending and sep not in ("、", "兼", "和", "及", ""):
                        if last_unit is None or last_unit.start < pending[-1][0].end:
                            self._flush_appointment(pending, last_person, m.start)
                            pending = []
                    if org is None and not pending:
                        before = t[m.start - 1] if m.start > ss else "，"
                        if before in PUNCT or before in "和及与":
                            org = carry.get(_family(m.name))
                    former = t[m.start - 1 : m.start] == "原"
                    pending.append((m, org, not former))
                    continue
                if m.kind == "person":
                    if pending and t[pending[-1][0].end : m.start].strip(" \u3000") == "":
                        for tm, org, post in pending:
                            if post and org is not None:
                                self._hold(m.name, tm, org)
                        for tm, org, post in pending:
                            if post and org is not None:
                                carry[_family(tm.name)] = org
                        shared = (m.end, pending)
                        pending = []
                        last_person = m
                        continue
                    if not pending and shared and shared[0] <= m.start and t[shared[0] : m.start] == "、":
                        # 副会长A、B、C: one title, several names
                        for tm, org, post in shared[1]:
                            if post and org is not None:
                                self._hold(m.name, tm, org)
                        shared = (m.end, shared[1])
                        last_person = m
                        continue
                    shared = None
                    if pending:
                        self._flush_appointment(pending, last_person, m.start)
                        pending = []
                    last_person = m
            if pending:
                self._flush_appointment(pending, last_person, se)

    def _flush_appointment(self, pending, person: Mention | None, limit: int) -> None:
        """Titles with no name after them: 阚某某（X大学副校长）, 任命X为…校长, 免去X的…职务."""
        if person is None or not pending:
            return
        t = self.t
        first = pending[0][0]
        between = t[person.end : first.start]
        lead = t[person.end : person.end + 6]
        removed = t[max(0, person.start - 2) : person.start] == "免去" or "免去" in between
        ok = (
            between.startswith(("（", "("))
            or re.match(r"\s*(?:同志)?(?:为|任|新任|担任|兼任|出任|当选为|当选|升任|调任|受聘为|的)", lead)
            or re.search(r"免去(?:其|他|她)", between)
            or removed
        )
        if not ok or first.start - person.end > 40:
            return
        # a notice dates the change it announces: 任命 starts a post, 免去 ends one
        when = self.published if self.published else None
        appointed = not removed and re.match(r"\s*(?:同志)?(?:为|任|新任|担任|兼任|出任|升任|调任|受聘为)", lead)
        for tm, org, post in pending:
            if post and org is not None:
                attrs = {"removed": True, "end": when} if removed else {"start": when} if appointed and when else {}
                self._hold(person.name, tm, org, **attrs)

    def _hold(self, person: str, tm: Mention, org: _Ref, **attrs) -> None:
        if org.type == "Event":
            return
        self.entity("Position", tm.name, tm)
        self.person_units.setdefault(person, [])
        if not attrs.get("removed") and org not in self.person_units[person]:
            self.person_units[person].append(org)
        self.fact(_Ref("Person", person), "holdsPosition", org, tm.start, "title-run", title=tm.name, conf=0.9, **attrs)

    # -------------------------------------------------------------- events
    def _clauses(self, ss: int, se: int) -> list[tuple[int, int]]:
        out, start = [], ss
        for m in _CLAUSE_END.finditer(self.t, ss, se):
            if m.start() > start:
                out.append((start, m.start()))
            start = m.end()
        if start < se:
            out.append((start, se))
        return out

    def _event_roles(self) -> None:
        t, trig = self.t, self.lex.triggers
        if not getattr(self, "event_refs", None):
            return
        for ss, se in self.sentences:
            sent = t[ss:se]
            ms = self.between(ss, se)
            ev = next((self.ref[id(m)] for m in ms if m.kind in ("event", "anaphor") and id(m) in self.ref), None)
            ev = ev or self.current_event(ss)
            if ev is None:
                continue
            persons = [m for m in ms if m.kind == "person"]
            if any(w in sent for w in trig["attend"]) and persons:
                for p in persons:
                    self.fact(_Ref("Person", p.name), "attended", ev, p.start, "attend-trigger", conf=0.8)
            last_person: Mention | None = None
            for cs, ce in self._clauses(ss, se):
                clause = t[cs:ce]
                cps = [m for m in persons if cs <= m.start < ce]
                subj = cps[0] if cps else last_person
                if cps:
                    last_person = cps[-1]
                if subj is None:
                    continue
                after = t[max(subj.end, cs) : ce]
                if "主持" in after or re.search(r"由\s*$", t[max(cs, subj.start - 2) : subj.start]) and "主持" in clause:
                    for p in cps or [subj]:
                        if "主持" in t[p.end : ce]:
                            self._role(p.name, "chaired", ev, p.start)
                    continue
                if "揭牌" in clause:
                    self._unveil(cps or [subj], cs, ce, ev)
                    continue
                if any(w in after for w in trig["speak"]) or any(after.lstrip("在讲话中致辞发言时").startswith(w) or w in after[:12] for w in trig["say"]):
                    for p in cps or [subj]:
                        self._role(p.name, "spokeAt", ev, p.start)
            # venue and organisers
            self._venue_organisers(ss, se, ms, ev)

    def _representation(self) -> None:
        """``X代表Y`` in any clause; 他/她 at a clause start is the last person named."""
        last: Mention | None = None
        for ss, se in self.sentences:
            ms = self.between(ss, se)
            for cs, ce in self._clauses(ss, se):
                cps = [m for m in ms if m.kind == "person" and cs <= m.start < ce]
                subj = cps[0] if cps else (last if self.t[cs : cs + 1] in "他她" else None)
                if subj is not None:
                    self._represents(subj, cs, ce, ms)
                if cps:
                    last = cps[-1]

    def _represents(self, subj: Mention, cs: int, ce: int, ms: list[Mention]) -> None:
        """``X代表Y`` with Y a named unit, or a unit word (学校, 学会, 新闻学院)
        that stands for X's own unit; 代表双方 / 代表主办方 name no unit."""
        t, lex = self.t, self.lex
        start = max(subj.end, cs + 1 if subj.end <= cs else cs)
        k = t.find("代表", start, ce)
        if k < 0 or not self._only_titles(t[start:k]):
            return
        j = k + 2
        tgt = next((m for m in ms if m.start == j and self.ref.get(id(m)) and self.ref[id(m)].type == "Organization"), None)
        ref = None
        if tgt is not None:
            ref = self.ref[id(tgt)]
            if tgt.kind == "ref":
                ref = self._own_unit(subj.name, tgt.text.lstrip("该我本")) or ref
        else:
            word = next((t[j:e] for e in range(min(ce, j + 8), j + 1, -1) if lex.org_suffixes.ending_at(t, e) and t[j:e] not in ("单位", "主办单位")), None)
            if word and all(is_cjk(c) for c in word):
                ref = self._own_unit(subj.name, word)
        if ref is not None:
            self.fact(_Ref("Person", subj.name), "represents", ref, subj.start, "represent-unit", conf=0.8)

    def _only_titles(self, gap: str) -> bool:
        """Whether ``gap`` holds nothing but titles, honorifics or white space."""
        lex, i, gap = self.lex, 0, gap.strip()
        while i < len(gap):
            n = max(lex.title_at(gap, i), lex.person_cues.at(gap, i), lex.honorifics.at(gap, i))
            if not n:
                return False
            i += n
        return True

    def _own_unit(self, person: str, word: str) -> _Ref | None:
        """The unit named ``…word`` where ``person`` holds a post, else the last
        such unit named in the article."""
        ends = self.lex.anaphora.get(word, (word,))
        for r in self.person_units.get(person, []):
            if r.name.endswith(ends):
                return r
        last = None
        for m in self.ms:
            r = self.ref.get(id(m))
            if r is not None and r.type == "Organization" and r.name.endswith(ends) and r.name != word:
                last = r
        return last

    def _role(self, person: str, p: str, ev: _Ref, at: int) -> None:
        self.fact(_Ref("Person", person), p, ev, at, f"{p}-trigger", conf=0.8)
        self.fact(_Ref("Person", person), "attended", ev, at, f"{p}-implies-attended", conf=0.8)

    def _unveil(self, persons: list[Mention], cs: int, ce: int, ev: _Ref) -> None:
        t = self.t
        k = t.find("揭牌", cs, ce + 1)
        targets = [m for m in self.between(cs, ce) if id(m) in self.ref and self.ref[id(m)].type in ("Organization", "Community")]
        tgt = None
        wei = t.rfind("为", cs, k)
        inside = [m for m in targets if wei >= 0 and wei < m.start < k]
        after = [m for m in targets if m.start >= k]
        if inside:
            tgt = self.ref[id(inside[-1])]
        elif after:
            tgt = self.ref[id(after[0])]
        for p in persons:
            if p.start > k:
                continue
            self.fact(_Ref("Person", p.name), "attended", ev, p.start, "unveil-implies-attended", conf=0.75)
            if tgt is not None:
                self.fact(_Ref("Person", p.name), "officiatesUnveiling", tgt, p.start, "unveil-trigger",
                          conf=0.85, event=ev.name)

    def _venue_organisers(self, ss: int, se: int, ms: list[Mention], ev: _Ref) -> None:
        t, trig = self.t, self.lex.triggers
        for cs, ce in self._clauses(ss, se):
            clause = t[cs:ce]
            units = [m for m in ms if cs <= m.start < ce and id(m) in self.ref and self.ref[id(m)].type == "Organization"]
            if any(w in clause for w in trig["held"]):
                zai = [i for i in range(cs, ce) if t[i] == "在" or t[i] == "于"]
                for z in zai:
                    u = next((m for m in units if m.start == z + 1), None)
                    if u is not None:
                        self.fact(ev, "heldAt", self.ref[id(u)], u.start, "held-at", conf=0.8)
                        break
            for w in trig["organize"]:
                k = clause.find(w)
                if k < 0:
                    continue
                k += cs
                before = [m for m in units if m.end <= k]
                you = t.rfind("由", cs, k)
                chosen = [m for m in before if m.start > you] if you >= 0 else before[-1:] if before and t[before[-1].end : k].strip("、和与及共同联合") == "" else []
                if you < 0 and before:
                    # ORG、ORG主办: the list right before the verb
                    chosen, j = [], k
                    for m in reversed(before):
                        if t[m.end : j].strip("、和与及共同联合 ") == "":
                            chosen.insert(0, m)
                            j = m.start
                for m in chosen:
                    self.fact(ev, "organizedBy", self.ref[id(m)], m.start, "organize-trigger", conf=0.8)

    # ---------------------------------------------------------- communities
    def _community_roles(self) -> None:
        """牵头 / 理事长单位 -> leadsCommunity; 成员单位, 副理事长单位, 加入,
        联合…组建, 包括… -> memberOf. The community is the one named in the
        sentence, else the last one named before it."""
        t, trig = self.t, self.lex.triggers
        lead_roles, member_roles = trig["lead_role"], trig["member_role"]
        for ss, se in self.sentences:
            ms = [m for m in self.between(ss, se) if id(m) in self.ref]
            comm = next((self.ref[id(m)] for m in ms if self.ref[id(m)].type == "Community"), None)
            comm = comm or self._last_community(ss)
            if comm is None:
                continue
            sentence = t[ss:se]
            listing = False  # a member list that runs on over the next clauses
            for cs, ce in self._clauses(ss, se):
                clause = t[cs:ce]
                units = [m for m in ms if cs <= m.start < ce and self.ref[id(m)].type == "Organization"]
                if not units:
                    listing = False
                    continue
                if any(w in clause for w in trig["attend"]) and "代表" in clause:
                    continue  # 成员单位代表出席: attendance, not membership
                lead = self._role_at(clause, lead_roles + trig["lead_verb"])
                if lead is not None:
                    you = clause.rfind("由", 0, lead)
                    for m in units:
                        if you <= m.start - cs < lead:
                            self.fact(self.ref[id(m)], "leadsCommunity", comm, m.start, "lead-trigger", conf=0.85)
                member = self._role_at(clause, member_roles + trig["member_verb"])
                lianhe = clause.find("联合")
                if member is not None and re.search(r"(?:包括|有|涵盖|：|:)", clause[member:]):
                    chosen = [m for m in units if m.start - cs > member]
                    listing = True
                elif member is not None:
                    chosen = [m for m in units if m.start - cs < member]
                elif lianhe >= 0 and re.search(r"组建|发起|成立|组成", clause[lianhe:]):
                    chosen = [m for m in units if m.start - cs > lianhe]
                elif "包括" in clause and ("成员" in sentence or "组建" in sentence):
                    chosen = [m for m in units if m.start - cs > clause.find("包括")]
                    listing = True
                elif listing and self._list_continues(cs):
                    chosen = units
                else:
                    listing = False
                    continue
                for m in chosen:
                    self.fact(self.ref[id(m)], "memberOf", comm, m.start, "member-trigger", conf=0.8)

    def _role_at(self, clause: str, words) -> int | None:
        """Where the first role word of ``clause`` is (副理事长单位 is not 理事长单位)."""
        best = None
        for w in words:
            k = clause.find(w)
            while k > 0 and clause[k - 1] in "副务" and w.startswith(("理事长", "会长", "主任")):
                k = clause.find(w, k + 1)
            if k >= 0 and (best is None or k < best):
                best = k
        return best

    def _list_continues(self, cs: int) -> bool:
        return cs > 0 and self.t[cs - 1] in "，,、"

    def _last_community(self, pos: int) -> _Ref | None:
        for m in reversed(self.between(0, pos + 1)):
            r = self.ref.get(id(m))
            if r is not None and r.type == "Community":
                return r
        return None

    def _agreements(self) -> None:
        t, trig = self.t, self.lex.triggers
        for ss, se in self.sentences:
            sent = t[ss:se]
            if not any(w in sent for w in trig["sign"]):
                continue
            for cs, ce in self._clauses(ss, se):
                clause = t[cs:ce]
                k = min((clause.find(w) for w in trig["sign"] if w in clause), default=-1)
                if k < 0:
                    continue
                k += cs
                signed = self._agreement_context(ss, se, k, ce)
                ms = [m for m in self.between(cs, k) if id(m) in self.ref]
                units = [m for m in ms if self.ref[id(m)].type == "Organization"]
                persons = [m for m in self.between(cs, k) if m.kind == "person"]
                if len(units) >= 2:
                    first = units[0]
                    for m in units[1:]:
                        between = t[first.end : m.start]
                        if "与" in between or "和" in between or "同" in between or "、" in between:
                            self.fact(self.ref[id(first)], "signedAgreement", self.ref[id(m)], m.start, "sign-trigger",
                                      conf=0.8, **signed)
                elif len(persons) >= 2 and ("双方" in clause or "代表" in clause):
                    us = [self.person_units.get(p.name, [None])[0] for p in persons[:2]]
                    if all(us):
                        self.fact(us[0], "signedAgreement", us[1], cs, "sign-by-representatives", conf=0.7, **signed)
        # an event named "A与B…签约仪式"
        for (ty, name), e in list(self.entities.items()):
            if ty != "Event" or e.attrs.get("kind") != "signing":
                continue
            m0 = min(e.mentions, key=lambda s: -(s.end - s.start)) if e.mentions else None
            if m0 is None:
                continue
            inner = [m for m in self.between(m0.start, m0.end) if m.end <= m0.end and id(m) in self.ref and self.ref[id(m)].type == "Organization"]
            if len(inner) >= 2:
                for m in inner[1:]:
                    self.fact(self.ref[id(inner[0])], "signedAgreement", self.ref[id(m)], m0.start, "signing-event-name",
                              conf=0.8, event=name)

    def _agreement_context(self, ss: int, se: int, k: int, ce: int) -> dict[str, str]:
        """The event an agreement was signed at and its title (签署了《…协议》)."""
        out: dict[str, str] = {}
        ev = next((self.ref[id(m)] for m in self.between(ss, se) if m.kind in ("event", "anaphor") and id(m) in self.ref), None)
        ev = ev or self.current_event(ss)
        if ev is not None:
            out["event"] = ev.name
        m = re.search(r"《([^》]{2,40})》", self.t[k:ce])
        if m:
            out["agreement"] = m.group(1)
        return out

    def _members_count(self) -> None:
        """A community's member count from the sentences that name it
        (patterns in ``nlp/data/member_count.txt``; a new total wins)."""
        patterns = self.lex.member_count
        for (ty, name), e in self.entities.items():
            if ty != "Community":
                continue
            best = None
            for ss, se in self.sentences:
                if not any(ss <= m.start < se for m in e.mentions):
                    continue
                sent = self.t[ss:se]
                for k, rx in enumerate(patterns):
                    m = rx.search(sent)
                    if m is None:
                        continue
                    if k == 0:
                        best = int(m.group(1))  # 增至/达: the latest total
                        break
                    if best is None:
                        best = int(m.group(1))
            if best is not None:
                e.attrs["member_count"] = best


def _is_place_or_unit(prefix: str, units: set[str]) -> bool:
    """Whether ``prefix`` is a place (中国, 江苏省, 北京) or a unit named in the article."""
    from ..nlp.segment import pos_tag

    if prefix in units or prefix in ("中国", "中共", "国家", "全国"):
        return True
    return len(prefix) >= 2 and (prefix[-1] in "省市县区" or pos_tag(prefix) == "ns")


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a Chinese abbreviation of ``full``: its characters
    taken in order, first and last kept, at least three dropped, and not a
    name of whole words of ``full`` (北京大学 is no short form of 北京师范大学).

    >>> _abbreviates("人大新闻学院", "中国人民大学新闻学院"), _abbreviates("北京大学", "北京师范大学")
    (True, False)
    """
    if len(short) < 3 or len(full) - len(short) < 3 or short[-1] != full[-1] or short[0] not in full[:3]:
        return False
    if "-" in full or "—" in full:
        return False
    it = iter(full)
    if not all(c in it for c in short):
        return False
    from ..nlp.segment import tokens

    words = [full[a:b] for a, b in tokens(full)]
    parts = [short[a:b] for a, b in tokens(short)]
    if len(parts) == 1:
        return False  # a dictionary name in its own right (北京大学)
    return not all(any(w == p or w.startswith(p) or w.endswith(p) for w in words) for p in parts)


_ASSOCIATION_TITLES = ("会长", "理事长", "理事", "秘书长", "监事", "监事长", "主席", "委员", "常委")


def _family(title: str) -> str:
    """Posts of an association (会长, 理事 …) or of an institution (校长, 处长 …):
    a bare title takes the unit of the same family from the run before."""
    return "association" if title.endswith(_ASSOCIATION_TITLES) else "institution"


def _norm(s: str) -> str:
    return re.sub(r"[\s“”‘’\"'「」『』《》]", "", s)


def extract_article(article: Article) -> Article:
    """Fill ``article`` with entities, relations and sentences (in place) and return it."""
    return _Assembler(article).run()

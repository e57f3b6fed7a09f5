"""Agreements: which units signed an agreement with which (签约, 签订, 签署).

The parties stand before the signing verb, in its clause: units, and persons
who sign for their units. The words between two parties tell how they sign
(words in ``nlp/data/agreements.json``):

- 甲与乙签署, 甲和乙签约: two sides, one pair;
- 甲分别与乙、丙签署, 甲与乙、丙分别签订: one side lists several, each
  signs with the other side (甲–乙, 甲–丙, not 乙–丙);
- 甲、乙与丙签订三方协议: a three-party agreement pairs all its parties;
- 甲与乙共建某学院、丙与丁共建某中心等项目签约: a list of signings;
- 张三与李四代表双方签署, 甲公司董事长张三与乙学院院长李四签署, 张三代表
  甲公司与乙学院签约: a person signs for the unit they represent or hold a
  post in (an office such as 人力资源部 for its company; 分别代表两校 for the
  whole schools; one with no known unit for the host of the ceremony);
- …，与甲、乙分别签署 / …，并与丙签订: the subject is the sentence's first party;
- 双方签署 alone: the two units named just before.

An agreement's title (签署了《甲与乙合作协议》) and a signing ceremony's name
(甲与乙校企合作签约仪式) are read the same way. A unit built or visited
(共建某学院, 在某公司举行) is no party; 共建, 授旗, 揭牌 alone sign nothing.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations, pairwise

from .refs import Ref as _Ref

__all__ = ["AgreementsMixin"]


@dataclass
class _Party:
    """One party named before a signing verb: a unit, or a person signing."""

    start: int
    end: int
    unit: _Ref | None = None
    person: str | None = None
    rep: bool = False  # 张三代表甲公司: the unit a person signs for


@dataclass(frozen=True)
class _Words:
    with_words: tuple[str, ...]
    and_words: tuple[str, ...]
    join: re.Pattern[str]  # the words between two parties that join them
    objects: tuple[str, ...]
    multi: tuple[tuple[re.Pattern[str], int], ...]  # 三方 (not 第三方, 三方面) -> 3
    school_pair: tuple[str, ...]
    each_represents: tuple[str, ...]
    alias_cues: tuple[str, ...]
    adverbs: re.Pattern[str]
    sign_verbs: tuple[str, ...]
    both: re.Pattern[str]  # (双方|两校) with adverbs around


@cache
def _words() -> _Words:
    raw = json.loads(resources.files("zhkg.nlp.data").joinpath("agreements.json").read_text("utf-8"))

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    adv = f"(?:{alt(raw['adverbs'])})*"
    conn = alt(raw["with"] + raw["and"])
    stop = "、，,。；;"
    # 等6家企业与 / 还与 / 分别与 / 与其分别: a few words before the joining word
    join = re.compile(
        f"(?:(?:{alt(raw['collective'])})[^{stop}]{{0,8}}?|[^{stop}]{{0,6}}?){adv}({conn}){adv}"
    )
    return _Words(
        with_words=tuple(raw["with"]),
        and_words=tuple(raw["and"]),
        join=join,
        objects=tuple(raw["object_markers"]),
        multi=tuple((re.compile(f"(?<!第){re.escape(w)}(?!面)"), n) for w, n in raw["multi_party"].items()),
        school_pair=tuple(raw["school_pair"]),
        each_represents=tuple(raw["each_represents"]),
        alias_cues=tuple(raw["alias_cues"]),
        adverbs=re.compile(adv),
        sign_verbs=tuple(raw["sign_verbs"]),
        both=re.compile(f"{adv}(?:{alt(raw['both'])}){adv}"),
    )


_BRACKETS = re.compile(r"（[^（）]*）|\([^()]*\)")
_QUOTES = re.compile(r"[“”\"‘’'「」『』\s\u3000]")
# 甲——乙 on a line of its own: a pair of units in a list of those that signed
_PAIR_LINE = re.compile(r"^[ \u3000]*(?:\d{1,2}[.、．][ \u3000]*)?([^\s—–－\-与和]{4,40}?)[ \u3000]*(?:——|—|－|--|与|和)[ \u3000]*([^\s—–－\-]{4,40}?)[ \u3000]*$", re.M)
_TITLE = re.compile(r"《([^《》]{2,80})》")


def _clean(gap: str) -> str:
    """The words between two parties without brackets, quotes and spaces."""
    return _QUOTES.sub("", _BRACKETS.sub("", gap))


class AgreementsMixin:
    """Rules of :class:`~zhkg.extract.assemble._Assembler` (mixed in)."""

    def _agreements(self) -> None:
        """signedAgreement between the units that sign, at every signing verb
        (the parties before it, the title after it) and in every signing
        ceremony's name."""
        t, trig = self.t, self.lex.triggers
        signs = trig["sign"] + _words().sign_verbs
        self._parents = {s: o for s, p, o, _ in self.relations if p == "subOrganizationOf"}
        self._reps = {s: o for s, p, o, _ in self.relations if p == "represents"}
        for ss, se in self.sentences:
            sent = t[ss:se]
            if not any(w in sent for w in signs):
                continue
            for cs, ce in self._clauses(ss, se):
                clause = t[cs:ce]
                at = sorted({k for w in signs for k in self._all(clause, w)})
                if not at:
                    continue
                a = cs
                for k0 in at:
                    k = cs + k0
                    if k < a:
                        continue
                    signed = self._agreement_context(ss, se, k, ce)
                    for x, y in self._signing_pairs(ss, se, cs, ce, a, k):
                        self.fact(x, "signedAgreement", y, k, "sign-trigger", conf=0.8, **signed)
                    if "分别" in t[a:k]:
                        for x, y in self._pairs_before(ss, se, cs):
                            self.fact(x, "signedAgreement", y, k, "sign-pair-list", conf=0.75, **signed)
                    # 签署了《甲与乙合作协议》: the title names the parties
                    m = _TITLE.search(t, k, ce)
                    if m is not None:
                        for x, y in self._signing_pairs(ss, se, cs, ce, m.start(1), m.end(1), head=False):
                            self.fact(x, "signedAgreement", y, k, "sign-agreement-title", conf=0.8, **signed)
                    a = k + 1
        self._pair_lines(signs)
        # an event named "A与B…签约仪式"
        for (ty, name), e in list(self.entities.items()):
            if ty != "Event" or e.attrs.get("kind") != "signing":
                continue
            m0 = min(e.mentions, key=lambda s: -(s.end - s.start)) if e.mentions else None
            if m0 is None:
                continue
            ss, se = self.sentence_of(m0.start)
            name_text = t[m0.start : m0.end]
            cut = min((name_text.find(w) for w in signs if w in name_text), default=len(name_text))
            for x, y in self._signing_pairs(ss, se, m0.start, m0.end, m0.start, m0.start + cut, head=False):
                self.fact(x, "signedAgreement", y, m0.start, "signing-event-name", conf=0.8, event=name)

    def _pair_lines(self, signs: list[str]) -> None:
        """A list of the pairs that signed, one ``甲——乙`` a line, under a line
        that says they signed (十组校企合作项目现场签约，签约双方如下：): each
        line's two units sign with each other."""
        t = self.t
        if "\n" not in t or not any(w in t for w in signs):
            return  # (no list, or nothing signed: the line pattern need not run)
        for lm in _PAIR_LINE.finditer(t):
            a, b = (next((m for m in self.between(lm.start(g), lm.end(g)) if m.start == lm.start(g) and m.end == lm.end(g)
                          and m.kind == "org" and id(m) in self.ref), None) for g in (1, 2))
            if a is None or b is None:
                continue
            k = lm.start()  # up over the list's lines to the line that heads it
            while k > 0 and _PAIR_LINE.match(t, t.rfind("\n", 0, k - 1) + 1) is not None:
                k = t.rfind("\n", 0, k - 1) + 1
            head = t[t.rfind("\n", 0, max(k - 1, 0)) + 1 : k]
            if not any(w in head for w in signs):
                continue
            for x, y in self._distinct([(self.ref[id(a)], self.ref[id(b)])]):
                self.fact(x, "signedAgreement", y, a.start, "sign-pair-line", conf=0.75)

    @staticmethod
    def _all(text: str, word: str) -> list[int]:
        return [m.start() for m in re.finditer(re.escape(word), text)]

    # ------------------------------------------------------------- parties
    def _parties(self, a: int, b: int) -> list[_Party]:
        """The units and persons named in ``[a, b)``, in text order: the longest
        unit name only (not the parent at its front), a short form declared in
        brackets merged with its unit, a person who signs 代表某单位 replaced by
        that unit, and no unit built or visited (共建某学院, 在某公司)."""
        t, w = self.t, _words()
        out: list[_Party] = []
        for m in self.between(a, b):
            if m.end > b:
                continue
            r = self.ref.get(id(m))
            if self.owner_ref(m):
                continue  # 我校机械工程学院与该校工程与技术学院签署: the college signs, not its school
            if m.kind == "person":
                p = _Party(m.start, m.end, person=m.name)
            elif r is not None and r.type == "Organization":
                own = m.info.get("own_of", "")
                p = _Party(m.start - len(own) if own and t.endswith(own, 0, m.start) else m.start, m.end, unit=r)  # (with its owner's word)
            else:
                continue
            prev = out[-1] if out else None
            if prev is not None and p.start < prev.end:
                continue  # the parent at the front of a unit's name, or a nested name
            gap = t[prev.end if prev else a : p.start]
            if prev is not None and p.unit is not None and prev.unit == p.unit:
                prev.end = p.end  # 某公司（以下简称“某某”）
                continue
            if prev is not None and p.unit is not None and prev.person and _clean(gap) == "代表":
                p.rep, p.start = True, prev.start
                out[-1] = p  # 张三代表甲公司与乙学院签约
                continue
            if prev is not None and p.unit is not None and prev.unit is not None and not prev.person \
                    and _clean(gap).endswith("兼") and self._titles_between(gap):
                prev.end = p.end  # 甲集团副总经理兼人力资源部部长张三: the second post is in the same unit's part
                continue
            if prev is not None and p.person and prev.unit is not None and not prev.person and self._titles_between(gap):
                prev.end, prev.person = p.end, p.person  # 甲公司董事长张三: signs for 甲公司
                continue
            if p.unit is not None and self._declared_alias(a, p.start):
                continue  # a short form inside its declaring bracket
            if _clean(gap).endswith(w.objects):
                continue
            out.append(p)
        return out

    def _titles_between(self, gap: str) -> bool:
        """Whether ``gap`` is one or more post titles (党委书记、董事长)."""
        g, i, titles = _clean(gap), 0, 0
        while i < len(g):
            if g[i] in "、兼":
                i += 1
                continue
            n = self.lex.title_at(g, i)
            if not n:
                return False
            i, titles = i + n, titles + 1
        return titles > 0

    def _declared_alias(self, a: int, pos: int) -> bool:
        """Whether ``pos`` is inside an open bracket that declares a short form."""
        t = self.t
        k = max(t.rfind("（", a, pos), t.rfind("(", a, pos))
        if k < 0 or max(t.rfind("）", k, pos), t.rfind(")", k, pos)) >= 0:
            return False
        return any(c in t[k:pos] for c in _words().alias_cues)

    def _gap_kind(self, gap: str) -> str:
        """``list`` (、), ``with`` (与: opposite sides), ``and`` (和: list or
        sides), ``own`` (旗下: the first owns the second) or ``break``."""
        w = _words()
        g = _clean(gap)
        if g in ("", "、", "/", "／"):
            return "list"
        if g in self.lex.triggers.get("own", ()):
            return "own"
        m = w.join.fullmatch(g)
        if m is None:
            return "break"
        return "with" if m.group(1) in w.with_words else "and"

    def _signing_pairs(
        self, ss: int, se: int, cs: int, ce: int, a: int, b: int, head: bool = True
    ) -> list[tuple[_Ref, _Ref]]:
        """The pairs of units that sign, named in ``[a, b)`` before a signing
        verb at ``b`` (``head``) or inside a title or an event's name."""
        t = self.t
        items = self._parties(a, b)
        if not items:
            return self._both_pairs(ss, cs, a, b) if head else []
        tail = t[items[-1].end : b]
        if head and any(v in tail for v in self.lex.triggers["attend"]):
            return []  # 甲、乙负责人出席签约仪式: present, not signing
        kinds = [self._gap_kind(t[x.end : y.start]) for x, y in pairwise(items)]
        # 某集团旗下某公司与某学院签约: the subsidiary signs, not its owner
        keep = [i for i in range(len(items)) if not (i < len(kinds) and kinds[i] == "own")]
        if len(keep) < len(items):
            items = [items[i] for i in keep]
            kinds = [self._gap_kind(t[x.end : y.start]) for x, y in pairwise(items)]
        # runs of parties joined by 与/和/、; a run ends at other words
        runs: list[tuple[list[_Party], list[str]]] = [([items[0]], [])]
        breaks: list[str] = []
        for it, kind, (x, y) in zip(items[1:], kinds, pairwise(items)):
            if kind == "break":
                runs.append(([it], []))
                breaks.append(_clean(t[x.end : y.start]))
            else:
                runs[-1][0].append(it)
                runs[-1][1].append(kind)
        # the run next to the verb; runs before it only when they are a list
        # of signings (甲与乙共建X、丙与丁共建Y…签约)
        chosen = [runs[-1]]
        for j in range(len(runs) - 2, -1, -1):
            if "、" in breaks[j] and any(k in ("with", "and") for k in runs[j][1]):
                chosen.insert(0, runs[j])
            else:
                break
        clause = t[cs:ce]
        n_multi = None
        if "分别" not in clause:  # 分别: each with each, whatever the count
            n_multi = next((n for rx, n in _words().multi if rx.search(clause)), None)
        # …，与甲、乙分别签署: the subject is the sentence's first party
        run0, kinds0 = chosen[0]
        if head and len(chosen) == 1 and run0[0].start >= cs and cs > ss:
            lead = _clean(t[cs : run0[0].start])
            m = _words().join.fullmatch(lead) if lead else None
            if m is not None:
                subj = self._parties(ss, cs)
                if subj:
                    chosen[0] = ([subj[0], *run0], [("with" if m.group(1) in _words().with_words else "and"), *kinds0])
        # 张三代表甲公司，李四代表乙学院签署: the other signer in the clause before
        if head and len(chosen) == 1 and len(run0) == 1 and run0[0].rep and cs > ss:
            pcs, pce = max((c for c in self._clauses(ss, se) if c[1] <= cs), default=(ss, ss))
            prev = self._parties(pcs, pce)
            if len(prev) == 1 and prev[0].rep and not _clean(t[prev[0].end : pce]):
                chosen[0] = ([prev[0], run0[0]], ["with"])
        ctx = self._context_units(ss, se)
        pairs: list[tuple[_Ref, _Ref]] = []
        for run, rk in chosen:
            pairs += self._run_pairs(run, rk, ss, se, b, clause, n_multi, ctx, head)
        return pairs

    def _run_pairs(
        self, run: list[_Party], kinds: list[str], ss: int, se: int, b: int, clause: str,
        n_multi: int | None, ctx: list[_Ref], head: bool,
    ) -> list[tuple[_Ref, _Ref]]:
        """Pairs of one run of parties: sides split at 与 (和 too when no 与
        stands in the run); 甲与乙、丙与丁 is two signings."""
        withs = [i for i, k in enumerate(kinds) if k == "with"]
        if len(withs) >= 2:
            cuts = [i for i, k in enumerate(kinds) if k == "list" and any(a < i < b_ for a, b_ in pairwise(withs))]
            if cuts:
                out, lo = [], 0
                for c in [*cuts, len(kinds)]:
                    out += self._run_pairs(run[lo : c + 1], kinds[lo:c], ss, se, b, clause, n_multi, ctx, head)
                    lo = c + 1
                return out
        side_kinds = ("with",) if withs else ("with", "and")
        sides: list[list[_Party]] = [[run[0]]]
        for it, k in zip(run[1:], kinds):
            if k in side_kinds:
                sides.append([it])
            else:
                sides[-1].append(it)
        two_schools = any(w in clause for w in _words().school_pair)
        units = [[self._signer_unit(p, ctx, two_schools) for p in side] for side in sides]
        hosts = [u for u in self._signing_hosts(ss, se) if all(u not in s for s in units)]
        # a signer whose unit is unknown: the host of the signing, when only
        # one unit of its name is not yet a party
        for s, side in zip(units, sides):
            for j, u in enumerate(s):
                if u is None and side[j].person and len(hosts) == 1:
                    s[j] = hosts[0]
        flat = [u for s in units for u in s if u is not None]
        if not withs and len(run) >= 3 and self.t.endswith(_words().each_represents, 0, run[0].start):
            return self._distinct(combinations(list(dict.fromkeys(flat)), 2))  # 甲、乙、丙分别代表A、B和C签署: one agreement of all
        if not withs and len(run) >= 3 and all(p.rep for p in run):
            return self._distinct(combinations(list(dict.fromkeys(flat)), 2))  # 甲代表A、乙代表B、丙代表C签署: one agreement of all
        if n_multi is not None:
            parties = list(dict.fromkeys(flat))
            if n_multi and len(parties) < n_multi:
                # 张三与李四签订三方协议，学校、园区和某公司将…: the rest of the sentence
                more = [p.unit for p in self._parties(b, se) if p.unit is not None]
                for u in [*more, *hosts]:
                    if u not in parties and len(parties) < n_multi:
                        parties.append(u)
            return self._distinct(combinations(parties, 2))
        if len(sides) < 2:
            tail_ok = True
            if head:
                tail = _clean(self.t[run[-1].end : b])
                tail_ok = not tail or bool(_words().adverbs.fullmatch(tail) or _words().both.fullmatch(tail))
            if len(flat) == 2 and tail_ok and not any(p.unit is None for p in run):
                return self._distinct([(flat[0], flat[1])])
            return []
        out = []
        for i, j in combinations(range(len(units)), 2):
            out += [(x, y) for x in units[i] if x for y in units[j] if y]
        return self._distinct(out)

    def _pairs_before(self, ss: int, se: int, cs: int) -> list[tuple[_Ref, _Ref]]:
        """甲公司副总经理A与乙学院副院长B，丙公司…C与丁学院…D，…分别代表双方签署: the
        clauses before the verb's own, each one pair joined by 与 and nothing
        else, are signings too (back to the first clause that is not one)."""
        t = self.t
        ctx = self._context_units(ss, se)
        out: list[tuple[_Ref, _Ref]] = []
        for pcs, pce in reversed([c for c in self._clauses(ss, se) if c[1] <= cs]):
            items = self._parties(pcs, pce)
            if len(items) != 2 or self._gap_kind(t[items[0].end : items[1].start]) != "with" \
                    or _clean(t[items[1].end : pce]) or _clean(t[pcs : items[0].start]):
                break
            x, y = (self._signer_unit(p, ctx, False) for p in items)
            if x is None or y is None:
                break
            out += self._distinct([(x, y)])
        return out

    def _both_pairs(self, ss: int, cs: int, a: int, b: int) -> list[tuple[_Ref, _Ref]]:
        """双方签署 with no party named in the clause: the two units named
        before it in the sentence (甲为乙授牌，双方签订…), else the two joined
        in the sentence before (甲与乙举行座谈。会后，双方签署…); none when
        they are only present (甲局长、乙院长出席)."""
        t = self.t
        if a != cs or not _words().both.fullmatch(_clean(t[a:b])):
            return []
        units = self._units_named(ss, cs)
        if units:
            if len(units) != 2 or any(w in t[ss:cs] for w in self.lex.triggers["attend"]):
                return []
            return self._distinct([(units[0], units[1])])
        k = bisect.bisect_right(self._sent_starts, ss) - 1
        if k <= 0:
            return []
        ps = [p for p in self._parties(*self.sentences[k - 1]) if p.unit is not None]
        if len({p.unit for p in ps}) != 2 or len(ps) != 2:
            return []
        if self._gap_kind(t[ps[0].end : ps[1].start]) not in ("with", "and"):
            return []
        return self._distinct([(ps[0].unit, ps[1].unit)])

    def _units_named(self, a: int, b: int) -> list[_Ref]:
        """The distinct units named in ``[a, b)`` (not the parent at the front
        of a longer name), in text order."""
        out: list[_Ref] = []
        end = -1
        for m in self.between(a, b):
            r = self.ref.get(id(m))
            if r is None or r.type != "Organization" or m.start < end:
                continue
            end = m.end
            if r not in out:
                out.append(r)
        return out

    def _distinct(self, pairs: Iterable[tuple[_Ref, _Ref]]) -> list[tuple[_Ref, _Ref]]:
        """Pairs of two different units, neither a part of the other."""
        out = []
        for x, y in pairs:
            if x == y or self._ancestor(x.name, y.name) or self._ancestor(y.name, x.name):
                continue
            out.append((x, y))
        return out

    def _ancestor(self, a: str, b: str) -> bool:
        """Whether unit ``a`` is a parent (or further up) of unit ``b``."""
        seen = set()
        while b in self._parents and b not in seen:
            seen.add(b)
            b = self._parents[b]
            if b == a:
                return True
        return False

    # ------------------------------------------------------------- signers
    def _signer_unit(self, p: _Party, ctx: list[_Ref], two_schools: bool) -> _Ref | None:
        """The unit a party signs for: a unit itself; for a person, the unit
        they represent, else the unit of their post (one named in the
        sentence or the ceremony first), else the unit written before their
        title; an office (人力资源部, 国际处) signs for its parent, and
        分别代表两校 for the whole schools."""
        if p.unit is not None:
            u = p.unit
            return self._top(u) if two_schools else u
        name = p.person or ""
        # (a community's 理事长 who heads a school too signs for the school: communities last)
        units = sorted(self.person_units.get(name, []), key=lambda x: x.type == "Community")
        if name in self._reps:
            units.insert(0, _Ref("Organization", self._reps[name]))
        if not units:
            u0 = self._unit_before_title(name)
            units = [u0] if u0 is not None else []
        if not units:
            return None
        u = next((x for x in units if x in ctx), units[0])
        if two_schools:
            return self._top(u)
        while self._is_office(u.name) and u.name in self._parents:
            u = _Ref("Organization", self._parents[u.name])
        if self._is_office(u.name) and (head := self._run_institution(name)) is not None:
            u = head  # 某公司董事长甲、生产技术部经理乙 … 乙代表公司签订: the company, not its 生产技术部
        return u

    def _run_institution(self, person: str) -> _Ref | None:
        """The whole body at the head of the run of officials a person is
        named in (某公司董事长甲、生产技术部经理乙: the company for 乙), when
        the run goes back to it over 、 and white space only."""
        t = self.t
        for m in self.ms:
            if m.kind != "person" or m.name != person:
                continue
            pos = m.start
            for q in reversed(self.between(max(0, m.start - 80), m.start)):
                if q.end > pos:
                    continue
                if t[q.end : pos].strip(" 、\u3000"):
                    break
                pos = q.start
                r = self.ref.get(id(q))
                if q.kind in ("org", "ref") and r is not None and r.type == "Organization" and not self._is_office(r.name):
                    return r
        return None

    def _top(self, u: _Ref) -> _Ref:
        seen = set()
        while u.name in self._parents and u.name not in seen:
            seen.add(u.name)
            u = _Ref("Organization", self._parents[u.name])
        return u

    def _is_office(self, name: str) -> bool:
        """An office of a unit (处, 科, 人力资源部 …), not a school or college,
        nor a bank's branch (某银行某分行某支行: it signs for itself)."""
        n = self.lex.org_suffixes.ending_at(name, len(name))
        if not n or self.lex.org_kind.get(name[-n:]) != "unit" or name[-n:] in self.lex.anchored_units:
            return False
        return not name.endswith(self.lex.school_ends)

    def _unit_before_title(self, person: str) -> _Ref | None:
        """某公司董事长张三 anywhere in the article: the unit right before the
        titles right before the person's name."""
        t = self.t
        for m in self.ms:
            if m.kind != "person" or m.name != person:
                continue
            pos = m.start
            for q in reversed(self.between(max(0, m.start - 40), m.start)):
                if q.end > pos or t[q.end : pos].strip(" 、\u3000"):
                    break
                if q.kind == "title":
                    pos = q.start
                    continue
                r = self.ref.get(id(q))
                if pos < m.start and r is not None and r.type == "Organization":
                    return r
                break
        return None

    def _context_units(self, ss: int, se: int) -> list[_Ref]:
        units = [self.ref[id(m)] for m in self.between(ss, se) if id(m) in self.ref]
        return [u for u in units if u.type == "Organization"] + self._signing_hosts(ss, se)

    def _signing_hosts(self, ss: int, se: int) -> list[_Ref]:
        """The units named in the name of the signing ceremony of the
        sentence (某集团2025年校企合作签约仪式)."""
        ev = next((self.ref[id(m)] for m in self.between(ss, se) if m.kind in ("event", "anaphor") and id(m) in self.ref), None)
        ev = ev or self.current_event(ss)
        e = self.entities.get(("Event", ev.name)) if ev is not None else None
        if e is None or e.attrs.get("kind") != "signing" or not e.mentions:
            return []
        m0 = max(e.mentions, key=lambda s: s.end - s.start)
        return list(dict.fromkeys(p.unit for p in self._parties(m0.start, m0.end) if p.unit is not None))

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

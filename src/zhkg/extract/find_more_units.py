"""Units that end in no unit word, found from what stands around them:

* a name from the list of known organisations (news media, wire services:
  ``新京报``, ``半月谈``), standing as a whole word;
* a newspaper in book-title marks right before a post (``《某城日报》总编辑``);
* a company's short name before a post (``某某资本创始人``, ``某某科技总裁``),
  ended by a company tail (``nlp/data/company_tails.txt``);
* a kind of unit between two titles of one run (``某大学党委书记、教育基金会
  理事长``), the institution's own (marked ``bare``);
* an eponymous fund or prize body: a person's name followed by ``基金``,
  ``基金委员会`` … (``nlp/data/eponym_units.txt``).

These run after the person names are known, beside the unit-word rules of
:mod:`~zhkg.extract.find_units_events`.
"""

from __future__ import annotations

from .lexical import _ORG_INNER, Mention, is_cjk

__all__ = ["MoreUnitRules"]


class MoreUnitRules:
    """Rules of :class:`~zhkg.extract.mentions._Finder` (mixed in)."""

    def _more_units(self, units: list[Mention], stops: set[int]) -> list[Mention]:
        """Units found by the context rules above, not already in ``units``."""
        have = {(u.start, u.end) for u in units}
        out: list[Mention] = []

        def add(m: Mention) -> None:
            if (m.start, m.end) not in have and not any(self.person_cov[m.start : m.end]):
                have.add((m.start, m.end))
                out.append(m)

        for m in self._known_units():
            add(m)
        posts = [m for m in self.titles + self.cues if m.kind == "title" or m.name not in self.lex.non_post_cues]
        for m in posts:
            u = self._booked_unit(m.start) or self._company_before(m.start, stops)
            if u is not None:
                add(u)
        out.extend(self._eponym_units(have))
        title_ends = {m.end for m in self.titles}
        for m in self.titles:
            u = self._bare_unit(m.start, title_ends)
            if u is not None and any(c.kind == "community" and c.name.endswith(u.name) for c in units):
                continue  # 、理事会副理事长 in a report on a 校企合作理事会: that body, not the company's board
            if u is not None and (u.start, u.end) not in have:
                out.append(u)
        return out

    def _bare_unit(self, j: int, title_ends: set[int]) -> Mention | None:
        """``某大学党委书记、教育基金会理事长``: a kind of unit (教育基金会, generic
        alone) between two titles of one run is that institution's own; the
        mention is marked ``bare`` and named after the institution later."""
        t, lex = self.t, self.lex
        for L in range(min(8, j - 1), 2, -1):
            w = t[j - L : j]
            if w in lex.generic_orgs and t[j - L - 1] == "、" and (j - L - 1) in title_ends and lex.org_suffixes.ending_at(w, L):
                return Mention("org", j - L, j, w, w, {"suffix": self._suffix_of(w), "bare": True})
        return None

    def _known_units(self) -> list[Mention]:
        """Known organisation names standing as whole words outside book titles."""
        t, known, out = self.t, self.lex.known_orgs, []
        for i in range(self.n):
            if t[i] not in known.firsts or i not in self.wb or self.in_book[i]:
                continue
            L = known.at(t, i)
            if L and (i + L) in self.wb and not self.lex.org_suffixes.at(t, i + L):
                name = t[i : i + L]
                out.append(Mention("org", i, i + L, name, name, {"suffix": self._suffix_of(name)}))
        return out

    def _suffix_of(self, name: str) -> str:
        n = self.lex.org_suffixes.ending_at(name, len(name))
        return name[len(name) - n :] if n < len(name) else ""

    def _booked_unit(self, j: int) -> Mention | None:
        """``《某城日报》`` right before a post: the newspaper is the unit."""
        t = self.t
        if t[j - 1 : j] != "》":
            return None
        o = t.rfind("《", max(0, j - 16), j - 1)
        inner = t[o + 1 : j - 1] if o >= 0 else ""
        if len(inner) < 3 or not all(is_cjk(c) for c in inner):
            return None
        if not (self.lex.known_orgs.at(inner, 0) == len(inner) or self.lex.org_suffixes.ending_at(inner, len(inner))):
            return None
        return Mention("org", o, j, t[o:j], inner, {"suffix": self._suffix_of(inner)})

    def _company_before(self, j: int, stops: set[int]) -> Mention | None:
        """``某某资本`` right before a post: a company's short name."""
        t, lex = self.t, self.lex
        L = lex.company_tails.ending_at(t, j)
        if not L or any(p.end == j for p in self.persons):
            return None
        k = self._extend_left(j - L, 12, _ORG_INNER, stops)
        k = self._trim_tokens(k, j - L)
        name = t[k:j]
        if j - L - k < 2 or not all(is_cjk(c) or c.isalnum() for c in name) or self.in_book[k]:
            return None
        if lex.org_suffixes.ending_at(t, j - L) or self._place_score(k) and j - L - k <= 3:
            return None  # 某某公司科技…: the unit ends before; 某市科技: a bureau's field
        return Mention("org", k, j, name, name, {"suffix": t[j - L : j]})

    def _eponym_units(self, have: set[tuple[int, int]]) -> list[Mention]:
        """``某某某基金``, ``某某某基金委员会``: a fund or prize body named after a person."""
        t, out = self.t, []
        words = sorted(self.lex.eponym_units, key=len, reverse=True)
        for p in self.persons:
            w = next((w for w in words if t.startswith(w, p.end)), None)
            if w is None or t.startswith(self.lex.grant_words, p.end + len(w)):
                continue
            end = p.end + len(w)
            if (p.start, end) in have:
                continue
            have.add((p.start, end))
            name = t[p.start : end]
            out.append(Mention("org", p.start, end, name, p.name + w, {"suffix": self._suffix_of(name), "eponym": True}))
        return out

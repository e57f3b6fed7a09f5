"""From mentions to entities and facts.

Resolves what each mention stands for (short names and aliases, 该校/我校
back-references, 仪式/会上 for the current event) and applies the relation
rules clause by clause. Every fact keeps its sentence and rule name.
"""

from __future__ import annotations

import bisect
import re

from ..model import Article, Entity, Evidence, Relation, Span
from ..nlp.lexicon import get_lexicon
from ..nlp.script import Restorer, simplified_twin, to_simplified
from ..nlp.segment import word_freq
from .agreements import AgreementsMixin
from .communities import CommunitiesMixin
from .events import EventsMixin
from .lexical import ONE_ALIAS_DECL, alternation, future_words, is_cjk, lex_pattern
from .mentions import Mention, find_mentions
from .posts import PostsMixin
from .refs import Ref as _Ref
from .units import UnitsMixin

__all__ = ["extract_article", "split_sentences"]

_SENT_END = re.compile(r"[。！？!?；;\n]+")
_CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]+")


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




# heldAt rules whose venue makes no main occasion of its sentence (在甲、乙两个赛点进行:
# venues over days, not 在某处举行)
_NOT_ANCHORING = frozenset(("held-at-venues",))
_SUBMITTED_TO = re.compile(r"(?:提交|提请|报请|提交至|提交给)$")  # 该议案尚需提交公司股东大会审议: a meeting yet to come
# 集团明年将举办首届某竞赛, 两市将联合举办某邀请赛: an occasion to be held, announced before its name
_HOLD_BEFORE = re.compile(r"(?:举办|举行|召开|开展|组织)$")

class _Assembler(UnitsMixin, EventsMixin, PostsMixin, CommunitiesMixin, AgreementsMixin):
    """The state of one article's assembly; the rules live in the mixins."""

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
        self._guest_units: set[_Ref] = set()  # named in a run of officials beside 我院院长: never 我院
        self._clause_memo: dict[tuple[int, int], list[tuple[int, int]]] = {}  # see _clauses
        # （以下简称“某某”）: the alias declarations, read once for every rule that uses them
        self.alias_decls: list[re.Match[str]] = list(ONE_ALIAS_DECL.finditer(self.t))

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
        if p == "heldAt" and rule not in _NOT_ANCHORING:
            self.held.add(s.name)
        key = (s.name, p, o.name, title)
        if key in self.relations:
            return
        ss, se = self.sentence_of(at)
        self.relations[key] = Relation(
            s.name, p, o.name, s.type, o.type, Evidence(ss, se, rule, conf), title, dict(attrs)
        )

    def _credited_names(self) -> set[str]:
        """The people the page credits (作者：, 编辑：, 审核：) as whole names: where the
        text names one of them, the name is that (秘书长冯砚耕作报告, not 冯砚 + 耕作)."""
        lex, out = self.lex, set()
        for key in ("author", "editor", "reviewer"):
            for name in re.split(r"[、，,;；/\s\u3000]+", self.a.metadata.get(key) or ""):
                if 2 <= len(name) <= 4 and all(is_cjk(c) for c in name) and lex.surname_len(name) and name in self.t \
                        and not lex.org_suffixes.ending_at(name, len(name)) and not lex.title_at(name, 0) and not word_freq(name):
                    out.add(name)
        return out

    # ------------------------------------------------------------ entities
    def run(self) -> Article:
        self.ms = find_mentions(self.t, self.published, credited=self._credited_names())
        self._index()
        self._pdt_ends = {m.end for m in self.ms if m.kind in ("person", "date", "title")}
        self._resolve_units()
        self._resolve_events()
        self._posts()
        self._form_records()
        self._profile_records()
        self._roster_lines()
        self._unit_roster_lines()
        self._label_posts()
        self._association_roster()
        self._heading_unit_posts()
        self._table_posts()
        self._name_then_post()
        self._post_taken_by()
        self._event_roles()
        self._visit_party_meets()
        self._label_lines()
        self._contestants_at_whole()
        self._community_roles()
        self._heading_lists()
        self._community_table()
        self._representation()
        self._agreements()
        self._members_count()
        self._drop_future_events()
        a = self.a
        a.sentences = self.sentences
        a.entities = list(self.entities.values())
        a.relations = list(self.relations.values())
        return a


    def _drop_future_events(self) -> None:
        """An occasion only announced (第二期培训班将于5月开班, 提交公司股东大会审议,
        明年将举办首届某竞赛), or only named as the meeting that decided what the
        text reports (经学院党委会议研究决定：…), named nowhere else and with
        nobody at it, is no event of the story."""
        decided = getattr(self, "_decided_at", set())
        linked = {r.s for r in self.relations.values()} | {r.o for r in self.relations.values()}
        for key, e in list(self.entities.items()):
            if e.type == "Event" and e.name not in linked and e.mentions \
                    and all(future_words(self.lex).match(self.t, m.end + (self.t[m.end : m.end + 1] in "，,"))
                            or _SUBMITTED_TO.search(self.t, max(0, m.start - 3), m.start)
                            or self._to_be_held(m.start) or m.start in decided
                            for m in e.mentions):
                del self.entities[key]

    def _to_be_held(self, at: int) -> bool:
        """Whether the occasion named at ``at`` is the object of a verb of holding
        that its sentence says is yet to come (将…联合举办某邀请赛)."""
        if not _HOLD_BEFORE.search(self.t, max(0, at - 4), at):
            return False
        ss = max(self.t.rfind(c, 0, at) for c in "。！？；\n") + 1
        return lex_pattern(self.lex, "to_come", lambda x: alternation(x.triggers["to_come"])).search(self.t, ss, at) is not None

    # -------------------------------------------------------------- events
    def _clauses(self, ss: int, se: int) -> list[tuple[int, int]]:
        # memoised: the rules ask for the clauses of the same sentences again and
        # again (callers only iterate over the list)
        out = self._clause_memo.get((ss, se))
        if out is None:
            out = self._clause_memo[(ss, se)] = self._split_clauses(ss, se)
        return out

    def _split_clauses(self, ss: int, se: int) -> list[tuple[int, int]]:
        out, start = [], ss
        for m in _CLAUSE_END.finditer(self.t, ss, se):
            if m.start() > start:
                out.append((start, m.start()))
            start = m.end()
        if start < se:
            out.append((start, se))
        return out


def extract_article(article: Article) -> Article:
    """Fill ``article`` with entities, relations and sentences (in place) and return it.

    A page in traditional characters is read in its simplified twin (same
    length, so every offset holds) and its names are given back as written.
    """
    twin = simplified_twin(article.text)
    if twin is None:
        return _Assembler(article).run()
    text, metadata = article.text, article.metadata
    article.text = twin
    article.metadata = {k: _twin_value(v) for k, v in metadata.items()}
    # names may come from the metadata too (the site's name for 本院)
    extra = [v for v in metadata.values() if isinstance(v, str)]
    back = Restorer("\n".join([text, *extra]), "\n".join([twin, *map(to_simplified, extra)]))
    try:
        _Assembler(article).run()
    finally:
        article.text, article.metadata = text, metadata
    for e in article.entities:
        e.name = back.restore(e.name)
        e.mentions = [Span(m.start, m.end, text[m.start : m.end]) for m in e.mentions]
        e._seen = set(e.mentions)
        e.attrs = back.restore_value(e.attrs)
    for r in article.relations:
        r.s, r.o = back.restore(r.s), back.restore(r.o)
        if r.title is not None:
            r.title = back.restore(r.title)
        r.attrs = back.restore_value(r.attrs)
    return article


def _twin_value(v: object) -> object:
    return to_simplified(v) if isinstance(v, str) else v

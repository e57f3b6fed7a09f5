"""Find mentions: post titles, person names, units, communities, events.

Match, then annotate: :func:`find_mentions` only returns spans; the entity
stage (:mod:`zhkg.extract.assemble`) decides what they stand for. Name rules
live in :mod:`~zhkg.extract.find_names`, unit and event rules in
:mod:`~zhkg.extract.find_units_events`. The rules encode how
institutional prose is written:

* a title run ``单位 + 职务(、职务)* + 姓名`` names a person and a post, with or
  without punctuation before the next run (``副局长耿子墨青州市教育局…``);
* a unit name ends in a unit word (局, 处, 学院, 有限公司 …) and reaches back to
  the previous boundary (punctuation, a function word, a title, a name);
* a community or event name ends in its head word (共同体, 联合体 / 大会, 仪式 …).

>>> ms = find_mentions("青州市教育局党委副书记、副局长耿子墨出席。")
>>> [(m.kind, m.text) for m in ms if m.kind in ("person", "org", "title")]
[('org', '青州市教育局'), ('title', '党委副书记'), ('title', '副局长'), ('person', '耿子墨')]
"""

from __future__ import annotations

import re

from ..nlp.lexicon import Lexicon, char_class, get_lexicon
from ..nlp.segment import pos_tag, tokens, word_freq
from .dates import find_dates
from .find_more_units import MoreUnitRules
from .find_names import NameRules
from .find_units_events import _JOIN_DASHES, SpanRules
from .lexical import (
    _ADMIN,
    _CONJ,
    _HARD_STOPS,
    _LATIN_UNIT,
    _NAME_GAP,
    ALIAS_DECL,
    FUNCTION_CHARS,
    LATIN,
    PUNCT,
    Mention,
    alternation,
    is_cjk,
    is_latin,
    lex_pattern,
    trigger_words,
)

_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+[届次]")  # 章程和第一届理事会: a new name begins

__all__ = ["Mention", "find_mentions", "is_cjk", "PUNCT"]



# a Latin-letter personal name: two or three capitalised words
_LATIN_PERSON = re.compile(rf"[A-ZÀ-ÖØ-Þ][{LATIN}]+(?:[ \u00b7·][A-ZÀ-ÖØ-Þ][{LATIN}]+){{1,2}}")

# a wire or paper dateline's byline bracket, up to a name: 本报讯（记者 ，新华社北京3月5日电（记者
_BYLINE_BEFORE = re.compile(r"(?:讯|电)\s*[（(](?:[^（()）。\n]{0,16}[ 、，,])?\s*(?:本报|本台|本网|见习)?(?:记者|通讯员)\s*[^（()）。\n]{0,12}$")


_BOOK_MARKS = re.compile("[《》]")
_COUNT_OR_SPAN = re.compile(
    r"(?:[两一二三四五六七八九十\d]+|几|数|多)(?:家|所)|(?:近|过去)[一二两三四五六七八九十\d]+年"
    r"|[一二两三四五六七八九十\d]+(?:年|个月)(?:内|来|间)"  # 计划三年内在联合体内…: a span of time, then what follows
    r"|\d{4}年(?:起|以来|开始|初|底|末)"  # 某公司2023年起与某学院合作: a point in time, then what follows
    r"|[路街道巷弄][\d０-９]+号"  # 某某路21号某局: an address before a unit
)
TITLE_ABBR = re.compile(r"[（(][A-Z]{2,6}[）)]")  # 首席技术官（CTO）


def title_tail(lex: Lexicon) -> re.Pattern[str]:
    """What may stand in brackets between a title and its name: the title's
    abbreviation (首席技术官（CTO）) or a qualifier of the post (副县长（挂职）,
    ``triggers.json`` title_qualifiers)."""
    return lex_pattern(lex, "title_tail", lambda x: r"[（(](?:[A-Z]{2,6}|" + alternation(x.triggers["title_qualifiers"]) + r")[）)]")


def _committee_tail(lex: Lexicon) -> re.Pattern[str]:
    """Words of a congress's committee, then 工作委员会 (代表|工作委员会, 选举|联络|工作委员会)."""
    return lex_pattern(lex, "committee_tail", lambda x: "(?:" + alternation(x.committee_words) + ")*工作委员会")


def _in_committee(lex: Lexicon, t: str, i: int) -> bool:
    """Whether a committee's word or its congress (常委会) stands before ``i``
    (人事|代表, 常委会|代表): not 大会|选举工作委员会委员 (the congress elects)."""
    return t.endswith((*lex.committee_words, "常委会"), 0, i)


_LEVEL_BODY = re.compile(r"[省市县区][\u4e00-\u9fff]{1,8}?(?:局|厅|委|人民政府|政府)(?![\u4e00-\u9fff]{0,2}[学校院])")
_NOT_IN_PLACE = frozenset("与和及同或")
_ADVERB_BEFORE_CONJ = frozenset("愿将已拟还也均并曾正")
_AGREEMENT_TITLE = re.compile(r"《([^《》\n]{4,80}?[与和及][^《》\n]{2,60}?(?:协议书?|备忘录|意向书|合同))》")


class _Finder(NameRules, SpanRules, MoreUnitRules):
    """The state of one text's mention finding; the rules live in the mixins."""

    def __init__(self, text: str, published: str | None, known_names: set[str], credited: set[str] | frozenset[str] = frozenset()):
        self.t = text
        self.n = len(text)
        self.lex: Lexicon = get_lexicon()
        self.published = published
        toks = tokens(text)
        self.tok_end = {a: b for a, b in toks}
        self.tok_start = {b: a for a, b in toks}
        self.wb = {0, self.n} | set(self.tok_end) | set(self.tok_end.values())
        # the page's credited people (作者：某某): known names where the text names them,
        # but no person of the story by that alone (a credit line may stay in the body)
        self.credited = frozenset(credited) - set(known_names)
        self.known_names = set(known_names) | self.credited
        self.titles: list[Mention] = []
        self.cues: list[Mention] = []
        self.persons: list[Mention] = []
        self.orgs: list[Mention] = []
        self.communities: list[Mention] = []
        self.events: list[Mention] = []
        self.dates: list[Mention] = []
        self.conj_ends: set[int] = set()  # after 与/和 that join two units
        self._aliases: list[str] | None = None
        self.has_dot = any(c in text for c in "·•・‧")  # transliterated names are possible
        self.has_dash = "—" in text  # (某大学—某市人民政府, 同频共振——访…: looked for only where one stands)
        self._alias_ends: set[int] | None = None
        self.person_cov = bytearray(self.n + 1)  # 1 where a person name stands
        self._twice: dict[str, bool] = {}
        self._orgs_for: list[str] | None = None
        self._orgs_by_first: dict[str, tuple[str, ...]] = {}
        self._known_size = -1  # see NameRules._known_starting_with
        self._known_index: dict[str, list[str]] = {}
        self._unit_ends_memo: list[tuple[int, str, int]] | None = None  # see SpanRules._unit_ends
        # 1 inside a book title 《…》 (no units are named there)
        self.in_book = bytearray(self.n + 1)
        # only the brackets are visited: between two of them the depth is constant,
        # and the characters there are inside a title when it is above 0
        depth, prev = 0, -1
        for m in _BOOK_MARKS.finditer(text):
            i = m.start()
            if depth:
                self.in_book[prev + 1 : i] = b"\x01" * (i - prev - 1)
            if m.group() == "《":
                depth += 1
            elif depth:
                depth -= 1
            prev = i
        if depth:
            self.in_book[prev + 1 : self.n] = b"\x01" * (self.n - prev - 1)
        # 《甲大学与乙公司合作协议》: an agreement's title names its parties
        for m in _AGREEMENT_TITLE.finditer(text):
            self.in_book[m.start(1) : m.end(1)] = b"\x00" * (m.end(1) - m.start(1))

    # ------------------------------------------------------------- titles
    def find_titles(self) -> None:
        t, lex, i = self.t, self.lex, 0
        firsts = lex.titles.firsts | lex.modifier_firsts | lex.person_cues.firsts
        # only positions whose character may begin a title or cue are visited
        # (in order); ``i`` is where the scan may resume after a match
        for hit in char_class(firsts).finditer(t):
            p = hit.start()
            if p < i:
                continue
            i = p
            L = lex.title_at(t, i)
            if L >= 3:
                # 某局机关党委副书记: a unit word (机关党委) ends inside the modified
                # title; the title is what follows it (副书记)
                k = next((k for k in range(1, L) if lex.org_suffixes.ending_at(t, i + k) > k
                          and lex.title_at(t, i + k) == L - k), 0)
                if k:
                    i += k
                    L -= k
            if L:
                longer = max(lex.org_suffixes.at(t, i), lex.community_heads.at(t, i))
                follows = t[i + L : i + L + 2]
                if longer > L or follows in ("单位",) or t[i + L : i + L + 1] == "会":
                    i += 1
                    continue
                # a title must not start inside a word (院长 in 研究院长 is fine:
                # 研究院 + 院长 overlap; we accept where a jieba word starts)
                if i not in self.wb and not (i > 0 and lex.org_suffixes.ending_at(t, i)):
                    i += 1
                    continue
                if (e := self.tok_end.get(i, 0)) > i + L and pos_tag(t[i:e]) in ("n", "s") and lex.title_at(t[i:e], 0) != e - i:
                    i += 1  # 主席台: a word the title only begins (a place, a thing), not a post
                    continue
                self.titles.append(Mention("title", i, i + L, t[i : i + L], lex.title_forms.get(t[i : i + L], t[i : i + L])))
                i += L
                continue
            C = lex.person_cues.at(t, i)
            if C and lex.org_suffixes.at(t, i + C) >= 2 and not lex.title_at(t, i + C) and t[i : i + C] not in lex.non_post_cues \
                    and any(lex.org_suffixes.ending_at(t, e) >= 2 and all(pos_tag(t[e + a : e + b]) not in ("v", "vn") for a, b in tokens(t[e:i]))
                            for e in range(max(0, i - 8), i - 1)):
                C = 0  # 某职业技术学院某某现场工程师学院: a role word inside a unit's name named after its school, no cue
            if C and t.startswith(lex.association_ends, i + C) and t[i : i + C] not in lex.triggers["represent"]:
                C = 0  # 某市企业家协会, 某校友会企业家分会: the members' word names the association (not 代表协会…作报告)
            if C >= 3 and (e := self.tok_end.get(i + C)) is not None and t[i + C : e] in lex.name_verbs:
                C = 0  # 青年教师发展项目负责人: the role word qualifies what follows, no one is named after it
            if C and i in self.wb and ((i + C) in self.wb or self._glued_cue(i, C)):
                self.cues.append(Mention("cue", i, i + C, t[i : i + C], t[i : i + C]))
                i += C
                continue
            i += 1

    def _glued_cue(self, i: int, C: int) -> bool:
        """Whether the role word at ``i`` (``C`` long) ends inside a word of the
        segmenter's only because a surname is glued to it (学生包|若岚: 学生包 is a
        word), and a name can follow (not 老师傅们)."""
        t, lex = self.t, self.lex
        return self.tok_end.get(i) == i + C + 1 and lex.surname_len(t, i + C) == 1 \
            and t[i + C] not in lex.word_surnames and is_cjk(t[i + C + 1 : i + C + 2] or "。") \
            and t[i + C + 1] not in FUNCTION_CHARS and t[i + C + 1] not in "们的"

    # -------------------------------------------------------------- dates
    def find_dates(self) -> None:
        for d in find_dates(self.t, self.published):
            self.dates.append(Mention("date", d.start, d.end, d.text, d.text, {"iso": d.iso}))

    # -------------------------------------------------------- boundaries
    def _stopword_ends(self) -> set[int]:
        t, lex, ends = self.t, self.lex, set()
        firsts = lex.stopwords.firsts
        for hit in char_class(firsts).finditer(t):  # only where a stopword may start
            i = hit.start()
            L = lex.stopwords.at(t, i)
            if not L:
                continue
            # a two-character function word may sit across jieba's words (建国以来, 出席方…)
            at_words = (i + L) in self.wb and (i in self.wb or L >= 2)
            # a preposition opening a word jieba glued to a name (以桐|川…) still stops;
            # one ending a word (万向) does not
            if not at_words and not (L == 1 and t[i] in _HARD_STOPS and i in self.wb):
                continue
            if L == 1 and t[i : i + 2] in ("以上", "以下", "以内", "以外", "为主", "在内"):
                continue  # 中层以上干部大会: 以 inside a name
            w = t[i : i + L]
            if w == "联合" and any((n := lex.org_suffixes.ending_at(t, e)) >= 2 and lex.org_kind.get(t[e - n : e]) == "unit"
                                   and all(is_cjk(c) and c not in PUNCT for c in t[i + L : e])
                                   for e in range(i + L + 3, min(self.n, i + L + 7) + 1)):
                continue  # 某某联合研发中心, 联合实验室: 联合 inside a unit's name (not 甲与乙联合举办)
            if w in lex.committee_words and _committee_tail(lex).match(t, i + L) and _in_committee(lex, t, i):
                continue  # 人事代表选举工作委员会, 常委会代表工作委员会: inside a congress's committee's name
            if w in _CONJ:
                e = i - 1 if t[i - 1 : i] in _ADVERB_BEFORE_CONJ else i  # 某某集团愿与某学院: the adverb belongs to neither
                joins_units = lex.org_suffixes.ending_at(t, e) or lex.community_heads.ending_at(t, e) or any(
                    t.endswith(a, 0, e) for a in self._declared_aliases()  # 某某智能与某某学院: an alias, then a unit
                ) or i in self._alias_decl_ends() or (  # 某某公司（以下简称“某某”）与…
                    t[i - 2 : i] in lex.generic_orgs and (i < 3 or not is_cjk(t[i - 3]) or t[i - 3] in "了的将由向对为把被")  # 学校、园区和某某公司, 介绍了企业与某学院
                ) or t[i - 2 : i] in lex.own_refs or t[i - 3 : i - 2] == "在" and i >= 3 and is_cjk(t[i - 2]) or (  # 我院与某公司, 在现场与某集团
                    t[i - 1 : i] in "省市县区" and i >= 3 and t[i - 3 : i] not in lex.generic_orgs  # 某某区与某大学
                ) or t[i - 1 : i] in "省市县区镇" and t[i - 2 : i - 1] in "我本"  # 我县与某学院: the county itself
                joins_units = joins_units or _LEVEL_BODY.match(t, i + L) \
                    or t.startswith(lex.triggers["company_fronts"], i + L)  # 某某与市人社局…, 某车间和集团技术中心: a body follows
                if not joins_units and not (self._starts_place(i + L) and not self._field_after_word(i + L)) and not _ORDINAL.match(t, i + L):
                    continue  # 艺术与设计学校, 船舶与海洋工程学院: 与 inside a name
                self.conj_ends.add(i + L)
            ends.add(i + L)
        return ends

    def _declared_aliases(self) -> list[str]:
        """Short names the text declares: （以下简称“某某”） (memoised)."""
        if self._aliases is None:
            self._aliases = [m.group(1) for m in ALIAS_DECL.finditer(self.t) if len(m.group(1)) >= 2]
        return self._aliases

    def _alias_decl_ends(self) -> set[int]:
        """Where the alias declarations of the text end."""
        if self._alias_ends is None:
            self._alias_ends = {m.end() for m in ALIAS_DECL.finditer(self.t)}
        return self._alias_ends

    def _starts_place(self, j: int) -> bool:
        """A place name starts at ``j``: 湖州市…, or a word jieba knows as a place (北京)."""
        e = self.tok_end.get(j)
        return bool(self._place_score(j)) or (e is not None and e - j >= 2 and pos_tag(self.t[j:e]) == "ns")

    def _verb_before_known(self, u: Mention, orgs: list[str]) -> Mention:
        """共同建设某大学某研究院: a verb word (one known inside names) before a
        unit the text names on its own is the clause's verb, not the name's
        front: the name starts after it."""
        e = self.tok_end.get(u.start)
        if u.kind != "org" or u.name != u.text or e is None or e - u.start < 2 or e >= u.end \
                or pos_tag(self.t[u.start : e]) not in ("v", "vn"):
            return u
        if not any(self.t.startswith(o, e) and len(o) >= 4 and e + len(o) <= u.end for o in orgs):
            return u
        return Mention(u.kind, e, u.end, self.t[e : u.end], u.name[e - u.start :], dict(u.info))

    def _field_after_word(self, j: int) -> bool:
        """Whether the word at ``j`` is followed by a field of study (海洋|工程,
        城市|建设): a field's name jieba tags as a place, not a place."""
        e = self.tok_end.get(j)
        return e is not None and self.t.startswith(tuple(self.lex.triggers["field_words"]), e)

    def _lone_function_word(self, k: int) -> bool:
        """A one-character function word standing as a word of its own at ``k``
        (某某琛|率|市政协, 书恒|到|我|区): no place's character."""
        return k in self.wb and k + 1 in self.wb and self.lex.stopwords.at(self.t, k) == 1

    def _place_score(self, j: int) -> int:
        """2 when a two-character place name (湖州市) starts at j, 1 for three."""
        t = self.t
        function_word = self._lone_function_word
        if j + 2 < self.n and t[j + 2] in _ADMIN and is_cjk(t[j]) and is_cjk(t[j + 1]) and t[j + 1] not in _NOT_IN_PLACE \
                and not function_word(j + 1):
            return 2  # (音与市人社局: 与 joins, it is no place's second character)
        if j + 3 < self.n and t[j + 3] in _ADMIN and all(is_cjk(c) for c in t[j : j + 3]) \
                and not function_word(j + 1) and not function_word(j + 2):
            return 1
        return 0

    def _starts_unit(self, j: int, orgs: list[str]) -> bool:
        """Whether one of the unit names ``orgs`` starts at ``j``."""
        t = self.t
        if self._orgs_for is not orgs:  # index the list by first character once
            index: dict[str, list[str]] = {}
            for o in orgs:
                index.setdefault(o[:1], []).append(o)
            # tuples: one str.startswith call tries them all
            self._orgs_for, self._orgs_by_first = orgs, {c: tuple(v) for c, v in index.items()}
        return t.startswith(self._orgs_by_first.get(t[j : j + 1], ()), j)

    def _whole_body(self, o: Mention, u: Mention) -> bool:
        """Whether the longer unit ``o`` names a whole body (so ``u``, its
        front, is only part of its name), not a department 部 of ``u`` (某某中心拓展部)."""
        if self.lex.org_kind.get(o.info["suffix"]) != "institution":
            return False
        return not (o.info["suffix"] == "部" and self.lex.org_kind.get(u.info["suffix"]) == "unit" and len(u.info["suffix"]) >= 2)

    # ---------------------------------------------------------------- run
    def run(self) -> list[Mention]:
        self.find_titles()
        # 首席技术官（CTO）: the abbreviation in brackets is the same post, not another
        ends = {m.end for m in self.titles}
        self.titles = [m for m in self.titles if not (m.start - 1 in ends and TITLE_ABBR.fullmatch(self.t, m.start - 1, m.end + 1))]
        self.find_dates()
        stops = self._stopword_ends()
        for m in self.titles + self.cues + self.dates:
            if m.kind == "cue" and (e := self.tok_end.get(m.end)) is not None and (
                    self.t[m.end : e] in self.lex.name_verbs or e - m.end >= 3 and self.t[m.end : m.end + 2] in self.lex.name_verbs
                    and (self.lex.org_suffixes.ending_at(self.t, e) or (e2 := self.tok_end.get(e)) is not None
                         and self.lex.org_suffixes.ending_at(self.t, e2) == e2 - e)
                    and self.t[m.end : e] not in self.lex.generic_orgs):
                continue  # 学生工作处, 学生|工作部, 校友工作办公室, 教师发展中心, 学生|就业指导|中心: the role word begins a unit's name
            if m.kind == "cue" and m.name in self.lex.committee_words and _committee_tail(self.lex).match(self.t, m.end) \
                    and _in_committee(self.lex, self.t, m.start):
                continue  # 人大常委会代表工作委员会: the role word inside a committee's name
            stops.add(m.end)
        # 两家全资子公司, 近三年集团: a count or a span of time begins what follows
        stops.update(m.end() for m in _COUNT_OR_SPAN.finditer(self.t))
        # first pass: units without knowing names (their ends help to size names)
        first = [m for m in self._unit_candidates(stops) if self._valid_unit(m)]
        orgs = sorted({m.name for m in first}, key=len, reverse=True)
        # names after titles and cues
        tail = title_tail(self.lex)
        cue_groups = self.lex.triggers["cue_groups"]
        for m in sorted(self.titles + self.cues, key=lambda x: x.start):
            nxt = m.end
            if m.kind == "cue" and self.t[nxt : nxt + 1] in ("：", ":") and (m.start == 0 or self.t[m.start - 1] == "\n"):
                nxt += 1  # 参赛学生：某某、某某 (a label line)
            if ab := tail.match(self.t, nxt):
                nxt = ab.end()  # 首席技术官（CTO）Elias Marchetti, 副县长（挂职）某某: the title's abbreviation or qualifier in brackets
            while nxt < self.n and self.t[nxt] in _NAME_GAP:
                nxt += 1
            if m.kind == "cue" and self.t[nxt : nxt + 1] == "”" and "“" in self.t[max(0, m.start - 10) : m.start] \
                    and self.lex.surname_len(self.t, nxt + 1) and not word_freq(self.t[nxt + 1 : nxt + 3]):
                nxt += 1  # 副院长、“某江工匠”殳某某: an honour in quotes, then the name (not “杰出校友”荣誉证书)
            if self.lex.title_at(self.t, nxt) or self.t[nxt : nxt + 1] in PUNCT:
                continue
            if m.kind == "cue" and self.t.startswith(tuple(self.lex.triggers.get("gather", ())), nxt):
                continue  # 嘉宾齐聚: a verb of gathering after a role word, no name
            if m.kind == "cue" and self.t[m.end : m.end + 1] in cue_groups:
                continue  # 工匠班由…, 专家组, 代表团: a group of them, no name after it
            p = self.name_at(nxt, orgs, strong=m.name != "代表")
            if p and m.kind == "cue" and p.name[0] in self.lex.word_surnames and p.name[1] in FUNCTION_CHARS:
                continue  # 每一位同学都能找到: an adverb and a modal verb after a role word, not 都 and a given name
            if p and m.kind == "cue" and (e2 := self.tok_end.get(p.end - 1)) is not None and e2 - p.end >= 2:
                continue  # 勉励新同学练好基本功: the name's last character begins a longer word (基本功)
            if p and m.kind == "cue" and not is_latin(p.name[:1]) and not p.info.get("minority") and (
                not self.lex.surname_len(p.name) and not (
                    self._word_surname_name(p.name, p.end, orgs) and not word_freq(p.name[:2])
                    and not (len(p.name) >= 3 and self.lex.surname_len(p.name[1:]))  # (嘉宾有王某: 有 is the verb; 能够, 应邀: words)
                )
                or word_freq(p.name) > 0 and not pos_tag(p.name).startswith("nr") and not (
                    # 学生夏至作为学生代表发言: a word-like name, a verb of the person after it
                    len(p.name) == 2 and self.lex.surname_len(p.name) and self._trigger_at(p.end)
                    and self._word_name_after_title(p.name, p.end))
                or len(p.name) == 3 and word_freq(p.name[:2]) > 2000 and not pos_tag(p.name[:2]).startswith("nr")
            ):
                continue  # 记者访学项目, 学员毕业后: a word after a role word, not a name
            if p and m.kind == "cue" and pos_tag(p.name) in ("d", "ad", "a") and not (
                    self.t[p.end : p.end + 1] in PUNCT
                    or self.t.startswith((*self.lex.triggers["name_then"], *self.lex.triggers["say"]), p.end)
                    or pos_tag(p.name) == "a" and self.t.startswith(trigger_words(self.lex, "speak"), p.end)):  # (学生常乐分享了…)
                continue  # 专业教师常年授课, 新生庄严宣誓: an adverb or adjective after a role word, not a name (but 技能大师常新作为…代表发言)
            if p:
                self._add_person(p)
        self._names_by_pattern(orgs)
        found = len(self.persons)
        self._known_occurrences()
        self._verb_tails()
        self._list_continuations(orgs, self.persons[found:])  # (郗某 公孙某某 汤某: a list after a name known from elsewhere)
        for p in self.persons:
            stops.add(p.end)
            stops.add(p.start)
        for d in self.dates:
            stops.add(d.end)
        units = [m for m in self._unit_candidates(stops) if self._valid_unit(m)]
        quoted = {m.start: m.end for m in units if m.info.get("quoted")}
        if quoted:  # “甲公司—乙学院党建共建基地”: the quoted name is one unit, 甲公司—乙学院 inside it none
            units = [m for m in units if not (m.start in quoted and quoted[m.start] > m.end and any(c in _JOIN_DASHES or c == "·" for c in m.name))]
        for m in self.titles + self.cues:
            lm = _LATIN_UNIT.search(self.t, max(0, m.start - 60), m.start)
            if lm and lm.end() == m.start and not any(p.end == m.start for p in self.persons):
                name = lm.group(0).strip()
                if m.kind == "cue" and _LATIN_PERSON.fullmatch(name):
                    continue  # Karl Brenner教授: a foreigner before a person word, not a unit
                if " " not in name and re.search(r"[A-Z][a-z]+[ \u00b7·]" + re.escape(name) + r"(?![A-Za-z])", self.t):
                    continue  # Brenner教授 after Karl Brenner: a foreigner's surname, not a unit
                if len(name.replace(" ", "")) >= 3:
                    k = m.start - len(lm.group(0).lstrip())
                    units.append(Mention("org", k, m.start, self.t[k : m.start], name, {"suffix": ""}))
        # a Latin-letter unit found before its post is the same unit wherever the text names it again
        # (分别代表我院和Lindqvarn University of Applied Sciences签署…)
        starts = {u.start for u in units}
        for name in {u.name for u in units if is_latin(u.name[:1]) and " " in u.name}:
            for again in re.finditer(re.escape(name), self.t):
                k, e = again.span()
                if k not in starts and not is_latin(self.t[k - 1 : k]) and not is_latin(self.t[e : e + 1]):
                    units.append(Mention("org", k, e, name, name, {"suffix": ""}))
                    starts.add(k)
        units = [self._verb_before_known(u, orgs) for u in units]
        # a unit must not swallow a person name
        cov = self.person_cov
        units = [u for u in units if not any(cov[u.start : u.end])]  # (any() of a bytearray slice runs in C)
        units += self._more_units(units, stops)
        by_start: dict[int, list[Mention]] = {}
        for u in units:
            by_start.setdefault(u.start, []).append(u)

        def inside_another(u: Mention) -> bool:
            """An institution's name starts the longer one (drop it), or a joint name (X-Y)."""
            return any(
                o is not u and o.end > u.end and o.kind == "org"
                and (self._whole_body(o, u) or "-" in o.name[len(u.name) - 1 :] or "-" in u.name
                     or u.name.startswith("中共"))  # (中共某大学委员会|组织部: the party body's part, named whole)
                for o in by_start[u.start]
            )

        units = [u for u in units if not inside_another(u)]
        self.orgs = [u for u in units if u.kind == "org"]
        # 校长办公室: a title at the start of a unit's name is part of the name
        starts = {u.start: u.end for u in self.orgs}
        self.titles = [m for m in self.titles if starts.get(m.start, 0) <= m.end]
        # 公司工会主席 on a page that names its 工会: the 工会 found as a unit, the post after it is 主席
        cut = {u.end for u in self.orgs if u.name in self.lex.standalone_units}
        if cut:
            self.titles = [
                Mention("title", e, m.end, self.t[e : m.end], self.t[e : m.end], m.info)
                if (e := next((e for e in cut if m.start < e < m.end), None)) is not None and self.lex.title_at(self.t, e) == m.end - e
                else m for m in self.titles]
        self.communities = [u for u in units if u.kind == "community"]
        self.events = self._event_candidates(
            stops - {p.start for p in self.persons} - {p.end for p in self.persons} - self.conj_ends - {c.end for c in self.cues}
        )
        # 本报讯（记者 某某）, 新华社…电（记者 某某）: the byline is the author, not a person of the news
        self.persons = [p for p in self.persons if not _BYLINE_BEFORE.search(self.t, max(0, p.start - 30), p.start)]
        # 学生 in 学生工作处处长: a role word inside a unit's name is no cue of a person
        spans = [(u.start, u.end) for u in self.orgs]
        cues = [c for c in self.cues if not any(a <= c.start and c.end <= b and b - a > c.end - c.start for a, b in spans)]
        return sorted(
            self.titles + cues + self.persons + self.orgs + self.communities + self.events + self.dates,
            key=lambda m: (m.start, -m.end),
        )


def find_mentions(text: str, published: str | None = None, known_names: set[str] | None = None,
                  credited: set[str] | None = None) -> list[Mention]:
    """All mentions in ``text``, sorted by position."""
    return _Finder(text, published, known_names or set(), credited or set()).run()

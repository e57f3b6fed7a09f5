"""Lexicons of Chinese institutional prose, loaded once from the data files
beside this module (``nlp/data/*.txt``, ``triggers.json``).

>>> lex = get_lexicon()
>>> lex.title_at("党委副书记、副局长", 0)
5
>>> lex.surname_len("欧阳文")
2
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Lexicon", "char_class", "get_lexicon", "read_words"]

_DATA = "zhkg.nlp.data"


def read_words(name: str) -> list[str]:
    """Words of a data file: whitespace-separated, ``#`` starts a comment line."""
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    words: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words.extend(line.split())
    return words


def _read_lines(name: str) -> list[str]:
    """Whole lines of a data file (patterns may hold spaces), comments skipped."""
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _read_pairs(name: str) -> dict[str, str]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


@cache
def char_class(chars: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``chars`` (compiled once per set): its
    ``finditer`` visits only the positions a scan cares about, in C, instead
    of a Python loop over every character of a text."""
    if not chars:
        return re.compile("(?!)")  # matches nowhere ("[]" is no pattern)
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


class _Trie:
    """Longest-match lookup of a word list at a position of a string."""

    def __init__(self, words: list[str]) -> None:
        self.words = frozenset(words)
        self.max_len = max((len(w) for w in words), default=0)
        self.lengths = sorted({len(w) for w in words}, reverse=True)
        # the lengths of the words by first and by last character: most
        # positions of a text start or end no word, and are rejected at once
        self._by_first: dict[str, tuple[int, ...]] = {}
        self._by_last: dict[str, tuple[int, ...]] = {}
        for c in {w[0] for w in words}:
            self._by_first[c] = tuple(n for n in self.lengths if any(w[0] == c and len(w) == n for w in words))
        for c in {w[-1] for w in words}:
            self._by_last[c] = tuple(n for n in self.lengths if any(w[-1] == c and len(w) == n for w in words))
        # the first / last two characters of the longer words: where they do not
        # stand, only a one-character word can, and no length needs a try
        self._heads2 = frozenset(w[:2] for w in words if len(w) >= 2)
        self._tails2 = frozenset(w[-2:] for w in words if len(w) >= 2)
        #: characters that begin / end some word: a scan can skip every other position
        self.firsts = frozenset(self._by_first)
        self.lasts = frozenset(self._by_last)

    def at(self, text: str, i: int) -> int:
        """Length of the longest word starting at ``i`` (0 if none)."""
        c = text[i : i + 1]
        lengths = self._by_first.get(c)
        if lengths is None:  # most positions begin no word: no further work
            return 0
        if text[i : i + 2] not in self._heads2:
            return 1 if c in self.words else 0
        words, room = self.words, len(text) - i
        for n in lengths:
            if n <= room and text[i : i + n] in words:
                return n
        return 0

    def ending_at(self, text: str, j: int) -> int:
        """Length of the longest word ending at ``j`` (exclusive)."""
        if j <= 0:
            return 0
        c = text[j - 1]
        lengths = self._by_last.get(c)
        if lengths is None:
            return 0
        if j < 2 or text[j - 2 : j] not in self._tails2:
            return 1 if c in self.words else 0
        words = self.words
        for n in lengths:
            if n <= j and text[j - n : j] in words:
                return n
        return 0


@dataclass(frozen=True)
class Lexicon:
    titles: _Trie
    title_modifiers: tuple[str, ...]
    modifier_firsts: frozenset[str]
    org_suffixes: _Trie
    org_kind: dict[str, str]
    community_heads: _Trie
    event_heads: _Trie
    event_kind: dict[str, str]
    stopwords: _Trie
    generic_orgs: frozenset[str]
    generic_prefixes: frozenset[str]
    level_fronts: frozenset[str]  # 市 (市教育局), 市委 (市委组织部): a unit named by its level alone
    person_cues: _Trie
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    anaphora: dict[str, tuple[str, ...]]
    triggers: dict[str, tuple[str, ...]]
    name_end_triggers: _Trie  # what may follow a person's name: 致辞, 主持, 出席, 代表, 任 …
    venues: _Trie
    name_verbs: frozenset[str]
    honorifics: _Trie
    event_verbs: frozenset[str]
    member_count: tuple[re.Pattern[str], ...]
    non_post_cues: frozenset[str]  # 校友, 负责人 …: never a post at the unit before them
    not_unit_ends: tuple[str, ...]  # 交汇处, 之处, 东部 …: a name ending so is no unit
    eponym_units: frozenset[str]  # 基金, 基金会 …: take a person's name as their front
    company_tails: _Trie  # 资本, 科技 …: end a company's short name before a title
    known_orgs: _Trie  # 新京报, 半月谈 …: names with no unit word jieba splits off
    own_unit_titles: frozenset[str]  # 校长, 党委书记 …: a school's own site leaves the school out
    own_company_titles: frozenset[str]  # 董事长, 总经理 …: a company's own announcement leaves the company out
    board_titles: tuple[frozenset[str], tuple[str, ...]]  # (董事长, 总经理 …; 公司, 集团 …): posts only a company has
    site_words: tuple[str, ...]  # 新闻网, 官网 …: after a school's name in its site header
    own_refs: tuple[str, ...]  # 我校, 全校, 校领导 …: a school's report speaking of itself
    parent_ends: tuple[str, ...]  # 大学, 局 …: a whole body at the front of its unit's name
    word_surnames: frozenset[str]  # 时, 向 …: surnames that are common words, read after titles only
    short_forms: dict[str, str]  # 省政府 -> 省人民政府: a government's short form and its full name's ending
    abbreviations: dict[str, str]  # 人社局 -> 人力资源和社会保障局: words shortened inside bodies' names
    part_abbreviations: dict[str, str]  # 人大常委会 -> 人民代表大会常务委员会: only before a part (某县人大常委会某工作委员会)
    countries: tuple[str, ...]  # 德国, 芬兰 …: a foreign institution's name begins with one
    legal_tails: tuple[str, ...]  # 有限公司 …: end a company's legal name (longest first)
    count_measures: frozenset[str]  # 场, 次 …: after a number, a count of events (5场招聘会)
    school_ends: tuple[str, ...]  # 大学, 学院 …: a school's name ends so (我校 stands for one)
    facility_ends: tuple[str, ...]  # 图书馆, 信息中心 …: a facility of the unit before it
    service_centres: tuple[str, ...]  # 党群服务中心 …: a neighbourhood's centre, a place of the 社区 before it
    bound_units: frozenset[str]  # 社区: a unit word only before a post or a service centre
    anchored_units: frozenset[str]  # 分行, 支行: a unit word only after a place or a whole body's name
    standalone_units: frozenset[str]  # 工会: a unit named by its word alone on a page that names it (公司工会主席: 主席 of the 工会)
    title_forms: dict[str, str]  # 非独立董事 -> 董事: a title recorded as another post
    association_ends: tuple[str, ...]  # 协会, 学会 …: an association's name ends so
    association_titles: tuple[str, ...]  # 会长, 理事 …: posts of an association
    grant_words: tuple[str, ...]  # 项目, 资助 …: after a fund's name, a grant, not a body
    committee_words: tuple[str, ...]  # 代表, 选举 …: words of a congress's committee (代表工作委员会)
    joint_school_fronts: tuple[str, ...]  # 校企, 校友 …: 校 with another party, not the school's own word
    civil_ranks: tuple[str, ...]  # 调研员, 巡视员: a civil servant's rank at a bureau
    school_short_forms: dict[str, str]  # 职院 -> 职业技术学院|职业学院: a school's short form after its place
    own_prefixes: frozenset[str]  # 局, 厅, 院: a body's one-character name before a part of it (局办公室)

    def school_short(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(place, full endings) of a school's short form after its place
        (某州职院 -> (某州, (职业技术学院, 职业学院)); ``school_short_forms.txt``), else None."""
        ends = self.school_short_forms.get(name[-2:])
        return (name[:-2].rstrip("省市县区"), tuple(ends.split("|"))) if ends is not None else None

    def title_at(self, text: str, i: int) -> int:
        """Length of the post title starting at ``i``, modifiers included (0 if none)."""
        titles = self.titles
        if text[i : i + 1] not in self.modifier_firsts or not text.startswith(self.title_modifiers, i):
            return titles.at(text, i)  # no modifier starts here (one C-level startswith tries them all)
        n = 0
        for mod in self.title_modifiers:
            if text.startswith(mod, i):
                m = titles.at(text, i + len(mod))
                if m:
                    n = max(n, len(mod) + m)
        return max(n, titles.at(text, i))

    def surname_len(self, text: str, i: int = 0) -> int:
        """1 or 2 when a surname starts at ``i`` (compound first), else 0."""
        if text[i : i + 2] in self.compound_surnames:
            return 2
        return 1 if text[i : i + 1] in self.surnames else 0


_NAME_END_KEYS = ("speak", "say", "chair", "attend", "represent", "appoint", "remove", "unveil", "post_verbs")


def _board_titles() -> tuple[frozenset[str], tuple[str, ...]]:
    """board_titles.txt: the titles (first line), then the words that make a unit a company."""
    titles, companies = (ln.split() for ln in _read_lines("board_titles.txt"))
    return frozenset(titles), tuple(companies)


@cache
def get_lexicon() -> Lexicon:
    """The lexicon, read from the package data once per process."""
    org = _read_pairs("org_suffixes.txt")
    events = _read_pairs("event_heads.txt")
    surnames = read_words("surnames.txt")
    ana = {k: tuple(v.split(",")) for k, v in _read_pairs("anaphora.txt").items()}
    trig_raw = json.loads(resources.files(_DATA).joinpath("triggers.json").read_text("utf-8"))
    triggers = {k: tuple(v) for k, v in trig_raw.items() if not k.startswith("_")}
    return Lexicon(
        titles=_Trie(read_words("titles.txt")),
        title_modifiers=tuple(read_words("title_modifiers.txt")),
        modifier_firsts=frozenset(w[0] for w in read_words("title_modifiers.txt")),
        org_suffixes=_Trie(list(org)),
        org_kind=org,
        community_heads=_Trie(read_words("community_heads.txt")),
        event_heads=_Trie(list(events)),
        event_kind=events,
        stopwords=_Trie(read_words("stopwords.txt")),
        generic_orgs=frozenset(read_words("generic_orgs.txt")),
        generic_prefixes=frozenset(read_words("generic_prefixes.txt")),
        level_fronts=frozenset(read_words("level_fronts.txt")),
        person_cues=_Trie(read_words("person_cues.txt")),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        anaphora=ana,
        triggers=triggers,
        name_end_triggers=_Trie([w for k in _NAME_END_KEYS for w in triggers[k]]),
        venues=_Trie(read_words("venues.txt")),
        name_verbs=frozenset(read_words("name_verbs.txt")),
        honorifics=_Trie(read_words("honorifics.txt")),
        event_verbs=frozenset(read_words("event_verbs.txt")),
        member_count=tuple(re.compile(p) for p in _read_lines("member_count.txt")),
        non_post_cues=frozenset(read_words("non_post_cues.txt")),
        not_unit_ends=tuple(read_words("not_unit_ends.txt")),
        eponym_units=frozenset(read_words("eponym_units.txt")),
        company_tails=_Trie(read_words("company_tails.txt")),
        known_orgs=_Trie(read_words("known_orgs.txt")),
        own_unit_titles=frozenset(read_words("own_unit_titles.txt")),
        own_company_titles=frozenset(read_words("own_company_titles.txt")),
        board_titles=_board_titles(),
        site_words=tuple(sorted(read_words("site_words.txt"), key=len, reverse=True)),
        own_refs=tuple(read_words("own_refs.txt")),
        word_surnames=frozenset(read_words("word_surnames.txt")),
        parent_ends=tuple(sorted(read_words("parent_ends.txt"), key=len, reverse=True)),
        short_forms=_read_pairs("short_forms.txt"),
        abbreviations=_read_pairs("abbreviations.txt"),
        part_abbreviations=_read_pairs("part_abbreviations.txt"),
        countries=tuple(read_words("countries.txt")),
        legal_tails=tuple(sorted(read_words("legal_tails.txt"), key=len, reverse=True)),
        count_measures=frozenset(read_words("count_measures.txt")),
        school_ends=tuple(read_words("school_ends.txt")),
        facility_ends=tuple(read_words("facility_ends.txt")),
        service_centres=tuple(read_words("service_centres.txt")),
        bound_units=frozenset(read_words("bound_units.txt")),
        anchored_units=frozenset(read_words("anchored_units.txt")),
        standalone_units=frozenset(read_words("standalone_units.txt")),
        title_forms=_read_pairs("title_forms.txt"),
        association_ends=tuple(read_words("association_ends.txt")),
        association_titles=tuple(read_words("association_titles.txt")),
        grant_words=tuple(read_words("grant_words.txt")),
        committee_words=tuple(sorted(read_words("committee_words.txt"), key=len, reverse=True)),
        joint_school_fronts=tuple(read_words("joint_school_fronts.txt")),
        civil_ranks=tuple(read_words("civil_ranks.txt")),
        school_short_forms=_read_pairs("school_short_forms.txt"),
        own_prefixes=frozenset(read_words("own_prefixes.txt")),
    )

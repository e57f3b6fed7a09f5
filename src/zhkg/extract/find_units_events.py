"""Unit, community and event names: a name ends in its unit word or head word
and reaches back to the previous boundary (punctuation, a function word, a
verb, a title or a name), then is checked against what names no unit
(generic words, counted bodies, book titles)."""

from __future__ import annotations

import bisect
import re

from ..nlp.lexicon import Lexicon, char_class
from ..nlp.segment import pos_tag, tokens, word_freq
from .lexical import (
    _COMMUNITY_INNER,
    _EVENT_INNER,
    _FACILITY,
    _LEADING_FUNCTION,
    _ORG_INNER,
    _STOP_TAGS,
    _STRIP_TAGS,
    ALIAS_DECL,
    PUNCT,
    Mention,
    _clean,
    alternation,
    is_cjk,
    lex_cached,
    lex_pattern,
    occurrences,
    unit_word_len,
)

__all__ = ["SpanRules"]

# jieba tags of a single character that can be the whole front of a unit name (a place, an abbreviation)
_ONE_CHAR_NAME = {"ns", "nr", "nz", "nt", "j"}

_STREET_NUMBER = re.compile(r"[0-9０-９]+(?:-[0-9]+)?号(?:楼|院)?")  # 某某广场1号, 18号楼: a street address
_TIMES_ORDINAL = re.compile(r"第[0-9０-９一二三四五六七八九十百]+次")  # 第十四次: the how-many-th time
# a document number after an issuer's code: 〔2025〕7号, [2024]12号
_DOC_NUMBER = re.compile(r"[发任函字办通]{0,2}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d+\s*号")

_YEAR_INSIDE = re.compile(r"(?:19|20)\d\d年")  # a year in a name: an occasion's or a batch's, never a unit's
_ALIAS_BEFORE = re.compile(r"[（(]\s*(?:以下|下文)?简称[^）)]{1,14}[）)]")


# dashes that join two units' names into one joint name (甲大学—乙大学联合研究院)
_JOIN_DASHES = set("—–-－")
_ORG_INNER_DASHES = _ORG_INNER | _JOIN_DASHES  # what may stand inside an organisation's name


def _inner_paren(t: str, k: int, place_only: bool = False) -> int | None:
    """Where the bracket closed at ``k - 1`` opens, when it holds a short
    qualifier of a name (（扩大）, （筹）; with ``place_only`` a place, as in
    某某（中国）有限公司) and no alias declaration or post."""
    o = max(t.rfind("（", max(0, k - 8), k - 1), t.rfind("(", max(0, k - 8), k - 1))
    inside = t[o + 1 : k - 1] if o >= 0 else ""
    if not 1 <= len(inside) <= 4 or not all(is_cjk(c) for c in inside) or "简称" in inside:
        return None
    if place_only and not (inside == "中国" or inside[-1] in "省市" or len(inside) >= 2 and inside[-1] in "州县区" or pos_tag(inside) == "ns"
                           or len(inside) >= 2 and any(inside + c in t for c in "省市")):  # (某某（盐江）…公司 on a page naming 盐江省)
        return None
    return o


# patterns of _valid_unit, compiled once
_COUNT_OF_BODIES = re.compile(r"\d+\s*[个家所批项]|首批|第[一二三四五六七八九十\d]+批|首个|多个|若干|一批|一个|[两二三四五六七八九十]+[个大家所]")
_JOINERS = re.compile(r"[和与及、]")
_UNVEILED_AFTER = re.compile(r"[”\"」』]?\s*(?:正式)?(?:揭牌|授牌|挂牌)")  # 为某某实训基地揭牌
_NOT_A_NAME_START = frozenset(("v", "vn", "vd", "d", "p", "r", "m", "q", "mq", "c", "u", "ad"))
_FIRST_ORDINALS = ("首届", "首期")  # an occasion's first (首届智能制造论坛): part of its name
_AFTER_OCCASION = frozenset("上中后前里时间内外期")  # 研讨会上, 大会期间: when and where, after an occasion
_SESSION_IN_NAME = re.compile(r"届[一二三四五六七八九十\d]+次")
_EACH_PLACE_UNITS = frozenset("省市县区镇乡村校院地")  # 各镇, 各校: every one of them
_TERM_IN_NAME = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=[\u4e00-\u9fff])")
_TERM_OF_BODY = re.compile(r"(?:第?[一二三四五六七八九十百\d]+|新一|首|本|上|下|历)届(?:[一二三四五六七八九十\d]+次)?")

# a session of a board, not the board: 某共同体2025年理事会, 某集团三届五次理事会
_SESSION_OF_BOARD = re.compile(r"(?:\d{4}年度?|[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次)$")
_DIVISIONS = re.compile(r"(?:[\u4e00-\u9fff]{1,4}组[、和及与]?)+")  # 高职组、中职组 (before 决赛)
_DAY_FRONT = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")  # a full day before an occasion's name
_PARTY_OF_PEOPLE = re.compile(r"一行(?!政)|(?<![第\d一二三四五六七八九十])[\d一二三四五六七八九十两几]+[人名位](?!民)")  # 一行10人, not 第二人民医院
_FLOOR = re.compile(r"[一二三四五六七八九十\d]{1,3}[楼层]|[东西南北]楼|")  # 一楼, 三层 (or nothing)
_COUNT_INSIDE = re.compile(r"(?<![第\d０-９一二三四五六七八九十])[一二三四五六七八九十两几\d]+个")  # 分设三个分论坛
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]")  # 一、 （二） 3.

# a prize after an occasion's name (…大赛数控车项目一等奖, …竞赛金奖获得者)
_AWARD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:[一二三特]等奖|金奖|银奖|铜奖|冠军|亚军|季军)")
# a word that starts with one is a time or a count (上个月, 这一周, 每个月, 三个月), no occasion
_NUMERALS_AND_DEICTICS = frozenset("一二三四五六七八九十两几数多本上下这那每同当次前后星整")
# words before a part of a school that stand for the school itself
_SCHOOL_FRONTS = frozenset(("学校", "学院", "我校", "该校", "本校", "我院", "该院", "本院"))



def _verbs_before_head(lex: Lexicon) -> tuple[str, ...]:
    """The two-character verbs of attending or holding (列席, 召开, 主持)."""
    return lex_cached(lex, "verbs_before_head", lambda x: tuple(
        w for w in x.triggers["attend"] + x.triggers["held"] + ("主持",) if len(w) == 2))


def _subsidiary(lex: Lexicon) -> re.Pattern[str]:
    """Words between a body and a unit it owns (全资子公司, 所属; triggers.json subsidiary)."""
    return lex_pattern(lex, "subsidiary", lambda x: alternation(x.triggers["subsidiary"]))


def _held_verbs(lex: Lexicon) -> tuple[str, ...]:
    """The two-character verbs of holding an occasion (举行, 召开 …)."""
    return lex_cached(lex, "held_verbs", lambda x: tuple(w for w in x.triggers["held"] if len(w) == 2))


def _held_after(lex: Lexicon) -> re.Pattern[str]:
    """What follows an event held at a venue: 在某学院举行, 于某中心隆重开幕."""
    return lex_pattern(lex, "held_after", lambda x: (
        rf"(?:在|于)[^，,。；;！？!?\n]{{2,40}}?(?:隆重)?(?:{alternation(x.triggers['held'])})"))


# a count right before a unit word (三个研究所, 两所学校): units counted, none named
_COUNT = r"[\d一二两三四五六七八九十]+[个所家]"
_COUNT_BEFORE = re.compile(r"[\d一二两三四五六七八九十]+(?:余|多)?[个所家]$")  # (12所|初高中学校)
_LEVELS = ("市级", "省级", "国家级", "校级", "区级", "县级")  # 省级优质技师学院: a kind of school by its level
_ONE_EACH = re.compile(r"[一每][\u4e00-\u9fff]{1,2}一[\u4e00-\u9fff]{2,}$")  # 一区一联合体, 一县一职教集团
_COUNTED_UNITS = re.compile(_COUNT + "$|" + _COUNT + r"(?=[\u4e00-\u9fff]{1,4}$)")


def _glued_after_unit(lex: Lexicon) -> tuple[str, ...]:
    return lex_cached(lex, "glued_after_unit", lambda x: tuple(x.triggers["glued_after_unit"]))


def _after_verb_complements(lex: Lexicon, t: str, i: int, end: int) -> int:
    """Where the words from ``i`` continue after one-character verbs with their
    complements (建好用好, 用足; ``triggers.json`` verb_complements), leaving at
    least two characters before ``end``; ``i`` when none stands there."""
    comps = lex.triggers["verb_complements"]
    while end - i >= 4 and t[i + 1] in comps and pos_tag(t[i]) in ("v", "vn", "p"):
        i += 2  # (建好用好: two verbs with their complements)
    return i


_FROM_DATE = re.compile(r"[\d０-９一二三四五六七八九十]+[年月日号](?=起)")  # (never inside a unit's name)


def _not_inside(lex: Lexicon) -> re.Pattern[str]:
    """Words never inside a unit's name (所在地, 情况和: ``triggers.json`` not_inside_units)."""
    return lex_pattern(lex, "not_inside_units", lambda x: alternation(x.triggers["not_inside_units"]))


def _unit_object_verbs(lex: Lexicon) -> re.Pattern[str]:
    """Verbs that take a unit as their object, never inside its name (关心, 搬进:
    ``triggers.json`` unit_object_verbs)."""
    return lex_pattern(lex, "unit_object_verbs", lambda x: alternation(x.triggers["unit_object_verbs"]))


def _front_verbs(lex: Lexicon) -> tuple[str, ...]:
    """Verbs a unit's name never starts with: the two-character verbs of taking
    a post (``triggers.json`` appoint: 挂任, 担任 …) and ``not_unit_fronts`` (驻,
    stationed at)."""
    return lex_cached(lex, "front_verbs", lambda x: (*(w for w in x.triggers["appoint"] if len(w) >= 2),
                                                     *x.triggers["not_unit_fronts"]))


def _bracketed_generic(lex: Lexicon) -> tuple[str, ...]:
    """Levels written with their alternatives in brackets (各县（市、区）, ``generic_prefixes.txt``):
    a unit's name after one is a kind of unit, though the bracket ends the name's span."""
    return lex_cached(lex, "bracketed_generic", lambda x: tuple(w for w in x.generic_prefixes if w.endswith(("）", ")"))))


def _habitual_join(lex: Lexicon) -> tuple[str, ...]:
    """Advice or habit before an occasion's kind (多参加学科竞赛, 积极参与志愿服务活动):
    ``triggers.json`` habitual_join."""
    return lex_cached(lex, "habitual_join", lambda x: tuple(x.triggers["habitual_join"]))


def _kind_of_events(lex: Lexicon) -> re.Pattern[str]:
    """A level or kind before an event's head word (省级以上技能竞赛, 各类招聘会):
    a kind of events, not one (``triggers.json`` event_levels)."""
    return lex_pattern(lex, "event_levels", lambda x: rf"(?:{alternation(x.triggers['event_levels'])})|[^，,。]{{0,6}}以上")


_ROLE_ENDS = ("公司", "单位", "企业")  # 子公司某某, 理事长单位某某, 合作企业某某


def _role_firsts(lex: Lexicon) -> frozenset[str]:
    """First characters of the generic words for what a unit is before its
    name (子公司, 理事长单位)."""
    return lex_cached(lex, "role_firsts", lambda x: frozenset(w[0] for w in x.generic_orgs if w.endswith(_ROLE_ENDS)))


def _generic_front(lex: Lexicon, front: str) -> bool:
    """Whether ``front`` begins with a generic unit word (集团, 公司, 子公司)."""
    return any(front.startswith(w) for w in (front[:2], front[:3]) if w in lex.generic_orgs)


_UNITS_HAVE = ("单位", "企业", "院校", "学校", "机构")  # 成员单位有|某某学院、…: the units that are, listed
_LIST_GOES_ON = re.compile(r"[^，,。；;、\s]{1,8}[、等]")  # (the unit word, then 、 or 等)
_EACH_LEVEL = re.compile(r"各[省市区县]{1,2}(?:[（(][省市区县、]{1,6}[）)])?、$")  # 各区、|县人民政府, 各市（州）、|县…


def _generic_after_prefix(lex: Lexicon) -> re.Pattern[str]:
    """A generic word and a kind of unit ending a name (高水平大学), found in one C-level search."""
    return lex_pattern(lex, "generic_after_prefix", lambda x: "(?:" + alternation(x.generic_prefixes) + ")(?:"
                       + alternation(x.generic_orgs) + ")$")


def _generic_words_only(front: str, words: frozenset[str]) -> bool:
    """Whether ``front`` is a verb and generic words after it (建设|高水平|研究型,
    建设|国内|一流|应用型): the kind of unit a plan aims at, not a name."""
    if len(front) < 4 or pos_tag(front[:2]) not in ("v", "vn"):
        return False  # (地方|合作|处 is a named office: generic words alone may name one)
    reached = {2}  # where a run of generic words after the verb may end
    for i in range(2, len(front)):
        if i in reached:
            reached.update(i + n for n in range(1, min(5, len(front) - i) + 1) if front[i : i + n] in words)
    # (建设|高水平|工业|大学: after the generic words, one field of study is still a kind)
    return len(front) in reached or len(front) - 2 in reached - {2} and pos_tag(front[-2:]) == "n"


def _takes_post(lex: Lexicon) -> tuple[str, ...]:
    """Verbs of taking a post (``triggers.json`` appoint, and 兼): the unit after
    them is named with the post (兼任某某发展中心主任)."""
    return lex_cached(lex, "takes_post", lambda x: (*x.triggers["appoint"], "兼"))


def _organize_verbs(lex: Lexicon) -> tuple[str, ...]:
    return lex_cached(lex, "organize_verbs", lambda x: tuple(x.triggers["organize"]))


class SpanRules:
    """Rules of :class:`~zhkg.extract.mentions._Finder` (mixed in)."""

    # -------------------------------------------------------------- units
    def _extend_left(
        self, j: int, limit: int, inner: set[str], stops: set[int], allowed: frozenset[str] | None = None,
        quoted: bool = False, parens: str = "", verbs_ok: bool = False,
    ) -> int:
        """Start of a name that ends at ``j`` and reaches back to a boundary:
        punctuation, a function word, a title or name, or a verb (a word
        jieba tags as one that is not known to occur inside unit names).
        With ``parens`` ("any" or "place"), a short qualifier in brackets stays
        inside the name (第七次全体（扩大）会议, 某某（中国）有限公司); a space
        between Latin letters always does."""
        t, k = self.t, j
        tok_start, tok_end = self.tok_start, self.tok_end
        in_names = self.lex.name_verbs if allowed is None else allowed
        quote_inner = "“" in inner
        bracketed = False
        while k > 0 and j - k < limit:
            ch = t[k - 1]
            if parens and ch in "）)" and (o := _inner_paren(t, k, parens == "place")) is not None:
                k, bracketed = o, True
                continue
            if ch == " " and k >= 2 and t[k - 2].isascii() and t[k - 2].isalpha() and t[k : k + 1].isascii() and t[k : k + 1].isalpha():
                k -= 1
                continue
            if ch == "经" and tok_start.get(k) == k - 1 and self._place_score(k) == 2:
                break  # 大会经某省人民政府同意: 经 (with the consent of) before a place's body begins no name
            if ch in ".．" and k >= 2 and t[k - 2].isdigit() and t[k : k + 1].isdigit():
                k -= 1  # 平台3.0发布会, 工业4.0研究院: a version number's point is inside the name
                continue
            if ch in "”」』" and quote_inner:
                quoted = True
                k -= 1
                continue
            if quoted:
                if ch in "“「『":
                    quoted = False
                elif ch in "。；;，,！？!?\n":
                    break  # an opening quote was dropped: the name starts here
                k -= 1
                continue
            if k in stops and not bracketed:
                break
            bracketed = False
            s0 = tok_start.get(k)
            if s0 is not None and k - s0 >= 2 and not verbs_ok:
                w = t[s0:k]
                if pos_tag(w) in _STOP_TAGS and w not in in_names and t[s0 : tok_end.get(k, k)] not in in_names:
                    break  # (贯通|培养: a verb allowed with the word after it)
            if ch in PUNCT and ch not in inner:
                break
            if not (is_cjk(ch) or ch.isalnum() or ch in inner):
                break
            k -= 1
        # strip leading function characters and inner punctuation
        while k < j and (t[k] in "的之" or (t[k] in inner and t[k] not in "“《（(")):
            k += 1
        if t[k : k + 1] == "“" and "”" not in t[k:j]:
            k += 1  # “恒越…学院”: the closing quote comes after the unit word
        return k

    def _trim_tokens(self, k: int, limit: int) -> int:
        """Skip leading words that cannot begin a name (verbs, adverbs …)."""
        t = self.t
        if "”" in t[k:limit]:
            return k  # a quoted title (“最美湖州”…): its words are the name's
        while k < limit:
            e = self.tok_end.get(k)
            if e is None or e > limit:
                break
            if e - k == 1:
                if t[k] not in _LEADING_FUNCTION and not (t[k] == "有" and self._you_lists(k, limit)):
                    break  # 高|瓴…: a single character may begin a name (企业中，有|某州…公司: 有 before a list does not)
            elif t[k:e] in _UNITS_HAVE and t[e : e + 1] == "有" and self.tok_end.get(e) == e + 1 and self._you_lists(e, limit):
                k = e + 1  # 成员单位有|某某职业技术学院、…: the units are listed after 有
                continue
            elif pos_tag(t[k:e]) not in _STRIP_TAGS or t[k:e] in self.lex.name_verbs:
                break
            elif pos_tag(t[k:e]) == "a" and (e2 := self.tok_end.get(e)) is not None and e2 <= limit and pos_tag(t[e:e2]) in ("n", "vn", "v", "nz") \
                    and self.lex.org_suffixes.ending_at(t, limit):
                break  # 共建的精密制造产业学院: an adjective before a field's noun in a unit's name
            k = e
        return k

    def _you_lists(self, k: int, limit: int) -> bool:
        """Whether 有 at ``k`` opens a list of units rather than a name (参会企业中，有|某州…公司、…等;
        新吸纳的成员单位有|某某职业技术学院、…): before a place, or after a clause's
        start or a word of units, with the list going on after the unit word at ``limit``."""
        t = self.t
        if self._place_score(k + 1):
            return True
        after = t[k - 1 : k] in "，,：:" or t[k - 2 : k] in _UNITS_HAVE
        return after and (t[k + 2 : k + 3] == "州" or _LIST_GOES_ON.match(t, limit) is not None)

    def _unit_ends(self) -> list[tuple[int, str, int]]:
        """``(end, kind, length of the unit word)`` of every unit word of the
        text, in order: what does not depend on the stops, found once for both
        passes of :meth:`_unit_candidates` (memoised)."""
        if self._unit_ends_memo is not None:
            return self._unit_ends_memo
        t, lex, out = self.t, self.lex, []
        lasts = lex.community_heads.lasts | lex.org_suffixes.lasts
        wb = self.wb
        for hit in char_class(lasts).finditer(t):  # only ends of unit words
            j = hit.end()
            if j not in wb and not ((L0 := lex.org_suffixes.ending_at(t, j)) >= 3 and lex.title_at(t, j)
                                    or L0 >= 2 and lex.title_at(t, j) and t[j - L0 : j] in lex.standalone_units):
                continue  # (but 机关党委|副书记, 某镇党委|书记, 公司工会|主席: the segmenter's word 党委副书记 hides a unit word)
            ch = lex.community_heads.ending_at(t, j)
            kind = "community" if ch else "org"
            L = ch or unit_word_len(lex, t, j)  # (工程与技术学院: a college, see unit_word_len)
            if not L:
                continue
            if t[j - L : j] in lex.bound_units and not (lex.title_at(t, j) or t.startswith(lex.service_centres, j)):
                continue  # 社区 before 党委书记 or 党群服务中心 ends a unit, 社区 in 社区教育学院 or 和谐社区 does not
            if (v := lex.venues.ending_at(t, j)) > L and not (
                    (s1 := self.tok_start.get(j)) is not None and s1 < j - v and t[s1 : j - L] in lex.name_verbs) \
                    or lex.venues.at(t, j - L) > L:  # (but 理科 in 管理科: a department of 管理)
                continue  # (图书馆 in 图书馆报告厅: a room's name, the unit is before it)
            if t.endswith(lex.facility_ends, 0, j) and (fl := _FLOOR.match(t, j)) and (v := lex.venues.at(t, fl.end())) \
                    and t.startswith(_held_verbs(lex), fl.end() + v):
                continue  # 在某学院图书馆一楼报告厅举行: the building of the room an event is held in, not a unit
            if L == 1 and (j - L) not in self.wb and j - self.tok_start.get(j, j) < 3 and t[j - 2] not in "一二三四五六七八九十":
                continue  # 科 in 华科, 系 in 体系: not a unit word
            if L == 1 and (s1 := self.tok_start.get(j - 1)) is not None and j - 1 - s1 == 1 \
                    and pos_tag(t[s1 : j - 1]) in ("p", "c", "uj", "ul"):
                continue  # 比例比|社招: after a preposition or particle, a one-character unit word ends no unit
            nxt = t[j : j + 1]
            if kind == "org" and nxt and lex.org_suffixes.at(t, j) and t[j - 1 : j + 1] in lex.org_suffixes.words:
                continue
            if L == 1 and t[j - 1] == "系" and self._place_score(j):
                continue  # 某某系|某市教育局…科长: 系 (is) before a place ends no department
            if L == 1 and is_cjk(nxt or "。") and word_freq(t[j - 1 : j + 1]) > 0 and not lex.title_at(t, j - 1) and not lex.title_at(t, j):
                continue  # 智能网|联汽车: a one-character unit word that makes a word with what follows
            out.append((j, kind, L))
        self._unit_ends_memo = out
        return out

    def _unit_candidates(self, stops: set[int]) -> list[Mention]:
        t, lex, out = self.t, self.lex, []
        inside = _not_inside(lex)
        for j, kind, L in self._unit_ends():
            inner = _COMMUNITY_INNER if kind == "community" else _ORG_INNER_DASHES
            k = self._extend_left(j - L, 30, inner, stops, parens="place" if kind == "org" else "")
            k = self._trim_tokens(k, j - L)
            if kind == "org" and (k2 := self._in_charge_item(j - L)) is not None and k2 < k:
                k = k2  # 分管纪委办公室、巡察工作办公室: the whole item of the list is the section's name
            if (e := self.tok_end.get(k)) and e - k >= 3 and e < j - L and pos_tag(t[e - 2 : e]) in ("v", "vn") and self._place_score(e):
                k = e  # 专题研究|某某县职业中专: a word that ends in a verb, then the unit's place
            k = self._verb_front(k, j - L, inner, stops)
            k = self._after_object_verb(k, j - L)
            k = self._coordinated_front(k, inner, stops)
            if kind == "org" and "公司" in t[k:j]:
                k = self._company_front(k, j - L, inner, stops)
            k = self._alias_inside(k, j, inner, stops)
            k = self._party_before_conjunction(k, j - L)
            v = _after_verb_complements(lex, t, k, j - L) if t[k + 1 : k + 2] in lex.triggers["verb_complements"] else k
            if v > k and self._starts_place(v):
                k = v  # 建好用好某市某某联合体: verbs with their complements, then the body by its place
            elif t[k : k + 1] in lex.triggers["verb_complements"] and k > 0 and pos_tag(t[k - 1]) in ("v", "vn") \
                    and not word_freq(t[k : k + 2]) and j - L - k >= 4:
                k += 1  # 做实某州某某共同体: the verb's complement left at the front, then the body by its place
            if (c := t.find("系", k, j - L)) >= 0 and (self._place_score(c + 1) or j - c - 1 >= 6 and (
                    t.count(t[c + 1 : j]) > t.count(t[c:j]) or any(p.end == c for p in self.persons))):
                k = c + 1  # 某某系|某市教育局发展规划科科长: the unit begins after 系 (is) (or the rest is named without it)
            object_verb = False
            for ov in _unit_object_verbs(lex).finditer(t, k, j - L):
                k, object_verb = ov.end(), True  # 关心和支持学校, 把车间搬进学校: a verb that takes the unit as its object, then the unit
            if (d := _FROM_DATE.search(t, k, j - L)) is not None:
                k = d.end() + (t[d.end() + 1 : d.end() + 2] != "任")  # 自2026年3月起任某公司总经理, 2025年8月起|挂任…: a date from which a post is held, then the unit
            if inside.search(t, k, j - L):
                last = None
                for last in inside.finditer(t, k, j - L):
                    pass  # (the last such word before the unit word)
                if last is not None and j - L - last.end() >= 2:
                    k = last.end()  # 在秘书处所在地某大学某学院召开: the place named after the word for it
            if t.startswith(fv := _front_verbs(lex), k) and (w := next(w for w in fv if t.startswith(w, k))) \
                    and j - L - k - len(w) >= (1 if w in lex.triggers["appoint"] else 0):  # (one C-level test first)
                k += len(w)  # 挂任某县教育局副局长, 驻市教育局纪检监察组: a verb, then the unit
            elif t[k - 1 : k + 1] == "的有" and j - L - k >= 3:
                k += 1  # 出席仪式的有某市某局…: a list of those present begins after 的有
            elif (t[k : k + 1] in lex.triggers["appoint"] or t[k : k + 1] in lex.triggers["copulas"]) and j - L - k >= 3 \
                    and any(p.end == k for p in self.persons):
                k += 1  # 张三任某县教育局副局长 (三任 a word), 聘任某某为某学院副院长: after a name, the verb, then the unit
            o = t.rfind("“", max(0, j - 24), j) if t[j : j + 1] == "”" else -1
            if 0 <= o < k and j - o - 1 > L and not object_verb and not any(c in PUNCT and c not in _JOIN_DASHES and c != "·" for c in t[o + 1 : j]):
                k = o + 1  # 为“某某工匠学院”揭牌: the whole quoted title is the unit's name
            if k == j - L and L >= 2 and lex.org_kind.get(t[j - L : j]) == "unit" or (
                    (u0 := lex.org_suffixes.at(t, k)) >= 2 and k + u0 < j and lex.org_kind.get(t[k : k + u0]) == "unit"):
                title = next((m for m in self.titles if m.end == k), None)  # (校长办公室综合科: its section too)
                if title is not None and title.start == self.tok_start.get(k, title.start) and t[title.start : k] in lex.own_unit_titles:
                    k = title.start  # 校长办公室, 院长办公室: the office named after its head
            k = self._after_event_head(k, j - L)
            if t[k : k + 1] == "原" and j - k - 1 > L and lex.title_at(t, j):
                k += 1  # 原某某大学副校长: a former post, the unit is named after 原
            if t.startswith("中共", k) and t.startswith("党组", j) and t[j - 1] in "局厅" and j - k - 2 >= 4:
                k += 2  # 中共某市教育局党组 (a notice's signature): the bureau itself
            # 集团全资子公司某某有限公司: the group's word, then what it is
            k0 = k + 2 if t[k : k + 2] in lex.triggers["company_fronts"] and t[k + 2 : k + 3] in _role_firsts(lex) else k
            if k0 == k and (ch := lex.community_heads.at(t, k)) and t[k + ch : k + ch + 1] in _role_firsts(lex):
                k0 = k + ch  # 联盟秘书长单位某某学院: the community's word, then the role, then the name
            lead = next((w for w in (t[k0 : k0 + n] for n in range(9, 2, -1))
                         if w.endswith(_ROLE_ENDS) and w in lex.generic_orgs), "") if t[k0 : k0 + 1] in _role_firsts(lex) else ""
            if not lead and t[k0 : k0 + 2] in lex.generic_orgs and t.endswith(_ROLE_ENDS, 0, k0 + 2) \
                    and (self._starts_place(k0 + 2) or t.endswith(lex.legal_tails, 0, j)):
                lead = t[k0 : k0 + 2]  # (协办)企业某某物流集团有限公司: the word for what it is, then a company's legal name
            if lead and j - k0 - len(lead) - L >= 2:
                k = k0 + len(lead)  # 子公司某某有限公司, 理事长单位某某学院: what it is, before its name
            sub = None
            for sub in _subsidiary(lex).finditer(t, k, j - L):
                pass  # (the last: the unit's own name follows it)
            if sub and sub.start() > k and j - sub.end() - L >= 2:
                k = sub.end()  # 某集团全资子公司某某有限公司: the subsidiary's own name (linked in units.py)
            if t[k : k + 1] in "和与及同" and k in stops and j - L - k >= 3:
                k += 1  # 梁正平|和某某职业技术学院院长: the name before 和 ends where the unit's begins
            dd = t.rfind("——", k, j - L) if self.has_dash else -1
            if dd >= 0:
                k = self._trim_tokens(dd + 2, j - L)  # 同频共振——访市教育局: a double dash is punctuation, a name starts after it
            quoted_whole = t[k - 1 : k] == "“" and t[j : j + 1] == "”"  # (“甲公司—乙学院党建共建基地”: one name)
            dash = t.rfind("—", k, j - L) if self.has_dash and not quoted_whole else -1
            if dash > k + 2 and lex.org_suffixes.ending_at(t, dash) and j - dash - 1 - L >= 2 and "联合" not in t[dash:j] \
                    and lex.org_kind.get(t[j - L : j]) == "institution" and not t.endswith(("研究院", "实验室", "中心"), 0, j):
                k = dash + 1  # 某大学—某市人民政府全面战略合作…: two parties joined by a dash, the second named here
            u = t.rfind("联合", k, j - L)
            if u > k:  # 某某有限公司轻量化材料联合研发中心: a joint centre's name starts after the company's legal name
                tail_end = max((t.rfind(lt, k, u) + len(lt) for lt in lex.legal_tails if t.rfind(lt, k, u) >= 0), default=-1)
                if tail_end > k and u - tail_end >= 2:
                    k = tail_end
            if "号" in t[k : j - L] and _STREET_NUMBER.search(t, k, j - L) is not None:
                k = max(x.end() for x in _STREET_NUMBER.finditer(t, k, j - L))  # 某路1号市委组织部: the address ends before the unit
            while t[k] in _JOIN_DASHES and j - k > L:
                k += 1  # (甲公司—乙学院…: no unit's name starts with the dash)
            name = t[k:j]
            listed = j - k == L and L >= 3 and lex.org_kind.get(t[k:j]) == "unit" and t[k:j] not in lex.triggers["term_bodies"] and (
                t[k - 1 : k] in ("、", "，", ",", "\u3000", " ") and (t[k - 1 : k] not in ("\u3000", " ") or lex.title_at(t, j) > 0)
                and not (t[k - 1 : k] in ("、", "，", ",") and self._nobody_after_post(j))  # (、教研室主任参加会议: every section's head)
                or t[k - 1 : k] in ("为", "任") and (L >= 4 or t[j - 1] == "科" or t[k:j] == "办公室") and lex.title_at(t, j) > 0  # 任命某某为研究生院副院长, 拟任研究生院常务副院长, 聘任某某为急诊科主任, 甲任办公室主任
                or t[k - 1 : k] in ("\n", "。", "；", "") and L >= 4 and lex.title_at(t, j) > 0  # 。研究生院副院长某某: at a sentence's start
                or t[k - 1 : k] == "由" and (t[j : j + 1] == "、" or t.startswith(_organize_verbs(lex), j))  # 由招生就业处、团委承办
                or (L >= 5 and lex.title_at(t, j) > 0))  # 、市场部, 某公司　质量部部长 (a roster line's field), 招生就业处处长某某
            listed = listed or j - k == L and t[k:j] in lex.facility_ends and lex.title_at(t, j) > 0 and (
                k == 0 or t[k - 1] in PUNCT or t[k - 1] in "为任"
                or t[k - 1] == "的" and t.rfind("免去", max(0, k - 12), k) >= 0)  # 聘任某某为图书馆馆长, 免去某某的图书馆馆长职务
            if j - k == L and t[k:j] in lex.short_forms and lex.title_at(t, j):
                listed = True  # 县委副书记: a short form of the body the article names in full
            alone = j - k == L and t[k:j] in lex.standalone_units and lex.title_at(t, j) and t[k - 1 : k] != "、" \
                and self._named_alone(t[k:j])
            listed = listed or alone  # 工会副主席某某 where the page names the 工会 itself (与工会联合主办, 来源：学院工会)
            if not listed and j - k == L and (L >= 3 or L == 2 and t[j : j + 1] in "、，。；,;\n等") \
                    and (lex.org_kind.get(t[k:j]) == "unit" or t[k:j] in lex.facility_ends) \
                    and self._in_charge_list(k):
                listed = True  # 分管办公室、人事科, 分管教务处、图书馆: the sections a leader is in charge of
            if (j - k <= L and not listed) or self.in_book[k]:
                continue  # too short (but 、市场部经理某某: a department named alone in a run), or inside a book title
            own_of = ""
            if k >= 1 and t[k - 1] in "我本该" and t[k - 1 : k + 1] in _SCHOOL_FRONTS and j - k - 1 > L:
                k -= 1  # 我院校企合作处: jieba's 院校 cut the reference 我院 in two
                name = t[k:j]
            if name[:2] in _SCHOOL_FRONTS or name[:2] == "医院" and lex.title_at(t, j):
                # (all two characters: at most one matches; 医院心血管内科主任某某: the hospital's)
                rest = name[2:]
                if (len(rest) - L >= 2 or len(rest) == L >= 3 and (lex.org_kind.get(rest) == "unit" or rest in lex.facility_ends
                                                                      and lex.title_at(t, j))) and rest not in lex.generic_orgs:
                    k += 2  # 学校国际交流处, 学校招生就业处, 学校图书馆副馆长: the school's 国际交流处
                    name = rest
            elif name[:1] in lex.own_prefixes and len(name) - 1 - L >= 2 \
                    and (name[0] in "厅局委" or tokens(name)[0] == (0, 1)):  # (院士工作站: no 院 of its own)
                own_of = ("该" if t[k - 1 : k] == "该" else "本") + name[0]  # 厅职业能力建设处, 现任局就业促进科副科长 (own_prefixes.txt): a part of the bureau the page
                # is about (see units.py); 该厅职业能力建设处: of the bureau named before
                k += 1
                name = name[1:]
            elif (front := next((f for f in lex.triggers["company_fronts"] if name.startswith(f)), "")) \
                    and (not name.endswith(("公司", "集团")) or name.endswith("分公司")) and (
                    len(name) - len(front) - L >= 2 or len(name) - len(front) == L >= 3 and lex.org_kind.get(name[len(front):]) == "unit"
                    and name.endswith(("部", "中心"))
                    or name[len(front):] in lex.standalone_units and lex.title_at(t, j)):  # 集团人力资源部, 管委会人才服务中心: a body's department
                own_of = "该" + front  # 公司工业互联网事业部: the company's 事业部 (该公司)
                k += len(front)
                name = name[len(front):]
            info = {"suffix": t[j - L : j]}
            if t[k - 2 : k] in ("该校", "我校", "本校", "该院", "我院", "本院", "学校", "学院", "医院", "该局", "该厅"):
                info["own_of"] = t[k - 2 : k]  # 该校国际合作办公室: a part of the school 该校 stands for
            elif own_of:
                info["own_of"] = own_of

            if t[k - 1 : k] == "“" and t[j : j + 1] == "”":
                info["quoted"] = True
            if alone:
                info["alone"] = True
            clean = _clean(name)
            cppcc = clean.startswith("政协") and clean.endswith("委员会") and len(clean) >= 7  # 政协某县第十一届委员会
            if (tm := _TERM_IN_NAME.search(clean)) and tm.start() >= 1 and (clean.endswith(tuple(lex.triggers["term_congresses"])) or cppcc):
                clean = clean[: tm.start()] + clean[tm.end() :]  # 某县十八届人大常委会: the standing committee, of its 18th term
            if cppcc and not clean.startswith("政协委员会"):
                clean = "中国人民政治协商会议" + clean[2:]  # (政协某县委员会: the conference's committee, by its full name)
            out.append(Mention(kind, k, j, name, clean, info))
        return out

    def _nobody_after_post(self, j: int) -> bool:
        """Whether a post right after ``j`` is followed by no name but a verb
        or punctuation (各系教学副主任、教研室主任参加会议): a role of many."""
        t, n = self.t, self.lex.title_at(self.t, j)
        if not n:
            return False
        k = j + n
        while t[k : k + 1] in (" ", "\u3000", "\t"):
            k += 1  # (、 生产部经理 甘某: a crawled page's spaces before the name)
        return k == j + n and t[k : k + 1] in PUNCT and t[k : k + 1] != "\n" or self._trigger_at(k)

    def _named_alone(self, word: str) -> bool:
        """Whether the text names the unit ``word`` (工会) somewhere without a
        post after it (与工会联合主办, 来源：学院工会) or after its body's word
        (学院工会主席): then 工会主席 there is the post of that unit, not a
        compound post of the body (memoised)."""
        memo = self.__dict__.setdefault("_named_alone_memo", {})
        if word not in memo:
            t, n = self.t, len(word)
            fronts = (*_SCHOOL_FRONTS, *self.lex.triggers["company_fronts"])
            memo[word] = any(not self.lex.title_at(t, i + n) or t.endswith(fronts, 0, i) for i in occurrences(t, word))
        return memo[word]

    def _after_event_head(self, k: int, head: int) -> int:
        """A unit's name does not run back over an event's name (某某分论坛移师|
        某某学院举行): it starts after the event's head word, unless the unit
        word follows that head directly (大赛组委会, 论坛秘书处)."""
        if head - k < 6:
            return k
        lex, t = self.lex, self.t
        ends = self.__dict__.get("_head_ends")
        if ends is None:  # (where an event head word may end, found once per text)
            ends = self._head_ends = [h.end() for h in char_class(lex.event_heads.lasts).finditer(t)]
        for e in reversed(ends[bisect.bisect_right(ends, k + 1) : bisect.bisect_right(ends, head - 4)]):
            n = lex.event_heads.ending_at(t, e)
            if n >= 2 and e - n > k and e in self.wb:
                return k if t[e] in "暨与和及、" else e  # (…年会暨某研究会理事会: one event's name)
        return k

    def _coordinated_front(self, k: int, inner: set[str], stops: set[int]) -> int:
        """Two fields joined in a school's name (机械与运载工程学院, 材料与化工学院):
        a verb that stopped the name right after 与/和 is the second field, and
        the name goes on over the first."""
        t = self.t
        s0 = self.tok_start.get(k)
        if s0 is None or k - s0 != 2 or pos_tag(t[s0:k]) not in ("v", "vn") or t[s0 - 1 : s0] not in ("与", "和", "及"):
            return k
        if s0 in self.conj_ends or not is_cjk(t[s0 - 2 : s0 - 1] or "。") or self.lex.stopwords.at(t, s0):
            return k  # 某公司与|运营…: two units, not two fields
        p0 = self.tok_start.get(s0 - 1)
        first = t[p0 : s0 - 1] if p0 is not None else ""
        if len(first) < 2 or pos_tag(first) not in ("n", "nz") or self.lex.person_cues.at(first, 0) or self.lex.title_at(first, 0):
            return k  # the first field is a noun of its own (机械), not a post (教授及来自…)
        k2 = self._trim_tokens(self._extend_left(s0 - 1, 30, inner, stops - {s0 - 1, s0}), s0 - 1)
        return k2 if k2 < s0 - 1 else k

    def _party_before_conjunction(self, k: int, head: int) -> int:
        """物流管理专业与某某物流集团有限公司共建…: a kind of party (a major, a
        team, a kind of unit) before 与/和 is the other party, not the first
        field of a joint name (机械与智能制造学院); the name starts after 与."""
        t, lex = self.t, self.lex
        c = max(t.rfind("与", k, head), t.rfind("和", k, head))
        if c - k == 1 and t[c] == "与" and head - c >= 3:
            return c + 1  # 目前正与某技师学院商谈: an adverb before 与, no field of a joint name
        if c - k < 2 or head - c < 3 and not (head - c == 2 and t[c + 1] in "省市县区"):
            return k  # (…的议案和县人民法院: a body named by its level alone after 和)
        kinds = lex_cached(lex, "conjoined_parties", lambda x: tuple(x.triggers["conjoined_parties"])
                           + tuple(g for g in x.generic_orgs if len(g) >= 2))
        if t.endswith(kinds, k, c):  # (one C-level test)
            return c + 1
        if t[c] in "和与" and head - c == 2 and t[c + 1] in "省市县区" and lex.org_suffixes.ending_at(t, c):
            return c + 1  # 县人大常委会和县人民政府: two bodies, the second named by its level alone
        if t[c] in "和与" and (self._place_score(c + 1) or t[c + 2 : c + 3] == "州" and is_cjk(t[c + 1])):
            return c + 1  # 某公司装配车间和某州职业技术学院: a place after 和 begins the second party's name
        return k

    def _after_object_verb(self, k: int, head: int) -> int:
        """方案报县政府, 代表牵头单位作共同体…报告: a one-character verb that takes a
        unit as its object (``triggers.json`` object_verbs) ends the words before
        the unit's name; the name starts after it."""
        verbs = self.lex.triggers.get("object_verbs", ())
        if not lex_pattern(self.lex, "object_verbs", lambda x: "[" + "".join(x.triggers.get("object_verbs", ())) + "]").search(
                self.t, k, head):
            return k  # (one C-level search: most names hold none of these characters)
        x, cut = k, k
        while x < head and (e := self.tok_end.get(x)) is not None and e <= head:
            if e - x == 1 and self.t[x] in verbs:
                cut = e
            x = e
        return cut

    def _verb_front(self, k: int, head: int, inner: set[str], stops: set[int]) -> int:
        """A unit word right after a verb known inside names that ends a clause
        elsewhere (某某智能制造|联合|研究院): the name reaches past the verb when
        words stand before it."""
        s0 = self.tok_start.get(head)
        if k != head or s0 is None or head - s0 < 2 or self.t[s0:head] not in self.lex.name_verbs:
            return k
        k2 = self._trim_tokens(self._extend_left(s0, 30, inner, stops), s0)
        return k2 if k2 < s0 else k

    def _company_front(self, k: int, j: int, inner: set[str], stops: set[int]) -> int:
        """A company name whose brand jieba reads as a verb (某某|锻压|机床有限公司,
        某某|鲜运达|冷藏运输有限公司): when the name, read over verbs, reaches a
        clause start within a few characters, it starts there."""
        t = self.t
        if k == 0 or t[k - 1] in PUNCT or k in stops or not is_cjk(t[k - 1]):
            return k
        k2 = self._trim_tokens(self._extend_left(j, 30, inner, stops, verbs_ok=True), j)
        sub = None
        for sub in _subsidiary(self.lex).finditer(t, max(0, k2 - 10), k):
            pass  # (the last)
        owned = sub is not None and sub.end() >= k2 and k - sub.end() >= 2
        if owned:
            k2 = sub.end()  # 集团所属某某智能铸造有限公司: the subsidiary's name starts after the word
        if k2 < k and k - k2 <= (10 if t.startswith(self.lex.legal_tails, j) else 6) \
                and (k2 == 0 or t[k2 - 1] in PUNCT or t[k2 - 1] in " \u3000\n" or k2 in self.conj_ends or owned):
            if _generic_front(self.lex, t[k2:k]):
                return k  # 集团下辖|某某有限公司: a subject and its verb, not a brand
            x = k2
            while x < k and (e := self.tok_end.get(x)) is not None:
                if e - x >= 2 and pos_tag(t[x:e]) in ("d", "p", "c", "u") or pos_tag(t[x:e]) == "r" or t[x:e] in ("后", "前"):
                    return k  # 会议同意增补|某某有限公司, (毕业后)他入职某某有限公司: a clause's own words (同意, 他, 后), not a brand
                x = e
            return k2
        if k2 < k:  # 进入青州某某精密铸造有限公司: read over verbs, the name starts at its place
            p = next((p for p in range(max(k2, k - 12), k) if p in self.tok_end and self._starts_place(p)), None)
            if p is not None:
                return p
        return k

    def _alias_inside(self, k: int, j: int, inner: set[str], stops: set[int]) -> int:
        """A unit declared with a short name right after it (某某智能装备股份有限公司
        （以下简称“某某智能”））: its name holds the short name's words, so it
        reaches back at least to where they start."""
        t = self.t
        m = ALIAS_DECL.match(t, j) if t[j : j + 1] in "（(" else None
        if m is None or len(m.group(1)) < 2:
            return k
        short = m.group(1)
        if short[:2] in t[k:j]:
            return k  # (芭禾学院是涡州芭禾新能源科技有限公司（以下简称“芭禾新能源”）: the words are in the name already)
        a = t.rfind(short[:2], max(0, j - 30), k)
        if a < 0 or any(c in PUNCT for c in t[a:k]):
            return k  # (the short name's words must be in this clause, not in an earlier unit's name)
        k2 = self._trim_tokens(self._extend_left(a, 20, inner, stops), a)
        return min(k, k2)

    def _in_charge_list(self, i: int) -> bool:
        """Whether ``i`` starts an item of the list after a verb of being in
        charge (``triggers.json`` in_charge: 分管甲科、乙室)."""
        t = self.t
        for w in self.lex.triggers["in_charge"]:
            f = t.rfind(w, max(0, i - 40), i)
            if f >= 0 and (f + len(w) == i or t[i - 1] == "、" and not re.search(r"[，。；,;：:\n]", t[f:i])):
                return True
        return False

    def _in_charge_item(self, i: int) -> int | None:
        """Where the item of a list after a verb of being in charge starts, when
        the unit word at ``i`` ends it and nothing but Han characters stand
        between (分管纪委办公室、巡察工作办公室: 巡察工作 is the section's own name)."""
        t = self.t
        a = max(t.rfind("、", max(0, i - 10), i) + 1, 0)
        for w in self.lex.triggers["in_charge"]:
            f = t.rfind(w, max(0, i - 10), i)
            if f >= 0:
                a = max(a, f + len(w))
        if a == 0 or a >= i or i - a > 6 or not all(is_cjk(c) and c not in PUNCT and c not in "和与及的" for c in t[a:i]) \
                or not self._in_charge_list(a):
            return None
        return a

    def _valid_unit(self, m: Mention) -> bool:
        lex, name = self.lex, m.name.strip("“”\"'‘’")
        if (name in lex.generic_orgs and not ((name.endswith("办公室") or name.endswith("中心") and len(name) >= 4) and (self._in_charge_list(m.start)
                                                                          or self.t[m.start - 1 : m.start] in ("为", "任")
                                                                          and self.lex.title_at(self.t, m.end)))) \
                or len(name) < 3 and name not in lex.short_forms \
                and not (name in lex.standalone_units and (m.info.get("own_of") or m.info.get("alone"))) \
                and not (lex.org_kind.get(name) == "unit" and self._in_charge_list(m.start)
                         and self.t[m.end : m.end + 1] in "、，。；,;\n等"):  # (分管学生工作处、团委、工会; not 纪委|办公室)
            return False  # (县委 before a post: a short form, see _unit_candidates; 公司|工会 on a page that names it;
            # but 分管办公室、人事科: the body's own office a leader is in charge of)
        if _YEAR_INSIDE.search(name):
            return False  # 某学院2026年校外实训基地授牌仪式: a year's batch of an occasion, no unit's name
        if _not_inside(lex).search(name):
            return False  # 介绍了某某的基本情况和省委的考虑: words never inside a unit's name, left in it
        if (short := lex.school_short(name)) is not None:
            place, ends = short
            if len(place) < 2 or not re.search(re.escape(place) + r"[省市县区]?(?:" + "|".join(ends) + ")", self.t):
                return False  # 某州职院 names a unit only where the article names the school in full (units.py)
        if name.startswith(("中国共产党", "中共")) and name.endswith(lex.school_ends) and "委员会" not in name:
            return False  # 中国共产党某职业技术学院第三次代表大会: the party's congress of the school, no body named so
        if name.endswith(lex.not_unit_ends) and len(m.info.get("suffix", "")) <= max(len(w) for w in lex.not_unit_ends if name.endswith(w)):
            return False  # 某市地处三条高速公路交汇处: a place, no unit (but 质量安全部: a longer unit word, 安全部, not 全部)
        if name.endswith("中学") and "在" in self.t[max(0, m.start - 4) : m.start] and (e := self.tok_end.get(m.end)) is not None \
                and e - m.end >= 2 and pos_tag(self.t[m.end : e]) == "n" and self.t[e : e + 1] in PUNCT \
                and not (lex.venues.at(self.t, m.end) or lex.title_at(self.t, m.end) or lex.person_cues.at(self.t, m.end)):
            return False  # 在真实岗位中学本领，: 中 (in) and 学 (learn) before what is learnt, no school
        if m.info["suffix"] in lex.anchored_units and len(name) > len(m.info["suffix"]) and not self._anchored(m) \
                and not lex.title_at(self.t, m.end):
            return False  # 报名表按栏目分行填写: 分行 as a verb; a branch is 某某银行某某分行, 某市分行 or 某某支行行长
        if name.endswith("党委") and self.t.startswith(tuple(lex.triggers.get("study_groups", ())), m.end):
            return False  # 某大学党委理论学习中心组…集体学习会: the committee's study group names an occasion, no unit
        if _COUNTED_UNITS.search(name):
            return False  # 设立甲、乙、丙三个研究所: a count of units, not a name
        if _ONE_EACH.match(name):
            return False  # 推动“一区一联合体”实体化运行: a slogan (one for each district), no community
        if name.endswith(("大学", "学校")) and (k := next((k for k in range(4, len(name) - 3) if name.endswith(("大学", "学院", "学校"), 0, k)
                                                          and pos_tag(name[k : k + 2]) in ("v", "vn")), 0)):
            return False  # 某理工大学建设高水平应用型大学: a school, a verb, then a kind of school it aims at
        if any(name[:k] in lex.generic_orgs and pos_tag(name[k : k + 2]) == "v" for k in range(2, min(7, len(name) - 4))):
            return False  # 要求产业学院建立健全理事会治理机制: a kind of unit, a verb, then what it is to build
        if len(name) <= 8 and _COUNT_BEFORE.search(self.t, max(0, m.start - 5), m.start) and not self._starts_place(m.start):
            return False  # 来自某市12所初高中学校的师生: a kind of units counted, none named
        if self.t.startswith(_glued_after_unit(lex), m.end - 1):
            return False  # 面向工大学子开放: the unit's last character begins the next word (学子)
        if "“" in name and name.rsplit("“", 1)[1] in lex.generic_orgs:
            return False  # 校企“命运共同体”: a figure of speech in quotes
        if name.startswith(lex.countries):  # (one C-level test first: few names begin with a country)
            country = next(c for c in lex.countries if name.startswith(c))
            if name[len(country) :] in lex.generic_orgs:
                return False  # 德国应用型大学: a kind of school abroad, not one
        if m.kind == "org" and ("“" in m.name or "”" in m.name):
            # one quoted title right before the unit word: “未来工匠”产业学院
            o, c = m.name.find("“"), m.name.find("”")
            rest = m.name[c + 1 :]
            if m.name.count("“") != 1 or m.name.count("”") != 1 or not 0 <= o < c:
                return False
            if rest not in lex.generic_orgs and rest not in lex.org_suffixes.words:
                return False  # after the title comes a kind of unit, not another name
        if name[0] in "该我本此这各全其每某诸两双暨" and not name.startswith("全国") and (name[0] in "各每" or not self._place_score(m.start)):
            return False  # (各乡镇中心学校: every township's school; no place begins with 各 or 每)
        if "们" in name:
            return False  # 希望同学们珍惜大学时光: 们 makes a group of people, never a unit's name
        if self.t[m.start - 1 : m.start] == "各" and (name == m.info["suffix"] or self.tok_end.get(m.start) == m.end):
            return False  # 各事业部、中心负责人: every one of a kind of unit, none named
        if self.t[m.start - 1 : m.start] in "）)" and self.t.endswith(_bracketed_generic(lex), 0, m.start):
            return False  # 各县（市、区）发展改革局: every county's bureau, none named (generic_prefixes.txt)
        if "次" in name and _SESSION_IN_NAME.search(name):
            return False  # 县政协十一届十二次常委会议: a session of the body, no unit
        if "次" in name and _TIMES_ORDINAL.search(name):
            return False  # 某局2026年第十四次局务会议: the count of a meeting, not a unit's name
        prefix = name[: len(name) - len(m.info["suffix"])]
        if prefix in lex.generic_orgs or prefix in lex.generic_prefixes or _generic_words_only(prefix, lex.generic_prefixes):
            return False  # (建设|高水平|研究型|大学: a verb, then generic words)
        gp, go = lex.generic_prefixes, lex.generic_orgs
        if name[:2] in gp and name[2:] in go or name[:3] in gp and name[3:] in go:
            return False  # 县域中职学校, 当地职业院校: a kind of unit after a generic word
        if len(name) >= 6 and (g := _generic_after_prefix(lex).search(name, 2)) and pos_tag(name[g.start() - 2 : g.start()]) == "v":
            return False  # 迫切需要高水平大学: a verb before a kind of unit
        level = prefix in ("省", "市", "区", "县") and len(m.info["suffix"]) >= 3  # 省发展改革委: a body by its level
        if level and _EACH_LEVEL.search(self.t, max(0, m.start - 8), m.start):
            return False  # 各区、县人民政府: every body of a level (a notice's addressees), not one
        if len(prefix) == 1 and len(m.info["suffix"]) >= 2 and pos_tag(prefix) not in _ONE_CHAR_NAME and not word_freq(name) and not level:
            return False  # 报学校 (并报学校审批), 好基金 (用好基金): a verb or adjective before a unit word
        if len(m.info["suffix"]) == 1 and prefix[-1:].isdigit():
            return False  # 开发教材10部: a count with its measure word
        if self.t.startswith(("社员", "盟员", "党员"), m.end) and self.t[m.start - 1 : m.start] in "，,、（(":
            return False  # …，九三学社社员，…: a profile's party membership, not a unit of the story
        if self.t.startswith(_organize_verbs(self.lex), m.end - 1):
            return False  # 某局就业促进科协办: the unit is 就业促进科, 协办 its verb (not a 科协)
        if name.endswith("学会") and name[-3:-2] in "要会能得去来就也还都先再中上里下":
            return False  # 既要学会…，更要学会…: the verb 学会 (learn), not a learned society
        if name.endswith(tuple(lex.triggers["bulletins"])):
            return False  # 某职业技术学院工作简报: a bulletin, not a body
        if _DOC_NUMBER.match(self.t, m.end):
            return False  # 某人社任〔2025〕7号: the issuer's code in a document number
        if m.info["suffix"].startswith("基金") and self.t.startswith(("项目", "资助", "课题"), m.end):
            return False  # 某某基金项目: a grant, not a body
        if prefix[:1].isdigit() or _COUNT_OF_BODIES.search(prefix):
            return False  # 首批20个省级市域产教联合体: a count of bodies, not a name
        tail = _JOINERS.split(name)[-1]
        if tail != name and tail in lex.generic_orgs:
            return False
        rest = name[_after_verb_complements(lex, name, 0, len(name)) :] if name[1:2] in lex.triggers["verb_complements"] else name
        if rest != name and rest in lex.generic_orgs:
            return False  # 用好理事会平台, 建好用好市域产教联合体: a verb and its complement before a kind of unit
        kf = lex.triggers["kind_fronts"]
        if lex_pattern(lex, "kind_fronts", lambda x: alternation(x.triggers["kind_fronts"])).search(name) \
                and any(name[k:] in lex.generic_orgs and name.endswith(kf, 0, k) for k in range(1, len(name) - 1)):
            return False  # 上半年全省产教融合共同体, 但部分联合体: a kind of unit after a scope or a share
        for k in range(2, len(name) - 1) if m.info["suffix"] != name else ():  # (党委办公室: a unit word of its own)
            if name[k:] in lex.generic_orgs and (name[:k] in lex.generic_orgs or name[:k] in lex.anaphora):
                return False
        if "高水平" in prefix or prefix.endswith("一流"):
            return False  # 加快推进高水平理工大学建设, 省高水平中职学校: a kind of school to become, no name
        if prefix.startswith(_LEVELS) or prefix[2:].startswith(_LEVELS) and pos_tag(prefix[:2]) in ("v", "vn"):
            return False  # (建设省级优质技师学院: a kind of school to become, after a verb)
        if _TERM_OF_BODY.fullmatch(prefix):
            return False  # 第一届理事会: a term of a body, not a unit
        if m.info["suffix"] in lex.triggers["term_bodies"] and (ps := lex.org_suffixes.ending_at(prefix, len(prefix))) >= 2 \
                and lex.org_kind.get(prefix[len(prefix) - ps :]) in ("institution", "unit") \
                and not prefix.endswith(("委员会", "协会", "学会")):
            return False  # 某产业学院理事会: the board of a unit named before it, not a unit of its own
        if _PARTY_OF_PEOPLE.search(name) or prefix[-1:] in "来到去回赴" and m.info["suffix"] in ("公司", "学校", "学院", "企业", "集团"):
            return False  # 率参访团一行10人来公司: a visit to the company, not a unit's name
        if name.endswith(lex.triggers["subsidiary"]):
            return False  # 某集团全资子公司: what the unit after it is, not a unit
        if "暨" in name and lex.event_heads.ending_at(name, name.index("暨")):
            return False  # 某集团2025年年会暨三届三次理事会: an occasion's name, not a unit
        if _TERM_OF_BODY.search(prefix) and self.lex.event_heads.at(self.t, m.end):
            return False  # 某市第十届中职学校技能大赛: the occasion's name, not a unit
        e0 = self.tok_end.get(m.start)
        if e0 and e0 < m.end and name[e0 - m.start :] in lex.generic_orgs and pos_tag(self.t[m.start : e0]) in _NOT_A_NAME_START \
                and not (len(m.info["suffix"]) == 1 and m.info["suffix"] in "系科" and self.t[m.start : e0] in lex.name_verbs) \
                and not (self.t[m.start : e0] in lex.name_verbs and (self.t[m.start - 1 : m.start] in ("、", "，") or m.info.get("own_of"))
                         and lex.title_at(self.t, m.end)) and not self._in_charge_list(m.start):
            return False  # 建议集团, 有中职学校, 半个学校: a verb or a count before a kind of unit (but 烹饪系, 护理系: a field's
            # department; ，运营中心经理某某: a department named with its post in a run; 公司制造部副部长某某: the company's;
            # 分管教育督导室: a section a leader is in charge of)
        if name.endswith(lex.triggers["visited_places"]) and not _UNVEILED_AFTER.match(self.t, m.end) \
                and lex_pattern(lex, "visit_before", lambda x: "(?:" + alternation(x.triggers["visit"]) + ")了?[^，,。；;！？\n]{0,40}$").search(
                    self.t, max(0, m.start - 40), m.start):
            return False  # 与会代表参观了某学院智能制造实训中心: a place visited, not a unit of the story
        if m.info["suffix"] in lex.triggers.get("object_verbs", ()) and self.tok_start.get(m.end) == m.end - 1 \
                and (e2 := self.tok_end.get(m.end)) and lex.org_suffixes.ending_at(self.t, e2):
            return False  # 方案报县政府审定: 报 is the verb before a body, not a newspaper's word
        # 把项目带进产业学院, 某某作行业学院建设汇报: a verb of one or two one-character words
        # before a kind of unit (but 智慧康|养|产业学院: a name jieba cuts badly)
        end = m.end - (self.t[m.end - 1 : m.end] == "”")
        for n in (4, 3, 2):
            e1 = end - n
            if e1 > m.start and self.tok_start.get(e1) == e1 - 1 and self.t[e1:end] in lex.generic_orgs \
                    and pos_tag(self.t[e1 - 1]) == "v" and (
                        e1 - 1 == m.start or self.tok_start.get(e1 - 1) == e1 - 2 and pos_tag(self.t[e1 - 2]) == "v"):
                return False
        term = _TERM_OF_BODY.search(prefix) or re.search(r"\d{4}年度?$", prefix)
        if term and term.end() == len(prefix) and term.start() >= 2 and m.info["suffix"] in lex.triggers["term_bodies"]:
            return False  # 某共同体第一届理事会, 某集团2025年理事会: one term of a body named before it
        quoted_body = m.info.get("quoted") and m.info["suffix"] not in _FACILITY  # “某某工匠学院”
        if lex.org_kind.get(m.info["suffix"]) == "unit" and not quoted_body and not self._anchored(m):
            e = self.tok_end.get(m.start)
            first = self.t[m.start : e] if e else ""
            verbish = len(first) >= 2 and pos_tag(first) in ("v", "vn", "a", "ad", "d", "l", "i")  # 高|瓴: one character says little
            if verbish and (m.start == 0 or self.t[m.start - 1 : m.start] in ("、", "，", "原", "：", "为", "。", "；", "\n")
                            or self.t[m.start - 2 : m.start] in _SCHOOL_FRONTS
                            or self.t.endswith(_takes_post(lex), 0, m.start)) and self.lex.title_at(self.t, m.end):
                verbish = False  # 、合作发展处处长某某, 为学校发展规划处处长: a department named with its post
            if verbish and m.info.get("own_of"):
                verbish = False  # 由厅发展规划处主办: a department the text names as its body's own
            if verbish and m.info.get("quoted") and _UNVEILED_AFTER.match(self.t, m.end):
                verbish = False  # 为“精密传动与智能制造联合实验室”揭牌: the quoted name of what is unveiled
            if verbish and self._in_charge_list(m.start):
                verbish = False  # 分管基础教育科、教育督导室: the sections a leader is in charge of
            if verbish or m.info["suffix"] in _FACILITY and not _UNVEILED_AFTER.match(self.t, m.end) \
                    and not self._in_charge_list(m.start) and not (  # (分管教务处、实训中心: a section in charge)
                    (m.info.get("own_of") or (self.t[m.start - 1 : m.start] in ("、", "，", "由") or self.t[m.start - 2 : m.start] in _SCHOOL_FRONTS
                                              or self.t.endswith(_takes_post(lex), 0, m.start) or name[:1] in "省市县区" and len(name) >= 6)
                     and len(name) >= 4
                     and not ((sw := self.lex.stopwords.at(name, 0)) and (sw >= 2 or self.tok_end.get(m.start) == m.start + sw)))  # (就|业: no stopword)
                    and (self._head_follows(m.end)  # (公司人力资源中心总监, ，某某技术研究中心高级顾问, 兼任某某发展中心主任: a part with its post)
                         or m.info.get("own_of") and self.t.startswith(("与", "和", *_organize_verbs(lex)), m.end)  # (由公司人力资源中心与…联合举办)
                         or m.info.get("own_of") and lex.person_cues.at(self.t, m.end) and self._named_after(m.end))):  # (公司研发中心工程师某某)
                return False  # (but 为“某某实训基地”揭牌: what is unveiled is a unit)
        return True

    def _named_after(self, e: int) -> bool:
        """Whether a role word at ``e`` has a name right after it (工程师梁某某)."""
        k = e + self.lex.person_cues.at(self.t, e)
        return any(p.start == k for p in self.persons) or bool(self.lex.surname_len(self.t, k))

    def _head_follows(self, e: int) -> bool:
        """Whether a post or a unit's head follows ``e``: a title (某中心主任),
        负责人 (某中心负责人), or, in a list of parts, the last part's
        (公司生产制造中心、技术研发中心负责人)."""
        t, lex = self.t, self.lex
        heads = lex.triggers["unit_heads"]
        if lex.title_at(t, e) or t.startswith(heads, e):
            return True
        x = e
        while t[x : x + 1] == "、":
            stop = re.search(r"[，,。；;：:！？\n（(]", t[x + 1 : x + 24])
            seg_end = x + 1 + (stop.start() if stop else min(23, self.n - x - 1))
            nxt = next((y for y in range(x + 3, seg_end + 1) if lex.org_suffixes.ending_at(t, y)
                        and (lex.title_at(t, y) or t.startswith(heads, y) or t[y : y + 1] == "、")), None)
            if nxt is None:
                return False
            if t[nxt : nxt + 1] != "、":
                return True
            x = nxt
        return False

    def _anchored(self, m: Mention) -> bool:
        """A unit name that starts with a place or contains an institution name."""
        if self._place_score(m.start) or m.name.startswith(("中国", "中共", "国家", "全国", "中华")):
            return True
        body = m.name[: -len(m.info["suffix"])]
        if any(body.find(w, 2) >= 2 for w in ("大学", "学院", "学校", "公司", "集团", "局", "委员会", "协会", "研究院", "医院")):
            return True
        # a whole institution's name begins it: 某某社新闻中心, 某某报社广告部
        lex = self.lex
        for k in range(3, len(body) + 1):
            n = lex.org_suffixes.ending_at(body, k)
            if n and lex.org_kind.get(body[k - n : k]) == "institution" and (m.start + k) in self.wb and body[:k] not in lex.generic_orgs:
                return True
        return False

    # ------------------------------------------------------------- events
    def _event_candidates(self, stops: set[int]) -> list[Mention]:
        t, lex, out = self.t, self.lex, []
        lasts = lex.event_heads.lasts
        # an ordinal of an occasion (首届, 首期) is part of its name, not a boundary, also before
        # a quoted title (首届“某某杯”技能大赛)
        stops = stops - {m.end() for m in re.finditer("(?:" + "|".join(_FIRST_ORDINALS) + r")(?=[\u4e00-\u9fff“\"])", t)}
        # a verb that ends a clause elsewhere sits inside an event's name (产业发展对接大会,
        # 合作备忘录签署仪式): the name reaches past it (a leading one is trimmed later)
        inner_verbs = set(lex.triggers.get("event_name_verbs", ()))
        # (not after a function word or a verb: 双方代表对接会议 names nothing)
        inner_ok = {
            e for e, s0 in self.tok_start.items()
            if t[s0:e] in inner_verbs and (p0 := self.tok_start.get(s0)) is not None
            and not lex.stopwords.ending_at(t, s0) and (pos_tag(t[p0:s0]) not in _STOP_TAGS or t[p0:s0] in inner_verbs)
        }  # (产业需求对接座谈会: two of them in a row)
        stops = stops - inner_ok
        for hit in char_class(lasts).finditer(t):  # only ends of event heads
            j = hit.end()
            L = lex.event_heads.ending_at(t, j)
            if not L and t.endswith(lex.triggers["term_bodies"], 0, j) and _SESSION_OF_BOARD.search(t, max(0, j - 12), j - 3):
                L = 3  # 某共同体2025年理事会在某校召开: a session of the board is an occasion
            if not L or (j not in self.wb and t[j : j + 1] not in "”」』"):
                continue
            head_start = j - L
            if t.endswith(tuple(lex.triggers["body_occasions"]), 0, j):
                continue  # 中国人民政治协商会议: a body's name, no occasion
            if is_cjk(t[j : j + 1] or "。") and t[j] not in _AFTER_OCCASION and word_freq(t[j - 1 : j + 1]) and (
                    word_freq(t[head_start : j - 1]) if L >= 4
                    else L == 2 and any(word_freq(t[s : j - 1]) for s in range(max(0, head_start - 3), head_start - 1))):
                continue  # 理事会|议事机制: the head's characters belong to the words either side of it
            if any(v and s + v > j for s in range(max(0, head_start - 4), head_start + 1) if (v := lex.venues.at(t, s))):
                continue  # 会议 in 五楼会议中心: a room's word, not an occasion's head
            qualified = lex.triggers["event_qualifies"]  # (what an occasion's name may qualify)
            if t.startswith(qualified, j) or not lex.stopwords.at(t, j) and all(is_cjk(c) for c in t[j : j + 2]) \
                    and any(t.startswith(qualified, e) for e in (j + 1, j + 2)):
                continue  # 世界技能大赛集训基地: the occasion names a facility, it is not one here
            if _AWARD_AFTER.match(t, j):
                continue  # 全省技能大赛数控车项目一等奖获得者: a prize won at it, the occasion is no part of the story
            if t.startswith(lex_cached(lex, "topic_after", lambda x: tuple(x.triggers["topic_after"])), j):
                continue  # 了解了…学生技能竞赛等情况: a topic, not an occasion
            head = t[head_start:j]
            info = {"head": head, "kind": lex.event_kind.get(head, "meeting" if head in lex.triggers["term_bodies"] else "event")}
            in_quotes = t[j : j + 1] == "”"  # “首届智能社会治理论坛”: the words inside are the name's
            if self._verb_before_head(head_start, stops) and not _held_after(lex).match(t, j):
                out.append(Mention("anaphor", head_start, j, head, head, info))
                continue  # 列席会议, 出席仪式: the verb of attending, not a name
            allowed = lex.event_verbs
            s0 = self.tok_start.get(head_start)
            if head in ("仪式", "典礼") and s0 is not None and head_start - s0 == 2 and pos_tag(t[s0:head_start]) in ("v", "vn"):
                allowed = allowed | {t[s0:head_start]}  # 启用仪式, 聘任仪式: the ceremony of doing it
            k = self._extend_left(head_start, 60, _EVENT_INNER, stops, allowed=allowed, quoted=in_quotes, parens="any")
            k = self._trim_tokens(k, head_start)
            k = self._joined_before(k, stops)
            k = self._whole_unit_front(k, head_start)
            k_before = k
            k = self._subject_front(k, head_start, j)
            subject_named = k < k_before  # (the whole clause before the venue names it, verbs and all)
            k = self._title_front(k, head_start, stops)
            k = self._held_object_front(k, head_start)
            if any(f >= 0 and t[f : f + 2] in _SCHOOL_FRONTS and t[f + 2 : f + 3] in "与和同" for f in (k - 2, k - 1, k)) \
                    and (e := t.rfind("的", k, head_start)) >= 0 and head_start - e >= 3:
                k = e + 1  # 我校与某公司共建的“某某订单班”开班仪式: a clause that begins with 我校 says who, the name follows 的
            q = t.rfind("“", k, head_start)
            if q > k and t[q - 1] in "作做" and self.tok_start.get(q) == q - 1:
                k = q  # 在某楼报告厅作“某某”专题讲座: the verb of giving it ends the place, the name is the title's
            dd = t.rfind("——", k, head_start)
            if dd >= 0 and head_start - dd - 2 >= 4:
                k = dd + 2  # “数智同行”——某公司2026届校园招聘宣讲会: a slogan, then the occasion's name
            if t[k : k + 2] in _SCHOOL_FRONTS and t[k : k + 1] in "我本" and head_start - k >= 6:
                k += 2  # 我院“某某讲坛”第36期学术报告会: the occasion's name starts after 我院
            if t[k : k + 1] in "院校" and t[k - 1 : k] in "我本该" and head_start - k >= 4:
                k += 1  # 我院2024年校友返校座谈会: the occasion's name starts after 我院
            elif t[k : k + 2] == "中心" and (t[k - 1 : k] in "我本该" or t[k + 2 : k + 3].isdigit()) and head_start - k >= 5:
                k += 2  # 我中心2026年家长开放日活动, 中心2026年校企合作对接会: after the centre's own word too
            two = [p for p in range(k + 2, head_start) if t[p] in "及和" and lex.event_heads.ending_at(t, p)]
            if two:
                k = two[-1] + 1  # 2024年校友返校座谈会及“某奖学金”捐赠仪式: two occasions, the second named after 及
            for w in _organize_verbs(lex):  # 某学院承办的2026年某某招聘会: the name starts after 的
                e = t.rfind(w + "的", k, head_start)
                if e >= 0 and head_start - (e + len(w) + 1) >= 2:
                    k = e + len(w) + 1
            day_named = False
            if (dm := _DAY_FRONT.match(t, k)) and head_start - dm.end() >= 2:
                k, day_named = dm.end(), True  # 经2025年7月8日校长办公会议研究: the day is when (it names one), not the name
            end = j
            if t[j : j + 1] == "”" and t[k:j].count("“") > t[k:j].count("”"):
                end = j + 1
            elif t[j : j + 1] == "“" and (close := t.find("”", j, j + 40)) > 0 and not re.search(r"[。；;\n]", t[j:close]):
                end = close + 1  # 学术前沿论坛“新中国70年…”: the quoted title names it
            name = t[k:end]
            decl = None
            for decl in _ALIAS_BEFORE.finditer(t, max(0, k - 60), k):
                pass  # (the last declaration before the name)
            if decl is not None and t[decl.end() : decl.end() + 1] in "与和同及" and decl.end() + 1 < k \
                    and not re.search(r"[，,。；;：:！？!?\n的]", t[decl.end() : k]) and _held_after(lex).match(t, end) \
                    and any(u.start == decl.end() + 1 and u.end <= k for u in self.orgs):
                k = decl.end() + 1  # A（以下简称“甲”）与B人才引进与订单培养合作协议签约仪式在…举行: the partners name it
                name = t[k:end]
            alias = _ALIAS_BEFORE.search(t, max(0, k - 20), k)
            if alias and alias.end() < k and t[alias.end() : k] in inner_verbs:
                k = alias.end()  # X（以下简称“集团”）换届大会: the verb is the name's
            elif alias and alias.end() < k <= alias.end() + 12 \
                    and all((is_cjk(c) or c.isdigit()) and c not in PUNCT and c != "的" for c in t[alias.end() : k]) \
                    and not lex.stopwords.at(t, alias.end()) and _held_after(lex).match(t, end) \
                    and any(u.end == alias.start() for u in self.communities + self.orgs) and not any(alias.end() <= m.start < k for m in self.persons):
                k = alias.end()  # A与B（以下简称“乙”）科技成果转化签约仪式在…举行: the clause before the venue names it
                # (某职教集团（以下简称“集团”）2026年换届大会在…召开: so does the year and verb after it)
                # (but A与B（简称乙）合作开办的“某某班”开班仪式: the name follows 的)
            if alias and alias.end() + 1 == k and t[alias.end()] in "与和同及":
                k = alias.end()  # A（以下简称“甲”）与B…签约仪式: A is named first
            tail = None
            while alias and alias.end() == k:
                # X集团（以下简称“集团”）2023年年会: the unit named before the alias
                # declaration begins the event's name; the declaration is left out
                k2 = self._extend_left(alias.start(), 40, _EVENT_INNER, stops, allowed=lex.event_verbs)
                k2 = min([k2] + [u.start for u in self.communities + self.orgs if u.end == alias.start()])  # the unit's whole name
                if k2 >= alias.start():
                    break
                tail = t[k:end] if tail is None else tail
                name = tail = t[k2 : alias.start()] + tail
                k = k2
                # A（简称甲）与B（简称乙）…签约仪式: A, declared before 与, is named first too
                alias = _ALIAS_BEFORE.search(t, max(0, k - 20), k) if t[k : k + 1] in "与和同及" else None
            if tail is None and t[k - 1 : k] == "的" and (gap := _ALIAS_BEFORE.search(t, max(0, k - 24), k)) \
                    and 2 <= k - 1 - gap.end() <= 4 and pos_tag(t[gap.end() : k - 1]) in ("v", "vn") and _held_after(lex).match(t, end):
                # 甲与乙（以下简称“乙”）共建的“某某产业学院”揭牌仪式在…举行: the partners
                # name it, as they do with no declaration between; the declaration is left out
                cs = max(t.rfind(c, max(0, gap.start() - 50), gap.start()) for c in "，,。；;：:！？!?\n") + 1
                front = t[cs : gap.start()]
                parties = [u.name for u in self.orgs if cs <= u.start and u.end <= gap.start()]
                if cs > 0 and any(c in front for c in "与和") and any(u.end == gap.start() for u in self.orgs) \
                        and any(u.start == cs for u in self.orgs) \
                        and not any(u.start == k and len(u.name) >= 6 and u.name.startswith(tuple(parties)) for u in self.orgs):
                    # (but 甲与乙（简称）共建的甲某某产业学院揭牌仪式: the unit's own full name names it;
                    # 甲（简称）与乙（简称）共建的: both declarations are left out)
                    name = _ALIAS_BEFORE.sub("", front) + t[gap.end() : end]
                    k = cs
            if name[:1] in "、，,":
                continue  # 组织共建、阵地共用、活动共办: a list of aims, the head word one of its nouns
            items = name.split("、")
            if len(items) > 1 and all(len(x) == 4 for x in items[:-1]) and len(items[-1]) == 2 \
                    and all(is_cjk(c) for c in t[end : end + 2]) and t[end + 2 : end + 3] in ("、", "”", "，", ",", "；"):
                continue  # 人才联育、技术联攻、活动联办: the same list, the head word one of its nouns
            pre = t[k:head_start].strip("“”\"'‘’《》")
            if head in lex.triggers["verb_heads"] and t[k - 1 : k] == "在" \
                    and any(u.start == k and u.end == head_start for u in self.orgs):
                out.append(Mention("anaphor", head_start, j, head, head, info))
                continue  # 5个赛项在某职业技术学院比赛: where they compete, no occasion named
            generic = not pre or head in lex.event_heads.words and not (day_named and len(pre) >= 4) and not self._named_event(k, head_start) and end == j
            held_object = len(pre) >= 2 and self._held_object(k)
            if generic and held_object:
                generic = False  # 在总部举行校企合作签约仪式: what is held is named by its description
            elif (generic and (pre in lex.event_heads.words or len(pre) == 3 and pre[-1] in lex.triggers["occasion_ends"]
                                   and all(is_cjk(c) for c in pre) and pre[0] not in _NUMERALS_AND_DEICTICS and pos_tag(pre) != "t")
                  and head in lex.triggers.get("part_heads", ()) and _held_after(lex).match(t, end)):
                generic = False  # 大赛闭幕式在某校举行, 开放日启动仪式在操场举行: the ceremony of an occasion, held
            elif (generic and (len(pre) >= 4 or len(pre) >= 2 and head.endswith("会") and all(is_cjk(c) for c in pre) and pos_tag(pre) in ("vn", "n")
                                   and not lex.stopwords.at(pre, 0) and pre[0] not in _NUMERALS_AND_DEICTICS)
                  and _held_after(lex).match(t, end) and not t.startswith(lex.triggers["topic"], k)
                  and pre[:2] not in lex.generic_orgs and (k == 0 or t[k - 1] in PUNCT or t[k - 1] == "\n")):
                generic = False  # ，校企合作座谈会在学院会议室举行, 随后，交流座谈会在…举行: the subject held at a venue names the occasion
            if (_kind_of_events(lex).match(pre) or _kind_of_events(lex).match(re.split(r"[和及与、]", pre)[-1])) and "“" not in pre:
                generic = True  # 在省级以上技能竞赛中获奖, 各类招聘会: a kind of events, not one (but 省级“某某工作室”揭牌仪式)
            elif len(pre) <= 4 and t.endswith(_habitual_join(lex), max(0, k - 4), k) and all(is_cjk(c) for c in pre) \
                    and not t.startswith(lex.triggers["topic"], k) and not (pos_tag(pre[:2]) or "x").startswith("ns"):
                generic = True  # 鼓励学生多参加学科竞赛: advice to take part in a kind of events, not one
            if t[k - 1 : k] == "各" or t[k - 2 : k - 1] == "各" and t[k - 1] in _EACH_PLACE_UNITS:
                generic = True  # 各镇“技能进村”培训班: one in each town, a kind of occasion, not one
            counted = re.match(r"[\d０-９一二三四五六七八九十两几多数]+(?:余|多)?", pre)  # (40余场活动)
            if counted and pre[counted.end() : counted.end() + 1] in lex.count_measures:
                generic = True  # 5场行业专场招聘会: a count of events, not a name
            elif _COUNT_INSIDE.search(pre):
                generic = True  # 年会分设三个分论坛: a count of events inside the clause
            elif "、" in pre and len(pre) - pre.rfind("、") <= 4 and any(
                    lex.event_heads.ending_at(pre, i) for i, c in enumerate(pre) if c == "、"):
                generic = True  # 经过企业初赛、行业复赛, 设置技能竞赛、创新创业、工匠讲堂: kinds listed, not a name
            elif "、" in pre and not re.search(r"[“”《》\"]", t[k:head_start]) and len(pre) - pre.rfind("、") <= 8 \
                    and not _held_after(lex).match(t, end):
                generic = True  # 在教学、科研和技能竞赛中, 专业学习、技能竞赛等方面: activities listed, not one occasion named
            elif _DIVISIONS.fullmatch(pre):
                generic = True  # 高职组、中职组决赛分别在…进行: the divisions' rounds of an occasion, not one of its own
            if numbered := _ENUMERATOR.match(pre):
                generic = generic or not self._named_event(k + numbered.end(), head_start)  # 一、开幕式: a heading's number
            sw = lex.stopwords.ending_at(pre, len(pre))
            if sw and len(pre) > sw and (pre[-sw:] in inner_verbs and head_start in inner_ok or held_object
                                              or subject_named and pos_tag(pre[-sw:]) in ("v", "vn")):
                sw = 0  # 合作备忘录签署仪式, 召开某某企业代表座谈会: the word is part of the name
            if sw and pre.endswith(_FIRST_ORDINALS):
                sw = 0  # “某某订单班”首届毕业典礼: an ordinal is the name's, not a word around it
            if generic or sw:
                out.append(Mention("anaphor", head_start, j, head, head, info))
                continue
            out.append(Mention("event", k, end, t[k:end], _clean(name), info))
        # A暨B: one event named by both parts
        for m in out:
            if m.kind == "event" and t[m.end : m.end + 1] == "暨":
                stop = re.search(r"[，,。；;：:！？!?（(\n]", t[m.end : m.end + 40])
                seg_end = m.end + (stop.start() if stop else min(40, self.n - m.end))
                seg = t[m.end:seg_end]
                cut = next(
                    (k for k in range(2, len(seg) + 1)
                     if lex.event_heads.ending_at(seg, k) and (k == len(seg) or seg[k] in "在于由”\"（(暨举召")),
                    None,
                )
                if cut is None:
                    # “A暨B理事会”: the quotes bound one name; B ends in 会 (理事会, 年会)
                    q = seg.find("”")
                    opened = t[m.start - 1 : m.start] == "“" or m.text.count("“") > m.text.count("”")
                    if opened and q >= 3 and seg[q - 1] == "会" and "“" not in seg[:q]:
                        cut = q
                if cut is not None:
                    old_end = m.end
                    m.end = m.end + cut
                    if t[m.end : m.end + 1] == "”" and t[m.start : m.end].count("“") > t[m.start : m.end].count("”"):
                        m.end += 1
                    m.text = t[m.start : m.end]
                    m.name = m.name + _clean(t[old_end : m.end])
        # drop an event inside a longer one (年会 in …年会暨…理事会议)
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        seen: set[tuple[int, int, str]] = set()
        out = [m for m in out if not ((m.start, m.end, m.kind) in seen or seen.add((m.start, m.end, m.kind)))]
        # sorted by start, longest first: an event is inside another when an
        # earlier event reaches at least as far (one sweep, not all pairs)
        kept: list[Mention] = []
        reach = -1
        for m in out:
            if m.kind == "event":
                if reach >= m.end:
                    continue
                reach = max(reach, m.end)
            kept.append(m)
        return kept

    def _whole_unit_front(self, k: int, head_start: int) -> int:
        """An event named after a community or unit whose name the left
        reach cut (某某智能制造|产教融合共同体成立大会): the whole name is the
        event's front."""
        for u in self.communities + self.orgs:
            if u.start < k < u.end <= head_start and not any(c in PUNCT and c not in _JOIN_DASHES for c in self.t[u.start : k]):
                return u.start
        return k

    def _verb_before_head(self, head_start: int, stops: set[int] = frozenset()) -> bool:
        """Whether the head word follows a verb of attending or holding
        (列席会议, 召开会议): then it refers to an occasion, it names none."""
        pairs = _verbs_before_head(self.lex)
        if not self.t.startswith(pairs, head_start - 2):  # (all two characters long)
            return False
        # 现场观摩活动: a verb that also sits inside event names, after words of the name
        verb, before = self.t[head_start - 2 : head_start], self.t[head_start - 3 : head_start - 2]
        if self._held_object_front(head_start - 2, head_start) < head_start - 2:
            return False  # 召开领导班子调整宣布大会: the verb is inside the name of what is held
        return not (verb in self.lex.event_verbs and is_cjk(before or "。") and (head_start - 2) not in stops)

    def _joined_before(self, k: int, stops: set[int]) -> int:
        """A name whose front part ends in a verb before 暨 (…校企合作签约暨…开班仪式):
        the front part, up to its own boundary, belongs to it too."""
        t = self.t
        if t[k : k + 1] == "暨":
            j = k
        elif t[k - 1 : k] == "暨":
            j = k - 1
        else:
            return k
        s0 = self.tok_start.get(j)
        if s0 is None or j - s0 < 2 or t[s0:j] not in self.lex.event_verbs:
            return k
        k2 = self._extend_left(s0, 50, _EVENT_INNER, stops - {s0}, allowed=self.lex.event_verbs)
        k2 = self._trim_tokens(k2, s0)
        return k2 if k2 < s0 else k

    def _title_front(self, k: int, head_start: int, stops: set[int]) -> int:
        """A post right before the head word names who meets, not someone
        (市长办公会议, 全市教育局长会议, 校长联席会): it is part of the name,
        and so is what stands before it."""
        if k != head_start:
            return k
        title = next((m for m in self.titles + self.cues if m.end == k), None)  # (企业代表座谈会 too)
        if title is None or any(p.start == k for p in self.persons):
            return k
        k2 = self._extend_left(title.start, 40, _EVENT_INNER, stops - {title.start}, allowed=self.lex.event_verbs)
        return self._trim_tokens(k2, title.start)

    def _subject_front(self, k: int, head_start: int, j: int) -> int:
        """An event that is the subject of its clause and held at a venue
        (5月29日下午，第三届“某某杯”工业机器人应用技能竞赛颁奖典礼在某中心举行):
        its name is the whole clause before the venue, verbs included, when no
        person or verb of attending or holding stands in it."""
        t = self.t
        if k <= head_start - 40 or not _held_after(self.lex).match(t, j):
            return k
        cs = max(t.rfind(c, max(0, head_start - 60), k) for c in "，,。；;：:！？!?\n")
        if cs < 0:
            return k
        cs += 1
        while cs < k and (n := self.lex.stopwords.at(t, cs)):
            cs += n  # 日前，|近日，: a time word opens the clause, it is no part of the name
        for w in _organize_verbs(self.lex):  # 由甲主办、乙承办的2026年某某论坛在…举行: the name starts after 的
            if (e := t.rfind(w + "的", cs, k)) >= 0:
                cs = max(cs, e + len(w) + 1)
        joined = {p for p in range(cs, k) if t[p] in " \u3000" and any(u.end == p for u in self.orgs)
                  and any(u.start == p + 1 for u in self.orgs)}  # 某省教育厅 某市人民政府共建…: a space between two parties
        if cs >= k or head_start - cs > 40 or not all(is_cjk(c) or c.isalnum() or c in "“”（）()《》+-—·" or p in joined
                                                      for p, c in enumerate(t[cs:k], cs)):
            return k
        if any(cs <= m.start < k for m in self.persons):
            return k  # (a post with no name after it is a kind of people: 校长能力提升培训班)
        inner = t[cs : head_start - 2] if k == head_start and t.startswith(_verbs_before_head(self.lex), head_start - 2) else t[cs:k]
        if any(w in inner for w in _verbs_before_head(self.lex)) or "简称" in t[cs:k]:
            return k  # (an alias declared inside: the rules for aliases name it; but 领导班子调整宣布大会在…召开:
            # the verb right before the head word is the occasion's own)
        return cs

    def _held_object_front(self, k: int, head_start: int) -> int:
        """The object of a verb of holding, verbs and all (在报告厅召开领导班子
        调整宣布大会: the left reach stopped at 宣布): the name starts right after
        the verb when the words between are one run of a name, with no person."""
        t = self.t
        if k <= head_start - 24:
            return k
        lo = max(0, head_start - 24)
        for p in range(k - 1, lo + 1, -1):
            if t[p] == "的" or not (is_cjk(t[p]) or t[p].isalnum() or t[p] in "“”—"):
                return k  # (a clause's end, or 的: what stands before is no part of the name)
            if t.startswith(_held_verbs(self.lex), p - 2) and self.tok_start.get(p) == p - 2:
                if head_start - p < 4 or any(p <= m.start < head_start for m in self.persons) or not self._held_object(p):
                    return k
                q = p  # (开幕式并宣布大会开幕: a second clause, no name)
                while q < head_start and (e := self.tok_end.get(q)) is not None:
                    if pos_tag(t[q:e]) in ("c", "p", "d", "r", "u", "uj", "m") or self.lex.event_heads.ending_at(t, e):
                        return k
                    q = e
                return p
        return k

    def _held_object(self, k: int) -> bool:
        """Whether the words at ``k`` are the object of a verb of holding
        (举行/举办/召开 …) that follows a place, a date, the parties or its
        chair (在总部举行, 11日举办, 双方举行, 两校举行, 某某主持召开), or
        of its chair's verb right after a name (某某主持宪法宣誓仪式)."""
        if self.t[k - 1 : k] == "的":
            k -= 1  # 在某楼会议室召开的校企合作座谈会上
        if self.t[k - 2 : k] == "主持" and any(m.end == k - 2 for m in self.persons):
            return True
        if not self.t.startswith(_held_verbs(self.lex), k - 2):
            return False
        before = self.t[max(0, k - 22) : k - 2]
        return bool(re.search(r"在[^，,。；;！？\n]{2,}$|[日天午晚方校院]$|主持$", before))

    def _named_event(self, k: int, head: int) -> bool:
        """An event name must name something: a quoted title, a year or
        ordinal, a unit or place, or a long enough description (not 精彩活动)."""
        pre = self.t[k:head]
        if re.search(r"[“”\"《》0-9０-９]|第[一二三四五六七八九十百]+[届次期]|首届|首期", pre):
            return True
        if self._place_score(k) or len(pre) >= 6 and not self.t.startswith(tuple(self.lex.triggers["weak_heads"]), head):
            return True  # (教师专业发展工作坊: a kind of session, however long its description)
        if pre in _SCHOOL_FRONTS:
            return False  # 学校技能节: the school's occasion by its kind, no name
        return bool(self.lex.org_suffixes.ending_at(pre, len(pre)) or self.lex.community_heads.ending_at(pre, len(pre)))

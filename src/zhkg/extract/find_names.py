"""Person names: how long a name after a title is (2 or 3 characters, a
compound surname, a full-width space inside, a Latin name), names in trigger
contexts (由X主持, 任命X为, X致辞), before honorifics (X教授), in lists
(X、Y、Z), and every later occurrence of a name found once."""

from __future__ import annotations

import re
from functools import cache

from ..nlp.lexicon import Lexicon, read_words
from ..nlp.segment import pos_tag, word_freq
from .lexical import (
    _DOT_NAME,
    _LATIN_NAME,
    _NAME_GAP,
    CLAUSE_STOP,
    FUNCTION_CHARS,
    LATIN,
    PUNCT,
    Mention,
    _clean,
    _plausible_name,
    alternation,
    is_cjk,
    is_latin,
    lex_cached,
    lex_pattern,
)

# a short note in brackets after a name (聘任某某（挪威籍）为…)
_SHORT_BRACKET = re.compile(r"[（(][^（）()，,。]{1,8}[）)]")
# a Latin-letter name of two or three capitalised words ending before an honorific
_LATIN_BEFORE = re.compile(rf"(?<![{LATIN}0-9])(?:[A-ZÀ-ÖØ-Þ][{LATIN}]+[ \u00b7·]){{1,2}}[A-ZÀ-ÖØ-Þ][{LATIN}]+$")

__all__ = ["NameRules", "latin_honorific"]


@cache
def latin_honorific() -> re.Pattern[str]:
    """Dr./Prof./Mr. … (``latin_honorifics.txt``) and the space after it, before a capital."""
    words = sorted(read_words("latin_honorifics.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")[ \u00a0]+(?=[A-ZÀ-ÖØ-Þ])")

_NUMERALS = frozenset("零一二三四五六七八九十百千万亿两几")
# aspect particles: after a one-character verb they end a clause's verb (带着, 看了, 去过)
_ASPECT = frozenset("着了过")
_DEGREE_ADVERBS = frozenset("更最很太较越挺极颇稍")


def _name_after(lex: Lexicon) -> str:
    """Words after which a name follows with no title (triggers.json
    ``name_before`` and the form's name label): 由X主持, 任命X为, 姓　名：X."""
    words = [re.escape(w[:-1]) + "[：:]" if w.endswith("：") else re.escape(w)
             for w in sorted(lex.triggers["name_before"], key=len, reverse=True)]
    words += ["[ \u3000]*".join(map(re.escape, w)) + "[：:]" for w in lex.triggers["form_name"]]
    return "(?:" + "|".join(words) + r")\s*"


# 姓名　单位　职务 on a line of its own (a WeChat post's guest list)
ROSTER_LINE = _ROSTER_LINE = re.compile(
    rf"^[ \u3000]*([\u4e00-\u9fff·]{{2,6}}|[A-Z][{LATIN}.'\-]+(?: [A-Z][{LATIN}.'\-]+)+)[\u3000 ]{{1,4}}([^\s\u3000]{{3,40}})[\u3000 ]{{1,4}}([^\s\u3000]{{2,30}})[ \u3000]*$",
    re.M,
)
# 姓名　单位职务 or 姓名　职务 on a line of its own (the unit and the post glued,
# or the post alone: a list of the school's own leaders)
ROSTER_LINE2 = re.compile(
    r"^[ \u3000]*(?:[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,2}[：:][ \u3000]*)?"  # (组　长：, 成　员：: the list's role, then its people)
    rf"([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \u3000])|[\u4e00-\u9fff·]{{2,6}}|[A-Z][{LATIN}.'\-]+(?: [A-Z][{LATIN}.'\-]+)+)"
    r"(?:[（(][男女][）)])?"
    r"[\u3000 ]{1,4}([^\s\u3000]{2,40})[ \u3000]*$", re.M)  # (万　霆: a two-character name spaced to align; 某某（女）)
# 姓名 on a line of its own and the posts on the next (a leaders page, one leader
# a list item: 某某 / 党组书记、局长 (or 职　务：党组书记、局长) / 主持全面工作。):
# the same as 姓名　职务
NAME_OVER_POST = re.compile(
    rf"^[ \u3000]*([\u4e00-\u9fff][ \u3000]{{1,2}}[\u4e00-\u9fff]|[\u4e00-\u9fff·]{{2,4}}|[A-Z][{LATIN}.'\-]+(?: [A-Z][{LATIN}.'\-]+)+)"
    r"[ \u3000]*\n[ \u3000]*(?:职[ \u3000]*务|现[ \u3000]*任)?[：:]?[ \u3000]*([^\s\u3000，。；,;：:]{2,40})[ \u3000]*$", re.M)


# a place named with its level (韶江省, 某市…局), and a word that begins a unit's name
# (韶江交通职业技术学院): see NameRules._place_fronts
_PLACE_WITH_LEVEL = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})(?=[省市县](?![长委]))|"
                               r"([\u4e00-\u9fff]{2})(?=[省市县](?![长委])[\u4e00-\u9fff]{0,8}(?:厅|局|委员会|政府|学院|大学|学校))")
_FRONT_OF_UNIT = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})((?:(?![在了的与和及为是对向将把被从到等也都还就又并率带一])[\u4e00-\u9fff]){2,12}?"
                            r"(?:学院|大学|集团|公司|学校|中心|协会))")

# 科　长：某某　副科长：某某 (a department's heads under its heading): a post's label,
# its characters perhaps spaced, then the name
LABEL_NAME = re.compile(r"(?:^|(?<=[ \u3000]))([\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,4})[：:][ \u3000]*"
                        r"([\u4e00-\u9fff]{2,4})(?=[ \u3000]|$)", re.M)


@cache
def _minority_parts() -> frozenset[str]:
    """Parts of Tibetan and Mongolian given names of three characters or more (``minority_name_parts.txt``)."""
    return frozenset(w for w in read_words("minority_name_parts.txt") if len(w) >= 3)


def _minority_names(lex: Lexicon) -> re.Pattern[str]:
    """A name of two or three parts of Tibetan or Mongolian given names (扎西卓玛, 哈斯朝鲁)."""
    return lex_pattern(lex, "minority_names", lambda x: "(?:" + alternation(read_words("minority_name_parts.txt")) + "){1,3}")


def label_title(lex: Lexicon, label: str) -> str | None:
    """The post a label names (科　长 -> 科长), or None."""
    word = re.sub(r"[ \u3000]", "", label)
    return word if lex.title_at(word, 0) == len(word) else None


def posts_only(lex: Lexicon, field: str) -> bool:
    """Whether ``field``, the line under a name line (:data:`NAME_OVER_POST`),
    ends with a post title (党组书记、局长), or with one and its qualifier in
    brackets (副市长（挂职）: ``triggers.json`` title_qualifiers)."""
    if field.endswith(("）", ")")) and (o := max(field.rfind("（"), field.rfind("("))) > 0 \
            and field[o + 1 : -1] in lex.triggers["title_qualifiers"]:
        field = field[:o]
    return any(k + lex.title_at(field, k) == len(field) for k in range(max(0, len(field) - 8), len(field) - 1))


def names_over_posts(t: str, lex: Lexicon) -> list[re.Match[str]]:
    """The name lines over a line of posts (:data:`NAME_OVER_POST`) of a list
    of leaders: two at least in the text, one alone is no list."""
    found = [m for m in NAME_OVER_POST.finditer(t) if posts_only(lex, m.group(2))] if "\n" in t else []
    return found if len(found) >= 2 else []


_DOT_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[·•・‧][\u4e00-\u9fff]{1,8})+$")  # …系卢卡·马尔蒂尼|教授
# 某某，男，1974年9月生，… (or 某某（女，…）): a person's profile in a 公示 or a notice
PROFILE_LINE = re.compile(
    r"^[ \u3000]*(?:(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])[ \u3000]*)?"
    r"([\u4e00-\u9fff·]{2,6}?|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3})[ \u3000]*"
    r"(?:[，,（(][ \u3000]*[男女][，,、）)]"  # (（一）某某，男，…)
    r"|(?:先生|女士)?[：:][ \u3000]*(?:\d{4}年(?:\d{1,2}月)?(?:出生|生)|[男女][，,]))",  # (a company's annex: 某某先生：1979年出生，…)
    re.M,
)
_GRADE_AND_MAJOR = re.compile(r"(?:\d{2,4}|[一二三四五六七八九〇零]{2,4})级[\u4e00-\u9fff]{0,14}?(?:专业|\d{1,2}班)")
# 一、某某 on a line of its own over a form's fields (性　　别：男 / 现任职务：…): a person's record
NUMBERED_NAME_LINE = re.compile(
    r"^[ \u3000]*[一二三四五六七八九十\d]{1,3}[、.．][ \u3000]*([\u4e00-\u9fff·]{2,6})[ \u3000]*\n"
    r"(?=[ \u3000]*(?:性[ \u3000]*别|出生|民[ \u3000]*族|现任职务|籍[ \u3000]*贯|政治面貌)[ \u3000]*[：:])", re.M)
_BEFORE_PHONE = re.compile(r"[，,（(\s\u3000]*(?:联系)?(?:电话|手机)[：:\s]*[\d（(]")  # 某某，电话：0791-…
COUNT_OF_PEOPLE = r"等[\d一二三四五六七八九十两几]+[位名人]"  # 某某等4位工作室领办人, 甲、乙等9人当选…
_COUNT_OF_PEOPLE = re.compile(COUNT_OF_PEOPLE)
_UNIT_IN_BRACKETS = re.compile(r"[（(]([^（()）\n]{4,40})[）)]")  # 某某（某某有限公司）
# 某某（单位职务）： on a programme line, or 某某（单位职务）、 in a list
_DE_THEN_BRACKET = re.compile(r"的(?=[\u4e00-\u9fff]{2,4}[（(])")  # 的某某（…）: a name after 的, its post in brackets
_POST_ENDED = re.compile(r"[^，,。；;\n]{2,40}?职务")  # (免去某某的)某学院院长职务
_NAME_PAREN = re.compile(
    rf"([\u4e00-\u9fff]{{2,4}}|[A-Z][{LATIN}]+(?: [A-Z][{LATIN}]+){{1,2}})"
    r"[（(][^（()）\n]{2,40}?(?:[（(][^（()）\n]{1,10}[）)][^（()）\n]{0,30})?[）)]\s*(?:[：:、，,；;。《]|$)",
    re.M,
)


_TABLE_LINE = re.compile(r"^[^\n]*[｜|│┃][^\n]*$", re.M)
# a border line of a table drawn with box characters (┌────┬──┐, ├──┼──┤)
_TABLE_BORDER = re.compile(r"[\s\u2500-\u257f]+")
# a text page's table without rules: cells apart by full-width spaces, tabs or
# two spaces, under a heading row that begins with 序号 and rows that begin with a number
_SPACED_CELLS = re.compile(r"[\u3000\t]+| {2,}")
_WIDE_CELLS = re.compile(r"[\u3000\t ]{2,}|\t")
_SPACED_HEAD = re.compile(r"^[ \u3000\t]*(?:序号|姓名)[\u3000\t ]", re.M)
_NAME_CELL = re.compile(rf"[\u4e00-\u9fff]{{2,4}}|[A-Z][{LATIN}]+(?: [A-Z][{LATIN}]+)+")  # 姓名　性别…: a row begins with a name
_ROW_NUMBER = re.compile(r"[0-9０-９]{1,3}[.、．]?")


def _cells(t: str, a: int, b: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the cells of the line ``t[a:b]``, cut at ``sep``, without their edge spaces."""
    out, k = [], a
    for m in [*sep.finditer(t, a, b), None]:
        e = m.start() if m is not None else b
        part = t[k:e]
        lead = len(part) - len(part.lstrip())
        out.append((k + lead, k + len(part.strip()) + lead))
        if m is not None:
            k = m.end()
    return out


_RULE_SEP = re.compile(r"[｜|│┃]")
_NAME_SEP = re.compile(r"[\u3000、，,]")


def table_lines(t: str) -> list[list[tuple[int, int]] | None]:
    """The cells of every table line of ``t``, in order; ``None`` between two
    tables (a line that is no table line, nor a border, ended the first).

    Two kinds: lines with ``｜`` between cells, and a text page's table with
    no rules (``序号　共同体名称　牵头单位`` and numbered rows of as many cells, or
    ``姓名　性别　…　现任职务`` and rows that begin with a name)."""
    out: list[list[tuple[int, int]] | None] = []
    if "｜" in t or "|" in t or "│" in t or "┃" in t:
        last_end = -2
        for m in _TABLE_LINE.finditer(t):
            if m.start() != last_end + 1 and not _TABLE_BORDER.fullmatch(t, last_end + 1, max(last_end + 1, m.start() - 1)):
                out.append(None)
            last_end = m.end()
            out.append(_cells(t, m.start(), m.end(), _RULE_SEP))
    for h in _SPACED_HEAD.finditer(t):
        end = t.find("\n", h.start())
        end = len(t) if end < 0 else end
        head = _cells(t, h.start(), end, _SPACED_CELLS)
        if len(head) < 3 or any(a == b for a, b in head):
            continue
        out.append(None)
        out.append(head)
        while end < len(t):
            a = end + 1
            b = t.find("\n", a)
            b = len(t) if b < 0 else b
            row = _cells(t, a, b, _SPACED_CELLS)
            if len(row) > len(head):  # 1　　某校　　甲　乙　丙　　一等奖: one space between a cell's names, more between cells
                row = _cells(t, a, b, _WIDE_CELLS)
            first = _ROW_NUMBER if t.startswith("序号", head[0][0]) else _NAME_CELL
            if len(row) != len(head) or not first.fullmatch(t, *row[0]):
                break  # (序号　…: numbered rows; 姓名　性别　…　现任职务: a 公示's rows, each a name first)
            out.append(row)
            end = b
    return out


def table_rows(t: str, lex: Lexicon) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """The rows of tables under a heading row (序号｜姓名｜工作单位及职务): for
    each row, the span of its person cell and of its unit-and-post cell
    (``triggers.json`` table_person, table_post). A table ends at the first
    line that is not one of its rows."""
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    person_col = post_col = span_to = None
    width = 0
    for cells in table_lines(t):
        if cells is None:
            person_col = None
            continue
        texts = [t[a:b] for a, b in cells]
        pc = next((i for i, x in enumerate(texts) if x in lex.triggers["table_person"]), None)
        if pc is not None and not any(c.isdigit() for c in texts[0]):
            person_col, width = pc, len(cells)
            post_col = next((i for i, x in enumerate(texts) if x in lex.triggers["table_post"]), None)
            # 姓名｜单位｜职务: the unit and the post in cells of their own, read as one span
            title_col = next((i for i, x in enumerate(texts) if x in lex.triggers["table_post"] and "职务" in x), None)
            span_to = title_col if post_col is not None and title_col is not None and title_col > post_col else None
            continue
        if person_col is not None and len(cells) == width:
            post = cells[post_col] if post_col is not None else None
            if post is not None and span_to is not None:
                post = (post[0], cells[span_to][1])
            out.append((cells[person_col], post))
    return out


# forms of address after a full name (祁某和先生): what stands before them is the name, 和 included
_ADDRESS_WORDS = ("先生", "女士", "同志")
_LIST_HEAD_FRONT = re.compile(r"^(?:经[\u4e00-\u9fff]{1,8}[，,]\s*)?(?:决定|现)?")  # 经研究，决定聘任：
_LIST_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*")  # 一、 （二） 3.


_TOPIC_PREPOSITIONS = ("就", "对", "向")  # after a name: what the person speaks about or to


#: Verbs of coming and going that may follow a name with no space (霍某来我院, 邱某到某校).
_VERB_TAILS = frozenset("来到赴去在向")


class NameRules:
    """Rules of :class:`~zhkg.extract.mentions._Finder` (mixed in)."""

    # -------------------------------------------------------------- names
    def _trigger_at(self, j: int) -> bool:
        t, lex = self.t, self.lex
        if lex.name_end_triggers.at(t, j):
            return True
        return t.startswith(lex_cached(lex, "name_follows", lambda x: tuple(x.triggers["name_follows"])), j)

    def _known_starting_with(self, ch: str) -> list[str]:
        """Known names that begin with ``ch``, longest first (an index kept in
        step with ``known_names``, which only grows)."""
        if self._known_size != len(self.known_names):
            index: dict[str, list[str]] = {}
            for name in sorted(self.known_names, key=lambda n: (-len(n), n)):
                index.setdefault(name[0], []).append(name)
            self._known_index, self._known_size = index, len(self.known_names)
        return self._known_index.get(ch, [])

    def _trigger_len(self, j: int) -> int:
        n = self.lex.name_end_triggers.at(self.t, j)
        follows = lex_cached(self.lex, "name_follows", lambda x: tuple(x.triggers["name_follows"]))
        return max(n, max((len(w) for w in follows if self.t.startswith(w, j)), default=0)) if self.t.startswith(follows, j) else n

    def _boundary(self, j: int, orgs: list[str]) -> bool:
        t, lex = self.t, self.lex
        if j >= self.n or t[j] in PUNCT or not (is_cjk(t[j])):
            return True
        if lex.title_at(t, j) or lex.person_cues.at(t, j) or lex.stopwords.at(t, j):
            return True
        if lex.name_end_triggers.at(t, j):
            return True
        if t.startswith(lex_cached(lex, "name_follows2", lambda x: tuple(w for w in x.triggers["name_follows"] if len(w) >= 2)), j):
            return True  # 副主席应然带领…: a verb of leading or going after the name
        if t.startswith(("新任", "同志", "一行", "先后", "等人", "等同志"), j):
            return True
        return self._place_score(j) > 0 or self._starts_unit(j, orgs)

    def name_at(self, i: int, orgs: list[str], strong: bool) -> Mention | None:
        """The person name starting at ``i`` (after a title or cue when ``strong``)."""
        t = self.t
        while i < self.n and t[i] in _NAME_GAP:
            i += 1
        if strong and i < self.n and is_latin(t[i]):
            if h := latin_honorific().match(t, i):  # 院长Dr. Lydia Tan: the name after the form of address
                i = h.end()
            m = _LATIN_NAME.match(t, i)
            if m and len(m.group(0).strip()) >= 3:
                end = i + len(m.group(0).rstrip(" -.'"))
                return Mention("person", i, end, t[i:end], t[i:end])
        if i >= self.n or not is_cjk(t[i]) or t[i] == "暨" and word_freq(t[i + 1 : i + 3]) > 1000:
            return None  # (兼职副院长暨产业导师: 暨 joins two posts before a common word, it begins no name)
        dm = _DOT_NAME.match(t, i) if self.has_dot else None
        if dm:  # 彼得·汉森: the last part ends where a boundary (致辞, a title, punctuation) starts
            last = max(t.rfind(c, i, dm.end()) for c in "·•・‧")
            end = next((e for e in range(last + 2, dm.end() + 1) if self._boundary(e, orgs)), None)
            if end is not None and (strong or self._trigger_at(end) or t[end : end + 1] in PUNCT):
                return Mention("person", i, end, t[i:end], t[i:end])
        if (pv := self.__dict__.get("_post_verbs")) is None:
            pv = self.__dict__["_post_verbs"] = tuple(self.lex.triggers["post_verbs"])  # (once per article, not per call)
        if t.startswith(pv, i):
            return None  # 党委书记　拟提名为…: the verb of a proposed post, no name
        if t[i] == "边" and "边" in t[i + 2 : i + 5]:
            return None  # 学徒边上岗边学习: 边…边 (two things at once), not the surname 边
        # known names first (longest)
        for name in self._known_starting_with(t[i]):
            end = self._match_name(i, name)
            if end:
                return Mention("person", i, end, t[i:end], name)
        if (mn := _minority_names(self.lex).match(t, i)) is not None and (mn.end() - i >= 4 or mn.group(0) in _minority_parts()) \
                and len(mn.group(0)) >= 3 and self._boundary(mn.end(), orgs):
            return Mention("person", i, mn.end(), mn.group(0), mn.group(0), {"minority": True})  # 学生扎西卓玛发言: parts of a Tibetan or Mongolian name
        s = self.lex.surname_len(t, i)
        if not s:
            if not strong or self._place_score(i) or any(t.startswith(o, i) and self._occurs_twice(o) for o in orgs):
                return None
            if t[i + 1 : i + 2] == "人":
                return None  # 总监|票人: a role word (监票人, 计票人) that a title only seemed to begin
            if self.tok_end.get(i) == i + 2 and pos_tag(t[i : i + 2]) in ("v", "vd", "d") and t[i] not in self.lex.word_surnames \
                    and t[i : i + 2] not in self.lex.compound_surnames:
                return None  # 董事届满离任: a verb after the title, no name (and no surname to begin one)
            if t[i] not in self.lex.word_surnames and word_freq(t[i]) > 10000 and pos_tag(t[i]) in ("v", "p", "d", "c"):
                return None  # 书记讲的故事, 书记校长讲思政课: a very common verb after the title, no surname (保 of 保某某 is rarer)
            s = 1
        if self.lex.title_at(t, i + s):
            return None  # 任副主任: a surname-like word before a post, not a name
        if (h := self.lex.honorifics.at(t, i + s)) and (i + s + h >= self.n or not is_cjk(t[i + s + h]) or t[i + s + h] in PUNCT
                                                        or self._trigger_at(i + s + h) or self.lex.stopwords.at(t, i + s + h)
                                                        or t.startswith(("女士", "先生"), i + s)):  # (市民胡女士带着…)
            return None  # 家长滕女士说: a surname and an honorific, no name to record
        # collect up to 2 given-name characters, allowing one white-space gap
        pos = []
        j = i + s
        gap = False
        while len(pos) < 2 and j < self.n:
            ch = t[j]
            if ch in _NAME_GAP and not gap and not pos:
                gap = True
                j += 1
                while j < self.n and t[j] in _NAME_GAP and j - (i + s) < 3:
                    j += 1  # 谈  笑: a run of spaces (two or three) between surname and given name
                continue
            if not is_cjk(ch) or ch in PUNCT:
                break
            pos.append(j)
            j += 1
        if not pos:
            return None
        if gap and len(pos) == 2 and not self._boundary(pos[1] + 1, orgs):
            pos = pos[:1]
        if len(pos) == 1:
            end = pos[0] + 1
        else:
            e2, e3 = pos[0] + 1, pos[1] + 1
            if t[pos[1]] == "及" and is_cjk(t[e3 : e3 + 1] or "。") and t[e3] not in PUNCT:
                end = e2  # 处长尚德及相关负责人: 及 joins, it is no name's last character
            elif t[pos[1]] == "边" and is_cjk(t[e3 : e3 + 1] or "。") and "边" in t[e3 + 1 : e3 + 3]:
                end = e2  # 系主任靳某边走边介绍: 边…边 (while doing one thing, another) follows the name
            elif (sw := self.lex.stopwords.at(t, pos[1])) >= 2 and self.tok_end.get(pos[1]) == pos[1] + sw:
                end = e2  # 中心主任王毅关于…的汇报: a function word of two characters (关于, 对于) begins after the name
            elif self.lex.stopwords.at(t, pos[1]) and pos[1] in self.wb and t[pos[1]] in "在与和及等为是的了将对向从到也都还就又并被把给让以于则亦却":
                end = e2
                if t[pos[1]] in "和与及" and t.startswith(_ADDRESS_WORDS, e3):
                    end = e3  # 聘任祁某和先生为…: 先生 after it, 和 is the name's last character
                elif t[pos[1]] in "和与及为" and (self._verb_after_conjunction(e3) or t.startswith(("不再担任", "不再兼任"), e3)) and not (
                        t[pos[1]] == "与" and (w := self.tok_end.get(e3)) is not None and w - e3 > self._trigger_len(e3)
                        and pos_tag(t[e3:w]).startswith("n")) and not (
                        t[pos[1]] == "为" and self._appointing_before(i)):  # (选举甲为共同体理事长: 为 says what the name is made)
                    end = e3  # 诸葛某和介绍了…: 和 joins nothing, it ends the name (but 邝某与代表团全体成员: a group joined)
                elif t[pos[1]] in "和与及" and (t[e3 : e3 + 1] == "为" and t.endswith(tuple(self.lex.triggers["appoint_before"]), 0, i)
                                               or t[e3 : e3 + 1] in ("与", "和", "及", "、")):
                    end = e3  # 聘任段某和为…, 陶某和与某某分别代表…: 和 before 为 or a conjunction joins nothing, it ends the name
                elif t[pos[1]] in "和与" and (L := self.lex.title_at(t, e3) or self.lex.person_cues.at(t, e3)) and (
                        self._trigger_at(e3 + L) or t[e3 + L : e3 + L + 1] in PUNCT):
                    end = e3  # 所长戴某和教授作了报告: a title and what it did follow, no second name
                elif t[pos[1]] in "亦却" and t[e3 : e3 + 1] and (t[e3] in PUNCT or t[e3] in "与和及、"):
                    end = e3  # 副总经理彭书亦与…: an adverb is followed by a verb, so before a conjunction it is the name's
                elif t[pos[1]] == "让" and (self._trigger_at(e3) or (w := self.tok_end.get(e3)) is not None
                                             and pos_tag(t[e3:w]) in ("v", "p", "d")):
                    end = e3  # 所长黎某让发布了…: a verb follows, so 让 lets no one do it: it ends the name
            else:
                trig2, trig3 = self._trigger_at(e2), self._trigger_at(e3)
                p2, p3 = self._place_score(e2), self._place_score(e3)
                if p2 == 2 and t[e2 + 1 : e2 + 2] in FUNCTION_CHARS:
                    p2 = 0  # 县长阮星澜在县政府…: 澜在县 is no place (在 ends the name, it begins none)
                u2, u3 = self._starts_unit(e2, orgs), self._starts_unit(e3, orgs)
                b2, b3 = self._boundary(e2, orgs), self._boundary(e3, orgs)
                if trig2 and (not trig3 or self._trigger_len(e2) >= 2):
                    end = e2
                elif t[e3 : e3 + 1] in _ASPECT and not word_freq(t[e3 : e3 + 2]) and pos_tag(t[pos[1]]) == "v" \
                        and word_freq(t[pos[1]]) > 5000:
                    end = e2  # 系主任王某带着学生…: a verb and its aspect particle follow a two-character name
                elif u3 or (p3 and p3 >= p2):
                    end = e3
                elif u2 or p2:
                    end = e2
                elif b3:
                    end = e3
                elif b2:
                    end = e2
                else:
                    w2 = max((n for n in (2, 3, 4) if word_freq(t[e2 : e2 + n]) > 0), default=0)
                    w3 = max((n for n in (2, 3, 4) if word_freq(t[e3 : e3 + n]) > 0), default=0)
                    end = e3 if (w3 and not w2) or (strong and not w2) else e2
        if end - i == 3 and t[end - 1] == "及" and word_freq(t[i : end - 1]) > 0:
            end -= 1  # 副校长毕竟及副市长…: 及 joins two names, it ends none
        if end - i == 4 and t[end - 1] == "与" and is_cjk(t[end : end + 1] or "。"):
            end -= 1  # 党委书记夏侯珣与代表团成员: 与 joins the name to what follows, it ends no given name
        name = _clean(t[i:end])
        if len(name) < 2:
            return None
        if t[end : end + 1] in ("市", "省", "县") or name in self.lex.generic_orgs:
            return None
        if len(name) == 2 and name in self._place_fronts():
            return None  # 由韶江某某集团…牵头 in an article that names 韶江省: the place, not a person
        if self.lex.person_cues.at(name, 0) == len(name):
            return None  # 师生, 学生: who people are, not a name (jieba tags 师生 as a name)
        if name in self.lex.triggers["gather"]:
            return None  # 嘉宾齐聚, 专家云集: the verb of gathering, not a name
        if len(name) >= 3 and self.lex.person_cues.at(name, 0) >= 2:
            return None  # 把师傅当老师: a role word (师傅) and what follows, not a name
        if len(name) == 2 and name[-1] == "州" and is_cjk(t[end : end + 1] or "。") and not self._trigger_at(end):
            return None  # 莘州经济技术开发区: a place (某州) before the rest of a name
        inside = next((k for k in range(i + 1, end) if self._place_score(k) == 2 and t[k + 1] not in FUNCTION_CHARS), None)
        if inside is not None:  # a place starts inside: 王某|青州市…, 任江|城市…
            if inside - i < 2:
                return None
            end = inside
            name = _clean(t[i:end])
        if (n := self.lex.org_suffixes.at(t, end)) >= 2 and not (
                n >= 3 and self.lex.org_kind.get(t[end : end + n]) == "unit" and self.lex.title_at(t, end + n) and strong) \
                or (word_freq(name) > 50 and not pos_tag(name).startswith("nr")
                                                      and not (strong and self._word_name_after_title(name, end))):
            return None
        if (not strong or not self.lex.surname_len(name)) and word_freq(name) > 0 and not pos_tag(name).startswith("nr") \
                and not (strong and self._word_name_after_title(name, end)):
            return None
        if not strong and word_freq(name[:2]) > 1000 and not pos_tag(name[:2]).startswith("nr"):
            compound = self.lex.surname_len(name) == 2 and len(name) >= 3 and self._boundary(end, orgs)
            if not compound:  # 东方某某、: a compound surname that is also a word
                return None
        if len(name) == 2 and any(word_freq(t[end - 1 : end + n]) for n in (2, 3)):
            return None  # 学生成香饽饽: the second character begins a longer word (香饽饽), no name ends there
        common_first = word_freq(name[0]) > 20000 or self.lex.stopwords.at(name, 0)
        if not self.lex.surname_len(name) and common_first and not (strong and self._word_surname_name(name, end, orgs)):
            return None  # a word, not a name; but 副院长时某某: a surname that is a word, right after a title
        return Mention("person", i, end, t[i:end], name)

    def _name_in_field(self, a: int, b: int, orgs: list[str]) -> None:
        """The name that fills ``t[a:b]``, a form's or a list line's name field, exactly."""
        if not self.person_cov[a]:
            p = self.name_at(a, orgs, strong=True)
            if p and p.end == b:
                self._add_person(p)

    def _unit_ends_before(self, j: int, orgs: list[str]) -> int | None:
        """``j`` when a unit name the text knows ends there (来自某学院|的)."""
        return j if any(self.t.endswith(o, 0, j) for o in orgs) else None

    def _word_like_name(self, i: int, k: int) -> Mention | None:
        """``t[i:i+k]`` as a name although it is a word (应变, 莫非), where the
        place says a name stands there (between 任命 and 为, before 任 and a post
        at a notice's line start): it begins with a surname (one that is a word
        too), and it is no very common word and no title."""
        t, lex = self.t, self.lex
        name = t[i : i + k]
        if len(name) == k and (lex.surname_len(t, i) or t[i] in lex.word_surnames) and all(is_cjk(c) for c in name) \
                and word_freq(name) <= 5000 and not lex.title_at(t, i):
            return Mention("person", i, i + k, name, name)
        return None

    def _place_fronts(self) -> frozenset[str]:
        """Two-character places the article names with their level (韶江省, 枫州市,
        not 市长 or 市委 after a name): such a word is a place wherever it stands."""
        if "_place_fronts_memo" not in self.__dict__:
            fronts = {m.group(1) or m.group(2) for m in _PLACE_WITH_LEVEL.finditer(self.t)}
            # (or that begins two different units' names: 韶江交通职业技术学院, 韶江电子信息职业教育集团)
            seen: dict[str, set[str]] = {}
            for m in _FRONT_OF_UNIT.finditer(self.t):
                seen.setdefault(m.group(1), set()).add(m.group(2))
            fronts |= {x for x, rest in seen.items() if len(rest) >= 2}
            self._place_fronts_memo = frozenset(fronts)
        return self._place_fronts_memo

    def _word_name_after_title(self, name: str, end: int) -> bool:
        """Whether ``name``, a word right after a title (校长何方，, 书记高远到),
        is a name: it begins with a surname, is no verb or function word, is
        not very common, and punctuation, a trigger, a preposition or (on a
        roster line) white space and a post follow it."""
        if not (self.lex.surname_len(name) or name[0] in self.lex.word_surnames) or len(name) > 3 or word_freq(name) > 5000:
            return False
        tag = pos_tag(name)[:1]
        # 某局党组书记、局长　简明 at a line's end: a roster line of officials
        roster_end = self.t[end : end + 1] in ("\n", "") and self.t[end - len(name) - 1 : end - len(name)] in (" ", "\u3000")
        if tag == "v" and len(name) == 2 and self.lex.surname_len(name) and name[0] not in self.lex.word_surnames \
                and not self.lex.name_end_triggers.at(name, 0) and word_freq(name) <= 3000:
            tag = "n"  # 院长申明，: a rare verb after a plain surname is read as a name (not 表示, 强调: triggers, word surnames)
        elif tag == "v" and len(name) == 2 and not self.lex.name_end_triggers.at(name, 0) and word_freq(name) <= 3000 \
                and (self._trigger_at(end)  # (副主席应然带领…: a verb of leading a group too)
                     or self.t[end : end + 1] in _TOPIC_PREPOSITIONS  # 局长相宜就某政策作了说明
                     or roster_end
                     or self.t[end : end + 1] in ("，", "、", "；") and (self.lex.title_at(self.t, end + 1) or any(
                         self.lex.org_suffixes.ending_at(self.t, e) and self.lex.title_at(self.t, e)
                         for e in range(end + 3, min(self.n, end + 26))))):
            tag = "n"  # 部长丰收主持, 副总经理安心，总工程师某某: a rare verb after a title, then a verb of the event or the next post
            # (or a preposition of the topic, or the end of a roster line: 局长　相宜)
        if tag in ("v", "p", "c", "u", "q", "f", "y", "e") or tag == "m" and name[-1] in _NUMERALS:
            return False  # (a noun may be a name: 方圆, 文化; a numeral-like word too: 万里)
        if tag == "s" and not self.lex.surname_len(name) and is_cjk(self.t[end : end + 1] or "。") and self.t[end] not in PUNCT:
            return False  # 校长门前讲话: a word surname, then a place word (门前, 门口) before the verb
            # (but 院长向前、副院长… and 向前　某学院　院长: a name in a list or a roster; 学生夏至作为代表发言: a plain surname)
        nxt = self.t[end : end + 1]
        if nxt in " \u3000":  # 方圆　副校长, 江　河　某公司总经理: a roster line, the post after the name
            k = end
            while self.t[k : k + 1] in (" ", "\u3000"):
                k += 1
            le = self.t.find("\n", k)
            le = self.n if le < 0 else le
            return self.lex.title_at(self.t, k) > 0 or le - k <= 40 and any(
                self.lex.title_at(self.t, x) for x in range(k, le))
        if nxt == "等" and (self._trigger_at(end + 1) or self.t[end + 1 : end + 2] in PUNCT):
            return True  # 院长何苦等出席: the end of a list of officials
        if roster_end:
            return True
        if nxt in ("\n", ""):  # 分管局领导：党组书记、局长全景: a label's line of posts, the name last
            ls = self.t.rfind("\n", 0, end) + 1
            colon = max(self.t.rfind("：", ls, end), self.t.rfind(":", ls, end))
            if colon >= 0 and end - len(name) - colon <= 16 and not re.search(r"[，,。；;！？（(]", self.t[colon : end]):
                return True
        if nxt == "\n" and any(m.end(1) == end for m in names_over_posts(self.t, self.lex)):
            return True  # 时　宜 / 党组书记、局长: a name line over its posts
        return nxt in "，、；。,;（(" or nxt in "到在于与和及为" or nxt in _TOPIC_PREPOSITIONS or bool(self._trigger_at(end))

    def _verb_after_conjunction(self, e: int) -> bool:
        """Whether a verb of the sentence (a trigger, or a word jieba tags as a
        verb) or punctuation follows ``e`` directly, where a second name would
        follow a 和."""
        t = self.t
        if e >= self.n or t[e] in PUNCT or t[e] in "的了等":
            return True  # 副院长某清和，, 免去某某和的职务: nothing to join after it
        if self.lex.surname_len(t, e):
            return False
        if self._trigger_at(e):
            return True
        end = next((b for b in range(e + 2, min(e + 5, self.n) + 1) if b in self.wb), None)
        return end is not None and pos_tag(t[e:end]).startswith("v")

    def _post_clause_after(self, e: int) -> bool:
        """Whether a comma at ``e`` opens a short clause that ends with a post
        title or a role word (，我院某学院副院长，/ ，某公司运营总监；/ ，某学院教师。)."""
        t, lex = self.t, self.lex
        if t[e : e + 1] not in ("，", ","):
            return False
        m = CLAUSE_STOP.search(t, e + 1)
        end = m.start() if m else len(t)
        if not 2 <= end - e - 1 <= 24:
            return False
        return any(lex.title_at(t, k) == end - k or lex.person_cues.at(t, k) == end - k for k in range(e + 1, end))

    def _post_after_comma(self, e: int, orgs: list[str]) -> bool:
        """Whether ``，某单位职务；`` or ``，职务；`` follows ``e`` (出席的有：某某，某局局长；…)."""
        t = self.t
        if t[e : e + 1] not in ("，", ","):
            return False
        o = next((o for o in orgs if t.startswith(o, e + 1)), None)
        if o is None:  # 司马某某，副市长；: a post with no unit, then the list's mark
            L = self.lex.title_at(t, e + 1)
            return L > 0 and t[e + 1 + L : e + 2 + L] in ("；", ";", "。", "\n")
        return self.lex.title_at(t, e + 1 + len(o)) > 0

    def _word_surname_name(self, name: str, end: int, orgs: list[str]) -> bool:
        """Whether ``name``, right after a title, is a name whose surname is
        also a word (时, 向): its given name is no common word (理事和会员 is
        none) and a boundary follows it (a two-character name: punctuation or
        a verb of the sentence)."""
        given = name[1:]
        topic = self.t[end : end + 1] in _TOPIC_PREPOSITIONS  # 局长相宜就某政策作了说明
        if name[0] not in self.lex.word_surnames or not (topic or self._boundary(end, orgs)):
            return False
        if given in FUNCTION_CHARS:
            return False  # 毕业生都能…: an adverb and a modal verb, not 都 and a given name
        if given[0] in _DEGREE_ADVERBS:
            return False  # 让学生有更宽的通道: a verb and an adverb of degree, not 有 and a given name
        if len(given) >= 2 and word_freq(given) > 50 and not pos_tag(given).startswith(("nr", "ns")):
            return False  # (a place's name may be a given name: 全洛川)
        if name[0] in "和与及":  # (a conjunction: 教授和营员表示…, 校长和蔼地…)
            if len(name) == 3 and self.t[end : end + 1] in "，、。；,;" and not word_freq(given) \
                    and not self.lex.person_cues.at(given, 0) and not self.lex.title_at(given, 0):
                return True  # 总经理和润之、: a given name that is no word, then the list goes on
            return len(name) == 2 and (self.t[end : end + 1] in "，、。；,;" or self._trigger_at(end))  # 副院长和煦，, 副院长和煦参加
        return len(name) >= 3 or self.t[end : end + 1] in PUNCT or topic or self._trigger_at(end)

    def _occurs_twice(self, s: str) -> bool:
        """Whether ``s`` stands at least twice in the text (memoised)."""
        if s not in self._twice:
            first = self.t.find(s)
            self._twice[s] = first >= 0 and self.t.find(s, first + 1) >= 0
        return self._twice[s]

    def _match_name(self, i: int, name: str) -> int:
        t, k, j = self.t, 0, i
        while k < len(name) and j < self.n:
            if t[j] == name[k]:
                k += 1
                j += 1
            elif t[j] in _NAME_GAP and k > 0:
                j += 1
            else:
                return 0
        return j if k == len(name) else 0

    def _add_person(self, p: Mention) -> None:
        # (slices of the bytearray: any() and the fill run in C)
        if any(self.person_cov[p.start : p.end]):
            return
        self.persons.append(p)
        self.person_cov[p.start : p.end] = b"\x01" * (p.end - p.start)
        self.known_names.add(p.name)

    def _appointment_list_lines(self) -> set[int]:
        """Starts of the lines under a heading that is a verb of appointing or
        removing alone (一、决定任命 / 二、免去 / 经研究，决定聘任：): each line names a person first
        (王某为某局局长；, 李某的某局局长职务；), until a blank line or another heading."""
        t, out = self.t, set()
        verbs = tuple(self.lex.triggers["appoint_before"])
        decided = tuple(self.lex.triggers["decision_heads"])
        under, pos = False, 0
        for line in t.split("\n"):
            body = _LIST_HEAD_FRONT.sub("", _LIST_ORDINAL.sub("", line.strip())).rstrip("：:")
            if body in verbs or line.strip().endswith(("：", ":")) and body.endswith(decided):  # (经某会议研究决定：)
                under = True
            elif not line.strip() or _LIST_ORDINAL.match(line.strip()):
                under = False
            elif under:
                out.add(pos + len(line) - len(line.lstrip()))
            pos += len(line) + 1
        return out

    def _appointing_before(self, i: int) -> bool:
        """Whether the sentence before ``i`` holds a verb of appointing or
        electing (``triggers.json`` appoint_before: 选举, 任命, 聘任 …)."""
        start = max(self.t.rfind(c, 0, i) for c in "。；;\n") + 1
        return any(v in self.t[start:i] for v in self.lex.triggers["appoint_before"])

    def _appointment_goes_on(self, i: int) -> bool:
        """Whether the clause before ``i`` appoints someone to a post (…为某科主任,
        …为某科副主任（主持工作）) in a sentence begun by a verb of appointing
        (聘任甲为…，乙为…): the clause at ``i`` may name the next one."""
        t, lex = self.t, self.lex
        e = i - 1
        if t[e - 1 : e] in "）)" and (o := max(t.rfind("（", max(0, e - 12), e), t.rfind("(", max(0, e - 12), e))) >= 0:
            e = o  # 副主任（主持工作）: the note after the post
        if not lex.titles.ending_at(t, e):
            return False  # (most clauses end in no post: no further work)
        k = max(t.rfind(c, 0, i - 1) for c in "，,；;。\n") + 1
        if "为" not in t[k:e]:
            return False
        start = max(t.rfind(c, 0, i) for c in "。\n") + 1
        return any(v in t[start:i] for v in lex.triggers["appoint_before"])

    def _names_by_pattern(self, orgs: list[str]) -> None:
        """Names in trigger contexts without a title: 由X主持, 任命X为, X致辞 …"""
        t, lex = self.t, self.lex
        starts = set()
        after = lex_pattern(lex, "name_after", lambda x: _name_after(x) + "|(?:" + alternation(x.triggers["list_heads"]) + r")\s*")
        for m in after.finditer(t):
            starts.add(m.end())
        for m in _GRADE_AND_MAJOR.finditer(t) if "级" in t else ():
            starts.add(m.end())  # 2024级数控技术应用专业卢某某作了发言: a student by grade and major
        heads = lex_pattern(lex, "list_heads", lambda x: "(?:" + alternation(x.triggers["list_heads"]) + r")\s*")
        listed_after = {m.end() for m in heads.finditer(t)}  # 称号的有：甲、乙、丙
        after_end = lex_pattern(lex, "name_after_end", lambda x: _name_after(x) + "$")
        # a name at the start of a clause followed by a speech/chair verb
        verbs = lex_cached(lex, "name_then", lambda x: tuple(
            w for k in ("speak", "say", "chair", "represent", "name_then") for w in x.triggers[k]))
        for m in re.finditer(r"(?:^|[，,。；;：:！？\n、\s])", t):
            starts.add(m.end())
        for m in _DE_THEN_BRACKET.finditer(t):
            starts.add(m.end())  # 新交流任职的某某（某中心主任）: a name after 的, its post in brackets
        person_ends = {q.end for q in self.persons}  # (names after titles and cues, found before this pass)
        listed_lines = self._appointment_list_lines() if "\n" in t else set()
        for i in sorted(starts):
            if i >= self.n or self.person_cov[i]:
                continue
            if i in listed_lines and (q := self.name_at(i, orgs, strong=True)) is not None \
                    and t.startswith(("为", "的", "同志"), q.end) and _plausible_name(q.name):
                self._add_person(q)  # 一、决定任命 / 王某为某局局长；: each line is one appointment
                continue
            p = self.name_at(i, orgs, strong=False)
            if 0 <= t.find("不再", i + 2, i + 7) and (q := p or self.name_at(i, orgs, strong=True)) is not None \
                    and t.startswith(("不再担任", "不再兼任"), q.end) and self.lex.surname_len(t, i) \
                    and _plausible_name(q.name[:2] if len(q.name) == 3 and q.name[2] == "和" else q.name):  # (柏景和不再担任…)
                self._add_person(q)  # 严某不再担任某学院院长职务: a name before the words of leaving a post
                continue
            if not p and t[i - 1 : i] == "、" and (i - 1) in person_ends and t[i] in lex.word_surnames:
                # 副院长甲某、和煦，: a name with a surname that is a word, in a list after a name
                q = self.name_at(i, orgs, strong=True)
                if q is not None and t[q.end : q.end + 1] in ("，", "、", "。", "；") and self._word_surname_name(q.name, q.end, orgs):
                    self._add_person(q)
                    continue
            if (i == 0 or t[i - 1] == "\n") and t[i] not in lex.word_surnames and lex.surname_len(t, i) \
                    and (q := p or self.name_at(i, orgs, strong=True)) is not None and _plausible_name(q.name) \
                    and self._post_clause_after(q.end):
                self._add_person(q)  # 庞某某，我院某学院副院长，挂职任…: a notice's line, the name, then its post
                continue
            if not p and t[i - 1 : i] in ("：", ":", "；", ";") and t[i] in lex.word_surnames \
                    and (q := self.name_at(i, orgs, strong=True)) is not None and self._post_after_comma(q.end, orgs) \
                    and _plausible_name(q.name):
                self._add_person(q)  # 出席的有：…；蒿某某，某局局长；: the post after the comma is as strong a cue as a title
                continue
            if not p and t.endswith(tuple(lex.triggers["appoint_before"]), 0, i):
                p = self.name_at(i, orgs, strong=True)  # 聘任时某某为…, 任命单纯为…: a word-like name after the verb
                e = (b.end() if p is not None and (b := _SHORT_BRACKET.match(t, p.end)) else p.end) if p is not None else 0
                if p is not None and not t.startswith(("为", "同志"), e) and not (
                        t.startswith("的", p.end) and _POST_ENDED.match(t, p.end + 1)):  # 免去丰某某的某学院党委书记职务
                    p = None
                if p is None:  # 任命应变为某局局长: a name that is a verb, between the verb of appointing and 为
                    p = next((q for k in (2, 3) if t.startswith(("为", "同志"), i + k) and not lex.org_suffixes.ending_at(t, i + k)
                              and (q := self._word_like_name(i, k)) is not None), None)
            if t[i - 1 : i] in "，,；;" and self._appointment_goes_on(i) \
                    and (q := p or self.name_at(i, orgs, strong=True)) is not None and t.startswith("为", q.end) and _plausible_name(q.name):
                self._add_person(q)  # 聘任甲为某科主任，乙为某科主任: the list of appointments goes on
                continue
            if not p and t[i + 2 : i + 3] == "任" and t[i + 3 : i + 4] not in ("务", "何", "期") \
                    and (i == 0 or t[i - 1] in "\n　 ，；;：:") and (q := self._word_like_name(i, 2)) is not None:
                stop = re.search(r"[，,。；;\n]", t[i + 3 : i + 40])
                clause_end = i + 3 + (stop.start() if stop else 37)
                if any(lex.title_at(t, x) for x in range(i + 4, clause_end)):
                    p = q  # 莫非任某学院院长: a notice's line, the name before 任 and a post
            if not p:
                # 滑某某（某学会会长）：《题目》, 蒿某某（某局局长）、: the bracketed
                # post is as strong a cue as a title before the name
                lead = _NAME_PAREN.match(t, i)
                if lead is None or lex.title_at(t, lead.end(1) + 1) or not any(lead.end(1) < m.start < lead.end() for m in self.titles):
                    continue
                # the name starts at a surname that is no common word (嘉宾有王某（…）:
                # 有 is the verb), else at a word-like one (蒿某某（…）)
                after_word = i > 0 and is_cjk(t[i - 1])  # (嘉宾|有王某: inside a clause, not at its start)
                if (t[i] in lex.word_surnames or t[i].isascii()) and not after_word:
                    st = i  # 滑某某（某学会会长）： at a line's start; Jonas Lindqvist（某公司技术总监）
                else:
                    st = next((x for x in (i, i + 1, i + 2) if lead.end(1) - x >= 2 and lex.surname_len(t, x)
                               and t[x] not in lex.word_surnames), i if t[i] in lex.word_surnames else None)  # (还有禚某（…）)
                if st is None:
                    continue
                p = self.name_at(st, orgs, strong=True)
                if not p or p.end != lead.end(1):
                    continue
                self._add_person(p)
                continue
            # tests at p.end of t, not on a copy of the rest of the text
            e = p.end
            ctx = t[max(0, i - 8) : i]
            if (
                t.startswith(verbs, e)
                or after_end.search(ctx)
                or t.startswith(("（", "("), e)
                and self._paren_has_title(e)
                or t.startswith("、", e) and p.name in self.known_names
                or self._post_after_comma(e, orgs) and (t[i - 1 : i] in ("：", ":", "；", ";")
                                                        or t[i - 1 : i] in ("，", ",") and _plausible_name(p.name))
                or i in listed_after and t[e : e + 1] in ("、", "；", ";", "。", "\n", "") and _plausible_name(p.name)
                or t[i - 1 : i] == "、" and (i - 1) in person_ends and _plausible_name(p.name)  # 学生甲、乙组成的…: the list goes on
            ):
                self._add_person(p)
        # 甲、乙作为学生代表…: a name before 、 and a name found after it
        listed = sorted(i for i in starts if i < self.n and "、" in t[i + 2 : i + 5])  # (only where a 、 follows)
        for _ in range(3):
            person_starts = {p.start for p in self.persons}
            added = False
            for i in listed:
                if self.person_cov[i] or not any(s in person_starts for s in range(i + 3, i + 6)):
                    continue
                p = self.name_at(i, orgs, strong=False)
                if p and t.startswith("、", p.end) and (p.end + 1) in person_starts:
                    self._add_person(p)
                    added = True
            if not added:
                break
        # 由甲、乙、丙组成的参赛队: a list goes on after a name found, to a name that ends it
        for _ in range(3):
            added = False
            for q0 in list(self.persons):
                i = q0.end + 1
                if t[q0.end : i] in ("（", "(") and (c := t.find("）" if t[q0.end] == "（" else ")", q0.end, q0.end + 42)) > 0 \
                        and t[c + 1 : c + 2] == "、" and "\n" not in t[q0.end : c]:
                    i = c + 2  # 外部董事甲（某大学教授）、乙，: the list goes on after the bracket
                    if i >= self.n or self.person_cov[i]:
                        continue
                    p = self.name_at(i, orgs, strong=False)
                    if p and _plausible_name(p.name) and t[p.end : p.end + 1] in ("、", "，", "。", "；", "（"):
                        self._add_person(p)
                        added = True
                    continue
                spaced = t[q0.end : i] in (" ", "\u3000") and i < self.n and is_cjk(t[i]) and self.lex.surname_len(t, i) > 0
                if t[q0.end : i] != "、" and not spaced or i >= self.n or self.person_cov[i]:
                    continue  # (副院长甲 乙以及…: names a space apart, the second with a surname that is no word)
                p = self.name_at(i, orgs, strong=False)
                if p is None and (t[q0.end : i] == "、" or spaced) and self.lex.surname_len(t, i) and t[i] not in self.lex.word_surnames \
                        and (q := self.name_at(i, orgs, strong=True)) is not None and len(q.name) == 2 \
                        and (t.startswith("分别", q.end) or spaced and t[q.end : q.end + 1] in ("，", "、", "；")):
                    p = q  # 甲、乙、江堤分别…, 副校长甲 江堤，: a word-like name ends the list of names
                if p and _plausible_name(p.name) and (t[p.end : p.end + 1] in ("、", "，", "。", "；") or t.startswith(("组成", "等"), p.end)
                                                      or spaced and t.startswith(("以及", "和", "及"), p.end) or self._trigger_at(p.end)):
                    self._add_person(p)
                    added = True
            if not added:
                break
        # 来自某单位的某某, 某某等4位(名)…: a unit before 的, or a count of people after 等
        for m in lex_pattern(self.lex, "from_unit", lambda x: "(?:" + alternation(x.triggers["from_unit"]) + r")[^，,。；;！？\n]{3,40}?的").finditer(t):
            i = m.end()
            if self.person_cov[i] or not (self.lex.surname_len(t, i) or t[i : i + 1] in self.lex.word_surnames):
                continue
            p = self.name_at(i, orgs, strong=True)
            if p and self._unit_ends_before(m.end() - 1, orgs) and _plausible_name(p.name):
                self._add_person(p)
        for m in _COUNT_OF_PEOPLE.finditer(t):
            for n in (3, 2):
                i = m.start() - n
                if i < 0 or self.person_cov[i] or not self.lex.surname_len(t, i) or (i > 0 and is_cjk(t[i - 1]) and t[i - 1] not in "为向给由与和及、"):
                    continue
                p = self.name_at(i, orgs, strong=True)
                if p and p.end == m.start() and _plausible_name(p.name):
                    self._add_person(p)
                    break
            # 某学院甲、某学院乙等152名同学: each name of the list right after its unit
            cs = max(t.rfind(c, 0, m.start()) for c in "，,。；;：:\n") + 1
            for o in orgs:
                k = t.find(o, cs, m.start())
                while k >= 0:
                    i = k + len(o)
                    if i < m.start() and not self.person_cov[i] and self.lex.surname_len(t, i):
                        p = self.name_at(i, orgs, strong=True)
                        if p and (p.end == m.start() or t.startswith("、", p.end)) and _plausible_name(p.name):
                            self._add_person(p)
                    k = t.find(o, k + 1, m.start())
        # the person's cell of a table row (序号｜姓名｜工作单位及职务, 萧景行（副院长）)
        for (a0, b0), _ in table_rows(t, self.lex):
            for a, b in _cells(t, a0, b0, _NAME_SEP) if "\u3000" in t[a0:b0] or "、" in t[a0:b0] else [(a0, b0)]:
                # (甲　乙　丙, 甲、乙: a team's names in one cell)
                if a >= b or self.person_cov[a] or not (self.lex.surname_len(t, a) or t[a] in self.lex.word_surnames):
                    continue
                p = self.name_at(a, orgs, strong=True)
                if p and (p.end == b or t[p.end : p.end + 1] in "（("):
                    self._add_person(p)
        # a contact: 某处　某某，电话：…, 联系人：某某（电话…）
        for m in _BEFORE_PHONE.finditer(t) if ("电话" in t or "手机" in t) else ():
            for n in (3, 2, 4):
                i = m.start() - n
                if i < 0 or self.person_cov[i] or not self.lex.surname_len(t, i) or is_cjk(t[i - 1 : i] or "。") \
                        and not self.lex.org_suffixes.ending_at(t, i) and t[i - 1] not in "：:":
                    continue
                p = self.name_at(i, orgs, strong=True)
                if p and p.end == m.start() and _plausible_name(p.name):
                    self._add_person(p)
                    break
        # a form's record headed by a numbered name line (一、某某 / 性　　别：男 …)
        for m in NUMBERED_NAME_LINE.finditer(t):
            self._name_in_field(m.start(1), m.end(1), orgs)
        # a profile: 某某，男，1974年9月生，… at a line's start
        for m in PROFILE_LINE.finditer(t):
            self._name_in_field(m.start(1), m.end(1), orgs)
        # 科　长：某某　副科长：某某: a name after a post's label
        for m in LABEL_NAME.finditer(t):
            if label_title(self.lex, m.group(1)):
                self._name_in_field(m.start(2), m.end(2), orgs)
        # a roster line: 姓名　单位　职务 (a guest list, one person a line)
        for m in _ROSTER_LINE.finditer(t):
            if self.lex.title_at(t, m.start(3)):
                self._name_in_field(m.start(1), m.end(1), orgs)
        for m in (*ROSTER_LINE2.finditer(t), *names_over_posts(t, self.lex)):
            field = m.group(2)
            if any(self.lex.title_at(field, k) for k in range(len(field))) or (  # (…技术中心主任、高级技师: a post anywhere in it)
                    (c := self.lex.person_cues.ending_at(field, len(field))) and len(field) - c >= 4
                    and self.lex.org_suffixes.ending_at(field, len(field) - c)):  # 某某　某市旅游商贸学校教师: a unit, then who
                self._name_in_field(m.start(1), m.end(1), orgs)
        # names before their unit in brackets (焊工某某（某某有限公司）、电工某某（…）)
        for m in _UNIT_IN_BRACKETS.finditer(t):
            inner = m.group(1)
            if not any(inner.endswith(o) for o in orgs):
                continue
            for n in (3, 2, 4):
                i = m.start() - n
                if i < 0 or self.person_cov[i] or not all(is_cjk(c) for c in t[i : m.start()]):
                    continue
                listed = n == 3 and t[i] in self.lex.word_surnames and t[i - 1 : i] in ("、", "，", "：") \
                    and not word_freq(t[i + 1 : i + 3])  # 、养一帆（某技师学院）、: a word surname in a list of names and units
                if not (self.lex.surname_len(t, i) or listed) or (n == 4 and self.lex.surname_len(t, i) != 2):
                    continue
                if self.lex.stopwords.at(t, i) == 1:
                    continue  # 嘉宾有某某（…）: 有 is the verb, the name is shorter
                p = self.name_at(i, orgs, strong=True)
                if p and p.end == m.start() and _plausible_name(p.name):
                    self._add_person(p)
                    break
        # Feikje Hylkema任某学院院长: a Latin name right before a verb of taking a post and the post
        for v in (*self.lex.triggers["post_taken"], "任"):
            start = 0
            while (j := t.find(v, start)) >= 0:
                start = j + 1
                if j and is_latin(t[j - 1]) and not self.person_cov[j - 1]:
                    stop = re.search(r"[，,。；;\n]", t[j : j + 40])
                    ce = j + (stop.start() if stop else 40)
                    if any(self.lex.title_at(t, x) for x in range(j + len(v), ce)):
                        self._latin_before(j)
        # names before an honorific: （单位）王某某教授, 方某先生
        for h in self.lex.honorifics.words:
            start = 0
            while (j := t.find(h, start)) >= 0:
                start = j + 1
                if j and self.person_cov[j - 1]:
                    continue
                if self.lex.honorifics.ending_at(t, j + len(h)) > len(h):
                    continue  # 教授 inside 副教授: the longer word is tried on its own
                if j and is_latin(t[j - 1]):
                    self._latin_before(j)
                    continue
                if self.has_dot and (dm := _DOT_BEFORE.search(t, max(0, j - 24), j)):
                    # 某大学工业工程系卢卡·马尔蒂尼教授: a transliterated name after its unit
                    dot = min(k for k in range(dm.start(), j) if t[k] in "·•・‧")
                    i = max((k for k in range(dm.start(), dot) if k == dm.start() and (k == 0 or t[k - 1] in PUNCT)
                             or self.lex.org_suffixes.ending_at(t, k) or self.lex.titles.ending_at(t, k)), default=None)
                    if i is not None and dot - i >= 1:
                        self._add_person(Mention("person", i, j, t[i:j], t[i:j]))
                    continue
                best = None
                e = j - 1 if t[j - 1 : j] == "等" and h != "等人" else j  # 陈某某等同学: the name ends before 等
                for n in (3, 2, 4):
                    i = e - n
                    if i < 0 or not all(is_cjk(c) for c in t[i:e]):
                        continue
                    if not self.lex.surname_len(t, i) or (n == 4 and self.lex.surname_len(t, i) != 2):
                        continue
                    if n < 4 and i and self.lex.surname_len(t, i - 1) == 2:
                        continue  # 司马某某等同志: the compound surname begins one character earlier
                    before = t[i - 1] if i else "。"
                    if before in PUNCT or self.lex.org_suffixes.ending_at(t, i) or self.lex.title_at(t, i - 2) or self.lex.titles.ending_at(t, i) or self.lex.stopwords.ending_at(t, i) \
                            or before == "班" and i >= 2 and (t[i - 2].isdigit() or t[i - 2] in _NUMERALS):
                        best = i  # (汽修1班陈某某同学: a class before the name)
                        break
                if best is None:
                    continue
                j = e
                name = t[best:j]
                if not (_plausible_name(name) or len(name) == 3 and name[-1] == "和" and h in _ADDRESS_WORDS
                        and _plausible_name(name[:-1])) or self.lex.person_cues.at(name, 0) >= 2:
                    continue  # (把师傅当老师: a role word, then the honorific; but 祁某和先生: no 和 joins 先生)
                self._add_person(Mention("person", best, j, name, name))
        self._list_continuations(orgs, list(self.persons))

    def _list_continuations(self, orgs: list[str], work: list[Mention]) -> None:
        """Lists X、Y、Z (or X Y Z) after a name found: the names that follow it."""
        t = self.t
        while work:
            p = work.pop()
            j = p.end
            g = j
            while g < j + 3 and t[g : g + 1] in _NAME_GAP and t[g : g + 1]:
                g += 1  # (甲某  乙某: two spaces on a crawled page)
            spaced = g > j and is_cjk(t[g : g + 1])  # 党委委员 甲某 乙某 丙某
            if t[j : j + 1] in "、和与及" or t[j : j + 2] == "以及" or spaced:
                j = g if spaced else j + (2 if t[j : j + 2] == "以及" else 1)
                q = self.name_at(j, orgs, strong=False)
                if spaced and q and not (q.end - q.start <= 4 and (t[q.end : q.end + 1] in PUNCT or t[q.end : q.end + 1] in (" ", "\u3000"))):
                    continue  # a name in a spaced list is short and ends at a space or punctuation
                if q and not self.person_cov[q.start] and (t[q.end : q.end + 1] in PUNCT or self._boundary(q.end, orgs)):
                    before = len(self.persons)
                    self._add_person(q)
                    if len(self.persons) > before:
                        work.append(q)

    def _latin_before(self, j: int) -> None:
        """A Latin name of two or three capitalised words right before an
        honorific (Karl Brenner教授, Anna Keller博士); one word alone, or a
        run of more words (a unit's English name), names no one here."""
        t = self.t
        m = _LATIN_BEFORE.search(t, max(0, j - 50), j)
        if m is None:
            return
        i = m.start()
        if i >= 2 and t[i - 1] in " ··" and t[i - 2].isascii() and t[i - 2].isalnum():
            return  # a fourth word before it: part of a longer Latin run
        if any(self.person_cov[i:j]):
            return
        self._add_person(Mention("person", i, j, t[i:j], t[i:j]))

    def _paren_has_title(self, j: int) -> bool:
        """Whether the bracket opening at ``j`` holds a post (某某（某局局长）), or
        says who the person is before a verb of taking a post (某某（某局某科科员）挂职任…)."""
        close = self.t.find("）", j)
        if close < 0:
            close = self.t.find(")", j)
        if close < 0 or close - j > 40:
            return False
        if any(j < m.start < close for m in self.titles):
            return True
        verbs = lex_cached(self.lex, "post_taking", lambda x: tuple(
            w for k in ("appoint", "profile_posts", "post_verbs") for w in x.triggers[k]))
        return "\n" not in self.t[j:close] and self.t.startswith(verbs, close + 1) \
            and any(self.lex.org_suffixes.ending_at(self.t, k) for k in range(j + 3, close + 1))  # (a unit named inside)

    def _verb_tails(self) -> None:
        """副厅长霍某来我院调研 in a headline, 霍某一行 in the body: a name whose last
        character is a verb of coming or going (来, 到, 赴 …) and whose other
        characters are a name found elsewhere is that name, the verb after it."""
        names = {p.name for p in self.persons}
        for k, p in enumerate(self.persons):
            if len(p.name) >= 3 and p.name[-1] in _VERB_TAILS and p.name[:-1] in names and p.text == p.name:
                self.persons[k] = Mention("person", p.start, p.end - 1, p.text[:-1], p.name[:-1], p.info)
                self.person_cov[p.end - 1] = 0

    def _known_occurrences(self) -> None:
        t = self.t
        title_cov = bytearray(self.n + 1)  # strictly inside a title
        for m in self.titles:
            for k in range(m.start + 1, m.end):
                title_cov[k] = 1
        found = {p.name for p in self.persons}
        for name in sorted(self.known_names, key=len, reverse=True):
            if name in self.credited and name not in found:
                continue  # (a credited name the story itself names nowhere as a person)
            start = 0
            while True:
                i = t.find(name, start)
                if i < 0:
                    break
                start = i + 1
                if any(self.person_cov[k] for k in range(i, i + len(name))) or title_cov[i]:
                    continue
                # not inside a longer CJK word that is a unit name
                self._add_person(Mention("person", i, i + len(name), name, name))

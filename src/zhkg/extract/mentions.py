"""Find mentions: post titles, person names, units, communities, events.

Match, then annotate: :func:`find_mentions` only returns spans; the entity
stage (``entities.py``) decides what they stand for. The rules encode how
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
from dataclasses import dataclass, field

from ..nlp.lexicon import Lexicon, get_lexicon
from ..nlp.segment import pos_tag, tokens, word_freq
from .dates import find_dates

__all__ = ["Mention", "find_mentions", "is_cjk", "PUNCT"]

PUNCT = set("，,。．.！!？?；;：:、（）()【】[]「」『』《》〈〉\"“”‘’'…—-－·|/\\<>＜＞ \t\r\n\u3000\xa0")
_NAME_GAP = " \u3000\xa0"
_EVENT_INNER = set("“”\"'‘’《》、·-—")
_ORG_INNER = set("·-—")
_COMMUNITY_INNER = set("“”\"'‘’·-")
_ADMIN = set("省市县区盟旗镇乡")
_CONJ = ("与", "和", "及", "同")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z\-.' ]{1,40}")
_LATIN_UNIT = re.compile(r"[A-Za-z][A-Za-z&.\- ]{2,60}$")
_FACILITY = ("中心", "基地", "实验室", "工作室", "实训中心", "研究中心")
_HARD_STOPS = set("在由以于为对向从将把被赴兼任")
_LEADING_FUNCTION = _HARD_STOPS | set("与和及同任跟并且又也都还就经据")
_STOP_TAGS = {"v", "p", "d", "ad", "r", "u", "uj", "ul", "vd", "c", "i"}
_STRIP_TAGS = {"a", "v", "d", "p", "c", "r", "u", "ad", "f", "uj", "ul", "ug", "uz", "y", "e", "o", "q", "zg", "vg", "dg"}


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@dataclass(slots=True)
class Mention:
    """A span found in the text. ``kind``: title, cue, person, org,
    community, event, date, anaphor. ``name`` is the text without white space."""

    kind: str
    start: int
    end: int
    text: str
    name: str
    info: dict = field(default_factory=dict)


def _plausible_name(name: str) -> bool:
    """A person name found without a title: no function characters, not a
    dictionary word, not starting with a common word (祝愿方, 高度重)."""
    if any(c in "等的和与及、了在是为" for c in name):
        return False
    if word_freq(name) > 50 and not pos_tag(name).startswith("nr"):
        return False
    return not (word_freq(name[:2]) > 1000 and not pos_tag(name[:2]).startswith("nr"))


def _clean(s: str) -> str:
    return "".join(ch for ch in s if ch not in _NAME_GAP)


class _Finder:
    def __init__(self, text: str, published: str | None, known_names: set[str]):
        self.t = text
        self.n = len(text)
        self.lex: Lexicon = get_lexicon()
        self.published = published
        toks = tokens(text)
        self.tok_end = {a: b for a, b in toks}
        self.tok_start = {b: a for a, b in toks}
        self.wb = {0, self.n} | set(self.tok_end) | set(self.tok_end.values())
        self.known_names = set(known_names)
        self.titles: list[Mention] = []
        self.cues: list[Mention] = []
        self.persons: list[Mention] = []
        self.orgs: list[Mention] = []
        self.communities: list[Mention] = []
        self.events: list[Mention] = []
        self.dates: list[Mention] = []
        self.conj_ends: set[int] = set()  # after 与/和 that join two units
        self.person_cov = bytearray(self.n + 1)  # 1 where a person name stands
        self._twice: dict[str, bool] = {}
        # 1 inside a book title 《…》 (no units are named there)
        self.in_book = bytearray(self.n + 1)
        depth = 0
        for i, ch in enumerate(text):
            if ch == "《":
                depth += 1
            elif ch == "》" and depth:
                depth -= 1
            elif depth:
                self.in_book[i] = 1

    # ------------------------------------------------------------- titles
    def find_titles(self) -> None:
        t, lex, i = self.t, self.lex, 0
        while i < self.n:
            L = lex.title_at(t, i)
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
                self.titles.append(Mention("title", i, i + L, t[i : i + L], t[i : i + L]))
                i += L
                continue
            C = lex.person_cues.at(t, i)
            if C and i in self.wb and (i + C) in self.wb:
                self.cues.append(Mention("cue", i, i + C, t[i : i + C], t[i : i + C]))
                i += C
                continue
            i += 1

    # -------------------------------------------------------------- dates
    def find_dates(self) -> None:
        for d in find_dates(self.t, self.published):
            self.dates.append(Mention("date", d.start, d.end, d.text, d.text, {"iso": d.iso}))

    # -------------------------------------------------------- boundaries
    def _stopword_ends(self) -> set[int]:
        t, lex, ends = self.t, self.lex, set()
        for i in range(self.n):
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
            if w in _CONJ:
                joins_units = lex.org_suffixes.ending_at(t, i) or lex.community_heads.ending_at(t, i)
                if not joins_units and not self._starts_place(i + L):
                    continue  # 艺术与设计学校: 与 inside a name
                self.conj_ends.add(i + L)
            ends.add(i + L)
        return ends

    def _starts_place(self, j: int) -> bool:
        """A place name starts at ``j``: 湖州市…, or a word jieba knows as a place (北京)."""
        e = self.tok_end.get(j)
        return bool(self._place_score(j)) or (e is not None and e - j >= 2 and pos_tag(self.t[j:e]) == "ns")

    def _place_score(self, j: int) -> int:
        """2 when a two-character place name (湖州市) starts at j, 1 for three."""
        t = self.t
        if j + 2 < self.n and t[j + 2] in _ADMIN and is_cjk(t[j]) and is_cjk(t[j + 1]):
            return 2
        if j + 3 < self.n and t[j + 3] in _ADMIN and all(is_cjk(c) for c in t[j : j + 3]):
            return 1
        return 0

    def _starts_unit(self, j: int, orgs: list[str]) -> bool:
        t = self.t
        return any(t.startswith(o, j) for o in orgs)

    # -------------------------------------------------------------- names
    def _trigger_at(self, j: int) -> bool:
        t, lex = self.t, self.lex
        for key in ("speak", "say", "chair", "attend", "represent", "appoint", "remove", "unveil"):
            if any(t.startswith(w, j) for w in lex.triggers[key]):
                return True
        return t.startswith(("同志", "一行", "等人", "做", "作", "率", "带领", "陪同", "会见", "看望", "一同", "在讲话", "在致辞", "在发言", "兼任", "分别", "共同"), j)

    def _trigger_len(self, j: int) -> int:
        t, lex = self.t, self.lex
        words = [w for key in ("speak", "say", "chair", "attend", "represent", "appoint", "remove", "unveil") for w in lex.triggers[key]]
        return max((len(w) for w in words if t.startswith(w, j)), default=0)

    def _boundary(self, j: int, orgs: list[str]) -> bool:
        t, lex = self.t, self.lex
        if j >= self.n or t[j] in PUNCT or not (is_cjk(t[j])):
            return True
        if lex.title_at(t, j) or lex.person_cues.at(t, j) or lex.stopwords.at(t, j):
            return True
        for key in ("speak", "say", "chair", "attend", "represent", "appoint", "remove", "unveil"):
            if any(t.startswith(w, j) for w in lex.triggers[key]):
                return True
        if t.startswith(("新任", "同志", "一行", "先后", "等人", "等同志"), j):
            return True
        return self._place_score(j) > 0 or self._starts_unit(j, orgs)

    def name_at(self, i: int, orgs: list[str], strong: bool) -> Mention | None:
        """The person name starting at ``i`` (after a title or cue when ``strong``)."""
        t = self.t
        while i < self.n and t[i] in _NAME_GAP:
            i += 1
        if strong and i < self.n and t[i].isascii() and t[i].isalpha():
            m = _LATIN_NAME.match(t, i)
            if m and len(m.group(0).strip()) >= 3:
                end = i + len(m.group(0).rstrip(" -.'"))
                return Mention("person", i, end, t[i:end], t[i:end])
        if i >= self.n or not is_cjk(t[i]):
            return None
        # known names first (longest)
        for name in sorted(self.known_names, key=len, reverse=True):
            end = self._match_name(i, name)
            if end:
                return Mention("person", i, end, t[i:end], name)
        s = self.lex.surname_len(t, i)
        if not s:
            if not strong or self._place_score(i) or any(t.startswith(o, i) and self._occurs_twice(o) for o in orgs):
                return None
            s = 1
        # collect up to 2 given-name characters, allowing one white-space gap
        pos = []
        j = i + s
        gap = False
        while len(pos) < 2 and j < self.n:
            ch = t[j]
            if ch in _NAME_GAP and not gap and not pos:
                gap = True
                j += 1
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
            if self.lex.stopwords.at(t, pos[1]) and pos[1] in self.wb and t[pos[1]] in "在与和及等为是的了将对向从到也都还就又并被把给让以于":
                end = e2
            else:
                trig2, trig3 = self._trigger_at(e2), self._trigger_at(e3)
                p2, p3 = self._place_score(e2), self._place_score(e3)
                u2, u3 = self._starts_unit(e2, orgs), self._starts_unit(e3, orgs)
                b2, b3 = self._boundary(e2, orgs), self._boundary(e3, orgs)
                if trig2 and (not trig3 or self._trigger_len(e2) >= 2):
                    end = e2
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
        name = _clean(t[i:end])
        if len(name) < 2:
            return None
        if t[end : end + 1] in ("市", "省", "县") or name in self.lex.generic_orgs:
            return None
        inside = next((k for k in range(i + 1, end) if self._place_score(k) == 2), None)
        if inside is not None:  # a place starts inside: 王某|青州市…, 任江|城市…
            if inside - i < 2:
                return None
            end = inside
            name = _clean(t[i:end])
        if self.lex.org_suffixes.at(t, end) >= 2 or (word_freq(name) > 50 and not pos_tag(name).startswith("nr")):
            return None
        if (not strong or not self.lex.surname_len(name)) and word_freq(name) > 0 and not pos_tag(name).startswith("nr"):
            return None
        if not strong and word_freq(name[:2]) > 1000 and not pos_tag(name[:2]).startswith("nr"):
            return None
        if not self.lex.surname_len(name) and (word_freq(name[0]) > 20000 or self.lex.stopwords.at(name, 0)):
            return None
        return Mention("person", i, end, t[i:end], name)

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

    # -------------------------------------------------------------- units
    def _extend_left(
        self, j: int, limit: int, inner: set[str], stops: set[int], allowed: frozenset[str] | None = None,
        quoted: bool = False,
    ) -> int:
        """Start of a name that ends at ``j`` and reaches back to a boundary:
        punctuation, a function word, a title or name, or a verb (a word
        jieba tags as one that is not known to occur inside unit names)."""
        t, k = self.t, j
        while k > 0 and j - k < limit:
            if t[k - 1] in "”」』" and "“" in inner:
                quoted = True
                k -= 1
                continue
            if quoted:
                if t[k - 1] in "“「『":
                    quoted = False
                elif t[k - 1] in "。；;，,！？!?\n":
                    break  # an opening quote was dropped: the name starts here
                k -= 1
                continue
            if k in stops:
                break
            s0 = self.tok_start.get(k)
            if s0 is not None and k - s0 >= 2:
                w = t[s0:k]
                if pos_tag(w) in _STOP_TAGS and w not in (self.lex.name_verbs if allowed is None else allowed):
                    break
            ch = t[k - 1]
            if ch in PUNCT and ch not in inner:
                break
            if not (is_cjk(ch) or ch.isalnum() or ch in inner):
                break
            k -= 1
        # strip leading function characters and inner punctuation
        while k < j and (t[k] in "的之" or (t[k] in inner and t[k] not in "“《（(")):
            k += 1
        return k

    def _unit_candidates(self, stops: set[int]) -> list[Mention]:
        t, lex, out = self.t, self.lex, []
        for j in range(1, self.n + 1):
            if j not in self.wb:
                continue
            ch = lex.community_heads.ending_at(t, j)
            kind = "community" if ch else "org"
            L = ch or lex.org_suffixes.ending_at(t, j)
            if not L:
                continue
            if lex.venues.ending_at(t, j) > L:
                continue
            if L == 1 and (j - L) not in self.wb and j - self.tok_start.get(j, j) < 3 and t[j - 2] not in "一二三四五六七八九十":
                continue  # 科 in 华科, 系 in 体系: not a unit word
            nxt = t[j : j + 1]
            if kind == "org" and nxt and lex.org_suffixes.at(t, j) and t[j - 1 : j + 1] in lex.org_suffixes.words:
                continue
            inner = _COMMUNITY_INNER if kind == "community" else _ORG_INNER
            k = self._extend_left(j - L, 30, inner, stops)
            if kind == "community":
                # an opening quote may have been dropped: keep what stands
                pass
            k = self._trim_tokens(k, j - L)
            name = t[k:j]
            if j - k <= L or self.in_book[k]:
                continue  # too short, or inside a book title (《中国报学史》)
            for word in ("学校", "学院", "我校", "该校", "本校", "我院", "该院", "本院"):
                rest = name[len(word) :]
                if name.startswith(word) and len(rest) - L >= 2 and rest not in lex.generic_orgs:
                    k += len(word)  # 学校国际交流处: the school's 国际交流处
                    name = rest
                    break
            out.append(Mention(kind, k, j, name, _clean(name), {"suffix": t[j - L : j]}))
        return out

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
                if t[k] not in _LEADING_FUNCTION:
                    break  # 高|瓴…: a single character may begin a name
            elif pos_tag(t[k:e]) not in _STRIP_TAGS or t[k:e] in self.lex.name_verbs:
                break
            k = e
        return k

    def _valid_unit(self, m: Mention) -> bool:
        lex, name = self.lex, m.name.strip("“”\"'‘’")
        if name in lex.generic_orgs or len(name) < 3:
            return False
        if name[0] in "该我本此这各全其每某诸两双" and not name.startswith(("全国", "本溪")):
            return False
        prefix = name[: len(name) - len(m.info["suffix"])]
        if prefix in lex.generic_orgs or prefix in lex.generic_prefixes:
            return False
        if any(c.isdigit() for c in prefix[:1]) or re.search(r"\d+\s*[个家所批项]|首批|首个|多个|若干|一批|一个", prefix):
            return False  # 首批20个省级市域产教联合体: a count of bodies, not a name
        tail = re.split(r"[和与及、]", name)[-1]
        if tail != name and tail in lex.generic_orgs:
            return False
        for k in range(2, len(name) - 1):
            if name[k:] in lex.generic_orgs and (name[:k] in lex.generic_orgs or name[:k] in lex.anaphora):
                return False
        if prefix.startswith(("市级", "省级", "国家级", "校级", "区级", "县级")):
            return False
        if re.fullmatch(r"(?:第[一二三四五六七八九十百\d]+|新一|首|本|上|下|历)届(?:[一二三四五六七八九十\d]+次)?", prefix):
            return False  # 第一届理事会: a term of a body, not a unit
        if lex.org_kind.get(m.info["suffix"]) == "unit" and not self._anchored(m):
            e = self.tok_end.get(m.start)
            first = self.t[m.start : e] if e else ""
            if pos_tag(first) in ("v", "vn", "a", "ad", "d", "l", "i") or m.info["suffix"] in _FACILITY:
                return False
        return True

    def _anchored(self, m: Mention) -> bool:
        """A unit name that starts with a place or contains an institution name."""
        if self._place_score(m.start) or m.name.startswith(("中国", "中共", "国家", "全国", "中华")):
            return True
        body = m.name[: -len(m.info["suffix"])]
        return any(
            body.find(w, 2) >= 2 for w in ("大学", "学院", "学校", "公司", "集团", "局", "委员会", "协会", "研究院", "医院")
        )

    # ------------------------------------------------------------- events
    def _event_candidates(self, stops: set[int]) -> list[Mention]:
        t, lex, out = self.t, self.lex, []
        for j in range(1, self.n + 1):
            L = lex.event_heads.ending_at(t, j)
            if not L or (j not in self.wb and t[j : j + 1] not in "”」』"):
                continue
            head_start = j - L
            head = t[head_start:j]
            info = {"head": head, "kind": lex.event_kind.get(head, "event")}
            in_quotes = t[j : j + 1] == "”"  # “首届智能社会治理论坛”: the words inside are the name's
            k = self._extend_left(head_start, 60, _EVENT_INNER, stops, allowed=lex.event_verbs, quoted=in_quotes)
            k = self._trim_tokens(k, head_start)
            end = j
            if t[j : j + 1] == "”" and t[k:j].count("“") > t[k:j].count("”"):
                end = j + 1
            elif t[j : j + 1] == "“" and (close := t.find("”", j, j + 40)) > 0 and not re.search(r"[。；;\n]", t[j:close]):
                end = close + 1  # 学术前沿论坛“新中国70年…”: the quoted title names it
            name = t[k:end]
            pre = t[k:head_start].strip("“”\"'‘’《》")
            generic = not pre or head in lex.event_heads.words and not self._named_event(k, head_start) and end == j
            if generic or lex.stopwords.ending_at(pre, len(pre)):
                out.append(Mention("anaphor", head_start, j, head, head, info))
                continue
            out.append(Mention("event", k, end, name, _clean(name), info))
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
                if cut is not None:
                    m.end = m.end + cut
                    if t[m.end : m.end + 1] == "”" and t[m.start : m.end].count("“") > t[m.start : m.end].count("”"):
                        m.end += 1
                    m.text = t[m.start : m.end]
                    m.name = _clean(m.text)
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

    def _named_event(self, k: int, head: int) -> bool:
        """An event name must name something: a quoted title, a year or
        ordinal, a unit or place, or a long enough description (not 精彩活动)."""
        pre = self.t[k:head]
        if re.search(r"[“”\"《》0-9０-９]|第[一二三四五六七八九十百]+[届次期]|首届|首期", pre):
            return True
        if self._place_score(k) or len(pre) >= 6:
            return True
        return bool(self.lex.org_suffixes.ending_at(pre, len(pre)) or self.lex.community_heads.ending_at(pre, len(pre)))

    # ---------------------------------------------------------------- run
    def run(self) -> list[Mention]:
        self.find_titles()
        self.find_dates()
        stops = self._stopword_ends()
        for m in self.titles + self.cues + self.dates:
            stops.add(m.end)
        # first pass: units without knowing names (their ends help to size names)
        first = [m for m in self._unit_candidates(stops) if self._valid_unit(m)]
        orgs = sorted({m.name for m in first}, key=len, reverse=True)
        # names after titles and cues
        for m in sorted(self.titles + self.cues, key=lambda x: x.start):
            nxt = m.end
            while nxt < self.n and self.t[nxt] in _NAME_GAP:
                nxt += 1
            if self.lex.title_at(self.t, nxt) or self.t[nxt : nxt + 1] in PUNCT:
                continue
            p = self.name_at(m.end, orgs, strong=m.name != "代表")
            if p:
                self._add_person(p)
        self._names_by_pattern(orgs)
        self._known_occurrences()
        for p in self.persons:
            stops.add(p.end)
            stops.add(p.start)
        for d in self.dates:
            stops.add(d.end)
        units = [m for m in self._unit_candidates(stops) if self._valid_unit(m)]
        for m in self.titles + self.cues:
            lm = _LATIN_UNIT.search(self.t, max(0, m.start - 60), m.start)
            if lm and lm.end() == m.start and not any(p.end == m.start for p in self.persons):
                name = lm.group(0).strip()
                if len(name.replace(" ", "")) >= 3:
                    k = m.start - len(lm.group(0).lstrip())
                    units.append(Mention("org", k, m.start, self.t[k : m.start], name, {"suffix": ""}))
        # a unit must not swallow a person name
        cov = self.person_cov
        units = [u for u in units if not any(cov[k] for k in range(u.start, u.end))]
        by_start: dict[int, list[Mention]] = {}
        for u in units:
            by_start.setdefault(u.start, []).append(u)

        def inside_another(u: Mention) -> bool:
            """An institution's name starts the longer one (drop it), or a joint name (X-Y)."""
            return any(
                o is not u and o.end > u.end and o.kind == "org"
                and (self.lex.org_kind.get(o.info["suffix"]) == "institution" or "-" in o.name[len(u.name) - 1 :] or "-" in u.name)
                for o in by_start[u.start]
            )

        units = [u for u in units if not inside_another(u)]
        self.orgs = [u for u in units if u.kind == "org"]
        self.communities = [u for u in units if u.kind == "community"]
        self.events = self._event_candidates(
            stops - {p.start for p in self.persons} - {p.end for p in self.persons} - self.conj_ends - {c.end for c in self.cues}
        )
        return sorted(
            self.titles + self.cues + self.persons + self.orgs + self.communities + self.events + self.dates,
            key=lambda m: (m.start, -m.end),
        )

    def _add_person(self, p: Mention) -> None:
        if any(self.person_cov[k] for k in range(p.start, p.end)):
            return
        self.persons.append(p)
        for k in range(p.start, p.end):
            self.person_cov[k] = 1
        self.known_names.add(p.name)

    _PATTERNS = (
        re.compile(r"(?:由|请|邀请|主持人[：:]\s*|任命|聘任|聘请|免去|推选|选举|同意)$"),
    )

    def _names_by_pattern(self, orgs: list[str]) -> None:
        """Names in trigger contexts without a title: 由X主持, 任命X为, X致辞 …"""
        t, lex = self.t, self.lex
        starts = set()
        for m in re.finditer(r"(?:由|主持人[：:]|任命|聘任|聘请|免去|推选|同意|嘉宾|获奖者)\s*", t):
            starts.add(m.end())
        # a name at the start of a clause followed by a speech/chair verb
        verbs = lex.triggers["speak"] + lex.triggers["say"] + lex.triggers["chair"] + lex.triggers["represent"] + ("在讲话中", "在致辞中", "在发言中", "任", "担任", "兼任", "当选")
        for m in re.finditer(r"(?:^|[，,。；;：:！？\n、\s])", t):
            starts.add(m.end())
        for i in sorted(starts):
            if i >= self.n or self.person_cov[i]:
                continue
            p = self.name_at(i, orgs, strong=False)
            if not p:
                continue
            rest = t[p.end :]
            ctx = t[max(0, i - 4) : i]
            if (
                any(rest.startswith(v) for v in verbs)
                or re.search(r"(?:由|主持人[：:]|任命|聘任|聘请|免去|推选|同意)\s*$", ctx)
                or rest.startswith(("（", "("))
                and lex.title_at(rest, 1) == 0
                and self._paren_has_title(p.end)
                or rest.startswith(("、",)) and p.name in self.known_names
            ):
                self._add_person(p)
        # names before an honorific: （单位）王某某教授, 方某先生
        for h in self.lex.honorifics.words:
            start = 0
            while (j := t.find(h, start)) >= 0:
                start = j + 1
                if j and self.person_cov[j - 1]:
                    continue
                if self.lex.honorifics.ending_at(t, j + len(h)) > len(h):
                    continue  # 教授 inside 副教授: the longer word is tried on its own
                best = None
                for n in (3, 2, 4):
                    i = j - n
                    if i < 0 or not all(is_cjk(c) for c in t[i:j]):
                        continue
                    if not self.lex.surname_len(t, i) or (n == 4 and self.lex.surname_len(t, i) != 2):
                        continue
                    before = t[i - 1] if i else "。"
                    if before in PUNCT or self.lex.org_suffixes.ending_at(t, i) or self.lex.title_at(t, i - 2) or self.lex.titles.ending_at(t, i) or self.lex.stopwords.ending_at(t, i):
                        best = i
                        break
                if best is None:
                    continue
                name = t[best:j]
                if not _plausible_name(name):
                    continue
                self._add_person(Mention("person", best, j, name, name))
        # lists: X、Y、Z after a known name
        work = list(self.persons)
        while work:
            p = work.pop()
            j = p.end
            if t[j : j + 1] in "、和与及" or t[j : j + 2] == "以及":
                j += 2 if t[j : j + 2] == "以及" else 1
                q = self.name_at(j, orgs, strong=False)
                if q and not self.person_cov[q.start] and (t[q.end : q.end + 1] in PUNCT or self._boundary(q.end, orgs)):
                    before = len(self.persons)
                    self._add_person(q)
                    if len(self.persons) > before:
                        work.append(q)

    def _paren_has_title(self, j: int) -> bool:
        close = self.t.find("）", j)
        if close < 0:
            close = self.t.find(")", j)
        if close < 0 or close - j > 40:
            return False
        return any(j < m.start < close for m in self.titles)

    def _known_occurrences(self) -> None:
        t = self.t
        title_cov = bytearray(self.n + 1)  # strictly inside a title
        for m in self.titles:
            for k in range(m.start + 1, m.end):
                title_cov[k] = 1
        for name in sorted(self.known_names, key=len, reverse=True):
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


def find_mentions(text: str, published: str | None = None, known_names: set[str] | None = None) -> list[Mention]:
    """All mentions in ``text``, sorted by position."""
    return _Finder(text, published, known_names or set()).run()

"""Events: one entity for all the mentions of an occasion (headline and body,
仪式/会上), its date, and who attended, spoke, chaired or officiated; its venue
and organisers."""

from __future__ import annotations

import bisect
import re
from itertools import islice, pairwise

from ..model import Entity, Span
from ..nlp.lexicon import Lexicon
from .dates import DateMention, find_event_dates
from .find_units_events import _held_after
from .lexical import ALIAS_DECL, PUNCT, alternation, future_words, is_cjk, lex_pattern, occurrences, trigger_words
from .mentions import Mention
from .refs import Ref as _Ref
from .units import _norm

__all__ = ["EventsMixin"]


# patterns built from the trigger lists (``nlp/data/triggers.json``), once per lexicon
def _zai(lex: Lexicon) -> re.Pattern[str]:  # before a venue (在某学院, …分论坛移至某学院)
    return lex_pattern(lex, "venue_verbs", lambda x: alternation(x.triggers["venue_verbs"]))


def _group_subject(lex: Lexicon) -> re.Pattern[str]:
    """A clause's subject that is a counted or collective group of people nobody
    names (四位专家先后作主旨报告, 与会代表认为): a count or 全体/与会, then a role
    word (``triggers.json`` group_roles)."""
    return lex_pattern(lex, "group_subject", lambda x: r"\s*(?:[一二三四五六七八九十两几多数\d]+(?:位|名|个)|各位|全体|与会|参会|多位)"
                       r"(?:[\u4e00-\u9fff]{0,4})?(?:" + alternation(x.triggers["group_roles"]) + ")")


def _talk_line(lex: Lexicon) -> re.Pattern[str]:  # 报告一：, 致辞：
    return lex_pattern(lex, "talk_labels", lambda x: rf"^\s*(?:{alternation(x.triggers['talk_labels'])})[一二三四五六七八九十\d]*\s*[：:]")


def _after_previous(lex: Lexicon) -> re.Pattern[str]:  # a sentence that follows on from the event before it
    return lex_pattern(lex, "follow_on", lambda x: (
        rf"\s*(?:(?:记者)?(?:了解到|获悉)[，,]|据(?:悉|了解)[，,])?"  # (记者了解到，对接会期间还举办了…)
        rf"(?:[^，,。；;\n]{{0,12}}?(?:会|会议|式|活动|仪式)(?:(?:结束)?后|期间)|{alternation(x.triggers['follow_on'])})[，,]?"))


def _chair_is(lex: Lexicon) -> re.Pattern[str]:  # 会议主持人为某某
    return lex_pattern(lex, "chair_is", lambda x: alternation(x.triggers["chair_is"]))


def _unveiled_in_name(occasion: str, word: str) -> str | None:
    """The unit ending in ``word`` that an unveiling occasion's name unveils
    (某某实践中心揭牌仪式, …暨“某大学—某公司某某联合研究院”揭牌仪式), if any."""
    m = re.search(r"([^“”\"暨与和、]{2,40}?" + re.escape(word) + r")”?揭牌", occasion)
    return m.group(1) if m else None


_AND_THEN = re.compile(r"[^，,。；;]{0,6}?并")  # 主持会议并…: a second verb of the same subject
_AFTER_IT = re.compile(r"(?:结束)?后[，,]")  # 会议结束后，…: what follows the occasion, the sentence is about another
_IN_TURN = re.compile(r"(?:先后|依次|轮流)[^，,。；;]{0,6}?(?:发言|汇报|致辞|讲话)")  # …先后发言: each name of the run
_CONVENED = re.compile(r"(?<![将拟])(?:召开|举行|举办)了?$")  # 会后，双方在会议室召开某座谈会: a second occasion, convened (not 将举办)
_SAME_DAY = re.compile(r"(?:当天|当日|同日|同一天)")  # 当天下午，…举行: the report's day
_TIME_OF_DAY = re.compile(r"\s*(?:上午|中午|下午|傍晚|晚上|当晚)[，,]")  # 下午，…举行: later on the day last named
_ETC_UNITS = re.compile(r"等(?:[\d一二三四五六七八九十两几多]+[所家个])?(?:院校|学校|高校|单位|企业|部门|机构)?\s*$")  # 某学院等5所院校(承办): a count after the last one named
_DECIDED = re.compile(r"(?:上)?(?:研究|审议|讨论|批准|决定|同意)")  # 经某会议研究: a meeting that decided


def _last_date_before(pos: int, edates: list[DateMention]) -> str | None:
    """The ISO day of the last event date the text gives before ``pos``."""
    before = [d for d in edates if d.start < pos]
    return before[-1].iso if before else None


_AT_SCENE = re.compile(r"在([\u4e00-\u9fff]{2,12}?)现场|在([^，,。；;！？]{2,40}?)上[，,]")  # 在洽谈会现场, 在18日举行的某对接会上，: at the occasion
_VISIT_TRIP = re.compile(r"(?:到|赴|前往|深入)[^，,。；;！？“”的]{2,30}?(?:调研|考察|视察|走访|检查|督导)(?![^，,。；;！？]{0,6}的)")  # 某某到某公司调研: a visit of its own
_TO_REPORTER = re.compile(r"(?:告诉|对|向|接受)(?:本报|本台|本网)?记者")  # 某某告诉记者, 接受记者采访
_VENUE_COUNT = re.compile(r"[两三四五六七八九十\d]+个(?:主)?(?:赛点|赛场|赛区|会场|分会场|考点|场馆|校区)")  # 在甲、乙两个赛点举行


def _topic_before(lex: Lexicon) -> re.Pattern[str]:  # 本届大赛由…: the whole occasion
    return lex_pattern(lex, "topic", lambda x: rf"(?:{alternation(x.triggers['topic'])})$")


# programme lines of a long report: a label line (主持人：…, 对话嘉宾：…), a
# speaker line (姓名（单位职务）：《题目》) and a heading over a guest list (出席嘉宾：)
_CHAIR_LINE = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?主\s*持(?:\s*人)?\s*[：:]")
_GUEST_LINE = re.compile(
    r"^\s*(?:出席|参会|与会|对话|圆桌|特邀|点评|评议|发言|演讲|主讲|报告|受邀|评审|论证)?(?:嘉\s*宾|领导|人员|专家(?:组)?(?:成员)?|评委)(?:名单)?\s*[：:]"
)
# a programme line that names who speaks: 报告一：, 主旨报告：, 致辞：, 主讲人：
_AS_DELEGATE = re.compile(r"作为[^，,。；;\n]{0,12}代表(?:作了?|进行了?)?(?:典型|交流)?(?:发言|致辞|讲话)")
_BRACKET_LABEL = re.compile(r"[【\[]([^】\]\n]{1,10})[】\]]")
_SPEAKER_AFTER = re.compile(r"\s*(?:[（(][^（()）\n]{1,40}[）)])?\s*[：:]\s*[《“\"]")
# 在讲话中指出, 致辞时表示: the speech named before what was said
# (在某研讨会上表示, 在3日举行的某论坛上这样说: the occasion named before what was said)
_SPEECH_FRONT = re.compile(r"^\s*(?:在\s*(?:讲话|致辞|发言|报告)\s*(?:中|时)|(?:讲话|致辞|发言|报告)\s*(?:中|时)"
                           r"|在[^，,。；;！？\n]{2,40}?(?:会|论坛|仪式|典礼|峰会|沙龙|大赛|活动)上)(?:这样|也|还|则|再次|进一步)?")
# a time between a unit and the verb it does (我院于5月8日举办)
_WHEN_GAP = re.compile(r"^\s*(?:于|在)\s*(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?")

# how many sentences back a paragraph's date reaches an event
_PARA_SENTENCES = 3
#: 举办“…”: a verb of holding with its quoted object
_HELD_QUOTED = re.compile(r"(?:举办|举行|召开|主办)了?“([^”]{2,60})”")
#: facilities of a unit that are places, not hosts (图书信息中心, 体育馆)
#: a floor or room right after a facility: 一楼报告厅, 三楼会议室, 报告厅
_WHILE_CHAIRING = re.compile(r"^\s*在主持(?:时|中|过程中)")  # 某某在主持时要求
# 主持工作, 主持学校党委工作: presiding over the work of a post (not 主持某某工作会议, a meeting)
# (not 主持会议并作工作报告: the meeting chaired, then a report of the work)
_THE_TWO = re.compile(r"[，,]?\s*(?:两人|二人|两位|二位)")  # 两人还共同为…揭牌: the two named just before
_PRESIDING_PROJECT = re.compile(
    r"主持(?:完成|承担|参与)?(?:(?!并|会议|召开)[\u4e00-\u9fff]){0,16}?(?:项目|课题|团队建设|专业建设|标准|教材)"
    r"(?![\u4e00-\u9fff]{0,6}?(?:会|仪式|论坛|典礼))")
_PRESIDING_WORK = re.compile(r"主持(?:(?!并|会议)[\u4e00-\u9fff]){0,10}?工作(?![\u4e00-\u9fff]{0,6}?(?:会|仪式|论坛|典礼))")
_ROOM_AFTER = re.compile(r"^(?:[一二三四五六七八九十\d]+(?:楼|层))?[^\s，。、]{0,6}?(?:报告厅|会议室|会议厅|多功能厅|演播厅|礼堂|展厅)")
#: a campus building and room with no unit in front: 行政楼三楼会议室, 致远楼学术报告厅
_CAMPUS_ROOM = re.compile(
    r"(?:学校|校)?(?:[\u4e00-\u9fff]{1,4}楼|图书馆|礼堂|[\u4e00-\u9fff]{2,6}中心)(?:[一二三四五六七八九十\d]+(?:楼|层))?"
    r"[\u4e00-\u9fff\d]{0,4}?(?:报告厅|会议室|会议厅|多功能厅|演播厅|礼堂|大厅)"
)
# the heading of a report's section: a short line that is not a sentence
_HEADING = re.compile(r"^[^。！？；;!?]{1,40}$")


def _not_speech(lex: Lexicon) -> re.Pattern[str]:
    """Words with a speech word in them that say no one speaks: listening to a
    talk (聆听了报告, ``triggers.json`` listen) and the names of a talk's
    occasion or room (报告会, 报告厅), and a written report handed in or received
    (收到某某的书面辞职报告)."""
    return lex_pattern(lex, "not_speech", lambda x: "(?:" + alternation(x.triggers["listen"])
                       + r")了?[^，,。；;]{0,20}?(?:报告|讲座|讲话|发言|分享|汇报)|报告[会厅团]|讲座[厅室]"
                       + r"|(?:收到|递交|提交|呈报)[^，,。；;]{0,20}?报告|辞职报告")


def _balance_quotes(name: str) -> str:
    """An event name whose opening quote the article dropped (最美湖州”…大会)
    gets it back, so the name reads as a title."""
    if name.count("”") > name.count("“") and not name.startswith("“"):
        return "“" + name
    return name

def _like(a: str, b: str) -> bool:
    """Whether two event names name the same occasion (one inside the other,
    or the shorter's characters mostly in the longer)."""
    x, y = sorted((_norm(a), _norm(b)), key=len)
    return x in y or sum(min(x.count(c), y.count(c)) for c in set(x)) >= 0.8 * len(x)


# words told to the writer or the one interviewed (某某跟我说, 对我们说, 告诉我)
_TO_ME = re.compile(r"\s*(?:跟|对|向|和|同|告诉)我们?")

class EventsMixin:
    """Rules of :class:`~zhkg.extract.assemble._Assembler` (mixed in)."""

    # -------------------------------------------------------------- events
    def _resolve_events(self) -> None:
        self._convened_meetings()
        evs = [m for m in self.ms if m.kind == "event"]
        groups: list[list[Mention]] = []
        for m in evs:
            for g in groups:
                if self._same_event(g[0], m):
                    g.append(m)
                    break
            else:
                groups.append([m])
        groups = self._headline_groups(groups)
        self.event_refs: list[tuple[int, _Ref]] = []
        dates = [m for m in self.ms if m.kind == "date" and m.info.get("iso")]
        edates = find_event_dates(self.t, self.published)
        self.dated: set[str] = set()
        self.dated_from: dict[str, int] = {}
        ref_ends = {m.end: m for m in self.ms if m.kind == "ref"}
        names = [_balance_quotes(max((m.name for m in g if not m.info.get("summary")), key=len)) for g in groups]
        names = self._fronts_of_parts(names)
        opens = tuple(self.lex.triggers.get("opening_heads", ()))
        openings: list[tuple[Entity, int]] = []  # (ceremony, the group of the occasion it opens)
        undated: list[tuple[Entity, list[Mention]]] = []
        for gi, g in enumerate(groups):
            name = self._own_party(g, names[gi], ref_ends)
            e = self.entity("Event", name)
            if name.endswith(opens) and (occasion := self._occasion_of_part(name, g, groups[:gi], names[:gi])) is not None:
                openings.append((e, occasion))
            e.attrs["kind"] = g[0].info.get("kind")
            for m in g:
                e.add_mention(Span(m.start, m.end, m.text))
                self.ref[id(m)] = _Ref("Event", name)
                self.event_refs.append((m.start, self.ref[id(m)]))
            if self._dated_in_sentence(g, dates) or g is groups[0] and self._lead_date(g, dates):
                self.dated.add(name)  # a main occasion: what a role sentence refers to
            elif (day := self._held_on_a_day(g, edates)) is not None \
                    and not name.endswith(tuple(self.lex.triggers.get("part_heads", ()))):
                self.dated.add(name)  # (from where it is held on its day, not from a headline before)
                self.dated_from[name] = day
            elif any(m.kind == "event" and (_held_after(self.lex).match(self.t, m.end)
                                            or _CONVENED.search(self.t, max(0, m.start - 4), m.start)) and (
                    _SAME_DAY.match(self.t, self.sentence_of(m.start)[0])
                    or _after_previous(self.lex).match(self.t, self.sentence_of(m.start)[0], m.start))
                     for m in g) and not name.endswith(tuple(self.lex.triggers.get("part_heads", ()))):
                self.dated.add(name)  # 当天下午，某捐赠仪式在某楼报告厅举行: a second occasion of the day, held
            if "date" not in e.attrs:
                iso = self._event_date(g, edates)
                if iso is None and g is groups[0]:
                    # the first event of a report takes the lead's date when its own
                    # sentence has none (12月24日，X成立。……出席X成立仪式)
                    iso = self._lead_date(g, edates)
                if iso is None:
                    iso = self._date_of_previous(g, edates)  # 座谈会后，双方举行签约仪式: the same day
                if iso is None:
                    iso = self._later_that_day(g, edates)  # 下午，某报告会在…举行: the day of the last date
                if iso:
                    e.attrs["date"] = iso
                else:
                    undated.append((e, g))
        for e, occasion in openings:  # 活动周11日启动 … 活动周启动仪式: the ceremony opens it that day
            whole = self.entities[("Event", self.ref[id(groups[occasion][0])].name)]
            if "date" not in e.attrs and "date" in whole.attrs:
                e.attrs["date"] = whole.attrs["date"]
        # in text order, so that an anaphor takes the occasion named last before it
        self.event_refs.sort(key=lambda x: x[0])
        for e, g in undated:  # 座谈会结束后，某仪式…举行 with both named in the headline, this one
            if "date" not in e.attrs and (iso := self._date_of_previous(g, edates)):  # first: now all are dated
                e.attrs["date"] = iso
        spans = [(m.start, m.end) for m in evs]
        # 经某会议研究，同意…: the meeting that decided is no occasion the report goes on about
        self._decided_at = {m.start for m in evs if "经" in self.t[max(0, m.start - 16) : m.start] and self._deciding(m)
                            or self.t.startswith("研究决定之日", m.end)}  # (任职时间自某会议研究决定之日起计算)
        self._spoken_at = set(self._decided_at)
        for m in self.ms:
            if m.kind == "anaphor":
                if any(a <= m.start and m.end <= b for a, b in spans):
                    continue  # 闭幕式 inside 大赛闭幕式暨颁奖仪式: part of the name
                cur = (self._whole_named(m) or self._named_like(m) or self._topic_named(m) or self._named_later(m)
                       or self.current_event(m.start, m.info.get("head")))
                if cur:
                    self.ref[id(m)] = cur
                    self.entities[(cur.type, cur.name)].add_mention(Span(m.start, m.end, m.text))
                    bisect.insort(self.event_refs, (m.start, cur), key=lambda x: x[0])
        self.event_refs.sort(key=lambda x: x[0])
        for d in dates:
            self.entity("Date", d.info["iso"], d)

    def _occasion_of_part(self, name: str, g: list[Mention], before: list[list[Mention]],
                          names: list[str]) -> int | None:
        """The group of the occasion named in full earlier whose short name
        begins a ceremony's name (2025年某省职业教育活动周…启动 … 活动周启动仪式:
        the ceremony of ``2025年某省职业教育活动周``), or None. (The ceremony
        keeps its short name: the gold sets disagree on expanding it.)"""
        head = g[0].info.get("head") or ""
        if head not in self.lex.triggers.get("part_heads", ()) or not name.endswith(head):
            return None
        front = name[: len(name) - len(head)]
        if len(front) < 3:
            return None
        first = min(m.start for m in g)
        generic = tuple(self.lex.triggers.get("generic_heads", ()))
        for k, (other, n) in enumerate(zip(before, names)):
            # (某校2025年校园开放日活动 … 开放日启动仪式: the occasion's generic head word left aside)
            if n != front and (n.endswith(front) or n.endswith(generic) and n.removesuffix(other[0].info.get("head") or "").endswith(front)) \
                    and all(m.start < first for m in other) \
                    and other[0].info.get("head") not in self.lex.triggers.get("part_heads", ()):
                return k
        return None

    def _own_party(self, g: list[Mention], name: str, ref_ends: dict[int, Mention]) -> str:
        """我校与某公司合作协议签约仪式: the occasion is named after both parties,
        我校 by the unit it stands for (``某大学与某公司…签约仪式``)."""
        if name[:1] not in "与和同":
            return name
        for m in g:
            r = ref_ends.get(m.start)
            if m.name == name and r is not None and (u := self.ref.get(id(r))) is not None and u.type == "Organization":
                return u.name + name
        return name

    def _fronts_of_parts(self, names: list[str]) -> list[str]:
        """An occasion named short (我院第三届技能大赛开幕 in the headline) whose
        ceremony the body names after the occasion's full name (某学院第三届
        技能大赛开幕式): the occasion takes that full name."""
        heads = tuple(self.lex.triggers.get("part_heads", ()))
        out = list(names)
        for i, n in enumerate(names):
            fulls = {m[: -len(h)] for m in names for h in heads if m != n and m.endswith(h)}
            fulls = {f for f in fulls if len(f) > len(n) + 2 and f.endswith(n) and self.lex.org_suffixes.ending_at(f, len(f) - len(n))}
            if len(fulls) == 1 and n not in out[:i]:
                out[i] = fulls.pop()
        return out

    def _headline_groups(self, groups: list[list[Mention]]) -> list[list[Mention]]:
        """Headline events read against the body: a headline ``A暨B`` whose
        parts the body names as two events is those two (no third one), and a
        headline occasion the body names only as the front of a ceremony
        (我市启动…活动周 over …活动周启动仪式在…举行) is that ceremony."""
        title = (self.a.metadata.get("title") or "").strip()
        if not title:
            return groups
        hs = self.t.find(title)
        while hs > 0 and self.t[hs - 1] != "\n":
            hs = self.t.find(title, hs + 1)  # the headline's own line
        if hs < 0:
            return groups
        he = hs + len(title)

        def inside(m: Mention) -> bool:
            return hs <= m.start < he

        for g in groups:
            # 我校召开A暨B揭牌仪式 over 某大学A在…召开 (B only done, never named): the
            # body's fuller name of A names the occasion, not the headline's summary
            body = [m for m in g if not inside(m)]
            for m in (m for m in g if inside(m) and "暨" in m.name):
                first, *rest = [x for x in m.name.split("暨") if x]
                if rest and body and all(len(_norm(b.name)) > len(_norm(first)) and _norm(b.name).endswith(_norm(first))
                                         and not any(_norm(x) in _norm(b.name) for x in rest) for b in body):
                    m.info["summary"] = True
        if len(groups) < 2:
            return groups

        out: list[list[Mention]] = []
        joined: list[Mention] = []
        for g in groups:
            # a headline A暨B joins the body's A by its words: taken apart first
            j = [m for m in g if inside(m) and "暨" in m.name]
            joined += j
            if len(j) < len(g):
                out.append([m for m in g if m not in j])
        names = [max((m.name for m in h), key=len) for h in out]
        if joined:
            parts = [x for x in max((m.name for m in joined), key=len).split("暨") if x]
            hit = [next((i for i, n in enumerate(names) if _like(x, n)), None) for x in parts]
            if len(parts) < 2 or None in hit or len(set(hit)) < len(parts):
                out = list(groups)  # the body does not name them apart: one event
                names = [max((m.name for m in h), key=len) for h in out]
        for g, name in list(zip(out, names)):
            if not all(inside(m) for m in g) or "暨" in name:
                continue
            parts = [h for h, n in zip(out, names) if h is not g and self._part_of(_Ref("Event", n), _Ref("Event", name))]
            # an occasion of several days (大赛 with its 开幕式 and, two days later,
            # its 大赛闭幕式): the body names more than one of its ceremonies, so
            # it is an event of its own
            word = (g[0].info.get("head") or name)[-2:]
            heads = self.lex.triggers.get("part_heads", ())
            more = [
                n for h, n in zip(out, names)
                if h is not g and h not in parts and (k := _norm(n).find(word)) >= 0 and any(x in _norm(n)[k + 2 :] for x in heads)
            ]
            # …培训班结业 over 本期培训班由…主办: the body speaks of the whole occasion
            topic = any(
                m.kind == "anaphor" and m.text in (g[0].info.get("head"), word) and _topic_before(self.lex).search(self.t, max(0, m.start - 2), m.start)
                for m in self.ms
            )
            whole = parts[0] if len(parts) == 1 and not more and not topic else None
            if whole is not None:
                whole.extend(g)
                out.remove(g)
        return out

    def _convened_meetings(self) -> None:
        """A meeting convened and named by its head word alone (某某到某校调研…，
        随后在会议室主持召开座谈会) in an article that names no meeting of that
        kind otherwise, and no occasion before it: the meeting is an occasion
        of its own, named by the head word."""
        meetings = tuple(self.lex.triggers["visit_meetings"])
        heads = {m.info.get("head") for m in self.ms if m.kind == "event"}
        first_event = min((m.start for m in self.ms if m.kind == "event"), default=len(self.t))
        for m in self.ms:
            if m.kind == "anaphor" and m.text in meetings and m.text not in heads and m.start < first_event \
                    and self.t.endswith(("召开", "举行"), 0, m.start) and not self.t.endswith(("的", "了"), 0, m.start - 2):
                m.kind, m.name = "event", m.text
                heads.add(m.text)

    def _named_like(self, m: Mention) -> _Ref | None:
        """The event a specific anaphor (开幕式, 闭幕式, 双选会: three characters
        or more) stands for: the last event named before it whose name holds
        those words (…大赛开幕式 for 开幕式由某某主持), not the main occasion."""
        word = m.text
        if len(word) < 3:
            return None
        found = None
        for p, r in self.event_refs:
            if p >= m.start:
                break
            if word in r.name:
                found = r
        return found

    def _named_later(self, m: Mention) -> _Ref | None:
        """报告会由某某主持 when no occasion named so far is a 报告会 and one
        occasion named later is (本次报告会是某学院第6期学术报告会): that one,
        not the 座谈会 of the headline."""
        word = m.text
        if len(word) < 3 or word in self.lex.triggers["generic_heads"]:
            return None
        if any(p < m.start and word in r.name for p, r in self.event_refs):
            return None
        later = {r for p, r in self.event_refs if p > m.start and r.name.rstrip("”\"").endswith(word)}
        return later.pop() if len(later) == 1 else None

    def _topic_named(self, m: Mention) -> _Ref | None:
        """本期讲座由…主办 after a 座谈会 named since: the last occasion named
        with that head word (…学术讲座), not simply the last occasion."""
        if not _topic_before(self.lex).search(self.t, max(0, m.start - 2), m.start):
            return None
        head = m.text
        if head in self.lex.triggers["generic_heads"]:
            return None  # (本次会议: any meeting; the occasion the report is about)
        named = [r for p, r in self.event_refs if p < m.start and r.name.rstrip("”\"").endswith(head)]
        return named[-1] if named else None

    def _whole_named(self, m: Mention) -> _Ref | None:
        """The occasion a topic anaphor (本届大赛由…, 大赛在…) stands for when
        the event before it is one of its ceremonies (…大赛开幕式): the whole
        occasion, when it is named too."""
        head = m.text
        if not (_topic_before(self.lex).search(self.t, max(0, m.start - 2), m.start) or self.t[m.end : m.end + 1] in "由在于"):
            return None
        cur = self.current_event(m.start)
        if cur is None or head not in cur.name or cur.name.rstrip("”\"").endswith(head):
            return None
        kind = m.info.get("kind")

        def is_whole(r: _Ref) -> bool:  # 某某大赛, or 某某大赛决赛 for 本届大赛 (of the kind, not a ceremony)
            e = self.entities.get((r.type, r.name))
            return r.name.rstrip("”\"").endswith(head) or head in r.name and e is not None and e.attrs.get("kind") == kind

        whole = [r for p, r in self.event_refs if p <= m.start and is_whole(r)]
        if whole:
            return whole[-1]
        # 本届竞赛由…主办 after …竞赛颁奖典礼 only: the occasion is named inside its ceremony's name
        k = cur.name.rfind(head)
        rest = cur.name[k + len(head) :]
        if k >= 2 and rest.startswith(tuple(self.lex.triggers.get("part_heads", ()))) and _topic_before(self.lex).search(
                self.t, max(0, m.start - 2), m.start):
            name = cur.name[: k + len(head)]
            e = self.entity("Event", name)
            e.attrs.setdefault("kind", kind)
            r = _Ref("Event", name)
            self.event_refs.append((m.start, r))
            self.event_refs.sort(key=lambda x: x[0])
            return r
        return None

    def _part_of(self, part: _Ref, whole: _Ref) -> bool:
        """Whether ``part`` is a ceremony of ``whole`` (…大赛开幕式 of …大赛):
        its name holds the whole's name (its year aside) and a part head."""
        if part.name == whole.name:
            return False
        core = re.sub(r"^\d{4}年?(?:度)?", "", _norm(whole.name))
        name = _norm(part.name)
        k = name.find(core)
        return len(core) >= 2 and k >= 0 and any(h in name[k + len(core) :] for h in self.lex.triggers.get("part_heads", ()))

    def _dated_in_sentence(self, g: list[Mention], dates: list[Mention]) -> bool:
        """Whether a sentence naming the event gives a full date."""
        for m in g:
            ss, se = self.sentence_of(m.start)
            if any(ss <= d.start < se for d in dates):
                return True
        return False

    def _held_on_a_day(self, g: list[Mention], edates: list[DateMention]) -> int | None:
        """Whether a sentence says the event is held on a day written
        relative to another (昨天下午，某推进会在…召开; 13日下午，…): the day
        comes before the event's name, which a verb of holding follows: the
        start of that name, else None. (A
        part of a longer occasion so dated, 22日上午，某年会开幕式在…举行, stays
        a part: what follows is about the occasion.)"""
        held = _held_after(self.lex)
        for m in g:
            if m.kind != "event" or not held.match(self.t, m.end):
                continue
            ss, _ = self.sentence_of(m.start)
            if any(ss <= d.start < m.start and d.iso for d in edates):
                return m.start
        return None

    def _lead_date(self, g: list[Mention], dates: list) -> str | None:
        """The first date of the paragraph before the event's first mention."""
        first = min(m.start for m in g)
        para = self.t.rfind("\n", 0, first) + 1
        lead = [d for d in dates if para <= d.start < first]
        if not lead:
            return None
        d = lead[0]
        return d.iso if isinstance(d, DateMention) else d.info["iso"]

    def _event_date(self, g: list[Mention], edates: list[DateMention]) -> str | None:
        """The date of an event: for each mention in text order, the date of
        its sentence (the last one before it, else the first after it), else
        the last date of its paragraph before it; else the date in the heading
        of its section (a short line above it); else the date of the paragraph
        right before its first mention, when that paragraph names no occasion."""
        visit: str | None = None
        for m in sorted(g, key=lambda x: x.start):
            ss, se = self.sentence_of(m.start)
            ds = [d for d in edates if ss <= d.start < se]
            if ds:
                before = [d for d in ds if d.start < m.start]
                return (before[-1] if before else ds[0]).iso
            # the paragraph, up to three sentences back (a crawl that lost its
            # paragraph breaks makes the whole report one line)
            para = self.t.rfind("\n", 0, m.start) + 1
            k = max(0, bisect.bisect_right(self._sent_starts, m.start) - 1 - _PARA_SENTENCES)
            lo = max(para, self.sentences[k][0] if self.sentences else 0)
            ds = [d for d in edates if lo <= d.start < m.start]
            if ds and para > 0:
                return ds[-1].iso
            # 当天下午，两场分论坛同时举行。 as a paragraph of its own: the time of
            # the paragraphs it introduces
            end = para
            quiet = True  # (the paragraphs passed over name no occasion either)
            for _ in range(3):  # (back over paragraphs that give no date)
                if end <= 1:
                    break
                prev = self.t.rfind("\n", 0, end - 1) + 1
                line = self.t[prev : end - 1]
                ds = [d for d in edates if prev <= d.start < end - 1]
                occasion = any(x.kind in ("event", "anaphor") for x in self.between(prev, end - 1))
                if ds:
                    if len(line) <= 40 and line.count("。") <= 1 and prev > 0:
                        return ds[-1].iso
                    if quiet and visit is None and not occasion:
                        visit = ds[-1].iso  # 11月5日，某校一行来我院调研。\n(随后，…。)\n座谈会在…举行: the day of the visit, which names no other occasion
                    break
                quiet = quiet and not occasion
                if len(line) <= 40 and line.count("。") <= 1 and prev > 0 and _TIME_OF_DAY.match(line):
                    return _last_date_before(prev, edates)  # 下午，大会设三场分论坛。: later on the day last named
                end = prev
        for m in sorted(g, key=lambda x: x.start):
            iso = self._heading_date(m.start, edates)
            if iso:
                return iso
        return visit  # (only when no mention has a date of its own)

    def _date_of_previous(self, g: list[Mention], edates: list[DateMention]) -> str | None:
        """An event its sentence places right after another (会后, 座谈会后,
        仪式结束后, 随后 at the sentence's start) is on that event's day: the
        date of the last dated event named before it, else (随后 after a visit,
        which is no event) the last date the report gave before it."""
        follow = _after_previous(self.lex)
        for m in sorted(g, key=lambda m: m.start):  # (the headline may name it first)
            ss, _ = self.sentence_of(m.start)
            if follow.match(self.t, ss, m.start):
                break
        else:
            return None
        for p, r in reversed(self.event_refs):
            e = self.entities.get((r.type, r.name))
            if p < ss and e is not None and e.attrs.get("date"):
                return e.attrs["date"]
        return _last_date_before(ss, edates)

    def _later_that_day(self, g: list[Mention], edates: list[DateMention]) -> str | None:
        """An event held in a sentence that opens with a bare time of day
        (下午，某报告会在某厅举行) is on the day of the last date given before it."""
        for m in sorted(g, key=lambda m: m.start):
            ss, _ = self.sentence_of(m.start)
            if _TIME_OF_DAY.match(self.t, ss) and _held_after(self.lex).match(self.t, m.end):
                return _last_date_before(ss, edates)
        return None

    def _heading_date(self, pos: int, edates: list[DateMention]) -> str | None:
        """The date in the heading of the section ``pos`` is in: the nearest
        short line above it that is not prose (the headline does not count)."""
        t = self.t
        end = t.rfind("\n", 0, pos)
        while end > 0:
            start = t.rfind("\n", 0, end) + 1
            line = t[start:end]
            if start == 0:
                return None
            if _HEADING.match(line):
                ds = [d for d in edates if start <= d.start < end]
                return ds[0].iso if ds else None
            end = start - 1
        return None

    def _same_event(self, a: Mention, b: Mention) -> bool:
        ha, hb = a.info.get("head"), b.info.get("head")
        if ha != hb and a.info.get("kind") != b.info.get("kind"):
            return False
        parts = self.lex.triggers.get("part_heads", ())
        if ha != hb and ha in parts and hb in parts:
            return False  # 大赛开幕式 and 大赛闭幕式: two ceremonies of one occasion
        x, y = sorted((_norm(self._unaliased(a.name)), _norm(self._unaliased(b.name))), key=len)
        if x in y:
            return True
        if self._different_bodies(a, b):
            return False  # 某村党支部换届选举党员大会, 某村村民委员会换届选举大会: the elections of two bodies
        common = sum(min(x.count(c), y.count(c)) for c in set(x))
        return common >= 0.7 * len(x)

    def _different_bodies(self, a: Mention, b: Mention) -> bool:
        """Whether the occasions ``a`` and ``b`` are named after two different
        units of the text, each at the front of its name (某村党支部换届选举党员大会,
        某村村民委员会换届选举大会): the occasions of two bodies."""
        def body(m: Mention) -> _Ref | None:
            u = max((u for u in self.between(m.start, m.end) if u.kind == "org" and u.start == m.start and u.end < m.end
                     and id(u) in self.ref), key=lambda u: u.end, default=None)
            return self.ref[id(u)] if u is not None else None

        ra, rb = body(a), body(b)
        return ra is not None and rb is not None and ra != rb and ra.name not in rb.name and rb.name not in ra.name

    def _unaliased(self, name: str) -> str:
        """``name`` with a unit's declared or short name at its front written in
        full (涪瑞科技2026届校园招聘宣讲会 after 某某数字科技股份有限公司（以下简称
        “涪瑞科技”）): the headline's and the body's names of one occasion."""
        for alias, r in getattr(self, "aliases", {}).items():
            k = name.find(alias)
            if k >= 0 and len(name) - k - len(alias) >= 3 and r.type == "Organization" and r.name not in name \
                    and (k == 0 or name[k - 1] in "—-”\"：:"):
                return r.name + name[k + len(alias) :]  # (a slogan before it, “…”——, is left aside)
        return name

    def current_event(self, pos: int, head: str | None = None) -> _Ref | None:
        """The event a sentence at ``pos`` is about: the last one named
        before it, preferring one with a date or venue (the main occasion)
        over a ceremony held during it."""
        cur = anchored = None
        spoken = getattr(self, "_spoken_at", ())
        dated, dated_from = getattr(self, "dated", ()), getattr(self, "dated_from", {})
        for p, r in getattr(self, "event_refs", []):
            if p <= pos and p not in spoken and not self._in_title(p, max(0, p - 60)):  # (nor one in a document's 《title》)
                cur = r
                e = self.entities.get((r.type, r.name))
                if e is not None and (r.name in dated and p >= dated_from.get(r.name, -1) or r.name in self.held):
                    anchored = r
        if head and cur is not None and cur is not anchored and cur.name.rstrip("”\"").endswith(head):
            return cur  # 开放日启动仪式在某处举行。…仪式由某某主持: the ceremony named last, not the day's occasion
        if anchored is not None and cur is not anchored and self._kind(cur) == "meeting" \
                and self._kind(anchored) in ("fair", "activity", "competition", "forum", "training"):
            return cur  # 博览会在某处开幕。…期间举行某发布会。…某某致辞: the meeting named last, within the fair
        cur = anchored or cur
        if cur is None and getattr(self, "event_refs", None) and self._first_courtesy() >= pos + 60:
            cur = self.event_refs[0][1]  # (but 院长某某会见了代表团一行…。随后，签约仪式…: the meeting is no part of it)
        return cur

    def _kind(self, ev: _Ref | None) -> str:
        e = self.entities.get((ev.type, ev.name)) if ev is not None else None
        return e.attrs.get("kind") or "" if e is not None else ""

    def _deciding(self, m: Mention) -> bool:
        """Whether the occasion named at ``m`` is the body's meeting that took a
        decision the text reports (经5月8日召开的理事会第二次会议审议，同意…):
        经 opens its clause and a verb of deciding follows it there."""
        t = self.t
        cs = max(t.rfind(c, 0, m.start) for c in "，,。；;\n") + 1
        return t.startswith("经", cs) and _DECIDED.match(t, m.end) is not None

    def _first_courtesy(self) -> int:
        """Where the text first names a courtesy meeting (会见, 会谈) or a tour of
        a site (察看了, 参观了: ``triggers.json`` tours), or its length
        (memoised): before the first occasion is named, a page that has had one
        puts no one at an occasion named later."""
        at = self.__dict__.get("_courtesy_memo")
        if at is None:
            found = [i for w in (*self.lex.triggers["courtesy_meetings"], *self.lex.triggers["tours"]) if (i := self.t.find(w)) >= 0]
            at = self._courtesy_memo = min(found, default=len(self.t) + 60)
        return at

    def _attend_said(self, sent: str) -> bool:
        """Whether a sentence says someone is present: a word of attending,
        except 与会 in the object of interviewing (采访了与会代表), which
        says who was asked, not that the one asking was there."""
        trig = self.lex.triggers
        if interview := trig.get("interview", ()):
            rx = getattr(self, "_interview_rx", None)  # built once per article, not per sentence
            if rx is None:
                verbs = "|".join(map(re.escape, interview))
                rx = self._interview_rx = re.compile(rf"(?:{verbs})了?(?:各位|部分|多位|几位)?与会")
            sent = rx.sub("", sent)
        if any(w in sent for w in trig["attend"]):
            return True
        # 某某就…问题提问: asking a question there, unless a reporter asks (记者提问: the press)
        return any(w in sent for w in trig.get("ask", ())) and not any(w in sent for w in trig.get("press", ()))

    def _at_the_scene(self, sent: str, ev: _Ref) -> bool:
        """Whether a sentence puts its people at the scene of the occasion
        itself: 在洽谈会现场告诉记者 at …洽谈会, 在某对接会上，某某告诉记者 (said to a
        reporter; not at another occasion's
        scene: 在招聘会现场 while the occasion is an opening ceremony)."""
        for m in _AT_SCENE.finditer(sent):
            what = m.group(1) or m.group(2)
            if m.group(2) and not _TO_REPORTER.search(sent, m.end()):
                continue  # (在某对接会上 only with words to a reporter after it: 某某告诉记者)
            if len(what) >= 2 and _norm(ev.name).endswith(what[-3:]):
                return True
        return False

    def _reporter(self, start: int, ss: int, sent: str) -> bool:
        """Whether the name at ``start`` is a reporter at work: it follows a
        reporter's title (记者某某, 本报通讯员 某某) in a sentence about an
        interview (采访了与会代表, 接受记者某某采访). Reporters who are guests
        (青年记者某某出席…) are not at work."""
        trig = self.lex.triggers
        if not any(w in sent for w in trig.get("interview", ())):
            return False
        before = self.t[max(ss, start - 6) : start].rstrip()
        return any(before.endswith(w) for w in trig.get("press", ()))

    def _event_roles(self) -> None:
        t, trig = self.t, self.lex.triggers
        if not getattr(self, "event_refs", None):
            self._unveil_without_event()
            return
        self._spoken_at: set[int] = set(getattr(self, "_decided_at", ()))  # occasions named in what someone said
        prev_persons: list[Mention] = []  # the names of the sentence before (for 他/她)
        attend_list = False  # inside a ；-list of those present
        run_before: list[Mention] = []  # the names of a run of officials before its ；
        not_speech = _not_speech(self.lex)
        for ss, se in self.sentences:
            sent = t[ss:se]
            ms = self.between(ss, se)
            before, prev_persons = prev_persons, []
            first = next((m for m in ms if m.kind in ("event", "anaphor") and id(m) in self.ref), None)
            if first is not None and first.kind == "anaphor" and (named := next(
                    (m for m in ms if m.kind == "event" and m.start > first.end and id(m) in self.ref), None)) is not None \
                    and "——" in t[first.end : named.start] and not re.search(r"[，,。；;：:！？]", t[first.end : named.start]):
                first = named  # 活动周首场县域专场——某县开放日活动: the occasion named after the dash
            if first is not None and (t.startswith("期间", first.end) or _AFTER_IT.match(t, first.end)) and (named := next(
                    (m for m in ms if m.kind == "event" and m.start > first.end and id(m) in self.ref), None)) is not None \
                    and not re.search(r"[。；;！？]", t[first.end : named.start]):
                first = named  # 对接会期间还举办了某某专题论坛，甲、乙作主题发言: the one held during it (or after it:
                # 会议结束后，甲主持宪法宣誓仪式)
            if first is not None and first.start in getattr(self, "_decided_at", ()):
                self._spoken_at.add(first.start)  # 经某会议研究，同意…: the meeting that decided, not the occasion reported
                first = None
            ev = self.ref[id(first)] if first is not None else None
            # 本届大赛由…主办: the whole occasion (a topic word before it), and who organises it
            topic = first is not None and first.kind == "anaphor" and _topic_before(self.lex).search(t, max(0, first.start - 2), first.start) is not None
            organised = first is not None and t.startswith("由", first.end) and any(w in sent for w in trig["organize"])
            whole_organised = topic and organised
            if first is not None and first.kind == "anaphor" and not topic:
                # 某某宣布大赛开幕 right after …大赛开幕式举行: the ceremony named last
                prev = self._last_named_before(ss)
                if prev is not None and self._part_of(prev, ev) and not organised:
                    ev = prev  # (but 大赛由…主办 after …大赛开幕式举行: who organises the whole occasion)
            if ev is not None and any(m.kind == "person" and m.start < first.start for m in ms) \
                    and (cur := self.current_event(ss)) is not None and self._part_of(cur, ev):
                ev = cur  # 某某在致辞中回顾了技能节的历程, during …技能节开幕式: the occasion is what was spoken of
            elif ev is not None and self._spoken_of(ms, first) \
                    and (cur := self.current_event(ss)) is not None:
                ev = cur  # 甲、乙先后发言，围绕竞赛成果转化…: the occasion spoken of, not the one spoken at
                self._spoken_at.add(first.start)  # (nor the occasion later sentences go on about)
            if ev is None and _VISIT_TRIP.search(sent) and "会上" not in sent and any(p < ss for p, _ in getattr(self, "event_refs", [])):
                continue  # 另悉，某某到某公司调研，董事长某某介绍了…: a trip of its own, not the occasion reported before
            ev = ev or self._kind_event_before(ss, sent) or self.current_event(ss)
            if ev is None:
                continue
            speech = self._speech_start(ss, se)
            named_in = [(m.start, m.end) for m in ms if m.kind in ("org", "event", "community")]
            persons = [m for m in ms if m.kind == "person" and m.start < speech and not self._in_title(m.start, ss)
                       and not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in named_in)]  # (某某技能大师工作室: a name inside a unit's)
            e = self.entities.get((ev.type, ev.name))
            signing = e is not None and (e.attrs.get("kind") == "signing" or any(w in ev.name for w in (*trig["sign"], "签字"))) \
                and any(w in sent for w in trig["sign"])  # (…签约暨揭牌仪式, 合作备忘录签署仪式: who signs there is there)
            said = self._attend_said(sent) or self._at_the_scene(sent, ev)
            listed = attend_list and t[ss - 1 : ss] in ("；", ";")  # 出席的有：甲，…；乙，…；丙，…。
            attend_list = (said and re.search(r"[：:]", sent) is not None or listed) and t[se - 1 : se] in ("；", ";")
            told = _TO_REPORTER.search(t, ss, se) if not (said or signing or listed or _AT_SCENE.search(sent)) else None
            if told is not None and not t.startswith("电话", told.end()):  # (接受记者电话采访: on the phone, not there)
                # 某公司人力资源总监某某告诉记者: who talks to the reporter on the story's scene is there
                whole = next((ev.name[: -len(h)] for h in trig.get("part_heads", ()) if ev.name.endswith(h)), None)
                at = _Ref("Event", whole) if whole and ("Event", whole) in self.entities else ev  # (开幕式结束后，选手某某告诉记者: the competition's)
                for p in persons:
                    if p.start < told.start() and not self._reporter(p.start, ss, sent):
                        self.fact(_Ref("Person", p.name), "attended", at, p.start, "told-reporter", conf=0.7)
            if persons and (said or signing or listed):  # (who signs at a signing is there)
                if said and t[ss - 1 : ss] in ("；", ";"):
                    persons = run_before + persons  # 甲，乙……；丙，丁出席仪式: the whole run is present
                for p in persons:
                    if self._reporter(p.start, ss, sent):
                        continue  # 记者某某采访了…: the one who reports, not one present
                    self.fact(_Ref("Person", p.name), "attended", ev, p.start, "attend-trigger", conf=0.8)
            # a run of officials that goes on over ；, with the verb of attending at its end
            run_before = (run_before if t[ss - 1 : ss] in ("；", ";") else []) + persons \
                if persons and t[se - 1 : se] in ("；", ";") and not said \
                and not any(w in sent for k in ("speak", "say", "chair") for w in trig[k]) else []
            last_person: Mention | None = None
            group: list[Mention] = []  # the subjects a clause without names goes on about
            if "\n" not in sent.rstrip():
                prev_persons = persons  # (a new paragraph: no one to refer to)
            if not persons and t[ss : ss + 1] in ("他", "她") and t[ss + 1 : ss + 2] not in ("们", "人") and len(before) == 1:
                # 某某出席并为…揭牌。他在致辞中说…: the one person of the sentence before
                last_person = before[0]
                group = [last_person]
            for cs, ce in self._clauses(ss, se):
                clause = t[cs:ce]
                cps = [m for m in persons if cs <= m.start < ce]
                if not cps and _group_subject(self.lex).match(t, cs):
                    last_person, group = None, []  # 由甲主持，四位专家先后作主旨报告: not 甲 who reports
                subj = cps[0] if cps else last_person
                # 甲对乙一行的到来表示欢迎，介绍了…: a name after 对/向/给/为 is spoken to, and the
                # next clause without a name goes on with the one who spoke, 甲
                doers, spoken_to = [], False
                for m in cps:  # (对甲、乙的贡献表示感谢: both are spoken to)
                    before_m = t[m.start - 1 : m.start]
                    spoken_to = m is not cps[0] and (before_m in ("对", "向", "给", "为") or spoken_to and before_m in ("、", "和", "及"))
                    if not spoken_to:
                        doers.append(m)
                if cps:
                    last_person = doers[-1]
                    group = doers if self._listed_subjects(doers) else [doers[-1]]
                if subj is None:
                    continue
                after = t[max(subj.end, cs) : ce]
                named = _chair_is(self.lex).search(t, cs, ce)
                if named and cps and cps[0].start >= named.end():
                    for p in cps:  # 会议主持人为某某处长某某: the names after it chair
                        self._role(p.name, "chaired", ev, p.start)
                    continue
                if "工作" in clause and _PRESIDING_WORK.search(clause):
                    # 副处长（主持工作）, 对某某主持学校党委工作九年来的贡献: how a post is held, no occasion chaired
                    after, clause = _PRESIDING_WORK.sub("", after), _PRESIDING_WORK.sub("", clause)
                if _PRESIDING_PROJECT.search(clause):
                    # 某某，…教授，主持完成省级重点研发项目3项: a profile's projects led, no occasion chaired
                    after, clause = _PRESIDING_PROJECT.sub("", after), _PRESIDING_PROJECT.sub("", clause)
                if "主持" in after or re.search(r"由\s*$", t[max(cs, subj.start - 2) : subj.start]) and "主持" in clause:
                    chairs = self._chairs(cps or [subj], cs, ce)
                    for p in chairs:
                        self._role(p.name, "chaired", ev, p.start)
                    if (w := _WHILE_CHAIRING.search(after)) and any(v in after[w.end() : w.end() + 4] for v in trig["say"]):
                        for p in chairs:  # 某某在主持时要求: what the chair says while chairing is speech too
                            self._role(p.name, "spokeAt", ev, p.start)
                    elif (w := _AND_THEN.search(after, after.find("主持") + 2)) is not None \
                            and any(v in not_speech.sub("", after[w.end() :]) for v in trig["speak"]):
                        for p in chairs:  # 某某主持会议并讲话, 并作工作报告: the chair speaks too
                            self._role(p.name, "spokeAt", ev, p.start)
                    continue
                if "揭牌" in clause:
                    who = cps or [subj]
                    if not cps and _THE_TWO.match(t, cs) and len(two := [m for m in self.between(ss, cs) if m.kind == "person"]) >= 2:
                        who = two[-2:]  # 甲与乙分别代表双方签署…，两人还共同为…揭牌: the two named before
                    self._unveil(who, cs, ce, ev)
                    continue
                if _TO_ME.match(after):
                    continue  # 某公司总经理某某跟我说，…: told to the one interviewed, not said at the occasion
                # (the stripped front and the first 12 characters computed once, not per word)
                say = trig["say"]
                fut = future_words(self.lex).search(after)  # 某某还将…授课: yet to come
                if fut and not any(w in after[: fut.start()] for w in trig["speak"]):
                    continue  # 某某还将围绕…授课: a talk still to come, not given at the event
                heard = not_speech.sub("", after)  # 聆听了报告, 出席了报告会: no one speaks
                if (any(w in heard for w in trig["speak"]) or _SPEECH_FRONT.sub("", after, count=1).startswith(say)
                        or any(w in after[:12] for w in say)):
                    in_turn = _IN_TURN.search(clause) and len(cps) <= 1  # 甲院长某，乙院长某…先后发言: all of the run
                    for p in ([q for q in persons if q.start < ce] if in_turn else doers or group):
                        self._role(p.name, "spokeAt", ev, p.start)  # (甲对乙表示感谢: 乙 is spoken to)
                else:
                    for p in cps[1:]:  # …颁发感谢状王某教授表示: a later name says it
                        if self._says_next(p.end, ce):
                            self._role(p.name, "spokeAt", ev, p.start)
            # venue and organisers (他介绍，本届竞赛由某处主办: of the whole occasion spoken of)
            self._venue_organisers(ss, se, ms, self.ref[id(first)] if whole_organised else ev)
        self._programme_lines()
        self._present_at_the_whole()

    def _spoken_of(self, ms: list[Mention], m: Mention) -> bool:
        """Whether ``m`` stands after a name and a verb of speaking that
        follows it in the sentence (某某在致辞中说，…竞赛…): what was said."""
        t, trig = self.t, self.lex.triggers
        person = next((p for p in reversed(ms) if p.kind == "person" and p.end <= m.start), None)
        ss = self.sentence_of(m.start)[0]
        if person is None and t[ss : ss + 1] not in ("他", "她"):
            return False  # (他指出，…竞赛…: the pronoun stands for the one who speaks)
        said = t[person.end if person is not None else ss + 1 : m.start]
        return any(w in said for k in ("speak", "say") for w in trig[k])

    def _present_at_the_whole(self) -> None:
        """Who attended a ceremony of an occasion the article names as an
        event of its own (…论坛开幕式 of …论坛, …培训班开班仪式 of …培训班)
        attended that occasion too; not a competition or an activity week,
        which last for days (the award ceremony's guests were not at the contest)."""
        events = [_Ref("Event", n) for ty, n in self.entities if ty == "Event"]
        long = {e for e in events if self.entities[("Event", e.name)].attrs.get("kind") in ("competition", "activity")}
        wholes = {e: [w for w in events if w not in long and self._part_of(e, w)] for e in events}
        for r in list(self.relations.values()):
            if r.p == "attended" and (ws := wholes.get(_Ref("Event", r.o))):
                for w in ws:
                    self.fact(_Ref("Person", r.s), "attended", w, r.evidence.start, "attend-part", conf=0.7)

    def _kind_event_before(self, ss: int, sent: str) -> _Ref | None:
        """A sentence that names no event but does what an event named just
        before is for (签署 after …签约仪式, 揭牌 after …揭牌仪式) is about that
        event, even when an earlier one has the date or the venue."""
        trig = self.lex.triggers
        kind = "signing" if any(w in sent for w in trig["sign"]) else "unveiling" if "揭牌" in sent else None
        if kind is None:
            return None
        prev = self._last_named_before(ss)
        e = self.entities.get((prev.type, prev.name)) if prev is not None else None
        return prev if e is not None and e.attrs.get("kind") == kind else None

    def _last_named_before(self, pos: int) -> _Ref | None:
        """The event named last before ``pos`` in its paragraph, within two sentences."""
        para = self.t.rfind("\n", 0, pos) + 1
        k = max(0, bisect.bisect_right(self._sent_starts, pos) - 1 - 2)
        lo = max(para, self.sentences[k][0] if self.sentences else 0)
        found = None
        for m in self.between(lo, pos):
            if m.kind == "event" and id(m) in self.ref:
                found = self.ref[id(m)]
        return found

    def _speech_start(self, ss: int, se: int) -> int:
        """Where reported speech begins in a sentence (他指出，……; 某某在致辞中说：……):
        the names after it are what was said about, not who was there."""
        rx = getattr(self, "_speech_rx", None)
        if rx is None:
            words = sorted(self.lex.triggers["say"], key=len, reverse=True)
            rx = self._speech_rx = re.compile("(?:" + "|".join(map(re.escape, words)) + r")\s*[，,：:]")
        m = rx.search(self.t, ss, se)
        return m.end() if m else se

    def _in_title(self, pos: int, ss: int) -> bool:
        """Whether ``pos`` lies inside a title in 《》 (a report's or a book's)."""
        t = self.t
        return t.rfind("《", ss, pos) > t.rfind("》", ss, pos)

    def _programme_lines(self) -> None:
        """Roles laid out as a programme rather than told in sentences: a
        ``主持人：`` line chairs, ``姓名（单位职务）：《题目》`` and a line under
        a speaking label (``报告一：``, ``致辞：``) speak, and the names under a
        guest heading (``出席嘉宾：``, ``对话嘉宾：``) attend.
        A guest heading with nothing after it covers the lines below it up to
        a blank line, a heading or a line of prose."""
        t = self.t
        pos, listing, speaking = 0, False, False
        for line in t.split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            if not line.strip():
                listing = speaking = False
                continue
            persons = [m for m in self.between(ls, le) if m.kind == "person"]
            chair, guest = _CHAIR_LINE.match(line), _GUEST_LINE.match(line)
            talk = _talk_line(self.lex).match(line)
            if talk or (speaking and line[:1] in " \u3000" and not guest and not chair):
                speaking = True  # 报告一：某某（单位职务）《题目》, 致辞：某某 (and the lines indented under it)
                ev = self.current_event(ls) if persons else None
                for p in persons if ev is not None else ():
                    self._role(p.name, "spokeAt", ev, p.start)
                continue
            speaking = False
            if chair or guest or re.match(r"^\s*[【\[]", line) or re.search(r"[。！？]", line):
                listing = bool(guest) and not line[guest.end() :].strip()
            if not persons:
                continue
            ev = self.current_event(ls)
            if ev is None:
                continue
            if chair:
                for p in persons:
                    self._role(p.name, "chaired", ev, p.start)
            elif guest or listing:
                for p in persons:
                    self.fact(_Ref("Person", p.name), "attended", ev, p.start, "programme-guest", conf=0.75)
            for p in persons:
                if _SPEAKER_AFTER.match(t, p.end, le) and not re.search(r"[。，,；;]", t[ls : p.start]):
                    self._role(p.name, "spokeAt", ev, p.start)

    def _listed_subjects(self, cps: list[Mention]) -> bool:
        """Names joined by 、 and closed by 等 (甲、乙、丙等…): one subject for
        what the next clauses say (…，介绍了…)."""
        t = self.t
        return len(cps) > 1 and t[cps[-1].end : cps[-1].end + 1] == "等" and all(
            "、" in t[a.end : b.start] and not re.search(r"[，,。；;：:]", t[a.end : b.start]) for a, b in pairwise(cps)
        )

    def _chairs(self, cps: list[Mention], cs: int, ce: int) -> list[Mention]:
        """Who chairs in a clause with 主持: the names after 由 when it is
        written (…仪式由某某主持), else every name before 主持."""
        t = self.t
        k = t.find("主持", cs, ce)
        you = t.rfind("由", cs, k) if k >= 0 else -1
        named = [p for p in cps if you < p.start < k] if you >= 0 else []
        return named or [p for p in cps if "主持" in t[p.end : ce]]

    def _says_next(self, j: int, ce: int) -> bool:
        """Whether a say verb follows a name at ``j`` (honorifics between)."""
        t, lex = self.t, self.lex
        while (n := max(lex.honorifics.at(t, j), lex.title_at(t, j))) and j + n <= ce:
            j += n
        return t.startswith(tuple(lex.triggers["say"]), j)

    def _visit_party_meets(self) -> None:
        """A delegation's sentence names no occasion (11月5日，某校院长甲带队来我院调研，
        乙、丙随同调研。), and the meeting named within the next five sentences
        is held (座谈会在…举行): the party, and the hosts named with it, attend it;
        so do those named in the one or two sentences after it that say they
        went with it or received it (visit_joined: 一同前往, 陪同, 热情接待),
        when both sides hold the meeting (both_sides: 双方在某处召开座谈会)."""
        trig = self.lex.triggers
        party, meetings = tuple(trig["visit_party"]), tuple(trig["visit_meetings"])
        joined = tuple(trig["visit_joined"])

        def names_occasion(ms: list[Mention]) -> bool:  # (开展访企拓岗活动: a word for what the party does refers to none)
            return any(m.kind == "event" or m.kind == "anaphor" and id(m) in self.ref for m in ms)

        for i, (ss, se) in enumerate(self.sentences):
            sent = self.t[ss:se]
            if not any(w in sent for w in party):
                continue
            ms = self.between(ss, se)
            if names_occasion(ms):
                continue
            persons = [m for m in ms if m.kind == "person" and not self._in_title(m.start, ss)]
            with_party: list[Mention] = []
            k = i + 1
            while k < len(self.sentences) and k <= i + 2:
                ws, we = self.sentences[k]
                more = self.between(ws, we)
                if not any(w in self.t[ws:we] for w in joined) or names_occasion(more):
                    break  # 乙、丙一同前往。丁、戊热情接待。: who went with the party, and its hosts, are of it
                with_party += [m for m in more if m.kind == "person"]
                k += 1
            for ns, ne in self.sentences[k : i + 6]:
                ev = next((self.ref[id(m)] for m in self.between(ns, ne) if m.kind == "event" and id(m) in self.ref), None)
                if ev is None:
                    continue
                if ev.name.endswith(meetings) and ev.name in self.held:
                    # (those of the sentences after the party's, only at a meeting both sides hold: 双方在…召开)
                    both = any(w in self.t[ns:ne] for w in trig["both_sides"])
                    for p in persons + (with_party if both else []):
                        self.fact(_Ref("Person", p.name), "attended", ev, p.start, "visit-party-attended", conf=0.7)
                break

    def _label_lines(self) -> None:
        """Lines under a label of their own (出席嘉宾：, 发布人：, 主持人：): each line
        that ends with a person's name (某局党组书记、局长某某) names one who
        attended (under 主持人：, who chaired); and a transcript's answer
        (某某：今年我们将…, a line that begins with a name and a colon and goes
        on to speech, or a line of the name and the colon alone over the
        speech) is the person speaking."""
        t, trig = self.t, self.lex.triggers
        if "：" not in t and ":" not in t and "【" not in t:
            return
        heads = tuple(trig["attend"] + trig["guests"])
        under_label = ""
        spoken: _Ref | None = None  # the transcript's occasion
        lines = [(lm.start(), lm.end()) for lm in re.finditer(r"^[^\n]*$", t, re.M)]
        for n, (a, b) in enumerate(lines):
            line = t[a:b].strip(" \u3000")
            if not line:
                under_label = ""
                continue
            lead = a + len(t[a:b]) - len(t[a:b].lstrip(" \u3000"))
            inline = ""
            if (bl := _BRACKET_LABEL.fullmatch(line)) is not None:
                line = re.sub(r"[\s\u3000]", "", bl.group(1)) + "："  # 【发布人】, 【主持人】: a label line in brackets
            elif (bl := _BRACKET_LABEL.match(line)) is not None and len(line) > bl.end():
                label = re.sub(r"[\s\u3000]", "", bl.group(1))  # 【主持人】某校副校长 某某: the label, then its line
                inline = "chaired" if label in trig["chair_labels"] else "attended" if any(w in label for w in heads) else ""
            if line.endswith(("：", ":")) and len(line) <= 12:
                alone = next((m for m in self.between(a, b) if m.kind == "person" and m.start == lead and m.end == lead + len(line) - 1), None)
                nxt = next((t[x:y].strip(" \u3000") for x, y in islice(lines, n + 1, None) if t[x:y].strip(" \u3000")), "")
                if alone is not None and len(nxt) >= 15 and not nxt.endswith(("：", ":")) \
                        and (ev := spoken or self.current_event(a)) is not None:
                    # 某某：/ 今年我们将…: the answer under the name, at the occasion the transcript is of
                    # (the one current at its first answer, not one an answer names)
                    self._role(alone.name, "spokeAt", ev, alone.start)
                    spoken = ev
                    under_label = ""
                    continue
                under_label = "chaired" if line.rstrip("：:") in trig["chair_labels"] else "attended" if any(w in line for w in heads) else ""
                continue
            persons = [m for m in self.between(a, b) if m.kind == "person"]
            ev = self.current_event(a) if persons else None
            if ev is None:
                under_label = under_label if not re.search("[：:]", line) else ""
                continue
            first = persons[0]
            colon = t[first.end : first.end + 1]
            if first.start == lead and colon in ("：", ":") \
                    and len(t[first.end + 1 : b].strip()) >= 15 and not any(m.start > first.end for m in persons):
                self._role(first.name, "spokeAt", ev, first.start)  # 某某：今年我们将…: an answer in a transcript
                under_label = ""
                continue
            role = inline or under_label
            # (某局局长 甲 副局长 乙: a line of several, each after its post, no sentence between them)
            if role and persons[-1].end == a + len(t[a:b].rstrip(" \u3000")) and (
                    len(persons) == 1 or role == "attended" and not re.search(r"[，,。；;：:]", line)):
                for p in persons if role == "attended" else persons[:1]:
                    if role == "chaired":
                        self._role(p.name, "chaired", ev, p.start)
                    else:
                        self.fact(_Ref("Person", p.name), "attended", ev, p.start, "attend-label", conf=0.75)
                continue
            under_label = ""

    def _contestants_at_whole(self) -> None:
        """A contestant's or judge's representative at a contest's opening
        (裁判员代表某某、选手代表某某宣誓, at …大赛开幕式) takes part in the contest
        itself: they attend the whole occasion too (``triggers.json`` contestants)."""
        cues = tuple(self.lex.triggers.get("contestants", ()))
        events = [(k[1], e) for k, e in self.entities.items() if k[0] == "Event"]
        for r in list(self.relations.values()):
            if r.p != "attended" or not r.o.endswith(tuple(self.lex.triggers.get("part_heads", ()))):
                continue
            whole = next((name for name, e in events if e.attrs.get("kind") == "competition"
                          and self._part_of(_Ref("Event", r.o), _Ref("Event", name))), None)
            if whole is None:
                continue
            at = next((i for i in occurrences(self.t, r.s) if any(
                c in self.t[max(self.t.rfind(x, 0, i) for x in "，,。；;：:\n") + 1 : i] for c in cues)), None)  # (选手代表、某公司车工某某)
            if at is not None:
                self.fact(_Ref("Person", r.s), "attended", _Ref("Event", whole), at, "contestant-at-whole", conf=0.7)

    def _role(self, person: str, p: str, ev: _Ref, at: int) -> None:
        # (市民某某说: a member of the public quoted is there, but no speaker of the occasion)
        if p != "spokeAt" or not self.t.endswith(trigger_words(self.lex, "public"), 0, at) \
                or _AS_DELEGATE.match(self.t, at + len(person)):  # (居民某某作为学员代表发言: a speech of the programme)
            self.fact(_Ref("Person", person), p, ev, at, f"{p}-trigger", conf=0.8)
        after = self.t[at + len(person) : at + len(person) + 24].split("。", 1)[0]
        if any(w in after for w in self.lex.triggers["absent"]):
            return  # 副市长某某因另有公务未能到会，作了书面讲话: a speech sent, no attendance
        self.fact(_Ref("Person", person), "attended", ev, at, f"{p}-implies-attended", conf=0.8)

    def _unveil_without_event(self) -> None:
        """揭牌 in a report that names no occasion (某某、某某共同为某基地揭牌):
        who unveils what, with no event to attend."""
        for ss, se in self.sentences:
            if "揭牌" not in self.t[ss:se]:
                continue
            for cs, ce in self._clauses(ss, se):
                if "揭牌" in self.t[cs:ce]:
                    persons = [m for m in self.between(ss, ce) if m.kind == "person"]
                    self._unveil(persons, cs, ce, None)

    def _unveil(self, persons: list[Mention], cs: int, ce: int, ev: _Ref | None) -> None:
        t = self.t
        k = t.find("揭牌", cs, ce + 1)
        targets = [m for m in self.between(cs, ce) if id(m) in self.ref and self.ref[id(m)].type in ("Organization", "Community")]
        tgt = None
        wei = t.rfind("为", cs, k)
        inside = [m for m in targets if wei >= 0 and wei < m.start < k]
        after = [m for m in targets if m.start >= k]
        if inside:
            # the outermost unit named there: 为“某某工作室联盟”揭牌, not the 工作室 it begins with
            last = inside[-1]
            outer = [m for m in inside if m.start <= last.start and m.end >= last.end]
            best = max(outer, key=lambda m: m.end - m.start)
            tgt = self.ref[id(best)]
            if best.kind == "ref" and ev is not None:
                # 为研究院揭牌 at …暨某大学某某研究院揭牌仪式: the unit the occasion names in full
                # (when the word stood for another unit named before, or for a short form of
                # the occasion's quoted name: “某大学—某公司某某联合研究院”)
                f = _unveiled_in_name(ev.name, best.text) or ""
                if f and f != tgt.name and not tgt.name.endswith(f) and (not f.endswith(tgt.name) or f"“{f}”" in ev.name):
                    tgt = _Ref("Organization", f)
        elif after:
            tgt = self.ref[id(after[0])]
        elif wei >= 0 and ev is not None and (word := t[wei + 1 : k]) in self.lex.anaphora \
                and (f := _unveiled_in_name(ev.name, word)):
            tgt = _Ref("Organization", f)  # 共同为实践中心揭牌 at 某某实践中心揭牌仪式, the centre named nowhere else
        if tgt is not None and (tgt.type, tgt.name) not in self.entities:
            self.entity(tgt.type, tgt.name)
        for p in persons:
            if p.start > k:
                continue
            if ev is not None:
                self.fact(_Ref("Person", p.name), "attended", ev, p.start, "unveil-implies-attended", conf=0.75)
            if tgt is not None:
                self.fact(_Ref("Person", p.name), "officiatesUnveiling", tgt, p.start, "unveil-trigger",
                          conf=0.85, **({"event": ev.name} if ev is not None else {}))

    def _facility_parent(self, u: Mention, ms: list[Mention], ce: int) -> _Ref | None:
        """在某学院图书信息中心一楼报告厅: a facility (…中心/…馆) of a unit, followed by
        a room in it, is a place of the unit in front of its name: that unit. A
        neighbourhood's service centre (某社区党群服务中心) and a unit's site
        (某学校某实训基地, ``triggers.json`` held_sites) are ones with no room after them."""
        r = self.ref[id(u)]
        centre = r.name.endswith(self.lex.service_centres)  # 在某社区党群服务中心举行: room or not
        site = r.name.endswith(tuple(self.lex.triggers["held_sites"]))  # 在某学校某实训基地召开: room or not
        if not centre and not site and not (r.name.endswith(self.lex.facility_ends) and _ROOM_AFTER.match(self.t[u.end : ce])):
            return None
        fronts = [name for ty, name in self.entities
                  if ty == "Organization" and name != r.name and r.name.startswith(name)
                  and not name.endswith(self.lex.facility_ends)]
        return _Ref("Organization", max(fronts, key=len)) if fronts else None

    def _holds_other(self, i: int, ce: int, ev: _Ref) -> bool:
        """在甲大学举办“某研讨班”: the verb's own quoted object, when it is not
        this event, is what that unit held (a list of past occasions)."""
        m = _HELD_QUOTED.match(self.t, i, ce)
        return m is not None and _norm(m.group(1)) not in _norm(ev.name)

    def _campus_room_owner(self, i: int, ce: int, ms: list[Mention]) -> _Ref | None:
        """在行政楼三楼会议室召开 on a school's own page, no unit named: a room of
        that school (the caller keeps it only for an event named after that
        school: 某校党委会议). A city place (会展中心, 酒店, 市…) is not."""
        m = _CAMPUS_ROOM.match(self.t, i, ce)
        if m is None or any(i <= x.start < m.end() for x in ms if x.kind != "date"):
            return None
        if not any(w in self.t[m.end() : m.end() + 3] for w in self.lex.triggers["held"]):
            return None
        own = self.own_institution()
        return own if own is not None and own.type == "Organization" else None

    def _venue_list(self, cs: int, ce: int, units: list[Mention], ev: _Ref) -> None:
        """在甲和乙两个赛场进行, 在甲、乙两个赛点举行, 比赛分设甲、乙两个赛区: the
        occasion is held at each unit of the list before the count of its venues."""
        t = self.t
        for v in _VENUE_COUNT.finditer(t, cs, ce):
            listed, j = [], v.start()
            for m in reversed([m for m in units if m.end <= j]):
                if t[m.end : j].strip("、和与及 ") != "":
                    break
                listed.insert(0, m)
                j = m.start
            if len(listed) >= 2 and (t[j - 1 : j] == "在" or t.endswith(trigger_words(self.lex, "venue_lists"), 0, j)):
                head = next((h for h in self.lex.triggers.get("part_heads", ()) if ev.name.endswith(h)), None)
                if head:  # several venues are the competition's, not its opening's (none when it is not named so)
                    if ("Event", ev.name[: -len(head)]) not in self.entities:
                        continue
                    ev = _Ref("Event", ev.name[: -len(head)])
                for m in listed:  # (no main occasion made of the sentence: see assemble._NOT_ANCHORING)
                    self.fact(ev, "heldAt", self.ref[id(m)], m.start, "held-at-venues", conf=0.8)

    def _venue_organisers(self, ss: int, se: int, ms: list[Mention], ev: _Ref) -> None:
        t, trig = self.t, self.lex.triggers
        prev: tuple[int, int] | None = None
        for cs, ce in self._clauses(ss, se):
            clause, before_clause, prev = t[cs:ce], prev, (cs, ce)
            if before_clause is not None and clause.lstrip().startswith(tuple(trig.get("organize_with", ()))) \
                    and any(w in clause for w in trig["organize"]):
                ps, pe = before_clause  # 由甲牵头，会同乙、丙共同主办: 甲 organises it too
                lead = t[ps:pe].rstrip()
                you = t.find("由", ps, pe)
                if you >= 0 and lead.endswith(tuple(trig.get("organize_lead", ()))):
                    for m in ms:
                        if you < m.start < pe and id(m) in self.ref and self.ref[id(m)].type == "Organization":
                            self.fact(ev, "organizedBy", self.ref[id(m)], m.start, "organize-lead", conf=0.75)
            units = [m for m in ms if cs <= m.start < ce and id(m) in self.ref and self.ref[id(m)].type == "Organization"]
            self._venue_list(cs, ce, units, ev)
            if any(w in clause for w in trig["held"]):
                zai = [z.end() for z in _zai(self.lex).finditer(t, cs, ce)]  # (where a venue would start)
                under = trigger_words(self.lex, "under")
                events_at = {m.start for m in ms if m.kind == "event"}
                for z in zai:
                    # 在集团副理事长单位某公司召开 (triggers.json community_words: a community's own word before a role in it):
                    ch = next((w for w in trig["community_words"] if t.startswith(w, z)), "")
                    for z0 in ((z + len(ch), z) if ch else (z,)):  # the community's word, then the unit's role in it
                        role = next((w for w in (t[z0 : z0 + n] for n in (8, 7, 6, 5, 4))
                                     if w.endswith("单位") and w in self.lex.generic_orgs), "")
                        if role:
                            z = z0
                            break
                    z += len(role)  # 在理事长单位某学院召开: the unit after its role
                    if not role and (w := next((w for w in trig["not_inside_units"] if 0 <= t.find(w, z, z + 12) < ce), None)):
                        z2 = t.find(w, z, z + 12) + len(w)  # 在秘书处所在地某大学召开: the unit after the word for where
                        if all(is_cjk(c) and c not in PUNCT for c in t[z:z2]):
                            z = z2
                    # 在某学院成立大会上举行: held at the occasion, not at the unit
                    u = next((m for m in units if m.start == z and m.start not in events_at), None)
                    if u is not None and t.startswith(subsidiary := trigger_words(self.lex, "subsidiary"), u.end) \
                            and not t.startswith("及", u.end):  # (one C-level test first; 及其全资子公司: both)
                        # 在公司全资子公司某某有限公司举行: at the subsidiary named after its owner
                        sub = next(w for w in subsidiary if t.startswith(w, u.end))
                        u = next((m for m in units if m.start == u.end + len(sub)), u)
                    if u is not None and u.kind == "ref" and (u.text in self.lex.own_refs or u.text in ("学院", "学校")):
                        # 在我院某学院实训楼, 在学院某学院实训楼: the college
                        u = next((m for m in units if m.start == u.end and m.start not in events_at), u)
                    if u is not None and self._holds_other(u.end, ce, ev):
                        continue
                    if u is not None and t.startswith(under, u.end + (t[u.end : u.end + 1] == "的")):
                        continue  # 大会在省教育厅指导下召开: under the body's guidance, not at its premises
                    if u is not None:
                        self.fact(ev, "heldAt", self.ref[id(u)], u.start, "held-at", conf=0.8)
                        parent = self._facility_parent(u, ms, ce)
                        if parent is not None:
                            self.fact(ev, "heldAt", parent, u.start, "held-at-facility-of", conf=0.75)
                        break
                    own = self._campus_room_owner(z, ce, ms)
                    subject = next((m for m in units if m.end == z - 1 and self.ref[id(m)] == own), None)
                    ours = own is not None and any(
                        m.kind == "event" and self.ref.get(id(m)) == ev and m.end < z and t[m.start - 2 : m.start] in self.lex.own_refs
                        and not (t[m.start - 1] == "校" and self._sub_college(own.name))  # (我校 is never one of its colleges)
                        for m in ms if cs <= m.start < z)  # 我院2026年春季开学安全工作会议在实训大楼一楼报告厅召开
                    # (校党委理论学习中心组…会议, 学校“某讲坛”报告会: named by the school's own word)
                    ours = ours or own is not None and (ev.name.startswith(("学校", "我校", "我院", "本校", "本院"))
                                                        or ev.name.startswith("校") and not ev.name.startswith(self.lex.joint_school_fronts))
                    if own is not None and (ev.name.lstrip("“\"").startswith(own.name) or subject is not None or ours):  # (学院在行政楼会议室召开…)
                        self.fact(ev, "heldAt", own, z, "held-at-own-campus", conf=0.7)
                        break
                else:
                    held = next((m for m in ms if m.kind == "event" and zai and m.end == zai[0] - 1 and id(m) in self.ref), None)
                    verb = min((k for w in trig["held"] if (k := t.find(w, zai[0], ce)) >= 0), default=-1) if held else -1
                    if verb > 0 and self.lex.venues.ending_at(t, verb):
                        self.held.add(self.ref[id(held)].name)  # 某签约仪式在会展中心2号馆举行: a room of its own, though no unit is named
            for w in trig["organize"]:
                k = clause.find(w)
                if k < 0:
                    continue
                if lex_pattern(self.lex, "to_come_with", lambda x: f"(?:{alternation(x.triggers['to_come'])})(?:联合|共同|与|和|再|继续)").search(clause, 0, k):
                    continue  # 培训结束后，镇里将联合某公司等企业举办专场招聘会: another occasion, yet to come
                k += cs
                before = [m for m in units if m.end <= k]
                you = t.rfind("由", cs, k)
                chosen = [m for m in before if m.start > you] if you >= 0 else before[-1:] if before and t[before[-1].end : k].strip("、和与及共同联合") == "" else []
                if you < 0 and before:
                    # ORG、ORG主办: the list right before the verb (我院于5月8日举办: a date between)
                    chosen, j = [], k
                    for m in reversed(before):
                        gap = ALIAS_DECL.sub("", t[m.end : j])  # A与B（以下简称“乙”）联合承办: the short name aside
                        if j == k:
                            gap = _ETC_UNITS.sub("", _WHEN_GAP.sub("", gap))  # (某学院等5所院校承办: the one named)
                        elif chosen and chosen[0].info.get("own_of", "")[1:] == gap[-1:]:
                            gap = gap[:-1]  # 、厅科技与信息化处: the body's own department
                        if gap.strip("、和与及共同联合 ") == "":
                            chosen.insert(0, m)
                            j = m.start
                if you < 0:
                    # 在某学院举办: the venue, not the organiser
                    chosen = [m for m in chosen if t[m.start - 1 : m.start] not in ("在",)]
                # 由某大学机械工程学院主办: the college (the whole name), not the university its name begins with
                chosen = [m for m in chosen if not any(o is not m and o.start <= m.start and m.end < o.end for o in chosen)]
                chosen = [m for m in chosen if not self.owner_ref(m)]  # 学校研究生院协办: the office, not the school
                for m in chosen:
                    self.fact(ev, "organizedBy", self.ref[id(m)], m.start, "organize-trigger", conf=0.8)

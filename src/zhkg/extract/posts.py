"""Posts: title runs (单位 职务、职务 姓名, several segments, the unit carried
to the next run), appointments and removals (任命X为…, 免去X的…职务), and whom
a person represents (X代表Y)."""

from __future__ import annotations

import re

from ..nlp.lexicon import Lexicon
from .find_names import (
    COUNT_OF_PEOPLE,
    NUMBERED_NAME_LINE,
    PROFILE_LINE,
    ROSTER_LINE,
    LABEL_NAME,
    ROSTER_LINE2,
    label_title,
    latin_honorific,
    names_over_posts,
    table_rows,
)
from .find_units_events import _TERM_OF_BODY
from .lexical import ALIAS_DECL, CLAUSE_STOP, alternation, lex_pattern, trigger_words
from .mentions import PUNCT, Mention, is_cjk, title_tail
from .refs import Ref as _Ref

__all__ = ["PostsMixin"]

# 任命X为…, X任…, X教授担任…: the words between a name and the post it is given
# (甲、乙等9人当选副会长: the count of the list before the verb)
_APPOINTED = r"\s*(?:同志|教授|副教授|先生|女士|研究员|博士|" + COUNT_OF_PEOPLE + r")?" \
    r"(?:(?:离任|卸任|退休)后|自(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?起)?(?:继续|仍然|仍|同时|另)?(?:为|任|新任|担任|兼任|出任|挂职任|挂职担任|挂任|当选为|当选|连任|升任|调任|受聘为|受聘担任|被聘为|被聘任为|被任命为)"

# a term between a body and its post (联盟首届理事长, 协会第三届会长, 联合体新一届理事长)
# what may stand between a unit and its post: a term (首届, 第二届), or the short
# name the unit is declared by (某局（以下简称“市某局”）局长某某)
# (or the region a company's post covers: 某某有限公司中国区总经理, triggers.json region_scopes)
# （二）独立董事：甲先生、乙女士: an enumerated post, a colon, its holders (group 2)
_LABEL_POST_LINE = re.compile(
    r"^[ \u3000]*(?:(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])[ \u3000]*)?"
    r"([\u4e00-\u9fff]{2,8})[：:][ \u3000]*([^\n：:]{2,120})$", re.M)


# 会　长：, 副会长（按姓氏笔画排序）：: a post's label at a line's start (its characters may be spaced)
_ROSTER_LABEL = re.compile(r"^[ \u3000]*([\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,6})(?:[（(][^（）()\n]{1,12}[）)])?[：:][ \u3000]*")


_UNIT_HEADING = re.compile(r"^[ \u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[ \u3000]*([\u4e00-\u9fff]{2,16})[ \u3000]*$")
_UNIT_HEADING_ANY = re.compile(_UNIT_HEADING.pattern, re.M)
_ROSTER_LABEL_ANY = re.compile(_ROSTER_LABEL.pattern, re.M)
_BRACKET_THEN_LIST = re.compile(r"[（(][^（）()]{2,40}[）)]、")
_BRACKETED_REST = re.compile(r"(?:[（(].{1,60}[）)])?")


def _term_gap(lex: Lexicon) -> re.Pattern[str]:
    # (某协会第三届理事会会长某某: a term of the body's board, whose head heads the body)
    return lex_pattern(lex, "term_gap", lambda x: r"(?:首届|首任|新一届|新任|(?:第[一二三四五六七八九十\d]+|本|上)届|第[一二三四五六七八九十\d]+届(?:"
                       + alternation(x.triggers["term_bodies"]) + r")|"
                       + alternation(x.triggers["region_scopes"]) + r")?|”[）)]")


_IN_THE_SPEECH = re.compile(r"在[\u4e00-\u9fff]{1,6}中")  # 在致辞中, 在讲话中
_MEMBERS_AS_GROUP = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:成员单位|会员单位|理事单位)")  # 代表(企业)成员单位
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市区县镇乡]$")  # 某某市 before 市长
_ITEM_END = re.compile(r"[；;。\n]")


_POST_CLAUSE_END = re.compile(r"[，,；;。（()）]")


def _clause_verb(lex: Lexicon) -> re.Pattern[str]:  # 现任/兼任/挂职 at a clause's start (``triggers.json`` profile_posts)
    # (在某县挂职任…: where the post is held may come first; 2024年3月起挂职…: or since when)
    return lex_pattern(lex, "profile_posts", lambda x: r"(?:^|(?<=[，,；;。（(]))(?:\d{4}年(?:\d{1,2}月)?(?:起|以来)?)?(?:在[\u4e00-\u9fff]{2,10}?)?(?:"
                       + alternation(x.triggers["profile_posts"]) + ")", re.M)


def _spread(words) -> str:
    """Labels that a form may spread out with spaces (姓　　名)."""
    return "|".join("[ \u3000]*".join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))


def _form_name(lex: Lexicon) -> re.Pattern[str]:  # 姓　　名：某某 (``triggers.json`` form_name)
    return lex_pattern(lex, "form_name", lambda x: rf"^[ \u3000]*(?:{_spread(x.triggers['form_name'])})[ \u3000]*[：:][ \u3000]*", re.M)


def _form_post(lex: Lexicon) -> re.Pattern[str]:  # 现任职务：… (form_post)
    return lex_pattern(lex, "form_post", lambda x: rf"^[ \u3000]*(?:{_spread(x.triggers['form_post'])})[ \u3000]*[：:]", re.M)


# 免去其…职务 (a post ended), 挂职期间保留其…职务 (a post kept): whose post the clause names
# 任期届满，不再担任…，离任后继续担任某子公司董事长: the post kept after leaving, in a later clause
_AFTER_LEAVING = re.compile(r"(?:离任|卸任|退休|辞职|辞任)后(?:继续|仍然|仍)(?:担任|任)")
_QUOTED_HONOUR = re.compile(r"“[^“”，,。、；;]{2,12}”")  # “某江工匠”: an honour between a post and a name
_TERM_AFTER = re.compile(r"第[一二三四五六七八九十\d]+届")  # 协会第二届理事会: a term of the unit's board
_LATER_POST = re.compile(r"(?:继续|仍然|仍)?(?:担任|挂任|出任|任)")
_HIS_POST = re.compile(r"(?:挂职期间)?(?P<verb>保留|免去)(?:其|他|她)")
# a head's title by the kind of unit it heads: 校长, 副院长, 院长助理, 处长, 科长 …
# (and with any qualifier, for a list of appointments: 执行院长, 常务副院长)
_CARRIED_HEAD = re.compile(r"([校院处科局厅所部系])长$")
_HEAD_TITLE = re.compile(r"^(?:常务)?副?([校院处科局厅])长(?:助理)?$")


# 单位　姓名（职务）　姓名（职务）: a unit at the line's start, then its people
# with their posts in brackets (a list of those present)
_UNIT_ROSTER_LINE = re.compile(
    r"^[ \u3000]*([^\s\u3000（()）：:，。]{3,40}?)((?:[\u3000 ]{1,4}[^\s\u3000（()）]{2,12}[（(][^（()）\n]{1,24}[）)])+)[ \u3000]*$", re.M)
_NAME_POST = re.compile(r"([^\s\u3000（()）]{2,12})[（(]([^（()）\n]{1,24})[）)]")


def _family(title: str, lex: Lexicon) -> str:
    """Posts of an association (会长, 理事 …) or of an institution (校长, 处长 …):
    a bare title takes the unit of the same family from the run before."""
    if title.startswith(("党委", "党组", "纪委", "党总支", "党支部")):
        return "institution"  # 党委委员, 党委常委: a post in the body's party organisation
    return "association" if title.endswith(lex.association_titles) else "institution"


class PostsMixin:
    """Rules of :class:`~zhkg.extract.assemble._Assembler` (mixed in)."""

    # --------------------------------------------------------------- posts
    def _posts(self) -> None:
        """Title runs: ``[unit] title(、title)* name``, several segments in a
        run, the unit carried to the next run when a run starts with a bare
        title (``该校党委书记A，党委副书记、校长B``)."""
        t = self.t
        self.person_units: dict[str, list[_Ref]] = {}
        carry: dict[str, _Ref] = {}  # title family -> unit of the run before
        self._appointed_unit: tuple[int, _Ref] | None = None  # (where, unit) of the last appointment
        self._board_post: tuple[int, _Ref] | None = None  # (where, unit) of the last post of a board (会长, 主任委员 …)
        for ss, se in self.sentences:
            ms = self.between(ss, se)
            pending: list[tuple[Mention, _Ref | None, bool]] = []  # (mention, unit, is a post)
            if t[ss - 1 : ss] not in ("；", ";"):
                carry = {}  # a run list goes on over ；, not over a full stop
            last_unit: Mention | None = None
            last_person: Mention | None = None
            last_cue: Mention | None = None
            shared: tuple[int, list] | None = None  # the titles of the last name, for a list of names
            for m in ms:
                r = self.ref.get(id(m))
                if m.kind == "person":
                    self.entity("Person", m.name, m)
                if m.kind in ("org", "community", "ref") and r is not None and r.type != "Event":
                    if last_unit is None or m.start >= last_unit.end:
                        last_unit = m
                    continue
                adjacent_unit = last_unit is not None and _term_gap(self.lex).fullmatch(t[last_unit.end : m.start].strip(" \u3000的原")) is not None
                if m.kind == "cue":
                    if m.name != "代表" and adjacent_unit and m.name not in self.lex.non_post_cues:
                        m = Mention("title", m.start, m.end, m.text, m.name)  # X报社记者: a post there
                    elif pending and t[pending[-1][0].end : m.start].strip() in ("、", ""):
                        pending.append((m, None, False))  # 院长、教授X: the run goes on
                        continue
                    else:
                        last_cue = m
                        continue
                if m.kind == "title" and t.startswith("由", m.end) and not t.startswith("由衷", m.end) \
                        and self._taken_by(m) is not None:
                    continue  # 院长由某某兼任: the post is taken by the name after 由 (see _post_taken_by)
                if m.kind == "title":
                    sep = t[pending[-1][0].end : m.start].strip() if pending else None
                    if sep and re.fullmatch(r"[，,]\s*兼任?", sep):
                        sep = "兼"  # 任某公司副总经理，兼任总工程师: a second post at the same unit
                    if pending and re.search(r"[，,；;：:。]", sep):
                        self._flush_appointment(pending, last_person, m.start)
                        pending = []
                        sep = None
                    if adjacent_unit:
                        org = self.ref[id(last_unit)]
                    elif pending and sep in ("、", "兼", "和", "及", ""):
                        org = next((o for _, o, post in reversed(pending) if post), None)
                        if self._head_of_government_in_committee(m, org):
                            org = self._government_of(m, org)  # 县委副书记、县长某某: the county's government, not its party committee
                    else:
                        org = None
                    # (联合体理事长、经开区党工委书记某某: a short word of a body no rule names, the run goes on)
                    short_body = sep is not None and len(sep) <= 5 and sep[:1] == "、" and all(is_cjk(c) and c not in PUNCT for c in sep[1:])
                    if pending and sep not in ("、", "兼", "和", "及", "") and not short_body:
                        if last_unit is None or last_unit.start < pending[-1][0].end:
                            self._flush_appointment(pending, last_person, m.start)
                            pending = []
                    # (主任委员、校长某某 with no unit for the first post: the second is still the school's own)
                    if org is None and (not pending or sep == "、" and m.name.endswith(("校长", "院长", "园长"))
                                        and not any(o for _, o, _ in pending)):
                        lead = m.start  # 校领导党委书记某某, 中心组成员党委副书记某某: a role word for a group stands before the run
                        if last_cue is not None and last_cue.end == m.start and last_cue.name.endswith(("领导", "成员")) \
                                and last_cue.name in self.lex.non_post_cues:
                            lead = last_cue.start
                        before = t[lead - 1] if lead > ss else "，"
                        if before in PUNCT or before in "和及与":
                            org = carry.get(_family(m.name, self.lex))
                            if org is not None and not self._title_fits(m.name, org.name):
                                org = None  # 某公司董事长甲，副校长乙; 某系主任甲，院长助理乙: the post is no post of that unit
                            if org is None and m.name.endswith("秘书长") and (gov := carry.get("institution")) is not None \
                                    and gov.name.endswith("政府"):
                                org = gov  # 副市长甲、副秘书长乙: the government's secretary-general, not an association's
                            if self._head_of_government_in_committee(m, org):
                                org = None  # 市委书记某某、市长某某: the mayor is the government's (below)
                        # 校党委书记某某: 校 alone before the title is the school itself
                        own_prefix = before in "校院" and (m.start - 1 == ss or t[m.start - 2] in PUNCT)
                        if org is None and m.name in self.lex.own_unit_titles and (
                            before in PUNCT or lead == ss or before == "由" or own_prefix  # 仪式由副校长某某主持
                        ):
                            org = self.own_institution()  # 校长某某 on the school's own site
                            if org is not None and (m.name.endswith("校长") or before == "校") and self._sub_college(org.name) \
                                    and (uni := self._front_parent(org.name)) is not None:
                                org = _Ref("Organization", uni)  # 副校长某某 on a college's page: the university's
                            if org is not None:
                                self.entity(org.type, org.name)
                        if org is None and m.name in self.lex.own_company_titles and (before in PUNCT or lead == ss or before in "由经"):
                            org = self._own_company()  # 经董事长某某提名 in a 公告
                        if org is None and t[m.start - 2 : m.start] == "学校" and m.name in self.lex.own_unit_titles and (
                                m.start - 2 <= ss or t[m.start - 3] in PUNCT or t[m.start - 3].isspace()):
                            org = self._own_school()  # 学校副校长某某 on a college's page: the university's
                            if org is not None:
                                self.entity(org.type, org.name)
                        if org is None and before in "局厅委" and (m.start - 1 == ss or t[m.start - 2] in PUNCT):
                            org = self._own_body(before)  # 局党组书记、局长某某 on a bureau's page
                        if org is None and (before in PUNCT or lead == ss or before == "由"):
                            org = self._bureau_site_post(m.name)  # 党组书记、局长某某 on the bureau's own page
                        if org is None and (before in PUNCT or lead == ss) and m.name.endswith(("理事长", "秘书长", "会长")) \
                                and _family(m.name, self.lex) == "association":
                            org = self._sole_community()  # 常务副理事长、某公司董事长某某 in a report on the one community
                        if org is None and before in "，," and (m.name in self.lex.own_unit_titles or len(m.name) >= 3
                                                                and m.name[0] in "系科处部所室"):
                            org = self._place_clause_unit(ss, m.start)  # 在某学院，院长某某介绍了…; 在某系实训车间，系主任某某
                            if org is not None and m.name[0] in "系科处部所室" and not org.name.endswith(m.name[0]):
                                org = None  # (系主任 is a 系's)
                        if org is None and (before in "，," or lead == ss) and m.name.endswith(("校长", "院长")):
                            org = self._school_referred(m)  # 走进该校实训室。在某中心，校长某某介绍…
                        if org is None:
                            org = self._government_of(m)  # 副省长某某, 某市市长某某: that people's government
                    former = t[m.start - 1 : m.start] == "原"
                    pending.append((m, org, not former))
                    continue
                if m.kind == "person":
                    gap = title_tail(self.lex).sub("", t[pending[-1][0].end : m.start]) if pending else ""
                    if gap and (h := latin_honorific().match(t, pending[-1][0].end)) and h.end() == m.start:
                        gap = ""  # 院长Dr. Lydia Tan
                    if pending and (gap.strip(" \u3000") == "" or self._run_bridge(pending[-1][0].end, m.start)):
                        for tm, org, post in pending:
                            if post and org is not None:
                                self._hold(m.name, tm, org)
                        for tm, org, post in pending:
                            if post and org is not None:
                                carry[_family(tm.name, self.lex)] = org
                        shared = (m.end, pending)
                        pending = []
                        last_person = m
                        continue
                    gap = t[shared[0] : m.start] if shared and shared[0] <= m.start else ""
                    spaced = gap != "" and gap.strip(" \u3000") == ""  # 党委委员 甲某 乙某: a list by spaces
                    if not spaced:
                        gap = gap.rstrip(" \u3000")  # 副院长甲某、 乙某: a space after the comma (a crawled page)
                    if not pending and (gap.endswith("、") and self._only_titles(gap[:-1]) or spaced):
                        # 副会长A、B、C: one title, several names
                        for tm, org, post in shared[1]:
                            if post and org is not None:
                                self._hold(m.name, tm, org)
                        shared = (m.end, shared[1])
                        last_person = m
                        continue
                    if shared and pending and _BRACKET_THEN_LIST.fullmatch(gap):
                        # 副秘书长甲（某学院副院长）、乙（某公司部长）: each name's own posts in its
                        # brackets, the run's title shared by all
                        self._flush_appointment(pending, last_person, m.start)
                        pending = []
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

    def _run_bridge(self, a: int, b: int) -> bool:
        """Whether ``t[a:b]``, between the last title of a run and a name, lets
        the run's titles reach the name: ``、`` and then only the person's other
        unit (会长、某大学新闻学院王某), a role that is no post (、某大学校友王某), or
        a qualifier ending in such a role (院长助理、某项目负责人王某)."""
        t, lex = self.t, self.lex
        if t[a : a + 1] == "、" and _QUOTED_HONOUR.fullmatch(t, a + 1, b):
            return True  # 副院长、“某江工匠”某某: an honour in quotes, no post
        if t[a : a + 1] != "、" or b - a > 30 or any(c in PUNCT for c in t[a + 1 : b]):
            return False
        covered = bytearray(b - a)
        inside = self.between(a, b)
        if any(m.end > b or m.kind in ("person", "title", "event") for m in inside):
            return False
        if any(m.kind == "cue" and m.end == b and m.name in lex.non_post_cues for m in inside):
            return True  # 、某项目负责人王某: a qualifier that is no post
        for m in inside:
            if m.kind == "cue" and m.name not in lex.non_post_cues and lex.honorifics.at(m.name, 0) != len(m.name):
                return False
            for k in range(m.start, m.end):
                covered[k - a] = 1
        return all(covered[k] for k in range(1, b - a))

    def _flush_appointment(self, pending, person: Mention | None, limit: int) -> None:
        """Titles with no name after them: 阚某某（X大学副校长）, 任命X为…校长, 免去X的…职务."""
        if person is None or not pending:
            return
        t = self.t
        first = pending[0][0]
        between = t[person.end : first.start]
        lead = t[person.end : person.end + 20]  # (自2026年3月起任: a date between the name and the verb)
        if (v := re.match(_APPOINTED, lead)) is not None and t[person.end + v.end() : person.end + v.end() + 1] in "，,；;。":
            lead = ""  # 院长由某某兼任，执行院长由…: the verb ends its clause, the post after it is another's
        removed = t[max(0, person.start - 2) : person.start] == "免去" or "免去" in between
        ok = (
            between.removeprefix("同志").startswith(("（", "("))  # 某某（某学院院长）, 某某同志（某学院院长）
            or re.match(_APPOINTED + r"|\s*(?:同志|先生|女士)?(?:的|现任)", lead)
            or _HIS_POST.search(between)
            or removed
        )
        clause = re.split(r"[，,；;]", between)[-1]  # the clause the titles stand in
        posted_to: _Ref | None = None
        if not ok and not re.search(r"[。；;！？]", between):
            # 选派某某到某县挂职，任某县人民政府副县长: the post in a later clause of the same
            # sentence, begun by 任, is the name's when no other name stands between
            # (不再兼任某职务，继续担任某公司董事长: the post kept, in a later clause)
            ok = len(between) > len(clause) and (_LATER_POST.match(clause) is not None and not clause.startswith("任务")
                                                 or _AFTER_LEAVING.match(clause) is not None)
            # 到某开发区管理委员会挂职，任副主任: a bare post there is at the body named after 到
            to = re.search(r"[到赴]([^，,；;]{2,40}?)挂职", between) if ok else None
            u = next((m for m in self.between(person.end + to.start(1), person.end + to.end(1))
                      if m.kind == "org" and m.start == person.end + to.start(1) and id(m) in self.ref), None) if to else None
            posted_to = self.ref[id(u)] if u is not None else None
        if not ok or first.start - person.end > 40 and not (first.start - person.end <= 80 and (_HIS_POST.match(clause) or _AFTER_LEAVING.match(clause))):
            return  # (…，挂职期间保留其某学院副院长职务: the clause of the post says whose it is)
        if clause.startswith(self.lex.triggers["post_verbs"]):
            return  # 现任A，拟任B: the post proposed (曾任: the post held before) is not held
        # a notice dates the change it announces: 任命 starts a post, 免去 ends one
        when = self.published if self.published else None
        appointed = not removed and re.match(_APPOINTED, lead)
        # 甲、乙、丙当选副理事长: every name of the list before the verb
        people = self._listed_before(person) if appointed else [person]
        for tm, org, post in pending:
            if post and org is None and not appointed and not removed \
                    and re.search("(?:" + _APPOINTED + r")$", t[max(person.end, tm.start - 8) : tm.start]) \
                    and re.match(r"[（(][^（）()]{2,40}[）)]", between):
                appointed = True  # 甲（某公司董事长）当选会长: the post in brackets held, then the one the verb gives
                people = self._listed_before(person)
            if post and org is None and posted_to is not None and tm.start == first.start:
                org = posted_to
            if post and org is None and appointed and (prev := self._appointed_unit) is not None and prev[0] <= person.start \
                    and not re.search(r"[。！？\n]", t[prev[0] : person.start]) and self._carried_head(tm.name, prev[1].name):
                org = prev[1]  # 甲兼任某产业学院院长，乙任执行院长: a bare post in a list of appointments, at the unit before
            if post and org is None and appointed and _family(tm.name, self.lex) == "association":
                # 某某当选副理事长 at a community's founding: a post of the community,
                # else of the unit whose board (某产业学院理事会) the text names before
                org = self._community_here(person.start)
                board, where = self._board_owner_where(person.start)
                if board is not None and (org is None or where >= self.sentence_of(person.start)[0]):
                    org = board  # 会议审议通过了《产业学院理事会章程》…：甲当选理事长: the board the sentence names
                org = org or self._association_here(person.start)
                if org is None and (prev := self._board_post) is not None and prev[0] <= person.start \
                        and not re.search(r"[。！？\n]", t[prev[0] : person.start]):
                    org = prev[1]  # 甲当选某委员会主任委员，乙、丙当选副主任委员: the body of the post just given
            if post and org is not None:
                kept = (h := _HIS_POST.match(re.split(r"[，,；;]", t[person.end : tm.start])[-1])) is not None and h["verb"] == "保留"
                attrs = {"removed": True, "end": when} if removed else {"start": when} if appointed and when and not kept else {}
                for p in people:
                    self._hold(p.name, tm, org, **attrs)
                if appointed:
                    self._appointed_unit = (person.end, org)

    def _title_fits(self, title: str, unit: str) -> bool:
        """Whether a head's title carried over can be a post of ``unit``:
        a 校长 of a school, a 院长 of a 院, a 处长/科长/局长/厅长 of a 处/科/局/厅
        (not 副校长 of a company, nor 院长助理 of a 系)."""
        board, company_words = self.lex.board_titles
        if title in board and not any(w in unit for w in company_words):
            return False  # 某研究院院长甲…，董事长乙: a company's board, not the institute's
        m = _HEAD_TITLE.search(title)
        return m is None or self._heads(m.group(1), unit)

    def _heads(self, kind: str, unit: str) -> bool:
        """Whether the head of a ``kind`` (校, 院, 处 …: the character before 长)
        heads ``unit``: a 校长 a school, a 院长 a 院 or a school, a 处长 a 处."""
        if kind == "校":
            return unit.endswith(self.lex.school_ends)
        return unit.endswith(kind) or kind == "院" and unit.endswith(self.lex.school_ends)

    def _carried_head(self, title: str, unit: str) -> bool:
        """Whether a bare title in a list of appointments is a post of the unit
        the appointment before named: a head of that kind of unit (执行院长 of
        a 学院, 副处长 of a 处; not 校长助理, nor a 处长 of a 学院)."""
        m = _CARRIED_HEAD.search(title)
        return m is not None and self._heads(m.group(1), unit)

    def _head_of_government_in_committee(self, m: Mention, org: _Ref | None) -> bool:
        """Whether a head of government's title (县长, 副市长) was about to take a
        party committee's unit (县委, 市委) or any other body than a government
        (县委办公室) carried over from the title or name before it: the post
        is the government's."""
        return org is not None and m.name in self.lex.triggers["government_heads"] and not org.name.endswith("政府")

    def _place_clause_unit(self, ss: int, pos: int) -> _Ref | None:
        """The unit of a sentence's opening 在某单位， clause right before ``pos``
        (在某技师学院，院长某某介绍…: the head of the unit visited)."""
        t = self.t
        if not t.startswith("在", ss):
            return None
        unit = next((m for m in self.between(ss + 1, pos) if m.start == ss + 1 and m.kind in ("org", "ref")), None)
        if unit is None or t[pos - 1 : pos] not in ("，", ","):
            return None
        place = t[unit.end : pos - 1]  # 在某系实训车间，系主任某某…: a room of the unit before the comma
        if place and not (len(place) <= 6 and place.endswith(tuple(self.lex.triggers["visited_places"]))):
            return None
        r = self.ref.get(id(unit))
        return r if r is not None and r.type == "Organization" else None

    def _school_referred(self, m: Mention) -> _Ref | None:
        """The school 该校 last stood for before a bare 校长/院长 (a visit:
        …走进该校实训室。…，校长某某介绍了…), or the school visited right before
        it (来到某职业中专，…。校长某某介绍了…), or the one the sentence opens in
        (在某学院，…，院长某某介绍了…), when the title fits it."""
        before = [x for x in self.between(max(0, m.start - 300), m.start) if x.kind in ("ref", "org")]
        ref = next((x for x in reversed(before) if x.kind == "ref" and x.text in ("该校", "该院")), None)
        last = before[-1] if before else None
        if ref is None and last is not None and last.kind == "org" \
                and self.t.endswith(self.lex.triggers["visit"], 0, last.start):
            ref = last  # 一行来到某职业中专，察看了…。校长某某介绍…: the head of the school visited
        if ref is None and self.t.startswith("在", ss := self.sentence_of(m.start)[0]):
            # 在某学院，某某察看了实训中心，院长某某介绍了…: the school the sentence opens in
            ref = next((x for x in self.between(ss + 1, m.start) if x.start == ss + 1 and x.kind in ("org", "ref")), None)
        r = self.ref.get(id(ref)) if ref is not None else None
        if r is None or r.type != "Organization" or not r.name.endswith(self.lex.school_ends):
            return None
        college = r.name.endswith("学院")
        return r if m.name.endswith("院长") == college else None

    def _board_owner(self, pos: int) -> _Ref | None:
        """The unit whose board (理事会) the text names last before ``pos``
        (《某产业学院理事会章程》, 某产业学院理事会成立大会): its posts are that unit's."""
        return self._board_owner_where(pos)[0]

    def _board_owner_where(self, pos: int) -> tuple[_Ref | None, int]:
        """:meth:`_board_owner`, and where the text names that board."""
        best, where = None, -1
        for m in self.between(0, pos):
            r = self.ref.get(id(m))
            if r is not None and r.type == "Organization" and self.t.startswith(self.lex.triggers["term_bodies"], m.end):
                best, where = r, m.start
        # inside an occasion's name or a title, where no unit is marked: 某产业学院第一届理事会第一次会议
        bodies = "|".join(map(re.escape, self.lex.triggers["term_bodies"]))
        for ty, name in self.entities:
            if ty != "Organization" or len(name) < 4:
                continue
            # (某产业学院揭牌仪式暨第一届理事会第一次会议: the unveiling, then the board's first meeting)
            rx = re.compile(re.escape(name) + r"(?:[\u4e00-\u9fff]{2,6}暨)?(?:" + _TERM_OF_BODY.pattern + ")?(?:" + bodies + ")")
            for k in rx.finditer(self.t, 0, pos):
                if k.start() > where:
                    best, where = _Ref("Organization", name), k.start()
        return best, where

    def _listed_before(self, person: Mention) -> list[Mention]:
        """``person`` and the names listed before it with 、 (甲、乙、丙) or joined by 与/和/及
        (甲与乙被聘为…)."""
        out = [person]
        persons = [m for m in self.between(max(0, person.start - 120), person.start) if m.kind == "person"]
        for m in reversed(persons):
            # (甲先生、乙女士为…; 甲（某公司）、乙…; 甲（某某（中国）有限公司总经理）、乙…)
            gap = re.sub(r"^(?:先生|女士|同志|[（(](?:[^（）()]|[（(][^（）()]{1,12}[）)]){2,60}[）)])", "", self.t[m.end : out[-1].start])
            if gap not in ("、", "与", "和", "及") and not (gap[:1] == "、" and self._only_unit_and_titles(m.end + 1, out[-1].start)):
                break  # (甲公司总经理A、乙学院院长B当选副会长: each name after its own unit and title)
            out.append(m)
        return out

    def _only_unit_and_titles(self, a: int, b: int) -> bool:
        """Whether ``t[a:b]`` is a unit's name and titles only (某某有限公司总经理), ending in a title."""
        covered = bytearray(b - a)
        last_title = False
        for m in self.between(a, b):
            if m.end > b or m.kind not in ("org", "ref", "title"):
                return False
            covered[m.start - a : m.end - a] = b"\x01" * (m.end - m.start)
            last_title = m.end == b and m.kind == "title" or last_title
        return last_title and all(covered[k] or self.t[a + k] in "、" for k in range(b - a))

    def _community_here(self, pos: int) -> _Ref | None:
        """The community the sentence at ``pos`` is about (named in it, or
        the last one named before), unless an association was named since."""
        ss, se = self.sentence_of(pos)
        here = [self.ref[id(m)] for m in self.between(ss, se) if id(m) in self.ref and self.ref[id(m)].type == "Community"]
        if here:
            return here[0]
        comm = self._last_community(pos)
        if comm is None:
            return None
        for m in reversed(self.between(0, pos)):
            r = self.ref.get(id(m))
            if r == comm:
                break
            if r is not None and r.type == "Organization" and r.name.endswith(self.lex.association_ends):
                ms, me = self.sentence_of(m.start)
                sent = self.t[ms:me]
                if any(w in sent for k in ("member_role", "lead_role") for w in self.lex.triggers[k]):
                    continue  # …、某学会等15家单位为副理事长单位: a member of the community, not where the post is
                if self.lex.title_at(self.t, m.end) and self.t.rfind("\n", 0, pos) > m.start:
                    continue  # 某行业协会会长某某 in a run of guests paragraphs before: a guest's unit
                return None
        return comm

    def _association_here(self, pos: int) -> _Ref | None:
        """The association (某某协会, 某学会) named last in the sentence at ``pos``
        or the one before (会议选举产生了协会第三届理事会。某某当选会长)."""
        ss, _ = self.sentence_of(pos)
        ps, _ = self.sentence_of(ss - 1) if ss > 0 else (ss, ss)
        near = [(m.start, m.end, r) for m in self.between(ps, pos) if (r := self.ref.get(id(m))) is not None
                and r.type == "Organization" and r.name.endswith(self.lex.association_ends)]
        if near:
            return max(near, key=lambda x: x[:2])[2]  # (the last named, and of 某校友会某分会 the 分会)
        # 某商会换届大会 … (paragraphs later) 某某当选会长: the one association the text names before
        named = {r for m in self.between(0, pos) if (r := self.ref.get(id(m))) is not None
                 and r.type == "Organization" and r.name.endswith(self.lex.association_ends)}
        if len(named) > 1 and (ev := self.current_event(pos)) is not None:
            named = {r for r in named if ev.name.startswith(r.name)}  # (the association whose meeting it is)
            named = {r for r in named if not any(len(o.name) > len(r.name) for o in named)}  # (某校友会某分会成立大会: the 分会)
        return named.pop() if len(named) == 1 else None

    def _name_then_post(self) -> None:
        """A list of ``姓名，单位职务；`` items (出席的有：某某，某市人民政府副市长；
        某某，某局局长。): the post after the comma is the name's."""
        t = self.t
        for p in (m for m in self.ms if m.kind == "person"):
            if t[p.end : p.end + 1] in ("，", ",") and (p.start == 0 or t[p.start - 1] == "\n"):
                # 庞某某，我院某学院副院长，挂职任…: a notice's line, the name, then its post
                stop = CLAUSE_STOP.search(t, p.end + 1)
                c = stop.start() if stop else len(t)
                seg = self.between(p.end + 1, c)
                if seg and seg[-1].kind == "title" and seg[-1].end == c and not any(m.kind == "person" for m in seg):
                    self._hold_in_span(p.name, p.end + 1, c)
                continue
            if t[p.end : p.end + 1] in ("，", ",") and t[p.start - 1 : p.start] in ("，", ","):
                # 签约环节，甲，某公司副总裁，乙，某学院副院长，分别代表…: a unit and its post
                # set off by commas right after the name
                c = t.find("，", p.end + 1, p.end + 40)
                seg = self.between(p.end + 1, c) if c > 0 else []
                if seg and seg[0].start == p.end + 1 and seg[0].kind in ("org", "ref") and self._unit_and_titles(p.end + 1, c) \
                        and seg[-1].kind == "title":
                    self._hold_in_span(p.name, p.end + 1, c)
                continue
            if t[p.end : p.end + 1] == "系" and (p.start == 0 or t[p.start - 1] in "，,。；;\n"):
                # 某某系某职业技术学院党委委员、副院长，…: the name, 系 (is), then its unit and posts
                stop = CLAUSE_STOP.search(t, p.end + 1)
                c = stop.start() if stop else len(t)
                seg = self.between(p.end + 1, c)
                if seg and seg[0].start == p.end + 1 and seg[0].kind in ("org", "ref") and seg[-1].kind == "title" \
                        and seg[-1].end == c and self._unit_and_titles(p.end + 1, c, joins="、"):
                    self._hold_in_span(p.name, p.end + 1, c)
                continue
            if t[p.end : p.end + 1] not in ("，", ",") or t[p.start - 1 : p.start] not in ("：", ":", "；", ";"):
                continue
            stop = _ITEM_END.search(t, p.end + 1)
            if stop is None or stop.group() not in ("；", ";") and t[p.start - 1 : p.start] not in ("；", ";"):
                continue  # an item of a ；-list (or the last one, after one)
            seg = self.between(p.end + 1, stop.start())
            if not seg or seg[0].start != p.end + 1 or any(m.kind == "person" for m in seg):
                continue
            self._hold_in_span(p.name, p.end + 1, stop.start())

    def _post_taken_by(self) -> None:
        """``院长由某某兼任，执行院长由某某担任``: the post (of the unit written
        right before it, else of the unit the sentence begins with) is held by
        the last name between 由 and the verb, and by the names joined to it
        (副主任由甲和乙担任)."""
        t = self.t
        verbs = trigger_words(self.lex, "post_taken")
        taken: tuple[int, int, int, _Ref] | None = None  # (sentence, 由, verb, unit) of the last post taken
        for tm in (m for m in self.ms if m.kind == "title" and t.startswith("由", m.end)):
            people = self._taken_by(tm)
            if not people:
                continue
            ss, _ = self.sentence_of(tm.start)
            units = [m for m in self.between(ss, tm.start) if m.kind in ("org", "ref", "community")
                     and (r := self.ref.get(id(m))) is not None and r.type in ("Organization", "Community")]
            if taken is not None and taken[0] == ss:
                # 院长由某学院院长甲兼任，执行院长由乙担任: the second post is of the first's unit,
                # not of the unit that only says where 甲 is from
                units = [m for m in units if not taken[1] < m.start < taken[2]]
                if not units and self._title_fits(tm.name, taken[3].name):
                    for p in people:
                        self._hold(p.name, tm, taken[3])
                    continue
            if not units and tm.start == ss and ss > 0:
                # 产业学院依托…。院长由某某兼任: the unit the sentence before begins with
                ps, _ = self.sentence_of(ss - 1)
                first = next((m for m in self.between(ps, ss) if m.kind in ("org", "ref", "community")), None)
                if first is not None and first.start == ps and (r := self.ref.get(id(first))) is not None \
                        and r.type in ("Organization", "Community") and self._title_fits(tm.name, r.name):
                    for p in people:
                        self._hold(p.name, tm, r)
                    taken = (ss, tm.end, people[-1].end, r)
                    continue
            cs = max(ss, t.rfind("，", ss, tm.start) + 1)  # (根据协议，实验室主任由…: the clause's start)
            if not units and 2 <= tm.start - cs <= 6:
                # 研究院院长由某某兼任 after 某大学某某产业技术研究院 was named: the 研究院's head
                word = t[cs : tm.start]
                named = [r for m in self.ms if m.kind == "org" and m.end <= ss and (r := self.ref.get(id(m))) is not None
                         and r.type == "Organization" and r.name.endswith(word) and len(r.name) > len(word)]
                if named and self._title_fits(tm.name, named[-1].name):
                    for p in people:
                        self._hold(p.name, tm, named[-1])
                    taken = (ss, tm.end, people[-1].end, named[-1])  # (，副主任由…担任: the same 研究院's)
                continue
            units = [m for m in units if self._title_fits(tm.name, self.ref[id(m)].name)]
            if not units:
                # …该院…。这所产业学院…，院长由某某兼任: the school 该院 stood for, when the title fits it
                r = self._school_referred(tm) if tm.start == ss or t[tm.start - 1] in "，," else None
                if r is not None:
                    for p in people:
                        self._hold(p.name, tm, r)
                    taken = (ss, tm.end, people[-1].end, r)
                continue  # (副院长由…担任 after only a company named: a 院's head, of a 院 the sentence does not name)
            unit = units[-1] if units[-1].end == tm.start else min(units, key=lambda m: (m.start, -m.end))
            for p in people:
                self._hold(p.name, tm, self.ref[id(unit)])  # (院长由…: a 院's head, not the company's named first)
            taken = (ss, tm.end, people[-1].end, self.ref[id(unit)])

        # 由甲和乙共同担任院长: the verb, then the post; everyone between 由 and the verb holds it
        for tm in (m for m in self.ms if m.kind == "title"):
            v = next((v for v in verbs if t.endswith(v, 0, tm.start)), None)
            if v is None:
                continue
            k = tm.start - len(v) - (2 if t.endswith("共同" + v, 0, tm.start) else 0)
            by = t.rfind("由", max(0, k - 20), k)
            if by < 0 or re.search(r"[，,。；;]", t[by:k]):
                continue
            people = [m for m in self.between(by + 1, k) if m.kind == "person"]
            if not people or re.sub(r"[和与及、\s]", "", t[by + 1 : k]) != "".join(p.text for p in people):
                continue  # (only names and the words joining them between 由 and the verb)
            ss, _ = self.sentence_of(tm.start)
            units = [m for m in self.between(ss, by) if m.kind in ("org", "ref", "community")
                     and (r := self.ref.get(id(m))) is not None and r.type in ("Organization", "Community")
                     and self._title_fits(tm.name, r.name)]
            if units:
                unit = min(units, key=lambda m: (m.start, -m.end))
                for p in people:
                    self._hold(p.name, tm, self.ref[id(unit)])

        self._bare_posts_of_the_subject(verbs)

    def _bare_posts_of_the_subject(self, verbs: tuple[str, ...]) -> None:
        """``产业学院实行理事会领导下的院长负责制，甲任理事长，乙任院长``: a clause
        of a name, a verb of taking a post and a bare title, in a sentence whose
        first clause begins with a unit: the post is that unit's."""
        t = self.t
        for tm in (m for m in self.ms if m.kind == "title"):
            if t[tm.end : tm.end + 1] not in ("，", ",", "。", "；", ";") or not t.endswith(("任", *verbs), 0, tm.start):
                continue
            v = 1 if t[tm.start - 1] == "任" and not t.endswith(verbs, 0, tm.start) else 2
            p = next((m for m in self.between(max(0, tm.start - v - 6), tm.start - v) if m.kind == "person"
                      and m.end == tm.start - v), None)
            if p is None or t[p.start - 1 : p.start] not in ("，", ","):
                continue
            ss, _ = self.sentence_of(tm.start)
            starts = {m.start for m in self.between(ss, p.start) if m.kind == "person"}
            if any(m.kind == "title" and m.end in starts for m in self.between(ss, p.start)):
                continue  # (某局局长甲任组长，乙任副组长: a post named with its name, the rules for runs carry it)
            heads = [ss] + [k + 1 for k in range(ss, p.start) if t[k] in "，,"]
            unit = next((m for m in self.between(ss, p.start) if m.kind in ("org", "ref", "community") and m.start in heads
                         and (r := self.ref.get(id(m))) is not None and r.type in ("Organization", "Community")), None)
            if unit is not None and self._title_fits(tm.name, self.ref[id(unit)].name):
                self._hold(p.name, tm, self.ref[id(unit)])

    def _taken_by(self, tm: Mention) -> list[Mention] | None:
        """The name between 由 and the nearest verb of taking a post after the
        title ``tm`` (院长由某某兼任), as a one-item list; None when there is none."""
        t = self.t
        verbs = trigger_words(self.lex, "post_taken")
        end = min((k for k in (t.find(v, tm.end, tm.end + 40) for v in verbs) if k > 0), default=-1)  # the nearest verb
        if end < 0 or re.search(r"[，,。；;]", t[tm.end : end]):
            return None
        people = [m for m in self.between(tm.end + 1, end) if m.kind == "person" and m.end == end]
        if people:  # 副主任由甲和某学院教授乙担任: each name that ends a part joined by 和/与/、 takes it too
            people = [m for m in self.between(tm.end + 1, people[0].start)
                      if m.kind == "person" and t[m.end : m.end + 1] in ("和", "与", "及", "、")] + people
        return people or None

    def _hold_in_span(self, person: str, a: int, b: int) -> None:
        """``单位职务`` in ``[a, b)`` written apart from the name it belongs to (a
        form's line, a list item after 某某，): each post there at the unit before
        it, the longest name that ends nearest (某局某科, not 某局)."""
        unit, reach = None, -1
        for m in self.between(a, b):
            r = self.ref.get(id(m))
            if m.kind in ("org", "community", "ref") and r is not None and r.type != "Event":
                if m.end > reach:
                    unit, reach = r, m.end
            elif m.kind == "title" and unit is not None:
                gov = self._government_of(m, unit) if unit.name.endswith("委") else None
                self._hold(person, m, gov or unit)  # (市委副书记、市长: the city's government's head)
            elif m.kind == "title" and (gov := self._government_of(m)) is not None:
                self._hold(person, m, gov)  # 副市长、市公安局局长: a head of the government before any unit

    def _government_of(self, m: Mention, committee: _Ref | None = None) -> _Ref | None:
        """The people's government a head of government belongs to (省长, 副市长,
        区长 …, ``triggers.json`` government_heads): the one named after the
        place just before the title (某某市市长), or after the place of the
        party committee the title follows (某某市委副书记、市长), else the only
        one of that level the article names (副省长某某 in a report naming
        某某省人民政府)."""
        if m.name not in self.lex.triggers["government_heads"]:
            return None
        lv = next((lv for lv in "省市区县镇乡" if m.name.endswith(lv + "长")), None)
        if lv is None:
            return None
        t = self.t
        place = _PLACE_BEFORE.search(t, max(0, m.start - 8), m.start)
        govs = {n for ty, n in self.entities if ty == "Organization" and n.endswith(lv + "人民政府")}
        site = self._site_unit()
        if site and site.endswith(lv + "人民政府"):
            govs.add(site)  # 县长某某 on the county government's own site
        if place and place.group(0).endswith(lv):
            name = place.group(0) + "人民政府"
            if name not in govs:  # 粹蒂镇镇长 in an article naming 柒山县粹蒂镇人民政府: that one, named with its county
                longer = {g for g in govs if g.endswith(name)}
                name = longer.pop() if len(longer) == 1 else name
            return _Ref("Organization", name) if name in govs else None
        if committee is not None and (cm := re.fullmatch(r"(?:中共)?(.{2,8}" + lv + r")委", committee.name)) \
                and (name := cm.group(1) + "人民政府") in govs:
            self.entity("Organization", name)  # (the site's own government may be named nowhere else)
            return _Ref("Organization", name)  # 某某市委副书记、市长: the government of the committee's place
        if len(govs) != 1:
            return None
        gov = govs.pop()
        self.entity("Organization", gov)
        return _Ref("Organization", gov)

    def _own_body(self, word: str) -> _Ref | None:
        """The bureau 局 (厅, 委) alone stands for: the site's own, else the one
        body of that kind the article names."""
        site = self._site_unit()
        ends = (word, "委员会") if word == "委" else word  # (委 of 某市发展和改革委员会)
        if site and site.endswith(ends):
            self.entity("Organization", site)
            return _Ref("Organization", site)
        bodies = {n for ty, n in self.entities if ty == "Organization" and n.endswith(ends) and len(n) > 3}
        return _Ref("Organization", bodies.pop()) if len(bodies) == 1 else None

    def _form_records(self) -> None:
        """A notice laid out as a form (姓　　名：某某 / 现任职务：某单位副校长 /
        拟任职务：…): the current post on the lines under a name is that
        person's; a proposed one (拟任) is not yet held."""
        t = self.t
        heads = sorted([(fm.start(), fm.end()) for fm in _form_name(self.lex).finditer(t)]
                       + [(nm.start(), nm.start(1)) for nm in NUMBERED_NAME_LINE.finditer(t)]  # (一、某某 over its fields)
                       + [(pm.start(), pm.start(1)) for pm in PROFILE_LINE.finditer(t)])  # (一、某某，男，… over 现任职务：)
        for k, (_, fe) in enumerate(heads):
            person = next((m for m in self.between(fe, fe + 1) if m.kind == "person"), None)
            if person is None:
                continue
            stop = heads[k + 1][0] if k + 1 < len(heads) else len(t)
            for lm in _form_post(self.lex).finditer(t, fe, stop):
                ls, le = lm.end(), t.find("\n", lm.end())
                self._hold_in_span(person.name, ls, stop if le < 0 else min(le, stop))

    def _profile_records(self) -> None:
        """A profile (某某，男，1974年9月生，……。现任某学院党委书记（挂职某县副县长），
        兼任某研究院院长，拟任…): the posts after 现任/兼任/挂职 in its paragraph
        are that person's; a proposed one (拟任) is not yet held."""
        t = self.t
        for pm in PROFILE_LINE.finditer(t):
            person = next((m for m in self.between(pm.start(1), pm.end(1)) if m.kind == "person" and m.start == pm.start(1)), None)
            if person is None:
                continue
            stop = t.find("\n", pm.end())
            stop = len(t) if stop < 0 else stop
            for vm in _clause_verb(self.lex).finditer(t, pm.end(), stop):
                end = _POST_CLAUSE_END.search(t, vm.end(), stop)
                self._hold_in_span(person.name, vm.end(), end.start() if end else stop)

    def _roster_lines(self) -> None:
        """A guest list, one 姓名　单位　职务 a line: the posts on a line are its
        person's at its unit; under a heading of attending (出席嘉宾, 参会人员)
        the people attended the event the article is about."""
        t = self.t
        for lm in ROSTER_LINE.finditer(t):
            person = next((m for m in self.between(lm.start(1), lm.end(1)) if m.kind == "person"), None)
            if person is None:
                continue
            units = [m for m in self.between(lm.start(2), lm.end(2))
                     if m.kind in ("org", "community") and self.ref.get(id(m)) is not None and m.end == lm.end(2)]
            if units:
                # 某公司　质量部部长: a part of the line's unit named with the post
                parts = [m for m in self.between(lm.start(3), lm.end(3)) if m.kind == "org" and self.ref.get(id(m)) is not None]
                for m in parts:
                    self.fact(self.ref[id(m)], "subOrganizationOf", self.ref[id(units[0])], m.start, "roster-part", conf=0.8)
                for m in self.between(lm.start(3), lm.end(3)):
                    if m.kind == "title":
                        part = next((p for p in reversed(parts) if p.end <= m.start), None)
                        self._hold(person.name, m, self.ref[id(part)] if part else self.ref[id(units[0])])
            self._roster_attends(person, lm.start(0))
        over = names_over_posts(t, self.lex)
        for lm in (*ROSTER_LINE2.finditer(t), *over):
            if ROSTER_LINE.fullmatch(lm.group(0)):
                continue
            person = next((m for m in self.between(lm.start(1), lm.end(1)) if m.kind == "person"), None)
            if person is None or person.end != lm.end(1) or "：" in lm.group(2):
                continue  # (主　任：甲　副主任：乙: the next label's post is 乙's)
            # 单位职务 glued, or 职务 alone: a post of the page's own unit
            inside = self.between(lm.start(2), lm.end(2))
            if any(self.ref.get(id(m)) is not None and m.kind in ("org", "community", "ref") for m in inside):
                self._hold_in_span(person.name, lm.start(2), lm.end(2))
                if lm not in over:
                    self._roster_attends(person, lm.start(0))
                continue
            own = self.own_institution() or self._site_org()
            for m in inside:
                if m.kind == "title" and (unit := self._government_of(m) or own) is not None:
                    self.entity(unit.type, unit.name)  # (组　长：某某　市长: a head of government, the city's)
                    self._hold(person.name, m, unit)
            if lm not in over:  # (a list of leaders, one over the posts: no one's attendance)
                self._roster_attends(person, lm.start(0))

    def _unit_roster_lines(self) -> None:
        """A list of those present, a unit a line and its people after it, each
        with the post in brackets (某技师学院　甲（院长）　乙（党委书记）): the
        posts are at the line's unit; under a heading of attending (参加会议的有：)
        the people attended the event the article is about. Two lines at least."""
        t = self.t
        rows = list(_UNIT_ROSTER_LINE.finditer(t)) if "（" in t or "(" in t else []
        if len(rows) < 2:
            return
        starts = {lm.start() for lm in rows}
        trig = self.lex.triggers
        for lm in rows:
            unit = next((self.ref[id(m)] for m in self.between(lm.start(1), lm.end(1))
                         if m.kind in ("org", "ref") and m.end == lm.end(1) and id(m) in self.ref), None)
            if unit is None or unit.type != "Organization":
                continue
            people = []
            for pm in _NAME_POST.finditer(t, lm.start(2), lm.end(2)):
                person = next((m for m in self.between(pm.start(1), pm.end(1))
                               if m.kind == "person" and m.start == pm.start(1) and m.end == pm.end(1)), None)
                if person is None:
                    continue
                people.append(person)
                for m in self.between(pm.start(2), pm.end(2)):
                    if m.kind == "title":
                        self._hold(person.name, m, unit)
                ss = self.sentence_of(person.start)[0]
                for key, r in list(self.relations.items()):  # (the bare 局长 read as the site's by the first pass: the line's unit's)
                    if key[:2] == (person.name, "holdsPosition") and key[2] != unit.name and r.evidence.start == ss \
                            and (person.name, "holdsPosition", unit.name, key[3]) in self.relations:
                        del self.relations[key]
            k = lm.start()  # up over the list to its heading
            while (up := t.rfind("\n", 0, k - 1) + 1) in starts:
                k = up
            heading = t[t.rfind("\n", 0, max(k - 1, 0)) + 1 : max(k - 1, 0)]
            ev = self.current_event(lm.start())
            if ev is not None and any(w in heading for w in trig["attend"] + trig["guests"]):
                for person in people:
                    self.fact(_Ref("Person", person.name), "attended", ev, person.start, "attend-roster", conf=0.75)

    def _label_posts(self) -> None:
        """A line that is a post and its holders (（二）独立董事：甲先生、乙女士 in a
        company's notice of its new board): each name holds the post at the
        page's own unit. A line whose names carry a unit or a post of their own
        (理事长：甲（某大学校长）, 副组长：乙　副市长) says whose post it is
        elsewhere, and is left to the other rules."""
        own = None
        for lm in _LABEL_POST_LINE.finditer(self.t):
            a, b = lm.span(1)
            word = next((w for w in self.lex.triggers["community_words"] if self.t.startswith(w, a)), "")
            tm = next((m for m in self.between(a, b) if m.kind == "title" and m.start == a + len(word) and m.end == b), None)
            if tm is None:
                continue
            inside = self.between(lm.start(2), lm.end(2))
            people = [m for m in inside if m.kind == "person"]
            if word:  # 集团理事长：甲（某学院院长）: the community's post, whatever the brackets say
                comm = self._last_community(a)
                if comm is not None and comm.name.endswith(word):
                    for m in people:
                        self._hold(m.name, tm, comm)
                continue
            if not people or any(m.kind in ("org", "community", "ref", "title") for m in inside):
                continue  # (副组长：甲　副市长: the name's own post says whose it is; the list's role is of the list)
            own = own or self.own_institution() or self._site_org() or self._own_company()
            if own is None:
                return
            self.entity(own.type, own.name)
            for m in people:
                self._hold(m.name, tm, own)

    def _heading_unit_posts(self) -> None:
        """A page of a body's departments, each under a numbered heading that
        names it (一、办公室 / 负责… / 主　任：甲　副主任：乙): the names after a
        post's label hold that post at the heading's department, a part of the
        page's own body."""
        if not _UNIT_HEADING_ANY.search(self.t) or not LABEL_NAME.search(self.t):
            return  # (two C-level searches first: most pages have no such headings)
        own = self.own_institution() or self._site_org()
        if own is None or own.type != "Organization":
            return
        t, unit, pos = self.t, None, 0
        for line in t.split("\n"):
            a, pos = pos, pos + len(line) + 1
            hm = _UNIT_HEADING.match(line)
            if hm is not None:
                name = hm.group(1)
                unit = None
                if self.lex.org_suffixes.ending_at(name, len(name)) and not name.startswith(tuple(self.lex.triggers["not_unit_fronts"])):
                    ref = next((self.ref[id(m)] for m in self.between(a + hm.start(1), a + hm.end(1))
                                if id(m) in self.ref and m.start == a + hm.start(1) and m.end == a + hm.end(1)), None)
                    unit = ref or _Ref("Organization", name)
                continue
            if 0 < len(line.strip(" \u3000")) <= 12 and not re.search("[：:，,。；;、]", line):
                unit = None  # 直属单位: a heading of another kind, the departments' list has ended
            # 某某考试院　　院　长：甲: a line that begins with a unit's name is that unit's
            lead = len(line) - len(line.lstrip(" \u3000"))
            first = next((m for m in self.between(a + lead, a + len(line)) if m.kind == "org" and m.start == a + lead
                          and re.match(r"[ \u3000]+", line[m.end - a :]) and id(m) in self.ref), None)
            line_unit = self.ref[id(first)] if first is not None else unit
            if line_unit is None:
                continue
            for lm in LABEL_NAME.finditer(line):
                title = label_title(self.lex, lm.group(1))
                p = next((m for m in self.between(a + lm.start(2), a + lm.end(2)) if m.kind == "person"), None)
                if title is None or p is None:
                    continue
                if line_unit is not unit:
                    if first is not None and lm.start() < first.end - a:
                        continue
                    self._hold(p.name, Mention("title", a + lm.start(1), a + lm.end(1), lm.group(1), title), line_unit)
                    continue
                if unit != own:
                    self.entity("Organization", unit.name)
                    self.fact(unit, "subOrganizationOf", own, a, "heading-unit", conf=0.8)
                    self.entity(own.type, own.name)
                self._hold(p.name, Mention("title", a + lm.start(1), a + lm.end(1), lm.group(1), title), unit)

    def _bureau_site_post(self, title: str) -> _Ref | None:
        """The bureau (局, 厅) whose own site the page is, or else whose own
        meeting the article reports (某市教育局干部大会, named after the bureau
        alone), for a bare title of its head (局长, 副局长, 厅长), of its party
        group (党组书记, 党组成员) or a civil servant's rank (二级调研员); on a
        commission's own site (某市发展和改革委员会), for 主任 and its party group."""
        site = self._site_unit()
        if site and site.endswith(("委员会", "委")) and title in ("主任", "副主任", "常务副主任", "党组书记", "党组副书记", "党组成员"):
            self.entity("Organization", site)  # 党组成员、副主任某某 on a commission's own page
            return _Ref("Organization", site)
        if not site or not site.endswith(("局", "厅")):
            site = self._host_bureau()
            if site is None:
                return None
        if title.endswith(site[-1] + "长") or title in ("党组书记", "党组副书记", "党组成员") \
                or title.endswith(self.lex.civil_ranks):
            self.entity("Organization", site)
            return _Ref("Organization", site)
        return None

    def _host_bureau(self) -> str | None:
        """The one bureau (局, 厅) an occasion of the article is named after
        (某市教育局干部大会), found once per article."""
        if "_host_bureau_memo" not in self.__dict__:
            bureaus = {u.name for u in self.ms if u.kind == "org" and u.name.endswith(("局", "厅"))}
            hosts = {b for m in self.ms if m.kind == "event" for b in bureaus if m.name.startswith(b)}
            self._host_bureau_memo = hosts.pop() if len(hosts) == 1 else None
        return self._host_bureau_memo

    def _association_roster(self) -> None:
        """An association's own page listing its officers, one label a line
        (会　长：甲（某公司董事长）, 副会长（按姓氏笔画排序）： with the names on
        the indented lines under it): each name holds the label's post at the
        association, besides the post its brackets give."""
        if not any(w in self.t for w in self.lex.association_ends) or not _ROSTER_LABEL_ANY.search(self.t):
            return  # (cheap tests first: most pages name no association)
        own = self.own_institution() or self._site_org()
        if own is None or own.type != "Organization" or not own.name.endswith(self.lex.association_ends):
            return
        t, label = self.t, None
        pos = 0
        for line in t.split("\n"):
            a, pos = pos, pos + len(line) + 1
            lm = _ROSTER_LABEL.match(line)
            if lm is not None:
                word = re.sub(r"[ \u3000]", "", lm.group(1))
                label = None
                if self.lex.title_at(word, 0) == len(word) and _family(word, self.lex) == "association":
                    label = Mention("title", a + lm.start(1), a + lm.end(1), lm.group(1), word)
                start = a + lm.end()
            elif label is not None and (p := next((m for m in self.between(a, pos - 1) if m.kind == "person"), None)) is not None \
                    and t[a : p.start].strip(" \u3000") == "" and _BRACKETED_REST.fullmatch(t[p.end : pos - 1].rstrip(" \u3000；;。")):
                start = a  # 某某（某学校校长） on a line of its own: a further name under the label
            else:
                label = None
                continue
            if label is None:
                continue
            for m in self.between(start, pos - 1):
                if m.kind == "person" and (m.start == start or t[start : m.start].strip(" \u3000、，") == ""
                                           or t[m.start - 1] in "、，"):
                    self._hold(m.name, label, own)

    def _own_company(self) -> _Ref | None:
        """The company a notice declares as “公司” or “本公司”（以下简称“公司”）, or
        a group as “集团”."""
        if "_own_company_memo" in self.__dict__:  # (asked for every bare title of a run: found once per article)
            return self._own_company_memo
        words = ("公司", "本公司", "集团", "本集团")
        own = next((self.aliases[a] for a in words if a in self.aliases), None)
        if own is None:  # （以下简称“某某集团”或“集团”）: the second of two short names
            for am in ALIAS_DECL.finditer(self.t) if "简称" in self.t else ():
                before = [m for m in self.ms if m.kind == "org" and m.end <= am.start() and am.start() - m.end <= 2 and id(m) in self.ref]
                if before and any(f"“{a}”" in am.group(0) for a in words):
                    own = self.ref[id(before[-1])]
                    break
        self._own_company_memo = own
        return own

    def _sole_community(self) -> _Ref | None:
        """The one community the text names (none when it names several)."""
        comms = {n for ty, n in self.entities if ty == "Community"}
        return _Ref("Community", comms.pop()) if len(comms) == 1 else None

    def _site_org(self) -> _Ref | None:
        """The unit whose own site the page is (a company's, a bureau's), as a unit."""
        site = self._site_unit()
        return _Ref("Organization", site) if site else None

    def _table_posts(self) -> None:
        """A table's row: the posts in its unit-and-post cell (某公司工艺部部长), or
        the posts in brackets after the name (萧景行（副院长）) at the unit cell's unit."""
        for (pa, pb), post in table_rows(self.t, self.lex):
            person = next((m for m in self.between(pa, pb) if m.kind == "person" and m.start == pa), None)
            if person is None or post is None:
                continue
            if person.end < pb:  # 某某（副院长）: the post in brackets, the unit in its own cell
                unit = next((self.ref[id(m)] for m in reversed(self.between(*post)) if id(m) in self.ref
                             and m.kind in ("org", "ref") and self.ref[id(m)].type == "Organization"), None)
                if unit is not None:
                    for m in self.between(person.end, pb):
                        if m.kind == "title":
                            self._hold(person.name, m, unit)
            else:
                self._hold_in_span(person.name, *post)

    def _roster_attends(self, person: Mention, line_start: int) -> None:
        """Under a heading of attending (出席嘉宾：, 出席典礼的学校领导有：) the
        people of a roster attended the event the article is about."""
        t = self.t
        head_end = t.rfind("\n", 0, line_start)
        heading = t[t.rfind("\n", 0, max(head_end, 0)) + 1 : max(head_end, 0)]
        k = head_end
        while (ROSTER_LINE.fullmatch(heading) or ROSTER_LINE2.fullmatch(heading)) and k > 0:  # (up over the list to its heading)
            k = t.rfind("\n", 0, k)
            heading = t[t.rfind("\n", 0, max(k, 0)) + 1 : max(k, 0)]
        ev = self.current_event(line_start)
        trig = self.lex.triggers
        if ev is not None and any(w in heading for w in trig["attend"] + trig["guests"]):
            self.fact(_Ref("Person", person.name), "attended", ev, person.start, "attend-roster", conf=0.75)

    def _hold(self, person: str, tm: Mention, org: _Ref, **attrs) -> None:
        if org.type == "Event":
            return
        title = tm.name
        if len(title) > 2 and org.name.endswith(title[0]) and self.t[tm.start - 1 : tm.start] != title[0] \
                and self.lex.title_at(title, 1) == len(title) - 1:
            # 智能制造系主任: 系 is the unit's word and the title's at once; the post is 主任
            title = title[1:]
            tm = Mention("title", tm.start + 1, tm.end, tm.text[1:], title)
        self.entity("Position", tm.name, tm)
        self.person_units.setdefault(person, [])
        if not attrs.get("removed") and org not in self.person_units[person]:
            self.person_units[person].append(org)
        self.fact(_Ref("Person", person), "holdsPosition", org, tm.start, "title-run", title=tm.name, conf=0.9, **attrs)
        if _family(tm.name, self.lex) == "association":
            self._board_post = (tm.end, org)  # (甲当选委员会主任委员，乙当选副主任委员: the body of the next bare one)

    def _representation(self) -> None:
        """``X代表Y`` in any clause; 他/她 at a clause start is the last person named."""
        last: Mention | None = None
        for ss, se in self.sentences:
            ms = self.between(ss, se)
            prev_end = None
            for cs, ce in self._clauses(ss, se):
                cps = [m for m in ms if m.kind == "person" and cs <= m.start < ce]
                subj = cps[0] if cps else (last if self.t[cs : cs + 1] in "他她" else None)
                c0 = cs + (self.t[cs : cs + 1] in "，,")
                if subj is None and last is not None and prev_end == last.end and self.t.startswith("代表", c0) \
                        and self.t[last.end : c0].rstrip("，, ") in self.lex.triggers["speak"]:
                    self._represents(last, c0 - 1, ce, ms)  # 某某致辞，代表学院对…表示欢迎: the speaker of the clause before
                elif subj is not None:
                    self._represents(subj, cs, ce, ms)
                for q, p in zip(cps, cps[1:]):
                    if self.t.startswith("代表", p.end) and self.t.startswith("代表", q.end) and self.t[p.start - 1 : p.start] in ("、", "，", ","):
                        self._represents(p, p.start, ce, ms)  # 甲代表区政府、乙代表学院、丙代表公司签署: each name its own
                prev_end = cps[0].end if cps and cps[0].start == cs else None
                if cps:
                    last = cps[-1]

    def _represents(self, subj: Mention, cs: int, ce: int, ms: list[Mention]) -> None:
        """``X代表Y`` with Y a named unit, or a unit word (学校, 学会, 新闻学院)
        that stands for X's own unit; 代表双方 / 代表主办方 name no unit."""
        t, lex = self.t, self.lex
        start = max(subj.end, cs + 1 if subj.end <= cs else cs)
        k = t.find("代表", start, ce)
        if k >= 2 and t[k - 2 : k] == "分别" and self._represent_pairs(subj, k, k + 2, ce, ms):
            return
        if k < 0 or not self._only_titles(_IN_THE_SPEECH.sub("", t[start:k])):
            return  # (某某在致辞中代表学校…: the speech is where, not who)
        j = k + 2
        if _MEMBERS_AS_GROUP.match(t, j):
            return  # 代表企业成员单位发言: the members as a group, no one unit
        tgt = next((m for m in ms if m.start == j and self.ref.get(id(m)) and self.ref[id(m)].type == "Organization"), None)
        ref, word = None, None
        if tgt is not None:
            ref = self.ref[id(tgt)]
            if tgt.kind == "ref":
                ref = self._own_unit(subj.name, tgt.text.lstrip("该我本")) or ref
        else:
            word = next((t[j:e] for e in range(min(ce, j + 8), j + 1, -1) if lex.org_suffixes.ending_at(t, e) and t[j:e] not in ("单位", "主办单位")
                         and all(is_cjk(c) and c not in "、，" for c in t[j:e])), None)
            if word:
                ref = self._own_unit(subj.name, word)
        if ref is not None and tgt is not None and _TERM_AFTER.match(t, tgt.end):
            return  # 代表协会第二届理事会作工作报告: the outgoing board reports, no unit is represented
        if ref is not None:
            self.fact(_Ref("Person", subj.name), "represents", ref, subj.start, "represent-unit", conf=0.8)
        end = tgt.end if tgt is not None else j + len(word) if word else -1
        while end > 0 and t[end : end + 1] in ("、", "和", "及"):
            nxt = next((m for m in ms if m.start == end + 1 and self.ref.get(id(m)) and self.ref[id(m)].type == "Organization"), None)
            if nxt is None:
                break  # 代表镇党委、镇政府致辞: each unit of the list is represented
            self.fact(_Ref("Person", subj.name), "represents", self.ref[id(nxt)], subj.start, "represent-unit", conf=0.8)
            end = nxt.end

    def _represent_pairs(self, subj: Mention, k: int, j: int, ce: int, ms: list[Mention]) -> bool:
        """甲、乙、丙分别代表A、B、C: each name represents the unit in the same
        place of the list (only when the two lists are as long)."""
        t = self.t
        people = [subj]
        for m in ms:
            if m.kind == "person" and m.start > people[-1].end and m.start < k:
                gap = t[people[-1].end : m.start]
                if gap not in ("、", "与", "和", "同", "及") and not (gap[:1] in "、与和同及" and self._unit_and_titles(people[-1].end + 1, m.start)):
                    return False  # (甲与某大学副校长乙分别代表A和B: the second one's unit and post between)
                people.append(m)
        if len(people) < 2 or t[people[-1].end : k] != "分别":
            return False
        units, pos = [], j
        for m in ms:
            if m.start == pos and m.kind in ("org", "ref") and (r := self.ref.get(id(m))) is not None and r.type == "Organization":
                units.append(r)
                pos = m.end + (1 if t[m.end : m.end + 1] in ("、", "和", "及") else 0)
        if len(units) != len(people):
            return False
        for p, u in zip(people, units):
            self.fact(_Ref("Person", p.name), "represents", u, p.start, "represent-unit", conf=0.8)
        return True

    def _unit_and_titles(self, a: int, b: int, joins: str = "") -> bool:
        """Whether ``t[a:b]`` is all units and titles (某大学副校长), with any of
        ``joins`` between them (某学院党委委员、副院长)."""
        covered = bytearray(1 if c in joins else 0 for c in self.t[a:b])
        for m in self.between(a, b):
            if m.kind not in ("org", "ref", "title") or m.end > b:
                return False
            covered[m.start - a : m.end - a] = b"\x01" * (m.end - m.start)
        return b > a and all(covered)

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

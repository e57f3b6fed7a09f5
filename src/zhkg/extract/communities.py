"""Communities: who leads (牵头, 理事长单位), who is a member (成员单位, 加入,
联合…组建), and member counts."""

from __future__ import annotations

import re

from .find_names import table_lines
from .find_units_events import _ENUMERATOR
from .lexical import is_cjk
from .mentions import Mention
from .refs import Ref as _Ref

__all__ = ["CommunitiesMixin"]

_IN_THE_LIST = re.compile(r"等?(?:均|都|也)?(?:在其列|位列其中|在列|名列其中)")
_REST_ARE = ("其余为", "其余是", "其他为", "另有")
_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[）)]")
_IS_A = ("是", "系", "现为", "也是", "还是", "目前是", "现已是")



# the verb that opens a list after a member role (成员单位有：, 分别是：, 包括：)
_LIST_VERB_END = re.compile(r"(?:分别)?(?:有|包括|为|是|如下)$")

# a community's own committee or office right before 由 (…专业委员会由甲、乙共同牵头)
_ORGAN_BEFORE = re.compile(r"(?:专业委员会|分委员会|工作委员会|分会|秘书处|工作组)”?\s*$")


# 审议通过了甲、乙等6家单位的入会申请: the units between the approval and the applications
_ADMITTED = re.compile(r"(?:审议通过|同意|批准)了?(.{2,200}?)(入会申请|加入申请)")
_APPLICANTS_END = re.compile(r"(?:等[\d一二三四五六七八九十]+家(?:单位|企业|院校))?的")

class CommunitiesMixin:
    """Rules of :class:`~zhkg.extract.assemble._Assembler` (mixed in)."""

    # ---------------------------------------------------------- communities
    def _community_roles(self) -> None:
        """牵头 / 理事长单位 -> leadsCommunity; 成员单位, 副理事长单位, 加入,
        联合…组建, 包括… -> memberOf. The community is the one named in the
        sentence, else the last one named before it."""
        t, trig = self.t, self.lex.triggers
        lead_roles, member_roles = trig["lead_role"], trig["member_role"]
        for ss, se in self.sentences:
            ms = [m for m in self.between(ss, se) if id(m) in self.ref]
            comm = next((self.ref[id(m)] for m in ms if self.ref[id(m)].type == "Community"), None)
            comm = comm or self._last_community(ss)
            if comm is None:
                continue
            sentence = t[ss:se]
            listing = False  # a member list that runs on over the next clauses
            member_clause = False  # the clause before named a member role
            label_lead = False  # 理事长单位： at the end of a clause, its units in the next
            prev_first = None  # the unit that begins the clause before (its subject)
            for cs, ce in self._clauses(ss, se):
                clause = t[cs:ce]
                units = [m for m in ms if cs <= m.start < ce and self.ref[id(m)].type == "Organization"]
                subject, prev_first = prev_first, next((m for m in units if not t[cs : m.start].strip()), None)
                if not units and subject is not None and clause.lstrip().startswith(_IS_A):
                    # 某公司成立于2009年，是某联合体副理事长单位: the role of the unit the sentence is about
                    if self._role_at(clause, lead_roles) is not None:
                        self.fact(self.ref[id(subject)], "leadsCommunity", comm, subject.start, "lead-trigger", conf=0.8)
                    elif self._role_at(clause, member_roles) is not None:
                        self.fact(self.ref[id(subject)], "memberOf", comm, subject.start, "member-trigger", conf=0.75)
                if not units:
                    # 副理事长单位：A、B (a label line): the role, then the list after the colon
                    labelled = t[ce : ce + 1] in ("：", ":")
                    label_lead = labelled and self._role_at(clause, lead_roles) is not None and clause.rstrip().endswith(lead_roles)
                    # 成员单位有：A、B; 共有理事单位12家，分别是：A、B (the role in the clause before)
                    core = _LIST_VERB_END.sub("", _BRACKETED.sub("", clause).strip())  # (成员单位（部分）：)
                    listing = labelled and not label_lead and (core.endswith(member_roles) or member_clause and not core)
                    member_clause = self._role_at(clause, member_roles) is not None  # (首批成员单位共92家，…)
                    continue
                if label_lead:
                    label_lead = False
                    for m in units:
                        self.fact(self.ref[id(m)], "leadsCommunity", comm, m.start, "lead-trigger", conf=0.85)
                    continue
                if any(w in clause for w in trig["attend"]) and "代表" in clause:
                    continue  # 成员单位代表出席: attendance, not membership
                lead = self._role_at(clause, lead_roles + trig["lead_verb"])
                leaders: set[int] = set()
                if lead is not None and (you := clause.rfind("由", 0, lead)) >= 0 \
                        and _ORGAN_BEFORE.search(clause, 0, you):
                    lead = None  # 其中“某某”专业委员会由甲、乙共同牵头: a committee of the community, not the community
                if lead is not None:
                    you = clause.rfind("由", 0, lead)
                    for m in units:
                        if you <= m.start - cs < lead:
                            leaders.add(id(m))
                            self.fact(self.ref[id(m)], "leadsCommunity", comm, m.start, "lead-trigger", conf=0.85)
                member = self._role_at(clause, member_roles + trig["member_verb"])
                lianhe = self._lianhe_at(clause, cs, ms)
                if member is not None and re.search(r"(?:包括|有|涵盖|：|:)", clause[member:]):
                    chosen = [m for m in units if m.start - cs > member]
                    listing = True
                elif member is not None:
                    chosen = [m for m in units if m.start - cs < member]
                elif lianhe >= 0 and re.search(r"组建|发起|成立|组成", clause[lianhe:]):
                    # 由A牵头，联合B、C组建: the leader is not thereby a member
                    chosen = [m for m in units if m.start - cs > lianhe and id(m) not in leaders]
                elif "包括" in clause and ("成员" in sentence or "组建" in sentence):
                    chosen = [m for m in units if m.start - cs > clause.find("包括")]
                    listing = True
                elif listing and (self._list_continues(cs) or t[cs - 1 : cs] in ("：", ":")):
                    chosen = units
                elif member_clause and clause.startswith(_REST_ARE):
                    chosen = units  # 其中A为常务副理事长单位，其余为B、C: the rest have the role too
                    listing = True
                elif member_clause and _IN_THE_LIST.search(clause):
                    chosen = units  # 首批成员单位共92家，A、B、C等均在其列: the units named are members
                elif (ap := _ADMITTED.search(clause)) is not None and (chosen := self._admitted(ap, cs, units)):
                    pass  # 审议通过了A、B等6家单位的入会申请: the units admitted are members
                else:
                    listing = False
                    continue
                member_clause = member is not None
                for m in chosen:
                    if self.ref[id(m)].name.startswith(comm.name):
                        continue  # 共同体秘书处完成了成员单位信息库建设: the community's own office, no member
                    self.fact(self.ref[id(m)], "memberOf", comm, m.start, "member-trigger", conf=0.8)

    def _admitted(self, ap: re.Match[str], cs: int, units: list[Mention]) -> list[Mention]:
        """The units listed right before 的入会申请 (甲、乙等6家单位的), one list and
        nothing else between the approval and the applications."""
        t = self.t
        listed = [m for m in units if ap.start(1) <= m.start - cs < ap.start(2)]
        if not listed or t[cs + ap.start(1) : listed[0].start].strip() or not _APPLICANTS_END.fullmatch(t, listed[-1].end, cs + ap.start(2)):
            return []
        if any(t[a.end : b.start] not in ("、", "和", "及") for a, b in zip(listed, listed[1:])):
            return []
        return listed

    def _heading_lists(self) -> None:
        """A roll of a community set out under headings (四、副理事长单位 or
        理事长单位： on a line of its own, then lines that name units only, 、 between them;
        kind sub-headings such as （一）院校 between): every unit listed under
        a lead role leads the community, under a member role is a member."""
        t, trig = self.t, self.lex.triggers
        if not any(w in t for w in trig["lead_role"] + trig["member_role"]):
            return
        role = None
        for ss, se in self.sentences:
            line = t[ss:se].strip()
            if not line:
                continue
            whole = (ss == 0 or t[ss - 1] == "\n") and (se >= len(t) or "\n" in t[se - 1 : se + 1])
            units = [m for m in self.between(ss, se) if id(m) in self.ref and self.ref[id(m)].type == "Organization"]
            numbered = _ENUMERATOR.match(line)  # 四、 （一）: a heading's number
            core = _BRACKETED.sub("", line[numbered.end() :].lstrip() if numbered else line).rstrip("：:")  # (五、成员单位（部分）, 理事长单位：)
            if not whole:
                role = None
            elif not units and core.endswith(trig["lead_role"] + trig["member_role"]) and len(core) <= 12:
                lead = core.endswith(trig["lead_role"]) and not core.endswith(trig["member_role"])
                role = "leadsCommunity" if lead else "memberOf"
            elif not units and role is not None and len(core) <= 10 and numbered:
                continue  # （一）院校: a kind of member under the role
            elif units and role is not None and self._only_units(self._after_kind_label(ss, units[0].start), se, units):
                comm = self._last_community(ss)
                if comm is not None:
                    for m in units:
                        self.fact(self.ref[id(m)], role, comm, m.start, "heading-list", conf=0.8)
            else:
                role = None

    def _after_kind_label(self, ss: int, first: int) -> int:
        """Where a line's list starts after a kind sub-heading written on the same
        line (（一）院校：甲、乙): after its colon; else ``ss``."""
        t = self.t
        c = max(t.rfind("：", ss, first), t.rfind(":", ss, first))
        if c < 0:
            return ss
        label = t[ss:c].strip()
        numbered = _ENUMERATOR.match(label)
        label = label[numbered.end() :].strip() if numbered else label
        return c + 1 if 1 <= len(label) <= 6 and all(is_cjk(ch) for ch in label) else ss

    def _only_units(self, ss: int, se: int, units: list) -> bool:
        """Whether ``t[ss:se]`` names units only, with 、，; between them and a
        note in brackets after one (某学院（牵头组建单位）)."""
        rest = list(self.t[ss:se])
        for m in units:
            rest[m.start - ss : m.end - ss] = [""] * (m.end - m.start)
        left = _BRACKETED.sub("", "".join(rest))
        return not left.strip().strip("、，,；;。")

    def _community_table(self) -> None:
        """A table of communities (序号｜共同体名称｜牵头单位｜成员单位): the units in a
        column headed by a lead role lead the row's community, those under a
        member role are its members."""
        t, trig = self.t, self.lex.triggers
        head: list[str] | None = None
        for cells in table_lines(t):
            if cells is None:
                head = None
                continue
            texts = [t[a:b] for a, b in cells]
            if head is None or len(cells) != len(head):
                head = texts
                continue
            found = [[self.ref[id(m)] for m in self.between(a, b) if id(m) in self.ref and a <= m.start and m.end <= b]
                     for a, b in cells]
            comm = next((r for col in found for r in col if r.type == "Community"), None)
            if comm is None:
                continue
            for label, col, (a, _) in zip(head, found, cells):
                lead = label in trig["lead_role"] or label in trig["lead_verb"]
                if not lead and label not in trig["member_role"]:
                    continue
                for r in col:
                    if r.type == "Organization":
                        self.fact(r, "leadsCommunity" if lead else "memberOf", comm, a,
                                  "lead-table" if lead else "member-table", conf=0.8)

    def _lianhe_at(self, clause: str, cs: int, ms: list) -> int:
        """Where 联合 (a verb: A联合B组建) is in ``clause``, -1 if nowhere;
        the 联合 of a community's name (该联合体, 产教联合体) does not count."""
        names = [(m.start - cs, m.end - cs) for m in ms if self.ref[id(m)].type == "Community"]
        k = clause.find("联合")
        while k >= 0 and (clause.startswith("联合体", k) or any(a <= k < b for a, b in names)):
            k = clause.find("联合", k + 1)
        return k

    def _role_at(self, clause: str, words) -> int | None:
        """Where the first role word of ``clause`` is (副理事长单位 is not 理事长单位)."""
        best = None
        for w in words:
            k = clause.find(w)
            while k > 0 and clause[k - 1] in "副务" and w.startswith(("理事长", "会长", "主任")):
                k = clause.find(w, k + 1)
            if k >= 0 and (best is None or k < best):
                best = k
        return best

    def _list_continues(self, cs: int) -> bool:
        return cs > 0 and self.t[cs - 1] in "，,、"

    def _last_community(self, pos: int) -> _Ref | None:
        for m in reversed(self.between(0, pos + 1)):
            r = self.ref.get(id(m))
            if r is not None and r.type == "Community":
                return r
        return None

    def _members_count(self) -> None:
        """A community's member count from the sentences that name it
        (patterns in ``nlp/data/member_count.txt``; a new total wins)."""
        patterns = self.lex.member_count
        alone = sum(1 for ty, _ in self.entities if ty == "Community") == 1
        for (ty, name), e in self.entities.items():
            if ty != "Community":
                continue
            best = None
            for ss, se in self.sentences:
                if not any(ss <= m.start < se for m in e.mentions) and not (alone and "成员" in self.t[ss:se]):
                    continue  # (the one community of the article: 首批成员单位共73家 is about it)
                sent = self.t[ss:se]
                for k, rx in enumerate(patterns):
                    m = rx.search(sent)
                    if m is None:
                        continue
                    if k == 0:
                        best = int(m.group(1))  # 增至/达: the latest total
                        break
                    if best is None:
                        best = int(m.group(1))
            if best is not None:
                e.attrs["member_count"] = best

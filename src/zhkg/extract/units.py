"""What unit mentions stand for: full names for short ones (机械工程学院,
人大新闻学院), aliases (以下简称“集团”), back-references (该校, 我院, 集团),
parents of sub-units, and one name for quote variants."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..nlp.lexicon import Lexicon, get_lexicon
from ..nlp.segment import pos_tag, tokens, word_freq
from .lexical import alternation, lex_cached, lex_pattern, occurrences, trigger_words, unit_word_len
from .find_units_events import _JOIN_DASHES, _SCHOOL_FRONTS
from .mentions import PUNCT, Mention, is_cjk
from .refs import Ref as _Ref

__all__ = ["UnitsMixin"]


_COMPANY_TAIL = re.compile(r"(?:(?:科技|技术|信息技术|网络科技|电子|实业|发展|服务|管理|贸易|集团)?(?:股份)?有限(?:责任)?公司|集团有限公司|集团)$")

_PLAQUE_AFTER = re.compile(r"[”」]?(?:牌匾|称号|铜牌)")  # (某学院实习基地”牌匾: a plaque's name)

# the name endings of a school, whose own site may leave it out of a post


def _expanded(name: str, abbreviations: dict[str, str]) -> str:
    """``name`` with every abbreviated word written in full (高新区管委会 ->
    高新技术产业开发区管理委员会; ``abbreviations.txt``)."""
    for a, b in abbreviations.items():
        if a in name:
            name = name.replace(a, b, 1)
    return name


def _is_place_or_unit(prefix: str, units: set[str], short: str = "") -> bool:
    """Whether ``prefix`` is a place (中国, 江苏省, 北京) or a unit named in the
    article; or, for a short name that starts with its level (省教育厅, 市人社局),
    the place's own name (某某 of 某某省教育厅)."""
    if prefix in units or prefix in ("中国", "中共", "国家", "全国"):
        return True
    if any(prefix.startswith(u) and _is_place(prefix[len(u):]) for u in units if len(prefix) - len(u) in (2, 3)):
        return True  # 某大学某州产业技术研究院 for 产业技术研究院: the parent and a place
    limit = 7 if short[:1] in "县区" else 4  # (某市某区 before 区教育局)
    if short[:1] in "省市县区镇乡" and 2 <= len(prefix) <= limit and all(is_cjk(c) for c in prefix):
        return True
    return len(prefix) >= 2 and (prefix[-1] in "省市县区" or pos_tag(prefix) == "ns")

def _is_place(word: str) -> bool:
    """Whether ``word`` (two or three characters) reads as a place: 某州, 某某市, 某县."""
    return all(is_cjk(c) for c in word) and (word[-1] in "省市县区州" or pos_tag(word) == "ns")


def _abbreviated(short: str, full: list[str]) -> str | None:
    """The one name of ``full`` that ``short`` abbreviates, else None."""
    hits = {f for f in full if f != short and _abbreviates(short, f)}
    return hits.pop() if len(hits) == 1 else None


def _short_form_endings(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """(first words, ending) of every full name ``short_forms.txt`` names (the
    first words empty unless written before a *), each pair once."""
    return lex_cached(lex, "short_form_endings", lambda x: tuple(dict.fromkeys(
        e.rpartition("*")[::2] for v in x.short_forms.values() for e in v.split("|"))))


_SCHOOL_SHORT_ENDS = ("职院", "职校", "技院")  # 某州职院: a school's short form


_LOWER_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,3}[区县镇乡]")  # a district or county named after the city


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a Chinese abbreviation of ``full``: its characters
    taken in order, first and last kept, at least three dropped, and not a
    name of whole words of ``full`` (北京大学 is no short form of 北京师范大学).

    >>> _abbreviates("人大新闻学院", "中国人民大学新闻学院"), _abbreviates("北京大学", "北京师范大学")
    (True, False)
    >>> _abbreviates("中国科协", "中国科学技术协会"), _abbreviates("湖州职业学院", "湖州职业技术学院")
    (True, False)
    >>> _abbreviates("恒越青山分公司", "湖州恒越数控科技有限公司青山分公司")
    True
    >>> _abbreviates("湖州市委", "湖州市发展和改革委员会"), _abbreviates("湖州市委", "中共湖州市委员会")
    (False, True)
    >>> _abbreviates("职成处", "职业教育与成人教育处")
    True
    >>> _abbreviates("市人社局", "湖州市人力资源和社会保障局"), _abbreviates("市人社局", "湖州市吴兴区人力资源和社会保障局")
    (True, False)
    """
    # the last character is kept, or a 协会/联合会 is cut to 协/联 (中国科协, 市社科联)
    last_kept = short[-1] == full[-1] or (full[-1] == "会" and short[-1] in full[-3:-1])
    if len(short) < 3 or len(full) - len(short) < 3 or not last_kept or short[0] not in full[:3]:
        return False
    if "-" in full or "—" in full:
        return False
    lex = get_lexicon()
    party = lex_cached(lex, "party_committees", lambda x: frozenset(w for w, e in x.short_forms.items() if w == e and w.endswith("委")))
    if short[-2:] in party and short[-2:] not in full and not full.endswith(short[-2] + "委员会"):
        return False  # 某市委 (short_forms.txt) is the city's party committee, no short form of 某市发展和改革委员会
    it = iter(full)
    if not all(c in it for c in short):
        return False
    if short[0] in "省市县" and _LOWER_LEVEL.match(full, full.find(short[0]) + 1):
        return False  # 市人社局 is the city's, no short form of 某州市某川区人力资源和社会保障局
    tail = next((lt for lt in lex.legal_tails if lt in full and lt not in short), None)
    if tail is not None:
        branch = full[full.index(tail) + len(tail) :]  # 某某科技有限公司|某山分公司: the company's part
        if len(branch) >= 3 and short.endswith(branch) and len(short) - len(branch) >= 2:
            return True  # 某泰某山分公司: the company's short name, then its part
    words = [full[a:b] for a, b in tokens(full)]
    parts = [short[a:b] for a, b in tokens(short)]
    if short[-1] != full[-1]:
        return True  # 协会 cut to 协: no unit is named so on its own
    if len(parts) == 1 and short not in lex.abbreviations:
        return False  # a dictionary name in its own right (北京大学; not 职成处, a word of abbreviations.txt)
    head = words[-1]
    if head != parts[-1] and head.endswith(parts[-1]) and head in lex.org_kind and parts[-1] in lex.org_kind \
            and head not in lex.legal_tails:
        return False  # 智能制造学院 keeps no 产业 of 某某智能制造产业学院: another kind of unit
    # a name of whole words (湖州职业学院 in 湖州职业技术学院) is another unit; a
    # last part cut from a longer word (局 of 事业局: 中国外文局) abbreviates
    # (one character of a word is no whole word: 职成处 for 职业教育与成人教育处)
    whole = all(any(w == p or len(p) >= 2 and (w.startswith(p) or w.endswith(p)) for w in words) for p in parts[:-1])
    return not (whole and any(w == parts[-1] or w.startswith(parts[-1]) for w in words))

def _short_front(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with the school in front written short
    (叻职电子信息学院 for 叻州职业技术学院电子信息学院): the same part after it
    (four characters at least), and a front of two to four characters that
    keeps the school's first character and takes the rest in order."""
    k = 0
    while k < min(len(short), len(full)) and short[-1 - k] == full[-1 - k]:
        k += 1
    front, school = short[: len(short) - k], full[: len(full) - k]
    if k < 4 or not 2 <= len(front) <= 4 or len(school) - len(front) < 3 or front[0] != school[0]:
        return False
    if front[-1] in "省市县" and _LOWER_LEVEL.match(school, school.find(front[-1]) + 1):
        return False  # 某州市人社局 is the city's, not 某州市某川区人社局 (a district's)
    it = iter(school)
    return all(c in it for c in front)


# 某大学副校长某某一行4人访问我校, 某大学代表团来访: visitors from that school
_VISITORS_AFTER = re.compile(r"[^。；;\n]{0,40}?(?:(?:一行|代表团)[^。；;\n]{0,12}?(?:访问|来访|到访|莅临|来到|走进)"
                             r"|(?:来到|莅临|走进|来)(?:我院|我校|本院|本校))")  # (某大学某某教授来到我院: one guest)
def _brand_forms(core: str, group: bool = False) -> list[str]:
    """A company's four-character short forms, from the core of its name (the
    name without its legal ending, 某地翙达智能装备): the brand and the first word
    of its trade (翙达智能), the brand and the last word of its trade (耄耇汽车
    for 某地耄耇新能源汽车), the brand and the kind of company (豻驰公司; 某某集团,
    also for 某地某某交通投资集团有限公司: ``group``)."""
    if len(core) < 6 or not all(is_cjk(c) for c in core):
        return []
    brand = core[2:4]
    first = tokens(core[4:])[0] if len(core) >= 8 else (0, 0)
    # (枳源精密 for 某地枳源精密机械: the trade's first word inside a longer dictionary word)
    out = [core[2:6]] if first == (0, 2) or first[1] > 2 and word_freq(core[4:6]) > 0 else []
    if len(core) >= 8:
        out.append(brand + core[-2:])
    out.append(brand + ("集团" if group or core.endswith("集团") else "公司"))
    return list(dict.fromkeys(out))


# words that point back to a unit as 该 does (这所产业学院)
_DEMONSTRATIVES = ("这所", "这家", "这个", "此所", "这一")
# the endings of a company's departments (人力资源部, 生产制造中心, 财务处, 电池研究院 …)
_DEPARTMENT_ENDS = ("部", "中心", "处", "科", "室", "研究院", "研究所")
# a school's name at the start of a title in 《》 (《某职业技术学院产教融合成果巡礼》)
_TITLE_SCHOOL = re.compile(r"《([\u4e00-\u9fff]{2,14}?(?:职业技术学院|职业学院|技师学院|大学|学院|学校))")
# a count of subsidiaries after a list of companies (两家全资子公司, 等3家控股子公司)
_SUBSIDIARY_COUNT = re.compile(r"等?[\d一二两三四五六七八九十]+(?:家(?:全资|控股)?(?:子公司|分公司)|个(?:科室|股室|处室|内设机构|职能部门|部门))")
_QUOTES_SPACES = re.compile(r"[\s“”‘’\"'「」『』《》]")


#: Marks that join two parties in front of a jointly built part's name.
_JOINED = frozenset("与和及、—－-")


def _norm(s: str) -> str:
    return _QUOTES_SPACES.sub("", s)



# 学校 at a clause's start or as whom one speaks for (，学校教务处处长, 代表学校致辞):
# the page speaks of the whole college as 学校, so its 我院 is a school of it
_SCHOOL_SPOKEN_OF = re.compile(r"(?:^|[，,。；;、\s])学校(?![的])|代表学校")

_HELD_SOON = re.compile(r"[^，,。；;！？\n]{0,16}?(?:举行|召开|举办)")  # (…举行 soon after a venue)


class UnitsMixin:
    """Rules of :class:`~zhkg.extract.assemble._Assembler` (mixed in)."""

    def _resolve_units(self) -> None:
        t, lex = self.t, self.lex
        self.ref: dict[int, _Ref] = {}  # id(mention) -> ref
        units = [m for m in self.ms if m.kind in ("org", "community")]
        units = self._name_bare_units(units)
        full = list(dict.fromkeys(m.name for m in units))  # text order: ties break the same way every run
        full_set = set(full)
        # short names: a unit name that ends a longer one (机械工程学院 -> X大学机械工程学院)
        canon: dict[str, str] = {}
        kinds = {m.name: lex.org_kind.get(m.info.get("suffix", ""), "institution") for m in units}
        # the parts named only at the front of a longer name (某学院智能制造学院|专业建设指导委员会):
        # a short name (智能制造学院) may stand for one of them too
        implied = [p for p in dict.fromkeys(f for name in full for f in self._front_chain(name)) if p not in full_set]
        for name in full:
            # (机械与机电工程系 is no longer name of 机电工程系: two fields joined, another department)
            longer = [f for f in full + implied if f != name and f.endswith(name) and "-" not in f and f[-len(name) - 1] not in "与和及、"]
            if kinds.get(name) != "unit":
                # an institution's short name drops a place or its parent:
                # 人民大学 for 中国人民大学, not 理工大学 for any X理工大学
                longer = [f for f in longer if _is_place_or_unit(f[: -len(name)], full_set, name)
                          or f[: -len(name)] in self._front_chain(f)]
            if longer:
                canon[name] = min(longer, key=len)
        self._parts_named_in_events(full, full_set, kinds, canon)
        # 共建智能装备联合研究院 in the headline for the body's 某大学某某智能装备联合研究院:
        # a name only the headline gives, which ends exactly one longer name of the body
        head_end = t.find("\n") if "\n" in t else 0
        for name in full:
            if name in canon or len(name) < 5 or any(m.name == name and m.start >= head_end for m in units):
                continue
            longer = {m.name for m in units if m.start >= head_end and m.name.endswith(name) and len(m.name) > len(name)}
            if len(longer) == 1:
                canon[name] = longer.pop()
        # the same name with and without its quote marks (a dropped “): one unit
        by_bare: dict[str, list[str]] = {}
        for name in full:
            by_bare.setdefault(_norm(name), []).append(name)
        for variants in by_bare.values():
            if len(variants) > 1:
                best = max(variants, key=lambda v: (v.count("“") == v.count("”"), len(v)))
                for v in variants:
                    if v != best:
                        canon[v] = best
        # 某州智能制造行业协会 in a headline for 某州市智能制造行业协会: the place without its level
        levels = [w for w in lex.level_fronts if len(w) == 1]  # (level_fronts.txt)
        for name in full:
            if name in canon:
                continue
            for k in (2, 3):
                for level in levels:
                    longer = name[:k] + level + name[k:]
                    if longer in full_set and not name[k:].startswith(level):
                        canon[name] = longer
        # the body whose own site the page is, as the site writes it (某市人大常委会主办):
        # 市人大常委会, and the full name a meeting's name holds, are that body
        site = self._site_unit()
        site_wide = next((site.replace(a, b, 1) for a, b in lex.part_abbreviations.items() if site and a in site), None)
        for name in full:
            if site_wide and name not in canon and name != site and (name == site_wide or site.endswith(name) and name[:1] in "省市县区"):
                canon[name] = site
            elif site and name not in canon and name != site and (wide := _expanded(name, lex.abbreviations)) != name \
                    and len(wide) >= 6 and (site.endswith(wide) or site.replace("人民政府", "", 1).endswith(wide)):
                canon[name] = site  # 高新区管委会 on the site of 某某高新技术产业开发区管理委员会: the site's body
                # (省国资委 on the site of 某某省人民政府国有资产监督管理委员会 too)
        # a school's short form after its place (某州职院, 某县职专: school_short_forms.txt)
        for name in full:
            if name in canon or (short := lex.school_short(name)) is None or not 2 <= len(name) - 2 <= 4:
                continue
            place, ends = short
            hits = {f for f in [*full, *([site] if site else [])] if f != name and f.endswith(ends) and f.startswith(place)
                    and len(f) - len(place) - max(len(e) for e in ends if f.endswith(e)) <= 1}
            if len(hits) == 1:
                canon[name] = hits.pop()
        # abbreviations: 人大新闻学院 / 中国科协 / 高新区管委会 for the full names
        for name in full:
            if name in canon:
                continue
            if (whole := _abbreviated(name, full)) is not None:
                canon[name] = whole
            elif (k := name.find("职院")) >= 2 and len(name) - k - 2 >= 6 and name.endswith("产业学院"):
                # 某州职院某某产业学院: the industry college of the school 某州职院 abbreviates
                # (某州职业技术学院), named with it (a 二级学院 after 职院 keeps its own name)
                own = self.own_institution()
                schools = {f for f in [*full, *([own.name] if own else [])]
                           if f.endswith(("职业技术学院", "职业学院")) and _abbreviates(name[: k + 2], f)}
                if len(schools) == 1:
                    canon[name] = schools.pop() + name[k + 2 :]
        fronts = self._canon_short_forms(units, full, canon)
        split_parent = self._split_level_fronts(full, full_set, canon, fronts)
        # a community named only in the headline, by a short name (江城职教联盟),
        # is the body's community with the same head word
        comms = [m for m in units if m.kind == "community"]
        for m in comms:
            if m.name in canon or any(c.name == m.name and c.start >= head_end for c in comms):
                continue
            body = [c.name for c in comms if c.start >= head_end and c.name[-2:] == m.name[-2:]]
            if len(set(body)) == 1:
                canon[m.name] = body[0]
        # 新能源汽车行业共同体 for 某省新能源汽车行业产教融合共同体: a community named
        # without its place and without 产教融合, the one whose name reads so
        names = [c.name for c in comms]
        for name in dict.fromkeys(names):
            if name in canon:
                continue
            bare = name.replace("产教融合", "")
            hits = {f for f in names if f != name and len(f) > len(name) and any(
                f[k - 1] in "省市县区州" and f[k:].replace("产教融合", "") == bare for k in range(2, 6))}
            if len(hits) == 1:
                canon[name] = hits.pop()
        # community types win over org for the same name
        for name in list(canon):  # follow chains: 新闻学院 -> 人大新闻学院 -> 中国人民大学新闻学院
            seen = {name}
            while canon[name] in canon and canon[name] not in seen:
                seen.add(canon[name])
                canon[name] = canon[canon[name]]
        for m in units:
            name = canon.get(m.name, m.name)
            typ = "Community" if m.kind == "community" else "Organization"
            self.ref[id(m)] = _Ref(typ, name)
            self.entity(typ, name, m)
        # parents: the longest unit that starts a unit's name
        for m in units:
            r = self.ref[id(m)]
            if r.name in split_parent and r.type == "Organization":
                parent = split_parent[r.name]
                self.entity("Organization", parent)
                self.fact(r, "subOrganizationOf", _Ref("Organization", parent), m.start, "unit-of-short-front", conf=0.9)
                if parent == self._site_unit() and (up := max((n for ty, n in self.entities if ty == "Organization" and n != parent
                                                               and parent.startswith(n)), key=len, default=None)
                                                    or self._front_parent(parent)) is not None:
                    self.entity("Organization", up)  # (某大学研究生院, the site, is the university's)
                    self.fact(_Ref("Organization", parent), "subOrganizationOf", _Ref("Organization", up), m.start, "unit-prefix", conf=0.9)
                continue
            if r.type != "Organization" or "-" in r.name or "—" in r.name or m.info.get("eponym"):
                continue  # 某某基金管理委员会 runs 某某基金, it is no part of it
            inner = [f for f in full if r.name.startswith(f) and len(f) < len(r.name) and f in self._orgnames()]
            # (中共某市委组织部: a party body's front is named as a parent only when the text names it on its own;
            # a party school is a whole body: 中共某省委党校党史教研部)
            front = self._front_parent(r.name) if not r.name.startswith("中共") or "党校" in r.name[:-2] else None
            if (inner or front) and self._granted_plaque(r.name):
                continue  # 为某公司授予“某学院学生校外实习基地”牌匾: the school's plaque, at the company
            if inner or front:
                parent = max(inner, key=len) if inner else front
                self.entity("Organization", parent)
                self.fact(r, "subOrganizationOf", _Ref("Organization", parent), m.start, "unit-prefix", conf=0.95)
        # aliases: （以下简称“集团”）
        aliases: dict[str, _Ref] = {}
        for am in self.alias_decls:
            before = [m for m in units if m.end <= am.start() and am.start() - m.end <= 2]
            if before:
                aliases[am.group(1)] = self.ref[id(before[-1])]
        # company short forms: 恒越数控 for 桐川恒越数控科技有限公司
        for r in dict.fromkeys(self.ref[id(m)] for m in units):  # each unit once, in order
            if r.type != "Organization":
                continue
            core = _COMPANY_TAIL.sub("", r.name)
            if core == r.name:
                continue
            core = re.sub(r"[（(][^（()）]{1,6}[）)]", "", core)  # 某某（中国）有限公司
            if re.fullmatch(r"[A-Za-z][A-Za-z&]+", core) and core not in aliases and t.count(core) > t.count(r.name):
                aliases[core] = r  # ABB for ABB（中国）有限公司
                continue
            if len(core) < 4:
                continue
            for cut in (2, 3):
                short = core[cut:]
                if short in aliases:
                    break  # (辝川物流 declared: 川物流 is no second short form)
                if len(short) >= 3 and t.count(short) > t.count(r.name):
                    aliases[short] = r
                    break
            # 翙达智能, 耄耇汽车, 豻驰公司: the four-character short forms, where the text
            # writes one outside the company's full name (also beside a longer short form)
            for short in _brand_forms(core, "集团" in r.name):
                alone = t.count(short) - (t.count(core) if short in core else 0)
                if core[2:] != short and core[2:].startswith(short):
                    alone -= t.count(core[2:]) - t.count(core)  # (华远机电设备 written as a whole is no 华远机电)
                if short not in aliases and alone > 0 and not any(a != r and short in a.name for a in aliases.values()):
                    aliases[short] = r
        for alias, r in aliases.items():
            e = self.entity(r.type, r.name)
            e.attrs.setdefault("aliases", [])
            if alias not in e.attrs["aliases"]:
                e.attrs["aliases"].append(alias)
        self.aliases = aliases
        # alias and back-reference mentions
        covered = bytearray(len(t) + 1)
        for m in self.ms:
            if m.kind in ("org", "community", "person", "event", "title"):
                covered[m.start : m.end] = b"\x01" * (m.end - m.start)  # (a fill in C)
        words = dict((w, ("ana", ends)) for w, ends in lex.anaphora.items())
        for w in ("共同体", "该共同体", "联合体", "该联合体", "集团", "该集团", "联盟", "该联盟", "职教集团", "理事会", "该理事会"):
            words[w] = ("community", (w.lstrip("该"),))
        for w in ("产业学院", "该产业学院"):
            words[w] = ("ana", ("产业学院",))
        for alias, r in aliases.items():
            words[alias] = ("alias", r)
        extra: list[Mention] = []
        # declared aliases first: a back-reference after one (崦城职院…该校) resolves to it
        ordered = sorted(words, key=lambda w: (words[w][0] != "alias", -len(w)))
        n_alias = sum(1 for w in words if words[w][0] == "alias")
        for wi, w in enumerate(ordered):
            if wi == n_alias and extra:
                self.ms = self.ms + extra
                self._index()
                extra = []
            start = 0
            while (i := t.find(w, start)) >= 0:
                start = i + 1
                if any(covered[i : i + len(w)]):
                    continue
                prev = t[i - 1] if i else "。"
                nxt = t[i + len(w) : i + len(w) + 1]
                kind, data = words[w]
                if kind != "alias" and is_cjk(prev) and not w.startswith(("该", "我", "本")) and not self._boundary_before(i) \
                        and not t.endswith(_DEMONSTRATIVES, 0, i):  # (这所产业学院: a demonstrative points back too)
                    continue
                if kind != "alias" and nxt in ("们",):
                    continue
                if kind == "alias" and any(t[k : i + len(w)] in lex.generic_orgs for k in range(max(0, i - 4), i)):
                    continue  # 公司 declared, then 全资子公司: the alias's word ends a generic word, not the alias
                r = self._resolve_ref(kind, data, i)
                if w in ("集团", "该集团") and (not self._named_before(r, i) or r is not None and not r.name.endswith("集团")):
                    # (集团党委书记 after a 共同体 on a company group's page: the group, not the community)
                    # 集团党委书记 with no 职教集团 named before: the company group (某某集团有限公司,
                    # declared 鲤通集团) named before it, not a 职教集团 the text names only later
                    group = self._resolve_ref("ana", tuple("集团" + w for w in ("", *self.lex.legal_tails)), i)
                    if group is None and r is None:
                        group = self._group_named_in_front(i)
                    if r is None or self._named_before(group, i) or not r.name.endswith("集团"):
                        r = group
                if r is None:
                    continue
                mm = Mention("ref", i, i + len(w), w, w)
                self.ref[id(mm)] = r
                self.entity(r.type, r.name, mm)
                extra.append(mm)
                covered[i : i + len(w)] = b"\x01" * len(w)
        self.ms = self.ms + extra
        self._index()
        # 某集团全资子公司某某有限公司, 某集团所属某公司: the second is part of the first
        subsidiary = tuple(self.lex.triggers["subsidiary"])
        ordered = sorted((m for m in self.ms if m.kind in ("org", "ref") and id(m) in self.ref), key=lambda u: u.start)
        for a, b in pairwise(ordered):
            ra, rb = self.ref.get(id(a)), self.ref.get(id(b))
            if ra and rb and ra.type == rb.type == "Organization" and ra != rb and t[a.end : b.start] in subsidiary:
                self.fact(rb, "subOrganizationOf", ra, b.start, "subsidiary-of", conf=0.85)
        for b in ordered:  # 公司董事长某某，…，全资子公司某某有限公司总经理…: a subsidiary of that company
            w = next((w for w in subsidiary if t.endswith(w, 0, b.start)), None) if t.endswith(subsidiary, 0, b.start) else None
            if w is None or b.start - len(w) > 0 and t[b.start - len(w) - 1] not in "，,、；;：:\n":
                continue
            rb, ss = self.ref.get(id(b)), self.sentence_of(b.start)[0]
            own = next((self.ref.get(id(m)) for m in reversed(ordered) if ss <= m.start < b.start and m.kind == "ref"
                        and m.text in ("公司", "集团", "本公司", "我公司", "本集团")), None)  # (公司董事长某某，…: the company 公司 stands for)
            if rb and own and own.type == rb.type == "Organization" and own != rb and own.name.endswith(("公司", "集团")):
                self.fact(rb, "subOrganizationOf", own, b.start, "subsidiary-of-own", conf=0.8)
        self._listed_subsidiaries(ordered)
        # 该校国际合作办公室: a unit of the school the back-reference stands for
        ref_at = {mm.end: self.ref[id(mm)] for mm in self.ms if mm.kind == "ref" and id(mm) in self.ref}  # (declared short names too: 集团人力资源部)
        last: tuple[Mention, _Ref] | None = None  # the last unit given a parent this way
        for m in sorted(units, key=lambda u: u.start):
            own = m.info.get("own_of", "")
            if own in ("本厅", "本局", "本委"):
                parent = self._own_body(own[-1])  # 厅职业能力建设处, 任命某某为局某科副科长: the bureau's own
            elif own == "学校":
                parent = self._own_school()  # 学校科学技术研究院 on a college's page: the university's
                if m.name.startswith(("党委", "党组")):
                    parent = None  # 学校党委组织部: a part of the school's party committee, which the text does not name
                elif parent is not None and m.name in parent.name:
                    parent = None  # (学校青州大学 on a line of its own: no part of itself)
                elif parent is not None:
                    self.entity(parent.type, parent.name)  # (the page may name it only on a line of its own)
            elif own == "学院":
                parent = self.own_institution()  # 学院农业工程学院 on a college's own page: the college's
                if parent is not None and (not parent.name.endswith("学院") or self._sub_college(parent.name) or m.name in parent.name):
                    parent = None  # (on a university's page 学院 is one of its colleges)
                elif parent is None and (m.start < 3 or t[m.start - 3] in PUNCT or t[m.start - 3].isspace()) \
                        and (near := self._resolve_ref_near("ana", ("学院",), "Organization", m.start - 2)) is not None \
                        and not self._sub_college(near.name) and not near.name.endswith(m.name):
                    parent = near  # 某技师学院院长某某致辞。学院教务处处长某某…: on another's page, the college named before
            elif own == "医院":  # 医院科教科科长某某: the hospital named before (or the page's own)
                parent = self._resolve_ref_near("ana", ("医院",), "Organization", m.start - 2)
            else:
                parent = ref_at.get(m.start) if own.startswith("该") else self.own_institution() if own else None
                if parent is not None and own == "该院" and self._sub_college(m.name) and self._sub_college(parent.name):
                    parent = self._school_of(parent)  # 该院智能制造学院 after an industry college: the school's college
                if own.startswith(("我", "本")) and (here := ref_at.get(m.start)) is not None and here != parent \
                        and here.name == self._site_unit() and not here.name.endswith(self.lex.school_ends):
                    parent = here  # 我院科教科 on a hospital's own site: the hospital's, not the school the text names
                if parent is not None and m.name in parent.name:
                    parent = None  # (我校校长学院 on a line of its own: no part of itself)
            r = self.ref.get(id(m))
            if parent is not None and r is not None and r.name != m.name and r.name.endswith(m.name) \
                    and not r.name.startswith(parent.name) and own.startswith("该"):
                r = self._own_part(m, r)  # 该公司人力资源部 beside another company's 人力资源部 named in full
            if parent is None and last is not None and t[last[0].end : m.start] in ("、", "和", "及", "与") and (
                    self._sub_college(m.name) or self.lex.org_kind.get(m.info.get("suffix", "")) == "unit" and len(m.name) <= 8):
                parent = last[1]  # 该校信息工程学院、智能制造学院, 学院教务处、学生工作处: the front covers the list
            if parent is not None and r is not None and parent.type == "Organization" and r.type == "Organization":
                self.fact(r, "subOrganizationOf", parent, m.start, "unit-of-back-reference", conf=0.85)
                last = (m, parent)
            else:
                last = None
        self._carried_parents(units)  # (after the back-references: 局某某股股长甲、人事股股长乙)

    def _parts_named_in_events(self, full: list[str], full_set: set[str], kinds: dict[str, str],
                               canon: dict[str, str]) -> None:
        """A part named in full only inside a meeting's name (某职业技术学院某产业学院揭牌仪式)
        and by its own name elsewhere (产业学院院长由…兼任) is that full name."""
        events = [m.name for m in self.ms if m.kind == "event"]
        if not events:
            return
        site = self._site_unit()
        parents = full_set | ({site} if site else set())
        for name in full:
            if name in canon or kinds.get(name) != "unit" or len(name) < 4:
                continue
            wide = set()
            for e in events:
                k = e.find(name)
                while k > 0:
                    front = e[:k]
                    p = max((p for p in parents if front.endswith(p) and p != name), key=len, default=None)
                    # (not a joint one, 某大学—某公司联合研发中心 / 某学院与某公司某中心, nor a plaque granted)
                    if p is not None and front[-len(p) - 1 : -len(p)] not in _JOINED and p + name in self.t \
                            and not self._granted_plaque(p + name):
                        wide.add(p + name)
                    k = e.find(name, k + 1)
            if len(wide) == 1:
                canon[name] = wide.pop()

    def _carried_parents(self, units: list[Mention]) -> None:
        """省教育厅职业教育与成人教育处处长甲、发展规划处处长乙: a department named
        alone after 、 in a run of officials is part of the body the department
        before it (named with its post) belongs to."""
        t, lex = self.t, self.lex
        parents: dict[str, list[str]] = {}
        for s, p, o, _ in self.relations:
            if p == "subOrganizationOf":
                parents.setdefault(s, []).append(o)
        prev: Mention | None = None
        for m in sorted(units, key=lambda u: (u.start, -u.end)):
            r = self.ref[id(m)]
            is_part = r.type == "Organization" and lex.org_kind.get(m.info.get("suffix", "")) == "unit"
            own_name = any(c in r.name[:4] for c in "省市县区")  # (某市就业训练中心: a body of its own)
            if is_part and not own_name and prev is not None and t[m.start - 1 : m.start] == "、" and r.name not in parents \
                    and lex.title_at(t, m.end) and m.start - prev.end <= 12 and "，" not in t[prev.end : m.start] \
                    and len(owners := parents.get(self.ref[id(prev)].name, [])) == 1:
                if r.name.endswith("系") and prev.info.get("suffix", "").endswith("学院"):
                    owners = [self.ref[id(prev)].name]  # 某学院院长甲、物流管理系主任乙: the 系 of that 学院
                self.fact(r, "subOrganizationOf", _Ref("Organization", owners[0]), m.start, "unit-carried", conf=0.8)
                parents[r.name] = owners
            if is_part and lex.title_at(t, m.end) and (prev is None or m.start >= prev.end):
                prev = m

    def _own_school(self) -> _Ref | None:
        """The whole school of the page (学校 before a department): the page's own
        institution, or the university of a college whose page it is."""
        own = self.own_institution()
        if own is not None and self._sub_college(own.name):
            uni = self._front_parent(own.name)
            own = _Ref("Organization", uni) if uni else None
        return own

    def _own_part(self, m: Mention, r: _Ref) -> _Ref:
        """The unit ``m`` under its own short name, taken back from the longer
        name ``r`` that another body's part of the same name was given."""
        old = self.entities.get((r.type, r.name))
        if old is not None:
            old.remove_mentions(m.start, m.end)
        mine = _Ref(r.type, m.name)
        self.ref[id(m)] = mine
        self.entity(mine.type, mine.name, m)
        return mine

    def _level_full(self, short: str, full: list[str], full_set: set[str], parts_too: bool = False) -> str | None:
        """The full name the article gives for a body written with its level
        first (省教育厅, 省发展改革委, 市人社局; ``nlp/data/abbreviations.txt``).
        With ``parts_too``, also a body abbreviated so only before its parts
        (市人大常委会; ``part_abbreviations.txt``), when the article or site
        names that body in full on its own."""
        wide, shortened = short, False
        for a, b in self.lex.abbreviations.items():
            if a in wide:
                wide, shortened = wide.replace(a, b, 1), True
                break
        site = self._site_unit()  # (市教育局 on 某某市教育局's own site)
        if parts_too and not shortened:
            a = next((a for a in self.lex.part_abbreviations if short.endswith(a)), None)
            if a is None:
                return None
            wide = short[: -len(a)] + self.lex.part_abbreviations[a]
        hits = {f for f in [*full, *([site] if site else [])]
                if f != short and f.endswith(wide) and _is_place_or_unit(f[: -len(wide)], full_set, wide)}
        return hits.pop() if len(hits) == 1 else None

    def _split_level_fronts(self, full: list[str], full_set: set[str], canon: dict[str, str],
                            fronts: set[str]) -> dict[str, str]:
        """A part of a body written after the body's short name by its level
        (省教育厅职业教育与成人教育处, 市总工会宣传教育部 in an article that names
        某某省教育厅, 某某市总工会): the part is named as written after that
        front, and is part of the body's full name. Returns part -> full parent."""
        out: dict[str, str] = {}
        site = self._site_unit()
        for name in full:
            if name[:1] in "省市县区镇乡" and name not in canon and (
                    whole := self._level_full(name, full, full_set) or self._level_full(name, full, full_set, parts_too=True)):
                canon[name] = whole  # 市人社局 for 某某市人力资源和社会保障局 (市人大常委会 for 某某市人民代表大会常务委员会)
            elif name not in canon and (a := next((a for a in self.lex.abbreviations if a in name), None)):
                wide = name.replace(a, self.lex.abbreviations[a], 1)
                if wide != name and (wide in full_set or wide == site):
                    canon[name] = wide  # 某某市人社局 for 某某市人力资源和社会保障局, named in full too
        # declared short names (某某市人力资源和社会保障局（以下简称“市人社局”）)
        declared: dict[str, str] = {}
        for am in self.alias_decls:
            before = next((f for f in full if self.t.endswith(f, 0, am.start())), None)
            if before:
                declared[am.group(1)] = canon.get(before, before)
        # a company's four-character short form (brand + first word of its trade) that
        # begins a department's name (某地鼋达智能装备股份有限公司 … 鼋达智能人力资源部)
        for company in (f for f in full if _COMPANY_TAIL.search(f)):
            core = _COMPANY_TAIL.sub("", company)
            shorts = [core[2:]] if 4 <= len(core) - 2 <= 6 else []  # 殣达物流 for 某州殣达物流有限公司
            shorts += _brand_forms(core, "集团" in company)  # 鼋达智能, 豻驰公司 …
            for short in shorts:
                if short not in declared and any(n.startswith(short) and n.endswith(_DEPARTMENT_ENDS)
                                                 and len(n) - len(short) >= 3 for n in full):
                    declared[short] = canon.get(company, company)
        # a school's short form written only before a college of it (某州职院汽车工程学院 in an
        # article naming 某州职业技术学院), as if declared: the college of that school
        for name in full:
            k = next((k for w in _SCHOOL_SHORT_ENDS if (k := name.find(w)) >= 2), -1)
            front, rest = name[: k + 2], name[k + 2 :]
            if k < 0 or front in declared or len(rest) < 4 or rest.endswith("产业学院") \
                    or not self.lex.org_suffixes.ending_at(rest, len(rest)):
                continue
            site = self._site_unit()
            schools = {f for f in [*full, *([site] if site else [])] if f != name and _abbreviates(front, f)
                       and f.endswith(tuple(self.lex.school_ends))
                       and not any(f != g and f.startswith(g) for g in full)}  # (the school, not one of its colleges; or the site's)
            if len(schools) == 1:
                declared[front] = canon.get(school := schools.pop(), school)
                if front in full_set and front not in canon:
                    canon[front] = declared[front]  # 与苞州职院…: the school written short on its own too
        longest_first = sorted([*full, *declared], key=len, reverse=True)
        declared_longest_first = sorted(declared, key=len, reverse=True)
        for name in full:
            # 鹔羽智能人力资源部 after 某某有限公司（以下简称“鹔羽智能”）: the company's 人力资源部
            alias = next((a for a in declared_longest_first if name.startswith(a) and len(name) - len(a) >= 2), None)
            if alias and name not in canon and f"“{name}”" in self.t and not name.endswith(("基地", *self.lex.school_ends)) \
                    and name != declared[alias] and "联合" not in name[len(alias) :] \
                    and (n := self.lex.org_suffixes.ending_at(name, len(name))) and self.lex.org_kind.get(name[-n:]) == "unit" \
                    and declared[alias].endswith(("公司", "集团")):
                out[name] = declared[alias]  # “某某新材院士工作站” after 某某新材料科技股份有限公司（以下简称“某某新材”）: a name of its own, the company's
                # (not a co-built “某某智能产业学院”, “某某实训基地” or “某某联合研发中心”, whose owners the text says otherwise)
                continue
            if alias and name not in canon and name[:1] not in "省市县区" and name != declared[alias] \
                    and not name.endswith(self.lex.legal_tails) \
                    and f"“{name}”" not in self.t and name[len(alias)] not in _JOIN_DASHES \
                    and any(a == len(alias) for a, _ in tokens(name)) \
                    and (pos_tag(next((name[a:b] for a, b in tokens(name) if a == len(alias)), "")) not in ("v", "vn")
                         or name.endswith(_DEPARTMENT_ENDS)):  # (耔丰装备|生产制造中心: a department)
                # (汇澄智能装备股份有限公司 is the alias's company itself; “某某实训基地” a name of its own;
                # 赓达智能|制造产业学院: a part named with a verb first is not the company's, 智能制造 reads on;
                # 某某新材|料产业学院: nor one where the alias ends inside a word)
                rest = name[len(alias):]
                n = self.lex.org_suffixes.ending_at(rest, len(rest))
                # (栒川汽车动力电池研究院: a company's institute; 高新区管委会人才发展局: a government's bureau)
                owns_parts = declared[alias].endswith(("公司", "集团", "管理委员会", "管委会", "人民政府"))
                if n and (self.lex.org_kind.get(rest[len(rest) - n :]) == "unit" or owns_parts and len(rest) - n >= 2):
                    rest = declared[alias] + rest if rest in self.lex.generic_orgs else rest
                    canon[name] = rest
                    out[rest] = declared[alias]
                continue
            if name[:1] not in "省市县区" and name not in canon and (part := self._part_after_short_body(name, canon, fronts)):
                rest, parent = part
                canon[name] = rest  # 开发区管委会人才发展局: the 局 of 某某经济技术开发区管理委员会
                out[rest] = parent
                continue
            if name[:1] not in "省市县区" and name not in canon and (part := self._part_after_abbreviated_body(name, full_set, site)):
                rest, parent = part
                canon[name] = rest  # 某某市人社局职业能力建设科: the 科 of 某某市人力资源和社会保障局
                out[rest] = canon.get(parent, parent)
                continue
            if site and name not in canon and name != site and not site.endswith(name) \
                    and not name.startswith(site) \
                    and (k := next((k for k in range(3, min(len(name) - 2, len(site))) if site.endswith(name[:k])
                                    and name[k - 1] == "院" and self.lex.org_suffixes.ending_at(name, k)), 0)) \
                    and name.endswith(_DEPARTMENT_ENDS) and not re.search("[和与及、]", name[k:]):
                canon[name] = name[k:]  # 研究生院学位办公室 on 某大学研究生院's own site: its 学位办公室 (a 院's short name only: a
                # bureau's, 教育局办公室, is written so by other bodies too)
                out[name[k:]] = site
                continue
            if name[:1] not in "省市县区" or name in canon:
                continue
            abbr = next((name[: k + len(a)] for a in self.lex.abbreviations if (k := name.find(a)) > 0), None)
            front = next((f for f in longest_first
                          if f != name and name.startswith(f) and len(name) - len(f) >= 3), None) or abbr or self._front_parent(name)
            if not front:
                # 市总工会宣传教育部 with 某某市总工会 named: the longest front the article names in full
                # (省人大常委会法制工作委员会 with 某某省人民代表大会常务委员会: or abbreviates so)
                front = next((name[:k] for k in range(len(name) - 3, 2, -1)
                              if self.lex.org_suffixes.ending_at(name, k) and word_freq(name[k - 1 : k + 1]) < 1000  # (市教育科|学研究院: 科学 is a word)
                              and (self._level_full(name[:k], full, full_set) or _abbreviated(name[:k], full))), None)
            if not front or front[:1] != name[:1]:
                continue
            parent = canon.get(front) or declared.get(front) or self._level_full(front, full, full_set) or _abbreviated(front, full) or (
                front if len(front) >= 3 and front.endswith(self.lex.parent_ends) else None)  # 省商务厅, named so only
            rest = name[len(front):]
            if parent and self.lex.org_suffixes.ending_at(rest, len(rest)) and len(rest) >= 3:
                if rest in self.lex.generic_orgs:
                    rest = parent + rest  # 区政府办公室: a generic part keeps its body's full name
                canon[name] = rest
                out[rest] = canon.get(parent, parent)  # (湓州市人社局 named in full elsewhere: the full name)
        return out

    def _part_after_abbreviated_body(self, name: str, full_set: set[str], site: str | None) -> tuple[str, str] | None:
        """(part, parent) of a part written after a government body's place
        and abbreviated name (某某市人社局职业能力建设科, 某县人大常委会某工作委员会:
        ``abbreviations.txt`` and ``part_abbreviations.txt``): the part is named
        alone, as after 市人社局, and its parent is the body's full name when
        the article or site gives it, else the body as written."""
        lex = self.lex
        short = lex_cached(lex, "body_abbreviations", lambda x: {**x.abbreviations, **x.part_abbreviations})
        for m in lex_pattern(lex, "body_abbreviations", lambda x: alternation(short)).finditer(name, 2):
            k, a = m.start(), m.group(0)
            b = short[a]
            if name[k - 1] not in "省市县区" or not b.endswith(("局", "厅", "委员会")):
                continue
            front, rest = name[: k + len(a)], name[k + len(a) :]
            if len(rest) < 3 or not lex.org_suffixes.ending_at(rest, len(rest)) or rest in lex.generic_orgs:
                return None
            wide = name[:k] + b
            if a in lex.part_abbreviations and not (wide in full_set or wide == site):
                return None  # (某县人大常委会某工作委员会 stays whole unless the notice names the standing committee in full)
            return rest, wide if wide in full_set or wide == site else front
        return None

    def _listed_subsidiaries(self, ordered: list[Mention]) -> None:
        """某集团……下辖甲公司、乙公司两家全资子公司 (某局内设办公室、人事科…6个科室):
        each unit listed after a verb of owning (``triggers.json`` owns_list) and
        before a count of subsidiaries (or of sections) is part of the body the
        sentence names last before the verb (局机关: the bureau whose site it is)."""
        t = self.t
        verbs = lex_pattern(self.lex, "owns_list", lambda x: alternation(x.triggers["owns_list"]))
        for vm in verbs.finditer(t):
            listed, pos = [], vm.end()
            for m in ordered:
                if m.start < pos:
                    continue
                if m.start > pos:
                    break
                listed.append(m)
                pos = m.end + (1 if t[m.end : m.end + 1] in "、和及" else 0)
            if not listed or not _SUBSIDIARY_COUNT.match(t, listed[-1].end):
                continue
            ss = max(t.rfind(c, 0, vm.start()) for c in "。！？!?；;\n") + 1  # (the sentence's start)
            owners = [m for m in ordered if ss <= m.start and m.end <= vm.start()]
            owner = self.ref.get(id(owners[-1])) if owners else None
            if owner is None and t.endswith("机关", 0, vm.start()) and (site := self._site_unit()) is not None \
                    and site.endswith(t[vm.start() - 3]):
                owner = _Ref("Organization", site)  # 局机关内设办公室、人事股…6个股室 on the bureau's own site
            if owner is None or owner.type != "Organization":
                continue
            for m in listed:
                r = self.ref.get(id(m))
                if r is not None and r.type == "Organization" and r != owner:
                    self.fact(r, "subOrganizationOf", owner, m.start, "subsidiary-listed", conf=0.85)

    def _canon_short_forms(self, units: list[Mention], full: list[str], canon: dict[str, str]) -> set[str]:
        """Short names that read as units of their own, mapped to the full
        name the article gives: a declared alias (某地港航集团有限公司（以下简称
        “港航集团”）), a company's name without its legal ending and place
        (港务集团 for 某地港务集团有限公司), and a government by its level
        (省政府 for 某某省人民政府, ``nlp/data/short_forms.txt``). Returns the
        article's full names and their fronts up to a legal ending, which the
        short forms were matched against."""
        lex = self.lex
        for am in self.alias_decls:
            short = am.group(1)
            before = [m for m in units if m.end <= am.start() and am.start() - m.end <= 2]
            if short in canon or not before or before[-1].name == short:
                continue
            if any(m.name == short for m in units):
                canon[short] = before[-1].name
        # the full names in the article, and the fronts of longer names up to a legal ending
        fronts: set[str] = set()
        site = self._site_unit()
        for f in [*full, site] if site else full:
            for tail in lex.legal_tails:
                k = f.find(tail)
                if k > 0:
                    fronts.add(f[: k + len(tail)])
                    break
            if f in lex.short_forms:
                continue  # (团市委 is no front of itself)
            for pre, ending in _short_form_endings(lex):  # (中国人民政治协商会议*市委员会: its first words, then its ending)
                if (k := f.find(ending)) > 0 and f.startswith(pre):
                    fronts.add(f[: k + len(ending)])
        for name in full:
            if name in canon or name in fronts:
                continue
            if (whole := self._short_form_of(name, fronts)) is not None:
                canon[name] = whole
        # 辳丰集团觽山分公司 for 某地辳丰现代农业集团有限公司觽山分公司, named in full too:
        # the same part after the group's short name
        for name in full:
            if name in canon or "集团" not in name[:-2]:
                continue
            g = name.find("集团") + 2
            rest = name[g:]
            if len(rest) < 3 or not lex.org_suffixes.ending_at(rest, len(rest)):
                continue
            hits = {f for f in full if f != name and f.endswith(rest) and self._group_short_of(name[:g], f[: -len(rest)])}
            if len(hits) == 1:
                canon[name] = hits.pop()
        return fronts

    def _short_form_of(self, name: str, fronts: set[str]) -> str | None:
        """The one full name (or front of one, up to a legal ending) in the
        article that ``name`` is a short form of: a government by its level
        (省政府), 开发区管委会 for 某某经济开发区管理委员会, 港务集团 for
        某地港务集团有限公司; None when there is none or more than one.
        ``fronts``: the article's full names and their fronts up to a legal ending."""
        lex = self.lex
        short = next((w for w in lex.short_forms if name.endswith(w) and len(name) - len(w) >= 2
                      and lex.short_forms[w] != w and name[0] not in "省市县区"), None)
        if name in lex.short_forms:
            # (团市委: a word before the level, so 共青团某市委员会 or 共青团某市委, which has 团 before it)
            word_first = name[0] not in "省市县区" and name[1] in "省市县区"
            forms = [e.rpartition("*") for e in lex.short_forms[name].split("|")]
            ends = tuple(e for _, _, e in forms)
            hits = {f for f in fronts if f.endswith(ends)  # (one C-level test first)
                    and any(f.endswith(e) and f.startswith(pre) and len(f) > len(pre) + len(e) for pre, _, e in forms)
                    and (not word_first or name[0] in f[: -len(name)])}
        elif short:  # 开发区管委会 for 某某经济开发区管理委员会
            pre, _, ending = lex.short_forms[short].rpartition("*")
            wide = pre + name[: -len(short)] + ending  # (某某市政协: 中国人民政治协商会议某某市委员会)
            hits = {f for f in fronts if f.endswith(wide) and len(f) > len(wide)}
        elif name.endswith("集团") and len(name) >= 4:
            hits = {f for f in fronts if self._group_short_of(name, f)}
        else:
            return None
        hits = self._site_as_written(hits)
        return hits.pop() if len(hits) == 1 else None

    def _site_as_written(self, names: set[str]) -> set[str]:
        """``names`` without the site's body when the text names it without its
        city (区政府 on 某市某区人民政府's site, whose text says 某区人民政府)."""
        site = self._site_unit()
        if site in names and site not in self.t and any(n != site and site.endswith(n) for n in names):
            return names - {site}
        return names

    def _part_after_short_body(self, name: str, canon: dict[str, str], fronts: set[str]) -> tuple[str, str] | None:
        """(part, parent) of a part written after a body's short form
        (开发区管委会人才发展局 in an article naming 某某经济技术开发区管理委员会):
        the part is named alone and belongs to the body's full name."""
        lex = self.lex
        for w in lex.short_forms:
            k = name.find(w, 2)
            if k < 0 or lex.short_forms[w] == w:
                continue
            front, rest = name[: k + len(w)], name[k + len(w) :]
            if len(rest) < 3 or not lex.org_suffixes.ending_at(rest, len(rest)) or rest in lex.generic_orgs or rest[0] in "和与及、":
                continue  # (街道办事处和某学校: two parties, no part)
            whole = canon.get(front) or self._short_form_of(front, fronts)
            if whole is not None and whole != front:
                return rest, whole
        return None

    def _group_short_of(self, name: str, f: str) -> bool:
        """Whether ``name`` (ending in 集团) is the short name of the company
        ``f`` (its legal ending kept): its name without the place (港务集团 for
        某地港务集团有限公司) or without its industry word too (焓光集团 for
        某地焓光能源集团有限公司)."""
        stem = next((f[: -len(w)] for w in self.lex.legal_tails if f.endswith(w)), "")
        pre = stem[: len(stem) - len(name)]
        if stem.endswith(name) and len(pre) <= 3 and all(is_cjk(c) for c in pre):
            return True
        return stem.endswith("集团") and len(name) >= 4 and name[:-2] in stem[:-2] and stem.find(name[:-2]) <= 3

    def _front_parent(self, name: str) -> str | None:
        """The whole body at the front of a unit's name that the text never
        names alone (某某大学|机床研究所, 某某市教育局|职成教科): a front ending
        in a body's name ending (``nlp/data/parent_ends.txt``), at a word
        boundary of the name, followed by a unit's name of its own."""
        memo = self.__dict__.setdefault("_fronts", {})
        if name not in memo:
            memo[name] = self._find_front_parent(name)
        return memo[name]

    def _granted_plaque(self, name: str) -> bool:
        """Whether ``name`` is a plaque's (某学院优质生源基地) that the text
        gives to another unit: 授予“…”, or the name before 牌匾 or 称号."""
        t, i = self.t, self.t.find(name)
        while i >= 0:
            if t.endswith(("授予", "授予“"), 0, i) or _PLAQUE_AFTER.match(t, i + len(name)):
                return True
            i = t.find(name, i + 1)
        return False

    def _front_chain(self, name: str) -> list[str]:
        """The bodies at the front of a unit's name, longest first
        (某学院智能制造学院专业委员会: 某学院智能制造学院, 某学院)."""
        out = []
        p = name
        while (p := self._front_parent(p)) is not None and p not in out:
            out.append(p)
        return out

    def _find_front_parent(self, name: str) -> str | None:
        lex = self.lex
        if name.startswith("中共") and (k := name.find("党校")) > 2 and len(name) - k - 2 >= 3 \
                and lex.org_suffixes.ending_at(name, len(name)):
            return name[: k + 2]  # 中共某省委党校党史教研部: a department of the party school
        if name.startswith(("中共", "共青团")) or "“" in name:
            return None  # 中共某某大学委员会: the party committee is no part of a 中共某某大学
        cuts: set[int] | None = None
        for k in range(len(name) - 3, 3, -1):
            front, rest = name[:k], name[k:]
            # (one C-level endswith over the tuple first: most fronts end in none)
            end = next((w for w in lex.parent_ends if front.endswith(w)), None) if front.endswith(lex.parent_ends) else None
            if end is None or front in lex.generic_orgs:
                continue
            if cuts is None:
                cuts = {b for _, b in tokens(name)}  # only for a name with a body's ending inside
            if k not in cuts and not (k - len(end) in cuts | {0} and word_freq(name[k : k + 2]) > 0 and len(end) >= 2):
                continue  # (but 某某大学|化学化工学院: jieba's word 大学化学 hides the university's end)
            suffix = lex.org_suffixes.ending_at(rest, len(rest))
            if not suffix or len(rest) - suffix < 1 or re.match(r"第[一二三四五六七八九十\d]+届", rest):
                continue
            if len(front) - len(end) < 2 or not all(is_cjk(c) for c in front):
                continue
            return front
        return None

    def own_institution(self) -> _Ref | None:
        """The school (or hospital) whose own site the page is: named alone (or
        before a site word such as 新闻网) on one of the page's first lines, else
        the school 我校/本校/我院 stands for (我院: or the hospital). None on any
        other page (memoised)."""
        if hasattr(self, "_own"):
            return self._own
        self._own = None
        lex = self.lex
        site = self._site_unit()
        if site and (site.endswith(lex.school_ends) or site.endswith("医院")) and not self._sub_college(site):
            self._own = _Ref("Organization", site)
            return self._own
        school = next((site[:k] for k in range(len(site) - 2, 3, -1) if site[:k].endswith(lex.school_ends)), None) \
            if site and not site.endswith(lex.school_ends) else None  # (某大学某学院: a college's own site, not the university's)
        if school is not None and not self._sub_college(school) and lex.org_kind.get(
                site[len(site) - lex.org_suffixes.ending_at(site, len(site)) :]) == "unit":
            self._own = _Ref("Organization", school)  # 某职业技术学院　人事处, 某大学党委组织部: a department's site of the school
            return self._own
        for line in self.t[:800].split("\n")[:6]:
            name = self._without_site_word(line.strip())
            if 4 <= len(name) <= 20 and all(is_cjk(c) for c in name) and name.endswith(self.lex.school_ends) \
                    and name[:2] not in _SCHOOL_FRONTS:  # (我校某某学院: a part of the school, not its name)
                self._own = _Ref("Organization", name)
                return self._own
        for m in self.ms:
            if m.kind == "ref" and m.text in ("我校", "本校", "我院", "本院") and id(m) in self.ref:
                r = self.ref[id(m)]
                if r.type == "Organization" and (r.name.endswith(self.lex.school_ends) or m.text.endswith("院") and r.name.endswith("医院")):
                    self._own = r  # (我院 on a hospital's page: the hospital)
                    return self._own
        if self._speaks_of_itself():
            # 学校召开…, 全校上下: the school the text names most (alone or in front of its units)
            counts: Counter[str] = Counter()
            for (ty, name) in self.entities:
                if ty != "Organization":
                    continue
                school = name if name.endswith(self.lex.school_ends) else self._front_parent(name)
                if school and school.endswith(self.lex.school_ends) and not self._sub_college(school):
                    counts[school] = self.t.count(school)  # (a college of the school, 马克思主义学院, is none)
            if counts:
                self._own = _Ref("Organization", counts.most_common(1)[0][0])
        return self._own

    def _speaks_of_itself(self) -> bool:
        """Whether the text uses a word of a school's report about itself
        (``nlp/data/own_refs.txt``) as a word of its own: not inside a unit's
        name (某职业学校党委书记 holds 学校党委) nor across words (安全校园
        holds 全校, 兄弟院校领导 holds 校领导). A school that holds something
        (某职业学校召开…, a headline of its own news) or its organ's own meeting
        (某职业学校党委（扩大）会议) speaks of itself."""
        t = self.t
        events = [(m.start, m.end) for m in self.ms if m.kind == "event"]
        names = [(m.start, m.end) for m in self.ms if m.kind in ("org", "community")]
        starts: set[int] | None = None
        for w in self.lex.own_refs:
            verb = w.endswith(("召开", "举行", "举办"))
            for k in occurrences(t, w):
                if any(a <= k < b for a, b in events):
                    return True
                if not verb and any(a <= k < b for a, b in names):
                    continue
                if starts is None:
                    starts = {a for a, _ in tokens(t)}
                if k in starts or k == 0 or not is_cjk(t[k - 1]):
                    return True
        # 报告会在学校体育馆举行: an occasion held in the school's own building, named by 学校 alone
        # (在|学校 as words of their own)
        held = [k for k in occurrences(t, "在学校") if self.lex.venues.at(t, k + 3) >= 2 and _HELD_SOON.match(t, k + 3)]
        if not held:
            return False
        spans = set(tokens(t))
        return any((k, k + 1) in spans and (k + 1, k + 3) in spans for k in held)

    def _name_bare_units(self, units: list[Mention]) -> list[Mention]:
        """A ``bare`` unit (教育基金会 in a run after 某大学党委书记) is the last
        institution's named before it in the same sentence or ；-list: it takes
        that institution's name in front; with none it is dropped."""
        t, lex, out = self.t, self.lex, []
        for m in units:
            if not m.info.get("bare"):
                out.append(m)
                continue
            ss = max(t.rfind("。", 0, m.start), t.rfind("\n", 0, m.start)) + 1
            parent = next(
                (u for u in reversed(out) if ss <= u.start < m.start and not u.info.get("named_after")
                 and lex.org_kind.get(u.info.get("suffix", ""), "institution") == "institution"
                 and lex.title_at(t, u.end)),  # the run's first unit: 某大学|党委书记
                None,
            )
            if parent is None:
                continue
            m.name = parent.name + m.name
            m.info = {**m.info, "bare": False, "named_after": parent.name}
            out.append(m)
        self.ms = [m for m in self.ms if not m.info.get("bare")]
        self._index()
        return out

    def _orgnames(self) -> set[str]:
        return {n for (ty, n) in self.entities if ty == "Organization"}

    def _boundary_before(self, i: int) -> bool:
        t = self.t
        if i == 0 or t[i - 1] in PUNCT:
            return True
        lex = self.lex
        if lex.stopwords.ending_at(t, i) or lex.title_at(t, i - 2) == 2 or lex.titles.ending_at(t, i):
            return True
        if i - 1 in self._pdt_ends and t.endswith(trigger_words(lex, "appoint"), 0, i):
            return True  # 某某任产业学院院长: the verb of taking the post right after a name
        w = next((w for w in trigger_words(lex, "represent") if t.endswith(w, 0, i)), None)
        if w is not None and i - len(w) in self._pdt_ends:
            return True  # 甲代表区政府、乙代表学院、丙代表公司签署: the body a name speaks or signs for
        return i in self._pdt_ends

    def _named_before(self, r: _Ref | None, i: int) -> bool:
        """Whether a mention before ``i`` stands for ``r``."""
        return r is not None and any(self.ref.get(id(m)) == r for m in self.between(0, i))

    def _resolve_ref(self, kind: str, data, i: int) -> _Ref | None:
        if kind == "alias":
            return data
        ends = data
        want = "Community" if kind == "community" else "Organization"
        r = self._site_ref(i, ends) if kind == "ana" else None
        if r is not None:
            return r
        r = self._resolve_ref_near(kind, ends, want, i)
        # 我院 beside 某职业技术学院商贸学院: the college itself, not its school of trade (but a page
        # that calls the college 学校, 学校教务处 or 代表学校致辞, is its school's own: 我院 is that school)
        if r is not None and self.t.startswith(("我院", "本院"), i) and self._sub_college(r.name) \
                and (front := self._front_parent(r.name)) is not None and front.endswith("学院") \
                and not _SCHOOL_SPOKEN_OF.search(self.t):
            r = _Ref("Organization", front)
        if r is not None and self.t.startswith(("该校", "我校", "本校"), i):
            r = self._university_of(r)
        if r is not None and self.t.startswith(("我校", "本校", "学校"), i):
            r = self._school_of(r)
        elif r is not None and self.t.startswith(("我院", "本院"), i) and self._guest_school(r.name):
            # 某职业技术学院院长某某一行来我院考察: the host, never the guests' school: the first
            # whole college the page names that is not a guest's (else as found)
            r = next((h for m in self.ms if m.kind == "org" and (h := self.ref.get(id(m))) is not None
                      and h.type == "Organization" and h.name.endswith(tuple(ends)) and h.name.endswith(self.lex.school_ends)
                      and not self._sub_college(h.name) and not self._guest_school(h.name) and not self._foreign(h.name)), r)
        return r

    def owner_ref(self, m: Mention) -> bool:
        """Whether the back-reference ``m`` (学校, 我校, 该校) only names the owner
        of the unit right after it (学校研究生院, 我校机械工程学院): that unit is
        the party of a relation, not the owner."""
        return m.kind == "ref" and any(o.kind == "org" and o.info.get("own_of") == m.text for o in self.between(m.end, m.end + 1))

    def _our_college(self) -> _Ref | None:
        """The unit the page's first 我院/本院 stands for (memoised)."""
        if "_our" not in self.__dict__:
            self._our = None
            i = min((k for k in (self.t.find("我院"), self.t.find("本院")) if k >= 0), default=-1)
            if i >= 0:
                self._our = self._resolve_ref("ana", self.lex.anaphora.get(self.t[i : i + 2], ("学院",)), i)
        return self._our

    def _school_in_a_title(self, ends) -> _Ref | None:
        """A school whose full name begins a title in 《》 on the page
        (《某职业技术学院产教融合成果巡礼》), for 我校 when the page names its
        school nowhere else; made an entity."""
        for m in _TITLE_SCHOOL.finditer(self.t):
            name = m.group(1)
            if name.endswith(tuple(ends)) and name.endswith(self.lex.school_ends) and not self._sub_college(name) \
                    and not re.search("[的与和及对在]|关于", name):  # (《关于…》, 《走进…的学院》: no name there)
                self.entity("Organization", name, span=(m.start(1), m.end(1)))
                return _Ref("Organization", name)
        return None

    def _site_unit(self) -> str | None:
        """The unit whose own site the page is, by the site's name over its
        nav bar (the reader's ``site``; 某某大学新闻网 without 新闻网), when
        that name is a unit's name."""
        if "_site" not in self.__dict__:  # (once per article)
            site = (self.a.metadata.get("site") or "").strip()
            parts = re.split(r"[\s\u3000]+", site)
            name = self._without_site_word(re.sub(r"[\s\u3000]+", "", site))  # (某某学院　新闻网)
            last = parts[-1]
            if len(parts) > 1 and last.endswith("主办"):
                last = last[:-2]  # 某某人大网　某市人大常委会主办: the site, then the body that runs it
            if len(parts) > 1 and len(last) >= 6 and (last.endswith(self.lex.legal_tails) or (n := self.lex.org_suffixes.ending_at(last, len(last)))
                                                      and self.lex.org_kind.get(last[-n:]) == "institution"):
                name = last  # 中国某某　某某电力工程有限公司: a group's brand, then the company's own legal name
                # (某某政协网　中国人民政治协商会议某某市委员会: the site, then the whole body it is of)
            ok = 4 <= len(name) <= 30 and all(is_cjk(c) for c in name) and self.lex.org_suffixes.ending_at(name, len(name))
            first = parts[0]
            if not ok and len(parts) == 2 and 4 <= len(first) <= 20 and all(is_cjk(c) for c in first) \
                    and (n := self.lex.org_suffixes.ending_at(first, len(first))) and self.lex.org_kind.get(first[-n:]) == "institution" \
                    and not self.lex.org_suffixes.ending_at(parts[1], len(parts[1])):
                name, ok = first, True  # 某某职业技术学院　工会之家: the school, then the name of its section's pages
            source = self.a.metadata.get("source") or ""
            if not name and source.endswith("学院") and 4 <= len(source) <= 20 and all(is_cjk(c) for c in source) \
                    and ("我院" in self.t or "本院" in self.t) and not re.search(re.escape(source) + "(?:常务)?副?院长", self.t):
                # (but 某学院院长某某 named by its college in the text: 我院 is the whole school, the credit a college's)
                # （交通运输学院　供稿） on a page that says 我院 and names no site: that college's
                # (named in full when the text gives its university in front: 某大学材料学院)
                longer = Counter(m.name for m in self.ms if m.kind == "org" and m.name.endswith(source) and len(m.name) > len(source))
                name, ok = (longer.most_common(1)[0][0] if longer else source), True
            if ok and name not in self.t:
                # 叻职电子信息学院 over a post that names 某州职业技术学院电子信息学院: the full name
                longer = {m.name for m in self.ms if m.kind == "org" and _short_front(name, m.name)}
                if not longer and (short := self.lex.school_short(name)) is not None and len(short[0]) >= 2:
                    # 某州职院 (a WeChat account) over a post that names 某州职业技术学院: the school
                    longer = {m.name for m in self.ms if m.kind == "org" and m.name.startswith(short[0]) and m.name.endswith(short[1])}
                if len(longer) == 1:
                    name = longer.pop()
            elif ok:
                # 某区人民政府门户网站 over a text that names 某市某区人民政府: the site's body with its city
                longer = {m.name for m in self.ms if m.kind == "org" and m.name.endswith(name) and len(m.name) > len(name)
                          and m.name[-len(name) - 1] in "省市县区州盟旗"}
                if len(longer) == 1:
                    name = longer.pop()
            self._site = name if ok else None
        return self._site

    def _without_site_word(self, name: str) -> str:
        """A site's name without its site word (某某大学新闻网 -> 某某大学)."""
        w = next((w for w in self.lex.site_words if name.endswith(w) and len(name) > len(w)), "")
        return name[: len(name) - len(w)]

    def _group_named_in_front(self, i: int) -> _Ref | None:
        """集团 for the company group (某某集团有限公司) the page has named only in
        front of one of its parts (某某集团有限公司某分公司) before ``i``, or whose own
        site the page is."""
        tails = tuple("集团" + w for w in self.lex.legal_tails)
        fronts = {f for m in self.between(0, i) if m.kind == "org" and (r := self.ref.get(id(m))) is not None
                  for f in self._front_chain(r.name) if f.endswith(tails)}
        site = self._site_unit()
        if not fronts and site and site.endswith(tails) and site in self.t:
            fronts = {site}
        if len(fronts) != 1:
            return None
        name = fronts.pop()
        self.entity("Organization", name)
        return _Ref("Organization", name)

    def _site_ref(self, i: int, ends) -> _Ref | None:
        """我院/本院 on a college's own site is that college, and 我校/本校 on a
        school's own site that school (on a college's site, the school in
        front of its name), and so is 学校: the page's owner, not the unit
        named last."""
        word = self.t[i : i + 2]
        if self.t.startswith("公司", i) and not self.t.startswith("子公司", i - 1):
            word = "公司"  # 公司 on a company's own site (or WeChat account): that company
        elif self.t.startswith(("我中心", "本中心", "中心"), i):
            word = "中心"  # 中心主任某某 on a 职业教育中心's own site: that centre
        elif self.t.startswith("医院", i):
            word = "医院"  # 在医院第二会议室 on a hospital's own site: that hospital
        if word not in ("我校", "本校", "我院", "本院", "学校", "学院", "公司", "中心", "医院"):
            return None  # (学院 alone on a college's own site: that college, not a 二级学院 named last)
        site = self._site_unit()
        if site is None:
            return None
        name = site
        if word.endswith("校") and self._sub_college(site):
            name = self._front_parent(site) or ""
        elif word != "公司" and not site.endswith(self.lex.school_ends) and (front := self._front_parent(site)) is not None \
                and front.endswith(self.lex.school_ends):
            name = front  # 某职业技术学院人事处's site: 我院 is the school, not its office
        if not name or not name.endswith(tuple(ends)) or (word.endswith("院") and not name.endswith("院")) \
                or (word == "中心" and not name.endswith("中心")):
            return None
        r = _Ref("Organization", name)
        self.entity("Organization", name)
        if name == site:
            parent = self._front_parent(site) or next(
                (n for ty, n in self.entities if ty == "Organization" and site.startswith(n) and len(n) < len(site)
                 and n.endswith(self.lex.school_ends)), None)
            if parent:
                self.entity("Organization", parent)
                self.fact(r, "subOrganizationOf", _Ref("Organization", parent), i, "unit-of-site", conf=0.9)
        return r

    def _sub_college(self, name: str) -> bool:
        """Whether ``name`` is a college inside a school (机械工程学院, 某大学新闻
        学院), not a school itself (某某职业技术学院, 某某师范学院): a 学院 by the
        bare ending, whose name starts with no place, or with a school's name."""
        if not name.endswith("学院") or "—" in name or "-" in name:
            return False
        lex = self.lex
        if lex.org_kind.get(name[-unit_word_len(lex, name, len(name)) :]) != "unit":
            return False  # 职业技术学院, 技师学院: a school (but 计算机科学与技术学院: two fields, a college)
        front = self._front_parent(name)
        if front is not None:
            return front.endswith(self.lex.school_ends)
        first = next((name[a:b] for a, b in tokens(name)), "")
        return not (len(first) >= 2 and (pos_tag(first) == "ns" or first[-1] in "省市县区"))

    def _guest_school(self, name: str) -> bool:
        """Whether the text introduces ``name`` as a guest's school (来自某大学
        的专家, 来自某省的某大学, 某大学副校长某某一行访问我校, 某大学代表团来访):
        a page does not say so of its own school."""
        t = self.t
        if name.startswith(self.lex.countries):
            return True  # 德国某某应用科学大学: a school abroad
        return any(
            re.search(r"来自[^，,。；;、：:\n]{0,8}$", t[max(0, k - 10) : k]) or _VISITORS_AFTER.match(t, k + len(name))
            for k in occurrences(t, name)
        )

    def _school_of(self, r: _Ref) -> _Ref | None:
        """我校/本校/学校 never stand for a college inside a school (the page of
        机械学院 says 由我校主办、机械学院承办): they are the school it is part of,
        else the one school the article names that is not introduced as a
        guest's (来自某大学); with no such school, or several, nothing."""
        if r.type != "Organization" or not (self._sub_college(r.name) or self._guest_school(r.name)):
            return r
        for rel in self.relations.values():
            if rel.s == r.name and rel.p == "subOrganizationOf" and rel.o.endswith(self.lex.school_ends) and not self._sub_college(rel.o) \
                    and not self._guest_school(rel.o):  # (某大学某某教授应邀来我院: a guest's school is never 学校)
                return _Ref("Organization", rel.o)
        schools = []
        for ty, name in self.entities:
            if ty != "Organization" or not name.endswith(self.lex.school_ends) or "—" in name or "-" in name:
                continue
            if self._sub_college(name) or self._guest_school(name) or name in schools:
                continue
            schools.append(name)
        if not schools:
            return r if not any(n.endswith("大学") for ty, n in self.entities if ty == "Organization") else None
        return _Ref("Organization", schools[0]) if len(schools) == 1 else None

    def _foreign(self, name: str) -> bool:
        """A unit abroad: named with its country first (芬兰某某应用科学大学) or
        in Latin letters (Norrvik理工学院), or named again without its country (某某应用科学大学工程与技术学院 after 芬兰某某应用科学大学)."""
        countries = self.lex.countries
        if name.startswith(countries) or name[:1].isascii() and name[:1].isalpha():
            return True  # (Norrvik理工学院: named in Latin letters, a school abroad)
        stems = self.__dict__.get("_foreign_stems")
        if stems is None:
            stems = self._foreign_stems = tuple(
                n[len(c):] for ty, n in self.entities if ty == "Organization" and n.startswith(countries)
                for c in countries if n.startswith(c) and len(n) - len(c) >= 4)
        return bool(stems) and name.startswith(stems)

    def _titled_part_after(self, m: Mention, i: int) -> bool:
        """Whether the unit ``m`` is followed, in its part of a run (up to a
        comma or 、, before ``i``), by one of its own parts and a title."""
        end = min((k for k in (self.t.find(c, m.end, i) for c in "，、；") if k >= 0), default=i)
        return any(x.kind == "org" and x.start in (m.start, m.end) and x.end > m.end and self.lex.title_at(self.t, x.end)
                   for x in self.between(m.start, end))

    def _university_of(self, r: _Ref) -> _Ref:
        """该校 for a college of a university (某大学新闻学院) is the university."""
        if not r.name.endswith("学院") or self.lex.org_kind.get("学院") != "unit":
            return r
        for ty, name in self.entities:
            if ty == "Organization" and name.endswith("大学") and r.name.startswith(name) and len(name) < len(r.name):
                return _Ref("Organization", name)
        return r

    def _resolve_ref_near(self, kind: str, ends, want: str, i: int) -> _Ref | None:

        def fits(r: _Ref | None) -> bool:
            return r is not None and r.type == want and (kind == "community" or r.name.endswith(tuple(ends)))

        ours = self.t.startswith(("我院", "我校", "本院", "本校"), i)
        # 学院党委书记某某 on a page that says 我院: our college, never a guest's from abroad
        home = ours or self.t.startswith("学院", i) and self.t[i - 1 : i] not in ("该", "我", "本", "学") and "我院" in self.t

        def built_with_us(r: _Ref | None) -> bool:
            # 我院与某集团共建的某某产业学院: an industry college built with a company is never 我院/我校
            return home and kind != "community" and r is not None and r.name.endswith("产业学院")
        if ours:
            # 某大学2025年校地企产教融合推进会在我校…: the school an occasion is named after hosts it
            starts = {m.start for m in self.ms if m.kind == "event" and m.start < i}
            host = next((self.ref[id(m)] for m in self.ms
                         if m.start in starts and m.kind == "org" and fits(self.ref.get(id(m)))
                         and not m.name.startswith(self.lex.countries) and not built_with_us(self.ref[id(m)])), None)
            if host is not None:
                return host
        here = self.sentence_of(i)[0]
        bare = self.t.startswith("学院", i) and not self.t.startswith("学院", i - 1) and (i == 0 or self.t[i - 1] not in "该我本")
        whole = bare and any(m.kind == "org" and (r := self.ref.get(id(m))) is not None and r.name.endswith("学院")
                             and not self._sub_college(r.name) and not self._guest_school(r.name) for m in self.between(0, i))
        company = self.t.startswith("公司", i) and self.t[i - 1 : i] not in ("该", "子", "本")
        subsidiary = tuple(self.lex.triggers["subsidiary"])
        for m in reversed(self.between(0, i)):  # the last fitting unit named before
            if company and self.t.endswith(subsidiary, 0, m.start):
                continue  # 公司全资子公司某某有限公司总经理…，公司人力资源部: 公司 is the parent, not its subsidiary
            if whole and self._sub_college(self.ref[id(m)].name if id(m) in self.ref else m.name):
                continue  # 学院党委书记 after 某职业技术学院 and its 食品工程学院: the whole college
            if ours and m.info.get("own_of", "").startswith("该") or home and (
                    self._foreign(m.name) or (r0 := self.ref.get(id(m))) is not None and self._foreign(r0.name)):
                continue  # 该校机电工程学院, 芬兰某某大学 (named again without 芬兰): another (a guest's) school is never 我院/我校
            if self.t.startswith(("我校", "本校", "该校"), i) and (r1 := self.ref.get(id(m))) is not None and self._sub_college(r1.name):
                continue  # 我校机械工程学院承办 … 我校校长某某: 我校 (该校) is the school, never one of its colleges
                # (某学校与某公司共建的某某产业学院揭牌仪式在该校…举行: the school, not the industry college)
            if ours and m.start >= here and (self.lex.title_at(self.t, m.end + (self.t[m.end : m.end + 1] == "原"))
                                             or self._titled_part_after(m, i)):
                # 某学院副院长某某，我院院长某某 (or 某学院智能制造学院院长某某): a guest's school
                # in the same run of officials, and never 我院 later on the page either
                if (r2 := self.ref.get(id(m))) is not None:
                    self._guest_units.add(r2)
                continue
            if ours and self.ref.get(id(m)) in self._guest_units:
                continue
            if home and not ours and m.start >= here and (r4 := self.ref.get(id(m))) is not None and fits(r4) \
                    and self.lex.title_at(self.t, m.end) and (our := self._our_college()) is not None and r4 != our:
                continue  # 在我院举行 … 某职业技术学院副院长某某，学院党委书记某某: a guest's school beside our 学院
            if built_with_us(self.ref.get(id(m))):
                continue  # 我院与某集团共建的某某产业学院…我院党委书记
            if self.t.endswith(("共建", "筹建", "组建"), 0, m.start) and m.name.endswith("产业学院"):
                continue  # 某学院与某公司签署共建某某产业学院协议。该院院长某某: a college still to be built is no 该院
            if ours and self.__dict__.get("_ours_whole") and (r3 := self.ref.get(id(m))) is not None and fits(r3) \
                    and self._sub_college(r3.name) and self._front_parent(r3.name) is None:
                continue  # 会议由我院承办 … 智能制造学院院长某某 … 由我院牵头: once 我院 was the whole college, not a college of it named bare
            if fits(self.ref.get(id(m))):
                if ours and not self._sub_college(self.ref[id(m)].name):
                    self._ours_whole = True
                return self.ref[id(m)]
        # 我校/学院 before any name: the unit the article names most (for 我校, not a foreign guest's)
        key = (want, kind, tuple(ends), home, ours)
        if key not in self._main_unit:
            counts = Counter(r for m in self.ms if fits(r := self.ref.get(id(m)))
                             and not (home and self._foreign(r.name))
                             and not built_with_us(r))
            if ours and all(self._sub_college(r.name) and self._front_parent(r.name) is None for r in counts) \
                    and (titled := self._school_in_a_title(ends)) is not None:
                # 我校… 观看了专题片《某职业技术学院产教融合成果巡礼》: the school the page names only
                # there, not one of its colleges named alone
                counts = Counter({titled: 1})
            # 我院 on a page that names its college only in passing (据悉，某学院现有…):
            # a school named only before a post (某职业技术学院副院长某某) is a guest's
            untitled = {r for m in self.ms if (r := self.ref.get(id(m))) in counts
                        and not self.lex.title_at(self.t, m.end) and not self._titled_part_after(m, len(self.t))} \
                if ours else set(counts)
            ends_order = list(ends)

            whole_first = home and any(not self._sub_college(r.name) and r.name.endswith(self.lex.school_ends) for r in untitled)

            def rank(r: _Ref) -> tuple[bool, bool, int, int]:  # named most; on a tie, the first ending of the word (我院: 学院 before 研究院)
                # (a whole school named bare beats a college of one named alone: 我院 … 食品工程学院实训中心 … 与某职业技术学院)
                whole = not whole_first or not (self._sub_college(r.name) and self._front_parent(r.name) is None)
                return r in untitled, whole, counts[r], -next((n for n, e in enumerate(ends_order) if r.name.endswith(e)), len(ends_order))

            self._main_unit[key] = max(counts, key=rank) if counts else None
        return self._main_unit[key]

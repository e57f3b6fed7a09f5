"""Byline metadata: 来源/作者/责编/审核/发布时间 fields and closing credits.

A *byline line* is a short line made of ``label：value`` fields
(``来源：党委宣传部 作者：陆佳琪 责编：孟雨菲``). A *credit* is the note that
closes some reports, ``(文/某人 图/某人)`` or ``文字/某人图片/某人编辑/某人``.
Person fields keep the name only (``宣传统战部　陈可馨`` gives ``陈可馨``).

>>> fields = parse_byline("来源：教务处  作者：宣传部 王小明  审核：李四  发布时间：2024-04-22")
>>> [(f.field, f.value) for f in fields]
[('source', '教务处'), ('author', '宣传部 王小明'), ('reviewer', '李四'), ('published', '2024-04-22')]
>>> person_name(fields[1].value)
'王小明'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhkg.ingest.dates import is_date_line, parse_date
from zhkg.ingest.patterns import load

__all__ = [
    "Field",
    "parse_byline",
    "is_byline_line",
    "person_name",
    "split_credit",
    "MetadataBuilder",
]

_SPACE_RUN = re.compile(r"[\s\u3000\u00a0]{2,}")
_NAME_SPLIT = re.compile(r"[\s\u3000\u00a0、,，;；/／]+")
_VALUE_STRIP = " \t\u3000\u00a0|｜【】[]［］（）()：:，,;；。·"
_PAREN_LINE = re.compile(r"^[（(\[【［](?P<inner>.*)[）)\]】］]$")
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


_BAR = re.compile(r"[\s\u3000\u00a0]*[|｜][\s\u3000\u00a0]*")
_CONTROLS = re.compile(r"[【\[［][^】\]］\n]{1,6}[】\]］]")
_COUNTER = re.compile(r"[\s\u3000\u00a0]+(?:阅读|浏览|点击)(?:量|数|次数)?[\s\u3000\u00a0:：]*[\d.,]+万?")  # 　阅读 3.2万

@dataclass(frozen=True)
class Field:
    """One labelled byline field: its metadata key ('' for others), label and value."""

    field: str
    label: str
    value: str


def _strip_value(value: str) -> str:
    """``value`` without the marks around it, but with the closing bracket of
    a bracket it opens (来源：党委组织部（人力资源部）)."""
    out = value.strip(_VALUE_STRIP)
    for o, c in (("（", "）"), ("(", ")")):
        if out.count(o) > out.count(c) and out + c in value:
            out += c
    return out


def _clean_value(value: str) -> str:
    # A run of two or more spaces ends a value (fields are spaced that way), and
    # so do bracketed page controls (作者：某某　【大】【中】【小】).
    value = _CONTROLS.split(value, maxsplit=1)[0]
    value = _SPACE_RUN.split(_strip_value(value), maxsplit=1)[0]
    value = _BAR.split(value, maxsplit=1)[0]  # 来源：企业文化部　|　阅读 1208: a bar ends it too
    value = _COUNTER.split(value, maxsplit=1)[0]  # 来源：某某客户端　阅读 3.2万: so does a reading count
    return _strip_value(value)


def _drop_unit_prefix(token: str) -> str:
    """学院新闻报道小组赖曾濂 -> 赖曾濂: cut a unit name glued before a 2-4 character name."""
    if len(token) <= 4 or not _HAN.search(token):
        return token
    suffixes = load().unit_suffixes
    for end in range(len(token) - 2, 1, -1):
        rest = token[end:]
        if 2 <= len(rest) <= 4 and any(token[:end].endswith(s) for s in suffixes):
            return rest
    return token


def _without_writer_label(value: str) -> str:
    """``value`` without a closing credit's author label at its start (作者：文/某某,
    作者：文字：某某, 文/图 某某; labels.json credit)."""
    pats = load()
    lm = pats.credit_label.match(value)
    if lm and pats.credit_field_of[lm["label"] or lm["spaced"]] == "author":
        return value[lm.end() :]
    return value


def _is_unit(token: str) -> bool:
    p = load()
    return len(token) >= 3 and token.endswith(p.unit_suffixes) or token in p.short_units  # (团委　某某: a unit of two characters)


def person_name(value: str) -> str | None:
    """The person name of a byline value, without the unit before it: the
    first name when several share the credit (the annotated corpora name one
    author, editor or reviewer).

    >>> person_name("宣传统战部　陈可馨"), person_name("学院新闻报道小组赖曾濂")
    ('陈可馨', '赖曾濂')
    >>> person_name("张三、李四"), person_name("张三 李四"), person_name("Jane Doe")
    ('张三', '张三', 'Jane Doe')
    """
    value = _without_writer_label(value.strip(_VALUE_STRIP)).strip(_VALUE_STRIP)  # 作者：文/某某　图/某某
    if not value:
        return None
    if _ASCII_NAME.match(value):
        return value
    tokens = [t.strip(_VALUE_STRIP) for t in _NAME_SPLIT.split(value)]
    tokens = [t for t in tokens if t]
    # 本报记者 某某 通讯员 某某: the role word goes, and another credit ends the names
    p = load()
    cut = next((i for i, t in enumerate(tokens) if i and p.other_credit.fullmatch(t)), len(tokens))
    tokens = [t for t in tokens[:cut] if not p.reporter_word.fullmatch(t)]
    if not tokens:
        return None
    people = [t for t in tokens if not _is_unit(t)] or tokens[-1:]
    return _drop_unit_prefix(people[0])


_HEAD_REPORTER = re.compile(r"[ \u3000]+(?P<name>[\u4e00-\u9fff·]{2,5})(?=[ \u3000]|$)")


def parse_byline(line: str) -> list[Field]:
    """The ``label：value`` fields of a line, in order (empty if it has none)."""
    pats = load()
    matches = list(pats.byline_field.finditer(line))
    out: list[Field] = []
    head = line[: matches[0].start()] if matches else line
    if is_date_line(head.strip(" \u3000").split("\u3000")[0].split(" ")[0]):
        # 2025-10-17　文/某某　阅读量：587: a credit between the date and the first label
        for c in pats.inline_credit.finditer(head):
            out.append(Field(pats.field_of.get(c["label"], ""), c["label"], c["name"]))
    elif matches and (r := pats.reporter_word.match(head)) and (n := _HEAD_REPORTER.match(head, r.end())):
        # 某某晚报全媒体记者 王某　通讯员 李某　2026-05-12　来源：…: the first reporter before the labels
        out.append(Field("author", "记者", n["name"]))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        label = re.sub(r"[ \u3000]", "", m["label"])  # 索 引 号: a spread-out label
        raw = line[m.end() : end]
        # 来源：某某日报　记者 某某　通讯员 某某, 来源：某学院　文/某某　审核/某某:
        # credits run on inside the value, each with its own label
        credits = list(pats.inline_credit.finditer(raw))
        if credits:
            raw = raw[: credits[0].start()]
        value = _clean_value(raw)
        field = pats.field_of.get(label, "")
        if label in pats.weak_labels and not is_date_line(value):
            field = ""  # 时间：3月15日下午: a notice's time, not the publication date
        out.append(Field(field, label, value))
        for c in credits:
            out.append(Field(pats.field_of.get(c["label"], ""), c["label"], c["name"]))
    return out


def is_byline_line(line: str) -> bool:
    """Whether ``line`` is a byline: label fields, short, and no sentence of prose.

    >>> is_byline_line("(责编:张三 审核:李四)"), is_byline_line("来源：本网  2024-03-18")
    (True, True)
    >>> is_byline_line("会上，张三介绍了情况。来源：本网")
    False
    """
    pats = load()
    if len(line) > 200:
        return False
    m = _PAREN_LINE.match(line)
    inner = m["inner"] if m else line
    first = pats.byline_field.search(inner)
    if not first:
        return False
    prefix = inner[: first.start()]
    if len(prefix) > 40 or "。" in inner or "，" in prefix:
        return False
    fields = parse_byline(inner)
    if all(f.label in pats.weak_labels and not f.field for f in fields):
        return False  # only 时间：… with no dated value: prose of a notice
    return True


# （某单位　某某　整理）, （记者 某某 报道）: a credit whose verb comes after the name
_WRITER_AFTER = re.compile(r"[（(](?P<who>[^（()）：:]{2,30}?)[ \u3000]+(?P<verb>整理|撰稿|撰文|报道|供稿)[）)]\s*$")
_REPORTER_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
# （某学院　某某）: a unit and a name, spaced, closing the last line
_UNIT_AND_WRITER = re.compile(r"[（(](?P<unit>[\u4e00-\u9fff]{3,20})[ \u3000\t]+(?P<name>[\u4e00-\u9fff]{2,4})[）)]\s*$")


def _surname_first(name: str) -> bool:
    from zhkg.nlp.lexicon import get_lexicon

    return get_lexicon().surname_len(name) > 0


def split_credit(line: str) -> tuple[str, str, list[Field]]:
    """Split a closing credit off the end of a body line.

    Returns ``(body, kept, fields)``: the line without the credit, the part of
    the credit to keep in the text (photo credits, "" if none), and the
    author/editor/reviewer fields read from it.

    >>> split_credit("会议圆满结束。（图/王五、赵六文/张三）")
    ('会议圆满结束。', '（图/王五、赵六）', [Field(field='author', label='文', value='张三')])
    >>> split_credit("会议圆满结束。文字/张三图片/王五编辑/李四")[:2]
    ('会议圆满结束。', '图片/王五')
    """
    pats = load()
    body, credit, opener, closer = line, "", "", ""
    w = _WRITER_AFTER.search(line)
    if w and (name := person_name(w["who"])) and _REPORTER_NAME.fullmatch(name) and _surname_first(name):
        # （市政府办公室　某某　整理）: the writer named before the verb of writing
        return line[: w.start()].rstrip(), "", [Field("author", w["verb"], name)]
    if w and w["verb"] == "供稿" and _is_unit(w["who"].strip(" \u3000")):
        # （交通运输学院　供稿）: the unit that supplied the report
        return line[: w.start()].rstrip(), "", [Field("source", w["verb"], w["who"].strip(" \u3000"))]
    u = _UNIT_AND_WRITER.search(line)
    if u and _is_unit(u["unit"]) and u["name"] not in load().unit_suffixes and _surname_first(u["name"]) \
            and not _is_unit(u["name"]) and not _WRITER_AFTER.search(line):
        # （物流管理学院　某某）: the unit that reports and its writer
        return line[: u.start()].rstrip(), "", [Field("source", "", u["unit"]), Field("author", "", u["name"])]
    m = re.search(r"[（(](?P<inner>[^（()）]*)[）)]\s*$", line)
    unit_first = None
    if m and (um := re.match(r"\s*(?P<unit>[^\s\u3000/：:]{2,20})[\s\u3000]+", m["inner"])) and _is_unit(um["unit"]) \
            and pats.credit_label.match(m["inner"][um.end():]):
        unit_first = um["unit"]  # （校企合作处　文/某某　审核/某某）: the unit that reports, then the credit
    if m and (pats.credit_label.match(m["inner"].strip()) or unit_first):
        body, credit = line[: m.start()], m["inner"][um.end():].strip() if unit_first else m["inner"].strip()
        opener = line[m.start()]
        closer = "）" if opener == "（" else ")"
    else:
        ends = list(pats.sentence_end.finditer(line))
        start = ends[-1].end() if ends else 0
        tail = line[start:].strip()
        if tail and pats.credit_label.match(tail) and len(tail) < 80:
            body, credit = line[:start], tail
    if not credit:
        return line, "", []
    labels = list(pats.credit_label.finditer(credit))
    fields: list[Field] = []
    kept: list[str] = []
    for i, lm in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(credit)
        value = credit[lm.end() : end].strip(_VALUE_STRIP)
        label = lm["label"] or lm["spaced"]
        field = pats.credit_field_of[label]
        if field:
            fields.append(Field(field, label, value))
        else:
            kept.append(credit[lm.start() : end].strip())
    kept_text = " ".join(kept)
    if kept_text and opener:
        kept_text = f"{opener}{kept_text}{closer}"
    if unit_first:
        fields.insert(0, Field("source", "", unit_first))
    return body.rstrip(), kept_text, fields


class MetadataBuilder:
    """Collects candidate values and keeps, per field, the best-ranked first one."""

    def __init__(self) -> None:
        self._best: dict[str, tuple[tuple[int, int], str]] = {}
        self._order = 0
        self.dateline: tuple[int, int] | None = None  # (month, day) of a report's dateline, which gives no year

    def offer(self, field: str, value: str | None, tier: int, label: str = "") -> None:
        """Offer ``value`` for ``field``; lower ``tier`` wins, then label rank, then order."""
        if not field or not value:
            return
        if field == "published":
            value = parse_date(value)
        elif field in ("author", "editor", "reviewer"):
            value = person_name(value)
        else:
            value = _strip_value(value)
        if not value:
            return
        rank = load().label_rank.get(label, 50)
        key = (tier, rank)
        self._order += 1
        if field not in self._best or key < self._best[field][0]:
            self._best[field] = (key, value)

    def offer_fields(self, fields: list[Field], tier: int) -> None:
        for f in fields:
            field = f.field
            if f.label in load().poster_labels and _is_unit(f.value.strip(_VALUE_STRIP)):
                field = "source"  # 发布者：党委宣传部: the posting unit, not an author
            self.offer(field, f.value, tier, f.label)

    def has(self, field: str) -> bool:
        return field in self._best

    def result(self) -> dict[str, str | None]:
        keys = ("source", "published", "author", "editor", "reviewer")
        return {k: (self._best[k][1] if k in self._best else None) for k in keys}

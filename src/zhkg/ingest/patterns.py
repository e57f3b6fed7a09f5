"""The ingestion patterns and labels, read once from the data files.

``data/labels.json`` lists the byline labels (来源, 作者, 责编, 审核, 发布时间 ...)
and ``data/boilerplate.json`` the page furniture (nav bars, breadcrumbs,
print/close links, prev/next, related-news headers, footers). Both are loaded
and compiled on first use and cached for the life of the process.

>>> p = load()
>>> p.field_of["责编"], p.field_of["信息来源"]
('editor', 'source')
>>> bool(p.is_tail("【打印本页】 【关闭窗口】"))
True
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Patterns", "load", "METADATA_FIELDS"]

#: The metadata fields a byline can give (``title`` comes from the headline).
METADATA_FIELDS = ("source", "author", "editor", "reviewer", "published")


def _read_json(name: str) -> dict[str, Any]:
    text = resources.files("zhkg.ingest").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def _alternation(words: list[str], spaced: bool = False) -> str:
    """A regex alternation of ``words``, longest first so that 信息来源 beats 来源;
    with ``spaced``, a word may be spread out by up to two spaces between its
    characters as on a government page (索 引 号, 发 布 日 期, 文　　号)."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        if spaced and len(w) >= 2:
            out.append("[ \u3000]{0,2}".join(re.escape(c) for c in w))
        else:
            out.append(re.escape(w))
    return "|".join(out)


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True)
class Patterns:
    """Compiled labels and boilerplate patterns (see the module docstring)."""

    field_of: dict[str, str]
    label_rank: dict[str, int]
    byline_field: re.Pattern[str]
    credit_label: re.Pattern[str]
    credit_field_of: dict[str, str]
    nav: re.Pattern[str]
    # a site's name before a nav bar's first word (某某学院  首页 | …) or a breadcrumb (某某网　首页 > …)
    nav_word_after: re.Pattern[str]
    site_crumb: re.Pattern[str]
    crumb_head: re.Pattern[str]  # a breadcrumb's first step (某某学院新闻网 >> 综合新闻)
    junk: re.Pattern[str]
    tail: re.Pattern[str]
    footer: re.Pattern[str]
    inline_tail: re.Pattern[str]
    bullet: re.Pattern[str]
    site_name: re.Pattern[str]
    sentence_end: re.Pattern[str]
    glued_links: re.Pattern[str]
    unit_suffixes: tuple[str, ...]
    short_units: frozenset[str]
    founded: tuple[str, ...]
    supplied_by: re.Pattern[str]
    weak_labels: frozenset[str] = frozenset()
    account_name: re.Pattern[str] = re.compile(r"(?!)")
    headline_list_min: int = 3
    poster_labels: frozenset[str] = frozenset()
    inline_credit: re.Pattern[str] = re.compile(r"(?!)")
    paper_header: re.Pattern[str] = re.compile(r"(?!)")
    masthead: re.Pattern[str] = re.compile(r"(?!)")
    owner: re.Pattern[str] = re.compile(r"(?!)")
    page_number: re.Pattern[str] = re.compile(r"(?!)")
    wire: re.Pattern[str] = re.compile(r"(?!)")
    wire_bare: re.Pattern[str] = re.compile(r"(?!)")
    other_credit: re.Pattern[str] = re.compile(r"(?!)")
    reporter_word: re.Pattern[str] = re.compile(r"(?!)")
    # a site's name and one of its columns (某市人民政府　领导活动)
    section_line: re.Pattern[str] = re.compile(r"(?!)")

    def is_nav(self, line: str) -> bool:
        return bool(self.nav.search(line))

    def is_junk(self, line: str) -> bool:
        return bool(self.junk.search(line))

    def is_tail(self, line: str) -> bool:
        return bool(self.tail.search(line))

    def is_footer(self, line: str) -> bool:
        return bool(self.footer.search(line))


@cache
def load() -> Patterns:
    """Read and compile the data files (once per process)."""
    labels = _read_json("labels.json")
    bp = _read_json("boilerplate.json")
    field_of: dict[str, str] = {}
    rank: dict[str, int] = {}
    for fld, words in labels["fields"].items():
        for i, w in enumerate(words):
            field_of.setdefault(w, fld)
            rank.setdefault(w, i)
    all_labels = list(field_of) + list(labels["other"])
    # A label starts a line or follows white space / a bracket / a separator /
    # an emoji (📝文字：, ✏️编辑：), and is followed by a colon.
    byline_field = re.compile(
        r"(?:^|(?<=[\s|｜【\[［（(，,;；/、\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]))(?P<label>" + _alternation(all_labels, spaced=True) + r")\s*(?:[:：丨｜]|\s\|\s)\s*"
    )
    credit = labels["credit"]
    credit_field_of: dict[str, str] = {}
    for fld, words in credit["fields"].items():
        for w in words:
            credit_field_of[w] = fld
    for w in credit["keep"]:
        credit_field_of[w] = ""
    long_labels = [w for w in credit_field_of if len(w) >= 2]
    credit_label = re.compile(  # 文：某某, 图/某某, and labels of two characters or more spaced: 审核 某某, 文/图 某某
        r"(?:(?P<spaced>" + _alternation(long_labels) + r")[ \u3000]+(?=[\u4e00-\u9fff])"
        r"|(?P<label>" + _alternation(list(credit_field_of)) + r")\s*[/／:：]\s*)"
    )
    return Patterns(
        field_of=field_of,
        label_rank=rank,
        byline_field=byline_field,
        credit_label=credit_label,
        credit_field_of=credit_field_of,
        nav=_any(bp["nav"]),
        nav_word_after=re.compile(r"[ \u3000]+(?:" + _alternation(bp["nav_words"]) + r")$"),
        site_crumb=re.compile(r"([^\s\u3000。，！？；：:>＞›»→]{2,20})[ \u3000]+(?:" + _alternation(bp["nav_words"])
                              + r")\s*[>＞›»→]"),
        crumb_head=re.compile(r"([^\s\u3000。，！？；：:>＞›»→]{4,30})[ \u3000]*[>＞›»→]"),
        junk=_any(bp["junk"]),
        tail=_any(bp["tail"]),
        footer=_any(bp["footer"]),
        inline_tail=re.compile(bp["inline_tail"]),
        bullet=re.compile(bp["bullet"]),
        site_name=re.compile(bp["site_name"]),
        sentence_end=re.compile(bp["sentence_end"]),
        glued_links=re.compile(bp["glued_links"]),
        unit_suffixes=tuple(sorted(bp["unit_suffixes"], key=len, reverse=True)),
        short_units=frozenset(bp.get("short_units", ())),
        founded=tuple(labels["dateline"].get("founded", ())),
        supplied_by=re.compile(
            r"^[（(](?P<unit>[^（()）]{2,40}?)(?:" + _alternation(labels["supplied_by"]["suffixes"]) + r")[）)]$"
        ),
        weak_labels=frozenset(labels.get("weak", {}).get("labels", ())),
        account_name=re.compile(bp["account_name"]),
        section_line=re.compile(r"^(?P<site>[\u4e00-\u9fff]{4,20})[ \u3000]+(?:"
                                + _alternation(bp.get("section_words", [])) + r")$"),
        headline_list_min=int(bp.get("headline_list_min", 3)),
        poster_labels=frozenset(labels["poster"]["labels"]),
        inline_credit=re.compile(
            r"[\s\u3000]+(?P<label>" + _alternation(labels["inline_credit"]["labels"])
            + r")\s*[/／:：\s\u3000]\s*(?P<name>[^\s\u3000/／:：]{2,12})"
        ),
        # the site's owner in its footer (主办单位：某市某区人力资源和社会保障局, 版权所有：…)
        owner=re.compile(r"(?:" + _alternation(bp.get("owner_labels", [])) + r")\s*[：:]?\s*(?P<owner>[\u4e00-\u9fff（）()]{4,40})"),
        # a newspaper's name alone on a line (某某日报), over its page line (第05版：教育)
        masthead=re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:" + _alternation(bp["newspaper_ends"]) + r")(?:"
                            + _alternation(bp.get("masthead_suffixes", [])) + r")?$"),  # 某某日报, 某某日报数字报
        page_number=re.compile(r"^(?:第\s*[0-9０-９]{1,3}\s*版|[A-Z]?[0-9０-９]{1,3}\s*版[：:])"),
        # a report's dateline: 新华社南京5月20日电（记者 某某）, 央广网某地5月28日消息（记者 某某）,
        # 本报讯（记者 某某…）, or the bracket alone
        wire=re.compile(
            r"^(?:"
            r"(?:[【\[]?(?P<src>[\u4e00-\u9fff]{2,8}?(?:社|网|报|台))[】\]]?\s*)?"
            r"(?:[\u4e00-\u9fff]{2,6})?\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*(?:[电讯]|消息)"
            r"|(?:" + _alternation(labels["dateline"]["own_press"]) + r"|(?P<src2>[\u4e00-\u9fff]{2,8}?(?:报|网|台)))讯"
            r")?\s*[（(]\s*(?:" + _alternation(labels["dateline"]["own_press"]) + r")?(?:"
            + _alternation(labels["dateline"]["reporters"]) + r")\s*(?P<names>[^）)]{2,40})[）)]\s*"
        ),
        # a dateline with no reporters after it: 某某社某地11月6日电　2025年11月5日，…
        wire_bare=re.compile(
            r"^[【\[]?(?P<src>[\u4e00-\u9fff]{2,8}?(?:社|网|报|台))[】\]]?(?:[\u4e00-\u9fff]{2,6})?\s*"
            r"(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*(?:电|消息)[\s\u3000]+"
        ),
        other_credit=re.compile(_alternation(labels["dateline"]["other_credits"])),
        reporter_word=re.compile(r"(?:" + _alternation(labels["dateline"]["own_press"]) + r"|[\u4e00-\u9fff]{2,10}?(?:"
                                 + _alternation(labels["dateline"].get("press_ends", [])) + r"))?(?:"
                                 + _alternation(labels["dateline"]["reporters"]) + r")"),
        # a newspaper's page header: 某某日报　2025年5月26日　第03版
        paper_header=re.compile(
            r"(?P<paper>[\u4e00-\u9fff]{2,10}?(?:" + _alternation(bp["newspaper_ends"]) + r"))[\s\u3000]+\d{4}年\d{1,2}月\d{1,2}日"
        ),
    )

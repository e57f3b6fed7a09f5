"""Dates in Chinese news text, resolved against the publication date.

>>> [(d.text, d.iso) for d in find_dates("3月15日上午，大会召开。", "2024-03-18")]
[('3月15日', '2024-03-15')]
>>> resolve_month_day(12, 30, "2024-01-02")
'2023-12-30'

:func:`find_event_dates` adds the dates news prose gives relative to another
one (``当天``, ``次日``, a bare ``16日``, ``上周五``; patterns in
``nlp/data/relative_dates.json``) and drops the end of a range:

>>> [(d.text, d.iso) for d in find_event_dates("3月15日至17日举行。16日下午，决赛开始。次日闭幕。", "2024-03-20")]
[('3月15日', '2024-03-15'), ('16日', '2024-03-16'), ('次日', '2024-03-17')]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["DateMention", "find_dates", "find_event_dates", "parse_iso", "resolve_month_day"]

_DIGIT = r"[0-9０-９]"
_CN = "〇零一二三四五六七八九十"
_DATE_RE = re.compile(
    rf"(?:(?P<y>(?:19|20){_DIGIT}{{2}}|[一二〇零][{_CN}]{{3}})\s*年\s*)?"
    rf"(?P<m>{_DIGIT}{{1,2}}|[{_CN}]{{1,2}})\s*月\s*(?P<d>{_DIGIT}{{1,2}}|[{_CN}]{{1,3}})\s*[日号]"
    rf"|(?P<y2>(?:19|20){_DIGIT}{{2}})[-/.](?P<m2>{_DIGIT}{{1,2}})[-/.](?P<d2>{_DIGIT}{{1,2}})"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str | None
    kind: str = "full"  # full, range_end, day, same_day, next_day, prev_day, weekday


def _num(s: str) -> int:
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits["〇"] = 0
    if len(s) == 4 and all(c in digits for c in s):  # 二〇二四
        return int("".join(str(digits[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        return (digits.get(a, 1) if a else 1) * 10 + (digits.get(b, 0) if b else 0)
    return digits.get(s, 0)


def parse_iso(value: str | None) -> dt.date | None:
    """A date from an ISO string, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_month_day(month: int, day: int, published: str | None) -> str | None:
    """ISO date for a month and day: the latest year that puts it on or
    before the publication date (None without a publication date)."""
    pub = parse_iso(published)
    if pub is None:
        return None
    for year in (pub.year, pub.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= pub:
            return d.isoformat()
    return None


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date expression of ``text`` with its ISO value where it is valid."""
    out = []
    for m in _DATE_RE.finditer(text):
        if m.group("y2"):
            y, mo, d = _num(m.group("y2")), _num(m.group("m2")), _num(m.group("d2"))
        else:
            y = _num(m.group("y")) if m.group("y") else None
            mo, d = _num(m.group("m")), _num(m.group("d"))
        iso = None
        try:
            if y:
                iso = dt.date(y, mo, d).isoformat()
            else:
                iso = resolve_month_day(mo, d, published)
        except ValueError:
            iso = None
        out.append(DateMention(m.start(), m.end(), m.group(0), iso))
    return out


@cache
def _relative_conf() -> dict[str, Any]:
    raw = json.loads(resources.files("zhkg.nlp.data").joinpath("relative_dates.json").read_text("utf-8"))

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    conf: dict[str, Any] = {"offset": {}}
    for key, off in (("same_day", 0), ("next_day", 1), ("prev_day", -1)):
        for w in raw[key]:
            conf["offset"][w] = off
    conf["weekdays"] = raw["weekdays"]
    conf["from_pub"] = {w: off for off, words in (
        (0, raw["publication_day"]), (-1, raw["day_before_publication"]), (-2, raw["two_days_before_publication"]))
        for w in words}
    pub_words = list(conf["from_pub"]) or ["\uffff"]  # (no words: a group that never matches)
    conf["rx"] = re.compile(
        rf"(?P<rel>{alt(list(conf['offset']))})"
        rf"|(?P<pub>{alt(pub_words)})"
        rf"|(?P<wk>{alt(raw['last_week'])})(?P<wd>[{raw['weekdays']}])"
        rf"|(?P<tw>{alt(raw['this_week'])})(?P<twd>[{raw['weekdays']}])"
        rf"|(?P<mo>{alt(raw['this_month'] + raw['last_month'])})(?P<mday>{_DIGIT}{{1,2}})\s*日(?!{alt(raw['day_not_after'])})"
        rf"|(?<![0-9０-９月日号.．/\-])(?P<day>{_DIGIT}{{1,2}})\s*日(?!{alt(raw['day_not_after'])})"
    )
    conf["not_before"] = tuple(sorted(raw["day_not_before"], key=len, reverse=True))
    conf["month_back"] = {**{w: 0 for w in raw["this_month"]}, **{w: 1 for w in raw["last_month"]}}
    return conf


_RANGE_GAP = re.compile(r"(?:上午|下午|晚上|中午|凌晨|早上)?\s*(?:至|到|—{1,2}|–|-|－|~|～)\s*$")
_NOT_SAME = ("不", "相", "在同")  # 不同日, 相同日: not a date


def _shift(d: dt.date | None, days: int) -> dt.date | None:
    return d + dt.timedelta(days=days) if d is not None else None


def _day_in_month(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_day(day: int, last_full: dt.date | None, pub: dt.date | None) -> dt.date | None:
    """A bare day (16日): in the month of the last full date named before it
    (the next month if the day is earlier than that date and the next month
    is not after publication), else in the month of publication, a month
    earlier if the day is after the publication day."""
    if last_full is not None and (pub is None or dt.timedelta(0) <= pub - last_full <= dt.timedelta(days=62)):
        d = _day_in_month(last_full.year, last_full.month, day)
        if day < last_full.day:
            y, m = (last_full.year + 1, 1) if last_full.month == 12 else (last_full.year, last_full.month + 1)
            nxt = _day_in_month(y, m, day)
            if nxt is not None and (pub is None or nxt <= pub):
                d = nxt
        return d if d is not None and (pub is None or d <= pub) else None
    if pub is None:
        return None
    if day <= pub.day:
        return _day_in_month(pub.year, pub.month, day)
    y, m = (pub.year - 1, 12) if pub.month == 1 else (pub.year, pub.month - 1)
    return _day_in_month(y, m, day)


def find_event_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date of ``text`` that can date an event, in text order: the full
    dates of :func:`find_dates` (the end of a range ``3月15日至17日`` marked
    ``range_end`` and left out), and the relative ones, resolved against the
    date named last before them or the publication date. A relative date
    that cannot be resolved safely (当天 with no date before it, a day after
    a range) is left out.

    >>> [(d.text, d.iso) for d in find_event_dates("上周五，学院召开大会。", "2024-03-20")]
    [('上周五', '2024-03-15')]
    >>> [(d.text, d.iso) for d in find_event_dates("30日内完成；当天报名。", "2024-03-20")]
    []
    """
    conf = _relative_conf()
    pub = parse_iso(published)
    full = find_dates(text, published)
    marks: list[tuple[int, int, str, str | None, str]] = []
    prev_end = -1
    for f in full:
        gap = text[prev_end:f.start] if prev_end >= 0 else ""
        kind = "range_end" if prev_end >= 0 and len(gap) <= 6 and _RANGE_GAP.search(gap) else "full"
        marks.append((f.start, f.end, f.text, f.iso, kind))
        prev_end = f.end
    spans = [(a, b) for a, b, *_ in marks]
    for m in conf["rx"].finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if m.group("rel"):
            if text[max(0, m.start() - 2) : m.start()].endswith(_NOT_SAME):
                continue
            marks.append((m.start(), m.end(), m.group(0), None, "rel"))
        elif m.group("wk"):
            marks.append((m.start(), m.end(), m.group(0), None, "weekday"))
        elif m.group("tw"):
            marks.append((m.start(), m.end(), m.group(0), None, "this_weekday"))
        elif m.group("pub"):
            marks.append((m.start(), m.end(), m.group(0), None, "from_pub"))
        elif m.group("mo"):
            marks.append((m.start(), m.end(), m.group(0), None, "month_day"))
        else:
            before = text[max(0, m.start() - 4) : m.start()].rstrip()
            if before.endswith(conf["not_before"]):
                # 至17日 ends a range; 第3日, 每月5日 are not dates of an event
                marks.append((m.start(), m.end(), m.group(0), None, "range_end"))
                continue
            marks.append((m.start(), m.end(), m.group(0), None, "day"))
    marks.sort()
    out: list[DateMention] = []
    anchor: dt.date | None = None  # the date named last
    last_full: dt.date | None = None  # the last date with its month
    for start, end, txt, iso, kind in marks:
        d: dt.date | None = None
        if kind == "full":
            d = parse_iso(iso)
            last_full = d or last_full
        elif kind == "range_end":
            anchor = None  # 次日 after a range: which day? leave it
            continue
        elif kind == "day":
            d = _resolve_day(int(re.sub(r"\D", "", unicodedata.normalize("NFKC", txt))), last_full, pub)
        elif kind == "weekday":
            if pub is not None:
                idx = min(conf["weekdays"].index(txt[-1]), 6)
                d = pub - dt.timedelta(days=pub.weekday() + 7 - idx)
        elif kind == "this_weekday":
            if pub is not None:  # 本周三: that day of the week of publication
                idx = min(conf["weekdays"].index(txt[-1]), 6)
                d = pub - dt.timedelta(days=pub.weekday() - idx)
            kind = "weekday"
        elif kind == "from_pub":
            d = _shift(pub, conf["from_pub"][txt])  # 昨天, 前天: counted from the day the page was published
            kind = "weekday"
        elif kind == "month_day":
            if pub is not None:  # 本月12日, 上月28日: a day of the month of publication, or the month before
                word = next(w for w in conf["month_back"] if txt.startswith(w))
                y, mo = pub.year, pub.month - conf["month_back"][word]
                if mo == 0:
                    y, mo = y - 1, 12
                d = _day_in_month(y, mo, int(re.sub(r"\D", "", unicodedata.normalize("NFKC", txt[len(word):]))))
                if d is not None and d > pub:
                    d = None
            kind = "weekday"
        else:
            d = _shift(anchor, conf["offset"][txt])
            if d is not None and pub is not None and d > pub:
                d = None
            kind = {0: "same_day", 1: "next_day", -1: "prev_day"}[conf["offset"][txt]]
        if d is not None or kind not in ("full", "same_day"):
            anchor = d  # a day that could not be resolved leaves nothing to count from
        if d is not None:
            out.append(DateMention(start, end, txt, d.isoformat(), kind))
    return out

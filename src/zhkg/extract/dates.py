"""Dates in Chinese news text, resolved against the publication date.

>>> [(d.text, d.iso) for d in find_dates("3月15日上午，大会召开。", "2024-03-18")]
[('3月15日', '2024-03-15')]
>>> resolve_month_day(12, 30, "2024-01-02")
'2023-12-30'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates", "resolve_month_day", "parse_iso"]

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

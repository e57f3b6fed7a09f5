"""Publication dates in the forms Chinese news pages print them, as ISO dates.

>>> parse_date("发布时间：2023-12-25 09:41")
'2023-12-25'
>>> parse_date("2024年04月03日"), parse_date("２０２４年３月１５日"), parse_date("2016/6/21")
('2024-04-03', '2024-03-15', '2016-06-21')
>>> parse_date("二〇二四年三月十五日")
'2024-03-15'
>>> parse_date("12月22日") is None  # no year: not a publication date
True
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

__all__ = ["parse_date", "find_date", "is_date_line", "DATE_RE"]

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

#: A date with a year: 2024-03-15, 2024/3/15, 2024.03.15, 2024年3月15日.
DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
)
_CN_DATE_RE = re.compile(
    r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)
_TIME = r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_WEEKDAY = r"(?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?)?"
_DATE_LINE_RE = re.compile(
    r"^[\[【（(]?\s*(?:" + DATE_RE.pattern + "|" + _CN_DATE_RE.pattern.replace("?P<", "?P<c") + ")"
    + _TIME + _WEEKDAY + r"\s*[\]】）)]?$"
)


def _cn_number(s: str) -> int:
    """一 -> 1, 十 -> 10, 十五 -> 15, 二十一 -> 21, 三一 -> 31."""
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    n = 0
    for ch in s:
        n = n * 10 + _CN_DIGITS[ch]
    return n


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid date with a year in ``text``: (ISO date, start, end) in NFKC text."""
    norm = unicodedata.normalize("NFKC", text)
    for m in DATE_RE.finditer(norm):
        iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        if iso:
            return iso, m.start(), m.end()
    for m in _CN_DATE_RE.finditer(norm):
        iso = _iso(_cn_number(m["y"]), _cn_number(m["m"]), _cn_number(m["d"]))
        if iso:
            return iso, m.start(), m.end()
    return None


def parse_date(text: str | None) -> str | None:
    """The first date with a year in ``text`` as ``yyyy-mm-dd``, or None."""
    if not text:
        return None
    found = find_date(text)
    return found[0] if found else None


def is_date_line(line: str) -> bool:
    """Whether a whole line is only a date (with an optional time and weekday).

    >>> is_date_line("2024-05-22 16:05:31"), is_date_line("2024年3月15日"), is_date_line("3月15日上午")
    (True, True, False)
    """
    norm = unicodedata.normalize("NFKC", line.strip())
    return bool(_DATE_LINE_RE.match(norm)) and parse_date(norm) is not None

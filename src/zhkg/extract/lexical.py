"""Characters, word classes and the Mention span shared by the mention finders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..nlp.lexicon import Lexicon
from ..nlp.segment import pos_tag, word_freq

__all__ = ["ALIAS_DECL", "Mention", "PUNCT", "is_cjk"]

PUNCT = set("，,。．.！!？?；;：:、（）()【】[]「」『』《》〈〉\"“”‘’'…—-－·|/\\<>＜＞ \t\r\n\u3000\xa0")
#: the end of a clause (a comma, a stop, a colon) or of a line
CLAUSE_STOP = re.compile(r"[，,。；;：:\n]")
_NAME_GAP = " \u3000\xa0"
_EVENT_INNER = set("“”\"'‘’《》、·-—")
_ORG_INNER = set("“”·-—")
_COMMUNITY_INNER = set("“”\"'‘’·-")
_ADMIN = set("省市县区盟旗镇乡")
_CONJ = ("与", "和", "及", "同", "或")
#: one-character function words and modal verbs: never a whole given name after a
#: surname that is also a word (都能, 都是, 向会)
FUNCTION_CHARS = frozenset("是能会要可将在有已不也就都还又把被让给对向从")
#: a short-name declaration: （以下简称“集团”）, group 1 the short name
_ALIAS_HEAD = r"[（(]\s*(?:以下|下文)?简称\s*[“\"「『]?([^”\"」』）)]{1,12})[”\"」』]?"
#: the same, one short name only: a declaration of two (（简称“甲”或“公司”）) is not
#: taken as the unit's alias (doing so lowered a measurement set, heldout113), but
#: the mention finder still reads it as a declaration (ALIAS_DECL)
#: (a short tail may follow the short name: （以下简称“甲”，股票代码：688317）, （简称“甲”，下同）)
_ALIAS_TAIL = r"(?:\s*[，,；;]\s*[^“”\"「」『』（()）]{1,24})?"
ONE_ALIAS_DECL = re.compile(_ALIAS_HEAD + _ALIAS_TAIL + r"\s*[）)]")
#: （以下简称“甲”）, （简称“甲”或“公司”）: group 1 the first short name
ALIAS_DECL = re.compile(_ALIAS_HEAD + r"(?:\s*[或、]\s*[“\"「『][^”\"」』）)]{1,12}[”\"」』])?" + _ALIAS_TAIL + r"\s*[）)]")
#: Latin letters, accented ones included (Bäumler, Müller, Łukasz)
LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_LATIN_CHAR = re.compile(f"[{LATIN}]")


def unit_word_len(lex: Lexicon, t: str, j: int) -> int:
    """Length of the unit word (``org_suffixes.txt``) ending at ``j`` in ``t``,
    0 for none: the longest, except that a school's word ending in 学院 after
    与/和/及 is the college word 学院 (计算机科学与技术学院: two fields and a
    college, not a 技术学院)."""
    n = lex.org_suffixes.ending_at(t, j)
    if n > 2 and t[j - n - 1 : j - n] in ("与", "和", "及") and t.endswith("学院", 0, j) and lex.org_kind.get(t[j - n : j]) == "institution":
        return 2
    return n


def future_words(lex: Lexicon) -> re.Pattern[str]:
    """Words of what is yet to come (``triggers.json`` future: 将于, 还将 …)."""
    return lex_pattern(lex, "future", lambda x: "(?:" + alternation(x.triggers["future"]) + ")")


def is_latin(ch: str) -> bool:
    """Whether ``ch`` is a Latin letter, accented ones included."""
    return bool(ch) and _LATIN_CHAR.match(ch) is not None
_LATIN_NAME = re.compile(rf"[{LATIN}][{LATIN}\-.' ]{{1,40}}")
# a transliterated foreign name: parts joined by an interpunct (彼得·汉森)
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")
_LATIN_UNIT = re.compile(rf"[{LATIN}][{LATIN}&.\- ]{{2,60}}$")
_FACILITY = ("中心", "基地", "实验室", "工作室", "实训中心", "研究中心")
_HARD_STOPS = set("在由以于为对向从将把被赴兼任")
_LEADING_FUNCTION = _HARD_STOPS | set("与和及同任跟并且又也都还就经据像做来去让使给往用要请受令访")
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


_NAME_GAP_DELETE = str.maketrans("", "", _NAME_GAP)


def _clean(s: str) -> str:
    return s.translate(_NAME_GAP_DELETE)  # the white space of _NAME_GAP removed


_DERIVED: dict[tuple[int, str], tuple[Lexicon, object]] = {}


def occurrences(t: str, w: str) -> list[int]:
    """Every start of ``w`` in ``t`` (overlapping ones too)."""
    out: list[int] = []
    k = t.find(w) if w else -1
    while k >= 0:  # str.find from one past each hit: overlapping hits too
        out.append(k)
        k = t.find(w, k + 1)
    return out


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def lex_cached(lex: Lexicon, key: str, make):
    """``make(lex)``, something built from a lexicon's word lists (a word tuple,
    a character set), once per lexicon (keyed by identity: the Lexicon holds
    dicts, so it cannot be hashed)."""
    entry = _DERIVED.get((id(lex), key))
    if entry is None or entry[0] is not lex:
        entry = _DERIVED[(id(lex), key)] = (lex, make(lex))
    return entry[1]


def trigger_words(lex: Lexicon, key: str) -> tuple[str, ...]:
    """The trigger list ``key`` of ``triggers.json`` as a tuple (for
    str.startswith/endswith), built once per lexicon."""
    return lex_cached(lex, "words:" + key, lambda x: tuple(x.triggers[key]))


def lex_pattern(lex: Lexicon, key: str, make, flags: int = 0) -> re.Pattern[str]:
    """The regex ``make(lex)`` builds from a lexicon's word lists, compiled once
    per lexicon."""
    return lex_cached(lex, "re:" + key, lambda x: re.compile(make(x), flags))

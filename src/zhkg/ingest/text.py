"""Plain-text articles: find the headline, cut the page furniture, read the byline.

The text kept is the headline, then the body's paragraphs, one per line.
Before the headline go site names, nav bars and breadcrumbs; around the body,
byline lines (来源/作者/责编/审核/发布时间 …), font-size and print/close links;
after it, prev/next links, 相关阅读/阅读更多 blocks with their headline lists,
copyright and address footers, and a closing ``(责编：… 审核：…)`` line.
Nothing inside a kept line changes except a closing credit (``文/某人``),
whose author and editor names move to the metadata.

>>> a = read_article_text("某校新闻网\\n首页 | 学校要闻 | 综合新闻 | 媒体聚焦\\n"
...     "学院召开工作会议\\n来源：党委办公室　作者：王小明　发布时间：2024-03-15\\n"
...     "　　3月14日，学院召开工作会议。\\n\\n【打印本页】【关闭窗口】\\n上一篇：学院举行运动会")
>>> a.text
'学院召开工作会议\\n3月14日，学院召开工作会议。'
>>> a.metadata["author"], a.metadata["published"]
('王小明', '2024-03-15')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from zhkg.ingest.dates import DATE_RE, find_date, is_date_line
from zhkg.ingest.encoding import replace_surrogates
from zhkg.ingest.metadata import MetadataBuilder, is_byline_line, parse_byline, person_name, split_credit
from zhkg.ingest.patterns import load
from zhkg.model import METADATA_KEYS, Article
from zhkg.nlp.lexicon import get_lexicon

__all__ = ["read_article_text", "clean_lines", "split_lines", "Cleaned"]

_STRIP = " \t\r\n\f\v\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007\u2002\u2003\u2009"
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
#: How many non-empty lines from the top may precede the byline of the headline.
_HEAD_WINDOW = 15
#: A "long paragraph": prose that no footer block contains.
_LONG_PARAGRAPH = 60
#: Longer lines are paragraphs, not headlines.
_MAX_HEADLINE = 120

# Tiers for metadata candidates (lower wins): labelled byline before the end
# of the article, labelled byline after it, unlabelled date in a byline,
# dateline under the headline, closing date of a notice.
_T_BYLINE, _T_LATE, _T_CREDIT, _T_DATELINE, _T_CLOSING = 0, 1, 2, 3, 4


def split_lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, each stripped of surrounding white space
    (full-width spaces and NBSP included).

    >>> split_lines("　标题 \\r\\n\\n \\u3000\\n正文\\u00a0")
    ['标题', '正文']
    """
    out = []
    for line in _LINE_BREAKS.split(text):
        line = line.strip(_STRIP)
        if line:
            out.append(line)
    return out


@dataclass
class Cleaned:
    """The result of :func:`clean_lines`: the article text and its metadata."""

    text: str
    metadata: dict[str, str | None]


def _kind(line: str) -> str:
    p = load()
    if is_date_line(line):
        return "date"
    if p.is_tail(line):
        return "tail"
    if p.is_footer(line):
        return "footer"
    if p.is_junk(line):
        return "junk"
    if _HOME_FIRST.match(line) and p.is_nav(line):
        return "nav"  # 首页 | 时政 | 视频 | 专题: a nav bar, though 视频 | 专题 reads as a label and its value
    if is_byline_line(line) or _reporters_line(line):
        return "byline"
    if _is_dateline(line):
        return "date"
    if p.is_nav(line):
        return "nav"
    return "text"


_HOME_FIRST = re.compile(r"(?:网站)?首页[\s\u3000]*[|｜/\s\u3000]")  # a nav bar begins with its home link
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日")  # 9月18日, no year
_WECHAT_HEADER = re.compile(r"^(?:原创[\s\u3000]+\S|[^\s\u3000]{2,20}[\s\u3000]+原创$)")  # 原创　作者　公众号, 某某学院　原创
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_BREADCRUMB = re.compile(r"[>»＞›]|当前位置|您的位置|所在位置")
_ACCOUNT_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}")  # an account's bare name
_SITE_PUNCT = re.compile(r"[。，,；;！!？?：:、]")
_DATELINE_PUNCT = re.compile(r"[。，,；;！!？?、]")


def _is_dateline(line: str) -> bool:
    """A short line with a full date and no prose punctuation: the dateline of
    a post (``某某发布 2024-06-18 09:30 发表于湖北``)."""
    if len(line) > (64 if line.startswith("原创") else 40) or _DATELINE_PUNCT.search(line):  # (原创 author account date place)
        return False
    found = find_date(line)
    return bool(found) and found[0].count("-") == 2


def _find_headline(lines: list[str], kinds: list[str]) -> int | None:
    """The index of the headline: the text line just above the first byline or
    dateline near the top; else the first text line that is not a site name."""
    p = load()
    top = min(len(lines), _HEAD_WINDOW)
    for i in range(top):
        if kinds[i] == "text" and _is_prose(lines[i]):
            break  # the body has begun: a later date line closes a notice
        if kinds[i] in ("byline", "date"):
            above = next((k for k in range(i - 1, -1, -1) if kinds[k] != "junk"), None)
            if lines[i].startswith("原创") and (above is None or _ACCOUNT_LINE.fullmatch(lines[above])):
                # 某某学校 / 原创 某某 公众号 2024-10-15 / the post's title: the title
                # follows the account's header (above it is only the account's name)
                j = next((k for k in range(i + 1, top) if kinds[k] != "junk"), None)
                if j is not None and kinds[j] == "text" and _looks_like_headline(lines[j]) and not re.search("[。，,；;]", lines[j]):
                    return j  # (a post's title may end in ！)
            for j in range(i - 1, -1, -1):
                if kinds[j] == "text" and _WECHAT_HEADER.match(lines[j]):
                    continue  # 原创　某账号　某单位 over the date line: the post's header, the title is above
                if kinds[j] == "text" and (sec := p.section_line.match(lines[j])) and _unit_name_alone(sec["site"]):
                    continue  # 某市人民政府　领导活动 over the byline: the site and its column, the title is above
                if kinds[j] == "text":
                    if _over_nav(j, lines, kinds) or j == 0 and _over_nav(j, lines, kinds, crumbs=True) \
                            and _unit_name_alone(lines[j]):
                        break  # the site's name over its nav bar (or its breadcrumb): the headline comes later
                    if (j > 0 and kinds[j - 1] == "text" and len(lines[j]) <= 20
                            and p.account_name.search(lines[j]) and _looks_like_headline(lines[j - 1])):
                        return j - 1  # title / account name / date: a WeChat post
                    if _looks_like_headline(lines[j]):
                        up = next((k for k in range(j - 1, -1, -1) if kinds[k] != "junk"), None)
                        top = next((k for k in range(up - 1, -1, -1) if kinds[k] != "junk"), None) if up is not None else None
                        if up is not None and up == j - 1 and kinds[up] == "text" and _looks_like_headline(lines[up]) \
                                and not _is_prose(lines[up]) and not _unit_name_alone(lines[up]) \
                                and top is not None and kinds[top] == "nav" and _BREADCRUMB.search(lines[top]):
                            return up  # breadcrumb / title / subtitle / byline: the title is the first of the two
                        return j
                    break  # a paragraph: this is a closing byline
            break
    for j in range(len(lines)):
        if kinds[j] != "text":
            continue
        nxt = next((kinds[k] for k in range(j + 1, len(lines)) if kinds[k] != "junk"), None)
        if nxt == "nav":  # a site name above the nav bar
            continue
        if len(lines[j]) <= 20 and p.site_name.search(lines[j]) and j + 1 < len(lines):
            continue
        if _site_and_nav(lines[j]):
            continue  # 某某大学新闻网　|　首页　学校要闻 …
        if _is_prose(lines[j]) or not _looks_like_headline(lines[j]) or "。" in lines[j]:
            return None  # the text starts with its body: a wire report has no headline line
        return j
    return next((j for j, k in enumerate(kinds) if k == "text"), None)


def _signature_after(lines: list[str], kinds: list[str], i: int) -> bool:
    """Whether a notice's signature follows line ``i``: the issuing unit's
    name alone on a line, then a date line."""
    nxt = [k for k in range(i + 1, min(len(lines), i + 4)) if kinds[k] != "junk"][:2]
    return len(nxt) == 2 and kinds[nxt[0]] == "text" and _unit_name_alone(lines[nxt[0]]) and kinds[nxt[1]] == "date"


def _unit_name_alone(line: str) -> bool:
    """A line that is a unit's name and nothing else (某市人民政府, 某职业技术学院)."""
    return 4 <= len(line) <= 20 and _CJK_ONLY.fullmatch(line) is not None \
        and get_lexicon().org_suffixes.ending_at(line, len(line)) > 0


def _over_nav(j: int, lines: list[str], kinds: list[str], crumbs: bool = False) -> bool:
    """Whether the next line after ``j`` that is not junk is a nav bar (首页 |
    政务公开 | …), not a breadcrumb (首页 > 学院新闻), which a headline may
    stand over (with ``crumbs``, a breadcrumb too)."""
    k = next((k for k in range(j + 1, len(kinds)) if kinds[k] != "junk"), None)
    return k is not None and kinds[k] == "nav" and (crumbs or not _BREADCRUMB.search(lines[k]))


def _is_prose(line: str) -> bool:
    if line.endswith("！") and "。" not in line and len(line) <= 40:
        return False  # 技能文化节开幕啦！: a post's title may end in ！
    return line.endswith(("。", "；", ";", "！")) and len(line) > 10


def _looks_like_headline(line: str) -> bool:
    return len(line) <= _MAX_HEADLINE and not line.endswith(("。", "；", ";"))


# 【延伸阅读】 alone on its line: a WeChat post's heading over background (or over links)
_BACKGROUND_HEAD = re.compile(r"^[【\[▼▲◆■●★☆\s]*(?:延伸阅读|延伸閱讀)[\s】\]▼▲]*$")


def _has_long_paragraph(lines: list[str]) -> bool:
    end = load().sentence_end
    return any(len(s) >= _LONG_PARAGRAPH and len(end.findall(s)) >= 2 for s in lines)


def _reporters_line(line: str) -> str | None:
    """The first reporter of a credit line with no colon (本报记者　某某　本报通讯员　某某):
    role words and names only, beginning with a reporter's word."""
    s = line.strip()
    if len(s) > 60 or not _REPORTERS_LINE.fullmatch(s) or not load().reporter_word.match(s):
        return None
    name = person_name(s)  # (the role words go, the first name is kept)
    return name if name and _REPORTER.match(name) else None


# 记者 NAME (通讯员 NAME)…: role words and names only, split by spaces
_REPORTERS_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2,7}[ \u3000]+[\u4e00-\u9fff·]{2,5}[ \u3000]*)+")


def _offer_byline(meta: MetadataBuilder, line: str, tier: int) -> None:
    fields = parse_byline(line.strip("（）()[]【】"))
    if not fields and (name := _reporters_line(line)):
        meta.offer("author", name, tier)  # 本报记者　某某　本报通讯员　某某
        return
    meta.offer_fields(fields, tier)
    if not any(f.field == "published" for f in fields):
        found = find_date(line)
        if found:
            meta.offer("published", found[0], max(tier, _T_CREDIT))


_REPORTER = re.compile(r"^(?:[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z .'\-]+)$")


_PAGE_IN_LINE = re.compile(r"第\s*[0-9０-９]{1,3}\s*版")


def _page_line(line: str) -> bool:
    """A newspaper page's header line: 第05版：…, or the day's date before it."""
    p = load()
    return bool(p.page_number.match(line) or _PAGE_IN_LINE.search(line)
                and (len(line) <= 40 or len(line) <= 80 and p.paper_header.match(line)))  # (…第05版：教育　本版责任编辑：某某)


def _cut_wire_dateline(line: str, meta: MetadataBuilder) -> str:
    """A report's dateline (新华社南京5月20日电（记者 某某）, 本报讯（记者 某某
    通讯员 某某）, 某某网5月20日讯（记者 某某）, the reporters' note alone, or the
    agency's dateline alone before a space: 某某社某地11月6日电　…):
    the agency and the first reporter go to the metadata, the report starts
    after it.

    >>> m = MetadataBuilder()
    >>> _cut_wire_dateline("新华社南京5月20日电（记者 王某）会议在南京召开。", m), m.result()["author"]
    ('会议在南京召开。', '王某')
    >>> m = MetadataBuilder()
    >>> _cut_wire_dateline("本报讯（记者 张某某 通讯员 李某）3月5日，学校召开会议。", m), m.result()["author"]
    ('3月5日，学校召开会议。', '张某某')
    """
    p = load()
    m = p.wire.match(line)
    if not m:
        if (b := p.wire_bare.match(line)) is None:
            return line
        meta.offer("source", b["src"], _T_BYLINE)  # 某某社某地11月6日电　…: no reporter named
        meta.dateline = (int(b["month"]), int(b["day"]))
        return line[b.end() :]
    names = p.other_credit.split(m["names"].strip())[0]
    first = next((n for n in re.split(r"[\s\u3000、，,]+", names.strip()) if n), "")
    if _REPORTER.match(first):
        meta.offer("author", first, _T_BYLINE)
    src = m["src"] or m["src2"]
    if src:
        meta.offer("source", src, _T_BYLINE)
    if m["month"]:
        meta.dateline = (int(m["month"]), int(m["day"]))
    return line[m.end() :]


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=年|[\u4e00-\u9fff“])")
_DAY_IN_LINE = re.compile(r"(?<!\d)\d{1,2}日")  # the lead's day (5月27日，2025年某会议召开)


def _dateline_day(dateline: tuple[int, int], body: list[str]) -> str | None:
    """The day of a dateline without its year (某某社某地10月18日电), when no
    other line dates the page: in the year the report names most often
    (2025年, 2025某某对接会; a year of 年度 counts half: 2024年度报告 looks
    back; a year in the first sentence that gives a day counts once more), the
    earliest on a tie; none when it names none.

    >>> _dateline_day((10, 18), ["在18日举行的2025迨阳食品产业对接会上", "到2027年"])
    '2025-10-18'
    >>> _dateline_day((3, 18), ["在2026年全省推进会上", "通报了2025年度质量报告"])
    '2026-03-18'
    >>> _dateline_day((5, 28), ["标题", "5月27日，2025年全省某会议召开", "2024年全省新增专业点217个"])
    '2025-05-28'
    """
    text = "\n".join(body)
    years: Counter[str] = Counter()
    for y in _YEAR.finditer(text):
        if text.endswith(load().founded, 0, y.start()):
            continue  # 公司成立于2015年: a body's history, not the report's year
        years[y.group(1)] += 1 if text.startswith("年度", y.end()) else 2  # (2024年度报告: a past year's, half)
    lead = next((line for line in body if _DAY_IN_LINE.search(line)), "").split("。")[0]
    for y in _YEAR.finditer(lead):
        years[y.group(1)] += 1  # (5月27日，2025年全省某会议召开: the lead's year, over a past year the report recalls)
    if not years:
        return None
    year = min(years, key=lambda y: (-years[y], y))
    month, day = dateline
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# a line that starts so continues the line before (a break inside a sentence)
_CONTINUES = ("，", "、", "；", "）", "。")
# a line that starts so continues a line that stopped inside a name (学生刘子 / 砚、陈某某组成的…,
# 黄某某 / 等三名同学获得…): one or two characters before a list mark, or 等 and a count
_FRAGMENT_START = re.compile(r"[\u4e00-\u9fff]{1,2}[、，,]|等[一二三四五六七八九十两\d]+[名位个家所人]")
_ENDS_LINE = ("。", "！", "？", "：", "；", "…")


# a line that starts an item of its own: a form's field (拟任职务：), a numbered item (三、某某)
_NEW_ITEM = re.compile(r"[\u4e00-\u9fff　 ]{1,8}[：:]|[一二三四五六七八九十\d]{1,3}[、.．]")


def _broken_after(line: str) -> bool:
    """Whether a body line stops mid-sentence, as a crawled page's fixed-width
    lines do: a long line of prose (with a comma in it) that ends in a Chinese
    character, not in punctuation, or a line that ends in 、 or ，."""
    return len(line) >= 30 and "，" in line and _CJK_ONLY.fullmatch(line[-1:]) is not None \
        or len(line) >= 10 and line[-1] in "、，"  # (局长某某、/ 副局长某某: a line broken after a list mark)


def _is_table_row(line: str) -> bool:
    """A row of a table written with bars between its cells (某某｜女｜1977.09｜…)."""
    return line.count("｜") + line.count("|") >= 2


def _is_subtitle(line: str) -> bool:
    """A short line with no sentence end: a headline's subtitle (312名选手角逐28个赛项，168人获奖)."""
    return len(line) <= 40 and not re.search("[。；;！？!?]", line)


def _is_listed_headline(line: str) -> bool:
    """Whether ``line`` near a body's end reads as a listed headline: short,
    without sentence punctuation, and not naming a unit (a signature 某某学院 /
    2024年3月15日 is two lines, a member list names units)."""
    bare = DATE_RE.sub("", line).strip(" \u3000-–—|｜[]【】()（）")
    if not (6 <= len(bare) <= 40) or re.search(r"[。；;，,！？!?：:、]", bare):
        return False
    return not bare.endswith(load().unit_suffixes)


# 关于某某智能 over the company's profile at the foot of its own release
_ABOUT_HEADING = re.compile(r"关于[\u4e00-\u9fffA-Za-z]{2,12}")


def _clean_last_line(line: str, meta: MetadataBuilder) -> str:
    """Closing credit, inline 相关链接 block and glued prev/next headlines off the last line."""
    p = load()
    body, kept, fields = split_credit(line)
    meta.offer_fields(fields, _T_CREDIT)
    m = p.inline_tail.search(body)
    if m and m.start() > 0:
        body = body[: m.start()].rstrip(_STRIP)
    ends = list(p.sentence_end.finditer(body))
    if ends:
        rest = body[ends[-1].end() :]
        if rest.strip() and p.glued_links.search(rest):
            body = body[: ends[-1].end()]
    return body + kept if body else kept


def clean_lines(lines: list[str], headline: str | None = None) -> Cleaned:
    """Headline + body text and metadata from the stripped non-empty ``lines``.

    ``headline`` is given by the HTML reader (its ``<h1>``); a line equal to it
    is then where the article starts, if there is one.
    """
    p = load()
    kinds = [_kind(s) for s in lines]
    for i in range(min(_HEAD_WINDOW, len(lines))):
        if kinds[i] == "text" and _WECHAT_HEADER.match(lines[i]) and len(lines[i]) <= 40 and not _SITE_PUNCT.search(lines[i]):
            kinds[i] = "junk"  # 原创　作者　公众号 on a line of its own: the post's header, not its body
    meta = MetadataBuilder()
    for i in range(min(_HEAD_WINDOW, len(lines))):
        if lines[i].startswith("原创") and kinds[i] in ("nav", "text") and (md := _MONTH_DAY.search(lines[i])) \
                and len(lines[i]) <= 64 and not re.search(r"[。，,；;！!？?]", lines[i]):
            # 原创　作者　账号　9月18日 16:48　某地: the post's header, dated without its year (as a dateline)
            meta.dateline = meta.dateline or (int(md["month"]), int(md["day"]))
            kinds[i] = "date"
    # a newspaper's masthead (某某日报 over 第05版：…, or the page's header alone:
    # 某某日报　2026年4月24日　第05版：…): the source, not a headline
    for i in range(min(3, len(lines))):
        if _BREADCRUMB.search(lines[i]) and _PAGE_IN_LINE.search(lines[i]) and (paper := next(
                (c for c in re.split(r"\s*[>»＞›]+\s*", lines[i]) if p.masthead.match(c)), None)):
            meta.offer("source", paper, _T_LATE)  # 某某新闻网 > 某某日报 > 第02版：要闻: the paper, in a breadcrumb
            kinds[i] = "nav"
            break
        alone = _page_line(lines[i]) and p.paper_header.match(lines[i]) is not None
        if alone or p.masthead.match(lines[i]) and any(_page_line(x) for x in lines[i + 1 : i + 4]):
            for k in range(i, min(i + 4, len(lines))):
                if _page_line(lines[k]) and (ph := p.paper_header.match(lines[k])):
                    meta.offer("source", ph["paper"], _T_LATE)  # (某某日报数字报 over 某某日报　…第05版: the paper's name)
                    break
            if not alone:
                meta.offer("source", lines[i], _T_LATE)
                kinds[i] = "junk"
            for k in range(i + 1, min(i + 4, len(lines))):  # (the page's header alone keeps its kind)
                if _page_line(lines[k]):
                    if kinds[k] == "byline":
                        _offer_byline(meta, lines[k], _T_BYLINE)  # 第05版：教育　本版责任编辑：某某
                    elif kinds[k] == "date":
                        meta.offer("published", lines[k], _T_DATELINE)  # 2025年6月21日　星期六　第03版：教育
                        meta.offer_fields([f for f in parse_byline(lines[k]) if f.field not in ("", "published")], _T_BYLINE)
                    kinds[k] = "junk"
            break
    if headline is not None:
        start = next((i for i, s in enumerate(lines) if s == headline), -1)
    else:
        found = _find_headline(lines, kinds)
        start = found if found is not None else -1
        headline = lines[start] if found is not None else ""
    if headline and _unit_name_alone(headline) and (nxt := next((k for k in range(start + 1, min(start + 3, len(lines)))
                                                                 if lines[k].strip()), None)) is not None \
            and lines[nxt].strip().endswith("公告") and len(lines[nxt].strip()) <= 60 and "。" not in lines[nxt]:
        # 某某股份有限公司 / 第五届董事会第一次会议决议公告: a listed company's notice, its title on two lines
        headline, start = headline + lines[nxt].strip(), nxt

    body: list[str] = []
    started = False
    end = len(lines)
    for i in range(start + 1, len(lines)):
        line, kind = lines[i], kinds[i]
        if kind == "tail" and started:
            if _BACKGROUND_HEAD.match(line) and (nxt := next((x for x in lines[i + 1 : i + 3] if x.strip()), None)) \
                    and _has_long_paragraph([nxt]):
                continue  # 【延伸阅读】 over a paragraph of prose: the report's background, not links
            end = i
            break
        if kind == "footer" and started and _signature_after(lines, kinds, i):
            continue  # 联系电话：… inside a notice, its signature (某单位 / 2026年2月10日) after it
        if kind == "footer" and started and not _has_long_paragraph(lines[i + 1 :]):
            end = i
            break
        if kind == "date":
            if started:
                body.append(line)
            elif not meta.has("published"):
                meta.offer("published", line, _T_DATELINE)
            if not started:  # 2025-10-17　文/某某: a credit on the date line
                meta.offer_fields([f for f in parse_byline(line) if f.field not in ("", "published")], _T_BYLINE)
            continue
        if kind == "byline":
            if started and i + 1 < len(lines) and kinds[i + 1] == "text" and len(fields := parse_byline(line)) == 1 \
                    and not fields[0].value:
                body.append(line)  # 发布人： over a list of officials inside the body: a heading, no credit
                continue
            _offer_byline(meta, line, _T_BYLINE)
            continue
        if kind in ("junk", "tail") or (kind == "nav" and not started):
            continue
        if line == headline and not started:
            continue
        if (not started and kind == "text" and len(line) <= 20 and p.account_name.search(line)
                and i + 1 < len(lines) and kinds[i + 1] == "date"):
            continue  # the account name over a post's date line
        if not started or (len(body) == 1 and _is_subtitle(body[0])):
            # (a subtitle under the headline may stand before the dateline)
            line = _cut_wire_dateline(line, meta)
            if not line:
                continue
        started = True
        if body and line[:1] in _CONTINUES and not body[-1].endswith(_ENDS_LINE):
            body[-1] += line  # 某学院院长某某 / ，以及…出席: a crawled line broken before a comma
            continue
        if body and kind == "text" and (_broken_after(body[-1]) or len(body[-1]) >= 10 and _CJK_ONLY.fullmatch(body[-1][-1:])
                                        and _FRAGMENT_START.match(line)) \
                and _CJK_ONLY.fullmatch(line[:1]) and not _NEW_ITEM.match(line) \
                and not (_is_table_row(body[-1]) and _is_table_row(line)):  # (a table's rows: 姓名｜…｜某学院党委书记 / 某某｜…)
            body[-1] += line  # 某市人力资源和社会保障局 / 局长某某，: a hard-wrapped line, mid-sentence
            continue
        body.append(line)

    # A newspaper's page header above the headline (某某日报　2025年5月26日　第03版)
    for line in lines[: max(start, 0)]:
        pm = p.paper_header.match(line)
        if pm:
            meta.offer("source", pm["paper"], _T_LATE)
            meta.offer("published", line, _T_LATE)
            break
    # Bylines elsewhere (above the headline, in the cut tail) as weaker evidence.
    for i, line in enumerate(lines):
        if kinds[i] in ("tail", "footer") and is_byline_line(line) and i > start:
            # 【打印本页】【关闭窗口】 责任编辑：某某: an article foot that carries a credit
            _offer_byline(meta, line, _T_LATE)
        elif kinds[i] == "byline" and not (start < i < end):
            _offer_byline(meta, line, _T_BYLINE if i < start else _T_LATE)
        elif kinds[i] == "date" and i < start:
            meta.offer("published", line, _T_LATE)  # a post's 原创 header over its title

    # A trailing list of headlines (bullets with no sentence end) is not body.
    k = len(body)
    while k > 0 and p.bullet.match(body[k - 1]) and not p.sentence_end.search(body[k - 1][-1:]):
        k -= 1
    if len(body) - k >= 3:
        del body[k:]
    # Nor is one without bullets or heading (往期推荐 lists of a post's foot).
    k = len(body)
    while k > 1 and _is_listed_headline(body[k - 1]):
        k -= 1
    if len(body) - k >= p.headline_list_min and k >= 1 and _is_prose(body[k - 1]):
        del body[k:]

    # Closing signature date of a notice (桐川市教育局 / 2024年3月15日).
    for line in reversed(body[-3:]):
        if is_date_line(line):
            meta.offer("published", line, _T_CLOSING)
            break
    for line in body[-3:]:
        m = p.supplied_by.match(line)
        if m:
            meta.offer("source", m["unit"], _T_CLOSING)

    if body:
        # (文/某某　审核/某某 over the page's closing date: the credit line before it)
        k = len(body) - 2 if len(body) >= 2 and is_date_line(body[-1]) else len(body) - 1
        about = next((i for i in range(len(body) - 1, max(0, len(body) - 4), -1) if _ABOUT_HEADING.fullmatch(body[i].strip())), None)
        # （品牌中心　某某） over a company's 关于某某 profile: the story's own last line has the credit
        for k in sorted({k} | ({about - 1} if about is not None and about >= 1 else set()), reverse=True):
            last = _clean_last_line(body[k], meta)
            credit_alone = last == split_credit(body[k])[1]
            if last:
                body[k] = last
            else:
                del body[k]
            # 文 / 某某 ⏎ 图 / 某某 ⏎ 责编 / 某某 ⏎ 审核 / 某某: a credit a line each, read up from the last
            while credit_alone and k >= 1 and not (cred := split_credit(body[k - 1]))[0] and (cred[2] or cred[1]):
                meta.offer_fields(cred[2], _T_CREDIT)
                k -= 1
                if cred[1]:
                    body[k] = cred[1]
                else:
                    del body[k]

    out = [headline] if headline else []
    out.extend(body)
    if not meta.has("published") and meta.dateline is not None:
        meta.offer("published", _dateline_day(meta.dateline, out), _T_LATE)
    md = meta.result()
    md["title"] = headline or None
    result: dict[str, str | None] = {k: md.get(k) for k in METADATA_KEYS}
    site = _site_name(lines[: max(start, 0)], kinds) or _account_unit(lines[: _HEAD_WINDOW]) or _byline_unit(lines, start) \
        or _footer_owner(lines[-6:])
    if site:
        result["site"] = full_site_name(site, lines)
    return Cleaned("\n".join(out), result)


def full_site_name(site: str, lines: list[str]) -> str:
    """The site's full name when its footer gives it (瀼湖区人力资源和社会保障局
    over a footer 主办单位：某市瀼湖区人力资源和社会保障局): the owner's name that
    ends with the site's name (its site word aside), else ``site``."""
    p = load()
    core = re.sub(r"[\s\u3000]+[A-Za-z][A-Za-z .&'-]*$", "", site)  # 某某智能　SOME BRAND: the name before its Latin form
    for w in get_lexicon().site_words:  # (某某门户网站: its site word aside; longest first)
        if core.endswith(w) and len(core) > len(w):
            core = core[: -len(w)]
            break
    for line in reversed(lines[-12:]):
        for m in [*p.owner.finditer(line), *_COPYRIGHT_OWNER.finditer(line)]:
            owner = m["owner"]
            if owner.endswith(core) and len(owner) > len(core):
                return owner
            if core in owner[2:] and owner.endswith(("公司", "集团")) and len(core) >= 4:
                return owner  # 鼋达智能 over a footer ©2025 某地鼋达智能装备股份有限公司 版权所有: the brand's company
            bare = core[:-1] if core.endswith("网") else core
            if len(bare) >= 4 and owner.startswith(bare[:2]) and _in_order(bare, owner) and owner[-1] in "局厅委办":
                return owner  # 某州教育网 over a footer 版权所有：某州市教育局: the bureau whose words it shortens
    return site


# 某某大学　版权所有　某ICP备…: a footer that opens with the owner's name
_OWNER_FIRST = re.compile(r"^(?:Copyright|©|\(c\))?[\s©\d\-–]*(?P<owner>[\u4e00-\u9fff]{4,20})[\s\u3000]*版权所有")


def _footer_owner(tail: list[str]) -> str | None:
    """The site's owner named first in its footer's copyright line (某某大学　版权所有),
    when that is a unit's name alone: a page with no header is that body's own."""
    for line in reversed(tail):
        if (m := _OWNER_FIRST.match(line.strip())) and _unit_name_alone(m["owner"]):
            return m["owner"]
    return None


def _in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` stands in ``full``, in order."""
    it = iter(full)
    return all(c in it for c in short)


# Copyright © 2025 某某股份有限公司 版权所有: the owner written before 版权所有
_COPYRIGHT_OWNER = re.compile(r"(?:Copyright|©|\(c\))[\s©]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<owner>[\u4e00-\u9fff（）()]{4,40}?)\s*(?:版权所有|All Rights|$)")


def _account_unit(top: list[str]) -> str | None:
    """A WeChat post's account when it is a unit (原创　教务处　某某职业技术学院
    2025年06月06日): the post is that unit's own, as a site is."""
    p = load()
    for line in top:
        if line.startswith("原创"):
            # (原创 author account date place: the account comes after its author, 党委宣传部)
            return next((w for w in reversed(re.split(r"[\s\u3000]+", line)[1:])
                         if 4 <= len(w) <= 20 and _CJK_ONLY.fullmatch(w) and w.endswith(p.unit_suffixes)), None)
    return None


def _byline_unit(lines: list[str], start: int) -> str | None:
    """A body's name that opens the byline right under the headline, before
    its date or source (某职业技术学院　　发布时间：…　　来源：党委办公室;
    某职业技术学院　教务处　　2026-02-27): the page is that body's own, as a
    site is. Only a whole body (a school, a bureau, a company), not a part of
    one (教务处　发布时间：…)."""
    p, lex = load(), get_lexicon()
    for line in lines[max(start, 0) + 1 : max(start, 0) + 3]:
        head, _, rest = line.strip().partition("\u3000")
        head, rest = head.strip(" "), rest.strip(" \u3000")
        if not _unit_name_alone(head):
            continue
        dept, _, after = rest.partition("\u3000")
        if dept and len(dept) <= 10 and _CJK_ONLY.fullmatch(dept) and p.byline_field.match(after.strip(" \u3000")):
            rest = after.strip(" \u3000")  # 某职业技术学院　经济管理学院　　发布时间：…: the body, its college, the fields
        m = p.byline_field.match(rest)
        if not (m is not None and p.field_of.get(re.sub(r"[ \u3000]", "", m["label"])) in ("published", "source")
                or (d := DATE_RE.search(rest)) is not None and _CJK_ONLY.fullmatch(rest[: d.start()].strip(" \u3000") or "无")
                and d.start() <= 12):
            continue  # (某职业技术学院　教务处　　2026-02-27: the body, its department, the date)
        n = lex.org_suffixes.ending_at(head, len(head))
        return head if lex.org_kind.get(head[-n:]) == "institution" else None
    return None


def _site_name(top: list[str], kinds: list[str]) -> str | None:
    """The site's name over a page's nav bar (某某大学机械学院 / 首页 | 学院概况 …):
    the first short text line above the headline that a nav bar or breadcrumb
    follows, or that ends in a site word (新闻网)."""
    p = load()
    for j, line in enumerate(top):
        if kinds[j] == "nav" and (m := p.site_crumb.match(line)):
            return m.group(1)  # 某某网　首页 > 地方: the site's name before its breadcrumb
        if kinds[j] == "nav" and (m := p.crumb_head.match(line)) and (p.site_name.search(m.group(1)) or _unit_name_alone(m.group(1))):
            return m.group(1)  # 某某学院新闻网 >> 综合新闻, 某某职业教育中心 >> 校园动态: a site's name as the breadcrumb's first step
        if kinds[j] != "text":
            continue
        head = _site_and_nav(line)
        if head:
            return head  # 某某大学 | 新闻网, 某某大学新闻网 ｜ 首页 …: the part before the bar
        nxt = next((kinds[k] for k in range(j + 1, len(top)) if kinds[k] != "junk"), None)
        if 4 <= len(line) <= 30 and not _SITE_PUNCT.search(line) and (nxt == "nav" or p.site_name.search(line)) \
                and any(c.isalpha() for c in line):  # (a number over a breadcrumb names no site)
            k = next((k for k in range(j + 1, len(top)) if kinds[k] != "junk"), None)
            if k is not None and kinds[k] == "text" and _unit_name_alone(top[k].strip()) and _over_nav(k, top, kinds, crumbs=True):
                return line + "\u3000" + top[k].strip()  # 某某政协网 / 中国人民政治协商会议某某市委员会 / 首页…: the site, then its owner
            return line
        unit, _, column = line.partition("\u3000")
        unit, column = unit.strip(" "), column.strip(" \u3000")
        if _unit_name_alone(unit) and (not column or len(column) <= 8 and _CJK_ONLY.fullmatch(column)):
            return unit  # 某某职业技术学院　通知公告 over the headline: the institution, then its page's column
        return None
    return None


def _site_and_nav(line: str) -> str | None:
    """The site's name of a line that holds it and its nav bar (某某大学新闻网
    ｜ 首页　学校要闻 …), or None."""
    p = load()
    head, *rest = (part.strip(" \u3000") for part in re.split(r"[|｜]", line, maxsplit=1))
    bare = p.nav_word_after.sub("", head)  # 某某学院  首页 | 学院概况 …: the nav bar's first item after the name
    if not rest or not 4 <= len(bare) <= 30 or _SITE_PUNCT.search(bare):
        return None
    if bare != head:
        return bare
    site_word_after = _CJK_ONLY.fullmatch(head) and re.split(r"[\s\u3000|｜]+", rest[0])[0] in get_lexicon().site_words
    return head if p.site_name.search(head) or p.is_nav(rest[0]) or site_word_after else None  # (某某大学 | 新闻网)


def read_article_text(text: str, path: str = "<string>") -> Article:
    """Read ``text`` as the content of a .txt article file.

    Args:
        text: the decoded file content, boilerplate included.
        path: what the Article's ``path`` says.
    """
    cleaned = clean_lines(split_lines(replace_surrogates(text)))
    return Article(path=path, text=cleaned.text, metadata=cleaned.metadata)

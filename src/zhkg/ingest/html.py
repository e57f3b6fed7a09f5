"""HTML articles: the headline, the main text without nav, sidebars and
footers, and the metadata from the byline and the ``<meta>`` tags.

The page is parsed with lxml (never fetched: no network). The headline is the
``<h1>`` or title element that the ``<title>`` confirms (``X_学校新闻_某校``),
never the ``<title>`` text or the site name. The body is the block that holds
most of the page's running text (paragraph text, not link text), scored as
readability tools do; its lines then go through the same cleaning as a .txt
article (:func:`zhkg.ingest.text.clean_lines`).

>>> a = read_article_html('<html><head><title>学院召开会议_学院新闻_某学院</title></head><body>'
...     '<div class="nav"><a href="/">首页</a></div><h1>学院召开会议</h1>'
...     '<div class="info">来源：党委办公室&nbsp;&nbsp;作者：王小明</div>'
...     '<div class="content"><p>3月14日，学院召开工作会议，全体教师参加了会议。</p></div>'
...     '<ul class="side"><li><a href="/1.html">李四当选优秀教师</a></li></ul></body></html>')
>>> a.text
'学院召开会议\\n3月14日，学院召开工作会议，全体教师参加了会议。'
>>> a.metadata["source"], a.metadata["author"]
('党委办公室', '王小明')
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from zhkg.errors import InputError
from zhkg.ingest.dates import parse_date
from zhkg.ingest.encoding import replace_surrogates
from zhkg.ingest.metadata import person_name
from zhkg.ingest.patterns import load
from zhkg.ingest.text import clean_lines, full_site_name, split_lines
from zhkg.model import METADATA_KEYS, Article

__all__ = ["read_article_html", "parse_html", "render_lines"]

_SKIP = frozenset(
    "script style noscript template iframe object embed svg canvas select option button "
    "input textarea head title meta link map area audio video source".split()
)
_BLOCK = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table tbody thead tfoot section article "
    "header footer nav aside blockquote pre hr center form fieldset figure figcaption main "
    "address caption details summary body html td th".split()
)
_INLINE = frozenset("span font strong b em i u a sup sub small big label abbr cite q s strike".split())
_PARA = frozenset("p li dd blockquote h2 h3 h4 h5 h6 pre".split())
_WS = re.compile(r"[ \t\r\n\f\v]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_COUNTED = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_BR_RUN = re.compile(r"<br>(?:\s*<br>)+")
# a date a page's script writes in place (a CMS's 发布时间 written by document.write)
_SCRIPT_DATE = re.compile(r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)")
# Tags kept by _flatten: the head, what render_lines skips whole, and
# elements that do not nest (a new <p> or <h2> closes the open one).
_FLAT_KEEP = frozenset(
    "html head body title meta link script style noscript template br p h1 h2 h3 h4 h5 h6".split()
)


@cache
def _conf() -> dict[str, Any]:
    text = resources.files("zhkg.ingest").joinpath("data").joinpath("html.json").read_text("utf-8")
    conf = json.loads(text)
    conf["title_sep"] = re.compile(conf["title_separators"])
    return conf


def _too_deep(parser: lxml_html.HTMLParser) -> bool:
    """Did libxml2 stop at its nesting limit (and drop the rest of the page)?"""
    return any(
        e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message
        for e in parser.error_log
    )


def _flatten(html: str) -> str:
    """The page with its nesting removed: structural block tags become
    ``<br>``, inline tags go, and only tags that cannot nest (or that
    :func:`render_lines` skips whole) stay. Used when a page nests deeper
    than libxml2 reads, so that its text is not silently cut."""

    def sub(m: re.Match[str]) -> str:
        name = m[2].lower()
        if name in _FLAT_KEEP:
            return m[0]
        return "<br>" if name in _BLOCK else ""

    return _BR_RUN.sub("<br>", _TAG.sub(sub, html))


def _parse(html: str, path: str) -> tuple[etree._Element | None, bool]:
    try:
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        root = lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise InputError(path, f"cannot parse HTML: {e}") from e
    return root, _too_deep(parser)


def parse_html(html: str, path: str = "<string>") -> etree._Element:
    """Parse ``html`` into an lxml tree; InputError if there is no document.

    A page nested deeper than libxml2's limit (2048 levels) is flattened
    and parsed again rather than cut at the limit; if even that fails, an
    InputError says so.
    """
    html = _XML_DECL.sub("", replace_surrogates(html), count=1)
    if not html.strip():
        raise InputError(path, "empty HTML document")
    root, deep = _parse(html, path)
    if deep:
        root, deep = _parse(_flatten(html), path)
        if deep:
            raise InputError(path, "cannot parse HTML: elements nested deeper than 2048 levels")
    if root is None:
        raise InputError(path, "cannot parse HTML: no document")
    return root


def _text_of(el: etree._Element) -> str:
    """The element's text, white space collapsed (for short elements: titles)."""
    return _WS.sub(" ", "".join(el.itertext())).strip()


_NAME_LIKE = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)+")  # a person's name, in bold before a post
_CELL_MAX = 120  # characters: a longer cell is a layout table's, holding a page's text


def _data_cells(tr: etree._Element) -> list[str] | None:
    """The texts of a data table's row (序号｜姓名｜单位及职务), or None for a
    row of a layout table: one cell, a cell holding a table or a long text."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
    if len(cells) < 2:
        return None
    out = []
    for c in cells:
        if c.find(".//table") is not None:
            return None
        text = _text_of(c)
        if len(text) > _CELL_MAX:
            return None
        out.append(text.replace("｜", " "))
    return out


def render_lines(el: etree._Element) -> list[str]:
    """The text of ``el`` as the browser lays it out: block elements and <br>
    break lines, runs of HTML white space become one space (NBSP and full-width
    spaces stay; a <pre> block keeps its lines and spaces), scripts and styles are skipped. Iterative, so deep nesting is safe.
    """
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if not tag or tag.lower() in _SKIP:
                walker.skip_subtree()
                if tag.lower() == "script" and node.text and "document.write" in node.text \
                        and (d := _SCRIPT_DATE.search(node.text)):
                    parts.append(d.group())  # 发布时间：<script>var pt="2026-09-18 15:32";document.write(…)</script>
                if node is not el and node.tail:
                    parts.append(_WS.sub(" ", node.tail))
                continue
            if tag.lower() == "pre":
                parts.append("\n" + "".join(node.itertext()).strip("\n") + "\n")  # preformatted: its lines and spaces as written
                walker.skip_subtree()
                if node.tail:
                    parts.append(_WS.sub(" ", node.tail))
                continue
            if tag.lower() == "tr" and (cells := _data_cells(node)) is not None:
                parts.append("\n" + "｜".join(cells) + "\n")  # a data table's row on one line, as a text page writes it
                walker.skip_subtree()
                if node.tail:
                    parts.append(_WS.sub(" ", node.tail))
                continue
            if tag.lower() in _BLOCK:
                parts.append("\n")
            if node.text:
                parts.append(_WS.sub(" ", node.text))
        else:
            if tag.lower() in _BLOCK:
                parts.append("\n")
            elif tag.lower() in ("strong", "b") and not node.tail and node.getnext() is not None \
                    and _NAME_LIKE.fullmatch(_text_of(node)):
                parts.append("\u3000")  # <strong>某某</strong><span>党委书记</span>: a name set apart from its post
            if node is not el and node.tail:
                parts.append(_WS.sub(" ", node.tail))
    return split_lines("".join(parts))


def _classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def _class_factor(el: etree._Element) -> float:
    conf = _conf()
    names = _classes(el)
    if not names.strip():
        return 1.0
    tokens = re.split(r"[\s\-_]+", names)
    factor = 1.0
    if any(t.startswith(w) for t in tokens if t for w in conf["negative"]):
        factor *= 0.2
    if any(w in names for w in conf["positive"]):
        factor *= 1.5
    return factor


def _direct_text_len(el: etree._Element) -> int:
    """Characters of running text directly in ``el`` (its text and its children's tails)."""
    n = len(_COUNTED.findall(el.text or ""))
    for child in el:
        if child.tail:
            n += len(_COUNTED.findall(child.tail))
    return n


def _main_block(body: etree._Element) -> etree._Element:
    """The element that holds most of the page's running text."""
    scores: dict[etree._Element, float] = {}
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _SKIP or tag == "a":
            continue
        n = _direct_text_len(el)
        if n < 10:
            continue
        para = el
        while para.tag in _INLINE and para.getparent() is not None:
            para = para.getparent()
        if para.tag in _PARA:
            target = para.getparent()
        else:
            target = para
        if target is None:
            continue
        scores[target] = scores.get(target, 0.0) + n
        parent = target.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + n / 2
    if not scores:
        return body
    # Skip anything inside a link-ish or excluded region.
    best = max(scores, key=lambda e: scores[e] * _class_factor(e) * _ancestor_factor(e))
    return best


def _ancestor_factor(el: etree._Element) -> float:
    factor = 1.0
    for anc in el.iterancestors():
        if isinstance(anc.tag, str) and anc.tag.lower() in ("nav", "footer", "aside"):
            return 0.1
        f = _class_factor(anc)
        if f < 1.0:
            factor = min(factor, f)
    if isinstance(el.tag, str) and el.tag.lower() in ("nav", "footer", "aside"):
        factor = min(factor, 0.1)
    return factor


def _meta_tags(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    for link in root.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            out.setdefault("canonical", link.get("href").strip())
    return out


def _headline(root: etree._Element, page_title: str, meta: dict[str, str]) -> str:
    sep = _conf()["title_sep"]
    segments = [s for s in sep.split(page_title) if s] if page_title else []
    # 标题_栏目_站名 or 站名_栏目_标题: the headline is the longest part
    first = max(segments, key=len) if segments else ""
    site_parts = set(segments) - {first}
    rank_of_tag = {"h1": 0, "h2": 2, "h3": 3}
    cands: list[tuple[bool, int, int, str]] = []
    for order, el in enumerate(root.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in rank_of_tag:
            rank = rank_of_tag[tag]
        elif tag in ("div", "p", "span", "td", "strong", "b", "font") and re.search(
            r"title|headline|biaoti|bt\b", _classes(el)
        ):
            rank = 1
        else:
            continue
        if el.getparent() is not None and el.getparent().tag == "a":
            continue
        text = _text_of(el)
        if not (2 <= len(text) <= 200) or text in site_parts:
            continue
        cands.append((_in_masthead(el), rank, order, text))
    if not cands:
        return meta.get("articletitle") or meta.get("og:title") or first or page_title

    def score(c: tuple[bool, int, int, str]) -> tuple[bool, bool, int, int, int]:
        # a headline in the page's masthead (the site's logo, nav or banner) loses
        # to one in the page: <title>某学院官网</title> names the site, not the article
        masthead, rank, order, text = c
        if first and text == first:
            s = 3
        elif first and (first.startswith(text) or text.startswith(first.rstrip(".…"))):
            s = 2
        elif page_title and text in page_title:
            s = 1
        else:
            s = 0
        # a column's heading (热点新闻, 通知公告) loses to a headline-length text
        return (masthead, s == 0 and len(text) <= 6, -s, rank, order)

    return min(cands, key=score)[3]


_LOGO = re.compile(r"(?:^|[\s_\-])(?:logo|site-?name|sitename)(?:$|[\s_\-])")
_MASTHEAD = re.compile(r"(?:^|[\s_\-])(?:logo|nav|navbar|menu|banner|masthead|site-?name|sitename)")


def _site_name(body: etree._Element, page_title: str, headline: str) -> str | None:
    """The site's name: its logo's text or image caption (<div class="logo">
    某某学院</div>, <img alt="某某学院">), else the end of <title> that is not the
    headline (标题 - 某某学院, 站名_栏目_标题)."""
    for el in body.iter():
        if not isinstance(el.tag, str) or not _LOGO.search(_classes(el)):
            continue
        texts = [_text_of(el)] + [img.get("alt") or "" for img in el.iter("img")]
        name = next((x.strip() for x in texts if 4 <= len(x.strip()) <= 30), None)
        if name:
            return name
    for img in body.iter("img"):  # <img src="/images/logo.png" alt="某某学院">: the logo's caption
        alt = (img.get("alt") or "").strip()
        if 4 <= len(alt) <= 30 and _LOGO.search(_classes(img) + " " + re.sub(r"[/.]", " ", (img.get("src") or "").lower())):
            return alt
    parts = [p for p in _conf()["title_sep"].split(page_title) if p] if page_title else []
    if len(parts) >= 2:
        ends = [parts[-1], parts[0]]
        name = next((p.strip() for p in ends if p.strip() != headline and p.strip() not in headline and 4 <= len(p.strip()) <= 30
                     and not _shares_words(p.strip(), headline)), None)
        return name
    return None


def _shares_words(part: str, headline: str) -> bool:
    """Whether a part of <title> repeats four characters of the headline in a
    row (某学院-我院“某某班”开班仪式举行 under the headline 我院“某某班”开班):
    the article's own title written another way, not the site's name."""
    return any(part[i : i + 4] in headline for i in range(len(part) - 3))


def _in_masthead(el: etree._Element) -> bool:
    """Whether ``el`` sits in the site's masthead: a <header>/<nav> element or
    a block whose class or id names a logo, nav bar or banner."""
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        tag = node.tag.lower()
        parent = node.getparent()
        if tag == "nav" or (tag == "header" and parent is not None and parent.tag.lower() == "body"):
            return True
        if _MASTHEAD.search(_classes(node)):
            return True
    return False


def read_article_html(html: str, path: str = "<string>") -> Article:
    """Read an HTML page: headline + main text, metadata from byline and <meta>.

    Args:
        html: the decoded page.
        path: what the Article's ``path`` says (and errors name).

    Raises:
        InputError: the page cannot be parsed or has no text.
    """
    root = parse_html(html, path)
    titles = root.findall(".//title")
    page_title = _text_of(titles[0]) if titles else ""
    meta = _meta_tags(root)
    body = root.find("body")
    if body is None:
        body = root
    headline = _headline(body, page_title, meta)
    page_lines = render_lines(body)
    if not page_lines and not headline:
        raise InputError(path, "HTML page has no text")
    block_lines = render_lines(_main_block(body))
    cleaned = clean_lines([headline, *block_lines], headline=headline)
    page = clean_lines(page_lines, headline=headline)
    md: dict[str, Any] = {k: page.metadata.get(k) or cleaned.metadata.get(k) for k in METADATA_KEYS}
    md["title"] = headline or None
    site = _site_name(body, page_title, headline) or page.metadata.get("site")
    if site:
        md["site"] = full_site_name(site, page_lines)
    conf = _conf()["meta"]

    def from_meta(field: str) -> str | None:
        for name in conf[field]:
            if meta.get(name):
                return meta[name]
        return None

    if not md["published"]:
        md["published"] = parse_date(from_meta("published"))
    if not md["source"]:
        md["source"] = from_meta("source")
    if not md["author"]:
        name = person_name(from_meta("author") or "")
        if name and not name.endswith(load().unit_suffixes):
            md["author"] = name
    url = meta.get("canonical") or from_meta("url")
    return Article(path=path, text=cleaned.text, metadata=md, url=url)
